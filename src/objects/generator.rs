//! Generator functions: calling one makes a generator object that owns a frame, and
//! `next`, `send`, `throw` and `close` run that frame up to its next `yield`.
//!
//! # How a frame is suspended (the design decision)
//!
//! The evaluator walks the tree with the Rust stack as its evaluation stack: a statement
//! half run is a Rust call half done. A `yield` can sit anywhere — in a loop, a `try` or
//! `finally`, a `with`, an argument list, another `yield from` — so suspending a frame
//! means keeping that Rust stack. Each started generator therefore runs its frame on a
//! stack of its own (a stackful coroutine from the `corosensei` crate): resuming switches
//! to that stack, `yield` switches back, and nothing in the evaluator has to be written
//! twice (a re-entrant "resume at statement k" walker would need a second form of every
//! compound statement, and a compiler pass to spill half-evaluated expressions).
//!
//! What stays as it was:
//! - **Ordinary calls** do not change: a generator is made in `run_frame` behind one
//!   flag test, and only generator frames ever switch stacks.
//! - **Counts**: the frame's locals live in the generator object (not on the shared value
//!   stack), so the checker and the collector see them; references the suspended Rust
//!   code holds (a `for` loop's iterable, a `with`'s bound `__exit__`, a `yield from`'s
//!   delegate, CPython's value-stack entries) are registered in `held` while they are held,
//!   so the collector traverses them and the checker counts them. Temporaries of a
//!   half-evaluated expression (`[a, (yield)]`) are the one kind not registered.
//! - **Deep recursion** is still a `RecursionError`: the depth counter is shared by all
//!   stacks, each coroutine stack (`stack::CoStack`, 8 MiB of address space) is deep
//!   enough for the whole recursion limit, and calls and releases check the stack's floor
//!   (`stack::low`) so that nothing runs past it.
//! - **Ctrl-C** is polled by the loops, whatever stack they run on.
//!
//! The cost: a coroutine stack is taken when a generator first runs and given back when
//! it finishes; its memory is the pages the frame actually touched (measured in the
//! README), where CPython's generator embeds a frame of a few hundred bytes.

use crate::builtins::{Args, BuiltinFn};
use crate::code::FuncCode;
use crate::error::{err, type_error, ExcKind, PyErr, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::name;
use crate::object::{Iter, Obj};
use crate::runtime::{self, rt};
use crate::stack::CoStack;
use crate::value;
use crate::vm::{self, Flow, Frame};
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::mem::ManuallyDrop;
use std::rc::Rc;

/// What a resumed generator receives: a value to `send` (None for `next`), or an
/// exception to raise at the `yield` (`throw`, `close`).
pub enum Resume {
    Send(Value),
    Throw(crate::error::Exc),
}

/// What one resumption produced.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

type Co = Coroutine<Resume, Value, PyResult<Value>, CoStack>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    Created,
    Suspended,
    Running,
    Completed,
}

pub struct Generator {
    pub code: Rc<FuncCode>,
    /// The function the frame runs (CPython's `f_func`), held until the frame is cleared.
    pub func: Option<Value>,
    /// The frame's locals: parameters first, as a call binds them.
    pub locals: Box<[Option<Value>]>,
    /// References the suspended evaluation holds (not owned here; see the top comment).
    pub held: Vec<u32>,
    /// Operands an expression keeps across a `yield` (owned here; see `spill`).
    pub temps: Box<[Option<Value>]>,
    /// The exceptions the frame was handling when it yielded (CPython's `gi_exc_state`).
    pub saved: Vec<Option<crate::error::Exc>>,
    pub state: State,
    pub finalized: bool,
    /// `gi_yieldfrom`: the delegate of a `yield from` in progress (held through `held`).
    pub delegate: Option<u32>,
    co: Option<Co>,
    /// While started: the frame on the coroutine's stack, and the way back to the caller.
    frame: *mut Frame<'static>,
    yielder: *const Yielder<Resume, Value>,
    /// How many exceptions the caller was handling when the frame last resumed.
    handling_base: usize,
    /// The stack floor of the coroutine's stack (see `stack`).
    floor: usize,
}

/// A generator function was called: its arguments are bound in `locals`.
pub fn make(code: Rc<FuncCode>, func: Option<Value>, locals: Vec<Option<Value>>) -> Value {
    let temps = (0..code.ntemps).map(|_| None).collect();
    let g = Generator {
        temps,
        code,
        func,
        locals: locals.into_boxed_slice(),
        held: Vec::new(),
        saved: Vec::new(),
        state: State::Created,
        finalized: false,
        delegate: None,
        co: None,
        frame: std::ptr::null_mut(),
        yielder: std::ptr::null(),
        handling_base: 0,
        floor: 0,
    };
    alloc(Obj::Iter(Box::new(Iter::Coro(Box::new(g)))))
}

/// The generator a value is, if it is one.
pub fn of(v: &Value) -> Option<&'static mut Generator> {
    match v.obj_mut() {
        Obj::Iter(it) => match &mut **it {
            Iter::Coro(g) => Some(g),
            _ => None,
        },
        _ => None,
    }
}

/// Run the generator until it yields, returns or raises.
pub fn resume(gv: &Value, input: Resume) -> PyResult<Step> {
    let g: *mut Generator = of(gv).expect("a generator");
    // SAFETY: the generator lives in a box its heap slot owns, and `gv` keeps it alive.
    let gr = unsafe { &mut *g };
    match gr.state {
        State::Running => return err(ExcKind::ValueError, "generator already executing"),
        State::Completed => {
            return match input {
                Resume::Send(_) => Ok(Step::Returned(value::none())),
                Resume::Throw(e) => Err(e),
            }
        }
        State::Created => {
            if let Resume::Send(v) = &input {
                if !matches!(v.obj(), Obj::None) {
                    return type_error("can't send non-None value to a just-started generator");
                }
            }
        }
        State::Suspended => {}
    }
    let r = rt();
    if r.depth + 1 >= runtime::recursion_limit() {
        return err(ExcKind::RecursionError, "maximum recursion depth exceeded");
    }
    if gr.co.is_none() {
        let Some(stack) = CoStack::take() else { return err(ExcKind::MemoryError, "") };
        gr.floor = stack.floor();
        gr.co = Some(Coroutine::with_stack(stack, move |y: &Yielder<Resume, Value>, first: Resume| run(g, y, first)));
    }
    r.depth += 1;
    gr.state = State::Running;
    let co: *mut Co = gr.co.as_mut().expect("made above");
    let caller_floor = crate::stack::floor();
    crate::stack::set_floor(gr.floor);
    // SAFETY: the coroutine stays in the generator while it runs (only a finished one is
    // taken out, below).
    let result = unsafe { (*co).resume(input) };
    crate::stack::set_floor(caller_floor);
    rt().depth -= 1;
    let gr = unsafe { &mut *g };
    match result {
        CoroutineResult::Yield(v) => {
            gr.state = State::Suspended;
            Ok(Step::Yielded(v))
        }
        CoroutineResult::Return(r) => {
            gr.state = State::Completed;
            if let Some(co) = gr.co.take() {
                co.into_stack().give_back();
            }
            r.map(Step::Returned)
        }
    }
}

/// The coroutine's body: the generator's frame, run to its end.
fn run(g: *mut Generator, y: &Yielder<Resume, Value>, first: Resume) -> PyResult<Value> {
    let gr = unsafe { &mut *g };
    // SAFETY: the generator owns its code for as long as the frame runs.
    let code: &'static FuncCode = unsafe { &*Rc::as_ptr(&gr.code) };
    let func = gr.func.as_ref().map_or(vm::NO_FUNC, Value::index);
    let mut frame = Frame::new(code, gr.locals.as_mut_ptr(), func);
    frame.gen = g;
    frame.line = code.first_line;
    gr.frame = (&mut frame as *mut Frame).cast();
    gr.yielder = y;
    gr.handling_base = rt().handling.len();
    vm::enter(&mut frame);
    let result = match first {
        Resume::Send(v) => {
            drop(v);
            vm::exec_block(&code.body, &mut frame)
        }
        Resume::Throw(e) => Err(e),
    };
    let gr = unsafe { &mut *g };
    gr.frame = std::ptr::null_mut();
    gr.yielder = std::ptr::null();
    match result {
        Ok(flow) => {
            let v = match flow {
                Flow::Return(v) => v,
                _ => value::none(),
            };
            if let Some(fo) = vm::end_frame_object(&mut frame) {
                if fo.refcount() > 1 {
                    // Still referenced: the frame object takes the locals.
                    let locals = take_locals(gr);
                    vm::take_ownership(&fo, locals, func);
                }
                drop(fo);
            }
            clear_frame(g);
            Ok(v)
        }
        Err(mut e) => {
            vm::push_tb(&frame, &mut e);
            let locals = take_locals(gr);
            e.held.push(vm::unwound_frame(&mut frame, locals));
            clear_frame(g);
            Err(pep479(e))
        }
    }
}

/// PEP 479: a StopIteration escaping a generator's frame (a generator function's or a
/// generator expression's) would end the caller's loop silently; it becomes a
/// RuntimeError caused by it.
pub fn pep479(mut e: crate::error::Exc) -> crate::error::Exc {
    if e.kind != ExcKind::StopIteration {
        return e;
    }
    let mut re = PyErr::new(ExcKind::RuntimeError, "generator raised StopIteration");
    let cause = vm::exc_value(&mut e);
    let rv = vm::exc_value(&mut re);
    vm::set_exc_attr(&rv, crate::intern::sym::__cause__, cause.dup());
    vm::set_exc_attr(&rv, crate::intern::sym::__context__, cause);
    re.suppress_context = true;
    re.cause = Some(e.share());
    re.context = Some(e);
    re
}

fn take_locals(g: &mut Generator) -> Vec<Option<Value>> {
    g.locals.iter_mut().map(Option::take).collect()
}

/// The frame is done: its locals go first to last, then the function.
fn clear_frame(g: *mut Generator) {
    // SAFETY: the generator outlives this call; its locals are not resized.
    let locals: &[Option<Value>] = unsafe { &(*g).locals };
    let n = locals.len();
    for i in 0..n {
        // Re-read through the pointer each time: a finalizer may run any code.
        let old = unsafe { (&mut (*g).locals)[i].take() };
        drop(old);
    }
    let func = unsafe { (*g).func.take() };
    drop(func);
}

/// `Expr::Spill`: the operands into the generator's temporaries, then the node. On an
/// error the temporaries filled so far are released, as CPython pops its stack.
pub fn run_spill(spills: &[(u32, crate::code::Expr)], body: &crate::code::Expr, f: &mut Frame) -> PyResult<Value> {
    let mut result = Ok(());
    for (slot, x) in spills {
        match vm::eval(x, f) {
            Ok(v) => {
                let old = unsafe { (&mut (*f.gen).temps)[*slot as usize].replace(v) };
                drop(old);
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    let r = result.and_then(|()| vm::eval(body, f));
    if r.is_err() {
        for (slot, _) in spills {
            let old = unsafe { (&mut (*f.gen).temps)[*slot as usize].take() };
            drop(old);
        }
    }
    r
}

/// `Expr::Temp`: the value a spill left, taken out.
pub fn take_temp(f: &mut Frame, slot: u32) -> Value {
    unsafe { (&mut (*f.gen).temps)[slot as usize].take() }.expect("a spilled operand is taken once")
}

/// `yield v` in a generator's frame: hand `v` to the caller, and come back with what the
/// next `send` / `throw` brings.
pub fn yield_value(f: &mut Frame, v: Value) -> PyResult<Value> {
    match suspend(f, v) {
        Resume::Send(v) => Ok(v),
        Resume::Throw(e) => Err(e),
    }
}

fn suspend(f: &mut Frame, v: Value) -> Resume {
    let g = unsafe { &mut *f.gen };
    if let Some(fo) = &f.obj {
        if let Obj::Frame(fr) = fo.obj_mut() {
            fr.line = f.line;
        }
    }
    let r = rt();
    // The frame leaves the frame stack, and takes the exceptions it is handling with it.
    r.frames.pop();
    g.saved = r.handling.split_off(g.handling_base.min(r.handling.len()));
    let y = unsafe { &*g.yielder };
    let input = y.suspend(v);
    let g = unsafe { &mut *f.gen };
    let r = rt();
    g.handling_base = r.handling.len();
    r.handling.append(&mut g.saved);
    vm::enter(f);
    input
}

/// A reference the running frame holds on the Rust stack, registered with its generator
/// (if it runs in one) for as long as the guard lives.
pub struct Held {
    gen: *mut Generator,
}

impl Held {
    pub fn new(f: &Frame, v: &Value) -> Held {
        if !f.gen.is_null() {
            unsafe { (*f.gen).held.push(v.index()) };
        }
        Held { gen: f.gen }
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        if !self.gen.is_null() {
            unsafe { (*self.gen).held.pop() };
        }
    }
}

/// `yield from it`: run the delegate, passing values out and `send`/`throw`/`close` in,
/// until it finishes; its return value is the expression's.
pub fn yield_from(f: &mut Frame, iterable: Value) -> PyResult<Value> {
    let it = if of(&iterable).is_some() {
        iterable
    } else {
        let it = vm::get_iter(&iterable)?;
        drop(iterable);
        it
    };
    let _held = Held::new(f, &it);
    let g = unsafe { &mut *f.gen };
    let outer = g.delegate.replace(it.index());
    let mut input = Resume::Send(value::none());
    let result = loop {
        let step = match input {
            Resume::Send(v) => send_to(&it, v),
            Resume::Throw(e) => throw_to(&it, e),
        };
        match step {
            Ok(Step::Yielded(v)) => input = suspend(f, v),
            Ok(Step::Returned(v)) => break Ok(v),
            Err(e) => break Err(e),
        }
    };
    unsafe { (*f.gen).delegate = outer };
    result
}

/// Send a value into a delegate: a generator's `send`, an iterator's `next` for None.
fn send_to(it: &Value, v: Value) -> PyResult<Step> {
    if of(it).is_some() {
        return resume(it, Resume::Send(v));
    }
    let r = if matches!(v.obj(), Obj::None) {
        drop(v);
        vm::next(it).map(|x| x.ok_or(()))
    } else {
        let m = vm::getattr(it, crate::intern::intern("send"))?;
        Ok(Ok(vm::call(&m, smallvec::smallvec![v])?))
    };
    match r {
        Ok(Ok(x)) => Ok(Step::Yielded(x)),
        Ok(Err(())) => Ok(Step::Returned(value::none())),
        Err(e) => stop_value(e),
    }
}

/// A StopIteration out of a delegate ends the `yield from` with its value.
fn stop_value(mut e: crate::error::Exc) -> PyResult<Step> {
    if e.kind != ExcKind::StopIteration {
        return Err(e);
    }
    let v = vm::exc_value(&mut e);
    Ok(Step::Returned(stop_iteration_value(&v)))
}

/// `StopIteration.value`: its first argument, or None.
pub fn stop_iteration_value(v: &Value) -> Value {
    if let Obj::Instance(inst) = v.obj() {
        if let Some(Obj::Tuple(args)) = inst.attrs.get(crate::intern::sym::args).map(|a| a.obj()) {
            if let Some(x) = args.first() {
                return x.dup();
            }
        }
    }
    value::none()
}

/// Throw into a delegate: GeneratorExit closes it and goes on up; anything else goes to
/// its `throw`, if it has one.
fn throw_to(it: &Value, e: crate::error::Exc) -> PyResult<Step> {
    if e.kind == ExcKind::GeneratorExit {
        if of(it).is_some() {
            close(it)?;
        } else if let Ok(m) = vm::getattr(it, crate::intern::intern("close")) {
            vm::call(&m, Args::new())?;
        }
        return Err(e);
    }
    if of(it).is_some() {
        return resume(it, Resume::Throw(e));
    }
    match vm::getattr(it, crate::intern::intern("throw")) {
        Ok(m) => {
            let mut e = e;
            let v = vm::exc_value(&mut e);
            match vm::call(&m, smallvec::smallvec![v]) {
                Ok(x) => Ok(Step::Yielded(x)),
                Err(e) => stop_value(e),
            }
        }
        Err(_) => Err(e),
    }
}

/// `gen.close()`.
pub fn close(gv: &Value) -> PyResult<()> {
    let g = of(gv).expect("a generator");
    match g.state {
        State::Created => {
            g.state = State::Completed;
            clear_frame(g);
            return Ok(());
        }
        State::Completed => return Ok(()),
        State::Running => return err(ExcKind::ValueError, "generator already executing"),
        State::Suspended => {}
    }
    match resume(gv, Resume::Throw(PyErr::new(ExcKind::GeneratorExit, ""))) {
        Ok(Step::Yielded(v)) => {
            drop(v);
            err(ExcKind::RuntimeError, "generator ignored GeneratorExit")
        }
        Ok(Step::Returned(_)) => Ok(()),
        Err(e) if matches!(e.kind, ExcKind::GeneratorExit | ExcKind::StopIteration) => Ok(()),
        Err(e) => Err(e),
    }
}

/// `next(gen)` / `gen.send(v)`: the value yielded, or StopIteration carrying the return
/// value.
pub fn send(gv: &Value, v: Value) -> PyResult<Value> {
    match resume(gv, Resume::Send(v))? {
        Step::Yielded(x) => Ok(x),
        Step::Returned(r) => Err(stop_iteration(r)),
    }
}

/// The StopIteration a finished generator raises: with its return value as argument
/// unless that is None.
pub fn stop_iteration(r: Value) -> crate::error::Exc {
    if matches!(r.obj(), Obj::None) {
        return PyErr::new(ExcKind::StopIteration, "");
    }
    let class = rt().exc_classes[ExcKind::StopIteration as usize].dup();
    match vm::call(&class, smallvec::smallvec![r]) {
        Ok(v) => PyErr::from_value(ExcKind::StopIteration, v),
        Err(e) => e,
    }
}

/// `gen.throw(exc)` / `gen.throw(type, value[, tb])`. The arguments stay on the caller's
/// stack while the generator runs, as in CPython.
pub fn throw(gv: &Value, args: Args) -> PyResult<Value> {
    if args.is_empty() || args.len() > 3 {
        return type_error(format!("throw expected at least 1 argument, got {}", args.len()));
    }
    if let Some(tb) = args.get(2) {
        if !matches!(tb.obj(), Obj::None | Obj::Traceback(_)) {
            return type_error("throw() third argument must be a traceback object");
        }
    }
    let typ = &args[0];
    let val = args.get(1).filter(|v| !matches!(v.obj(), Obj::None));
    let class = vm::is_exception_class_value(typ);
    if !class && !vm::is_exception(typ) {
        return type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            crate::object::type_name(typ)
        ));
    }
    let e = match val {
        Some(v) if class && vm::is_exception(v) => vm::make_raise(v.dup())?,
        Some(v) if class => vm::make_raise(vm::call(typ, smallvec::smallvec![v.dup()])?)?,
        Some(_) => return type_error("instance exception may not have a separate value"),
        None => vm::make_raise(typ.dup())?,
    };
    let r = resume(gv, Resume::Throw(e));
    drop(args);
    match r? {
        Step::Yielded(x) => Ok(x),
        Step::Returned(r) => Err(stop_iteration(r)),
    }
}

/// The methods a generator has.
pub fn method(n: &str) -> Option<BuiltinFn> {
    Some(match n {
        "send" => BuiltinFn::GenSend,
        "throw" => BuiltinFn::GenThrow,
        "close" => BuiltinFn::GenClose,
        "__next__" => BuiltinFn::GenNext,
        "__iter__" => BuiltinFn::GenIter,
        _ => return None,
    })
}

/// Call a generator method on `this`.
pub fn call_method(b: BuiltinFn, this: &Value, args: Args) -> PyResult<Value> {
    let want = |n: usize| -> PyResult<()> {
        if args.len() != n {
            let name = b.name();
            return match n {
                0 => type_error(format!("generator.{name}() takes no arguments ({} given)", args.len())),
                _ => type_error(format!("generator.{name}() takes exactly one argument ({} given)", args.len())),
            };
        }
        Ok(())
    };
    if of(this).is_none() {
        return genexpr_method(b, this, args);
    }
    match b {
        BuiltinFn::GenSend => {
            want(1)?;
            send(this, args.into_iter().next().expect("one argument"))
        }
        BuiltinFn::GenThrow => throw(this, args),
        BuiltinFn::GenClose => {
            want(0)?;
            close(this).map(|()| value::none())
        }
        BuiltinFn::GenNext => {
            want(0)?;
            send(this, value::none())
        }
        _ => {
            want(0)?;
            Ok(this.dup())
        }
    }
}

/// A generator expression (`Iter::Gen`, stepped without a stack of its own) answers the
/// same methods: its `yield` discards what is sent, it has no handlers, so `throw` ends
/// it with the exception and `close` just clears its frame.
fn genexpr_method(b: BuiltinFn, this: &Value, args: Args) -> PyResult<Value> {
    let Obj::Iter(it) = this.obj_mut() else { unreachable!("a generator") };
    let Iter::Gen(g) = &mut **it else { unreachable!("a generator expression") };
    match b {
        BuiltinFn::GenSend | BuiltinFn::GenNext => {
            if b == BuiltinFn::GenSend {
                if args.len() != 1 {
                    return type_error(format!("generator.send() takes exactly one argument ({} given)", args.len()));
                }
                if !g.started && !matches!(args[0].obj(), Obj::None) {
                    return type_error("can't send non-None value to a just-started generator");
                }
            }
            match vm::next(this)? {
                Some(v) => Ok(v),
                None => Err(PyErr::new(ExcKind::StopIteration, "")),
            }
        }
        BuiltinFn::GenClose => {
            if g.running {
                return err(ExcKind::ValueError, "generator already executing");
            }
            g.clear();
            Ok(value::none())
        }
        BuiltinFn::GenThrow => {
            if g.running {
                return err(ExcKind::ValueError, "generator already executing");
            }
            let Some(typ) = args.first() else {
                return type_error("throw expected at least 1 argument, got 0");
            };
            g.clear();
            Err(vm::make_raise(typ.dup())?)
        }
        _ => Ok(this.dup()),
    }
}

/// A generator expression's state, as `inspect.getgeneratorstate` names it.
fn genexpr_state(v: &Value) -> Option<&'static str> {
    let Obj::Iter(it) = v.obj() else { return None };
    let Iter::Gen(g) = &**it else { return None };
    Some(match (g.done, g.running, g.started) {
        (true, _, _) => "GEN_CLOSED",
        (_, true, _) => "GEN_RUNNING",
        (_, _, true) => "GEN_SUSPENDED",
        _ => "GEN_CREATED",
    })
}

/// The `inspect` module's generator functions.
pub fn inspect(b: BuiltinFn, args: Args) -> PyResult<Value> {
    if args.len() != 1 {
        return type_error(format!("{}() takes 1 positional argument but {} were given", b.name(), args.len()));
    }
    let x = &args[0];
    match b {
        BuiltinFn::InspectIsGenerator => Ok(value::bool_(of(x).is_some() || genexpr_state(x).is_some())),
        BuiltinFn::InspectGetGeneratorState if genexpr_state(x).is_some() => {
            Ok(value::str_(genexpr_state(x).expect("checked")))
        }
        BuiltinFn::InspectIsGeneratorFunction => {
            Ok(value::bool_(matches!(x.obj(), Obj::Function(f) if f.code.generator)))
        }
        _ => {
            let Some(g) = of(x) else {
                return type_error(format!("{} is not a Python generator", crate::repr::repr(x)?));
            };
            if b == BuiltinFn::InspectGetGeneratorState {
                return Ok(value::str_(match g.state {
                    State::Created => "GEN_CREATED",
                    State::Running => "GEN_RUNNING",
                    State::Suspended => "GEN_SUSPENDED",
                    State::Completed => "GEN_CLOSED",
                }));
            }
            // getgeneratorlocals: the bound locals by name (cells show their contents).
            let mut d = crate::table::Dict::default();
            if g.state != State::Completed {
                for (n, v) in g.code.local_names.iter().zip(g.locals.iter()) {
                    let v = match v.as_ref().map(|v| (v, v.obj())) {
                        Some((_, Obj::Cell(Some(c)))) => c.dup(),
                        Some((_, Obj::Cell(None))) | None => continue,
                        Some((v, _)) => v.dup(),
                    };
                    let old = d.set(value::str_(&name(*n)), v)?;
                    drop(old);
                }
            }
            Ok(alloc(Obj::Dict(Box::new(d))))
        }
    }
}

/// Attributes: `gi_frame`, `gi_running`, `gi_suspended`, `gi_yieldfrom`, `gi_code` names.
pub fn getattr(gv: &Value, n: &str) -> Option<PyResult<Value>> {
    let g = of(gv)?;
    Some(Ok(match n {
        "gi_running" => value::bool_(g.state == State::Running),
        "gi_suspended" => value::bool_(g.state == State::Suspended),
        "gi_frame" => match g.state {
            State::Completed => value::none(),
            State::Suspended | State::Running => vm::frame_object(unsafe { &mut *g.frame }),
            State::Created => return Some(Ok(created_frame_object(g))),
        },
        "gi_yieldfrom" => match g.delegate {
            Some(d) if g.state != State::Completed => crate::heap::borrow_index(d),
            _ => value::none(),
        },
        "__name__" => value::str_(&name(g.code.name)),
        "__qualname__" => value::str_(&g.code.qualname),
        _ => return None,
    }))
}

/// A frame object for a generator that has not started: CPython has one for it too.
fn created_frame_object(g: &Generator) -> Value {
    vm::detached_frame_object(&g.code, g.code.first_line)
}

/// `repr(gen)`.
pub fn repr(gv: &Value) -> String {
    let g = of(gv).expect("a generator");
    format!("<generator object {} at {:#x}>", g.code.qualname, gv.id())
}

impl Generator {
    /// What the collector and the checker see it hold, in CPython's traversal order:
    /// the frame object, the function, the locals, then the value-stack entries.
    pub fn children(&self, f: &mut impl FnMut(&Value)) {
        if self.state != State::Completed && !self.frame.is_null() {
            if let Some(fo) = unsafe { &(*self.frame).obj } {
                f(fo);
            }
        }
        self.func.iter().for_each(&mut *f);
        self.locals.iter().flatten().for_each(&mut *f);
        self.temps.iter().flatten().for_each(&mut *f);
        for &i in &self.held {
            let v = ManuallyDrop::new(unsafe { Value::from_raw(i) });
            f(&v);
        }
        for e in self.saved.iter().flatten() {
            e.refs().into_iter().for_each(&mut *f);
        }
    }

    /// Release the frame when the generator dies. A generator still suspended here (its
    /// close failed, or the interpreter is exiting) has its stack unwound, dropping what
    /// the suspended code held; then the locals go first to last, then the function.
    pub fn release(mut self) {
        if let Some(mut co) = self.co.take() {
            if co.started() && !co.done() {
                self.state = State::Running;
                let caller_floor = crate::stack::floor();
                crate::stack::set_floor(self.floor);
                co.force_unwind();
                crate::stack::set_floor(caller_floor);
            }
            co.into_stack().give_back();
        }
        let locals = std::mem::take(&mut self.locals);
        for v in locals.into_vec() {
            drop(v);
        }
        drop(std::mem::take(&mut self.temps));
        drop(self.func.take());
        drop(std::mem::take(&mut self.saved));
    }

    /// `sys.getsizeof` (before the collector's header): CPython 3.11 embeds the frame in
    /// the generator: 152 bytes plus a word for each local and each value-stack slot.
    pub fn sizeof(&self) -> usize {
        152 + 8 * (self.locals.len() + self.code.stack_size)
    }

    /// A generator not yet completed is closed when it dies (one never started too: its
    /// frame is cleared then, as CPython's close runs it with GeneratorExit).
    pub fn wants_finalizer(&self) -> bool {
        matches!(self.state, State::Suspended | State::Created) && !self.finalized
    }
}
