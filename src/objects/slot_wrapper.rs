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
    FrozenSet,
    Range,
    Bytes,
    ByteArray,
}

fn kind(v: &Value) -> Option<Kind> {
    Some(match v.obj() {
        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => Kind::Int,
        Obj::Float(_) => Kind::Float,
        Obj::Str(_) => Kind::Str,
        Obj::List(_) => Kind::List,
        Obj::Tuple(_) => Kind::Tuple,
        Obj::Dict(_) => Kind::Dict,
        Obj::Set(s) if s.frozen => Kind::FrozenSet,
        Obj::Set(_) => Kind::Set,
        Obj::Range(_) => Kind::Range,
        Obj::Bytes(_) => Kind::Bytes,
        Obj::ByteArray(_) => Kind::ByteArray,
        _ => return None,
    })
}

/// The kinds whose operands are interchangeable in the operator slots (a set with a
/// frozenset, bytes with a bytearray).
fn family(k: Kind) -> Kind {
    match k {
        Kind::FrozenSet => Kind::Set,
        Kind::ByteArray => Kind::Bytes,
        k => k,
    }
}

/// The special methods `lookup` gives as `SlotExtra(i)`: name, and whether it is a slot
/// wrapper (else a method, as `__format__` and `__reversed__` are in CPython).
pub const EXTRA: &[(&str, bool)] = &[
    ("__divmod__", true),
    ("__rdivmod__", true),
    ("__int__", true),
    ("__float__", true),
    ("__trunc__", false),
    ("__floor__", false),
    ("__ceil__", false),
    ("__round__", false),
    ("__format__", false),
    ("__reversed__", false),
    ("__iadd__", true),
    ("__imul__", true),
    ("__ior__", true),
    ("__iand__", true),
    ("__isub__", true),
    ("__ixor__", true),
];

pub fn extra_is_slot(i: u8) -> bool {
    EXTRA.get(i as usize).is_some_and(|e| e.1)
}

/// Which of `EXTRA` a kind has.
fn has_extra(k: Kind, n: &str) -> bool {
    match n {
        "__divmod__" | "__rdivmod__" | "__int__" | "__float__" | "__trunc__" | "__floor__" | "__ceil__"
        | "__round__" => matches!(k, Kind::Int | Kind::Float),
        "__format__" => true,
        "__reversed__" => matches!(k, Kind::List | Kind::Range | Kind::Dict),
        "__iadd__" | "__imul__" => matches!(k, Kind::List | Kind::ByteArray),
        "__ior__" => matches!(k, Kind::Set | Kind::Dict),
        "__iand__" | "__isub__" | "__ixor__" => k == Kind::Set,
        _ => false,
    }
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
        Kind::Str | Kind::Bytes | Kind::ByteArray => matches!(op, BinOp::Add | BinOp::Mul | BinOp::Mod),
        Kind::List | Kind::Tuple => matches!(op, BinOp::Add | BinOp::Mul),
        Kind::Dict => op == BinOp::BitOr,
        Kind::Set | Kind::FrozenSet => matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor),
        Kind::Range => false,
    }
}

/// The slot wrapper a builtin value has for a special method name, if any.
pub fn lookup(v: &Value, n: Sym) -> Option<BuiltinFn> {
    let k = kind(v)?;
    let text = name(n);
    let t: &str = &text;
    let inner = t.strip_prefix("__")?.strip_suffix("__")?;
    if has_extra(k, t) {
        let i = EXTRA.iter().position(|e| e.0 == t).expect("an EXTRA name");
        return Some(BuiltinFn::SlotExtra(i as u8));
    }
    let container = !matches!(k, Kind::Int | Kind::Float);
    let number = matches!(k, Kind::Int | Kind::Float);
    let mutable = matches!(k, Kind::List | Kind::Dict | Kind::ByteArray);
    let set = matches!(k, Kind::Set | Kind::FrozenSet);
    Some(match inner {
        "len" if container => BuiltinFn::NativeLen,
        "contains" if container => BuiltinFn::NativeContains,
        "iter" if container => BuiltinFn::NativeIter,
        "getitem" if container && !set => BuiltinFn::NativeGetItem,
        "setitem" if mutable => BuiltinFn::NativeSetItem,
        "delitem" if mutable => BuiltinFn::NativeDelItem,
        "repr" => BuiltinFn::NativeRepr,
        "str" => BuiltinFn::NativeStr,
        "hash" if !mutable && k != Kind::Set => BuiltinFn::SlotHash,
        "bool" if number || k == Kind::Range => BuiltinFn::SlotBool,
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
            if !has_binop(k, op) || (reflected && container && op != BinOp::Mul && !set && k != Kind::Dict) {
                return None;
            }
            // `%` of str and bytes: `__rmod__` too.
            if reflected
                && matches!(k, Kind::Str | Kind::Bytes | Kind::ByteArray)
                && !matches!(op, BinOp::Mul | BinOp::Mod)
            {
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
        BuiltinFn::SlotExtra(i) => EXTRA[i as usize].0,
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
        Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray
            if matches!(op, Some(BinOp::Mul | BinOp::Add)) =>
        {
            true
        }
        Kind::Str | Kind::Bytes | Kind::ByteArray if op == Some(BinOp::Mod) => true,
        _ => ok.map(family) == Some(family(k)),
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
            // bytes compares only with bytes (a bytearray compares with either).
            let bytes_only = k == Kind::Bytes && matches!(other.obj(), Obj::ByteArray(_));
            if !accepts(k, None, other) || (ordered && k == Kind::Dict) || bytes_only {
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
        BuiltinFn::SlotExtra(i) => call_extra(EXTRA[i as usize].0, this, args),
        _ => type_error(format!("'{}' object is not callable", type_name(this))),
    }
}

/// One of `EXTRA` called on its receiver.
fn call_extra(n: &str, this: &Value, args: Args) -> PyResult<Value> {
    let k = kind(this).expect("a builtin value");
    let want = |lo: usize, hi: usize| -> PyResult<()> {
        let got = args.len();
        if (lo..=hi).contains(&got) {
            return Ok(());
        }
        if EXTRA.iter().any(|e| e.0 == n && e.1) {
            return type_error(format!("expected {lo} argument{}, got {got}", if lo == 1 { "" } else { "s" }));
        }
        let tn = type_name(this);
        match hi {
            0 => type_error(format!("{tn}.{n}() takes no arguments ({got} given)")),
            _ if lo == hi => type_error(format!("{tn}.{n}() takes exactly one argument ({got} given)")),
            _ => type_error(format!("{n} expected at most {hi} argument{}, got {got}", if hi == 1 { "" } else { "s" })),
        }
    };
    match n {
        "__divmod__" | "__rdivmod__" => {
            want(1, 1)?;
            let other = &args[0];
            if !accepts(k, None, other) {
                return Ok(not_implemented());
            }
            let pair: Args = if n == "__divmod__" {
                smallvec::smallvec![this.dup(), other.dup()]
            } else {
                smallvec::smallvec![other.dup(), this.dup()]
            };
            crate::builtins::call(BuiltinFn::Divmod, pair)
        }
        "__int__" | "__trunc__" | "__floor__" | "__ceil__" => {
            want(0, 0)?;
            match this.obj() {
                Obj::Float(f) => ops::float_to_int(match n {
                    "__floor__" => f.floor(),
                    "__ceil__" => f.ceil(),
                    _ => f.trunc(),
                }),
                Obj::Bool(b) => Ok(value::int(*b as i64)),
                _ => Ok(this.dup()),
            }
        }
        "__float__" => {
            want(0, 0)?;
            match this.obj() {
                Obj::Float(_) => Ok(this.dup()),
                _ => crate::builtins::call_type(crate::builtins::TypeId::Float, smallvec::smallvec![this.dup()]),
            }
        }
        "__round__" => {
            want(0, 1)?;
            let mut a: Args = smallvec::smallvec![this.dup()];
            a.extend(args.iter().map(Value::dup));
            crate::builtins::call(BuiltinFn::Round, a)
        }
        "__format__" => {
            want(1, 1)?;
            if !matches!(args[0].obj(), Obj::Str(_)) {
                return type_error(format!("__format__() argument must be str, not {}", type_name(&args[0])));
            }
            crate::format::format_builtin(&[this.dup(), args[0].dup()])
        }
        "__reversed__" => {
            want(0, 0)?;
            crate::builtins::call_type(crate::builtins::TypeId::Reversed, smallvec::smallvec![this.dup()])
        }
        _ => {
            // The in-place operators: `__iadd__`, `__imul__`, `__ior__`, ...
            want(1, 1)?;
            let op = binop(&n[3..n.len() - 2]).expect("an in-place operator");
            let other = &args[0];
            let takes_any = matches!(k, Kind::List | Kind::ByteArray | Kind::Dict);
            if op == BinOp::Mul && ops::as_index(other).is_none() {
                return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(other)));
            }
            if !takes_any && !accepts(k, Some(op), other) {
                return Ok(not_implemented());
            }
            crate::vm::inplace_op(op, this.dup(), other)
        }
    }
}
