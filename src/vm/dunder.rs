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

/// The name an operator's special methods share: `add` for `__add__`, `__radd__`, `__iadd__`.
pub fn op_stem(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::Div => "truediv",
        BinOp::FloorDiv => "floordiv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::MatMul => "matmul",
        BinOp::LShift => "lshift",
        BinOp::RShift => "rshift",
        BinOp::BitAnd => "and",
        BinOp::BitOr => "or",
        BinOp::BitXor => "xor",
    }
}

/// `b`'s class is a proper subclass of `a`'s (both instances).
fn is_proper_subclass_instance(b: &Value, a: &Value) -> bool {
    match (a.obj(), b.obj()) {
        (Obj::Instance(ia), Obj::Instance(ib)) => !ia.class.is(&ib.class) && is_subclass(&ib.class, &ia.class),
        _ => false,
    }
}

/// A binary operator on instances: `a.__op__(b)`, then `b.__rop__(a)` (first, when `b`'s
/// class is a subclass of `a`'s that overrides `__rop__`).
pub fn binary_dunder(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let stem = op_stem(op);
    let (fwd, rev) = (format!("__{stem}__"), format!("__r{stem}__"));
    let (fwd, rev) = (crate::intern::intern(&fwd), crate::intern::intern(&rev));
    if is_proper_subclass_instance(b, a) {
        let (Obj::Instance(ia), Obj::Instance(ib)) = (a.obj(), b.obj()) else { unreachable!() };
        let overrides = match (class_lookup(&ib.class, rev), class_lookup(&ia.class, rev)) {
            (Some(x), Some(y)) => !x.is(y),
            (Some(_), None) => true,
            _ => false,
        };
        if overrides {
            if let Some(r) = call_dunder(b, rev, &[a])? {
                if !is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
            if let Some(r) = call_dunder(a, fwd, &[b])? {
                if !is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
            return Ok(None);
        }
    }
    if let Some(r) = call_dunder(a, fwd, &[b])? {
        if !is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    if let Some(r) = call_dunder(b, rev, &[a])? {
        if !is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// A rich comparison on instances, with the reflected method tried second: the truth
/// of what the special method returned.
pub fn compare_dunder(op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    match compare_dunder_raw(op, a, b)? {
        Some(r) => Ok(Some(ops::truthy(&r)?)),
        None => Ok(None),
    }
}

/// A rich comparison on instances: what `__eq__`, `__lt__`, ... returned (None when
/// every method declined).
pub fn compare_dunder_raw(op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (fwd, rev) = match op {
        CmpOp::Eq => (sym::__eq__, sym::__eq__),
        CmpOp::Ne => (sym::__ne__, sym::__ne__),
        CmpOp::Lt => (sym::__lt__, sym::__gt__),
        CmpOp::Le => (sym::__le__, sym::__ge__),
        CmpOp::Gt => (sym::__gt__, sym::__lt__),
        CmpOp::Ge => (sym::__ge__, sym::__le__),
        _ => return Ok(None),
    };
    // A right operand whose type is a proper subclass of the left's goes first.
    let reflected_first = is_proper_subclass_instance(b, a);
    if reflected_first {
        if let Some(r) = call_dunder(b, rev, &[a])? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
    }
    if let Some(r) = call_dunder(a, fwd, &[b])? {
        if !is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    if !reflected_first {
        if let Some(r) = call_dunder(b, rev, &[a])? {
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
    }
    // `!=` falls back to the inverse of `__eq__`.
    if op == CmpOp::Ne {
        if let Some(r) = compare_dunder(CmpOp::Eq, a, b)? {
            return Ok(Some(value::bool_(!r)));
        }
    }
    Ok(None)
}

/// A comparison as an expression's value: for instances, what the special method
/// returned (not only its truth), else a bool.
pub fn compare_value(op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    let rich = matches!(op, CmpOp::Eq | CmpOp::Ne | CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge);
    if rich && (matches!(a.obj(), Obj::Instance(_)) || matches!(b.obj(), Obj::Instance(_))) {
        if let Some(v) = compare_dunder_raw(op, a, b)? {
            return Ok(v);
        }
        let (na, nb) = (class::native_of(a), class::native_of(b));
        if na.is_some() || nb.is_some() {
            return compare_value(op, na.unwrap_or(a), nb.unwrap_or(b));
        }
        return match op {
            CmpOp::Eq => Ok(value::bool_(a.is(b))),
            CmpOp::Ne => Ok(value::bool_(!a.is(b))),
            _ => {
                let sym = match op {
                    CmpOp::Lt => "<",
                    CmpOp::Le => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                type_error(format!(
                    "'{sym}' not supported between instances of '{}' and '{}'",
                    type_name(a),
                    type_name(b)
                ))
            }
        };
    }
    Ok(value::bool_(ops::compare(a, b, op)?))
}

/// `__index__` of an instance, when it returns an int.
pub fn index_dunder(v: &Value) -> Option<i64> {
    match call_dunder(v, sym::__index__, &[]) {
        Ok(Some(r)) => match r.obj() {
            Obj::Int(i) => Some(*i),
            Obj::Bool(b) => Some(*b as i64),
            _ => None,
        },
        _ => None,
    }
}

/// `__index__` of an instance, with its errors: None when the class has none.
pub fn index_value(v: &Value) -> PyResult<Option<i64>> {
    match call_dunder(v, sym::__index__, &[])? {
        Some(r) => match r.obj() {
            Obj::Int(i) => Ok(Some(*i)),
            Obj::Bool(b) => Ok(Some(*b as i64)),
            Obj::Long(_) => err(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer"),
            _ => type_error(format!("__index__ returned non-int (type {})", type_name(&r))),
        },
        None => Ok(None),
    }
}

/// `len()` of an instance with `__len__`.
pub fn len_dunder(v: &Value) -> PyResult<Option<i64>> {
    match call_dunder(v, sym::__len__, &[])? {
        // Past sys.maxsize (as_index would clamp it): CPython's OverflowError; a negative
        // one of any size is the ValueError below.
        Some(r) if matches!(r.obj(), Obj::Long(b) if !num_traits::Signed::is_negative(&**b)) => {
            err(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer")
        }
        Some(r) => match ops::as_index(&r) {
            Some(n) if n >= 0 => Ok(Some(n)),
            Some(_) => err(ExcKind::ValueError, "__len__() should return >= 0"),
            None => type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&r))),
        },
        None => Ok(None),
    }
}
