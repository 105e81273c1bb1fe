//! Object kinds that live in one file each (see shared/design/one-home-per-kind.md):
//! each file holds its kind's struct, methods, repr, traversal, release and size.
//! `object.rs`, `repr.rs`, `gc.rs` and `sizeof.rs` dispatch here with one-line arms.

pub mod classmethod;
pub mod function;
pub mod functools;
pub mod property;

use crate::error::PyResult;
use crate::heap::Value;
use crate::object::Obj;

/// A class attribute found through an instance (`instance` is Some) or the class itself
/// (`owner` is the class): what CPython's `tp_descr_get` of the descriptor kinds here
/// gives. None when the attribute is no such descriptor.
pub fn descr_get(attr: &Value, instance: Option<&Value>, owner: &Value) -> Option<PyResult<Value>> {
    match attr.obj() {
        Obj::Property(p) => Some(match instance {
            Some(inst) => p.get(inst),
            None => Ok(attr.dup()),
        }),
        Obj::StaticMethod(w) => Some(Ok(w.callable.dup())),
        Obj::ClassMethod(w) => Some(Ok(w.bind(owner))),
        _ => None,
    }
}

/// Whether a class attribute is a data descriptor (it wins over the instance's dict).
pub fn is_data_descr(attr: &Value) -> bool {
    matches!(attr.obj(), Obj::Property(_))
}

/// The builtin callables the kinds here provide (one `BuiltinFn::Functools` variant
/// carries them, so the builtins' table needs one arm).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Reduce,
    Wraps,
    UpdateWrapper,
    LruCache,
    Cache,
    /// The decorator `lru_cache(maxsize=N)` returns (bound to its maxsize).
    LruDecorate,
    CacheInfo,
    CacheClear,
    CacheParameters,
    TotalOrdering,
    /// An ordering method `total_ordering` made: (derived op, root op), each an index
    /// into `functools::ORDER_NAMES`.
    Order(u8, u8),
    PropGetter,
    PropSetter,
    PropDeleter,
}

impl Op {
    pub fn name(self) -> &'static str {
        match self {
            Op::Reduce => "reduce",
            Op::Wraps => "wraps",
            Op::UpdateWrapper => "update_wrapper",
            Op::LruCache => "lru_cache",
            Op::Cache => "cache",
            Op::LruDecorate => "decorating_function",
            Op::CacheInfo => "cache_info",
            Op::CacheClear => "cache_clear",
            Op::CacheParameters => "cache_parameters",
            Op::TotalOrdering => "total_ordering",
            Op::Order(d, _) => functools::ORDER_NAMES[d as usize],
            Op::PropGetter => "getter",
            Op::PropSetter => "setter",
            Op::PropDeleter => "deleter",
        }
    }
}

/// Call one of the ops; `this` is the receiver of a bound one.
pub fn call(
    op: Op,
    this: Option<&Value>,
    args: crate::builtins::Args,
    kwargs: Vec<(crate::intern::Sym, Value)>,
) -> PyResult<Value> {
    match op {
        Op::PropGetter | Op::PropSetter | Op::PropDeleter => {
            let which = match op {
                Op::PropGetter => 0,
                Op::PropSetter => 1,
                _ => 2,
            };
            let Some(p) = this else { return crate::error::type_error("property method needs a property") };
            if !kwargs.is_empty() {
                return crate::error::type_error(format!("{}() takes no keyword arguments", op.name()));
            }
            if args.len() != 1 {
                return crate::error::type_error(format!(
                    "property.{}() takes exactly one argument ({} given)",
                    op.name(),
                    args.len()
                ));
            }
            let f = args.into_iter().next().expect("one argument");
            property::copy_with(p, which, f)
        }
        _ => functools::call(op, this, args, kwargs),
    }
}
