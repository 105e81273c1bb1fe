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
    io::prompt(BANNER);
    let mut prompt = PS1;
    loop {
        io::prompt(prompt);
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

/// A terminal: rustyline editing with highlighting and completion, persistent history
/// (`$MINIPY_HISTORY`, else `~/.minipy_history`), the next line of a block pre-indented,
/// and a finished block kept in history as one entry.
pub fn run_terminal(mut session: Session) -> i32 {
    use rustyline::error::ReadlineError;
    let color = crate::prompt::color_enabled();
    session.color = color;
    io::prompt(BANNER);
    io::prompt("Type :help to draw the heap and explain refcounts.\n");
    let config = rustyline::Config::builder().auto_add_history(false).build();
    let mut editor =
        match rustyline::Editor::<crate::prompt::Helper, rustyline::history::DefaultHistory>::with_config(config) {
            Ok(e) => e,
            Err(_) => return run_piped(session),
        };
    editor.set_helper(Some(crate::prompt::Helper { color }));
    let history = std::env::var_os("MINIPY_HISTORY")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".minipy_history")));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let mut prompt = PS1;
    let mut block: Vec<String> = Vec::new();
    let mut indent = String::new();
    loop {
        io::flush();
        let read =
            if prompt == PS2 { editor.readline_with_initial(prompt, (&indent, "")) } else { editor.readline(prompt) };
        match read {
            Ok(entry) => {
                // An entry may hold several lines (a pasted block, or one recalled from
                // history): they run one after another, as typed.
                for line in entry.split('\n') {
                    if !line.trim().is_empty() || !block.is_empty() {
                        block.push(line.to_string());
                    }
                    let more = session.push_line(line);
                    prompt = if more { PS2 } else { PS1 };
                    if more {
                        indent = next_indent(line);
                    } else {
                        if !block.is_empty() {
                            let text = block.join("\n");
                            let _ = editor.add_history_entry(text.trim_end());
                        }
                        block.clear();
                    }
                    if session.exit_status.is_some() {
                        break;
                    }
                }
                if session.exit_status.is_some() {
                    break;
                }
            }
            Err(ReadlineError::Interrupted) => {
                io::err("\nKeyboardInterrupt\n");
                session.reset_input();
                block.clear();
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

/// The indentation the next line of a block starts with: the last line's, one level
/// deeper after a line ending in `:`.
fn next_indent(line: &str) -> String {
    let current: String = line.chars().take_while(|c| *c == ' ').collect();
    if line.trim_end().ends_with(':') {
        current + "    "
    } else if line.trim().is_empty() {
        String::new()
    } else {
        current
    }
}
