//! The iteration protocol: `iter()` and `next()` for every iterable kind, user classes
//! with `__iter__`/`__next__` included.

use super::*;
use crate::object::{Iter, ViewKind};

/// `iter(v)`.
pub fn get_iter(v: &Value) -> PyResult<Value> {
    let it = match v.obj() {
        Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => Iter::Seq(v.dup(), 0),
        Obj::Range(r) => Iter::Range { next: r[0], step: r[2], left: ops::range_len(r) },
        Obj::Dict(d) => Iter::Dict(v.dup(), 0, ViewKind::Keys, d.len(), None),
        Obj::DictView(b) => {
            let Obj::Dict(d) = b.0.obj() else { unreachable!() };
            let cache =
                (b.1 == ViewKind::Items).then(|| value::tuple_of(smallvec::smallvec![value::none(), value::none()]));
            Iter::Dict(b.0.dup(), 0, b.1, d.len(), cache)
        }
        Obj::Set(s) => Iter::Set(v.dup(), 0, s.len()),
        Obj::CacheInfo(c) => Iter::Values(c.0.iter().map(Value::dup).collect(), 0),
        Obj::Iter(_) => return Ok(v.dup()),
        Obj::MappingProxy(_) => return get_iter(&crate::objects::mappingproxy::snapshot(v)?),
        Obj::MainDict => return get_iter(&value::list(crate::objects::main_dict::keys())),
        Obj::Instance(inst) => {
            if let Some(m) = class_lookup(&inst.class, sym::__iter__) {
                let m = m.dup();
                let r = call(&m, smallvec::smallvec![v.dup()])?;
                let ok = match r.obj() {
                    Obj::Iter(_) => true,
                    Obj::Instance(i) => class_lookup(&i.class, sym::__next__).is_some(),
                    _ => false,
                };
                if !ok {
                    return type_error(format!("iter() returned non-iterator of type '{}'", type_name(&r)));
                }
                return Ok(r);
            }
            if let Some(n) = &inst.native {
                return get_iter(n);
            }
            if class_lookup(&inst.class, sym::__getitem__).is_some() {
                // The old sequence protocol: `__getitem__(0)`, `(1)`, ... until IndexError.
                Iter::Seq(v.dup(), 0)
            } else {
                return type_error(format!("'{}' object is not iterable", type_name(v)));
            }
        }
        _ => return type_error(format!("'{}' object is not iterable", type_name(v))),
    };
    Ok(alloc(Obj::Iter(Box::new(it))))
}

pub(crate) fn iter_state(it: &Value) -> &'static mut Iter {
    match it.obj_mut() {
        Obj::Iter(s) => s,
        _ => unreachable!("not an iterator"),
    }
}

/// `next(it)` with the keys or values of an unchanged dict taken inline (a `for` loop's
/// FOR_ITER over a dict iterator); everything else, and the end, by `next`.
#[inline(always)]
pub fn next_fast(it: &Value) -> PyResult<Option<Value>> {
    if let Obj::Iter(state) = it.obj_mut() {
        if let Iter::Dict(d, i, kind @ (ViewKind::Keys | ViewKind::Values), size, _) = &mut **state {
            if let Obj::Dict(dict) = d.obj() {
                if dict.len() == *size {
                    if let Some((_, k, v)) = dict.entries.get(*i) {
                        *i += 1;
                        return Ok(Some(if *kind == ViewKind::Keys { k.dup() } else { v.dup() }));
                    }
                }
            }
        }
    }
    next(it)
}

/// `next(it)`: the next item, or None when it is exhausted.
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    if let Obj::Instance(inst) = it.obj() {
        let Some(m) = class_lookup(&inst.class, sym::__next__) else {
            return type_error(format!("'{}' object is not an iterator", type_name(it)));
        };
        let m = m.dup();
        return match call(&m, smallvec::smallvec![it.dup()]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.kind == ExcKind::StopIteration => Ok(None),
            Err(e) => Err(e),
        };
    }
    let Obj::Iter(_) = it.obj() else {
        return type_error(format!("'{}' object is not an iterator", type_name(it)));
    };
    // Builtins that walk an iterator (`sum`, `list`, `sorted`, `any`, `max`...) can run
    // for long without a Python loop: Ctrl-C stops them here.
    if crate::runtime::take_interrupt() {
        return err(ExcKind::KeyboardInterrupt, "");
    }
    let state = iter_state(it);
    let item = match state {
        Iter::Seq(seq, i) if matches!(seq.obj(), Obj::Instance(_)) => {
            let (seq, k) = (seq.dup(), *i);
            *i += 1;
            match super::dunder::call_dunder(&seq, sym::__getitem__, &[&value::int(k as i64)]) {
                Ok(v) => v,
                Err(e) if matches!(e.kind, ExcKind::IndexError | ExcKind::StopIteration) => None,
                Err(e) => return Err(e),
            }
        }
        Iter::Seq(seq, i) => {
            let item = match seq.obj() {
                Obj::List(v) => v.get(*i).map(Value::dup),
                Obj::Tuple(v) => v.get(*i).map(Value::dup),
                Obj::Str(s) => s.char_at(*i).map(value::char_),
                Obj::Bytes(b) => b.get(*i).map(|&c| value::int(c as i64)),
                Obj::ByteArray(b) => b.data().get(*i).map(|&c| value::int(c as i64)),
                _ => None,
            };
            *i += 1;
            item
        }
        Iter::Range { next, step, left } => {
            if *left <= 0 {
                None
            } else {
                let v = value::int(*next);
                *next += *step;
                *left -= 1;
                Some(v)
            }
        }
        Iter::Dict(d, i, kind, size, cache) => {
            let Obj::Dict(dict) = d.obj() else { unreachable!() };
            if dict.len() != *size {
                *size = usize::MAX;
                return err(ExcKind::RuntimeError, "dictionary changed size during iteration");
            }
            let item = dict.entries.get(*i).map(|(_, k, v)| match kind {
                ViewKind::Keys => k.dup(),
                ViewKind::Values => v.dup(),
                ViewKind::Items => reuse_tuple(cache.as_ref(), smallvec::smallvec![k.dup(), v.dup()]),
            });
            *i += 1;
            item
        }
        Iter::Set(s, i, size) => {
            let Obj::Set(set) = s.obj() else { unreachable!() };
            if set.len() != *size {
                *size = usize::MAX;
                return err(ExcKind::RuntimeError, "Set changed size during iteration");
            }
            match set.next_from(*i) {
                Some((j, k)) => {
                    *i = j + 1;
                    Some(k.dup())
                }
                None => None,
            }
        }
        Iter::Reversed(seq, i) => {
            if *i == 0 {
                None
            } else {
                *i -= 1;
                match seq.obj() {
                    Obj::List(v) => v.get(*i).map(Value::dup),
                    Obj::Tuple(v) => v.get(*i).map(Value::dup),
                    Obj::Str(s) => s.char_at(*i).map(value::char_),
                    _ => None,
                }
            }
        }
        Iter::Enumerate(inner, _, _) => {
            let inner = inner.dup();
            match next(&inner)? {
                Some(x) => {
                    let Iter::Enumerate(_, n, _) = iter_state(it) else { unreachable!() };
                    let count = std::mem::replace(n, value::none());
                    let following = ops::binary(crate::ast::BinOp::Add, &count, &value::int(1))?;
                    let Iter::Enumerate(_, n, result) = iter_state(it) else { unreachable!() };
                    let old = std::mem::replace(n, following);
                    drop(old);
                    Some(reuse_tuple(Some(result), smallvec::smallvec![count, x]))
                }
                None => None,
            }
        }
        Iter::Zip(its, _) => {
            let its: Vec<Value> = its.iter().map(Value::dup).collect();
            let mut items = crate::object::TupleBuilder::with_capacity(its.len());
            for i in &its {
                match next(i)? {
                    Some(x) => items.push(x),
                    None => return Ok(None),
                }
            }
            if its.is_empty() {
                None
            } else {
                let Iter::Zip(_, result) = iter_state(it) else { unreachable!() };
                Some(reuse_tuple(Some(result), items))
            }
        }
        Iter::Map(func, its) => {
            let func = func.dup();
            let its: Vec<Value> = its.iter().map(Value::dup).collect();
            let mut args = Args::new();
            for i in &its {
                match next(i)? {
                    Some(x) => args.push(x),
                    None => return Ok(None),
                }
            }
            Some(call(&func, args)?)
        }
        Iter::Filter(func, inner) => {
            let (func, inner) = (func.dup(), inner.dup());
            loop {
                let Some(x) = next(&inner)? else { break None };
                let keep = if matches!(func.obj(), Obj::None) {
                    ops::truthy(&x)?
                } else {
                    ops::truthy(&call(&func, smallvec::smallvec![x.dup()])?)?
                };
                if keep {
                    break Some(x);
                }
            }
        }
        Iter::Callable(..) => return crate::objects::callable_iter::next(it),
        Iter::Values(items, i) => {
            if *i < items.len() {
                // Hand over the reference it held.
                let v = std::mem::replace(&mut items[*i], value::none());
                *i += 1;
                Some(v)
            } else {
                None
            }
        }
        Iter::Gen(_) => return super::comp::gen_next(it),
        Iter::Coro(_) => {
            use crate::objects::generator::{resume, Resume, Step};
            return match resume(it, Resume::Send(value::none()))? {
                Step::Yielded(v) => Ok(Some(v)),
                Step::Returned(_) => Ok(None),
            };
        }
        Iter::Exhausted(_) => None,
    };
    if item.is_none() {
        let state = iter_state(it);
        if matches!(state, Iter::Seq(..) | Iter::Dict(..) | Iter::Set(..) | Iter::Reversed(..)) {
            // Done: the iterator lets go of its sequence now, as CPython's do.
            let t = it.obj().type_id();
            let old = std::mem::replace(iter_state(it), Iter::Exhausted(t));
            drop(old);
        }
    }
    Ok(item)
}

/// CPython's result-tuple reuse (dict items, enumerate, zip): when only the iterator
/// holds its last result (`cache`), that tuple is refilled and returned again; otherwise
/// a new one is made.
fn reuse_tuple(cache: Option<&Value>, items: crate::object::TupleBuilder) -> Value {
    if let Some(t) = cache {
        if t.refcount() == 1 && matches!(t.obj(), Obj::Tuple(s) if s.len() == items.len()) {
            let Obj::Tuple(slots) = t.obj_mut() else { unreachable!() };
            let old: crate::object::TupleBuilder =
                slots.iter_mut().zip(items).map(|(slot, v)| std::mem::replace(slot, v)).collect();
            let r = t.dup();
            drop(old);
            return r;
        }
    }
    value::tuple_of(items)
}

/// Every item of an iterable, in order.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    match v.obj() {
        Obj::List(items) => return Ok(items.iter().map(Value::dup).collect()),
        Obj::Tuple(items) => return Ok(items.iter().map(Value::dup).collect()),
        _ => {}
    }
    let it = get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// Make an iterator object.
pub fn make_iter(state: Iter) -> Value {
    alloc(Obj::Iter(Box::new(state)))
}
