//! The methods of `int` and `float`: bit_length, bit_count, as_integer_ratio, conjugate,
//! is_integer, hex and `float.fromhex`, with CPython 3.11's results and messages.
use super::list::arg_count;
use super::{Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::object::Obj;
use crate::value;
use num_bigint::{BigInt, BigUint};

/// The int method name `n`, if ints have it.
pub fn int_method(n: &str) -> Option<BuiltinFn> {
    Some(match n {
        "bit_length" => BuiltinFn::IntBitLength,
        "bit_count" => BuiltinFn::IntBitCount,
        "to_bytes" => BuiltinFn::IntToBytes,
        "as_integer_ratio" => BuiltinFn::IntAsIntegerRatio,
        "conjugate" => BuiltinFn::NumConjugate,
        _ => return None,
    })
}

/// The float method name `n`, if floats have it.
pub fn float_method(n: &str) -> Option<BuiltinFn> {
    Some(match n {
        "is_integer" => BuiltinFn::FloatIsInteger,
        "as_integer_ratio" => BuiltinFn::FloatAsIntegerRatio,
        "conjugate" => BuiltinFn::NumConjugate,
        "hex" => BuiltinFn::FloatHex,
        "fromhex" => BuiltinFn::FloatFromHex,
        _ => return None,
    })
}

/// CPython's `sys.int_info.default_max_str_digits` and the smallest other limit it takes.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
const MAX_STR_DIGITS_THRESHOLD: i64 = 640;

thread_local! {
    /// `sys.set_int_max_str_digits`: the most decimal digits an int may be converted to
    /// or from (0: no limit). The lexer reads it too, for int literals.
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(DEFAULT_MAX_STR_DIGITS) };
}

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|m| m.get())
}

/// An int's decimal digits (with its sign), refused past the digit limit as CPython's
/// long_to_decimal_string refuses: too big an int is known from its bit length before
/// any digit is made.
pub fn decimal_text(b: &BigInt) -> PyResult<String> {
    let limit = max_str_digits();
    let refuse = || {
        err(
            ExcKind::ValueError,
            format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            ),
        )
    };
    // An int of `bits` bits has at least (bits - 1) * log10(2) + 1 digits.
    if limit > 0 && (b.bits().saturating_sub(1) as f64 * std::f64::consts::LOG10_2) as usize >= limit {
        return refuse();
    }
    let text = b.to_string();
    if limit > 0 && text.trim_start_matches('-').len() > limit {
        return refuse();
    }
    Ok(text)
}

/// Text of `digits` decimal digits read as an int (by `int()` in a base that is not a
/// power of two): refused past the digit limit.
pub fn check_digits_to_parse(digits: usize) -> PyResult<()> {
    let limit = max_str_digits();
    if limit > 0 && digits > limit {
        return err(
            ExcKind::ValueError,
            format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; \
                 use sys.set_int_max_str_digits() to increase the limit"
            ),
        );
    }
    Ok(())
}

/// `sys.get_int_max_str_digits()` / `sys.set_int_max_str_digits(maxdigits)`.
pub fn int_max_str_digits(b: BuiltinFn, args: &Args) -> PyResult<Value> {
    if b == BuiltinFn::SysGetIntMaxStrDigits {
        arg_count("get_int_max_str_digits", args, 0, 0)?;
        return Ok(value::int(max_str_digits() as i64));
    }
    arg_count("set_int_max_str_digits", args, 1, 1)?;
    let n = match args[0].obj() {
        Obj::Int(i) => *i,
        Obj::Bool(b) => *b as i64,
        Obj::Long(_) => return err(ExcKind::OverflowError, "Python int too large to convert to C int"),
        _ => {
            let t = crate::object::type_name(&args[0]);
            return type_error(format!("'{t}' object cannot be interpreted as an integer"));
        }
    };
    if i32::try_from(n).is_err() {
        return err(ExcKind::OverflowError, "Python int too large to convert to C int");
    }
    if n < 0 || (n > 0 && n < MAX_STR_DIGITS_THRESHOLD) {
        return err(ExcKind::ValueError, format!("maxdigits must be 0 or larger than {MAX_STR_DIGITS_THRESHOLD}"));
    }
    MAX_STR_DIGITS.with(|m| m.set(n as usize));
    Ok(value::none())
}

fn int_of(v: &Value) -> BigInt {
    match v.obj() {
        Obj::Int(i) => BigInt::from(*i),
        Obj::Long(l) => (**l).clone(),
        Obj::Bool(b) => BigInt::from(*b as i64),
        _ => BigInt::from(0),
    }
}

/// A method of an int (or bool) receiver.
pub fn call_int_method(b: BuiltinFn, this: &Value, args: &Args) -> PyResult<Value> {
    arg_count(&format!("int.{}", b.name()), args, 0, 0)?;
    match b {
        BuiltinFn::IntBitLength => {
            let bits = match this.obj() {
                Obj::Int(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
                Obj::Long(l) => l.bits(),
                Obj::Bool(b) => *b as u64,
                _ => 0,
            };
            Ok(value::int(bits as i64))
        }
        BuiltinFn::IntBitCount => {
            let ones = match this.obj() {
                Obj::Int(i) => i.unsigned_abs().count_ones() as u64,
                Obj::Bool(b) => *b as u64,
                _ => int_of(this).magnitude().count_ones(),
            };
            Ok(value::int(ones as i64))
        }
        BuiltinFn::IntAsIntegerRatio => {
            Ok(value::tuple_of(smallvec::smallvec![value::big(int_of(this)), value::int(1)]))
        }
        // int(self): a bool's conjugate is an int.
        _ => Ok(match this.obj() {
            Obj::Bool(b) => value::int(*b as i64),
            _ => this.dup(),
        }),
    }
}

/// A method of a float receiver.
pub fn call_float_method(b: BuiltinFn, this: &Value, args: &Args) -> PyResult<Value> {
    let Obj::Float(f) = this.obj() else { unreachable!("float method on a non-float") };
    let f = *f;
    if b == BuiltinFn::FloatFromHex {
        return from_hex_call(args);
    }
    arg_count(&format!("float.{}", b.name()), args, 0, 0)?;
    match b {
        BuiltinFn::FloatIsInteger => Ok(value::bool_(f.is_finite() && f.fract() == 0.0)),
        BuiltinFn::NumConjugate => Ok(this.dup()),
        BuiltinFn::FloatHex => Ok(value::str_(&hex(f))),
        _ => as_integer_ratio(f),
    }
}

fn as_integer_ratio(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return err(ExcKind::ValueError, "cannot convert NaN to integer ratio");
    }
    if f.is_infinite() {
        return err(ExcKind::OverflowError, "cannot convert Infinity to integer ratio");
    }
    // f = m * 2**e exactly; reduce the fraction.
    let (mut num, mut den) = (f, BigInt::from(1));
    let mut e = 0;
    while num.fract() != 0.0 {
        num *= 2.0;
        e += 1;
    }
    let mut n: BigInt = num_traits::FromPrimitive::from_f64(num).unwrap_or_default();
    den <<= e;
    let g = num_integer::Integer::gcd(&n, &den);
    n /= &g;
    den /= &g;
    Ok(value::tuple_of(smallvec::smallvec![value::big(n), value::big(den)]))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals as `0x0.<digits>p-1022`.
pub fn hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{mant:013x}p{e:+}")
}

fn from_hex_call(args: &Args) -> PyResult<Value> {
    if args.len() != 1 {
        return type_error(format!("float.fromhex() takes exactly one argument ({} given)", args.len()));
    }
    let Obj::Str(s) = args[0].obj() else {
        return type_error("bad argument type for built-in operation");
    };
    Ok(value::float(from_hex(s)?))
}

/// `float.fromhex(s)`, correctly rounded (half to even).
pub fn from_hex(s: &str) -> PyResult<f64> {
    let invalid = || err(ExcKind::ValueError, "invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let mut rest = lower.as_str();
    if let Some(r) = rest.strip_prefix("0x") {
        rest = r;
    }
    let (digits_part, exp_part) = match rest.find('p') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let (int_part, frac_part) = match digits_part.find('.') {
        Some(i) => (&digits_part[..i], &digits_part[i + 1..]),
        None => (digits_part, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return invalid();
    }
    let mut n = BigUint::from(0u32);
    for c in int_part.chars().chain(frac_part.chars()) {
        let Some(d) = c.to_digit(16) else { return invalid() };
        n = (n << 4u32) + d;
    }
    let mut exp: i64 = match exp_part {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return invalid();
            }
            // Huge exponents saturate: the value is 0 or overflows anyway.
            let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    exp -= 4 * frac_part.len() as i64;
    if n == BigUint::from(0u32) {
        return Ok(sign * 0.0);
    }
    let nbits = n.bits() as i64;
    let top = nbits + exp; // value in [2**(top-1), 2**top)
    if top > 1024 {
        return err(ExcKind::OverflowError, "hexadecimal value too large to represent as a float");
    }
    if top <= -1076 {
        // Below half the smallest subnormal: rounds to zero.
        return Ok(sign * 0.0);
    }
    // Bits of precision the result can hold at this magnitude.
    let keep = if top > -1022 { 53 } else { 53 - (-1022 - (top - 1)) };
    let shift = nbits - keep;
    let mant: BigUint = if shift > 0 {
        let sh = shift as u64;
        let q = &n >> sh;
        let rem = &n - (&q << sh);
        let half = BigUint::from(1u32) << (sh - 1);
        let odd = q.bit(0);
        if rem > half || (rem == half && odd) {
            q + 1u32
        } else {
            q
        }
    } else {
        n << ((-shift) as u64)
    };
    let e2 = exp + shift;
    let m: f64 = num_traits::ToPrimitive::to_f64(&mant).unwrap_or(0.0);
    let r = ldexp(m, e2);
    if r.is_infinite() {
        return err(ExcKind::OverflowError, "hexadecimal value too large to represent as a float");
    }
    Ok(sign * r)
}

/// m * 2**e for an m of at most 53 bits whose product is representable: in steps that
/// neither overflow nor underflow early, so the result is exact.
fn ldexp(mut m: f64, mut e: i64) -> f64 {
    while e > 1000 {
        m *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 && m != 0.0 {
        m *= 2f64.powi(-1000);
        e += 1000;
    }
    m * 2f64.powi(e as i32)
}
