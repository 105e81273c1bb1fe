//! The cycle collector: CPython's algorithm over the tracked containers. Subtract the
//! references containers hold to each other from their counts; what is left is held
//! from outside, and everything reachable from those survives. The rest is garbage:
//! finalizers run first, then each object is cleared, which frees the cycle.

use crate::heap::{self, heap, Value};
use crate::object::Obj;
use std::collections::HashMap;

/// `gc.collect()`: returns how many unreachable objects were found.
pub fn collect() -> usize {
    let garbage = find_unreachable(None);
    let n = garbage.len();
    if n == 0 {
        return 0;
    }
    // Hold every piece of garbage so nothing is freed while finalizers run.
    let held: Vec<Value> = garbage.iter().map(|&i| heap::borrow_index(i)).collect();
    for v in &held {
        if v.obj().wants_finalizer() {
            v.obj_mut().mark_finalized();
            crate::vm::run_finalizer(v.dup());
        }
    }
    // A finalizer may have resurrected some of it: only what is still unreachable is cleared.
    let still = find_unreachable(Some(&held));
    for v in &held {
        if still.contains(&v.index()) {
            clear(v);
        }
    }
    drop(held);
    n
}

/// Drop the references an object holds (CPython's tp_clear).
fn clear(v: &Value) {
    match v.obj_mut() {
        Obj::List(items) => {
            let mut old = std::mem::take(items);
            while let Some(x) = old.pop() {
                drop(x);
            }
        }
        Obj::Instance(inst) => {
            let old = std::mem::take(&mut inst.attrs);
            for (_, x) in old.0 {
                drop(x);
            }
        }
        Obj::Class(c) => {
            let old = std::mem::take(&mut c.attrs);
            for (_, x) in old.0 {
                drop(x);
            }
        }
        Obj::Dict(d) => {
            for (_, k, x) in d.take() {
                drop(k);
                drop(x);
            }
        }
        Obj::Set(s) => s.take().into_iter().for_each(drop),
        Obj::Cell(c) => drop(c.take()),
        Obj::Function(f) => {
            let old = std::mem::take(&mut f.closure);
            drop(old);
            let old = std::mem::take(&mut f.defaults);
            drop(old);
        }
        _ => {}
    }
}

/// Indices of tracked objects unreachable from outside the tracked set, in allocation
/// order. `extra` holds references that are not to be counted as outside ones.
fn find_unreachable(extra: Option<&[Value]>) -> Vec<u32> {
    let tracked: Vec<u32> = heap::live_indices().filter(|&i| heap().slots[i as usize].obj.is_gc_tracked()).collect();
    let mut gc_refs: HashMap<u32, i64> = tracked.iter().map(|&i| (i, heap().slots[i as usize].rc as i64)).collect();
    if let Some(extra) = extra {
        for v in extra {
            if let Some(r) = gc_refs.get_mut(&v.index()) {
                *r -= 1;
            }
        }
    }
    for &i in &tracked {
        heap().slots[i as usize].obj.for_each_child(|c| {
            if let Some(r) = gc_refs.get_mut(&c.index()) {
                *r -= 1;
            }
        });
    }
    let mut reachable: std::collections::HashSet<u32> = std::collections::HashSet::new();
    let mut work: Vec<u32> = tracked.iter().copied().filter(|i| gc_refs[i] > 0).collect();
    while let Some(i) = work.pop() {
        if !reachable.insert(i) {
            continue;
        }
        heap().slots[i as usize].obj.for_each_child(|c| {
            if gc_refs.contains_key(&c.index()) && !reachable.contains(&c.index()) {
                work.push(c.index());
            }
        });
    }
    let mut out: Vec<u32> = tracked.into_iter().filter(|i| !reachable.contains(i)).collect();
    out.sort_by_key(|&i| heap().slots[i as usize].seq & !heap::INTERNED);
    out
}
