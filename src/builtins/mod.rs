//! The builtins: the function and type tables, and where each lives —
//! `functions.rs` (print, len, id, ..., sys.getrefcount, gc.collect), `types.rs` (calling
//! int, list, range, type ...), `list.rs` (list methods), `str.rs` (str methods),
//! `subscript.rs` (items and slices), `names.rs` (CPython's name tables for hints).

mod copy;
pub mod dict;
mod dir_names;
pub mod eval;
pub mod fastcall;
mod functions;
mod gc;
pub mod iterables;
pub mod list;
pub mod math;
mod names;
pub mod numbers;
mod sizeof;
mod str;
mod subscript;
mod types;
pub mod weakref;

pub use functions::{call, call_kw, container_len, is_callable};
pub use iterables::list_sort;
pub use list::{call_method, list_extend};
pub use names::{dir_of_type, CPYTHON_BUILTIN_NAMES};
pub use subscript::{del_item, del_slice, get_item, get_slice, sequence_item, set_item, set_slice};
pub use types::{call_type, call_type_kw, iterate, type_of};

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
    Dict,
    Set,
    Cell,
    Iterator,
    DictView,
    DictValues,
    DictItems,
    Super,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
    WeakRef,
    Generator,
    ListIterator,
    TupleIterator,
    StrIterator,
    RangeIterator,
    DictKeyIterator,
    DictValueIterator,
    DictItemIterator,
    SetIterator,
    ListReverseIterator,
    NotImplementedType,
    GetSetDescriptor,
    MemberDescriptor,
    Frame,
    Traceback,
    Namespace,
    Property,
    StaticMethod,
    ClassMethod,
    Partial,
    LruCacheWrapper,
    CacheInfo,
    Bytes,
    ByteArray,
    FrozenSet,
    BytesIterator,
    ByteArrayIterator,
    MappingProxy,
    Ellipsis,
    CallableIterator,
    Slice,
    Code,
    /// The struct sequences `sys.version_info` and `sys.implementation` (CacheInfo's kind).
    VersionInfo,
    SimpleNamespace,
    TextIOWrapper,
}

impl TypeId {
    pub const ALL: [TypeId; 63] = [
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
        TypeId::Dict,
        TypeId::Set,
        TypeId::Cell,
        TypeId::Iterator,
        TypeId::DictView,
        TypeId::DictValues,
        TypeId::DictItems,
        TypeId::Super,
        TypeId::Enumerate,
        TypeId::Zip,
        TypeId::Map,
        TypeId::Filter,
        TypeId::Reversed,
        TypeId::WeakRef,
        TypeId::Generator,
        TypeId::ListIterator,
        TypeId::TupleIterator,
        TypeId::StrIterator,
        TypeId::RangeIterator,
        TypeId::DictKeyIterator,
        TypeId::DictValueIterator,
        TypeId::DictItemIterator,
        TypeId::SetIterator,
        TypeId::ListReverseIterator,
        TypeId::NotImplementedType,
        TypeId::GetSetDescriptor,
        TypeId::MemberDescriptor,
        TypeId::Frame,
        TypeId::Traceback,
        TypeId::Namespace,
        TypeId::Property,
        TypeId::StaticMethod,
        TypeId::ClassMethod,
        TypeId::Partial,
        TypeId::LruCacheWrapper,
        TypeId::CacheInfo,
        TypeId::Bytes,
        TypeId::ByteArray,
        TypeId::FrozenSet,
        TypeId::BytesIterator,
        TypeId::ByteArrayIterator,
        TypeId::MappingProxy,
        TypeId::Ellipsis,
        TypeId::CallableIterator,
        TypeId::Slice,
        TypeId::Code,
        TypeId::VersionInfo,
        TypeId::SimpleNamespace,
        TypeId::TextIOWrapper,
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
            TypeId::Dict => "dict",
            TypeId::Set => "set",
            TypeId::Bytes => "bytes",
            TypeId::ByteArray => "bytearray",
            TypeId::FrozenSet => "frozenset",
            TypeId::BytesIterator => "bytes_iterator",
            TypeId::ByteArrayIterator => "bytearray_iterator",
            TypeId::Cell => "cell",
            TypeId::Iterator => "iterator",
            TypeId::DictView => "dict_keys",
            TypeId::DictValues => "dict_values",
            TypeId::DictItems => "dict_items",
            TypeId::Super => "super",
            TypeId::GetSetDescriptor => "getset_descriptor",
            TypeId::MemberDescriptor => "member_descriptor",
            TypeId::Frame => "frame",
            TypeId::Traceback => "traceback",
            TypeId::Namespace => "dict",
            TypeId::MappingProxy => "mappingproxy",
            TypeId::Slice => "slice",
            TypeId::Code => "code",
            TypeId::VersionInfo => "sys.version_info",
            TypeId::SimpleNamespace => "types.SimpleNamespace",
            TypeId::Enumerate => "enumerate",
            TypeId::Zip => "zip",
            TypeId::Map => "map",
            TypeId::Filter => "filter",
            TypeId::Reversed => "reversed",
            TypeId::WeakRef => "weakref.ReferenceType",
            TypeId::Generator => "generator",
            TypeId::ListIterator => "list_iterator",
            TypeId::TupleIterator => "tuple_iterator",
            TypeId::StrIterator => "str_ascii_iterator",
            TypeId::RangeIterator => "range_iterator",
            TypeId::DictKeyIterator => "dict_keyiterator",
            TypeId::DictValueIterator => "dict_valueiterator",
            TypeId::DictItemIterator => "dict_itemiterator",
            TypeId::SetIterator => "set_iterator",
            TypeId::ListReverseIterator => "list_reverseiterator",
            TypeId::NotImplementedType => "NotImplementedType",
            TypeId::Property => "property",
            TypeId::StaticMethod => "staticmethod",
            TypeId::ClassMethod => "classmethod",
            TypeId::Partial => "functools.partial",
            TypeId::LruCacheWrapper => "functools._lru_cache_wrapper",
            TypeId::CacheInfo => "CacheInfo",
            TypeId::Ellipsis => "ellipsis",
            TypeId::CallableIterator => "callable_iterator",
            TypeId::TextIOWrapper => "_io.TextIOWrapper",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinFn {
    Print,
    Len,
    Id,
    Repr,
    Vars,
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
    // Iterables, numbers, attributes (functions.rs, iterables.rs).
    Min,
    Max,
    Sum,
    Sorted,
    Any,
    All,
    Iter,
    Next,
    Hash,
    Hex,
    Bin,
    Oct,
    Round,
    Divmod,
    Chr,
    Ord,
    GetAttr,
    SetAttr,
    HasAttr,
    Callable,
    Input,
    Super,
    ExcInit,
    /// A builtin type's special method called by name (`src/objects/slot_wrapper.rs`).
    SlotHash,
    SlotNext,
    SlotBool,
    SlotIndex,
    SlotAbs,
    SlotUnary(crate::ast::UnaryOp),
    SlotCompare(crate::ast::CmpOp),
    SlotBinary(crate::ast::BinOp, bool),
    /// The other special methods of the builtin types (`__divmod__`, `__int__`,
    /// `__iadd__`, `__format__`, ...): an index into `slot_wrapper::EXTRA`.
    SlotExtra(u8),
    /// `range.count`, `range.index` (`objects/range.rs`).
    RangeCount,
    RangeIndex,
    /// `d.keys().isdisjoint(x)` (`objects/dictview.rs`).
    DictViewIsDisjoint,
    /// A method of `sys.stdout`/`sys.stderr` (`objects/stdstream.rs`).
    Stream(u8),
    /// `sys.exit(code)`.
    SysExit,
    ExcWithTraceback,
    ExcAddNote,
    ObjectInit,
    /// A function of the `math` module (its index in `math::FUNCTIONS`).
    Math(u8),
    /// `dir([obj])`.
    Dir,
    /// `object.__new__(cls)`.
    ObjectNew,
    /// `C.mro()`, `C.__subclasses__()`, object's `__init_subclass__`, `__setattr__`,
    /// `__getattribute__`, `__delattr__` (bound to the class or instance; `vm/class.rs`).
    ClassMro,
    ClassSubclasses,
    ObjectInitSubclass,
    ObjectSetAttr,
    ObjectGetAttribute,
    ObjectDelAttr,
    /// Methods of a builtin type reached through a subclass instance (`super().__init__`,
    /// `super().__setitem__`, ...; `vm/class.rs`).
    NativeInit,
    NativeGetItem,
    NativeSetItem,
    NativeDelItem,
    NativeLen,
    NativeContains,
    NativeRepr,
    NativeStr,
    NativeIter,
    /// The `NotImplemented` singleton a special method returns to decline.
    NotImplemented,
    ListSort,
    IsSubclass,
    DictFromKeys,
    Pow,
    DelAttr,
    CopyCopy,
    CopyDeepCopy,
    WeakrefRef,
    WeakrefCount,
    GcIsEnabled,
    GcEnable,
    GcDisable,
    GcGetCount,
    GcGetThreshold,
    GcSetThreshold,
    GcIsTracked,
    GcGetReferents,
    GcGetReferrers,
    GetSizeOf,
    // dict and set methods (dict.rs).
    DictGet,
    DictKeys,
    DictValues,
    DictItems,
    DictPop,
    DictPopItem,
    DictUpdate,
    DictSetDefault,
    DictCopy,
    DictClear,
    SetAdd,
    SetRemove,
    SetDiscard,
    SetPop,
    SetClear,
    SetCopy,
    SetUnion,
    SetIntersection,
    SetDifference,
    SetUpdate,
    SetIsSubset,
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
    StrSwapcase,
    StrCasefold,
    StrRemoveprefix,
    StrRemovesuffix,
    FloatIsInteger,
    IntBitLength,
    FloatAsIntegerRatio,
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
    /// The callables of src/objects (functools, property methods).
    Functools(crate::objects::Op),
    // Generator methods (objects/generator.rs).
    GenSend,
    GenThrow,
    GenClose,
    GenNext,
    GenIter,
    // The inspect module's generator functions (objects/generator.rs).
    InspectGetGeneratorState,
    InspectGetGeneratorLocals,
    InspectIsGenerator,
    InspectIsGeneratorFunction,
    SysExcInfo,
    /// A method of bytes or bytearray (`objects/bytes.rs`, `objects/bytearray.rs`).
    Bytes(crate::objects::bytes::BytesMethod),
    /// Methods of sets and frozensets added with frozenset (`objects/frozenset.rs`).
    SetIsSuperset,
    SetIsDisjoint,
    SetSymmetricDifference,
    SetSymmetricDifferenceUpdate,
    SetIntersectionUpdate,
    SetDifferenceUpdate,
    IntToBytes,
    IntFromBytes,
    StrEncode,
    BytesFromHex,
    StrIsidentifier,
    StrIstitle,
    StrIsprintable,
    StrIsascii,
    /// `s.indices(n)` of a slice object (`objects/slice.rs`).
    SliceIndices,
    /// `exec`, `eval`, `globals`, `locals` (`eval.rs`).
    Exec,
    Eval,
    Globals,
    Locals,
    Compile,
    StrIsdecimal,
    StrIsnumeric,
    StrExpandtabs,
    StrFormatMap,
    StrTranslate,
    StrMaketrans,
    IntBitCount,
    IntAsIntegerRatio,
    NumConjugate,
    FloatHex,
    FloatFromHex,
    Ascii,
    SysGetRecursionLimit,
    SysSetRecursionLimit,
    SysGetIntMaxStrDigits,
    SysSetIntMaxStrDigits,
    /// The `Ellipsis` singleton (`...`).
    Ellipsis,
}

impl BuiltinFn {
    /// A special method of a builtin type called by name (`objects/slot_wrapper.rs`).
    pub fn is_slot_wrapper(self) -> bool {
        matches!(
            self,
            BuiltinFn::SlotHash
                | BuiltinFn::SlotNext
                | BuiltinFn::SlotBool
                | BuiltinFn::SlotIndex
                | BuiltinFn::SlotAbs
                | BuiltinFn::SlotUnary(_)
                | BuiltinFn::SlotCompare(_)
                | BuiltinFn::SlotBinary(..)
        ) || matches!(self, BuiltinFn::SlotExtra(i) if crate::objects::slot_wrapper::extra_is_slot(i))
    }

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
            BuiltinFn::Min => "min",
            BuiltinFn::Max => "max",
            BuiltinFn::Sum => "sum",
            BuiltinFn::Sorted => "sorted",
            BuiltinFn::Any => "any",
            BuiltinFn::All => "all",
            BuiltinFn::Iter => "iter",
            BuiltinFn::Next => "next",
            BuiltinFn::Hash => "hash",
            BuiltinFn::Hex => "hex",
            BuiltinFn::Bin => "bin",
            BuiltinFn::Oct => "oct",
            BuiltinFn::Round => "round",
            BuiltinFn::Divmod => "divmod",
            BuiltinFn::Chr => "chr",
            BuiltinFn::Ord => "ord",
            BuiltinFn::GetAttr => "getattr",
            BuiltinFn::SetAttr => "setattr",
            BuiltinFn::HasAttr => "hasattr",
            BuiltinFn::Callable => "callable",
            BuiltinFn::Vars => "vars",
            BuiltinFn::Input => "input",
            BuiltinFn::Super => "super",
            BuiltinFn::ExcInit | BuiltinFn::ObjectInit => "__init__",
            BuiltinFn::ObjectNew => "__new__",
            BuiltinFn::Dir => "dir",
            BuiltinFn::Math(i) => math::FUNCTIONS[i as usize],
            BuiltinFn::ExcWithTraceback => "with_traceback",
            BuiltinFn::SlotHash
            | BuiltinFn::SlotNext
            | BuiltinFn::SlotBool
            | BuiltinFn::SlotIndex
            | BuiltinFn::SlotAbs
            | BuiltinFn::SlotUnary(_)
            | BuiltinFn::SlotCompare(_)
            | BuiltinFn::SlotBinary(..)
            | BuiltinFn::SlotExtra(_) => crate::objects::slot_wrapper::name_of(self),
            BuiltinFn::RangeCount => "count",
            BuiltinFn::RangeIndex => "index",
            BuiltinFn::DictViewIsDisjoint => "isdisjoint",
            BuiltinFn::Stream(m) => crate::objects::stdstream::method_name(m),
            BuiltinFn::SysExit => "exit",
            BuiltinFn::ExcAddNote => "add_note",
            BuiltinFn::ClassMro => "mro",
            BuiltinFn::ClassSubclasses => "__subclasses__",
            BuiltinFn::ObjectInitSubclass => "__init_subclass__",
            BuiltinFn::ObjectSetAttr => "__setattr__",
            BuiltinFn::ObjectGetAttribute => "__getattribute__",
            BuiltinFn::ObjectDelAttr => "__delattr__",
            BuiltinFn::NativeInit => "__init__",
            BuiltinFn::NativeGetItem => "__getitem__",
            BuiltinFn::NativeSetItem => "__setitem__",
            BuiltinFn::NativeDelItem => "__delitem__",
            BuiltinFn::NativeLen => "__len__",
            BuiltinFn::NativeContains => "__contains__",
            BuiltinFn::NativeRepr => "__repr__",
            BuiltinFn::NativeStr => "__str__",
            BuiltinFn::NativeIter => "__iter__",
            BuiltinFn::NotImplemented => "NotImplemented",
            BuiltinFn::ListSort => "sort",
            BuiltinFn::IsSubclass => "issubclass",
            BuiltinFn::DictFromKeys => "fromkeys",
            BuiltinFn::Pow => "pow",
            BuiltinFn::DelAttr => "delattr",
            BuiltinFn::CopyCopy => "copy",
            BuiltinFn::CopyDeepCopy => "deepcopy",
            BuiltinFn::WeakrefRef => "ref",
            BuiltinFn::WeakrefCount => "getweakrefcount",
            BuiltinFn::GcIsEnabled => "isenabled",
            BuiltinFn::GcEnable => "enable",
            BuiltinFn::GcDisable => "disable",
            BuiltinFn::GcGetCount => "get_count",
            BuiltinFn::GcGetThreshold => "get_threshold",
            BuiltinFn::GcSetThreshold => "set_threshold",
            BuiltinFn::GcIsTracked => "is_tracked",
            BuiltinFn::GcGetReferents => "get_referents",
            BuiltinFn::GcGetReferrers => "get_referrers",
            BuiltinFn::GetSizeOf => "getsizeof",
            BuiltinFn::DictGet => "get",
            BuiltinFn::DictKeys => "keys",
            BuiltinFn::DictValues => "values",
            BuiltinFn::DictItems => "items",
            BuiltinFn::DictPop | BuiltinFn::SetPop => "pop",
            BuiltinFn::DictPopItem => "popitem",
            BuiltinFn::DictUpdate | BuiltinFn::SetUpdate => "update",
            BuiltinFn::DictSetDefault => "setdefault",
            BuiltinFn::DictCopy | BuiltinFn::SetCopy => "copy",
            BuiltinFn::DictClear | BuiltinFn::SetClear => "clear",
            BuiltinFn::SetAdd => "add",
            BuiltinFn::SetRemove => "remove",
            BuiltinFn::SetDiscard => "discard",
            BuiltinFn::SetUnion => "union",
            BuiltinFn::SetIntersection => "intersection",
            BuiltinFn::SetDifference => "difference",
            BuiltinFn::SetIsSubset => "issubset",
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
            BuiltinFn::StrSwapcase => "swapcase",
            BuiltinFn::StrCasefold => "casefold",
            BuiltinFn::StrRemoveprefix => "removeprefix",
            BuiltinFn::StrRemovesuffix => "removesuffix",
            BuiltinFn::FloatIsInteger => "is_integer",
            BuiltinFn::IntBitLength => "bit_length",
            BuiltinFn::FloatAsIntegerRatio => "as_integer_ratio",
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
            BuiltinFn::Functools(op) => op.name(),
            BuiltinFn::GenSend => "send",
            BuiltinFn::GenThrow => "throw",
            BuiltinFn::GenClose => "close",
            BuiltinFn::GenNext => "__next__",
            BuiltinFn::GenIter => "__iter__",
            BuiltinFn::InspectGetGeneratorState => "getgeneratorstate",
            BuiltinFn::InspectGetGeneratorLocals => "getgeneratorlocals",
            BuiltinFn::InspectIsGenerator => "isgenerator",
            BuiltinFn::InspectIsGeneratorFunction => "isgeneratorfunction",
            BuiltinFn::SysExcInfo => "exc_info",
            BuiltinFn::Bytes(m) => m.name(),
            BuiltinFn::SetIsSuperset => "issuperset",
            BuiltinFn::SetIsDisjoint => "isdisjoint",
            BuiltinFn::SetSymmetricDifference => "symmetric_difference",
            BuiltinFn::SetSymmetricDifferenceUpdate => "symmetric_difference_update",
            BuiltinFn::SetIntersectionUpdate => "intersection_update",
            BuiltinFn::SetDifferenceUpdate => "difference_update",
            BuiltinFn::IntToBytes => "to_bytes",
            BuiltinFn::StrEncode => "encode",
            BuiltinFn::IntFromBytes => "from_bytes",
            BuiltinFn::BytesFromHex => "fromhex",
            BuiltinFn::StrIsidentifier => "isidentifier",
            BuiltinFn::StrIstitle => "istitle",
            BuiltinFn::StrIsprintable => "isprintable",
            BuiltinFn::StrIsascii => "isascii",
            BuiltinFn::SliceIndices => "indices",
            BuiltinFn::Exec => "exec",
            BuiltinFn::Eval => "eval",
            BuiltinFn::Globals => "globals",
            BuiltinFn::Locals => "locals",
            BuiltinFn::Compile => "compile",
            BuiltinFn::StrIsdecimal => "isdecimal",
            BuiltinFn::StrIsnumeric => "isnumeric",
            BuiltinFn::StrExpandtabs => "expandtabs",
            BuiltinFn::StrFormatMap => "format_map",
            BuiltinFn::StrTranslate => "translate",
            BuiltinFn::StrMaketrans => "maketrans",
            BuiltinFn::IntBitCount => "bit_count",
            BuiltinFn::IntAsIntegerRatio => "as_integer_ratio",
            BuiltinFn::NumConjugate => "conjugate",
            BuiltinFn::FloatHex => "hex",
            BuiltinFn::FloatFromHex => "fromhex",
            BuiltinFn::Ascii => "ascii",
            BuiltinFn::SysGetRecursionLimit => "getrecursionlimit",
            BuiltinFn::SysSetRecursionLimit => "setrecursionlimit",
            BuiltinFn::SysGetIntMaxStrDigits => "get_int_max_str_digits",
            BuiltinFn::SysSetIntMaxStrDigits => "set_int_max_str_digits",
            BuiltinFn::Ellipsis => "Ellipsis",
        }
    }
}

/// Bind the builtins minipy has in the builtins table.
pub fn install() {
    // The builtins module's own name: what code run in a namespace without `__name__`
    // (`exec(src, {})`) finds, and what its classes' `__module__` becomes.
    set_builtin(intern("__name__"), crate::value::interned("builtins"));
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
        BuiltinFn::Min,
        BuiltinFn::Max,
        BuiltinFn::Sum,
        BuiltinFn::Sorted,
        BuiltinFn::Any,
        BuiltinFn::All,
        BuiltinFn::Iter,
        BuiltinFn::Next,
        BuiltinFn::Hash,
        BuiltinFn::Hex,
        BuiltinFn::Bin,
        BuiltinFn::Oct,
        BuiltinFn::Round,
        BuiltinFn::Divmod,
        BuiltinFn::Chr,
        BuiltinFn::Ord,
        BuiltinFn::GetAttr,
        BuiltinFn::SetAttr,
        BuiltinFn::HasAttr,
        BuiltinFn::Callable,
        BuiltinFn::Dir,
        BuiltinFn::Vars,
        BuiltinFn::Input,
        BuiltinFn::Super,
        BuiltinFn::IsSubclass,
        BuiltinFn::NotImplemented,
        BuiltinFn::Pow,
        BuiltinFn::DelAttr,
        BuiltinFn::Ascii,
        BuiltinFn::Ellipsis,
        BuiltinFn::Exec,
        BuiltinFn::Eval,
        BuiltinFn::Globals,
        BuiltinFn::Locals,
        BuiltinFn::Compile,
    ] {
        set_builtin(intern(b.name()), alloc(Obj::Builtin(b)));
    }
    // The types Python code can name (NoneType, function, method... it cannot).
    for t in TypeId::ALL {
        if matches!(
            t,
            TypeId::NoneType
                | TypeId::Function
                | TypeId::Method
                | TypeId::BuiltinFunction
                | TypeId::Module
                | TypeId::Cell
                | TypeId::Iterator
                | TypeId::TextIOWrapper
                | TypeId::DictView
                | TypeId::DictValues
                | TypeId::DictItems
                | TypeId::Super
                | TypeId::GetSetDescriptor
                | TypeId::MemberDescriptor
                | TypeId::Frame
                | TypeId::Traceback
                | TypeId::Namespace
                | TypeId::MappingProxy
                | TypeId::WeakRef
                | TypeId::Generator
                | TypeId::ListIterator
                | TypeId::TupleIterator
                | TypeId::StrIterator
                | TypeId::BytesIterator
                | TypeId::ByteArrayIterator
                | TypeId::RangeIterator
                | TypeId::DictKeyIterator
                | TypeId::DictValueIterator
                | TypeId::DictItemIterator
                | TypeId::SetIterator
                | TypeId::ListReverseIterator
                | TypeId::NotImplementedType
                | TypeId::Partial
                | TypeId::LruCacheWrapper
                | TypeId::CacheInfo
                | TypeId::Ellipsis
                | TypeId::CallableIterator
                | TypeId::Code
                | TypeId::VersionInfo
                | TypeId::SimpleNamespace
        ) {
            continue;
        }
        let v = rt().type_object(t).dup();
        set_builtin(intern(t.name()), v);
    }
}

/// The `Ellipsis` singleton: the builtins' own object, which `...` evaluates to.
pub fn ellipsis() -> Value {
    match crate::runtime::get_builtin(intern("Ellipsis")) {
        Some(v) => v.dup(),
        None => alloc(Obj::Builtin(BuiltinFn::Ellipsis)),
    }
}

thread_local! {
    /// Builtin methods by (name, receiver type), filled as they are first looked up, so a
    /// hot `xs.append(x)` costs an index, not a string comparison.
    static METHODS: std::cell::RefCell<Vec<[Option<Option<BuiltinFn>>; 11]>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The builtin method `n` of `v`'s type, if it has one.
#[inline]
pub fn method(v: &Value, n: crate::intern::Sym) -> Option<BuiltinFn> {
    let kind = match v.obj() {
        Obj::List(_) => 0,
        Obj::Str(_) => 1,
        Obj::Dict(_) => 2,
        Obj::Set(s) if s.frozen => 9,
        Obj::Set(_) => 3,
        Obj::Tuple(_) => 4,
        Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) => 5,
        Obj::Float(_) => 6,
        Obj::Bytes(_) => 7,
        Obj::ByteArray(_) => 8,
        Obj::Range(_) => 10,
        _ => return None,
    };
    let i = n.0 as usize;
    match METHODS.with(|m| m.borrow().get(i).and_then(|row| row[kind])) {
        Some(hit) => hit,
        None => method_found(v, n, kind),
    }
}

/// `method`'s first lookup of `n` on a type: found and remembered.
#[inline(never)]
fn method_found(v: &Value, n: crate::intern::Sym, kind: usize) -> Option<BuiltinFn> {
    let found = list::lookup_method(v, n);
    METHODS.with(|m| {
        let mut m = m.borrow_mut();
        let i = n.0 as usize;
        if m.len() <= i {
            m.resize(i + 1, [None; 11]);
        }
        m[i][kind] = Some(found);
    });
    found
}

/// An attribute of a builtin type: its methods, unbound (`str.lower`), and `dict.fromkeys`.
pub fn type_attr(t: TypeId, n: crate::intern::Sym) -> Option<Value> {
    if t == TypeId::Object {
        use crate::intern::sym;
        let b = match n {
            n if n == sym::__setattr__ => BuiltinFn::ObjectSetAttr,
            n if n == sym::__getattribute__ => BuiltinFn::ObjectGetAttribute,
            n if n == sym::__delattr__ => BuiltinFn::ObjectDelAttr,
            n if n == sym::__init__ => BuiltinFn::ObjectInit,
            _ => return None,
        };
        return Some(alloc(Obj::BoundBuiltin(Box::new((b, rt().type_object(t).dup())))));
    }
    if n == crate::intern::sym::__hash__ && matches!(t, TypeId::List | TypeId::Dict | TypeId::Set | TypeId::ByteArray) {
        // The unhashable types set `__hash__` to None.
        return Some(crate::value::none());
    }
    if let Some(b) = crate::objects::alt_ctor::lookup(t, &crate::intern::name(n)) {
        return Some(alloc(Obj::BoundBuiltin(Box::new((b, rt().type_object(t).dup())))));
    }
    let sample = match t {
        TypeId::Str => crate::value::interned(""),
        TypeId::List => crate::value::list(Vec::new()),
        TypeId::Dict => alloc(Obj::Dict(Box::default())),
        TypeId::Set => alloc(Obj::Set(Box::default())),
        TypeId::FrozenSet => crate::objects::frozenset::empty(),
        TypeId::Bytes => crate::objects::bytes::new(b""),
        TypeId::ByteArray => crate::objects::bytearray::new(Vec::new()),
        TypeId::Int => crate::value::int(0),
        TypeId::Float => crate::value::float(0.0),
        TypeId::Tuple => crate::value::tuple(Vec::new()),
        TypeId::Range => alloc(Obj::Range(Box::new([0, 0, 1]))),
        _ => return None,
    };
    if t == TypeId::Str && &*crate::intern::name(n) == "maketrans" {
        return Some(alloc(Obj::Builtin(BuiltinFn::StrMaketrans)));
    }
    let b = method(&sample, n)?;
    // Unbound: the type object stands where the receiver goes; the call takes the first argument.
    Some(alloc(Obj::BoundBuiltin(Box::new((b, rt().type_object(t).dup())))))
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
    if let BuiltinFn::Functools(op) = b {
        return crate::objects::call(op, Some(this), args, kwargs);
    }
    if let Obj::MainDict = this.obj() {
        return crate::objects::main_dict::call_method(b, args, kwargs);
    }
    if let Obj::Str(_) = this.obj() {
        return str::call_method_kw(b, this, args, kwargs);
    }
    if let BuiltinFn::Bytes(m) = b {
        return crate::objects::bytes::call_method_kw(m, this, args, kwargs);
    }
    if b == BuiltinFn::IntToBytes {
        return crate::objects::bytes::int_to_bytes(this, &args, &kwargs);
    }
    if crate::objects::alt_ctor::is_alt(b) && matches!(this.obj(), Obj::Type(_) | Obj::Class(_)) {
        return crate::objects::alt_ctor::call(b, this, args, kwargs);
    }
    if b == BuiltinFn::DictUpdate {
        let r = dict::call_method(b, this, args)?;
        for (k, v) in kwargs {
            let Obj::Dict(d) = this.obj_mut() else { unreachable!() };
            let old = d.set(crate::value::str_(&crate::intern::name(k)), v)?;
            drop(old);
        }
        return Ok(r);
    }
    if b == BuiltinFn::NativeInit {
        // `dict.__init__(self, **kw)`.
        if let Some(native) = crate::vm::class::native_of(this) {
            if let Obj::Dict(_) = native.obj() {
                let native = native.dup();
                drop(call_method(b, this, args)?);
                for (k, v) in kwargs {
                    let Obj::Dict(d) = native.obj_mut() else { unreachable!() };
                    let old = d.set(crate::value::str_(&crate::intern::name(k)), v)?;
                    drop(old);
                }
                return Ok(crate::value::none());
            }
        }
    }
    if b == BuiltinFn::ObjectInitSubclass {
        return type_error(format!("{}.__init_subclass__() takes no keyword arguments", crate::vm::class_name(this)));
    }
    type_error(format!("{}.{}() takes no keyword arguments", crate::object::type_name(this), b.name()))
}
