//! Builtins that consume iterables: min, max, sum, sorted (and list.sort), any, all,
//! iter, next.
use super::{iterate, Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::intern::{name, sym, Sym};
use crate::object::Obj;
use crate::{ops, value};

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
    match sort_keeping(items, key, reverse) {
        (v, None) => Ok(v),
        (v, Some(e)) => {
            drop(v);
            Err(e)
        }
    }
}

/// Sort, and on an error give the items back too, as CPython's list.sort leaves them: in
/// their first order when a key function fails, else in the order the sort had reached.
pub fn sort_keeping(items: Vec<Value>, key: Option<&Value>, reverse: bool) -> (Vec<Value>, Option<crate::error::Exc>) {
    let keys: Vec<Value> = match key {
        Some(k) if !matches!(k.obj(), Obj::None) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in &items {
                match crate::vm::call(k, smallvec::smallvec![x.dup()]) {
                    Ok(v) => keys.push(v),
                    Err(e) => {
                        drop(keys);
                        return (items, Some(e));
                    }
                }
            }
            keys
        }
        _ => items.iter().map(Value::dup).collect(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        // CPython reverses, sorts stably, and reverses again.
        idx.reverse();
    }
    // Keys all of one simple kind sort as plain values beside their positions (CPython's
    // unsafe_long_compare, unsafe_float_compare, unsafe_latin_compare and, for tuples of
    // ints, unsafe_tuple_compare): the same comparisons, with no trip through the heap
    // for each one. Tuples of ints compare item by item, then by length, as slices do.
    let int = |v: &Value| match v.obj() {
        Obj::Int(i) => Some(*i),
        _ => None,
    };
    let r = if let Some(pairs) = plain_pairs(&keys, &idx, int) {
        sort_plain(&mut idx, pairs)
    } else if let Some(pairs) = plain_pairs(&keys, &idx, |v| match v.obj() {
        Obj::Float(x) => Some(*x),
        _ => None,
    }) {
        sort_plain(&mut idx, pairs)
    } else if let Some(pairs) = plain_pairs(&keys, &idx, |v| match v.obj() {
        Obj::Str(s) => Some(s.as_str()),
        _ => None,
    }) {
        sort_plain(&mut idx, pairs)
    } else if let Some(pairs) = plain_pairs(&keys, &idx, |v| match v.obj() {
        // Pairs (the common tuple key) inline: 24 bytes a key.
        Obj::Tuple(t) => t.iter().map(int).collect::<Option<smallvec::SmallVec<[i64; 2]>>>(),
        _ => None,
    }) {
        sort_plain(&mut idx, pairs)
    } else {
        timsort(&mut idx, &mut |&a, &b| lt(&keys[a], &keys[b]))
    };
    if reverse {
        idx.reverse();
    }
    drop(keys);
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    (idx.into_iter().map(|i| slots[i].take().unwrap()).collect(), r.err())
}

/// Every key as a plain value beside its position, in the order of `idx`, if each one is
/// of the kind `plain` reads.
fn plain_pairs<'a, K>(
    keys: &'a [Value],
    idx: &[usize],
    plain: impl Fn(&'a Value) -> Option<K>,
) -> Option<Vec<(K, usize)>> {
    idx.iter().map(|&i| plain(&keys[i]).map(|k| (k, i))).collect()
}

/// Sort positions by plain keys: (key, position) pairs move together, compared with `<`.
fn sort_plain<K: Clone + PartialOrd>(idx: &mut Vec<usize>, mut pairs: Vec<(K, usize)>) -> PyResult<()> {
    let r = timsort(&mut pairs, &mut |a, b| ops::interruptible().map(|()| a.0 < b.0));
    *idx = pairs.into_iter().map(|(_, i)| i).collect();
    r
}

fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    ops::interruptible()?;
    match ops::fast_compare(a, b, crate::ast::CmpOp::Lt) {
        Some(r) => Ok(r),
        None => ops::compare(a, b, crate::ast::CmpOp::Lt),
    }
}

/// CPython's list sort: runs found by count_run and extended by binary insertion, merged
/// stably — so the comparisons it makes, and the error a bad one raises, are CPython's.
fn timsort<T: Clone>(idx: &mut [T], lt: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = {
        let (mut m, mut r) = (n, 0);
        while m >= 64 {
            r |= m & 1;
            m >>= 1;
        }
        m + r
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        // count_run: a strictly descending run is reversed in place.
        let mut hi = lo + 1;
        if hi < n {
            if lt(&idx[hi], &idx[hi - 1])? {
                hi += 1;
                while hi < n && lt(&idx[hi], &idx[hi - 1])? {
                    hi += 1;
                }
                idx[lo..hi].reverse();
            } else {
                hi += 1;
                while hi < n && !lt(&idx[hi], &idx[hi - 1])? {
                    hi += 1;
                }
            }
        }
        let force = (lo + minrun).min(n);
        if hi < force {
            binary_insertion(idx, lt, lo, force, hi)?;
            hi = force;
        }
        runs.push((lo, hi));
        lo = hi;
    }
    // Merge neighbouring runs until one is left (stable).
    while runs.len() > 1 {
        let mut next = Vec::new();
        for pair in runs.chunks(2) {
            if let [(a, m), (_, b)] = *pair {
                merge(idx, lt, a, m, b)?;
                next.push((a, b));
            } else {
                next.push(pair[0]);
            }
        }
        runs = next;
    }
    Ok(())
}

fn binary_insertion<T: Clone>(
    idx: &mut [T],
    lt: &mut impl FnMut(&T, &T) -> PyResult<bool>,
    lo: usize,
    hi: usize,
    start: usize,
) -> PyResult<()> {
    for s in start..hi {
        let (mut l, mut r) = (lo, s);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(&idx[s], &idx[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        // The pivot moves down to `l`, the items from `l` up one place.
        idx[l..=s].rotate_right(1);
    }
    Ok(())
}

fn merge<T: Clone>(
    idx: &mut [T],
    lt: &mut impl FnMut(&T, &T) -> PyResult<bool>,
    a: usize,
    m: usize,
    b: usize,
) -> PyResult<()> {
    let left: Vec<T> = idx[a..m].to_vec();
    let right: Vec<T> = idx[m..b].to_vec();
    let (mut i, mut j, mut k) = (0, 0, a);
    while i < left.len() && j < right.len() {
        if lt(&right[j], &left[i])? {
            idx[k] = right[j].clone();
            j += 1;
        } else {
            idx[k] = left[i].clone();
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        idx[k] = left[i].clone();
        i += 1;
        k += 1;
    }
    while j < right.len() {
        idx[k] = right[j].clone();
        j += 1;
        k += 1;
    }
    Ok(())
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
            let list = super::list::list_of(&args[0])?;
            sort_in_place(&list, opts[0], reverse)?;
            Ok(list)
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
            if args.len() == 2 {
                return crate::objects::callable_iter::new(&args[0], &args[1]);
            }
            if args.len() != 1 {
                return type_error(format!(
                    "iter expected {} argument{}, got {}",
                    if args.is_empty() { "at least 1" } else { "at most 2" },
                    if args.is_empty() { "" } else { "s" },
                    args.len()
                ));
            }
            crate::vm::get_iter(&args[0])
        }
        BuiltinFn::Next => {
            if args.is_empty() || args.len() > 2 {
                return type_error(format!("next expected at least 1 argument, got {}", args.len()));
            }
            if let Obj::Instance(_) = args[0].obj() {
                // A user __next__'s StopIteration goes on with its own traceback.
                if let Some(r) = crate::vm::dunder::call_dunder(&args[0], sym::__next__, &[]).or_else(|e| {
                    if e.kind == ExcKind::StopIteration && args.len() == 2 {
                        Ok(Some(args[1].dup()))
                    } else {
                        Err(e)
                    }
                })? {
                    return Ok(r);
                }
            }
            if crate::objects::generator::of(&args[0]).is_some() {
                return match crate::objects::generator::send(&args[0], crate::value::none()) {
                    Err(e) if e.kind == ExcKind::StopIteration && args.len() == 2 => Ok(args[1].dup()),
                    r => r,
                };
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
    sort_in_place(this, opts[0], reverse)?;
    Ok(value::none())
}

/// Sort a list's items; CPython empties the list while it sorts and keeps its allocation.
pub fn sort_in_place(this: &Value, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let Obj::List(items) = this.obj_mut() else { unreachable!() };
    let allocated = items.capacity();
    let items = std::mem::take(items).into_vec();
    let (mut v, failed) = sort_keeping(items, key, reverse);
    if v.capacity() < allocated {
        v.reserve_exact(allocated - v.len());
    } else {
        v.shrink_to(allocated);
    }
    let Obj::List(items) = this.obj_mut() else { unreachable!() };
    let old = std::mem::replace(items, v.into());
    // Whatever a key function or comparison put in the emptied list is thrown away, and
    // a sort that otherwise succeeded says so.
    let modified = old.capacity() != 0;
    old.release();
    match failed {
        Some(e) => Err(e),
        None if modified => crate::error::err(crate::error::ExcKind::ValueError, "list modified during sort"),
        None => Ok(()),
    }
}
