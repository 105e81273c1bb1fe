//! Exceptions as objects: the builtin exception classes, `raise`, `try`/`except`/`finally`,
//! `assert`, and the exception object an error becomes when Python code catches it.

use super::*;
use crate::code::Handler;

/// Create the builtin exception classes (BaseException → Exception → ...) and bind them.
pub fn install_exceptions() {
    let mut classes: Vec<Value> = Vec::new();
    for &k in ExcKind::ALL {
        let base = if k == ExcKind::BaseException { None } else { Some(classes[k.base() as usize].dup()) };
        let mut attrs = Attrs::default();
        if k == ExcKind::BaseException {
            attrs.set(sym::__init__, alloc(Obj::Builtin(builtins::BuiltinFn::ExcInit)));
        }
        let name = crate::intern::intern(k.name());
        let class = alloc(Obj::Class(Box::new(Class::new(name, true, attrs, base))));
        set_builtin(name, class.dup());
        classes.push(class);
    }
    // The old names of OSError.
    for alias in ["IOError", "EnvironmentError"] {
        set_builtin(crate::intern::intern(alias), classes[ExcKind::OSError as usize].dup());
    }
    rt().exc_classes = classes;
    let object = crate::intern::intern("object");
    rt().object_class = Some(alloc(Obj::Class(Box::new(Class::new(object, true, Attrs::default(), None)))));
}

/// Whether class `c` is `base` or derives from it.
pub fn is_subclass(c: &Value, base: &Value) -> bool {
    if c.is(base) {
        return true;
    }
    let Obj::Class(cd) = c.obj() else { return false };
    if matches!(base.obj(), Obj::Type(builtins::TypeId::Object)) {
        return true;
    }
    if cd.mro.is_none() {
        return cd.base.as_ref().is_some_and(|b| is_subclass(b, base));
    }
    cd.mro_tail().iter().any(|x| x.is(base))
}

pub fn is_exception_class(c: &Value) -> bool {
    is_subclass(c, &rt().exc_classes[ExcKind::BaseException as usize])
}

/// The instance is an exception object.
pub fn is_exception(v: &Value) -> bool {
    match v.obj() {
        Obj::Instance(inst) => is_exception_class(&inst.class),
        _ => false,
    }
}

/// The nearest builtin exception class of a class.
pub(super) fn kind_of_class(c: &Value) -> ExcKind {
    for x in super::class::mro_items(c) {
        if let Some(k) = rt().exc_classes.iter().position(|e| e.is(&x)) {
            return ExcKind::ALL[k];
        }
    }
    ExcKind::Exception
}

/// The exception object of an error, made on first use: an instance of the builtin class
/// with the message as its one argument.
pub fn exc_value(e: &mut PyErr) -> Value {
    if let Some(v) = &e.value {
        return v.dup();
    }
    let args = if e.msg.is_empty() {
        value::tuple_of(smallvec::smallvec![])
    } else {
        value::tuple_of(smallvec::smallvec![value::str_(&e.msg)])
    };
    let v = builtin_exception(e.kind, args);
    if let Obj::Instance(inst) = v.obj_mut() {
        let class = inst.class.dup();
        let args = inst.attrs.get(sym::args).map(Value::dup);
        if let Some(Obj::Tuple(items)) = args.as_ref().map(|a| a.obj()) {
            // Made from a message: the family attributes it implies (ImportError's msg).
            if let Ok(Some(kept)) = super::exc_attrs::init(&class, &mut inst.attrs, items, &[]) {
                drop(inst.attrs.set(sym::args, kept));
            }
        }
        for (n, x) in std::mem::take(&mut e.fields) {
            drop(inst.attrs.set(n, x));
        }
    }
    e.value = Some(v.dup());
    v
}

/// An instance of a builtin exception class with `args` as its arguments.
fn builtin_exception(kind: ExcKind, args: Value) -> Value {
    let class = rt().exc_classes[kind as usize].dup();
    let mut attrs = Attrs::default();
    attrs.set(sym::args, args);
    alloc(Obj::Instance(Box::new(Instance {
        class,
        attrs,
        finalized: false,
        bare: false,
        slots: Default::default(),
        dict: None,
        native: None,
    })))
}

/// A KeyError carrying its key.
pub fn key_error(key: &Value) -> crate::error::Exc {
    let v = builtin_exception(ExcKind::KeyError, value::tuple_of(smallvec::smallvec![key.dup()]));
    PyErr::from_value(ExcKind::KeyError, v)
}

/// The class an error is an instance of.
fn class_of(e: &PyErr) -> Value {
    match &e.value {
        Some(v) => match v.obj() {
            Obj::Instance(inst) => inst.class.dup(),
            _ => rt().exc_classes[e.kind as usize].dup(),
        },
        None => rt().exc_classes[e.kind as usize].dup(),
    }
}

fn matches(e: &PyErr, typ: &Value) -> PyResult<bool> {
    match typ.obj() {
        Obj::Class(_) if is_exception_class(typ) => Ok(is_subclass(&class_of(e), typ)),
        Obj::Tuple(items) => {
            for t in items.iter() {
                if matches(e, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => type_error("catching classes that do not inherit from BaseException is not allowed"),
    }
}

/// `str(e)` for an exception object without its own `__str__`.
pub fn exc_str(v: &Value) -> PyResult<String> {
    if let Some(r) = super::exc_attrs::str_of(v) {
        return r;
    }
    base_str(v)
}

/// BaseException's `str()`: nothing, the one argument, or the arguments' tuple.
pub(super) fn base_str(v: &Value) -> PyResult<String> {
    let Obj::Instance(inst) = v.obj() else { return Ok(String::new()) };
    let Some(args) = inst.attrs.get(sym::args) else { return Ok(String::new()) };
    let Obj::Tuple(items) = args.obj() else { return repr::str(args) };
    let is_key_error = is_subclass(&inst.class, &rt().exc_classes[ExcKind::KeyError as usize]);
    match items.len() {
        0 => Ok(String::new()),
        1 if is_key_error => repr::repr(&items[0]),
        1 => repr::str(&items[0]),
        _ => repr::repr(args),
    }
}

/// `repr(e)`: `ValueError('bad')`.
pub fn exc_repr(v: &Value) -> PyResult<String> {
    let Obj::Instance(inst) = v.obj() else { return Ok(String::new()) };
    let name = type_name(v);
    match inst.attrs.get(sym::args).map(|a| (a, a.obj())) {
        Some((_, Obj::Tuple(items))) if items.len() == 1 => Ok(format!("{name}({})", repr::repr(&items[0])?)),
        Some((a, Obj::Tuple(_))) => Ok(format!("{name}{}", repr::repr(a)?)),
        _ => Ok(format!("{name}()")),
    }
}

/// Make the error `raise x` raises: x is an exception class (called with no arguments) or
/// an exception object.
/// `sys.exc_info()`: the exception being handled, as (type, value, traceback).
pub fn exc_info() -> PyResult<Value> {
    let Some(e) = rt().handling.iter_mut().rev().flatten().next() else {
        return Ok(value::tuple_of(smallvec::smallvec![value::none(), value::none(), value::none()]));
    };
    let v = exc_value(e);
    let typ = builtins::type_of(&v);
    let tb = match v.obj() {
        Obj::Instance(inst) => inst.attrs.get(sym::__traceback__).map_or_else(value::none, Value::dup),
        _ => value::none(),
    };
    Ok(value::tuple_of(smallvec::smallvec![typ, v, tb]))
}

/// A class that is an exception class.
pub fn is_exception_class_value(v: &Value) -> bool {
    matches!(v.obj(), Obj::Class(_)) && is_exception_class(v)
}

/// Set `__cause__`/`__context__` (or any attribute) on an exception object.
pub fn set_exc_attr(exc: &Value, n: crate::intern::Sym, v: Value) {
    if let Obj::Instance(inst) = exc.obj_mut() {
        let prev = inst.attrs.set(n, v);
        drop(prev);
    }
}

/// What `raise x` raises: an exception class is instantiated, an instance is itself.
pub fn make_raise(x: Value) -> PyResult<crate::error::Exc> {
    let v = match x.obj() {
        Obj::Class(_) if is_exception_class(&x) => {
            let v = call(&x, Args::new())?;
            if !is_exception(&v) {
                return type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    repr::repr(&x)?,
                    type_name(&v)
                ));
            }
            v
        }
        Obj::Instance(_) if is_exception(&x) => x,
        _ => return type_error("exceptions must derive from BaseException"),
    };
    let Obj::Instance(inst) = v.obj() else { unreachable!() };
    let kind = kind_of_class(&inst.class);
    Ok(PyErr::from_value(kind, v))
}

/// The error a handler's exception would have if it is re-raised (its traceback kept).
fn handled_error(v: &Value) -> Option<crate::error::Exc> {
    for slot in rt().handling.iter().rev().flatten() {
        if slot.value.as_ref().is_some_and(|x| x.is(v)) {
            let mut copy = PyErr::from_value(slot.kind, v.dup());
            copy.traceback = slot.traceback.clone();
            return Some(copy);
        }
    }
    None
}

pub(super) fn exec_raise(exc: &Option<Expr>, cause: &Option<Expr>, f: &mut Frame) -> PyResult<Flow> {
    let Some(exc) = exc else {
        // A bare `raise` re-raises the exception being handled, traceback and all.
        let r = rt();
        let Some(slot) = r.handling.iter_mut().rev().find(|s| s.is_some()) else {
            return err(ExcKind::RuntimeError, "No active exception to reraise");
        };
        return Err(slot.take().unwrap());
    };
    let x = eval(exc, f)?;
    let mut e = make_raise(x)?;
    if let Some(c) = cause {
        let c = eval(c, f)?;
        e.suppress_context = true;
        if let Some(ev) = &e.value {
            if let Obj::Instance(inst) = ev.obj_mut() {
                let prev = inst.attrs.set(sym::__suppress_context__, value::bool_(true));
                drop(prev);
            }
        }
        match c.obj() {
            Obj::None => {}
            _ => {
                let ce = match handled_error(&c) {
                    Some(ce) => ce,
                    None => make_raise(c)?,
                };
                if let (Some(ev), Some(cv)) = (&e.value, &ce.value) {
                    if let Obj::Instance(inst) = ev.obj_mut() {
                        let prev = inst.attrs.set(sym::__cause__, cv.dup());
                        drop(prev);
                    }
                }
                e.cause = Some(ce);
            }
        }
    }
    Err(e)
}

pub(super) fn exec_assert(test: &Expr, msg: &Option<Expr>, p: &Pos, f: &mut Frame) -> PyResult<Flow> {
    if cond(test, f)? {
        return Ok(Flow::Normal);
    }
    let class = rt().exc_classes[ExcKind::AssertionError as usize].dup();
    let args: Args = match msg {
        Some(m) => smallvec::smallvec![eval(m, f)?],
        None => Args::new(),
    };
    let v = call(&class, args)?;
    Err(PyErr::from_value(ExcKind::AssertionError, v)).at(p)
}

pub(super) fn exec_try(
    body: &[Stmt],
    handlers: &[Handler],
    orelse: &[Stmt],
    fin: &[Stmt],
    f: &mut Frame,
) -> PyResult<Flow> {
    let mut result = block(body, f);
    if let Err(e) = result {
        result = handle(e, handlers, f);
    } else if let Ok(Flow::Normal) = result {
        result = block(orelse, f);
    }
    if fin.is_empty() {
        return result;
    }
    // `finally` runs with the pending error as the one being handled.
    match result {
        Ok(flow) => match block(fin, f)? {
            Flow::Normal => Ok(flow),
            other => Ok(other),
        },
        Err(mut e) => {
            if !e.frame_done {
                let entry = tb_entry(f, &mut e);
                e.traceback.push(entry);
                e.frame_done = true;
            }
            rt().handling.push(Some(e));
            let r = block(fin, f);
            let pending = rt().handling.pop().flatten();
            match r {
                Ok(Flow::Normal) => match pending {
                    Some(e) => Err(e),
                    None => Ok(Flow::Normal),
                },
                // `return`/`break` in finally swallows the error.
                Ok(other) => Ok(other),
                Err(mut e2) => {
                    if let Some(p) = pending {
                        chain(&mut e2, p);
                    }
                    Err(e2)
                }
            }
        }
    }
}

/// An exception caught while another is being handled gets that one as its context.
pub(super) fn context_from_handling(e: &mut PyErr) {
    if e.context.is_some() {
        return;
    }
    let Some(top) = rt().handling.iter().rev().flatten().next() else { return };
    if let (Some(a), Some(b)) = (&e.value, &top.value) {
        if a.is(b) {
            return;
        }
    }
    let shared = top.share();
    if let (Some(nv), Some(ov)) = (&e.value, &shared.value) {
        if let Obj::Instance(inst) = nv.obj_mut() {
            let prev = inst.attrs.set(sym::__context__, ov.dup());
            drop(prev);
        }
    }
    e.context = Some(shared);
}

/// Set `context` of a new error raised while `old` was handled.
pub(super) fn chain(new: &mut PyErr, mut old: crate::error::Exc) {
    if new.context.is_none() && !new.value.as_ref().is_some_and(|v| old.value.as_ref().is_some_and(|o| o.is(v))) {
        old.frame_done = false;
        // The exception handled has an object once a new one names it as its context.
        if new.value.is_some() && old.value.is_none() {
            drop(exc_value(&mut old));
        }
        if let (Some(nv), Some(ov)) = (&new.value, &old.value) {
            if let Obj::Instance(inst) = nv.obj_mut() {
                let prev = inst.attrs.set(sym::__context__, ov.dup());
                drop(prev);
            }
        }
        new.context = Some(old);
    }
}

fn handle(mut e: crate::error::Exc, handlers: &[Handler], f: &mut Frame) -> PyResult<Flow> {
    if handlers.is_empty() {
        return Err(e);
    }
    // The traceback gets this frame's line now, as CPython's does when it is raised here.
    if !e.frame_done {
        let entry = tb_entry(f, &mut e);
        e.traceback.push(entry);
        e.frame_done = true;
    }
    // Raised while another exception was being handled: that one is its context.
    context_from_handling(&mut e);
    let raised_line = f.line;
    for h in handlers {
        f.line = h.line;
        let hit = match &h.typ {
            None => true,
            Some(t) => match eval(t, f).and_then(|t| matches(&e, &t)) {
                Ok(hit) => hit,
                Err(mut e2) => {
                    chain(&mut e2, e);
                    return Err(e2);
                }
            },
        };
        if !hit {
            continue;
        }
        if e.kind == ExcKind::RecursionError || e.kind == ExcKind::KeyboardInterrupt {
            runtime::take_interrupt();
        }
        // An exception object that Python code can hold gets its traceback: the frames
        // it came through (with their locals) live as long as it does.
        if h.name.is_some() || e.value.is_some() {
            let v = exc_value(&mut e);
            attach_traceback(&mut e, &v, f, raised_line);
            if let Some(n) = &h.name {
                store(n, v, f)?;
            }
        }
        rt().handling.push(Some(e));
        let r = block(&h.body, f);
        let pending = rt().handling.pop().flatten();
        if let Some(n) = &h.name {
            // `except E as e` ends with `del e`.
            let _ = delete(n, f);
        }
        return match r {
            Ok(flow) => {
                drop(pending);
                Ok(flow)
            }
            Err(mut e2) => {
                // A bare `raise` took it: it goes on with its own traceback.
                if let Some(p) = pending {
                    chain(&mut e2, p);
                }
                Err(e2)
            }
        };
    }
    f.line = raised_line;
    Err(e)
}

/// Give an exception object its `__traceback__`: an entry for the frame handling it,
/// then one for each frame it came out of (innermost last), then any it had already.
pub(super) fn attach_traceback(e: &mut PyErr, v: &Value, f: &mut Frame, line: u32) {
    let Obj::Instance(inst) = v.obj_mut() else { return };
    let mut next = inst.attrs.remove(sym::__traceback__).filter(|t| matches!(t.obj(), Obj::Traceback(_)));
    for fo in std::mem::take(&mut e.held) {
        let line = match fo.obj() {
            Obj::Frame(fr) => fr.line,
            _ => 0,
        };
        next = Some(alloc(Obj::Traceback(Box::new(crate::object::TracebackObj { frame: fo, line, next }))));
    }
    let here = super::frame_object(f);
    let tb = alloc(Obj::Traceback(Box::new(crate::object::TracebackObj { frame: here, line, next })));
    let Obj::Instance(inst) = v.obj_mut() else { return };
    let old = inst.attrs.set(sym::__traceback__, tb);
    drop(old);
}

/// `e.with_traceback(tb)` (sets `__traceback__`, returns `e`) and `e.add_note(note)`.
pub fn exc_method(b: crate::builtins::BuiltinFn, this: &Value, args: Args) -> PyResult<Value> {
    use crate::builtins::BuiltinFn;
    let what = if b == BuiltinFn::ExcWithTraceback { "with_traceback" } else { "add_note" };
    if args.len() != 1 {
        return type_error(format!("BaseException.{what}() takes exactly one argument ({} given)", args.len()));
    }
    let arg = &args[0];
    if b == BuiltinFn::ExcWithTraceback {
        if !matches!(arg.obj(), Obj::None | Obj::Traceback(_)) {
            return type_error("__traceback__ must be a traceback or None");
        }
        let Obj::Instance(inst) = this.obj_mut() else { return Ok(this.dup()) };
        let old = if matches!(arg.obj(), Obj::None) {
            inst.attrs.remove(sym::__traceback__)
        } else {
            inst.attrs.set(sym::__traceback__, arg.dup())
        };
        drop(old);
        return Ok(this.dup());
    }
    if !matches!(arg.obj(), Obj::Str(_)) {
        return type_error(format!("note must be a str, not '{}'", type_name(arg)));
    }
    let notes = match super::getattr(this, sym::__notes__) {
        Ok(n) => n,
        Err(e) if e.kind == ExcKind::AttributeError => {
            drop(e);
            let l = value::list(Vec::new());
            super::setattr(this, sym::__notes__, l.dup())?;
            l
        }
        Err(e) => return Err(e),
    };
    match notes.obj_mut() {
        Obj::List(items) => items.push(arg.dup()),
        _ => return type_error("Cannot add note: __notes__ is not a list"),
    }
    Ok(value::none())
}

/// `BaseException.__init__(self, *args)`: set `args`.
pub fn exc_init(args: Args) -> PyResult<Value> {
    let mut it = args.into_iter();
    let Some(this) = it.next() else {
        return type_error("descriptor '__init__' of 'BaseException' object needs an argument");
    };
    let rest: Vec<Value> = it.collect();
    if let Obj::Instance(inst) = this.obj_mut() {
        let class = inst.class.dup();
        let kept = super::exc_attrs::init(&class, &mut inst.attrs, &rest, &[])?;
        let old = inst.attrs.set(sym::args, kept.unwrap_or_else(|| value::tuple(rest)));
        drop(old);
    }
    Ok(value::none())
}
