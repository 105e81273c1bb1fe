//! Function objects' attributes: `__name__`, `__qualname__`, `__doc__`, `__module__`,
//! `__dict__` and the attributes set on a function (kept in its `__dict__`).

use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{intern, name, sym, Sym};
use crate::object::{type_name, Obj};
use crate::value;

/// The function's `__dict__`, made on first need (as CPython makes it lazily).
pub fn dict_of(f: &Value) -> Value {
    let Obj::Function(func) = f.obj_mut() else { unreachable!("a function") };
    func.dict.get_or_insert_with(|| alloc(Obj::Dict(Box::default()))).dup()
}

/// A function's attribute, or None when it has none of that name.
pub fn getattr(f: &Value, n: Sym) -> Option<Value> {
    let Obj::Function(func) = f.obj() else { return None };
    Some(match &*name(n) {
        "__name__" => value::str_(&name(func.name)),
        "__qualname__" => value::str_(&func.qualname),
        "__doc__" => func.doc.as_ref().map_or_else(value::none, Value::dup),
        "__module__" => func.module.as_ref().map_or_else(|| value::interned("__main__"), Value::dup),
        "__closure__" => func.closure.as_ref().map_or_else(value::none, Value::dup),
        "__defaults__" => func.defaults.as_ref().map_or_else(value::none, Value::dup),
        "__dict__" => dict_of(f),
        "__annotations__" => {
            let Obj::Function(func) = f.obj_mut() else { unreachable!("a function") };
            func.annotations.get_or_insert_with(|| alloc(Obj::Dict(Box::default()))).dup()
        }
        "__get__" => return super::descr_method(f, "__get__"),
        _ => {
            let d = func.dict.as_ref()?;
            let Obj::Dict(d) = d.obj() else { return None };
            d.get(&value::str_(&name(n))).ok().flatten()?.dup()
        }
    })
}

/// `f.name = v`.
pub fn setattr(f: &Value, n: Sym, v: Value) -> PyResult<()> {
    let text = name(n);
    let Obj::Function(func) = f.obj_mut() else { unreachable!("a function") };
    match &*text {
        "__name__" | "__qualname__" => {
            let Obj::Str(s) = v.obj() else {
                return type_error(format!("{text} must be set to a string object"));
            };
            if n == sym::__name__ {
                func.name = intern(s);
            } else {
                func.qualname = std::rc::Rc::from(&**s);
            }
        }
        "__doc__" => {
            let new = (!matches!(v.obj(), Obj::None)).then_some(v);
            let old = std::mem::replace(&mut func.doc, new);
            drop(old);
        }
        "__module__" => {
            let old = func.module.replace(v);
            drop(old);
        }
        "__annotations__" => {
            let new = match v.obj() {
                Obj::None => None,
                Obj::Dict(_) => Some(v),
                _ => return type_error("__annotations__ must be set to a dict object"),
            };
            let old = std::mem::replace(&mut func.annotations, new);
            drop(old);
        }
        "__dict__" => {
            if !matches!(v.obj(), Obj::Dict(_)) {
                return type_error(format!("__dict__ must be set to a dictionary, not a '{}'", type_name(&v)));
            }
            let old = func.dict.replace(v);
            drop(old);
        }
        _ => {
            let d = dict_of(f);
            crate::builtins::set_item(&d, &value::str_(&text), v)?;
        }
    }
    Ok(())
}

/// `del f.name`.
pub fn delattr(f: &Value, n: Sym) -> PyResult<()> {
    let Obj::Function(func) = f.obj() else { unreachable!("a function") };
    if let Some(d) = &func.dict {
        let d = d.dup();
        let removed = match d.obj_mut() {
            Obj::Dict(dict) => dict.remove(&value::str_(&name(n)))?,
            _ => None,
        };
        if let Some((k, v)) = removed {
            drop(k);
            drop(v);
            return Ok(());
        }
    }
    err(ExcKind::AttributeError, format!("'function' object has no attribute '{}'", name(n)))
}
