//! `C.__dict__`: a read-only view of a class's namespace (CPython's `mappingproxy`).
//!
//! Each read of `C.__dict__` makes a new proxy holding the class's namespace object (as
//! CPython's holds the type's dict). It lists the namespace as CPython's type dict has it:
//! `__module__`, the body's names in order (a docstring's `__doc__` among them), then the
//! `__dict__`/`__weakref__` descriptors, then `__doc__` (None) when the body had none;
//! `__qualname__` is not there.

use crate::error::{type_error, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{intern, name, sym, Sym};
use crate::object::{Obj, NO_CLASS};
use crate::value;

/// `sys.getsizeof` of a proxy (a GC object of two words and its header, plus the header
/// the collector adds).
pub const SIZE: usize = 24;

/// `C.__dict__` for a class with a namespace.
pub fn new(class: &Value) -> Option<Value> {
    let Obj::Class(c) = class.obj() else { return None };
    let ns = c.namespace.as_ref()?.dup();
    Some(alloc(Obj::MappingProxy(Box::new(ns))))
}

/// The class a proxy's namespace belongs to (None once the class died).
fn class_of(p: &Value) -> Option<std::mem::ManuallyDrop<Value>> {
    let Obj::MappingProxy(ns) = p.obj() else { return None };
    let Obj::Namespace(owner) = ns.obj() else { return None };
    if *owner == NO_CLASS {
        return None;
    }
    // SAFETY: a live class owns its namespace, and orphans it when it dies.
    Some(std::mem::ManuallyDrop::new(unsafe { Value::from_raw(*owner) }))
}

/// The entries, in CPython's order.
pub fn entries(p: &Value) -> Vec<(Sym, Value)> {
    let mut out = Vec::new();
    let Some(class) = class_of(p) else { return out };
    let Obj::Class(c) = class.obj() else { return out };
    out.extend(c.attrs.0.iter().filter(|(n, _)| *n != sym::__qualname__).map(|(n, v)| (*n, v.dup())));
    // The `__doc__` None a class without a docstring gets comes after the descriptors.
    let doc = out.iter().position(|(n, v)| *n == sym::__doc__ && matches!(v.obj(), Obj::None)).map(|i| out.remove(i));
    for d in &c.descriptors {
        if let Obj::GetSet(g) = d.obj() {
            out.push((g.0, d.dup()));
        }
    }
    out.extend(doc);
    out
}

/// A dict with the proxy's entries (what its methods and iteration work on).
pub fn snapshot(p: &Value) -> PyResult<Value> {
    let d = alloc(Obj::Dict(Box::default()));
    for (n, v) in entries(p) {
        let Obj::Dict(dd) = d.obj_mut() else { unreachable!() };
        drop(dd.set(value::interned(&name(n)), v)?);
    }
    Ok(d)
}

/// `key in C.__dict__`.
pub fn contains(p: &Value, key: &Value) -> PyResult<bool> {
    crate::table::hash(key)?;
    let Obj::Str(s) = key.obj() else { return Ok(false) };
    let n = intern(s);
    Ok(entries(p).iter().any(|(k, _)| *k == n))
}

/// `C.__dict__[key]`.
pub fn getitem(p: &Value, key: &Value) -> PyResult<Value> {
    crate::table::hash(key)?;
    if let Obj::Str(s) = key.obj() {
        let n = intern(s);
        if let Some((_, v)) = entries(p).into_iter().find(|(k, _)| *k == n) {
            return Ok(v);
        }
    }
    Err(crate::vm::key_error(key))
}

/// Assignment through the proxy.
pub fn setitem() -> PyResult<()> {
    type_error("'mappingproxy' object does not support item assignment")
}

pub fn delitem() -> PyResult<()> {
    type_error("'mappingproxy' object does not support item deletion")
}

pub fn len(p: &Value) -> usize {
    entries(p).len()
}

pub fn repr(p: &Value) -> PyResult<String> {
    let d = snapshot(p)?;
    Ok(format!("mappingproxy({})", crate::repr::repr(&d)?))
}

/// `C.__dict__.keys()` and the other dict methods: the namespace's dict's method.
pub fn method(p: &Value, n: Sym) -> PyResult<Option<Value>> {
    match &*name(n) {
        "keys" | "values" | "items" | "get" | "copy" => {
            let d = snapshot(p)?;
            Ok(Some(crate::vm::getattr(&d, n)?))
        }
        _ => Ok(None),
    }
}
