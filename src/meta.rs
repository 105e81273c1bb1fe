//! Meta-commands at the prompt: lines starting with `:`, which no Python line can.
//! They draw the heap the way the refcounting notes draw it (`:heap`), explain every
//! reference to an object (`:refs`), and export the heap as a Graphviz graph (`:dot`).
//! They only read the heap: nothing is allocated, and no count changes.

use crate::heap::{self, Value};
use crate::intern::{name, Sym};
use crate::object::{Iter, Obj};
use crate::runtime::{self, rt};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// `:help` text; the README lists the same commands.
pub const HELP: &str = "\
Meta-commands (a line starting with ':'):
  :heap          draw every name of the module and what it points to, with refcounts
                   e.g. after `l1 = [1, 2, 3]; l2 = l1`:  l1 ─┐ / ├──▶ [1, 2, 3]  refcount = 2 / l2 ─┘
  :heap NAME     draw what one name reaches, slot by slot
                   e.g. :heap outer
  :refs PATH     list every holder of an object, in words; they add up to its refcount
                   e.g. :refs l2   :refs outer[0]   :refs node.next   :refs d['k']
  :trace on|off  after each input, report objects created and freed and count changes
                   e.g. after `a = 'hello'` then `a = 5`:  line 1: a = 5
                                                          'hello'  refcount 1 → 0  freed
                   (scripts: minipy run --trace file.py)
  :dot [FILE]    write the heap as a Graphviz DOT graph to FILE (or print it)
                   e.g. :dot heap.dot   then   dot -Tsvg heap.dot > heap.svg
  :html FILE     write this session so far as a page that steps through memory
                   e.g. :html session.html   then open it in a browser
                   (scripts: minipy run --html page.html file.py)
  :help          this list
";

/// Run one meta-command line; returns its output.
pub fn run(line: &str) -> String {
    let line = line.trim();
    let (cmd, arg) = match line.find(char::is_whitespace) {
        Some(i) => (&line[..i], line[i..].trim()),
        None => (line, ""),
    };
    match cmd {
        ":help" => HELP.to_string(),
        ":heap" if arg.is_empty() => heap_all(),
        ":heap" => match resolve(arg) {
            Ok(v) => heap_one(arg, &v),
            Err(e) => e,
        },
        ":refs" if arg.is_empty() => "usage: :refs PATH   (a name, then .attr, [index] or ['key'] steps)\n".into(),
        ":refs" => match resolve(arg) {
            Ok(v) => refs(arg, &v),
            Err(e) => e,
        },
        ":dot" => {
            let text = dot();
            if arg.is_empty() {
                text
            } else {
                match std::fs::write(arg, &text) {
                    Ok(()) => format!("wrote {arg} ({} objects)\n", text.matches("shape=box").count()),
                    Err(e) => format!(":dot: cannot write {arg}: {e}\n"),
                }
            }
        }
        _ => format!("unknown meta-command {cmd}; :help lists them\n"),
    }
}

/// The module's names a drawing shows (and `:trace` follows), in binding order: not
/// dunders, not `_`.
pub fn user_globals() -> Vec<(Sym, &'static Value)> {
    rt().global_order
        .iter()
        .filter(|&&g| {
            let n = name(g);
            !(n.starts_with("__") && n.ends_with("__"))
        })
        .filter_map(|&g| runtime::get_global(g).map(|v| (g, v)))
        .collect()
}

/// For each object a global names, those names in binding order.
fn names_by_object() -> HashMap<u32, Vec<Sym>> {
    let mut out: HashMap<u32, Vec<Sym>> = HashMap::new();
    for (g, v) in user_globals() {
        out.entry(v.index()).or_default().push(g);
    }
    out
}

/// A path: a name, then `.attr`, `[int]` or `['key']` steps, read without running code.
fn resolve(path: &str) -> Result<Value, String> {
    let bad = || format!("cannot resolve {path}: use a name, then .attr, [index] or ['key'] steps\n");
    let ident_end = |s: &str| s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len());
    let n = ident_end(path);
    if n == 0 {
        return Err(bad());
    }
    let first = crate::intern::intern(&path[..n]);
    let mut cur = match runtime::get_global(first).or_else(|| runtime::get_builtin(first).filter(|_| &path[..n] == "_"))
    {
        Some(v) => v.dup(),
        None => return Err(format!("name '{}' is not defined\n", &path[..n])),
    };
    let mut rest = &path[n..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let m = ident_end(r);
            if m == 0 {
                return Err(bad());
            }
            let attr = crate::intern::intern(&r[..m]);
            cur = crate::vm::getattr(&cur, attr).map_err(|e| format!("{}\n", e.summary()))?;
            rest = &r[m..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let close = r.find(']').ok_or_else(bad)?;
            let key = r[..close].trim();
            let k = if let Ok(i) = key.parse::<i64>() {
                crate::value::int(i)
            } else if key.len() >= 2 && (key.starts_with('\'') || key.starts_with('"')) && key.ends_with(&key[..1]) {
                crate::value::str_(&key[1..key.len() - 1])
            } else {
                return Err(bad());
            };
            cur = crate::builtins::get_item(&cur, &k).map_err(|e| format!("{}\n", e.summary()))?;
            rest = &r[close + 1..];
        } else {
            return Err(bad());
        }
    }
    Ok(cur)
}

/// A short picture of an object: containers show their items, naming the ones a global
/// names (as the notes draw `a ─▶ [ b ]`); long pictures are cut.
fn picture(v: &Value, names: &HashMap<u32, Vec<Sym>>, top: bool) -> String {
    shorten(picture_in(v, names, top, &mut Vec::new()), 60)
}

/// `picture`, with the containers being drawn on `stack` (a container inside itself is
/// drawn `[...]`, as `repr` does) and at most a screenful of items each.
fn picture_in(v: &Value, names: &HashMap<u32, Vec<Sym>>, top: bool, stack: &mut Vec<u32>) -> String {
    if !top {
        if let Some(ns) = names.get(&v.index()) {
            return name(ns[0]).to_string();
        }
    }
    const ITEMS: usize = 20;
    let recursive = stack.contains(&v.index());
    stack.push(v.index());
    let items = |vals: Vec<&Value>, open: &str, close: &str, stack: &mut Vec<u32>| {
        if recursive {
            return format!("{open}...{close}");
        }
        let named = vals.iter().any(|x| names.contains_key(&x.index()));
        let mut parts: Vec<String> = vals.iter().take(ITEMS).map(|x| picture_in(x, names, false, stack)).collect();
        if vals.len() > ITEMS {
            parts.push("…".into());
        }
        if named {
            format!("{open} {} {close}", parts.join(", "))
        } else {
            format!("{open}{}{close}", parts.join(", "))
        }
    };
    let text = match v.obj() {
        Obj::List(xs) => items(xs.iter().collect(), "[", "]", stack),
        Obj::Tuple(xs) if xs.len() == 1 => items(xs.iter().collect(), "(", ",)", stack),
        Obj::Tuple(xs) => items(xs.iter().collect(), "(", ")", stack),
        Obj::Set(s) if s.frozen && s.is_empty() => "frozenset()".into(),
        Obj::Set(s) if s.frozen => format!("frozenset({})", items(s.iter().collect(), "{", "}", stack)),
        Obj::Set(s) if s.is_empty() => "set()".into(),
        Obj::Set(s) => items(s.iter().collect(), "{", "}", stack),
        Obj::Dict(_) if recursive => "{...}".into(),
        Obj::Dict(d) => {
            let mut parts: Vec<String> = d
                .entries
                .iter()
                .take(ITEMS)
                .map(|(_, k, x)| {
                    format!("{}: {}", picture_in(k, names, false, stack), picture_in(x, names, false, stack))
                })
                .collect();
            if d.entries.len() > ITEMS {
                parts.push("…".into());
            }
            format!("{{{}}}", parts.join(", "))
        }
        // A subclass of a builtin type shows the value it extends, under its class's name.
        Obj::Instance(inst) if inst.native.is_some() => format!(
            "{}({})",
            crate::object::type_name(v),
            picture_in(inst.native.as_ref().unwrap(), names, false, stack)
        ),
        Obj::Instance(_) => format!("<{} object>", crate::object::type_name(v)),
        Obj::Function(f) => format!("<function {}>", f.qualname),
        Obj::Class(c) => format!("<class '{}'>", name(c.name)),
        Obj::Module(m) => format!("<module '{}'>", name(m.name)),
        Obj::Str(_) | Obj::Int(_) | Obj::Long(_) | Obj::Float(_) | Obj::Bool(_) | Obj::None => {
            crate::repr::repr(v).unwrap_or_default()
        }
        _ => safe_repr(v),
    };
    stack.pop();
    text
}

/// `repr(v)` where no Python code can run to make it (a drawing only reads the heap,
/// and it may be drawn while it dies): objects whose repr a class may define, or that
/// repr other objects, are named by their type instead.
pub fn safe_repr(v: &Value) -> String {
    /// Longer strs and bytes are drawn by their start (a drawing is cut short anyway).
    const LONG: usize = 200;
    match v.obj() {
        Obj::Str(s) if s.char_len() > LONG => format!("{}…", crate::repr::str_repr(s.char_slice(0, LONG))),
        Obj::Bytes(b) if b.len() > LONG => format!("{}…", crate::objects::bytes::repr(&b[..LONG])),
        Obj::Str(_)
        | Obj::Int(_)
        | Obj::Long(_)
        | Obj::Float(_)
        | Obj::Bool(_)
        | Obj::None
        | Obj::Bytes(_)
        | Obj::Range(_)
        | Obj::Builtin(_)
        | Obj::BoundBuiltin(_)
        | Obj::Type(_)
        | Obj::Iter(_)
        | Obj::WeakRef(_) => {
            crate::repr::repr(v).unwrap_or_else(|_| format!("<{} object>", crate::object::type_name(v)))
        }
        Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) => picture_of(v),
        _ => format!("<{} object>", crate::object::type_name(v)),
    }
}

/// A short picture of any object (no names substituted): what `:trace` says of a dying one.
pub fn picture_of(v: &Value) -> String {
    picture(v, &HashMap::new(), true)
}

/// A short picture naming the objects the module's names hold (`[ b ]`).
pub fn picture_named(v: &Value) -> String {
    picture(v, &names_by_object(), true)
}

/// `text` cut to `max` characters, the last one `…` when cut.
pub fn shorten(text: String, max: usize) -> String {
    if text.chars().count() <= max {
        return text;
    }
    let mut s: String = text.chars().take(max - 1).collect();
    s.push('…');
    s
}

/// The slots of a container and what each holds (borrowed: no count changes).
pub(crate) fn children(v: &Value) -> Vec<(String, &'static Value)> {
    let mut out = Vec::new();
    match v.obj() {
        Obj::List(xs) => xs.iter().enumerate().for_each(|(i, x)| out.push((format!("[{i}]"), x))),
        Obj::Tuple(xs) => xs.iter().enumerate().for_each(|(i, x)| out.push((format!("[{i}]"), x))),
        Obj::Dict(d) => d.entries.iter().for_each(|(_, k, x)| {
            let key = safe_repr(k);
            out.push((format!("[{key}]"), x))
        }),
        Obj::Set(s) => s.iter().for_each(|x| out.push(("{·}".into(), x))),
        Obj::Instance(inst) => {
            let names = crate::vm::class::slot_names_by_index(&inst.class);
            for (i, x) in inst.slots.iter().enumerate() {
                if let (Some(x), Some(n)) = (x, names.get(i)) {
                    out.push((format!(".{}", name(*n)), x));
                }
            }
            inst.attrs.0.iter().for_each(|(k, x)| out.push((format!(".{}", name(*k)), x)));
            if let Some(d) = &inst.dict {
                out.push((".__dict__".to_string(), d));
            }
            if let Some(native) = &inst.native {
                out.extend(children(native));
            }
        }
        _ => {}
    }
    out
}

/// Whether `v` lies on a cycle of containers.
fn on_cycle(v: &Value) -> bool {
    let mut seen = HashSet::new();
    let mut work: Vec<&Value> = children(v).into_iter().map(|(_, c)| c).collect();
    while let Some(x) = work.pop() {
        if x.is(v) {
            return true;
        }
        if seen.insert(x.index()) {
            work.extend(children(x).into_iter().map(|(_, c)| c));
        }
    }
    false
}

/// The refcount a drawing shows: the references that really hold the object (what
/// `sys.getrefcount` prints, less its own argument), less the `held` ones this code holds.
fn count(v: &Value, held: u32) -> u32 {
    v.refcount() - held
}

/// `refcount = N`, or, for the objects the interpreter shares everywhere (small ints,
/// one-character strings, None, True, False), a word saying so: their counts are noise
/// in CPython too (`sys.getrefcount(1)` is in the thousands there).
fn count_text(v: &Value, held: u32) -> String {
    if crate::value::is_shared(v) || matches!(v.obj(), Obj::Module(_)) {
        // Modules too: in CPython every module that imports one holds it.
        "(shared by the interpreter)".into()
    } else {
        format!("refcount = {}", count(v, held))
    }
}

/// `:heap`: every name, one arrow each; names sharing an object are joined by a bracket.
fn heap_all() -> String {
    let names = names_by_object();
    let globals = user_globals();
    if globals.is_empty() {
        return "(no names yet)\n".into();
    }
    let width = globals.iter().map(|(g, _)| name(*g).chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    let mut drawn = HashSet::new();
    for (_, v) in &globals {
        if !drawn.insert(v.index()) {
            continue;
        }
        let group = &names[&v.index()];
        let mut line = format!("{}  {}", picture(v, &names, true), count_text(v, 0));
        if on_cycle(v) {
            line.push_str("  ↺ cycle");
        }
        let pad = |n: Sym| format!("{:<width$}", name(n), width = width);
        if group.len() == 1 {
            let _ = writeln!(out, "{} ─▶ {line}", pad(group[0]));
            shared_slots(v, &names, width + 1, &mut out);
            continue;
        }
        let labels: Vec<String> = group.iter().map(|&n| name(n).to_string()).collect();
        bracket(&labels, 0, width, &line, &mut out);
        shared_slots(v, &names, width + 1, &mut out);
    }
    out
}

/// The notes' bracket joining several labels (names, or a container's slots) that hold
/// one object: `a ─┐ / ├──▶ obj / b ─┘`; with an odd number of labels the arrow leaves
/// from the middle one (`b ─┼──▶ obj`).
fn bracket(labels: &[String], indent: usize, width: usize, line: &str, out: &mut String) {
    let k = labels.len();
    for (i, label) in labels.iter().enumerate() {
        let corner = if i == 0 {
            "┐"
        } else if i + 1 == k {
            "┘"
        } else if k % 2 == 1 && i == k / 2 {
            "┼──▶ "
        } else {
            "┤"
        };
        let tail = if corner.starts_with('┼') { line } else { "" };
        let _ = writeln!(out, "{:indent$}{label:<width$} ─{corner}{tail}", "");
        if k.is_multiple_of(2) && i + 1 == k / 2 {
            let _ = writeln!(out, "{:indent$}{:width$}  ├──▶ {line}", "", "");
        }
    }
}

/// Under a container, the slots that hold a shared object no name holds: arrows from the
/// slots, joined by a bracket when several slots share it (as the notes join names).
fn shared_slots(v: &Value, names: &HashMap<u32, Vec<Sym>>, indent: usize, out: &mut String) {
    let mut groups: Vec<(&Value, Vec<String>)> = Vec::new();
    for (slot, c) in children(v) {
        if names.contains_key(&c.index()) || c.refcount() < 2 || count_text(c, 0).starts_with('(') {
            continue;
        }
        match groups.iter_mut().find(|(x, _)| x.is(c)) {
            Some((_, slots)) => slots.push(slot),
            None => groups.push((c, vec![slot])),
        }
    }
    for (c, slots) in groups {
        let line = format!("{}  {}", picture(c, names, true), count_text(c, 0));
        let width = slots.iter().map(|s| s.chars().count()).max().unwrap_or(0);
        if slots.len() == 1 {
            let _ = writeln!(out, "{:indent$}{} ─▶ {line}", "", slots[0]);
            continue;
        }
        bracket(&slots, indent, width, &line, out);
    }
}

/// `:heap NAME`: the object a path reaches, and what it holds, slot by slot.
fn heap_one(path: &str, v: &Value) -> String {
    let names = names_by_object();
    let mut out = String::new();
    let mut seen = HashSet::new();
    // `v` is one extra reference held here.
    let _ = writeln!(out, "{path} ─▶ {}  {}", picture(v, &names, true), count_text(v, 1));
    seen.insert(v.index());
    draw_slots(v, v, 1, &names, &mut seen, &mut out);
    out
}

fn draw_slots(
    root: &Value,
    v: &Value,
    depth: usize,
    names: &HashMap<u32, Vec<Sym>>,
    seen: &mut HashSet<u32>,
    out: &mut String,
) {
    for (slot, c) in children(v) {
        let indent = "    ".repeat(depth);
        let also = names.get(&c.index()).map(|ns| {
            let list: Vec<String> = ns.iter().map(|n| format!("'{}'", name(*n))).collect();
            format!("  (also {})", list.join(", "))
        });
        let held = c.is(root) as u32;
        let mut line = format!("{indent}{slot} ─▶ {}  {}", picture(c, names, true), count_text(c, held));
        line.push_str(&also.unwrap_or_default());
        if !seen.insert(c.index()) {
            line.push_str("  ↺ drawn above");
            let _ = writeln!(out, "{line}");
            continue;
        }
        let _ = writeln!(out, "{line}");
        if depth < 8 {
            draw_slots(root, c, depth + 1, names, seen, out);
        }
    }
}

/// Describe an object for a holder's sentence: its global name if it has one, else what
/// holds it (one level up).
fn called(v: &Value, naming: &Naming, depth: u8) -> String {
    if let Some(ns) = naming.names.get(&v.index()) {
        return format!(" '{}'", name(ns[0]));
    }
    if let Some(drawn) = naming.drawn {
        // A page names the objects it draws by number, others by what holds them.
        return match (drawn.get(&v.index()), naming.up.get(&v.index())) {
            (Some(id), _) => format!(" #{id}"),
            (None, Some(d)) if depth == 0 => format!(" ({d})"),
            _ => String::new(),
        };
    }
    if depth > 0 {
        return String::new();
    }
    let mut up = Vec::new();
    for i in heap::live_indices() {
        let o = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(i) });
        if !o.is(v) {
            describe_slots(&o, v.index(), naming, &mut up, depth + 1);
        }
        if !up.is_empty() {
            break;
        }
    }
    match up.first() {
        Some(d) => format!(" ({d})"),
        None => String::new(),
    }
}

/// `:refs PATH`: every holder of the object, in words.
fn refs(path: &str, v: &Value) -> String {
    let names = names_by_object();
    let mut out = String::new();
    // `v` is one extra reference held here.
    let real = count(v, 1);
    let _ = writeln!(out, "{path} ─▶ {}  refcount = {real}", picture(v, &names, true));
    for h in holders(v, 1) {
        let _ = writeln!(out, "  {h}");
    }
    out
}

/// Every holder of `v`, in words, then a last line that adds them up: `= N references`,
/// or, when the ones found fall short of the count, how many a running expression holds
/// (its temporaries, as CPython's evaluation stack holds them). `held` references are
/// the caller's own.
pub fn holders(v: &Value, held: u32) -> Vec<String> {
    holders_of_all(&[v], held, None).pop().unwrap_or_default()
}

/// How a holder's sentence names the object that holds: by a global name, else by its
/// number on a page (`drawn`: slot → number), else by what holds it in turn.
struct Naming<'a> {
    names: &'a HashMap<u32, Vec<Sym>>,
    drawn: Option<&'a HashMap<u32, u32>>,
    /// For a page: what holds each undrawn, unnamed holder, found in one walk.
    up: HashMap<u32, String>,
}

/// `holders` for several objects with one walk over the heap; `drawn` numbers the
/// objects a page draws (slot → number), which the sentences then name.
pub fn holders_of_all(vs: &[&Value], held: u32, drawn: Option<&HashMap<u32, u32>>) -> Vec<Vec<String>> {
    let names = names_by_object();
    let mut naming = Naming { names: &names, drawn, up: HashMap::new() };
    let mut out: Vec<Vec<String>> = vec![Vec::new(); vs.len()];
    let mut at: HashMap<u32, usize> = HashMap::new();
    for (k, v) in vs.iter().enumerate() {
        at.insert(v.index(), k);
    }
    let mut push = |x: &Value, text: &dyn Fn() -> String| {
        if let Some(&k) = at.get(&x.index()) {
            out[k].push(text());
        }
    };
    for (g, x) in user_globals() {
        push(x, &|| format!("name '{}' in module globals", name(g)));
    }
    for f in crate::vm::running_frames() {
        for (n, x) in &f.locals {
            if let Some(x) = x {
                push(x, &|| format!("local '{}' of {}()", name(*n), f.code.qualname));
            }
        }
        if let Some(ns) = f.class_ns {
            for (n, x) in ns.0.iter() {
                push(x, &|| format!("name '{}' in the body of class {}", name(*n), f.code.qualname));
            }
        }
    }
    if let Some(x) = runtime::get_builtin(crate::intern::sym::underscore) {
        push(x, &|| "'_' (last echoed value)".into());
    }
    for v in vs {
        let may_be_shared =
            matches!(v.obj(), Obj::Int(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::Tuple(_) | Obj::None | Obj::Bool(_));
        if may_be_shared && crate::value::is_shared(v) {
            push(v, &|| "the interpreter's shared object cache (small ints, one-character strings, singletons)".into());
        }
    }
    for (_, m) in &rt().modules {
        push(m, &|| "the table of loaded modules (sys.modules)".into());
    }
    for e in rt().handling.iter().flatten() {
        for x in e.refs() {
            push(x, &|| "the exception being handled (what sys.exc_info() returns)".into());
        }
    }
    // Objects: find which hold a target, then say how (saying it may walk the heap).
    let mut target = vec![false; heap::heap().slots.len()];
    for v in vs {
        target[v.index() as usize] = true;
    }
    let mut found: Vec<(u32, u32)> = Vec::new();
    for i in heap::live_indices() {
        let first = found.len();
        heap::heap().slots[i as usize].obj.for_each_child(|x| {
            // Each (holder, target) pair once: `describe_slots` names every slot.
            if target[x.index() as usize] && !found[first..].contains(&(i, x.index())) {
                found.push((i, x.index()));
            }
        });
    }
    if let Some(drawn) = drawn {
        // The holders no name or number names: what holds each, in one more walk.
        let mut unnamed = vec![false; heap::heap().slots.len()];
        let mut any = false;
        for &(i, _) in &found {
            if !names.contains_key(&i) && !drawn.contains_key(&i) {
                unnamed[i as usize] = true;
                any = true;
            }
        }
        if any {
            let mut up = HashMap::new();
            for i in heap::live_indices() {
                let o = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(i) });
                let mut kids = Vec::new();
                o.obj().for_each_child(|x| {
                    if unnamed[x.index() as usize] && !up.contains_key(&x.index()) && !kids.contains(&x.index()) {
                        kids.push(x.index());
                    }
                });
                for k in kids {
                    let mut words = Vec::new();
                    describe_slots(&o, k, &naming, &mut words, 1);
                    if let Some(w) = words.into_iter().next() {
                        up.insert(k, w);
                    }
                }
            }
            naming.up = up;
        }
    }
    for (i, t) in found {
        let o = heap::borrow_index(i);
        let mut words = Vec::new();
        describe_slots(&o, t, &naming, &mut words, 0);
        out[at[&t]].extend(words);
    }
    // Constants of compiled code that is still alive: the code running now, and
    // functions' code.
    let mut codes: Vec<std::rc::Rc<crate::code::FuncCode>> = rt().running.iter().map(|(c, _)| c.clone()).collect();
    for i in heap::live_indices() {
        if let Obj::Function(f) = &heap::heap().slots[i as usize].obj {
            codes.push(f.code.clone());
        }
    }
    let mut seen_codes = HashSet::new();
    while let Some(code) = codes.pop() {
        if !seen_codes.insert(std::rc::Rc::as_ptr(&code)) {
            continue;
        }
        for c in &code.consts {
            let Some(&k) = at.get(&c.index()) else { continue };
            out[k].push(match code.kind {
                crate::code::CodeKind::Module => {
                    format!("constant of the module's code compiled from {}", code.source.filename)
                }
                _ => {
                    let line = code.body.first().map_or(code.source.first_line, |s| s.line.saturating_sub(1).max(1));
                    format!(
                        "constant of the code of {}() compiled from {} line {line}",
                        code.qualname, code.source.filename
                    )
                }
            });
        }
        codes.extend(code.children.borrow().iter().cloned());
    }
    for (_, parse) in &rt().running {
        for x in parse {
            if let Some(&k) = at.get(&x.index()) {
                out[k].push("the parse of the running code".into());
            }
        }
    }
    for (k, v) in vs.iter().enumerate() {
        let real = count(v, held);
        let n = out[k].len() as u32;
        if n == real {
            out[k].push(format!("= {n} reference{}", if n == 1 { "" } else { "s" }));
        } else {
            out[k].push(format!(
                "= {n} found + {} held by a running expression (the evaluation stack)",
                real.saturating_sub(n)
            ));
        }
    }
    out
}

/// The holders of object `t` inside object `o`, in words.
fn describe_slots(o: &Value, t: u32, naming: &Naming, out: &mut Vec<String>, depth: u8) {
    let is_t = |x: &Value| x.index() == t;
    if !o.obj().for_each_child_any(|x| is_t(x)) {
        return;
    }
    let me = called(o, naming, depth);
    match o.obj() {
        Obj::List(xs) => {
            xs.iter().enumerate().filter(|(_, x)| is_t(x)).for_each(|(i, _)| out.push(format!("item {i} of list{me}")))
        }
        Obj::Tuple(xs) => {
            xs.iter().enumerate().filter(|(_, x)| is_t(x)).for_each(|(i, _)| out.push(format!("item {i} of tuple{me}")))
        }
        Obj::Dict(d) => {
            for (_, k, x) in &d.entries {
                let key = safe_repr(k);
                if is_t(k) {
                    out.push(format!("key {key} of dict{me}"));
                }
                if is_t(x) {
                    out.push(format!("value of key {key} in dict{me}"));
                }
            }
        }
        Obj::Set(s) => s.iter().filter(|x| is_t(x)).for_each(|_| out.push(format!("element of set{me}"))),
        Obj::Instance(inst) => {
            let class = crate::object::type_name(o);
            for (k, x) in &inst.attrs.0 {
                if is_t(x) {
                    out.push(format!("attribute '{}' of {class} instance{me}", name(*k)));
                }
            }
            if inst.dict.as_ref().is_some_and(is_t) {
                out.push(format!("the __dict__ of {class} instance{me}"));
            }
            let names = crate::vm::class::slot_names_by_index(&inst.class);
            for (i, x) in inst.slots.iter().enumerate() {
                if x.as_ref().is_some_and(is_t) {
                    let n = names.get(i).map(|n| name(*n)).unwrap_or_else(|| "?".into());
                    out.push(format!("slot '{n}' of {class} instance{me}"));
                }
            }
            if inst.native.as_ref().is_some_and(is_t) {
                out.push(format!("the builtin value of {class} instance{me}"));
            }
            if is_t(&inst.class) {
                out.push(format!("the class of a {class} instance{me}"));
            }
        }
        Obj::Class(c) => {
            for (k, x) in &c.attrs.0 {
                if is_t(x) {
                    out.push(format!("attribute '{}' of class {}", name(*k), name(c.name)));
                }
            }
            if c.base.as_ref().is_some_and(is_t) {
                out.push(format!("base of class {}", name(c.name)));
            }
            if c.mro.as_ref().is_some_and(is_t) {
                out.push(format!("__mro__ of class {}", name(c.name)));
            }
            if c.bases.as_ref().is_some_and(is_t) {
                out.push(format!("__bases__ of class {}", name(c.name)));
            }
            c.descriptors
                .iter()
                .filter(|x| is_t(x))
                .for_each(|_| out.push(format!("a descriptor in class {}", name(c.name))));
        }
        Obj::GetSet(d) if is_t(&d.1) => out.push(format!("the '{}' descriptor of its class", name(d.0))),
        Obj::Member(m) if is_t(&m.class) => out.push(format!("the '{}' slot member of its class", name(m.name))),
        Obj::Cell(Some(x)) if is_t(x) => out.push("a closure cell (a variable captured by a nested function)".into()),
        Obj::Function(f) => {
            if f.defaults.as_ref().is_some_and(is_t) {
                out.push(format!("__defaults__ of {}()", f.qualname));
            }
            if f.closure.as_ref().is_some_and(is_t) {
                out.push(format!("__closure__ of {}()", f.qualname));
            }
            f.kwdefaults.iter().filter(|(_, x)| is_t(x)).for_each(|(k, _)| {
                out.push(format!("default of keyword-only parameter '{}' of {}()", name(*k), f.qualname))
            });
        }
        Obj::Method(m) => {
            if is_t(&m.1) {
                out.push("__self__ of a bound method".into());
            }
            if is_t(&m.0) {
                out.push("__func__ of a bound method".into());
            }
        }
        Obj::BoundBuiltin(b) if is_t(&b.1) => out.push(format!("__self__ of the builtin method {}", b.0.name())),
        Obj::Module(m) => m
            .attrs
            .0
            .iter()
            .filter(|(_, x)| is_t(x))
            .for_each(|(k, _)| out.push(format!("attribute '{}' of module {}", name(*k), name(m.name)))),
        Obj::Frame(fr) => {
            for x in fr.locals.iter().flatten() {
                if is_t(x) {
                    out.push(format!("a local of {}() (its frame is kept by a traceback)", fr.name));
                }
            }
            if fr.back.as_ref().is_some_and(is_t) {
                out.push("f_back of a frame kept by a traceback".into());
            }
            if fr.func.as_ref().is_some_and(is_t) {
                out.push(format!("the function a frame of {}() ran (the frame is kept by a traceback)", fr.name));
            }
        }
        Obj::Traceback(tb) => {
            if is_t(&tb.frame) {
                out.push("tb_frame of a traceback".into());
            }
            if tb.next.as_ref().is_some_and(is_t) {
                out.push("tb_next of a traceback".into());
            }
        }
        Obj::Iter(it) => {
            let mut n = 0;
            o.obj().for_each_child(|x| n += is_t(x) as usize);
            let what = match &**it {
                Iter::Gen(_) | Iter::Coro(_) => "a suspended generator's frame",
                _ => "an iterator",
            };
            (0..n).for_each(|_| out.push(format!("{what} ({})", crate::object::type_name(o))));
        }
        Obj::WeakRef(w) if w.callback.as_ref().is_some_and(is_t) => out.push("the callback of a weak reference".into()),
        other => {
            let mut n = 0;
            other.for_each_child(|x| n += is_t(x) as usize);
            (0..n).for_each(|_| out.push(format!("a {} object", crate::object::type_name(o))));
        }
    }
}

/// `:dot`: names, objects and slot arrows as a Graphviz graph.
fn dot() -> String {
    let names = names_by_object();
    let mut out = String::from("digraph heap {\n  rankdir=LR;\n  node [fontname=\"monospace\"];\n");
    let mut ids: HashMap<u32, usize> = HashMap::new();
    let mut order: Vec<Value> = Vec::new();
    let mut work: Vec<Value> = user_globals().into_iter().map(|(_, v)| v.dup()).collect();
    work.reverse();
    while let Some(v) = work.pop() {
        if ids.contains_key(&v.index()) {
            continue;
        }
        ids.insert(v.index(), order.len());
        let mut kids: Vec<Value> = children(&v).into_iter().map(|(_, c)| c.dup()).collect();
        kids.reverse();
        work.extend(kids);
        order.push(v);
    }
    for (g, v) in user_globals() {
        let _ = writeln!(out, "  \"{}\" [shape=plaintext];", name(g));
        let _ = writeln!(out, "  \"{}\" -> o{};", name(g), ids[&v.index()]);
    }
    for (k, v) in order.iter().enumerate() {
        // `order` holds one reference to each.
        let label = format!("{}\\n{}", picture(v, &names, true), count_text(v, 1)).replace('"', "\\\"");
        let _ = writeln!(out, "  o{k} [shape=box, label=\"{label}\"];");
    }
    for (k, v) in order.iter().enumerate() {
        for (slot, c) in children(v) {
            let _ = writeln!(out, "  o{k} -> o{} [label=\"{}\"];", ids[&c.index()], slot.replace('"', "\\\""));
        }
    }
    out.push_str("}\n");
    out
}
