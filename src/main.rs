//! minipy: a Python-subset interpreter whose memory model behaves like CPython 3.11's.
//!
//! Source → tokens (`lexer`) → AST (`parser`, `grammar/python.lalrpop`) → compiled code
//! (`compiler`, `code`) → evaluation (`vm`, `ops`, `builtins`, `modules`) on a refcounted
//! heap (`heap`, `object`, `value`) → output (`repr`, `io`, `error`). `session` runs
//! inputs, `repl` is the prompt, `transcript` replays golden sessions, `checker` recounts.

pub mod ast;
pub mod builtins;
pub mod checker;
pub mod code;
pub mod compiler;
pub mod error;
pub mod gc;
pub mod heap;
pub mod intern;
pub mod io;
pub mod lexer;
pub mod literals;
pub mod modules;
pub mod object;
pub mod ops;
pub mod parser;
pub mod repl;
pub mod repr;
pub mod runtime;
pub mod session;
pub mod transcript;
pub mod value;
pub mod vm;

use clap::{Parser, Subcommand};
use compiler::Mode;
use session::Session;
use std::io::IsTerminal;
use std::path::PathBuf;

/// The interpreter thread's stack: deep enough for CPython's recursion limit and for
/// freeing long chains of objects.
pub const STACK_SIZE: usize = 1 << 30;

#[derive(Parser)]
#[command(name = "minipy", version, about = "A Python subset with CPython 3.11's memory model")]
struct Cli {
    /// Interactive mode even when stdin is not a terminal (like `python3.11 -i`).
    #[arg(short = 'i')]
    interactive: bool,
    /// Recount every object's references after each statement and report differences.
    #[arg(long, global = true)]
    check_refs: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script with script-mode semantics.
    Run { file: PathBuf },
    /// Replay `.pycon` transcripts and compare with what they recorded.
    Test {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Skip the refcount checker (it is on by default here).
        #[arg(long)]
        no_check: bool,
    },
}

extern "C" fn on_sigint(_: libc::c_int) {
    runtime::interrupt();
}

fn run(cli: Cli) -> i32 {
    match cli.command {
        Some(Command::Test { paths, no_check }) => transcript::run_tests(&paths, !no_check),
        Some(Command::Run { file }) => {
            let text = match std::fs::read_to_string(&file) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("minipy: can't open file '{}': [Errno {}] {e}", file.display(), e.raw_os_error().unwrap_or(0));
                    return 2;
                }
            };
            let abs = std::path::absolute(&file).unwrap_or(file);
            run_script(&abs.to_string_lossy(), text, cli.check_refs)
        }
        None => {
            let stdin_tty = std::io::stdin().is_terminal();
            if !cli.interactive && !stdin_tty {
                let mut text = String::new();
                let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text);
                return run_script("<stdin>", text, cli.check_refs);
            }
            unsafe {
                libc::signal(libc::SIGINT, on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t);
            }
            let mut session = Session::new(Mode::Interactive);
            session.check_refs = cli.check_refs;
            if stdin_tty {
                repl::run_terminal(session)
            } else {
                repl::run_piped(session)
            }
        }
    }
}

fn run_script(filename: &str, text: String, check_refs: bool) -> i32 {
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t);
    }
    let mut session = Session::new(Mode::Script);
    session.check_refs = check_refs;
    let status = session.run_program(filename, text);
    session.finalize();
    for p in &session.problems {
        eprintln!("refcount checker: {p}");
    }
    status
}

fn main() {
    let cli = Cli::parse();
    let code = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let code = run(cli);
            io::flush();
            code
        })
        .expect("spawn interpreter thread")
        .join()
        .unwrap_or(101);
    std::process::exit(code);
}
