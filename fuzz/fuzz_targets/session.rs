//! A whole run under the refcount checker: the input as a script (then the interpreter's
//! exit), and its lines typed at a prompt. Any panic, abort or stack overflow is a crash,
//! and so is a count the checker finds wrong.
#![no_main]
use libfuzzer_sys::fuzz_target;
use minipy::compiler::Mode;
use minipy::session::Session;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else { return };
    let lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let problems = common::on_interpreter_thread(move || {
        minipy::io::capture();
        minipy::io::type_ahead(Vec::new()); // input() reads end of input
        let mut session = Session::new(Mode::Script);
        session.check_refs = true;
        session.run_program("<fuzz>", text);
        session.finalize();
        minipy::io::take_captured();
        session.problems
    });
    assert!(problems.is_empty(), "refcount checker (script): {problems:?}");
    let replay = common::on_interpreter_thread(move || minipy::transcript::replay(lines, true));
    assert!(replay.problems.is_empty(), "refcount checker (prompt): {:?}\n{}", replay.problems, replay.transcript);
});
