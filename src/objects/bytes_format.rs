//! `bytes % args` and `bytearray % args`: CPython's `_PyBytes_FormatEx` — positional
//! arguments from a tuple (or the one object), `%(key)s` from a mapping, `*` widths and
//! precisions taken from the arguments.
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::object::{type_name, Obj};
use crate::{ops, value};

use super::bytes::{data, make};

/// Where the conversions take their arguments from.
struct Source<'a> {
    items: Vec<Value>,
    /// The arguments were one object, not a tuple.
    single: bool,
    next: usize,
    /// `%(key)s` looks keys up here.
    mapping: Option<&'a Value>,
}

impl Source<'_> {
    fn next_arg(&mut self) -> PyResult<Value> {
        let Some(arg) = self.items.get(self.next) else {
            return type_error("not enough arguments for format string");
        };
        self.next += 1;
        Ok(arg.dup())
    }
}

/// What `%` treats as a mapping: an object with `__getitem__` other than a tuple or a
/// str, bytes or bytearray (CPython's PyMapping_Check and its exclusions).
fn is_mapping(v: &Value) -> bool {
    match v.obj() {
        Obj::Dict(_) | Obj::List(_) | Obj::Range(_) | Obj::MappingProxy(_) | Obj::MainDict => true,
        Obj::Instance(inst) => crate::object::class_lookup(&inst.class, crate::intern::intern("__getitem__")).is_some(),
        _ => false,
    }
}

/// `b'%d %s' % args`.
pub fn percent(tmpl: &Value, args: &Value) -> PyResult<Value> {
    let t = data(tmpl).unwrap().to_vec();
    let mut src = Source {
        items: match args.obj() {
            Obj::Tuple(items) => items.iter().map(Value::dup).collect(),
            _ => vec![args.dup()],
        },
        single: !matches!(args.obj(), Obj::Tuple(_)),
        next: 0,
        mapping: is_mapping(args).then_some(args),
    };
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let c = t[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        // `%(key)`: the argument is mapping[key]; the positional ones are done with.
        let mut keyed: Option<Value> = None;
        if t.get(i) == Some(&b'(') {
            let Some(m) = src.mapping else { return type_error("format requires a mapping") };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < t.len() && depth > 0 {
                match t[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return err(ExcKind::ValueError, "incomplete format key");
            }
            let key = super::bytes::new(&t[start..i - 1]);
            keyed = Some(crate::builtins::get_item(m, &key)?);
            src.next = src.items.len();
            src.single = false;
        }
        let mut spec = String::new();
        while i < t.len() && b"-+ #0".contains(&t[i]) {
            spec.push(t[i] as char);
            i += 1;
        }
        // Width, then `.precision`; `*` takes either from the arguments.
        for part in 0..2 {
            if part == 1 {
                if t.get(i) != Some(&b'.') {
                    break;
                }
                spec.push('.');
                i += 1;
            }
            if t.get(i) == Some(&b'*') {
                i += 1;
                let n = src.next_arg()?;
                let Some(mut n) = (match n.obj() {
                    Obj::Int(_) | Obj::Bool(_) => ops::as_index(&n),
                    _ => None,
                }) else {
                    return type_error("* wants int");
                };
                if n < 0 {
                    if part == 0 {
                        spec.insert(0, '-');
                    }
                    n = if part == 0 { -n } else { 0 };
                }
                spec.push_str(&n.to_string());
            } else {
                while i < t.len() && t[i].is_ascii_digit() {
                    spec.push(t[i] as char);
                    i += 1;
                }
            }
        }
        let Some(&conv) = t.get(i) else {
            return err(ExcKind::ValueError, "incomplete format");
        };
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let arg = match keyed {
            Some(v) => v,
            None => src.next_arg()?,
        };
        let arg = &arg;
        let piece: Vec<u8> = match conv {
            b'b' | b's' => {
                let Some(d) = data(arg) else {
                    return type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        type_name(arg)
                    ));
                };
                pad(&spec, d)
            }
            b'r' | b'a' => pad(&spec, crate::repr::ascii(&crate::repr::repr(arg)?).as_bytes()),
            b'c' => {
                let ch = match data(arg) {
                    Some(d) if d.len() == 1 => d[0],
                    Some(_) => return type_error("%c requires an integer in range(256) or a single byte"),
                    None => match ops::as_index(arg) {
                        Some(n) if (0..256).contains(&n) => n as u8,
                        Some(_) => return err(ExcKind::OverflowError, "%c arg not in range(256)"),
                        None => return type_error("%c requires an integer in range(256) or a single byte"),
                    },
                };
                pad(&spec, &[ch])
            }
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let one = value::tuple_of(smallvec::smallvec![arg.dup()]);
                let s = crate::format::percent_format(&format!("%{spec}{}", conv as char), &one)?;
                s.into_bytes()
            }
            _ => {
                return err(
                    ExcKind::ValueError,
                    format!("unsupported format character '{}' (0x{:x}) at index {}", conv as char, conv, i - 1),
                )
            }
        };
        out.extend(piece);
    }
    let unused = src.next < src.items.len() && !(src.single && src.items.is_empty());
    if unused && src.mapping.is_none() {
        return type_error("not all arguments converted during bytes formatting");
    }
    Ok(make(tmpl, out))
}

/// Width and precision of a `%s`-like conversion.
fn pad(spec: &str, d: &[u8]) -> Vec<u8> {
    let left = spec.contains('-');
    let nums = spec.trim_start_matches(['-', '+', ' ', '#', '0']);
    let (w, p) = match nums.split_once('.') {
        Some((w, p)) => (w, Some(p.parse::<usize>().unwrap_or(0))),
        None => (nums, None),
    };
    let w: usize = w.parse().unwrap_or(0);
    let d = match p {
        Some(p) if p < d.len() => &d[..p],
        _ => d,
    };
    let fill = w.saturating_sub(d.len());
    let mut out = Vec::with_capacity(d.len() + fill);
    if !left {
        out.extend(std::iter::repeat(b' ').take(fill));
    }
    out.extend_from_slice(d);
    if left {
        out.extend(std::iter::repeat(b' ').take(fill));
    }
    out
}
