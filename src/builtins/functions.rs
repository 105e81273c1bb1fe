//! The builtin functions: print, len, id, repr, abs, isinstance, exit, and the
//! functions of the sys and gc modules.
use super::{exactly_one, Args, BuiltinFn, TypeId};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::intern::{name, sym, Sym};
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
    if let BuiltinFn::Functools(op) = b {
        return crate::objects::call(op, None, args, kwargs);
    }
    if matches!(b, BuiltinFn::Exec | BuiltinFn::Eval | BuiltinFn::Compile) {
        return super::eval::call(b, args, kwargs);
    }
    if matches!(
        b,
        BuiltinFn::Min | BuiltinFn::Max | BuiltinFn::Sum | BuiltinFn::Sorted | BuiltinFn::Any | BuiltinFn::All
    ) {
        return super::iterables::call(b, args, kwargs);
    }
    if b == BuiltinFn::GcCollect {
        let mut args = args;
        for (k, v) in kwargs {
            if &*name(k) != "generation" || !args.is_empty() {
                return type_error(format!("collect() got an unexpected keyword argument '{}'", name(k)));
            }
            args.push(v);
        }
        return call(b, args);
    }
    if b != BuiltinFn::Print {
        return type_error(format!("{}() takes no keyword arguments", b.name()));
    }
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
    for (k, v) in &kwargs {
        match &*name(*k) {
            "sep" => sep = Some(v),
            "end" => end = Some(v),
            "file" => file = Some(v).filter(|f| !matches!(f.obj(), Obj::None)),
            "flush" => flush = Some(v),
            other => return type_error(format!("'{other}' is an invalid keyword argument for print()")),
        }
    }
    let r = match file {
        Some(f) if !matches!(f.obj(), Obj::StdStream(_)) => print_to(f, &args, sep, end)?,
        Some(f) if matches!(f.obj(), Obj::StdStream(crate::objects::stdstream::STDERR)) => {
            // The text goes to stderr whole, as CPython's buffered stream writes it.
            let text = print_text(&args, sep, end)?;
            crate::objects::stdstream::emit(crate::objects::stdstream::STDERR, &text);
            value::none()
        }
        _ => print(&args, sep, end)?,
    };
    if let Some(fl) = flush {
        if ops::truthy(fl)? {
            match file {
                Some(f) if !matches!(f.obj(), Obj::StdStream(_)) => {
                    let m = crate::vm::getattr(f, crate::intern::intern("flush"))?;
                    drop(crate::vm::call(&m, Args::new())?);
                }
                _ => io::flush(),
            }
        }
    }
    Ok(r)
}

/// The line `print` writes: the items' `str()` joined by `sep`, then `end`.
fn print_text(args: &Args, sep: Option<&Value>, end: Option<&Value>) -> PyResult<String> {
    let text = |v: Option<&Value>, what: &str, default: &str| -> PyResult<String> {
        match v.map(|v| (v, v.obj())) {
            None | Some((_, Obj::None)) => Ok(default.to_string()),
            Some((_, Obj::Str(s))) => Ok(s.to_string()),
            Some((v, _)) => type_error(format!("{what} must be None or a string, not {}", type_name(v))),
        }
    };
    let (sep, end) = (text(sep, "sep", " ")?, text(end, "end", "\n")?);
    let mut line = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        line.push_str(&repr::str(a)?);
    }
    line.push_str(&end);
    Ok(line)
}

/// `print(..., file=f)`: each item's `str()`, each separator and the end passed to
/// `f.write` in turn, as CPython's print does.
fn print_to(f: &Value, args: &Args, sep: Option<&Value>, end: Option<&Value>) -> PyResult<Value> {
    let write = crate::vm::getattr(f, crate::intern::intern("write"))?;
    let piece = |v: Option<&Value>, default: &str| -> PyResult<Value> {
        match v.map(|v| (v, v.obj())) {
            None | Some((_, Obj::None)) => Ok(value::str_(default)),
            Some((v, Obj::Str(_))) => Ok(v.dup()),
            Some((v, _)) => type_error(format!(
                "{} must be None or a string, not {}",
                if default == " " { "sep" } else { "end" },
                type_name(v)
            )),
        }
    };
    let (sep, end) = (piece(sep, " ")?, piece(end, "\n")?);
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            drop(crate::vm::call(&write, smallvec::smallvec![sep.dup()])?);
        }
        let s = value::str_(&repr::str(a)?);
        drop(crate::vm::call(&write, smallvec::smallvec![s])?);
    }
    drop(crate::vm::call(&write, smallvec::smallvec![end])?);
    Ok(value::none())
}

pub fn call(b: BuiltinFn, args: Args) -> PyResult<Value> {
    match b {
        BuiltinFn::Exec | BuiltinFn::Eval | BuiltinFn::Compile => super::eval::call(b, args, Vec::new()),
        BuiltinFn::Globals => super::eval::globals(&args),
        BuiltinFn::Locals => super::eval::locals(&args),
        BuiltinFn::Functools(op) => crate::objects::call(op, None, args, Vec::new()),
        BuiltinFn::InspectGetGeneratorState
        | BuiltinFn::InspectGetGeneratorLocals
        | BuiltinFn::InspectIsGenerator
        | BuiltinFn::InspectIsGeneratorFunction => crate::objects::generator::inspect(b, args),
        BuiltinFn::SysExcInfo => {
            if !args.is_empty() {
                return type_error(format!("sys.exc_info() takes no arguments ({} given)", args.len()));
            }
            crate::vm::exc_info()
        }
        BuiltinFn::Min
        | BuiltinFn::Max
        | BuiltinFn::Sum
        | BuiltinFn::Sorted
        | BuiltinFn::Any
        | BuiltinFn::All
        | BuiltinFn::Iter
        | BuiltinFn::Next => super::iterables::call(b, args, Vec::new()),
        BuiltinFn::Hash => {
            exactly_one("hash", &args)?;
            Ok(value::int(crate::table::hash(&args[0])?))
        }
        BuiltinFn::Hex | BuiltinFn::Bin | BuiltinFn::Oct => {
            exactly_one(b.name(), &args)?;
            let Some(n) = int_value(&args[0]).or_else(|| ops::as_index(&args[0]).map(num_bigint::BigInt::from)) else {
                return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&args[0])));
            };
            let (sign, mag) = if n.sign() == num_bigint::Sign::Minus { ("-", -n) } else { ("", n) };
            let digits = match b {
                BuiltinFn::Hex => format!("0x{}", mag.to_str_radix(16)),
                BuiltinFn::Bin => format!("0b{}", mag.to_str_radix(2)),
                _ => format!("0o{}", mag.to_str_radix(8)),
            };
            Ok(value::str_(&format!("{sign}{digits}")))
        }
        BuiltinFn::Round => round(&args),
        BuiltinFn::Divmod => {
            if args.len() != 2 {
                return type_error(format!("divmod expected 2 arguments, got {}", args.len()));
            }
            let q = ops::binary(crate::ast::BinOp::FloorDiv, &args[0], &args[1]).map_err(|e| divmod_err(e, &args))?;
            let r = ops::binary(crate::ast::BinOp::Mod, &args[0], &args[1])?;
            Ok(value::tuple_of(smallvec::smallvec![q, r]))
        }
        BuiltinFn::Chr => {
            exactly_one("chr", &args)?;
            let Some(n) = ops::as_index(&args[0]) else {
                return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&args[0])));
            };
            match u32::try_from(n).ok().filter(|&c| c <= 0x10ffff).and_then(char::from_u32) {
                Some(c) => Ok(value::str_(c.encode_utf8(&mut [0; 4]))),
                None => err(ExcKind::ValueError, "chr() arg not in range(0x110000)"),
            }
        }
        BuiltinFn::Ord => {
            exactly_one("ord", &args)?;
            match args[0].obj() {
                Obj::Str(s) => {
                    let mut cs = s.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Ok(value::int(c as i64)),
                        _ => type_error(format!(
                            "ord() expected a character, but string of length {} found",
                            s.char_len()
                        )),
                    }
                }
                _ => type_error(format!("ord() expected string of length 1, but {} found", type_name(&args[0]))),
            }
        }
        BuiltinFn::GetAttr | BuiltinFn::HasAttr => {
            let (lo, hi) = if b == BuiltinFn::GetAttr { (2, 3) } else { (2, 2) };
            if args.len() < lo || args.len() > hi {
                return type_error(if lo == hi {
                    format!("{} expected {lo} arguments, got {}", b.name(), args.len())
                } else {
                    format!("{} expected at least {lo} arguments, got {}", b.name(), args.len())
                });
            }
            let Obj::Str(n) = args[1].obj() else {
                return type_error(format!("attribute name must be string, not '{}'", type_name(&args[1])));
            };
            let r = crate::vm::getattr(&args[0], crate::intern::intern(n));
            match (b, r) {
                (BuiltinFn::HasAttr, Ok(_)) => Ok(value::bool_(true)),
                (BuiltinFn::HasAttr, Err(e)) if e.kind == ExcKind::AttributeError => Ok(value::bool_(false)),
                (_, Ok(v)) => Ok(v),
                (_, Err(e)) if e.kind == ExcKind::AttributeError && args.len() == 3 => Ok(args[2].dup()),
                (_, Err(e)) => Err(e),
            }
        }
        BuiltinFn::SetAttr => {
            if args.len() != 3 {
                return type_error(format!("setattr expected 3 arguments, got {}", args.len()));
            }
            let Obj::Str(n) = args[1].obj() else {
                return type_error(format!("attribute name must be string, not '{}'", type_name(&args[1])));
            };
            crate::vm::setattr(&args[0], crate::intern::intern(n), args[2].dup())?;
            Ok(value::none())
        }
        BuiltinFn::Dir => {
            if args.len() > 1 {
                return type_error(format!("dir expected at most 1 argument, got {}", args.len()));
            }
            if let Some(o) = args.first().filter(|o| matches!(o.obj(), Obj::Instance(_))) {
                // A class's own `__dir__`: its result, as a sorted list.
                let Obj::Instance(inst) = o.obj() else { unreachable!() };
                if crate::object::class_lookup(&inst.class, crate::intern::intern("__dir__")).is_some() {
                    let r = crate::vm::dunder::call_dunder(o, crate::intern::intern("__dir__"), &[])?.unwrap();
                    let l = super::call_type(super::TypeId::List, smallvec::smallvec![r])?;
                    drop(super::list_sort(&l, Args::new(), &[])?);
                    return Ok(l);
                }
            }
            let names: Vec<std::rc::Rc<str>> = match args.first() {
                Some(o) => crate::vm::dir(o),
                // The names in the current scope, sorted: `locals()`'s keys.
                None if !matches!(crate::vm::caller_locals()?, (None, None)) => {
                    let scope = super::eval::locals(&args)?;
                    let mut v: Vec<std::rc::Rc<str>> = super::iterate(&scope)?
                        .iter()
                        .filter_map(|k| match k.obj() {
                            Obj::Str(s) => Some(std::rc::Rc::from(&**s)),
                            _ => None,
                        })
                        .collect();
                    v.sort();
                    v
                }
                None => {
                    let r = crate::runtime::rt();
                    let mut v: Vec<std::rc::Rc<str>> = r
                        .global_order
                        .iter()
                        .filter(|&&s| crate::runtime::get_global(s).is_some())
                        .map(|&s| name(s))
                        .collect();
                    v.sort();
                    v
                }
            };
            Ok(value::list(names.iter().map(|n| value::str_(n)).collect()))
        }
        BuiltinFn::Vars => match args.len() {
            0 => super::eval::locals(&args),
            1 => match crate::vm::getattr(&args[0], sym::__dict__) {
                Ok(v) => Ok(v),
                Err(e) if e.kind == ExcKind::AttributeError => {
                    drop(e);
                    type_error("vars() argument must have __dict__ attribute")
                }
                Err(e) => Err(e),
            },
            n => type_error(format!("vars expected at most 1 argument, got {n}")),
        },
        BuiltinFn::Callable => {
            exactly_one("callable", &args)?;
            Ok(value::bool_(is_callable(&args[0])))
        }
        BuiltinFn::Input => {
            if args.len() > 1 {
                return type_error(format!("input expected at most 1 argument, got {}", args.len()));
            }
            // The prompt goes to stdout, as CPython's input() writes it.
            if let Some(p) = args.first() {
                io::out(&repr::str(p)?);
            }
            match io::read_line() {
                None => err(ExcKind::EOFError, "EOF when reading a line"),
                Some(line) => Ok(value::str_(&line)),
            }
        }
        BuiltinFn::IsSubclass => {
            if args.len() != 2 {
                return type_error(format!("issubclass expected 2 arguments, got {}", args.len()));
            }
            let classes: Vec<Value> = match args[1].obj() {
                Obj::Tuple(t) => t.iter().map(Value::dup).collect(),
                _ => vec![args[1].dup()],
            };
            if !matches!(args[0].obj(), Obj::Class(_) | Obj::Type(_)) {
                return type_error("issubclass() arg 1 must be a class");
            }
            for c in &classes {
                let hit = match (args[0].obj(), c.obj()) {
                    (Obj::Class(_), Obj::Class(_) | Obj::Type(_)) => crate::vm::is_subclass(&args[0], c),
                    (_, Obj::Type(TypeId::Object)) => true,
                    (Obj::Type(a), Obj::Type(b)) => a == b || (*a == TypeId::Bool && *b == TypeId::Int),
                    (_, Obj::Class(_) | Obj::Type(_)) => false,
                    _ => return type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
                };
                if hit {
                    return Ok(value::bool_(true));
                }
            }
            Ok(value::bool_(false))
        }
        BuiltinFn::StrMaketrans => super::str::maketrans(&args),
        BuiltinFn::FloatFromHex => {
            let f = crate::value::float(0.0);
            super::numbers::call_float_method(b, &f, &args)
        }
        BuiltinFn::Ascii => {
            exactly_one("ascii", &args)?;
            Ok(value::str_(&ascii(&repr::repr(&args[0])?)))
        }
        BuiltinFn::SysGetIntMaxStrDigits | BuiltinFn::SysSetIntMaxStrDigits => {
            crate::builtins::numbers::int_max_str_digits(b, &args)
        }
        BuiltinFn::SysGetRecursionLimit => {
            if !args.is_empty() {
                return type_error(format!("sys.getrecursionlimit() takes no arguments ({} given)", args.len()));
            }
            Ok(value::int(crate::runtime::recursion_limit() as i64))
        }
        BuiltinFn::SysSetRecursionLimit => {
            if args.len() != 1 {
                return type_error(format!(
                    "sys.setrecursionlimit() takes exactly one argument ({} given)",
                    args.len()
                ));
            }
            let n = match args[0].obj() {
                Obj::Int(i) if i32::try_from(*i).is_ok() => *i,
                Obj::Bool(b) => *b as i64,
                Obj::Int(_) | Obj::Long(_) => {
                    return err(ExcKind::OverflowError, "Python int too large to convert to C int")
                }
                _ => {
                    return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&args[0])))
                }
            };
            if n < 1 {
                return err(ExcKind::ValueError, "recursion limit must be greater or equal than 1");
            }
            let depth = crate::runtime::rt().depth as i64 + 2;
            if n <= depth {
                return err(
                    ExcKind::RecursionError,
                    format!(
                        "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
                    ),
                );
            }
            crate::runtime::set_recursion_limit(n as usize);
            Ok(value::none())
        }
        BuiltinFn::DictFromKeys => {
            if args.is_empty() || args.len() > 2 {
                return type_error(format!("fromkeys expected at least 1 argument, got {}", args.len()));
            }
            let d = crate::heap::alloc(Obj::Dict(Box::default()));
            for k in super::iterate(&args[0])? {
                let v = args.get(1).map(Value::dup).unwrap_or_else(value::none);
                let Obj::Dict(dict) = d.obj_mut() else { unreachable!() };
                let old = dict.set(k, v)?;
                drop(old);
            }
            Ok(d)
        }
        BuiltinFn::Pow => {
            match args.len() {
                0 => return type_error("pow() missing required argument 'base' (pos 1)"),
                1 => return type_error("pow() missing required argument 'exp' (pos 2)"),
                2 | 3 => {}
                n => return type_error(format!("pow() takes at most 3 arguments ({n} given)")),
            }
            if args.len() == 3 {
                let (Some(b), Some(e), Some(m)) = (int_value(&args[0]), int_value(&args[1]), int_value(&args[2]))
                else {
                    return type_error("pow() 3rd argument not allowed unless all arguments are integers");
                };
                if m == num_bigint::BigInt::from(0) {
                    return err(ExcKind::ValueError, "pow() 3rd argument cannot be 0");
                }
                let (b, e) = if e < num_bigint::BigInt::from(0) {
                    // A negative exponent: the inverse of the base, to the power -e.
                    match mod_inverse(&b, &m) {
                        Some(inv) => (inv, -e),
                        None => return err(ExcKind::ValueError, "base is not invertible for the given modulus"),
                    }
                } else {
                    (b, e)
                };
                let r = b.modpow(&e, &m);
                let r = if r != num_bigint::BigInt::from(0)
                    && (r < num_bigint::BigInt::from(0)) != (m < num_bigint::BigInt::from(0))
                {
                    r + &m
                } else {
                    r
                };
                return Ok(value::big(r));
            }
            ops::binary(crate::ast::BinOp::Pow, &args[0], &args[1])
        }
        BuiltinFn::DelAttr => {
            if args.len() != 2 {
                return type_error(format!("delattr expected 2 arguments, got {}", args.len()));
            }
            let Obj::Str(n) = args[1].obj() else {
                return type_error(format!("attribute name must be string, not '{}'", type_name(&args[1])));
            };
            let sym = crate::intern::intern(n);
            crate::vm::delattr(&args[0], sym)?;
            Ok(value::none())
        }
        BuiltinFn::CopyCopy => {
            exactly_one("copy", &args)?;
            super::copy::copy(&args[0])
        }
        BuiltinFn::CopyDeepCopy => {
            if args.is_empty() || args.len() > 2 {
                return type_error(format!(
                    "deepcopy() takes from 1 to 3 positional arguments but {} were given",
                    args.len()
                ));
            }
            super::copy::deepcopy(&args[0])
        }
        BuiltinFn::WeakrefRef => {
            if args.is_empty() {
                return type_error("__new__ expected at least 1 argument, got 0");
            }
            if args.len() > 2 {
                return type_error(format!("__new__ expected at most 2 arguments, got {}", args.len()));
            }
            let mut args = args.into_iter();
            let target = args.next().expect("checked above");
            super::weakref::new_ref(&target, args.next())
        }
        BuiltinFn::WeakrefCount => {
            exactly_one("getweakrefcount", &args)?;
            Ok(value::int(super::weakref::count(&args[0]) as i64))
        }
        BuiltinFn::GcCollect
        | BuiltinFn::GcIsEnabled
        | BuiltinFn::GcEnable
        | BuiltinFn::GcDisable
        | BuiltinFn::GcGetCount
        | BuiltinFn::GcGetThreshold
        | BuiltinFn::GcSetThreshold
        | BuiltinFn::GcIsTracked
        | BuiltinFn::GcGetReferents
        | BuiltinFn::GcGetReferrers => super::gc::call(b, args),
        BuiltinFn::GetSizeOf => {
            // getsizeof(object, default): the default is for objects without a size.
            if args.is_empty() {
                return type_error("getsizeof() missing required argument 'object' (pos 1)");
            }
            if args.len() > 2 {
                return type_error(format!("getsizeof() takes at most 2 arguments ({} given)", args.len()));
            }
            Ok(value::int(super::sizeof::sizeof(&args[0]) as i64))
        }
        BuiltinFn::NotImplemented => type_error("'NotImplementedType' object is not callable"),
        BuiltinFn::Ellipsis => type_error("'ellipsis' object is not callable"),
        BuiltinFn::Super if args.len() == 2 => {
            let mut args = args;
            let this = args.pop().unwrap();
            let class = args.pop().unwrap();
            crate::vm::class::make_super(class, this)
        }
        BuiltinFn::Super if args.len() > 2 => {
            type_error(format!("super() takes at most 2 arguments ({} given)", args.len()))
        }
        BuiltinFn::Super => err(ExcKind::RuntimeError, "super(): no arguments"),
        BuiltinFn::ExcInit => crate::vm::exc_init(args),
        BuiltinFn::ObjectInit => Ok(value::none()),
        BuiltinFn::ObjectNew => crate::vm::object_new(args),
        BuiltinFn::Math(i) => super::math::call(i as usize, args),
        BuiltinFn::Print => print(&args, None, None),
        BuiltinFn::Len => {
            exactly_one("len", &args)?;
            let n = match args[0].obj() {
                Obj::List(l) => l.len() as i64,
                Obj::Tuple(t) => t.len() as i64,
                Obj::CacheInfo(c) => c.0.len() as i64,
                Obj::Str(s) => s.char_len() as i64,
                Obj::Bytes(b) => b.len() as i64,
                Obj::ByteArray(b) => b.len() as i64,
                Obj::Range(r) => ops::range_len(r),
                Obj::Dict(d) => d.len() as i64,
                Obj::Set(s) => s.len() as i64,
                Obj::MappingProxy(_) => crate::objects::mappingproxy::len(&args[0]) as i64,
                Obj::MainDict => crate::objects::main_dict::len() as i64,
                Obj::DictView(b) => match b.0.obj() {
                    Obj::Dict(d) => d.len() as i64,
                    _ => 0,
                },
                Obj::Instance(_) => match crate::vm::dunder::len_dunder(&args[0])? {
                    Some(n) => n,
                    None if crate::vm::class::native_of(&args[0]).is_some() => {
                        return call(
                            BuiltinFn::Len,
                            smallvec::smallvec![crate::vm::class::native_of(&args[0]).unwrap().dup()],
                        )
                    }
                    None => return type_error(format!("object of type '{}' has no len()", type_name(&args[0]))),
                },
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
            match args[0].obj() {
                Obj::Int(i) => return Ok(value::int_str(*i)),
                Obj::Bool(b) => return Ok(value::interned(if *b { "True" } else { "False" })),
                _ => {}
            }
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
                _ => match crate::vm::dunder::call_dunder(&args[0], sym::__abs__, &[])? {
                    Some(r) => Ok(r),
                    None => type_error(format!("bad operand type for abs(): '{}'", type_name(&args[0]))),
                },
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
        BuiltinFn::Format => crate::format::format_builtin(&args),
        BuiltinFn::SysExit => Err(crate::vm::exc_attrs::system_exit(args)),
        _ => unreachable!("list and str methods are called through call_method"),
    }
}

fn int_value(v: &Value) -> Option<num_bigint::BigInt> {
    match v.obj() {
        Obj::Int(i) => Some((*i).into()),
        Obj::Long(b) => Some((**b).clone()),
        Obj::Bool(b) => Some((*b as i64).into()),
        _ => None,
    }
}

fn divmod_err(e: crate::error::Exc, args: &Args) -> crate::error::Exc {
    if e.kind == ExcKind::TypeError && e.msg.starts_with("unsupported operand") {
        return crate::error::PyErr::new(
            ExcKind::TypeError,
            format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                type_name(&args[0]),
                type_name(&args[1])
            ),
        );
    }
    if e.kind == ExcKind::ZeroDivisionError {
        let float = matches!(args[0].obj(), Obj::Float(_)) || matches!(args[1].obj(), Obj::Float(_));
        let msg = if float { "float divmod()" } else { "integer division or modulo by zero" };
        return crate::error::PyErr::new(ExcKind::ZeroDivisionError, msg);
    }
    e
}

/// `round(x[, n])`: ties to even, as CPython.
fn round(args: &Args) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return type_error(format!("round() takes at most 2 arguments ({} given)", args.len()));
    }
    if let Obj::Instance(_) = args[0].obj() {
        // A class's own `__round__`: `round(x)` and `round(x, None)` call it with no
        // arguments, `round(x, n)` with n.
        let nd: Vec<&Value> = args.get(1).filter(|a| !matches!(a.obj(), Obj::None)).into_iter().collect();
        if let Some(v) = crate::vm::dunder::call_dunder(&args[0], crate::intern::intern("__round__"), &nd)? {
            return Ok(v);
        }
        if let Some(native) = crate::vm::class::native_of(&args[0]) {
            let mut a: Args = smallvec::smallvec![native.dup()];
            a.extend(args.iter().skip(1).map(Value::dup));
            return round(&a);
        }
    }
    let nd = match args.get(1).map(|a| (a, a.obj())) {
        None | Some((_, Obj::None)) => None,
        Some((a, _)) => match ops::as_index(a) {
            Some(n) => Some(n),
            None => return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(a))),
        },
    };
    match args[0].obj() {
        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => match nd {
            None => Ok(match args[0].obj() {
                Obj::Bool(b) => value::int(*b as i64),
                _ => args[0].dup(),
            }),
            Some(n) if n >= 0 => Ok(args[0].dup()),
            Some(n) => {
                let x = int_value(&args[0]).unwrap();
                let p = num_bigint::BigInt::from(10).pow((-n) as u32);
                let q = num_integer::Integer::div_floor(&x, &p);
                let r = &x - &q * &p;
                let twice = &r * 2;
                let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
                Ok(value::big(q * p))
            }
        },
        Obj::Float(f) => {
            let f = *f;
            match nd {
                None => ops::float_to_int(f.round_ties_even()),
                Some(n) => {
                    if !f.is_finite() || n > 308 {
                        return Ok(value::float(f));
                    }
                    let r: f64 = if n >= 0 {
                        round_half_even_decimal(f, n as usize).unwrap_or(f)
                    } else if n < -308 {
                        0.0 * f
                    } else {
                        round_to_power_of_ten(f, (-n) as u32)
                    };
                    if r.is_infinite() {
                        return err(ExcKind::OverflowError, "rounded value too large to represent");
                    }
                    Ok(value::float(r))
                }
            }
        }
        _ => type_error(format!("type {} doesn't define __round__ method", type_name(&args[0]))),
    }
}

/// Round `f` to `n` decimals, ties to even on the exact binary value (as CPython's dtoa).
fn round_half_even_decimal(f: f64, n: usize) -> Option<f64> {
    // The exact decimal expansion of f decides; Rust's formatting rounds the exact value
    // half to even, which is what CPython's correctly-rounded round() does.
    format!("{:.*}", n, f).parse().ok()
}

/// Round `f` to a multiple of 10**k, ties to even on the exact binary value, correctly
/// rounded back to a float (CPython's round(x, -k)).
fn round_to_power_of_ten(f: f64, k: u32) -> f64 {
    use num_bigint::BigInt;
    use num_integer::Integer;
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    // |f| = num / den exactly.
    let (num, den) = if e >= 0 {
        (BigInt::from(mant) << (e as u64), BigInt::from(1))
    } else {
        (BigInt::from(mant), BigInt::from(1) << ((-e) as u64))
    };
    let den = den * BigInt::from(10).pow(k);
    let (q, r) = num.div_mod_floor(&den);
    let twice = r * 2;
    let q = if twice > den || (twice == den && q.is_odd()) { q + 1 } else { q };
    let v: f64 = format!("{q}e{k}").parse().unwrap_or(0.0);
    if f.is_sign_negative() {
        -v
    } else {
        v
    }
}

fn is_instance(v: &Value, t: &Value) -> PyResult<bool> {
    match t.obj() {
        Obj::Type(tid) => Ok(match (tid, v.obj()) {
            (TypeId::Object, _) => true,
            (_, Obj::Instance(inst)) => crate::vm::is_subclass(&inst.class, t),
            (TypeId::Int, Obj::Bool(_)) => true,
            (tid, o) => {
                o.type_id() == *tid && !matches!(o, Obj::Instance(_) | Obj::Class(_))
                    || (*tid == TypeId::Type && matches!(o, Obj::Class(_)))
            }
        }),
        Obj::Class(_) => {
            let Obj::Instance(inst) = v.obj() else { return Ok(false) };
            Ok(crate::vm::is_subclass(&inst.class, t))
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

/// The inverse of `b` modulo `m` (the sign of m ignored), if they are coprime.
fn mod_inverse(b: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_bigint::BigInt;
    use num_integer::Integer;
    let m = if *m < BigInt::from(0) { -m } else { m.clone() };
    let (mut old_r, mut r) = (b.mod_floor(&m), m.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while r != BigInt::from(0) {
        let q = old_r.div_floor(&r);
        let t = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, t);
        let t = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, t);
    }
    if old_r != BigInt::from(1) && m != BigInt::from(1) {
        return None;
    }
    Some(old_s.mod_floor(&m))
}

/// `ascii(x)`: the repr with non-ASCII characters escaped as `\xNN`, `\uNNNN`, `\UNNNNNNNN`.
pub fn ascii(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    match v.obj() {
        Obj::Builtin(BuiltinFn::NotImplemented | BuiltinFn::Ellipsis) => false,
        Obj::Function(_)
        | Obj::Method(_)
        | Obj::Builtin(_)
        | Obj::BoundBuiltin(_)
        | Obj::Class(_)
        | Obj::Type(_)
        | Obj::Partial(_)
        | Obj::LruCache(_)
        | Obj::StaticMethod(_) => true,
        Obj::Instance(inst) => crate::object::class_lookup(&inst.class, crate::intern::sym::__call__).is_some(),
        _ => false,
    }
}

/// `len(v)` of a builtin list, tuple, str or dict, read directly (no Python code runs):
/// the short path of a `len()` call (CPython's PRECALL_NO_KW_LEN). None for anything else.
#[inline(always)]
pub fn container_len(v: &Value) -> Option<usize> {
    match v.obj() {
        Obj::List(l) => Some(l.len()),
        Obj::Tuple(t) => Some(t.len()),
        Obj::Str(s) => Some(s.char_len()),
        Obj::Dict(d) => Some(d.len()),
        _ => None,
    }
}
