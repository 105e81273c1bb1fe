//! The memory the heap's slots live in: one reservation of address space, made once and
//! never moved, so that a slot's address is fixed for the life of the thread.
//!
//! A growing `Vec` would move every slot when it reallocates, and with it whatever a
//! reader holds borrowed from a slot (the items of a small tuple, which live in the slot
//! itself) while it calls code that allocates. Here the whole range is reserved up front
//! with `MAP_NORESERVE` and only the pages slots are written to become memory, so peak
//! RSS is what the slots in use take, as before.

use std::ptr::NonNull;

/// How many slots to reserve address space for: 32 GiB of 32-byte slots, more objects
/// than this machine's memory could hold, and little enough that the thousands of
/// threads a test run starts (each thread has its own heap, abandoned when it ends) stay
/// within the address space. If the system refuses, half as many, and so on.
const RESERVE: usize = 1 << 30;
const MIN_RESERVE: usize = 1 << 16;

pub struct Arena<T> {
    ptr: NonNull<T>,
    len: usize,
    cap: usize,
}

impl<T> Arena<T> {
    pub const fn new() -> Arena<T> {
        Arena { ptr: NonNull::dangling(), len: 0, cap: 0 }
    }

    #[inline]
    pub fn push(&mut self, value: T) {
        if self.len == self.cap {
            self.grow();
        }
        // SAFETY: `len < cap`, within the reservation; the slot is unused.
        unsafe { std::ptr::write(self.ptr.as_ptr().add(self.len), value) };
        self.len += 1;
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        if self.cap != 0 {
            // Every slot of the reservation is in use: tens of millions of live objects at
            // the least. Moving them is not an option (see the module's note).
            eprintln!("minipy: out of memory for objects ({} live slots)", self.len);
            std::process::exit(1);
        }
        let size = std::mem::size_of::<T>();
        let mut want = RESERVE;
        while want >= MIN_RESERVE {
            // SAFETY: an anonymous private mapping, owned by this arena from here on.
            let p = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    want * size,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if p != libc::MAP_FAILED {
                self.ptr = NonNull::new(p as *mut T).expect("mmap gives a non-null address");
                self.cap = want;
                return;
            }
            want /= 2;
        }
        eprintln!("minipy: cannot reserve memory for objects");
        std::process::exit(1);
    }
}

impl<T> Default for Arena<T> {
    fn default() -> Arena<T> {
        Arena::new()
    }
}

impl<T> std::ops::Deref for Arena<T> {
    type Target = [T];
    #[inline(always)]
    fn deref(&self) -> &[T] {
        // SAFETY: the first `len` slots are initialized.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl<T> std::ops::DerefMut for Arena<T> {
    #[inline(always)]
    fn deref_mut(&mut self) -> &mut [T] {
        // SAFETY: as in `deref`.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_never_move() {
        let mut a: Arena<[u64; 4]> = Arena::new();
        a.push([1, 2, 3, 4]);
        let first: *const [u64; 4] = &a[0];
        for i in 0..300_000u64 {
            a.push([i; 4]);
        }
        assert_eq!(first, &a[0] as *const _);
        assert_eq!(a[0], [1, 2, 3, 4]);
        assert_eq!(a[300_000], [299_999; 4]);
        assert_eq!(a.len(), 300_001);
    }
}
