//! `globals()` at module level, `vars()` and `__main__.__dict__`: `__main__`'s globals
//! seen as the dict CPython keeps them in.
//!
//! minipy keeps module globals in a table indexed by interned name (so a global read is
//! an array read), not in a dict. This kind stands for that dict: it holds no
//! references of its own, so no count moves by making one (CPython's globals dict holds
//! each value once, as the table does). Item reads, writes, deletions, `in`, `len` and
//! iteration go straight to the table; a method call works on a snapshot dict and
//! writes what the method changed back to the table, so `globals().update(...)` and
//! `globals().pop(...)` behave as on the real dict. The type is `dict`.

use crate::builtins::{Args, BuiltinFn};
use crate::error::{type_error, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{intern, name, Sym};
use crate::object::Obj;
use crate::runtime::{self, rt};
use crate::value;

/// The one object (`globals() is globals()`, as in CPython); the runtime keeps it.
pub fn get() -> Value {
    rt().main_dict.get_or_insert_with(|| alloc(Obj::MainDict)).dup()
}

/// The bound names in the table's (a dict's insertion) order.
fn names() -> Vec<Sym> {
    rt().global_order.iter().copied().filter(|&s| runtime::get_global(s).is_some()).collect()
}

/// A key as a global's name; None for a key that cannot name one (never present).
fn key_name(key: &Value) -> PyResult<Option<Sym>> {
    crate::table::hash(key)?;
    Ok(match key.obj() {
        Obj::Str(s) => Some(intern(s)),
        _ => None,
    })
}

/// A dict with the globals (what methods, `repr` and comparisons work on).
pub fn snapshot() -> PyResult<Value> {
    let d = alloc(Obj::Dict(Box::default()));
    for n in names() {
        let v = runtime::get_global(n).expect("bound").dup();
        let Obj::Dict(dd) = d.obj_mut() else { unreachable!() };
        drop(dd.set(value::interned(&name(n)), v)?);
    }
    Ok(d)
}

/// Make the table hold what `snap` holds (after a method changed the snapshot).
fn write_back(snap: &Value) {
    let Obj::Dict(d) = snap.obj() else { return };
    let mut keep = Vec::with_capacity(d.len());
    let entries: Vec<(Value, Value)> = d.entries.iter().map(|(_, k, v)| (k.dup(), v.dup())).collect();
    for (k, v) in entries {
        let Obj::Str(s) = k.obj() else { continue };
        let n = intern(s);
        keep.push(n);
        if !runtime::get_global(n).is_some_and(|old| old.is(&v)) {
            runtime::set_global(n, v);
        }
    }
    for n in names() {
        if !keep.contains(&n) {
            drop(runtime::del_global(n));
        }
    }
}

pub fn len() -> usize {
    names().len()
}

pub fn contains(key: &Value) -> PyResult<bool> {
    Ok(key_name(key)?.is_some_and(|n| runtime::get_global(n).is_some()))
}

pub fn getitem(key: &Value) -> PyResult<Value> {
    match key_name(key)?.and_then(runtime::get_global) {
        Some(v) => Ok(v.dup()),
        None => Err(crate::vm::key_error(key)),
    }
}

pub fn setitem(key: &Value, v: Value) -> PyResult<()> {
    match key_name(key)? {
        Some(n) => {
            runtime::set_global(n, v);
            Ok(())
        }
        None => {
            drop(v);
            // A global that no name can reach: minipy's table keeps only names.
            type_error("minipy keeps only str keys in the module's globals")
        }
    }
}

pub fn delitem(key: &Value) -> PyResult<()> {
    match key_name(key)?.and_then(runtime::del_global) {
        Some(old) => {
            drop(old);
            Ok(())
        }
        None => Err(crate::vm::key_error(key)),
    }
}

/// The keys, for iteration.
pub fn keys() -> Vec<Value> {
    names().into_iter().map(|n| value::interned(&name(n))).collect()
}

/// `g.method`: a dict method bound to the globals.
pub fn method(this: &Value, n: Sym) -> Option<Value> {
    let probe = alloc(Obj::Dict(Box::default()));
    let b = crate::builtins::method(&probe, n)?;
    Some(alloc(Obj::BoundBuiltin(Box::new((b, this.dup())))))
}

/// A dict method called on the globals: run on a snapshot, then written back.
pub fn call_method(b: BuiltinFn, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let snap = snapshot()?;
    let r = if kwargs.is_empty() {
        crate::builtins::call_method(b, &snap, args)
    } else {
        crate::builtins::call_method_kw(b, &snap, args, kwargs)
    };
    write_back(&snap);
    r
}

/// `==` with another mapping.
pub fn eq(other: &Value) -> PyResult<bool> {
    if matches!(other.obj(), Obj::MainDict) {
        return Ok(true);
    }
    crate::ops::eq(&snapshot()?, other)
}
