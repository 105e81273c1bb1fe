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
            BuiltinFn::SysGetIntMaxStrDigits,
            BuiltinFn::SysSetIntMaxStrDigits,
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
        "_weakref" => &[BuiltinFn::WeakrefRef, BuiltinFn::WeakrefCount],
        "math" => &[],
        // Views of the interpreter's own tables (see `module_attr`).
        "builtins" | "__main__" => &[],
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
    ("weakref", include_str!("stdlib/weakref.py")),
    ("atexit", include_str!("stdlib/atexit.py")),
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

/// The namespace object in `slot` (a library module, a namespace dict of `exec`, the
/// globals' own dict, or the (locals, globals) pair of an `exec` given both), without
/// taking a reference: library modules live as long as the interpreter, and a dict
/// lives as long as the functions whose code names it (they hold it as `__globals__`)
/// or the `exec` running the code. A slot that no longer holds a namespace reads as an
/// empty one.
fn namespace(slot: u32) -> std::mem::ManuallyDrop<Value> {
    // SAFETY: slots are never returned to the system; see above for what keeps it alive.
    std::mem::ManuallyDrop::new(unsafe { Value::from_raw(slot) })
}

fn key(n: Sym) -> Value {
    crate::value::interned(&name(n))
}

/// `n` in one namespace object (not the builtins).
fn lookup(ns: &Value, n: Sym) -> PyResult<Option<Value>> {
    Ok(match ns.obj() {
        Obj::Module(m) => m.attrs.get(n).map(Value::dup),
        Obj::Dict(d) => d.get(&key(n))?.map(Value::dup),
        Obj::MainDict => crate::runtime::get_global(n).map(Value::dup),
        Obj::Tuple(pair) if pair.len() == 2 => match lookup(&pair[0], n)? {
            Some(v) => Some(v),
            None => lookup(&pair[1], n)?,
        },
        _ => None,
    })
}

/// The `__builtins__` a globals dict names, if it names one: then its names, not the
/// interpreter's, are the builtins (CPython's `exec(src, {'__builtins__': {}})`).
fn own_builtins(ns: &Value) -> PyResult<Option<Value>> {
    match ns.obj() {
        Obj::Dict(d) => Ok(d.get(&key(crate::intern::intern("__builtins__")))?.map(Value::dup)),
        Obj::Tuple(pair) if pair.len() == 2 => own_builtins(&pair[1]),
        _ => Ok(None),
    }
}

/// A global of code compiled with a namespace of its own, else a builtin.
pub fn load_global(n: Sym, module: u32) -> PyResult<Value> {
    let ns = namespace(module);
    if let Some(v) = lookup(&ns, n)? {
        return Ok(v);
    }
    if let Some(b) = own_builtins(&ns)? {
        let found = match b.obj() {
            Obj::Module(m) => module_attr(m, n),
            _ => lookup(&b, n)?,
        };
        return found.ok_or_else(|| crate::vm::name_error(n, None));
    }
    match crate::runtime::get_builtin(n) {
        Some(v) => Ok(v.dup()),
        None => Err(crate::vm::name_error(n, None)),
    }
}

/// Where a namespace's code binds and deletes names: the locals of a (locals, globals)
/// pair, else the namespace itself.
fn write_target(module: u32) -> Value {
    let ns = namespace(module);
    match ns.obj() {
        Obj::Tuple(pair) if pair.len() == 2 => pair[0].dup(),
        _ => ns.dup(),
    }
}

pub fn store_global(n: Sym, module: u32, v: Value) -> PyResult<()> {
    let target = write_target(module);
    let old = match target.obj_mut() {
        Obj::Module(m) => m.attrs.set(n, v),
        Obj::Dict(d) => d.set(key(n), v)?,
        Obj::MainDict => {
            crate::runtime::set_global(n, v);
            None
        }
        _ => None,
    };
    drop(old);
    Ok(())
}

pub fn del_global(n: Sym, module: u32) -> PyResult<Option<Value>> {
    let target = write_target(module);
    let r = match target.obj_mut() {
        Obj::Module(m) => m.attrs.remove(n),
        Obj::Dict(d) => d.remove(&key(n))?.map(|(k, v)| {
            drop(k);
            v
        }),
        Obj::MainDict => crate::runtime::del_global(n),
        _ => None,
    };
    Ok(r)
}

/// What a function made by code whose globals are namespace `module` holds as its
/// `__globals__`: a dict namespace (which nothing else keeps alive for the code).
pub fn globals_to_hold(module: Option<u32>) -> Option<Value> {
    let ns = namespace(module?);
    matches!(ns.obj(), Obj::Dict(_)).then(|| ns.dup())
}

/// A module `import` has loaded, if it has.
pub fn loaded(module: &str) -> Option<Value> {
    rt().modules.iter().find(|(n, _)| &*name(*n) == module).map(|(_, m)| m.dup())
}

/// Which table a module's attributes live in.
enum Table {
    Own,
    /// `__main__`: the globals' table.
    Main,
    /// `builtins`: the builtins' table.
    Builtins,
}

fn table(m: &Module) -> Table {
    match &*name(m.name) {
        "__main__" => Table::Main,
        "builtins" => Table::Builtins,
        _ => Table::Own,
    }
}

/// `module.n`: its own attributes, or for `__main__` and `builtins` the interpreter's
/// tables those modules are.
pub fn module_attr(m: &Module, n: Sym) -> Option<Value> {
    match table(m) {
        Table::Own => m.attrs.get(n).map(Value::dup),
        Table::Main if n == crate::intern::sym::__dict__ => Some(crate::objects::main_dict::get()),
        Table::Main => crate::runtime::get_global(n).map(Value::dup),
        Table::Builtins => m.attrs.get(n).or_else(|| crate::runtime::get_builtin(n)).map(Value::dup),
    }
}

/// `module.n = v`.
pub fn set_module_attr(o: &Value, n: Sym, v: Value) {
    let Obj::Module(m) = o.obj_mut() else { return };
    match table(m) {
        Table::Main => crate::runtime::set_global(n, v),
        Table::Builtins => crate::runtime::set_builtin(n, v),
        Table::Own => drop(m.attrs.set(n, v)),
    }
}

/// `del module.n`: the value removed, if it was there.
pub fn del_module_attr(o: &Value, n: Sym) -> Option<Value> {
    let Obj::Module(m) = o.obj_mut() else { return None };
    match table(m) {
        Table::Main => crate::runtime::del_global(n),
        Table::Builtins | Table::Own => m.attrs.remove(n),
    }
}

/// The names `dir(module)` lists (unsorted).
pub fn module_names(m: &Module) -> Vec<Sym> {
    let r = rt();
    match table(m) {
        Table::Main => r.global_order.iter().copied().filter(|&s| crate::runtime::get_global(s).is_some()).collect(),
        Table::Builtins => r.builtin_order.clone(),
        Table::Own => m.attrs.0.iter().map(|(s, _)| *s).collect(),
    }
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
