//! Special methods of user classes: the operators, comparisons, `len`, `in`, subscripts
//! and truth of instances go through `__add__`, `__eq__`, `__len__`, ... when defined.

use super::*;

/// Call `name` on an instance if its class defines it: Some(result), or None.
pub fn call_dunder(v: &Value, n: Sym, args: &[&Value]) -> PyResult<Option<Value>> {
    let Obj::Instance(inst) = v.obj() else { return Ok(None) };
    let Some(m) = class_lookup(&inst.class, n) else { return Ok(None) };
    let m = m.dup();
    let mut a: Args = smallvec::smallvec![v.dup()];
    a.extend(args.iter().map(|x| x.dup()));
    Ok(Some(call(&m, a)?))
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v.obj(), Obj::Builtin(builtins::BuiltinFn::NotImplemented))
}

/// A binary operator on instances: `a.__op__(b)`, then `b.__rop__(a)`.
pub fn binary_dunder(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (fwd, rev) = match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
    };
    if let Some(r) = call_dunder(a, crate::intern::intern(fwd), &[b])? {
        if !is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    if let Some(r) = call_dunder(b, crate::intern::intern(rev), &[a])? {
        if !is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// A rich comparison on instances, with the reflected method tried second.
pub fn compare_dunder(op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (fwd, rev) = match op {
        CmpOp::Eq => (sym::__eq__, sym::__eq__),
        CmpOp::Ne => (sym::__ne__, sym::__ne__),
        CmpOp::Lt => (sym::__lt__, sym::__gt__),
        CmpOp::Le => (sym::__le__, sym::__ge__),
        CmpOp::Gt => (sym::__gt__, sym::__lt__),
        CmpOp::Ge => (sym::__ge__, sym::__le__),
        _ => return Ok(None),
    };
    if let Some(r) = call_dunder(a, fwd, &[b])? {
        if !is_not_implemented(&r) {
            return Ok(Some(ops::truthy(&r)?));
        }
    }
    if let Some(r) = call_dunder(b, rev, &[a])? {
        if !is_not_implemented(&r) {
            return Ok(Some(ops::truthy(&r)?));
        }
    }
    // `!=` falls back to the inverse of `__eq__`.
    if op == CmpOp::Ne {
        if let Some(r) = compare_dunder(CmpOp::Eq, a, b)? {
            return Ok(Some(!r));
        }
    }
    Ok(None)
}

/// `len()` of an instance with `__len__`.
pub fn len_dunder(v: &Value) -> PyResult<Option<i64>> {
    match call_dunder(v, sym::__len__, &[])? {
        Some(r) => match ops::as_index(&r) {
            Some(n) if n >= 0 => Ok(Some(n)),
            Some(_) => err(ExcKind::ValueError, "__len__() should return >= 0"),
            None => type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&r))),
        },
        None => Ok(None),
    }
}
