//! The refcount checker catches what it is there to catch, and the heap behaves like
//! CPython's where identity shows: LIFO slot reuse, shared small ints, order of death.

use minipy::compiler::Mode;
use minipy::heap::heap;
use minipy::session::Session;

/// Run `lines` at a fresh prompt in its own thread; returns (output, checker problems).
fn session(lines: &[&str], corrupt: Option<&'static str>) -> (String, Vec<String>) {
    let lines: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
    std::thread::spawn(move || {
        minipy::io::capture();
        let mut s = Session::new(Mode::Interactive);
        for l in &lines {
            s.push_line(l);
        }
        if let Some(name) = corrupt {
            let sym = minipy::intern::intern(name);
            let v = minipy::runtime::get_global(sym).expect("global exists");
            heap().slots[v.index() as usize].rc += 1;
        }
        let problems = s.check();
        (minipy::io::take_captured(), problems)
    })
    .join()
    .unwrap()
}

#[test]
fn checker_is_clean_after_a_busy_session() {
    let (_, problems) = session(
        &[
            "import sys, gc",
            "class N:",
            "    def __init__(self, v):",
            "        self.v = v",
            "",
            "a = [N(1), N(2), [3, 4]]",
            "b = a[1:]",
            "a.append(a)",
            "del a",
            "gc.collect()",
            "def f(x):",
            "    return x[0] + 1000",
            "",
            "f(b)",
            "f(5)",
        ],
        None,
    );
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn checker_reports_an_overcount_as_a_leak_or_mismatch() {
    let (_, problems) = session(&["x = [1, 2, 3]", "y = x"], Some("x"));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("stores 3 but 2 references hold it"), "{}", problems[0]);
    let (_, problems) = session(&["z = [7]"], Some("z"));
    assert!(problems[0].contains("[7]"), "{problems:?}");
}

#[test]
fn freed_slots_are_reused_last_in_first_out() {
    let (out, _) = session(&["id([]) == id([])", "[] is []", "a = []; b = []; a is b"], None);
    assert_eq!(out, "True\nFalse\nFalse\n");
}

#[test]
fn lists_release_their_items_last_to_first() {
    let (out, problems) = session(
        &[
            "class D:",
            "    def __init__(self, n): self.n = n",
            "    def __del__(self): print('del', self.n)",
            "",
            "l = [D(1), D(2), D(3)]",
            "del l",
        ],
        None,
    );
    assert_eq!(out, "del 3\ndel 2\ndel 1\n");
    assert!(problems.is_empty(), "{problems:?}");
}
