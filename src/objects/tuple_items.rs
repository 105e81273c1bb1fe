//! A tuple's items in 16 bytes, so that a tuple fits its heap slot: up to three items
//! inline (most tuples are pairs and triples, and making one then allocates nothing
//! beyond the slot, as CPython's tuple free lists make it cheap), more in one exact-size
//! allocation. A tuple never changes length, so there is no capacity to keep.

use crate::heap::Value;
use smallvec::SmallVec;
use std::mem::ManuallyDrop;

/// What tuples are built in before they are made: up to four items on the stack.
pub type TupleBuilder = SmallVec<[Value; 4]>;

#[repr(C, align(8))]
pub struct TupleItems {
    len: u32,
    /// With `len <= Self::INLINE`, items `0..len` (the raw references); otherwise `words[1..3]`
    /// hold the pointer of a `Box<[Value]>` of `len` items (8-aligned: the struct is, and
    /// `words[1]` is at offset 8).
    words: [u32; 3],
}

impl TupleItems {
    /// How many items are kept inline.
    pub const INLINE: usize = 3;

    pub const fn new() -> TupleItems {
        TupleItems { len: 0, words: [0; 3] }
    }

    #[inline(always)]
    fn inline(&self) -> bool {
        self.len as usize <= Self::INLINE
    }

    #[inline(always)]
    fn ptr(&self) -> *mut Value {
        // SAFETY: words[1..3] is 8 bytes at an 8-aligned offset (see `words`).
        unsafe { std::ptr::read(self.words.as_ptr().add(1) as *const *mut Value) }
    }

    #[inline(always)]
    fn data(&self) -> *const Value {
        if self.inline() {
            // `Value` is a transparent u32.
            self.words.as_ptr() as *const Value
        } else {
            self.ptr()
        }
    }

    /// Items moved from a Vec: a small tuple's inline, a larger one's in the Vec's
    /// memory, trimmed to size.
    pub fn from_vec(items: Vec<Value>) -> TupleItems {
        if items.len() <= Self::INLINE {
            return TupleItems::from_small(items);
        }
        let len = u32::try_from(items.len()).expect("a tuple of over 4 billion items cannot be built in memory");
        let ptr = Box::into_raw(items.into_boxed_slice()) as *mut Value;
        let mut t = TupleItems { len, words: [0; 3] };
        // SAFETY: as in `ptr`.
        unsafe { std::ptr::write(t.words.as_mut_ptr().add(1) as *mut *mut Value, ptr) };
        t
    }

    /// At most [`Self::INLINE`] items, kept inline.
    fn from_small(items: impl IntoIterator<Item = Value>) -> TupleItems {
        let mut t = TupleItems::new();
        for v in items {
            let v = ManuallyDrop::new(v);
            t.words[t.len as usize] = v.index();
            t.len += 1;
        }
        t
    }

    /// Add an item to a tuple being built inline (fewer than [`Self::INLINE`] so far).
    #[inline(always)]
    pub fn push_inline(&mut self, v: Value) {
        assert!((self.len as usize) < Self::INLINE, "an inline tuple has room");
        self.words[self.len as usize] = ManuallyDrop::new(v).index();
        self.len += 1;
    }

    /// Release the items last to first, as CPython's tupledealloc does.
    pub fn release(self) {
        let mut t = ManuallyDrop::new(self);
        let n = t.len as usize;
        let data = t.data() as *mut Value;
        for i in (0..n).rev() {
            // SAFETY: each item is read out once; `t` is not dropped.
            drop(unsafe { std::ptr::read(data.add(i)) });
        }
        t.free_box();
    }

    /// Free the memory of a spilled tuple whose items are gone.
    fn free_box(&mut self) {
        if !self.inline() {
            let slice = std::ptr::slice_from_raw_parts_mut(self.ptr() as *mut ManuallyDrop<Value>, self.len as usize);
            // SAFETY: the pointer came from `Box::into_raw` of a `Box<[Value]>` of `len`
            // items; ManuallyDrop drops none of them.
            drop(unsafe { Box::from_raw(slice) });
        }
        self.len = 0;
    }
}

impl Default for TupleItems {
    fn default() -> TupleItems {
        TupleItems::new()
    }
}

impl Drop for TupleItems {
    fn drop(&mut self) {
        std::mem::take(self).release();
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: `data()` points at `len` live items this tuple owns.
        unsafe { std::slice::from_raw_parts(self.data(), self.len as usize) }
    }
}

impl std::ops::DerefMut for TupleItems {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`.
        unsafe { std::slice::from_raw_parts_mut(self.data() as *mut Value, self.len as usize) }
    }
}

impl From<TupleBuilder> for TupleItems {
    fn from(items: TupleBuilder) -> TupleItems {
        if items.len() <= Self::INLINE {
            TupleItems::from_small(items)
        } else {
            TupleItems::from_vec(items.into_vec())
        }
    }
}

impl From<Vec<Value>> for TupleItems {
    fn from(items: Vec<Value>) -> TupleItems {
        TupleItems::from_vec(items)
    }
}

impl FromIterator<Value> for TupleItems {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> TupleItems {
        iter.into_iter().collect::<TupleBuilder>().into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixteen_bytes() {
        assert_eq!(std::mem::size_of::<TupleItems>(), 16);
    }

    #[test]
    fn inline_and_spilled_items_are_owned_once() {
        for n in 0..8 {
            let items: Vec<Value> = (0..n).map(|i| crate::heap::alloc_int(100_000 + i)).collect();
            let keep: Vec<Value> = items.iter().map(Value::dup).collect();
            let t = TupleItems::from_vec(items);
            let built: TupleItems = keep.iter().map(Value::dup).collect();
            assert_eq!((t.len(), built.len()), (n as usize, n as usize));
            for ((a, b), k) in t.iter().zip(built.iter()).zip(&keep) {
                assert!(a.is(k) && b.is(k));
                assert_eq!(k.refcount(), 3);
            }
            drop(t);
            built.release();
            assert!(keep.iter().all(|k| k.refcount() == 1));
        }
    }
}
