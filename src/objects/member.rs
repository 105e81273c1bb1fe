//! `member_descriptor`: one `__slots__` name on its class. It reads and writes one slot
//! of an instance's fixed slot array; it holds its class (CPython's `d_type`), so a
//! class with slots is in a cycle with its members.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::heap::Value;
use crate::intern::{name, Sym};
use crate::object::{type_name, Obj};

pub struct Member {
    pub name: Sym,
    /// The index of the slot in the instance's slot array (inherited slots first).
    pub index: usize,
    pub class: Value,
}

/// `sys.getsizeof` without the collector's header: PyMemberDescrObject.
pub const SIZE: usize = 48;

impl Member {
    pub fn new(name: Sym, index: usize, class: &Value) -> Member {
        Member { name, index, class: class.dup() }
    }

    fn owner_name(&self) -> std::rc::Rc<str> {
        match self.class.obj() {
            Obj::Class(c) => name(c.name),
            _ => name(self.name),
        }
    }

    /// `__name__` and `__objclass__`.
    pub fn getattr(&self, n: &str) -> Option<Value> {
        match n {
            "__name__" => Some(crate::value::str_(&name(self.name))),
            "__objclass__" => Some(self.class.dup()),
            _ => None,
        }
    }

    pub fn repr(&self) -> String {
        format!("<member '{}' of '{}' objects>", name(self.name), self.owner_name())
    }

    /// The descriptor applies to instances of its class only.
    fn check(&self, inst: &Value) -> PyResult<()> {
        let ok = match inst.obj() {
            Obj::Instance(i) => crate::vm::is_subclass(&i.class, &self.class),
            _ => false,
        };
        if ok {
            return Ok(());
        }
        Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                name(self.name),
                self.owner_name(),
                type_name(inst)
            ),
        ))
    }

    /// `inst.name`: the slot's value, or AttributeError while it is empty.
    pub fn get(&self, inst: &Value) -> PyResult<Value> {
        self.check(inst)?;
        if let Obj::Instance(i) = inst.obj() {
            if let Some(Some(v)) = i.slots.get(self.index) {
                return Ok(v.dup());
            }
        }
        Err(PyErr::new(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{}'", type_name(inst), name(self.name)),
        ))
    }

    /// `inst.name = v` (Some) or `del inst.name` (None).
    pub fn set(&self, inst: &Value, v: Option<Value>) -> PyResult<()> {
        self.check(inst)?;
        let deleting = v.is_none();
        let old = match inst.obj_mut() {
            Obj::Instance(i) => {
                if i.slots.len() <= self.index {
                    let mut grown = std::mem::take(&mut i.slots).into_vec();
                    grown.resize_with(self.index + 1, || None);
                    i.slots = grown.into();
                }
                std::mem::replace(&mut i.slots[self.index], v)
            }
            _ => None,
        };
        if deleting && old.is_none() {
            return Err(PyErr::new(ExcKind::AttributeError, name(self.name).to_string()));
        }
        drop(old);
        Ok(())
    }

    pub fn for_each_child(&self, f: &mut impl FnMut(&Value)) {
        f(&self.class);
    }

    pub fn release(self) {
        drop(self.class);
    }
}
