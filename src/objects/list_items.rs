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

    /// Room for `n` items (a small buffer from the pool when there is one).
    #[inline]
    pub fn with_capacity(n: usize) -> ListItems {
        if let Some(ptr) = pool::take(n) {
            return ListItems { ptr, len: 0, cap: n as u32 };
        }
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

    /// Release the items last to first, as CPython's list_dealloc and list_clear do; a
    /// small buffer goes back to the pool.
    #[inline]
    pub fn release(self) {
        let mut this = ManuallyDrop::new(self);
        while this.len > 0 {
            this.len -= 1;
            // SAFETY: the item past the new length is live and read once; the list is
            // no longer anyone's, so nothing else reads it while the item goes.
            drop(unsafe { std::ptr::read(this.ptr.as_ptr().add(this.len as usize)) });
        }
        if !pool::give(this.ptr, this.cap as usize) {
            // SAFETY: the buffer of `cap` items this list owns, now holding none.
            drop(unsafe { Vec::from_raw_parts(this.ptr.as_ptr(), 0, this.cap as usize) });
        }
    }

    /// The items, taken out as a `Vec`.
    pub fn into_vec(self) -> Vec<Value> {
        let this = ManuallyDrop::new(self);
        // SAFETY: as in `vec`; `this` is not dropped.
        unsafe { Vec::from_raw_parts(this.ptr.as_ptr(), this.len as usize, this.cap as usize) }
    }
}

/// Small item buffers kept for reuse: a list display or a short-lived small list gets
/// its buffer back without a malloc/free pair (CPython keeps dead list objects on a free
/// list; its item buffers come from pymalloc, which is faster than malloc for them).
mod pool {
    use super::Value;
    use std::cell::UnsafeCell;
    use std::ptr::NonNull;

    /// Buffers of 1 to `MAX_CAP` items are kept, up to `DEPTH` of each size.
    const MAX_CAP: usize = 8;
    const DEPTH: usize = 16;

    struct Pool {
        count: [usize; MAX_CAP],
        bufs: [[NonNull<Value>; DEPTH]; MAX_CAP],
    }

    thread_local! {
        static POOL: UnsafeCell<Pool> = const {
            UnsafeCell::new(Pool { count: [0; MAX_CAP], bufs: [[NonNull::dangling(); DEPTH]; MAX_CAP] })
        };
    }

    /// A kept buffer of exactly `cap` items, if there is one.
    #[inline(always)]
    pub(super) fn take(cap: usize) -> Option<NonNull<Value>> {
        if cap == 0 || cap > MAX_CAP {
            return None;
        }
        // SAFETY: this thread's pool, not borrowed across the call.
        POOL.with(|p| unsafe {
            let p = &mut *p.get();
            let n = &mut p.count[cap - 1];
            if *n == 0 {
                return None;
            }
            *n -= 1;
            Some(p.bufs[cap - 1][*n])
        })
    }

    /// Keep an empty buffer of `cap` items (allocated as a `Vec` of that capacity);
    /// false when it is not kept (the caller frees it).
    #[inline(always)]
    pub(super) fn give(ptr: NonNull<Value>, cap: usize) -> bool {
        if cap == 0 || cap > MAX_CAP {
            return false;
        }
        // SAFETY: as in `take`.
        POOL.with(|p| unsafe {
            let p = &mut *p.get();
            let n = &mut p.count[cap - 1];
            if *n == DEPTH {
                return false;
            }
            p.bufs[cap - 1][*n] = ptr;
            *n += 1;
            true
        })
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
    fn small_buffers_come_back_from_the_pool() {
        let keep: Vec<Value> = (0..3).map(|i| crate::heap::alloc_int(300_000 + i)).collect();
        let mut l = ListItems::with_capacity(3);
        for k in &keep {
            l.push(k.dup());
        }
        let ptr = l.ptr;
        l.release();
        assert!(keep.iter().all(|k| k.refcount() == 1));
        let mut again = ListItems::with_capacity(3);
        assert_eq!(again.ptr, ptr);
        assert_eq!((again.len(), again.capacity()), (0, 3));
        again.push(keep[0].dup());
        // A buffer that grew past the pool's sizes is freed, not kept.
        let mut v = again.vec();
        v.extend((0..20).map(|_| keep[1].dup()));
        drop(v);
        assert!(again.capacity() > 8);
        again.release();
        assert!(keep.iter().all(|k| k.refcount() == 1));
        assert!(ListItems::with_capacity(9).ptr != ptr);
    }

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
