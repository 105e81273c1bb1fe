//! A builtin type's method called with up to two positional arguments (`w.lower()`,
//! `d.get(k, 0)`, `line.split()`): the call site hands the receiver and the evaluated
//! arguments over by value, without an argument vector, and the commonest methods go
//! straight to their own code, as CPython 3.11's specialized `CALL` instructions for
//! method descriptors do. Every other method, and every call whose arguments do not fit
//! the short path, goes to the general dispatch ([`super::call_method`]) with the same
//! arguments, so its messages and behaviour are the general ones.
//!
//! The arguments are owned here for the whole call and dropped after the result is made,
//! as the evaluation stack holds them in CPython.

use super::{dict, str, Args, BuiltinFn};
use crate::error::PyResult;
use crate::heap::{alloc_str, Value};
use crate::object::Obj;
use crate::value;
use smallvec::smallvec;

/// `this.b()`.
#[inline]
pub fn call0(b: BuiltinFn, this: &Value) -> PyResult<Value> {
    use BuiltinFn::*;
    match (this.obj(), b) {
        (Obj::Str(s), StrLower | StrUpper) => {
            if let Some(out) = s.short_case(b == StrUpper) {
                return Ok(alloc_str(out));
            }
        }
        (Obj::Str(s), StrSplit) => return str::split(b, this, s, &[], None, None),
        (Obj::Dict(_), DictItems | DictKeys | DictValues) => return Ok(dict::view(this, b)),
        _ => {}
    }
    super::call_method(b, this, Args::new())
}

/// `this.b(a)`.
#[inline]
pub fn call1(b: BuiltinFn, this: &Value, a: Value) -> PyResult<Value> {
    use BuiltinFn::*;
    match (this.obj(), b) {
        (Obj::Dict(_), DictGet) => return dict::get(this, a, None),
        (Obj::Str(s), StrSplit) => return str::split(b, this, s, std::slice::from_ref(&a), None, None),
        (Obj::Str(s), StrJoin) => return str::join(s, &a),
        (Obj::Set(set), SetAdd) if !set.frozen => {
            dict::set_of(this).add(a)?;
            return Ok(value::none());
        }
        _ => {}
    }
    super::call_method(b, this, smallvec![a])
}

/// `this.b(a, c)`.
#[inline]
pub fn call2(b: BuiltinFn, this: &Value, a: Value, c: Value) -> PyResult<Value> {
    if let (Obj::Dict(_), BuiltinFn::DictGet) = (this.obj(), b) {
        return dict::get(this, a, Some(c));
    }
    super::call_method(b, this, smallvec![a, c])
}
