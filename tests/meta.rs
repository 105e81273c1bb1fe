//! Snapshots of the meta-commands (`:heap`, `:refs`, `:dot`) after the statements of the
//! refcounting notes (../shared/notes/refcounting-notes.md, sections 6-11 and 15), and of
//! a few heaps beyond them. Each session runs at a fresh prompt in its own thread; the
//! refcount checker must stay silent, so every drawn count is a real one.

use minipy::compiler::Mode;
use minipy::session::Session;

/// Type `lines` at a fresh prompt; returns what the prompt printed.
fn session(lines: &[&str]) -> String {
    let lines: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
    std::thread::Builder::new()
        .stack_size(minipy::STACK_SIZE)
        .spawn(move || {
            minipy::io::capture();
            let mut s = Session::new(Mode::Interactive);
            for l in &lines {
                s.push_line(l);
            }
            let problems = s.check();
            assert!(problems.is_empty(), "refcount checker: {problems:?}");
            minipy::io::take_captured()
        })
        .unwrap()
        .join()
        .unwrap()
}

/// A diagram of the notes: its statements traced, then `:heap`, `:refs` of each name the
/// diagram shows, and `:dot`.
fn diagram(statements: &[&str], names: &[&str]) -> String {
    let mut lines = vec![":trace on"];
    lines.extend_from_slice(statements);
    lines.push(":trace off");
    lines.push(":heap");
    let refs: Vec<String> = names.iter().map(|n| format!(":refs {n}")).collect();
    lines.extend(refs.iter().map(String::as_str));
    lines.push(":dot");
    session(&lines)
}

#[test]
fn notes_6_immutable_reassignment() {
    insta::assert_snapshot!(diagram(&["a = 3", "a = 'hello'", "a = 3.14", "a = 5"], &["a"]));
}

#[test]
fn notes_7_immutable_case() {
    insta::assert_snapshot!(diagram(&["a = 5", "a = 7"], &["a"]));
}

#[test]
fn notes_8_two_names_one_list() {
    insta::assert_snapshot!(diagram(&["myListOne = [1, 2, 3]", "myListTwo = myListOne"], &["myListOne", "myListTwo"]));
}

#[test]
fn notes_8_reassignment() {
    insta::assert_snapshot!(diagram(
        &["myListOne = [1, 2, 3]", "myListTwo = myListOne", "myListOne = 'hello'"],
        &["myListOne", "myListTwo"]
    ));
}

#[test]
fn notes_9_mutation_keeps_the_count() {
    insta::assert_snapshot!(diagram(&["l1 = [1, 2, 3]", "l2 = l1", "l1[0] = 44"], &["l1", "l2"]));
}

#[test]
fn notes_10_slice_is_a_new_object() {
    insta::assert_snapshot!(diagram(&["h1 = [1, 2, 3, 4, 5]", "h2 = h1[0:3]"], &["h1", "h2"]));
}

#[test]
fn notes_11_same_object() {
    insta::assert_snapshot!(diagram(&["m = [1, 2, 3]", "n = m"], &["m", "n"]));
}

#[test]
fn notes_11_equal_objects() {
    insta::assert_snapshot!(diagram(&["m = [1, 2, 3]", "n = [1, 2, 3]"], &["m", "n"]));
}

#[test]
fn notes_15_circular_references() {
    insta::assert_snapshot!(diagram(&["a = []", "b = []", "a.append(b)", "b.append(a)"], &["a", "b"]));
}

#[test]
fn three_names_and_a_shared_item() {
    insta::assert_snapshot!(session(&[
        "x = [1, 2]",
        "y = x",
        "z = x",
        "outer = [x, [3, 4], x]",
        ":heap",
        ":heap outer",
        ":refs outer[0]",
    ]));
}

#[test]
fn instances_closures_defaults_and_underscore() {
    insta::assert_snapshot!(session(&[
        "class Node:",
        "    def __init__(self, value):",
        "        self.value = value",
        "        self.next = None",
        "",
        "n1 = Node('first node')",
        "n2 = Node('second node')",
        "n1.next = n2",
        "n2.next = n1",
        "def make(items=[]):",
        "    data = [n1]",
        "    return lambda: data",
        "",
        "get = make()",
        "(n2.value, 'tuple')",
        ":heap n1",
        ":refs n2",
        ":refs n1",
        ":refs make.__defaults__[0]",
        ":refs _",
    ]));
}

#[test]
fn help_and_bad_input() {
    insta::assert_snapshot!(session(&[":help", ":heap", ":heap nothing", ":refs", ":refs x[", ":frobnicate"]));
}

/// The README's table and `:help` name the same meta-commands.
#[test]
fn help_and_readme_agree() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let commands = |text: &str| -> std::collections::BTreeSet<String> {
        text.split(|c: char| c.is_whitespace() || c == '`' || c == '|')
            .filter(|w| w.len() > 1 && w.starts_with(':') && w[1..].chars().all(|c| c.is_ascii_lowercase()))
            .map(str::to_string)
            .collect()
    };
    let start = readme.find("## Seeing the heap").expect("the README has the section");
    let end = readme[start + 3..].find("\n## ").map_or(readme.len(), |e| start + 3 + e);
    assert_eq!(commands(&readme[start..end]), commands(minipy::meta::HELP));
}

/// Every `refcount = N` that `:heap` draws for a name is what python3.11's
/// `sys.getrefcount(name) - 1` says after the same statements at its prompt.
#[test]
fn heap_counts_are_cpython_counts() {
    let python = "/usr/bin/python3.11";
    if !std::path::Path::new(python).exists() {
        return;
    }
    let scenarios: &[&[&str]] = &[
        &["myListOne = [1, 2, 3]", "myListTwo = myListOne"],
        &["myListOne = [1, 2, 3]", "myListTwo = myListOne", "myListOne = 'hello world!'"],
        &["l1 = [1, 2, 3]", "l2 = l1", "l1[0] = 44"],
        &["h1 = [1, 2, 3, 4, 5]", "h2 = h1[0:3]"],
        &["a = []", "b = []", "a.append(b)", "b.append(a)"],
        &["x = [1, 2]", "y = x", "z = x", "outer = [x, [3, 4], x]", "d = {'k': x}"],
        &["a = 3.14", "b = a", "t = (a, b)", "s = 'hello world!'"],
    ];
    for lines in scenarios {
        let mut typed: Vec<&str> = lines.to_vec();
        typed.push(":heap");
        let drawn = session(&typed);
        // name -> count, from one-arrow lines and bracket groups.
        let count_of =
            |l: &str| l.rsplit_once("refcount = ").map(|(_, n)| n.split_whitespace().next().unwrap().to_string());
        let mut counts: Vec<(String, String)> = Vec::new();
        let mut group: Vec<String> = Vec::new();
        let mut arrow = None;
        for line in drawn.lines() {
            let name = line.split_whitespace().next().unwrap_or("").to_string();
            if line.contains(" ─▶ ") {
                counts.extend(count_of(line).map(|c| (name, c)));
            } else if line.contains("─┼──▶") {
                group.push(name);
                arrow = count_of(line);
            } else if line.contains("├──▶") {
                arrow = count_of(line);
            } else if line.contains("─┐") || line.contains("─┤") {
                group.push(name);
            } else if line.contains("─┘") {
                group.push(name);
                let c = arrow.take().expect("a bracket group has an arrow");
                counts.extend(group.drain(..).map(|n| (n, c.clone())));
            }
        }
        assert!(!counts.is_empty(), "{drawn}");
        let mut script = lines.join("\n");
        script.push_str("\nimport sys\n");
        for (n, _) in &counts {
            script.push_str(&format!("print(sys.getrefcount({n}) - 1)\n"));
        }
        let out = std::process::Command::new(python)
            .args(["-i"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .and_then(|mut c| {
                use std::io::Write;
                c.stdin.take().unwrap().write_all(script.as_bytes())?;
                c.wait_with_output()
            })
            .unwrap();
        let cpython: Vec<String> = String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect();
        let ours: Vec<String> = counts.iter().map(|(_, c)| c.clone()).collect();
        assert_eq!(
            ours,
            cpython,
            "names {:?} after {lines:?}\n{drawn}",
            counts.iter().map(|c| &c.0).collect::<Vec<_>>()
        );
    }
}

#[test]
fn trace_notes_6_and_8() {
    insta::assert_snapshot!(session(&[
        ":trace on",
        "a = 3",
        "a = 'hello'",
        "a = 3.14",
        "a = 5",
        "myListOne = [1, 2, 3]",
        "myListTwo = myListOne",
        "myListOne = 'hello world'",
        "del myListTwo",
        "l = [[1], [2]]",
        "del l",
        ":trace off",
        "x = [9]",
        ":trace",
    ]));
}

#[test]
fn trace_a_script() {
    let dir = std::env::temp_dir().join(format!("minipy-trace-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("traced.py");
    std::fs::write(
        &file,
        "class D:\n    def __del__(self):\n        print('del D')\n\nd = D()\nkeep = [d, 'text']\nd = None\nkeep.pop(0)\nprint('end')\n",
    )
    .unwrap();
    let out =
        std::process::Command::new(env!("CARGO_BIN_EXE_minipy")).arg("run").arg("--trace").arg(&file).output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    insta::assert_snapshot!(String::from_utf8_lossy(&out.stdout));
}

#[test]
fn slots_sharing_an_unnamed_object() {
    insta::assert_snapshot!(session(&[
        "inner = [9]",
        "outer = [inner, inner, [1]]",
        "del inner",
        "more = [outer[0]]",
        ":heap",
        ":refs outer[1]",
    ]));
}
