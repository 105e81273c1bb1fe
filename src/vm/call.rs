//! Calls: binding arguments (positional, keyword, defaults) to a function's frame,
//! running it, releasing its locals; calling classes, bound methods and builtins.

use super::*;

/// Call any callable with positional arguments.
pub fn call(callee: &Value, mut args: Args) -> PyResult<Value> {
    match callee.obj() {
        Obj::Function(func) if !func.code.simple => call_general(callee, args, Vec::new()),
        Obj::Function(func) => {
            let code = func.code.clone();
            call_code(&code, func.default_values(), args, callee.index())
        }
        Obj::Method(m) => {
            let (func, this) = (m.0.dup(), m.1.dup());
            args.insert(0, this);
            call(&func, args)
        }
        Obj::Instance(inst) => match class_lookup(&inst.class, sym::__call__) {
            Some(m) => {
                let m = m.dup();
                args.insert(0, callee.dup());
                call(&m, args)
            }
            None => type_error(format!("'{}' object is not callable", type_name(callee))),
        },
        Obj::Builtin(b) => builtins::call(*b, args),
        Obj::BoundBuiltin(_) if unbound_of_type(callee).is_some() => {
            let (b, this) = unbind(callee, &mut args)?;
            builtins::call_method(b, &this, args)
        }
        Obj::BoundBuiltin(bb) => {
            let (b, this) = (bb.0, bb.1.dup());
            builtins::call_method(b, &this, args)
        }
        Obj::Class(_) => instantiate(callee, args, Vec::new()),
        Obj::Type(t) => builtins::call_type(*t, args),
        Obj::Partial(_) => crate::objects::functools::call_partial(callee, args, Vec::new()),
        Obj::LruCache(_) => crate::objects::functools::call_lru(callee, args, Vec::new()),
        Obj::StaticMethod(w) => {
            let c = w.callable.dup();
            call(&c, args)
        }
        Obj::WeakRef(w) => {
            if !args.is_empty() {
                return type_error(format!("weakref() takes no arguments ({} given)", args.len()));
            }
            Ok(builtins::weakref::deref(w))
        }
        _ => type_error(format!("'{}' object is not callable", type_name(callee))),
    }
}

pub(super) fn arity_error(code: &FuncCode, ndefaults: usize, given: usize) -> crate::error::Exc {
    let n = code.nparams;
    if given > n {
        let takes = match (n, ndefaults) {
            (1, 0) => "1 positional argument".to_string(),
            (_, 0) => format!("{n} positional arguments"),
            _ => format!("from {} to {n} positional arguments", n - ndefaults),
        };
        let were = if given == 1 { "was" } else { "were" };
        return PyErr::new(ExcKind::TypeError, format!("{}() takes {takes} but {given} {were} given", code.qualname));
    }
    missing_error(code, &code.local_names[given..n - ndefaults])
}

/// "f() missing 2 required positional arguments: 'a' and 'b'".
pub(super) fn missing_error(code: &FuncCode, missing: &[Sym]) -> crate::error::Exc {
    missing_of_kind(code, missing, "positional")
}

/// The missing-arguments error for `kind` ("positional" or "keyword-only") parameters.
fn missing_of_kind(code: &FuncCode, missing: &[Sym], kind: &str) -> crate::error::Exc {
    let missing: Vec<String> = missing.iter().map(|&s| format!("'{}'", name(s))).collect();
    let k = missing.len();
    let list = match k {
        1 => missing[0].clone(),
        2 => format!("{} and {}", missing[0], missing[1]),
        _ => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
    };
    let plural = if k == 1 { "argument" } else { "arguments" };
    PyErr::new(ExcKind::TypeError, format!("{}() missing {k} required {kind} {plural}: {list}", code.qualname))
}

/// Match keyword arguments to a function's parameters, as CPython binds them.
pub(super) fn bind_keywords(
    code: &FuncCode,
    defaults: &[Value],
    args: Args,
    kwargs: Vec<(Sym, Value)>,
) -> PyResult<Args> {
    let n = code.nparams;
    if args.len() > n {
        return Err(arity_error(code, defaults.len(), args.len()));
    }
    let mut slots: Vec<Option<Value>> = args.into_iter().map(Some).collect();
    slots.resize_with(n, || None);
    for (k, v) in kwargs {
        match code.local_names[..n].iter().position(|&s| s == k) {
            Some(i) if slots[i].is_some() => {
                return type_error(format!("{}() got multiple values for argument '{}'", code.qualname, name(k)));
            }
            Some(i) => slots[i] = Some(v),
            None => {
                return type_error(format!("{}() got an unexpected keyword argument '{}'", code.qualname, name(k)));
            }
        }
    }
    let first_default = n - defaults.len();
    for (i, slot) in slots.iter_mut().enumerate().skip(first_default) {
        if slot.is_none() {
            *slot = Some(defaults[i - first_default].dup());
        }
    }
    let missing: Vec<Sym> = (0..n).filter(|&i| slots[i].is_none()).map(|i| code.local_names[i]).collect();
    if !missing.is_empty() {
        return Err(missing_error(code, &missing));
    }
    Ok(slots.into_iter().flatten().collect())
}

/// A call with keyword arguments.
pub fn call_kw(callee: &Value, mut args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    if kwargs.is_empty() {
        return call(callee, args);
    }
    match callee.obj() {
        Obj::Function(func) if !func.code.simple => call_general(callee, args, kwargs),
        Obj::Function(func) => {
            let code = func.code.clone();
            let args = bind_keywords(&code, func.default_values(), args, kwargs)?;
            call_code(&code, &[], args, callee.index())
        }
        Obj::Method(m) => {
            let (func, this) = (m.0.dup(), m.1.dup());
            args.insert(0, this);
            call_kw(&func, args, kwargs)
        }
        Obj::Class(_) => instantiate(callee, args, kwargs),
        Obj::Instance(inst) => match class_lookup(&inst.class, sym::__call__) {
            Some(m) => {
                let m = m.dup();
                args.insert(0, callee.dup());
                call_kw(&m, args, kwargs)
            }
            None => type_error(format!("'{}' object is not callable", type_name(callee))),
        },
        Obj::Builtin(b) => builtins::call_kw(*b, args, kwargs),
        Obj::BoundBuiltin(_) => {
            let (b, this) = match unbound_of_type(callee) {
                Some(_) => unbind(callee, &mut args)?,
                None => {
                    let Obj::BoundBuiltin(bb) = callee.obj() else { unreachable!() };
                    (bb.0, bb.1.dup())
                }
            };
            if b == builtins::BuiltinFn::ListSort {
                return builtins::list_sort(&this, args, &kwargs);
            }
            builtins::call_method_kw(b, &this, args, kwargs)
        }
        Obj::Type(t) => builtins::call_type_kw(*t, args, kwargs),
        Obj::Partial(_) => crate::objects::functools::call_partial(callee, args, kwargs),
        Obj::LruCache(_) => crate::objects::functools::call_lru(callee, args, kwargs),
        Obj::StaticMethod(w) => {
            let c = w.callable.dup();
            call_kw(&c, args, kwargs)
        }
        _ => type_error(format!("'{}' object is not callable", type_name(callee))),
    }
}

/// Run a function's code: the arguments become its first locals (the caller's references
/// move into the frame, as in CPython 3.11), and the locals are released first to last
/// when it returns.
pub fn call_code(code: &FuncCode, defaults: &[Value], args: Args, func: u32) -> PyResult<Value> {
    let base = rt().stack.len();
    for a in args {
        if let Err(e) = push_arg(a) {
            release_frame(base);
            return Err(e);
        }
    }
    call_code_at(code, defaults, base, func)
}

/// Run a function whose arguments are already on the value stack from `base` up.
#[inline(always)]
pub(super) fn call_code_at(code: &FuncCode, defaults: &[Value], base: usize, func: u32) -> PyResult<Value> {
    let r = rt();
    let mut nargs = r.stack.len() - base;
    // Missing trailing arguments come from the defaults.
    if nargs < code.nparams && code.nparams - nargs <= defaults.len() {
        let first = defaults.len() - (code.nparams - nargs);
        for d in &defaults[first..] {
            r.stack.push(Some(d.dup()));
        }
        nargs = code.nparams;
    }
    if nargs != code.nparams {
        let e = arity_error(code, defaults.len(), nargs);
        release_frame(base);
        return Err(e);
    }
    run_frame(code, base, &[], func)
}

/// No function runs the frame (module code, a class body, a comprehension).
pub const NO_FUNC: u32 = u32::MAX;

/// Run a code object whose parameter slots are filled from `base` up: make its cells,
/// put its closure's cells in the free slots, execute, and release the locals first to
/// last when it returns. `func` is the slot of the function being run (held by the
/// caller for the whole call), which a frame object keeps once the frame ends, as
/// CPython's keeps `f_func`.
#[inline(always)]
pub(super) fn run_frame(code: &FuncCode, base: usize, closure: &[Value], func: u32) -> PyResult<Value> {
    let r = rt();
    let nlocals = code.nlocals();
    // The stack's floor is checked every eighth level: eight frames fit in its margin.
    let too_deep = r.depth + 1 >= runtime::recursion_limit()
        || base + nlocals > r.stack.capacity()
        || (r.depth.is_multiple_of(8) && crate::stack::low());
    if too_deep || runtime::take_interrupt() {
        let e = if too_deep {
            PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
        } else {
            PyErr::new(ExcKind::KeyboardInterrupt, "")
        };
        release_frame(base);
        return Err(e);
    }
    if r.stack.len() < base + nlocals {
        r.stack.resize_with(base + nlocals, || None);
    }
    if !code.simple {
        setup_cells(code, base, closure);
    }
    if code.generator {
        return Ok(make_generator(base, func));
    }
    rt().depth += 1;
    let mut frame = Frame { base, ..Frame::new(code, stack_ptr(base), func) };
    enter(&mut frame);
    let result = exec_block(&code.body, &mut frame);
    let r = rt();
    r.depth -= 1;
    match result {
        Ok(flow) => {
            if r.frame_hooks.is_some() {
                frame_returned(&flow);
            }
            if let Some(fo) = end_frame_object(&mut frame) {
                if fo.refcount() > 1 {
                    // Still referenced (by a traceback): the frame object takes the locals.
                    let locals: Vec<Option<Value>> = rt().stack.drain(base..).collect();
                    take_ownership(&fo, locals, func);
                    drop(fo);
                    return Ok(match flow {
                        Flow::Return(v) => v,
                        _ => value::none(),
                    });
                }
                drop(fo);
            }
            // Locals go first to last. The stack never reallocates, so the frame's slot
            // pointer stays good even if a finalizer runs frames above it.
            for i in 0..nlocals {
                let old = unsafe { (*frame.locals.add(i)).take() };
                drop(old);
            }
            // SAFETY: the slots from `base` up are all empty now.
            unsafe { rt().stack.set_len(base) };
            Ok(match flow {
                Flow::Return(v) => v,
                _ => value::none(),
            })
        }
        Err(mut e) => {
            if rt().frame_hooks.is_some() {
                frame_raised(&e);
            }
            push_tb(&frame, &mut e);
            // The traceback keeps the frame, and so its locals, alive.
            let locals: Vec<Option<Value>> = rt().stack.drain(base..).collect();
            e.held.push(super::unwound_frame(&mut frame, locals));
            Err(e)
        }
    }
}

/// Tell the stepper a frame returns, while it is still on the frame stack (see
/// `runtime::FrameHooks`).
#[cold]
#[inline(never)]
fn frame_returned(flow: &Flow) {
    let Some(hooks) = rt().frame_hooks else { return };
    match flow {
        Flow::Return(v) => (hooks.ret)(v),
        _ => (hooks.ret)(&value::none()),
    }
}

/// Tell the stepper an exception leaves a frame.
#[cold]
#[inline(never)]
fn frame_raised(e: &crate::error::Exc) {
    if let Some(hooks) = rt().frame_hooks {
        (hooks.raised)(e);
    }
}

/// Calling a generator function: the bound locals move into a new generator, which
/// holds the function (CPython's `f_func`) and runs the body when first resumed.
#[cold]
#[inline(never)]
fn make_generator(base: usize, func: u32) -> Value {
    let locals: Vec<Option<Value>> = rt().stack.drain(base..).collect();
    let func = (func != NO_FUNC).then(|| crate::heap::borrow_index(func));
    let Some(f) = &func else { unreachable!("a generator function runs through its function") };
    let Obj::Function(fo) = f.obj() else { unreachable!("a function") };
    crate::objects::generator::make(fo.code.clone(), func, locals)
}

/// Make a frame's cells (captured locals, parameters included) and put its closure's
/// cells in the free-variable slots.
#[inline(never)]
fn setup_cells(code: &FuncCode, base: usize, closure: &[Value]) {
    for &c in &code.cells {
        let slot = &mut rt().stack[base + c as usize];
        let v = slot.take();
        *slot = Some(alloc(Obj::Cell(v)));
    }
    let first_free = code.nlocals() - code.nfree;
    for (k, cell) in closure.iter().enumerate() {
        rt().stack[base + first_free + k] = Some(cell.dup());
    }
}

/// Create a function object from `def` or `lambda`: defaults evaluated now, closure cells
/// taken from the defining frame.
pub(super) fn make_function(
    code: &Rc<FuncCode>,
    defaults: &[Expr],
    kwdefaults: &[(Sym, Expr)],
    annotations: &[(Sym, Expr)],
    f: &mut Frame,
) -> PyResult<Value> {
    let defaults = defaults.iter().map(|d| eval(d, f)).collect::<PyResult<Vec<_>>>()?;
    // `__defaults__` is a tuple, or None.
    let defaults = (!defaults.is_empty()).then(|| value::tuple(defaults));
    let mut kw = Vec::with_capacity(kwdefaults.len());
    for (n, d) in kwdefaults {
        kw.push((*n, eval(d, f)?));
    }
    let annotations = if annotations.is_empty() {
        None
    } else {
        let mut d = crate::table::Dict::default();
        for (n, a) in annotations {
            let v = eval(a, f)?;
            let old = d.set(value::str_(&name(*n)), v)?;
            drop(old);
        }
        Some(alloc(Obj::Dict(Box::new(d))))
    };
    let cells: Vec<Value> = code.free_from.iter().map(|&i| local(f, i).expect("a cell").dup()).collect();
    // `__closure__` is a tuple of the cells, or None.
    let closure = (!cells.is_empty()).then(|| value::tuple(cells));
    Ok(alloc(Obj::Function(Box::new(Function {
        name: code.name,
        qualname: code.qualname.clone(),
        code: code.clone(),
        defaults,
        kwdefaults: kw,
        closure,
        doc: code.doc.map(|i| code.consts[i as usize].dup()),
        dict: None,
        module: None,
        globals: crate::modules::globals_to_hold(code.module),
        annotations,
    }))))
}

/// Bind arguments to a function with `*args`, keyword-only parameters or `**kwargs` (or
/// with a closure), and run it.
pub(super) fn call_general(func: &Value, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let Obj::Function(fo) = func.obj() else { unreachable!() };
    let code = fo.code.clone();
    let n = code.nparams;
    let mut slots: Vec<Option<Value>> = (0..code.nslots_params()).map(|_| None).collect();
    let mut args = args.into_iter();
    let nargs = args.len();
    for (i, a) in args.by_ref().take(n).enumerate() {
        slots[i] = Some(a);
    }
    let rest: Vec<Value> = args.collect();
    if code.varargs {
        slots[n] = Some(value::tuple(rest));
    } else if !rest.is_empty() {
        drop(rest);
        let given = nargs;
        return Err(arity_error(&code, fo.default_values().len(), given));
    }
    let kw_start = n + code.varargs as usize;
    let mut extra: Option<crate::table::Dict> = code.varkw.then(Default::default);
    if !code.varkw {
        let posonly: Vec<String> = kwargs
            .iter()
            .filter(|(k, _)| code.local_names[..code.posonly].contains(k))
            .map(|(k, _)| name(*k).to_string())
            .collect();
        if !posonly.is_empty() {
            return type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                code.qualname,
                posonly.join(", ")
            ));
        }
    }
    for (k, v) in kwargs {
        let pos = code.local_names[code.posonly..n].iter().position(|&s| s == k).map(|i| i + code.posonly);
        let kwpos =
            code.local_names[kw_start..kw_start + code.kwonly].iter().position(|&s| s == k).map(|i| i + kw_start);
        match pos.or(kwpos) {
            Some(i) if slots[i].is_some() => {
                return type_error(format!("{}() got multiple values for argument '{}'", code.qualname, name(k)));
            }
            Some(i) => slots[i] = Some(v),
            None => match &mut extra {
                Some(d) => {
                    let old = d.set(value::str_(&name(k)), v)?;
                    drop(old);
                }
                None => {
                    return type_error(format!("{}() got an unexpected keyword argument '{}'", code.qualname, name(k)));
                }
            },
        }
    }
    if let Some(d) = extra {
        slots[kw_start + code.kwonly] = Some(alloc(Obj::Dict(Box::new(d))));
    }
    let first_default = n - fo.default_values().len();
    for (i, slot) in slots.iter_mut().enumerate().take(n).skip(first_default) {
        if slot.is_none() {
            *slot = Some(fo.default_values()[i - first_default].dup());
        }
    }
    let missing: Vec<Sym> = (0..n).filter(|&i| slots[i].is_none()).map(|i| code.local_names[i]).collect();
    if !missing.is_empty() {
        return Err(missing_error(&code, &missing));
    }
    for (i, slot) in slots.iter_mut().enumerate().skip(kw_start).take(code.kwonly) {
        if slot.is_none() {
            let k = code.local_names[i];
            if let Some((_, d)) = fo.kwdefaults.iter().find(|(n, _)| *n == k) {
                *slot = Some(d.dup());
            }
        }
    }
    let missing: Vec<Sym> =
        (kw_start..kw_start + code.kwonly).filter(|&i| slots[i].is_none()).map(|i| code.local_names[i]).collect();
    if !missing.is_empty() {
        return Err(missing_of_kind(&code, &missing, "keyword-only"));
    }
    let base = rt().stack.len();
    for s in slots {
        if let Err(e) = push_arg(s.expect("every parameter is bound")) {
            release_frame(base);
            return Err(e);
        }
    }
    let closure: *const [Value] = fo.cells();
    run_frame(&code, base, unsafe { &*closure }, func.index())
}

/// Drop a returning frame's locals, first to last.
#[inline]
pub(super) fn release_frame(base: usize) {
    let mut i = base;
    loop {
        // Re-read the stack each time: a finalizer may run frames above it.
        let stack = &mut rt().stack;
        let Some(slot) = stack.get_mut(i) else { break };
        let old = slot.take();
        i += 1;
        drop(old);
    }
    // Every slot from `base` up is empty now, so shortening drops nothing.
    let stack = &mut rt().stack;
    debug_assert!(stack[base..].iter().all(Option::is_none));
    unsafe { stack.set_len(base.min(stack.len())) };
}

/// Calling a class. CPython packs the arguments into a tuple (keywords into a dict) for
/// `type.__call__`, and `__init__`'s frame takes references of its own, so inside
/// `__init__` an argument is held by the caller's stack, the packed arguments and the frame.
pub(super) fn instantiate(class: &Value, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    // `OSError(errno, strerror)` is the subclass for that errno.
    let mapped = super::exc_attrs::os_error_class(class, &args);
    let class = mapped.as_ref().unwrap_or(class);
    let own_new = matches!(class.obj(), Obj::Class(c) if c.flags & crate::object::CLASS_NEW != 0);
    if own_new {
        if let Some(new) = class_lookup(class, sym::__new__).filter(|n| matches!(n.obj(), Obj::Function(_))) {
            return instantiate_with_new(class, new.dup(), args, kwargs);
        }
    }
    let packed = value::tuple(args.iter().map(Value::dup).collect());
    let packed_kw: Vec<(Sym, Value)> = kwargs.iter().map(|(k, v)| (*k, v.dup())).collect();
    let mut attrs = Attrs::default();
    let is_exc = super::exc::is_exception_class(class);
    if is_exc {
        // BaseException.__new__ keeps the arguments as `args`.
        attrs.set(sym::args, packed.dup());
    }
    let init = class_lookup(class, sym::__init__).filter(|i| !matches!(i.obj(), Obj::Builtin(_)));
    let mut exc_kwargs_taken = false;
    if is_exc && init.is_none() {
        // The family attributes (OSError's errno, ...) come from the arguments.
        if let Some(kept) = super::exc_attrs::init(class, &mut attrs, &args, &kwargs)? {
            drop(attrs.set(sym::args, kept));
        }
        exc_kwargs_taken = super::exc_attrs::takes_keywords(class);
    }
    let native = match class.obj() {
        Obj::Class(c) => match c.native {
            Some(t) => Some(class::new_native(t, &args, &kwargs, init.is_some())?),
            None => None,
        },
        _ => None,
    };
    let has_native = native.is_some();
    if let Some(n) = &native {
        crate::gc::embed(n);
    }
    crate::objects::instance_dict::instance_made(class);
    let inst = alloc(Obj::Instance(Box::new(Instance {
        class: class.dup(),
        attrs,
        finalized: false,
        bare: false,
        slots: Default::default(),
        dict: None,
        native,
    })));
    match init {
        Some(init) => {
            let init = init.dup();
            let mut a: Args = smallvec::smallvec![inst.dup()];
            if let Obj::Tuple(items) = packed.obj() {
                a.extend(items.iter().map(Value::dup));
            }
            let r = if packed_kw.is_empty() {
                call(&init, a)?
            } else {
                call_kw(&init, a, packed_kw.iter().map(|(k, v)| (*k, v.dup())).collect())?
            };
            if !matches!(r.obj(), Obj::None) {
                return type_error(format!("__init__() should return None, not '{}'", type_name(&r)));
            }
        }
        None if has_native => {}
        None if is_exc && !kwargs.is_empty() && !exc_kwargs_taken => {
            let Obj::Class(c) = class.obj() else { unreachable!() };
            return type_error(format!("{}() takes no keyword arguments", name(c.name)));
        }
        None if !is_exc && (!args.is_empty() || !kwargs.is_empty()) => {
            let Obj::Class(c) = class.obj() else { unreachable!() };
            return type_error(format!("{}() takes no arguments", name(c.name)));
        }
        None => {}
    }
    drop(packed);
    drop(packed_kw);
    Ok(inst)
}

/// A class with its own `__new__`: `__new__(cls, *args)` makes the object, and
/// `__init__` runs on it only if it is an instance of the class (`type.__call__`).
#[cold]
fn instantiate_with_new(class: &Value, new: Value, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let packed: Vec<Value> = args.iter().map(Value::dup).collect();
    let packed_kw: Vec<(Sym, Value)> = kwargs.iter().map(|(k, v)| (*k, v.dup())).collect();
    let mut a: Args = smallvec::smallvec![class.dup()];
    a.extend(args);
    let obj = if kwargs.is_empty() { call(&new, a)? } else { call_kw(&new, a, kwargs)? };
    drop(new);
    let is_instance = match obj.obj() {
        Obj::Instance(inst) => super::is_subclass(&inst.class, class),
        _ => false,
    };
    if !is_instance {
        return Ok(obj);
    }
    if let Some(init) = class_lookup(class, sym::__init__).filter(|i| matches!(i.obj(), Obj::Function(_))) {
        let init = init.dup();
        let mut a: Args = smallvec::smallvec![obj.dup()];
        a.extend(packed);
        let r = if packed_kw.is_empty() { call(&init, a)? } else { call_kw(&init, a, packed_kw)? };
        if !matches!(r.obj(), Obj::None) {
            return type_error(format!("__init__() should return None, not '{}'", type_name(&r)));
        }
    }
    Ok(obj)
}

/// `object.__new__(cls)`: a new instance of `cls`, not yet initialised. Extra arguments
/// are CPython's TypeError when the class overrides `__new__` or lacks an `__init__`.
pub fn object_new(args: Args) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return type_error("object.__new__(): not enough arguments");
    };
    let Obj::Class(c) = cls.obj() else {
        return type_error(format!("object.__new__(X): X is not a type object ({})", type_name(cls)));
    };
    if args.len() > 1 && c.native.is_none() {
        let own_new = class_lookup(cls, sym::__new__).is_some_and(|n| matches!(n.obj(), Obj::Function(_)));
        let own_init = class_lookup(cls, sym::__init__).is_some_and(|i| matches!(i.obj(), Obj::Function(_)));
        if own_new || !own_init {
            return type_error(if own_new {
                "object.__new__() takes exactly one argument (the type to instantiate)".to_string()
            } else {
                format!("{}() takes no arguments", name(c.name))
            });
        }
    }
    // A builtin base's `__new__` (`tuple.__new__(cls, items)`) takes its value from the rest.
    let native = match c.native {
        Some(t) => Some(class::new_native(t, &args[1..].iter().map(Value::dup).collect(), &[], false)?),
        None => None,
    };
    if let Some(n) = &native {
        crate::gc::embed(n);
    }
    let mut attrs = Attrs::default();
    if super::exc::is_exception_class(cls) {
        attrs.set(sym::args, value::tuple(args[1..].iter().map(Value::dup).collect()));
    }
    crate::objects::instance_dict::instance_made(cls);
    Ok(alloc(Obj::Instance(Box::new(Instance {
        class: cls.dup(),
        attrs,
        finalized: false,
        bare: false,
        slots: Default::default(),
        native,
        dict: None,
    }))))
}

pub(super) fn call_method(obj: &Expr, n: Sym, args: &[Expr], f: &mut Frame) -> PyResult<Value> {
    let o = eval(obj, f)?;
    // `xs.append(x)`, the commonest call there is, straight onto the list (as CPython 3.11's
    // specialized CALL does).
    if n == sym::append && args.len() == 1 && matches!(o.obj(), Obj::List(_)) {
        let v = eval(&args[0], f)?;
        if let Obj::List(items) = o.obj_mut() {
            builtins::list::append(items, v);
            return Ok(value::none());
        }
    }
    match o.obj() {
        Obj::Instance(inst) if attr::plain_instance(inst) && inst.attrs.get(n).is_none() => {
            if let Some(m) = class_lookup(&inst.class, n) {
                if matches!(m.obj(), Obj::Function(func) if func.code.simple) {
                    // Held on the stack for the call, as LOAD_METHOD holds it.
                    let method = m.dup();
                    let Obj::Function(func) = method.obj() else { unreachable!() };
                    // `self` and the arguments go straight into the callee's slots.
                    let base = rt().stack.len();
                    if let Err(e) = push_arg(o) {
                        release_frame(base);
                        return Err(e);
                    }
                    for a in args {
                        if let Err(e) = eval(a, f).and_then(push_arg) {
                            release_frame(base);
                            return Err(e);
                        }
                    }
                    return call_code_at(&func.code, func.default_values(), base, method.index());
                }
            }
        }
        Obj::List(_)
        | Obj::Str(_)
        | Obj::Tuple(_)
        | Obj::Dict(_)
        | Obj::Set(_)
        | Obj::Float(_)
        | Obj::Int(_)
        | Obj::Long(_)
        | Obj::Bool(_) => {
            if let Some(b) = builtins::method(&o, n) {
                use builtins::fastcall;
                return match args {
                    [] => fastcall::call0(b, &o),
                    [a] => {
                        let a = eval(a, f)?;
                        fastcall::call1(b, &o, a)
                    }
                    [a, c] => {
                        let a = eval(a, f)?;
                        let c = eval(c, f)?;
                        fastcall::call2(b, &o, a, c)
                    }
                    _ => {
                        let a = eval_args(args, f)?;
                        builtins::call_method(b, &o, a)
                    }
                };
            }
        }
        _ => {}
    }
    let callee = getattr(&o, n)?;
    drop(o);
    let a = eval_args(args, f)?;
    call(&callee, a)
}

/// The builtin type whose unbound method `callee` is (`str.lower`), if it is one.
fn unbound_of_type(callee: &Value) -> Option<builtins::TypeId> {
    let Obj::BoundBuiltin(bb) = callee.obj() else { return None };
    match bb.1.obj() {
        Obj::Type(t) if bb.0 != builtins::BuiltinFn::ClassMro && !crate::objects::alt_ctor::is_alt(bb.0) => Some(*t),
        _ => None,
    }
}

/// An unbound method of a builtin type called (`str.lower(s)`): its first argument,
/// checked against the type, becomes the receiver.
fn unbind(callee: &Value, args: &mut Args) -> PyResult<(builtins::BuiltinFn, Value)> {
    let Obj::BoundBuiltin(bb) = callee.obj() else { unreachable!("unbind of a non-method") };
    let b = bb.0;
    let Obj::Type(t) = bb.1.obj() else { unreachable!("unbind of a bound method") };
    let slot = crate::objects::slot_wrapper::is_slot(b, *t);
    if args.is_empty() {
        if slot {
            return type_error(format!("descriptor '{}' of '{}' object needs an argument", b.name(), t.name()));
        }
        return type_error(format!("unbound method {}.{}() needs an argument", t.name(), b.name()));
    }
    let mut this = args.remove(0);
    // An instance of a subclass: the method acts on the builtin value it extends.
    if let Some(n) = class::native_of(&this).filter(|n| n.obj().type_id() == *t) {
        this = n.dup();
    }
    let fits = this.obj().type_id() == *t || (*t == builtins::TypeId::Int && matches!(this.obj(), Obj::Bool(_)));
    if !fits && slot {
        return type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            b.name(),
            t.name(),
            type_name(&this)
        ));
    }
    if !fits {
        return type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            b.name(),
            t.name(),
            type_name(&this)
        ));
    }
    Ok((b, this))
}
