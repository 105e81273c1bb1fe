//! Calling the builtin types — `int(x)`, `list(t)`, `range(n)`, `type(x)` — and
//! iterating the iterables minipy has.
use super::{Args, TypeId};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::object::{type_name, Obj};
use crate::runtime::rt;
use crate::{ops, repr, value};

/// Calling a builtin type: `int('3')`, `list(t)`, `range(5)`, `type(x)`.
pub fn call_type(t: TypeId, args: Args) -> PyResult<Value> {
    let n = args.len();
    match t {
        TypeId::Type => {
            if n != 1 {
                return type_error("type() takes 1 or 3 arguments");
            }
            Ok(type_of(&args[0]))
        }
        TypeId::Range => {
            if n == 0 {
                return type_error("range expected at least 1 argument, got 0");
            }
            if n > 3 {
                return type_error(format!("range expected at most 3 arguments, got {n}"));
            }
            let mut ints = [0i64; 3];
            for (i, a) in args.iter().enumerate() {
                ints[i] = match a.obj() {
                    Obj::Int(_) | Obj::Bool(_) | Obj::Long(_) => ops::as_index(a).unwrap(),
                    _ => return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(a))),
                };
            }
            let r = match n {
                1 => [0, ints[0], 1],
                2 => [ints[0], ints[1], 1],
                _ => ints,
            };
            if r[2] == 0 {
                return err(ExcKind::ValueError, "range() arg 3 must not be zero");
            }
            Ok(alloc(Obj::Range(Box::new(r))))
        }
        TypeId::Str => match n {
            0 => Ok(value::interned("")),
            _ => Ok(value::str_(&repr::str(&args[0])?)),
        },
        TypeId::Bool => match n {
            0 => Ok(value::bool_(false)),
            _ => Ok(value::bool_(ops::truthy(&args[0])?)),
        },
        TypeId::Int => {
            if n == 0 {
                return Ok(value::int(0));
            }
            let a = &args[0];
            match a.obj() {
                Obj::Int(_) | Obj::Long(_) => Ok(a.dup()),
                Obj::Bool(b) => Ok(value::int(*b as i64)),
                Obj::Float(f) => {
                    if !f.is_finite() {
                        let (kind, what) = if f.is_nan() {
                            (ExcKind::ValueError, "NaN")
                        } else {
                            (ExcKind::OverflowError, "infinity")
                        };
                        return err(kind, format!("cannot convert float {what} to integer"));
                    }
                    Ok(value::big(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()))
                }
                Obj::Str(s) => {
                    let t = s.trim().replace('_', "");
                    match t.parse::<num_bigint::BigInt>() {
                        Ok(b) if !t.is_empty() => Ok(value::big(b)),
                        _ => err(
                            ExcKind::ValueError,
                            format!("invalid literal for int() with base 10: {}", repr::str_repr(s)),
                        ),
                    }
                }
                _ => type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    type_name(a)
                )),
            }
        }
        TypeId::Float => {
            if n == 0 {
                return Ok(value::float(0.0));
            }
            let a = &args[0];
            match a.obj() {
                Obj::Float(_) => Ok(a.dup()),
                Obj::Str(s) => match s.trim().to_ascii_lowercase().as_str() {
                    "inf" | "+inf" | "infinity" => Ok(value::float(f64::INFINITY)),
                    "-inf" | "-infinity" => Ok(value::float(f64::NEG_INFINITY)),
                    "nan" | "+nan" | "-nan" => Ok(value::float(f64::NAN)),
                    t => match t.parse::<f64>() {
                        Ok(f) => Ok(value::float(f)),
                        Err(_) => err(
                            ExcKind::ValueError,
                            format!("could not convert string to float: {}", repr::str_repr(s)),
                        ),
                    },
                },
                _ => match ops::to_float(a)? {
                    Some(f) => Ok(value::float(f)),
                    None => type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        type_name(a)
                    )),
                },
            }
        }
        TypeId::List | TypeId::Tuple => {
            let items = if n == 0 { Vec::new() } else { iterate(&args[0])? };
            Ok(if t == TypeId::List {
                value::list(items)
            } else if n == 1 && matches!(args[0].obj(), Obj::Tuple(_)) {
                args[0].dup()
            } else {
                value::tuple(items)
            })
        }
        TypeId::Object => {
            if n > 0 {
                return type_error("object() takes no arguments");
            }
            type_error("object() instances are not supported by minipy yet")
        }
        _ => type_error(format!("cannot create '{}' instances", t.name())),
    }
}

/// `type(v)`.
pub fn type_of(v: &Value) -> Value {
    match v.obj() {
        Obj::Instance(inst) => inst.class.dup(),
        o => rt().type_object(o.type_id()).dup(),
    }
}

/// The items of an iterable, in order (for the iterables minipy has).
pub fn iterate(v: &Value) -> PyResult<Vec<Value>> {
    Ok(match v.obj() {
        Obj::List(items) => items.iter().map(Value::dup).collect(),
        Obj::Tuple(items) => items.iter().map(Value::dup).collect(),
        Obj::Str(s) => s.chars().map(|c| value::str_(c.encode_utf8(&mut [0; 4]))).collect(),
        Obj::Range(r) => {
            let [start, _, step] = **r;
            (0..ops::range_len(r)).map(|k| value::int(start + k * step)).collect()
        }
        _ => return type_error(format!("'{}' object is not iterable", type_name(v))),
    })
}
