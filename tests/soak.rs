//! Soak: bench/soak.py builds and drops millions of objects, cycles, finalizers and weak
//! references included. Replayed at a minipy prompt, it must leave the heap exactly as
//! it found it (after its imports) and every stored count exact. bench/soak.sh measures
//! its peak memory against python3.11.

use minipy::compiler::Mode;
use minipy::heap::heap;
use minipy::session::Session;

/// Live objects, less the interpreter's shared singletons (None, small ints, the
/// one-character strings, which CPython keeps from startup and minipy makes on first use).
fn live_objects() -> usize {
    let mut shared = 0;
    minipy::value::for_each_shared(|_| shared += 1);
    heap().live - shared
}

#[test]
fn soak_returns_the_heap_to_its_starting_size() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/bench/soak.py")).unwrap();
    let (before, after, output, problems) = std::thread::Builder::new()
        .stack_size(minipy::STACK_SIZE)
        .spawn(move || {
            minipy::io::capture();
            let mut s = Session::new(Mode::Interactive);
            let mut before = None;
            for line in text.lines() {
                if before.is_none() && !line.starts_with('#') && !line.starts_with("import") {
                    before = Some(live_objects());
                }
                s.push_line(line);
            }
            s.push_line("");
            (before.unwrap(), live_objects(), minipy::io::take_captured(), s.check())
        })
        .unwrap()
        .join()
        .unwrap();
    assert!(problems.is_empty(), "refcount checker: {problems:?}");
    assert_eq!(output.lines().collect::<Vec<_>>(), ["1020000 True", "True", "20000", "True"], "{output}");
    assert_eq!(after, before, "live objects after the soak ({after}) differ from before it ({before})");
}
