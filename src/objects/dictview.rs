//! The set operations of the dict views that are set-like (`keys()` and `items()`):
//! `&`, `|`, `-`, `^` with any iterable, on either side, giving a new set, as CPython's
//! `dictviews_and`/`_or`/`_sub`/`_xor` do; and the views' `isdisjoint`.
use crate::ast::BinOp;
use crate::builtins::{Args, BuiltinFn, TypeId};
use crate::error::PyResult;
use crate::heap::Value;
use crate::intern::intern;
use crate::object::{Obj, ViewKind};

fn is_set_view(v: &Value) -> bool {
    matches!(v.obj(), Obj::DictView(b) if b.1 != ViewKind::Values)
}

fn view_len(v: &Value) -> usize {
    match v.obj() {
        Obj::DictView(b) => match b.0.obj() {
            Obj::Dict(d) => d.len(),
            _ => 0,
        },
        _ => 0,
    }
}

/// `a op b` when one of them is a keys or items view (None: not for the views).
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor) {
        return None;
    }
    if !is_set_view(a) && !is_set_view(b) {
        return None;
    }
    Some(match op {
        BinOp::BitAnd => intersect(a, b),
        _ => {
            let method = match op {
                BinOp::BitOr => "update",
                BinOp::Sub => "difference_update",
                _ => "symmetric_difference_update",
            };
            to_set(a).and_then(|r| {
                let m = crate::builtins::method(&r, intern(method)).expect("a set method");
                drop(crate::builtins::call_method(m, &r, smallvec::smallvec![b.dup()])?);
                Ok(r)
            })
        }
    })
}

/// `set(v)`: a keys view's set is made from its dict, as CPython's dictviews_to_set.
fn to_set(v: &Value) -> PyResult<Value> {
    let source = match v.obj() {
        Obj::DictView(b) if b.1 == ViewKind::Keys => b.0.dup(),
        _ => v.dup(),
    };
    crate::builtins::call_type(TypeId::Set, smallvec::smallvec![source])
}

/// CPython's `_PyDictView_Intersect`: with the view as `this`, the items of the other
/// operand (the smaller view, or a set's own intersection) that the view holds.
fn intersect(a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_this = view_len(this);
    if let Obj::Set(s) = other.obj() {
        if !s.frozen && len_this <= s.len() {
            let m = crate::builtins::method(other, intern("intersection")).expect("set.intersection");
            return crate::builtins::call_method(m, other, smallvec::smallvec![this.dup()]);
        }
    }
    if is_set_view(other) && view_len(other) > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let result = crate::builtins::call_type(TypeId::Set, Args::new())?;
    let it = crate::vm::get_iter(other)?;
    while let Some(x) = crate::vm::next(&it)? {
        if crate::ops::contains(this, &x)? {
            let Obj::Set(s) = result.obj_mut() else { unreachable!() };
            s.add(x)?;
        }
    }
    Ok(result)
}

/// `v.isdisjoint` (keys and items views).
pub fn getattr(v: &Value, n: crate::intern::Sym) -> Option<Value> {
    let Obj::DictView(b) = v.obj() else { return None };
    match &*crate::intern::name(n) {
        "isdisjoint" if b.1 != ViewKind::Values => {
            Some(crate::heap::alloc(Obj::BoundBuiltin(Box::new((BuiltinFn::DictViewIsDisjoint, v.dup())))))
        }
        _ => None,
    }
}

/// `view.isdisjoint(other)`: whether no item of `other` is in the view (CPython's
/// dictviews_isdisjoint iterates the smaller side when both have a length).
pub fn isdisjoint(v: &Value, args: Args) -> PyResult<Value> {
    if args.len() != 1 {
        return crate::error::type_error(format!(
            "{}.isdisjoint() takes exactly one argument ({} given)",
            crate::object::type_name(v),
            args.len()
        ));
    }
    let other = &args[0];
    if v.is(other) {
        return Ok(crate::value::bool_(view_len(v) == 0));
    }
    let other_len = match other.obj() {
        Obj::Set(s) => Some(s.len()),
        Obj::DictView(_) => Some(view_len(other)),
        Obj::Dict(d) => Some(d.len()),
        _ => None,
    };
    let (this, it_over) = match other_len {
        Some(n) if n > view_len(v) => (other, v),
        _ => (v, other),
    };
    let it = crate::vm::get_iter(it_over)?;
    while let Some(x) = crate::vm::next(&it)? {
        if crate::ops::contains(this, &x)? {
            return Ok(crate::value::bool_(false));
        }
    }
    Ok(crate::value::bool_(true))
}
