//! The real prompt on a pseudo-terminal (rexpect): typing a block with the next line
//! pre-indented, history recall, tab completion, Ctrl-C in a running loop, and the colour
//! rules (colour with FORCE_COLOR, none with NO_COLOR).

use rexpect::session::{spawn_command, PtySession};
use std::process::Command;

fn minipy(env: &[(&str, &str)]) -> (PtySession, std::path::PathBuf) {
    // Each session its own file: the tests run in parallel, and two with the same
    // number of variables would otherwise share (and race on) one history file.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let history = std::env::temp_dir().join(format!("minipy-pty-history-{}-{n}", std::process::id()));
    let _ = std::fs::remove_file(&history);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minipy"));
    cmd.env("MINIPY_HISTORY", &history).env("TERM", "xterm").env_remove("NO_COLOR").env_remove("FORCE_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let p = spawn_command(cmd, Some(10_000)).expect("minipy starts on a pty");
    (p, history)
}

#[test]
fn block_history_completion_and_interrupt() {
    let (mut p, history) = minipy(&[("NO_COLOR", "1")]);
    p.exp_string(":help").unwrap();
    p.exp_string(">>> ").unwrap();
    // A block: the second line comes pre-indented, the third (indented, empty) ends it.
    p.send_line("def double(x):").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("return x * 2").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("double(21)").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    // History: the up arrow brings back the last entry.
    p.send("\x1b[A").unwrap();
    p.send_line("").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    // Completion: `dou<Tab>` completes the name.
    p.send("dou\t").unwrap();
    p.send_line("(5)").unwrap();
    p.exp_string("10").unwrap();
    p.exp_string(">>> ").unwrap();
    // Ctrl-C stops a running loop with CPython's traceback; the session goes on. The
    // loop says when it runs (the line editor has given the terminal back by then, so
    // Ctrl-C is a signal), so no timing is assumed.
    p.send_line("def spin():").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("print('spinning')").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("while True: pass").unwrap();
    p.exp_string("... ").unwrap();
    p.send_line("").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("spin()").unwrap();
    p.exp_string("spinning").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("double(4)").unwrap();
    p.exp_string("8").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    // The pty closes before the process has finished exiting: wait for the exit (the
    // history file is written by then), never for a length of time.
    p.process().wait().unwrap();
    let saved = std::fs::read_to_string(&history).unwrap_or_default();
    let _ = std::fs::remove_file(&history);
    assert!(saved.contains("double(21)"), "history file: {saved:?}");
    assert!(saved.contains("def double(x):"), "a block is one history entry: {saved:?}");
}

#[test]
fn colour_follows_force_color_and_no_color() {
    let red = "\x1b[31";
    for (env, coloured) in [(("FORCE_COLOR", "1"), true), (("NO_COLOR", "1"), false)] {
        let (mut p, history) = minipy(&[env]);
        p.exp_string(">>> ").unwrap();
        p.send_line("1/0").unwrap();
        let before = p.exp_string("ZeroDivisionError").unwrap();
        let after = p.exp_string(">>> ").unwrap();
        let text = before + &after;
        assert_eq!(text.contains(red), coloured, "{env:?}: {text:?}");
        p.send_line("exit()").unwrap();
        p.exp_eof().unwrap();
        let _ = std::fs::remove_file(&history);
    }
}

#[test]
fn a_pasted_block_runs_as_typed() {
    let (mut p, history) = minipy(&[("NO_COLOR", "1")]);
    p.exp_string(">>> ").unwrap();
    // Bracketed paste: the terminal wraps pasted text in ESC[200~ ... ESC[201~.
    p.send("\x1b[200~def seven():\n    return 7\n\nprint(seven() * 6)\x1b[201~").unwrap();
    p.send_line("").unwrap();
    p.exp_string("42").unwrap();
    p.exp_string(">>> ").unwrap();
    p.send_line("exit()").unwrap();
    p.exp_eof().unwrap();
    let _ = std::fs::remove_file(&history);
}
