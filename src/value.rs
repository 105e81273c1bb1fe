//! Constructors for values, and the objects CPython shares process-wide: None, True,
//! False, the small ints -5..=256, the empty tuple and interned strings.

use crate::heap::{alloc, Value};
use crate::object::Obj;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

pub const SMALL_MIN: i64 = -5;
pub const SMALL_MAX: i64 = 256;

/// Objects that live for the whole session; each entry holds one reference.
pub struct Shared {
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub empty_tuple: Value,
    pub small_ints: Vec<Value>,
    /// Interned strings by text. As in CPython, the table's references are not counted:
    /// an interned string dies when its last real holder lets go, and leaves the table then.
    pub interned: HashMap<Rc<str>, u32>,
    /// One-character strings below U+0100, shared as CPython's latin-1 cache shares them.
    pub latin1: Vec<Option<Value>>,
    /// The empty bytes object and the one-byte bytes objects, shared as CPython's
    /// `bytes_empty` and `bytes_characters` are (index 256 is the empty one).
    pub bytes_chars: Vec<Option<Value>>,
}

thread_local! {
    static SHARED: Cell<*mut Shared> = const { Cell::new(std::ptr::null_mut()) };
}

#[inline(always)]
pub fn shared() -> &'static Shared {
    let p = SHARED.with(|s| s.get());
    assert!(!p.is_null(), "runtime not initialised");
    unsafe { &*p }
}

/// Create the shared objects. Call once per thread before anything else.
pub fn init_shared() {
    if !SHARED.with(|s| s.get()).is_null() {
        return;
    }
    let none = alloc(Obj::None);
    let true_ = alloc(Obj::Bool(true));
    let false_ = alloc(Obj::Bool(false));
    let empty_tuple = alloc(Obj::Tuple(crate::object::TupleItems::new()));
    let small_ints: Vec<Value> = (SMALL_MIN..=SMALL_MAX).map(|i| alloc(Obj::Int(i))).collect();
    // The first objects of the thread's heap, so their slots are the constants below.
    assert!(
        none.index() == NONE_SLOT
            && true_.index() == TRUE_SLOT
            && false_.index() == FALSE_SLOT
            && small_ints.iter().zip(SMALL_INT_SLOT..).all(|(v, i)| v.index() == i),
        "the shared objects are not the heap's first"
    );
    let s = Box::into_raw(Box::new(Shared {
        none,
        true_,
        false_,
        empty_tuple,
        small_ints,
        interned: HashMap::new(),
        latin1: (0..256).map(|_| None).collect(),
        bytes_chars: (0..257).map(|_| None).collect(),
    }));
    SHARED.with(|c| c.set(s));
}

/// The shared table, for adding interned strings.
#[allow(clippy::mut_from_ref)]
fn shared_mut() -> &'static mut Shared {
    unsafe { &mut *SHARED.with(|s| s.get()) }
}

/// The slots of None, True, False and the small int `SMALL_MIN`: `init_shared` makes them
/// first, in this order, so a new reference to one is a count update at a fixed place.
const NONE_SLOT: u32 = 1;
const TRUE_SLOT: u32 = 2;
const FALSE_SLOT: u32 = 3;
const SMALL_INT_SLOT: u32 = 5;

#[inline(always)]
pub fn none() -> Value {
    crate::heap::borrow_index(NONE_SLOT)
}

#[inline(always)]
pub fn bool_(b: bool) -> Value {
    crate::heap::borrow_index(FALSE_SLOT - b as u32)
}

#[inline(always)]
pub fn int(i: i64) -> Value {
    if (SMALL_MIN..=SMALL_MAX).contains(&i) {
        crate::heap::borrow_index(SMALL_INT_SLOT + (i - SMALL_MIN) as u32)
    } else {
        crate::heap::alloc_int(i)
    }
}

pub fn big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => int(i),
        None => alloc(Obj::Long(Box::new(b))),
    }
}

#[inline(always)]
pub fn float(f: f64) -> Value {
    crate::heap::alloc_float(f)
}

/// A new string object — except the empty string and one-character latin-1 strings,
/// which CPython shares.
pub fn str_(s: &str) -> Value {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (None, _) => interned(""),
        (Some(c), None) if (c as u32) < 256 => {
            if let Some(v) = &shared().latin1[c as usize] {
                return v.dup();
            }
            let v = crate::heap::alloc_str(s.into());
            shared_mut().latin1[c as usize] = Some(v.dup());
            v
        }
        _ => crate::heap::alloc_str(s.into()),
    }
}

/// [`str_`] for text the caller owns: kept as it is, not copied.
pub fn str_owned(s: String) -> Value {
    if s.len() <= 2 {
        return str_(&s);
    }
    crate::heap::alloc_str(s.into())
}

/// [`str_owned`] for text known to be all ASCII.
pub fn str_ascii(s: String) -> Value {
    if s.len() <= 2 {
        return str_(&s);
    }
    crate::heap::alloc_str(crate::objects::pystr::PyStr::ascii(s))
}

/// `str(i)` / `repr(i)` of a machine int: always a new string, as CPython's
/// long_to_decimal_string makes one (even `str(5)` is not the cached `'5'`). Up to eight
/// characters are kept in the string itself: no allocation at all.
pub fn int_str(i: i64) -> Value {
    let mut buf = [0u8; 20];
    crate::heap::alloc_str(int_digits(i, &mut buf).into())
}

/// A machine int's decimal text, without the formatting machinery.
pub fn int_text(i: i64) -> String {
    let mut buf = [0u8; 20];
    int_digits(i, &mut buf).to_owned()
}

/// `i`'s decimal text, written at the end of `buf` (20 bytes hold any i64's).
fn int_digits(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    // SAFETY: ASCII digits and a sign.
    unsafe { std::str::from_utf8_unchecked(&buf[at..]) }
}

/// The one-character string `c`: latin-1 ones come from the shared cache.
#[inline]
pub fn char_(c: char) -> Value {
    if (c as u32) < 256 {
        if let Some(v) = &shared().latin1[c as usize] {
            return v.dup();
        }
    }
    str_(c.encode_utf8(&mut [0; 4]))
}

/// Strings made only of name characters are interned when compiled, as CPython does.
pub fn is_name_like(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The interned string for `s` (a new one if none is alive). Interned one-character
/// strings are not the latin-1 cache's: python3.11 shows `'abc'[0] is 'a'` False.
pub fn interned(s: &str) -> Value {
    if let Some(&i) = shared().interned.get(s) {
        let borrowed = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(i) });
        return borrowed.dup();
    }
    let v = crate::heap::alloc_str(s.into());
    crate::heap::mark_interned(&v);
    shared_mut().interned.insert(Rc::from(s), v.index());
    v
}

/// The interned string for `s` is being freed: it leaves the table.
pub fn forget_interned(s: &str) {
    shared_mut().interned.remove(s);
}

pub fn list(items: Vec<Value>) -> Value {
    crate::heap::alloc_list(items.into())
}

pub fn tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return shared().empty_tuple.dup();
    }
    crate::heap::alloc_tuple(crate::object::TupleItems::from_vec(items))
}

/// A tuple of items gathered on the stack (up to three make no allocation at all).
pub fn tuple_of(items: crate::object::TupleBuilder) -> Value {
    if items.is_empty() {
        return shared().empty_tuple.dup();
    }
    crate::heap::alloc_tuple(items.into())
}

/// Every reference the shared table holds (roots for the checker).
/// Whether `v` is one of the interpreter's shared objects (small ints, one-character
/// strings, None, True, False, the empty tuple).
pub fn is_shared(v: &Value) -> bool {
    let mut shared = false;
    for_each_shared(|x| shared |= x.is(v));
    shared
}

pub fn for_each_shared(mut f: impl FnMut(&Value)) {
    let s = shared();
    f(&s.none);
    f(&s.true_);
    f(&s.false_);
    f(&s.empty_tuple);
    s.small_ints.iter().for_each(&mut f);
    s.latin1.iter().flatten().for_each(&mut f);
    s.bytes_chars.iter().flatten().for_each(f);
}

/// A bytes object of at most one byte: the shared one (made on first use).
pub fn short_bytes(b: &[u8]) -> Value {
    let i = b.first().map(|&c| c as usize).unwrap_or(256);
    if let Some(v) = &shared().bytes_chars[i] {
        return v.dup();
    }
    let v = alloc(Obj::Bytes(b.into()));
    shared_mut().bytes_chars[i] = Some(v.dup());
    v
}
