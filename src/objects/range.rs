//! `range`: its data attributes (`start`, `stop`, `step`, as given to the constructor).
use crate::heap::Value;
use crate::intern::{name, Sym};
use crate::object::Obj;
use crate::value;

/// `r.start`, `r.stop`, `r.step`.
pub fn getattr(o: &Value, n: Sym) -> Option<Value> {
    let Obj::Range(r) = o.obj() else { return None };
    let i = match &*name(n) {
        "start" => 0,
        "stop" => 1,
        "step" => 2,
        _ => return None,
    };
    Some(value::int(r[i]))
}
