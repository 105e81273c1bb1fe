//! The modules `import` can load, each created once and kept in the runtime's module
//! table (CPython's sys.modules): builtin ones (`sys`, `gc`, `copy`, `weakref`, `inspect`)
//! made of builtin functions, and library ones written in Python (`src/stdlib/*.py`),
//! compiled so that their globals are the module object's attributes.

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
    if let Some(&(_, text)) = LIBRARY.iter().find(|(n, _)| *n == &*name(module)) {
        return import_library(module, text);
    }
    let functions: &[BuiltinFn] = match &*name(module) {
        "sys" => &[
            BuiltinFn::GetRefCount,
            BuiltinFn::GetSizeOf,
            BuiltinFn::SysExcInfo,
            BuiltinFn::SysGetRecursionLimit,
            BuiltinFn::SysSetRecursionLimit,
            BuiltinFn::SysExit,
        ],
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
        "math" => &[],
        "functools" => &[],
        "inspect" => &[
            BuiltinFn::InspectGetGeneratorState,
            BuiltinFn::InspectGetGeneratorLocals,
            BuiltinFn::InspectIsGenerator,
            BuiltinFn::InspectIsGeneratorFunction,
        ],
        other => {
            let e = crate::error::PyErr::new(ExcKind::ModuleNotFoundError, format!("No module named '{other}'"));
            return Err(e.with_field("name", crate::value::str_(other)));
        }
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
        sys_attrs(&mut attrs);
    }
    if &*name(module) == "math" {
        for (i, f) in crate::builtins::math::FUNCTIONS.iter().enumerate() {
            attrs.set(intern(f), alloc(Obj::Builtin(BuiltinFn::Math(i as u8))));
        }
        for (n, v) in crate::builtins::math::constants() {
            attrs.set(intern(n), v);
        }
    }
    let m = alloc(Obj::Module(Box::new(Module { name: module, attrs })));
    rt().modules.push((module, m.dup()));
    Ok(m)
}

/// The data attributes of `sys`: version, version_info, implementation, maxsize, argv.
fn sys_attrs(attrs: &mut Attrs) {
    use crate::value::{int, interned, str_};
    let items = vec![int(3), int(11), int(7), interned("final"), int(0)];
    let info = alloc(Obj::CacheInfo(Box::new(crate::objects::functools::CacheInfo(
        items,
        &crate::objects::functools::VERSION_INFO,
    ))));
    attrs.set(intern("version"), str_("3.11.7 (minipy)"));
    attrs.set(intern("version_info"), info.dup());
    attrs.set(intern("maxsize"), int(i64::MAX));
    for (names, fd) in [
        (["stdout", "__stdout__"], crate::objects::stdstream::STDOUT),
        (["stderr", "__stderr__"], crate::objects::stdstream::STDERR),
    ] {
        let stream = alloc(Obj::StdStream(fd));
        for n in names {
            attrs.set(intern(n), stream.dup());
        }
    }
    attrs.set(intern("byteorder"), interned(if cfg!(target_endian = "little") { "little" } else { "big" }));
    // sys.implementation: a namespace with name, cache_tag, version.
    let imp = alloc(Obj::CacheInfo(Box::new(crate::objects::functools::CacheInfo(
        vec![interned("minipy"), crate::value::none(), info],
        &crate::objects::functools::IMPLEMENTATION,
    ))));
    attrs.set(intern("implementation"), imp);
    let argv = SCRIPT.lock().map(|s| s.clone()).unwrap_or_default().unwrap_or_default();
    attrs.set(intern("argv"), crate::value::list(vec![str_(&argv)]));
}

/// A module's attributes that are made when asked for: `m.__dict__` (a dict of its
/// names, a snapshot: a module's names are not kept in a dict) and `sys.modules` (the
/// loaded modules by name, a snapshot of the module table).
pub fn computed_attr(m: &Module, n: Sym) -> Option<PyResult<Value>> {
    let text = name(n);
    let pairs: Vec<(Value, Value)> = if n == crate::intern::sym::__dict__ {
        m.attrs.0.iter().map(|(k, v)| (crate::value::interned(&name(*k)), v.dup())).collect()
    } else if &*text == "modules" && &*name(m.name) == "sys" {
        rt().modules.iter().map(|(k, v)| (crate::value::interned(&name(*k)), v.dup())).collect()
    } else {
        return None;
    };
    let mut d = crate::table::Dict::default();
    for (k, v) in pairs {
        if let Err(e) = d.set(k, v) {
            return Some(Err(e));
        }
    }
    Some(Ok(alloc(Obj::Dict(Box::new(d)))))
}

/// The script being run, for `sys.argv` (None at the prompt).
static SCRIPT: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Record the script path `sys.argv[0]` shows.
pub fn set_script(path: &str) {
    *SCRIPT.lock().unwrap_or_else(|e| e.into_inner()) = Some(path.to_string());
}

/// The library modules written in Python.
const LIBRARY: &[(&str, &str)] = &[
    ("contextlib", include_str!("stdlib/contextlib.py")),
    ("itertools", include_str!("stdlib/itertools.py")),
    ("operator", include_str!("stdlib/operator.py")),
    ("abc", include_str!("stdlib/abc.py")),
    ("types", include_str!("stdlib/types.py")),
    ("collections", include_str!("stdlib/collections.py")),
];

/// Run a library module's source in a module object of its own. The module is in the
/// module table before its code runs, as CPython's import puts it in sys.modules first.
fn import_library(module: Sym, text: &str) -> PyResult<Value> {
    let mut attrs = Attrs::default();
    attrs.set(intern("__name__"), crate::value::interned(&name(module)));
    let m = alloc(Obj::Module(Box::new(Module { name: module, attrs })));
    rt().modules.push((module, m.dup()));
    let filename = format!("<minipy>/{}.py", name(module));
    let source = std::rc::Rc::new(crate::code::Source::new(&filename, text.to_string()));
    let stmts = match crate::parser::parse(&source, false) {
        crate::parser::Parsed::Complete(stmts) => stmts,
        _ => return err(ExcKind::ImportError, format!("cannot load library module '{}'", name(module))),
    };
    let unit = crate::compiler::compile_library(&stmts, source, m.index())
        .map_err(|_| crate::error::PyErr::new(ExcKind::ImportError, format!("cannot compile '{}'", name(module))))?;
    rt().running.push((unit.code.clone(), unit.parse_hold));
    let r = crate::vm::run_module_with(&unit.code, &mut |_| {});
    drop(rt().running.pop());
    r.map(|()| m)
}

fn attrs_of(module: u32) -> &'static mut Attrs {
    // SAFETY: library modules stay in the module table for the interpreter's life.
    let m = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(module) });
    match m.obj_mut() {
        Obj::Module(md) => &mut md.attrs,
        _ => unreachable!("a library module's slot holds the module"),
    }
}

/// A library module's global, else a builtin.
pub fn load_global(n: Sym, module: u32) -> PyResult<Value> {
    if let Some(v) = attrs_of(module).get(n) {
        return Ok(v.dup());
    }
    match crate::runtime::get_builtin(n) {
        Some(v) => Ok(v.dup()),
        None => Err(crate::vm::name_error(n, None)),
    }
}

pub fn store_global(n: Sym, module: u32, v: Value) {
    let old = attrs_of(module).set(n, v);
    drop(old);
}

pub fn del_global(n: Sym, module: u32) -> Option<Value> {
    attrs_of(module).remove(n)
}

/// What `from module import *` binds: the names in the module's `__all__`, else every
/// name not starting with an underscore, in the module's order.
pub fn public_names(m: &Value) -> PyResult<Vec<(Sym, Value)>> {
    let Obj::Module(md) = m.obj() else { return Ok(Vec::new()) };
    if let Some(all) = md.attrs.get(intern("__all__")) {
        let mut out = Vec::new();
        for n in crate::vm::collect(all)? {
            let Obj::Str(s) = n.obj() else {
                return err(
                    ExcKind::TypeError,
                    format!("Item in {}.__all__ must be str, not {}", name(md.name), crate::object::type_name(&n)),
                );
            };
            let sym = intern(s);
            let v = crate::vm::getattr(m, sym)?;
            out.push((sym, v));
        }
        return Ok(out);
    }
    Ok(md.attrs.0.iter().filter(|(n, _)| !name(*n).starts_with('_')).map(|(n, v)| (*n, v.dup())).collect())
}
