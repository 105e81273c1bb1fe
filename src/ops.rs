//! Operators on values: arithmetic with Python's semantics (floor division, big ints,
//! float rules), comparison, truth, membership — and CPython's error messages for each.

use crate::ast::{BinOp, UnaryOp};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::intern::sym;
use crate::object::{type_name, Obj};
use crate::objects::pystr::PyStr;
use crate::value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

pub fn truthy(v: &Value) -> PyResult<bool> {
    Ok(match v.obj() {
        Obj::None => false,
        Obj::Bool(b) => *b,
        Obj::Int(i) => *i != 0,
        Obj::Long(_) => true,
        Obj::Float(f) => *f != 0.0,
        Obj::Str(s) => !s.is_empty(),
        Obj::Bytes(b) => !b.is_empty(),
        Obj::ByteArray(b) => !b.is_empty(),
        Obj::List(l) => !l.is_empty(),
        Obj::Tuple(t) => !t.is_empty(),
        Obj::Range(r) => range_len(r) > 0,
        Obj::Dict(d) => !d.is_empty(),
        Obj::Set(s) => !s.is_empty(),
        Obj::Instance(_) => {
            if let Some(r) = crate::vm::dunder::call_dunder(v, crate::intern::sym::__bool__, &[])? {
                return match r.obj() {
                    Obj::Bool(b) => Ok(*b),
                    _ => type_error(format!("__bool__ should return bool, returned {}", type_name(&r))),
                };
            }
            match crate::vm::dunder::len_dunder(v)? {
                Some(n) => n > 0,
                None => match crate::vm::class::native_of(v) {
                    Some(n) => return truthy(n),
                    None => true,
                },
            }
        }
        _ => true,
    })
}

/// An int operand as a BigInt (bools are ints).
fn as_big(v: &Value) -> Option<BigInt> {
    match v.obj() {
        Obj::Int(i) => Some(BigInt::from(*i)),
        Obj::Long(b) => Some((**b).clone()),
        Obj::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

fn as_small(v: &Value) -> Option<i64> {
    match v.obj() {
        Obj::Int(i) => Some(*i),
        Obj::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v.obj(), Obj::Int(_) | Obj::Long(_) | Obj::Bool(_))
}

pub fn as_float(v: &Value) -> Option<f64> {
    match v.obj() {
        Obj::Float(f) => Some(*f),
        Obj::Int(i) => Some(*i as f64),
        Obj::Bool(b) => Some(*b as i64 as f64),
        Obj::Long(b) => Some(b.to_f64().unwrap_or(f64::INFINITY)),
        _ => None,
    }
}

/// A number as a float for arithmetic, or CPython's OverflowError for a huge int.
pub fn to_float(v: &Value) -> PyResult<Option<f64>> {
    match as_float(v) {
        Some(f) if f.is_infinite() && matches!(v.obj(), Obj::Long(_)) => {
            err(ExcKind::OverflowError, "int too large to convert to float")
        }
        other => Ok(other),
    }
}

/// An index-like operand (int or bool) as i64, if it fits.
pub fn as_index(v: &Value) -> Option<i64> {
    match v.obj() {
        Obj::Int(i) => Some(*i),
        Obj::Bool(b) => Some(*b as i64),
        Obj::Long(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
        Obj::Instance(i) => match &i.native {
            Some(n) => as_index(n),
            None => crate::vm::dunder::index_dunder(v),
        },
        _ => None,
    }
}

pub fn unary(op: UnaryOp, v: &Value) -> PyResult<Value> {
    match (op, v.obj()) {
        (UnaryOp::Not, _) => Ok(value::bool_(!truthy(v)?)),
        (UnaryOp::Neg, Obj::Int(i)) => Ok(match i.checked_neg() {
            Some(n) => value::int(n),
            None => value::big(-BigInt::from(*i)),
        }),
        (UnaryOp::Neg, Obj::Long(b)) => Ok(value::big(-(**b).clone())),
        (UnaryOp::Neg, Obj::Bool(b)) => Ok(value::int(-(*b as i64))),
        (UnaryOp::Neg, Obj::Float(f)) => Ok(value::float(-f)),
        (UnaryOp::Pos, Obj::Int(_) | Obj::Long(_)) => Ok(v.dup()),
        (UnaryOp::Pos, Obj::Bool(b)) => Ok(value::int(*b as i64)),
        (UnaryOp::Pos, Obj::Float(f)) => Ok(value::float(*f)),
        (UnaryOp::Invert, Obj::Int(_) | Obj::Long(_) | Obj::Bool(_)) => Ok(value::big(-as_big(v).unwrap() - 1)),
        _ => {
            let n = match op {
                UnaryOp::Neg => sym::__neg__,
                UnaryOp::Pos => sym::__pos__,
                _ => sym::__invert__,
            };
            if let Some(r) = crate::vm::dunder::call_dunder(v, n, &[])? {
                return Ok(r);
            }
            let sym = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Pos => "+",
                _ => "~",
            };
            type_error(format!("bad operand type for unary {sym}: '{}'", type_name(v)))
        }
    }
}

/// Two machine ints, when the result is one too (None: take the general path).
#[inline(always)]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    int_fast_raw(op, x, y).map(value::int)
}

/// [`int_fast`]'s result as a machine int.
#[inline(always)]
pub(crate) fn int_fast_raw(op: BinOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv if y != 0 && !(x == i64::MIN && y == -1) => Some(Integer::div_floor(&x, &y)),
        BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => Some(Integer::mod_floor(&x, &y)),
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::RShift if y >= 0 => Some(x >> y.min(63)),
        // Only when no bits are lost: shifting back gives `x` again.
        BinOp::LShift if (0..63).contains(&y) && (x << y) >> y == x => Some(x << y),
        _ => None,
    }
}

/// A rich comparison of two plain values (machine ints, floats with NaN unordered as in
/// C, strs by code point); None for `in`, `is` and `is not`, which are not comparisons.
#[inline(always)]
pub fn plain_compare<T: PartialOrd + ?Sized>(op: crate::ast::CmpOp, x: &T, y: &T) -> Option<bool> {
    use crate::ast::CmpOp::*;
    Some(match op {
        Lt => x < y,
        Le => x <= y,
        Gt => x > y,
        Ge => x >= y,
        Eq => x == y,
        Ne => x != y,
        _ => return None,
    })
}

/// Comparing two strs, which runs no Python code: by code point (UTF-8 keeps that
/// order), `in` as a substring; None for `is`.
#[inline]
pub fn str_compare(op: crate::ast::CmpOp, x: &PyStr, y: &PyStr) -> Option<bool> {
    use crate::ast::CmpOp::*;
    match op {
        Eq => Some(x == y),
        Ne => Some(x != y),
        In => Some(y.as_str().contains(x.as_str())),
        NotIn => Some(!y.as_str().contains(x.as_str())),
        _ => plain_compare(op, x.as_str(), y.as_str()),
    }
}

/// Comparing two machine ints.
#[inline(always)]
pub fn int_compare(op: crate::ast::CmpOp, x: i64, y: i64) -> Option<bool> {
    plain_compare(op, &x, &y)
}

/// Comparing two floats.
#[inline(always)]
pub fn float_compare(op: crate::ast::CmpOp, x: f64, y: f64) -> Option<bool> {
    plain_compare(op, &x, &y)
}

#[inline]
pub fn binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    // The hot path: two machine ints.
    if let (Obj::Int(x), Obj::Int(y)) = (a.obj(), b.obj()) {
        if let Some(r) = int_fast(op, *x, *y) {
            return Ok(r);
        }
    }
    // Floats, and a float with a machine int (converted as PyLong_AsDouble: rounded to
    // nearest, which `as` does too).
    let (x, y) = match (a.obj(), b.obj()) {
        (Obj::Float(x), Obj::Float(y)) => (*x, *y),
        (Obj::Float(x), Obj::Int(y)) => (*x, *y as f64),
        (Obj::Int(x), Obj::Float(y)) => (*x as f64, *y),
        _ => return binary_slow(op, a, b),
    };
    match op {
        BinOp::Add => Ok(value::float(x + y)),
        BinOp::Sub => Ok(value::float(x - y)),
        BinOp::Mul => Ok(value::float(x * y)),
        BinOp::Div if y != 0.0 => Ok(value::float(x / y)),
        BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => float_op(op, x, y),
        _ => binary_slow(op, a, b),
    }
}

/// [`binary`] of two values the caller owns and gives up. A float result, or an int
/// result outside the small-int cache, is written into an operand of its type that was
/// a temporary (no other reference holds it: a cached small int always has the cache's)
/// rather than into a new object, as CPython 3.13's float ops do (`_PyFloat_FromDouble_
/// ConsumeInputs`). The temporary dies in the same operation either way; the only
/// difference is which free slot the result occupies, which no count, `is` or `__del__`
/// can see (numbers are not weakly referenceable and run no Python code).
#[inline(always)]
pub fn binary_consume(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match (a.obj(), b.obj()) {
        (Obj::Int(x), Obj::Int(y)) => {
            if let Some(r) = int_fast_raw(op, *x, *y) {
                return Ok(int_into(r, a, b));
            }
        }
        (Obj::Float(_) | Obj::Int(_), Obj::Float(_) | Obj::Int(_)) => {
            let x = match a.obj() {
                Obj::Float(x) => *x,
                Obj::Int(i) => *i as f64,
                _ => unreachable!("matched above"),
            };
            let y = match b.obj() {
                Obj::Float(y) => *y,
                Obj::Int(i) => *i as f64,
                _ => unreachable!("matched above"),
            };
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div if y != 0.0 => x / y,
                _ => return binary_owned(op, a, b),
            };
            return Ok(float_into(r, a, b));
        }
        _ => {}
    }
    binary_owned(op, a, b)
}

/// [`binary`] of operands the caller gave up: they go once the result exists.
#[inline(never)]
fn binary_owned(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    binary(op, &a, &b)
}

/// The int result `r` of two int operands the caller gave up (see `binary_consume`).
#[inline(never)]
fn int_into(r: i64, a: Value, b: Value) -> Value {
    if (value::SMALL_MIN..=value::SMALL_MAX).contains(&r) {
        let r = value::int(r);
        drop((a, b));
        return r;
    }
    number_into(Obj::Int(r), a, b)
}

/// The float result `r` of two number operands the caller gave up (see
/// `binary_consume`).
#[inline(always)]
fn float_into(r: f64, a: Value, b: Value) -> Value {
    number_into(Obj::Float(r), a, b)
}

/// `r` (an int outside the small-int cache, or a float) written into an operand of its
/// kind that only the caller holds, or else made as a new object before the operands go.
#[inline(always)]
fn number_into(r: Obj, a: Value, b: Value) -> Value {
    let same_kind = |o: &Obj| std::mem::discriminant(o) == std::mem::discriminant(&r);
    match reuse(a, b, same_kind) {
        Ok(v) => {
            let slot = v.obj_mut();
            // SAFETY: an Int or a Float owns nothing: overwriting one drops nothing.
            unsafe { std::ptr::write(slot, r) };
            v
        }
        Err(operands) => {
            let v = match r {
                Obj::Int(i) => crate::heap::alloc_int(i),
                Obj::Float(x) => value::float(x),
                _ => unreachable!("a number"),
            };
            drop(operands);
            v
        }
    }
}

/// The operand of `binary_consume` that only the caller holds and that `fits`, with
/// the other one released; or both back, for the caller to drop after it makes the
/// result (as BINARY_OP does).
#[inline(always)]
fn reuse(a: Value, b: Value, fits: impl Fn(&Obj) -> bool) -> Result<Value, (Value, Value)> {
    let (keep, other) = if a.refcount() == 1 && fits(a.obj()) {
        (a, b)
    } else if b.refcount() == 1 && fits(b.obj()) {
        (b, a)
    } else {
        return Err((a, b));
    };
    drop(other);
    Ok(keep)
}

#[inline(never)]
fn binary_slow(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    // Two strs, lists or tuples: straight to the sequence operations.
    if let (Obj::Str(_), Obj::Str(_)) | (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)) =
        (a.obj(), b.obj())
    {
        return seq_op(op, a, b);
    }
    // bool's own &, |, ^ keep the type.
    if let (Obj::Bool(x), Obj::Bool(y)) = (a.obj(), b.obj()) {
        match op {
            BinOp::BitAnd => return Ok(value::bool_(*x & *y)),
            BinOp::BitOr => return Ok(value::bool_(*x | *y)),
            BinOp::BitXor => return Ok(value::bool_(*x ^ *y)),
            _ => {}
        }
    }
    if is_int(a) && is_int(b) {
        return int_op(op, a, b);
    }
    if num_operand(a).is_some() && num_operand(b).is_some() {
        // A float has no bitwise, shift or matrix operators: the operands' own types in
        // the message, and no conversion of a huge int first.
        if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift | BinOp::MatMul) {
            return unsupported(op, a, b);
        }
        let (x, y) = (to_float(a)?.unwrap(), to_float(b)?.unwrap());
        return float_op(op, x, y);
    }
    if matches!(a.obj(), Obj::Instance(_)) || matches!(b.obj(), Obj::Instance(_)) {
        if let (BinOp::Mod, Obj::Str(t)) = (op, a.obj()) {
            return Ok(value::str_(&crate::format::percent_format(t, b)?));
        }
        if let Some(r) = crate::vm::dunder::binary_dunder(op, a, b)? {
            return Ok(r);
        }
        let (na, nb) = (crate::vm::class::native_of(a), crate::vm::class::native_of(b));
        if na.is_some() || nb.is_some() {
            return binary(op, na.unwrap_or(a), nb.unwrap_or(b));
        }
        if op == BinOp::Mul {
            // A sequence repeated by an object with `__index__`.
            let is_seq = |v: &Value| matches!(v.obj(), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_));
            let (seq, count) = if is_seq(a) { (a, b) } else { (b, a) };
            if is_seq(seq) {
                return match crate::vm::dunder::index_value(count)? {
                    Some(n) => repeat(seq, n.max(0)),
                    None => type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(count))),
                };
            }
        }
        return unsupported(op, a, b);
    }
    if let Some(r) = crate::builtins::dict::set_op(op, a, b)? {
        return Ok(r);
    }
    if let Some(r) = crate::objects::dictview::binary(op, a, b) {
        return r;
    }
    if let Some(r) = crate::objects::bytes::binary(op, a, b) {
        return r;
    }
    if let (BinOp::BitOr, Obj::Dict(_), Obj::Dict(_)) = (op, a.obj(), b.obj()) {
        let d = crate::heap::alloc(Obj::Dict(Box::default()));
        crate::builtins::dict::dict_update(&d, a)?;
        crate::builtins::dict::dict_update(&d, b)?;
        return Ok(d);
    }
    seq_op(op, a, b)
}

fn num_operand(v: &Value) -> Option<f64> {
    match v.obj() {
        Obj::Float(_) | Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => as_float(v),
        _ => None,
    }
}

fn int_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (x, y) = (as_big(a).unwrap(), as_big(b).unwrap());
    Ok(match op {
        BinOp::Add => value::big(x + y),
        BinOp::Sub => value::big(x - y),
        BinOp::Mul => value::big(x * y),
        BinOp::FloorDiv | BinOp::Mod if y.is_zero() => {
            let msg = if op == BinOp::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
            return err(ExcKind::ZeroDivisionError, msg);
        }
        BinOp::FloorDiv => value::big(x.div_floor(&y)),
        BinOp::Mod => value::big(x.mod_floor(&y)),
        BinOp::Div => {
            if y.is_zero() {
                return err(ExcKind::ZeroDivisionError, "division by zero");
            }
            match (x.to_f64(), y.to_f64()) {
                (Some(p), Some(q)) if p.abs() < 9e15 && q.abs() < 9e15 => value::float(p / q),
                _ => value::float(big_true_div(&x, &y)?),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let (p, q) = (x.to_f64().unwrap_or(f64::INFINITY), y.to_f64().unwrap_or(f64::NEG_INFINITY));
                if p == 0.0 {
                    return err(ExcKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
                }
                return Ok(value::float(p.powf(q)));
            }
            // 0, 1 and -1 to any power; anything else must fit in memory.
            if x.magnitude() <= &num_bigint::BigUint::from(1u32) {
                return Ok(value::big(if y.is_zero() {
                    BigInt::from(1)
                } else if x.is_negative() && y.is_even() {
                    -x
                } else {
                    x
                }));
            }
            let bits = (x.bits() as u128 - 1).saturating_mul(y.to_u128().unwrap_or(u128::MAX));
            int_fits_in_memory(bits)?;
            value::big(num_traits::pow::Pow::pow(x, y.to_u32().expect("a bounded exponent")))
        }
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return err(ExcKind::ValueError, "negative shift count");
            }
            if op == BinOp::LShift {
                if x.is_zero() {
                    return Ok(value::int(0));
                }
                // CPython's long_lshift: a shift of more digits than an int can have is
                // an OverflowError; one that cannot be allocated, a MemoryError.
                let n = match y.to_u64() {
                    Some(n) if n / 30 <= (isize::MAX as u64 - 24) / 4 => n,
                    _ => return err(ExcKind::OverflowError, "too many digits in integer"),
                };
                int_fits_in_memory(x.bits() as u128 + n as u128)?;
                value::big(x << n as usize)
            } else {
                let n = y.to_usize().unwrap_or(usize::MAX);
                value::big(x >> n)
            }
        }
        BinOp::BitAnd => value::big(x & y),
        BinOp::BitOr => value::big(x | y),
        BinOp::BitXor => value::big(x ^ y),
        BinOp::MatMul => return unsupported(op, a, b),
    })
}

/// `x / y` for ints too big to divide as floats exactly, correctly rounded as CPython's
/// long_true_divide: a quotient of 55 or 56 bits with a sticky bit for the remainder,
/// rounded once to a float, then scaled by a power of two.
/// An int of `bits` bits that could not be allocated here is a MemoryError before any
/// allocation is tried (Rust's allocator would abort): past 2**37 bits (16 GiB).
fn int_fits_in_memory(bits: u128) -> PyResult<()> {
    if bits > 1 << 37 {
        return err(ExcKind::MemoryError, "");
    }
    Ok(())
}

fn big_true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    let (a, b) = (x.magnitude(), y.magnitude());
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (n, d) = if shift >= 0 { (a << shift as usize, b.clone()) } else { (a.clone(), b << (-shift) as usize) };
    let (q, r) = n.div_rem(&d);
    let mut q = q.to_u64().expect("a quotient of at most 56 bits");
    if !r.is_zero() {
        q |= 1;
    }
    let mut f = q as f64;
    // Scale by 2^-shift in steps that stay in range (the result may be subnormal).
    let mut e = -shift;
    while e != 0 {
        let step = e.clamp(-1000, 1000);
        f *= 2f64.powi(step as i32);
        e -= step;
    }
    if x.is_negative() != y.is_negative() {
        f = -f;
    }
    if f.is_infinite() {
        return err(ExcKind::OverflowError, "integer division result too large for a float");
    }
    // A zero result keeps the sign of the quotient (`0 / -2**63` is -0.0).
    if f == 0.0 && (x.is_negative() != y.is_negative()) {
        return Ok(-0.0);
    }
    Ok(f)
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return err(ExcKind::ZeroDivisionError, "float division by zero");
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return err(ExcKind::ZeroDivisionError, "float floor division by zero");
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return err(ExcKind::ZeroDivisionError, "float modulo");
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return err(ExcKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
            }
            // A negative finite base to a fractional power has no real result (CPython
            // makes a complex one; minipy has none); -inf ** y is inf or 0 as C's pow.
            if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
                return err(ExcKind::ValueError, "math domain error");
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return err(ExcKind::OverflowError, "(34, 'Numerical result out of range')");
            }
            r
        }
        _ => return type_error(format!("unsupported operand type(s) for {}: 'float' and 'float'", op.symbol())),
    }))
}

/// CPython's float_divmod.
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn repeat_count(v: &Value) -> Option<i64> {
    as_index(v).map(|n| n.max(0))
}

fn seq_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (BinOp::Mod, Obj::Str(t)) = (op, a.obj()) {
        return Ok(value::str_(&crate::format::percent_format(t, b)?));
    }
    match (op, a.obj(), b.obj()) {
        // Concatenating with an empty str or tuple gives back the other operand itself.
        (BinOp::Add, Obj::Str(x), Obj::Str(_)) if x.is_empty() => Ok(b.dup()),
        (BinOp::Add, Obj::Str(_), Obj::Str(y)) if y.is_empty() => Ok(a.dup()),
        (BinOp::Add, Obj::Tuple(x), Obj::Tuple(_)) if x.is_empty() => Ok(b.dup()),
        (BinOp::Add, Obj::Tuple(_), Obj::Tuple(y)) if y.is_empty() => Ok(a.dup()),
        (BinOp::Add, Obj::Str(x), Obj::Str(y)) if x.len() + y.len() <= 8 => {
            // A short result is kept in the string itself (two non-empty texts make at
            // least two characters, so never one of the shared one-character strings).
            match crate::objects::pystr::PyStr::concat_short(x, y) {
                Some(s) => Ok(crate::heap::alloc_str(s)),
                None => Ok(value::str_(&format!("{}{}", x.as_str(), y.as_str()))),
            }
        }
        (BinOp::Add, Obj::Str(x), Obj::Str(y)) => {
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(if x.is_ascii() && y.is_ascii() { value::str_ascii(s) } else { value::str_owned(s) })
        }
        (BinOp::Add, Obj::List(x), Obj::List(y)) => Ok(value::list(x.iter().chain(y.iter()).map(Value::dup).collect())),
        (BinOp::Add, Obj::Tuple(x), Obj::Tuple(y)) => {
            Ok(value::tuple(x.iter().chain(y.iter()).map(Value::dup).collect()))
        }
        (BinOp::Add, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_), _) => {
            let t = type_name(a);
            type_error(format!("can only concatenate {t} (not \"{}\") to {t}", type_name(b)))
        }
        (BinOp::Mul, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_), _) if is_int(b) => repeat(a, repeat_times(b)?),
        (BinOp::Mul, _, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_)) if is_int(a) => repeat(b, repeat_times(a)?),
        (BinOp::Mul, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_), _) => {
            type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(b)))
        }
        (BinOp::Mul, _, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_)) => {
            type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(a)))
        }
        _ => unsupported(op, a, b),
    }
}

/// A repeat count: CPython's index conversion (`cannot fit 'int' into an index-sized
/// integer` past sys.maxsize; negative counts repeat nothing).
fn repeat_times(v: &Value) -> PyResult<i64> {
    if let Obj::Long(b) = v.obj() {
        if !b.is_negative() {
            return err(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer");
        }
    }
    Ok(repeat_count(v).unwrap_or(0))
}

/// Whether `bytes` bytes can be had for a result about to be built (a padded or widened
/// string): MemoryError where the allocator says no, as CPython's PyUnicode_New reports,
/// rather than Rust's abort when the building allocates.
pub fn check_alloc(bytes: usize) -> PyResult<()> {
    if bytes < 1 << 24 {
        return Ok(());
    }
    try_vec::<u8>(bytes).map(drop)
}

/// Room for `n` more items in `v`, or MemoryError where the allocator says no (never an
/// abort).
pub fn try_reserve<T>(v: &mut Vec<T>, n: usize) -> PyResult<()> {
    v.try_reserve_exact(n).or_else(|_| err(ExcKind::MemoryError, ""))
}

/// Room for `n` items, or MemoryError where the allocator says no (never an abort).
pub fn try_vec<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    try_reserve(&mut v, n)?;
    Ok(v)
}

fn repeat(seq: &Value, n: i64) -> PyResult<Value> {
    let n = n as usize;
    let len = match seq.obj() {
        Obj::Str(s) => s.len(),
        Obj::List(items) => items.len(),
        Obj::Tuple(items) => items.len(),
        _ => 0,
    };
    // CPython's checks before it allocates: a str too long to exist is an OverflowError,
    // a list or tuple a MemoryError.
    let Some(total) = len.checked_mul(n).filter(|&t| t <= isize::MAX as usize / 8) else {
        return match seq.obj() {
            Obj::Str(_) => err(ExcKind::OverflowError, "repeated string is too long"),
            _ => err(ExcKind::MemoryError, ""),
        };
    };
    // Nothing repeated any number of times is nothing (no loop over the count).
    if len == 0 || n == 0 {
        return Ok(match seq.obj() {
            Obj::Str(_) => value::interned(""),
            Obj::List(_) => value::list(Vec::new()),
            _ if n == 1 => seq.dup(),
            _ => value::tuple(Vec::new()),
        });
    }
    Ok(match seq.obj() {
        Obj::Str(_) if n == 1 => seq.dup(),
        Obj::Str(s) => {
            let mut out: Vec<u8> = try_vec(total)?;
            for _ in 0..n {
                out.extend_from_slice(s.as_bytes());
            }
            value::str_(std::str::from_utf8(&out).expect("copies of a str"))
        }
        Obj::List(items) => {
            let mut out = try_vec(total)?;
            for _ in 0..n {
                out.extend(items.iter().map(Value::dup));
                interruptible()?;
            }
            value::list(out)
        }
        Obj::Tuple(items) => {
            if n == 1 {
                return Ok(seq.dup());
            }
            let mut out = try_vec(total)?;
            for _ in 0..n {
                out.extend(items.iter().map(Value::dup));
                interruptible()?;
            }
            value::tuple(out)
        }
        _ => unreachable!(),
    })
}

/// Long builtin work (a huge repetition, a sort) stops on Ctrl-C: KeyboardInterrupt,
/// what was built so far released.
#[inline(always)]
pub fn interruptible() -> PyResult<()> {
    if crate::runtime::take_interrupt() {
        return err(ExcKind::KeyboardInterrupt, "");
    }
    Ok(())
}

pub fn unsupported<T>(op: BinOp, a: &Value, b: &Value) -> PyResult<T> {
    let sym = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
    type_error(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", type_name(a), type_name(b)))
}

/// `==`; identity implies equality for containers' items, as in CPython.
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) && !matches!(a.obj(), Obj::Float(_)) {
        return Ok(true);
    }
    Ok(match (a.obj(), b.obj()) {
        (Obj::Int(x), Obj::Int(y)) => x == y,
        (Obj::Str(x), Obj::Str(y)) => x == y,
        (Obj::Bytes(_) | Obj::ByteArray(_), Obj::Bytes(_) | Obj::ByteArray(_)) => {
            crate::objects::bytes::eq(a, b).unwrap_or(false)
        }
        (Obj::List(x), Obj::List(y)) => seq_eq(x, y)?,
        (Obj::Tuple(x), Obj::Tuple(y)) => seq_eq(x, y)?,
        (Obj::Slice(x), Obj::Slice(y)) => seq_eq(&**x, &**y)?,
        // A named tuple compares as its items.
        (Obj::CacheInfo(x), Obj::CacheInfo(y)) => seq_eq(&x.0, &y.0)?,
        (Obj::CacheInfo(x), Obj::Tuple(y)) | (Obj::Tuple(y), Obj::CacheInfo(x)) => seq_eq(&x.0, y)?,
        (Obj::None, Obj::None) => true,
        (Obj::MainDict, _) => return crate::objects::main_dict::eq(b),
        (_, Obj::MainDict) => return crate::objects::main_dict::eq(a),
        // Ranges are equal when they give the same items.
        (Obj::Range(x), Obj::Range(y)) => {
            let (lx, ly) = (range_len(x), range_len(y));
            lx == ly && (lx == 0 || (x[0] == y[0] && (lx == 1 || x[2] == y[2])))
        }
        // A keys or items view equals a set or another such view holding the same items.
        (Obj::DictView(v), Obj::Set(_) | Obj::DictView(_)) | (Obj::Set(_), Obj::DictView(v))
            if v.1 != crate::object::ViewKind::Values
                && !matches!((a.obj(), b.obj()), (Obj::DictView(x), Obj::DictView(y)) if x.1 == crate::object::ViewKind::Values || y.1 == crate::object::ViewKind::Values) =>
        {
            let n = |v: &Value| -> PyResult<usize> {
                Ok(match v.obj() {
                    Obj::Set(s) => s.len(),
                    _ => crate::builtins::call(crate::builtins::BuiltinFn::Len, smallvec::smallvec![v.dup()])
                        .map(|l| as_index(&l).unwrap_or(0) as usize)?,
                })
            };
            if n(a)? != n(b)? {
                return Ok(false);
            }
            let it = crate::vm::get_iter(a)?;
            while let Some(x) = crate::vm::next(&it)? {
                if !contains(b, &x)? {
                    return Ok(false);
                }
            }
            true
        }
        // Weak references to live objects compare their referents; others by identity.
        (Obj::WeakRef(x), Obj::WeakRef(y)) => {
            use crate::builtins::weakref::{deref, DEAD};
            if x.target == DEAD || y.target == DEAD {
                return Ok(false);
            }
            return eq(&deref(x), &deref(y));
        }
        (Obj::Dict(x), Obj::Dict(y)) => {
            if x.len() != y.len() {
                return Ok(false);
            }
            for (_, k, v) in x.entries.iter() {
                let (k, v) = (k.dup(), v.dup());
                let other = match b.obj() {
                    Obj::Dict(y) => y.get(&k)?.map(Value::dup),
                    _ => None,
                };
                match other {
                    Some(o) if o.is(&v) || eq(&v, &o)? => {}
                    _ => return Ok(false),
                }
            }
            true
        }
        (Obj::Set(x), Obj::Set(y)) => {
            if x.len() != y.len() {
                return Ok(false);
            }
            for k in x.iter() {
                if !y.contains(k)? {
                    return Ok(false);
                }
            }
            true
        }
        (Obj::Instance(_), _) | (_, Obj::Instance(_)) => {
            if let Some(r) = crate::vm::dunder::compare_dunder(crate::ast::CmpOp::Eq, a, b)? {
                return Ok(r);
            }
            let (na, nb) = (crate::vm::class::native_of(a), crate::vm::class::native_of(b));
            if na.is_some() || nb.is_some() {
                return eq(na.unwrap_or(a), nb.unwrap_or(b));
            }
            a.is(b)
        }
        _ if is_int(a) && is_int(b) => as_big(a) == as_big(b),
        (Obj::Float(f), _) if is_int(b) => int_float_cmp(&as_big(b).unwrap(), *f) == Some(Ordering::Equal),
        (_, Obj::Float(f)) if is_int(a) => int_float_cmp(&as_big(a).unwrap(), *f) == Some(Ordering::Equal),
        _ => match (num_operand(a), num_operand(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    })
}

/// `int(f)` for a float: truncated toward zero; NaN and infinities are CPython's errors.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if !f.is_finite() {
        let (kind, what) = if f.is_nan() { (ExcKind::ValueError, "NaN") } else { (ExcKind::OverflowError, "infinity") };
        return err(kind, format!("cannot convert float {what} to integer"));
    }
    Ok(value::big(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()))
}

/// An int compared with a float exactly, as CPython does (no rounding of the int).
fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fb: BigInt = num_traits::FromPrimitive::from_f64(fl)?;
    match i.cmp(&fb) {
        Ordering::Equal if f != fl => Some(Ordering::Less),
        o => Some(o),
    }
}

fn seq_eq(x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (p, q) in x.iter().zip(y) {
        if !(p.is(q) || eq(p, q)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `<`, `<=`, `>`, `>=` as an ordering, or CPython's TypeError.
pub fn order(a: &Value, b: &Value, op: &str) -> PyResult<Ordering> {
    let fail =
        || type_error(format!("'{op}' not supported between instances of '{}' and '{}'", type_name(a), type_name(b)));
    match (a.obj(), b.obj()) {
        (Obj::Int(x), Obj::Int(y)) => Ok(x.cmp(y)),
        (Obj::Str(x), Obj::Str(y)) => Ok(x.cmp(y)),
        (Obj::Bytes(_) | Obj::ByteArray(_), Obj::Bytes(_) | Obj::ByteArray(_)) => {
            Ok(crate::objects::bytes::order(a, b).unwrap())
        }
        (Obj::List(x), Obj::List(y)) => seq_order(x, y, op),
        (Obj::Tuple(x), Obj::Tuple(y)) => seq_order(x, y, op),
        (Obj::Slice(x), Obj::Slice(y)) => seq_order(&**x, &**y, op),
        (Obj::CacheInfo(x), Obj::Tuple(y)) => seq_order(&x.0, y, op),
        (Obj::Tuple(x), Obj::CacheInfo(y)) => seq_order(x, &y.0, op),
        (Obj::CacheInfo(x), Obj::CacheInfo(y)) => seq_order(&x.0, &y.0, op),
        (Obj::Set(x), Obj::Set(y)) => {
            // Subset order: only the answer to the operator asked matters.
            let (sub, sup) = (x.is_subset(y)?, y.is_subset(x)?);
            Ok(match op {
                "<" => {
                    if sub && !sup {
                        Ordering::Less
                    } else {
                        Ordering::Equal
                    }
                }
                "<=" => {
                    if sub {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    }
                }
                ">" => {
                    if sup && !sub {
                        Ordering::Greater
                    } else {
                        Ordering::Equal
                    }
                }
                _ => {
                    if sup {
                        Ordering::Greater
                    } else {
                        Ordering::Less
                    }
                }
            })
        }
        (Obj::Instance(_), _) | (_, Obj::Instance(_)) => {
            let cop = match op {
                "<" => crate::ast::CmpOp::Lt,
                "<=" => crate::ast::CmpOp::Le,
                ">" => crate::ast::CmpOp::Gt,
                _ => crate::ast::CmpOp::Ge,
            };
            match crate::vm::dunder::compare_dunder(cop, a, b)? {
                // Map the answer onto an ordering the caller reads back the same way.
                Some(r) => Ok(match (cop, r) {
                    (crate::ast::CmpOp::Lt, true) | (crate::ast::CmpOp::Ge, false) => Ordering::Less,
                    (crate::ast::CmpOp::Gt, true) | (crate::ast::CmpOp::Le, false) => Ordering::Greater,
                    (crate::ast::CmpOp::Le, true) | (crate::ast::CmpOp::Ge, true) => Ordering::Equal,
                    _ => Ordering::Equal,
                }),
                None => {
                    // Subclasses of builtin types order as the values they extend.
                    let (na, nb) = (crate::vm::class::native_of(a), crate::vm::class::native_of(b));
                    if na.is_none() && nb.is_none() {
                        return fail();
                    }
                    match order(na.unwrap_or(a), nb.unwrap_or(b), op) {
                        Err(e) if e.kind == ExcKind::TypeError => fail(),
                        r => r,
                    }
                }
            }
        }
        _ if is_int(a) && is_int(b) => Ok(as_big(a).cmp(&as_big(b))),
        (Obj::Float(f), _) if is_int(b) && !f.is_nan() => {
            Ok(int_float_cmp(&as_big(b).unwrap(), *f).unwrap_or(Ordering::Equal).reverse())
        }
        (_, Obj::Float(f)) if is_int(a) && !f.is_nan() => {
            Ok(int_float_cmp(&as_big(a).unwrap(), *f).unwrap_or(Ordering::Equal))
        }
        _ => match (num_operand(a), num_operand(b)) {
            (Some(x), Some(y)) => Ok(x.partial_cmp(&y).unwrap_or(Ordering::Equal)),
            _ => fail(),
        },
    }
}

/// `<`, `<=`, `>`, `>=` of two lists or two tuples.
fn seq_compare(x: &[Value], y: &[Value], op: crate::ast::CmpOp) -> PyResult<bool> {
    use crate::ast::CmpOp::*;
    for (p, q) in x.iter().zip(y) {
        if !(p.is(q) || eq(p, q)?) {
            return compare(p, q, op);
        }
    }
    let (m, n) = (x.len(), y.len());
    Ok(match op {
        Lt => m < n,
        Le => m <= n,
        Gt => m > n,
        _ => m >= n,
    })
}

fn seq_order(x: &[Value], y: &[Value], op: &str) -> PyResult<Ordering> {
    for (p, q) in x.iter().zip(y) {
        if !(p.is(q) || eq(p, q)?) {
            return order(p, q, op);
        }
    }
    Ok(x.len().cmp(&y.len()))
}

/// A float comparison with NaN is always false; everything else goes through `order`.
pub fn compare(a: &Value, b: &Value, op: crate::ast::CmpOp) -> PyResult<bool> {
    use crate::ast::CmpOp::*;
    if let Some(r) = fast_compare(a, b, op) {
        return Ok(r);
    }
    if matches!(a.obj(), Obj::Float(_)) || matches!(b.obj(), Obj::Float(_)) {
        if let (Some(x), Some(y)) = (num_operand(a), num_operand(b)) {
            if (x.is_nan() || y.is_nan()) && !matches!(op, In | NotIn | Is | IsNot) {
                return Ok(op == Ne);
            }
        }
    }
    // Sequences of the same kind: the first items that differ decide, by the operator
    // itself (so a NaN there answers False, as CPython's list_richcompare does).
    if matches!(op, Lt | Le | Gt | Ge) {
        match (a.obj(), b.obj()) {
            (Obj::List(x), Obj::List(y)) => return seq_compare(x, y, op),
            (Obj::Tuple(x), Obj::Tuple(y)) => return seq_compare(x, y, op),
            _ => {}
        }
    }
    Ok(match op {
        Eq => eq(a, b)?,
        Ne => !eq(a, b)?,
        Lt => order(a, b, "<")? == Ordering::Less,
        Le => order(a, b, "<=")? != Ordering::Greater,
        Gt => order(a, b, ">")? == Ordering::Greater,
        Ge => order(a, b, ">=")? != Ordering::Less,
        Is => a.is(b),
        IsNot => !a.is(b),
        In => contains(b, a)?,
        NotIn => !contains(b, a)?,
    })
}

/// A comparison that runs no Python code and cannot fail: two machine ints, two floats,
/// two strs, or two tuples of such items (CPython's sort pre-checks for these, as
/// unsafe_long_compare, unsafe_float_compare, unsafe_latin_compare and
/// unsafe_tuple_compare). None for anything else, or for `in`, `is` and `is not`.
#[inline]
pub fn fast_compare(a: &Value, b: &Value, op: crate::ast::CmpOp) -> Option<bool> {
    use crate::ast::CmpOp::*;
    match (a.obj(), b.obj()) {
        (Obj::Int(x), Obj::Int(y)) => int_compare(op, *x, *y),
        (Obj::Float(x), Obj::Float(y)) => float_compare(op, *x, *y),
        (Obj::Str(x), Obj::Str(y)) => str_compare(op, x, y),
        (Obj::Tuple(x), Obj::Tuple(y)) if !matches!(op, In | NotIn | Is | IsNot) => {
            // The first items that differ decide (identity counts as equal, as
            // PyObject_RichCompareBool's); if none differ, the lengths.
            for (p, q) in x.iter().zip(y.iter()) {
                if p.is(q) {
                    continue;
                }
                if !fast_compare(p, q, Eq)? {
                    return match op {
                        Eq => Some(false),
                        Ne => Some(true),
                        _ => fast_compare(p, q, op),
                    };
                }
            }
            Some(match op {
                Lt => x.len() < y.len(),
                Le => x.len() <= y.len(),
                Gt => x.len() > y.len(),
                Ge => x.len() >= y.len(),
                Eq => x.len() == y.len(),
                _ => x.len() != y.len(),
            })
        }
        _ => None,
    }
}

/// `item in container`.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    match container.obj() {
        Obj::List(items) => {
            // Items are compared one at a time; the list may change under an __eq__.
            let n = items.len();
            for i in 0..n {
                let Obj::List(items) = container.obj() else { break };
                let Some(x) = items.get(i).map(Value::dup) else { break };
                if x.is(item) || eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Obj::Tuple(items) => {
            for x in items.iter() {
                if x.is(item) || eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Obj::Str(s) => match item.obj() {
            Obj::Str(sub) => Ok(s.contains(&**sub)),
            _ => type_error(format!("'in <string>' requires string as left operand, not {}", type_name(item))),
        },
        Obj::Bytes(b) => crate::objects::bytes::contains(b, item),
        Obj::ByteArray(b) => crate::objects::bytes::contains(b.data(), item),
        Obj::Range(r) => match (as_small(item), item.obj()) {
            (Some(i), _) => Ok(range_index(r, i).is_some()),
            (None, Obj::Long(_)) => Ok(false),
            // Anything else is compared with each item (`5.0 in range(10)`).
            _ => {
                let r = **r;
                for i in 0..range_len(&r) {
                    let x = crate::value::int(r[0] + i * r[2]);
                    if eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        },
        Obj::Dict(d) => Ok(d.get(item)?.is_some()),
        Obj::Set(s) => match item.obj() {
            // A set looked up in a set is looked up as a frozenset, as CPython does.
            Obj::Set(i) if !i.frozen => {
                let tmp = crate::builtins::dict::set_merged(item)?;
                let tmp = crate::objects::frozenset::freeze(tmp);
                Ok(s.contains(&tmp)?)
            }
            _ => Ok(s.contains(item)?),
        },
        Obj::MappingProxy(_) => crate::objects::mappingproxy::contains(container, item),
        Obj::MainDict => crate::objects::main_dict::contains(item),
        Obj::DictView(b) if b.1 == crate::object::ViewKind::Keys => contains(&b.0, item),
        Obj::Instance(inst) => {
            // `__contains__ = None` opts out of membership tests.
            if matches!(
                crate::object::class_lookup(&inst.class, crate::intern::sym::__contains__).map(|c| c.obj()),
                Some(Obj::None)
            ) {
                return Err(crate::error::PyErr::new(
                    crate::error::ExcKind::TypeError,
                    format!("'{}' object is not a container", type_name(container)),
                ));
            }
            if let Some(r) = crate::vm::dunder::call_dunder(container, crate::intern::sym::__contains__, &[item])? {
                return truthy(&r);
            }
            if let Some(n) = crate::vm::class::native_of(container) {
                let Obj::Instance(inst) = container.obj() else { unreachable!() };
                if crate::object::class_lookup(&inst.class, crate::intern::sym::__iter__).is_none() {
                    return contains(n, item);
                }
            }
            let it = crate::vm::get_iter(container).map_err(|_| {
                crate::error::PyErr::new(
                    crate::error::ExcKind::TypeError,
                    format!("argument of type '{}' is not iterable", type_name(container)),
                )
            })?;
            while let Some(x) = crate::vm::next(&it)? {
                if x.is(item) || eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Obj::Iter(_) | Obj::DictView(_) => {
            let it = crate::vm::get_iter(container)?;
            while let Some(x) = crate::vm::next(&it)? {
                if x.is(item) || eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => type_error(format!("argument of type '{}' is not iterable", type_name(container))),
    }
}

pub fn range_len(r: &[i64; 3]) -> i64 {
    let [start, stop, step] = *r;
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

fn range_index(r: &[i64; 3], i: i64) -> Option<i64> {
    let [start, _, step] = *r;
    let n = range_len(r);
    let off = i - start;
    if off % step != 0 {
        return None;
    }
    let k = off / step;
    (0..n).contains(&k).then_some(k)
}
