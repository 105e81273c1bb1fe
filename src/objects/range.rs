//! `range`: its data attributes (`start`, `stop`, `step`, as given to the constructor)
//! and its methods `count` and `index` (by arithmetic for an int, by iterating and
//! comparing for anything else, as CPython's range_count/range_index).
use crate::builtins::{Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::intern::{name, Sym};
use crate::object::Obj;
use crate::value;

/// `r.start`, `r.stop`, `r.step`.
pub fn getattr(o: &Value, n: Sym) -> Option<Value> {
    let Obj::Range(r) = o.obj() else { return None };
    let i = match &*name(n) {
        "start" => 0,
        "stop" => 1,
        "step" => 2,
        _ => return None,
    };
    Some(value::int(r[i]))
}

/// `r.count`, `r.index`.
pub fn method(n: Sym) -> Option<BuiltinFn> {
    match &*name(n) {
        "count" => Some(BuiltinFn::RangeCount),
        "index" => Some(BuiltinFn::RangeIndex),
        _ => None,
    }
}

/// Where int `x` stands in the range, if it is in it.
fn position(r: &[i64; 3], x: i64) -> Option<i64> {
    let [start, _, step] = *r;
    let len = crate::ops::range_len(r);
    let off = x.checked_sub(start)?;
    if off % step != 0 {
        return None;
    }
    let i = off / step;
    (0..len).contains(&i).then_some(i)
}

pub fn call_method(b: BuiltinFn, this: &Value, args: Args) -> PyResult<Value> {
    let what = if b == BuiltinFn::RangeCount { "count" } else { "index" };
    if args.len() != 1 {
        return type_error(format!("range.{what}() takes exactly one argument ({} given)", args.len()));
    }
    let Obj::Range(r) = this.obj() else { unreachable!("a range method on a non-range") };
    let r = **r;
    let x = &args[0];
    if let Obj::Int(_) | Obj::Bool(_) | Obj::Long(_) = x.obj() {
        let at = crate::ops::as_index(x).and_then(|i| position(&r, i));
        return match (b, at) {
            (BuiltinFn::RangeCount, at) => Ok(value::int(at.is_some() as i64)),
            (_, Some(i)) => Ok(value::int(i)),
            (_, None) => err(ExcKind::ValueError, format!("{} is not in range", crate::repr::repr(x)?)),
        };
    }
    let mut count = 0;
    let len = crate::ops::range_len(&r);
    for i in 0..len {
        let item = value::int(r[0] + i * r[2]);
        if crate::ops::eq(&item, x)? {
            if b == BuiltinFn::RangeIndex {
                return Ok(value::int(i));
            }
            count += 1;
        }
    }
    match b {
        BuiltinFn::RangeCount => Ok(value::int(count)),
        _ => err(ExcKind::ValueError, "sequence.index(x): x not in sequence"),
    }
}

/// `hash(r)`: CPython's range_hash, the hash of `(len, start, step)` with the parts that
/// do not matter set to None (an empty range's start and step, a one-item range's step).
pub fn hash(r: &[i64; 3]) -> PyResult<i64> {
    let len = crate::ops::range_len(r);
    let parts = vec![
        value::int(len),
        if len == 0 { value::none() } else { value::int(r[0]) },
        if len <= 1 { value::none() } else { value::int(r[2]) },
    ];
    crate::table::hash(&value::tuple(parts))
}
