//! The `>>>` prompt: rustyline on a terminal, plain line reading when stdin is piped
//! (byte-compatible with `python3.11 -u -i`: prompts on stderr, results on stdout).

use crate::io;
use crate::session::Session;
use crate::transcript::{PS1, PS2};

pub const BANNER: &str = concat!(
    "minipy ",
    env!("CARGO_PKG_VERSION"),
    " (a Python subset with CPython 3.11's memory model) on linux\n",
    "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n"
);

/// Piped stdin: write each prompt to stderr, read a line, run it.
pub fn run_piped(mut session: Session) -> i32 {
    io::err(BANNER);
    let mut prompt = PS1;
    loop {
        io::err(prompt);
        let Some(line) = io::read_line() else { break };
        prompt = if session.push_line(&line) { PS2 } else { PS1 };
        if let Some(status) = session.exit_status {
            finish(&mut session);
            return status;
        }
    }
    io::err("\n");
    finish(&mut session);
    0
}

/// Tear the session down and report what the refcount checker found (`--check-refs`).
fn finish(session: &mut Session) {
    session.finalize();
    for p in &session.problems {
        io::err(&format!("refcount checker: {p}\n"));
    }
}

/// A terminal: rustyline editing and history.
pub fn run_terminal(mut session: Session) -> i32 {
    use rustyline::error::ReadlineError;
    io::err(BANNER);
    let mut editor = match rustyline::DefaultEditor::new() {
        Ok(e) => e,
        Err(_) => return run_piped(session),
    };
    let history = std::env::var_os("MINIPY_HISTORY")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".minipy_history")));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut prompt = PS1;
    loop {
        io::flush();
        match editor.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                prompt = if session.push_line(&line) { PS2 } else { PS1 };
                if session.exit_status.is_some() {
                    break;
                }
            }
            Err(ReadlineError::Interrupted) => {
                io::err("\nKeyboardInterrupt\n");
                session.reset_input();
                prompt = PS1;
            }
            Err(_) => {
                io::err("\n");
                break;
            }
        }
    }
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    finish(&mut session);
    session.exit_status.unwrap_or(0)
}
