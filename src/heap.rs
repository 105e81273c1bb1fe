//! The object heap: a slot arena with explicit reference counts.
//!
//! Every Python object lives in a [`Slot`]; a [`Value`] is one counted reference to it.
//! `Value` is deliberately not `Clone`: copying a reference is an explicit [`Value::dup`]
//! (an incref), and dropping one is a decref, so Rust's ownership does the bookkeeping and
//! `?` paths release what they hold. When a count reaches zero the object is freed at once,
//! its contents released in CPython's order, and its slot goes on a last-in first-out free
//! list for its size class — so `id([]) == id([])` is True, as in CPython.
//!
//! The heap is per thread and reached through [`with`]-style free functions; a borrow of
//! an object's contents must never be held across anything that can drop a `Value`
//! (a drop can run `__del__`, which can run any code). Allocating does not move a slot
//! (`src/arena.rs`), so it leaves such a borrow valid.

use crate::object::Obj;
use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;
use std::num::NonZeroU32;

/// One counted reference to a heap object. Slot 0 is never an object, so the index is
/// never zero and `Option<Value>` (a local, a cell, an instance's dict) takes 4 bytes.
#[repr(transparent)]
pub struct Value(NonZeroU32);

pub struct Slot {
    pub rc: u32,
    /// Allocation order (wrapping, [`SEQ_MASK`] bits), which tells a reused slot from the
    /// object that held it before; the top bits are flags: the string the intern table
    /// points at, an object with weak references, and the collector's generation.
    pub seq: u32,
    pub obj: Obj,
}

// Every object is one slot: keep it this size (a str's text and hash, a tuple's items,
// an instance's box all fit beside the tag).
const _: () = assert!(std::mem::size_of::<Slot>() == 32);

const NO_SLOT: u32 = u32::MAX;
/// The bit of `Slot::seq` set on interned strings.
pub const INTERNED: u32 = 1 << 31;
/// The bit of `Slot::seq` set on an object some weak reference points at.
pub const WEAKREFD: u32 = 1 << 30;
/// The bits of `Slot::seq` holding the collector's generation: 0 when the object is not
/// tracked, else 1 + its generation.
pub const GEN_SHIFT: u32 = 28;
pub const GEN_BITS: u32 = 3 << GEN_SHIFT;
/// The bit of `Slot::seq` set on the builtin value a subclass instance extends (the list
/// of a `class L(list)` instance): in CPython it is part of that instance, so the
/// collector neither tracks nor counts it, and traverses it through the instance.
pub const EMBEDDED: u32 = 1 << 27;
/// The allocation number's bits of `Slot::seq`.
pub const SEQ_MASK: u32 = (1 << 27) - 1;

/// Whether `v` is a string the intern table points at.
pub fn is_interned(v: &Value) -> bool {
    heap().slots[v.index() as usize].seq & INTERNED != 0
}

/// Mark a string as the one the intern table points at; it leaves the table when freed.
pub fn mark_interned(v: &Value) {
    heap().slots[v.index() as usize].seq |= INTERNED;
}
/// Free lists, one per size class (see [`Obj::size_class`]).
pub const SIZE_CLASSES: usize = 10;

pub struct Heap {
    /// Every slot, at an address that never changes (`src/arena.rs`).
    pub slots: crate::arena::Arena<Slot>,
    free: [u32; SIZE_CLASSES],
    pub live: usize,
    next_seq: u32,
    /// Called when an object with a finalizer (`__del__`) is about to die.
    pub finalize: Option<fn(Value)>,
    /// Called with the slot of a dying object that weak references point at.
    pub weakref_death: Option<fn(u32)>,
    /// The cycle collector's generations and counts.
    pub gc: crate::gc::GcState,
    /// Called with the slot of each object about to be freed, while something watches
    /// (`:trace`, the stepper); the object is still intact.
    pub on_free: Option<fn(u32)>,
    /// Objects whose count reached zero too deep in the stack to be released there (a
    /// long chain of kinds outside the trashcan dying link by link), and how many
    /// releases are in progress: the outermost release works through them.
    deferred: Vec<u32>,
    nesting: u32,
    /// CPython's trashcan: how many trashcan-kind deallocations are in progress
    /// (`trash_delete_nesting`), and those put off for being [`TRASHCAN_DEPTH`] deep
    /// (`trash_delete_later`, last in first out).
    trash_nesting: u32,
    trash_later: Vec<u32>,
    /// The object whose finalizer is running: its release when the finalizer lets go is
    /// the rest of the same deallocation, not a deeper one.
    in_finalizer: u32,
}

/// `_PyTrash_UNWIND_LEVEL`.
const TRASHCAN_DEPTH: u32 = 50;

thread_local! {
    // Never dropped: objects hold references into the heap itself, so a thread's heap
    // is abandoned whole when the thread ends rather than torn down by Rust.
    static HEAP: UnsafeCell<ManuallyDrop<Heap>> = const {
        UnsafeCell::new(ManuallyDrop::new(Heap {
            slots: crate::arena::Arena::new(),
            free: [NO_SLOT; SIZE_CLASSES],
            live: 0,
            next_seq: 0,
            finalize: None,
            weakref_death: None,
            gc: crate::gc::GcState::new(),
            on_free: None,
            deferred: Vec::new(),
            nesting: 0,
            trash_nesting: 0,
            trash_later: Vec::new(),
            in_finalizer: NO_SLOT,
        }))
    };
}

#[inline(always)]
fn heap_ptr() -> *mut Heap {
    HEAP.with(|h| h.get() as *mut Heap)
}

/// The heap, for short non-reentrant accesses only.
#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub fn heap() -> &'static mut Heap {
    unsafe { &mut *heap_ptr() }
}

impl Value {
    /// A new reference to the same object (incref).
    #[inline(always)]
    pub fn dup(&self) -> Value {
        unsafe {
            (&mut *heap_ptr()).slots.get_unchecked_mut(self.index() as usize).rc += 1;
        }
        Value(self.0)
    }

    /// The slot index: the object's identity.
    #[inline(always)]
    pub fn index(&self) -> u32 {
        self.0.get()
    }

    /// `is`: the one identity test, behind both `is` and `id()`.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// `id()`: an address-like number derived from the slot, stable for the object's life.
    pub fn id(&self) -> u64 {
        0x7f3a_1c00_0000 + (self.index() as u64 - 1) * 48
    }

    /// The object's contents. Do not keep the borrow across anything that may drop a Value.
    #[inline(always)]
    pub fn obj(&self) -> &'static Obj {
        unsafe { &(&*heap_ptr()).slots.get_unchecked(self.index() as usize).obj }
    }

    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub fn obj_mut(&self) -> &'static mut Obj {
        unsafe { &mut (&mut *heap_ptr()).slots.get_unchecked_mut(self.index() as usize).obj }
    }

    /// The stored reference count.
    pub fn refcount(&self) -> u32 {
        heap().slots[self.index() as usize].rc
    }

    /// A Value for a slot, without an incref: the caller owns the reference, or wraps the
    /// result in `ManuallyDrop` to borrow one held elsewhere.
    ///
    /// # Safety
    /// `index` must be a live object.
    pub unsafe fn from_raw(index: u32) -> Value {
        debug_assert!(index != 0, "slot 0 is never an object");
        Value(NonZeroU32::new_unchecked(index))
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        unsafe {
            let slot = (&mut *heap_ptr()).slots.get_unchecked_mut(self.index() as usize);
            if slot.rc > 1 {
                slot.rc -= 1;
            } else {
                dealloc(self.index());
            }
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Value#{}", self.index())
    }
}

/// Put a new object on the heap; the returned Value is its first reference.
#[inline]
pub fn alloc(obj: Obj) -> Value {
    let h = heap();
    let class = obj.size_class();
    h.live += 1;
    let seq = h.next_seq;
    h.next_seq = h.next_seq.wrapping_add(1) & SEQ_MASK;
    let gc = obj.is_gc_type().then(|| obj.starts_tracked());
    let head = h.free[class];
    let index = if head != NO_SLOT {
        let slot = &mut h.slots[head as usize];
        let Obj::Free(next) = slot.obj else { unreachable!("free list points at a live slot") };
        h.free[class] = next;
        slot.rc = 1;
        slot.seq = seq;
        // SAFETY: a Free slot owns nothing; overwrite it without running a destructor.
        unsafe { std::ptr::write(&mut slot.obj, obj) };
        head
    } else {
        if h.slots.is_empty() {
            // Slot 0 is never an object (see `Value`): it stays `Dying`, not live and
            // on no free list.
            h.slots.push(Slot { rc: 0, seq: 0, obj: Obj::Dying });
        }
        h.slots.push(Slot { rc: 1, seq, obj });
        (h.slots.len() - 1) as u32
    };
    if let Some(tracked) = gc {
        if let Obj::Dict(d) = &mut heap().slots[index as usize].obj {
            d.slot = index;
        }
        crate::gc::on_alloc(index, tracked);
    }
    // SAFETY: slot 0 is never handed out.
    unsafe { Value::from_raw(index) }
}

/// [`alloc`] of a known size class: a free-list pop, as CPython's float and tuple free
/// lists are, with the object built in its slot (`$make` is evaluated there), not on the
/// stack and copied: a copy reads back in wide loads what was just written in narrow
/// stores, and stalls. Numbers are never tracked by the collector (`tracked: false`);
/// tuples and lists are from birth (`tracked: true`: its count and generation 0).
macro_rules! alloc_in_class {
    ($class:expr, $make:expr, tracked: $tracked:expr) => {{
        let h = heap();
        let head = h.free[$class];
        if head == NO_SLOT {
            return alloc($make);
        }
        h.live += 1;
        let seq = h.next_seq;
        h.next_seq = seq.wrapping_add(1) & SEQ_MASK;
        let slot = unsafe { h.slots.get_unchecked_mut(head as usize) };
        let Obj::Free(next) = slot.obj else { unreachable!("free list points at a live slot") };
        h.free[$class] = next;
        slot.rc = 1;
        slot.seq = seq;
        // SAFETY: a Free slot owns nothing; overwrite it without running a destructor.
        unsafe { std::ptr::write(&mut slot.obj, $make) };
        if $tracked {
            crate::gc::on_alloc(head, true);
        }
        // SAFETY: slot 0 is never on a free list.
        unsafe { Value::from_raw(head) }
    }};
}

/// A new tuple (tracked from birth, as CPython's are).
#[inline]
pub fn alloc_tuple(items: crate::object::TupleItems) -> Value {
    alloc_in_class!(4, Obj::Tuple(items), tracked: true)
}

/// A new list.
#[inline]
pub fn alloc_list(items: crate::object::ListItems) -> Value {
    alloc_in_class!(3, Obj::List(items), tracked: true)
}

/// A new str object.
#[inline]
pub fn alloc_str(s: crate::objects::pystr::PyStr) -> Value {
    alloc_in_class!(2, Obj::Str(s), tracked: false)
}

/// A new float object.
#[inline(always)]
pub fn alloc_float(f: f64) -> Value {
    alloc_in_class!(1, Obj::Float(f), tracked: false)
}

/// A new int object (outside the small-int cache).
#[inline(always)]
pub fn alloc_int(i: i64) -> Value {
    alloc_in_class!(0, Obj::Int(i), tracked: false)
}

/// The count of `index` reached zero: run its finalizer or free it.
#[inline(never)]
fn dealloc(index: u32) {
    let h = heap();
    let slot = unsafe { h.slots.get_unchecked_mut(index as usize) };
    // Numbers hold nothing and own no memory: straight back to their free list.
    if let Obj::Int(_) | Obj::Float(_) = slot.obj {
        if let Some(watch) = h.on_free {
            watch(index);
        }
        let class = slot.obj.size_class();
        slot.rc = 0;
        // SAFETY: an Int or Float has no destructor to run.
        unsafe { std::ptr::write(&mut slot.obj, Obj::Free(h.free[class])) };
        h.free[class] = index;
        h.live -= 1;
        return;
    }
    if let Obj::Str(_) = slot.obj {
        return dealloc_str(index);
    }
    if let Obj::List(_) | Obj::Tuple(_) = slot.obj {
        return dealloc_sequence(index);
    }
    dealloc_object(index)
}

/// A list or tuple (the commonest containers to die): what `dealloc_object` and
/// `release_object` do for one, without what cannot apply to it (a finalizer), taken
/// straight when no watcher is set and the trashcan is not full.
#[inline(never)]
fn dealloc_sequence(index: u32) {
    let h = heap();
    if h.trash_nesting >= TRASHCAN_DEPTH || h.on_free.is_some() || h.in_finalizer == index {
        return dealloc_object(index);
    }
    h.trash_nesting += 1;
    h.nesting += 1;
    clear_weakrefs(index);
    if h.slots[index as usize].obj.is_gc_type() {
        crate::gc::on_dealloc(index);
    }
    let h = heap();
    let slot = &mut h.slots[index as usize];
    slot.rc = 0;
    let class = slot.obj.size_class();
    let released = release_sequence(slot);
    debug_assert!(released, "dealloc_sequence of a list or tuple");
    free_slot(index, class);
    heap().nesting -= 1;
    end_trashcan_release();
}

/// After a trashcan kind's release: leave its nesting level, and at the outermost one
/// release what was put aside (see `dealloc_object`).
fn end_trashcan_release() {
    let h = heap();
    h.trash_nesting -= 1;
    if h.trash_nesting == 0 && !h.trash_later.is_empty() {
        // _PyTrash_thread_destroy_chain: each one's own deallocation counts from 1.
        h.trash_nesting = 1;
        while let Some(i) = heap().trash_later.pop() {
            dealloc_object(i);
        }
        heap().trash_nesting = 0;
    }
    release_deferred();
}

/// At the outermost deallocation, release what a low stack deferred.
fn release_deferred() {
    let h = heap();
    if h.nesting == 0 {
        while let Some(i) = heap().deferred.pop() {
            heap().nesting += 1;
            release_object(i);
            heap().nesting -= 1;
        }
    }
}

/// A str holds no references, runs no finalizer and cannot be weakly referenced: its
/// text is freed and its slot goes straight back to the free list.
#[inline(never)]
fn dealloc_str(index: u32) {
    let h = heap();
    // A `class S(str)` instance's text dies with it (see `EMBEDDED`): not reported alone.
    if let Some(watch) = h.on_free.filter(|_| h.slots[index as usize].seq & EMBEDDED == 0) {
        watch(index);
    }
    let slot = &mut h.slots[index as usize];
    slot.rc = 0;
    let class = slot.obj.size_class();
    let Obj::Str(text) = &mut slot.obj else { unreachable!("dealloc_str of a str") };
    let text = std::mem::take(text);
    let interned = slot.seq & INTERNED != 0;
    free_slot(index, class);
    if interned {
        crate::value::forget_interned(&text);
    }
}

#[cold]
#[inline(never)]
fn dealloc_object(index: u32) {
    let h = heap();
    // CPython's trashcan (3.11's _PyTrash_begin/_PyTrash_end): past 50 nested
    // deallocations of trashcan kinds, the object is put aside (untracked, as its
    // deallocator untracks it first) and released when the outermost one ends, last put
    // aside first. This bounds the stack and decides the order `__del__`s run in.
    let trashcan = h.slots[index as usize].obj.uses_trashcan() && h.in_finalizer != index;
    if trashcan {
        if h.trash_nesting >= TRASHCAN_DEPTH {
            crate::gc::untrack_dying(index);
            heap().trash_later.push(index);
            return;
        }
        h.trash_nesting += 1;
    } else if crate::stack::low() {
        h.deferred.push(index);
        return;
    }
    heap().nesting += 1;
    release_object(index);
    heap().nesting -= 1;
    if trashcan {
        end_trashcan_release();
    } else {
        release_deferred();
    }
}

fn release_object(index: u32) {
    let h = heap();
    if let Some(fin) = h.finalize {
        if h.slots[index as usize].obj.wants_finalizer() {
            // A generator's dealloc clears its weak references before it closes the
            // generator (gen_dealloc); an instance runs `__del__` first (subtype_dealloc).
            if h.slots[index as usize].obj.weakrefs_before_finalizer() {
                clear_weakrefs(index);
            }
            let h = heap();
            // The finalizer gets a live reference; when it drops that reference the
            // object comes back here, already marked finalized, and is freed.
            h.slots[index as usize].rc = 1;
            h.slots[index as usize].obj.mark_finalized();
            let outer = std::mem::replace(&mut h.in_finalizer, index);
            fin(unsafe { Value::from_raw(index) });
            heap().in_finalizer = outer;
            return;
        }
    }
    clear_weakrefs(index);
    let h = heap();
    // What an instance extends dies with it (see `EMBEDDED`): not reported on its own.
    if let Some(watch) = h.on_free.filter(|_| h.slots[index as usize].seq & EMBEDDED == 0) {
        watch(index);
    }
    let slot = &mut h.slots[index as usize];
    if slot.obj.is_gc_type() {
        crate::gc::on_dealloc(index);
    }
    let slot = &mut h.slots[index as usize];
    slot.rc = 0;
    let class = slot.obj.size_class();
    // The slot stays occupied (as Dying) while the contents are released, as CPython's
    // memory stays in use until its dealloc returns.
    if release_sequence(slot) {
        return free_slot(index, class);
    }
    let interned = slot.seq & INTERNED != 0;
    let obj = std::mem::replace(&mut slot.obj, Obj::Dying);
    if interned {
        if let Obj::Str(s) = &obj {
            crate::value::forget_interned(s);
        }
    }
    obj.release();
    free_slot(index, class)
}

/// A dying list's or tuple's items, released in place (moving the whole object out
/// through the stack costs more than the release), the slot left `Dying`; false for
/// any other kind.
#[inline(always)]
fn release_sequence(slot: &mut Slot) -> bool {
    match &mut slot.obj {
        Obj::List(items) => {
            let items = std::mem::take(items);
            // SAFETY: the list left behind is empty and owns no memory.
            unsafe { std::ptr::write(&mut slot.obj, Obj::Dying) };
            items.release();
            true
        }
        Obj::Tuple(items) => {
            let items = std::mem::take(items);
            // SAFETY: as above.
            unsafe { std::ptr::write(&mut slot.obj, Obj::Dying) };
            items.release();
            true
        }
        _ => false,
    }
}

/// Put a released (`Dying`) slot on its size class's free list.
#[inline(always)]
fn free_slot(index: u32, class: usize) {
    let h = heap();
    let slot = &mut h.slots[index as usize];
    // SAFETY: `Dying` (or an emptied str) owns nothing, so overwriting it without
    // dropping loses nothing.
    unsafe { std::ptr::write(&mut slot.obj, Obj::Free(h.free[class])) };
    h.free[class] = index;
    h.live -= 1;
}

/// Clear the weak references to a dying object and run their callbacks (before its
/// contents go; a callback cannot reach the object, its reference being cleared).
fn clear_weakrefs(index: u32) {
    let h = heap();
    let slot = &mut h.slots[index as usize];
    if slot.seq & WEAKREFD != 0 {
        slot.seq &= !WEAKREFD;
        if let Some(f) = h.weakref_death {
            slot.rc = 1;
            f(index);
        }
    }
}

/// An object's identity over time: its slot and its allocation number, which tell it
/// from a later object in the same slot (what `:trace` and the stepper follow).
pub fn identity_of(index: u32) -> (u32, u32) {
    (index, heap().slots[index as usize].seq & SEQ_MASK)
}

/// Whether the object `identity_of` named is still alive.
pub fn still_alive((index, seq): (u32, u32)) -> bool {
    heap().slots.get(index as usize).is_some_and(|s| s.obj.is_live() && s.seq & SEQ_MASK == seq && s.rc > 0)
}

/// The allocation number the next object will get.
pub fn next_seq() -> u32 {
    heap().next_seq
}

/// Every live object, for the collector and the checker.
pub fn live_indices() -> impl Iterator<Item = u32> {
    let n = heap().slots.len() as u32;
    (0..n).filter(|&i| heap().slots[i as usize].obj.is_live())
}

/// A temporary reference to a slot the caller knows is alive (for walkers).
#[inline(always)]
pub fn borrow_index(index: u32) -> Value {
    let v = unsafe { Value::from_raw(index) };
    let r = v.dup();
    std::mem::forget(v);
    r
}
