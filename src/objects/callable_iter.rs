//! `iter(callable, sentinel)`: CPython's callable_iterator. Each `next` calls the callable
//! with no arguments; a result equal to the sentinel (or a StopIteration) ends it, and the
//! iterator lets go of both the callable and the sentinel then, as CPython's does.
use crate::error::{type_error, ExcKind, PyResult};
use crate::heap::Value;
use crate::object::Iter;

/// `iter(v, w)`.
pub fn new(callable: &Value, sentinel: &Value) -> PyResult<Value> {
    if !crate::builtins::is_callable(&callable) {
        return type_error("iter(v, w): v must be callable");
    }
    Ok(crate::vm::make_iter(Iter::Callable(callable.dup(), sentinel.dup())))
}

/// The next value, or None once the sentinel came back.
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    let Iter::Callable(func, sentinel) = crate::vm::iter::iter_state(it) else { return Ok(None) };
    let (func, sentinel) = (func.dup(), sentinel.dup());
    let r = crate::vm::call(&func, smallvec::smallvec![]);
    drop(func);
    let v = match r {
        Ok(v) => v,
        Err(e) if e.kind == ExcKind::StopIteration => {
            finish(it);
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    let done = v.is(&sentinel) || crate::ops::eq(&v, &sentinel)?;
    drop(sentinel);
    if done {
        drop(v);
        finish(it);
        return Ok(None);
    }
    Ok(Some(v))
}

/// Drop the callable and the sentinel (an exhausted callable_iterator holds neither).
fn finish(it: &Value) {
    let state = crate::vm::iter::iter_state(it);
    if let Iter::Callable(..) = state {
        let old = std::mem::replace(state, Iter::Exhausted(crate::builtins::TypeId::CallableIterator));
        drop(old);
    }
}
