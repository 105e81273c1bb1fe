//! The modules `import` can load: `sys` and `gc`, each created once and kept in the
//! runtime's module table (CPython's sys.modules).

use crate::builtins::BuiltinFn;
use crate::error::{err, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::{intern, name, Sym};
use crate::object::{Attrs, Module, Obj};
use crate::runtime::rt;

pub fn import(module: Sym) -> PyResult<Value> {
    if let Some((_, m)) = rt().modules.iter().find(|(n, _)| *n == module) {
        return Ok(m.dup());
    }
    let functions: &[BuiltinFn] = match &*name(module) {
        "sys" => &[BuiltinFn::GetRefCount, BuiltinFn::GetSizeOf],
        "gc" => &[
            BuiltinFn::GcCollect,
            BuiltinFn::GcIsEnabled,
            BuiltinFn::GcEnable,
            BuiltinFn::GcDisable,
            BuiltinFn::GcGetCount,
            BuiltinFn::GcGetThreshold,
            BuiltinFn::GcSetThreshold,
            BuiltinFn::GcIsTracked,
            BuiltinFn::GcGetReferents,
            BuiltinFn::GcGetReferrers,
        ],
        "copy" => &[BuiltinFn::CopyCopy, BuiltinFn::CopyDeepCopy],
        "weakref" => &[BuiltinFn::WeakrefRef, BuiltinFn::WeakrefCount],
        "functools" => &[],
        other => return err(ExcKind::ModuleNotFoundError, format!("No module named '{other}'")),
    };
    let mut attrs = Attrs::default();
    attrs.set(intern("__name__"), crate::value::interned(&name(module)));
    for f in functions {
        attrs.set(intern(f.name()), alloc(Obj::Builtin(*f)));
    }
    if &*name(module) == "functools" {
        for (n, v) in crate::objects::functools::module_attrs() {
            attrs.set(intern(n), v);
        }
    }
    if &*name(module) == "gc" {
        attrs.set(intern("garbage"), crate::value::list(Vec::new()));
    }
    if &*name(module) == "sys" {
        let info = ["3", "11", "7"].iter().map(|d| crate::value::int(d.parse().unwrap())).collect::<Vec<_>>();
        let mut items = info;
        items.push(crate::value::interned("final"));
        items.push(crate::value::int(0));
        attrs.set(intern("version_info"), crate::value::tuple(items));
        attrs.set(intern("maxsize"), crate::value::int(i64::MAX));
    }
    let m = alloc(Obj::Module(Box::new(Module { name: module, attrs })));
    rt().modules.push((module, m.dup()));
    Ok(m)
}
