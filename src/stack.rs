//! How much Rust stack is left. The evaluator recurses on the Rust stack, and so does the
//! release of nested objects; each stack it runs on (the interpreter thread's, or a
//! generator's own) has a floor, and code about to go below it refuses a call with
//! RecursionError or puts off releasing an object, so no input overflows a stack.

use std::cell::Cell;

thread_local! {
    static FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// Room kept above the very bottom of a stack for the work done between two checks.
pub const MARGIN: usize = 512 << 10;

/// The current stack pointer (near enough: the address of a local).
#[inline(always)]
pub fn pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Whether the running code is near the bottom of the stack it runs on.
#[inline(always)]
pub fn low() -> bool {
    pointer() < FLOOR.with(Cell::get)
}

/// The floor in force (to put back after running on another stack).
pub fn floor() -> usize {
    FLOOR.with(Cell::get)
}

pub fn set_floor(floor: usize) {
    FLOOR.with(|f| f.set(floor));
}

/// Set the floor for the calling thread's own stack.
pub fn init_thread() {
    set_floor(thread_floor());
}

fn thread_floor() -> usize {
    // SAFETY: plain queries of the calling thread's attributes.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if ok && size > 2 * MARGIN {
            addr as usize + MARGIN
        } else {
            0
        }
    }
}

/// The stack a generator's frame runs on: [`CO_STACK_BYTES`] of address space, of which
/// only the pages it touches cost memory. Stacks are cut from chunks of [`CHUNK`] with
/// one guard page under each chunk, not under each stack: a guard page per stack would
/// cost a memory mapping per suspended generator, and Linux allows a process about
/// 65,000. Below each stack's floor the checks above stand in for the guard page, and
/// the stack is deep enough that the recursion limit comes first.
pub struct CoStack {
    top: usize,
}

pub const CO_STACK_BYTES: usize = 8 << 20;
const CHUNK: usize = 64;
/// Stacks given back beyond this many keep their address space but return their pages.
const KEEP_WARM: usize = 16;

thread_local! {
    static FREE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

// SAFETY: `base` and `limit` bound memory this value owns for its life (a chunk is never
// unmapped); overflow past `limit` is prevented by the floor checks (see above).
unsafe impl corosensei::stack::Stack for CoStack {
    fn base(&self) -> corosensei::stack::StackPointer {
        std::num::NonZeroUsize::new(self.top).expect("a mapped address")
    }

    fn limit(&self) -> corosensei::stack::StackPointer {
        std::num::NonZeroUsize::new(self.top - CO_STACK_BYTES).expect("a mapped address")
    }
}

impl CoStack {
    /// A stack from the free list, or from a new chunk; None when no memory is left.
    pub fn take() -> Option<CoStack> {
        FREE.with(|free| {
            let mut free = free.borrow_mut();
            if free.is_empty() {
                let page = 4096;
                let len = CHUNK * CO_STACK_BYTES + page;
                // SAFETY: a fresh private anonymous mapping; nothing else refers to it.
                let base = unsafe {
                    let p = libc::mmap(
                        std::ptr::null_mut(),
                        len,
                        libc::PROT_READ | libc::PROT_WRITE,
                        libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                        -1,
                        0,
                    );
                    if p == libc::MAP_FAILED {
                        return None;
                    }
                    libc::mprotect(p, page, libc::PROT_NONE);
                    p as usize + page
                };
                // Highest last, so the first one taken is at the chunk's top.
                free.extend((1..=CHUNK).map(|k| base + k * CO_STACK_BYTES));
            }
            free.pop().map(|top| CoStack { top })
        })
    }

    /// The floor for code running on this stack.
    pub fn floor(&self) -> usize {
        self.top - CO_STACK_BYTES + MARGIN
    }

    /// Give a stack back for reuse.
    pub fn give_back(self) {
        FREE.with(|free| {
            let mut free = free.borrow_mut();
            if free.len() >= KEEP_WARM {
                // SAFETY: the range is this stack's own, and no frame is on it any more.
                unsafe {
                    libc::madvise(
                        (self.top - CO_STACK_BYTES) as *mut libc::c_void,
                        CO_STACK_BYTES,
                        libc::MADV_DONTNEED,
                    );
                }
            }
            free.push(self.top);
        })
    }
}
