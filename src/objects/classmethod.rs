//! `staticmethod` and `classmethod`: a callable wrapped with the `__dict__` CPython 3.11's
//! `functools_wraps` fills at creation (`__module__`, `__name__`, `__qualname__`,
//! `__doc__`, `__annotations__`).

use crate::builtins::Args;
use crate::error::{type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{intern, name, Sym};
use crate::object::Obj;
use crate::value;

pub struct Wrapper {
    pub callable: Value,
    pub dict: Option<Value>,
}

impl Wrapper {
    /// `staticmethod(f)` / `classmethod(f)`.
    pub fn call(class: bool, mut args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
        let what = if class { "classmethod" } else { "staticmethod" };
        if !kwargs.is_empty() {
            return type_error(format!("{what}() takes no keyword arguments"));
        }
        if args.len() != 1 {
            return type_error(format!("{what} expected 1 argument, got {}", args.len()));
        }
        let callable = args.pop().expect("one argument");
        // functools_wraps: copy what the callable has into the new object's __dict__.
        let d = alloc(Obj::Dict(Box::default()));
        for attr in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
            let v = if attr == "__annotations__" && matches!(callable.obj(), Obj::Function(_)) {
                Ok(alloc(Obj::Dict(Box::default())))
            } else {
                crate::vm::getattr(&callable, intern(attr))
            };
            match v {
                Ok(v) => crate::builtins::set_item(&d, &value::str_(attr), v)?,
                Err(e) if e.kind == ExcKind::AttributeError => {}
                Err(e) => return Err(e),
            }
        }
        let w = Box::new(Wrapper { callable, dict: Some(d) });
        Ok(alloc(if class { Obj::ClassMethod(w) } else { Obj::StaticMethod(w) }))
    }

    /// A classmethod seen through a class or instance: its function bound to the class.
    pub fn bind(&self, owner: &Value) -> Value {
        alloc(Obj::Method(Box::new((self.callable.dup(), owner.dup()))))
    }

    /// `cm_traverse` / `sm_traverse`: the callable, then the dict.
    pub fn children(&self, f: &mut impl FnMut(&Value)) {
        f(&self.callable);
        self.dict.iter().for_each(f);
    }

    /// `cm_dealloc`: the callable, then the dict.
    pub fn release(self) {
        let Wrapper { callable, dict } = self;
        drop(callable);
        drop(dict);
    }

    /// The collector's `tp_clear` (`cm_clear`: the callable, then the dict).
    pub fn clear(&mut self) {
        let old = std::mem::replace(&mut self.callable, value::none());
        drop(old);
        let old = self.dict.take();
        drop(old);
    }

    pub const SIZE: usize = 32;
}

/// `repr()`: `<classmethod(<function f at 0x...>)>`.
pub fn repr(class: bool, w: &Wrapper) -> PyResult<String> {
    let what = if class { "classmethod" } else { "staticmethod" };
    Ok(format!("<{what}({})>", crate::repr::repr(&w.callable)?))
}

/// An attribute: `__func__`, `__wrapped__`, `__dict__`, else what its dict holds.
pub fn getattr(v: &Value, n: Sym) -> Option<Value> {
    let w = match v.obj() {
        Obj::StaticMethod(w) | Obj::ClassMethod(w) => w,
        _ => return None,
    };
    match &*name(n) {
        "__func__" | "__wrapped__" => Some(w.callable.dup()),
        "__dict__" => w.dict.as_ref().map(Value::dup),
        "__get__" => super::descr_method(v, "__get__"),
        text => {
            let d = w.dict.as_ref()?;
            let Obj::Dict(d) = d.obj() else { return None };
            d.get(&value::str_(text)).ok().flatten().map(Value::dup)
        }
    }
}
