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
        /// Write a page that steps through the run's memory (one self-contained HTML file).
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        /// Write the run's steps as JSON (the data the page draws; schema in the README).
        #[arg(long, value_name = "FILE")]
        trace_json: Option<PathBuf>,
        /// The most steps `--html` and `--trace-json` record; the run goes on past it.
        #[arg(long, value_name = "N", default_value_t = minipy::stepper::DEFAULT_MAX_STEPS)]
        max_steps: usize,
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
        Some(Command::Run { file, trace, html, trace_json, max_steps }) => {
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
            let steps = Steps { html, json: trace_json, max_steps, title: file_name(&abs) };
            run_script(&abs.to_string_lossy(), &bytes, cli.check_refs, trace, Some(steps))
        }
        None => {
            let stdin_tty = std::io::stdin().is_terminal();
            if !cli.interactive && !stdin_tty {
                let mut bytes = Vec::new();
                let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes);
                return run_script("<stdin>", &bytes, cli.check_refs, false, None);
            }
            unsafe {
                libc::signal(libc::SIGINT, on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t);
            }
            let mut session = Session::new(Mode::Interactive);
            session.check_refs = cli.check_refs;
            // `:html FILE` writes the session so far.
            minipy::stepper::start(minipy::stepper::DEFAULT_MAX_STEPS, true);
            if stdin_tty {
                repl::run_terminal(session)
            } else {
                repl::run_piped(session)
            }
        }
    }
}

/// Where `--html` and `--trace-json` write the steps of a run.
struct Steps {
    html: Option<PathBuf>,
    json: Option<PathBuf>,
    max_steps: usize,
    title: String,
}

fn file_name(p: &std::path::Path) -> String {
    p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Run a script's bytes (as CPython reads a source file: see `Source::decode_file`).
fn run_script(filename: &str, bytes: &[u8], check_refs: bool, trace: bool, steps: Option<Steps>) -> i32 {
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
    let steps = steps.filter(|s| s.html.is_some() || s.json.is_some());
    if let Some(s) = &steps {
        minipy::stepper::start(s.max_steps, false);
    }
    let status = session.run_program(filename, text);
    if let Some(s) = steps {
        minipy::stepper::finish_input(status);
        if let Some(t) = minipy::stepper::finish(Some(status)) {
            write_steps(&s, &t);
        }
    }
    session.finalize();
    for p in &session.problems {
        eprintln!("refcount checker: {p}");
    }
    status
}

fn write_steps(s: &Steps, trace: &minipy::stepper::schema::Trace) {
    io::flush();
    let write = |path: &PathBuf, text: String| {
        let shown = path.display().to_string();
        match std::fs::write(path, text) {
            Ok(()) => eprintln!("minipy: {}", minipy::stepper::wrote_message(&shown, trace)),
            Err(e) => eprintln!("minipy: cannot write {shown}: {e}"),
        }
    };
    if let Some(path) = &s.json {
        write(path, minipy::stepper::to_json(trace, true));
    }
    if let Some(path) = &s.html {
        write(path, minipy::stepper::page::render(trace, &s.title));
    }
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
