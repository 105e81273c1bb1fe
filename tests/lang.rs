//! The differential checks: one-feature programs (many small prints each) run through
//! python3.11 and `minipy run` (`tools/difftest.py`); at least 85% of those python3.11
//! runs cleanly must give identical stdout and exit status. `tests/lang/` holds the
//! language's statements and classes (generators, `with`, decorators...); `tests/types/`
//! the builtin types and names (bytes, bytearray, frozenset, slices, exec/eval,
//! weak dictionaries, every method...). Skipped on a machine without /usr/bin/python3.11.

use std::path::Path;
use std::process::Command;

const PYTHON: &str = "/usr/bin/python3.11";
const MIN_PERCENT: &str = "85";

#[test]
fn language_suite_matches_python() {
    differential("tests/lang");
}

#[test]
fn types_suite_matches_python() {
    differential("tests/types");
}

fn differential(folder: &str) {
    if !Path::new(PYTHON).exists() {
        eprintln!("skipped: no {PYTHON}");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(PYTHON)
        .arg(root.join("tools/difftest.py"))
        .args(["--quiet", "-j", "2", "--min-percent", MIN_PERCENT, "--minipy", env!("CARGO_BIN_EXE_minipy")])
        .arg(root.join(folder))
        .output()
        .expect("difftest.py runs");
    let report = String::from_utf8_lossy(&out.stdout);
    println!("{report}");
    assert!(
        out.status.success(),
        "below {MIN_PERCENT}% identical:\n{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.contains("difftest:"), "no summary line:\n{report}");
}
