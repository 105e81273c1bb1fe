//! Object kinds that live in a file of their own, as CPython's `Objects/` keeps each type:
//! the kind's state, its methods, repr, traversal for the collector, release order and
//! size side by side (see `shared/design/one-home-per-kind.md`).

pub mod alt_ctor;
pub mod bytearray;
pub mod bytes;
pub mod bytes_format;
pub mod callable_iter;
pub mod classmethod;
pub mod code_object;
pub mod dictview;
pub mod frozenset;
pub mod function;
pub mod functools;
pub mod generator;
pub mod instance_dict;
pub mod list_items;
pub mod main_dict;
pub mod mappingproxy;
pub mod member;
pub mod property;
pub mod pystr;
pub mod range;
pub mod slice;
pub mod slot_wrapper;
pub mod stdstream;
pub mod tuple_items;
pub mod type_cache;

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
    /// `d.__get__(obj, type=None)`, `p.__set__(obj, value)`, `p.__delete__(obj)`, bound to
    /// a property, staticmethod, classmethod or function.
    DescrGet,
    DescrSet,
    DescrDelete,
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
            Op::DescrGet => "__get__",
            Op::DescrSet => "__set__",
            Op::DescrDelete => "__delete__",
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
        Op::DescrGet | Op::DescrSet | Op::DescrDelete => {
            let Some(d) = this else { return crate::error::type_error("descriptor method needs a descriptor") };
            if !kwargs.is_empty() {
                return crate::error::type_error(format!("{}() takes no keyword arguments", op.name()));
            }
            descr_call(op, d, args)
        }
        _ => functools::call(op, this, args, kwargs),
    }
}

/// The special method `__get__`, `__set__` or `__delete__` called explicitly.
fn descr_call(op: Op, d: &Value, args: crate::builtins::Args) -> PyResult<Value> {
    let (min, max) = match op {
        Op::DescrGet => (1, 2),
        Op::DescrSet => (2, 2),
        _ => (1, 1),
    };
    let n = args.len();
    if n < min || n > max {
        // PyArg_UnpackTuple with an empty name (hence the leading space) for __get__ and
        // __set__; __delete__ checks its one argument.
        let msg = match op {
            Op::DescrDelete => format!("expected 1 argument, got {n}"),
            Op::DescrSet => format!(" expected 2 arguments, got {n}"),
            _ if n < min => format!(" expected at least 1 argument, got {n}"),
            _ => format!(" expected at most 2 arguments, got {n}"),
        };
        return crate::error::type_error(msg);
    }
    let mut args = args.into_iter();
    let obj = args.next().expect("an argument");
    let second = args.next();
    let is_none = |v: &Value| matches!(v.obj(), Obj::None);
    match op {
        Op::DescrGet => {
            if is_none(&obj) && second.as_ref().is_none_or(is_none) {
                return crate::error::type_error("__get__(None, None) is invalid");
            }
            let owner = match second.filter(|t| !is_none(t)) {
                Some(t) => t,
                None => crate::builtins::type_of(&obj),
            };
            let inst = (!is_none(&obj)).then_some(&obj);
            match d.obj() {
                Obj::Function(_) => Ok(match inst {
                    Some(o) => crate::heap::alloc(Obj::Method(Box::new((d.dup(), o.dup())))),
                    None => d.dup(),
                }),
                _ => descr_get(d, inst, &owner).unwrap_or_else(|| Ok(d.dup())),
            }
        }
        Op::DescrSet => {
            let Obj::Property(p) = d.obj() else { return crate::error::type_error("not a data descriptor") };
            p.set(&obj, second.expect("two arguments")).map(|_| crate::value::none())
        }
        _ => {
            let Obj::Property(p) = d.obj() else { return crate::error::type_error("not a data descriptor") };
            p.delete(&obj).map(|_| crate::value::none())
        }
    }
}

/// A `__get__`/`__set__`/`__delete__` attribute of a descriptor object, bound to it.
pub fn descr_method(d: &Value, n: &str) -> Option<Value> {
    let op = match n {
        "__get__" => Op::DescrGet,
        "__set__" | "__delete__" if !matches!(d.obj(), Obj::Property(_)) => return None,
        "__set__" => Op::DescrSet,
        "__delete__" => Op::DescrDelete,
        _ => return None,
    };
    Some(crate::heap::alloc(Obj::BoundBuiltin(Box::new((crate::builtins::BuiltinFn::Functools(op), d.dup())))))
}
