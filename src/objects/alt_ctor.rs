//! The alternate constructors the builtin types have as classmethods: `dict.fromkeys`,
//! `int.from_bytes` (and `bool.from_bytes`), `bytes.fromhex`, `bytearray.fromhex`,
//! `float.fromhex`. Each is bound to the class it is looked up on; called on a subclass it
//! makes an instance of that subclass, as CPython's do: `fromkeys` calls `cls()` and sets
//! each key through `__setitem__`, the others call `cls(value)`.
use crate::builtins::{Args, BuiltinFn, TypeId};
use crate::error::PyResult;
use crate::heap::{alloc, Value};
use crate::intern::Sym;
use crate::object::Obj;

/// The alternate constructor `n` of builtin type `t`.
pub fn lookup(t: TypeId, n: &str) -> Option<BuiltinFn> {
    Some(match (t, n) {
        (TypeId::Dict, "fromkeys") => BuiltinFn::DictFromKeys,
        (TypeId::Int | TypeId::Bool, "from_bytes") => BuiltinFn::IntFromBytes,
        (TypeId::Bytes | TypeId::ByteArray, "fromhex") => BuiltinFn::BytesFromHex,
        (TypeId::Float, "fromhex") => BuiltinFn::FloatFromHex,
        _ => return None,
    })
}

pub fn is_alt(b: BuiltinFn) -> bool {
    matches!(b, BuiltinFn::DictFromKeys | BuiltinFn::IntFromBytes | BuiltinFn::BytesFromHex | BuiltinFn::FloatFromHex)
}

/// `n` looked up on class `cls` (a builtin type, or a class with a builtin base): the
/// constructor bound to it.
pub fn bound(cls: &Value, n: Sym) -> Option<Value> {
    let t = builtin_of(cls)?;
    let b = lookup(t, &crate::intern::name(n))?;
    Some(alloc(Obj::BoundBuiltin(Box::new((b, cls.dup())))))
}

fn builtin_of(cls: &Value) -> Option<TypeId> {
    match cls.obj() {
        Obj::Type(t) => Some(*t),
        Obj::Class(c) => c.native,
        _ => None,
    }
}

/// Call constructor `b` bound to `cls`.
pub fn call(b: BuiltinFn, cls: &Value, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let t = builtin_of(cls).unwrap_or(TypeId::Object);
    if !kwargs.is_empty() && b != BuiltinFn::IntFromBytes {
        return crate::error::type_error(format!("{}() takes no keyword arguments", b.name()));
    }
    let exact = matches!(cls.obj(), Obj::Type(_));
    if b == BuiltinFn::DictFromKeys && !exact {
        return from_keys_into(cls, &args);
    }
    let v = match b {
        BuiltinFn::IntFromBytes => crate::objects::bytes::int_from_bytes(&args, &kwargs)?,
        BuiltinFn::BytesFromHex => {
            let as_type = crate::runtime::rt()
                .type_object(if t == TypeId::ByteArray { TypeId::ByteArray } else { TypeId::Bytes })
                .dup();
            crate::builtins::call_method(b, &as_type, args)?
        }
        _ => crate::builtins::call(b, args)?,
    };
    if exact && t != TypeId::Bool {
        return Ok(v);
    }
    crate::vm::call(cls, smallvec::smallvec![v])
}

/// `cls.fromkeys(iterable, value=None)` for a dict subclass: `cls()`, then `d[k] = value`.
fn from_keys_into(cls: &Value, args: &Args) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return crate::error::type_error(format!("fromkeys expected at least 1 argument, got {}", args.len()));
    }
    let d = crate::vm::call(cls, Args::new())?;
    for k in crate::builtins::iterate(&args[0])? {
        let v = args.get(1).map(Value::dup).unwrap_or_else(crate::value::none);
        crate::builtins::set_item(&d, &k, v)?;
    }
    Ok(d)
}
