//! The memory stepper (`minipy run --trace-json` / `--html`, `:html` at the prompt):
//! - the JSON of the notes' sections (6-11 and 15) and of scripts with a call, a cycle
//!   collected by `gc.collect()`, a `__del__` and an exception, as snapshots;
//! - its counts against python3.11's `sys.getrefcount(x) - 1` at the same lines
//!   (`tests/stepper/crosscheck.py`);
//! - the page in headless Chromium: the rendered DOM at several `#step=N` holds the
//!   names, counts, arrows and freed marks of that step, and no JavaScript error.

use serde_json::Value as Json;
use std::path::{Path, PathBuf};
use std::process::Command;

const MINIPY: &str = env!("CARGO_BIN_EXE_minipy");

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/stepper")
}

fn scripts() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(dir()).unwrap().map(|e| e.unwrap().path()).filter(|p| is_program(p)).collect();
    v.sort();
    v
}

fn is_program(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "py") && p.file_name().is_some_and(|n| n != "crosscheck.py")
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("minipy-stepper-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Run `script` with `--trace-json`; the trace, and what the run wrote to stderr.
fn trace(script: &Path, extra: &[&str]) -> (Json, String) {
    // A file of its own for each run: tests running in parallel trace the same scripts.
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let out = scratch("json").join(script.file_name().unwrap()).with_extension(format!("{n}.json"));
    let run = Command::new(MINIPY)
        .arg("--check-refs")
        .arg("run")
        .arg("--trace-json")
        .arg(&out)
        .args(extra)
        .arg(script)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(!stderr.contains("refcount checker"), "{stderr}");
    let text = std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("no trace for {script:?}: {e}\n{stderr}"));
    (serde_json::from_str(&text).unwrap(), stderr)
}

/// The objects drawn at each step, rebuilt from the steps' changes (as the page does).
fn states(t: &Json) -> Vec<std::collections::BTreeMap<u64, Json>> {
    let mut objs = std::collections::BTreeMap::new();
    let mut out = Vec::new();
    for s in t["steps"].as_array().unwrap() {
        for id in s["gone"].as_array().unwrap() {
            objs.remove(&id.as_u64().unwrap());
        }
        for o in s["objects"].as_array().unwrap() {
            objs.insert(o["id"].as_u64().unwrap(), o.clone());
        }
        out.push(objs.clone());
    }
    out
}

#[test]
fn json_snapshots() {
    for script in scripts() {
        let (t, _) = trace(&script, &[]);
        let mut text = serde_json::to_string_pretty(&t).unwrap();
        text = text.replace(&format!("{}/", dir().display()), "");
        let name = script.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(format!("stepper_{name}"), text);
    }
}

/// Every drawn object's holders add up to its count, at every step.
#[test]
fn holders_add_up() {
    for script in scripts() {
        let (t, _) = trace(&script, &[]);
        for (i, objs) in states(&t).iter().enumerate() {
            for o in objs.values() {
                let rc = o["refcount"].as_u64().unwrap();
                let holders = o["holders"].as_array().unwrap();
                // A line may stand for several holders alike: `... ×N`.
                let named: u64 = holders[..holders.len() - 1]
                    .iter()
                    .map(|h| h.as_str().unwrap().rsplit_once(" ×").and_then(|(_, n)| n.parse().ok()).unwrap_or(1))
                    .sum();
                let sum = holders.last().unwrap().as_str().unwrap();
                if named == rc {
                    assert!(sum.starts_with(&format!("= {rc} reference")), "{script:?} step {}: {o}", i + 1);
                } else {
                    // The rest are a running expression's: only while a call is under way.
                    let frames = t["steps"][i]["frames"].as_array().unwrap().len();
                    assert!(frames > 1, "{script:?} step {}: {o}", i + 1);
                    let want = format!("= {named} found + {} held by a running expression", rc - named);
                    assert!(sum.starts_with(&want), "{script:?} step {}: {o}", i + 1);
                }
            }
        }
    }
}

/// The counts the trace shows for the module's names, before each module-level line
/// first runs, are python3.11's `sys.getrefcount(x) - 1` there.
#[test]
fn counts_match_python() {
    let python = Path::new("/usr/bin/python3.11");
    if !python.exists() {
        eprintln!("python3.11 not found: the cross-check is skipped");
        return;
    }
    let site = scratch("site");
    std::fs::copy(dir().join("crosscheck.py"), site.join("sitecustomize.py")).unwrap();
    let mut compared = 0;
    for script in scripts() {
        let run = Command::new(python)
            .arg(&script)
            .env("PYTHONPATH", &site)
            .env("CROSSCHECK_SCRIPT", &script)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        let (t, _) = trace(&script, &[]);
        let states = states(&t);
        let steps = t["steps"].as_array().unwrap();
        for line in stderr.lines().filter_map(|l| l.strip_prefix("@count ")) {
            let want: Json = serde_json::from_str(line).unwrap();
            let at = want["line"].as_u64().unwrap();
            // The first step standing before that line in the module's frame. CPython
            // also stops on lines that are no statement of their own (`except E as e:`,
            // an `else:`), where minipy has no step.
            let Some(k) = steps
                .iter()
                .position(|s| s["at"]["line"].as_u64() == Some(at) && s["frames"].as_array().unwrap().len() == 1)
            else {
                continue;
            };
            let frame = &steps[k]["frames"][0];
            for var in frame["vars"].as_array().unwrap() {
                let Some(id) = var["value"]["id"].as_u64() else { continue };
                let name = var["name"].as_str().unwrap();
                let Some(py) = want["counts"][name].as_u64() else { continue };
                let ours = states[k][&id]["refcount"].as_u64().unwrap();
                assert_eq!(ours, py, "{script:?} line {at}: refcount of {name}");
                compared += 1;
            }
        }
    }
    assert!(compared >= 30, "only {compared} counts compared");
}

#[test]
fn steps_and_events() {
    let (t, _) = trace(&dir().join("function_call.py"), &[]);
    let events: Vec<&str> = t["steps"].as_array().unwrap().iter().map(|s| s["event"].as_str().unwrap()).collect();
    assert_eq!(events.iter().filter(|e| **e == "call").count(), 2, "{events:?}");
    assert_eq!(events.iter().filter(|e| **e == "return").count(), 2, "{events:?}");
    assert_eq!(events.last(), Some(&"end"));
    // While foo runs, its frame holds the list: 1 (data) + x + y = 3.
    let states = states(&t);
    let steps = t["steps"].as_array().unwrap();
    let ret = steps.iter().position(|s| s["event"] == "return").unwrap();
    let frames = steps[ret]["frames"].as_array().unwrap();
    assert_eq!(frames.len(), 2);
    assert_eq!(frames[1]["name"], "foo");
    let id = frames[1]["vars"][0]["value"]["id"].as_u64().unwrap();
    assert_eq!(states[ret][&id]["refcount"], 3);
    assert_eq!(steps[ret]["return_value"]["inline"], "3");

    let (t, _) = trace(&dir().join("s15_circular.py"), &[]);
    let steps = t["steps"].as_array().unwrap();
    let gc = steps.iter().find(|s| s["event"] == "gc").expect("a gc step");
    assert_eq!(gc["collected"], 2);
    assert_eq!(gc["freed"].as_array().unwrap().len(), 2);
    // Before the collection, the two lists are drawn though no name reaches them.
    let k = steps.iter().position(|s| s["event"] == "gc").unwrap();
    let before = &self::states(&t)[k - 1];
    assert_eq!(before.values().filter(|o| o["unreachable"] == true).count(), 2);

    let (t, _) = trace(&dir().join("exception.py"), &[]);
    let last = t["steps"].as_array().unwrap().last().unwrap();
    assert_eq!(last["event"], "exception");
    assert_eq!(last["exception"], "ZeroDivisionError: division by zero");
    assert_eq!(t["exit_status"], 1);

    let (t, _) = trace(&dir().join("finalizer.py"), &[]);
    let steps = t["steps"].as_array().unwrap();
    let freed = steps.iter().find(|s| !s["freed"].as_array().unwrap().is_empty()).unwrap();
    assert_eq!(freed["freed"][0]["picture"], "<Resource object>");
    // Last drawn inside __del__: its `self`, and the reference the finalizer's call holds.
    assert_eq!(freed["freed"][0]["refcount_before"], 2);
    let printed: String = steps
        .iter()
        .flat_map(|s| s["output"].as_array().unwrap())
        .map(|o| o["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(printed, "still open\nclosing file\ndone\n");
}

#[test]
fn cap_on_steps() {
    let script = scratch("cap").join("loop.py");
    std::fs::write(&script, "total = 0\nfor i in range(1000):\n    total += i\nprint(total)\n").unwrap();
    let (t, stderr) = trace(&script, &["--max-steps", "50"]);
    assert_eq!(t["steps"].as_array().unwrap().len(), 50);
    assert_eq!(t["truncated"], true);
    assert!(stderr.contains("50 steps, cut at the cap of 50"), "{stderr}");
}

#[test]
fn html_at_the_prompt() {
    let page = scratch("prompt").join("session.html");
    let mut child = Command::new(MINIPY)
        .arg("-i")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let input = format!("a = [1, 2]\nb = a\nprint(len(b))\n:html {}\na\n", page.display());
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(&format!("wrote {}: 6 steps", page.display())), "{stdout}");
    // The session goes on after it.
    assert!(stdout.ends_with("[1, 2]\n"), "{stdout}");
    let html = std::fs::read_to_string(&page).unwrap();
    let data = html.split("id=\"trace\">").nth(1).unwrap().split("</script>").next().unwrap();
    let t: Json = serde_json::from_str(data).unwrap();
    assert_eq!(t["mode"], "interactive");
    assert_eq!(t["sources"].as_array().unwrap().len(), 3);
    let printed: String = t["steps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["output"].as_array().unwrap())
        .map(|o| o["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(printed, "2\n");
    let last = &states(&t)[5];
    let list = last.values().find(|o| o["type"] == "list").unwrap();
    assert_eq!(list["refcount"], 2);
}

// ---- The page, in a real browser -------------------------------------------------

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|name| {
        std::env::var_os("PATH")?.to_str()?.split(':').map(|d| Path::new(d).join(name)).find(|p| p.exists())
    })
}

/// A step past the last: the page shows the last.
const LAST: usize = 999_999;

/// The DOM of `page` at `#step=N` (after its scripts ran).
fn dom(browser: &Path, page: &Path, step: usize) -> String {
    let url = format!("file://{}#step={step}", page.display());
    let out = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", "--dump-dom"])
        .arg(&url)
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(dom.contains("data-ready=\"1\""), "the page did not finish at {url}:\n{dom}");
    assert!(!dom.contains("data-js-error=\""), "JavaScript error at {url}:\n{dom}");
    if step != LAST {
        assert!(dom.contains(&format!("data-step=\"{step}\"")), "not at step {step}: {url}");
    }
    dom
}

fn page(script: &str) -> PathBuf {
    let out = scratch("html").join(script).with_extension("html");
    let run = Command::new(MINIPY).arg("run").arg("--html").arg(&out).arg(dir().join(script)).output().unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("wrote "), "{stderr}");
    out
}

/// The text of the first element with class `inner` after `marker` in `html`.
fn text_of<'a>(html: &'a str, marker: &str, inner: &str) -> &'a str {
    let at = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let rest = &html[at..];
    let rest = &rest[rest.find(&format!("class=\"{inner}\"")).unwrap_or_else(|| panic!("no {inner}"))..];
    let start = rest.find('>').unwrap() + 1;
    let end = rest[start..].find('<').unwrap() + start;
    &rest[start..end]
}

#[test]
fn page_in_chromium() {
    let Some(browser) = chromium() else {
        if std::env::var_os("MINIPY_SKIP_BROWSER").is_some() {
            eprintln!("no chromium: the page test is skipped (MINIPY_SKIP_BROWSER)");
            return;
        }
        panic!("chromium is not installed (`apt-get install chromium`; .ci/run installs it)");
    };
    // Notes, section 8: `myListTwo = myListOne` ran just before step 3: two arrows into
    // one list.
    let alias = page("s08_mutable_alias.py");
    let d = dom(&browser, &alias, 3);
    assert!(d.contains("line 4: myListOne = 'hello' runs next"), "{d}");
    assert!(d.contains(r#"<td class="var-name">myListOne</td>"#));
    assert!(d.contains(r#"<td class="var-name">myListTwo</td>"#));
    assert!(d.contains(r#"class="arrow" data-from="myListOne" data-to="1""#), "{d}");
    assert!(d.contains(r#"class="arrow" data-from="myListTwo" data-to="1""#), "{d}");
    assert_eq!(text_of(&d, r#"id="obj-1""#, "tname"), "list");
    assert!(d.contains(r#"<span class="rc moved">refcount 1 → 2</span>"#), "{d}");
    // Step 4: the list is down to one name; 'hello' is new (its name, the module's
    // constant and the parse keep it: 3, as python3.11 counts it).
    let d = dom(&browser, &alias, 4);
    assert!(d.contains(r#"<span class="rc moved">refcount 2 → 1</span>"#), "{d}");
    assert!(d.contains(r#"class="box kind-value created" id="obj-2""#), "{d}");
    assert!(d.contains("refcount = 3"), "{d}");

    // Notes, section 15: the cycle outlives its names, then the collection frees it.
    let circ = page("s15_circular.py");
    let d = dom(&browser, &circ, 8);
    assert_eq!(d.matches(r#"<span class="tag unreach">unreachable</span>"#).count(), 2, "{d}");
    assert!(d.contains(r##"class="arrow" data-from="#1[0]" data-to="2""##), "{d}");
    assert!(d.contains(r##"class="arrow" data-from="#2[0]" data-to="1""##), "{d}");
    let d = dom(&browser, &circ, 9);
    assert!(d.contains("gc: a collection ran and found 2 unreachable objects"), "{d}");
    assert_eq!(d.matches(r#"<span class="tag freed-tag">freed</span>"#).count(), 2, "{d}");
    assert!(!d.contains(r#"id="obj-1""#), "a freed object is still drawn as live");

    // A call: the callee's frame on top, its locals pointing at the caller's list.
    let call = page("function_call.py");
    let d = dom(&browser, &call, 6);
    let foo = d.find(r#"<div class="fname">foo()"#).expect("foo's frame");
    let global = d.find(r#"<div class="fname">Global frame"#).expect("the global frame");
    assert!(foo < global, "the newest frame is drawn on top");
    assert!(d.contains(r#"data-from="x" data-to="2""#), "{d}");
    // __del__'s output is in the output pane at the step after it ran.
    let fin = page("finalizer.py");
    let d = dom(&browser, &fin, LAST);
    assert!(d.contains("closing file"), "{d}");
    // An exception: the traceback in the output, and the event says so.
    let exc = page("exception.py");
    let d = dom(&browser, &exc, LAST);
    assert!(d.contains("the program stopped: ZeroDivisionError: division by zero"), "{d}");
    assert!(d.contains(r#"class="stderr fresh">Traceback (most recent call last):"#), "{d}");
}

/// A program with no statement: one step, and `--trace` has nothing to head.
#[test]
fn empty_program() {
    let script = scratch("empty").join("comment.py");
    std::fs::write(&script, "# nothing runs\n").unwrap();
    let (t, stderr) = trace(&script, &["--trace"]);
    assert_eq!(t["steps"].as_array().unwrap().len(), 1, "{stderr}");
    assert_eq!(t["steps"][0]["event"], "end");
    assert!(stderr.contains(": 1 step (file://"), "{stderr}");
}
