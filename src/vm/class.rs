//! Making a class as CPython's `type.__new__` does: the C3 method resolution order, the
//! best base (`__base__`), `__slots__`, `__set_name__`, `__init_subclass__` and the
//! base's `__subclasses__()` list; `super()` lookups along the MRO.

use super::*;
use crate::builtins::{BuiltinFn, TypeId};

fn object_type() -> Value {
    rt().type_object(TypeId::Object).dup()
}

/// The name of a class or type, as messages print it.
pub fn class_name(c: &Value) -> Rc<str> {
    match c.obj() {
        Obj::Class(cd) => name(cd.name),
        Obj::Type(t) => Rc::from(t.name()),
        _ => type_name(c),
    }
}

/// A class's MRO as new references: its `__mro__` tuple, or for a builtin class its
/// chain of bases and `object`.
pub fn mro_items(class: &Value) -> Vec<Value> {
    match class.obj() {
        Obj::Class(c) => match c.mro.as_ref().map(|m| m.obj()) {
            Some(Obj::Tuple(items)) => items.iter().map(Value::dup).collect(),
            _ => {
                let mut out = vec![class.dup()];
                let mut cur = c.base.as_ref();
                while let Some(b) = cur {
                    out.push(b.dup());
                    cur = match b.obj() {
                        Obj::Class(bc) => bc.base.as_ref(),
                        _ => None,
                    };
                }
                if !matches!(out.last().map(|v| v.obj()), Some(Obj::Type(TypeId::Object))) {
                    out.push(object_type());
                }
                out
            }
        },
        Obj::Type(TypeId::Object) => vec![class.dup()],
        Obj::Type(_) => vec![class.dup(), object_type()],
        _ => Vec::new(),
    }
}

/// The C3 linearization of the bases (CPython's `mro_implementation`), without the class.
pub fn c3_merge(bases: &[Value]) -> PyResult<Vec<Value>> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return type_error(format!("duplicate base class {}", class_name(b)));
        }
    }
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(mro_items).collect();
    seqs.push(bases.iter().map(Value::dup).collect());
    let mut pos = vec![0usize; seqs.len()];
    let mut out: Vec<Value> = Vec::new();
    loop {
        let mut any = false;
        let mut found = None;
        for i in 0..seqs.len() {
            if pos[i] >= seqs[i].len() {
                continue;
            }
            any = true;
            let cand = &seqs[i][pos[i]];
            let in_tail = seqs.iter().zip(&pos).any(|(s, &p)| s.iter().skip(p + 1).any(|x| x.is(cand)));
            if !in_tail {
                found = Some(cand.dup());
                break;
            }
        }
        if !any {
            return Ok(out);
        }
        let Some(c) = found else {
            let mut heads: Vec<Value> = Vec::new();
            for (s, &p) in seqs.iter().zip(&pos) {
                if let Some(h) = s.get(p) {
                    if !heads.iter().any(|x| x.is(h)) {
                        heads.push(h.dup());
                    }
                }
            }
            let names: Vec<String> = heads.iter().map(|h| class_name(h).to_string()).collect();
            return type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for i in 0..seqs.len() {
            if seqs[i].get(pos[i]).is_some_and(|x| x.is(&c)) {
                pos[i] += 1;
            }
        }
        out.push(c);
    }
}

/// CPython's `solid_base`: the nearest class in the chain that adds to the instance layout.
fn solid_base(b: &Value) -> Value {
    match b.obj() {
        Obj::Class(c) => {
            if c.slots.as_ref().is_some_and(|s| !s.is_empty()) {
                return b.dup();
            }
            if c.builtin && super::exc::is_exception_class(b) {
                return rt().exc_classes[ExcKind::BaseException as usize].dup();
            }
            match &c.base {
                Some(base) => solid_base(base),
                None => object_type(),
            }
        }
        _ => b.dup(),
    }
}

/// CPython's `best_base`: the base whose layout the others extend (`__base__`).
pub fn best_base(bases: &[Value]) -> PyResult<Value> {
    let mut winner: Option<(Value, Value)> = None;
    for b in bases {
        let cand = solid_base(b);
        match &winner {
            None => winner = Some((cand, b.dup())),
            Some((w, _)) if is_subclass(w, &cand) => {}
            Some(_) if is_subclass(&cand, &winner.as_ref().unwrap().0) => winner = Some((cand, b.dup())),
            Some(_) => return type_error("multiple bases have instance lay-out conflict"),
        }
    }
    Ok(winner.map(|(_, b)| b).unwrap_or_else(object_type))
}

/// The names `__slots__` lists: a string is one name, else an iterable of strings.
fn slot_names(v: &Value) -> PyResult<Vec<Sym>> {
    let items: Vec<Value> = match v.obj() {
        Obj::Str(_) => vec![v.dup()],
        _ => super::collect(v)?,
    };
    let mut out = Vec::new();
    for it in &items {
        let Obj::Str(s) = it.obj() else {
            return type_error(format!("__slots__ items must be strings, not '{}'", type_name(it)));
        };
        if !is_identifier(s) {
            return type_error("__slots__ must be identifiers");
        }
        out.push(crate::intern::intern(s));
    }
    Ok(out)
}

fn is_identifier(s: &str) -> bool {
    let mut ch = s.chars();
    matches!(ch.next(), Some(c) if c == '_' || c.is_alphabetic()) && ch.all(|c| c == '_' || c.is_alphanumeric())
}

/// The names of an instance's slots by index (the bases' first).
pub fn slot_names_by_index(class: &Value) -> Vec<Sym> {
    let mut chain = Vec::new();
    let mut cur = Some(class);
    while let Some(c) = cur {
        let Obj::Class(cd) = c.obj() else { break };
        chain.push(cd.slots.as_deref().unwrap_or(&[]).to_vec());
        cur = cd.base.as_ref();
    }
    chain.into_iter().rev().flatten().collect()
}

/// Whether instances of a class (a user class, an exception class) carry a `__dict__`.
pub fn has_dict(class: &Value) -> bool {
    match class.obj() {
        Obj::Class(c) => c.flags & DICTLESS == 0,
        _ => false,
    }
}

/// Whether instances of a class can be weakly referenced.
pub fn has_weakref(class: &Value) -> bool {
    match class.obj() {
        Obj::Class(c) => c.flags & NO_WEAKREF == 0,
        _ => false,
    }
}

pub use crate::object::{
    CLASS_DATA_DESC as DATA_DESC, CLASS_DICTLESS as DICTLESS, CLASS_GETATTR as GETATTR,
    CLASS_GETATTRIBUTE as GETATTRIBUTE, CLASS_NO_WEAKREF as NO_WEAKREF, CLASS_SETATTR as SETATTR,
};

/// Whether a class attribute is a data descriptor (defines `__set__` or `__delete__`).
pub fn is_data_descriptor(v: &Value) -> bool {
    match v.obj() {
        Obj::Member(_) | Obj::Property(_) => true,
        Obj::Instance(i) => {
            class_lookup(&i.class, sym::__set__).is_some() || class_lookup(&i.class, sym::__delete__).is_some()
        }
        _ => false,
    }
}

/// Recompute the flags of a class (which special methods its MRO defines), and of its
/// subclasses, after its namespace changed; each gets a new version for the type cache.
pub fn update_flags(class: &Value) {
    let Obj::Class(c) = class.obj() else { return };
    let keep = c.flags & (DICTLESS | NO_WEAKREF);
    let mut flags = keep;
    let mut scan = |cd: &Class| {
        for (n, v) in &cd.attrs.0 {
            if *n == sym::__getattr__ {
                flags |= GETATTR;
            } else if *n == sym::__getattribute__ {
                flags |= GETATTRIBUTE;
            } else if *n == sym::__setattr__ || *n == sym::__delattr__ {
                flags |= SETATTR;
            } else if *n == sym::__new__ {
                flags |= crate::object::CLASS_NEW;
            } else if is_data_descriptor(v) {
                flags |= DATA_DESC;
            }
        }
    };
    scan(c);
    if c.mro.is_some() {
        for x in c.mro_tail() {
            if let Obj::Class(xc) = x.obj() {
                scan(xc);
            }
        }
    }
    let subs: Vec<Value> = c.subclasses.iter().map(|&(_, i)| crate::heap::borrow_index(i)).collect();
    if let Obj::Class(c) = class.obj_mut() {
        c.flags = flags;
        c.version = crate::objects::type_cache::new_version();
    }
    for s in subs {
        update_flags(&s);
    }
}

/// `type(name, bases, dict)`: a class made as a class statement makes it, its namespace
/// a copy of `dict` (`__module__` the caller's `__name__` unless `dict` has one).
pub fn type_new(args: Args) -> PyResult<Value> {
    let [cname, bases, dict] = &args[..] else { return type_error("type() takes 1 or 3 arguments") };
    let must_be = |i: usize, what: &str, v: &Value| {
        type_error(format!("type.__new__() argument {i} must be {what}, not {}", type_name(v)))
    };
    let Obj::Str(text) = cname.obj() else { return must_be(1, "str", cname) };
    let Obj::Tuple(bases) = bases.obj() else { return must_be(2, "tuple", bases) };
    let Obj::Dict(d) = dict.obj() else { return must_be(3, "dict", dict) };
    if bases.iter().any(|b| !matches!(b.obj(), Obj::Class(_) | Obj::Type(_))) {
        return type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        );
    }
    let mut ns = Attrs::default();
    for (_, k, v) in d.entries.iter() {
        let Obj::Str(key) = k.obj() else {
            return type_error("minipy keeps only str names in a class namespace");
        };
        ns.set(crate::intern::intern(key), v.dup());
    }
    if ns.get(sym::__module__).is_none() {
        let module = crate::runtime::get_global(sym::__name__).map_or_else(|| value::interned("__main__"), Value::dup);
        ns.set(sym::__module__, module);
    }
    match ns.get(sym::__qualname__) {
        None => drop(ns.set(sym::__qualname__, cname.dup())),
        Some(q) if !matches!(q.obj(), Obj::Str(_)) => {
            return type_error(format!("type __qualname__ must be a str, not {}", type_name(q)));
        }
        Some(_) => {}
    }
    make_class(crate::intern::intern(text), bases.iter().map(Value::dup).collect(), Vec::new(), ns)
}

/// Create a class from its evaluated bases, keywords and namespace (`type.__new__` and
/// `__init_subclass__`). `bases` are as written (`object` included when written).
pub fn make_class(cname: Sym, bases: Vec<Value>, kwargs: Vec<(Sym, Value)>, mut ns: Attrs) -> PyResult<Value> {
    // A class that defines __eq__ without __hash__ gets `__hash__ = None` (type_new).
    if ns.get(sym::__eq__).is_some() && ns.get(sym::__hash__).is_none() {
        ns.set(sym::__hash__, value::none());
    }
    // A class without a docstring has `__doc__` None of its own (not a base's).
    if ns.get(sym::__doc__).is_none() {
        ns.set(sym::__doc__, value::none());
    }
    let mut native = None;
    for b in &bases {
        match b.obj() {
            Obj::Type(TypeId::Object) => {}
            Obj::Class(c) => native = native.or(c.native),
            Obj::Type(
                t @ (TypeId::List
                | TypeId::Dict
                | TypeId::Set
                | TypeId::Int
                | TypeId::Str
                | TypeId::Float
                | TypeId::Tuple
                | TypeId::Bytes
                | TypeId::FrozenSet),
            ) => native = native.or(Some(*t)),
            Obj::Type(TypeId::Bool) => return type_error("type 'bool' is not an acceptable base type"),
            Obj::Type(t) => {
                return type_error(format!("minipy cannot subclass the builtin type '{}' yet", t.name()));
            }
            _ => return type_error("bases must be types"),
        }
    }
    let bases = if bases.is_empty() { vec![object_type()] } else { bases };
    let merged = c3_merge(&bases)?;
    let best = best_base(&bases)?;
    // __slots__
    let slots = match ns.get(sym::__slots__) {
        Some(v) => Some(slot_names(&v.dup())?),
        None => None,
    };
    let base_has_dict = match best.obj() {
        Obj::Class(_) => has_dict(&best),
        _ => false,
    };
    // set and frozenset instances take weak references already (no `__weakref__`
    // descriptor is added); int, tuple and bytes have items in the object, so their
    // subclasses cannot (CPython's `__itemsize__ != 0`).
    let base_has_weakref = match best.obj() {
        Obj::Class(b) => !b.builtin && has_weakref(&best),
        Obj::Type(TypeId::Set | TypeId::FrozenSet) => true,
        _ => {
            native.is_some_and(|t| matches!(t, TypeId::Set | TypeId::FrozenSet)) && !matches!(best.obj(), Obj::Class(_))
        }
    };
    let var_sized = matches!(native, Some(TypeId::Int | TypeId::Tuple | TypeId::Bytes));
    let (mut add_dict, mut add_weakref) = (!base_has_dict, !base_has_weakref && !var_sized);
    let mut own_slots: Vec<Sym> = Vec::new();
    if let Some(names) = &slots {
        add_dict = false;
        add_weakref = false;
        if let Some(t @ (TypeId::Int | TypeId::Str | TypeId::Tuple | TypeId::Bytes)) = native {
            if !names.is_empty() {
                return type_error(format!("nonempty __slots__ not supported for subtype of '{}'", t.name()));
            }
        }
        for &n in names {
            if n == sym::__dict__ {
                if base_has_dict || add_dict {
                    return type_error("__dict__ slot disallowed: we already got one");
                }
                add_dict = true;
            } else if n == sym::__weakref__ {
                if base_has_weakref || add_weakref || var_sized {
                    return type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                }
                add_weakref = true;
            } else {
                if ns.get(n).is_some() {
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        format!("'{}' in __slots__ conflicts with class variable", name(n)),
                    ));
                }
                own_slots.push(n);
            }
        }
        // CPython sorts the slot names (mangled) before making the members.
        own_slots.sort_by(|a, b| name(*a).cmp(&name(*b)));
    }
    // A bare object() base counts as having neither.
    let dictless = !(base_has_dict || add_dict);
    let no_weakref = !(base_has_weakref || add_weakref);
    // Inherited slots: the number of slots in the layout before ours.
    let inherited = match best.obj() {
        Obj::Class(b) => b.nslots,
        _ => 0,
    };
    let base_field = match best.obj() {
        Obj::Type(TypeId::Object) => None,
        _ => Some(best.dup()),
    };
    let mut class_struct = Class::new(cname, false, ns, base_field);
    class_struct.slots = slots.map(|_| own_slots.clone().into_boxed_slice());
    class_struct.nslots = inherited + own_slots.len();
    class_struct.native = native;
    class_struct.flags = if dictless { DICTLESS } else { 0 } | if no_weakref { NO_WEAKREF } else { 0 };
    let class = alloc(Obj::Class(Box::new(class_struct)));
    let mut mro = vec![class.dup()];
    mro.extend(merged);
    // The descriptors for the slots, `__dict__` and `__weakref__` go into the namespace.
    let members: Vec<(Sym, Value)> = own_slots
        .iter()
        .enumerate()
        .map(|(k, &n)| (n, alloc(Obj::Member(Box::new(crate::objects::member::Member::new(n, inherited + k, &class))))))
        .collect();
    let mut wanted: Vec<&str> = Vec::new();
    if add_dict {
        wanted.push("__dict__");
    }
    if add_weakref {
        wanted.push("__weakref__");
    }
    let descriptors =
        wanted.iter().map(|w| alloc(Obj::GetSet(Box::new((crate::intern::intern(w), class.dup()))))).collect();
    let uid = if let Obj::Class(c) = class.obj_mut() {
        for (n, m) in members {
            c.attrs.set(n, m).map(drop);
        }
        c.mro = Some(value::tuple(mro));
        c.bases = Some(value::tuple(bases.iter().map(Value::dup).collect()));
        c.descriptors = descriptors;
        c.uid
    } else {
        unreachable!()
    };
    for b in &bases {
        if let Obj::Class(bc) = b.obj_mut() {
            bc.subclasses.push((uid, class.index()));
        }
    }
    let namespace = alloc(Obj::Namespace(class.index()));
    if let Obj::Class(c) = class.obj_mut() {
        c.namespace = Some(namespace);
    }
    update_flags(&class);
    set_names(&class)?;
    init_subclass(&class, kwargs)?;
    Ok(class)
}

/// `__set_name__(owner, name)` on each attribute whose type defines it, in order.
fn set_names(class: &Value) -> PyResult<()> {
    let Obj::Class(c) = class.obj() else { return Ok(()) };
    let items: Vec<(Sym, Value)> = c.attrs.0.iter().map(|(n, v)| (*n, v.dup())).collect();
    for (n, v) in items {
        // A property learns its name (property.__set_name__).
        if let Obj::Property(_) = v.obj() {
            crate::objects::property::set_name(&v, n);
            continue;
        }
        let Obj::Instance(inst) = v.obj() else { continue };
        let Some(m) = class_lookup(&inst.class, sym::__set_name__) else { continue };
        let m = m.dup();
        let r = call(&m, smallvec::smallvec![v.dup(), class.dup(), value::str_(&name(n))]);
        if let Err(mut inner) = r {
            // CPython 3.11 raises a RuntimeError from the error.
            let mut outer = PyErr::new(
                ExcKind::RuntimeError,
                format!(
                    "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                    type_name(&v),
                    name(n),
                    class_name(class)
                ),
            );
            let cv = exc_value(&mut inner);
            let ov = exc_value(&mut outer);
            if let Obj::Instance(inst) = ov.obj_mut() {
                let prev = inst.attrs.set(sym::__cause__, cv);
                drop(prev);
            }
            drop(ov);
            outer.suppress_context = true;
            outer.cause = Some(inner);
            return Err(outer);
        }
    }
    Ok(())
}

/// `super(cls, cls).__init_subclass__(**kwargs)`.
fn init_subclass(class: &Value, kwargs: Vec<(Sym, Value)>) -> PyResult<()> {
    let found = super_lookup(class, class, sym::__init_subclass__);
    match found {
        Some(m) if matches!(m.obj(), Obj::Function(_)) => {
            let r = call_kw(&m, smallvec::smallvec![class.dup()], kwargs)?;
            drop(r);
            Ok(())
        }
        _ if !kwargs.is_empty() => {
            type_error(format!("{}.__init_subclass__() takes no keyword arguments", class_name(class)))
        }
        _ => Ok(()),
    }
}

/// Look `n` up along `start`'s MRO after `after` (what `super(after, obj)` finds).
pub fn super_lookup(after: &Value, start: &Value, n: Sym) -> Option<Value> {
    let mro = mro_items(start);
    let i = mro.iter().position(|x| x.is(after))?;
    for x in &mro[i + 1..] {
        if let Obj::Class(xc) = x.obj() {
            if let Some(v) = xc.attrs.get(n) {
                return Some(v.dup());
            }
        }
    }
    None
}

/// `super(C, obj)`: obj must be an instance of C or a subclass of it.
pub fn make_super(class: Value, this: Value) -> PyResult<Value> {
    if !matches!(class.obj(), Obj::Class(_) | Obj::Type(_)) {
        return type_error(format!("super() argument 1 must be a type, not {}", type_name(&class)));
    }
    let ok = match this.obj() {
        Obj::Instance(i) => is_subclass(&i.class, &class),
        Obj::Class(_) => is_subclass(&this, &class),
        _ => matches!(class.obj(), Obj::Type(TypeId::Object)),
    };
    if !ok {
        return type_error("super(type, obj): obj must be an instance or subtype of type");
    }
    Ok(alloc(Obj::Super(Box::new((class, this)))))
}

/// An attribute seen through a super object.
pub fn super_getattr(class: &Value, this: &Value, n: Sym) -> PyResult<Option<Value>> {
    let start = match this.obj() {
        Obj::Instance(i) => i.class.dup(),
        _ => this.dup(),
    };
    let is_class = matches!(this.obj(), Obj::Class(_));
    if n == sym::__class__ {
        return Ok(Some(rt().type_object(TypeId::Super).dup()));
    }
    if let Some(v) = super_lookup(class, &start, n) {
        if is_class {
            if n == sym::__init_subclass__ {
                return Ok(Some(alloc(Obj::Method(Box::new((v, this.dup()))))));
            }
            // A classmethod reached through super() in a classmethod binds to the class.
            if let Some(r) = crate::objects::descr_get(&v, None, this) {
                return r.map(Some);
            }
            return Ok(Some(v));
        }
        return Ok(Some(attr::bind_value(&v, this, &start)?));
    }
    if let Obj::Instance(inst) = this.obj() {
        if let Some(native) = &inst.native {
            if let Some(v) = native_attr(this, native, n) {
                return Ok(Some(v));
            }
        }
    }
    if super::is_exception(this) && (n == sym::__str__ || n == sym::__repr__) {
        let b = if n == sym::__str__ { BuiltinFn::NativeStr } else { BuiltinFn::NativeRepr };
        return Ok(Some(alloc(Obj::BoundBuiltin(Box::new((b, this.dup()))))));
    }
    if n == sym::__new__ {
        return Ok(Some(alloc(Obj::Builtin(BuiltinFn::ObjectNew))));
    }
    let b = if n == sym::__init__ {
        BuiltinFn::ObjectInit
    } else if n == sym::__init_subclass__ {
        BuiltinFn::ObjectInitSubclass
    } else if n == sym::__setattr__ {
        BuiltinFn::ObjectSetAttr
    } else if n == sym::__getattribute__ {
        BuiltinFn::ObjectGetAttribute
    } else if n == sym::__delattr__ {
        BuiltinFn::ObjectDelAttr
    } else {
        return Ok(None);
    };
    Ok(Some(alloc(Obj::BoundBuiltin(Box::new((b, this.dup()))))))
}

/// A builtin method of the value an instance of a builtin type's subclass extends
/// (`super().append`, `super().__setitem__`, `super().__init__`), bound to that value.
pub fn native_attr(this: &Value, native: &Value, n: Sym) -> Option<Value> {
    if let Some(b) = builtins::method(native, n) {
        return Some(alloc(Obj::BoundBuiltin(Box::new((b, native.dup())))));
    }
    let b = match &*name(n) {
        "__init__" => return Some(alloc(Obj::BoundBuiltin(Box::new((BuiltinFn::NativeInit, this.dup()))))),
        "__getitem__" => BuiltinFn::NativeGetItem,
        "__setitem__" => BuiltinFn::NativeSetItem,
        "__delitem__" => BuiltinFn::NativeDelItem,
        "__len__" => BuiltinFn::NativeLen,
        "__contains__" => BuiltinFn::NativeContains,
        "__repr__" => BuiltinFn::NativeRepr,
        "__str__" => BuiltinFn::NativeStr,
        "__iter__" => BuiltinFn::NativeIter,
        _ => return None,
    };
    Some(alloc(Obj::BoundBuiltin(Box::new((b, native.dup())))))
}

/// The builtin value a subclass instance extends.
#[inline]
pub fn native_of(v: &Value) -> Option<&'static Value> {
    match v.obj() {
        Obj::Instance(i) => i.native.as_ref(),
        _ => None,
    }
}

/// Make the builtin value for a new instance of a subclass of builtin type `t`: mutable
/// containers start empty (their `__init__` fills them), values are made from the
/// arguments at once.
pub fn new_native(t: TypeId, args: &Args, kwargs: &[(Sym, Value)], has_init: bool) -> PyResult<Value> {
    let mutable = matches!(t, TypeId::List | TypeId::Dict | TypeId::Set);
    if mutable && has_init {
        return builtins::call_type(t, Args::new());
    }
    let a: Args = args.iter().map(Value::dup).collect();
    if kwargs.is_empty() {
        builtins::call_type(t, a)
    } else {
        builtins::call_type_kw(t, a, kwargs.iter().map(|(k, v)| (*k, v.dup())).collect())
    }
}

/// The builtin methods bound to a subclass instance's value.
pub fn call_native_method(b: BuiltinFn, this: &Value, args: Args) -> PyResult<Value> {
    // The messages of CPython's slot wrappers.
    let want = |n: usize, what: &str| -> PyResult<()> {
        if args.len() == n {
            return Ok(());
        }
        match what {
            "__getitem__" => type_error(format!(
                "{}.__getitem__() takes exactly one argument ({} given)",
                type_name(this),
                args.len()
            )),
            "__setitem__" => type_error(format!(" expected 2 arguments, got {}", args.len())),
            _ => type_error(format!("expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, args.len())),
        }
    };
    match b {
        BuiltinFn::NativeInit => {
            // `list.__init__(self, iterable)`, `dict.__init__(self, ...)`: refill the value.
            let Some(native) = native_of(this) else { return Ok(value::none()) };
            let native = native.dup();
            match native.obj() {
                Obj::List(_) | Obj::Set(_) => {
                    let fresh = builtins::call_type(native.obj().type_id(), args)?;
                    let items: Vec<Value> = super::collect(&fresh)?;
                    drop(fresh);
                    match native.obj_mut() {
                        Obj::List(v) => {
                            let old = std::mem::take(v);
                            old.release();
                            if let Obj::List(v) = native.obj_mut() {
                                v.vec().extend(items);
                            }
                        }
                        _ => {
                            let clear = builtins::method(&native, crate::intern::intern("clear")).unwrap();
                            drop(builtins::call_method(clear, &native, Args::new())?);
                            let add = builtins::method(&native, crate::intern::intern("add")).unwrap();
                            for x in items {
                                drop(builtins::call_method(add, &native, smallvec::smallvec![x])?);
                            }
                        }
                    }
                }
                Obj::Dict(_) => {
                    if !args.is_empty() {
                        let update = builtins::method(&native, crate::intern::intern("update")).unwrap();
                        drop(builtins::call_method(update, &native, args)?);
                    }
                }
                _ => {}
            }
            Ok(value::none())
        }
        BuiltinFn::NativeGetItem => {
            want(1, "__getitem__")?;
            builtins::get_item(this, &args[0])
        }
        BuiltinFn::NativeSetItem => {
            want(2, "__setitem__")?;
            let mut args = args;
            let v = args.pop().unwrap();
            builtins::set_item(this, &args[0], v)?;
            Ok(value::none())
        }
        BuiltinFn::NativeDelItem => {
            want(1, "__delitem__")?;
            builtins::del_item(this, &args[0])?;
            Ok(value::none())
        }
        BuiltinFn::NativeLen => {
            want(0, "__len__")?;
            builtins::call(BuiltinFn::Len, smallvec::smallvec![this.dup()])
        }
        BuiltinFn::NativeContains => {
            want(1, "__contains__")?;
            Ok(value::bool_(ops::contains(this, &args[0])?))
        }
        // An exception's are BaseException's own (a subclass's `__str__` may call them
        // through `super()`).
        BuiltinFn::NativeRepr if super::is_exception(this) => Ok(value::str_(&super::exc_repr(this)?)),
        BuiltinFn::NativeStr if super::is_exception(this) => Ok(value::str_(&super::exc_str(this)?)),
        BuiltinFn::NativeRepr => Ok(value::str_(&repr::repr(this)?)),
        BuiltinFn::NativeStr => Ok(value::str_(&repr::str(this)?)),
        BuiltinFn::NativeIter => super::get_iter(this),
        _ => unreachable!(),
    }
}

/// The methods every class has: `mro()`, `__subclasses__()`, `__init_subclass__()`, and
/// object's `__setattr__`/`__getattribute__`/`__delattr__` called through `super()` or
/// `object.`.
pub fn call_class_method(b: BuiltinFn, this: &Value, args: Args) -> PyResult<Value> {
    match b {
        BuiltinFn::ClassMro => {
            if !args.is_empty() {
                return type_error(format!("{}.mro() takes no arguments ({} given)", class_name(this), args.len()));
            }
            if let Obj::Class(_) = this.obj() {
                // A class whose MRO was computed: the list of it.
                return Ok(value::list(mro_items(this)));
            }
            Ok(value::list(mro_items(this)))
        }
        BuiltinFn::ClassSubclasses => {
            if !args.is_empty() {
                return type_error(format!(
                    "{}.__subclasses__() takes no arguments ({} given)",
                    class_name(this),
                    args.len()
                ));
            }
            let items = match this.obj() {
                Obj::Class(c) => c.subclasses.iter().map(|&(_, i)| crate::heap::borrow_index(i)).collect(),
                _ => Vec::new(),
            };
            Ok(value::list(items))
        }
        BuiltinFn::ObjectInitSubclass => {
            if !args.is_empty() {
                return type_error(format!(
                    "{}.__init_subclass__() takes no arguments ({} given)",
                    class_name(this),
                    args.len()
                ));
            }
            Ok(value::none())
        }
        BuiltinFn::ObjectSetAttr => {
            if args.len() != 2 {
                return type_error(format!("expected 2 arguments, got {}", args.len()));
            }
            let Obj::Str(s) = args[0].obj() else {
                return type_error(format!("attribute name must be string, not '{}'", type_name(&args[0])));
            };
            let n = crate::intern::intern(s);
            let mut args = args;
            let v = args.pop().unwrap();
            attr::generic_setattr(this, n, Some(v))?;
            Ok(value::none())
        }
        BuiltinFn::ObjectDelAttr => {
            if args.len() != 1 {
                return type_error(format!("expected 1 argument, got {}", args.len()));
            }
            let Obj::Str(s) = args[0].obj() else {
                return type_error(format!("attribute name must be string, not '{}'", type_name(&args[0])));
            };
            attr::generic_setattr(this, crate::intern::intern(s), None)?;
            Ok(value::none())
        }
        BuiltinFn::ObjectGetAttribute => {
            if args.len() != 1 {
                return type_error(format!("expected 1 argument, got {}", args.len()));
            }
            let Obj::Str(s) = args[0].obj() else {
                return type_error(format!("attribute name must be string, not '{}'", type_name(&args[0])));
            };
            attr::generic_getattr(this, crate::intern::intern(s))
        }
        _ => unreachable!(),
    }
}
