//! A session: one interpreter's life. Feeds prompt input line by line (asking the parser
//! whether more is needed), runs scripts, reports exceptions as CPython does, keeps the
//! last traceback alive as `sys.last_traceback` does, and tears the module down at exit.

use crate::code::Source;
use crate::compiler::{self, Mode};
use crate::error::SyntaxErr;
use crate::heap::{self, Value};
use crate::intern::{name, sym, Sym};
use crate::object::{release_reversed, Obj};
use crate::parser::{parse, Parsed};
use crate::runtime::{self, rt};
use crate::{checker, io, vm};
use std::rc::Rc;

pub struct Session {
    mode: Mode,
    buffer: String,
    /// Recount every object's references after each statement.
    pub check_refs: bool,
    /// What the checker found.
    pub problems: Vec<String>,
    /// The last reported exception (sys.last_value), which keeps its frames alive.
    last_error: Option<crate::error::Exc>,
    /// Set when SystemExit (`exit()`) ends the session: the process's exit status.
    pub exit_status: Option<i32>,
    /// `:trace on` / `minipy run --trace`: report what each step did to memory.
    pub trace: bool,
    /// Colour tracebacks (a terminal, without `NO_COLOR`; see `prompt::color_enabled`).
    pub color: bool,
}

impl Session {
    pub fn new(mode: Mode) -> Session {
        runtime::init();
        Session {
            mode,
            buffer: String::new(),
            check_refs: false,
            problems: Vec::new(),
            last_error: None,
            exit_status: None,
            trace: false,
            color: false,
        }
    }

    /// One line typed at the prompt (without its newline). Returns true when the input
    /// is not complete yet and the next prompt is `... `.
    pub fn push_line(&mut self, line: &str) -> bool {
        if self.buffer.is_empty() && line.trim().is_empty() {
            return false;
        }
        // A meta-command: no Python line starts with ':'.
        if self.buffer.is_empty() && line.trim_start().starts_with(':') {
            let words: Vec<&str> = line.split_whitespace().collect();
            let text = match words.as_slice() {
                [":trace", "on"] => {
                    self.trace = true;
                    "tracing on: each input reports the objects it created and freed and the counts it changed\n".into()
                }
                [":trace", "off"] => {
                    self.trace = false;
                    "tracing off\n".into()
                }
                [":trace", ..] => format!("usage: :trace on|off (now {})\n", if self.trace { "on" } else { "off" }),
                [":html", _, ..] => write_session_page(line.trim_start()[":html".len()..].trim()),
                [":html"] => {
                    "usage: :html FILE   (write this session so far as a page that steps through memory)\n".into()
                }
                _ => crate::meta::run(line),
            };
            io::meta_out(&text);
            return false;
        }
        self.buffer.push_str(line);
        self.buffer.push('\n');
        let source = Rc::new(Source::new("<stdin>", self.buffer.clone()));
        match parse(&source, true) {
            Parsed::Incomplete => true,
            Parsed::Error(e) => {
                self.buffer.clear();
                self.syntax_error(&e);
                false
            }
            Parsed::Complete(stmts) => {
                self.buffer.clear();
                // A comment-only input parses to nothing and runs nothing, as in CPython.
                if !stmts.is_empty() {
                    self.run(&stmts, source);
                }
                false
            }
        }
    }

    /// Forget a partly typed input (Ctrl-C at the prompt).
    pub fn reset_input(&mut self) {
        self.buffer.clear();
    }

    /// Run a whole program; returns the exit status (1 after an uncaught exception).
    pub fn run_program(&mut self, filename: &str, text: String) -> i32 {
        let source = Rc::new(Source::new(filename, text));
        match parse(&source, false) {
            Parsed::Complete(stmts) => {
                // A leading string is the module's docstring.
                if let Some(crate::ast::StmtKind::Expr(crate::ast::Expr {
                    kind: crate::ast::ExprKind::Literal(crate::ast::Literal::Str(s)),
                    ..
                })) = stmts.first().map(|s| &s.kind)
                {
                    crate::runtime::set_global(crate::intern::sym::__doc__, crate::value::str_(s));
                }
                let ok = self.run(&stmts, source);
                self.exit_status.unwrap_or(if ok { 0 } else { 1 })
            }
            Parsed::Error(e) => {
                self.syntax_error(&e);
                1
            }
            Parsed::Incomplete => unreachable!("only interactive parsing is incomplete"),
        }
    }

    fn syntax_error(&mut self, e: &SyntaxErr) {
        io::err(&e.render());
    }

    /// Compile and run one unit; false if it raised. Traced, an input at the prompt is one
    /// step, and each top-level statement of a script is one.
    fn run(&mut self, stmts: &[crate::ast::Stmt], source: Rc<Source>) -> bool {
        let per_input = self.trace && self.mode == Mode::Interactive;
        let tracer = per_input.then(crate::trace::Tracer::begin);
        let header = tracer.is_some().then(|| {
            let last = source.text.trim_end().lines().count() as u32;
            crate::trace::header(&source, 1, last)
        });
        let ok = self.run_unit(stmts, source);
        if self.mode == Mode::Interactive {
            crate::stepper::finish_input(if ok { 0 } else { 1 });
        }
        if let (Some(t), Some(header)) = (tracer, header) {
            io::meta_out(&t.end(&header));
        }
        ok
    }

    fn run_unit(&mut self, stmts: &[crate::ast::Stmt], source: Rc<Source>) -> bool {
        let unit = match compiler::compile(stmts, source, self.mode) {
            Ok(u) => u,
            Err(e) => {
                self.syntax_error(&e);
                return false;
            }
        };
        for w in &unit.warnings {
            io::err(w);
        }
        let code = unit.code;
        rt().running.push((code.clone(), unit.parse_hold));
        let check = self.check_refs;
        let mut problems = Vec::new();
        let held: Vec<&Value> = self.last_error.iter().flat_map(|e| e.refs()).collect();
        let mut tracer = (self.trace && self.mode == Mode::Script).then(crate::trace::Tracer::begin);
        // The statement running, for the trace's `line N: ...` headers.
        let mut at = 0;
        let header = |at: usize| {
            let Some(line) = code.body.get(at).map(|s| s.line) else { return String::new() };
            let next = code.body.get(at + 1).map_or(u32::MAX, |s| s.line);
            let mut last = line;
            while last + 1 < next && code.source.line_text(last + 1).is_some_and(|t| !t.trim().is_empty()) {
                last += 1;
            }
            crate::trace::header(&code.source, line, last)
        };
        let result = vm::run_module_with(&code, &mut |_| {
            if check {
                problems.extend(checker::check(&held));
            }
            if let Some(t) = tracer.take() {
                io::meta_out(&t.end(&header(at)));
                tracer = Some(crate::trace::Tracer::begin());
            }
            at += 1;
        });
        if let Some(t) = tracer {
            // The statement that raised, or none after the last.
            io::meta_out(&t.end(&header(at)));
        }
        drop(held);
        drop(code);
        let (code, parse_hold) = rt().running.pop().expect("the unit is running");
        // CPython frees the code object first, then the parse tree's arena.
        drop(code);
        release_reversed(parse_hold);
        self.problems.extend(problems);
        let ok = match result {
            Ok(()) => true,
            Err(e) => {
                self.report(e);
                false
            }
        };
        if self.check_refs {
            let found = self.check();
            self.problems.extend(found);
        }
        ok
    }

    /// Run the refcount checker now, counting what the last traceback holds.
    pub fn check(&self) -> Vec<String> {
        let extra: Vec<&Value> = self.last_error.iter().flat_map(|e| e.refs()).collect();
        checker::check(&extra)
    }

    fn report(&mut self, e: crate::error::Exc) {
        if e.kind == crate::error::ExcKind::KeyboardInterrupt && self.mode == Mode::Script {
            // CPython ends a script interrupted by Ctrl-C as SIGINT would: status 130.
            self.exit_status = Some(130);
        }
        if let (crate::error::ExcKind::SystemExit, Some(v)) = (e.kind, &e.value) {
            // `sys.exit(code)` / `raise SystemExit(code)`: the code's status.
            let (status, message) = crate::vm::exc_attrs::exit_status(v);
            if let Some(m) = message {
                io::err(&format!("{m}\n"));
            }
            self.exit_status = Some(status);
            return;
        }
        if e.kind == crate::error::ExcKind::SystemExit {
            // exit(n): status n; exit('message'): the message on stderr, status 1.
            self.exit_status = Some(match e.msg.parse::<i32>() {
                Ok(n) => n,
                Err(_) if e.msg.is_empty() => 0,
                Err(_) => {
                    io::err(&format!("{}\n", e.msg));
                    1
                }
            });
            return;
        }
        let mut text = e.render(self.mode == Mode::Script);
        if self.color {
            text = colour_traceback(&text);
        }
        let old = self.last_error.replace(e);
        drop(old);
        io::err(&text);
    }

    /// Interpreter exit, as CPython 3.11 does it: `_` and the last traceback go first.
    /// When functions tie the module's globals into a cycle (a function refers to its
    /// globals), the module is collected as a whole: a full collection with the globals
    /// reached last orders everything, then a collection where they are garbage runs every
    /// finalizer in that order. Otherwise the globals are released in the order they were
    /// bound. Remaining cycles are collected last.
    pub fn finalize(&mut self) {
        // atexit's functions run first (weakref.finalize registers there).
        if let Some(m) = crate::modules::loaded("atexit") {
            let run = crate::vm::getattr(&m, crate::intern::intern("_run_exitfuncs"))
                .and_then(|f| crate::vm::call(&f, smallvec::smallvec![]));
            if let Err(e) = run {
                self.report(e);
            }
        }
        rt().finalizing = true;
        runtime::set_builtin(sym::underscore, crate::value::none());
        drop(self.last_error.take());
        let order: Vec<Sym> = rt().global_order.iter().copied().filter(|&g| &*name(g) != "__builtins__").collect();
        let mut release = || {
            for &g in &order {
                if runtime::get_global(g).is_some() {
                    runtime::set_global(g, crate::value::none());
                }
            }
        };
        let cyclic = heap::live_indices().any(|i| matches!(heap::heap().slots[i as usize].obj, Obj::Function(_)));
        if cyclic {
            crate::gc::collect_at_exit(&mut release);
        }
        release();
        crate::gc::collect(2);
        io::flush();
    }
}

/// `:html FILE`: the session so far as a stepper page.
fn write_session_page(path: &str) -> String {
    let Some(trace) = crate::stepper::so_far() else {
        return ":html: this session is not being recorded\n".into();
    };
    let page = crate::stepper::page::render(&trace, "session at the prompt");
    match std::fs::write(path, page) {
        Ok(()) => format!("{}\n", crate::stepper::wrote_message(path, &trace)),
        Err(e) => format!(":html: cannot write {path}: {e}\n"),
    }
}

/// A traceback in colour: the headers dimmed, file lines plain, the exception line red.
fn colour_traceback(text: &str) -> String {
    use owo_colors::OwoColorize;
    let mut out = String::new();
    for line in text.lines() {
        let coloured =
            if line.starts_with("Traceback") || line.starts_with("During handling") || line.starts_with("The above") {
                line.dimmed().to_string()
            } else if line.starts_with("  File ") {
                line.cyan().to_string()
            } else if !line.starts_with(' ') && !line.is_empty() {
                line.red().bold().to_string()
            } else {
                line.to_string()
            };
        out.push_str(&coloured);
        out.push('\n');
    }
    out
}
