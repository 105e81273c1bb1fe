//! The methods of `dict` (get, keys, values, items, pop, popitem, update, setdefault, copy,
//! clear) and of `set` (add, remove, discard, pop, clear, copy, union, intersection,
//! difference, update), and subscripting a dict.
use super::list::arg_count;
use super::{iterate, Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{name, Sym};
use crate::object::{Obj, ViewKind};
use crate::table::{Dict, Set};
use crate::value;

pub fn method(v: &Value, n: Sym) -> Option<BuiltinFn> {
    let text = name(n);
    match v.obj() {
        Obj::Dict(_) => Some(match &*text {
            "get" => BuiltinFn::DictGet,
            "keys" => BuiltinFn::DictKeys,
            "values" => BuiltinFn::DictValues,
            "items" => BuiltinFn::DictItems,
            "pop" => BuiltinFn::DictPop,
            "popitem" => BuiltinFn::DictPopItem,
            "update" => BuiltinFn::DictUpdate,
            "setdefault" => BuiltinFn::DictSetDefault,
            "copy" => BuiltinFn::DictCopy,
            "clear" => BuiltinFn::DictClear,
            _ => return None,
        }),
        Obj::Set(_) => Some(match &*text {
            "add" => BuiltinFn::SetAdd,
            "remove" => BuiltinFn::SetRemove,
            "discard" => BuiltinFn::SetDiscard,
            "pop" => BuiltinFn::SetPop,
            "clear" => BuiltinFn::SetClear,
            "copy" => BuiltinFn::SetCopy,
            "union" => BuiltinFn::SetUnion,
            "intersection" => BuiltinFn::SetIntersection,
            "difference" => BuiltinFn::SetDifference,
            "update" => BuiltinFn::SetUpdate,
            "issubset" => BuiltinFn::SetIsSubset,
            "issuperset" => BuiltinFn::SetIsSuperset,
            "isdisjoint" => BuiltinFn::SetIsDisjoint,
            "symmetric_difference" => BuiltinFn::SetSymmetricDifference,
            "symmetric_difference_update" => BuiltinFn::SetSymmetricDifferenceUpdate,
            "intersection_update" => BuiltinFn::SetIntersectionUpdate,
            "difference_update" => BuiltinFn::SetDifferenceUpdate,
            _ => return None,
        }),
        _ => None,
    }
}

pub fn dict_of(v: &Value) -> &'static mut Dict {
    match v.obj_mut() {
        Obj::Dict(d) => d,
        _ => unreachable!("dict method on a non-dict"),
    }
}

pub fn set_of(v: &Value) -> &'static mut Set {
    match v.obj_mut() {
        Obj::Set(s) => s,
        _ => unreachable!("set method on a non-set"),
    }
}

/// `d.copy()` (CPython's `PyDict_Copy`): a compact dict's table is cloned.
pub fn dict_copy(this: &Value) -> PyResult<Value> {
    let d = alloc(Obj::Dict(Box::default()));
    let src = dict_of(this);
    if src.copies_compactly() {
        let pairs: Vec<(Value, Value)> = src.entries.iter().map(|(_, k, v)| (k.dup(), v.dup())).collect();
        for (k, v) in pairs {
            drop(dict_of(&d).set(k, v)?);
        }
        dict_of(&d).copy_shape(dict_of(this));
    } else if !src.is_empty() {
        dict_update(&d, this)?;
    }
    Ok(d)
}

/// `d.update(other)` / `dict(other)`: from a dict or from an iterable of pairs.
pub fn dict_update(d: &Value, other: &Value) -> PyResult<()> {
    // A dict subclass's instance merges as the dict it extends (CPython's fast path).
    if let Some(native) = crate::vm::class::native_of(other).filter(|n| matches!(n.obj(), Obj::Dict(_))) {
        return dict_update(d, &native.dup());
    }
    if let Obj::Dict(src) = other.obj() {
        if src.is_empty() || d.is(other) {
            return Ok(());
        }
        let pairs: Vec<(Value, Value)> = src.entries.iter().map(|(_, k, v)| (k.dup(), v.dup())).collect();
        // An empty dict takes a compact source's table whole; otherwise it grows once.
        let clone = dict_of(d).is_empty() && src.merges_by_clone();
        if !clone {
            let str_keys = src.str_keys();
            dict_of(d).reserve_merge(pairs.len(), str_keys);
        }
        for (k, v) in pairs {
            let old = dict_of(d).set(k, v)?;
            drop(old);
        }
        if clone {
            if let Obj::Dict(src) = other.obj() {
                dict_of(d).copy_shape(src);
            }
        }
        return Ok(());
    }
    if let Obj::MainDict = other.obj() {
        return dict_update(d, &crate::objects::main_dict::snapshot()?);
    }
    // Any other object with a `keys` method is a mapping: its keys, then `other[key]`
    // for each (CPython's PyDict_Merge on a non-dict).
    if let Obj::Instance(_) = other.obj() {
        if let Ok(keys) = crate::vm::getattr(other, crate::intern::intern("keys")) {
            let keys = crate::vm::call(&keys, smallvec::smallvec![])?;
            for k in iterate(&keys)? {
                let v = super::get_item(other, &k)?;
                let old = dict_of(d).set(k, v)?;
                drop(old);
            }
            return Ok(());
        }
    }
    for (i, item) in iterate(other)?.into_iter().enumerate() {
        let pair = match item.obj() {
            Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) => iterate(&item)?,
            _ => return type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")),
        };
        if pair.len() != 2 {
            return err(
                ExcKind::ValueError,
                format!("dictionary update sequence element #{i} has length {}; 2 is required", pair.len()),
            );
        }
        let mut it = pair.into_iter();
        let (k, v) = (it.next().unwrap(), it.next().unwrap());
        let old = dict_of(d).set(k, v)?;
        drop(old);
    }
    Ok(())
}

/// `d.get(key[, default])`. The call's arguments are released key first, once the
/// result is made, as CPython's CALL releases them; a default that is the result is
/// given back with the reference the call held.
pub fn get(this: &Value, key: Value, default: Option<Value>) -> PyResult<Value> {
    let found = dict_of(this).get(&key).map(|v| v.map(Value::dup));
    drop(key);
    match found? {
        Some(v) => {
            drop(default);
            Ok(v)
        }
        None => Ok(default.unwrap_or_else(value::none)),
    }
}

/// `d.keys()`, `d.values()` or `d.items()`: a view of the dict.
pub fn view(this: &Value, b: BuiltinFn) -> Value {
    let kind = match b {
        BuiltinFn::DictKeys => ViewKind::Keys,
        BuiltinFn::DictValues => ViewKind::Values,
        _ => ViewKind::Items,
    };
    alloc(Obj::DictView(Box::new((this.dup(), kind))))
}

pub fn call_method(b: BuiltinFn, this: &Value, mut args: Args) -> PyResult<Value> {
    match b {
        BuiltinFn::DictGet => {
            arg_count("get", &args, 1, 2)?;
            let default = if args.len() == 2 { args.pop() } else { None };
            let key = args.pop().expect("one argument");
            get(this, key, default)
        }
        BuiltinFn::DictKeys | BuiltinFn::DictValues | BuiltinFn::DictItems => {
            let what = match b {
                BuiltinFn::DictKeys => "dict.keys",
                BuiltinFn::DictValues => "dict.values",
                _ => "dict.items",
            };
            arg_count(what, &args, 0, 0)?;
            Ok(view(this, b))
        }
        BuiltinFn::DictPop => {
            arg_count("pop", &args, 1, 2)?;
            match dict_of(this).remove(&args[0])? {
                Some((k, v)) => {
                    drop(k);
                    Ok(v)
                }
                None if args.len() == 2 => Ok(args.pop().unwrap()),
                None => Err(crate::vm::key_error(&args[0])),
            }
        }
        BuiltinFn::DictPopItem => {
            arg_count("dict.popitem", &args, 0, 0)?;
            match dict_of(this).pop_last() {
                Some((k, v)) => Ok(value::tuple_of(smallvec::smallvec![k, v])),
                None => Err(crate::vm::key_error(&value::str_("popitem(): dictionary is empty"))),
            }
        }
        BuiltinFn::DictUpdate => {
            arg_count("update", &args, 0, 1)?;
            if let Some(o) = args.first() {
                dict_update(this, o)?;
            }
            Ok(value::none())
        }
        BuiltinFn::DictSetDefault => {
            arg_count("setdefault", &args, 1, 2)?;
            if let Some(v) = dict_of(this).get(&args[0])? {
                return Ok(v.dup());
            }
            let default = args.get(1).map(Value::dup).unwrap_or_else(value::none);
            let key = args.swap_remove(0);
            dict_of(this).set(key, default.dup())?;
            Ok(default)
        }
        BuiltinFn::DictCopy => {
            arg_count("dict.copy", &args, 0, 0)?;
            dict_copy(this)
        }
        BuiltinFn::DictClear => {
            arg_count("dict.clear", &args, 0, 0)?;
            for (_, k, v) in dict_of(this).take() {
                drop(k);
                drop(v);
            }
            Ok(value::none())
        }
        BuiltinFn::SetAdd => {
            arg_count("set.add", &args, 1, 1)?;
            set_of(this).add(args.pop().unwrap())?;
            Ok(value::none())
        }
        BuiltinFn::SetRemove => {
            arg_count("set.remove", &args, 1, 1)?;
            match set_of(this).remove(&args[0])? {
                Some(old) => {
                    drop(old);
                    Ok(value::none())
                }
                None => Err(crate::vm::key_error(&args[0])),
            }
        }
        BuiltinFn::SetDiscard => {
            arg_count("set.discard", &args, 1, 1)?;
            let old = set_of(this).remove(&args[0])?;
            drop(old);
            Ok(value::none())
        }
        BuiltinFn::SetPop => {
            arg_count("set.pop", &args, 0, 0)?;
            match set_of(this).pop() {
                Some(v) => Ok(v),
                None => Err(crate::vm::key_error(&value::str_("pop from an empty set"))),
            }
        }
        BuiltinFn::SetClear => {
            arg_count("set.clear", &args, 0, 0)?;
            set_of(this).take().into_iter().for_each(drop);
            Ok(value::none())
        }
        BuiltinFn::SetCopy if set_of(this).frozen => {
            arg_count("frozenset.copy", &args, 0, 0)?;
            Ok(this.dup())
        }
        BuiltinFn::SetCopy | BuiltinFn::SetUnion | BuiltinFn::SetUpdate => {
            let out = if b == BuiltinFn::SetUpdate { this.dup() } else { set_merged(this)? };
            if b == BuiltinFn::SetUnion && set_of(this).frozen {
                set_of(&out).frozen = true;
            }
            if b == BuiltinFn::SetCopy {
                arg_count("set.copy", &args, 0, 0)?;
            }
            for a in &args {
                set_update(&out, a)?;
            }
            Ok(if b == BuiltinFn::SetUpdate { value::none() } else { out })
        }
        BuiltinFn::SetIsSubset if args.len() != 1 => {
            let what = if set_of(this).frozen { "frozenset" } else { "set" };
            type_error(format!("{what}.issubset() takes exactly one argument ({} given)", args.len()))
        }
        BuiltinFn::SetIntersection | BuiltinFn::SetDifference | BuiltinFn::SetIsSubset => {
            let mut keep: Vec<Value> = set_of(this).iter().map(Value::dup).collect();
            for a in &args {
                let other = new_set(iterate(a)?.into_iter())?;
                let mut next = Vec::new();
                for x in keep {
                    let inside = set_of(&other).contains(&x)?;
                    if inside == (b != BuiltinFn::SetDifference) {
                        next.push(x);
                    }
                }
                keep = next;
            }
            if b == BuiltinFn::SetIsSubset {
                arg_count("set.issubset", &args, 1, 1)?;
                return Ok(value::bool_(keep.len() == set_of(this).len()));
            }
            let r = new_set(keep.into_iter())?;
            set_of(&r).frozen = set_of(this).frozen;
            Ok(r)
        }
        _ => unreachable!("not a dict or set method"),
    }
}

/// A new set holding a set's keys, grown once up front and filled in the source's table
/// order (CPython's `set_merge`, behind `set(s)`, `s.copy()` and constant displays).
pub fn set_merged(src: &Value) -> PyResult<Value> {
    let s = alloc(Obj::Set(Box::default()));
    set_update(&s, src)?;
    Ok(s)
}

/// `target.update(other)` as CPython's set_update_internal: a set is merged (grown once,
/// its table copied slot for slot into an empty target of the same size), a dict's keys
/// are added after one growth, anything else is iterated.
pub fn set_update(target: &Value, other: &Value) -> PyResult<()> {
    match other.obj() {
        Obj::Set(o) => {
            if target.is(other) || o.is_empty() {
                return Ok(());
            }
            set_of(target).reserve_merge(o.len());
            if set_of(target).copy_layout(o) {
                return Ok(());
            }
            let keys: Vec<Value> = o.iter().map(Value::dup).collect();
            for k in keys {
                set_of(target).add(k)?;
            }
        }
        _ => {
            if let Obj::Dict(d) = other.obj() {
                set_of(target).reserve_merge(d.len());
            }
            for x in iterate(other)? {
                set_of(target).add(x)?;
            }
        }
    }
    Ok(())
}

pub fn new_set(items: impl Iterator<Item = Value>) -> PyResult<Value> {
    let s = alloc(Obj::Set(Box::default()));
    for x in items {
        set_of(&s).add(x)?;
    }
    Ok(s)
}

/// The items of `x` that are (or, with `inside` false, are not) in `y`, in `x`'s order.
fn filtered(x: &Set, y: &Set, inside: bool) -> PyResult<Vec<Value>> {
    let mut keep = Vec::new();
    for v in x.iter() {
        if y.contains(v)? == inside {
            keep.push(v.dup());
        }
    }
    Ok(keep)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets.
pub fn set_op(op: crate::ast::BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    use crate::ast::BinOp;
    let (Obj::Set(x), Obj::Set(y)) = (a.obj(), b.obj()) else { return Ok(None) };
    let r = match op {
        // set_or: a copy of a, then b merged in (grown once first).
        BinOp::BitOr => {
            let r = set_merged(a)?;
            set_update(&r, b)?;
            r
        }
        // `s & s` is a copy.
        BinOp::BitAnd if a.is(b) => set_merged(a)?,
        // set_intersection: the smaller set's keys that the larger holds.
        BinOp::BitAnd => {
            let (small, large) = if y.len() > x.len() { (x, y) } else { (y, x) };
            new_set(filtered(small, large, true)?.into_iter())?
        }
        // set_difference: a copy then discards when a is much larger, else a filtered.
        BinOp::Sub if x.len() >> 2 > y.len() => {
            let r = set_merged(a)?;
            let drop_keys: Vec<Value> = y.iter().map(Value::dup).collect();
            for k in drop_keys {
                let old = set_of(&r).remove(&k)?;
                drop(old);
            }
            r
        }
        BinOp::Sub => new_set(filtered(x, y, false)?.into_iter())?,
        // set_symmetric_difference: a copy of b, then each key of a discarded or added.
        BinOp::BitXor => {
            let r = set_merged(b)?;
            let keys: Vec<Value> = x.iter().map(Value::dup).collect();
            for k in keys {
                match set_of(&r).remove(&k)? {
                    Some(old) => drop(old),
                    None => {
                        set_of(&r).add(k)?;
                    }
                }
            }
            r
        }
        _ => return Ok(None),
    };
    // The result has the left operand's type: `frozenset | set` is a frozenset.
    set_of(&r).frozen = x.frozen;
    Ok(Some(r))
}
