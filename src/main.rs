//! The `minipy` command: the prompt, `run`, and `test`.

use clap::{Parser, Subcommand};
use minipy::compiler::Mode;
use minipy::session::Session;
use minipy::{io, repl, runtime, transcript, STACK_SIZE};
use std::io::IsTerminal;
use std::path::PathBuf;

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
    Run {
        file: PathBuf,
        /// After each top-level statement, report the objects it created and freed and
        /// the counts it changed (as `:trace on` does at the prompt).
        #[arg(long)]
        trace: bool,
    },
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
        Some(Command::Run { file, trace }) => {
            minipy::modules::set_script(&file.to_string_lossy());
            let abs = std::path::absolute(&file).unwrap_or(file);
            let bytes = match std::fs::read(&abs) {
                Ok(t) => t,
                Err(e) => {
                    // CPython's wording: the C library's message, not Rust's "(os error N)".
                    let errno = e.raw_os_error().unwrap_or(0);
                    let text = unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }.to_string_lossy();
                    eprintln!("minipy: can't open file '{}': [Errno {errno}] {text}", abs.display());
                    return 2;
                }
            };
            run_script(&abs.to_string_lossy(), &bytes, cli.check_refs, trace)
        }
        None => {
            let stdin_tty = std::io::stdin().is_terminal();
            if !cli.interactive && !stdin_tty {
                let mut bytes = Vec::new();
                let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes);
                return run_script("<stdin>", &bytes, cli.check_refs, false);
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

/// Run a script's bytes (as CPython reads a source file: see `Source::decode_file`).
fn run_script(filename: &str, bytes: &[u8], check_refs: bool, trace: bool) -> i32 {
    let text = match minipy::code::Source::decode_file(filename, bytes) {
        Ok(text) => text,
        Err(e) => {
            eprint!("{e}");
            return 1;
        }
    };
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t);
    }
    let mut session = Session::new(Mode::Script);
    session.check_refs = check_refs;
    session.trace = trace;
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
