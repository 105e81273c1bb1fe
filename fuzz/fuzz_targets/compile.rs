//! Parse, then compile what parses, as a script and as one prompt input: scope analysis,
//! constant folding and slot resolution on any program.
#![no_main]
use libfuzzer_sys::fuzz_target;
use minipy::code::Source;
use minipy::compiler::{compile, Mode};
use minipy::parser::{parse, Parsed};
use std::rc::Rc;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else { return };
    common::on_interpreter_thread(move || {
        // Compiling makes constants on the heap: the runtime must exist.
        let _session = minipy::session::Session::new(Mode::Script);
        let source = Rc::new(Source::new("<fuzz>", text));
        for (interactive, mode) in [(false, Mode::Script), (true, Mode::Interactive)] {
            if let Parsed::Complete(stmts) = parse(&source, interactive) {
                match compile(&stmts, source.clone(), mode) {
                    Ok(unit) => drop(unit),
                    Err(e) => drop(e),
                }
            }
        }
    });
});
