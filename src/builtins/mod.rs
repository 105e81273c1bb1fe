//! The builtins: the function and type tables, and where each lives —
//! `functions.rs` (print, len, id, ..., sys.getrefcount, gc.collect), `types.rs` (calling
//! int, list, range, type ...), `list.rs` (list methods), `str.rs` (str methods),
//! `subscript.rs` (items and slices), `names.rs` (CPython's name tables for hints).

mod functions;
mod list;
mod names;
mod str;
mod subscript;
mod types;

pub use functions::{call, call_kw};
pub use list::{call_method, list_extend, method};
pub use names::{dir_of_type, CPYTHON_BUILTIN_NAMES};
pub use subscript::{del_item, del_slice, get_item, get_slice, set_item, set_slice};
pub use types::{call_type, iterate, type_of};

use crate::object::release_reversed;

use crate::error::{type_error, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::intern;
use crate::object::Obj;
use crate::runtime::{rt, set_builtin};
use smallvec::SmallVec;

/// Arguments of a call: owned references, as on CPython's evaluation stack.
pub type Args = SmallVec<[Value; 4]>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeId {
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Range,
    Function,
    Type,
    Object,
    Method,
    BuiltinFunction,
    Module,
}

impl TypeId {
    pub const ALL: [TypeId; 14] = [
        TypeId::NoneType,
        TypeId::Bool,
        TypeId::Int,
        TypeId::Float,
        TypeId::Str,
        TypeId::List,
        TypeId::Tuple,
        TypeId::Range,
        TypeId::Function,
        TypeId::Type,
        TypeId::Object,
        TypeId::Method,
        TypeId::BuiltinFunction,
        TypeId::Module,
    ];

    pub fn name(self) -> &'static str {
        match self {
            TypeId::NoneType => "NoneType",
            TypeId::Bool => "bool",
            TypeId::Int => "int",
            TypeId::Float => "float",
            TypeId::Str => "str",
            TypeId::List => "list",
            TypeId::Tuple => "tuple",
            TypeId::Range => "range",
            TypeId::Function => "function",
            TypeId::Type => "type",
            TypeId::Object => "object",
            TypeId::Method => "method",
            TypeId::BuiltinFunction => "builtin_function_or_method",
            TypeId::Module => "module",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinFn {
    Print,
    Len,
    Id,
    Repr,
    Abs,
    IsInstance,
    GetRefCount,
    GcCollect,
    Exit,
    Quit,
    ListAppend,
    ListPop,
    ListInsert,
    ListExtend,
    ListClear,
    ListIndex,
    ListCount,
    ListRemove,
    ListReverse,
    ListCopy,
    // The builtin function format() and the methods of str (str.rs).
    Format,
    StrUpper,
    StrLower,
    StrSplit,
    StrRsplit,
    StrJoin,
    StrReplace,
    StrStrip,
    StrLstrip,
    StrRstrip,
    StrStartswith,
    StrEndswith,
    StrFind,
    StrRfind,
    StrIndex,
    StrRindex,
    StrCount,
    StrFormat,
    StrTitle,
    StrCapitalize,
    StrIsdigit,
    StrIsalpha,
    StrIsalnum,
    StrIsspace,
    StrIsupper,
    StrIslower,
    StrZfill,
    StrCenter,
    StrLjust,
    StrRjust,
    StrSplitlines,
    StrPartition,
    StrRpartition,
}

impl BuiltinFn {
    pub fn name(self) -> &'static str {
        match self {
            BuiltinFn::Print => "print",
            BuiltinFn::Len => "len",
            BuiltinFn::Id => "id",
            BuiltinFn::Repr => "repr",
            BuiltinFn::Abs => "abs",
            BuiltinFn::IsInstance => "isinstance",
            BuiltinFn::GetRefCount => "getrefcount",
            BuiltinFn::Exit => "exit",
            BuiltinFn::Quit => "quit",
            BuiltinFn::GcCollect => "collect",
            BuiltinFn::ListAppend => "append",
            BuiltinFn::ListPop => "pop",
            BuiltinFn::ListInsert => "insert",
            BuiltinFn::ListExtend => "extend",
            BuiltinFn::ListClear => "clear",
            BuiltinFn::ListIndex => "index",
            BuiltinFn::ListCount => "count",
            BuiltinFn::ListRemove => "remove",
            BuiltinFn::ListReverse => "reverse",
            BuiltinFn::ListCopy => "copy",
            // format() and the methods of str.
            BuiltinFn::Format => "format",
            BuiltinFn::StrUpper => "upper",
            BuiltinFn::StrLower => "lower",
            BuiltinFn::StrSplit => "split",
            BuiltinFn::StrRsplit => "rsplit",
            BuiltinFn::StrJoin => "join",
            BuiltinFn::StrReplace => "replace",
            BuiltinFn::StrStrip => "strip",
            BuiltinFn::StrLstrip => "lstrip",
            BuiltinFn::StrRstrip => "rstrip",
            BuiltinFn::StrStartswith => "startswith",
            BuiltinFn::StrEndswith => "endswith",
            BuiltinFn::StrFind => "find",
            BuiltinFn::StrRfind => "rfind",
            BuiltinFn::StrIndex => "index",
            BuiltinFn::StrRindex => "rindex",
            BuiltinFn::StrCount => "count",
            BuiltinFn::StrFormat => "format",
            BuiltinFn::StrTitle => "title",
            BuiltinFn::StrCapitalize => "capitalize",
            BuiltinFn::StrIsdigit => "isdigit",
            BuiltinFn::StrIsalpha => "isalpha",
            BuiltinFn::StrIsalnum => "isalnum",
            BuiltinFn::StrIsspace => "isspace",
            BuiltinFn::StrIsupper => "isupper",
            BuiltinFn::StrIslower => "islower",
            BuiltinFn::StrZfill => "zfill",
            BuiltinFn::StrCenter => "center",
            BuiltinFn::StrLjust => "ljust",
            BuiltinFn::StrRjust => "rjust",
            BuiltinFn::StrSplitlines => "splitlines",
            BuiltinFn::StrPartition => "partition",
            BuiltinFn::StrRpartition => "rpartition",
        }
    }
}

/// Bind the builtins minipy has in the builtins table.
pub fn install() {
    for b in [
        BuiltinFn::Print,
        BuiltinFn::Len,
        BuiltinFn::Id,
        BuiltinFn::Repr,
        BuiltinFn::Abs,
        BuiltinFn::IsInstance,
        BuiltinFn::Format,
        BuiltinFn::Exit,
        BuiltinFn::Quit,
    ] {
        set_builtin(intern(b.name()), alloc(Obj::Builtin(b)));
    }
    // The types Python code can name (NoneType, function, method... it cannot).
    for t in TypeId::ALL {
        if matches!(t, TypeId::NoneType | TypeId::Function | TypeId::Method | TypeId::BuiltinFunction | TypeId::Module)
        {
            continue;
        }
        let v = rt().type_object(t).dup();
        set_builtin(intern(t.name()), v);
    }
}

fn exactly_one(what: &str, args: &Args) -> PyResult<()> {
    if args.len() != 1 {
        return type_error(format!("{what}() takes exactly one argument ({} given)", args.len()));
    }
    Ok(())
}

/// A builtin method called with keyword arguments: only some str methods take them.
pub fn call_method_kw(
    b: BuiltinFn,
    this: &Value,
    args: Args,
    kwargs: Vec<(crate::intern::Sym, Value)>,
) -> PyResult<Value> {
    if let Obj::Str(_) = this.obj() {
        return str::call_method_kw(b, this, args, kwargs);
    }
    type_error(format!("{}.{}() takes no keyword arguments", crate::object::type_name(this), b.name()))
}
