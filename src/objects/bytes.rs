//! `bytes`: an immutable sequence of bytes, as CPython's `Objects/bytesobject.c` — the
//! shared empty and one-byte objects, repr, the methods bytes and bytearray share
//! (searching, splitting, stripping, case, classification, hex, decode), concatenation,
//! repetition, comparison, `%` formatting, the constructor, and str.encode / int.to_bytes.
//! Its size is `33 + len` (the header, the cached hash, the bytes and a terminator); it
//! holds no references, so it has nothing to traverse or release.

use crate::ast::BinOp;
use crate::builtins::{Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyErr, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::Sym;
use crate::object::{type_name, Obj};
use crate::{ops, value};
use std::cmp::Ordering;

/// The largest sequence minipy will try to allocate (CPython's limit is PY_SSIZE_T_MAX;
/// beyond what memory holds it raises MemoryError).
const MAX_ALLOC: usize = 1 << 34;

macro_rules! methods {
    ($($v:ident = $n:literal),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum BytesMethod { $($v),* }
        impl BytesMethod {
            pub fn name(self) -> &'static str {
                match self { $(BytesMethod::$v => $n),* }
            }
            fn by_name(n: &str) -> Option<BytesMethod> {
                match n { $($n => Some(BytesMethod::$v),)* _ => None }
            }
        }
    };
}

methods! {
    Decode = "decode", Hex = "hex", Join = "join", Split = "split", Rsplit = "rsplit",
    Find = "find", Rfind = "rfind", Index = "index", Rindex = "rindex", Count = "count",
    Replace = "replace", Startswith = "startswith", Endswith = "endswith", Strip = "strip",
    Lstrip = "lstrip", Rstrip = "rstrip", Upper = "upper", Lower = "lower",
    Isdigit = "isdigit", Isalpha = "isalpha", Isalnum = "isalnum", Isspace = "isspace",
    Isupper = "isupper", Islower = "islower",
    Partition = "partition", Rpartition = "rpartition", Removeprefix = "removeprefix",
    Removesuffix = "removesuffix", Center = "center", Ljust = "ljust", Rjust = "rjust",
    Zfill = "zfill", Capitalize = "capitalize", Swapcase = "swapcase", Title = "title",
    Splitlines = "splitlines", Expandtabs = "expandtabs", Istitle = "istitle", Isascii = "isascii",
    // bytearray only (objects/bytearray.rs).
    Append = "append", Extend = "extend", Insert = "insert", Pop = "pop", Remove = "remove",
    Clear = "clear", Reverse = "reverse", Copy = "copy",
}

impl BytesMethod {
    fn mutating(self) -> bool {
        use BytesMethod::*;
        matches!(self, Append | Extend | Insert | Pop | Remove | Clear | Reverse | Copy)
    }
}

/// The method `n` of a bytes (or, with `mutable`, a bytearray) object.
pub fn method(n: Sym, mutable: bool) -> Option<BuiltinFn> {
    let text = crate::intern::name(n);
    let m = BytesMethod::by_name(&text)?;
    if m.mutating() && !mutable {
        return None;
    }
    Some(BuiltinFn::Bytes(m))
}

/// A new bytes object; empty and one-byte ones are the shared objects.
pub fn new(b: &[u8]) -> Value {
    if b.len() <= 1 {
        return value::short_bytes(b);
    }
    alloc(Obj::Bytes(b.into()))
}

/// The contents of a bytes or bytearray (CPython's buffer protocol, for these two).
pub fn data(v: &Value) -> Option<&'static [u8]> {
    match v.obj() {
        Obj::Bytes(b) => Some(b),
        Obj::ByteArray(b) => Some(b.data()),
        _ => None,
    }
}

/// A result of the receiver's kind: bytes for bytes, a new bytearray for a bytearray.
pub(super) fn make(like: &Value, b: Vec<u8>) -> Value {
    match like.obj() {
        Obj::ByteArray(_) => super::bytearray::new(b),
        _ => new(&b),
    }
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v.obj(), Obj::ByteArray(_))
}

/// `b'...'` as CPython writes it: single quotes unless the bytes hold a `'` and no `"`.
pub fn repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// A bytes-like argument, or CPython's TypeError.
fn buffer_arg(v: &Value) -> PyResult<&'static [u8]> {
    data(v).ok_or_else(|| {
        PyErr::new(ExcKind::TypeError, format!("a bytes-like object is required, not '{}'", type_name(v)))
    })
}

/// A byte value from an int: `byte must be in range(0, 256)`.
pub fn byte_value(v: &Value) -> PyResult<u8> {
    match v.obj() {
        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => {}
        Obj::Instance(_) if ops::as_index(v).is_some() => {}
        _ => return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))),
    }
    match ops::as_index(v) {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        _ => err(ExcKind::ValueError, "byte must be in range(0, 256)"),
    }
}

/// The needle of find/count/index/`in`: bytes-like or an int byte.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data(v) {
        return Ok(d.to_vec());
    }
    if ops::as_index(v).is_some() {
        return Ok(vec![byte_value(v)?]);
    }
    type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(v)))
}

pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if from >= hay.len() {
        return None;
    }
    hay[from..].windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).rev().find(|&i| &hay[i..i + needle.len()] == needle)
}

fn count(hay: &[u8], needle: &[u8]) -> usize {
    if needle.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find(hay, needle, i) {
        n += 1;
        i = p + needle.len();
    }
    n
}

/// `x in b`.
pub fn contains(hay: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(d) = data(item) {
        return Ok(find(hay, d, 0).is_some());
    }
    if ops::as_index(item).is_some() {
        let b = byte_value(item)?;
        return Ok(hay.contains(&b));
    }
    type_error(format!("a bytes-like object is required, not '{}'", type_name(item)))
}

/// Start and end arguments as CPython's slice adjustment gives them.
fn span(len: usize, args: &[Value]) -> PyResult<(usize, usize)> {
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match args.get(i) {
            None => Ok(default),
            Some(v) if matches!(v.obj(), Obj::None) => Ok(default),
            Some(v) => ops::as_index(v).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    "slice indices must be integers or None or have an __index__ method".to_string(),
                )
            }),
        }
    };
    let n = len as i64;
    let fix = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    // A start past the end stays past it: nothing is found there, not even b''.
    let start = get(0, 0)?;
    let start = if start > n { (n as usize) + 1 } else { fix(start) as usize };
    Ok((start, fix(get(1, n)?) as usize))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn check_args(what: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        if max == 0 {
            return type_error(format!("{what}() takes no arguments ({n} given)"));
        }
        if min == max && min == 1 {
            return type_error(format!("{what}() takes exactly one argument ({n} given)"));
        }
        if n < min {
            return type_error(format!(
                "{what}() takes at least {min} argument{} ({n} given)",
                if min == 1 { "" } else { "s" }
            ));
        }
        return type_error(format!(
            "{what}() takes at most {max} argument{} ({n} given)",
            if max == 1 { "" } else { "s" }
        ));
    }
    Ok(())
}

fn split(b: &[u8], sep: Option<&[u8]>, maxsplit: i64, right: bool) -> PyResult<Vec<Vec<u8>>> {
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut out: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some([]) => return err(ExcKind::ValueError, "empty separator"),
        Some(sep) => {
            if !right {
                let mut i = 0;
                while out.len() < max {
                    match find(b, sep, i) {
                        Some(p) => {
                            out.push(b[i..p].to_vec());
                            i = p + sep.len();
                        }
                        None => break,
                    }
                }
                out.push(b[i..].to_vec());
            } else {
                let mut end = b.len();
                while out.len() < max {
                    match rfind(&b[..end], sep) {
                        Some(p) => {
                            out.push(b[p + sep.len()..end].to_vec());
                            end = p;
                        }
                        None => break,
                    }
                }
                out.push(b[..end].to_vec());
                out.reverse();
            }
        }
        None => {
            if !right {
                let mut i = 0;
                loop {
                    while i < b.len() && is_space(b[i]) {
                        i += 1;
                    }
                    if i >= b.len() {
                        break;
                    }
                    if out.len() == max {
                        out.push(b[i..].to_vec());
                        break;
                    }
                    let s = i;
                    while i < b.len() && !is_space(b[i]) {
                        i += 1;
                    }
                    out.push(b[s..i].to_vec());
                }
            } else {
                let mut j = b.len();
                loop {
                    while j > 0 && is_space(b[j - 1]) {
                        j -= 1;
                    }
                    if j == 0 {
                        break;
                    }
                    if out.len() == max {
                        out.push(b[..j].to_vec());
                        break;
                    }
                    let e = j;
                    while j > 0 && !is_space(b[j - 1]) {
                        j -= 1;
                    }
                    out.push(b[j..e].to_vec());
                }
                out.reverse();
            }
        }
    }
    Ok(out)
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|c| format!("{c:02x}")).collect()
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`.
pub fn fromhex(s: &str) -> PyResult<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let digit = |c: u8| (c as char).to_digit(16);
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let Some(h) = digit(b[i]) else {
            return err(ExcKind::ValueError, format!("non-hexadecimal number found in fromhex() arg at position {i}"));
        };
        let Some(l) = b.get(i + 1).and_then(|&c| digit(c)) else {
            return err(
                ExcKind::ValueError,
                format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1),
            );
        };
        out.push((h * 16 + l) as u8);
        i += 2;
    }
    Ok(out)
}

/// How argument clinic names an argument's type in its messages: `None` for None.
fn arg_type(v: &Value) -> std::rc::Rc<str> {
    if matches!(v.obj(), Obj::None) {
        return "None".into();
    }
    type_name(v)
}

/// The canonical name of an encoding minipy knows, or CPython's LookupError.
pub fn encoding(v: Option<&Value>) -> PyResult<&'static str> {
    let Some(v) = v else { return Ok("utf-8") };
    let Obj::Str(s) = v.obj() else {
        return type_error(format!("decode() argument 'encoding' must be str, not {}", arg_type(v)));
    };
    let norm = s.to_ascii_lowercase().replace('_', "-");
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => "utf-8",
        "ascii" | "us-ascii" | "646" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "latin" | "8859" | "cp819" => "latin-1",
        _ => return err(ExcKind::LookupError, format!("unknown encoding: {s}")),
    })
}

pub fn errors_arg(v: Option<&Value>) -> PyResult<String> {
    match v.map(|v| v.obj()) {
        None => Ok("strict".into()),
        Some(Obj::Str(s)) => Ok(s.to_string()),
        Some(_) => type_error(format!("decode() argument 'errors' must be str, not {}", arg_type(v.unwrap()))),
    }
}

fn unknown_handler(h: &str) -> PyResult<()> {
    err(ExcKind::LookupError, format!("unknown error handler name '{h}'"))
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], enc: &str, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let (bad_len, reason) = match enc {
            "latin-1" => {
                out.extend(b[i..].iter().map(|&c| c as char));
                break;
            }
            "ascii" => {
                let n = b[i..].iter().position(|c| *c >= 0x80).unwrap_or(b.len() - i);
                out.push_str(std::str::from_utf8(&b[i..i + n]).unwrap());
                i += n;
                if i >= b.len() {
                    break;
                }
                (1, "ordinal not in range(128)")
            }
            _ => match std::str::from_utf8(&b[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let ok = e.valid_up_to();
                    out.push_str(std::str::from_utf8(&b[i..i + ok]).unwrap());
                    i += ok;
                    match e.error_len() {
                        None => (b.len() - i, "unexpected end of data"),
                        Some(n) => {
                            let lead = b[i];
                            let bad_start = (0x80..0xc2).contains(&lead) || lead >= 0xf5;
                            (n, if bad_start { "invalid start byte" } else { "invalid continuation byte" })
                        }
                    }
                }
            },
        };
        match errors {
            "strict" => {
                let object = new(b);
                return Err(crate::vm::exc_attrs::unicode_error(
                    ExcKind::UnicodeDecodeError,
                    enc,
                    object,
                    i,
                    i + bad_len,
                    reason,
                ));
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for c in &b[i..i + bad_len] {
                    out.push_str(&format!("\\x{c:02x}"));
                }
            }
            h => unknown_handler(h)?,
        }
        i += bad_len;
    }
    Ok(out)
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, enc_v: Option<&Value>, errors_v: Option<&Value>) -> PyResult<Value> {
    let enc = encoding(enc_v)?;
    let errors = errors_arg(errors_v)?;
    if enc == "utf-8" {
        return Ok(new(s.as_bytes()));
    }
    let limit = if enc == "ascii" { 128 } else { 256 };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors.as_str() {
            "strict" => {
                let reason = format!("ordinal not in range({limit})");
                let object = value::str_(s);
                return Err(crate::vm::exc_attrs::unicode_error(
                    ExcKind::UnicodeEncodeError,
                    enc,
                    object,
                    i,
                    j,
                    &reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat(b'?').take(j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    let n = c as u32;
                    let e = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            h => unknown_handler(h)?,
        }
        i = j;
    }
    Ok(new(&out))
}

/// The method `m` of bytes or bytearray `this`.
pub fn call_method(m: BytesMethod, this: &Value, mut args: Args) -> PyResult<Value> {
    use BytesMethod::*;
    if m.mutating() {
        return super::bytearray::call_method(m, this, args);
    }
    let tn = type_name(this);
    let b = data(this).unwrap();
    match m {
        Decode => {
            check_args("decode", &args, 0, 2)?;
            let enc = encoding(args.first())?;
            let errors = errors_arg(args.get(1))?;
            Ok(value::str_(&decode(b, enc, &errors)?))
        }
        Hex => {
            check_args("hex", &args, 0, 2)?;
            let per = match args.get(1) {
                Some(v) => ops::as_index(v).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::TypeError,
                        format!("'{}' object cannot be interpreted as an integer", type_name(v)),
                    )
                })?,
                None => 1,
            };
            let Some(sep) = args.first() else { return Ok(value::str_(&hex(b))) };
            let sep: Vec<u8> = match sep.obj() {
                Obj::Str(s) => s.as_bytes().to_vec(),
                _ => match data(sep) {
                    Some(d) => d.to_vec(),
                    None => return type_error(format!("object of type '{}' has no len()", type_name(sep))),
                },
            };
            if sep.len() != 1 {
                return err(ExcKind::ValueError, "sep must be length 1.");
            }
            let group = per.unsigned_abs().max(1) as usize;
            let mut parts: Vec<String> = Vec::new();
            if per >= 0 {
                // Groups counted from the right.
                let first = b.len() % group;
                if first > 0 {
                    parts.push(hex(&b[..first]));
                }
                parts.extend(b[first..].chunks(group).map(hex));
            } else {
                parts.extend(b.chunks(group).map(hex));
            }
            Ok(value::str_(&parts.join(std::str::from_utf8(&sep).unwrap_or("?"))))
        }
        Join => {
            check_args(&format!("{tn}.join"), &args, 1, 1)?;
            if crate::vm::get_iter(&args[0]).is_err() {
                return type_error("can only join an iterable");
            }
            let items = crate::builtins::iterate(&args[0])?;
            let mut out = Vec::new();
            for (i, x) in items.iter().enumerate() {
                let Some(d) = data(x) else {
                    return type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        type_name(x)
                    ));
                };
                if i > 0 {
                    out.extend_from_slice(b);
                }
                out.extend_from_slice(d);
            }
            if !is_bytearray(this) && items.len() == 1 && matches!(items[0].obj(), Obj::Bytes(_)) {
                return Ok(items[0].dup());
            }
            Ok(make(this, out))
        }
        Split | Rsplit => {
            check_args(m.name(), &args, 0, 2)?;
            let max = match args.get(1) {
                None => -1,
                Some(v) => ops::as_index(v).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::TypeError,
                        format!("'{}' object cannot be interpreted as an integer", type_name(v)),
                    )
                })?,
            };
            let sep = match args.first() {
                None => None,
                Some(v) if matches!(v.obj(), Obj::None) => None,
                Some(v) => Some(buffer_arg(v)?),
            };
            let parts = split(b, sep, max, m == Rsplit)?;
            Ok(value::list(parts.into_iter().map(|p| make(this, p)).collect()))
        }
        Find | Rfind | Index | Rindex | Count => {
            check_args(m.name(), &args, 1, 3)?;
            let (s, e) = span(b.len(), &args[1..])?;
            let nd = needle(&args[0])?;
            let hay = if s <= e { &b[s..e] } else { &b[0..0] };
            if m == Count {
                if s > e {
                    return Ok(value::int(0));
                }
                return Ok(value::int(count(hay, &nd) as i64));
            }
            let found = if s > e {
                None
            } else if matches!(m, Find | Index) {
                find(hay, &nd, 0)
            } else {
                rfind(hay, &nd)
            };
            match found {
                Some(p) => Ok(value::int((p + s) as i64)),
                None if matches!(m, Find | Rfind) => Ok(value::int(-1)),
                None => err(ExcKind::ValueError, "subsection not found"),
            }
        }
        Replace => {
            if args.len() < 2 || args.len() > 3 {
                let (w, k) = if args.len() < 2 { ("least", 2) } else { ("most", 3) };
                return type_error(format!("replace expected at {w} {k} arguments, got {}", args.len()));
            }
            let old = buffer_arg(&args[0])?.to_vec();
            let new_ = buffer_arg(&args[1])?.to_vec();
            let max = match args.get(2) {
                Some(v) => ops::as_index(v).unwrap_or(-1),
                None => -1,
            };
            let max = if max < 0 { usize::MAX } else { max as usize };
            let mut out = Vec::new();
            let mut n = 0;
            if old.is_empty() {
                for (k, &c) in b.iter().enumerate() {
                    if n < max {
                        out.extend_from_slice(&new_);
                        n += 1;
                    }
                    out.push(c);
                    let _ = k;
                }
                if n < max {
                    out.extend_from_slice(&new_);
                }
            } else {
                let mut i = 0;
                while n < max {
                    match find(b, &old, i) {
                        Some(p) => {
                            out.extend_from_slice(&b[i..p]);
                            out.extend_from_slice(&new_);
                            i = p + old.len();
                            n += 1;
                        }
                        None => break,
                    }
                }
                out.extend_from_slice(&b[i..]);
            }
            if n == 0 && !is_bytearray(this) {
                return Ok(this.dup());
            }
            Ok(make(this, out))
        }
        Startswith | Endswith => {
            check_args(m.name(), &args, 1, 3)?;
            let (s, e) = span(b.len(), &args[1..])?;
            let hay = if s <= e { &b[s..e] } else { &b[0..0] };
            let test = |p: &[u8]| -> bool {
                if s > e || (s > b.len()) {
                    return false;
                }
                if m == Startswith {
                    hay.starts_with(p)
                } else {
                    hay.ends_with(p)
                }
            };
            if let Obj::Tuple(items) = args[0].obj() {
                for x in items.iter() {
                    let Some(p) = data(x) else {
                        return type_error(format!("a bytes-like object is required, not '{}'", type_name(x)));
                    };
                    if test(p) {
                        return Ok(value::bool_(true));
                    }
                }
                return Ok(value::bool_(false));
            }
            let Some(p) = data(&args[0]) else {
                return type_error(format!(
                    "{} first arg must be bytes or a tuple of bytes, not {}",
                    m.name(),
                    type_name(&args[0])
                ));
            };
            Ok(value::bool_(test(p)))
        }
        Strip | Lstrip | Rstrip => {
            if args.len() > 1 {
                return type_error(format!("{} expected at most 1 argument, got {}", m.name(), args.len()));
            }
            let chars: Option<&[u8]> = match args.first() {
                None => None,
                Some(v) if matches!(v.obj(), Obj::None) => None,
                Some(v) => Some(buffer_arg(v)?),
            };
            let strip = |c: u8| match chars {
                None => is_space(c),
                Some(cs) => cs.contains(&c),
            };
            let mut s = 0;
            let mut e = b.len();
            if m != Rstrip {
                while s < e && strip(b[s]) {
                    s += 1;
                }
            }
            if m != Lstrip {
                while e > s && strip(b[e - 1]) {
                    e -= 1;
                }
            }
            if s == 0 && e == b.len() && !is_bytearray(this) {
                return Ok(this.dup());
            }
            Ok(make(this, b[s..e].to_vec()))
        }
        Upper | Lower => {
            check_args(&format!("{tn}.{}", m.name()), &args, 0, 0)?;
            let out = if m == Upper { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() };
            Ok(make(this, out))
        }
        Isdigit | Isalpha | Isalnum | Isspace => {
            check_args(&format!("{tn}.{}", m.name()), &args, 0, 0)?;
            let f: fn(&u8) -> bool = match m {
                Isdigit => u8::is_ascii_digit,
                Isalpha => u8::is_ascii_alphabetic,
                Isalnum => u8::is_ascii_alphanumeric,
                _ => |c| is_space(*c),
            };
            Ok(value::bool_(!b.is_empty() && b.iter().all(f)))
        }
        Isupper | Islower => {
            check_args(&format!("{tn}.{}", m.name()), &args, 0, 0)?;
            let cased = b.iter().any(|c| c.is_ascii_alphabetic());
            let bad = if m == Isupper {
                b.iter().any(|c| c.is_ascii_lowercase())
            } else {
                b.iter().any(|c| c.is_ascii_uppercase())
            };
            Ok(value::bool_(cased && !bad))
        }
        Isascii => {
            check_args(&format!("{tn}.{}", m.name()), &args, 0, 0)?;
            Ok(value::bool_(b.is_ascii()))
        }
        Istitle => {
            check_args(&format!("{tn}.{}", m.name()), &args, 0, 0)?;
            // Uppercase only after an uncased byte, lowercase only after a cased one.
            let (mut cased, mut prev_cased) = (false, false);
            for c in b {
                if c.is_ascii_uppercase() {
                    if prev_cased {
                        return Ok(value::bool_(false));
                    }
                    prev_cased = true;
                    cased = true;
                } else if c.is_ascii_lowercase() {
                    if !prev_cased {
                        return Ok(value::bool_(false));
                    }
                    prev_cased = true;
                    cased = true;
                } else {
                    prev_cased = false;
                }
            }
            Ok(value::bool_(cased))
        }
        Expandtabs => {
            check_args(m.name(), &args, 0, 1)?;
            let tabsize = match args.first() {
                Some(v) => ops::as_index(v).ok_or_else(|| {
                    PyErr::new(
                        ExcKind::TypeError,
                        format!("'{}' object cannot be interpreted as an integer", type_name(v)),
                    )
                })?,
                None => 8,
            };
            // Columns start again after each `\n` and `\r`.
            let mut out = Vec::with_capacity(b.len());
            let mut col: i64 = 0;
            for &c in b {
                match c {
                    b'\t' => {
                        if tabsize > 0 {
                            let n = tabsize - col % tabsize;
                            out.extend(std::iter::repeat(b' ').take(n as usize));
                            col += n;
                        }
                    }
                    b'\n' | b'\r' => {
                        out.push(c);
                        col = 0;
                    }
                    _ => {
                        out.push(c);
                        col += 1;
                    }
                }
            }
            Ok(make(this, out))
        }
        Partition | Rpartition => {
            check_args(&format!("{tn}.{}", m.name()), &args, 1, 1)?;
            let sep = buffer_arg(&args[0])?;
            if sep.is_empty() {
                return err(ExcKind::ValueError, "empty separator");
            }
            let found = if m == Partition { find(b, sep, 0) } else { rfind(b, sep) };
            let parts = match found {
                Some(p) => [b[..p].to_vec(), sep.to_vec(), b[p + sep.len()..].to_vec()],
                None if m == Partition => [b.to_vec(), Vec::new(), Vec::new()],
                None => [Vec::new(), Vec::new(), b.to_vec()],
            };
            let whole = found.is_none() && !is_bytearray(this);
            let items = parts
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    let keep = whole && ((m == Partition && i == 0) || (m == Rpartition && i == 2));
                    if keep {
                        this.dup()
                    } else {
                        make(this, p)
                    }
                })
                .collect();
            Ok(value::tuple(items))
        }
        Removeprefix | Removesuffix => {
            check_args(&format!("{tn}.{}", m.name()), &args, 1, 1)?;
            let affix = buffer_arg(&args[0])?;
            let rest = if m == Removeprefix { b.strip_prefix(affix) } else { b.strip_suffix(affix) };
            match rest {
                Some(r) if !affix.is_empty() => Ok(make(this, r.to_vec())),
                _ if is_bytearray(this) => Ok(make(this, b.to_vec())),
                _ => Ok(this.dup()),
            }
        }
        Center | Ljust | Rjust | Zfill => {
            let max = if m == Zfill { 1 } else { 2 };
            if args.is_empty() || args.len() > max {
                let (w, k) = if args.is_empty() { ("least", 1) } else { ("most", max) };
                return type_error(format!(
                    "{} expected at {w} {k} argument{}, got {}",
                    m.name(),
                    if k == 1 { "" } else { "s" },
                    args.len()
                ));
            }
            let width = ops::as_index(&args[0]).ok_or_else(|| {
                PyErr::new(
                    ExcKind::TypeError,
                    format!("'{}' object cannot be interpreted as an integer", type_name(&args[0])),
                )
            })?;
            let fill = match args.get(1) {
                None => b' ',
                Some(v) => match data(v) {
                    Some([c]) => *c,
                    _ => {
                        return type_error(format!(
                            "{}() argument 2 must be a byte string of length 1, not {}",
                            m.name(),
                            type_name(v)
                        ))
                    }
                },
            };
            let width = width.max(0) as usize;
            if width <= b.len() {
                return Ok(if is_bytearray(this) { make(this, b.to_vec()) } else { this.dup() });
            }
            if width > MAX_ALLOC {
                return err(ExcKind::MemoryError, "");
            }
            let pad = width - b.len();
            let (left, right) = match m {
                Ljust => (0, pad),
                Rjust => (pad, 0),
                Center => {
                    let left = pad / 2 + (pad & width & 1);
                    (left, pad - left)
                }
                _ => (pad, 0),
            };
            crate::ops::check_alloc(width)?;
            let mut out = Vec::with_capacity(width);
            if m == Zfill {
                let sign = matches!(b.first(), Some(b'+' | b'-'));
                if sign {
                    out.push(b[0]);
                }
                out.extend(std::iter::repeat(b'0').take(pad));
                out.extend_from_slice(if sign { &b[1..] } else { b });
            } else {
                out.extend(std::iter::repeat(fill).take(left));
                out.extend_from_slice(b);
                out.extend(std::iter::repeat(fill).take(right));
            }
            Ok(make(this, out))
        }
        Capitalize | Swapcase | Title => {
            check_args(&format!("{tn}.{}", m.name()), &args, 0, 0)?;
            let mut out = Vec::with_capacity(b.len());
            let mut prev_cased = false;
            for (i, &c) in b.iter().enumerate() {
                let r = match m {
                    Capitalize if i == 0 => c.to_ascii_uppercase(),
                    Capitalize => c.to_ascii_lowercase(),
                    Swapcase if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
                    Swapcase => c.to_ascii_uppercase(),
                    _ if prev_cased => c.to_ascii_lowercase(),
                    _ => c.to_ascii_uppercase(),
                };
                prev_cased = c.is_ascii_alphabetic();
                out.push(r);
            }
            Ok(make(this, out))
        }
        Splitlines => {
            check_args(m.name(), &args, 0, 1)?;
            let keep = match args.first() {
                Some(v) => ops::truthy(v)?,
                None => false,
            };
            let mut out = Vec::new();
            let mut i = 0;
            while i < b.len() {
                let s = i;
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
                let mut e = i;
                if i < b.len() {
                    i += if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                    if keep {
                        e = i;
                    }
                }
                out.push(make(this, b[s..e].to_vec()));
            }
            Ok(value::list(out))
        }
        _ => {
            let _ = (&tn, &mut args);
            unreachable!("not a bytes method")
        }
    }
}

/// Keyword arguments of the bytes methods that take them.
pub fn call_method_kw(m: BytesMethod, this: &Value, mut args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    use BytesMethod::*;
    let names: &[&str] = match m {
        Decode => &["encoding", "errors"],
        Split | Rsplit => &["sep", "maxsplit"],
        Splitlines => &["keepends"],
        Expandtabs => &["tabsize"],
        _ => {
            return type_error(format!("{}.{}() takes no keyword arguments", type_name(this), m.name()));
        }
    };
    let mut slots: Vec<Option<Value>> = (0..names.len()).map(|_| None).collect();
    for (k, v) in kwargs {
        let kn = crate::intern::name(k);
        match names.iter().position(|n| **n == *kn) {
            Some(i) if i >= args.len() => slots[i] = Some(v),
            Some(_) => {
                return type_error(format!("argument for {}() given by name ('{kn}') and position (1)", m.name()));
            }
            None => {
                return type_error(format!("'{kn}' is an invalid keyword argument for {}()", m.name()));
            }
        }
    }
    for (i, s) in slots.into_iter().enumerate().skip(args.len()) {
        match s {
            Some(v) => args.push(v),
            None => {
                let d = match (m, i) {
                    (Decode, 0) => value::str_("utf-8"),
                    (Decode, _) => value::str_("strict"),
                    (Splitlines, _) => value::bool_(false),
                    (Expandtabs, _) => value::int(8),
                    (_, 0) => value::none(),
                    _ => value::int(-1),
                };
                args.push(d);
            }
        }
    }
    call_method(m, this, args)
}

/// `bytes(...)`: from nothing, a count, an iterable of ints, a bytes-like, or a str
/// with an encoding.
pub fn construct(args: &[Value], what: &str) -> PyResult<Vec<u8>> {
    match args {
        [] => Ok(Vec::new()),
        [x] => match x.obj() {
            Obj::Str(_) => type_error(if what == "bytes" {
                "string argument without an encoding"
            } else {
                "string argument without an encoding"
            }),
            Obj::Bytes(b) => Ok(b.to_vec()),
            Obj::ByteArray(b) => Ok(b.data().to_vec()),
            _ if ops::as_index(x).is_some() => {
                let n = ops::as_index(x).unwrap();
                if let Obj::Long(_) = x.obj() {
                    return err(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer");
                }
                if n < 0 {
                    return err(ExcKind::ValueError, "negative count");
                }
                if n as u64 > MAX_ALLOC as u64 {
                    return err(ExcKind::MemoryError, "");
                }
                Ok(vec![0; n as usize])
            }
            _ => {
                let it = crate::vm::get_iter(x).map_err(|e| {
                    if e.kind == ExcKind::TypeError {
                        PyErr::new(ExcKind::TypeError, format!("cannot convert '{}' object to {what}", type_name(x)))
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::new();
                while let Some(v) = crate::vm::next(&it)? {
                    if ops::as_index(&v).is_none() {
                        return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&v)));
                    }
                    match byte_value(&v) {
                        Ok(c) => out.push(c),
                        Err(_) if what == "bytes" => return err(ExcKind::ValueError, "bytes must be in range(0, 256)"),
                        Err(e) => return Err(e),
                    }
                }
                Ok(out)
            }
        },
        [s, rest @ ..] if rest.len() <= 2 => {
            let Obj::Str(text) = s.obj() else {
                return type_error(if rest.len() == 1 || matches!(s.obj(), Obj::Bytes(_)) {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                });
            };
            if let Some(e) = rest.first() {
                if !matches!(e.obj(), Obj::Str(_)) {
                    return type_error(format!("{what}() argument 'encoding' must be str, not {}", type_name(e)));
                }
            }
            let v = encode(text, rest.first(), rest.get(1))?;
            Ok(data(&v).unwrap().to_vec())
        }
        _ => type_error(format!("{what}() takes at most 3 arguments ({} given)", args.len())),
    }
}

/// Calling `bytes`.
pub fn call_type(args: Args) -> PyResult<Value> {
    if args.len() == 1 && matches!(args[0].obj(), Obj::Bytes(_)) {
        return Ok(args[0].dup());
    }
    let v = construct(&args, "bytes")?;
    Ok(new(&v))
}

/// Operators with a bytes or bytearray operand: `+`, `*`, `%`. None: not for bytes.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (da, db) = (data(a), data(b));
    if da.is_none() && db.is_none() {
        return None;
    }
    Some(match op {
        BinOp::Add => match (da, db) {
            (Some(x), Some(y)) => {
                if matches!(a.obj(), Obj::Bytes(_)) && matches!(b.obj(), Obj::Bytes(_)) {
                    if x.is_empty() {
                        return Some(Ok(b.dup()));
                    }
                    if y.is_empty() {
                        return Some(Ok(a.dup()));
                    }
                }
                let mut out = Vec::with_capacity(x.len() + y.len());
                out.extend_from_slice(x);
                out.extend_from_slice(y);
                Ok(make(a, out))
            }
            (Some(_), None) => type_error(format!("can't concat {} to {}", type_name(b), type_name(a))),
            _ => return None,
        },
        BinOp::Mul => {
            // The left operand repeats if it is a sequence (CPython tries its sq_repeat first).
            let left_seq = da.is_some() || matches!(a.obj(), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_));
            let (seq, n) = if left_seq { (a, b) } else { (b, a) };
            if data(seq).is_none() {
                return Some(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(n))));
            }
            match n.obj() {
                Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => repeat(seq, n),
                Obj::Instance(_) if ops::as_index(n).is_some() => repeat(seq, n),
                _ => type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(n))),
            }
        }
        BinOp::Mod if da.is_some() => super::bytes_format::percent(a, b),
        _ => return None,
    })
}

pub fn repeat(seq: &Value, n: &Value) -> PyResult<Value> {
    let d = data(seq).unwrap();
    if let Obj::Long(_) = n.obj() {
        return err(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    let k = ops::as_index(n).unwrap_or(0).max(0) as u64;
    if matches!(seq.obj(), Obj::Bytes(_)) && k == 1 {
        return Ok(seq.dup());
    }
    let total = (d.len() as u64).checked_mul(k);
    match total {
        Some(t) if t <= isize::MAX as u64 - 33 => {
            if t > MAX_ALLOC as u64 {
                return err(ExcKind::MemoryError, "");
            }
        }
        _ => return err(ExcKind::OverflowError, "repeated bytes are too long"),
    }
    Ok(make(seq, d.repeat(k as usize)))
}

/// `==` between bytes-likes (None: not both bytes-like).
pub fn eq(a: &Value, b: &Value) -> Option<bool> {
    Some(data(a)? == data(b)?)
}

/// Ordering of bytes-likes, or None when either is not one.
pub fn order(a: &Value, b: &Value) -> Option<Ordering> {
    Some(data(a)?.cmp(data(b)?))
}

/// `b[i]` and `b[a:b:c]` for bytes and bytearray.
pub fn get_item(o: &Value, index: &Value) -> PyResult<Value> {
    let d = data(o).unwrap();
    let Some(mut i) = ops::as_index(index) else {
        return type_error(format!(
            "{} indices must be integers or slices, not {}",
            if is_bytearray(o) { "bytearray" } else { "byte" },
            type_name(index)
        ));
    };
    if let Obj::Long(_) = index.obj() {
        return err(ExcKind::IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if i < 0 {
        i = i.saturating_add(d.len() as i64);
    }
    if i < 0 || i >= d.len() as i64 {
        return err(
            ExcKind::IndexError,
            if is_bytearray(o) { "bytearray index out of range" } else { "index out of range" },
        );
    }
    Ok(value::int(d[i as usize] as i64))
}

/// The picked bytes of a slice (start, step, count already adjusted).
pub fn slice(o: &Value, start: i64, step: i64, n: usize) -> Value {
    let d = data(o).unwrap();
    if step == 1 && n == d.len() && matches!(o.obj(), Obj::Bytes(_)) {
        return o.dup();
    }
    let out: Vec<u8> = (0..n).map(|k| d[(start + k as i64 * step) as usize]).collect();
    make(o, out)
}

/// `n.to_bytes(length, byteorder, *, signed=False)`.
pub fn int_to_bytes(this: &Value, args: &[Value], kwargs: &[(Sym, Value)]) -> PyResult<Value> {
    let (length, order, signed) = int_bytes_args("to_bytes", args, kwargs, "length")?;
    if let Some(Obj::Long(_)) = length.as_ref().map(|v| v.obj()) {
        return err(ExcKind::OverflowError, "Python int too large to convert to C ssize_t");
    }
    let length = match length {
        Some(v) => match ops::as_index(&v) {
            Some(n) if n < 0 => return err(ExcKind::ValueError, "length argument must be non-negative"),
            Some(n) => n as usize,
            None => return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&v))),
        },
        None => 1,
    };
    let n: num_bigint::BigInt = match this.obj() {
        Obj::Int(i) => (*i).into(),
        Obj::Bool(b) => (*b as i64).into(),
        Obj::Long(l) => (**l).clone(),
        _ => return type_error("descriptor 'to_bytes' requires an 'int' object"),
    };
    if n.sign() == num_bigint::Sign::Minus && !signed {
        return err(ExcKind::OverflowError, "can't convert negative int to unsigned");
    }
    let mut le = n.to_signed_bytes_le();
    if !signed {
        while le.len() > 1 && *le.last().unwrap() == 0 {
            le.pop();
        }
        if n.sign() == num_bigint::Sign::NoSign {
            le.clear();
        }
    } else if n.sign() == num_bigint::Sign::NoSign {
        le.clear();
    }
    if le.len() > length {
        return err(ExcKind::OverflowError, "int too big to convert");
    }
    if length > MAX_ALLOC {
        return err(ExcKind::MemoryError, "");
    }
    let fill = if n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
    le.resize(length, fill);
    if order == "big" {
        le.reverse();
    }
    Ok(new(&le))
}

/// `int.from_bytes(bytes, byteorder, *, signed=False)`.
pub fn int_from_bytes(args: &[Value], kwargs: &[(Sym, Value)]) -> PyResult<Value> {
    let (src, order, signed) = int_bytes_args("from_bytes", args, kwargs, "bytes")?;
    let Some(src) = src else {
        return type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    let mut d = match data(&src) {
        Some(d) => d.to_vec(),
        None => match src.obj() {
            Obj::Str(_) | Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) | Obj::Float(_) | Obj::None => {
                return type_error(format!("cannot convert '{}' object to bytes", type_name(&src)))
            }
            _ => construct(&[src.dup()], "bytes")?,
        },
    };
    if order == "big" {
        d.reverse();
    }
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&d)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &d)
    };
    Ok(value::big(n))
}

fn int_bytes_args(
    what: &str,
    args: &[Value],
    kwargs: &[(Sym, Value)],
    first: &str,
) -> PyResult<(Option<Value>, &'static str, bool)> {
    if args.len() > 2 {
        return type_error(format!("{what}() takes at most 2 positional arguments ({} given)", args.len()));
    }
    let mut a0 = args.first().map(Value::dup);
    let mut order = args.get(1).map(Value::dup);
    let mut signed = false;
    for (k, v) in kwargs {
        let kn = crate::intern::name(*k);
        match &*kn {
            "signed" => signed = ops::truthy(v)?,
            "byteorder" if order.is_none() => order = Some(v.dup()),
            n if n == first && a0.is_none() => a0 = Some(v.dup()),
            n if n == "byteorder" || n == first => {
                let pos = if n == first { 1 } else { 2 };
                return type_error(format!("argument for {what}() given by name ('{n}') and position ({pos})"));
            }
            n => return type_error(format!("{what}() got an unexpected keyword argument '{n}'")),
        }
    }
    let order = match order.as_ref().map(|o| o.obj()) {
        None => "big",
        Some(Obj::Str(s)) if &**s == "big" => "big",
        Some(Obj::Str(s)) if &**s == "little" => "little",
        Some(Obj::Str(_)) => return err(ExcKind::ValueError, "byteorder must be either 'little' or 'big'"),
        Some(_) => {
            return type_error(format!(
                "{what}() argument 'byteorder' must be str, not {}",
                type_name(order.as_ref().unwrap())
            ))
        }
    };
    Ok((a0, order, signed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_picks_quotes_and_escapes() {
        assert_eq!(repr(b"abc"), "b'abc'");
        assert_eq!(repr(b"it's"), "b\"it's\"");
        assert_eq!(repr(b"'\""), "b'\\'\"'");
        assert_eq!(repr(b"\x00\t\x7f\xff\\"), "b'\\x00\\t\\x7f\\xff\\\\'");
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(hex(b"\x00\xffA"), "00ff41");
        assert_eq!(fromhex("00 ff41").ok(), Some(vec![0, 0xff, 0x41]));
    }

    #[test]
    fn utf8_errors_name_the_bytes() {
        assert_eq!(decode(b"caf\xc3\xa9", "utf-8", "strict").ok().as_deref(), Some("café"));
        assert_eq!(decode(b"a\x80b", "utf-8", "ignore").ok().as_deref(), Some("ab"));
        assert_eq!(decode(b"\xe9", "latin-1", "strict").ok().as_deref(), Some("é"));
    }

    #[test]
    fn splitting_on_whitespace_and_separators() {
        let parts = split(b"  a b  c ", None, -1, false).ok().unwrap();
        assert_eq!(parts, vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]);
        let parts = split(b"a,b,c", Some(b","), 1, true).ok().unwrap();
        assert_eq!(parts, vec![b"a,b".to_vec(), b"c".to_vec()]);
    }
}
