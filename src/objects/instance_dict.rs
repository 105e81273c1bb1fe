//! An instance's `__dict__`, as CPython 3.11 keeps it.
//!
//! An instance of a user class keeps its attributes in `Instance::attrs` (CPython's inline
//! values) until something reads `obj.__dict__` (or `vars(obj)`). Then a real dict is made
//! from them, the instance holds it, and from then on it *is* the attribute storage:
//! `obj.x = 1` shows in it, `obj.__dict__['y'] = 2` sets an attribute.
//!
//! Sizes: a class's instances share one keys object (CPython's cached keys, made for 30
//! keys). Each instance made takes one usable entry from it (down to one), each new
//! attribute name another. A dict made from an instance's values keeps sharing the keys
//! (a split table) and `sys.getsizeof` counts a value slot for every entry the shared keys
//! have or can still take; once a key cannot join them, the dict gets a table of its own.

use crate::error::{type_error, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{intern, name, sym, Sym};
use crate::object::{Instance, Obj};
use crate::table::Dict;
use crate::value;
use std::cell::RefCell;
use std::rc::Rc;

/// CPython's `SHARED_KEYS_MAX_SIZE`.
const SHARED_KEYS_MAX: i32 = 30;

/// The keys a class's instances share.
pub struct SharedKeys {
    pub names: Vec<Sym>,
    pub usable: i32,
}

impl Default for SharedKeys {
    fn default() -> SharedKeys {
        SharedKeys { names: Vec::new(), usable: SHARED_KEYS_MAX }
    }
}

pub type Shared = Rc<RefCell<SharedKeys>>;

impl SharedKeys {
    /// The value array a split dict counts: an entry for every key there is or can be.
    pub fn values_size(&self) -> usize {
        8 * (self.names.len() + self.usable.max(0) as usize)
    }

    /// A key is stored in a split dict: whether the dict keeps sharing the keys (the key
    /// is one of them, or there is room to add it).
    pub fn insert(&mut self, key: &Value) -> bool {
        let Obj::Str(s) = key.obj() else { return false };
        let n = intern(s);
        self.add(n)
    }

    fn add(&mut self, n: Sym) -> bool {
        if self.names.contains(&n) {
            return true;
        }
        if self.usable <= 0 {
            return false;
        }
        self.names.push(n);
        self.usable -= 1;
        true
    }
}

/// Whether a class's instances keep their attributes in shared-key values (a managed
/// dict): user classes with a `__dict__`, but not exceptions nor subclasses of the
/// variable-size builtins.
fn managed(class: &Value) -> bool {
    match class.obj() {
        Obj::Class(c) => {
            c.flags & crate::object::CLASS_DICTLESS == 0
                && !c.builtin
                && !matches!(
                    c.native,
                    Some(crate::builtins::TypeId::Int | crate::builtins::TypeId::Str | crate::builtins::TypeId::Tuple)
                )
                && !crate::vm::is_exception_class(class)
        }
        _ => false,
    }
}

/// An instance of `class` is made: it takes one entry of the shared keys (CPython's
/// `init_inline_values`, which `object.__new__` runs; a subclass of a builtin type is made
/// by the builtin's `__new__`, and its dict gets the shared keys only when first needed).
pub fn instance_made(class: &Value) {
    if let Obj::Class(c) = class.obj() {
        if c.native.is_some() {
            return;
        }
        let mut sh = c.shared.borrow_mut();
        if sh.usable > 1 {
            sh.usable -= 1;
        }
    }
}

/// A plain instance got an attribute it did not have: the name joins the shared keys.
/// `obj.__dict__ = d` replaces the storage with `d`.
#[inline(never)]
pub fn attr_added(o: &Value, n: Sym) -> PyResult<()> {
    let Obj::Instance(inst) = o.obj_mut() else { return Ok(()) };
    if n == sym::__dict__ {
        let Some(v) = inst.attrs.remove(n) else { return Ok(()) };
        if !matches!(v.obj(), Obj::Dict(_)) {
            let t = crate::object::type_name(&v);
            drop(v);
            return type_error(format!("__dict__ must be set to a dictionary, not a '{t}'"));
        }
        let old = get(o);
        let Obj::Instance(inst) = o.obj_mut() else { unreachable!() };
        let prev = inst.dict.replace(v);
        drop(old);
        drop(prev);
        return Ok(());
    }
    if let Obj::Class(c) = inst.class.obj() {
        c.shared.borrow_mut().add(n);
    }
    Ok(())
}

/// The names an exception keeps as its own fields (never in its `__dict__`): the ones
/// every exception has, and its family's (OSError's `errno`, ...).
fn exception_field(inst: &Instance, n: Sym) -> bool {
    exception_common_field(n) || crate::vm::exc_attrs::is_field(&inst.class, n)
}

fn exception_common_field(n: Sym) -> bool {
    n == sym::args
        || n == sym::__traceback__
        || n == sym::__cause__
        || n == sym::__context__
        || n == sym::__suppress_context__
}

/// Whether an attribute of this instance lives in its materialised dict.
pub fn in_dict(inst: &Instance, n: Sym) -> bool {
    inst.dict.is_some() && !exception_field(inst, n) && n != sym::__dict__
}

/// `obj.__dict__`: the instance's dict, made from its attributes on first use.
pub fn get(o: &Value) -> Value {
    let Obj::Instance(inst) = o.obj() else { unreachable!() };
    if let Some(d) = &inst.dict {
        return d.dup();
    }
    let split = if managed(&inst.class) {
        match inst.class.obj() {
            Obj::Class(c) => Some(c.shared.clone()),
            _ => None,
        }
    } else {
        None
    };
    let mut dd = Dict::default();
    dd.split = split;
    let d = alloc(Obj::Dict(Box::new(dd)));
    let Obj::Instance(inst) = o.obj_mut() else { unreachable!() };
    let attrs = std::mem::take(&mut inst.attrs.0);
    let class = inst.class.dup();
    let (keep, moved): (Vec<_>, Vec<_>) =
        attrs.into_iter().partition(|(n, _)| exception_common_field(*n) || crate::vm::exc_attrs::is_field(&class, *n));
    drop(class);
    inst.attrs.0 = keep.into();
    if let Obj::Dict(dd) = d.obj_mut() {
        for (n, v) in moved {
            let _ = dd.set(value::interned(&name(n)), v);
        }
    }
    let Obj::Instance(inst) = o.obj_mut() else { unreachable!() };
    inst.dict = Some(d.dup());
    d
}

/// The str key for an attribute name.
fn key(n: Sym) -> Value {
    value::interned(&name(n))
}

/// An attribute from the materialised dict.
pub fn lookup(d: &Value, n: Sym) -> Option<Value> {
    let Obj::Dict(dd) = d.obj() else { return None };
    dd.get(&key(n)).ok().flatten().map(Value::dup)
}

/// Store an attribute in the materialised dict.
pub fn store(d: &Value, n: Sym, v: Value) {
    let k = key(n);
    let Obj::Dict(dd) = d.obj_mut() else { return };
    if let Ok(Some(old)) = dd.set(k, v) {
        drop(old);
    }
}

/// Remove an attribute from the materialised dict: whether it was there.
pub fn remove(d: &Value, n: Sym) -> bool {
    let k = key(n);
    let Obj::Dict(dd) = d.obj_mut() else { return false };
    match dd.remove(&k) {
        Ok(Some((k, v))) => {
            drop(k);
            drop(v);
            true
        }
        _ => false,
    }
}

/// Every attribute with its value: the instance's own fields, then its dict's str keys
/// (what a copy takes).
pub fn attr_items(inst: &Instance) -> Vec<(Sym, Value)> {
    let mut out: Vec<(Sym, Value)> = inst.attrs.0.iter().map(|(k, x)| (*k, x.dup())).collect();
    if let Some(Obj::Dict(dd)) = inst.dict.as_ref().map(|d| d.obj()) {
        for (_, k, x) in &dd.entries {
            if let Obj::Str(s) = k.obj() {
                out.push((intern(s), x.dup()));
            }
        }
    }
    out
}

/// The attribute names, in the dict's order (for `dir()`).
pub fn names(d: &Value) -> Vec<Rc<str>> {
    let Obj::Dict(dd) = d.obj() else { return Vec::new() };
    dd.entries
        .iter()
        .filter_map(|(_, k, _)| match k.obj() {
            Obj::Str(s) => Some(Rc::from(&**s)),
            _ => None,
        })
        .collect()
}
