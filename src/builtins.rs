//! The builtin functions and types, and the methods of the builtin types: what each
//! does, its argument checking and its CPython error messages.

use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{intern, name, Sym};
use crate::object::{type_name, Obj};
use crate::runtime::{rt, set_builtin};
use crate::{io, ops, repr, value};
use smallvec::SmallVec;

/// Arguments of a call: owned references, as on CPython's evaluation stack.
pub type Args = SmallVec<[Value; 4]>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeId {
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Range,
    Function,
    Type,
    Object,
    Method,
    BuiltinFunction,
    Module,
}

impl TypeId {
    pub const ALL: [TypeId; 14] = [
        TypeId::NoneType,
        TypeId::Bool,
        TypeId::Int,
        TypeId::Float,
        TypeId::Str,
        TypeId::List,
        TypeId::Tuple,
        TypeId::Range,
        TypeId::Function,
        TypeId::Type,
        TypeId::Object,
        TypeId::Method,
        TypeId::BuiltinFunction,
        TypeId::Module,
    ];

    pub fn name(self) -> &'static str {
        match self {
            TypeId::NoneType => "NoneType",
            TypeId::Bool => "bool",
            TypeId::Int => "int",
            TypeId::Float => "float",
            TypeId::Str => "str",
            TypeId::List => "list",
            TypeId::Tuple => "tuple",
            TypeId::Range => "range",
            TypeId::Function => "function",
            TypeId::Type => "type",
            TypeId::Object => "object",
            TypeId::Method => "method",
            TypeId::BuiltinFunction => "builtin_function_or_method",
            TypeId::Module => "module",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinFn {
    Print,
    Len,
    Id,
    Repr,
    Abs,
    IsInstance,
    GetRefCount,
    GcCollect,
    Exit,
    Quit,
    ListAppend,
    ListPop,
    ListInsert,
    ListExtend,
    ListClear,
    ListIndex,
    ListCount,
    ListRemove,
    ListReverse,
    ListCopy,
}

impl BuiltinFn {
    pub fn name(self) -> &'static str {
        match self {
            BuiltinFn::Print => "print",
            BuiltinFn::Len => "len",
            BuiltinFn::Id => "id",
            BuiltinFn::Repr => "repr",
            BuiltinFn::Abs => "abs",
            BuiltinFn::IsInstance => "isinstance",
            BuiltinFn::GetRefCount => "getrefcount",
            BuiltinFn::Exit => "exit",
            BuiltinFn::Quit => "quit",
            BuiltinFn::GcCollect => "collect",
            BuiltinFn::ListAppend => "append",
            BuiltinFn::ListPop => "pop",
            BuiltinFn::ListInsert => "insert",
            BuiltinFn::ListExtend => "extend",
            BuiltinFn::ListClear => "clear",
            BuiltinFn::ListIndex => "index",
            BuiltinFn::ListCount => "count",
            BuiltinFn::ListRemove => "remove",
            BuiltinFn::ListReverse => "reverse",
            BuiltinFn::ListCopy => "copy",
        }
    }
}

/// Bind the builtins minipy has in the builtins table.
pub fn install() {
    for b in [
        BuiltinFn::Print,
        BuiltinFn::Len,
        BuiltinFn::Id,
        BuiltinFn::Repr,
        BuiltinFn::Abs,
        BuiltinFn::IsInstance,
        BuiltinFn::Exit,
        BuiltinFn::Quit,
    ] {
        set_builtin(intern(b.name()), alloc(Obj::Builtin(b)));
    }
    // The types Python code can name (NoneType, function, method... it cannot).
    for t in TypeId::ALL {
        if matches!(t, TypeId::NoneType | TypeId::Function | TypeId::Method | TypeId::BuiltinFunction | TypeId::Module)
        {
            continue;
        }
        let v = rt().type_object(t).dup();
        set_builtin(intern(t.name()), v);
    }
}

fn exactly_one(what: &str, args: &Args) -> PyResult<()> {
    if args.len() != 1 {
        return type_error(format!("{what}() takes exactly one argument ({} given)", args.len()));
    }
    Ok(())
}

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
        _ => unreachable!("list methods are called through call_method"),
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

/// The builtin method `name` of `v`'s type, if it has one.
pub fn method(v: &Value, n: Sym) -> Option<BuiltinFn> {
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
        _ => return None,
    })
}

fn list_items(v: &Value) -> &'static mut Vec<Value> {
    match v.obj_mut() {
        Obj::List(items) => items,
        _ => unreachable!("list method on a non-list"),
    }
}

fn arg_count(what: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
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

fn index_arg(v: &Value) -> PyResult<i64> {
    ops::as_index(v).ok_or_else(|| {
        crate::error::PyErr::new(
            ExcKind::TypeError,
            format!("'{}' object cannot be interpreted as an integer", type_name(v)),
        )
    })
}

pub fn call_method(b: BuiltinFn, this: &Value, mut args: Args) -> PyResult<Value> {
    let qual = format!("list.{}", b.name());
    match b {
        BuiltinFn::ListAppend => {
            arg_count(&qual, &args, 1, 1)?;
            list_items(this).push(args.pop().unwrap());
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
            return Ok(list_items(this).remove(i as usize));
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
            list_items(this).insert(i, v);
        }
        BuiltinFn::ListExtend => {
            arg_count(&qual, &args, 1, 1)?;
            list_extend(this, &args[0])?;
        }
        BuiltinFn::ListClear => {
            arg_count(&qual, &args, 0, 0)?;
            let old = std::mem::take(list_items(this));
            release_reversed(old);
        }
        BuiltinFn::ListIndex | BuiltinFn::ListCount | BuiltinFn::ListRemove => {
            if b == BuiltinFn::ListIndex {
                arg_count("index", &args, 1, 3)?;
            } else {
                arg_count(&qual, &args, 1, 1)?;
            }
            let mut count = 0;
            let mut i = 0;
            loop {
                let Some(x) = list_items(this).get(i).map(Value::dup) else { break };
                if x.is(&args[0]) || ops::eq(&x, &args[0])? {
                    match b {
                        BuiltinFn::ListIndex => return Ok(value::int(i as i64)),
                        BuiltinFn::ListRemove => {
                            let old = list_items(this).remove(i);
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
            arg_count(&qual, &args, 0, 0)?;
            list_items(this).reverse();
        }
        BuiltinFn::ListCopy => {
            arg_count(&qual, &args, 0, 0)?;
            return Ok(value::list(list_items(this).iter().map(Value::dup).collect()));
        }
        _ => return call(b, args),
    }
    Ok(value::none())
}

/// `list.extend` / `list += iterable`.
pub fn list_extend(this: &Value, other: &Value) -> PyResult<()> {
    let more = iterate(other)?;
    list_items(this).extend(more);
    Ok(())
}

fn release_reversed(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

fn seq_index(len: usize, index: &Value, what: &str, kind: &str) -> PyResult<Option<usize>> {
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

pub fn get_item(o: &Value, index: &Value) -> PyResult<Value> {
    match o.obj() {
        Obj::List(items) => match seq_index(items.len(), index, "list", "list")? {
            Some(i) => Ok(items[i].dup()),
            None => err(ExcKind::IndexError, "list index out of range"),
        },
        Obj::Tuple(items) => match seq_index(items.len(), index, "tuple", "tuple")? {
            Some(i) => Ok(items[i].dup()),
            None => err(ExcKind::IndexError, "tuple index out of range"),
        },
        Obj::Str(s) => {
            let n = s.chars().count();
            match seq_index(n, index, "str", "string")? {
                Some(i) => Ok(value::str_(s.chars().nth(i).unwrap().encode_utf8(&mut [0; 4]))),
                None => err(ExcKind::IndexError, "string index out of range"),
            }
        }
        Obj::Range(r) => {
            let n = ops::range_len(r) as usize;
            match seq_index(n, index, "range", "range")? {
                Some(i) => Ok(value::int(r[0] + i as i64 * r[2])),
                None => err(ExcKind::IndexError, "range object index out of range"),
            }
        }
        Obj::Class(_) | Obj::Type(_) => type_error(format!("type '{}' is not subscriptable", repr_name(o))),
        _ => type_error(format!("'{}' object is not subscriptable", type_name(o))),
    }
}

fn repr_name(o: &Value) -> String {
    match o.obj() {
        Obj::Class(c) => name(c.name).to_string(),
        Obj::Type(t) => t.name().to_string(),
        _ => type_name(o).to_string(),
    }
}

pub fn set_item(o: &Value, index: &Value, v: Value) -> PyResult<()> {
    match o.obj_mut() {
        Obj::List(items) => match seq_index(items.len(), index, "list", "list")? {
            Some(i) => {
                let old = std::mem::replace(&mut items[i], v);
                drop(old);
                Ok(())
            }
            None => err(ExcKind::IndexError, "list assignment index out of range"),
        },
        _ => type_error(format!("'{}' object does not support item assignment", type_name(o))),
    }
}

pub fn del_item(o: &Value, index: &Value) -> PyResult<()> {
    match o.obj_mut() {
        Obj::List(items) => match seq_index(items.len(), index, "list", "list")? {
            Some(i) => {
                let old = items.remove(i);
                drop(old);
                Ok(())
            }
            None => err(ExcKind::IndexError, "list assignment index out of range"),
        },
        Obj::Tuple(_) | Obj::Str(_) => type_error(format!("'{}' object doesn't support item deletion", type_name(o))),
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
    match o.obj() {
        Obj::List(items) => {
            let (start, _, step, n) = slice_indices(items.len(), a, b, c)?;
            Ok(value::list(picked(items, start, step, n).map(Value::dup).collect()))
        }
        Obj::Tuple(items) => {
            let (start, _, step, n) = slice_indices(items.len(), a, b, c)?;
            if step == 1 && n == items.len() {
                return Ok(o.dup());
            }
            Ok(value::tuple(picked(items, start, step, n).map(Value::dup).collect()))
        }
        Obj::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            let (start, _, step, n) = slice_indices(chars.len(), a, b, c)?;
            if step == 1 && n == chars.len() {
                return Ok(o.dup());
            }
            let out: String = picked(&chars, start, step, n).collect();
            Ok(value::str_(&out))
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
        let old: Vec<Value> = items.splice(lo..hi, new).collect();
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
    let Obj::List(items) = o.obj() else {
        return type_error(format!("'{}' object does not support item deletion", type_name(o)));
    };
    let (start, stop, step, n) = slice_indices(items.len(), a, b, c)?;
    let items = list_items(o);
    if step == 1 {
        let old: Vec<Value> = items.drain(start as usize..stop.max(start) as usize).collect();
        release_reversed(old);
        return Ok(());
    }
    let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
    idx.sort_unstable();
    let mut old = Vec::with_capacity(n);
    for &i in idx.iter().rev() {
        old.push(list_items(o).remove(i));
    }
    old.reverse();
    drop(old);
    Ok(())
}

/// `dir()` of the builtin types, as CPython 3.11 lists them (for "Did you mean" hints):
/// what every object has, plus what the type adds, sorted.
pub fn dir_of_type(t: &str) -> Vec<&'static str> {
    const OBJECT: &[&str] = &[
        "__class__",
        "__delattr__",
        "__dir__",
        "__doc__",
        "__eq__",
        "__format__",
        "__ge__",
        "__getattribute__",
        "__getstate__",
        "__gt__",
        "__hash__",
        "__init__",
        "__init_subclass__",
        "__le__",
        "__lt__",
        "__ne__",
        "__new__",
        "__reduce__",
        "__reduce_ex__",
        "__repr__",
        "__setattr__",
        "__sizeof__",
        "__str__",
        "__subclasshook__",
    ];
    const LIST: &[&str] = &[
        "__add__",
        "__class_getitem__",
        "__contains__",
        "__delitem__",
        "__getitem__",
        "__iadd__",
        "__imul__",
        "__iter__",
        "__len__",
        "__mul__",
        "__reversed__",
        "__rmul__",
        "__setitem__",
        "append",
        "clear",
        "copy",
        "count",
        "extend",
        "index",
        "insert",
        "pop",
        "remove",
        "reverse",
        "sort",
    ];
    const TUPLE: &[&str] = &[
        "__add__",
        "__class_getitem__",
        "__contains__",
        "__getitem__",
        "__getnewargs__",
        "__iter__",
        "__len__",
        "__mul__",
        "__rmul__",
        "count",
        "index",
    ];
    const INT: &[&str] = &[
        "__abs__",
        "__add__",
        "__and__",
        "__bool__",
        "__ceil__",
        "__divmod__",
        "__float__",
        "__floor__",
        "__floordiv__",
        "__getnewargs__",
        "__index__",
        "__int__",
        "__invert__",
        "__lshift__",
        "__mod__",
        "__mul__",
        "__neg__",
        "__or__",
        "__pos__",
        "__pow__",
        "__radd__",
        "__rand__",
        "__rdivmod__",
        "__rfloordiv__",
        "__rlshift__",
        "__rmod__",
        "__rmul__",
        "__ror__",
        "__round__",
        "__rpow__",
        "__rrshift__",
        "__rshift__",
        "__rsub__",
        "__rtruediv__",
        "__rxor__",
        "__sub__",
        "__truediv__",
        "__trunc__",
        "__xor__",
        "as_integer_ratio",
        "bit_count",
        "bit_length",
        "conjugate",
        "denominator",
        "from_bytes",
        "imag",
        "numerator",
        "real",
        "to_bytes",
    ];
    const FLOAT: &[&str] = &[
        "__abs__",
        "__add__",
        "__bool__",
        "__ceil__",
        "__divmod__",
        "__float__",
        "__floor__",
        "__floordiv__",
        "__getformat__",
        "__getnewargs__",
        "__int__",
        "__mod__",
        "__mul__",
        "__neg__",
        "__pos__",
        "__pow__",
        "__radd__",
        "__rdivmod__",
        "__rfloordiv__",
        "__rmod__",
        "__rmul__",
        "__round__",
        "__rpow__",
        "__rsub__",
        "__rtruediv__",
        "__sub__",
        "__truediv__",
        "__trunc__",
        "as_integer_ratio",
        "conjugate",
        "fromhex",
        "hex",
        "imag",
        "is_integer",
        "real",
    ];
    const STR: &[&str] = &[
        "__add__",
        "__contains__",
        "__getitem__",
        "__getnewargs__",
        "__iter__",
        "__len__",
        "__mod__",
        "__mul__",
        "__rmod__",
        "__rmul__",
        "capitalize",
        "casefold",
        "center",
        "count",
        "encode",
        "endswith",
        "expandtabs",
        "find",
        "format",
        "format_map",
        "index",
        "isalnum",
        "isalpha",
        "isascii",
        "isdecimal",
        "isdigit",
        "isidentifier",
        "islower",
        "isnumeric",
        "isprintable",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "ljust",
        "lower",
        "lstrip",
        "maketrans",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rjust",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "translate",
        "upper",
        "zfill",
    ];
    const NONE: &[&str] = &["__bool__"];
    let extra: &[&str] = match t {
        "list" => LIST,
        "tuple" => TUPLE,
        "int" | "bool" => INT,
        "float" => FLOAT,
        "str" => STR,
        "NoneType" => NONE,
        _ => &[],
    };
    let mut names: Vec<&str> = OBJECT.iter().chain(extra).copied().collect();
    names.sort_unstable();
    names
}

/// The names in CPython 3.11's builtins module, in its dict order (for NameError hints).
pub const CPYTHON_BUILTIN_NAMES: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];
