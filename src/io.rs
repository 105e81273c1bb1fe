//! Where output goes: stdout and stderr of the process, or one capture buffer (the
//! transcript runner reads both streams interleaved, as a terminal shows them).

use std::cell::RefCell;
use std::io::Write;

enum Sink {
    Process { out: Vec<u8> },
    Capture(String),
}

thread_local! {
    static SINK: RefCell<Sink> = const { RefCell::new(Sink::Process { out: Vec::new() }) };
    /// A copy of everything written to sys.stdout and sys.stderr since it was started
    /// (the stepper's output pane), stream by stream: 0 stdout, 1 stderr.
    static TEE: RefCell<Option<Vec<(u8, String)>>> = const { RefCell::new(None) };
    /// Lines typed ahead (a transcript being replayed); None reads the process's stdin.
    static TYPED: RefCell<Option<std::collections::VecDeque<String>>> = const { RefCell::new(None) };
}

/// Read lines from `lines` instead of stdin (the prompt and `input()` share them).
pub fn type_ahead(lines: Vec<String>) {
    TYPED.with(|t| *t.borrow_mut() = Some(lines.into()));
}

/// The next input line without its newline, or None at end of input. The prompt and
/// `input()` both read here, so `input()` takes the next line typed.
pub fn read_line() -> Option<String> {
    if let Some(queued) = TYPED.with(|t| t.borrow_mut().as_mut().map(|q| q.pop_front())) {
        return queued;
    }
    flush();
    let mut buf = Vec::new();
    let stdin = std::io::stdin();
    match std::io::BufRead::read_until(&mut stdin.lock(), b'\n', &mut buf) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            let line = String::from_utf8_lossy(&buf);
            Some(line.trim_end_matches(['\n', '\r']).to_string())
        }
    }
}

fn stdout_is_terminal() -> bool {
    static TTY: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TTY.get_or_init(|| std::io::IsTerminal::is_terminal(&std::io::stdout()))
}

/// Start (or restart, emptied) the copy of what is written; see `take_tee`.
pub fn start_tee() {
    TEE.with(|t| *t.borrow_mut() = Some(Vec::new()));
}

/// What was written since the last take, as (stream, text) runs; stream 0 is stdout.
pub fn take_tee() -> Vec<(u8, String)> {
    TEE.with(|t| t.borrow_mut().as_mut().map(std::mem::take).unwrap_or_default())
}

pub fn stop_tee() {
    TEE.with(|t| *t.borrow_mut() = None);
}

fn tee(stream: u8, s: &str) {
    TEE.with(|t| {
        if let Some(runs) = &mut *t.borrow_mut() {
            match runs.last_mut() {
                Some((last, text)) if *last == stream => text.push_str(s),
                _ => runs.push((stream, s.to_string())),
            }
        }
    })
}

/// Write to sys.stdout (buffered; flushed before stderr output and before reading input).
pub fn out(s: &str) {
    tee(0, s);
    meta_out(s);
}

/// Write to stdout what minipy itself says (a meta-command's answer, a `:trace`
/// report): not the program's output, so not in the copy `start_tee` keeps.
pub fn meta_out(s: &str) {
    SINK.with(|k| match &mut *k.borrow_mut() {
        Sink::Process { out } => {
            out.extend_from_slice(s.as_bytes());
            // Line-buffered on a terminal (as CPython's stdout is), block-buffered otherwise.
            if out.len() > 1 << 16 || (s.contains('\n') && stdout_is_terminal()) {
                let _ = std::io::stdout().write_all(out);
                out.clear();
            }
        }
        Sink::Capture(buf) => buf.push_str(s),
    })
}

/// Write to sys.stderr (after flushing stdout, so the two interleave in order).
pub fn err(s: &str) {
    tee(1, s);
    prompt(s);
}

/// Write to stderr without the copy `start_tee` keeps: the prompt's own text.
pub fn prompt(s: &str) {
    flush();
    SINK.with(|k| match &mut *k.borrow_mut() {
        Sink::Process { .. } => {
            let _ = std::io::stderr().write_all(s.as_bytes());
        }
        Sink::Capture(buf) => buf.push_str(s),
    })
}

pub fn flush() {
    SINK.with(|k| {
        if let Sink::Process { out } = &mut *k.borrow_mut() {
            if !out.is_empty() {
                let _ = std::io::stdout().write_all(out);
                out.clear();
            }
            let _ = std::io::stdout().flush();
        }
    })
}

/// Send this thread's output to a buffer instead of the process streams.
pub fn capture() {
    SINK.with(|k| *k.borrow_mut() = Sink::Capture(String::new()));
}

/// Take what was captured so far.
pub fn take_captured() -> String {
    SINK.with(|k| match &mut *k.borrow_mut() {
        Sink::Capture(buf) => std::mem::take(buf),
        Sink::Process { .. } => String::new(),
    })
}
