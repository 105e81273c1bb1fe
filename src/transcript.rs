//! Golden transcripts: `.pycon` files of `>>>` sessions recorded from python3.11.
//! Reading one, replaying its typed lines through a fresh session, and rendering the
//! result with the same rule the recorder (tools/record.py) uses, so the two compare
//! byte for byte.

use crate::compiler::Mode;
use crate::session::Session;
use std::path::{Path, PathBuf};

pub const PS1: &str = ">>> ";
pub const PS2: &str = "... ";

/// The lines typed in a transcript: every line shown after a `>>> ` or `... ` prompt.
pub fn typed_lines(transcript: &str) -> Vec<String> {
    transcript
        .lines()
        .filter_map(|l| {
            if let Some(rest) = l.strip_prefix(PS1).or_else(|| l.strip_prefix(PS2)) {
                Some(rest.to_string())
            } else if l == ">>>" || l == "..." {
                Some(String::new())
            } else {
                None
            }
        })
        .collect()
}

/// One step of a session: the prompt shown, the line typed, what it printed.
pub struct Step {
    pub prompt: &'static str,
    pub line: String,
    pub output: String,
}

/// The transcript text for a list of steps (shared rule with tools/record.py).
pub fn render(steps: &[Step]) -> String {
    let mut out = String::new();
    for s in steps {
        if s.line.is_empty() {
            out.push_str(s.prompt.trim_end());
        } else {
            out.push_str(s.prompt);
            out.push_str(&s.line);
        }
        out.push('\n');
        out.push_str(&s.output);
        if !s.output.is_empty() && !s.output.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

pub struct Replay {
    pub transcript: String,
    /// What the refcount checker reported along the way.
    pub problems: Vec<String>,
}

/// Type `lines` at a fresh prompt, in a thread of its own (its own heap), capturing
/// stdout and stderr together as a terminal would show them.
pub fn replay(lines: Vec<String>, check_refs: bool) -> Replay {
    let handle = std::thread::Builder::new()
        .stack_size(crate::STACK_SIZE)
        .spawn(move || {
            crate::io::capture();
            let mut session = Session::new(Mode::Interactive);
            session.check_refs = check_refs;
            let mut steps = Vec::new();
            let mut prompt = PS1;
            crate::io::type_ahead(lines);
            while let Some(line) = crate::io::read_line() {
                let more = session.push_line(&line);
                let output = crate::io::take_captured();
                steps.push(Step { prompt, line, output });
                prompt = if more { PS2 } else { PS1 };
            }
            Replay { transcript: render(&steps), problems: session.problems }
        })
        .expect("spawn replay thread");
    match handle.join() {
        Ok(r) => r,
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Replay { transcript: format!("minipy panicked: {msg}\n"), problems: vec!["panic".into()] }
        }
    }
}

/// Every `.pycon` file under the given paths, sorted.
pub fn find_transcripts(paths: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(p: &Path, out: &mut Vec<PathBuf>) {
        if p.is_dir() {
            if let Ok(entries) = std::fs::read_dir(p) {
                for e in entries.flatten() {
                    walk(&e.path(), out);
                }
            }
        } else if p.extension().is_some_and(|e| e == "pycon") {
            out.push(p.to_path_buf());
        }
    }
    let mut out = Vec::new();
    for p in paths {
        walk(p, &mut out);
    }
    out.sort();
    out
}

/// A unified diff of expected against actual, or None when they agree.
pub fn diff(expected: &str, actual: &str, name: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let d = similar::TextDiff::from_lines(expected, actual);
    Some(d.unified_diff().context_radius(3).header(&format!("{name} (python3.11)"), "minipy").to_string())
}

/// Check one transcript file; Err carries the report.
pub fn check_file(path: &Path, check_refs: bool) -> Result<(), String> {
    let expected = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let r = replay(typed_lines(&expected), check_refs);
    let mut report = String::new();
    if let Some(d) = diff(&expected, &r.transcript, &path.display().to_string()) {
        report.push_str(&d);
    }
    if !r.problems.is_empty() {
        report.push_str("refcount checker:\n");
        for p in &r.problems {
            report.push_str("  ");
            report.push_str(p);
            report.push('\n');
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

/// `minipy test PATH...`: returns the process exit status.
pub fn run_tests(paths: &[PathBuf], check_refs: bool) -> i32 {
    let files = find_transcripts(paths);
    let (mut passed, mut failed) = (0, 0);
    for f in &files {
        match check_file(f, check_refs) {
            Ok(()) => passed += 1,
            Err(report) => {
                failed += 1;
                println!("FAIL {}\n{report}", f.display());
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed > 0 || files.is_empty() {
        1
    } else {
        0
    }
}
