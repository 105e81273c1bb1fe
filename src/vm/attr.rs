//! Attributes: lookup through instance, class and bases (binding methods), assignment,
//! `dir()` and "Did you mean" hints, instance repr/str, and running `__del__`.

use super::*;

pub fn attr_error(o: &Value, n: Sym) -> crate::error::Exc {
    let text = name(n);
    let msg = match o.obj() {
        Obj::Module(m) => format!("module '{}' has no attribute '{text}'", name(m.name)),
        Obj::Class(c) => format!("type object '{}' has no attribute '{text}'", name(c.name)),
        _ => format!("'{}' object has no attribute '{text}'", type_name(o)),
    };
    let candidates = dir(o);
    let hint = suggest(&text, candidates.iter().map(|s| &**s)).map(str::to_string);
    PyErr::new(ExcKind::AttributeError, msg)
        .with_field("name", value::str_(&text))
        .with_field("obj", o.dup())
        .with_suggestion(hint)
}

/// `dir(o)`, sorted, for "Did you mean" hints.
pub fn dir(o: &Value) -> Vec<Rc<str>> {
    let mut names: Vec<Rc<str>> = Vec::new();
    let add_class = |names: &mut Vec<Rc<str>>, class: &Value| {
        let mut base = "object";
        for c in class::mro_items(class) {
            let Obj::Class(c) = c.obj() else { break };
            // `__qualname__` is the type's own field, not in its namespace.
            names.extend(c.attrs.0.iter().filter(|(s, _)| &*name(*s) != "__qualname__").map(|(s, _)| name(*s)));
            // Its `__dict__` and `__weakref__` descriptors.
            names.extend(c.descriptors.iter().filter_map(|d| match d.obj() {
                Obj::GetSet(g) => Some(name(g.0)),
                _ => None,
            }));
            if let Some(t) = c.native {
                // A subclass of a builtin type lists that type's names.
                base = t.name();
            }
        }
        names.extend(builtins::dir_of_type(base).into_iter().map(Rc::from));
    };
    match o.obj() {
        Obj::Instance(inst) => {
            names.extend(inst.attrs.0.iter().map(|(s, _)| name(*s)));
            if let Some(d) = &inst.dict {
                names.extend(crate::objects::instance_dict::names(d));
            }
            add_class(&mut names, &inst.class);
        }
        Obj::Class(_) => add_class(&mut names, o),
        Obj::Module(m) => names.extend(crate::modules::module_names(m).into_iter().map(name)),
        // A builtin type: the names of its instances' type, as `type.__dir__` gives them.
        Obj::Type(t) if *t != builtins::TypeId::Type => {
            names.extend(builtins::dir_of_type(t.name()).into_iter().map(Rc::from))
        }
        other => {
            names.extend(builtins::dir_of_type(other.type_id().name()).into_iter().map(Rc::from));
            // What a function, partial or lru_cache wrapper holds in its __dict__.
            let dict = match other {
                Obj::Function(f) => f.dict.as_ref(),
                Obj::Partial(p) => p.dict.as_ref(),
                Obj::LruCache(l) => l.dict.as_ref(),
                _ => None,
            };
            if let Some(Obj::Dict(d)) = dict.map(|d| d.obj()) {
                names.extend(d.entries.iter().filter_map(|(_, k, _)| match k.obj() {
                    Obj::Str(s) => Some(Rc::from(&**s)),
                    _ => None,
                }));
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The `CLASS_*` flags of an instance's class.
#[inline]
fn class_flags(class: &Value) -> u8 {
    match class.obj() {
        Obj::Class(c) => c.flags,
        _ => 0,
    }
}

/// Whether attribute access on an instance of this class takes the plain path (no
/// `__getattr__`/`__getattribute__`/`__setattr__`, data descriptors or slots).
#[inline]
pub fn plain_instance(inst: &Instance) -> bool {
    class_flags(&inst.class) & !crate::object::CLASS_NEW == 0 && inst.dict.is_none()
}

/// A plain instance's own attribute `n` (CPython's LOAD_ATTR_INSTANCE_VALUE): found
/// where `getattr` finds it first, with no hook or data descriptor to consult. None when
/// the lookup needs the general path.
#[inline]
pub fn own_attr(o: &Value, n: Sym) -> Option<&'static Value> {
    let Obj::Instance(inst) = o.obj() else { return None };
    if class_flags(&inst.class) & (class::GETATTR | class::GETATTRIBUTE | class::DATA_DESC) != 0 {
        return None;
    }
    inst.attrs.get(n)
}

/// Store `v` over a plain instance's existing attribute `n` (STORE_ATTR_INSTANCE_VALUE),
/// giving back the old value for the caller to drop after the store; or `v` itself when
/// the store needs the general path (`setattr`).
#[inline]
pub fn replace_own_attr(o: &Value, n: Sym, v: Value) -> Result<Value, Value> {
    let Obj::Instance(inst) = o.obj_mut() else { return Err(v) };
    if !plain_instance(inst) {
        return Err(v);
    }
    match inst.attrs.get_mut(n) {
        Some(slot) => Ok(std::mem::replace(slot, v)),
        None => Err(v),
    }
}

pub fn getattr(o: &Value, n: Sym) -> PyResult<Value> {
    match o.obj() {
        Obj::Instance(inst) => {
            let flags = class_flags(&inst.class);
            if flags & (class::GETATTR | class::GETATTRIBUTE | class::DATA_DESC) != 0 {
                return instance_getattr_hooks(o, n, flags);
            }
            if let Some(v) = inst.attrs.get(n) {
                return Ok(v.dup());
            }
            if let Some(d) = &inst.dict {
                if let Some(v) = crate::objects::instance_dict::lookup(d, n) {
                    return Ok(v);
                }
            }
            if n == sym::__class__ {
                return Ok(inst.class.dup());
            }
            // `__doc__` is never inherited: each class has its own (None without one).
            if n == sym::__doc__ {
                if let Obj::Class(c) = inst.class.obj() {
                    return Ok(c.attrs.get(n).map_or_else(value::none, Value::dup));
                }
            }
            if let Some(v) = class_lookup(&inst.class, n) {
                return bind_value(v, o, &inst.class);
            }
            if let Some(native) = &inst.native {
                if let Some(b) = builtins::method(native, n) {
                    return Ok(alloc(Obj::BoundBuiltin(Box::new((b, native.dup())))));
                }
            }
            if let Some(v) = exception_extra(o, n) {
                return Ok(v);
            }
            if n == sym::__dict__ && class::has_dict(&inst.class) {
                return Ok(crate::objects::instance_dict::get(o));
            }
            if n == sym::__doc__ {
                return Ok(value::none());
            }
        }
        Obj::MappingProxy(_) => {
            if let Some(v) = crate::objects::mappingproxy::method(o, n)? {
                return Ok(v);
            }
        }
        Obj::StdStream(_) => {
            if let Some(v) = crate::objects::stdstream::getattr(o, n) {
                return Ok(v);
            }
        }
        Obj::DictView(_) => {
            if let Some(v) = crate::objects::dictview::getattr(o, n) {
                return Ok(v);
            }
        }
        Obj::Range(_) => {
            if let Some(v) = crate::objects::range::getattr(o, n) {
                return Ok(v);
            }
            if let Some(b) = builtins::method(o, n) {
                return Ok(alloc(Obj::BoundBuiltin(Box::new((b, o.dup())))));
            }
        }
        Obj::Slice(_) => {
            if let Some(v) = crate::objects::slice::getattr(o, n) {
                return Ok(v);
            }
        }
        Obj::Code(c) => {
            if let Some(v) = c.getattr(n) {
                return Ok(v);
            }
        }
        Obj::MainDict => {
            if let Some(v) = crate::objects::main_dict::method(o, n) {
                return Ok(v);
            }
        }
        Obj::Super(b) => {
            if let Some(v) = class::super_getattr(&b.0, &b.1, n)? {
                return Ok(v);
            }
        }
        Obj::Class(c) => {
            if n == sym::__name__ {
                return Ok(value::str_(&name(c.name)));
            }
            if n == sym::__bases__ && c.bases.is_none() {
                let base =
                    c.base.as_ref().map(Value::dup).unwrap_or_else(|| rt().type_object(builtins::TypeId::Object).dup());
                return Ok(value::tuple_of(smallvec::smallvec![base]));
            }
            if n == sym::__mro__ {
                return Ok(c.mro.as_ref().map_or_else(|| class_mro(o), Value::dup));
            }
            if n == sym::__bases__ {
                if let Some(b) = &c.bases {
                    return Ok(b.dup());
                }
            }
            if n == sym::__doc__ {
                return Ok(c.attrs.get(n).map_or_else(value::none, Value::dup));
            }
            if n == sym::__base__ {
                return Ok(c
                    .base
                    .as_ref()
                    .map_or_else(|| rt().type_object(builtins::TypeId::Object).dup(), Value::dup));
            }
            if let Some(v) = class_lookup(o, n) {
                if let Some(r) = crate::objects::descr_get(v, None, o) {
                    return r;
                }
                // A descriptor seen through its class: `__get__(None, cls)`.
                if let Obj::Instance(di) = v.obj() {
                    if let Some(get) = class_lookup(&di.class, sym::__get__) {
                        let get = get.dup();
                        return call(&get, smallvec::smallvec![v.dup(), value::none(), o.dup()]);
                    }
                }
                return Ok(v.dup());
            }
            if let Some(v) = crate::objects::alt_ctor::bound(o, n) {
                return Ok(v);
            }
            if n == sym::__new__ {
                return Ok(alloc(Obj::Builtin(builtins::BuiltinFn::ObjectNew)));
            }
            let method = if n == sym::mro {
                Some(builtins::BuiltinFn::ClassMro)
            } else if n == sym::__subclasses__ {
                Some(builtins::BuiltinFn::ClassSubclasses)
            } else if n == sym::__init_subclass__ {
                Some(builtins::BuiltinFn::ObjectInitSubclass)
            } else {
                None
            };
            if let Some(b) = method {
                return Ok(alloc(Obj::BoundBuiltin(Box::new((b, o.dup())))));
            }
            if n == sym::__dict__ {
                if let Some(p) = crate::objects::mappingproxy::new(o) {
                    return Ok(p);
                }
            }
            if n == sym::__doc__ && !c.builtin {
                return Ok(value::none());
            }
        }
        Obj::Module(m) => {
            if let Some(v) = crate::modules::module_attr(m, n) {
                return Ok(v);
            }
            if let Some(v) = crate::modules::computed_attr(m, n) {
                return v;
            }
        }
        Obj::Method(m) => {
            let text = name(n);
            if &*text == "__self__" {
                return Ok(m.1.dup());
            }
            if &*text == "__func__" {
                return Ok(m.0.dup());
            }
            // Anything else is the function's (CPython's method_getattro).
            if let Ok(v) = getattr(&m.0, n) {
                return Ok(v);
            }
        }
        Obj::Traceback(tb) => match &*name(n) {
            "tb_frame" => return Ok(tb.frame.dup()),
            "tb_next" => return Ok(tb.next.as_ref().map_or_else(value::none, Value::dup)),
            "tb_lineno" => return Ok(value::int(tb.line as i64)),
            _ => {}
        },
        Obj::Iter(it) if matches!(**it, crate::object::Iter::Gen(_)) => {
            let crate::object::Iter::Gen(g) = &**it else { unreachable!() };
            let text = name(n);
            match &*text {
                "__name__" => return Ok(value::str_(&name(g.code.name))),
                "__qualname__" => return Ok(value::str_(&g.code.qualname)),
                "gi_running" => return Ok(value::bool_(g.running)),
                _ => {}
            }
            if let Some(b) = crate::objects::generator::method(&text) {
                return Ok(alloc(Obj::BoundBuiltin(Box::new((b, o.dup())))));
            }
        }
        Obj::Iter(it) if matches!(**it, crate::object::Iter::Coro(_)) => {
            let text = name(n);
            if let Some(r) = crate::objects::generator::getattr(o, &text) {
                return r;
            }
            if let Some(b) = crate::objects::generator::method(&text) {
                return Ok(alloc(Obj::BoundBuiltin(Box::new((b, o.dup())))));
            }
        }
        Obj::Cell(c) if &*name(n) == "cell_contents" => {
            return match c {
                Some(v) => Ok(v.dup()),
                None => err(ExcKind::ValueError, "Cell is empty"),
            };
        }
        Obj::Member(m) => {
            if let Some(v) = m.getattr(&name(n)) {
                return Ok(v);
            }
        }
        Obj::Frame(fr) => {
            if &*name(n) == "f_lineno" {
                return Ok(value::int(fr.line as i64));
            }
        }
        Obj::Function(_) => {
            if let Some(v) = crate::objects::function::getattr(o, n) {
                return Ok(v);
            }
        }
        Obj::Property(_) => {
            if let Some(v) = crate::objects::property::getattr(o, n) {
                return Ok(v);
            }
        }
        Obj::StaticMethod(_) | Obj::ClassMethod(_) => {
            if let Some(v) = crate::objects::classmethod::getattr(o, n) {
                return Ok(v);
            }
        }
        Obj::Partial(_) | Obj::LruCache(_) | Obj::CacheInfo(_) => {
            if let Some(v) = crate::objects::functools::getattr(o, n) {
                return Ok(v);
            }
        }
        Obj::Type(t) => {
            if n == sym::__name__ || n == sym::__qualname__ {
                // `functools.partial`, `_io.TextIOWrapper`: the name without its module.
                return Ok(value::str_(t.name().rsplit('.').next().unwrap_or("")));
            }
            if n == sym::__bases__ {
                let object = rt().type_object(builtins::TypeId::Object).dup();
                return Ok(value::tuple(if *t == builtins::TypeId::Object { vec![] } else { vec![object] }));
            }
            if n == sym::__new__ && *t == builtins::TypeId::Object {
                return Ok(alloc(Obj::Builtin(builtins::BuiltinFn::ObjectNew)));
            }
            if let Some(b) = builtins::type_attr(*t, n) {
                return Ok(b);
            }
            if n == sym::mro {
                return Ok(alloc(Obj::BoundBuiltin(Box::new((builtins::BuiltinFn::ClassMro, o.dup())))));
            }
            if n == sym::__mro__ {
                return Ok(class_mro(o));
            }
        }
        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) | Obj::Float(_) => {
            let text = name(n);
            let is_float = matches!(o.obj(), Obj::Float(_));
            match &*text {
                "real" if is_float => return Ok(o.dup()),
                "real" | "numerator" if !is_float => {
                    return Ok(match o.obj() {
                        Obj::Bool(b) => value::int(*b as i64),
                        _ => o.dup(),
                    })
                }
                "imag" if is_float => return Ok(value::float(0.0)),
                "imag" => return Ok(value::int(0)),
                "denominator" if !is_float => return Ok(value::int(1)),
                _ => {}
            }
            if let Some(b) = builtins::method(o, n) {
                return Ok(alloc(Obj::BoundBuiltin(Box::new((b, o.dup())))));
            }
        }
        _ => {
            if let Some(b) = builtins::method(o, n) {
                return Ok(alloc(Obj::BoundBuiltin(Box::new((b, o.dup())))));
            }
            if let Obj::Iter(_) = o.obj() {
                if let Some(b) = crate::objects::slot_wrapper::lookup_iter(n) {
                    return Ok(alloc(Obj::BoundBuiltin(Box::new((b, o.dup())))));
                }
            }
        }
    }
    if n == sym::__class__ {
        return Ok(builtins::type_of(o));
    }
    if n == sym::__hash__ && matches!(o.obj(), Obj::List(_) | Obj::Dict(_) | Obj::ByteArray(_))
        || matches!(o.obj(), Obj::Set(s) if !s.frozen) && n == sym::__hash__
    {
        return Ok(value::none());
    }
    // `{}.fromkeys`, `(1).from_bytes`: a classmethod seen through an instance binds to
    // the instance's class.
    if matches!(o.obj(), Obj::Instance(_)) || crate::objects::alt_ctor::lookup(o.obj().type_id(), &name(n)).is_some() {
        let cls = builtins::type_of(o);
        if let Some(v) = crate::objects::alt_ctor::bound(&cls, n) {
            return Ok(v);
        }
    }
    Err(attr_error(o, n))
}

/// What an exception instance reads as None (or computes) when its dict lacks it.
fn exception_extra(o: &Value, n: Sym) -> Option<Value> {
    let Obj::Instance(inst) = o.obj() else { return None };
    if super::is_exception(o) {
        if n == sym::__cause__ || n == sym::__context__ || n == sym::__traceback__ {
            return Some(value::none());
        }
        if n == sym::__suppress_context__ {
            return Some(value::bool_(inst.attrs.get(sym::__cause__).is_some()));
        }
        let method = match &*name(n) {
            "with_traceback" => Some(builtins::BuiltinFn::ExcWithTraceback),
            "add_note" => Some(builtins::BuiltinFn::ExcAddNote),
            // BaseException's (and its families') `__str__` and `__repr__`.
            "__str__" => Some(builtins::BuiltinFn::NativeStr),
            "__repr__" => Some(builtins::BuiltinFn::NativeRepr),
            _ => None,
        };
        if let Some(b) = method {
            return Some(alloc(Obj::BoundBuiltin(Box::new((b, o.dup())))));
        }
        if let Some(v) = super::exc_attrs::default_attr(o, n) {
            return Some(v);
        }
        // StopIteration.value: its first argument (the generator's return value).
        let stop = &rt().exc_classes[crate::error::ExcKind::StopIteration as usize];
        if &*name(n) == "value" && super::is_subclass(&inst.class, stop) {
            return Some(crate::objects::generator::stop_iteration_value(o));
        }
    }
    None
}

/// A class attribute seen through an instance: functions become bound methods, and a
/// descriptor's `__get__(obj, type)` gives the value.
pub fn bind_value(v: &Value, this: &Value, owner: &Value) -> PyResult<Value> {
    Ok(match v.obj() {
        // Functions and lru_cache wrappers bind (partial objects do not).
        Obj::Function(_) | Obj::LruCache(_) => alloc(Obj::Method(Box::new((v.dup(), this.dup())))),
        Obj::Builtin(b) => alloc(Obj::BoundBuiltin(Box::new((*b, this.dup())))),
        Obj::Member(m) => return m.get(this),
        Obj::Property(_) | Obj::StaticMethod(_) | Obj::ClassMethod(_) => {
            return crate::objects::descr_get(v, Some(this), owner).expect("a descriptor")
        }
        Obj::GetSet(d) if d.0 == sym::__dict__ && matches!(this.obj(), Obj::Instance(_)) => {
            crate::objects::instance_dict::get(this)
        }
        Obj::Instance(di) => match class_lookup(&di.class, sym::__get__) {
            Some(get) => {
                let get = get.dup();
                return call(&get, smallvec::smallvec![v.dup(), this.dup(), owner.dup()]);
            }
            None => v.dup(),
        },
        _ => v.dup(),
    })
}

/// `object.__getattribute__`: data descriptors, then the instance's dict, then the
/// other class attributes.
pub fn generic_getattr(o: &Value, n: Sym) -> PyResult<Value> {
    let Obj::Instance(inst) = o.obj() else { return getattr(o, n) };
    if n == sym::__class__ {
        return Ok(inst.class.dup());
    }
    let class = inst.class.dup();
    let descr = class_lookup(&class, n).map(Value::dup);
    if let Some(d) = &descr {
        if class::is_data_descriptor(d) {
            return bind_value(d, o, &class);
        }
    }
    if let Obj::Instance(inst) = o.obj() {
        if let Some(v) = inst.attrs.get(n) {
            return Ok(v.dup());
        }
        if let Some(d) = &inst.dict {
            if let Some(v) = crate::objects::instance_dict::lookup(d, n) {
                return Ok(v);
            }
        }
    }
    if let Some(d) = &descr {
        return bind_value(d, o, &class);
    }
    if let Some(native) = class::native_of(o) {
        if let Some(b) = builtins::method(native, n) {
            return Ok(alloc(Obj::BoundBuiltin(Box::new((b, native.dup())))));
        }
    }
    if let Some(v) = exception_extra(o, n) {
        return Ok(v);
    }
    if n == sym::__dict__ && class::has_dict(&class) {
        return Ok(crate::objects::instance_dict::get(o));
    }
    Err(attr_error(o, n))
}

/// Attribute access on an instance whose class defines `__getattribute__` or
/// `__getattr__`, or holds data descriptors.
#[inline(never)]
fn instance_getattr_hooks(o: &Value, n: Sym, flags: u8) -> PyResult<Value> {
    let Obj::Instance(inst) = o.obj() else { unreachable!() };
    let class = inst.class.dup();
    let r = match class_lookup(&class, sym::__getattribute__).filter(|_| flags & class::GETATTRIBUTE != 0) {
        Some(ga) if !matches!(ga.obj(), Obj::Builtin(_)) => {
            let ga = ga.dup();
            call(&ga, smallvec::smallvec![o.dup(), value::str_(&name(n))])
        }
        _ => generic_getattr(o, n),
    };
    match r {
        Err(e) if e.kind == ExcKind::AttributeError && flags & class::GETATTR != 0 => {
            let Some(ga) = class_lookup(&class, sym::__getattr__) else { return Err(e) };
            let ga = ga.dup();
            drop(e);
            call(&ga, smallvec::smallvec![o.dup(), value::str_(&name(n))])
        }
        r => r,
    }
}

/// `object.__setattr__`/`__delattr__` (`v` None deletes): a data descriptor's
/// `__set__`/`__delete__`, else the instance's dict (if it has one).
pub fn generic_setattr(o: &Value, n: Sym, v: Option<Value>) -> PyResult<()> {
    let Obj::Instance(inst) = o.obj() else {
        return match v {
            Some(v) => setattr(o, n, v),
            None => delattr(o, n),
        };
    };
    let class = inst.class.dup();
    if let Some(d) = class_lookup(&class, n) {
        let d = d.dup();
        match d.obj() {
            Obj::Member(m) => return m.set(o, v),
            Obj::Property(p) => {
                return match v {
                    Some(v) => p.set(o, v),
                    None => p.delete(o),
                }
            }
            Obj::Instance(di) => {
                let hook = if v.is_some() { sym::__set__ } else { sym::__delete__ };
                if let Some(h) = class_lookup(&di.class, hook) {
                    let h = h.dup();
                    let mut a: Args = smallvec::smallvec![d.dup(), o.dup()];
                    a.extend(v);
                    drop(call(&h, a)?);
                    return Ok(());
                }
                if class::is_data_descriptor(&d) {
                    let what = if hook == sym::__set__ { "__set__" } else { "__delete__" };
                    return err(ExcKind::AttributeError, what);
                }
            }
            _ => {}
        }
    }
    if rt().object_class.as_ref().is_some_and(|c| c.is(&class)) || !class::has_dict(&class) {
        drop(v);
        return err(ExcKind::AttributeError, format!("'{}' object has no attribute '{}'", type_name(o), name(n)));
    }
    let Obj::Instance(inst) = o.obj_mut() else { unreachable!() };
    if crate::objects::instance_dict::in_dict(inst, n) {
        let d = inst.dict.as_ref().expect("in_dict").dup();
        return match v {
            Some(v) => {
                crate::objects::instance_dict::store(&d, n, v);
                Ok(())
            }
            None if crate::objects::instance_dict::remove(&d, n) => Ok(()),
            None => err(ExcKind::AttributeError, format!("'{}' object has no attribute '{}'", type_name(o), name(n))),
        };
    }
    match v {
        Some(v) => {
            let old = inst.attrs.set(n, v);
            if old.is_none() {
                crate::objects::instance_dict::attr_added(o, n)?;
            }
            drop(old);
            Ok(())
        }
        None => match inst.attrs.remove(n) {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => err(ExcKind::AttributeError, format!("'{}' object has no attribute '{}'", type_name(o), name(n))),
        },
    }
}

/// `setattr`/`delattr` through a user `__setattr__`/`__delattr__` when the class has one.
#[inline(never)]
fn instance_setattr_hooks(o: &Value, n: Sym, v: Option<Value>) -> PyResult<()> {
    let Obj::Instance(inst) = o.obj() else { unreachable!() };
    let hook = if v.is_some() { sym::__setattr__ } else { sym::__delattr__ };
    if let Some(h) = class_lookup(&inst.class, hook).filter(|h| matches!(h.obj(), Obj::Function(_))) {
        let h = h.dup();
        let mut a: Args = smallvec::smallvec![o.dup(), value::str_(&name(n))];
        a.extend(v);
        drop(call(&h, a)?);
        return Ok(());
    }
    generic_setattr(o, n, v)
}

/// `del o.n`.
pub fn delattr(o: &Value, n: Sym) -> PyResult<()> {
    if let Obj::Instance(inst) = o.obj() {
        if !plain_instance(inst) {
            return instance_setattr_hooks(o, n, None);
        }
    }
    if let Obj::Function(_) = o.obj() {
        return crate::objects::function::delattr(o, n);
    }
    if let Obj::Module(_) = o.obj() {
        return match crate::modules::del_module_attr(o, n) {
            Some(v) => {
                drop(v);
                Ok(())
            }
            None => Err(attr_error(o, n)),
        };
    }
    let old = match o.obj_mut() {
        Obj::Instance(inst) => inst.attrs.remove(n),
        Obj::Class(c) => c.attrs.remove(n),
        _ => None,
    };
    match old {
        Some(v) => {
            drop(v);
            if matches!(o.obj(), Obj::Class(_)) {
                class::update_flags(o);
            }
            Ok(())
        }
        None => Err(attr_error(o, n)),
    }
}

pub fn setattr(o: &Value, n: Sym, v: Value) -> PyResult<()> {
    if let Obj::Instance(inst) = o.obj() {
        if !plain_instance(inst) {
            return instance_setattr_hooks(o, n, Some(v));
        }
        if rt().object_class.as_ref().is_some_and(|c| c.is(&inst.class)) {
            drop(v);
            return err(ExcKind::AttributeError, format!("'object' object has no attribute '{}'", name(n)));
        }
    }
    match o.obj() {
        Obj::Function(_) => return crate::objects::function::setattr(o, n, v),
        Obj::Partial(_) | Obj::LruCache(_) => return crate::objects::functools::setattr(o, n, v),
        Obj::Module(_) => {
            crate::modules::set_module_attr(o, n, v);
            return Ok(());
        }
        _ => {}
    }
    let old = match o.obj_mut() {
        Obj::Instance(inst) => {
            let old = inst.attrs.set(n, v);
            if old.is_none() {
                crate::objects::instance_dict::attr_added(o, n)?;
            }
            old
        }
        Obj::Class(c) if n == sym::__name__ => {
            let Obj::Str(s) = v.obj() else {
                return type_error(format!(
                    "can only assign string to {}.__name__, not '{}'",
                    name(c.name),
                    type_name(&v)
                ));
            };
            c.name = crate::intern::intern(s);
            return Ok(());
        }
        Obj::Class(c) => {
            // Its namespace, like a dict, becomes tracked once it holds a container.
            if let Some(ns) = &c.namespace {
                if !crate::gc::is_tracked(ns) && crate::gc::may_be_tracked(&v) {
                    crate::gc::track(ns);
                }
            }
            let special =
                name(n).starts_with("__") || matches!(v.obj(), Obj::Instance(_) | Obj::Member(_) | Obj::Property(_));
            let old = c.attrs.set(n, v);
            if special {
                class::update_flags(o);
            } else if old.is_none() {
                crate::objects::type_cache::modified(o);
            }
            old
        }
        _ => {
            drop(v);
            let tn = type_name(o);
            let has = !matches!(o.obj(), Obj::Module(_)) && builtins::dir_of_type(&tn).contains(&&*name(n));
            let member = match o.obj() {
                Obj::Slice(_) => &*name(n) != "indices",
                Obj::Range(_) => matches!(&*name(n), "start" | "stop" | "step"),
                _ => false,
            };
            let msg = if has && member {
                // A member descriptor marked READONLY.
                "readonly attribute".to_string()
            } else if has {
                format!("'{tn}' object attribute '{}' is read-only", name(n))
            } else {
                format!("'{tn}' object has no attribute '{}'", name(n))
            };
            return err(ExcKind::AttributeError, msg);
        }
    };
    drop(old);
    Ok(())
}

/// Call an instance's `__repr__` or `__str__`, if its class defines it; the result must
/// be a string.
pub(super) fn text_dunder(v: &Value, dunder: Sym) -> PyResult<Option<String>> {
    let Obj::Instance(inst) = v.obj() else { return Ok(None) };
    let Some(m) = class_lookup(&inst.class, dunder) else { return Ok(None) };
    let m = m.dup();
    let r = call(&m, smallvec::smallvec![v.dup()])?;
    match r.obj() {
        Obj::Str(s) => Ok(Some(s.to_string())),
        _ => type_error(format!("{} returned non-string (type {})", name(dunder), type_name(&r))),
    }
}

/// `repr()` of an instance: its class's `__repr__`, or CPython's default form.
pub fn instance_repr(v: &Value) -> PyResult<String> {
    match text_dunder(v, sym::__repr__)? {
        Some(s) => Ok(s),
        None if class::native_of(v).is_some() => {
            let native = class::native_of(v).unwrap();
            match native.obj() {
                // set_repr names a subclass: `S({1, 2})`, `S()`.
                Obj::Set(s) if s.is_empty() => Ok(format!("{}()", type_name(v))),
                Obj::Set(s) => {
                    let r = repr::repr(native)?;
                    // A frozenset's repr is `frozenset({...})`: the braces go inside the name.
                    let inner = if s.frozen { &r["frozenset(".len()..r.len() - 1] } else { &r[..] };
                    Ok(format!("{}({inner})", type_name(v)))
                }
                _ => repr::repr(native),
            }
        }
        None if super::is_exception(v) => super::exc_repr(v),
        None => {
            let Obj::Instance(i) = v.obj() else { return Ok(format!("<{} object at {:#x}>", type_name(v), v.id())) };
            // `<module.qualname object at ...>`, as object.__repr__ names the type.
            let class_repr = repr::repr(&i.class)?;
            let qualified = class_repr.strip_prefix("<class '").and_then(|s| s.strip_suffix("'>")).unwrap_or("");
            Ok(format!("<{qualified} object at {:#x}>", v.id()))
        }
    }
}

/// `str()` of an instance: `__str__`, else the repr.
pub fn instance_str(v: &Value) -> PyResult<String> {
    match text_dunder(v, sym::__str__)? {
        Some(s) => Ok(s),
        // `str.__str__` gives the string itself; the other builtins' `str` is their repr.
        None if class::native_of(v).is_some_and(|n| matches!(n.obj(), Obj::Str(_))) => {
            repr::str(class::native_of(v).unwrap())
        }
        None if super::is_exception(v) => super::exc_str(v),
        None => instance_repr(v),
    }
}

/// Called by the heap when an object with `__del__` dies: run it now, as CPython does.
/// An exception in it is reported as "Exception ignored in" and goes no further.
pub fn run_finalizer(v: Value) {
    // A generator not yet finished is closed (CPython's `_PyGen_Finalize`).
    if crate::objects::generator::of(&v).is_some() {
        if let Err(mut e) = crate::objects::generator::close(&v) {
            // Raised by the close itself: it belongs to the frame the generator died in.
            if e.traceback.is_empty() {
                if let Some(&f) = rt().frames.last() {
                    // SAFETY: frames on the frame stack are alive.
                    super::push_tb(unsafe { &*f }, &mut e);
                }
            }
            io::err(&e.unraisable(&repr::repr(&v).unwrap_or_default()));
        }
        return;
    }
    let Obj::Instance(inst) = v.obj() else { return };
    let Some(del) = class_lookup(&inst.class, sym::__del__) else { return };
    let del = del.dup();
    // The dying object is resurrected with one reference while __del__ runs, and the
    // method's frame takes one of its own.
    let r = call(&del, smallvec::smallvec![v.dup()]);
    drop(v);
    if let Err(e) = r {
        io::err(&e.unraisable(&repr::repr(&del).unwrap_or_default()));
    }
}

/// A class's method resolution order as a tuple.
pub fn class_mro(class: &Value) -> Value {
    value::tuple(class::mro_items(class))
}
