//! `slice` objects (CPython's `Objects/sliceobject.c`): `slice(stop)`,
//! `slice(start, stop[, step])`, what `x[a:b]` hands to a `__getitem__`, and what
//! `x[s]` with a slice object in `s` reads, assigns or deletes.
//!
//! A slice holds its three parts (None where one was left out); it is a GC type with
//! a header of three pointers, compares as the tuple of its parts, is unhashable in 3.11,
//! and its attributes are read-only.

use crate::builtins::{Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{name, Sym};
use crate::object::{type_name, Obj};
use crate::value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// `sys.getsizeof` of a slice before the collector's header: the object header and
/// three pointers.
pub const SIZE: usize = 40;

/// A slice of the three parts (None for a part left out).
pub fn new(start: Value, stop: Value, step: Value) -> Value {
    alloc(Obj::Slice(Box::new([start, stop, step])))
}

/// `x[a:b:c]` as the slice object CPython's BUILD_SLICE makes.
pub fn from_parts(a: Option<&Value>, b: Option<&Value>, c: Option<&Value>) -> Value {
    let part = |v: Option<&Value>| v.map_or_else(value::none, Value::dup);
    new(part(a), part(b), part(c))
}

/// The three parts, None where a part is None (what the sequence code takes).
pub fn parts(v: &Value) -> Option<[Option<&Value>; 3]> {
    let Obj::Slice(p) = v.obj() else { return None };
    fn opt(x: &Value) -> Option<&Value> {
        if matches!(x.obj(), Obj::None) {
            None
        } else {
            Some(x)
        }
    }
    Some([opt(&p[0]), opt(&p[1]), opt(&p[2])])
}

/// `slice(...)` called.
pub fn call_type(args: Args) -> PyResult<Value> {
    match args.len() {
        0 => type_error("slice expected at least 1 argument, got 0"),
        1 => Ok(new(value::none(), args[0].dup(), value::none())),
        2 | 3 => {
            let mut it = args.into_iter();
            let start = it.next().expect("start");
            let stop = it.next().expect("stop");
            Ok(new(start, stop, it.next().unwrap_or_else(value::none)))
        }
        n => type_error(format!("slice expected at most 3 arguments, got {n}")),
    }
}

/// `repr(s)`: `slice(1, 2, None)`.
pub fn repr(v: &Value) -> PyResult<String> {
    let Obj::Slice(p) = v.obj() else { unreachable!("a slice") };
    Ok(format!("slice({}, {}, {})", crate::repr::repr(&p[0])?, crate::repr::repr(&p[1])?, crate::repr::repr(&p[2])?))
}

/// Its attributes: the parts and the bound `indices`.
pub fn getattr(v: &Value, n: Sym) -> Option<Value> {
    let Obj::Slice(p) = v.obj() else { return None };
    Some(match &*name(n) {
        "start" => p[0].dup(),
        "stop" => p[1].dup(),
        "step" => p[2].dup(),
        "indices" => alloc(Obj::BoundBuiltin(Box::new((BuiltinFn::SliceIndices, v.dup())))),
        _ => return None,
    })
}

/// The names `dir(s)` lists beyond object's.
pub const ATTRS: &[&str] = &["indices", "start", "step", "stop"];

/// A part as an integer for `indices`: CPython's `_PyEval_SliceIndex` on ints of any size.
fn big_part(v: &Value) -> PyResult<Option<BigInt>> {
    match v.obj() {
        Obj::None => Ok(None),
        Obj::Int(i) => Ok(Some(BigInt::from(*i))),
        Obj::Bool(b) => Ok(Some(BigInt::from(*b as i64))),
        Obj::Long(b) => Ok(Some((**b).clone())),
        _ => match crate::ops::as_index(v) {
            Some(i) => Ok(Some(BigInt::from(i))),
            None => type_error("slice indices must be integers or None or have an __index__ method"),
        },
    }
}

/// `s.indices(length)`: CPython's `_PySlice_GetLongIndices`, exact for any size.
pub fn indices(this: &Value, args: Args) -> PyResult<Value> {
    let Obj::Slice(p) = this.obj() else { return type_error("indices needs a slice") };
    if args.len() != 1 {
        return type_error(format!("slice.indices() takes exactly one argument ({} given)", args.len()));
    }
    let length = match big_part(&args[0]) {
        Ok(Some(n)) if !matches!(args[0].obj(), Obj::None) => n,
        _ => return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&args[0]))),
    };
    if length.is_negative() {
        return err(ExcKind::ValueError, "length should not be negative");
    }
    let step = big_part(&p[2])?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return err(ExcKind::ValueError, "slice step cannot be zero");
    }
    let back = step.is_negative();
    let (lower, upper) = if back { (BigInt::from(-1), &length - 1) } else { (BigInt::zero(), length.clone()) };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(mut x) => {
                if x.is_negative() {
                    x += &length;
                    if x < lower {
                        x = lower.clone();
                    }
                } else if x > upper {
                    x = upper.clone();
                }
                x
            }
        }
    };
    let start = clamp(big_part(&p[0])?, if back { &upper } else { &lower });
    let stop = clamp(big_part(&p[1])?, if back { &lower } else { &upper });
    let int = |b: BigInt| match b.to_i64() {
        Some(i) => value::int(i),
        None => value::big(b),
    };
    Ok(value::tuple_of(smallvec::smallvec![int(start), int(stop), int(step)]))
}
