//! The `functools` module: `reduce`, `partial` objects, `wraps`/`update_wrapper`,
//! `lru_cache`/`cache` wrappers with their `CacheInfo`, and `total_ordering`.

use super::Op;
use crate::ast::CmpOp;
use crate::builtins::{Args, BuiltinFn, TypeId};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{intern, name, Sym};
use crate::object::{class_lookup, type_name, Obj};
use crate::runtime::rt;
use crate::value;

pub const ORDER_NAMES: [&str; 4] = ["__lt__", "__le__", "__gt__", "__ge__"];
const WRAPPER_ASSIGNMENTS: [&str; 5] = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

/// The module's attributes.
pub fn module_attrs() -> Vec<(&'static str, Value)> {
    let f = |op| alloc(Obj::Builtin(BuiltinFn::Functools(op)));
    vec![
        ("reduce", f(Op::Reduce)),
        ("wraps", f(Op::Wraps)),
        ("update_wrapper", f(Op::UpdateWrapper)),
        ("lru_cache", f(Op::LruCache)),
        ("cache", f(Op::Cache)),
        ("total_ordering", f(Op::TotalOrdering)),
        ("partial", rt().type_object(TypeId::Partial).dup()),
        ("WRAPPER_ASSIGNMENTS", wrapper_assignments()),
        ("WRAPPER_UPDATES", value::tuple_of(smallvec::smallvec![value::interned("__dict__")])),
    ]
}

fn wrapper_assignments() -> Value {
    value::tuple(WRAPPER_ASSIGNMENTS.iter().map(|s| value::interned(s)).collect())
}

fn no_kwargs(op: Op, kwargs: &[(Sym, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        type_error(format!("{}() takes no keyword arguments", op.name()))
    }
}

pub fn call(op: Op, this: Option<&Value>, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    match op {
        Op::Reduce => {
            no_kwargs(op, &kwargs)?;
            reduce(args)
        }
        Op::Wraps => wraps(args, kwargs),
        Op::UpdateWrapper => update_wrapper_call(args, kwargs),
        Op::LruCache => lru_cache(args, kwargs),
        Op::Cache => {
            no_kwargs(op, &kwargs)?;
            if args.is_empty() {
                return type_error("cache() missing 1 required positional argument: 'user_function'");
            }
            if args.len() != 1 {
                return type_error(format!("cache() takes 1 positional argument but {} were given", args.len()));
            }
            let f = args.into_iter().next().expect("one argument");
            LruCache::make(f, None, false)
        }
        Op::LruDecorate => {
            let maxsize = this.map_or_else(value::none, Value::dup);
            if args.len() != 1 || !kwargs.is_empty() {
                return type_error(format!(
                    "lru_cache.<locals>.decorating_function() takes 1 positional argument but {} were given",
                    args.len()
                ));
            }
            let f = args.into_iter().next().expect("one argument");
            // The receiver is the tuple (maxsize, typed).
            let (size, typed) = match maxsize.obj() {
                Obj::Tuple(items) if items.len() == 2 => {
                    let size = match items[0].obj() {
                        Obj::None => None,
                        _ => Some(crate::ops::as_index(&items[0]).unwrap_or(0).max(0) as usize),
                    };
                    (size, crate::ops::truthy(&items[1])?)
                }
                _ => (Some(128), false),
            };
            LruCache::make(f, size, typed)
        }
        Op::CacheParameters => {
            no_kwargs(op, &kwargs)?;
            cache_parameters(this)
        }
        Op::CacheInfo | Op::CacheClear => {
            no_kwargs(op, &kwargs)?;
            let Some(w) = this else { return type_error(format!("{}() needs a cache", op.name())) };
            if !args.is_empty() {
                return type_error(format!(
                    "_lru_cache_wrapper.{}() takes no arguments ({} given)",
                    op.name(),
                    args.len()
                ));
            }
            if op == Op::CacheInfo {
                cache_info(w)
            } else {
                cache_clear(w);
                Ok(value::none())
            }
        }
        Op::TotalOrdering => {
            no_kwargs(op, &kwargs)?;
            if args.is_empty() {
                return type_error("total_ordering() missing 1 required positional argument: 'cls'");
            }
            if args.len() != 1 {
                return type_error(format!(
                    "total_ordering() takes 1 positional argument but {} were given",
                    args.len()
                ));
            }
            total_ordering(args.into_iter().next().expect("one argument"))
        }
        Op::Order(derived, root) => {
            let mut a: Args = args;
            if let Some(t) = this {
                a.insert(0, t.dup());
            }
            if a.len() != 2 || !kwargs.is_empty() {
                return type_error(format!(
                    "_{}_from_{}() takes 2 positional arguments but {} were given",
                    ORDER_NAMES[derived as usize].trim_matches('_'),
                    ORDER_NAMES[root as usize].trim_matches('_'),
                    a.len()
                ));
            }
            let other = a.pop().expect("two arguments");
            let me = a.pop().expect("two arguments");
            derived_order(derived, root, &me, &other)
        }
        Op::PropGetter | Op::PropSetter | Op::PropDeleter | Op::DescrGet | Op::DescrSet | Op::DescrDelete => {
            super::call(op, this, args, kwargs)
        }
    }
}

/// `reduce(function, iterable[, initial])`.
fn reduce(args: Args) -> PyResult<Value> {
    let n = args.len();
    if n < 2 {
        return type_error(format!("reduce expected at least 2 arguments, got {n}"));
    }
    if n > 3 {
        return type_error(format!("reduce expected at most 3 arguments, got {n}"));
    }
    let mut args = args.into_iter();
    let func = args.next().expect("two arguments");
    let seq = args.next().expect("two arguments");
    let mut acc = args.next();
    let it = match crate::vm::get_iter(&seq) {
        Ok(it) => it,
        Err(e) if e.kind == ExcKind::TypeError => return type_error("reduce() arg 2 must support iteration"),
        Err(e) => return Err(e),
    };
    drop(seq);
    while let Some(item) = crate::vm::next(&it)? {
        acc = Some(match acc.take() {
            None => item,
            Some(a) => crate::vm::call(&func, smallvec::smallvec![a, item])?,
        });
    }
    match acc {
        Some(a) => Ok(a),
        None => type_error("reduce() of empty iterable with no initial value"),
    }
}

/// `wraps(wrapped, assigned=..., updated=...)`: `partial(update_wrapper, wrapped=...,
/// assigned=..., updated=...)`.
fn wraps(args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let mut slots: [Option<Value>; 3] = [None, None, None];
    if args.len() > 3 {
        return type_error(format!("wraps() takes from 1 to 3 positional arguments but {} were given", args.len()));
    }
    for (i, a) in args.into_iter().enumerate() {
        slots[i] = Some(a);
    }
    for (k, v) in kwargs {
        let i = match &*name(k) {
            "wrapped" => 0,
            "assigned" => 1,
            "updated" => 2,
            other => return type_error(format!("wraps() got an unexpected keyword argument '{other}'")),
        };
        slots[i] = Some(v);
    }
    let [wrapped, assigned, updated] = slots;
    let Some(wrapped) = wrapped else {
        return type_error("wraps() missing 1 required positional argument: 'wrapped'");
    };
    let kw = alloc(Obj::Dict(Box::default()));
    crate::builtins::set_item(&kw, &value::interned("wrapped"), wrapped)?;
    crate::builtins::set_item(&kw, &value::interned("assigned"), assigned.unwrap_or_else(wrapper_assignments))?;
    let updated = updated.unwrap_or_else(|| value::tuple_of(smallvec::smallvec![value::interned("__dict__")]));
    crate::builtins::set_item(&kw, &value::interned("updated"), updated)?;
    let func = alloc(Obj::Builtin(BuiltinFn::Functools(Op::UpdateWrapper)));
    Ok(alloc(Obj::Partial(Box::new(Partial { func, args: value::tuple(Vec::new()), kw, dict: None }))))
}

/// `update_wrapper(wrapper, wrapped, assigned=..., updated=...)`.
fn update_wrapper_call(args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let mut slots: [Option<Value>; 4] = [None, None, None, None];
    if args.len() > 4 {
        return type_error(format!(
            "update_wrapper() takes from 2 to 4 positional arguments but {} were given",
            args.len()
        ));
    }
    for (i, a) in args.into_iter().enumerate() {
        slots[i] = Some(a);
    }
    for (k, v) in kwargs {
        let i = match &*name(k) {
            "wrapper" => 0,
            "wrapped" => 1,
            "assigned" => 2,
            "updated" => 3,
            other => return type_error(format!("update_wrapper() got an unexpected keyword argument '{other}'")),
        };
        if slots[i].is_some() {
            return type_error(format!("update_wrapper() got multiple values for argument '{}'", name(k)));
        }
        slots[i] = Some(v);
    }
    let [wrapper, wrapped, assigned, updated] = slots;
    let (Some(wrapper), Some(wrapped)) = (wrapper, wrapped) else {
        return type_error("update_wrapper() missing 1 required positional argument: 'wrapped'");
    };
    let names = |v: Option<Value>, default: &[&str]| -> PyResult<Vec<Sym>> {
        match v {
            None => Ok(default.iter().map(|s| intern(s)).collect()),
            Some(v) => crate::vm::collect(&v)?
                .iter()
                .map(|s| match s.obj() {
                    Obj::Str(t) => Ok(intern(t)),
                    _ => type_error("attribute name must be string"),
                })
                .collect(),
        }
    };
    let assigned = names(assigned, &WRAPPER_ASSIGNMENTS)?;
    let updated = names(updated, &["__dict__"])?;
    update_wrapper(&wrapper, &wrapped, &assigned, &updated)?;
    Ok(wrapper)
}

/// Copy `assigned` from `wrapped` to `wrapper`, update its `updated` dicts, and set
/// `__wrapped__`, as functools.update_wrapper does.
pub fn update_wrapper(wrapper: &Value, wrapped: &Value, assigned: &[Sym], updated: &[Sym]) -> PyResult<()> {
    for &a in assigned {
        match crate::vm::getattr(wrapped, a) {
            Ok(v) => crate::vm::setattr(wrapper, a, v)?,
            Err(e) if e.kind == ExcKind::AttributeError => {}
            Err(e) => return Err(e),
        }
    }
    for &u in updated {
        // An instance keeps its attributes in a table of its own, not a dict object.
        let instance = matches!(wrapper.obj(), Obj::Instance(_)) && u == intern("__dict__");
        let target = if instance { None } else { Some(crate::vm::getattr(wrapper, u)?) };
        let source = match crate::vm::getattr(wrapped, u) {
            Ok(v) => v,
            Err(e) if e.kind == ExcKind::AttributeError => continue,
            Err(e) => return Err(e),
        };
        match target {
            Some(t) => crate::builtins::dict::dict_update(&t, &source)?,
            None => {
                let items = str_items(&source);
                for (k, v) in items {
                    crate::vm::setattr(wrapper, k, v)?;
                }
            }
        }
    }
    crate::vm::setattr(wrapper, intern("__wrapped__"), wrapped.dup())
}

// ---------------------------------------------------------------- partial

/// `functools.partial(func, *args, **keywords)`.
pub struct Partial {
    pub func: Value,
    pub args: Value,
    pub kw: Value,
    pub dict: Option<Value>,
}

impl Partial {
    pub fn make(args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
        if args.is_empty() {
            return type_error("type 'partial' takes at least one argument");
        }
        let mut args = args.into_iter();
        let mut func = args.next().expect("one argument");
        if !crate::builtins::is_callable(&func) {
            return type_error("the first argument must be callable");
        }
        let new_args: Vec<Value> = args.collect();
        // A partial of a partial (without a __dict__) flattens into one, sharing what it can
        // as CPython's partial_new does.
        let mut inner_args: Option<Value> = None;
        let mut inner_kw: Option<Value> = None;
        if let Obj::Partial(inner) = func.obj() {
            if inner.dict.is_none() {
                inner_args = Some(inner.args.dup());
                inner_kw = Some(inner.kw.dup());
                let f = inner.func.dup();
                func = f;
            }
        }
        let args = match inner_args {
            None => value::tuple(new_args),
            Some(a) if new_args.is_empty() => a,
            Some(a) => {
                let mut items: Vec<Value> = match a.obj() {
                    Obj::Tuple(items) => items.iter().map(Value::dup).collect(),
                    _ => Vec::new(),
                };
                items.extend(new_args);
                value::tuple(items)
            }
        };
        let kw = alloc(Obj::Dict(Box::default()));
        if let Some(ikw) = &inner_kw {
            crate::builtins::dict::dict_update(&kw, ikw)?;
        }
        for (k, v) in kwargs {
            crate::builtins::set_item(&kw, &value::str_(&name(k)), v)?;
        }
        Ok(alloc(Obj::Partial(Box::new(Partial { func, args, kw, dict: None }))))
    }

    /// `partial_traverse`: the function, args, keywords, dict.
    pub fn children(&self, f: &mut impl FnMut(&Value)) {
        f(&self.func);
        f(&self.args);
        f(&self.kw);
        self.dict.iter().for_each(f);
    }

    pub fn release(self) {
        let Partial { func, args, kw, dict } = self;
        drop(func);
        drop(args);
        drop(kw);
        drop(dict);
    }

    /// The collector's `tp_clear`: function, args, keywords, dict.
    pub fn clear(&mut self) {
        let old = std::mem::replace(&mut self.func, value::none());
        drop(old);
        let old = std::mem::replace(&mut self.args, value::none());
        drop(old);
        let old = std::mem::replace(&mut self.kw, value::none());
        drop(old);
        let old = self.dict.take();
        drop(old);
    }

    pub const SIZE: usize = 64;
}

/// Call a partial: its arguments first, then the call's; its keywords updated by the call's.
pub fn call_partial(p: &Value, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let Obj::Partial(part) = p.obj() else { unreachable!("a partial") };
    let func = part.func.dup();
    let mut all: Args = match part.args.obj() {
        Obj::Tuple(items) => items.iter().map(Value::dup).collect(),
        _ => Args::new(),
    };
    all.extend(args);
    let mut kw = str_items(&part.kw);
    for (k, v) in kwargs {
        match kw.iter_mut().find(|(n, _)| *n == k) {
            Some(slot) => {
                let old = std::mem::replace(&mut slot.1, v);
                drop(old);
            }
            None => kw.push((k, v)),
        }
    }
    crate::vm::call_kw(&func, all, kw)
}

pub fn partial_repr(p: &Partial) -> PyResult<String> {
    let mut out = format!("functools.partial({}", crate::repr::repr(&p.func)?);
    if let Obj::Tuple(items) = p.args.obj() {
        for a in items.iter() {
            out.push_str(", ");
            out.push_str(&crate::repr::repr(a)?);
        }
    }
    if let Obj::Dict(d) = p.kw.obj() {
        for (_, k, v) in &d.entries {
            if let Obj::Str(s) = k.obj() {
                out.push_str(&format!(", {s}={}", crate::repr::repr(v)?));
            }
        }
    }
    out.push(')');
    Ok(out)
}

// ---------------------------------------------------------------- lru_cache

/// `lru_cache(maxsize=128, typed=False)` and `lru_cache(f)`.
fn lru_cache(args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let mut maxsize: Option<Value> = None;
    let mut typed: Option<Value> = None;
    let mut args = args.into_iter();
    if args.len() > 2 {
        return type_error(format!("lru_cache() takes from 0 to 2 positional arguments but {} were given", args.len()));
    }
    maxsize = args.next().or(maxsize);
    typed = args.next().or(typed);
    drop(args);
    for (k, v) in kwargs {
        match &*name(k) {
            "maxsize" => maxsize = Some(v),
            "typed" => typed = Some(v),
            other => return type_error(format!("lru_cache() got an unexpected keyword argument '{other}'")),
        }
    }
    let maxsize = maxsize.unwrap_or_else(|| value::int(128));
    let typed = typed.unwrap_or_else(|| value::bool_(false));
    match maxsize.obj() {
        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) | Obj::None => {
            let params = value::tuple_of(smallvec::smallvec![maxsize, typed]);
            Ok(alloc(Obj::BoundBuiltin(Box::new((BuiltinFn::Functools(Op::LruDecorate), params)))))
        }
        _ if crate::builtins::is_callable(&maxsize) => LruCache::make(maxsize, Some(128), false),
        _ => type_error("Expected first argument to be an integer, a callable, or None"),
    }
}

/// The wrapper `lru_cache` makes: the function, the cache dict, and for a bounded cache
/// its links (key, result), least recently used first. As in CPython, a bounded cache's
/// dict maps each key to its link (here None stands in for the link, which is no GC
/// object), and the links hold the keys and results; an unbounded one maps keys to results.
pub struct LruCache {
    pub func: Value,
    /// None: unbounded.
    pub maxsize: Option<usize>,
    pub cache: Value,
    pub links: Vec<(Value, Value)>,
    /// `typed=True`: arguments of different types are cached apart.
    pub typed: bool,
    pub hits: u64,
    pub misses: u64,
    pub dict: Option<Value>,
}

impl LruCache {
    fn make(func: Value, maxsize: Option<usize>, typed: bool) -> PyResult<Value> {
        if !crate::builtins::is_callable(&func) {
            return type_error("the first argument must be callable");
        }
        let w = alloc(Obj::LruCache(Box::new(LruCache {
            func: func.dup(),
            maxsize,
            cache: alloc(Obj::Dict(Box::default())),
            links: Vec::new(),
            typed,
            hits: 0,
            misses: 0,
            dict: None,
        })));
        // `wrapper.cache_parameters = lambda: {...}`: a closure over two cells, made here as a
        // bound builtin over a tuple of two cells (the same four objects).
        let cells = vec![
            alloc(Obj::Cell(Some(maxsize.map_or_else(value::none, |m| value::int(m as i64))))),
            alloc(Obj::Cell(Some(value::bool_(typed)))),
        ];
        let params =
            alloc(Obj::BoundBuiltin(Box::new((BuiltinFn::Functools(Op::CacheParameters), value::tuple(cells)))));
        crate::vm::setattr(&w, intern("cache_parameters"), params)?;
        let assigned: Vec<Sym> = WRAPPER_ASSIGNMENTS.iter().map(|s| intern(s)).collect();
        update_wrapper(&w, &func, &assigned, &[intern("__dict__")])?;
        Ok(w)
    }

    /// Each link's result and key, then the cache dict, the function, the `__dict__`.
    pub fn children(&self, f: &mut impl FnMut(&Value)) {
        for (k, r) in &self.links {
            f(r);
            f(k);
        }
        f(&self.cache);
        f(&self.func);
        self.dict.iter().for_each(f);
    }

    /// `lru_cache_dealloc`: the cache, the function, the dict, then the links oldest first.
    pub fn release(self) {
        let LruCache { func, cache, links, dict, .. } = self;
        drop(cache);
        drop(func);
        drop(dict);
        release_links(links);
    }

    /// The collector's `tp_clear`, in the dealloc's order (the emptied cache dict stays).
    pub fn clear(&mut self) {
        let links = std::mem::take(&mut self.links);
        clear_dict(&self.cache);
        let func = std::mem::replace(&mut self.func, value::none());
        let dict = self.dict.take();
        drop(func);
        drop(dict);
        release_links(links);
    }

    pub const SIZE: usize = 152;
}

/// Empty a cache dict, releasing each key, then its value.
fn clear_dict(cache: &Value) {
    let entries = match cache.obj_mut() {
        Obj::Dict(d) => d.take(),
        _ => Vec::new(),
    };
    for (_, k, v) in entries {
        drop(k);
        drop(v);
    }
}

/// A link dies: its key, then its result; oldest link first.
fn release_links(links: Vec<(Value, Value)>) {
    for (k, r) in links {
        drop(k);
        drop(r);
    }
}

/// The cache key of a call: a lone int or str argument is its own key, else a tuple of
/// the arguments (and a marker, then the keyword names and values).
fn make_key(args: &Args, kwargs: &[(Sym, Value)], typed: bool) -> Value {
    if !typed
        && kwargs.is_empty()
        && args.len() == 1
        && matches!(args[0].obj(), Obj::Int(_) | Obj::Long(_) | Obj::Str(_))
    {
        return args[0].dup();
    }
    let mut items: Vec<Value> = args.iter().map(Value::dup).collect();
    if !kwargs.is_empty() {
        items.push(value::interned("functools._kwd_mark"));
        for (k, v) in kwargs {
            items.push(value::str_(&name(*k)));
            items.push(v.dup());
        }
    }
    if typed {
        items.extend(args.iter().map(crate::builtins::type_of));
        items.extend(kwargs.iter().map(|(_, v)| crate::builtins::type_of(v)));
    }
    value::tuple(items)
}

/// The link of `key` in a bounded cache (the key object itself, else an equal one).
fn find_link(links: &[(Value, Value)], key: &Value) -> PyResult<Option<usize>> {
    if let Some(i) = links.iter().rposition(|(k, _)| k.is(key)) {
        return Ok(Some(i));
    }
    for (i, (k, _)) in links.iter().enumerate().rev() {
        if crate::ops::compare(k, key, CmpOp::Eq)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn cache_get(cache: &Value, key: &Value) -> PyResult<Option<Value>> {
    match cache.obj() {
        Obj::Dict(d) => Ok(d.get(key)?.map(Value::dup)),
        _ => Ok(None),
    }
}

pub fn call_lru(w: &Value, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let Obj::LruCache(l) = w.obj_mut() else { unreachable!("an lru_cache wrapper") };
    let func = l.func.dup();
    let maxsize = l.maxsize;
    if maxsize == Some(0) {
        l.misses += 1;
        return crate::vm::call_kw(&func, args, kwargs);
    }
    let key = make_key(&args, &kwargs, l.typed);
    let cache = l.cache.dup();
    let found = cache_get(&cache, &key)?;
    if let Some(v) = found {
        let Obj::LruCache(l) = w.obj_mut() else { unreachable!() };
        l.hits += 1;
        if maxsize.is_none() {
            return Ok(v);
        }
        drop(v);
        let links = std::mem::take(&mut l.links);
        let at = find_link(&links, &key);
        let Obj::LruCache(l) = w.obj_mut() else { unreachable!() };
        l.links = links;
        if let Some(i) = at? {
            let link = l.links.remove(i);
            let result = link.1.dup();
            l.links.push(link);
            return Ok(result);
        }
        return crate::vm::call_kw(&func, args, kwargs);
    }
    {
        let Obj::LruCache(l) = w.obj_mut() else { unreachable!() };
        l.misses += 1;
    }
    let result = crate::vm::call_kw(&func, args, kwargs)?;
    // The call may have filled the entry itself (recursion): keep the first.
    if let Some(v) = cache_get(&cache, &key)? {
        drop(v);
        return Ok(result);
    }
    let Some(max) = maxsize else {
        crate::builtins::set_item(&cache, &key, result.dup())?;
        return Ok(result);
    };
    // Full: the oldest link leaves the dict, and its key and result die after the new
    // entry is in (as CPython reuses the link).
    let Obj::LruCache(l) = w.obj_mut() else { unreachable!() };
    let len = match cache.obj() {
        Obj::Dict(d) => d.len(),
        _ => 0,
    };
    let old = (len >= max && !l.links.is_empty()).then(|| l.links.remove(0));
    if let Some((old_key, _)) = &old {
        let removed = match cache.obj_mut() {
            Obj::Dict(d) => d.remove(old_key)?,
            _ => None,
        };
        drop(removed);
    }
    crate::builtins::set_item(&cache, &key, value::none())?;
    if let Obj::LruCache(l) = w.obj_mut() {
        l.links.push((key, result.dup()));
    }
    if let Some((old_key, old_result)) = old {
        drop(old_key);
        drop(old_result);
    }
    Ok(result)
}

fn cache_info(w: &Value) -> PyResult<Value> {
    let Obj::LruCache(l) = w.obj() else { return type_error("cache_info() needs an lru_cache wrapper") };
    let currsize = match l.cache.obj() {
        Obj::Dict(d) => d.len(),
        _ => 0,
    };
    let maxsize = l.maxsize.map_or_else(value::none, |m| value::int(m as i64));
    let items = vec![value::int(l.hits as i64), value::int(l.misses as i64), maxsize, value::int(currsize as i64)];
    Ok(alloc(Obj::CacheInfo(Box::new(CacheInfo(items, &CACHE_INFO)))))
}

/// `cache_clear()`: counts reset, the dict emptied, then the links die oldest first.
fn cache_clear(w: &Value) {
    let Obj::LruCache(l) = w.obj_mut() else { return };
    l.hits = 0;
    l.misses = 0;
    let links = std::mem::take(&mut l.links);
    let cache = l.cache.dup();
    clear_dict(&cache);
    release_links(links);
}

/// `cache_parameters()`: `{'maxsize': ..., 'typed': ...}` from the two cells.
fn cache_parameters(this: Option<&Value>) -> PyResult<Value> {
    let d = alloc(Obj::Dict(Box::default()));
    if let Some(Obj::Tuple(cells)) = this.map(|t| t.obj()) {
        for (n, c) in ["maxsize", "typed"].iter().zip(cells.iter()) {
            if let Obj::Cell(Some(v)) = c.obj() {
                crate::builtins::set_item(&d, &value::interned(n), v.dup())?;
            }
        }
    }
    Ok(d)
}

pub fn lru_repr(w: &Value) -> PyResult<String> {
    Ok(format!("<functools._lru_cache_wrapper object at {:#x}>", w.id()))
}

/// A named tuple made by the runtime: `cache_info()`'s `CacheInfo(hits, misses, maxsize,
/// currsize)`, and `sys.version_info` (CPython's struct sequences). It compares, indexes
/// and iterates as a tuple of its items.
pub struct CacheInfo(pub Vec<Value>, pub &'static StructSeqType);

/// The type of a struct sequence: how it prints and the names of its fields.
pub struct StructSeqType {
    pub name: &'static str,
    pub fields: &'static [&'static str],
}

pub const CACHE_INFO: StructSeqType =
    StructSeqType { name: "CacheInfo", fields: &["hits", "misses", "maxsize", "currsize"] };

pub const VERSION_INFO: StructSeqType =
    StructSeqType { name: "sys.version_info", fields: &["major", "minor", "micro", "releaselevel", "serial"] };

/// `sys.implementation` (a namespace in CPython).
pub const IMPLEMENTATION: StructSeqType =
    StructSeqType { name: "namespace", fields: &["name", "cache_tag", "version"] };

impl CacheInfo {
    pub fn repr(&self) -> PyResult<String> {
        let mut parts = Vec::new();
        for (f, v) in self.1.fields.iter().zip(&self.0) {
            parts.push(format!("{f}={}", crate::repr::repr(v)?));
        }
        Ok(format!("{}({})", self.1.name, parts.join(", ")))
    }

    pub fn getattr(&self, n: Sym) -> Option<Value> {
        let i = self.1.fields.iter().position(|f| **f == *name(n))?;
        Some(self.0[i].dup())
    }

    /// As a tuple: items last to first.
    pub fn children(&self, f: &mut impl FnMut(&Value)) {
        self.0.iter().rev().for_each(f);
    }

    pub fn release(self) {
        crate::object::release_reversed(self.0);
    }
}

/// Attributes of partial objects and lru_cache wrappers: their own, then their `__dict__`.
pub fn getattr(v: &Value, n: Sym) -> Option<Value> {
    let text = name(n);
    let dict = match v.obj_mut() {
        Obj::Partial(p) => {
            match &*text {
                "func" => return Some(p.func.dup()),
                "args" => return Some(p.args.dup()),
                "keywords" => return Some(p.kw.dup()),
                "__dict__" => return Some(p.dict.get_or_insert_with(|| alloc(Obj::Dict(Box::default()))).dup()),
                _ => {}
            }
            p.dict.as_ref()
        }
        Obj::LruCache(l) => {
            match &*text {
                "cache_info" | "cache_clear" => {
                    let op = if &*text == "cache_info" { Op::CacheInfo } else { Op::CacheClear };
                    return Some(alloc(Obj::BoundBuiltin(Box::new((BuiltinFn::Functools(op), v.dup())))));
                }
                "__dict__" => return Some(l.dict.get_or_insert_with(|| alloc(Obj::Dict(Box::default()))).dup()),
                _ => {}
            }
            l.dict.as_ref()
        }
        Obj::CacheInfo(c) => return c.getattr(n),
        _ => return None,
    }?;
    let Obj::Dict(d) = dict.obj() else { return None };
    d.get(&value::str_(&text)).ok().flatten().map(Value::dup)
}

/// `w.name = value` on a partial or lru_cache wrapper: into its `__dict__`.
pub fn setattr(v: &Value, n: Sym, x: Value) -> PyResult<()> {
    let text = name(n);
    let d = match v.obj_mut() {
        Obj::Partial(_) if matches!(&*text, "func" | "args" | "keywords") => {
            drop(x);
            return err(ExcKind::AttributeError, "readonly attribute");
        }
        Obj::Partial(p) => p.dict.get_or_insert_with(|| alloc(Obj::Dict(Box::default()))).dup(),
        Obj::LruCache(l) => l.dict.get_or_insert_with(|| alloc(Obj::Dict(Box::default()))).dup(),
        _ => {
            drop(x);
            return err(ExcKind::AttributeError, format!("'{}' object has no attribute '{text}'", type_name(v)));
        }
    };
    crate::builtins::set_item(&d, &value::str_(&text), x)
}

// ---------------------------------------------------------------- total_ordering

/// `total_ordering(cls)`: fill in the ordering methods the class lacks from the one it
/// defines (the first of `__lt__`, `__le__`, `__gt__`, `__ge__`).
fn total_ordering(cls: Value) -> PyResult<Value> {
    let defined: Vec<usize> = (0..4)
        .filter(|&i| match cls.obj() {
            Obj::Class(_) => class_lookup(&cls, intern(ORDER_NAMES[i])).is_some(),
            _ => false,
        })
        .collect();
    let Some(&root) = defined.first() else {
        return err(ExcKind::ValueError, "must define at least one ordering operation: < > <= >=");
    };
    let derived: [usize; 3] = match root {
        0 => [2, 1, 3],
        1 => [3, 0, 2],
        2 => [0, 3, 1],
        _ => [1, 2, 0],
    };
    for d in derived {
        if !defined.contains(&d) {
            let f = alloc(Obj::Builtin(BuiltinFn::Functools(Op::Order(d as u8, root as u8))));
            crate::vm::setattr(&cls, intern(ORDER_NAMES[d]), f)?;
        }
    }
    Ok(cls)
}

/// One derived ordering method, as functools' `_gt_from_lt` and the rest compute it.
fn derived_order(derived: u8, root: u8, me: &Value, other: &Value) -> PyResult<Value> {
    let r = match crate::vm::dunder::call_dunder(me, intern(ORDER_NAMES[root as usize]), &[other])? {
        Some(r) => r,
        None => return Ok(alloc(Obj::Builtin(BuiltinFn::NotImplemented))),
    };
    if matches!(r.obj(), Obj::Builtin(BuiltinFn::NotImplemented)) {
        return Ok(r);
    }
    let truth = crate::ops::truthy(&r)?;
    // (lt, le, gt, ge) by index; "same side" derivations: lt<->gt mirror, le<->ge mirror.
    enum F {
        Not,
        NotAndNe,
        OrEq,
        NotOrEq,
        AndNe,
    }
    let f = match (root, derived) {
        (0, 2) | (2, 0) => F::NotAndNe,
        (0, 1) | (2, 3) => F::OrEq,
        (1, 3) | (3, 1) => F::NotOrEq,
        (1, 0) | (3, 2) => F::AndNe,
        _ => F::Not,
    };
    Ok(match f {
        F::Not => value::bool_(!truth),
        F::NotAndNe => value::bool_(!truth && crate::ops::compare(me, other, CmpOp::Ne)?),
        F::OrEq if truth => r,
        F::OrEq => value::bool_(crate::ops::compare(me, other, CmpOp::Eq)?),
        F::NotOrEq => value::bool_(!truth || crate::ops::compare(me, other, CmpOp::Eq)?),
        F::AndNe if !truth => r,
        F::AndNe => value::bool_(crate::ops::compare(me, other, CmpOp::Ne)?),
    })
}

/// A dict's entries with str keys, as names (what becomes attributes or keyword
/// arguments); anything else gives none.
fn str_items(d: &Value) -> Vec<(Sym, Value)> {
    match d.obj() {
        Obj::Dict(d) => d
            .entries
            .iter()
            .filter_map(|(_, k, v)| match k.obj() {
                Obj::Str(s) => Some((intern(s), v.dup())),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}
