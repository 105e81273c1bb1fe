//! The methods of `list`: append, pop, insert, extend, clear, index, count, remove,
//! reverse, copy.
use super::{call, iterate, Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::intern::{name, Sym};
use crate::object::{type_name, ListItems, Obj};
use crate::{ops, repr, value};

/// The builtin method `name` of `v`'s type, if it has one (uncached: see `super::method`).
pub(super) fn lookup_method(v: &Value, n: Sym) -> Option<BuiltinFn> {
    if name(n).starts_with("__") {
        if let Some(b) = crate::objects::slot_wrapper::lookup(v, n) {
            return Some(b);
        }
    }
    match v.obj() {
        Obj::Range(_) => return crate::objects::range::method(n),
        Obj::Set(s) if s.frozen => return crate::objects::frozenset::method(n),
        Obj::Bytes(_) => return crate::objects::bytes::method(n, false),
        Obj::ByteArray(_) => return crate::objects::bytes::method(n, true),
        _ => {}
    }
    if matches!(v.obj(), Obj::Dict(_) | Obj::Set(_)) {
        return super::dict::method(v, n);
    }
    if let Obj::Str(_) = v.obj() {
        return super::str::method(n);
    }
    if let Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) = v.obj() {
        return super::numbers::int_method(&name(n));
    }
    if let Obj::Float(_) = v.obj() {
        return super::numbers::float_method(&name(n));
    }
    if let Obj::Tuple(_) = v.obj() {
        return match &*name(n) {
            "count" => Some(BuiltinFn::ListCount),
            "index" => Some(BuiltinFn::ListIndex),
            _ => None,
        };
    }
    let Obj::List(_) = v.obj() else { return None };
    let text = name(n);
    Some(match &*text {
        "append" => BuiltinFn::ListAppend,
        "pop" => BuiltinFn::ListPop,
        "insert" => BuiltinFn::ListInsert,
        "extend" => BuiltinFn::ListExtend,
        "clear" => BuiltinFn::ListClear,
        "index" => BuiltinFn::ListIndex,
        "count" => BuiltinFn::ListCount,
        "remove" => BuiltinFn::ListRemove,
        "reverse" => BuiltinFn::ListReverse,
        "copy" => BuiltinFn::ListCopy,
        "sort" => BuiltinFn::ListSort,
        _ => return None,
    })
}

pub(super) fn list_items(v: &Value) -> &'static mut ListItems {
    match v.obj_mut() {
        Obj::List(items) => items,
        _ => unreachable!("list method on a non-list"),
    }
}

/// CPython's argument-count messages for a builtin method.
pub(super) fn arg_count(what: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        if min == max && min == 1 {
            return type_error(format!("{what}() takes exactly one argument ({n} given)"));
        }
        if min == max && min == 0 {
            return type_error(format!("{what}() takes no arguments ({n} given)"));
        }
        if n < min {
            return type_error(format!(
                "{what} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            ));
        }
        return type_error(format!(
            "{what} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

/// A position argument (`insert`, `pop`): an int that must fit in a C ssize_t.
fn index_arg(v: &Value) -> PyResult<i64> {
    if let Obj::Long(_) = v.obj() {
        return crate::error::err(ExcKind::OverflowError, "Python int too large to convert to C ssize_t");
    }
    clamped_index_arg(v)
}

/// A bound argument (`index`'s start and stop): a big int is clamped, as slice indices are.
fn clamped_index_arg(v: &Value) -> PyResult<i64> {
    ops::as_index(v).ok_or_else(|| {
        crate::error::PyErr::new(
            ExcKind::TypeError,
            format!("'{}' object cannot be interpreted as an integer", type_name(v)),
        )
    })
}

pub fn call_method(b: BuiltinFn, this: &Value, mut args: Args) -> PyResult<Value> {
    // The commonest methods of a str or a dict straight to their type's own dispatch
    // (where the checks below would send them too).
    use BuiltinFn::*;
    match (this.obj(), b) {
        (
            Obj::Str(_),
            StrLower | StrUpper | StrSplit | StrJoin | StrReplace | StrStrip | StrLstrip | StrRstrip | StrStartswith
            | StrEndswith | StrFind | StrCount | StrIsdigit | StrIsalpha | StrIsspace | StrFormat,
        ) => return super::str::call_method(b, this, args),
        (Obj::Dict(_), DictGet | DictKeys | DictValues | DictItems | DictSetDefault | DictPop) => {
            return super::dict::call_method(b, this, args)
        }
        _ => {}
    }
    if let BuiltinFn::Functools(op) = b {
        return crate::objects::call(op, Some(this), args, Vec::new());
    }
    if b.is_slot_wrapper() || matches!(b, BuiltinFn::SlotExtra(_)) {
        return crate::objects::slot_wrapper::call(b, this, args);
    }
    if matches!(
        b,
        BuiltinFn::NativeInit
            | BuiltinFn::NativeGetItem
            | BuiltinFn::NativeSetItem
            | BuiltinFn::NativeDelItem
            | BuiltinFn::NativeLen
            | BuiltinFn::NativeContains
            | BuiltinFn::NativeRepr
            | BuiltinFn::NativeStr
            | BuiltinFn::NativeIter
    ) {
        return crate::vm::class::call_native_method(b, this, args);
    }
    if let Obj::Str(_) = this.obj() {
        if !matches!(
            b,
            BuiltinFn::ExcInit
                | BuiltinFn::ExcWithTraceback
                | BuiltinFn::ExcAddNote
                | BuiltinFn::ObjectInit
                | BuiltinFn::ObjectSetAttr
                | BuiltinFn::ObjectGetAttribute
                | BuiltinFn::ObjectDelAttr
        ) {
            return super::str::call_method(b, this, args);
        }
    }
    match b {
        BuiltinFn::Bytes(m) => return crate::objects::bytes::call_method(m, this, args),
        BuiltinFn::SetIsSuperset
        | BuiltinFn::SetIsDisjoint
        | BuiltinFn::SetSymmetricDifference
        | BuiltinFn::SetSymmetricDifferenceUpdate
        | BuiltinFn::SetIntersectionUpdate
        | BuiltinFn::SetDifferenceUpdate => return crate::objects::frozenset::call_method(b, this, args),
        BuiltinFn::IntToBytes => return crate::objects::bytes::int_to_bytes(this, &args, &[]),
        BuiltinFn::SliceIndices => return crate::objects::slice::indices(this, args),
        BuiltinFn::RangeCount | BuiltinFn::RangeIndex => return crate::objects::range::call_method(b, this, args),
        BuiltinFn::DictViewIsDisjoint => return crate::objects::dictview::isdisjoint(this, args),
        BuiltinFn::Stream(m) => return crate::objects::stdstream::call_method(m, this, args),
        BuiltinFn::IntFromBytes | BuiltinFn::DictFromKeys | BuiltinFn::FloatFromHex
            if matches!(this.obj(), Obj::Type(_) | Obj::Class(_)) =>
        {
            return crate::objects::alt_ctor::call(b, this, args, Vec::new())
        }
        BuiltinFn::BytesFromHex if matches!(this.obj(), Obj::Class(_)) => {
            return crate::objects::alt_ctor::call(b, this, args, Vec::new())
        }
        BuiltinFn::BytesFromHex => {
            if args.len() != 1 {
                return type_error(format!("fromhex() takes exactly one argument ({} given)", args.len()));
            }
            let Obj::Str(s) = args[0].obj() else {
                return type_error(format!("fromhex() argument must be str, not {}", type_name(&args[0])));
            };
            let b = crate::objects::bytes::fromhex(s)?;
            return Ok(match this.obj() {
                Obj::Type(super::TypeId::ByteArray) => crate::objects::bytearray::new(b),
                _ => crate::objects::bytes::new(&b),
            });
        }
        _ => {}
    }
    if let Obj::MainDict = this.obj() {
        return crate::objects::main_dict::call_method(b, args, Vec::new());
    }
    if matches!(this.obj(), Obj::Dict(_) | Obj::Set(_)) {
        return super::dict::call_method(b, this, args);
    }
    match b {
        BuiltinFn::GenSend | BuiltinFn::GenThrow | BuiltinFn::GenClose | BuiltinFn::GenNext | BuiltinFn::GenIter => {
            return crate::objects::generator::call_method(b, this, args)
        }
        BuiltinFn::ListSort => return super::iterables::list_sort(this, args, &[]),
        BuiltinFn::ExcWithTraceback | BuiltinFn::ExcAddNote => return crate::vm::exc_method(b, this, args),
        BuiltinFn::ExcInit => {
            let mut a: Args = smallvec::smallvec![this.dup()];
            a.extend(args);
            return crate::vm::exc_init(a);
        }
        BuiltinFn::ObjectInit if !args.is_empty() && matches!(this.obj(), crate::object::Obj::Instance(_)) => {
            return type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                crate::object::type_name(this)
            ));
        }
        BuiltinFn::ObjectInit => return Ok(value::none()),
        BuiltinFn::ClassMro
        | BuiltinFn::ClassSubclasses
        | BuiltinFn::ObjectInitSubclass
        | BuiltinFn::ObjectSetAttr
        | BuiltinFn::ObjectGetAttribute
        | BuiltinFn::ObjectDelAttr => return crate::vm::call_class_method(b, this, args),
        _ => {}
    }
    if let Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) = this.obj() {
        return super::numbers::call_int_method(b, this, &args);
    }
    if let Obj::Float(_) = this.obj() {
        return super::numbers::call_float_method(b, this, &args);
    }
    if let Obj::Tuple(items) = this.obj() {
        // tuple.count / tuple.index, over a list copy of the items.
        let copy = value::list(items.iter().map(Value::dup).collect());
        return call_method(b, &copy, args).map_err(|mut e| {
            e.msg = e.msg.replace("in list", "in tuple").replace("list.index", "tuple.index");
            if e.msg.ends_with("is not in list") || e.msg.ends_with("is not in tuple") {
                e.msg = "tuple.index(x): x not in tuple".into();
            }
            e
        });
    }
    // `list.append` etc. in messages, formatted only when one is needed.
    let count = |args: &Args, min: usize, max: usize| -> PyResult<()> {
        if (min..=max).contains(&args.len()) {
            return Ok(());
        }
        arg_count(&format!("list.{}", b.name()), args, min, max)
    };
    match b {
        BuiltinFn::ListAppend => {
            count(&args, 1, 1)?;
            append(list_items(this), args.pop().unwrap());
        }
        BuiltinFn::ListPop => {
            arg_count("pop", &args, 0, 1)?;
            let items = list_items(this);
            if items.is_empty() {
                return err(ExcKind::IndexError, "pop from empty list");
            }
            let len = items.len() as i64;
            let mut i = match args.first() {
                Some(a) => index_arg(a)?,
                None => len - 1,
            };
            if i < 0 {
                i += len;
            }
            if i < 0 || i >= len {
                return err(ExcKind::IndexError, "pop index out of range");
            }
            return Ok(remove_at(list_items(this), i as usize));
        }
        BuiltinFn::ListInsert => {
            if args.len() != 2 {
                return type_error(format!("insert expected 2 arguments, got {}", args.len()));
            }
            let v = args.pop().unwrap();
            let len = list_items(this).len() as i64;
            let mut i = index_arg(&args[0])?;
            if i < 0 {
                i = (i + len).max(0);
            }
            let i = i.min(len) as usize;
            let items = list_items(this);
            resize(items, len as usize + 1);
            items.vec().insert(i, v);
        }
        BuiltinFn::ListExtend => {
            count(&args, 1, 1)?;
            list_extend(this, &args[0])?;
        }
        BuiltinFn::ListClear => {
            count(&args, 0, 0)?;
            let old = std::mem::take(list_items(this));
            old.release();
        }
        BuiltinFn::ListIndex | BuiltinFn::ListCount | BuiltinFn::ListRemove => {
            if b == BuiltinFn::ListIndex {
                arg_count("index", &args, 1, 3)?;
            } else {
                count(&args, 1, 1)?;
            }
            let mut count = 0;
            let mut i = 0;
            let mut stop = usize::MAX;
            if b == BuiltinFn::ListIndex && args.len() > 1 {
                let len = list_items(this).len() as i64;
                let clamp = |v: i64| if v < 0 { (v + len).max(0) } else { v.min(len) } as usize;
                i = clamp(clamped_index_arg(&args[1])?);
                if let Some(e) = args.get(2) {
                    stop = clamp(clamped_index_arg(e)?);
                }
            }
            loop {
                if i >= stop {
                    break;
                }
                let Some(x) = list_items(this).get(i).map(Value::dup) else { break };
                if x.is(&args[0]) || ops::eq(&x, &args[0])? {
                    match b {
                        BuiltinFn::ListIndex => return Ok(value::int(i as i64)),
                        BuiltinFn::ListRemove => {
                            let old = remove_at(list_items(this), i);
                            drop(x);
                            drop(old);
                            return Ok(value::none());
                        }
                        _ => count += 1,
                    }
                }
                i += 1;
            }
            return match b {
                BuiltinFn::ListCount => Ok(value::int(count)),
                BuiltinFn::ListIndex => err(ExcKind::ValueError, format!("{} is not in list", repr::repr(&args[0])?)),
                _ => err(ExcKind::ValueError, "list.remove(x): x not in list"),
            };
        }
        BuiltinFn::ListReverse => {
            count(&args, 0, 0)?;
            list_items(this).reverse();
        }
        BuiltinFn::ListCopy => {
            count(&args, 0, 0)?;
            return Ok(value::list(list_items(this).iter().map(Value::dup).collect()));
        }
        _ => return call(b, args),
    }
    Ok(value::none())
}

/// `list.extend` / `list += iterable`, growing the list as CPython's `list_extend` does.
pub fn list_extend(this: &Value, other: &Value) -> PyResult<()> {
    let exact = matches!(other.obj(), Obj::List(_) | Obj::Tuple(_));
    let hint = if exact { 0 } else { length_hint(other) };
    let more = iterate(other)?;
    let items = list_items(this);
    if exact {
        if more.is_empty() {
            return Ok(());
        }
        if items.capacity() == 0 && items.is_empty() {
            // A list that never had items is given exactly (rounded up to even) room.
            items.vec().reserve_exact((more.len() + 1) & !1);
        } else {
            resize(items, items.len() + more.len());
        }
        items.vec().extend(more);
        return Ok(());
    }
    let len = items.len();
    if items.capacity() == 0 && hint > 0 {
        // A list that never had items is given exactly the room hinted (rounded up to
        // even), as for a list or tuple.
        ops::try_reserve(&mut items.vec(), (hint + 1) & !1)?;
    } else {
        // A hint too big to allocate is a MemoryError, as list_resize's failure is.
        try_resize(items, len.checked_add(hint).ok_or_else(memory_error)?)?;
    }
    for v in more {
        append(items, v);
    }
    let len = items.len();
    if len < items.capacity() {
        resize(items, len);
    }
    Ok(())
}

/// A new list of an iterable's items (`list(x)`, `sorted(x)`), allocated as CPython's
/// is: exact room (rounded up to even) first for a sized `x`, then `list_extend`.
pub fn list_of(iterable: &Value) -> PyResult<Value> {
    let mut items = Vec::new();
    if let Some(n) = sized_len(iterable).filter(|&n| n > 0) {
        ops::try_reserve(&mut items, (n.saturating_add(1)) & !1)?;
    }
    let list = value::list(items);
    list_extend(&list, iterable)?;
    Ok(list)
}

fn memory_error() -> crate::error::Exc {
    crate::error::PyErr::new(crate::error::ExcKind::MemoryError, "")
}

/// `len(v)` of the builtin sized types (CPython's `_PyObject_HasLen`), if `v` is one.
fn sized_len(v: &Value) -> Option<usize> {
    Some(match v.obj() {
        Obj::Str(s) => s.char_len(),
        Obj::List(items) => items.len(),
        Obj::Tuple(items) => items.len(),
        Obj::Dict(d) => d.len(),
        Obj::Set(s) => s.len(),
        Obj::Range(r) => ops::range_len(r).max(0) as usize,
        Obj::DictView(b) => match b.0.obj() {
            Obj::Dict(d) => d.len(),
            _ => return None,
        },
        _ => return None,
    })
}

/// `operator.length_hint` as `list_extend` asks it: the length of a sized object, the
/// items left in a sequence iterator, else 8.
fn length_hint(v: &Value) -> usize {
    use crate::object::Iter;
    if let Some(n) = sized_len(v) {
        return n;
    }
    match v.obj() {
        Obj::Iter(it) => match &**it {
            Iter::Seq(s, i) => match s.obj() {
                Obj::List(items) => items.len().saturating_sub(*i),
                Obj::Tuple(items) => items.len().saturating_sub(*i),
                _ => 8,
            },
            Iter::Range { left, .. } => (*left).max(0) as usize,
            Iter::Reversed(_, i) => *i,
            Iter::Values(v, i) => v.len().saturating_sub(*i),
            _ => 8,
        },
        _ => 8,
    }
}

/// CPython's `list_resize`: make the allocation fit `newsize` items, over-allocating
/// as a list grows (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...) and giving memory back
/// when fewer than half the slots are used. `sys.getsizeof` reads the capacity.
pub fn resize(items: &mut ListItems, newsize: usize) {
    // Growth by a few items at a time never asks for more than the list already has.
    let _ = try_resize(items, newsize);
}

/// `resize`, with an allocation that cannot be made a MemoryError.
pub fn try_resize(items: &mut ListItems, newsize: usize) -> PyResult<()> {
    let allocated = items.capacity();
    if allocated >= newsize && newsize >= (allocated >> 1) {
        return Ok(());
    }
    // A list's length and capacity are kept in 32 bits (see `ListItems`).
    if newsize > u32::MAX as usize / 2 {
        return Err(memory_error());
    }
    let mut items = items.vec();
    let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
    if newsize.saturating_sub(items.len()) > new_allocated - newsize {
        new_allocated = (newsize + 3) & !3;
    }
    if newsize == 0 {
        new_allocated = 0;
    }
    if new_allocated > allocated {
        let more = new_allocated - items.len();
        ops::try_reserve(&mut items, more)?;
    } else {
        items.shrink_to(new_allocated);
    }
    Ok(())
}

/// Append one item, growing the allocation as CPython's does.
#[inline]
pub fn append(items: &mut ListItems, v: Value) {
    if items.len() == items.capacity() {
        resize(items, items.len() + 1);
    }
    items.push(v);
}

/// Remove the item at `i`, giving memory back as CPython's `list_ass_slice` does.
pub fn remove_at(items: &mut ListItems, i: usize) -> Value {
    let v = items.vec().remove(i);
    let len = items.len();
    resize(items, len);
    v
}
