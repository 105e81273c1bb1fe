//! The cycle collector: CPython 3.11's generational algorithm and bookkeeping.
//!
//! Objects of GC types (containers) are tracked in three generations. Allocating one adds
//! to generation 0's count and freeing one takes from it; when the count passes the
//! threshold (700), a collection is due, and it runs at the next statement boundary (the
//! interpreter's safe point). Collecting generation `n` also collects the younger ones,
//! adds one to generation `n + 1`'s count and moves the survivors up a generation.
//!
//! A collection subtracts the references the collected objects hold to each other from
//! their counts; what is left is held from outside, and everything reachable from those
//! survives. The rest is garbage: weak references to it are cleared (their callbacks run),
//! then finalizers (`__del__`) run once, then what is still unreachable is cleared, which
//! frees the cycles.

use crate::heap::{self, heap, Value, GEN_BITS, GEN_SHIFT, SEQ_MASK};
use crate::object::Obj;

pub const GENERATIONS: usize = 3;
/// The mark of an object found reachable.
const REACHABLE: i32 = -1;
/// The mark of an object the scan has passed without finding it reachable (yet).
const TENTATIVE: i32 = -2;

pub struct GcState {
    /// Each generation's objects, in the order they joined it, as (slot, allocation
    /// number); entries whose object died or moved are skipped and swept out lazily.
    gens: [Vec<(u32, u32)>; GENERATIONS],
    /// How many entries of each generation are live members.
    members: [usize; GENERATIONS],
    pub count: [usize; GENERATIONS],
    pub threshold: [usize; GENERATIONS],
    pub enabled: bool,
    collecting: bool,
    /// Something waits for the next statement boundary: a collection made due (`due`),
    /// or the line hook. One flag, so the boundary costs one test.
    pub pending: bool,
    /// A collection is due (generation 0's count passed its threshold).
    due: bool,
    /// Called at every statement boundary (before the statement runs) while set: the
    /// stepper's line hook (`minipy run --html`).
    line_hook: Option<fn()>,
    /// Called when a collection ends, with the unreachable objects it found.
    pub collect_hook: Option<fn(usize)>,
    long_lived_total: usize,
    long_lived_pending: usize,
    /// The generation whose list holds the globals dict (see `GLOBALS_DICT`); it starts
    /// at the head of generation 1, where CPython's startup leaves `__main__`'s dict.
    dict_gen: usize,
    dict_placed: bool,
}

impl GcState {
    pub const fn new() -> GcState {
        GcState {
            gens: [Vec::new(), Vec::new(), Vec::new()],
            members: [0; GENERATIONS],
            count: [0; GENERATIONS],
            threshold: [700, 10, 10],
            enabled: true,
            collecting: false,
            pending: false,
            due: false,
            line_hook: None,
            collect_hook: None,
            long_lived_total: 0,
            long_lived_pending: 0,
            dict_gen: 1,
            dict_placed: false,
        }
    }
}

impl Default for GcState {
    fn default() -> Self {
        GcState::new()
    }
}

fn state() -> &'static mut GcState {
    &mut heap().gc
}

/// The generation a slot is tracked in, if it is.
#[inline]
pub fn generation(index: u32) -> Option<usize> {
    let g = (heap().slots[index as usize].seq & GEN_BITS) >> GEN_SHIFT;
    (g != 0).then(|| g as usize - 1)
}

pub fn is_tracked(v: &Value) -> bool {
    generation(v.index()).is_some()
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`: a GC object, and for a tuple, a tracked one.
pub fn may_be_tracked(v: &Value) -> bool {
    match v.obj() {
        Obj::Tuple(_) => is_tracked(v),
        o => o.is_gc_type(),
    }
}

fn join(index: u32, gen: usize) {
    let slot = &mut heap().slots[index as usize];
    slot.seq = (slot.seq & !GEN_BITS) | ((gen as u32 + 1) << GEN_SHIFT);
    let seq = slot.seq & SEQ_MASK;
    let s = state();
    s.gens[gen].push((index, seq));
    s.members[gen] += 1;
    if s.gens[gen].len() > 2 * s.members[gen] + 1024 {
        let list = std::mem::take(&mut s.gens[gen]);
        s.gens[gen] = list.into_iter().filter(|&(i, q)| i == GLOBALS_DICT || is_member(i, q, gen)).collect();
    }
}

fn leave(index: u32) {
    if let Some(g) = generation(index) {
        heap().slots[index as usize].seq &= !GEN_BITS;
        state().members[g] -= 1;
    }
}

fn is_member(index: u32, seq: u32, gen: usize) -> bool {
    if index == GLOBALS_DICT {
        return false;
    }
    let slot = &heap().slots[index as usize];
    slot.obj.is_live() && slot.seq & SEQ_MASK == seq && (slot.seq & GEN_BITS) >> GEN_SHIFT == gen as u32 + 1
}

/// Start tracking an object (in generation 0).
pub fn track(v: &Value) {
    if !is_tracked(v) && !is_embedded(v.index()) {
        join(v.index(), 0);
    }
}

#[inline]
fn is_embedded(index: u32) -> bool {
    heap().slots[index as usize].seq & heap::EMBEDDED != 0
}

/// Make a new object part of the instance that holds it (see `heap::EMBEDDED`): no
/// longer tracked, and not counted as an allocation.
pub fn embed(v: &Value) {
    let i = v.index();
    if heap().slots[i as usize].obj.is_gc_type() && !is_embedded(i) {
        leave(i);
        heap().slots[i as usize].seq |= heap::EMBEDDED;
        let s = state();
        s.count[0] = s.count[0].saturating_sub(1);
    }
}

/// The dict in `slot` stored `key: value`: it becomes tracked if either may be
/// (CPython's MAINTAIN_TRACKING).
pub fn dict_stored_at(slot: u32, key: &Value, value: &Value) {
    if generation(slot).is_none() && !is_embedded(slot) && (may_be_tracked(key) || may_be_tracked(value)) {
        join(slot, 0);
    }
}

/// A GC object was allocated.
#[inline]
pub fn on_alloc(index: u32, tracked: bool) {
    let s = state();
    s.count[0] += 1;
    if s.count[0] > s.threshold[0] && s.threshold[0] != 0 && s.enabled && !s.collecting {
        s.due = true;
        s.pending = true;
    }
    if tracked {
        join(index, 0);
    }
}

/// A GC object is being freed.
#[inline]
/// A dying object put aside by the trashcan: no longer tracked (its count in generation
/// 0 goes when it is freed, in `on_dealloc`).
pub fn untrack_dying(index: u32) {
    leave(index);
}

pub fn on_dealloc(index: u32) {
    leave(index);
    if is_embedded(index) {
        return;
    }
    let s = state();
    s.count[0] = s.count[0].saturating_sub(1);
}

/// The interpreter's safe point: run the collection that allocations made due.
#[inline(always)]
pub fn maybe_collect() {
    if heap().gc.pending {
        statement_boundary();
    }
}

#[cold]
fn statement_boundary() {
    let s = state();
    s.pending = s.line_hook.is_some();
    if s.due {
        collect_generations();
    }
    if let Some(hook) = state().line_hook {
        hook();
    }
}

/// Set (or clear) the hook called at every statement boundary.
pub fn set_line_hook(hook: Option<fn()>) {
    let s = state();
    s.line_hook = hook;
    s.pending = s.due || hook.is_some();
}

fn collect_generations() {
    let s = state();
    s.due = false;
    if !s.enabled || s.collecting {
        return;
    }
    for g in (0..GENERATIONS).rev() {
        if s.count[g] > s.threshold[g] {
            // A full collection waits until a quarter more objects have become long-lived.
            if g == GENERATIONS - 1 && s.long_lived_pending < s.long_lived_total / 4 {
                continue;
            }
            collect(g);
            break;
        }
    }
}

/// `gc.collect(generation)`: returns how many unreachable objects were found.
pub fn collect(gen: usize) -> usize {
    let s = state();
    if s.collecting {
        return 0;
    }
    s.collecting = true;
    let n = collect_main(gen);
    state().collecting = false;
    if let Some(hook) = state().collect_hook {
        hook(n);
    }
    n
}

/// The entry in a generation's list standing for the module's globals dict: minipy keeps
/// globals in slots, not in a dict object, but CPython's dict is a container collected
/// with the rest, and where it sits in the lists orders what collections of its
/// generation (and the teardown at exit) do.
const GLOBALS_DICT: u32 = u32::MAX;

/// Whether the module's globals are garbage (the teardown at exit) or held.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Globals {
    Held,
    Garbage,
}

/// The module's globals, in the order they were bound (a dict's order).
fn module_globals() -> Vec<&'static Value> {
    let r = crate::runtime::rt();
    r.global_order.iter().filter_map(|&g| crate::runtime::get_global(g)).collect()
}

/// At exit, when functions tie the module's globals into a cycle: CPython's first full
/// collection (only when collection is enabled), then one in which the globals are
/// garbage: every finalizer runs in the list's order. `release` drops the globals, in
/// order, once the finalizers have run.
pub fn collect_at_exit(release: &mut dyn FnMut()) {
    let s = state();
    if s.collecting {
        return;
    }
    s.collecting = true;
    if s.enabled {
        collect_with(GENERATIONS - 1, Globals::Held, &mut || {});
    }
    collect_with(GENERATIONS - 1, Globals::Garbage, release);
    state().collecting = false;
}

/// CPython's `visit_reachable`: a referent not scanned yet is marked reachable where it
/// is; one already passed as tentatively unreachable comes back at the end of the list.
#[inline]
fn visit_reachable(gen: usize, young: &mut Vec<u32>, c: &Value) {
    let Some(slot) = collected(c, gen) else { return };
    let r = slot.rc as i32;
    if r == 0 {
        slot.rc = 1;
    } else if r == TENTATIVE {
        slot.rc = 1;
        young.push(c.index());
    }
}

/// The slot of `c` if it is one of the objects a collection of generation `gen` (and
/// the younger ones) examines: tracked in one of those generations.
#[inline(always)]
fn collected(c: &Value, gen: usize) -> Option<&'static mut heap::Slot> {
    // SAFETY: a live value's slot exists.
    let slot = unsafe { heap().slots.get_unchecked_mut(c.index() as usize) };
    let g = (slot.seq & GEN_BITS) >> GEN_SHIFT;
    (g != 0 && g as usize <= gen + 1).then_some(slot)
}

/// During a collection, a collected object's count field holds its gc_refs and then
/// its mark (`REACHABLE`, `TENTATIVE`), as CPython keeps them in the object's GC header
/// rather than in a table beside the heap; its count waits in the collection's `saved`
/// list and is put back before anything else can read it.
#[inline(always)]
fn refs(i: u32) -> i32 {
    heap().slots[i as usize].rc as i32
}

#[inline(always)]
fn set_refs(i: u32, r: i32) {
    heap().slots[i as usize].rc = r as u32;
}

fn collect_main(gen: usize) -> usize {
    collect_with(gen, Globals::Held, &mut || {})
}

fn collect_with(gen: usize, mode: Globals, release: &mut dyn FnMut()) -> usize {
    let s = state();
    if gen + 1 < GENERATIONS {
        s.count[gen + 1] += 1;
    }
    for g in 0..=gen {
        s.count[g] = 0;
    }
    let full = gen == GENERATIONS - 1;
    if !s.dict_placed && gen >= s.dict_gen {
        s.gens[s.dict_gen].insert(0, (GLOBALS_DICT, 0));
        s.dict_placed = true;
    }
    // When the globals dict's generation is collected, it is collected too; otherwise it
    // is an older object, and what it holds is held from outside.
    let dict_young = gen >= s.dict_gen;
    let globals = if dict_young { module_globals() } else { Vec::new() };
    // The collected objects: generation `gen`, then the younger ones after it.
    let mut young: Vec<u32> = Vec::with_capacity(s.members[..=gen].iter().sum::<usize>() + 1);
    for g in std::iter::once(gen).chain(0..gen) {
        young.extend(s.gens[g].drain(..).filter_map(|(i, q)| (i == GLOBALS_DICT || is_member(i, q, g)).then_some(i)));
        s.members[g] = 0;
    }
    // update_refs: each collected object's count is set aside and its gc_refs start
    // from it (see `refs`). Nothing between here and the put-back below takes or drops
    // a reference.
    let saved: Vec<(u32, u32)> =
        young.iter().filter(|&&i| i != GLOBALS_DICT).map(|&i| (i, heap().slots[i as usize].rc)).collect();
    for &(i, rc) in &saved {
        // gc_refs start as the count itself (read as an i32, so clamped).
        if rc > i32::MAX as u32 {
            set_refs(i, i32::MAX);
        }
    }
    // subtract_refs.
    let subtract = |c: &Value| {
        if let Some(slot) = collected(c, gen) {
            if slot.rc as i32 > 0 {
                slot.rc -= 1;
            }
        }
    };
    for &i in &young {
        if i != GLOBALS_DICT {
            heap().slots[i as usize].obj.for_each_gc_child(subtract);
        }
    }
    globals.iter().for_each(|g| subtract(g));
    // move_unreachable, as CPython does it: scan the list in order; what is held from
    // outside is reachable, and so is what it refers to (found later in the list, it is
    // marked; found earlier, it comes back from the tentatively unreachable to the end
    // of the list). The order of survivors and of garbage follows from this scan. The
    // globals dict is held (by its module) unless the module is being torn down.
    let mut reachable: Vec<u32> = Vec::with_capacity(young.len());
    let mut tentative: Vec<u32> = Vec::new();
    let mut k = 0;
    while k < young.len() {
        let i = young[k];
        k += 1;
        if i == GLOBALS_DICT {
            if mode == Globals::Held {
                reachable.push(i);
                globals.iter().for_each(|g| visit_reachable(gen, &mut young, g));
            }
            continue;
        }
        let r = refs(i);
        if r > 0 {
            set_refs(i, REACHABLE);
            reachable.push(i);
            heap().slots[i as usize].obj.for_each_gc_child(|c| visit_reachable(gen, &mut young, c));
        } else if r == 0 {
            set_refs(i, TENTATIVE);
            tentative.push(i);
        }
    }
    let unreachable: Vec<u32> = tentative.into_iter().filter(|&i| refs(i) == TENTATIVE).collect();
    // The counts come back.
    for (i, rc) in saved {
        heap().slots[i as usize].rc = rc;
    }
    // Survivors: tuples of atoms stop being tracked; the rest move up a generation.
    let older = (gen + 1).min(GENERATIONS - 1);
    let mut survivors = Vec::with_capacity(reachable.len());
    let older_bits = (older as u32 + 1) << GEN_SHIFT;
    let mut n_survivors = 0;
    for &i in &reachable {
        if i == GLOBALS_DICT {
            survivors.push((i, 0));
            state().dict_gen = older;
            continue;
        }
        let untrack = match &heap().slots[i as usize].obj {
            Obj::Tuple(items) => !items.iter().any(may_be_tracked),
            // Dicts are untracked only in full collections (CPython issue #14775).
            Obj::Dict(d) if full => !d.entries.iter().any(|(_, k, x)| may_be_tracked(k) || may_be_tracked(x)),
            o @ Obj::Namespace(_) if full => !o.namespace_holds_containers(),
            _ => false,
        };
        let slot = &mut heap().slots[i as usize];
        if untrack {
            slot.seq &= !GEN_BITS;
        } else {
            slot.seq = (slot.seq & !GEN_BITS) | older_bits;
            survivors.push((i, slot.seq & SEQ_MASK));
            n_survivors += 1;
        }
    }
    let s = state();
    s.members[older] += n_survivors;
    s.gens[older].extend(survivors);
    if gen == GENERATIONS - 2 {
        s.long_lived_pending += n_survivors;
    } else if full {
        s.long_lived_pending = 0;
        s.long_lived_total = n_survivors;
    }
    if unreachable.is_empty() {
        return 0;
    }
    // Hold the garbage while weak references are cleared and finalizers run.
    let held: Vec<Value> = unreachable.iter().map(|&i| heap::borrow_index(i)).collect();
    for v in &held {
        heap().slots[v.index() as usize].seq &= !GEN_BITS;
    }
    let freed_weakrefs = handle_weakrefs(&held);
    // Finalizers run while the collector holds no reference, as CPython's list holds none:
    // what a finalizer frees by its count (a generator's frame cleared by its close) is
    // freed then, and is not counted as collected. Every piece of garbage is held by
    // other garbage, so letting go of `held` frees nothing by itself.
    let ids: Vec<(u32, u32)> =
        held.iter().map(|v| (v.index(), heap().slots[v.index() as usize].seq & SEQ_MASK)).collect();
    drop(held);
    let alive = |(i, q): (u32, u32)| {
        let slot = &heap().slots[i as usize];
        slot.obj.is_live() && slot.seq & SEQ_MASK == q
    };
    for &id in &ids {
        if !alive(id) {
            continue;
        }
        let v = heap::borrow_index(id.0);
        if v.obj().wants_finalizer() {
            v.obj_mut().mark_finalized();
            crate::vm::run_finalizer(v.dup());
        }
        drop(v);
    }
    let held: Vec<Value> = ids.iter().filter(|&&id| alive(id)).map(|&(i, _)| heap::borrow_index(i)).collect();
    // A finalizer may have resurrected some of it: only what is still unreachable is
    // cleared; the rest joins the older generation.
    let internal = if mode == Globals::Garbage { globals } else { Vec::new() };
    let still = still_unreachable(&held, &internal);
    let mut doomed: Vec<(u32, u32)> = Vec::new();
    for (v, dead) in held.iter().zip(&still) {
        if *dead {
            doomed.push((v.index(), heap().slots[v.index() as usize].seq & SEQ_MASK));
        } else if v.obj().is_gc_type() {
            join(v.index(), older);
        }
    }
    drop(held);
    if mode == Globals::Garbage {
        release();
    }
    let n = doomed.len() + freed_weakrefs;
    // delete_garbage: clear each in turn; clearing one may free others.
    for (i, q) in doomed {
        let slot = &heap().slots[i as usize];
        if !slot.obj.is_live() || slot.seq & SEQ_MASK != q {
            continue;
        }
        let v = heap::borrow_index(i);
        clear(&v);
        drop(v);
    }
    n
}

/// The garbage still unreachable after finalizers ran: each entry of `held` (which holds
/// one reference to each) whose references all come from the garbage itself.
fn still_unreachable(held: &[Value], internal: &[&Value]) -> Vec<bool> {
    // The garbage's gc_refs, by slot (the garbage is no longer tracked, so they are kept
    // beside it rather than in its count fields).
    let mut refs: std::collections::HashMap<u32, i32> =
        held.iter().map(|v| (v.index(), heap().slots[v.index() as usize].rc.min(i32::MAX as u32) as i32 - 1)).collect();
    let mut subtract = |c: &Value| {
        if let Some(r) = refs.get_mut(&c.index()) {
            if *r > 0 {
                *r -= 1;
            }
        }
    };
    for v in held {
        v.obj().for_each_gc_child(&mut subtract);
    }
    // References from a container that is not an object here (the module's globals).
    internal.iter().for_each(|g| subtract(g));
    let mut work: Vec<u32> = held.iter().map(Value::index).filter(|i| refs[i] > 0).collect();
    for i in &work {
        refs.insert(*i, REACHABLE);
    }
    while let Some(i) = work.pop() {
        heap().slots[i as usize].obj.for_each_gc_child(|c| {
            if let Some(r) = refs.get_mut(&c.index()) {
                if *r >= 0 {
                    *r = REACHABLE;
                    work.push(c.index());
                }
            }
        });
    }
    held.iter().map(|v| refs[&v.index()] != REACHABLE).collect()
}

/// Clear the weak references to the garbage; call the callbacks of those weak references
/// that are not garbage themselves. Returns how many of those the callbacks freed (CPython
/// counts them as collected).
fn handle_weakrefs(held: &[Value]) -> usize {
    let garbage: std::collections::HashSet<u32> = held.iter().map(Value::index).collect();
    let mut calls = Vec::new();
    for v in held {
        let slot = &mut heap().slots[v.index() as usize];
        if slot.seq & heap::WEAKREFD != 0 {
            slot.seq &= !heap::WEAKREFD;
            for (w, cb) in crate::builtins::weakref::clear_refs(v.index()) {
                match cb {
                    Some(cb) if !garbage.contains(&w.index()) => calls.push((w, cb)),
                    _ => {}
                }
            }
        }
    }
    let mut freed = 0;
    for (w, cb) in calls {
        let (i, q) = (w.index(), heap().slots[w.index() as usize].seq & SEQ_MASK);
        crate::builtins::weakref::call_back(w, cb);
        let slot = &heap().slots[i as usize];
        if !slot.obj.is_live() || slot.seq & SEQ_MASK != q {
            freed += 1;
        }
    }
    freed
}

/// Drop the references an object holds (CPython's tp_clear). Tuples have none to drop:
/// a cycle through a tuple is broken at the other objects.
fn clear(v: &Value) {
    match v.obj_mut() {
        Obj::List(items) => std::mem::take(items).release(),
        Obj::Instance(inst) => {
            let slots = inst.take_slots();
            drop(slots);
            std::mem::take(&mut inst.attrs).release();
            drop(inst.dict.take());
            // Then the base type's tp_clear on the value it extends.
            if let Some(n) = inst.native.as_ref().map(Value::dup) {
                clear(&n);
            }
        }
        Obj::Class(c) => {
            // type_clear: the namespace (which holds the descriptors) and the mro.
            std::mem::take(&mut c.attrs).release();
            drop(std::mem::take(&mut c.descriptors));
            drop(c.mro.take());
            c.version = crate::objects::type_cache::new_version();
        }
        Obj::Dict(d) => {
            for (_, k, x) in d.take() {
                drop(k);
                drop(x);
            }
        }
        Obj::Set(s) => s.take().into_iter().for_each(drop),
        Obj::Cell(c) => drop(c.take()),
        Obj::Property(p) => p.clear(),
        Obj::StaticMethod(w) | Obj::ClassMethod(w) => w.clear(),
        Obj::Partial(p) => p.clear(),
        Obj::LruCache(l) => l.clear(),
        Obj::Function(f) => {
            let old = f.defaults.take();
            drop(old);
            let old = std::mem::take(&mut f.kwdefaults);
            drop(old);
            let old = f.module.take();
            drop(old);
            let old = f.doc.take();
            drop(old);
            let old = f.dict.take();
            drop(old);
            let old = f.closure.take();
            drop(old);
            let old = f.annotations.take();
            drop(old);
        }
        _ => {}
    }
}

/// Every tracked object, generation 0 first, each in its generation's order.
pub fn tracked_objects() -> Vec<Value> {
    let s = state();
    let mut out = Vec::new();
    for g in 0..GENERATIONS {
        for &(i, q) in &s.gens[g] {
            if is_member(i, q, g) {
                out.push(heap::borrow_index(i));
            }
        }
    }
    out
}

fn gc_children_of(v: &Value) -> usize {
    let mut n = 0;
    v.obj().for_each_child(|_| n += 1);
    n
}

/// `gc.get_referents(x)`: what `x`'s traversal visits, in CPython's order.
pub fn referents(v: &Value, out: &mut Vec<Value>) {
    match v.obj() {
        Obj::List(items) => out.extend(items.iter().rev().map(Value::dup)),
        Obj::Tuple(items) => out.extend(items.iter().rev().map(Value::dup)),
        Obj::Dict(d) => {
            // A table of str keys visits only the values.
            let general = !d.str_keys();
            for (_, k, x) in &d.entries {
                out.push(x.dup());
                if general {
                    out.push(k.dup());
                }
            }
        }
        Obj::Instance(inst) => {
            v.obj().for_each_gc_child(|c| out.push(c.dup()));
            if let Some(n) = &inst.native {
                // The items of the builtin value it extends, as the base type's traverse.
                out.truncate(out.len() - gc_children_of(n));
                referents(n, out);
            }
        }
        Obj::Method(m) => {
            out.push(m.0.dup());
            out.push(m.1.dup());
        }
        // Instances of heap types visit their type first.
        o @ (Obj::Partial(_) | Obj::LruCache(_)) => {
            out.push(crate::runtime::rt().type_object(o.type_id()).dup());
            o.for_each_child(|c| out.push(c.dup()));
        }
        o if o.is_gc_type() => o.for_each_child(|c| out.push(c.dup())),
        _ => {}
    }
}
