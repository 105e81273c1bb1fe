//! Code objects as `compile()` returns them. minipy compiles to a tree, not bytecode,
//! and a tree is compiled for the namespaces it will run in; so a code object keeps
//! its checked source and mode, and `exec`/`eval` compile it for theirs (see
//! `builtins::eval`). It holds no references to other objects.

use crate::builtins::eval::Mode;
use crate::code::Source;
use crate::heap::Value;
use crate::intern::{name, Sym};
use crate::object::Obj;
use crate::value;
use std::rc::Rc;

pub struct CodeObject {
    pub source: Rc<Source>,
    pub mode: Mode,
}

pub fn new(source: Rc<Source>, mode: Mode) -> Value {
    crate::heap::alloc(Obj::Code(Box::new(CodeObject { source, mode })))
}

/// `<code object <module> at 0x..., file "<string>", line 1>`.
pub fn repr(v: &Value) -> String {
    let Obj::Code(c) = v.obj() else { unreachable!("a code object") };
    format!("<code object <module> at {:#x}, file \"{}\", line 1>", v.id(), c.source.filename)
}

impl CodeObject {
    /// The attributes minipy can answer from what it keeps.
    pub fn getattr(&self, n: Sym) -> Option<Value> {
        Some(match &*name(n) {
            "co_filename" => value::str_(&self.source.filename),
            "co_name" | "co_qualname" => value::interned("<module>"),
            "co_firstlineno" => value::int(1),
            _ => return None,
        })
    }

    /// `sys.getsizeof`: CPython's code object header (`PyCodeObject`, 3.11) plus one
    /// byte of bytecode a source byte, which is what minipy can estimate; CPython's
    /// figure depends on the bytecode it would have generated.
    pub fn sizeof(&self) -> usize {
        168 + self.source.text.len().div_ceil(2) * 2
    }
}
