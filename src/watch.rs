//! Watching objects die. `:trace` and the stepper (`minipy run --html`) each keep a log
//! of the objects freed during the step they record. The heap offers one hook
//! (`Heap::on_free`); this module fans it out to the logs that are open, so the heap
//! never calls up into either.

use crate::heap::{self, Value};
use std::cell::RefCell;

/// An object as it was freed: its slot, its allocation number, and its picture.
pub type Freed = (u32, u32, String);

/// The logs that can be open at once.
#[derive(Clone, Copy)]
pub enum Log {
    Trace = 0,
    Stepper = 1,
}

thread_local! {
    static LOGS: RefCell<[Option<Vec<Freed>>; 2]> = const { RefCell::new([None, None]) };
}

/// Open `log` (emptying it if it was open).
pub fn open(log: Log) {
    LOGS.with(|l| l.borrow_mut()[log as usize] = Some(Vec::new()));
    heap::heap().on_free = Some(on_free);
}

/// What `log` holds; it stays open.
pub fn take(log: Log) -> Vec<Freed> {
    LOGS.with(|l| l.borrow_mut()[log as usize].as_mut().map(std::mem::take).unwrap_or_default())
}

/// Close `log`; the hook goes when no log is open.
pub fn close(log: Log) -> Vec<Freed> {
    LOGS.with(|l| {
        let mut l = l.borrow_mut();
        let out = l[log as usize].take().unwrap_or_default();
        if l.iter().all(Option::is_none) {
            heap::heap().on_free = None;
        }
        out
    })
}

#[cold]
fn on_free(index: u32) {
    let (_, seq) = heap::identity_of(index);
    // The dying object is intact; this only reads it.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(index) });
    let picture = crate::meta::picture_of(&v);
    LOGS.with(|l| {
        for log in l.borrow_mut().iter_mut().flatten() {
            log.push((index, seq, picture.clone()));
        }
    })
}
