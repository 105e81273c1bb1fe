//! The refcount checker: recounts every object's references from the holders that
//! really exist — shared objects, module globals, builtins, frame locals, loaded modules,
//! type objects, code constants, the parse of the running input, a traceback's frames,
//! and every live object's contents — and reports each object whose stored count
//! differs, and each live object nothing holds (a leak).

use crate::code::FuncCode;
use crate::heap::{self, heap, Value};
use crate::object::Obj;
use crate::runtime::rt;
use std::collections::HashSet;

/// Recount and compare; returns one line per problem (empty when the heap is exact).
pub fn check(extra_roots: &[&Value]) -> Vec<String> {
    let n = heap().slots.len();
    let mut expected = vec![0u32; n];
    let mut count = |v: &Value| expected[v.index() as usize] += 1;
    crate::value::for_each_shared(&mut count);
    let r = rt();
    r.globals.iter().flatten().for_each(&mut count);
    r.builtins.iter().flatten().for_each(&mut count);
    r.stack.iter().flatten().for_each(&mut count);
    r.modules.iter().for_each(|(_, m)| count(m));
    r.types.iter().for_each(&mut count);
    r.exc_classes.iter().for_each(&mut count);
    r.object_class.iter().for_each(&mut count);
    r.main_dict.iter().for_each(&mut count);
    for &f in &r.frames {
        // SAFETY: frames on the frame stack are alive.
        unsafe { (*f).obj.iter().for_each(&mut count) };
    }
    for e in r.handling.iter().flatten() {
        e.refs().into_iter().for_each(&mut count);
    }
    extra_roots.iter().for_each(|v| count(v));
    // Code objects: the running units, and every function's code, each counted once.
    let mut seen: HashSet<*const FuncCode> = HashSet::new();
    let mut codes: Vec<&FuncCode> = Vec::new();
    for (code, parse_hold) in &r.running {
        codes.push(code);
        parse_hold.iter().for_each(&mut count);
    }
    for i in heap::live_indices() {
        let obj = &heap().slots[i as usize].obj;
        obj.for_each_child(&mut count);
        if let Obj::Function(f) = obj {
            codes.push(&f.code);
        }
        // A suspended generator keeps its code object (and so its constants) alive.
        if let Obj::Iter(it) = obj {
            match &**it {
                crate::object::Iter::Gen(g) => codes.push(&g.code),
                crate::object::Iter::Coro(g) => codes.push(&g.code),
                _ => {}
            }
        }
    }
    while let Some(code) = codes.pop() {
        if !seen.insert(code as *const FuncCode) {
            continue;
        }
        code.consts.iter().for_each(&mut count);
        let children = code.children.borrow();
        for c in children.iter() {
            codes.push(unsafe { &*std::rc::Rc::as_ptr(c) });
        }
    }
    let mut problems = Vec::new();
    for i in heap::live_indices() {
        let slot = &heap().slots[i as usize];
        let want = expected[i as usize];
        if slot.rc != want {
            let what = describe(i);
            if want == 0 {
                problems.push(format!("leak: {what} has refcount {} but nothing holds it", slot.rc));
            } else {
                problems.push(format!("refcount mismatch: {what} stores {} but {want} references hold it", slot.rc));
            }
        }
    }
    problems
}

fn describe(i: u32) -> String {
    let v = heap::borrow_index(i);
    let text = match v.obj() {
        Obj::Instance(_) => format!("<{} instance>", crate::object::type_name(&v)),
        _ => crate::repr::repr(&v).unwrap_or_else(|_| "<unprintable>".into()),
    };
    let text: String = if text.chars().count() > 60 { text.chars().take(57).collect::<String>() + "..." } else { text };
    format!("{} object {text} (slot {i})", crate::object::type_name(&v))
}
