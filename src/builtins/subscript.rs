//! `x[i]` and `x[a:b:c]`: reading, assigning and deleting items and slices of the
//! builtin sequences, with CPython's index arithmetic and messages.
use super::list::list_items;
use super::{iterate, release_reversed};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::name;
use crate::object::{type_name, Obj};
use crate::{ops, value};

fn seq_index(len: usize, index: &Value, what: &str, kind: &str) -> PyResult<Option<usize>> {
    if let Obj::Long(_) = index.obj() {
        return err(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer");
    }
    let Some(mut i) = ops::as_index(index) else {
        return type_error(if kind == "string" {
            format!("string indices must be integers, not '{}'", type_name(index))
        } else {
            format!("{kind} indices must be integers or slices, not {}", type_name(index))
        });
    };
    let _ = what;
    if i < 0 {
        i = i.saturating_add(len as i64);
    }
    Ok(if i < 0 || i >= len as i64 { None } else { Some(i as usize) })
}

/// Whether `o[s]` with a slice object `s` takes the sequence path (`get_slice` and
/// friends) rather than a mapping's or a `__getitem__`'s.
fn slices_natively(o: &Value, index: &Value) -> bool {
    matches!(index.obj(), Obj::Slice(_))
        && !matches!(
            o.obj(),
            Obj::Instance(_) | Obj::Dict(_) | Obj::MappingProxy(_) | Obj::MainDict | Obj::Class(_) | Obj::Type(_)
        )
}

/// `o[a:b:c]` where `o` takes slice objects itself (an instance's `__getitem__`, a dict).
fn through_slice_object(o: &Value) -> bool {
    matches!(o.obj(), Obj::Instance(_) | Obj::Dict(_) | Obj::MappingProxy(_) | Obj::MainDict)
}

#[inline]
pub fn get_item(o: &Value, index: &Value) -> PyResult<Value> {
    // The hot path: a list or tuple item at an in-range int (BINARY_SUBSCR_LIST_INT's).
    if let Obj::Int(i) = index.obj() {
        if let Some(v) = sequence_item(o, *i) {
            return Ok(v.dup());
        }
    }
    // A dict keyed by a str or an int that holds the key (BINARY_SUBSCR_DICT's).
    if let (Obj::Dict(d), Obj::Str(_) | Obj::Int(_)) = (o.obj(), index.obj()) {
        if let Some(v) = d.get(index)? {
            return Ok(v.dup());
        }
    }
    get_item_other(o, index)
}

/// Item `k` (negative from the end) of a list or tuple, if `o` is one and `k` is in
/// range: read without running any code.
#[inline(always)]
pub fn sequence_item(o: &Value, k: i64) -> Option<&'static Value> {
    let items: &'static [Value] = match o.obj() {
        Obj::List(items) => items,
        Obj::Tuple(items) => items,
        _ => return None,
    };
    let k = if k < 0 { k + items.len() as i64 } else { k };
    items.get(usize::try_from(k).ok()?)
}

#[inline(never)]
fn get_item_other(o: &Value, index: &Value) -> PyResult<Value> {
    if slices_natively(o, index) {
        let [a, b, c] = crate::objects::slice::parts(index).expect("a slice");
        return get_slice(o, a, b, c);
    }
    match o.obj() {
        Obj::CacheInfo(c) => match seq_index(c.0.len(), index, "tuple", "tuple")? {
            Some(i) => Ok(c.0[i].dup()),
            None => err(ExcKind::IndexError, "tuple index out of range"),
        },
        Obj::MappingProxy(_) => crate::objects::mappingproxy::getitem(o, index),
        Obj::MainDict => crate::objects::main_dict::getitem(index),
        Obj::List(items) => match seq_index(items.len(), index, "list", "list")? {
            Some(i) => Ok(items[i].dup()),
            None => err(ExcKind::IndexError, "list index out of range"),
        },
        Obj::Tuple(items) => match seq_index(items.len(), index, "tuple", "tuple")? {
            Some(i) => Ok(items[i].dup()),
            None => err(ExcKind::IndexError, "tuple index out of range"),
        },
        Obj::Str(s) => match seq_index(s.char_len(), index, "str", "string")? {
            Some(i) => Ok(value::char_(s.char_at(i).unwrap())),
            None => err(ExcKind::IndexError, "string index out of range"),
        },
        Obj::Bytes(_) | Obj::ByteArray(_) => crate::objects::bytes::get_item(o, index),
        Obj::Range(r) => {
            let n = ops::range_len(r) as usize;
            match seq_index(n, index, "range", "range")? {
                Some(i) => Ok(value::int(r[0] + i as i64 * r[2])),
                None => err(ExcKind::IndexError, "range object index out of range"),
            }
        }
        Obj::Dict(d) => match d.get(index)? {
            Some(v) => Ok(v.dup()),
            None => Err(crate::vm::key_error(index)),
        },
        Obj::Instance(_) => match crate::vm::dunder::call_dunder(o, crate::intern::sym::__getitem__, &[index])? {
            Some(v) => Ok(v),
            None if crate::vm::class::native_of(o).is_some() => {
                match get_item(crate::vm::class::native_of(o).unwrap(), index) {
                    Err(e) if e.kind == ExcKind::KeyError && has_dunder(o, crate::intern::sym::__missing__) => {
                        drop(e);
                        let r = crate::vm::dunder::call_dunder(o, crate::intern::sym::__missing__, &[index])?;
                        Ok(r.unwrap())
                    }
                    r => r,
                }
            }
            None => type_error(format!("'{}' object is not subscriptable", type_name(o))),
        },
        Obj::Class(_) | Obj::Type(_) => type_error(format!("type '{}' is not subscriptable", repr_name(o))),
        _ => type_error(format!("'{}' object is not subscriptable", type_name(o))),
    }
}

fn has_dunder(o: &Value, n: crate::intern::Sym) -> bool {
    match o.obj() {
        Obj::Instance(inst) => crate::object::class_lookup(&inst.class, n).is_some(),
        _ => false,
    }
}

fn repr_name(o: &Value) -> String {
    match o.obj() {
        Obj::Class(c) => name(c.name).to_string(),
        Obj::Type(t) => t.name().to_string(),
        _ => type_name(o).to_string(),
    }
}

#[inline]
pub fn set_item(o: &Value, index: &Value, v: Value) -> PyResult<()> {
    // The hot path: a list item at an in-range int (STORE_SUBSCR_LIST_INT's).
    if let (Obj::List(items), Obj::Int(i)) = (o.obj_mut(), index.obj()) {
        let i = if *i < 0 { *i + items.len() as i64 } else { *i };
        if let Some(slot) = usize::try_from(i).ok().and_then(|i| items.get_mut(i)) {
            let old = std::mem::replace(slot, v);
            drop(old);
            return Ok(());
        }
    }
    // A dict keyed by a str or an int (STORE_SUBSCR_DICT's): no slice or special method
    // to look for.
    if let (Obj::Dict(d), Obj::Str(_) | Obj::Int(_)) = (o.obj_mut(), index.obj()) {
        let old = d.set(index.dup(), v)?;
        drop(old);
        return Ok(());
    }
    set_item_other(o, index, v)
}

#[inline(never)]
fn set_item_other(o: &Value, index: &Value, v: Value) -> PyResult<()> {
    if slices_natively(o, index) {
        let [a, b, c] = crate::objects::slice::parts(index).expect("a slice");
        return set_slice(o, a, b, c, v);
    }
    match o.obj_mut() {
        Obj::MappingProxy(_) => {
            drop(v);
            crate::objects::mappingproxy::setitem()
        }
        Obj::MainDict => crate::objects::main_dict::setitem(index, v),
        Obj::List(items) => match seq_index(items.len(), index, "list", "list")? {
            Some(i) => {
                let old = std::mem::replace(&mut items[i], v);
                drop(old);
                Ok(())
            }
            None => err(ExcKind::IndexError, "list assignment index out of range"),
        },
        Obj::Dict(d) => {
            let old = d.set(index.dup(), v)?;
            drop(old);
            Ok(())
        }
        Obj::ByteArray(_) => crate::objects::bytearray::set_item(o, index, &v),
        Obj::Instance(_)
            if crate::vm::class::native_of(o).is_some() && !has_dunder(o, crate::intern::sym::__setitem__) =>
        {
            set_item(crate::vm::class::native_of(o).unwrap(), index, v)
        }
        Obj::Instance(_) => match crate::vm::dunder::call_dunder(o, crate::intern::sym::__setitem__, &[index, &v])? {
            Some(_) => Ok(()),
            None if has_dunder(o, crate::intern::sym::__delitem__) => err(ExcKind::AttributeError, "__setitem__"),
            None => type_error(format!("'{}' object does not support item assignment", type_name(o))),
        },
        _ => type_error(format!("'{}' object does not support item assignment", type_name(o))),
    }
}

pub fn del_item(o: &Value, index: &Value) -> PyResult<()> {
    if slices_natively(o, index) {
        let [a, b, c] = crate::objects::slice::parts(index).expect("a slice");
        return del_slice(o, a, b, c);
    }
    match o.obj_mut() {
        Obj::MappingProxy(_) => crate::objects::mappingproxy::delitem(),
        Obj::MainDict => crate::objects::main_dict::delitem(index),
        Obj::List(items) => match seq_index(items.len(), index, "list", "list")? {
            Some(i) => {
                let old = super::list::remove_at(items, i);
                drop(old);
                Ok(())
            }
            None => err(ExcKind::IndexError, "list assignment index out of range"),
        },
        Obj::Dict(d) => match d.remove(index)? {
            Some((k, v)) => {
                drop(k);
                drop(v);
                Ok(())
            }
            None => Err(crate::vm::key_error(index)),
        },
        Obj::Instance(_) => match crate::vm::dunder::call_dunder(o, crate::intern::sym::__delitem__, &[index])? {
            Some(_) => Ok(()),
            None if crate::vm::class::native_of(o).is_some() => {
                del_item(crate::vm::class::native_of(o).unwrap(), index)
            }
            None if has_dunder(o, crate::intern::sym::__setitem__) => err(ExcKind::AttributeError, "__delitem__"),
            None => type_error(format!("'{}' object does not support item deletion", type_name(o))),
        },
        Obj::ByteArray(_) => crate::objects::bytearray::del_item(o, index),
        Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) => {
            type_error(format!("'{}' object doesn't support item deletion", type_name(o)))
        }
        _ => type_error(format!("'{}' object does not support item deletion", type_name(o))),
    }
}

/// CPython's PySlice_Unpack + PySlice_AdjustIndices: (start, stop, step, length).
fn slice_indices(
    len: usize,
    a: Option<&Value>,
    b: Option<&Value>,
    c: Option<&Value>,
) -> PyResult<(i64, i64, i64, usize)> {
    let get = |v: Option<&Value>| -> PyResult<Option<i64>> {
        match v {
            None => Ok(None),
            Some(v) if matches!(v.obj(), Obj::None) => Ok(None),
            Some(v) => match ops::as_index(v) {
                Some(i) => Ok(Some(i)),
                None => type_error("slice indices must be integers or None or have an __index__ method"),
            },
        }
    };
    let step = get(c)?.unwrap_or(1);
    if step == 0 {
        return err(ExcKind::ValueError, "slice step cannot be zero");
    }
    let len = len as i64;
    let adjust = |v: Option<i64>, default_neg: i64, default_pos: i64| -> i64 {
        match v {
            None => {
                if step < 0 {
                    default_neg
                } else {
                    default_pos
                }
            }
            Some(mut x) => {
                if x < 0 {
                    x = x.saturating_add(len);
                    if x < 0 {
                        x = if step < 0 { -1 } else { 0 };
                    }
                } else if x >= len {
                    x = if step < 0 { len - 1 } else { len };
                }
                x
            }
        }
    };
    let start = adjust(get(a)?, len - 1, 0);
    let stop = adjust(get(b)?, -1, len);
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

fn picked<T>(items: &[T], start: i64, step: i64, n: usize) -> impl Iterator<Item = &T> {
    (0..n).map(move |k| &items[(start + k as i64 * step) as usize])
}

pub fn get_slice(o: &Value, a: Option<&Value>, b: Option<&Value>, c: Option<&Value>) -> PyResult<Value> {
    if let Some(n) = crate::vm::class::native_of(o) {
        if !has_dunder(o, crate::intern::sym::__getitem__) {
            return get_slice(n, a, b, c);
        }
    }
    if through_slice_object(o) {
        return get_item(o, &crate::objects::slice::from_parts(a, b, c));
    }
    match o.obj() {
        Obj::List(items) => {
            let (start, _, step, n) = slice_indices(items.len(), a, b, c)?;
            Ok(value::list(picked(items, start, step, n).map(Value::dup).collect()))
        }
        // A struct sequence slices to a plain tuple.
        Obj::CacheInfo(s) => {
            let (start, _, step, n) = slice_indices(s.0.len(), a, b, c)?;
            Ok(value::tuple(picked(&s.0, start, step, n).map(Value::dup).collect()))
        }
        Obj::Tuple(items) => {
            let (start, _, step, n) = slice_indices(items.len(), a, b, c)?;
            if step == 1 && n == items.len() {
                return Ok(o.dup());
            }
            Ok(value::tuple(picked(items, start, step, n).map(Value::dup).collect()))
        }
        Obj::Str(s) => {
            let len = s.char_len();
            let (start, _, step, n) = slice_indices(len, a, b, c)?;
            if step == 1 && n == len {
                return Ok(o.dup());
            }
            if step == 1 {
                let piece = s.char_slice(start as usize, start as usize + n);
                return Ok(if s.is_ascii() { value::str_ascii(piece.to_owned()) } else { value::str_(piece) });
            }
            let chars: Vec<char> = s.chars().collect();
            let out: String = picked(&chars, start, step, n).collect();
            Ok(value::str_(&out))
        }
        Obj::Bytes(_) | Obj::ByteArray(_) => {
            let len = crate::objects::bytes::data(o).unwrap().len();
            let (start, _, step, n) = slice_indices(len, a, b, c)?;
            Ok(crate::objects::bytes::slice(o, start, step, n))
        }
        Obj::Range(r) => {
            let len = ops::range_len(r) as usize;
            let (start, stop, step, _) = slice_indices(len, a, b, c)?;
            let [rs, _, rstep] = **r;
            Ok(alloc(Obj::Range(Box::new([rs + start * rstep, rs + stop * rstep, rstep * step]))))
        }
        _ => type_error(format!("'{}' object is not subscriptable", type_name(o))),
    }
}

pub fn set_slice(o: &Value, a: Option<&Value>, b: Option<&Value>, c: Option<&Value>, v: Value) -> PyResult<()> {
    if through_slice_object(o) {
        return set_item(o, &crate::objects::slice::from_parts(a, b, c), v);
    }
    if let Obj::ByteArray(ba) = o.obj() {
        let (start, stop, step, n) = slice_indices(ba.len(), a, b, c)?;
        return crate::objects::bytearray::set_slice(o, start, stop, step, n, &v);
    }
    let Obj::List(items) = o.obj() else {
        return type_error(format!("'{}' object does not support item assignment", type_name(o)));
    };
    let (start, stop, step, n) = slice_indices(items.len(), a, b, c)?;
    let new = match v.obj() {
        Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Range(_) => iterate(&v)?,
        _ => {
            return type_error(if step == 1 {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            })
        }
    };
    drop(v);
    let items = list_items(o);
    if step == 1 {
        let lo = start as usize;
        let hi = (stop.max(start)) as usize;
        let newlen = items.len() - (hi - lo) + new.len();
        if newlen == 0 {
            // Emptying the list frees its array, as `list.clear()` does.
            let old = std::mem::take(items);
            old.release();
            return Ok(());
        }
        if newlen > items.len() {
            super::list::resize(items, newlen);
        }
        let old: Vec<Value> = items.vec().splice(lo..hi, new).collect();
        if newlen < items.capacity() {
            super::list::resize(items, newlen);
        }
        release_reversed(old);
        return Ok(());
    }
    if new.len() != n {
        return err(
            ExcKind::ValueError,
            format!("attempt to assign sequence of size {} to extended slice of size {n}", new.len()),
        );
    }
    let mut old = Vec::with_capacity(n);
    for (k, item) in new.into_iter().enumerate() {
        let i = (start + k as i64 * step) as usize;
        old.push(std::mem::replace(&mut list_items(o)[i], item));
    }
    drop(old);
    Ok(())
}

pub fn del_slice(o: &Value, a: Option<&Value>, b: Option<&Value>, c: Option<&Value>) -> PyResult<()> {
    if through_slice_object(o) {
        return del_item(o, &crate::objects::slice::from_parts(a, b, c));
    }
    if let Obj::ByteArray(ba) = o.obj() {
        let (start, stop, step, n) = slice_indices(ba.len(), a, b, c)?;
        return crate::objects::bytearray::del_slice(o, start, stop, step, n);
    }
    let Obj::List(items) = o.obj() else {
        return type_error(format!("'{}' object does not support item deletion", type_name(o)));
    };
    let (start, stop, step, n) = slice_indices(items.len(), a, b, c)?;
    let items = list_items(o);
    if step == 1 {
        let old: Vec<Value> = items.vec().drain(start as usize..stop.max(start) as usize).collect();
        if items.is_empty() {
            *items = Default::default();
        } else {
            let len = items.len();
            super::list::resize(items, len);
        }
        release_reversed(old);
        return Ok(());
    }
    let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
    idx.sort_unstable();
    let mut old = Vec::with_capacity(n);
    for &i in idx.iter().rev() {
        old.push(super::list::remove_at(list_items(o), i));
    }
    old.reverse();
    drop(old);
    Ok(())
}
