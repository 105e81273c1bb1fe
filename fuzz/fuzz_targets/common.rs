//! What the fuzz targets share: each input runs on a thread with minipy's own stack size
//! (as `minipy` runs its interpreter), and a run that outlasts its time is interrupted
//! as Ctrl-C would, so that a slow input is a KeyboardInterrupt rather than a hang.

use std::sync::mpsc;
use std::time::Duration;

/// Run `work` on an interpreter-sized thread; re-raise its panic so libFuzzer sees it.
pub fn on_interpreter_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::Builder::new()
        .stack_size(minipy::STACK_SIZE)
        .spawn(move || {
            let out = work();
            let _ = tx.send(());
            out
        })
        .expect("spawn interpreter thread");
    // Past a second, interrupt every 50 ms: each KeyboardInterrupt a program catches is
    // followed by another, until it ends (libFuzzer's -timeout catches the rest).
    if rx.recv_timeout(Duration::from_secs(1)).is_err() {
        while rx.recv_timeout(Duration::from_millis(50)).is_err() {
            if handle.is_finished() {
                break;
            }
            minipy::runtime::interrupt();
        }
    }
    match handle.join() {
        Ok(v) => v,
        Err(p) => std::panic::resume_unwind(p),
    }
}

/// Source text for an input: only valid UTF-8 is a program (the rest is the lexer's
/// `Non-UTF-8 code` error, which the reading of a file reports before any parsing).
pub fn text(data: &[u8]) -> Option<String> {
    if data.len() > 20_000 {
        return None;
    }
    std::str::from_utf8(data).ok().map(str::to_owned)
}
