//! `sys.getsizeof`: the bytes 64-bit CPython 3.11 reports for each kind of object —
//! its `__sizeof__` plus the collector's 16-byte header for objects of GC types.

use crate::heap::Value;
use crate::object::{Iter, Obj};

/// The collector's header in front of every object of a GC type.
const GC_HEAD: usize = 16;

pub fn sizeof(v: &Value) -> usize {
    let o = v.obj();
    if let Obj::MainDict = o {
        return crate::objects::main_dict::snapshot().map_or(0, |d| sizeof(&d));
    }
    if let Obj::Instance(inst) = o {
        if let Some(n) = &inst.native {
            if let Obj::Str(s) = n.obj() {
                // A str subclass is not compact: the object (with the collector's header,
                // `__dict__` and `__weakref__`), then the characters and a terminator.
                let kind = match s.chars().map(|c| c as u32).max().unwrap_or(0) {
                    0..=0xff => 1,
                    0x100..=0xffff => 2,
                    _ => 4,
                };
                return 112 + (s.chars().count() + 1) * kind;
            }
            // The builtin's layout, then the `__dict__` and `__weakref__` pointers (and
            // for a list or dict the GC header its exact type already counted).
            // (Measured on 64-bit CPython 3.11.)
            let dictless = !crate::vm::class::has_dict(&inst.class) && !crate::vm::class::has_weakref(&inst.class);
            let nslots = match inst.class.obj() {
                Obj::Class(c) => c.nslots,
                _ => 0,
            };
            let extra = match n.obj() {
                Obj::List(_) | Obj::Dict(_) => 24,
                // A bytes subclass gains the collector's header and its `__dict__`'s
                // pointer (at the end, after the bytes); `__slots__ = ()` the header only.
                Obj::Bytes(_) => {
                    if dictless {
                        16
                    } else {
                        24
                    }
                }
                // set keeps its own weak reference list: a subclass adds its `__dict__`
                // (measured: 16) and its slots.
                Obj::Set(_) if !crate::vm::class::has_dict(&inst.class) => 8 * nslots,
                Obj::Set(_) => 16 + 8 * nslots,
                Obj::Float(_) => 40,
                Obj::Tuple(_) => 8,
                _ => 16,
            };
            // `__slots__ = ()` (as namedtuple classes have) leaves out both pointers.
            if dictless && matches!(n.obj(), Obj::Tuple(_)) {
                return sizeof(n);
            }
            return sizeof(n) + extra;
        }
    }
    let base = match o {
        Obj::None => 16,
        // bool is an int of one digit (0 or 1; a zero still reserves its digit).
        Obj::Bool(_) => int_size(1),
        Obj::Int(i) => int_size(digits_u128(i.unsigned_abs() as u128)),
        Obj::Long(b) => int_size((b.bits() as usize).div_ceil(30)),
        Obj::Float(_) => 24,
        Obj::Str(s) => str_size(s),
        Obj::Bytes(b) => 33 + b.len(),
        Obj::ByteArray(b) => crate::objects::bytearray::sizeof(b),
        // PyListObject (40) plus its allocated slots.
        Obj::List(items) => 40 + 8 * items.capacity(),
        Obj::Tuple(items) => 24 + 8 * items.len(),
        Obj::Dict(d) => 48 + d.keys_size(),
        Obj::Set(s) => 200 + s.table_bytes(),
        Obj::Range(_) => 48,
        Obj::Instance(_) if !o.is_gc_type() => 16,
        // An exception carries its args, traceback, context and cause.
        Obj::Instance(_) if crate::vm::is_exception(v) => 72,
        Obj::Instance(inst) => match inst.class.obj() {
            // The header, the slots, `__weakref__`'s pointer, the managed dict's two.
            Obj::Class(c) if c.flags & (crate::object::CLASS_DICTLESS | crate::object::CLASS_NO_WEAKREF) != 0 => {
                16 + 8 * c.nslots
                    + if c.flags & crate::object::CLASS_NO_WEAKREF == 0 { 8 } else { 0 }
                    + if c.flags & crate::object::CLASS_DICTLESS == 0 { 16 } else { 0 }
            }
            Obj::Class(c) => 40 + 8 * c.nslots,
            _ => 40,
        },
        Obj::Function(_) => 136,
        // PyHeapTypeObject, and the shared keys of its instances' dicts if they have one.
        Obj::Class(c) if c.flags & crate::object::CLASS_DICTLESS != 0 => 904,
        Obj::Class(_) => 1672,
        Obj::Method(_) => 48,
        Obj::Builtin(_) | Obj::BoundBuiltin(_) | Obj::Module(_) => 56,
        Obj::Type(_) => 416,
        Obj::Cell(_) | Obj::DictView(_) => 24,
        Obj::Super(_) => 40,
        Obj::GetSet(_) => 48,
        Obj::Member(_) => crate::objects::member::SIZE,
        Obj::Traceback(_) => 48,
        Obj::Namespace(_) => 48,
        Obj::MappingProxy(_) => crate::objects::mappingproxy::SIZE,
        Obj::Slice(_) => crate::objects::slice::SIZE,
        Obj::Code(c) => c.sizeof(),
        Obj::StdStream(_) => crate::objects::stdstream::SIZE,
        Obj::Frame(_) => 96,
        Obj::WeakRef(_) => 64,
        Obj::Property(_) => crate::objects::property::Property::SIZE,
        Obj::StaticMethod(_) | Obj::ClassMethod(_) => crate::objects::classmethod::Wrapper::SIZE,
        Obj::Partial(_) => crate::objects::functools::Partial::SIZE,
        Obj::LruCache(_) => crate::objects::functools::LruCache::SIZE,
        Obj::CacheInfo(c) => 24 + 8 * c.0.len(),
        Obj::Iter(it) => match &**it {
            Iter::Coro(g) => g.sizeof(),
            Iter::Range { .. } => 48,
            Iter::Enumerate(..) | Iter::Dict(..) => 56,
            Iter::Zip(..) | Iter::Set(..) => 48,
            Iter::Gen(..) => 184,
            _ => 32,
        },
        Obj::Free(_) | Obj::Dying | Obj::MainDict => 0,
    };
    // The empty tuple is a GC object too, though it is never counted or tracked.
    let gc = o.is_gc_type() || matches!(o, Obj::Tuple(_));
    base + if gc { GC_HEAD } else { 0 }
}

/// An int: the header (24 bytes) and its 30-bit digits, at least one.
fn int_size(digits: usize) -> usize {
    24 + 4 * digits.max(1)
}

fn digits_u128(mut n: u128) -> usize {
    let mut d = 0;
    while n != 0 {
        n >>= 30;
        d += 1;
    }
    d
}

/// A compact str: ASCII ones have a 48-byte header and one byte a character; others a
/// 72-byte header and 1, 2 or 4 bytes a character by the widest; plus the terminator.
fn str_size(s: &str) -> usize {
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let n = s.chars().count();
    match max {
        0..=0x7f => 48 + n + 1,
        0x80..=0xff => 72 + n + 1,
        0x100..=0xffff => 72 + 2 * (n + 1),
        _ => 72 + 4 * (n + 1),
    }
}
