//! `weakref.ref`: references that do not keep their referent alive.
//!
//! Each referent's weak references are kept in a list ordered as CPython's: the basic
//! reference (no callback, handed out again by `weakref.ref(x)`) first, then those with
//! callbacks, newest first. When the referent dies, every one is cleared and the
//! callbacks run in that order, each given its weak reference.

use crate::error::{type_error, PyResult};
use crate::heap::{self, alloc, Value, WEAKREFD};
use crate::io;
use crate::object::{type_name, Obj};
use crate::runtime::rt;

/// A weak reference: its referent's slot (`DEAD` once the referent died), its own slot
/// and its callback.
pub struct WeakRef {
    pub target: u32,
    pub own: u32,
    pub callback: Option<Value>,
    /// Its hash, once asked for while the referent lived (CPython keeps it, so a dead
    /// reference that was a dict key can still be found and removed).
    pub hash: std::cell::Cell<Option<i64>>,
}

pub const DEAD: u32 = u32::MAX;

/// `weakref.ref(obj, callback=None)`.
pub fn new_ref(target: &Value, callback: Option<Value>) -> PyResult<Value> {
    match target.obj() {
        Obj::Instance(inst) if !crate::vm::class::has_weakref(&inst.class) && !crate::vm::is_exception(target) => {
            return type_error(format!("cannot create weak reference to '{}' object", type_name(target)));
        }
        Obj::Instance(_)
        | Obj::Class(_)
        | Obj::Function(_)
        | Obj::Method(_)
        | Obj::Builtin(_)
        | Obj::BoundBuiltin(_)
        | Obj::Set(_)
        | Obj::Type(_) => {}
        Obj::Iter(it) if matches!(**it, crate::object::Iter::Gen(_) | crate::object::Iter::Coro(_)) => {}
        _ => return type_error(format!("cannot create weak reference to '{}' object", type_name(target))),
    }
    let callback = callback.filter(|c| !matches!(c.obj(), Obj::None));
    let t = target.index();
    let list = rt().weak_lists.entry(t).or_default();
    let basic = list
        .first()
        .copied()
        .filter(|&w| matches!(heap::heap().slots[w as usize].obj, Obj::WeakRef(ref r) if r.callback.is_none()));
    if callback.is_none() {
        if let Some(w) = basic {
            return Ok(heap::borrow_index(w));
        }
    }
    let has_callback = callback.is_some();
    let w = alloc(Obj::WeakRef(Box::new(WeakRef { target: t, own: 0, callback, hash: std::cell::Cell::new(None) })));
    if let Obj::WeakRef(r) = w.obj_mut() {
        r.own = w.index();
    }
    let list = rt().weak_lists.entry(t).or_default();
    if has_callback && basic.is_some() {
        list.insert(1, w.index());
    } else {
        list.insert(0, w.index());
    }
    heap::heap().slots[t as usize].seq |= WEAKREFD;
    Ok(w)
}

/// Calling a weak reference: its referent, or None once it died.
pub fn deref(r: &WeakRef) -> Value {
    if r.target == DEAD {
        crate::value::none()
    } else {
        heap::borrow_index(r.target)
    }
}

/// `weakref.getweakrefcount(obj)`.
pub fn count(target: &Value) -> usize {
    rt().weak_lists.get(&target.index()).map_or(0, Vec::len)
}

/// The referent in slot `target` is dying: clear its weak references. Returns each with
/// its callback, in the order the callbacks are to run.
pub fn clear_refs(target: u32) -> Vec<(Value, Option<Value>)> {
    let list = rt().weak_lists.remove(&target).unwrap_or_default();
    list.into_iter()
        .map(|w| {
            let callback = match heap::heap().slots[w as usize].obj {
                Obj::WeakRef(ref mut r) => {
                    r.target = DEAD;
                    r.callback.take()
                }
                _ => None,
            };
            (heap::borrow_index(w), callback)
        })
        .collect()
}

/// The heap's hook for a dying referent: clear its weak references and run their callbacks.
pub fn referent_died(target: u32) {
    for (w, callback) in clear_refs(target) {
        match callback {
            Some(cb) => call_back(w, cb),
            None => drop(w),
        }
    }
}

/// Run one callback; an exception in it is reported and ignored, as CPython does. At
/// exit none runs: the weak references are part of the module's garbage, and CPython
/// calls no callback of a weak reference that is itself garbage.
pub fn call_back(w: Value, callback: Value) {
    if rt().finalizing {
        return;
    }
    let r = crate::vm::call(&callback, smallvec::smallvec![w]);
    match r {
        Ok(v) => drop(v),
        Err(e) => {
            io::err(&e.unraisable(&crate::repr::repr(&callback).unwrap_or_default()));
        }
    }
}

/// A weak reference is being freed: it leaves its referent's list.
#[allow(clippy::boxed_local)]
pub fn release(r: Box<WeakRef>) {
    if r.target != DEAD {
        if let Some(list) = rt().weak_lists.get_mut(&r.target) {
            list.retain(|&w| w != r.own);
            if list.is_empty() {
                rt().weak_lists.remove(&r.target);
                heap::heap().slots[r.target as usize].seq &= !WEAKREFD;
            }
        }
    }
    drop(r.callback);
}
