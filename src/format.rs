//! The format-spec mini-language — `format(v, spec)` and `str.format` — as CPython 3.11's
//! Python/formatter_unicode.c, Python/pystrtod.c and Objects/stringlib/unicode_format.h
//! write it, messages included.

use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::intern::{name, Sym};
use crate::object::{type_name, Obj};
use crate::{ops, repr, value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Thousands separators a spec asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Grouping {
    None,
    Comma,
    Underscore,
    /// `_` with b/o/x/X: every four digits.
    UnderFour,
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone)]
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    no_neg_0: bool,
    alt: bool,
    /// -1 when not given.
    width: i64,
    grouping: Grouping,
    /// -1 when not given.
    precision: i64,
    ty: Option<char>,
}

fn value_error<T>(msg: impl Into<String>) -> PyResult<T> {
    err(ExcKind::ValueError, msg)
}

/// `'d'`, or `'\x1'` for characters outside printable ASCII, as CPython quotes a code.
fn code_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code<T>(c: char, tname: &str) -> PyResult<T> {
    value_error(format!("Unknown format code '{}' for object of type '{tname}'", code_text(c)))
}

/// Read a run of decimal digits at `chars[*pos..]`; None if there were none.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<i64>> {
    let mut acc: i64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        if acc > (i64::MAX - d as i64) / 10 {
            return value_error("Too many decimal digits in format string");
        }
        acc = acc * 10 + d as i64;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

fn parse_spec(spec: &str, default_type: Option<char>, default_align: char, tname: &str) -> PyResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let end = c.len();
    let mut pos = 0;
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alt: false,
        width: -1,
        grouping: Grouping::None,
        precision: -1,
        ty: default_type,
    };
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(c[1]) {
        s.align = c[1];
        s.fill = c[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(c[0]) {
        s.align = c[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(c[pos], '+' | '-' | ' ') {
        s.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < end && c[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && c[pos] == '#' {
        s.alt = true;
        pos += 1;
    }
    if !fill_specified && pos < end && c[pos] == '0' {
        s.fill = '0';
        if !align_specified && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    if let Some(w) = get_integer(&c, &mut pos)? {
        crate::ops::check_alloc(w.max(0) as usize)?;
        s.width = w;
    }
    if pos < end && c[pos] == ',' {
        s.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && c[pos] == '_' {
        if s.grouping != Grouping::None {
            return value_error("Cannot specify both ',' and '_'.");
        }
        s.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && c[pos] == ',' && s.grouping == Grouping::Underscore {
        return value_error("Cannot specify both ',' and '_'.");
    }
    if pos < end && c[pos] == '.' {
        pos += 1;
        match get_integer(&c, &mut pos)? {
            Some(p) => s.precision = p,
            None => return value_error("Format specifier missing precision"),
        }
    }
    if end - pos > 1 {
        return value_error(format!("Invalid format specifier '{spec}' for object of type '{tname}'"));
    }
    if end - pos == 1 {
        s.ty = Some(c[pos]);
    }
    if s.grouping != Grouping::None {
        match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if s.grouping == Grouping::Underscore => s.grouping = Grouping::UnderFour,
            Some(t) => {
                let sep = if s.grouping == Grouping::Comma { ',' } else { '_' };
                return value_error(format!("Cannot specify '{sep}' with '{}'.", code_text(t)));
            }
        }
    }
    Ok(s)
}

/// Padding on each side of `nchars` characters for a width and an alignment.
fn calc_padding(nchars: i64, width: i64, align: char) -> (usize, usize) {
    let total = if width >= 0 { nchars.max(width) } else { nchars };
    let left = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    (left as usize, (total - nchars - left) as usize)
}

fn repeat(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

/// Format a str: `format('ab', '^9.3')`.
fn format_str(text: &str, spec: &Spec) -> PyResult<String> {
    if let Some(sign) = spec.sign {
        return value_error(if sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        });
    }
    if spec.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alt {
        return value_error("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == '=' {
        return value_error("'=' alignment not allowed in string format specifier");
    }
    let mut len = text.chars().count() as i64;
    let text = if spec.precision >= 0 && len > spec.precision {
        len = spec.precision;
        let cut = text.char_indices().nth(spec.precision as usize).map(|(i, _)| i).unwrap_or(text.len());
        &text[..cut]
    } else {
        text
    };
    let (l, r) = calc_padding(len, spec.width, spec.align);
    Ok(format!("{}{text}{}", repeat(spec.fill, l), repeat(spec.fill, r)))
}

/// CPython's _PyUnicode_InsertThousandsGrouping: the digits with separators, padded with
/// zeros (and separators among them) up to `min_width`.
fn group_digits(digits: &str, min_width: i64, grouping: Option<(char, i64)>) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut end = d.len();
    let mut min_width = min_width;
    let mut pieces: Vec<String> = Vec::new();
    let mut use_sep = false;
    let mut piece = |l: i64, remaining: &mut i64, end: &mut usize, use_sep: bool| {
        let n_zeros = (l - *remaining).max(0) as usize;
        let n_chars = (*remaining).min(l).max(0) as usize;
        let mut p = "0".repeat(n_zeros);
        p.push_str(&digits[*end - n_chars..*end]);
        if let (true, Some((sep, _))) = (use_sep, grouping) {
            p.push(sep);
        }
        pieces.push(p);
        *end -= n_chars;
        *remaining -= n_chars as i64;
    };
    let mut broken = false;
    if let Some((_, size)) = grouping {
        loop {
            let l = size.min(remaining.max(min_width).max(1));
            piece(l, &mut remaining, &mut end, use_sep);
            use_sep = true;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        piece(l, &mut remaining, &mut end, use_sep);
    }
    pieces.reverse();
    pieces.concat()
}

/// A number's pieces before padding: `[sign][prefix]digits[.remainder]`.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    /// Integer digits (grouped and zero-padded).
    digits: &'a str,
    has_decimal: bool,
    /// After the decimal point (or everything, for inf, nan and `c`).
    remainder: &'a str,
}

/// CPython's calc_number_widths + fill_number.
fn render_number(n: &Number, spec: &Spec, grouping: Option<(char, i64)>) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if n.negative { '-' } else { '+' }),
        Some(' ') => Some(if n.negative { '-' } else { ' ' }),
        _ => n.negative.then_some('-'),
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = n.prefix.chars().count() as i64;
    let n_remainder = n.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + n.has_decimal as i64 + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' { spec.width - non_digit } else { 0 };
    let grouped = if n.digits.is_empty() { String::new() } else { group_digits(n.digits, min_width, grouping) };
    let padding = spec.width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        let p = padding as usize;
        match spec.align {
            '<' => rpad = p,
            '^' => {
                lpad = p / 2;
                rpad = p - lpad;
            }
            '=' => spad = p,
            _ => lpad = p,
        }
    }
    let mut out = repeat(spec.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(n.prefix);
    out.push_str(&repeat(spec.fill, spad));
    out.push_str(&grouped);
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    out.push_str(&repeat(spec.fill, rpad));
    out
}

fn grouping_of(g: Grouping) -> Option<(char, i64)> {
    match g {
        Grouping::None => None,
        Grouping::Comma => Some((',', 3)),
        Grouping::Underscore => Some(('_', 3)),
        Grouping::UnderFour => Some(('_', 4)),
    }
}

/// Format an int (or a bool as one) with a non-empty spec.
fn format_int(v: &Value, spec: &Spec, tname: &str) -> PyResult<String> {
    match spec.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') | None => {}
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = ops::to_float(v)?.unwrap_or(0.0);
            return format_float(f, spec);
        }
        Some(t) => return unknown_code(t, tname),
    }
    if spec.precision != -1 {
        return value_error("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let big: BigInt = match v.obj() {
        Obj::Int(i) => (*i).into(),
        Obj::Bool(b) => (*b as i64).into(),
        Obj::Long(b) => (**b).clone(),
        _ => unreachable!("format_int on a non-int"),
    };
    if spec.ty == Some('c') {
        if spec.sign.is_some() {
            return value_error("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alt {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let Some(x) = big.to_i64() else {
            return err(ExcKind::OverflowError, "Python int too large to convert to C long");
        };
        if !(0..0x110000).contains(&x) {
            return err(ExcKind::OverflowError, "%c arg not in range(0x110000)");
        }
        // Lone surrogates cannot live in a Rust string.
        let ch = char::from_u32(x as u32).unwrap_or('\u{fffd}').to_string();
        let n = Number { negative: false, prefix: "", digits: "", has_decimal: false, remainder: &ch };
        return Ok(render_number(&n, spec, None));
    }
    let (radix, prefix) = match spec.ty {
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits =
        if radix == 10 { crate::builtins::numbers::decimal_text(&big.abs())? } else { big.abs().to_str_radix(radix) };
    if spec.ty == Some('X') {
        digits.make_ascii_uppercase();
    }
    let n = Number {
        negative: big.is_negative(),
        prefix: if spec.alt { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(render_number(&n, spec, grouping_of(spec.grouping)))
}

/// The decimal digits of `a` (finite, non-negative) to `ndigits` significant digits (or the
/// shortest that round-trip when None), trailing zeros removed, and the decimal point's
/// position: CPython's _Py_dg_dtoa in modes 2 and 0.
/// Digits past this many after the point (or significant ones) are all zeros for any
/// double (its exact expansion has at most 1074 fractional digits), so formatting stops
/// there and pads; Rust's formatter takes no precision over 65535.
const EXACT_DIGITS: usize = 1100;

fn sig_digits(a: f64, ndigits: Option<usize>) -> (String, i32) {
    let sci = match ndigits {
        Some(n) => format!("{:.*e}", n.saturating_sub(1).min(EXACT_DIGITS), a),
        None => format!("{a:e}"),
    };
    let (mantissa, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let mut digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits == "0" {
        return (digits, 1);
    }
    (digits, exp + 1)
}

/// The tail of CPython's format_float_short: lay out `digits` with the point at `decpt`.
fn layout_digits(digits: &str, mut decpt: i32, code: char, precision: i32, alt: bool, add_dot_0: bool) -> String {
    let digits_len = digits.len() as i32;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'g' => {
            if decpt <= -4 || decpt > (if add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };
    let zeros = |n: i32| "0".repeat(n.max(0) as usize);
    let mut out = String::new();
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vdigits_start));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vdigits_start));
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        out.push_str(&zeros(decpt - digits_len));
        out.push('.');
        out.push_str(&zeros(vdigits_end - decpt));
    } else {
        out.push_str(&zeros(vdigits_end - digits_len));
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push_str(&format!("e{exp:+03}"));
    }
    out
}

/// CPython's PyOS_double_to_string for the codes format() uses ('e', 'f', 'g', 'r'; the
/// upper-case ones via `upper`), sign included.
fn double_to_string(x: f64, code: char, precision: i64, alt: bool, add_dot_0: bool, no_neg_0: bool) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let text = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        if x < 0.0 { "-inf" } else { "inf" }.to_string()
    } else {
        let a = x.abs();
        let p = precision as usize;
        let body = match code {
            'f' => {
                let exact = p.min(EXACT_DIGITS);
                let mut s = format!("{a:.exact$}");
                s.extend(std::iter::repeat_n('0', p - exact));
                if alt && p == 0 {
                    s.push('.');
                }
                s
            }
            'e' => {
                let exact = p.min(EXACT_DIGITS);
                let s = format!("{a:.exact$e}");
                let (m, e) = s.split_once('e').unwrap();
                let e: i32 = e.parse().unwrap();
                let pad = "0".repeat(p - exact);
                format!("{m}{pad}{}e{e:+03}", if alt && p == 0 { "." } else { "" })
            }
            'g' => {
                let p = p.max(1);
                let (digits, decpt) = sig_digits(a, Some(p));
                layout_digits(&digits, decpt, 'g', p as i32, alt, add_dot_0)
            }
            _ => {
                let (digits, decpt) = sig_digits(a, None);
                layout_digits(&digits, decpt, 'r', 0, alt, add_dot_0)
            }
        };
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        let is_zero = mantissa.chars().all(|c| c == '0' || c == '.');
        if x.is_sign_negative() && !(no_neg_0 && is_zero) {
            format!("-{body}")
        } else {
            body
        }
    };
    if upper {
        text.to_ascii_uppercase()
    } else {
        text
    }
}

/// Format a float (or an int converted to one) with a non-empty spec.
fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    let mut code = match spec.ty {
        None => 'r',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => t,
        Some('n') => 'g',
        Some(t) => return unknown_code(t, "float"),
    };
    if spec.precision > i32::MAX as i64 {
        return value_error("precision too big");
    }
    let add_dot_0 = spec.ty.is_none();
    let default_precision = if add_dot_0 { 0 } else { 6 };
    let mut x = x;
    let add_pct = code == '%';
    if add_pct {
        code = 'f';
        x *= 100.0;
    }
    let precision = if spec.precision < 0 {
        default_precision
    } else {
        if code == 'r' {
            code = 'g';
        }
        spec.precision
    };
    let mut text = double_to_string(x, code, precision, spec.alt, add_dot_0, spec.no_neg_0);
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, &text[..]),
    };
    let int_end = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let has_decimal = body[int_end..].starts_with('.');
    let remainder = &body[int_end + has_decimal as usize..];
    let n = Number { negative, prefix: "", digits: &body[..int_end], has_decimal, remainder };
    let grouping = if spec.ty == Some('n') { None } else { grouping_of(spec.grouping) };
    Ok(render_number(&n, spec, grouping))
}

/// `format(v, spec)` where the result may be `v` itself: None for a str that needs no
/// padding or truncation (CPython writes the object itself then).
fn format_or_same(v: &Value, spec: &str) -> PyResult<Option<String>> {
    let Obj::Str(s) = v.obj() else { return format_value(v, spec).map(Some) };
    if spec.is_empty() {
        return Ok(None);
    }
    let text = format_value(v, spec)?;
    Ok(if text.len() == s.len() { None } else { Some(text) })
}

/// `format(v, spec)`.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    if let Obj::Instance(_) = v.obj() {
        let arg = value::str_(spec);
        if let Some(r) = crate::vm::dunder::call_dunder(v, crate::intern::sym::__format__, &[&arg])? {
            return match r.obj() {
                Obj::Str(s) => Ok(s.to_string()),
                _ => type_error(format!("__format__ must return a str, not {}", type_name(&r))),
            };
        }
    }
    match v.obj() {
        Obj::Str(s) => {
            if spec.is_empty() {
                return Ok(s.to_string());
            }
            let p = parse_spec(spec, Some('s'), '<', "str")?;
            match p.ty {
                Some('s') => format_str(s, &p),
                Some(t) => unknown_code(t, "str"),
                None => unreachable!(),
            }
        }
        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => {
            if spec.is_empty() {
                return repr::str(v);
            }
            let tname = type_name(v);
            let p = parse_spec(spec, Some('d'), '>', &tname)?;
            format_int(v, &p, &tname)
        }
        Obj::Float(f) => {
            if spec.is_empty() {
                return Ok(repr::float_repr(*f));
            }
            let p = parse_spec(spec, None, '>', "float")?;
            format_float(*f, &p)
        }
        _ if spec.is_empty() => repr::str(v),
        _ => type_error(format!("unsupported format string passed to {}.__format__", type_name(v))),
    }
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
fn ascii(v: &Value) -> PyResult<String> {
    Ok(repr::ascii(&repr::repr(v)?))
}

#[derive(PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: usize,
}

/// `s` as a field index: all ASCII digits, else None (a keyword).
fn field_index(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut pos = 0;
    Ok(get_integer(s, &mut pos)?.map(|i| i as usize))
}

struct Formatter<'a> {
    args: &'a [Value],
    kwargs: &'a [(Sym, Value)],
    /// `format_map`'s mapping: named fields are `mapping[name]`.
    mapping: Option<&'a Value>,
    auto: AutoNumber,
    /// The result, when it is a str field written whole as the only output (CPython's
    /// writer then returns that object).
    sole: Option<Value>,
}

impl Formatter<'_> {
    /// The object a field name names: `0`, `name`, `` (auto), then `.attr` / `[key]` parts.
    fn field_object(&mut self, field: &[char]) -> PyResult<Value> {
        let first_end = field.iter().position(|c| *c == '.' || *c == '[').unwrap_or(field.len());
        let first = &field[..first_end];
        let index = field_index(first)?;
        let empty = first.is_empty();
        let numeric = empty || index.is_some();
        if self.auto.state == AutoState::Init && numeric {
            self.auto.state = if empty { AutoState::Auto } else { AutoState::Manual };
        }
        if numeric {
            if self.auto.state == AutoState::Manual && empty {
                return value_error("cannot switch from manual field specification to automatic field numbering");
            }
            if self.auto.state == AutoState::Auto && !empty {
                return value_error("cannot switch from automatic field numbering to manual field specification");
            }
        }
        let index = if empty {
            self.auto.next += 1;
            Some(self.auto.next - 1)
        } else {
            index
        };
        let mut obj = match index {
            Some(i) => match self.args.get(i) {
                Some(v) => v.dup(),
                None => {
                    return err(
                        ExcKind::IndexError,
                        format!("Replacement index {i} out of range for positional args tuple"),
                    )
                }
            },
            None => {
                let key: String = first.iter().collect();
                if let Some(m) = self.mapping {
                    let k = crate::value::str_(&key);
                    crate::builtins::get_item(m, &k)?
                } else {
                    match self.kwargs.iter().find(|(k, _)| *name(*k) == *key) {
                        Some((_, v)) => v.dup(),
                        None => return Err(crate::vm::key_error(&crate::value::str_(&key))),
                    }
                }
            }
        };
        let mut pos = first_end;
        while pos < field.len() {
            let is_attr = field[pos] == '.';
            if !is_attr && field[pos] != '[' {
                return value_error("Only '.' or '[' may follow ']' in format field specifier");
            }
            pos += 1;
            let start = pos;
            let part: &[char] = if is_attr {
                while pos < field.len() && field[pos] != '.' && field[pos] != '[' {
                    pos += 1;
                }
                &field[start..pos]
            } else {
                while pos < field.len() && field[pos] != ']' {
                    pos += 1;
                }
                if pos == field.len() {
                    return value_error("Missing ']' in format string");
                }
                pos += 1;
                &field[start..pos - 1]
            };
            if part.is_empty() {
                return value_error("Empty attribute in format string");
            }
            let text: String = part.iter().collect();
            obj = if is_attr {
                crate::vm::getattr(&obj, crate::intern::intern(&text))?
            } else {
                let key = match field_index(part)? {
                    Some(i) => value::int(i as i64),
                    None => value::str_(&text),
                };
                crate::builtins::get_item(&obj, &key)?
            };
        }
        Ok(obj)
    }

    /// Expand `template` (CPython's build_string / MarkupIterator), `depth` levels of
    /// nested specs allowed.
    fn build(&mut self, t: &[char], depth: u32, out: &mut String) -> PyResult<()> {
        if depth == 0 {
            return value_error("Max string recursion exceeded");
        }
        let end = t.len();
        let mut pos = 0;
        while pos < end {
            // Literal text up to the first brace.
            let start = pos;
            let mut c = '\0';
            let mut markup = false;
            while pos < end {
                c = t[pos];
                pos += 1;
                if c == '{' || c == '}' {
                    markup = true;
                    break;
                }
            }
            let at_end = pos >= end;
            let mut len = pos - start;
            if c == '}' && markup && (at_end || t[pos] != '}') {
                return value_error("Single '}' encountered in format string");
            }
            if at_end && c == '{' && markup {
                return value_error("Single '{' encountered in format string");
            }
            if !at_end && markup {
                if t[pos] == c {
                    pos += 1;
                    markup = false;
                } else {
                    len -= 1;
                }
            }
            out.extend(&t[start..start + len]);
            if !markup {
                continue;
            }
            // The field: name, then `!conversion`, then `:spec`.
            let name_start = pos;
            let mut c = '\0';
            while pos < end {
                c = t[pos];
                pos += 1;
                match c {
                    '{' => return value_error("unexpected '{' in field name"),
                    '[' => {
                        while pos < end && t[pos] != ']' {
                            pos += 1;
                        }
                        continue;
                    }
                    '}' | ':' | '!' => break,
                    _ => continue,
                }
            }
            let field = &t[name_start..pos - 1];
            let mut conversion = None;
            let mut spec: &[char] = &[];
            let mut expand = false;
            if c == '!' || c == ':' {
                let mut spec_follows = true;
                if c == '!' {
                    if pos >= end {
                        return value_error("end of string while looking for conversion specifier");
                    }
                    conversion = Some(t[pos]);
                    pos += 1;
                    if pos < end {
                        let c2 = t[pos];
                        pos += 1;
                        if c2 == '}' {
                            spec_follows = false;
                        } else if c2 != ':' {
                            return value_error("expected ':' after conversion specifier");
                        }
                    }
                }
                if spec_follows {
                    let spec_start = pos;
                    let mut count = 1;
                    let mut closed = false;
                    while pos < end {
                        let c3 = t[pos];
                        pos += 1;
                        if c3 == '{' {
                            expand = true;
                            count += 1;
                        } else if c3 == '}' {
                            count -= 1;
                            if count == 0 {
                                spec = &t[spec_start..pos - 1];
                                closed = true;
                                break;
                            }
                        }
                    }
                    if !closed {
                        return value_error("unmatched '{' in format spec");
                    }
                }
            } else if c != '}' {
                return value_error("expected '}' before end of string");
            }
            // Render it.
            let obj = self.field_object(field)?;
            let obj = match conversion {
                None => obj,
                Some('r') => value::str_(&repr::repr(&obj)?),
                Some('s') if matches!(obj.obj(), Obj::Str(_)) => obj,
                Some('s') => value::str_(&repr::str(&obj)?),
                Some('a') => value::str_(&ascii(&obj)?),
                Some(other) => {
                    return value_error(format!("Unknown conversion specifier {}", code_text(other)));
                }
            };
            let spec_text: String = if expand {
                let mut s = String::new();
                self.build(spec, depth - 1, &mut s)?;
                s
            } else {
                spec.iter().collect()
            };
            match format_or_same(&obj, &spec_text)? {
                Some(text) => out.push_str(&text),
                None => {
                    let Obj::Str(text) = obj.obj() else { unreachable!() };
                    if out.is_empty() && pos >= end && depth == 2 && !text.is_empty() {
                        self.sole = Some(obj.dup());
                    }
                    out.push_str(text);
                }
            }
        }
        Ok(())
    }
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(template: &str, args: &[Value], kwargs: &[(Sym, Value)]) -> PyResult<String> {
    Ok(run_format(template, args, kwargs)?.0)
}

fn run_format(template: &str, args: &[Value], kwargs: &[(Sym, Value)]) -> PyResult<(String, Option<Value>)> {
    run_format_in(template, args, kwargs, None)
}

fn run_format_in(
    template: &str,
    args: &[Value],
    kwargs: &[(Sym, Value)],
    mapping: Option<&Value>,
) -> PyResult<(String, Option<Value>)> {
    let t: Vec<char> = template.chars().collect();
    let mut f = Formatter { args, kwargs, mapping, auto: AutoNumber { state: AutoState::Init, next: 0 }, sole: None };
    let mut out = String::with_capacity(template.len());
    f.build(&t, 2, &mut out)?;
    Ok((out, f.sole))
}

/// `template.format_map(mapping)`: each named field is `mapping[name]` (so a dict
/// subclass's `__missing__` answers for a missing one).
pub fn str_format_map(template: &str, mapping: &Value) -> PyResult<Value> {
    let (out, sole) = run_format_in(template, &[], &[], Some(mapping))?;
    Ok(match sole {
        Some(v) => v,
        None => value::str_(&out),
    })
}

/// `template.format(*args, **kwargs)` as a str object: a lone str field with nothing else
/// written is that very object, as in CPython.
pub fn str_format_value(template: &str, args: &[Value], kwargs: &[(Sym, Value)]) -> PyResult<Value> {
    let (out, sole) = run_format(template, args, kwargs)?;
    Ok(match sole {
        Some(v) => v,
        None => value::str_(&out),
    })
}

/// The builtin `format(value, format_spec='')`.
pub fn format_builtin(args: &[Value]) -> PyResult<Value> {
    match args.len() {
        0 => return type_error("format expected at least 1 argument, got 0"),
        1 | 2 => {}
        n => return type_error(format!("format expected at most 2 arguments, got {n}")),
    }
    let spec = match args.get(1).map(|a| a.obj()) {
        None => "",
        Some(Obj::Str(s)) => s,
        Some(Obj::None) => return type_error("format() argument 2 must be str, not None"),
        Some(_) => return type_error(format!("format() argument 2 must be str, not {}", type_name(&args[1]))),
    };
    let v = &args[0];
    // An int with an empty spec is str(int), a new object.
    if spec.is_empty() && matches!(v.obj(), Obj::Int(_) | Obj::Long(_)) {
        return Ok(crate::heap::alloc(Obj::Str(repr::str(v)?.into())));
    }
    Ok(match format_or_same(v, spec)? {
        Some(text) => value::str_(&text),
        None => v.dup(),
    })
}

/// printf-style formatting: `'%s is %5.1f' % (name, x)`.
pub fn percent_format(template: &str, args: &Value) -> PyResult<String> {
    let items: Vec<Value> = match args.obj() {
        Obj::Tuple(t) => t.iter().map(Value::dup).collect(),
        _ => vec![args.dup()],
    };
    let mut next = 0usize;
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        // `%(name)s`: the value comes from a mapping.
        let mut keyed: Option<Value> = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let mut key = String::new();
            let mut depth = 1;
            for k in chars.by_ref() {
                match k {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                key.push(k);
            }
            let Obj::Dict(d) = args.obj() else { return type_error("format requires a mapping") };
            let k = value::str_(&key);
            match d.get(&k)? {
                Some(v) => keyed = Some(v.dup()),
                None => return Err(crate::vm::key_error(&k)),
            }
        }
        let mut flags = String::new();
        while let Some(&f) = chars.peek() {
            if "-+ #0".contains(f) {
                flags.push(f);
                chars.next();
            } else {
                break;
            }
        }
        let mut width = String::new();
        while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            width.push(d);
            chars.next();
        }
        let mut precision = None;
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut p = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                p.push(d);
                chars.next();
            }
            precision = Some(if p.is_empty() { "0".to_string() } else { p });
        }
        let Some(conv) = chars.next() else {
            return err(ExcKind::ValueError, "incomplete format");
        };
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match &keyed {
            Some(v) => v,
            None => {
                let Some(arg) = items.get(next) else {
                    return type_error("not enough arguments for format string");
                };
                next += 1;
                arg
            }
        };
        let left = flags.contains('-');
        crate::ops::check_alloc(width.parse().unwrap_or(0))?;
        let pad = |s: String, numeric: bool| -> String {
            let w: usize = width.parse().unwrap_or(0);
            let n = s.chars().count();
            if n >= w {
                return s;
            }
            if left {
                format!("{s}{}", " ".repeat(w - n))
            } else if numeric && flags.contains('0') {
                let (sign, digits) = match s.strip_prefix(['-', '+', ' ']) {
                    Some(d) => (&s[..1], d.to_string()),
                    None => ("", s.clone()),
                };
                format!("{sign}{}{digits}", "0".repeat(w - n))
            } else {
                format!("{}{s}", " ".repeat(w - n))
            }
        };
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let text = match conv {
            's' | 'r' | 'a' => {
                let mut s = if conv == 's' { crate::repr::str(arg)? } else { crate::repr::repr(arg)? };
                if let Some(p) = &precision {
                    s = s.chars().take(p.parse().unwrap_or(0)).collect();
                }
                pad(s, false)
            }
            // The common `%d` of a machine int, with no flags, straight to digits.
            'd' | 'i' | 'u' if flags.is_empty() && matches!(arg.obj(), Obj::Int(_)) => {
                let Obj::Int(i) = arg.obj() else { unreachable!() };
                pad(i.to_string(), true)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
                let int = match arg.obj() {
                    Obj::Float(f) if conv != 'c' => {
                        crate::value::big(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default())
                    }
                    Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => arg.dup(),
                    _ if conv == 'c' => {
                        if let Obj::Str(s) = arg.obj() {
                            out.push_str(&pad(s.to_string(), false));
                            continue;
                        }
                        return type_error("%c requires int or char");
                    }
                    _ => {
                        return type_error(format!(
                            "%{conv} format: a real number is required, not {}",
                            crate::object::type_name(arg)
                        ))
                    }
                };
                let ty = match conv {
                    'd' | 'i' | 'u' => "d",
                    'x' => "x",
                    'X' => "X",
                    'o' => "o",
                    _ => "c",
                };
                let alt = if flags.contains('#') { "#" } else { "" };
                pad(format_value(&int, &format!("{sign}{alt}{ty}"))?, true)
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let f = match crate::ops::to_float(arg)? {
                    Some(f) => crate::value::float(f),
                    None => return type_error(format!("must be real number, not {}", crate::object::type_name(arg))),
                };
                let p = precision.clone().unwrap_or_else(|| "6".to_string());
                pad(format_value(&f, &format!("{sign}.{p}{conv}"))?, true)
            }
            other => {
                return err(
                    ExcKind::ValueError,
                    format!("unsupported format character '{other}' (0x{:x}) at index {}", other as u32, 0),
                )
            }
        };
        out.push_str(&text);
    }
    // CPython's rule: leftover arguments are an error unless the argument is a mapping
    // (anything subscriptable but a tuple or a str; `'x' % []` is 'x').
    let mapping = match args.obj() {
        Obj::Str(_) | Obj::Tuple(_) => false,
        Obj::Dict(_)
        | Obj::MainDict
        | Obj::MappingProxy(_)
        | Obj::List(_)
        | Obj::Bytes(_)
        | Obj::ByteArray(_)
        | Obj::Range(_) => true,
        Obj::Instance(inst) => crate::object::class_lookup(&inst.class, crate::intern::sym::__getitem__).is_some(),
        _ => false,
    };
    if next < items.len() && !mapping && !template.contains("%(") {
        return type_error("not all arguments converted during string formatting");
    }
    Ok(out)
}

/// An error's summary line, for tests.
#[allow(clippy::boxed_local)]
#[cfg(test)]
fn summary(e: crate::error::Exc) -> String {
    e.summary()
}

#[cfg(test)]
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    fn fmt(v: Value, spec: &str) -> String {
        match format_value(&v, spec) {
            Ok(s) => s,
            Err(e) => summary(e),
        }
    }

    fn setup() {
        crate::runtime::init();
    }

    // Every expected string below was printed by python3.11.
    #[test]
    fn ints_format_as_python_does() {
        setup();
        for (i, spec, want) in [
            (1234, "010,", "00,001,234"),
            (1234, "09,", "0,001,234"),
            (1234, "08,", "0,001,234"),
            (1234, "07,", "001,234"),
            (-1234, "010,", "-0,001,234"),
            (1234, "0=10,", "00,001,234"),
            (1234567, "_", "1_234_567"),
            (255, "#_b", "0b1111_1111"),
            (255, "#012_b", "0b0_1111_1111"),
            (255, "#x", "0xff"),
            (-255, "#X", "-0XFF"),
            (255, "#o", "0o377"),
            (65, "c", "A"),
            (65, "5c", "    A"),
            (65, "05c", "0000A"),
            (-5, "05", "-0005"),
            (-5, "<05", "-5000"),
            (-5, "^05", "0-500"),
            (1, "*^+10", "****+1****"),
            (-1, " 5", "   -1"),
            (0xabcdef, "011_x", "0_00ab_cdef"),
            (1234, "0<10,", "1,23400000"),
            (3, "%", "300.000000%"),
            (3, "g", "3"),
            (1234, "e", "1.234000e+03"),
            (1234, "n", "1234"),
        ] {
            assert_eq!(fmt(value::int(i), spec), want, "format({i}, {spec:?})");
        }
        let big = value::big(BigInt::from(10).pow(30));
        assert_eq!(fmt(big.dup(), ","), "1,000,000,000,000,000,000,000,000,000,000");
        assert_eq!(fmt(big, "x"), "c9f2c9cd04674edea40000000");
        assert_eq!(fmt(value::bool_(true), ""), "True");
        assert_eq!(fmt(value::bool_(true), ">5"), "    1");
    }

    #[test]
    fn floats_format_as_python_does() {
        setup();
        for (x, spec, want) in [
            (1.0, ".2", "1.0"),
            (1234.5, ".2", "1.2e+03"),
            (1000.0, ".1", "1e+03"),
            (1e16, ".20", "10000000000000000.0"),
            (0.125, ".2f", "0.12"),
            (2.675, ".2f", "2.67"),
            (-0.0, "z", "0.0"),
            (-0.0001, "z.2f", "0.00"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::NEG_INFINITY, "010", "-000000inf"),
            (f64::NAN, "F", "NAN"),
            (f64::INFINITY, "%", "inf%"),
            (f64::NAN, "+", "+nan"),
            (0.5, ".0%", "50%"),
            (12345.678, ",", "12,345.678"),
            (12345.678, "015,.2f", "0,000,012,345.68"),
            (12345.678, ".3E", "1.235E+04"),
            (12345.678, "g", "12345.7"),
            (0.00001, "g", "1e-05"),
            (1.0, "#g", "1.00000"),
            (1.5, "#.0f", "2."),
            (1.2345, "#.0e", "1.e+00"),
            (1234567.0, "n", "1.23457e+06"),
            (5e-324, "g", "4.94066e-324"),
            (0.1, ".17", "0.10000000000000001"),
            (123.456, ".4", "123.5"),
            (100.0, ".3", "1e+02"),
            (-0.0, "g", "-0"),
            (-1.0, "=10", "-      1.0"),
            (1234.5, "010,", "0,001,234.5"),
            (1e15, ",", "1,000,000,000,000,000.0"),
            (1e16, "#", "1.e+16"),
            (0.5, ".0", "0.5"),
            (1.5, ".0", "2e+00"),
            (1234567.0, ",.10g", "1,234,567"),
        ] {
            assert_eq!(fmt(value::float(x), spec), want, "format({x}, {spec:?})");
        }
    }

    #[test]
    fn strings_and_errors_format_as_python_does() {
        setup();
        assert_eq!(fmt(value::str_("abcdef"), "^9.3"), "   abc   ");
        assert_eq!(fmt(value::str_("x"), "é^5"), "ééxéé");
        assert_eq!(fmt(value::str_("ab"), "05"), "ab000");
        for (v, spec, want) in [
            (value::float(1.5), "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
            (value::int(1), "s", "ValueError: Unknown format code 's' for object of type 'int'"),
            (value::int(1), ".", "ValueError: Format specifier missing precision"),
            (value::int(1), "xx", "ValueError: Invalid format specifier 'xx' for object of type 'int'"),
            (value::int(1), ",_", "ValueError: Cannot specify both ',' and '_'."),
            (value::int(1), ",b", "ValueError: Cannot specify ',' with 'b'."),
            (value::int(1), "\x01", "ValueError: Unknown format code '\\x1' for object of type 'int'"),
            (value::int(1), ".2", "ValueError: Precision not allowed in integer format specifier"),
            (value::int(1), "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
            (value::int(65), "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
            (value::int(-1), "c", "OverflowError: %c arg not in range(0x110000)"),
            (value::str_("a"), "=", "ValueError: '=' alignment not allowed in string format specifier"),
            (value::str_("a"), " ", "ValueError: Space not allowed in string format specifier"),
            (value::str_("a"), ",", "ValueError: Cannot specify ',' with 's'."),
            (value::none(), "x", "TypeError: unsupported format string passed to NoneType.__format__"),
            (value::int(1), "99999999999999999999", "ValueError: Too many decimal digits in format string"),
            (value::float(1.0), ".3000000000", "ValueError: precision too big"),
        ] {
            assert_eq!(fmt(v, spec), want, "spec {spec:?}");
        }
    }

    #[test]
    fn str_format_follows_python() {
        setup();
        let run = |t: &str, args: Vec<Value>, kw: &[(&str, Value)]| -> String {
            let kwargs: Vec<(Sym, Value)> = kw.iter().map(|(k, v)| (crate::intern::intern(k), v.dup())).collect();
            match str_format(t, &args, &kwargs) {
                Ok(s) => s,
                Err(e) => summary(e),
            }
        };
        let i = value::int;
        let s = value::str_;
        assert_eq!(run("{} {}", vec![i(1), s("a")], &[]), "1 a");
        assert_eq!(run("{0} {1} {0}", vec![i(1), s("a")], &[]), "1 a 1");
        assert_eq!(run("a}}b{{c", vec![], &[]), "a}b{c");
        assert_eq!(run("{!r}", vec![s("a")], &[]), "'a'");
        assert_eq!(run("{!a}", vec![s("é\n")], &[]), "'\\xe9\\n'");
        assert_eq!(run("{0!r:>10}", vec![s("a")], &[]), "       'a'");
        assert_eq!(run("{:{}}", vec![i(1), i(5)], &[]), "    1");
        assert_eq!(run("{:{w}.{p}f}", vec![value::float(3.14159)], &[("w", i(10)), ("p", i(2))]), "      3.14");
        assert_eq!(run("{x}{}", vec![i(5)], &[("x", i(1))]), "15");
        assert_eq!(run("{0[1]}", vec![value::list(vec![i(5), i(6)])], &[]), "6");
        assert_eq!(
            run("{0[1]x}", vec![value::list(vec![i(5), i(6)])], &[]),
            "ValueError: Only '.' or '[' may follow ']' in format field specifier"
        );
        for (t, nargs, want) in [
            ("{1}", 1, "IndexError: Replacement index 1 out of range for positional args tuple"),
            ("{0}{}", 2, "ValueError: cannot switch from manual field specification to automatic field numbering"),
            ("{}{0}", 2, "ValueError: cannot switch from automatic field numbering to manual field specification"),
            ("{x}", 1, "KeyError: 'x'"),
            ("a}b", 0, "ValueError: Single '}' encountered in format string"),
            ("a{", 0, "ValueError: Single '{' encountered in format string"),
            ("{0", 1, "ValueError: expected '}' before end of string"),
            ("{0!", 1, "ValueError: end of string while looking for conversion specifier"),
            ("{0!r", 1, "ValueError: unmatched '{' in format spec"),
            ("{0!rx}", 1, "ValueError: expected ':' after conversion specifier"),
            ("{0!x}", 1, "ValueError: Unknown conversion specifier x"),
            ("{:{:{}}}", 3, "ValueError: Max string recursion exceeded"),
            ("{0.}", 1, "ValueError: Empty attribute in format string"),
            ("{a{}", 1, "ValueError: unexpected '{' in field name"),
            ("{:}}", 1, "ValueError: Single '}' encountered in format string"),
        ] {
            assert_eq!(run(t, (0..nargs).map(|k| i(k + 1)).collect(), &[]), want, "{t:?}");
        }
    }
}
