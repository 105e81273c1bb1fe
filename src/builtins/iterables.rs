//! Builtins that consume iterables: min, max, sum, sorted (and list.sort), any, all,
//! iter, next.
use super::{iterate, Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyErr, PyResult};
use crate::heap::Value;
use crate::intern::{name, sym, Sym};
use crate::object::Obj;
use crate::{ops, value};
use std::cmp::Ordering;

/// Split keyword arguments: the allowed ones by name, or CPython's error.
fn kw<'a>(what: &str, kwargs: &'a [(Sym, Value)], allowed: &[Sym]) -> PyResult<Vec<Option<&'a Value>>> {
    let mut out = vec![None; allowed.len()];
    for (k, v) in kwargs {
        match allowed.iter().position(|a| a == k) {
            Some(i) => out[i] = Some(v),
            None => return type_error(format!("{what}() got an unexpected keyword argument '{}'", name(*k))),
        }
    }
    Ok(out)
}

/// Sort values stably with `<`, as CPython's list.sort: by key results when given.
pub fn sort_values(items: Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = match key {
        Some(k) if !matches!(k.obj(), Obj::None) => {
            items.iter().map(|x| crate::vm::call(k, smallvec::smallvec![x.dup()])).collect::<PyResult<_>>()?
        }
        _ => items.iter().map(Value::dup).collect(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut failure: Option<Box<PyErr>> = None;
    let less = |a: &Value, b: &Value, failure: &mut Option<Box<PyErr>>| -> bool {
        if failure.is_some() {
            return false;
        }
        match ops::compare(a, b, crate::ast::CmpOp::Lt) {
            Ok(r) => r,
            Err(e) => {
                *failure = Some(e);
                false
            }
        }
    };
    if reverse {
        // CPython reverses, sorts stably, and reverses again.
        idx.reverse();
    }
    idx.sort_by(|&a, &b| {
        if less(&keys[b], &keys[a], &mut failure) {
            Ordering::Greater
        } else if less(&keys[a], &keys[b], &mut failure) {
            Ordering::Less
        } else {
            Ordering::Equal
        }
    });
    if reverse {
        idx.reverse();
    }
    if let Some(e) = failure {
        return Err(e);
    }
    drop(keys);
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    Ok(idx.into_iter().map(|i| slots[i].take().unwrap()).collect())
}

fn min_max(b: BuiltinFn, args: Args, kwargs: &[(Sym, Value)]) -> PyResult<Value> {
    let what = if b == BuiltinFn::Min { "min" } else { "max" };
    let opts = kw(what, kwargs, &[sym::key, sym::default])?;
    let (key, default) = (opts[0], opts[1]);
    let items = match args.len() {
        0 => return type_error(format!("{what} expected at least 1 argument, got 0")),
        1 => iterate(&args[0])?,
        _ => {
            if default.is_some() {
                return type_error(format!("Cannot specify a default for {what}() with multiple positional arguments"));
            }
            args.iter().map(Value::dup).collect()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d.dup()),
            None => err(ExcKind::ValueError, format!("{what}() arg is an empty sequence")),
        };
    }
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match key {
            Some(k) if !matches!(k.obj(), Obj::None) => crate::vm::call(k, smallvec::smallvec![x.dup()])?,
            _ => x.dup(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let op = if b == BuiltinFn::Min { crate::ast::CmpOp::Lt } else { crate::ast::CmpOp::Gt };
                ops::compare(&k, bk, op)?
            }
        };
        if better {
            best = Some((k, x));
        }
    }
    Ok(best.unwrap().1)
}

pub fn call(b: BuiltinFn, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    match b {
        BuiltinFn::Min | BuiltinFn::Max => min_max(b, args, &kwargs),
        BuiltinFn::Sum => {
            let opts = kw("sum", &kwargs, &[sym::start])?;
            if args.is_empty() || args.len() > 2 {
                return type_error(format!("sum() takes at most 2 arguments ({} given)", args.len()));
            }
            let mut total = match (args.get(1), opts[0]) {
                (Some(s), _) | (None, Some(s)) => s.dup(),
                _ => value::int(0),
            };
            if let Obj::Str(_) = total.obj() {
                return type_error("sum() can't sum strings [use ''.join(seq) instead]");
            }
            let it = crate::vm::get_iter(&args[0])?;
            while let Some(x) = crate::vm::next(&it)? {
                total = ops::binary(crate::ast::BinOp::Add, &total, &x)?;
            }
            Ok(total)
        }
        BuiltinFn::Sorted => {
            let opts = kw("sort", &kwargs, &[sym::key, sym::reverse])?;
            if args.len() != 1 {
                return type_error(format!("sorted expected 1 argument, got {}", args.len()));
            }
            let reverse = match opts[1] {
                Some(r) => ops::truthy(r)?,
                None => false,
            };
            let items = iterate(&args[0])?;
            Ok(value::list(sort_values(items, opts[0], reverse)?))
        }
        BuiltinFn::Any | BuiltinFn::All => {
            let what = if b == BuiltinFn::Any { "any" } else { "all" };
            if !kwargs.is_empty() {
                return type_error(format!("{what}() takes no keyword arguments"));
            }
            if args.len() != 1 {
                return type_error(format!("{what}() takes exactly one argument ({} given)", args.len()));
            }
            let it = crate::vm::get_iter(&args[0])?;
            while let Some(x) = crate::vm::next(&it)? {
                let t = ops::truthy(&x)?;
                if b == BuiltinFn::Any && t {
                    return Ok(value::bool_(true));
                }
                if b == BuiltinFn::All && !t {
                    return Ok(value::bool_(false));
                }
            }
            Ok(value::bool_(b == BuiltinFn::All))
        }
        BuiltinFn::Iter => {
            if args.len() != 1 {
                return type_error(format!("iter expected 1 argument, got {}", args.len()));
            }
            crate::vm::get_iter(&args[0])
        }
        BuiltinFn::Next => {
            if args.is_empty() || args.len() > 2 {
                return type_error(format!("next expected at least 1 argument, got {}", args.len()));
            }
            match crate::vm::next(&args[0])? {
                Some(v) => Ok(v),
                None => match args.get(1) {
                    Some(d) => Ok(d.dup()),
                    None => err(ExcKind::StopIteration, ""),
                },
            }
        }
        _ => unreachable!("not an iterable builtin"),
    }
}

/// `list.sort(key=None, reverse=False)`.
pub fn list_sort(this: &Value, args: Args, kwargs: &[(Sym, Value)]) -> PyResult<Value> {
    if !args.is_empty() {
        return type_error("sort() takes no positional arguments");
    }
    let opts = kw("sort", kwargs, &[sym::key, sym::reverse])?;
    let reverse = match opts[1] {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    // CPython empties the list while it sorts.
    let Obj::List(items) = this.obj_mut() else { unreachable!() };
    let items = std::mem::take(items);
    let sorted = sort_values(items, opts[0], reverse);
    match sorted {
        Ok(v) => {
            let Obj::List(items) = this.obj_mut() else { unreachable!() };
            let old = std::mem::replace(items, v);
            drop(old);
            Ok(value::none())
        }
        Err(e) => Err(e),
    }
}
