//! Calling the builtin types — `int(x)`, `list(t)`, `range(n)`, `type(x)` — and
//! iterating the iterables minipy has.
use super::{Args, TypeId};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::object::{type_name, Obj};
use crate::runtime::rt;
use crate::{ops, repr, value};

/// Calling a builtin type: `int('3')`, `list(t)`, `range(5)`, `type(x)`.
pub fn call_type(t: TypeId, mut args: Args) -> PyResult<Value> {
    let n = args.len();
    if n == 1 && matches!(t, TypeId::Int | TypeId::Float) {
        // `int(x)` of an int subclass instance: the exact int it extends.
        if let Some(native) = crate::vm::class::native_of(&args[0]) {
            args[0] = native.dup();
        }
    }
    match t {
        TypeId::Property | TypeId::StaticMethod | TypeId::ClassMethod | TypeId::Partial => {
            call_type_kw(t, args, Vec::new())
        }
        TypeId::Type => match n {
            1 => Ok(type_of(&args[0])),
            3 => crate::vm::class::type_new(args),
            _ => type_error("type() takes 1 or 3 arguments"),
        },
        TypeId::Range => {
            if n == 0 {
                return type_error("range expected at least 1 argument, got 0");
            }
            if n > 3 {
                return type_error(format!("range expected at most 3 arguments, got {n}"));
            }
            let mut ints = [0i64; 3];
            // minipy's ranges are machine-sized: bounds or a length past sys.maxsize
            // are refused rather than clamped (CPython makes such a range of big ints).
            let too_big =
                || err(ExcKind::OverflowError, "range bounds and length past sys.maxsize are not supported by minipy");
            for (i, a) in args.iter().enumerate() {
                ints[i] = match a.obj() {
                    Obj::Long(_) => return too_big(),
                    Obj::Int(_) | Obj::Bool(_) => ops::as_index(a).unwrap(),
                    Obj::Instance(_) if ops::as_index(a).is_some() => ops::as_index(a).unwrap(),
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
            let span = if r[2] > 0 { r[1] as i128 - r[0] as i128 } else { r[0] as i128 - r[1] as i128 };
            if span > i64::MAX as i128 {
                return too_big();
            }
            Ok(alloc(Obj::Range(Box::new(r))))
        }
        TypeId::Str => match n {
            0 => Ok(value::interned("")),
            // An exact str is its own str().
            1 if matches!(args[0].obj(), Obj::Str(_)) => Ok(args[0].dup()),
            1 => match args[0].obj() {
                Obj::Int(i) => Ok(value::int_str(*i)),
                // bool_repr's strings are interned: `str(True) is str(True)`.
                Obj::Bool(b) => Ok(value::interned(if *b { "True" } else { "False" })),
                _ => Ok(value::str_owned(repr::str(&args[0])?)),
            },
            2 | 3 => str_decoding(&args[0], Some(&args[1]), args.get(2)),
            _ => type_error(format!("str() takes at most 3 arguments ({n} given)")),
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
            if n == 2 {
                let Some(base) = ops::as_index(&args[1]) else {
                    return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&args[1])));
                };
                if base != 0 && !(2..=36).contains(&base) {
                    return err(ExcKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
                }
                return match a.obj() {
                    Obj::Str(s) => int_with_base(s, base, &repr::str_repr(s)),
                    Obj::Bytes(_) | Obj::ByteArray(_) => int_of_bytes(a, base),
                    _ => type_error("int() can't convert non-string with explicit base"),
                };
            }
            match a.obj() {
                Obj::Int(_) | Obj::Long(_) => Ok(a.dup()),
                Obj::Bool(b) => Ok(value::int(*b as i64)),
                Obj::Float(f) => ops::float_to_int(*f),
                Obj::Bytes(_) | Obj::ByteArray(_) => int_of_bytes(a, 10),
                Obj::Str(s) => {
                    let t = without_digit_underscores(s.trim()).unwrap_or_default();
                    if t.len() > 640 {
                        crate::builtins::numbers::check_digits_to_parse(t.trim_start_matches(['+', '-']).len())?;
                    }
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
                    t => match without_digit_underscores(t).and_then(|t| t.parse::<f64>().ok()).ok_or(()) {
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
        TypeId::List if n == 1 => super::list::list_of(&args[0]),
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
        TypeId::Dict => {
            if n > 1 {
                return type_error(format!("dict expected at most 1 argument, got {n}"));
            }
            let d = alloc(Obj::Dict(Box::default()));
            if n == 1 {
                super::dict::dict_update(&d, &args[0])?;
            }
            Ok(d)
        }
        TypeId::Set => {
            if n > 1 {
                return type_error(format!("set expected at most 1 argument, got {n}"));
            }
            if n == 1 && matches!(args[0].obj(), Obj::Set(_)) {
                return super::dict::set_merged(&args[0]);
            }
            let s = alloc(Obj::Set(Box::default()));
            if n == 1 {
                super::dict::set_update(&s, &args[0])?;
            }
            Ok(s)
        }
        TypeId::Bytes => crate::objects::bytes::call_type(args),
        TypeId::ByteArray => crate::objects::bytearray::call_type(args),
        TypeId::FrozenSet => crate::objects::frozenset::call_type(args),
        TypeId::Slice => crate::objects::slice::call_type(args),
        TypeId::Enumerate => {
            if n == 0 || n > 2 {
                return type_error(format!("enumerate() takes at most 2 arguments ({n} given)"));
            }
            // The start is checked first, as an index (any int, or an `__index__`).
            if n == 2 && !matches!(args[1].obj(), Obj::Long(_)) && ops::as_index(&args[1]).is_none() {
                return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&args[1])));
            }
            let it = crate::vm::get_iter(&args[0])?;
            let start = if n == 2 { args[1].dup() } else { value::int(0) };
            Ok(crate::vm::make_iter(crate::object::Iter::Enumerate(
                it,
                start,
                value::tuple_of(smallvec::smallvec![value::none(), value::none()]),
            )))
        }
        TypeId::Zip => {
            let its = args.iter().map(crate::vm::get_iter).collect::<PyResult<Vec<_>>>()?;
            let result = value::tuple(its.iter().map(|_| value::none()).collect());
            Ok(crate::vm::make_iter(crate::object::Iter::Zip(its, result)))
        }
        TypeId::Map => {
            if n < 2 {
                return type_error("map() must have at least two arguments.");
            }
            let its = args[1..].iter().map(crate::vm::get_iter).collect::<PyResult<Vec<_>>>()?;
            Ok(crate::vm::make_iter(crate::object::Iter::Map(args[0].dup(), its)))
        }
        TypeId::Filter => {
            if n != 2 {
                return type_error(format!("filter expected 2 arguments, got {n}"));
            }
            let it = crate::vm::get_iter(&args[1])?;
            Ok(crate::vm::make_iter(crate::object::Iter::Filter(args[0].dup(), it)))
        }
        TypeId::Reversed => {
            if n != 1 {
                return type_error(format!("reversed expected 1 argument, got {n}"));
            }
            let a = &args[0];
            match a.obj() {
                Obj::List(l) => Ok(crate::vm::make_iter(crate::object::Iter::Reversed(a.dup(), l.len()))),
                Obj::Tuple(t) => Ok(crate::vm::make_iter(crate::object::Iter::Reversed(a.dup(), t.len()))),
                Obj::Str(s) => Ok(crate::vm::make_iter(crate::object::Iter::Reversed(a.dup(), s.char_len()))),
                Obj::Bytes(_) | Obj::ByteArray(_) => {
                    let mut items = iterate(a)?;
                    items.reverse();
                    Ok(crate::vm::make_iter(crate::object::Iter::Values(items, 0)))
                }
                // range.__reversed__: a range_iterator from the last number down, made
                // without visiting any.
                Obj::Range(r) => {
                    let len = ops::range_len(r);
                    let last = (len - 1).checked_mul(r[2]).and_then(|d| r[0].checked_add(d));
                    match (last, r[2].checked_neg()) {
                        (Some(last), Some(step)) if len > 0 => {
                            Ok(crate::vm::make_iter(crate::object::Iter::Range { next: last, step, left: len }))
                        }
                        _ => Ok(crate::vm::make_iter(crate::object::Iter::Range { next: 0, step: 1, left: 0 })),
                    }
                }
                Obj::Dict(_) | Obj::DictView(_) => {
                    let mut items = iterate(a)?;
                    items.reverse();
                    Ok(crate::vm::make_iter(crate::object::Iter::Values(items, 0)))
                }
                _ => type_error(format!("'{}' object is not reversible", type_name(a))),
            }
        }
        TypeId::Object => {
            if n > 0 {
                return type_error("object() takes no arguments");
            }
            let class = rt().object_class.as_ref().expect("the object class exists").dup();
            Ok(alloc(Obj::Instance(Box::new(crate::object::Instance {
                class,
                attrs: crate::object::Attrs::default(),
                finalized: false,
                bare: true,
                slots: Default::default(),
                dict: None,
                native: None,
            }))))
        }
        _ => type_error(format!("cannot create '{}' instances", t.name())),
    }
}

/// A builtin type called with keyword arguments: `dict(a=1)`, `int('ff', base=16)`,
/// `enumerate(x, start=1)`.
pub fn call_type_kw(t: TypeId, mut args: Args, kwargs: Vec<(crate::intern::Sym, Value)>) -> PyResult<Value> {
    match t {
        TypeId::Property => crate::objects::property::Property::call(args, kwargs),
        TypeId::StaticMethod | TypeId::ClassMethod => {
            crate::objects::classmethod::Wrapper::call(t == TypeId::ClassMethod, args, kwargs)
        }
        TypeId::Partial => crate::objects::functools::Partial::make(args, kwargs),
        TypeId::Dict => {
            let d = call_type(t, args)?;
            for (k, v) in kwargs {
                let Obj::Dict(dict) = d.obj_mut() else { unreachable!() };
                let old = dict.set(value::str_(&crate::intern::name(k)), v)?;
                drop(old);
            }
            Ok(d)
        }
        TypeId::Int | TypeId::Enumerate => {
            let want = if t == TypeId::Int { "base" } else { "start" };
            for (k, v) in kwargs {
                let kn = crate::intern::name(k);
                if &*kn != want || args.len() != 1 {
                    return type_error(format!("'{kn}' is an invalid keyword argument for {}()", t.name()));
                }
                args.push(v);
            }
            call_type(t, args)
        }
        TypeId::Str | TypeId::Bytes | TypeId::ByteArray => text_type_kw(t, args, kwargs),
        _ => type_error(format!("{}() takes no keyword arguments", t.name())),
    }
}

/// `str(b, encoding, errors)`: the bytes-like `b` decoded.
fn str_decoding(obj: &Value, enc: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    for (what, v) in [("encoding", enc), ("errors", errors)] {
        if let Some(v) = v {
            if !matches!(v.obj(), Obj::Str(_)) {
                return type_error(format!("str() argument '{what}' must be str, not {}", type_name(v)));
            }
        }
    }
    if matches!(obj.obj(), Obj::Str(_)) {
        return type_error("decoding str is not supported");
    }
    let Some(b) = crate::objects::bytes::data(obj) else {
        return type_error(format!("decoding to str: need a bytes-like object, {} found", type_name(obj)));
    };
    let enc = crate::objects::bytes::encoding(enc)?;
    let errors = crate::objects::bytes::errors_arg(errors)?;
    Ok(value::str_(&crate::objects::bytes::decode(b, enc, &errors)?))
}

/// Keyword arguments of a builtin type's constructor merged with its positional ones by
/// parameter name: one slot per name, None where neither gave it.
fn merge_kw(
    t: TypeId,
    names: &[&str],
    args: Args,
    kwargs: Vec<(crate::intern::Sym, Value)>,
) -> PyResult<Vec<Option<Value>>> {
    let n = args.len();
    if n > names.len() {
        return type_error(format!("{}() takes at most {} arguments ({n} given)", t.name(), names.len()));
    }
    let mut slots: Vec<Option<Value>> = args.into_iter().map(Some).collect();
    slots.resize_with(names.len(), || None);
    for (k, v) in kwargs {
        let kn = crate::intern::name(k);
        match names.iter().position(|x| **x == *kn) {
            Some(i) if i < n => {
                return type_error(format!(
                    "argument for {}() given by name ('{kn}') and position ({})",
                    t.name(),
                    i + 1
                ))
            }
            Some(i) => slots[i] = Some(v),
            None => return type_error(format!("'{kn}' is an invalid keyword argument for {}()", t.name())),
        }
    }
    Ok(slots)
}

/// `str(object=..., encoding=..., errors=...)`, `bytes(source=..., encoding=...,
/// errors=...)` and `bytearray(...)` with keywords.
fn text_type_kw(t: TypeId, args: Args, kwargs: Vec<(crate::intern::Sym, Value)>) -> PyResult<Value> {
    let first = if t == TypeId::Str { "object" } else { "source" };
    let slots = merge_kw(t, &[first, "encoding", "errors"], args, kwargs)?;
    let mut it = slots.into_iter();
    let (obj, enc, errors) = (it.next().flatten(), it.next().flatten(), it.next().flatten());
    if t == TypeId::Str {
        return match obj {
            None => Ok(value::interned("")),
            Some(o) if enc.is_none() && errors.is_none() => call_type(t, smallvec::smallvec![o]),
            Some(o) => str_decoding(&o, enc.as_ref(), errors.as_ref()),
        };
    }
    let mut a = Args::new();
    match (obj, enc, errors) {
        (None, None, None) => {}
        (None, e, _) => {
            return type_error(if e.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            })
        }
        (Some(o), None, Some(_)) if matches!(o.obj(), Obj::Str(_)) => {
            return type_error("string argument without an encoding")
        }
        (Some(o), None, Some(_)) => {
            drop(o);
            return type_error("errors without a string argument");
        }
        (Some(o), e, r) => {
            a.push(o);
            a.extend(e);
            a.extend(r);
        }
    }
    call_type(t, a)
}

/// Number text with its `_` separators removed, if each one sits between two digits.
fn without_digit_underscores(t: &str) -> Option<String> {
    let b = t.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' && !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            return None;
        }
    }
    Some(t.replace('_', ""))
}

/// `int(text, base)`.
/// `int(b'42')`, `int(bytearray(b'ff'), 16)`: the bytes read as ASCII digits; the error
/// shows the bytes object's repr, as CPython's does.
fn int_of_bytes(a: &Value, base: i64) -> PyResult<Value> {
    let data = crate::objects::bytes::data(a).unwrap_or_default();
    let text: String = data.iter().map(|&b| b as char).collect();
    int_with_base(&text, base, &crate::objects::bytes::repr(data))
}

fn int_with_base(s: &str, base: i64, shown: &str) -> PyResult<Value> {
    let t = s.trim().replace('_', "");
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    let lower = body.to_ascii_lowercase();
    let (digits, radix) = match base {
        0 => match lower.get(..2) {
            Some("0x") => (&body[2..], 16),
            Some("0o") => (&body[2..], 8),
            Some("0b") => (&body[2..], 2),
            _ => (&body[..], 10),
        },
        16 if lower.starts_with("0x") => (&body[2..], 16),
        8 if lower.starts_with("0o") => (&body[2..], 8),
        2 if lower.starts_with("0b") => (&body[2..], 2),
        b => (&body[..], b as u32),
    };
    if !radix.is_power_of_two() && digits.len() > 640 {
        crate::builtins::numbers::check_digits_to_parse(digits.len())?;
    }
    match num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(v) if !digits.is_empty() && !digits.starts_with(['+', '-']) => Ok(value::big(if neg { -v } else { v })),
        _ => err(ExcKind::ValueError, format!("invalid literal for int() with base {base}: {shown}")),
    }
}

/// `type(v)`.
pub fn type_of(v: &Value) -> Value {
    match v.obj() {
        Obj::Instance(inst) => inst.class.dup(),
        o => rt().type_object(o.type_id()).dup(),
    }
}

/// The items of an iterable, in order.
pub fn iterate(v: &Value) -> PyResult<Vec<Value>> {
    crate::vm::collect(v)
}
