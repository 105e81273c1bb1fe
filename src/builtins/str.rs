//! The methods of `str`, with CPython 3.11's results and messages. Positions are in
//! characters; a method that leaves the text unchanged returns the same object, as
//! CPython's do.
use super::{iterate, Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::intern::{name, Sym};
use crate::object::{type_name, Obj};
use crate::{format, value};

/// The builtin method `n` of a str, if it has one.
pub fn method(n: Sym) -> Option<BuiltinFn> {
    Some(match &*name(n) {
        "upper" => BuiltinFn::StrUpper,
        "encode" => BuiltinFn::StrEncode,
        "lower" => BuiltinFn::StrLower,
        "split" => BuiltinFn::StrSplit,
        "rsplit" => BuiltinFn::StrRsplit,
        "join" => BuiltinFn::StrJoin,
        "replace" => BuiltinFn::StrReplace,
        "strip" => BuiltinFn::StrStrip,
        "lstrip" => BuiltinFn::StrLstrip,
        "rstrip" => BuiltinFn::StrRstrip,
        "startswith" => BuiltinFn::StrStartswith,
        "endswith" => BuiltinFn::StrEndswith,
        "find" => BuiltinFn::StrFind,
        "rfind" => BuiltinFn::StrRfind,
        "index" => BuiltinFn::StrIndex,
        "rindex" => BuiltinFn::StrRindex,
        "count" => BuiltinFn::StrCount,
        "format" => BuiltinFn::StrFormat,
        "title" => BuiltinFn::StrTitle,
        "swapcase" => BuiltinFn::StrSwapcase,
        "casefold" => BuiltinFn::StrCasefold,
        "removeprefix" => BuiltinFn::StrRemoveprefix,
        "removesuffix" => BuiltinFn::StrRemovesuffix,
        "capitalize" => BuiltinFn::StrCapitalize,
        "isdigit" => BuiltinFn::StrIsdigit,
        "isalpha" => BuiltinFn::StrIsalpha,
        "isalnum" => BuiltinFn::StrIsalnum,
        "isspace" => BuiltinFn::StrIsspace,
        "isupper" => BuiltinFn::StrIsupper,
        "islower" => BuiltinFn::StrIslower,
        "zfill" => BuiltinFn::StrZfill,
        "center" => BuiltinFn::StrCenter,
        "ljust" => BuiltinFn::StrLjust,
        "rjust" => BuiltinFn::StrRjust,
        "splitlines" => BuiltinFn::StrSplitlines,
        "partition" => BuiltinFn::StrPartition,
        "rpartition" => BuiltinFn::StrRpartition,
        "isidentifier" => BuiltinFn::StrIsidentifier,
        "istitle" => BuiltinFn::StrIstitle,
        "isprintable" => BuiltinFn::StrIsprintable,
        "isascii" => BuiltinFn::StrIsascii,
        "isdecimal" => BuiltinFn::StrIsdecimal,
        "isnumeric" => BuiltinFn::StrIsnumeric,
        "expandtabs" => BuiltinFn::StrExpandtabs,
        "format_map" => BuiltinFn::StrFormatMap,
        "translate" => BuiltinFn::StrTranslate,
        "maketrans" => BuiltinFn::StrMaketrans,
        _ => return None,
    })
}

// ---- characters, as CPython's unicode tables classify them (approximated by Rust's) ----

/// Py_UNICODE_ISSPACE: White_Space plus the separators U+001C..U+001F.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// A line boundary for splitlines.
fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{1c}' | '\u{1d}' | '\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A titlecase letter (ǅ): neither upper nor lower, but with case mappings.
fn is_title(c: char) -> bool {
    !c.is_uppercase() && !c.is_lowercase() && (c.to_lowercase().ne(std::iter::once(c)))
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_title(c)
}

fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

/// Decimal and digit characters (²), not other numerics (½, Ⅻ).
fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii()
            && c.is_numeric()
            && !c.is_alphabetic()
            && !matches!(c as u32, 0xbc..=0xbe | 0x2150..=0x218f | 0x2469..=0x2473 | 0x247d..=0x2487))
}

/// The titlecase mapping: the digraphs have their own; otherwise the first character of the
/// uppercase mapping followed by the rest lowercased (ß → Ss, ﬁ → Fi).
fn push_title(c: char, out: &mut String) {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => out.push('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => out.push('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => out.push('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => out.push('ǲ'),
        _ => {
            let mut up = c.to_uppercase();
            if let Some(first) = up.next() {
                out.push(first);
            }
            for rest in up {
                out.extend(rest.to_lowercase());
            }
        }
    }
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        push_title(c, &mut out);
    }
    out.push_str(&chars.as_str().to_lowercase());
    out
}

// ---- arguments ----

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
fn no_args(b: BuiltinFn, args: &Args) -> PyResult<()> {
    if !args.is_empty() {
        return type_error(format!("str.{}() takes no arguments ({} given)", b.name(), args.len()));
    }
    Ok(())
}

/// METH_O: `str.join() takes exactly one argument (0 given)`.
fn one_arg(b: BuiltinFn, args: &Args) -> PyResult<()> {
    if args.len() != 1 {
        return type_error(format!("str.{}() takes exactly one argument ({} given)", b.name(), args.len()));
    }
    Ok(())
}

/// PyArg_ParseTuple's counts: `find() takes at least 1 argument (0 given)`.
fn tuple_args(b: BuiltinFn, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min {
        return type_error(format!("{}() takes at least {min} argument{} ({n} given)", b.name(), plural(min)));
    }
    if n > max {
        return type_error(format!("{}() takes at most {max} argument{} ({n} given)", b.name(), plural(max)));
    }
    Ok(())
}

/// _PyArg_CheckPositional's counts: `replace expected at least 2 arguments, got 1`.
fn positional_args(b: BuiltinFn, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min {
        return type_error(format!("{} expected at least {min} argument{}, got {n}", b.name(), plural(min)));
    }
    if n > max {
        return type_error(format!("{} expected at most {max} argument{}, got {n}", b.name(), plural(max)));
    }
    Ok(())
}

/// A Py_ssize_t argument (a width, a count, maxsplit).
fn ssize_arg(v: &Value) -> PyResult<i64> {
    match v.obj() {
        Obj::Int(i) => Ok(*i),
        Obj::Bool(b) => Ok(*b as i64),
        Obj::Long(_) => err(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"),
        _ => type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))),
    }
}

/// A slice bound of find/count/startswith: None, or an int (huge ones clamp).
fn slice_arg(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v.map(|v| (v, v.obj())) {
        None | Some((_, Obj::None)) => Ok(None),
        Some((v, Obj::Int(_) | Obj::Bool(_) | Obj::Long(_))) => Ok(crate::ops::as_index(v)),
        Some(_) => type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// `must be str, not int` (find, count, index, partition).
fn str_arg(v: &Value) -> PyResult<&str> {
    match v.obj() {
        Obj::Str(s) => Ok(s),
        _ => type_error(format!("must be str, not {}", type_name(v))),
    }
}

fn fill_arg(v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    match v.obj() {
        Obj::Str(s) => {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(c),
                _ => type_error("The fill character must be exactly one character long"),
            }
        }
        _ => type_error(format!("The fill character must be a unicode character, not {}", type_name(v))),
    }
}

/// CPython's ADJUST_INDICES: clamp `start`/`end` to `0..=len`.
fn adjust(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// Byte offset of character `i` (or the end).
fn byte_at(s: &str, i: i64) -> usize {
    s.char_indices().nth(i as usize).map(|(b, _)| b).unwrap_or(s.len())
}

fn char_len(s: &str) -> i64 {
    s.chars().count() as i64
}

/// find/rfind over `s[start:end]`, in characters; -1 when absent.
fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, reverse: bool) -> i64 {
    let len = char_len(s);
    let (start, end) = adjust(start, end, len);
    let sub_len = char_len(sub);
    if end - start < sub_len {
        return -1;
    }
    let (bs, be) = (byte_at(s, start), byte_at(s, end));
    let window = &s[bs..be];
    let found = if reverse { window.rfind(sub) } else { window.find(sub) };
    match found {
        Some(b) => start + char_len(&window[..b]),
        None => -1,
    }
}

fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let len = char_len(s);
    let (start, end) = adjust(start, end, len);
    let sub_len = char_len(sub);
    if end - start < sub_len {
        return 0;
    }
    if sub_len == 0 {
        return end - start + 1;
    }
    s[byte_at(s, start)..byte_at(s, end)].matches(sub).count() as i64
}

/// startswith/endswith for one candidate (CPython's tailmatch).
fn tailmatch(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let len = char_len(s);
    let (start, end) = adjust(start, end, len);
    let sub_len = char_len(sub);
    let last = end - sub_len;
    if last < start {
        return false;
    }
    if sub_len == 0 {
        return true;
    }
    let at = if at_end { last } else { start };
    s[byte_at(s, at)..].starts_with(sub)
}

fn split_whitespace(s: &str, maxsplit: i64, reverse: bool) -> Vec<&str> {
    let mut max = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut out = Vec::with_capacity(split_room(maxsplit));
    if !reverse && maxsplit < 0 && s.is_ascii() {
        // ASCII text, split all the way: byte by byte.
        let is_space = |b: u8| b.is_ascii_whitespace() || matches!(b, 0x0b | 0x1c..=0x1f);
        let bytes = s.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            while at < bytes.len() && is_space(bytes[at]) {
                at += 1;
            }
            let start = at;
            while at < bytes.len() && !is_space(bytes[at]) {
                at += 1;
            }
            if at > start {
                out.push(&s[start..at]);
            }
        }
        return out;
    }
    if !reverse {
        let mut rest = s;
        while max > 0 {
            max -= 1;
            rest = rest.trim_start_matches(is_space);
            if rest.is_empty() {
                break;
            }
            let end = rest.find(is_space).unwrap_or(rest.len());
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
        let rest = rest.trim_start_matches(is_space);
        if !rest.is_empty() {
            out.push(rest);
        }
    } else {
        let mut rest = s;
        while max > 0 {
            max -= 1;
            rest = rest.trim_end_matches(is_space);
            if rest.is_empty() {
                break;
            }
            let start = rest.rfind(is_space).map(|i| i + rest[i..].chars().next().unwrap().len_utf8()).unwrap_or(0);
            out.push(&rest[start..]);
            rest = &rest[..start];
        }
        let rest = rest.trim_end_matches(is_space);
        if !rest.is_empty() {
            out.push(rest);
        }
        out.reverse();
    }
    out
}

fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: i64, reverse: bool) -> Vec<&'a str> {
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    if reverse {
        let mut out: Vec<&str> = s.rsplitn(max.saturating_add(1), sep).collect();
        out.reverse();
        out
    } else if let [b] = sep.as_bytes() {
        // One ASCII byte: a byte search rather than the general substring one.
        s.splitn(max.saturating_add(1), *b as char).collect()
    } else {
        s.splitn(max.saturating_add(1), sep).collect()
    }
}

fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut eol = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = it.peek() {
                it.next();
                eol += 1;
            }
        }
        out.push(&s[start..if keepends { eol } else { i }]);
        start = eol;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// A new str object that is not one of the shared one-character strings: CPython's case
/// mappings, padding, replace and join build their results afresh (only the empty string
/// stays shared).
fn fresh(s: &str) -> Value {
    if s.is_empty() {
        return value::str_("");
    }
    crate::heap::alloc_str(s.into())
}

/// A new list of strings; a piece that is the whole receiver is the receiver itself. As
/// CPython's stringlib makes it, the list has room for `room` items first and grows by
/// append after that, which `sys.getsizeof` shows.
fn str_list(this: &Value, s: &str, pieces: Vec<&str>, room: usize) -> Value {
    let mut items = crate::objects::list_items::ListItems::with_capacity(room);
    for p in pieces {
        super::list::append(&mut items, same_or_new(this, s, p));
    }
    crate::heap::alloc_list(items)
}

/// The room split and rsplit give their list first (stringlib's `PREALLOC_SIZE`): one
/// more than `maxsplit`, at most 12.
fn split_room(maxsplit: i64) -> usize {
    const MAX_PREALLOC: i64 = 12;
    if (0..MAX_PREALLOC).contains(&maxsplit) {
        maxsplit as usize + 1
    } else {
        MAX_PREALLOC as usize
    }
}

/// The bytes a character of `s` takes in CPython's storage (PEP 393): 1, 2 or 4.
fn kind(s: &str) -> u8 {
    match s.chars().map(|c| c as u32).max().unwrap_or(0) {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    }
}

/// `p` as a str object: the receiver itself when `p` is all of it.
fn same_or_new(this: &Value, s: &str, p: &str) -> Value {
    if p.len() == s.len() {
        this.dup()
    } else {
        value::str_(p)
    }
}

fn pad(this: &Value, s: &str, width: i64, fill: char, left: i64) -> PyResult<Value> {
    let len = char_len(s);
    if width <= len {
        return Ok(this.dup());
    }
    crate::ops::check_alloc(s.len() + (width - len) as usize * fill.len_utf8())?;
    let right = width - len - left;
    let mut out = String::with_capacity(s.len() + (width - len) as usize * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right as usize));
    Ok(fresh(&out))
}

pub(super) fn join(sep: &str, iterable: &Value) -> PyResult<Value> {
    let items = match crate::vm::get_iter(iterable) {
        Ok(_) => iterate(iterable)?,
        Err(_) => return type_error("can only join an iterable"),
    };
    // One exact str joins to itself.
    if items.len() == 1 {
        if let Obj::Str(_) = items[0].obj() {
            return Ok(items[0].dup());
        }
    }
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Obj::Str(t) = item.obj() else {
            return type_error(format!("sequence item {i}: expected str instance, {} found", type_name(item)));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(t);
    }
    Ok(fresh(&out))
}

fn replace(s: &str, old: &str, new: &str, count: i64) -> Option<String> {
    let max = if count < 0 { usize::MAX } else { count as usize };
    if max == 0 {
        return None;
    }
    if old.is_empty() {
        let n = char_len(s) as usize + 1;
        let k = n.min(max);
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i < k {
                out.push_str(new);
            }
            out.push(c);
        }
        if k == n {
            out.push_str(new);
        }
        return Some(out);
    }
    if !s.contains(old) {
        return None;
    }
    Some(s.replacen(old, new, max))
}

/// Call a str method. The receiver is a str.
pub fn call_method(b: BuiltinFn, this: &Value, args: Args) -> PyResult<Value> {
    let Obj::Str(text) = this.obj() else { unreachable!("str method on a non-str") };
    let s: &str = text;
    match b {
        BuiltinFn::StrEncode => {
            if args.len() > 2 {
                return type_error(format!("encode() takes at most 2 arguments ({} given)", args.len()));
            }
            if let Some(e) = args.first() {
                if !matches!(e.obj(), Obj::Str(_)) {
                    return type_error(format!("encode() argument 'encoding' must be str, not {}", type_name(e)));
                }
            }
            if let Some(e) = args.get(1) {
                if !matches!(e.obj(), Obj::Str(_)) {
                    return type_error(format!("encode() argument 'errors' must be str, not {}", type_name(e)));
                }
            }
            crate::objects::bytes::encode(s, args.first(), args.get(1))
        }
        BuiltinFn::StrRemoveprefix | BuiltinFn::StrRemovesuffix => {
            one_arg(b, &args)?;
            let Obj::Str(affix) = args[0].obj() else {
                return type_error(format!("{}() argument must be str, not {}", b.name(), type_name(&args[0])));
            };
            let rest =
                if b == BuiltinFn::StrRemoveprefix { s.strip_prefix(&**affix) } else { s.strip_suffix(&**affix) };
            Ok(match rest {
                Some(r) => same_or_new(this, s, r),
                None => this.dup(),
            })
        }
        BuiltinFn::StrUpper
        | BuiltinFn::StrLower
        | BuiltinFn::StrTitle
        | BuiltinFn::StrCapitalize
        | BuiltinFn::StrSwapcase
        | BuiltinFn::StrCasefold => {
            no_args(b, &args)?;
            // ASCII text changes case byte for byte (and stays ASCII).
            if matches!(b, BuiltinFn::StrUpper | BuiltinFn::StrLower) && !s.is_empty() && s.is_ascii() {
                if s.len() <= 8 {
                    // A short result is changed on the stack and kept in the string itself.
                    let mut buf = [0u8; 8];
                    let out = &mut buf[..s.len()];
                    out.copy_from_slice(s.as_bytes());
                    if b == BuiltinFn::StrUpper {
                        out.make_ascii_uppercase();
                    } else {
                        out.make_ascii_lowercase();
                    }
                    // SAFETY: ASCII changed case is ASCII.
                    let out = unsafe { std::str::from_utf8_unchecked(out) };
                    return Ok(crate::heap::alloc_str(out.into()));
                }
                let out = if b == BuiltinFn::StrUpper { s.to_ascii_uppercase() } else { s.to_ascii_lowercase() };
                return Ok(crate::heap::alloc_str(crate::objects::pystr::PyStr::ascii(out)));
            }
            let out = match b {
                BuiltinFn::StrUpper => s.to_uppercase(),
                BuiltinFn::StrLower => s.to_lowercase(),
                // Full case folding (CaseFolding.txt's C and F mappings), character by
                // character: no final-sigma rule, as CPython's casefold.
                BuiltinFn::StrCasefold => caseless::default_case_fold_str(s),
                BuiltinFn::StrSwapcase => s
                    .chars()
                    .flat_map(|c| {
                        if c.is_uppercase() {
                            c.to_lowercase().collect::<Vec<_>>()
                        } else {
                            c.to_uppercase().collect::<Vec<_>>()
                        }
                    })
                    .collect(),
                BuiltinFn::StrTitle => title(s),
                _ => capitalize(s),
            };
            Ok(fresh(&out))
        }
        BuiltinFn::StrIsdigit
        | BuiltinFn::StrIsalpha
        | BuiltinFn::StrIsalnum
        | BuiltinFn::StrIsspace
        | BuiltinFn::StrIsupper
        | BuiltinFn::StrIslower => {
            no_args(b, &args)?;
            let r = match b {
                BuiltinFn::StrIsdigit => !s.is_empty() && s.chars().all(is_digit),
                BuiltinFn::StrIsalpha => !s.is_empty() && s.chars().all(is_alpha),
                BuiltinFn::StrIsalnum => !s.is_empty() && s.chars().all(|c| is_alpha(c) || c.is_numeric()),
                BuiltinFn::StrIsspace => !s.is_empty() && s.chars().all(is_space),
                BuiltinFn::StrIsupper => {
                    s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase() || is_title(c))
                }
                _ => s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase() || is_title(c)),
            };
            Ok(value::bool_(r))
        }
        BuiltinFn::StrIsidentifier
        | BuiltinFn::StrIstitle
        | BuiltinFn::StrIsprintable
        | BuiltinFn::StrIsascii
        | BuiltinFn::StrIsdecimal
        | BuiltinFn::StrIsnumeric => {
            no_args(b, &args)?;
            let r = match b {
                BuiltinFn::StrIsidentifier => is_identifier(s),
                BuiltinFn::StrIstitle => is_titlecased(s),
                BuiltinFn::StrIsprintable => s.chars().all(is_printable),
                BuiltinFn::StrIsascii => s.is_ascii(),
                BuiltinFn::StrIsdecimal => !s.is_empty() && s.chars().all(is_decimal),
                _ => !s.is_empty() && s.chars().all(char::is_numeric),
            };
            Ok(value::bool_(r))
        }
        BuiltinFn::StrExpandtabs => {
            tuple_args(b, &args, 0, 1)?;
            let tabsize = args.first().map(ssize_arg).transpose()?.unwrap_or(8);
            // The tab size is a C int.
            if i32::try_from(tabsize).is_err() {
                return err(ExcKind::OverflowError, "Python int too large to convert to C int");
            }
            expandtabs(this, s, tabsize)
        }
        BuiltinFn::StrFormatMap => {
            one_arg(b, &args)?;
            format_map(this, s, &args[0])
        }
        BuiltinFn::StrTranslate => {
            one_arg(b, &args)?;
            translate(s, &args[0])
        }
        BuiltinFn::StrMaketrans => maketrans(&args),
        BuiltinFn::StrSplit | BuiltinFn::StrRsplit => split(b, this, s, &args, None, None),
        BuiltinFn::StrSplitlines => {
            tuple_args(b, &args, 0, 1)?;
            let keepends = args.first().map(keepends_arg).transpose()?.unwrap_or(false);
            Ok(str_list(this, s, splitlines(s, keepends), 0))
        }
        BuiltinFn::StrJoin => {
            one_arg(b, &args)?;
            join(s, &args[0])
        }
        BuiltinFn::StrReplace => {
            positional_args(b, &args, 2, 3)?;
            let arg_str = |i: usize| -> PyResult<&str> {
                match args[i].obj() {
                    Obj::Str(t) => Ok(t),
                    Obj::None => type_error(format!("replace() argument {} must be str, not None", i + 1)),
                    _ => type_error(format!("replace() argument {} must be str, not {}", i + 1, type_name(&args[i]))),
                }
            };
            let (old, new) = (arg_str(0)?, arg_str(1)?);
            let count = match args.get(2) {
                Some(c) => ssize_arg(c)?,
                None => -1,
            };
            Ok(match replace(s, old, new, count) {
                Some(out) => fresh(&out),
                None => this.dup(),
            })
        }
        BuiltinFn::StrStrip | BuiltinFn::StrLstrip | BuiltinFn::StrRstrip => {
            positional_args(b, &args, 0, 1)?;
            let (left, right) = (b != BuiltinFn::StrRstrip, b != BuiltinFn::StrLstrip);
            let out = match args.first().map(|a| a.obj()) {
                None | Some(Obj::None) => {
                    let t = if left { s.trim_start_matches(is_space) } else { s };
                    if right {
                        t.trim_end_matches(is_space)
                    } else {
                        t
                    }
                }
                Some(Obj::Str(chars)) => {
                    let set = |c: char| chars.contains(c);
                    let t = if left { s.trim_start_matches(set) } else { s };
                    if right {
                        t.trim_end_matches(set)
                    } else {
                        t
                    }
                }
                Some(_) => return type_error(format!("{} arg must be None or str", b.name())),
            };
            Ok(same_or_new(this, s, out))
        }
        BuiltinFn::StrStartswith | BuiltinFn::StrEndswith => {
            tuple_args(b, &args, 1, 3)?;
            let start = slice_arg(args.get(1))?;
            let end = slice_arg(args.get(2))?;
            let at_end = b == BuiltinFn::StrEndswith;
            match args[0].obj() {
                Obj::Str(sub) => Ok(value::bool_(tailmatch(s, sub, start, end, at_end))),
                Obj::Tuple(items) => {
                    for item in items.iter() {
                        let Obj::Str(sub) = item.obj() else {
                            return type_error(format!(
                                "tuple for {} must only contain str, not {}",
                                b.name(),
                                type_name(item)
                            ));
                        };
                        if tailmatch(s, sub, start, end, at_end) {
                            return Ok(value::bool_(true));
                        }
                    }
                    Ok(value::bool_(false))
                }
                _ => type_error(format!(
                    "{} first arg must be str or a tuple of str, not {}",
                    b.name(),
                    type_name(&args[0])
                )),
            }
        }
        BuiltinFn::StrFind | BuiltinFn::StrRfind | BuiltinFn::StrIndex | BuiltinFn::StrRindex | BuiltinFn::StrCount => {
            tuple_args(b, &args, 1, 3)?;
            let sub = str_arg(&args[0])?;
            let start = slice_arg(args.get(1))?;
            let end = slice_arg(args.get(2))?;
            if b == BuiltinFn::StrCount {
                return Ok(value::int(count(s, sub, start, end)));
            }
            let reverse = matches!(b, BuiltinFn::StrRfind | BuiltinFn::StrRindex);
            let i = find(s, sub, start, end, reverse);
            if i < 0 && matches!(b, BuiltinFn::StrIndex | BuiltinFn::StrRindex) {
                return err(ExcKind::ValueError, "substring not found");
            }
            Ok(value::int(i))
        }
        BuiltinFn::StrFormat => format_method(this, s, &args, &[]),
        BuiltinFn::StrZfill => {
            one_arg(b, &args)?;
            let width = ssize_arg(&args[0])?;
            let len = char_len(s);
            if width <= len {
                return Ok(this.dup());
            }
            let (sign, digits) = match s.chars().next() {
                Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
                _ => (None, s),
            };
            crate::ops::check_alloc(width as usize)?;
            let mut out = String::with_capacity(width as usize);
            out.extend(sign);
            out.push_str(&"0".repeat((width - len) as usize));
            out.push_str(digits);
            Ok(fresh(&out))
        }
        BuiltinFn::StrCenter | BuiltinFn::StrLjust | BuiltinFn::StrRjust => {
            positional_args(b, &args, 1, 2)?;
            let width = ssize_arg(&args[0])?;
            let fill = fill_arg(args.get(1))?;
            let marg = (width - char_len(s)).max(0);
            let left = match b {
                BuiltinFn::StrLjust => 0,
                BuiltinFn::StrRjust => marg,
                _ => marg / 2 + (marg & width & 1),
            };
            pad(this, s, width, fill, left)
        }
        BuiltinFn::StrPartition | BuiltinFn::StrRpartition => {
            one_arg(b, &args)?;
            let sep = str_arg(&args[0])?;
            if sep.is_empty() {
                return err(ExcKind::ValueError, "empty separator");
            }
            let found = if b == BuiltinFn::StrPartition { s.find(sep) } else { s.rfind(sep) };
            let parts = match found {
                Some(i) => vec![value::str_(&s[..i]), args[0].dup(), value::str_(&s[i + sep.len()..])],
                None if b == BuiltinFn::StrPartition => vec![this.dup(), value::str_(""), value::str_("")],
                None => vec![value::str_(""), value::str_(""), this.dup()],
            };
            Ok(value::tuple(parts))
        }
        _ => unreachable!("not a str method: {b:?}"),
    }
}

fn keepends_arg(v: &Value) -> PyResult<bool> {
    match v.obj() {
        Obj::Int(i) => Ok(*i != 0),
        Obj::Bool(b) => Ok(*b),
        Obj::Long(_) => err(ExcKind::OverflowError, "Python int too large to convert to C int"),
        _ => type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))),
    }
}

/// split/rsplit(sep=None, maxsplit=-1); the keyword values come separately.
pub(super) fn split(
    b: BuiltinFn,
    this: &Value,
    s: &str,
    args: &[Value],
    kw_sep: Option<&Value>,
    kw_max: Option<&Value>,
) -> PyResult<Value> {
    let total = args.len() + kw_sep.is_some() as usize + kw_max.is_some() as usize;
    if total > 2 {
        return type_error(format!("{}() takes at most 2 arguments ({total} given)", b.name()));
    }
    let sep = args.first().or(kw_sep);
    let max = args.get(1).or(kw_max);
    let maxsplit = match max {
        Some(m) => ssize_arg(m)?,
        None => -1,
    };
    let reverse = b == BuiltinFn::StrRsplit;
    let pieces = match sep.map(|v| v.obj()) {
        None | Some(Obj::None) => split_whitespace(s, maxsplit, reverse),
        Some(Obj::Str(sep)) => {
            if sep.is_empty() {
                return err(ExcKind::ValueError, "empty separator");
            }
            // A separator longer than the text, or with wider characters, cannot occur
            // in it: CPython answers with a list of exactly the one text.
            if sep.char_len() > char_len(s) as usize || (!sep.is_ascii() && kind(sep) > kind(s)) {
                return Ok(value::list(vec![this.dup()]));
            }
            split_sep(s, sep, maxsplit, reverse)
        }
        Some(_) => return type_error(format!("must be str or None, not {}", type_name(sep.unwrap()))),
    };
    Ok(str_list(this, s, pieces, split_room(maxsplit)))
}

/// `str.isidentifier()`: XID_Start or `_`, then XID_Continue (letters, digits, marks, `_`).
fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || is_alpha(c) || (c.is_alphabetic() && !c.is_ascii()) => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric() || (!c.is_ascii() && is_mark(c)))
}

/// Combining marks (Mn, Mc) of the common blocks, which continue an identifier.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x483..=0x487 | 0x591..=0x5bd | 0x610..=0x61a | 0x64b..=0x65f
        | 0x900..=0x903 | 0x93a..=0x94f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

/// `str.istitle()`: uppercase and titlecase letters only after uncased characters,
/// lowercase ones only after cased ones, and at least one cased character.
fn is_titlecased(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

use crate::repr::is_printable;

/// Decimal digits (category Nd): the digits, but not superscripts, subscripts or circled ones.
fn is_decimal(c: char) -> bool {
    is_digit(c)
        && !matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x1369..=0x1371 | 0x19da | 0x2070..=0x2089 | 0x2460..=0x24ff
            | 0x2776..=0x2793 | 0x1f100..=0x1f10a)
}

/// `str.expandtabs(tabsize)`: columns restart after `\n` and `\r`.
fn expandtabs(this: &Value, s: &str, tabsize: i64) -> PyResult<Value> {
    if !s.contains('\t') {
        return Ok(this.dup());
    }
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    crate::ops::check_alloc(out.len() + n as usize)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(fresh(&out))
}

/// `str.format_map(mapping)`: the named fields looked up in the mapping.
fn format_map(this: &Value, s: &str, mapping: &Value) -> PyResult<Value> {
    if !s.contains(['{', '}']) {
        return Ok(this.dup());
    }
    let r = format::str_format_map(s, mapping);
    match r {
        Err(e) if e.kind == ExcKind::IndexError && e.msg.contains("Replacement index") => {
            err(ExcKind::ValueError, "Format string contains positional fields")
        }
        r => r,
    }
}

/// `str.translate(table)`: each character looked up with `table[ord(c)]`; a LookupError
/// keeps it, None deletes it, an int or a str replaces it.
fn translate(s: &str, table: &Value) -> PyResult<Value> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = value::int(c as i64);
        let r = super::get_item(table, &key);
        drop(key);
        match r {
            Err(e) if matches!(e.kind, ExcKind::LookupError | ExcKind::KeyError | ExcKind::IndexError) => {
                out.push(c);
            }
            Err(e) => return Err(e),
            Ok(v) => match v.obj() {
                Obj::None => {}
                Obj::Str(t) => out.push_str(t),
                Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => {
                    let n = crate::ops::as_index(&v).unwrap_or(-1);
                    match u32::try_from(n).ok().filter(|n| *n < 0x110000).and_then(char::from_u32) {
                        Some(ch) => out.push(ch),
                        None if (0..0x110000).contains(&n) => out.push('\u{fffd}'),
                        None => return err(ExcKind::ValueError, "character mapping must be in range(0x110000)"),
                    }
                }
                _ => return type_error("character mapping must return integer, None or str"),
            },
        }
    }
    // A new string even when nothing changed, as CPython's.
    Ok(fresh(&out))
}

/// `str.maketrans(x[, y[, z]])`: the dict `translate` takes.
pub fn maketrans(args: &[Value]) -> PyResult<Value> {
    let n = args.len();
    if n == 0 {
        return type_error("maketrans expected at least 1 argument, got 0");
    }
    if n > 3 {
        return type_error(format!("maketrans expected at most 3 arguments, got {n}"));
    }
    let d = crate::heap::alloc(Obj::Dict(Box::default()));
    let put = |k: Value, v: Value| -> PyResult<()> {
        let Obj::Dict(dict) = d.obj_mut() else { unreachable!() };
        drop(dict.set(k, v)?);
        Ok(())
    };
    if n == 1 {
        let Obj::Dict(src) = args[0].obj() else {
            return type_error("if you give only one argument to maketrans it must be a dict");
        };
        let pairs: Vec<(Value, Value)> = src.entries.iter().map(|(_, k, v)| (k.dup(), v.dup())).collect();
        for (k, v) in pairs {
            match k.obj() {
                Obj::Str(t) => {
                    let mut cs = t.chars();
                    let (Some(c), None) = (cs.next(), cs.next()) else {
                        return err(ExcKind::ValueError, "string keys in translate table must be of length 1");
                    };
                    put(value::int(c as i64), v)?;
                }
                Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => put(k, v)?,
                _ => return type_error("keys in translate table must be strings or integers"),
            }
        }
        return Ok(d);
    }
    let Obj::Str(x) = args[0].obj() else {
        return type_error("first maketrans argument must be a string if there is a second argument");
    };
    let Obj::Str(y) = args[1].obj() else {
        return type_error(format!("maketrans() argument 2 must be str, not {}", type_name(&args[1])));
    };
    let z = match args.get(2).map(|z| (z, z.obj())) {
        None => None,
        Some((_, Obj::Str(z))) => Some(z),
        Some((z, _)) => return type_error(format!("maketrans() argument 3 must be str, not {}", type_name(z))),
    };
    if x.chars().count() != y.chars().count() {
        return err(ExcKind::ValueError, "the first two maketrans arguments must have equal length");
    }
    for (a, b) in x.chars().zip(y.chars()) {
        put(value::int(a as i64), value::int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.chars() {
            put(value::int(c as i64), value::none())?;
        }
    }
    Ok(d)
}

fn format_method(this: &Value, s: &str, args: &[Value], kwargs: &[(Sym, Value)]) -> PyResult<Value> {
    // A template without fields formats to itself.
    if !s.contains(['{', '}']) {
        return Ok(this.dup());
    }
    format::str_format_value(s, args, kwargs)
}

/// A str method called with keyword arguments: split/rsplit(sep, maxsplit),
/// splitlines(keepends) and format take them; the others take none.
pub fn call_method_kw(b: BuiltinFn, this: &Value, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let Obj::Str(text) = this.obj() else { unreachable!("str method on a non-str") };
    let s: &str = text;
    match b {
        BuiltinFn::StrFormat => format_method(this, s, &args, &kwargs),
        BuiltinFn::StrExpandtabs => {
            let mut args = args;
            for (k, v) in kwargs {
                let key = name(k);
                if &*key != "tabsize" {
                    return type_error(format!("'{key}' is an invalid keyword argument for expandtabs()"));
                }
                if !args.is_empty() {
                    return type_error("argument for expandtabs() given by name ('tabsize') and position (1)");
                }
                args.push(v);
            }
            call_method(b, this, args)
        }
        BuiltinFn::StrEncode => {
            let mut slots: [Option<Value>; 2] = [None, None];
            for (i, a) in args.into_iter().enumerate() {
                if i < 2 {
                    slots[i] = Some(a);
                }
            }
            for (k, v) in kwargs {
                let key = name(k);
                let i = match &*key {
                    "encoding" => 0,
                    "errors" => 1,
                    _ => return type_error(format!("encode() got an unexpected keyword argument '{key}'")),
                };
                slots[i] = Some(v);
            }
            let mut a: Args = Args::new();
            a.push(slots[0].take().unwrap_or_else(|| value::str_("utf-8")));
            if let Some(e) = slots[1].take() {
                a.push(e);
            }
            call_method(b, this, a)
        }
        BuiltinFn::StrSplit | BuiltinFn::StrRsplit | BuiltinFn::StrSplitlines => {
            let params: &[&str] = if b == BuiltinFn::StrSplitlines { &["keepends"] } else { &["sep", "maxsplit"] };
            let mut found: [Option<&Value>; 2] = [None, None];
            for (k, v) in &kwargs {
                let key = name(*k);
                let Some(i) = params.iter().position(|p| **p == *key) else {
                    return type_error(format!("'{key}' is an invalid keyword argument for {}()", b.name()));
                };
                if i < args.len() {
                    if args.len() + kwargs.len() > params.len() {
                        return type_error(format!(
                            "{}() takes at most {} argument{} ({} given)",
                            b.name(),
                            params.len(),
                            plural(params.len()),
                            args.len() + kwargs.len()
                        ));
                    }
                    return type_error(format!(
                        "argument for {}() given by name ('{key}') and position ({})",
                        b.name(),
                        i + 1
                    ));
                }
                found[i] = Some(v);
            }
            if b == BuiltinFn::StrSplitlines {
                tuple_args(b, &args, 0, 1)?;
                let keep = args.first().or(found[0]).map(keepends_arg).transpose()?.unwrap_or(false);
                return Ok(str_list(this, s, splitlines(s, keep), 0));
            }
            split(b, this, s, &args, found[0], found[1])
        }
        _ => type_error(format!("str.{}() takes no keyword arguments", b.name())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Every expected value below was printed by python3.11.
    #[test]
    fn splitting_follows_python() {
        assert_eq!(split_whitespace("  a  b\tc\n d  ", 1, false), ["a", "b\tc\n d  "]);
        assert_eq!(split_whitespace("  a  b\tc\n d  ", 1, true), ["  a  b\tc", "d"]);
        assert_eq!(split_whitespace("   ", 0, false), Vec::<&str>::new());
        assert_eq!(split_whitespace("a\u{3000}b\x1cc\u{85}d", -1, false), ["a", "b", "c", "d"]);
        assert_eq!(split_sep("a,b,,c,", ",", 2, true), ["a,b,", "c", ""]);
        assert_eq!(split_sep("aaa", "aa", -1, false), ["", "a"]);
        assert_eq!(split_sep("aaa", "aa", -1, true), ["a", ""]);
        assert_eq!(splitlines("a\nb\r\nc\r", true), ["a\n", "b\r\n", "c\r"]);
        assert_eq!(splitlines("a\n\nb\n", false), ["a", "", "b"]);
    }

    #[test]
    fn searching_counts_characters() {
        assert_eq!(find("héllo", "l", None, None, false), 2);
        assert_eq!(find("héllo", "l", None, None, true), 3);
        assert_eq!(find("héllo", "", Some(10), None, false), -1);
        assert_eq!(find("héllo", "", Some(2), Some(4), true), 4);
        assert_eq!(find("héllo", "l", Some(1), Some(-1), false), 2);
        assert_eq!(count("aaaa", "", Some(2), None), 3);
        assert_eq!(count("aaaa", "", Some(5), None), 0);
        assert!(tailmatch("hello", "", Some(5), None, false));
        assert!(!tailmatch("hello", "", Some(6), None, true));
        assert!(tailmatch("hello", "l", Some(0), Some(-1), true));
    }

    #[test]
    fn case_mappings_follow_python() {
        assert_eq!(title("héllo wORLD 3rd x_y"), "Héllo World 3Rd X_Y");
        assert_eq!(title("they're bill's friends"), "They'Re Bill'S Friends");
        assert_eq!(title("ǆemal ǅ"), "ǅemal ǅ");
        assert_eq!(capitalize("ßa"), "Ssa");
        assert_eq!(capitalize("hello WORLD"), "Hello world");
        assert_eq!(replace("abc", "", "-", 2).as_deref(), Some("-a-bc"));
        assert_eq!(replace("aaa", "a", "b", 0), None);
    }
}
