//! The `math` module: the C library's functions on floats (the same libm CPython calls,
//! so the same bits), exact integer functions on ints of any size, and CPython's errors
//! (`math domain error`, `math range error`, the TypeErrors of the argument checks).

use super::Args;
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::object::{type_name, Obj};
use crate::value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The functions, by index (`BuiltinFn::Math(i)`).
pub const FUNCTIONS: &[&str] = &[
    "sqrt",
    "floor",
    "ceil",
    "trunc",
    "fabs",
    "exp",
    "log",
    "log2",
    "log10",
    "pow",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "hypot",
    "degrees",
    "radians",
    "isnan",
    "isinf",
    "isfinite",
    "isclose",
    "copysign",
    "fmod",
    "factorial",
    "gcd",
    "lcm",
    "isqrt",
    "comb",
    "perm",
    "prod",
    "fsum",
    "sinh",
    "cosh",
    "tanh",
    "log1p",
    "expm1",
    "dist",
    "modf",
    "frexp",
    "ldexp",
];

/// The constants: `pi`, `e`, `tau`, `inf`, `nan`.
pub fn constants() -> Vec<(&'static str, Value)> {
    vec![
        ("pi", value::float(std::f64::consts::PI)),
        ("e", value::float(std::f64::consts::E)),
        ("tau", value::float(std::f64::consts::TAU)),
        ("inf", value::float(f64::INFINITY)),
        ("nan", value::float(f64::NAN)),
    ]
}

fn int_of(v: &Value) -> Option<BigInt> {
    match v.obj() {
        Obj::Int(i) => Some((*i).into()),
        Obj::Long(b) => Some((**b).clone()),
        Obj::Bool(b) => Some((*b as i64).into()),
        _ => None,
    }
}

/// A real number argument as a float (ints converted, with CPython's overflow error).
fn real(v: &Value) -> PyResult<f64> {
    match crate::ops::to_float(v)? {
        Some(f) => Ok(f),
        None => type_error(format!("must be real number, not {}", type_name(v))),
    }
}

fn integer(v: &Value) -> PyResult<BigInt> {
    match int_of(v) {
        Some(i) => Ok(i),
        None => type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))),
    }
}

fn arity(name: &str, args: &Args, n: usize) -> PyResult<()> {
    if args.len() != n {
        let what = if n == 1 { "exactly one argument".to_string() } else { format!("exactly {n} arguments") };
        if n == 1 {
            return type_error(format!("math.{name}() takes {what} ({} given)", args.len()));
        }
        return type_error(format!("{name} expected {n} arguments, got {}", args.len()));
    }
    Ok(())
}

fn domain() -> PyResult<Value> {
    err(ExcKind::ValueError, "math domain error")
}

/// A float result, with CPython's range error for an overflow from finite arguments.
fn checked(x: f64, r: f64) -> PyResult<Value> {
    if r.is_infinite() && x.is_finite() {
        return err(ExcKind::OverflowError, "math range error");
    }
    if r.is_nan() && !x.is_nan() {
        return domain();
    }
    Ok(value::float(r))
}

/// A whole float as an int of any size.
fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return err(ExcKind::ValueError, "cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return err(ExcKind::OverflowError, "cannot convert float infinity to integer");
    }
    if f.abs() < 9.0e18 {
        return Ok(value::int(f as i64));
    }
    let sign = if f < 0.0 { num_bigint::Sign::Minus } else { num_bigint::Sign::Plus };
    Ok(value::big(BigInt::from_biguint(sign, float_big(f.abs()))))
}

/// The exact integer value of a large whole float.
fn float_big(f: f64) -> num_bigint::BigUint {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = num_bigint::BigUint::from(mant);
    if exp >= 0 {
        m << exp as usize
    } else {
        m >> (-exp) as usize
    }
}

pub fn call(i: usize, args: Args) -> PyResult<Value> {
    let name = FUNCTIONS[i];
    let f1 = |args: &Args| -> PyResult<f64> {
        arity(name, args, 1)?;
        real(&args[0])
    };
    match name {
        "sqrt" => {
            let x = f1(&args)?;
            if x < 0.0 {
                return domain();
            }
            Ok(value::float(x.sqrt()))
        }
        "floor" | "ceil" | "trunc" => {
            arity(name, &args, 1)?;
            if int_of(&args[0]).is_some() {
                return Ok(value::big(int_of(&args[0]).expect("an int")));
            }
            if let Obj::Instance(_) = args[0].obj() {
                let dunder = crate::intern::intern(&format!("__{name}__"));
                if let Some(r) = crate::vm::dunder::call_dunder(&args[0], dunder, &[])? {
                    return Ok(r);
                }
                if name == "trunc" {
                    return type_error(format!("type {} doesn't define __trunc__ method", type_name(&args[0])));
                }
            }
            let x = real(&args[0])?;
            let r = match name {
                "floor" => x.floor(),
                "ceil" => x.ceil(),
                _ => x.trunc(),
            };
            float_to_int(r)
        }
        "fabs" => Ok(value::float(f1(&args)?.abs())),
        "exp" => {
            let x = f1(&args)?;
            checked(x, x.exp())
        }
        "expm1" => {
            let x = f1(&args)?;
            checked(x, x.exp_m1())
        }
        "log" => {
            if args.is_empty() || args.len() > 2 {
                return type_error(format!("log expected 1 or 2 arguments, got {}", args.len()));
            }
            let ln = |v: &Value| -> PyResult<f64> {
                // Ints of any size: their log from their bits, as CPython's loghelper does.
                if let Some(b) = int_of(v) {
                    if !b.is_positive() {
                        return Err(crate::error::PyErr::new(ExcKind::ValueError, "math domain error"));
                    }
                    if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
                        return Ok(f.ln());
                    }
                    let bits = b.bits();
                    let shifted: BigInt = &b >> (bits - 60);
                    return Ok(shifted.to_f64().unwrap_or(1.0).ln() + (bits - 60) as f64 * std::f64::consts::LN_2);
                }
                let x = real(v)?;
                if x <= 0.0 {
                    return Err(crate::error::PyErr::new(ExcKind::ValueError, "math domain error"));
                }
                Ok(x.ln())
            };
            let num = ln(&args[0])?;
            match args.get(1) {
                None => Ok(value::float(num)),
                Some(b) => {
                    let den = ln(b)?;
                    if den == 0.0 {
                        return err(ExcKind::ZeroDivisionError, "float division by zero");
                    }
                    Ok(value::float(num / den))
                }
            }
        }
        "log2" | "log10" | "log1p" => {
            let x = f1(&args)?;
            let bad = if name == "log1p" { x <= -1.0 } else { x <= 0.0 };
            if bad {
                return domain();
            }
            Ok(value::float(match name {
                "log2" => x.log2(),
                "log10" => x.log10(),
                _ => x.ln_1p(),
            }))
        }
        "pow" => {
            arity(name, &args, 2)?;
            let (x, y) = (real(&args[0])?, real(&args[1])?);
            if x == 0.0 && y < 0.0 {
                return domain();
            }
            if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
                return domain();
            }
            checked(x, x.powf(y))
        }
        "sin" | "cos" | "tan" | "asin" | "acos" | "atan" | "sinh" | "cosh" | "tanh" => {
            let x = f1(&args)?;
            if x.is_infinite() && matches!(name, "sin" | "cos" | "tan") {
                return domain();
            }
            let r = match name {
                "sin" => x.sin(),
                "cos" => x.cos(),
                "tan" => x.tan(),
                "asin" => x.asin(),
                "acos" => x.acos(),
                "atan" => x.atan(),
                "sinh" => x.sinh(),
                "cosh" => x.cosh(),
                _ => x.tanh(),
            };
            checked(x, r)
        }
        "atan2" => {
            arity(name, &args, 2)?;
            Ok(value::float(real(&args[0])?.atan2(real(&args[1])?)))
        }
        "hypot" => {
            let mut acc = 0.0f64;
            let mut vals = Vec::with_capacity(args.len());
            for a in &args {
                vals.push(real(a)?.abs());
            }
            if vals.iter().any(|v| v.is_infinite()) {
                return Ok(value::float(f64::INFINITY));
            }
            for v in &vals {
                acc = acc.hypot(*v);
            }
            Ok(value::float(acc))
        }
        "dist" => {
            arity(name, &args, 2)?;
            let p = crate::vm::collect(&args[0])?;
            let q = crate::vm::collect(&args[1])?;
            if p.len() != q.len() {
                return err(ExcKind::ValueError, "both points must have the same number of dimensions");
            }
            let mut acc = 0.0f64;
            for (a, b) in p.iter().zip(&q) {
                acc = acc.hypot(real(a)? - real(b)?);
            }
            Ok(value::float(acc))
        }
        "degrees" => Ok(value::float(f1(&args)?.to_degrees())),
        "radians" => Ok(value::float(f1(&args)?.to_radians())),
        "isnan" => Ok(value::bool_(f1(&args)?.is_nan())),
        "isinf" => Ok(value::bool_(f1(&args)?.is_infinite())),
        "isfinite" => Ok(value::bool_(f1(&args)?.is_finite())),
        "isclose" => {
            if args.len() != 2 {
                return type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", args.len()));
            }
            let (a, b) = (real(&args[0])?, real(&args[1])?);
            Ok(value::bool_(isclose(a, b, 1e-9, 0.0)))
        }
        "copysign" => {
            arity(name, &args, 2)?;
            Ok(value::float(real(&args[0])?.copysign(real(&args[1])?)))
        }
        "fmod" => {
            arity(name, &args, 2)?;
            let (x, y) = (real(&args[0])?, real(&args[1])?);
            if y == 0.0 || x.is_infinite() {
                return domain();
            }
            Ok(value::float(x % y))
        }
        "modf" => {
            let x = f1(&args)?;
            let i = x.trunc();
            let frac = if x.is_infinite() { 0.0f64.copysign(x) } else { (x - i).copysign(x) };
            Ok(value::tuple_of(smallvec::smallvec![value::float(frac), value::float(i)]))
        }
        "frexp" => {
            let x = f1(&args)?;
            if x == 0.0 || !x.is_finite() {
                return Ok(value::tuple_of(smallvec::smallvec![value::float(x), value::int(0)]));
            }
            let mut e = x.abs().log2().floor() as i64 + 1;
            let mut m = x / 2f64.powi(e as i32);
            if m.abs() >= 1.0 {
                m /= 2.0;
                e += 1;
            } else if m.abs() < 0.5 {
                m *= 2.0;
                e -= 1;
            }
            Ok(value::tuple_of(smallvec::smallvec![value::float(m), value::int(e)]))
        }
        "ldexp" => {
            arity(name, &args, 2)?;
            let x = real(&args[0])?;
            let e = integer(&args[1])?.to_i32().unwrap_or(i32::MAX);
            checked(x, x * 2f64.powi(e))
        }
        "factorial" => {
            arity(name, &args, 1)?;
            if matches!(args[0].obj(), Obj::Float(_)) {
                return type_error("'float' object cannot be interpreted as an integer");
            }
            let n = integer(&args[0])?;
            if n.is_negative() {
                return err(ExcKind::ValueError, "factorial() not defined for negative values");
            }
            let n = n.to_u64().unwrap_or(u64::MAX);
            let mut acc = BigInt::one();
            for k in 2..=n {
                acc *= k;
            }
            Ok(value::big(acc))
        }
        "gcd" | "lcm" => {
            let mut acc: BigInt = if name == "gcd" { BigInt::zero() } else { BigInt::one() };
            for a in &args {
                let v = integer(a)?;
                acc = if name == "gcd" {
                    acc.gcd(&v)
                } else if acc.is_zero() || v.is_zero() {
                    BigInt::zero()
                } else {
                    (&acc * &v).abs() / acc.gcd(&v)
                };
            }
            Ok(value::big(acc))
        }
        "isqrt" => {
            arity(name, &args, 1)?;
            let n = integer(&args[0])?;
            if n.is_negative() {
                return err(ExcKind::ValueError, "isqrt() argument must be nonnegative");
            }
            Ok(value::big(n.sqrt()))
        }
        "comb" | "perm" => {
            if args.is_empty() || args.len() > 2 || (name == "comb" && args.len() != 2) {
                return type_error(format!("{name} expected 2 arguments, got {}", args.len()));
            }
            let n = integer(&args[0])?;
            let k = match args.get(1) {
                Some(k) if !matches!(k.obj(), Obj::None) => integer(k)?,
                _ => n.clone(),
            };
            if n.is_negative() {
                return err(ExcKind::ValueError, "n must be a non-negative integer");
            }
            if k.is_negative() {
                return err(ExcKind::ValueError, "k must be a non-negative integer");
            }
            if k > n {
                return Ok(value::int(0));
            }
            let k64 = k.to_u64().unwrap_or(u64::MAX);
            let mut acc = BigInt::one();
            for i in 0..k64 {
                acc *= &n - i;
            }
            if name == "comb" {
                let mut f = BigInt::one();
                for i in 2..=k64 {
                    f *= i;
                }
                acc /= f;
            }
            Ok(value::big(acc))
        }
        "prod" => {
            if args.len() != 1 {
                return type_error(format!("prod() takes exactly 1 positional argument ({} given)", args.len()));
            }
            let mut acc = value::int(1);
            for x in crate::vm::collect(&args[0])? {
                acc = crate::vm::binary(crate::ast::BinOp::Mul, &acc, &x)?;
            }
            Ok(acc)
        }
        "fsum" => {
            arity(name, &args, 1)?;
            // Shewchuk's exactly rounded sum, as CPython's fsum.
            let mut partials: Vec<f64> = Vec::new();
            for v in crate::vm::collect(&args[0])? {
                let mut x = real(&v)?;
                let mut i = 0;
                for j in 0..partials.len() {
                    let mut y = partials[j];
                    if x.abs() < y.abs() {
                        std::mem::swap(&mut x, &mut y);
                    }
                    let hi = x + y;
                    let lo = y - (hi - x);
                    if lo != 0.0 {
                        partials[i] = lo;
                        i += 1;
                    }
                    x = hi;
                }
                partials.truncate(i);
                partials.push(x);
            }
            let mut hi = 0.0;
            if let Some(mut n) = partials.len().checked_sub(1) {
                hi = partials[n];
                let mut lo = 0.0;
                while n > 0 {
                    n -= 1;
                    let x = hi;
                    let y = partials[n];
                    hi = x + y;
                    let yr = hi - x;
                    lo = y - yr;
                    if lo != 0.0 {
                        break;
                    }
                }
                if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
                    let y = lo * 2.0;
                    let x = hi + y;
                    let yr = x - hi;
                    if y == yr {
                        hi = x;
                    }
                }
            }
            Ok(value::float(hi))
        }
        _ => type_error(format!("math.{name}() is not available")),
    }
}

fn isclose(a: f64, b: f64, rel: f64, abs: f64) -> bool {
    if a == b {
        return true;
    }
    if a.is_infinite() || b.is_infinite() {
        return false;
    }
    let diff = (b - a).abs();
    diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs
}
