//! Golden tests, one named test per file:
//! - `replay::<file>`: each `.pycon` under transcripts/ replays through minipy exactly,
//!   with the refcount checker on after every statement;
//! - `cpython::<file>`: each `.pycon` still says what python3.11 says (re-recorded with
//!   tools/record.py; ignored on a machine without /usr/bin/python3.11);
//! - `piped::<file>`: `minipy -i` with piped stdin writes the same stdout and stderr as
//!   `python3.11 -u -i` (after the two banner lines);
//! - `script::<file>` / `script-cpython::<file>`: each tests/scripts/*.py and tests/hard/*.py
//!   (the latter under the refcount checker) gives, through
//!   `minipy run` and through python3.11, the stdout, stderr and exit status in its
//!   `.expected` file.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const PYTHON: &str = "/usr/bin/python3.11";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn have_python() -> bool {
    Path::new(PYTHON).exists()
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

fn replay(path: PathBuf) -> Result<(), Failed> {
    minipy::transcript::check_file(&path, true).map_err(Failed::from)
}

fn cpython(path: PathBuf) -> Result<(), Failed> {
    let out = Command::new(PYTHON).arg(root().join("tools/record.py")).arg("show").arg(&path).output()?;
    if !out.status.success() {
        return Err(format!("record.py failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let recorded = String::from_utf8_lossy(&out.stdout);
    let golden = std::fs::read_to_string(&path)?;
    match minipy::transcript::diff(&golden, &recorded, &rel(&path)) {
        None => Ok(()),
        Some(d) => Err(format!("the golden file no longer says what python3.11 says:\n{d}").into()),
    }
}

fn run_piped(cmd: &mut Command, input: &str) -> std::io::Result<(String, String, i32)> {
    use std::io::Write;
    let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    child.stdin.take().unwrap().write_all(input.as_bytes())?;
    let out = child.wait_with_output()?;
    let strip_banner = |s: &[u8]| String::from_utf8_lossy(s).splitn(3, '\n').nth(2).unwrap_or("").to_string();
    Ok((String::from_utf8_lossy(&out.stdout).into_owned(), strip_banner(&out.stderr), out.status.code().unwrap_or(-1)))
}

fn piped(path: PathBuf) -> Result<(), Failed> {
    let text = std::fs::read_to_string(&path)?;
    let mut input = minipy::transcript::typed_lines(&text).join("\n");
    input.push('\n');
    let tmp = std::env::temp_dir();
    let py = run_piped(
        Command::new(PYTHON)
            .args(["-u", "-i"])
            .current_dir(&tmp)
            .env("PYTHONHASHSEED", "0")
            .env_remove("PYTHONSTARTUP"),
        &input,
    )?;
    let mp = run_piped(Command::new(env!("CARGO_BIN_EXE_minipy")).arg("-i").current_dir(&tmp), &input)?;
    let mut report = String::new();
    if let Some(d) = minipy::transcript::diff(&py.0, &mp.0, "stdout") {
        report.push_str(&d);
    }
    if let Some(d) = minipy::transcript::diff(&py.1, &mp.1, "stderr") {
        report.push_str(&d);
    }
    if py.2 != mp.2 {
        report.push_str(&format!("exit status: python3.11 {} minipy {}\n", py.2, mp.2));
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report.into())
    }
}

/// stdout, stderr and exit status in the `.expected` layout tools/record.py writes.
fn script_result(cmd: &mut Command, script: &Path) -> std::io::Result<String> {
    let out = cmd.arg(script).current_dir(script.parent().unwrap()).stdin(Stdio::null()).output()?;
    let dir = script.parent().unwrap().display().to_string();
    let section = |b: &[u8]| {
        let mut s = String::from_utf8_lossy(b).replace(&dir, "<DIR>");
        if !s.is_empty() && !s.ends_with('\n') {
            s.push('\n');
        }
        s
    };
    Ok(format!(
        "--- stdout\n{}--- stderr\n{}--- exit {}\n",
        section(&out.stdout),
        section(&out.stderr),
        out.status.code().unwrap_or(-1)
    ))
}

fn script(path: PathBuf, with_python: bool) -> Result<(), Failed> {
    let expected = std::fs::read_to_string(path.with_extension("expected"))?;
    let actual = if with_python {
        script_result(&mut Command::new(PYTHON), &path)?
    } else {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_minipy"));
        if path.parent().is_some_and(|d| d.ends_with("hard")) {
            cmd.arg("--check-refs");
        }
        script_result(cmd.arg("run"), &path)?
    };
    match minipy::transcript::diff(&expected, &actual, &rel(&path)) {
        None => Ok(()),
        Some(d) => Err(d.into()),
    }
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    let transcripts = minipy::transcript::find_transcripts(&[root().join("transcripts")]);
    assert!(!transcripts.is_empty(), "no transcripts found under transcripts/");
    for t in &transcripts {
        let name = rel(t);
        let p = t.clone();
        trials.push(Trial::test(format!("replay::{name}"), move || replay(p)));
        let p = t.clone();
        trials.push(Trial::test(format!("cpython::{name}"), move || cpython(p)).with_ignored_flag(!have_python()));
        let p = t.clone();
        trials.push(Trial::test(format!("piped::{name}"), move || piped(p)).with_ignored_flag(!have_python()));
    }
    // tests/scripts: programs of every kind; tests/hard: adversarial ones (limits, deep
    // nesting, bad source bytes, what fuzzing found), run with the refcount checker on.
    let mut scripts: Vec<PathBuf> = ["tests/scripts", "tests/hard"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root().join(d)).into_iter().flatten().flatten().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    scripts.sort();
    for s in scripts {
        let name = rel(&s);
        let p = s.clone();
        trials.push(Trial::test(format!("script::{name}"), move || script(p, false)));
        trials.push(
            Trial::test(format!("script-cpython::{name}"), move || script(s, true)).with_ignored_flag(!have_python()),
        );
    }
    libtest_mimic::run(&args, trials).exit();
}
