//! The attributes some builtin exception classes have beyond `args`, as CPython's
//! `Objects/exceptions.c` gives them: OSError's `errno`, `strerror`, `filename`,
//! `filename2` (and `OSError(errno, ...)` making the subclass for that errno), SyntaxError's
//! `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset`, the Unicode
//! errors' `encoding`, `object`, `start`, `end`, `reason`, ImportError's `msg`, `name`,
//! `path`; their constructors' checks and their `str()`.

use super::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Os,
    Syntax,
    Decode,
    Encode,
    Translate,
    Import,
    Attribute,
    Name,
    Exit,
}

/// The family of builtin exception class `k` (by its nearest builtin base).
fn family_of_kind(mut k: ExcKind) -> Option<Family> {
    loop {
        match k {
            ExcKind::OSError => return Some(Family::Os),
            ExcKind::SyntaxError => return Some(Family::Syntax),
            ExcKind::UnicodeDecodeError => return Some(Family::Decode),
            ExcKind::UnicodeEncodeError => return Some(Family::Encode),
            ExcKind::UnicodeTranslateError => return Some(Family::Translate),
            ExcKind::ImportError => return Some(Family::Import),
            ExcKind::AttributeError => return Some(Family::Attribute),
            ExcKind::NameError => return Some(Family::Name),
            ExcKind::SystemExit => return Some(Family::Exit),
            ExcKind::BaseException => return None,
            _ => k = k.base(),
        }
    }
}

fn family(class: &Value) -> Option<Family> {
    family_of_kind(super::exc::kind_of_class(class))
}

/// Whether the class's constructor takes keywords (ImportError's `name=` and `path=`).
pub fn takes_keywords(class: &Value) -> bool {
    matches!(family(class), Some(Family::Import | Family::Attribute | Family::Name))
}

const OS_ATTRS: &[&str] = &["errno", "strerror", "filename", "filename2"];
const SYNTAX_ATTRS: &[&str] =
    &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];
const UNICODE_ATTRS: &[&str] = &["encoding", "object", "start", "end", "reason"];
const IMPORT_ATTRS: &[&str] = &["msg", "name", "path"];
const ATTRIBUTE_ATTRS: &[&str] = &["name", "obj"];
const NAME_ATTRS: &[&str] = &["name"];
const EXIT_ATTRS: &[&str] = &["code"];

fn attr_names(f: Family) -> &'static [&'static str] {
    match f {
        Family::Os => OS_ATTRS,
        Family::Syntax => SYNTAX_ATTRS,
        Family::Decode | Family::Encode | Family::Translate => UNICODE_ATTRS,
        Family::Import => IMPORT_ATTRS,
        Family::Attribute => ATTRIBUTE_ATTRS,
        Family::Name => NAME_ATTRS,
        Family::Exit => EXIT_ATTRS,
    }
}

/// Whether `n` is one of the family fields of exception class `class` (kept out of the
/// instance's `__dict__`).
pub fn is_field(class: &Value, n: Sym) -> bool {
    if !super::exc::is_exception_class(class) {
        return false;
    }
    family(class).is_some_and(|f| attr_names(f).contains(&&*name(n)))
}

/// An attribute of the family that was never set reads as None (CPython's NULL field).
pub fn default_attr(v: &Value, n: Sym) -> Option<Value> {
    let Obj::Instance(inst) = v.obj() else { return None };
    let f = family(&inst.class)?;
    attr_names(f).contains(&&*name(n)).then(value::none)
}

/// The subclass `OSError(errno, strerror, ...)` makes for a known errno (CPython's
/// errnomap), when called on OSError itself.
pub fn os_error_class(class: &Value, args: &[Value]) -> Option<Value> {
    let os = &rt().exc_classes[ExcKind::OSError as usize];
    if !class.is(os) || !(2..=5).contains(&args.len()) {
        return None;
    }
    let e = match args[0].obj() {
        Obj::Int(e) => i32::try_from(*e).ok()?,
        Obj::Bool(b) => *b as i32,
        _ => return None,
    };
    use libc::*;
    let k = match e {
        EAGAIN | EALREADY | EINPROGRESS => ExcKind::BlockingIOError,
        ECHILD => ExcKind::ChildProcessError,
        EPIPE | ESHUTDOWN => ExcKind::BrokenPipeError,
        ECONNABORTED => ExcKind::ConnectionAbortedError,
        ECONNREFUSED => ExcKind::ConnectionRefusedError,
        ECONNRESET => ExcKind::ConnectionResetError,
        EEXIST => ExcKind::FileExistsError,
        ENOENT => ExcKind::FileNotFoundError,
        EISDIR => ExcKind::IsADirectoryError,
        ENOTDIR => ExcKind::NotADirectoryError,
        EINTR => ExcKind::InterruptedError,
        EACCES | EPERM => ExcKind::PermissionError,
        ESRCH => ExcKind::ProcessLookupError,
        ETIMEDOUT => ExcKind::TimeoutError,
        _ => return None,
    };
    Some(rt().exc_classes[k as usize].dup())
}

fn set(attrs: &mut Attrs, n: &str, v: Value) {
    drop(attrs.set(crate::intern::intern(n), v));
}

/// Set a new exception's family attributes from its arguments (BaseException.__new__ /
/// the class's `__init__`). `kwargs` are the keywords the call gave (only ImportError
/// takes any). Returns the `args` to keep when it is not all of them (OSError with a
/// filename keeps `(errno, strerror)`).
pub fn init(class: &Value, attrs: &mut Attrs, args: &[Value], kwargs: &[(Sym, Value)]) -> PyResult<Option<Value>> {
    let Some(f) = family(class) else { return Ok(None) };
    match f {
        Family::Import | Family::Attribute | Family::Name => {
            let allowed: &[&str] = match f {
                Family::Import => &["name", "path"],
                Family::Attribute => &["name", "obj"],
                _ => &["name"],
            };
            for (k, v) in kwargs {
                let kn = name(*k);
                if !allowed.contains(&&*kn) {
                    return type_error(format!("'{kn}' is an invalid keyword argument for {}()", class_name(class)));
                }
                set(attrs, &kn, v.dup());
            }
            if f == Family::Import && args.len() == 1 {
                set(attrs, "msg", args[0].dup());
            }
        }
        _ if !kwargs.is_empty() => {
            return type_error(format!("{}() takes no keyword arguments", class_name(class)));
        }
        Family::Exit => {
            // SystemExit.code: None, the one argument, or all of them.
            let code = match args {
                [] => value::none(),
                [one] => one.dup(),
                _ => value::tuple(args.iter().map(Value::dup).collect()),
            };
            set(attrs, "code", code);
        }
        Family::Os => {
            if (2..=5).contains(&args.len()) {
                set(attrs, "errno", args[0].dup());
                set(attrs, "strerror", args[1].dup());
                let filename = args.get(2).filter(|v| !matches!(v.obj(), Obj::None));
                if let Some(fname) = filename {
                    set(attrs, "filename", fname.dup());
                    if let Some(f2) = args.get(4).filter(|v| !matches!(v.obj(), Obj::None)) {
                        set(attrs, "filename2", f2.dup());
                    }
                    return Ok(Some(value::tuple_of(smallvec::smallvec![args[0].dup(), args[1].dup()])));
                }
            }
        }
        Family::Syntax => {
            if let Some(m) = args.first() {
                set(attrs, "msg", m.dup());
            }
            if args.len() == 2 {
                let info = crate::builtins::iterate(&args[1])?;
                if !(4..=6).contains(&info.len()) {
                    let least = if info.len() < 4 { "at least 4" } else { "at most 6" };
                    return type_error(format!("function takes {least} arguments ({} given)", info.len()));
                }
                for (n, v) in ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].iter().zip(info) {
                    set(attrs, n, v);
                }
            }
        }
        Family::Decode | Family::Encode | Family::Translate => {
            let want = if f == Family::Translate { 4 } else { 5 };
            if args.len() != want {
                return type_error(format!("function takes exactly {want} arguments ({} given)", args.len()));
            }
            let a: Vec<Value> = if f == Family::Translate {
                // UnicodeTranslateError(object, start, end, reason): no encoding.
                args.iter().map(Value::dup).collect()
            } else {
                args[1..].iter().map(Value::dup).collect()
            };
            if f != Family::Translate {
                if !matches!(args[0].obj(), Obj::Str(_)) {
                    return type_error(format!("argument 1 must be str, not {}", type_name(&args[0])));
                }
            }
            let at = if f == Family::Translate { 1 } else { 2 };
            let object = match (f, a[0].obj()) {
                (Family::Decode, _) => match crate::objects::bytes::data(&a[0]) {
                    Some(b) => crate::objects::bytes::new(b),
                    None => return type_error(format!("a bytes-like object is required, not '{}'", type_name(&a[0]))),
                },
                (_, Obj::Str(_)) => a[0].dup(),
                _ => return type_error(format!("argument {at} must be str, not {}", type_name(&a[0]))),
            };
            for v in &a[1..3] {
                if ops::as_index(v).is_none() {
                    return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)));
                }
            }
            if !matches!(a[3].obj(), Obj::Str(_)) {
                return type_error(format!("argument {} must be str, not {}", at + 3, type_name(&a[3])));
            }
            if f != Family::Translate {
                set(attrs, "encoding", args[0].dup());
            }
            set(attrs, "object", object);
            set(attrs, "start", a[1].dup());
            set(attrs, "end", a[2].dup());
            set(attrs, "reason", a[3].dup());
        }
    }
    Ok(None)
}

fn get<'a>(attrs: &'a Attrs, n: &str) -> Option<&'a Value> {
    attrs.get(crate::intern::intern(n))
}

/// `str(e)` for the families that have their own (None: BaseException's).
pub fn str_of(v: &Value) -> Option<PyResult<String>> {
    let Obj::Instance(inst) = v.obj() else { return None };
    let f = family(&inst.class)?;
    let a = &inst.attrs;
    let s = |x: &Value| repr::str(x);
    let r = (|| -> PyResult<Option<String>> {
        Ok(match f {
            Family::Os => {
                let (Some(errno), Some(strerror)) = (get(a, "errno"), get(a, "strerror")) else { return Ok(None) };
                match (get(a, "filename"), get(a, "filename2")) {
                    (Some(f1), Some(f2)) => Some(format!(
                        "[Errno {}] {}: {} -> {}",
                        s(errno)?,
                        s(strerror)?,
                        repr::repr(f1)?,
                        repr::repr(f2)?
                    )),
                    (Some(f1), None) => Some(format!("[Errno {}] {}: {}", s(errno)?, s(strerror)?, repr::repr(f1)?)),
                    _ => Some(format!("[Errno {}] {}", s(errno)?, s(strerror)?)),
                }
            }
            Family::Syntax => {
                let msg = get(a, "msg").map_or_else(|| Ok("None".to_string()), s)?;
                let file = match get(a, "filename").map(|f| f.obj()) {
                    Some(Obj::Str(t)) => Some(t.rsplit('/').next().unwrap_or("").to_string()),
                    _ => None,
                };
                let line = match get(a, "lineno").map(|l| l.obj()) {
                    Some(Obj::Int(_) | Obj::Long(_) | Obj::Bool(_)) => Some(s(get(a, "lineno").unwrap())?),
                    _ => None,
                };
                Some(match (file, line) {
                    (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
                    (Some(f), None) => format!("{msg} ({f})"),
                    (None, Some(l)) => format!("{msg} (line {l})"),
                    (None, None) => msg,
                })
            }
            Family::Decode | Family::Encode | Family::Translate => {
                let (Some(obj), Some(start), Some(end), Some(reason)) =
                    (get(a, "object"), get(a, "start"), get(a, "end"), get(a, "reason"))
                else {
                    return Ok(Some(String::new()));
                };
                let (start, end) = (ops::as_index(start).unwrap_or(0), ops::as_index(end).unwrap_or(0));
                let reason = s(reason)?;
                let enc = get(a, "encoding").map_or_else(|| Ok(String::new()), s)?;
                let len = match obj.obj() {
                    Obj::Str(t) => t.char_len() as i64,
                    _ => crate::objects::bytes::data(obj).map_or(0, |b| b.len() as i64),
                };
                let one = start >= 0 && start < len && end == start + 1;
                Some(match f {
                    Family::Decode if one => {
                        let byte = crate::objects::bytes::data(obj).map_or(0, |b| b[start as usize]);
                        format!("'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
                    }
                    Family::Decode => {
                        format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
                    }
                    _ if one => {
                        let Obj::Str(t) = obj.obj() else { return Ok(Some(String::new())) };
                        let c = t.char_at(start as usize).map_or(0, |c| c as u32);
                        let esc = if c <= 0xff {
                            format!("\\x{c:02x}")
                        } else if c <= 0xffff {
                            format!("\\u{c:04x}")
                        } else {
                            format!("\\U{c:08x}")
                        };
                        if f == Family::Encode {
                            format!("'{enc}' codec can't encode character '{esc}' in position {start}: {reason}")
                        } else {
                            format!("can't translate character '{esc}' in position {start}: {reason}")
                        }
                    }
                    Family::Encode => {
                        format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1)
                    }
                    _ => format!("can't translate characters in position {start}-{}: {reason}", end - 1),
                })
            }
            Family::Import => match get(a, "msg") {
                Some(m) => Some(s(m)?),
                None => None,
            },
            Family::Attribute | Family::Name | Family::Exit => None,
        })
    })();
    Some(match r {
        Ok(Some(text)) => Ok(text),
        Ok(None) => super::exc::base_str(v),
        Err(e) => Err(e),
    })
}

/// `sys.exit(arg)`: a SystemExit made with the argument, as raising `SystemExit(arg)`.
pub fn system_exit(args: crate::builtins::Args) -> crate::error::Exc {
    if args.len() > 1 {
        return PyErr::new(ExcKind::TypeError, format!("exit expected at most 1 argument, got {}", args.len()));
    }
    let class = rt().exc_classes[ExcKind::SystemExit as usize].dup();
    match call(&class, args) {
        Ok(v) => PyErr::from_value(ExcKind::SystemExit, v),
        Err(e) => e,
    }
}

/// The exit status a SystemExit object asks for, and the message to print first (a
/// code that is neither None nor an int is printed and the status is 1).
pub fn exit_status(v: &Value) -> (i32, Option<String>) {
    let Obj::Instance(inst) = v.obj() else { return (0, None) };
    let code = inst.attrs.get(crate::intern::intern("code")).map(Value::dup).unwrap_or_else(value::none);
    match code.obj() {
        Obj::None => (0, None),
        Obj::Int(i) => (*i as i32, None),
        Obj::Bool(b) => (*b as i32, None),
        _ => (1, Some(repr::str(&code).unwrap_or_default())),
    }
}

/// A UnicodeDecodeError or UnicodeEncodeError raised by a codec: the exception object with
/// its five arguments, as CPython's codecs make it.
pub fn unicode_error(
    kind: ExcKind,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> crate::error::Exc {
    let args =
        vec![value::str_(encoding), object, value::int(start as i64), value::int(end as i64), value::str_(reason)];
    let class = rt().exc_classes[kind as usize].dup();
    let mut attrs = Attrs::default();
    match init(&class, &mut attrs, &args, &[]) {
        Ok(_) => {}
        Err(e) => return e,
    }
    attrs.set(sym::args, value::tuple(args));
    let v = alloc(Obj::Instance(Box::new(Instance {
        class,
        attrs,
        finalized: false,
        bare: false,
        slots: Default::default(),
        dict: None,
        native: None,
    })));
    PyErr::from_value(kind, v)
}
