//! Interpreter-wide state: module globals and builtins (tables indexed by interned name,
//! so lookups are array reads), the value stack holding every active frame's locals,
//! the loaded modules, the type objects, and the units of code currently running.

use crate::builtins::{self, TypeId};
use crate::code::FuncCode;
use crate::heap::Value;
use crate::intern::{self, Sym};
use crate::value;
use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

pub struct Runtime {
    pub globals: Vec<Option<Value>>,
    /// The order names were first bound in globals (a dict's order), for teardown and hints.
    pub global_order: Vec<Sym>,
    pub builtins: Vec<Option<Value>>,
    pub builtin_order: Vec<Sym>,
    /// Locals of every active frame, each frame a window starting at its base.
    pub stack: Vec<Option<Value>>,
    pub depth: usize,
    pub modules: Vec<(Sym, Value)>,
    pub types: Vec<Value>,
    /// Top-level code being executed, with the parse references it keeps alive.
    pub running: Vec<(Rc<FuncCode>, Vec<Value>)>,
    /// The builtin exception classes, indexed by `ExcKind`.
    pub exc_classes: Vec<Value>,
    /// Exceptions being handled by `except` blocks, innermost last (a bare `raise` takes the
    /// last; `None` once it has been re-raised).
    pub handling: Vec<Option<crate::error::Exc>>,
    /// The weak references to each object that has some (referent slot → weakref slots,
    /// in CPython's list order; see `builtins::weakref`).
    pub weak_lists: std::collections::HashMap<u32, Vec<u32>>,
    /// The running frames, innermost last (see `vm::enter`).
    pub frames: Vec<*mut crate::vm::Frame<'static>>,
    /// The interpreter is tearing the module down: its weak references die with it.
    pub finalizing: bool,
    /// The class of `object()` instances (which take no attributes).
    pub object_class: Option<Value>,
    /// `globals()` at module level (`objects::main_dict`), once asked for.
    pub main_dict: Option<Value>,
    /// The stepper's hooks at the end of a function's frame (see `FrameHooks`).
    pub frame_hooks: Option<FrameHooks>,
}

/// Called as a function's frame ends, while it is still on the frame stack with its
/// locals: `ret` with the value it returns, `raised` with the exception leaving it.
#[derive(Clone, Copy)]
pub struct FrameHooks {
    pub ret: fn(&Value),
    pub raised: fn(&crate::error::Exc),
}

/// Room for every active frame's locals. The stack never grows past it (so frames can
/// keep a pointer to their slots); a call that would need more is a RecursionError.
pub const STACK_SLOTS: usize = 1 << 20;

/// The recursion limit's default, as CPython's; the module's own frame counts toward it.
pub const RECURSION_LIMIT: usize = 1000;

static LIMIT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(RECURSION_LIMIT);

/// The recursion limit in force (`sys.setrecursionlimit`).
#[inline(always)]
pub fn recursion_limit() -> usize {
    LIMIT.load(Ordering::Relaxed)
}

pub fn set_recursion_limit(n: usize) {
    LIMIT.store(n, Ordering::Relaxed);
}

thread_local! {
    static RT: UnsafeCell<ManuallyDrop<Option<Runtime>>> = const { UnsafeCell::new(ManuallyDrop::new(None)) };
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Ask the running code to stop with KeyboardInterrupt (from a signal handler).
pub fn interrupt() {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Take a pending interrupt, if any.
#[inline(always)]
pub fn take_interrupt() -> bool {
    INTERRUPTED.load(Ordering::Relaxed) && INTERRUPTED.swap(false, Ordering::Relaxed)
}

#[inline(always)]
#[allow(clippy::mut_from_ref)]
pub fn rt() -> &'static mut Runtime {
    // Every entry point calls `init` first.
    RT.with(|r| unsafe { (*r.get()).as_mut().unwrap_unchecked() })
}

/// Set up the heap's shared objects, the builtins and the type objects for this thread.
pub fn init() {
    if RT.with(|r| unsafe { (*r.get()).is_some() }) {
        return;
    }
    crate::stack::init_thread();
    value::init_shared();
    crate::heap::heap().finalize = Some(crate::vm::run_finalizer);
    crate::heap::heap().weakref_death = Some(crate::builtins::weakref::referent_died);
    let types = TypeId::ALL.iter().map(|t| crate::heap::alloc(crate::object::Obj::Type(*t))).collect();
    RT.with(|r| unsafe {
        *r.get() = ManuallyDrop::new(Some(Runtime {
            globals: Vec::new(),
            global_order: Vec::new(),
            builtins: Vec::new(),
            builtin_order: Vec::new(),
            stack: Vec::with_capacity(STACK_SLOTS),
            depth: 0,
            modules: Vec::new(),
            types,
            running: Vec::new(),
            exc_classes: Vec::new(),
            handling: Vec::new(),
            weak_lists: std::collections::HashMap::new(),
            finalizing: false,
            frames: Vec::new(),
            object_class: None,
            main_dict: None,
            frame_hooks: None,
        }))
    });
    builtins::install();
    crate::vm::install_exceptions();
    for name in ["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__"] {
        rt().global_order.push(intern::intern(name));
    }
    set_global(intern::sym::__name__, value::interned("__main__"));
    set_global(intern::sym::__doc__, value::none());
}

impl Runtime {
    pub fn type_object(&self, t: TypeId) -> &Value {
        &self.types[t as usize]
    }
}

#[inline(always)]
fn ensure(table: &mut Vec<Option<Value>>, sym: Sym) {
    if table.len() <= sym.0 as usize {
        let need = (sym.0 as usize + 1).max(intern::count());
        table.resize_with(need, || None);
    }
}

#[inline(always)]
pub fn get_global(sym: Sym) -> Option<&'static Value> {
    rt().globals.get(sym.0 as usize).and_then(|v| v.as_ref())
}

#[inline(always)]
pub fn get_builtin(sym: Sym) -> Option<&'static Value> {
    rt().builtins.get(sym.0 as usize).and_then(|v| v.as_ref())
}

/// Bind `sym` in a name table, noting the order names were first bound (a dict's order).
/// Returns the replaced value, for the caller to release once the new one is in place.
#[inline(always)]
fn bind(table: &mut Vec<Option<Value>>, order: &mut Vec<Sym>, sym: Sym, v: Value) -> Option<Value> {
    ensure(table, sym);
    let old = table[sym.0 as usize].replace(v);
    if old.is_none() && !order.contains(&sym) {
        order.push(sym);
    }
    old
}

/// Bind a global.
#[inline]
pub fn set_global(sym: Sym, v: Value) {
    let r = rt();
    let old = bind(&mut r.globals, &mut r.global_order, sym, v);
    drop(old);
}

pub fn del_global(sym: Sym) -> Option<Value> {
    let r = rt();
    let old = r.globals.get_mut(sym.0 as usize).and_then(|s| s.take());
    if old.is_some() {
        r.global_order.retain(|&s| s != sym);
    }
    old
}

/// Bind a builtin (`_` is one).
pub fn set_builtin(sym: Sym, v: Value) {
    let r = rt();
    let old = bind(&mut r.builtins, &mut r.builtin_order, sym, v);
    drop(old);
}
