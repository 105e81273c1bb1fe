//! Which class of an MRO defines a name, remembered per (class version, name): the type
//! attribute cache CPython's `_PyType_Lookup` keeps by `tp_version_tag`
//! (`Objects/typeobject.c`).
//!
//! A class gets a new version (`modified`) whenever a name is added to or removed from
//! its namespace or the namespace of a class before it in an MRO, when it is made and
//! when the collector clears it. An entry for a class's current version is therefore
//! right. A value replaced under a name already there needs no new version: an entry
//! names a place (the MRO position and the namespace slot), not a value, and every hit
//! checks that the slot still holds that name, so even a stale entry can never point at
//! the wrong attribute or outside a namespace.

use std::cell::{Cell, UnsafeCell};

use crate::heap::Value;
use crate::intern::Sym;
use crate::object::{Class, Obj};

const BITS: u32 = 10;
/// An entry's `pos` when no class of the MRO defines the name.
const NOT_FOUND: u32 = u32::MAX;

#[derive(Clone, Copy)]
struct Entry {
    /// 0 (never a version) for an empty entry.
    version: u64,
    name: Sym,
    /// The MRO position of the class defining the name (0: the class itself).
    pos: u32,
    /// Its index in that class's namespace.
    slot: u32,
}

const EMPTY: Entry = Entry { version: 0, name: Sym(0), pos: 0, slot: 0 };

thread_local! {
    static ENTRIES: UnsafeCell<[Entry; 1 << BITS]> = const { UnsafeCell::new([EMPTY; 1 << BITS]) };
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A version no class has had.
pub fn new_version() -> u64 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

/// `class`'s namespace gained or lost a name: new versions for it and every class whose
/// MRO it is in.
pub fn modified(class: &Value) {
    let Obj::Class(c) = class.obj_mut() else { return };
    c.version = new_version();
    let subs: Vec<Value> = c.subclasses.iter().map(|&(_, i)| crate::heap::borrow_index(i)).collect();
    for s in subs {
        modified(&s);
    }
}

#[inline(always)]
fn index(version: u64, name: Sym) -> usize {
    let h = (version as u32).wrapping_mul(0x9E37_79B9) ^ name.0.wrapping_mul(0x85EB_CA6B);
    (h >> (32 - BITS)) as usize
}

/// Find `name` on a class or the classes of its MRO.
#[inline]
pub fn class_lookup(class: &Value, name: Sym) -> Option<&'static Value> {
    let Obj::Class(c) = class.obj() else { return None };
    let i = index(c.version, name);
    // SAFETY: the table belongs to this thread and no reference into it outlives a read.
    let e = ENTRIES.with(|t| unsafe { (*t.get())[i] });
    if e.version == c.version && e.name == name {
        if e.pos == NOT_FOUND {
            return None;
        }
        let owner = if e.pos == 0 { Some(&**c) } else { class_at(c, e.pos) };
        if let Some((n, v)) = owner.and_then(|o| o.attrs.0.get(e.slot as usize)) {
            if *n == name {
                return Some(v);
            }
        }
    }
    lookup_and_remember(c, name, i)
}

fn class_at(c: &Class, pos: u32) -> Option<&'static Class> {
    match c.mro_tail().get(pos as usize - 1)?.obj() {
        Obj::Class(x) => Some(x),
        _ => None,
    }
}

#[inline(never)]
fn lookup_and_remember(c: &'static Class, name: Sym, i: usize) -> Option<&'static Value> {
    let remember = |pos: u32, slot: usize| {
        let e = Entry { version: c.version, name, pos, slot: slot as u32 };
        // SAFETY: as in `class_lookup`.
        ENTRIES.with(|t| unsafe { (*t.get())[i] = e });
    };
    if let Some(slot) = c.attrs.0.iter().position(|(n, _)| *n == name) {
        remember(0, slot);
        return Some(&c.attrs.0[slot].1);
    }
    if c.mro.is_none() {
        // A builtin class (or one whose MRO a collection cleared): its chain of bases,
        // which is not cached.
        return class_lookup(c.base.as_ref()?, name);
    }
    for (k, x) in c.mro_tail().iter().enumerate() {
        if let Obj::Class(xc) = x.obj() {
            if let Some(slot) = xc.attrs.0.iter().position(|(n, _)| *n == name) {
                remember(k as u32 + 1, slot);
                return Some(&xc.attrs.0[slot].1);
            }
        }
    }
    remember(NOT_FOUND, 0);
    None
}
