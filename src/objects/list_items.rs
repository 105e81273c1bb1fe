//! A list's items in 16 bytes, so that a list fits its heap slot: a `Vec<Value>` whose
//! length and capacity are kept in 32 bits each (a list of four billion items would need
//! 16 GiB for its references alone). Reading is through the slice; growing or shrinking
//! goes through [`ListItems::vec`], which lends the items as the `Vec` they are, at no
//! cost, and takes back its new parts when done.

use crate::heap::Value;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

pub struct ListItems {
    ptr: NonNull<Value>,
    len: u32,
    cap: u32,
}

impl ListItems {
    pub const fn new() -> ListItems {
        ListItems { ptr: NonNull::dangling(), len: 0, cap: 0 }
    }

    pub fn with_capacity(n: usize) -> ListItems {
        Vec::with_capacity(n).into()
    }

    /// The number of items the memory holds (what `sys.getsizeof` reports, as CPython's
    /// `allocated`).
    #[inline(always)]
    pub fn capacity(&self) -> usize {
        self.cap as usize
    }

    /// The items as a `Vec`, to change; written back when the guard goes.
    #[inline(always)]
    pub fn vec(&mut self) -> VecGuard<'_> {
        // SAFETY: the parts of a Vec this list owns (see `From<Vec<Value>>`); the guard
        // stands in for the list until it writes the parts back.
        let vec = unsafe { Vec::from_raw_parts(self.ptr.as_ptr(), self.len as usize, self.cap as usize) };
        VecGuard { list: self, vec: ManuallyDrop::new(vec) }
    }

    /// Add an item at the end (growing as a `Vec` does if it is full; the list methods
    /// grow it first, as CPython's `list_resize`).
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        if self.len < self.cap {
            // SAFETY: within the capacity, past the live items.
            unsafe { std::ptr::write(self.ptr.as_ptr().add(self.len as usize), v) };
            self.len += 1;
        } else {
            self.vec().push(v);
        }
    }

    /// Release the items last to first, as CPython's list_dealloc and list_clear do.
    pub fn release(self) {
        crate::object::release_reversed(self.into_vec());
    }

    /// The items, taken out as a `Vec`.
    pub fn into_vec(self) -> Vec<Value> {
        let this = ManuallyDrop::new(self);
        // SAFETY: as in `vec`; `this` is not dropped.
        unsafe { Vec::from_raw_parts(this.ptr.as_ptr(), this.len as usize, this.cap as usize) }
    }
}

/// The parts of a Vec.
fn parts(v: Vec<Value>) -> ListItems {
    let mut v = ManuallyDrop::new(v);
    let (Ok(len), Ok(cap)) = (u32::try_from(v.len()), u32::try_from(v.capacity())) else {
        // 16 GiB of references: out of this implementation's reach, said plainly rather
        // than answered wrong.
        eprintln!("minipy: a list of 2**32 or more items is beyond what minipy can hold");
        std::process::exit(1);
    };
    // SAFETY: a Vec's pointer is never null.
    ListItems { ptr: unsafe { NonNull::new_unchecked(v.as_mut_ptr()) }, len, cap }
}

impl From<Vec<Value>> for ListItems {
    #[inline(always)]
    fn from(v: Vec<Value>) -> ListItems {
        parts(v)
    }
}

impl FromIterator<Value> for ListItems {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> ListItems {
        iter.into_iter().collect::<Vec<_>>().into()
    }
}

impl Default for ListItems {
    fn default() -> ListItems {
        ListItems::new()
    }
}

impl Drop for ListItems {
    fn drop(&mut self) {
        drop(std::mem::take(self).into_vec());
    }
}

impl std::ops::Deref for ListItems {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        // SAFETY: `len` live items at `ptr`, owned by this list.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len as usize) }
    }
}

impl std::ops::DerefMut for ListItems {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len as usize) }
    }
}

/// A list's items lent as a `Vec` (see [`ListItems::vec`]).
pub struct VecGuard<'a> {
    list: &'a mut ListItems,
    vec: ManuallyDrop<Vec<Value>>,
}

impl std::ops::Deref for VecGuard<'_> {
    type Target = Vec<Value>;
    #[inline(always)]
    fn deref(&self) -> &Vec<Value> {
        &self.vec
    }
}

impl std::ops::DerefMut for VecGuard<'_> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut Vec<Value> {
        &mut self.vec
    }
}

impl Drop for VecGuard<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        // SAFETY: the Vec is taken once; the list's old parts are its previous state of
        // the same memory, overwritten without being dropped.
        let v = unsafe { ManuallyDrop::take(&mut self.vec) };
        unsafe { std::ptr::write(self.list, parts(v)) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixteen_bytes_and_owned_once() {
        assert_eq!(std::mem::size_of::<ListItems>(), 16);
        let keep: Vec<Value> = (0..5).map(|i| crate::heap::alloc_int(200_000 + i)).collect();
        let mut l = ListItems::new();
        for k in &keep {
            l.vec().push(k.dup());
        }
        assert_eq!(l.len(), 5);
        assert!(l.capacity() >= 5);
        l.vec().remove(0);
        l.vec().insert(2, keep[0].dup());
        let order: Vec<u32> = l.iter().map(Value::index).collect();
        let want: Vec<u32> = [1, 2, 0, 3, 4].iter().map(|&i| keep[i].index()).collect();
        assert_eq!(order, want);
        assert!(keep.iter().all(|k| k.refcount() == 2));
        let v = l.into_vec();
        assert_eq!(v.len(), 5);
        drop(v);
        assert!(keep.iter().all(|k| k.refcount() == 1));
        let l: ListItems = keep.iter().map(Value::dup).collect();
        drop(l);
        assert!(keep.iter().all(|k| k.refcount() == 1));
    }
}
