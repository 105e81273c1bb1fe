//! minipy: a Python-subset interpreter whose memory model behaves like CPython 3.11's.
//!
//! Source → tokens (`lexer`, `literals`) → AST (`parser`, `grammar/python.lalrpop`) → compiled
//! code (`scope`, `compiler`, `code`) → evaluation (`vm`, `ops`, `builtins`, `modules`, `format`)
//! on a refcounted heap (`heap`, `object`, `value`, `table`) → output (`repr`, `io`, `error`). `session` runs
//! inputs, `repl` is the prompt, `transcript` replays golden sessions, `checker` recounts.

pub mod arena;
pub mod ast;
pub mod builtins;
pub mod checker;
pub mod code;
pub mod compiler;
pub mod error;
pub mod format;
pub mod gc;
pub mod heap;
pub mod intern;
pub mod io;
pub mod lexer;
pub mod literals;
pub mod meta;
pub mod modules;
pub mod object;
pub mod objects;
pub mod ops;
pub mod parser;
pub mod prompt;
pub mod repl;
pub mod repr;
pub mod runtime;
pub mod scope;
pub mod session;
pub mod spill;
pub mod stack;
pub mod stackdepth;
pub mod stepper;
pub mod table;
pub mod trace;
pub mod transcript;
pub mod value;
pub mod vm;
pub mod watch;

/// The interpreter thread's stack: deep enough for CPython's recursion limit and for
/// freeing long chains of objects.
pub const STACK_SIZE: usize = 1 << 30;
