//! What lives in a heap slot: one variant per kind of Python object, how each names its
//! type, which references it holds, and the order it releases them when it dies.

use crate::builtins::{BuiltinFn, TypeId};
use crate::code::FuncCode;
use crate::heap::Value;
use crate::intern::{sym, Sym};
use crate::table::{Dict, Set};
use num_bigint::BigInt;
use std::rc::Rc;

#[repr(u8)]
pub enum Obj {
    /// An empty slot on a free list (the next free slot of its size class).
    Free(u32),
    /// An object whose count reached zero and whose contents are being released.
    Dying,
    None,
    Bool(bool),
    Int(i64),
    Long(Box<BigInt>),
    Float(f64),
    Str(crate::objects::pystr::PyStr),
    /// `bytes` (`src/objects/bytes.rs`).
    Bytes(Box<[u8]>),
    /// `bytearray` (`src/objects/bytearray.rs`).
    ByteArray(Box<crate::objects::bytearray::ByteArray>),
    /// A list's items (`src/objects/list_items.rs`).
    List(ListItems),
    /// A tuple's items: up to three kept inline in the slot (`src/objects/tuple_items.rs`).
    Tuple(TupleItems),
    Range(Box<[i64; 3]>),
    Function(Box<Function>),
    Class(Box<Class>),
    Instance(Box<Instance>),
    Method(Box<(Value, Value)>),
    Builtin(BuiltinFn),
    /// A builtin method bound to its receiver, e.g. `[].append`.
    BoundBuiltin(Box<(BuiltinFn, Value)>),
    Type(TypeId),
    Module(Box<Module>),
    Dict(Box<Dict>),
    Set(Box<Set>),
    /// A closure cell: a variable shared between a frame and the functions nested in it.
    Cell(Option<Value>),
    Iter(Box<Iter>),
    /// `d.keys()`, `d.values()`, `d.items()`.
    DictView(Box<(Value, ViewKind)>),
    /// `super()`: the class to start the search after, and the instance.
    Super(Box<(Value, Value)>),
    /// A frame object: made when a traceback needs the frame. While the frame runs its
    /// locals stay on the value stack; when it ends while still referenced, the frame
    /// object takes them over (CPython's `take_ownership`).
    Frame(Box<FrameObj>),
    /// A traceback entry: the frame, its line, and the entry for the next frame inward.
    Traceback(Box<TracebackObj>),
    /// A class's namespace as the object CPython's type dict is: the class owns it, and it
    /// refers to the class's attributes (the class's slot; `NO_CLASS` once it died).
    Namespace(u32),
    /// A class's `__dict__` or `__weakref__` attribute descriptor: the name and the class.
    GetSet(Box<(Sym, Value)>),
    /// `weakref.ref(x)`: the referent's slot, not a reference to it.
    WeakRef(Box<crate::builtins::weakref::WeakRef>),
    /// `property(...)` (src/objects/property.rs).
    Property(Box<crate::objects::property::Property>),
    /// `staticmethod(f)`, `classmethod(f)` (src/objects/classmethod.rs).
    StaticMethod(Box<crate::objects::classmethod::Wrapper>),
    ClassMethod(Box<crate::objects::classmethod::Wrapper>),
    /// `functools.partial`, `lru_cache` wrappers and their `CacheInfo` (src/objects/functools.rs).
    Partial(Box<crate::objects::functools::Partial>),
    LruCache(Box<crate::objects::functools::LruCache>),
    CacheInfo(Box<crate::objects::functools::CacheInfo>),
    /// A `__slots__` entry on its class (`src/objects/member.rs`).
    Member(Box<crate::objects::member::Member>),
    /// `C.__dict__`: the class's namespace, read-only (`src/objects/mappingproxy.rs`).
    MappingProxy(Box<Value>),
    /// `slice(start, stop, step)` (`src/objects/slice.rs`).
    Slice(Box<[Value; 3]>),
    /// `__main__`'s globals as a dict (`src/objects/main_dict.rs`); holds no references.
    MainDict,
    /// What `compile()` returns (`src/objects/code_object.rs`).
    Code(Box<crate::objects::code_object::CodeObject>),
    /// `sys.stdout` or `sys.stderr` (its file descriptor; `src/objects/stdstream.rs`).
    StdStream(u8),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// The state of an iterator object.
pub enum Iter {
    /// Over a list, tuple or string, by index (the sequence is held).
    Seq(Value, usize),
    Range {
        next: i64,
        step: i64,
        left: i64,
    },
    /// Over a dict: the position, what it yields, the size it must keep, and (for items)
    /// the result tuple it reuses while nothing else holds it, as CPython's does.
    Dict(Value, usize, ViewKind, usize, Option<Value>),
    /// Over a set: the position in its table, and the size it must keep.
    Set(Value, usize, usize),
    Reversed(Value, usize),
    /// The inner iterator, the next count, and the reused result tuple.
    Enumerate(Value, Value, Value),
    /// The iterators, and the reused result tuple.
    Zip(Vec<Value>, Value),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    /// `iter(callable, sentinel)`: CPython's callable_iterator (`objects/callable_iter.rs`).
    Callable(Value, Value),
    /// Values computed in advance (reversing a range or a dict); the next index.
    Values(Vec<Value>, usize),
    /// A generator expression, suspended between values.
    Gen(Box<Gen>),
    /// A generator function's generator (see `objects::generator`).
    Coro(Box<crate::objects::generator::Generator>),
    /// An iterator that ran out and let go of what it walked (CPython's list, tuple,
    /// str, dict, set and reversed iterators, and callable_iterator, do); it keeps its type.
    Exhausted(TypeId),
}

impl Iter {
    pub fn type_name(&self) -> &'static str {
        match self {
            Iter::Seq(v, _) => match v.obj() {
                Obj::Tuple(_) => "tuple_iterator",
                Obj::Str(_) => "str_ascii_iterator",
                Obj::Bytes(_) => "bytes_iterator",
                Obj::ByteArray(_) => "bytearray_iterator",
                Obj::Instance(_) => "iterator",
                _ => "list_iterator",
            },
            Iter::Range { .. } => "range_iterator",
            Iter::Dict(_, _, ViewKind::Keys, _, _) => "dict_keyiterator",
            Iter::Dict(_, _, ViewKind::Values, _, _) => "dict_valueiterator",
            Iter::Dict(_, _, ViewKind::Items, _, _) => "dict_itemiterator",
            Iter::Set(..) => "set_iterator",
            Iter::Reversed(..) => "list_reverseiterator",
            Iter::Enumerate(..) => "enumerate",
            Iter::Zip(..) => "zip",
            Iter::Map(..) => "map",
            Iter::Filter(..) => "filter",
            Iter::Callable(..) => "callable_iterator",
            Iter::Gen(..) | Iter::Coro(..) => "generator",
            Iter::Values(..) => "reversed",
            Iter::Exhausted(t) => t.name(),
        }
    }

    fn children(&self, f: &mut impl FnMut(&Value)) {
        match self {
            Iter::Seq(v, _) | Iter::Set(v, _, _) | Iter::Reversed(v, _) => f(v),
            Iter::Dict(v, _, _, _, cache) => {
                f(v);
                cache.iter().for_each(f);
            }
            Iter::Enumerate(a, b, c) => {
                f(a);
                f(b);
                f(c);
            }
            Iter::Filter(a, b) | Iter::Callable(a, b) => {
                f(a);
                f(b);
            }
            Iter::Zip(v, r) => {
                v.iter().for_each(&mut *f);
                f(r);
            }
            Iter::Values(v, _) => v.iter().for_each(f),
            Iter::Gen(g) => {
                g.locals.iter().flatten().for_each(&mut *f);
                g.iters.iter().for_each(f);
            }
            Iter::Map(a, v) => {
                f(a);
                v.iter().for_each(f);
            }
            Iter::Coro(g) => g.children(f),
            Iter::Range { .. } | Iter::Exhausted(_) => {}
        }
    }

    /// Drop what the iterator holds. Fields go in order, as CPython's deallocs release
    /// them; values made ahead go last to first, a generator's frame as a frame does.
    fn release(self) {
        match self {
            Iter::Values(v, _) => release_reversed(v),
            Iter::Gen(mut g) => g.clear(),
            Iter::Coro(g) => (*g).release(),
            other => drop(other),
        }
    }
}

/// A generator expression's frame: its locals (`.0` first), the iterators of the loops
/// it is inside, and where it stands.
pub struct Gen {
    pub code: Rc<FuncCode>,
    pub locals: Vec<Option<Value>>,
    pub iters: Vec<Value>,
    pub started: bool,
    pub running: bool,
    pub done: bool,
}

impl Gen {
    /// Release the frame: locals first to last, then the loop iterators.
    pub fn clear(&mut self) {
        self.done = true;
        let locals = std::mem::take(&mut self.locals);
        for v in locals {
            drop(v);
        }
        release_reversed(std::mem::take(&mut self.iters));
    }
}

impl Function {
    /// The values of its defaults (the items of `__defaults__`).
    pub fn default_values(&self) -> &[Value] {
        match self.defaults.as_ref().map(|c| c.obj()) {
            Some(Obj::Tuple(items)) => items,
            _ => &[],
        }
    }

    /// The cells of its free variables (the items of `__closure__`).
    pub fn cells(&self) -> &[Value] {
        match self.closure.as_ref().map(|c| c.obj()) {
            Some(Obj::Tuple(items)) => items,
            _ => &[],
        }
    }
}

pub struct Function {
    pub name: Sym,
    pub qualname: Rc<str>,
    pub code: Rc<FuncCode>,
    /// Default values of the last parameters (references the function holds).
    pub defaults: Option<Value>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: Vec<(Sym, Value)>,
    /// `__closure__`: the tuple of the cells of its free variables, if it has any.
    pub closure: Option<Value>,
    /// `__doc__`: its docstring constant (None when absent or set to None).
    pub doc: Option<Value>,
    /// `__dict__`, made when an attribute is first set.
    pub dict: Option<Value>,
    /// `__module__` once assigned (else `'__main__'`).
    pub module: Option<Value>,
    /// `__globals__` when it is a dict of its own: a function defined by `exec` or `eval`
    /// in a namespace dict keeps that dict (its code names it by slot; see `modules`).
    pub globals: Option<Value>,
    /// `__annotations__`: a dict, made at `def` time when there are annotations, else on
    /// first access.
    pub annotations: Option<Value>,
}

pub struct Class {
    pub name: Sym,
    /// A class minipy provides (the exception classes), printed without `__main__.`.
    pub builtin: bool,
    pub attrs: Attrs,
    pub base: Option<Value>,
    /// `__mro__`: the class itself, then its bases. As in CPython, a class is in a
    /// reference cycle through it, so a class dies only in a collection.
    pub mro: Option<Value>,
    /// `__bases__`, and the `__dict__`/`__weakref__` descriptors a class gets when its
    /// base does not provide them: references CPython's classes hold, so counts match.
    pub bases: Option<Value>,
    pub descriptors: Vec<Value>,
    /// The namespace object (see `Obj::Namespace`) between the class and its attributes.
    pub namespace: Option<Value>,
    /// A number no other class has, naming it in its bases' `subclasses`.
    pub uid: u64,
    /// `__subclasses__()`: weak entries (uid, slot) of the classes naming this one as a
    /// base; a class removes itself from its bases' lists when it dies.
    pub subclasses: Vec<(u64, u32)>,
    /// `__slots__`: the slot names this class adds (None: it has no `__slots__`).
    pub slots: Option<Box<[Sym]>>,
    /// The number of slots in an instance's layout, the bases' first.
    pub nslots: usize,
    /// Its version in the type attribute cache (see `objects::type_cache`).
    pub version: u64,
    /// `CLASS_*` bits: what the class's MRO defines that attribute access must honour.
    pub flags: u8,
    /// The builtin type the class extends (`class L(list)`), if any.
    pub native: Option<TypeId>,
    /// The keys its instances' dicts share (CPython's cached keys of a managed dict).
    pub shared: crate::objects::instance_dict::Shared,
}

/// Instances have no `__dict__` (every class of the MRO has `__slots__`).
pub const CLASS_DICTLESS: u8 = 1;
/// Instances cannot be weakly referenced.
pub const CLASS_NO_WEAKREF: u8 = 2;
/// The MRO defines `__getattr__`.
pub const CLASS_GETATTR: u8 = 4;
/// The MRO defines `__getattribute__`.
pub const CLASS_GETATTRIBUTE: u8 = 8;
/// The MRO defines `__setattr__` or `__delattr__`.
pub const CLASS_SETATTR: u8 = 16;
/// Some class of the MRO holds a data descriptor (a slot member, `__set__`/`__delete__`).
/// The class or a base defines `__new__` (instantiation calls it).
pub const CLASS_NEW: u8 = 64;
pub const CLASS_DATA_DESC: u8 = 32;

impl Class {
    pub fn new(name: Sym, builtin: bool, attrs: Attrs, base: Option<Value>) -> Class {
        thread_local!(static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) });
        let uid = NEXT.with(|n| {
            let u = n.get();
            n.set(u + 1);
            u
        });
        Class {
            name,
            builtin,
            attrs,
            base,
            mro: None,
            bases: None,
            descriptors: Vec::new(),
            namespace: None,
            uid,
            subclasses: Vec::new(),
            slots: None,
            nslots: 0,
            version: crate::objects::type_cache::new_version(),
            flags: 0,
            native: None,
            shared: Default::default(),
        }
    }

    /// The classes after this one in its MRO (for a class without an `__mro__` tuple, a
    /// builtin one, its chain of bases).
    #[inline]
    pub fn mro_tail(&self) -> &[Value] {
        match self.mro.as_ref().map(|m| m.obj()) {
            Some(Obj::Tuple(items)) if !items.is_empty() => &items[1..],
            _ => &[],
        }
    }
}

/// The slot of a namespace whose class died.
pub const NO_CLASS: u32 = u32::MAX;

pub struct FrameObj {
    /// The function's name (`<module>` for module code), and its file.
    pub name: Rc<str>,
    pub file: Rc<str>,
    pub line: u32,
    /// The locals, once the frame has ended (empty while it runs).
    pub locals: Vec<Option<Value>>,
    /// `f_back`: the caller's frame object, linked when the frame ended.
    pub back: Option<Value>,
    /// The function the frame ran (CPython's `f_func`), kept once the frame has ended;
    /// module code runs through a function object of its own, as in CPython.
    pub func: Option<Value>,
}

pub struct TracebackObj {
    pub frame: Value,
    pub line: u32,
    pub next: Option<Value>,
}

/// An instance's `__slots__` values: one pointer, null for the many instances without
/// any, so that an `Instance` fits a 64-byte allocation.
// The box keeps the field one pointer wide; a Vec would be three.
#[allow(clippy::box_collection)]
#[derive(Default)]
pub struct SlotValues(Option<Box<Vec<Option<Value>>>>);

impl SlotValues {
    pub fn into_vec(self) -> Vec<Option<Value>> {
        self.0.map(|b| *b).unwrap_or_default()
    }
}

impl std::ops::Deref for SlotValues {
    type Target = [Option<Value>];
    fn deref(&self) -> &[Option<Value>] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }
}

impl std::ops::DerefMut for SlotValues {
    fn deref_mut(&mut self) -> &mut [Option<Value>] {
        match self.0.as_deref_mut() {
            Some(v) => v.as_mut_slice(),
            None => &mut [],
        }
    }
}

impl From<Vec<Option<Value>>> for SlotValues {
    fn from(v: Vec<Option<Value>>) -> SlotValues {
        SlotValues((!v.is_empty()).then(|| Box::new(v)))
    }
}

impl FromIterator<Option<Value>> for SlotValues {
    fn from_iter<I: IntoIterator<Item = Option<Value>>>(iter: I) -> SlotValues {
        iter.into_iter().collect::<Vec<_>>().into()
    }
}

pub use crate::objects::list_items::ListItems;
pub use crate::objects::tuple_items::{TupleBuilder, TupleItems};

pub struct Instance {
    pub class: Value,
    pub attrs: Attrs,
    pub finalized: bool,
    /// A bare `object()`: not a container, so not a GC object.
    pub bare: bool,
    /// The values of its `__slots__` (see `Class::nslots`); empty for most instances.
    pub slots: SlotValues,
    /// For an instance of a subclass of a builtin type (`class L(list)`), the builtin
    /// value it extends, which the builtin methods and protocols act on.
    pub native: Option<Value>,
    /// Its `__dict__` once read (`src/objects/instance_dict.rs`): from then on the
    /// attributes live in it and `attrs` holds only an exception's own fields.
    pub dict: Option<Value>,
}

impl Instance {
    /// Visit the slot values in CPython's order (`clear_slots`, `traverse_slots`): the
    /// class's own slots first, then each base's, each in its member order.
    pub fn for_each_slot(&self, mut f: impl FnMut(usize)) {
        if self.slots.is_empty() {
            return;
        }
        let mut cur = Some(&self.class);
        while let Some(c) = cur {
            let Obj::Class(cd) = c.obj() else { break };
            let base_n = match cd.base.as_ref().map(|b| b.obj()) {
                Some(Obj::Class(b)) => b.nslots,
                _ => 0,
            };
            for i in base_n..cd.nslots.min(self.slots.len()) {
                f(i);
            }
            cur = cd.base.as_ref();
        }
    }

    /// Take the slot values out in release order.
    pub fn take_slots(&mut self) -> Vec<Value> {
        let mut order = Vec::new();
        self.for_each_slot(|i| order.push(i));
        let mut out = Vec::new();
        for i in order {
            if let Some(v) = self.slots.get_mut(i).and_then(Option::take) {
                out.push(v);
            }
        }
        out
    }
}

pub struct Module {
    pub name: Sym,
    pub attrs: Attrs,
}

/// An attribute table in insertion order (what CPython keeps in a dict); small, so a
/// linear scan over interned names beats hashing. Up to three attributes live inside
/// the instance itself (as CPython 3.11 keeps an instance's values inline), so most
/// instances are one allocation and an attribute read one pointer away.
#[derive(Default)]
pub struct Attrs(pub smallvec::SmallVec<[(Sym, Value); 3]>);

impl Attrs {
    #[inline]
    pub fn get(&self, name: Sym) -> Option<&Value> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, name: Sym) -> Option<&mut Value> {
        self.0.iter_mut().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Store `value`; returns the value it replaced, for the caller to drop afterwards.
    pub fn set(&mut self, name: Sym, value: Value) -> Option<Value> {
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some((_, slot)) => Some(std::mem::replace(slot, value)),
            None => {
                self.0.push((name, value));
                None
            }
        }
    }

    pub fn remove(&mut self, name: Sym) -> Option<Value> {
        let i = self.0.iter().position(|(n, _)| *n == name)?;
        Some(self.0.remove(i).1)
    }

    /// Release the values first to last, as CPython clears a dict.
    pub fn release(self) {
        for (_, v) in self.0 {
            drop(v);
        }
    }
}

/// Release a sequence's items last to first, as CPython's list and tuple deallocs do.
pub fn release_reversed(mut items: Vec<Value>) {
    while let Some(v) = items.pop() {
        drop(v);
    }
}

impl Obj {
    /// The pymalloc-like size class: a freed object's slot is reused by the next object
    /// of the same class.
    pub fn size_class(&self) -> usize {
        match self {
            Obj::Int(_) | Obj::Long(_) | Obj::Bool(_) | Obj::None => 0,
            Obj::Float(_) => 1,
            Obj::Str(_) => 2,
            // (`heap::alloc_list` and `alloc_tuple` know these two.)
            Obj::List(_) => 3,
            Obj::Tuple(_) => 4,
            Obj::Instance(_) => 5,
            Obj::Method(_) | Obj::BoundBuiltin(_) | Obj::Range(_) | Obj::Cell(_) | Obj::DictView(_) => 6,
            Obj::Dict(_) | Obj::Set(_) => 8,
            Obj::Iter(_) | Obj::Super(_) => 9,
            _ => 7,
        }
    }

    pub fn is_live(&self) -> bool {
        !matches!(self, Obj::Free(_) | Obj::Dying)
    }

    /// The kinds whose CPython deallocator goes through the trashcan (`Py_TRASHCAN_BEGIN`
    /// in list_dealloc, tupledealloc, dict_dealloc, set_dealloc, subtype_dealloc,
    /// method_dealloc, meth_dealloc, frame_dealloc, tb_dealloc): a chain of them dies
    /// 50 links at a time (see `heap::dealloc_object`).
    pub fn uses_trashcan(&self) -> bool {
        matches!(
            self,
            Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::Instance(_)
                | Obj::Method(_)
                | Obj::BoundBuiltin(_)
                | Obj::Frame(_)
                | Obj::Traceback(_)
        )
    }

    /// An instance whose class defines `__del__` and that has not been finalized yet.
    pub fn wants_finalizer(&self) -> bool {
        match self {
            Obj::Instance(inst) => !inst.finalized && class_lookup(&inst.class, sym::__del__).is_some(),
            Obj::Iter(it) => matches!(&**it, Iter::Coro(g) if g.wants_finalizer()),
            _ => false,
        }
    }

    /// Kinds whose dealloc clears weak references before running the finalizer.
    pub fn weakrefs_before_finalizer(&self) -> bool {
        matches!(self, Obj::Iter(it) if matches!(**it, Iter::Coro(_)))
    }

    pub fn mark_finalized(&mut self) {
        match self {
            Obj::Instance(inst) => inst.finalized = true,
            Obj::Iter(it) => {
                if let Iter::Coro(g) = &mut **it {
                    g.finalized = true;
                }
            }
            _ => {}
        }
    }

    /// Drop every reference this object holds, in CPython's order.
    pub fn release(self) {
        match self {
            Obj::List(items) => items.release(),
            Obj::Tuple(items) => items.release(),
            Obj::Instance(mut inst) => {
                let slots = inst.take_slots();
                let Instance { class, attrs, native, dict, .. } = *inst;
                for v in slots {
                    drop(v);
                }
                attrs.release();
                drop(dict);
                drop(native);
                drop(class);
            }
            Obj::Class(c) => {
                let Class { attrs, base, mro, bases, descriptors, namespace, uid, .. } = *c;
                if let Some(Obj::Tuple(items)) = bases.as_ref().map(|b| b.obj()) {
                    for b in items.iter() {
                        if let Obj::Class(bc) = b.obj_mut() {
                            bc.subclasses.retain(|&(u, _)| u != uid);
                        }
                    }
                }
                if let Some(Obj::Namespace(owner)) = namespace.as_ref().map(|n| n.obj_mut()) {
                    *owner = NO_CLASS;
                }
                attrs.release();
                drop(namespace);
                drop(mro);
                drop(bases);
                drop(descriptors);
                drop(base);
            }
            Obj::Method(m) => {
                let (func, this) = *m;
                drop(func);
                drop(this);
            }
            Obj::BoundBuiltin(b) => drop(b.1),
            Obj::Module(m) => m.attrs.release(),
            Obj::Dict(mut d) => {
                for (_, k, v) in d.take() {
                    drop(k);
                    drop(v);
                }
            }
            Obj::Set(mut s) => s.take().into_iter().for_each(drop),
            Obj::Cell(v) => drop(v),
            Obj::WeakRef(w) => crate::builtins::weakref::release(w),
            Obj::GetSet(d) => drop(d.1),
            Obj::MappingProxy(m) => drop(m),
            Obj::Slice(p) => drop(p),
            Obj::Member(m) => m.release(),
            // tb_dealloc: the next entry, then the frame.
            Obj::Traceback(tb) => {
                let TracebackObj { frame, next, .. } = *tb;
                drop(next);
                drop(frame);
            }
            Obj::Frame(fr) => {
                let FrameObj { locals, back, func, .. } = *fr;
                drop(func);
                for v in locals {
                    drop(v);
                }
                drop(back);
            }
            Obj::Iter(it) => it.release(),
            Obj::Property(p) => p.release(),
            Obj::StaticMethod(w) | Obj::ClassMethod(w) => w.release(),
            Obj::Partial(p) => p.release(),
            Obj::LruCache(l) => l.release(),
            Obj::CacheInfo(c) => c.release(),
            Obj::DictView(b) => drop(b.0),
            Obj::Super(b) => {
                let (a, c) = *b;
                drop(a);
                drop(c);
            }
            Obj::Function(f) => {
                let Function { code, defaults, kwdefaults, closure, doc, dict, module, annotations, globals, .. } = *f;
                drop(code);
                drop(globals);
                drop(module);
                drop(defaults);
                drop(kwdefaults);
                drop(doc);
                drop(dict);
                drop(closure);
                drop(annotations);
            }
            _ => {}
        }
    }

    /// Visit every reference this object holds, in the order CPython's `tp_traverse`
    /// visits them (the collector's order of work depends on it; the checker uses it too).
    /// Whether `f` holds for any object this one refers to.
    pub fn for_each_child_any(&self, mut f: impl FnMut(&Value) -> bool) -> bool {
        let mut any = false;
        self.for_each_child(|x| any = any || f(x));
        any
    }

    pub fn for_each_child(&self, mut f: impl FnMut(&Value)) {
        match self {
            Obj::List(items) => items.iter().rev().for_each(f),
            Obj::Tuple(items) => items.iter().rev().for_each(f),
            Obj::Instance(inst) => {
                inst.for_each_slot(|i| {
                    if let Some(v) = &inst.slots[i] {
                        f(v)
                    }
                });
                inst.attrs.0.iter().for_each(|(_, v)| f(v));
                inst.dict.iter().for_each(&mut f);
                inst.native.iter().for_each(&mut f);
                f(&inst.class);
            }
            Obj::Class(c) => {
                match &c.namespace {
                    Some(ns) => f(ns),
                    None => {
                        c.attrs.0.iter().for_each(|(_, v)| f(v));
                        c.descriptors.iter().for_each(&mut f);
                    }
                }
                if let Some(m) = &c.mro {
                    f(m);
                }
                c.bases.iter().for_each(&mut f);
                if let Some(b) = &c.base {
                    f(b);
                }
            }
            Obj::GetSet(d) => f(&d.1),
            Obj::MappingProxy(m) => f(m),
            Obj::Slice(p) => p.iter().for_each(f),
            Obj::Member(m) => m.for_each_child(&mut f),
            Obj::Namespace(owner) if *owner != NO_CLASS => {
                // SAFETY: a live class owns its namespace, and orphans it when it dies.
                let class = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(*owner) });
                if let Obj::Class(c) = class.obj() {
                    c.attrs.0.iter().for_each(|(_, v)| f(v));
                    c.descriptors.iter().for_each(&mut f);
                }
            }
            Obj::Traceback(tb) => {
                tb.next.iter().for_each(&mut f);
                f(&tb.frame);
            }
            Obj::Frame(fr) => {
                fr.back.iter().for_each(&mut f);
                fr.func.iter().for_each(&mut f);
                fr.locals.iter().flatten().for_each(f);
            }
            Obj::Method(m) => {
                f(&m.0);
                f(&m.1);
            }
            Obj::BoundBuiltin(b) => f(&b.1),
            Obj::Module(m) => m.attrs.0.iter().for_each(|(_, v)| f(v)),
            Obj::Function(func) => {
                func.globals.iter().for_each(&mut f);
                func.module.iter().for_each(&mut f);
                func.defaults.iter().for_each(&mut f);
                func.kwdefaults.iter().for_each(|(_, v)| f(v));
                func.doc.iter().for_each(&mut f);
                func.dict.iter().for_each(&mut f);
                func.closure.iter().for_each(&mut f);
                func.annotations.iter().for_each(f);
            }
            Obj::Dict(d) => d.entries.iter().for_each(|(_, k, v)| {
                f(v);
                f(k);
            }),
            Obj::Set(s) => s.iter().for_each(f),
            Obj::Cell(v) => v.iter().for_each(f),
            Obj::WeakRef(w) => w.callback.iter().for_each(f),
            Obj::Iter(it) => it.children(&mut f),
            Obj::Property(p) => p.children(&mut f),
            Obj::StaticMethod(w) | Obj::ClassMethod(w) => w.children(&mut f),
            Obj::Partial(p) => p.children(&mut f),
            Obj::LruCache(l) => l.children(&mut f),
            Obj::CacheInfo(c) => c.children(&mut f),
            Obj::DictView(b) => f(&b.0),
            Obj::Super(b) => {
                f(&b.0);
                f(&b.1);
            }
            _ => {}
        }
    }

    /// What the collector visits: as `for_each_child`, but an instance of a builtin
    /// type's subclass visits the contents of the value it extends (which CPython holds
    /// inside the instance) after its class, instead of that value.
    #[inline]
    pub fn for_each_gc_child(&self, mut f: impl FnMut(&Value)) {
        match self {
            Obj::Instance(inst) if inst.native.is_some() => {
                inst.for_each_slot(|i| {
                    if let Some(v) = &inst.slots[i] {
                        f(v)
                    }
                });
                inst.attrs.0.iter().for_each(|(_, v)| f(v));
                inst.dict.iter().for_each(&mut f);
                f(&inst.class);
                if let Some(n) = &inst.native {
                    n.obj().for_each_child(f);
                }
            }
            _ => self.for_each_child(f),
        }
    }

    /// Whether a class namespace holds anything that may be tracked (as a dict is
    /// tracked only then).
    pub fn namespace_holds_containers(&self) -> bool {
        let mut any = false;
        self.for_each_child(|v| any |= crate::gc::may_be_tracked(v));
        any
    }

    /// Objects of a type the cycle collector knows (CPython's GC types): they count
    /// towards collections and carry the collector's header in `sys.getsizeof`.
    pub fn is_gc_type(&self) -> bool {
        match self {
            Obj::List(_)
            | Obj::Dict(_)
            | Obj::Class(_)
            | Obj::Method(_)
            | Obj::Function(_)
            | Obj::Builtin(_)
            | Obj::BoundBuiltin(_)
            | Obj::Module(_)
            | Obj::Set(_)
            | Obj::Cell(_)
            | Obj::DictView(_)
            | Obj::Super(_)
            | Obj::GetSet(_)
            | Obj::Member(_)
            | Obj::Namespace(_)
            | Obj::MappingProxy(_)
            | Obj::Slice(_)
            | Obj::Frame(_)
            | Obj::Traceback(_)
            | Obj::WeakRef(..)
            | Obj::Property(_)
            | Obj::StaticMethod(_)
            | Obj::ClassMethod(_)
            | Obj::Partial(_)
            | Obj::LruCache(_)
            | Obj::StdStream(_)
            | Obj::CacheInfo(_) => true,
            Obj::Instance(inst) => !inst.bare,
            // The empty tuple is CPython's untracked singleton.
            Obj::Tuple(items) => !items.is_empty(),
            Obj::Iter(it) => !matches!(**it, Iter::Range { .. }),
            _ => false,
        }
    }

    /// Whether a new object of a GC type is tracked from the start: all are but a dict,
    /// which is tracked once it holds something that may be.
    pub fn starts_tracked(&self) -> bool {
        match self {
            Obj::Namespace(_) => self.namespace_holds_containers(),
            Obj::Dict(d) => {
                d.entries.iter().any(|(_, k, v)| crate::gc::may_be_tracked(k) || crate::gc::may_be_tracked(v))
            }
            _ => true,
        }
    }

    pub fn type_id(&self) -> TypeId {
        match self {
            Obj::None => TypeId::NoneType,
            Obj::Bool(_) => TypeId::Bool,
            Obj::Int(_) | Obj::Long(_) => TypeId::Int,
            Obj::Float(_) => TypeId::Float,
            Obj::Str(_) => TypeId::Str,
            Obj::Bytes(_) => TypeId::Bytes,
            Obj::ByteArray(_) => TypeId::ByteArray,
            Obj::List(_) => TypeId::List,
            Obj::Tuple(_) => TypeId::Tuple,
            Obj::Range(_) => TypeId::Range,
            Obj::Function(_) => TypeId::Function,
            Obj::Class(_) | Obj::Type(_) => TypeId::Type,
            Obj::Instance(_) => TypeId::Object,
            Obj::Method(_) => TypeId::Method,
            Obj::Builtin(BuiltinFn::NotImplemented) => TypeId::NotImplementedType,
            Obj::Builtin(BuiltinFn::Ellipsis) => TypeId::Ellipsis,
            Obj::Builtin(_) | Obj::BoundBuiltin(_) => TypeId::BuiltinFunction,
            Obj::Module(_) => TypeId::Module,
            Obj::Dict(_) => TypeId::Dict,
            Obj::Set(s) if s.frozen => TypeId::FrozenSet,
            Obj::Set(_) => TypeId::Set,
            Obj::Cell(_) => TypeId::Cell,
            Obj::Iter(it) => match &**it {
                Iter::Gen(..) | Iter::Coro(..) => TypeId::Generator,
                Iter::Enumerate(..) => TypeId::Enumerate,
                Iter::Zip(..) => TypeId::Zip,
                Iter::Map(..) => TypeId::Map,
                Iter::Filter(..) => TypeId::Filter,
                Iter::Seq(v, _) => match v.obj() {
                    Obj::Tuple(_) => TypeId::TupleIterator,
                    Obj::Str(_) => TypeId::StrIterator,
                    Obj::Bytes(_) => TypeId::BytesIterator,
                    Obj::ByteArray(_) => TypeId::ByteArrayIterator,
                    Obj::Instance(_) => TypeId::Iterator,
                    _ => TypeId::ListIterator,
                },
                Iter::Range { .. } => TypeId::RangeIterator,
                Iter::Dict(_, _, ViewKind::Keys, _, _) => TypeId::DictKeyIterator,
                Iter::Dict(_, _, ViewKind::Values, _, _) => TypeId::DictValueIterator,
                Iter::Dict(_, _, ViewKind::Items, _, _) => TypeId::DictItemIterator,
                Iter::Set(..) => TypeId::SetIterator,
                Iter::Reversed(..) => TypeId::ListReverseIterator,
                Iter::Callable(..) => TypeId::CallableIterator,
                Iter::Exhausted(t) => *t,
                _ => TypeId::Iterator,
            },
            Obj::DictView(v) => match v.1 {
                ViewKind::Keys => TypeId::DictView,
                ViewKind::Values => TypeId::DictValues,
                ViewKind::Items => TypeId::DictItems,
            },
            Obj::Super(_) => TypeId::Super,
            Obj::GetSet(_) => TypeId::GetSetDescriptor,
            Obj::Member(_) => TypeId::MemberDescriptor,
            Obj::Namespace(_) => TypeId::Namespace,
            Obj::MappingProxy(_) => TypeId::MappingProxy,
            Obj::Slice(_) => TypeId::Slice,
            Obj::StdStream(_) => TypeId::TextIOWrapper,
            Obj::MainDict => TypeId::Dict,
            Obj::Code(_) => TypeId::Code,
            Obj::Frame(_) => TypeId::Frame,
            Obj::Traceback(_) => TypeId::Traceback,
            Obj::WeakRef(..) => TypeId::WeakRef,
            Obj::Property(_) => TypeId::Property,
            Obj::StaticMethod(_) => TypeId::StaticMethod,
            Obj::ClassMethod(_) => TypeId::ClassMethod,
            Obj::Partial(_) => TypeId::Partial,
            Obj::LruCache(_) => TypeId::LruCacheWrapper,
            Obj::CacheInfo(c) => match c.1.name {
                "sys.version_info" => TypeId::VersionInfo,
                "namespace" => TypeId::SimpleNamespace,
                _ => TypeId::CacheInfo,
            },
            Obj::Free(_) | Obj::Dying => TypeId::Object,
        }
    }
}

/// The type name CPython uses in messages: `'list' object has no attribute ...`.
pub fn type_name(v: &Value) -> Rc<str> {
    match v.obj() {
        Obj::Instance(inst) => match inst.class.obj() {
            Obj::Class(c) => crate::intern::name(c.name),
            _ => Rc::from("object"),
        },
        Obj::Iter(it) => Rc::from(it.type_name()),
        Obj::DictView(b) => Rc::from(match b.1 {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }),
        o => Rc::from(o.type_id().name()),
    }
}

/// The name a traceback gives an object's type: its class's `__qualname__`
/// (`f.<locals>.E` for a class made in a function).
pub fn qualified_type_name(v: &Value) -> Rc<str> {
    if let Obj::Instance(inst) = v.obj() {
        if let Obj::Class(c) = inst.class.obj() {
            if let Some(Obj::Str(q)) = c.attrs.get(sym::__qualname__).map(|q| q.obj()) {
                return Rc::from(&**q);
            }
        }
    }
    type_name(v)
}

pub use crate::objects::type_cache::class_lookup;
