//! Arithmetic trees evaluated in registers. An expression such as
//! `zr * zr - zi * zi + cr`, whose leaves are numbers that names, constants or list and
//! tuple items hold (the ones `peek_number` reads) and whose inner nodes are `+ - * /`
//! (and the int operators), is computed on machine numbers: the intermediate results
//! are never made as objects, only the final one is.
//!
//! No Python code can observe the difference. The intermediates are temporaries that
//! CPython makes and frees inside the same expression, with no code run in between
//! (number operations call no special methods, and floats and ints are not weakly
//! referenceable or tracked by the collector); only the slot the result takes may
//! differ, and raw `id`s are not part of what minipy matches. Any operation whose
//! outcome is not plainly an i64 or an f64 — an int overflow, a division by zero, `**`,
//! float `//` and `%` — makes the whole tree fall back to the evaluation by objects,
//! which raises the error or makes the long int exactly as before; nothing was changed
//! on the way, since the leaves were only read.

use super::{attr, peek, peek_number, Frame};
use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::builtins::{self, BuiltinFn};
use crate::code::Expr;
use crate::error::PyResult;
use crate::heap::Value;
use crate::object::Obj;
use crate::runtime::{get_builtin, get_global};
use crate::{ops, value};

/// A machine number: what an int or a float object holds.
#[derive(Clone, Copy)]
pub(super) enum Num {
    Int(i64),
    Float(f64),
}

impl Num {
    pub(super) fn into_value(self) -> Value {
        match self {
            Num::Int(i) => value::int(i),
            Num::Float(x) => value::float(x),
        }
    }
}

/// Ints up to this size convert to floats exactly (2**53).
const EXACT: i64 = 1 << 53;

/// An `Expr::Arith` tree's value: made from its machine result, or else by evaluating
/// the tree by objects.
#[inline(never)]
pub(super) fn eval(e: &Expr, f: &mut Frame) -> PyResult<Value> {
    let Expr::Binary(a, op, b, p) = e else { unreachable!("an arithmetic tree is a binary operation") };
    match tree(a, *op, b, f) {
        Some(n) => Ok(n.into_value()),
        None => super::eval_binary(a, *op, b, p, f),
    }
}

/// `a op b` as a number, when both sides are arithmetic trees over peeked numbers and
/// every operation has a plain machine result; None to evaluate by objects.
#[inline(never)]
fn tree(a: &Expr, op: BinOp, b: &Expr, f: &Frame) -> Option<Num> {
    let x = num(a, f)?;
    let y = num(b, f)?;
    apply(op, x, y)
}

#[inline(always)]
fn num(e: &Expr, f: &Frame) -> Option<Num> {
    let e = match e {
        Expr::Arith(inner) => inner,
        e => e,
    };
    match e {
        Expr::Binary(a, op, b, _) => tree(a, *op, b, f),
        Expr::Unary(UnaryOp::Neg, a, _) => negative(a, f),
        _ => match peek_number(e, f) {
            Some(v) => number(v),
            None => other_leaf(e, f),
        },
    }
}

/// `-a`.
#[inline(never)]
fn negative(a: &Expr, f: &Frame) -> Option<Num> {
    match num(a, f)? {
        Num::Int(i) => i.checked_neg().map(Num::Int),
        Num::Float(x) => Some(Num::Float(-x)),
    }
}

/// The machine number an int or a float object holds.
#[inline(always)]
fn number(v: &Value) -> Option<Num> {
    match v.obj() {
        Obj::Int(i) => Some(Num::Int(*i)),
        Obj::Float(x) => Some(Num::Float(*x)),
        _ => None,
    }
}

/// The leaves `peek_number` does not read, each read without running Python code:
/// a plain instance's own attribute that a name's object holds (`self.w`, as
/// LOAD_ATTR_INSTANCE_VALUE reads it); an item of an item (`xs[1][0]`, as
/// BINARY_SUBSCR_LIST_INT/TUPLE_INT read it); and `len(x)` of a builtin list, tuple, str
/// or dict while `len` is the builtin (as PRECALL_NO_KW_LEN reads it).
#[inline(never)]
fn other_leaf(e: &Expr, f: &Frame) -> Option<Num> {
    match e {
        Expr::Attr(o, n, _) => number(attr::own_attr(peek(o, f)?, *n)?),
        Expr::Item(o, i, _) => number(item(o, i, f)?),
        Expr::Call(c, args, _) => {
            let (Expr::Global(n, _), [arg]) = (&**c, &args[..]) else { return None };
            let len = get_global(*n).or_else(|| get_builtin(*n))?;
            if !matches!(len.obj(), Obj::Builtin(BuiltinFn::Len)) {
                return None;
            }
            builtins::container_len(peek(arg, f)?).map(|n| Num::Int(n as i64))
        }
        _ => None,
    }
}

/// `o[i]` for a list or tuple item at an in-range int, with `o` a name's value or such an
/// item itself.
fn item(o: &Expr, i: &Expr, f: &Frame) -> Option<&'static Value> {
    let Obj::Int(k) = peek(i, f)?.obj() else { return None };
    let container = match o {
        Expr::Item(o2, i2, _) => item(o2, i2, f)?,
        o => peek(o, f)?,
    };
    builtins::sequence_item(container, *k)
}

/// `x op e` for the number `x` an augmented assignment's target holds and `e` an
/// arithmetic tree, one operation or one leaf: the result of `x op= e` (numbers have no
/// in-place forms), or None to evaluate by objects.
#[inline(never)]
pub(super) fn augmented(x: &Value, op: BinOp, e: &Expr, f: &Frame) -> Option<Value> {
    let y = match e {
        Expr::Arith(e) => num(e, f)?,
        // One operation (`total += a - b`): computed here, its result never made.
        Expr::Binary(a, op2, b, _) => tree(a, *op2, b, f)?,
        // One leaf that `peek_number` does not read (`xs[i][j]`, `len(x)`, `self.n`).
        Expr::Item(..) | Expr::Call(..) | Expr::Attr(..) => other_leaf(e, f)?,
        _ => return None,
    };
    apply(op, number(x)?, y).map(Num::into_value)
}

/// One operation, as `ops::binary` computes it for two such numbers.
#[inline(always)]
fn apply(op: BinOp, x: Num, y: Num) -> Option<Num> {
    let (x, y) = match (x, y) {
        (Num::Int(x), Num::Int(y)) => {
            if op == BinOp::Div {
                // Both exactly floats: the correctly rounded quotient is the IEEE one.
                if y == 0 || !(-EXACT..=EXACT).contains(&x) || !(-EXACT..=EXACT).contains(&y) {
                    return None;
                }
                return Some(Num::Float(x as f64 / y as f64));
            }
            return ops::int_fast_raw(op, x, y).map(Num::Int);
        }
        (Num::Float(x), Num::Float(y)) => (x, y),
        (Num::Float(x), Num::Int(y)) => (x, y as f64),
        (Num::Int(x), Num::Float(y)) => (x as f64, y),
    };
    Some(Num::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div if y != 0.0 => x / y,
        // A positive finite base to a finite power, with a finite result: `x.powf(y)`,
        // as `ops::float_op` computes it when it raises nothing.
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => Some(x.powf(y)).filter(|r| r.is_finite())?,
        _ => return None,
    }))
}

/// `a op b` for a comparison whose sides are arithmetic trees (at least one of them an
/// operation), decided without making either side; None to evaluate by objects.
#[inline(never)]
pub(super) fn compare(a: &Expr, op: CmpOp, b: &Expr, f: &Frame) -> Option<bool> {
    match (num(a, f)?, num(b, f)?) {
        (Num::Int(x), Num::Int(y)) => ops::int_compare(op, x, y),
        (Num::Float(x), Num::Float(y)) => ops::float_compare(op, x, y),
        // An int and a float compare exactly: decided here only when the int is exactly
        // a float.
        (Num::Int(x), Num::Float(y)) if (-EXACT..=EXACT).contains(&x) => ops::float_compare(op, x as f64, y),
        (Num::Float(x), Num::Int(y)) if (-EXACT..=EXACT).contains(&y) => ops::float_compare(op, x, y as f64),
        _ => None,
    }
}
