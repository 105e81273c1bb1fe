//! The special methods of the builtin types called by name: `[].__len__()`,
//! `(1).__add__(2)`, `int.__add__(1, 2)`, `list.__len__(xs)` (CPython's slot wrappers and
//! method-wrappers).
//!
//! Each is a builtin bound to its receiver (or, unbound, to its type). Operators answer
//! `NotImplemented` for an operand of another kind where CPython's slot does
//! (`(1).__add__(1.5)`, `[1].__eq__((1,))`), and raise where its sequence slots raise
//! (`'a'.__add__(1)`).

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::builtins::{Args, BuiltinFn};
use crate::error::{type_error, PyResult};
use crate::heap::Value;
use crate::intern::{name, Sym};
use crate::object::{type_name, Obj};
use crate::{ops, value};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
}

fn kind(v: &Value) -> Option<Kind> {
    Some(match v.obj() {
        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => Kind::Int,
        Obj::Float(_) => Kind::Float,
        Obj::Str(_) => Kind::Str,
        Obj::List(_) => Kind::List,
        Obj::Tuple(_) => Kind::Tuple,
        Obj::Dict(_) => Kind::Dict,
        Obj::Set(_) => Kind::Set,
        _ => return None,
    })
}

fn binop(stem: &str) -> Option<BinOp> {
    Some(match stem {
        "add" => BinOp::Add,
        "sub" => BinOp::Sub,
        "mul" => BinOp::Mul,
        "truediv" => BinOp::Div,
        "floordiv" => BinOp::FloorDiv,
        "mod" => BinOp::Mod,
        "pow" => BinOp::Pow,
        "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift,
        "and" => BinOp::BitAnd,
        "or" => BinOp::BitOr,
        "xor" => BinOp::BitXor,
        _ => return None,
    })
}

/// Which binary operators a kind's type defines (forward and reflected).
fn has_binop(k: Kind, op: BinOp) -> bool {
    match k {
        Kind::Int => op != BinOp::MatMul,
        Kind::Float => {
            matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow)
        }
        Kind::Str => matches!(op, BinOp::Add | BinOp::Mul | BinOp::Mod),
        Kind::List | Kind::Tuple => matches!(op, BinOp::Add | BinOp::Mul),
        Kind::Dict => op == BinOp::BitOr,
        Kind::Set => matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor),
    }
}

/// The slot wrapper a builtin value has for a special method name, if any.
pub fn lookup(v: &Value, n: Sym) -> Option<BuiltinFn> {
    let k = kind(v)?;
    let text = name(n);
    let t: &str = &text;
    let inner = t.strip_prefix("__")?.strip_suffix("__")?;
    let container = matches!(k, Kind::Str | Kind::List | Kind::Tuple | Kind::Dict | Kind::Set);
    let number = matches!(k, Kind::Int | Kind::Float);
    Some(match inner {
        "len" if container => BuiltinFn::NativeLen,
        "contains" if container => BuiltinFn::NativeContains,
        "iter" if container => BuiltinFn::NativeIter,
        "getitem" if container && k != Kind::Set => BuiltinFn::NativeGetItem,
        "setitem" if matches!(k, Kind::List | Kind::Dict) => BuiltinFn::NativeSetItem,
        "delitem" if matches!(k, Kind::List | Kind::Dict) => BuiltinFn::NativeDelItem,
        "repr" => BuiltinFn::NativeRepr,
        "str" => BuiltinFn::NativeStr,
        "hash" if !matches!(k, Kind::List | Kind::Dict | Kind::Set) => BuiltinFn::SlotHash,
        "bool" if number => BuiltinFn::SlotBool,
        "index" if k == Kind::Int => BuiltinFn::SlotIndex,
        "neg" if number => BuiltinFn::SlotUnary(UnaryOp::Neg),
        "pos" if number => BuiltinFn::SlotUnary(UnaryOp::Pos),
        "invert" if k == Kind::Int => BuiltinFn::SlotUnary(UnaryOp::Invert),
        "abs" if number => BuiltinFn::SlotAbs,
        "eq" => BuiltinFn::SlotCompare(CmpOp::Eq),
        "ne" => BuiltinFn::SlotCompare(CmpOp::Ne),
        "lt" => BuiltinFn::SlotCompare(CmpOp::Lt),
        "le" => BuiltinFn::SlotCompare(CmpOp::Le),
        "gt" => BuiltinFn::SlotCompare(CmpOp::Gt),
        "ge" => BuiltinFn::SlotCompare(CmpOp::Ge),
        _ => {
            let (stem, reflected) = match inner.strip_prefix('r') {
                Some(s) if binop(s).is_some() && !matches!(inner, "rshift") => (s, true),
                _ => (inner, false),
            };
            let op = binop(stem)?;
            // Sequences have no reflected `+`; their `*` is reflected too.
            if !has_binop(k, op) || (reflected && container && op != BinOp::Mul && k != Kind::Set && k != Kind::Dict) {
                return None;
            }
            if reflected && k == Kind::Str && op != BinOp::Mul {
                return None;
            }
            BuiltinFn::SlotBinary(op, reflected)
        }
    })
}

/// An iterator's `__next__` and `__iter__`.
pub fn lookup_iter(n: Sym) -> Option<BuiltinFn> {
    match &*name(n) {
        "__next__" => Some(BuiltinFn::SlotNext),
        "__iter__" => Some(BuiltinFn::NativeIter),
        _ => None,
    }
}

/// Whether a builtin is a slot wrapper (a special method) of type `t`, not a method
/// descriptor (`list.__getitem__`, `dict.__contains__` are methods in CPython).
pub fn is_slot(b: BuiltinFn, t: crate::builtins::TypeId) -> bool {
    use crate::builtins::TypeId;
    let method = match b {
        BuiltinFn::NativeGetItem => matches!(t, TypeId::List | TypeId::Dict),
        BuiltinFn::NativeContains => matches!(t, TypeId::Dict | TypeId::Set),
        _ => false,
    };
    !method
        && (b.is_slot_wrapper()
            || matches!(
                b,
                BuiltinFn::NativeGetItem
                    | BuiltinFn::NativeSetItem
                    | BuiltinFn::NativeDelItem
                    | BuiltinFn::NativeLen
                    | BuiltinFn::NativeContains
                    | BuiltinFn::NativeRepr
                    | BuiltinFn::NativeStr
                    | BuiltinFn::NativeIter
            ))
}

/// The name a slot wrapper shows.
pub fn name_of(b: BuiltinFn) -> &'static str {
    match b {
        BuiltinFn::SlotNext => "__next__",
        BuiltinFn::SlotHash => "__hash__",
        BuiltinFn::SlotBool => "__bool__",
        BuiltinFn::SlotIndex => "__index__",
        BuiltinFn::SlotAbs => "__abs__",
        BuiltinFn::SlotUnary(UnaryOp::Neg) => "__neg__",
        BuiltinFn::SlotUnary(UnaryOp::Pos) => "__pos__",
        BuiltinFn::SlotUnary(_) => "__invert__",
        BuiltinFn::SlotCompare(op) => match op {
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Gt => "__gt__",
            _ => "__ge__",
        },
        BuiltinFn::SlotBinary(op, r) => {
            const FWD: [&str; 13] = [
                "__add__",
                "__sub__",
                "__mul__",
                "__truediv__",
                "__floordiv__",
                "__mod__",
                "__pow__",
                "__matmul__",
                "__lshift__",
                "__rshift__",
                "__and__",
                "__or__",
                "__xor__",
            ];
            const REV: [&str; 13] = [
                "__radd__",
                "__rsub__",
                "__rmul__",
                "__rtruediv__",
                "__rfloordiv__",
                "__rmod__",
                "__rpow__",
                "__rmatmul__",
                "__rlshift__",
                "__rrshift__",
                "__rand__",
                "__ror__",
                "__rxor__",
            ];
            let i = match op {
                BinOp::Add => 0,
                BinOp::Sub => 1,
                BinOp::Mul => 2,
                BinOp::Div => 3,
                BinOp::FloorDiv => 4,
                BinOp::Mod => 5,
                BinOp::Pow => 6,
                BinOp::MatMul => 7,
                BinOp::LShift => 8,
                BinOp::RShift => 9,
                BinOp::BitAnd => 10,
                BinOp::BitOr => 11,
                BinOp::BitXor => 12,
            };
            if r {
                REV[i]
            } else {
                FWD[i]
            }
        }
        _ => "?",
    }
}

fn not_implemented() -> Value {
    crate::runtime::get_builtin(crate::intern::intern("NotImplemented")).expect("NotImplemented exists").dup()
}

/// Whether `other` is an operand this kind's operator slots take (else NotImplemented).
fn accepts(k: Kind, op: Option<BinOp>, other: &Value) -> bool {
    let ok = kind(other);
    match k {
        Kind::Int => ok == Some(Kind::Int),
        Kind::Float => matches!(ok, Some(Kind::Int | Kind::Float)),
        // `*` takes anything (the sequence slot raises for a non-int); `+` raises too.
        Kind::Str | Kind::List | Kind::Tuple if matches!(op, Some(BinOp::Mul | BinOp::Add)) => true,
        Kind::Str if op == Some(BinOp::Mod) => true,
        _ => ok == Some(k),
    }
}

/// Call a slot wrapper on its receiver.
pub fn call(b: BuiltinFn, this: &Value, args: Args) -> PyResult<Value> {
    let want = |n: usize| -> PyResult<()> {
        if args.len() != n {
            return type_error(format!("expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, args.len()));
        }
        Ok(())
    };
    let k = kind(this);
    match b {
        BuiltinFn::SlotNext => {
            want(0)?;
            match crate::vm::next(this)? {
                Some(v) => Ok(v),
                None => crate::error::err(crate::error::ExcKind::StopIteration, ""),
            }
        }
        BuiltinFn::SlotHash => {
            want(0)?;
            Ok(value::int(crate::table::hash(this)?))
        }
        BuiltinFn::SlotBool => {
            want(0)?;
            Ok(value::bool_(ops::truthy(this)?))
        }
        BuiltinFn::SlotIndex => {
            want(0)?;
            ops::unary(UnaryOp::Pos, this)
        }
        BuiltinFn::SlotAbs => {
            want(0)?;
            crate::builtins::call(BuiltinFn::Abs, smallvec::smallvec![this.dup()])
        }
        BuiltinFn::SlotUnary(op) => {
            want(0)?;
            ops::unary(op, this)
        }
        BuiltinFn::SlotCompare(op) => {
            want(1)?;
            let other = &args[0];
            let k = k.expect("a builtin value");
            let ordered = !matches!(op, CmpOp::Eq | CmpOp::Ne);
            if !accepts(k, None, other) || (ordered && k == Kind::Dict) {
                return Ok(not_implemented());
            }
            Ok(value::bool_(ops::compare(this, other, op)?))
        }
        BuiltinFn::SlotBinary(op, reflected) => {
            want(1)?;
            let other = &args[0];
            let k = k.expect("a builtin value");
            if !accepts(k, Some(op), other) {
                return Ok(not_implemented());
            }
            if reflected {
                ops::binary(op, other, this)
            } else {
                ops::binary(op, this, other)
            }
        }
        _ => type_error(format!("'{}' object is not callable", type_name(this))),
    }
}
