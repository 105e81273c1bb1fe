//! The builtin functions: print, len, id, repr, abs, isinstance, exit, and the
//! functions of the sys and gc modules.
use super::{exactly_one, Args, BuiltinFn, TypeId};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::intern::{name, Sym};
use crate::object::{type_name, Obj};
use crate::{io, ops, repr, value};

/// `print(*args, sep=' ', end='\n')`.
fn print(args: &Args, sep: Option<&Value>, end: Option<&Value>) -> PyResult<Value> {
    let text = |v: Option<&Value>, what: &str, default: &str| -> PyResult<String> {
        match v.map(|v| (v, v.obj())) {
            None | Some((_, Obj::None)) => Ok(default.to_string()),
            Some((_, Obj::Str(s))) => Ok(s.to_string()),
            Some((v, _)) => type_error(format!("{what} must be None or a string, not {}", type_name(v))),
        }
    };
    let (sep, end) = (text(sep, "sep", " ")?, text(end, "end", "\n")?);
    // CPython's print receives its arguments packed in a tuple (`*args`).
    let packed = value::tuple(args.iter().map(Value::dup).collect());
    let mut line = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        line.push_str(&repr::str(a)?);
    }
    line.push_str(&end);
    io::out(&line);
    drop(packed);
    Ok(value::none())
}

/// A builtin called with keyword arguments: only print's `sep` and `end` exist here.
pub fn call_kw(b: BuiltinFn, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    if b != BuiltinFn::Print {
        return type_error(format!("{}() takes no keyword arguments", b.name()));
    }
    let (mut sep, mut end) = (None, None);
    for (k, v) in &kwargs {
        match &*name(*k) {
            "sep" => sep = Some(v),
            "end" => end = Some(v),
            other => return type_error(format!("'{other}' is an invalid keyword argument for print()")),
        }
    }
    print(&args, sep, end)
}

pub fn call(b: BuiltinFn, args: Args) -> PyResult<Value> {
    match b {
        BuiltinFn::Print => print(&args, None, None),
        BuiltinFn::Len => {
            exactly_one("len", &args)?;
            let n = match args[0].obj() {
                Obj::List(l) => l.len() as i64,
                Obj::Tuple(t) => t.len() as i64,
                Obj::Str(s) => s.chars().count() as i64,
                Obj::Range(r) => ops::range_len(r),
                _ => return type_error(format!("object of type '{}' has no len()", type_name(&args[0]))),
            };
            Ok(value::int(n))
        }
        BuiltinFn::Id => {
            exactly_one("id", &args)?;
            Ok(value::big(args[0].id().into()))
        }
        BuiltinFn::Repr => {
            exactly_one("repr", &args)?;
            Ok(value::str_(&repr::repr(&args[0])?))
        }
        BuiltinFn::Abs => {
            exactly_one("abs", &args)?;
            match args[0].obj() {
                Obj::Float(f) => Ok(value::float(f.abs())),
                Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => {
                    let op = if ops::order(&args[0], &value::int(0), "<")?.is_lt() {
                        crate::ast::UnaryOp::Neg
                    } else {
                        crate::ast::UnaryOp::Pos
                    };
                    ops::unary(op, &args[0])
                }
                _ => type_error(format!("bad operand type for abs(): '{}'", type_name(&args[0]))),
            }
        }
        BuiltinFn::IsInstance => {
            if args.len() != 2 {
                return type_error(format!("isinstance expected 2 arguments, got {}", args.len()));
            }
            Ok(value::bool_(is_instance(&args[0], &args[1])?))
        }
        BuiltinFn::GetRefCount => {
            exactly_one("getrefcount", &args)?;
            Ok(value::int(args[0].refcount() as i64))
        }
        BuiltinFn::Exit | BuiltinFn::Quit => {
            // SystemExit carries the status in its message: "" for None.
            let status = match args.first().map(|a| a.obj()) {
                None | Some(Obj::None) => String::new(),
                Some(Obj::Int(i)) => i.to_string(),
                Some(_) => repr::str(&args[0])?,
            };
            err(ExcKind::SystemExit, status)
        }
        BuiltinFn::GcCollect => {
            if args.len() > 1 {
                return type_error(format!("collect() takes at most 1 argument ({} given)", args.len()));
            }
            Ok(value::int(crate::gc::collect() as i64))
        }
        BuiltinFn::Format => crate::format::format_builtin(&args),
        _ => unreachable!("list and str methods are called through call_method"),
    }
}

fn is_instance(v: &Value, t: &Value) -> PyResult<bool> {
    match t.obj() {
        Obj::Type(tid) => Ok(match (tid, v.obj()) {
            (TypeId::Object, _) => true,
            (TypeId::Int, Obj::Bool(_)) => true,
            (tid, o) => {
                o.type_id() == *tid && !matches!(o, Obj::Instance(_) | Obj::Class(_))
                    || (*tid == TypeId::Type && matches!(o, Obj::Class(_)))
            }
        }),
        Obj::Class(_) => {
            let Obj::Instance(inst) = v.obj() else { return Ok(false) };
            let mut cur = Some(&inst.class);
            while let Some(c) = cur {
                if c.is(t) {
                    return Ok(true);
                }
                let Obj::Class(cd) = c.obj() else { break };
                cur = cd.base.as_ref();
            }
            Ok(false)
        }
        Obj::Tuple(items) => {
            for i in items.iter() {
                if is_instance(v, i)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"),
    }
}
