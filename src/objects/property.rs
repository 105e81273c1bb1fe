//! `property`: a data descriptor holding its getter, setter, deleter and doc (and, once
//! its class is made, its name), as CPython 3.11's `propertyobject` does.

use crate::builtins::Args;
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{name, Sym};
use crate::object::{type_name, Obj};
use crate::value;

pub struct Property {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: Option<Value>,
    /// Set by `__set_name__` when the class that holds it is made.
    pub name: Option<Value>,
    /// The doc came from the getter (a copy made by `.setter` takes the new getter's).
    pub getter_doc: bool,
}

fn some(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !matches!(v.obj(), Obj::None))
}

impl Property {
    /// `property(fget=None, fset=None, fdel=None, doc=None)`.
    pub fn make(fget: Option<Value>, fset: Option<Value>, fdel: Option<Value>, doc: Option<Value>) -> PyResult<Value> {
        let (fget, fset, fdel, doc) = (some(fget), some(fset), some(fdel), some(doc));
        let mut getter_doc = false;
        let doc = match (doc, &fget) {
            (Some(d), _) => Some(d),
            (None, Some(g)) => {
                getter_doc = true;
                match crate::vm::getattr(g, crate::intern::sym::__doc__) {
                    Ok(d) => Some(d),
                    Err(e) if e.kind == ExcKind::AttributeError => None,
                    Err(e) => return Err(e),
                }
            }
            (None, None) => None,
        };
        Ok(alloc(Obj::Property(Box::new(Property { fget, fset, fdel, doc, name: None, getter_doc }))))
    }

    /// The call `property(...)` with its positional and keyword arguments.
    pub fn call(args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
        if args.len() > 4 {
            return type_error(format!("property() takes at most 4 arguments ({} given)", args.len()));
        }
        let mut slots: [Option<Value>; 4] = [None, None, None, None];
        for (i, a) in args.into_iter().enumerate() {
            slots[i] = Some(a);
        }
        for (k, v) in kwargs {
            let i = match &*name(k) {
                "fget" => 0,
                "fset" => 1,
                "fdel" => 2,
                "doc" => 3,
                other => return type_error(format!("'{other}' is an invalid keyword argument for property()")),
            };
            if slots[i].is_some() {
                return type_error(format!(
                    "argument for property() given by name ('{}') and position ({})",
                    name(k),
                    i + 1
                ));
            }
            slots[i] = Some(v);
        }
        let [a, b, c, d] = slots;
        Property::make(a, b, c, d)
    }

    fn what(&self, inst: &Value) -> String {
        match self.name.as_ref().map(|n| n.obj()) {
            Some(Obj::Str(s)) => format!("property '{s}' of '{}' object", type_name(inst)),
            _ => format!("property of '{}' object", type_name(inst)),
        }
    }

    /// `instance.x`: the getter's result.
    pub fn get(&self, inst: &Value) -> PyResult<Value> {
        match &self.fget {
            Some(g) => {
                let g = g.dup();
                crate::vm::call(&g, smallvec::smallvec![inst.dup()])
            }
            None => err(ExcKind::AttributeError, format!("{} has no getter", self.what(inst))),
        }
    }

    /// `instance.x = v`.
    pub fn set(&self, inst: &Value, v: Value) -> PyResult<()> {
        match &self.fset {
            Some(s) => {
                let s = s.dup();
                crate::vm::call(&s, smallvec::smallvec![inst.dup(), v]).map(drop)
            }
            None => err(ExcKind::AttributeError, format!("{} has no setter", self.what(inst))),
        }
    }

    /// `del instance.x`.
    pub fn delete(&self, inst: &Value) -> PyResult<()> {
        match &self.fdel {
            Some(d) => {
                let d = d.dup();
                crate::vm::call(&d, smallvec::smallvec![inst.dup()]).map(drop)
            }
            None => err(ExcKind::AttributeError, format!("{} has no deleter", self.what(inst))),
        }
    }

    /// CPython's `property_traverse` order.
    pub fn children(&self, f: &mut impl FnMut(&Value)) {
        self.fget.iter().for_each(&mut *f);
        self.fset.iter().for_each(&mut *f);
        self.fdel.iter().for_each(&mut *f);
        self.doc.iter().for_each(&mut *f);
        self.name.iter().for_each(&mut *f);
    }

    /// `property_dealloc`: getter, setter, deleter, doc, name.
    pub fn release(self) {
        let Property { fget, fset, fdel, doc, name, .. } = self;
        drop(fget);
        drop(fset);
        drop(fdel);
        drop(doc);
        drop(name);
    }

    /// The collector's `tp_clear` (`property_clear` drops only the doc).
    pub fn clear(&mut self) {
        let old = self.doc.take();
        drop(old);
    }

    /// `sizeof`: the object without the collector's header.
    pub const SIZE: usize = 64;
}

/// `p.getter(f)`, `p.setter(f)`, `p.deleter(f)`: a copy with one function replaced
/// (`property_copy`; None keeps the old one).
pub fn copy_with(p: &Value, which: usize, func: Value) -> PyResult<Value> {
    let Obj::Property(old) = p.obj() else { unreachable!("a property") };
    let pick = |i: usize, cur: &Option<Value>| -> Option<Value> {
        if i == which && !matches!(func.obj(), Obj::None) {
            Some(func.dup())
        } else {
            cur.as_ref().map(Value::dup)
        }
    };
    let (g, s, d) = (pick(0, &old.fget), pick(1, &old.fset), pick(2, &old.fdel));
    // A doc taken from the old getter gives way to the new getter's.
    let doc = if old.getter_doc && g.is_some() { None } else { old.doc.as_ref().map(Value::dup) };
    let name = old.name.as_ref().map(Value::dup);
    drop(func);
    let new = Property::make(g, s, d, doc)?;
    if let Obj::Property(np) = new.obj_mut() {
        let prev = std::mem::replace(&mut np.name, name);
        drop(prev);
    }
    Ok(new)
}

/// An attribute of a property object.
pub fn getattr(p: &Value, n: Sym) -> Option<Value> {
    let Obj::Property(prop) = p.obj() else { return None };
    let opt = |v: &Option<Value>| v.as_ref().map_or_else(value::none, Value::dup);
    let which = match &*name(n) {
        "fget" => return Some(opt(&prop.fget)),
        "fset" => return Some(opt(&prop.fset)),
        "fdel" => return Some(opt(&prop.fdel)),
        "__doc__" => return Some(opt(&prop.doc)),
        "getter" => 0,
        "setter" => 1,
        "deleter" => 2,
        other => return super::descr_method(p, other),
    };
    let op = [super::Op::PropGetter, super::Op::PropSetter, super::Op::PropDeleter][which];
    Some(alloc(Obj::BoundBuiltin(Box::new((crate::builtins::BuiltinFn::Functools(op), p.dup())))))
}

/// `__set_name__`: the class being made names the property.
pub fn set_name(p: &Value, n: Sym) {
    if let Obj::Property(prop) = p.obj_mut() {
        let old = prop.name.replace(value::str_(&name(n)));
        drop(old);
    }
}
