//! Attributes: lookup through instance, class and bases (binding methods), assignment,
//! `dir()` and "Did you mean" hints, instance repr/str, and running `__del__`.

use super::*;

pub fn attr_error(o: &Value, n: Sym) -> Box<PyErr> {
    let text = name(n);
    let mut msg = match o.obj() {
        Obj::Module(m) => format!("module '{}' has no attribute '{text}'", name(m.name)),
        Obj::Class(c) => format!("type object '{}' has no attribute '{text}'", name(c.name)),
        _ => format!("'{}' object has no attribute '{text}'", type_name(o)),
    };
    let candidates = dir(o);
    if let Some(h) = suggest(&text, candidates.iter().map(|s| &**s)) {
        msg.push_str(&format!(". Did you mean: '{h}'?"));
    }
    PyErr::new(ExcKind::AttributeError, msg)
}

/// `dir(o)`, sorted, for "Did you mean" hints.
pub fn dir(o: &Value) -> Vec<Rc<str>> {
    let mut names: Vec<Rc<str>> = Vec::new();
    let add_class = |names: &mut Vec<Rc<str>>, class: &Value| {
        let mut cur = Some(class);
        while let Some(c) = cur {
            let Obj::Class(c) = c.obj() else { break };
            names.extend(c.attrs.0.iter().map(|(s, _)| name(*s)));
            cur = c.base.as_ref();
        }
        names.extend(builtins::dir_of_type("object").into_iter().map(Rc::from));
        names.push(Rc::from("__dict__"));
        names.push(Rc::from("__weakref__"));
    };
    match o.obj() {
        Obj::Instance(inst) => {
            names.extend(inst.attrs.0.iter().map(|(s, _)| name(*s)));
            add_class(&mut names, &inst.class);
        }
        Obj::Class(_) => add_class(&mut names, o),
        Obj::Module(m) => names.extend(m.attrs.0.iter().map(|(s, _)| name(*s))),
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
                    Obj::Str(s) => Some(s.clone()),
                    _ => None,
                }));
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

pub fn getattr(o: &Value, n: Sym) -> PyResult<Value> {
    match o.obj() {
        Obj::Instance(inst) => {
            // A data descriptor (a property) on the class wins over the instance's dict.
            let descr = if crate::objects::property::any() { class_lookup(&inst.class, n) } else { None };
            if let Some(d) = descr.filter(|d| crate::objects::is_data_descr(d)) {
                let (d, class) = (d.dup(), inst.class.dup());
                return crate::objects::descr_get(&d, Some(o), &class).expect("a descriptor");
            }
            if let Some(v) = inst.attrs.get(n) {
                return Ok(v.dup());
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
                if let Some(r) = crate::objects::descr_get(v, Some(o), &inst.class) {
                    return r;
                }
                return Ok(bind(v, o));
            }
            if super::is_exception(o) {
                if n == sym::__cause__ || n == sym::__context__ || n == sym::__traceback__ {
                    return Ok(value::none());
                }
                if n == sym::__suppress_context__ {
                    return Ok(value::bool_(inst.attrs.get(sym::__cause__).is_some()));
                }
                // StopIteration.value: its first argument (the generator's return value).
                let stop = &rt().exc_classes[crate::error::ExcKind::StopIteration as usize];
                if &*name(n) == "value" && super::is_subclass(&inst.class, stop) {
                    return Ok(crate::objects::generator::stop_iteration_value(o));
                }
            }
        }
        Obj::Super(b) => {
            let (class, this) = (&b.0, &b.1);
            let Obj::Class(c) = class.obj() else { unreachable!() };
            if let Some(v) = c.base.as_ref().and_then(|base| class_lookup(base, n)) {
                let owner = match this.obj() {
                    Obj::Instance(i) => i.class.dup(),
                    _ => this.dup(),
                };
                let inst = matches!(this.obj(), Obj::Instance(_)).then_some(this);
                if let Some(r) = crate::objects::descr_get(v, inst, &owner) {
                    return r;
                }
                return Ok(bind(v, this));
            }
            if n == sym::__init__ {
                // object.__init__
                return Ok(alloc(Obj::BoundBuiltin(Box::new((builtins::BuiltinFn::ObjectInit, this.dup())))));
            }
        }
        Obj::Class(c) => {
            if n == sym::__name__ {
                return Ok(value::str_(&name(c.name)));
            }
            if n == sym::__bases__ && c.bases.is_none() {
                let base =
                    c.base.as_ref().map(Value::dup).unwrap_or_else(|| rt().type_object(builtins::TypeId::Object).dup());
                return Ok(value::tuple(vec![base]));
            }
            if &*name(n) == "__mro__" {
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
            if let Some(v) = class_lookup(o, n) {
                if let Some(r) = crate::objects::descr_get(v, None, o) {
                    return r;
                }
                return Ok(v.dup());
            }
        }
        Obj::Module(m) => {
            if let Some(v) = m.attrs.get(n) {
                return Ok(v.dup());
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
            match &*name(n) {
                "__name__" => return Ok(value::str_(&name(g.code.name))),
                "__qualname__" => return Ok(value::str_(&g.code.qualname)),
                "gi_running" => return Ok(value::bool_(g.running)),
                _ => {}
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
                return Ok(value::str_(t.name()));
            }
            if n == sym::__bases__ {
                let object = rt().type_object(builtins::TypeId::Object).dup();
                return Ok(value::tuple(if *t == builtins::TypeId::Object { vec![] } else { vec![object] }));
            }
            if let Some(b) = builtins::type_attr(*t, n) {
                return Ok(b);
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
        }
    }
    Err(attr_error(o, n))
}

/// A class attribute seen through an instance: functions become bound methods.
fn bind(v: &Value, this: &Value) -> Value {
    match v.obj() {
        // Functions and lru_cache wrappers bind (partial objects do not).
        Obj::Function(_) | Obj::LruCache(_) => alloc(Obj::Method(Box::new((v.dup(), this.dup())))),
        Obj::Builtin(b) => alloc(Obj::BoundBuiltin(Box::new((*b, this.dup())))),
        _ => v.dup(),
    }
}

pub fn setattr(o: &Value, n: Sym, v: Value) -> PyResult<()> {
    if let Obj::Instance(inst) = o.obj() {
        if rt().object_class.as_ref().is_some_and(|c| c.is(&inst.class)) {
            drop(v);
            return err(ExcKind::AttributeError, format!("'object' object has no attribute '{}'", name(n)));
        }
        let descr = if crate::objects::property::any() { class_lookup(&inst.class, n) } else { None };
        if let Some(d) = descr {
            if let Obj::Property(_) = d.obj() {
                let d = d.dup();
                let Obj::Property(p) = d.obj() else { unreachable!() };
                return p.set(o, v);
            }
        }
    }
    match o.obj() {
        Obj::Function(_) => return crate::objects::function::setattr(o, n, v),
        Obj::Partial(_) | Obj::LruCache(_) => return crate::objects::functools::setattr(o, n, v),
        _ => {}
    }
    let old = match o.obj_mut() {
        Obj::Instance(inst) => inst.attrs.set(n, v),
        Obj::Class(c) => {
            // Its namespace, like a dict, becomes tracked once it holds a container.
            if let Some(ns) = &c.namespace {
                if !crate::gc::is_tracked(ns) && crate::gc::may_be_tracked(&v) {
                    crate::gc::track(ns);
                }
            }
            c.attrs.set(n, v)
        }
        _ => {
            drop(v);
            let tn = type_name(o);
            let has = !matches!(o.obj(), Obj::Module(_)) && builtins::dir_of_type(&tn).contains(&&*name(n));
            let msg = if has {
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

/// `del o.name`.
pub fn delattr(o: &Value, n: Sym) -> PyResult<()> {
    if let Obj::Instance(inst) = o.obj() {
        if let Some(d) = class_lookup(&inst.class, n) {
            if let Obj::Property(_) = d.obj() {
                let d = d.dup();
                let Obj::Property(p) = d.obj() else { unreachable!() };
                return p.delete(o);
            }
        }
    }
    if let Obj::Function(_) = o.obj() {
        return crate::objects::function::delattr(o, n);
    }
    let old = match o.obj_mut() {
        Obj::Instance(inst) => inst.attrs.remove(n),
        Obj::Class(c) => c.attrs.remove(n),
        _ => None,
    };
    match old {
        Some(v) => {
            drop(v);
            Ok(())
        }
        None => Err(attr_error(o, n)),
    }
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
        None if super::is_exception(v) => super::exc_repr(v),
        None => {
            let builtin = matches!(v.obj(), Obj::Instance(i) if matches!(i.class.obj(), Obj::Class(c) if c.builtin));
            let module = if builtin { "" } else { "__main__." };
            Ok(format!("<{module}{} object at {:#x}>", type_name(v), v.id()))
        }
    }
}

/// `str()` of an instance: `__str__`, else the repr.
pub fn instance_str(v: &Value) -> PyResult<String> {
    match text_dunder(v, sym::__str__)? {
        Some(s) => Ok(s),
        None if super::is_exception(v) => super::exc_str(v),
        None => instance_repr(v),
    }
}

/// Called by the heap when an object with `__del__` dies: run it now, as CPython does.
/// An exception in it is reported as "Exception ignored in" and goes no further.
pub fn run_finalizer(v: Value) {
    if crate::objects::generator::of(&v).is_some() {
        if let Err(e) = crate::objects::generator::finalize(&v) {
            let what = repr::repr(&v).unwrap_or_default();
            io::err(&format!("Exception ignored in: {what}\n{}", e.render(false)));
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
        let what = repr::repr(&del).unwrap_or_default();
        io::err(&format!("Exception ignored in: {what}\n{}", e.render(false)));
    }
}

/// A class's method resolution order: the class, its bases in turn, then `object`.
pub fn class_mro(class: &Value) -> Value {
    let mut items = vec![class.dup()];
    let mut cur = class;
    while let Obj::Class(c) = cur.obj() {
        match &c.base {
            Some(b) => {
                items.push(b.dup());
                cur = b;
            }
            None => break,
        }
    }
    if !matches!(items.last().map(|v| v.obj()), Some(Obj::Type(builtins::TypeId::Object))) {
        items.push(rt().type_object(builtins::TypeId::Object).dup());
    }
    value::tuple(items)
}

/// Give a new class what CPython's `type()` gives it: `__mro__` and `__bases__`, and the
/// `__dict__`/`__weakref__` descriptors its base lacks (a user class's base has both; an
/// exception class has `__dict__` only).
pub fn complete_class(class: &Value) {
    let mro = class_mro(class);
    let Obj::Class(c) = class.obj() else { return };
    let base = c.base.as_ref().map(Value::dup).unwrap_or_else(|| rt().type_object(builtins::TypeId::Object).dup());
    let wanted: &[&str] = match base.obj() {
        Obj::Class(b) if !b.builtin => &[],
        Obj::Class(_) => &["__weakref__"],
        _ => &["__dict__", "__weakref__"],
    };
    let bases = value::tuple(vec![base]);
    let descriptors =
        wanted.iter().map(|w| alloc(Obj::GetSet(Box::new((crate::intern::intern(w), class.dup()))))).collect();
    if let Obj::Class(c) = class.obj_mut() {
        c.mro = Some(mro);
        c.bases = Some(bases);
        c.descriptors = descriptors;
    }
    let namespace = alloc(Obj::Namespace(class.index()));
    if let Obj::Class(c) = class.obj_mut() {
        c.namespace = Some(namespace);
    }
}
