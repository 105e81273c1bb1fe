//! The lexer and parser on any text, in both script and prompt mode; a syntax error must
//! render (its caret block slices the source) without a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use minipy::code::Source;
use minipy::parser::{parse, Parsed};

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some(text) = common::text(data) else { return };
    common::on_interpreter_thread(move || {
        let source = Source::new("<fuzz>", text);
        for interactive in [false, true] {
            if let Parsed::Error(e) = parse(&source, interactive) {
                let _ = e.render();
            }
        }
    });
});
