//! `repr()` and `str()` of values, byte for byte as CPython writes them.

use crate::builtins::BuiltinFn;
use crate::error::PyResult;
use crate::heap::Value;
use crate::intern::{name, sym};
use crate::object::Obj;
use std::fmt::Write;

/// Python's `repr(float)`: the shortest digits that round-trip, fixed notation for
/// exponents from -4 to 15, scientific (`1e+16`, `1e-05`) outside.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let n = digits.len() as i32;
    let mut out = String::from(sign);
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        } else if exp + 1 >= n {
            out.push_str(&digits);
            out.push_str(&"0".repeat((exp + 1 - n) as usize));
            out.push_str(".0");
        } else {
            out.push_str(&digits[..(exp + 1) as usize]);
            out.push('.');
            out.push_str(&digits[(exp + 1) as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    out
}

/// Python's `repr(str)`: single quotes unless the text has a single quote and no double.
/// CPython's `Py_UNICODE_ISPRINTABLE`: every character but the separators other than
/// ' ' (Zs, Zl, Zp) and the "other" categories (controls, format characters, surrogates,
/// private use, unassigned).
pub fn is_printable(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    c == ' '
        || !matches!(
            get_general_category(c),
            G::Control
                | G::Format
                | G::Surrogate
                | G::PrivateUse
                | G::Unassigned
                | G::LineSeparator
                | G::ParagraphSeparator
                | G::SpaceSeparator
        )
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let u = c as u32;
                let _ = if u < 0x100 {
                    write!(out, "\\x{u:02x}")
                } else if u < 0x10000 {
                    write!(out, "\\u{u:04x}")
                } else {
                    write!(out, "\\U{u:08x}")
                };
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `repr(v)`. Containers that reach themselves print `[...]`, as CPython's Py_ReprEnter does.
pub fn repr(v: &Value) -> PyResult<String> {
    let mut out = String::new();
    let mut active = Vec::new();
    write_repr(v, &mut out, &mut active)?;
    Ok(out)
}

/// `str(v)`: the text itself for strings, the repr otherwise (for the kinds here).
pub fn str(v: &Value) -> PyResult<String> {
    match v.obj() {
        Obj::Str(s) => Ok(s.to_string()),
        Obj::Instance(_) => crate::vm::instance_str(v),
        _ => repr(v),
    }
}

/// Write a list's or tuple's items. Like CPython's list_repr, the items are borrowed, not
/// counted (an item's `__repr__` sees the count it would in CPython); each is read afresh
/// because a `__repr__` may change the list.
fn write_items(seq: &Value, open: &str, close: &str, out: &mut String, active: &mut Vec<u32>) -> PyResult<()> {
    out.push_str(open);
    let mut i = 0;
    loop {
        let index = match seq.obj() {
            Obj::List(items) => items.get(i).map(Value::index),
            Obj::Tuple(items) => items.get(i).map(Value::index),
            _ => None,
        };
        let Some(index) = index else { break };
        if i > 0 {
            out.push_str(", ");
        }
        // SAFETY: the container holds this reference; ManuallyDrop keeps it borrowed.
        let item = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(index) });
        write_repr(&item, out, active)?;
        i += 1;
    }
    out.push_str(close);
    Ok(())
}

/// CPython guards repr's descent into nested containers with the recursion limit.
fn enter(active: &[u32]) -> PyResult<()> {
    if active.len() + crate::runtime::rt().depth >= crate::runtime::recursion_limit() {
        return crate::error::err(
            crate::error::ExcKind::RecursionError,
            "maximum recursion depth exceeded while getting the repr of an object",
        );
    }
    Ok(())
}

fn write_repr(v: &Value, out: &mut String, active: &mut Vec<u32>) -> PyResult<()> {
    match v.obj() {
        Obj::None => out.push_str("None"),
        Obj::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Obj::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Obj::Long(b) => out.push_str(&crate::builtins::numbers::decimal_text(b)?),
        Obj::Float(f) => out.push_str(&float_repr(*f)),
        Obj::Str(s) => out.push_str(&str_repr(s)),
        Obj::Bytes(b) => out.push_str(&crate::objects::bytes::repr(b)),
        Obj::ByteArray(b) => out.push_str(&crate::objects::bytearray::repr(b)),
        Obj::List(_) | Obj::Tuple(_) => {
            if active.contains(&v.index()) {
                out.push_str(if matches!(v.obj(), Obj::List(_)) { "[...]" } else { "(...)" });
                return Ok(());
            }
            enter(active)?;
            active.push(v.index());
            let r = match v.obj() {
                Obj::List(_) => write_items(v, "[", "]", out, active),
                Obj::Tuple(t) if t.len() == 1 => write_items(v, "(", ",)", out, active),
                _ => write_items(v, "(", ")", out, active),
            };
            active.pop();
            r?;
        }
        Obj::Range(r) => {
            let [start, stop, step] = **r;
            if step == 1 {
                let _ = write!(out, "range({start}, {stop})");
            } else {
                let _ = write!(out, "range({start}, {stop}, {step})");
            }
        }
        Obj::Function(f) => {
            let _ = write!(out, "<function {} at {:#x}>", f.qualname, v.id());
        }
        Obj::Property(_) => {
            let _ = write!(out, "<property object at {:#x}>", v.id());
        }
        Obj::StaticMethod(w) => out.push_str(&crate::objects::classmethod::repr(false, w)?),
        Obj::ClassMethod(w) => out.push_str(&crate::objects::classmethod::repr(true, w)?),
        Obj::Partial(p) => out.push_str(&crate::objects::functools::partial_repr(p)?),
        Obj::LruCache(_) => out.push_str(&crate::objects::functools::lru_repr(v)?),
        Obj::CacheInfo(c) => out.push_str(&c.repr()?),
        Obj::Class(c) if c.builtin => {
            let _ = write!(out, "<class '{}'>", name(c.name));
        }
        Obj::Class(c) => {
            // `<class 'module.qualname'>`, from the class's `__module__` and `__qualname__`.
            let text = |n| match c.attrs.get(n).map(|v| v.obj()) {
                Some(Obj::Str(s)) => Some(std::rc::Rc::from(&**s)),
                _ => None,
            };
            let module = text(sym::__module__).unwrap_or_else(|| std::rc::Rc::from("__main__"));
            let qualname = text(sym::__qualname__).unwrap_or_else(|| name(c.name));
            let _ = write!(out, "<class '{module}.{qualname}'>");
        }
        Obj::Type(t) => {
            let _ = write!(out, "<class '{}'>", t.name());
        }
        Obj::Instance(_) => out.push_str(&crate::vm::instance_repr(v)?),
        Obj::Method(m) => {
            // method_repr: the function's __qualname__, else its __name__, else "?".
            let fname = match m.0.obj() {
                Obj::Function(f) => f.qualname.to_string(),
                _ => [crate::intern::sym::__qualname__, crate::intern::sym::__name__]
                    .iter()
                    .find_map(|&n| match crate::vm::getattr(&m.0, n).ok()?.obj() {
                        Obj::Str(s) => Some(s.to_string()),
                        _ => None,
                    })
                    .unwrap_or_else(|| "?".into()),
            };
            let _ = write!(out, "<bound method {fname} of ");
            write_repr(&m.1, out, active)?;
            out.push('>');
        }
        Obj::Builtin(b @ (BuiltinFn::Exit | BuiltinFn::Quit)) => {
            let _ = write!(out, "Use {}() or Ctrl-D (i.e. EOF) to exit", b.name());
        }
        Obj::Builtin(BuiltinFn::NotImplemented) => out.push_str("NotImplemented"),
        Obj::Builtin(BuiltinFn::Ellipsis) => out.push_str("Ellipsis"),
        Obj::Builtin(b) => {
            let _ = write!(out, "<built-in function {}>", b.name());
        }
        Obj::BoundBuiltin(b) if matches!(b.1.obj(), Obj::Type(_)) => {
            let Obj::Type(t) = b.1.obj() else { unreachable!() };
            let _ = if crate::objects::slot_wrapper::is_slot(b.0, *t) {
                write!(out, "<slot wrapper '{}' of '{}' objects>", b.0.name(), t.name())
            } else {
                write!(out, "<method '{}' of '{}' objects>", b.0.name(), t.name())
            };
        }
        Obj::BoundBuiltin(b) if crate::objects::slot_wrapper::is_slot(b.0, b.1.obj().type_id()) => {
            let _ = write!(
                out,
                "<method-wrapper '{}' of {} object at {:#x}>",
                b.0.name(),
                crate::object::type_name(&b.1),
                b.1.id()
            );
        }
        Obj::BoundBuiltin(b) => {
            let _ = write!(
                out,
                "<built-in method {} of {} object at {:#x}>",
                b.0.name(),
                crate::object::type_name(&b.1),
                b.1.id()
            );
        }
        Obj::Module(m) => {
            let _ = write!(out, "<module '{}' (built-in)>", name(m.name));
        }
        Obj::Dict(_) => {
            if active.contains(&v.index()) {
                out.push_str("{...}");
                return Ok(());
            }
            enter(active)?;
            active.push(v.index());
            out.push('{');
            let mut i = 0;
            let r = loop {
                let Obj::Dict(d) = v.obj() else { break Ok(()) };
                let Some((_, k, x)) = d.entries.get(i) else { break Ok(()) };
                let (k, x) = (k.dup(), x.dup());
                if i > 0 {
                    out.push_str(", ");
                }
                if let Err(e) = write_repr(&k, out, active) {
                    break Err(e);
                }
                out.push_str(": ");
                if let Err(e) = write_repr(&x, out, active) {
                    break Err(e);
                }
                i += 1;
            };
            active.pop();
            r?;
            out.push('}');
        }
        Obj::Set(s) => {
            let frozen = s.frozen;
            if s.is_empty() {
                out.push_str(if frozen { "frozenset()" } else { "set()" });
                return Ok(());
            }
            if active.contains(&v.index()) {
                out.push_str(if frozen { "frozenset(...)" } else { "set(...)" });
                return Ok(());
            }
            enter(active)?;
            active.push(v.index());
            if frozen {
                out.push_str("frozenset(");
            }
            out.push('{');
            let items: Vec<Value> = s.iter().map(Value::dup).collect();
            let mut r = Ok(());
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                r = write_repr(x, out, active);
                if r.is_err() {
                    break;
                }
            }
            active.pop();
            r?;
            out.push('}');
            if frozen {
                out.push(')');
            }
        }
        Obj::DictView(b) => {
            let Obj::Dict(d) = b.0.obj() else { unreachable!("a view is of a dict") };
            let (label, kind) = match b.1 {
                crate::object::ViewKind::Keys => ("dict_keys", 0),
                crate::object::ViewKind::Values => ("dict_values", 1),
                crate::object::ViewKind::Items => ("dict_items", 2),
            };
            let _ = write!(out, "{label}([");
            let entries: Vec<(Value, Value)> = d.entries.iter().map(|(_, k, x)| (k.dup(), x.dup())).collect();
            for (i, (k, x)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match kind {
                    0 => write_repr(k, out, active)?,
                    1 => write_repr(x, out, active)?,
                    _ => {
                        out.push('(');
                        write_repr(k, out, active)?;
                        out.push_str(", ");
                        write_repr(x, out, active)?;
                        out.push(')');
                    }
                }
            }
            out.push_str("])");
        }
        Obj::Cell(c) => match c {
            Some(x) => {
                let _ = write!(out, "<cell at {:#x}: {} object at {:#x}>", v.id(), crate::object::type_name(x), x.id());
            }
            None => {
                let _ = write!(out, "<cell at {:#x}: empty>", v.id());
            }
        },
        Obj::Iter(it) => match &**it {
            crate::object::Iter::Coro(_) => out.push_str(&crate::objects::generator::repr(v)),
            _ => {
                let _ = write!(out, "<{} object at {:#x}>", it.type_name(), v.id());
            }
        },
        Obj::MappingProxy(_) => out.push_str(&crate::objects::mappingproxy::repr(v)?),
        Obj::Slice(_) => out.push_str(&crate::objects::slice::repr(v)?),
        Obj::Code(_) => out.push_str(&crate::objects::code_object::repr(v)),
        Obj::StdStream(_) => out.push_str(&crate::objects::stdstream::repr(v)),
        Obj::MainDict => write_repr(&crate::objects::main_dict::snapshot()?, out, active)?,
        Obj::Namespace(owner) => {
            out.push('{');
            if *owner != crate::object::NO_CLASS {
                // SAFETY: a live class owns its namespace, and orphans it when it dies.
                let class = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(*owner) });
                if let Obj::Class(c) = class.obj() {
                    for (k, (n, v)) in c.attrs.0.iter().enumerate() {
                        if k > 0 {
                            out.push_str(", ");
                        }
                        let _ = write!(out, "'{}': {}", name(*n), repr(v)?);
                    }
                }
            }
            out.push('}');
        }
        Obj::Traceback(_) => {
            let _ = write!(out, "<traceback object at {:#x}>", v.id());
        }
        Obj::Frame(fr) => {
            let _ = write!(out, "<frame at {:#x}, file '{}', line {}, code {}>", v.id(), fr.file, fr.line, fr.name);
        }
        Obj::GetSet(d) => {
            let _ = write!(
                out,
                "<attribute '{}' of '{}' objects>",
                name(d.0),
                match d.1.obj() {
                    Obj::Class(c) => name(c.name),
                    _ => name(d.0),
                }
            );
        }
        Obj::Member(m) => out.push_str(&m.repr()),
        Obj::Super(b) => {
            let _ = write!(
                out,
                "<super: <class '{}'>, <{} object>>",
                crate::vm::class_name(&b.0),
                crate::object::type_name(&b.1)
            );
        }
        Obj::WeakRef(w) => match (w.target != crate::builtins::weakref::DEAD)
            .then(|| crate::builtins::weakref::deref(w))
        {
            Some(t) => {
                let _ =
                    write!(out, "<weakref at {:#x}; to '{}' at {:#x}>", v.id(), crate::object::type_name(&t), t.id());
            }
            None => {
                let _ = write!(out, "<weakref at {:#x}; dead>", v.id());
            }
        },
        Obj::Free(_) | Obj::Dying => out.push_str("<freed>"),
    }
    Ok(())
}

/// `ascii()`: a repr with every non-ASCII character escaped.
pub fn ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{float_repr, str_repr};

    #[test]
    fn floats_print_as_python_does() {
        for (f, s) in [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (123456789012345.6, "123456789012345.6"),
            (-0.0, "-0.0"),
            (2.5e-4, "0.00025"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
        ] {
            assert_eq!(float_repr(f), s);
        }
    }

    #[test]
    fn strings_pick_their_quotes() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("tab\there\n"), "'tab\\there\\n'");
    }
}
