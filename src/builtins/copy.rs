//! The `copy` module: `copy.copy` (a new container holding the same items) and
//! `copy.deepcopy` (new containers all the way down, shared parts shared once, via a memo).
use crate::error::{type_error, PyResult};
use crate::heap::{alloc, Value};
use crate::object::{Attrs, Instance, Obj};
use crate::value;
use std::collections::HashMap;

pub fn copy(v: &Value) -> PyResult<Value> {
    Ok(match v.obj() {
        Obj::List(items) => value::list(items.iter().map(Value::dup).collect()),
        Obj::Dict(_) => super::dict::dict_copy(v)?,
        Obj::Set(s) if s.frozen => v.dup(),
        Obj::Set(s) => super::dict::new_set(s.iter().map(Value::dup).collect::<Vec<_>>().into_iter())?,
        Obj::ByteArray(b) => crate::objects::bytearray::new(b.data().to_vec()),
        Obj::Instance(inst) => {
            let attrs = Attrs(crate::objects::instance_dict::attr_items(inst).into());
            alloc(Obj::Instance(Box::new(Instance {
                class: inst.class.dup(),
                attrs,
                finalized: false,
                bare: inst.bare,
                slots: inst.slots.iter().map(|s| s.as_ref().map(Value::dup)).collect(),
                dict: None,
                native: match &inst.native {
                    Some(n) => {
                        let c = copy(n)?;
                        crate::gc::embed(&c);
                        Some(c)
                    }
                    None => None,
                },
            })))
        }
        _ => v.dup(),
    })
}

pub fn deepcopy(v: &Value) -> PyResult<Value> {
    let mut memo: HashMap<u32, Value> = HashMap::new();
    deep(v, &mut memo)
}

thread_local! {
    /// How deep `deep` has descended.
    static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// One level of `deepcopy`, bounded as CPython's is: its `deepcopy` and the type's copier
/// are two Python frames a level, so the recursion limit stops it with a RecursionError
/// (and no Rust stack is at risk).
fn deep(v: &Value, memo: &mut HashMap<u32, Value>) -> PyResult<Value> {
    let depth = DEPTH.with(|d| d.get());
    if crate::runtime::rt().depth + 2 * depth + 2 >= crate::runtime::recursion_limit() {
        return crate::error::err(
            crate::error::ExcKind::RecursionError,
            "maximum recursion depth exceeded while calling a Python object",
        );
    }
    DEPTH.with(|d| d.set(depth + 1));
    let r = deep_level(v, memo);
    DEPTH.with(|d| d.set(depth));
    r
}

fn deep_level(v: &Value, memo: &mut HashMap<u32, Value>) -> PyResult<Value> {
    if let Some(done) = memo.get(&v.index()) {
        return Ok(done.dup());
    }
    let out = match v.obj() {
        Obj::List(items) => {
            let out = value::list(Vec::new());
            memo.insert(v.index(), out.dup());
            let items: Vec<Value> = items.iter().map(Value::dup).collect();
            for x in items {
                let c = deep(&x, memo)?;
                let Obj::List(o) = out.obj_mut() else { unreachable!() };
                super::list::append(o, c);
            }
            out
        }
        Obj::Tuple(items) => {
            let copies = items.iter().map(|x| deep(x, memo)).collect::<PyResult<Vec<_>>>()?;
            // A tuple reached again through its own items was copied on the way.
            if let Some(done) = memo.get(&v.index()) {
                return Ok(done.dup());
            }
            if copies.iter().zip(items.iter()).all(|(a, b)| a.is(b)) {
                return Ok(v.dup());
            }
            let t = value::tuple(copies);
            memo.insert(v.index(), t.dup());
            t
        }
        Obj::Dict(d) => {
            let out = alloc(Obj::Dict(Box::default()));
            memo.insert(v.index(), out.dup());
            let pairs: Vec<(Value, Value)> = d.entries.iter().map(|(_, k, x)| (k.dup(), x.dup())).collect();
            for (k, x) in pairs {
                let (k, x) = (deep(&k, memo)?, deep(&x, memo)?);
                let Obj::Dict(o) = out.obj_mut() else { unreachable!() };
                o.set(k, x)?;
            }
            out
        }
        Obj::Set(s) => {
            let items: Vec<Value> = s.iter().map(Value::dup).collect();
            let copies = items.iter().map(|x| deep(x, memo)).collect::<PyResult<Vec<_>>>()?;
            let r = super::dict::new_set(copies.into_iter())?;
            if s.frozen {
                crate::objects::frozenset::freeze(r)
            } else {
                r
            }
        }
        Obj::ByteArray(b) => crate::objects::bytearray::new(b.data().to_vec()),
        Obj::Instance(inst) => {
            let out = alloc(Obj::Instance(Box::new(Instance {
                class: inst.class.dup(),
                attrs: Attrs::default(),
                finalized: false,
                bare: inst.bare,
                slots: Default::default(),
                dict: None,
                native: None,
            })));
            memo.insert(v.index(), out.dup());
            let attrs: Vec<(crate::intern::Sym, Value)> = crate::objects::instance_dict::attr_items(inst);
            for (k, x) in attrs {
                let c = deep(&x, memo)?;
                let Obj::Instance(o) = out.obj_mut() else { unreachable!() };
                o.attrs.set(k, c);
            }
            let slots: Vec<Option<Value>> = inst.slots.iter().map(|s| s.as_ref().map(Value::dup)).collect();
            let mut copies = Vec::with_capacity(slots.len());
            for s in slots {
                copies.push(match s {
                    Some(x) => Some(deep(&x, memo)?),
                    None => None,
                });
            }
            let native = match inst.native.as_ref().map(Value::dup) {
                Some(n) => {
                    let c = deep(&n, memo)?;
                    crate::gc::embed(&c);
                    Some(c)
                }
                None => None,
            };
            let Obj::Instance(o) = out.obj_mut() else { unreachable!() };
            o.slots = copies.into();
            o.native = native;
            out
        }
        Obj::Iter(_) | Obj::Cell(_) => {
            return type_error(format!("cannot pickle '{}' object", crate::object::type_name(v)))
        }
        _ => v.dup(),
    };
    Ok(out)
}
