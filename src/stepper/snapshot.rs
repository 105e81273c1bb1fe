//! One picture of memory for a step: the running frames of the program's own code and
//! every object they reach, plus the objects drawn before that still live though no
//! frame reaches them (a cycle waiting for the collector). Only reads the heap: no
//! count changes, no Python code runs, nothing is allocated on the Python heap.

use super::schema::{Frame, Item, Object, Ref, Var};
use crate::heap::{self, Value};
use crate::intern::name;
use crate::object::Obj;
use std::collections::{HashMap, HashSet};

/// A container is drawn up to this many items.
const ITEMS: usize = 100;

/// A value (a number, a str...) is drawn up to this many characters.
const VALUE: usize = 80;

/// The innermost function frames drawn; deeper recursion shows as a count of the ones
/// left out between them and the module.
const FRAMES: usize = 40;

/// (slot, allocation number): an object's identity across steps.
pub type Identity = (u32, u32);

pub fn identity(v: &Value) -> Identity {
    heap::identity_of(v.index())
}

/// What persists from step to step while pictures are taken.
#[derive(Default)]
pub struct Ids {
    objects: HashMap<Identity, u32>,
    frames: Vec<(usize, usize, u32)>,
    next_frame: u32,
    shared: HashSet<u32>,
}

impl Ids {
    pub fn new() -> Ids {
        let mut shared = HashSet::new();
        crate::value::for_each_shared(|v| {
            shared.insert(v.index());
        });
        Ids { shared, ..Ids::default() }
    }

    pub fn id_of(&self, who: Identity) -> Option<u32> {
        self.objects.get(&who).copied()
    }

    fn id(&mut self, v: &Value) -> u32 {
        let n = self.objects.len() as u32 + 1;
        *self.objects.entry(identity(v)).or_insert(n)
    }

    fn inline(&self, v: &Value) -> Option<String> {
        if self.shared.contains(&v.index()) {
            return Some(crate::repr::repr(v).unwrap_or_default());
        }
        match v.obj() {
            Obj::Module(m) => Some(format!("<module '{}'>", name(m.name))),
            Obj::Type(_) | Obj::Builtin(_) => Some(crate::meta::picture_of(v)),
            _ => None,
        }
    }
}

/// A picture: frames outermost first, and the objects by id.
pub struct Picture {
    pub frames: Vec<Frame>,
    /// Function frames running but not drawn (see `FRAMES`).
    pub hidden_frames: usize,
    pub objects: HashMap<u32, (Identity, Object)>,
}

/// Take the picture. `roots` are extra objects to draw (a value being returned);
/// `before` the objects drawn at the last step, kept while they live.
pub fn take(ids: &mut Ids, roots: &[&Value], before: &[Identity]) -> (Picture, Vec<Ref>) {
    let mut builder =
        Builder { ids, objects: HashMap::new(), work: Vec::new(), seen: HashSet::new(), visible: HashMap::new() };
    let mut frames = Vec::new();
    // The module: its names, in binding order.
    let globals = crate::meta::user_globals();
    let mut module = Frame { id: 0, name: "<module>".into(), line: 0, vars: Vec::new() };
    for (g, v) in globals {
        let r = builder.reach(v, format!("name '{}' in module globals", name(g)));
        module.vars.push(Var { name: name(g).to_string(), value: r, cell: false });
    }
    let views = crate::vm::running_frames();
    // The program's own code: not a library module's, and the module's frame apart.
    let mut calls = Vec::new();
    for f in &views {
        if f.code.module.is_some() {
            continue;
        }
        if f.code.kind == crate::code::CodeKind::Module {
            module.line = f.line;
        } else {
            calls.push(f);
        }
    }
    let hidden_frames = calls.len().saturating_sub(FRAMES);
    let mut seen_frames = Vec::new();
    for f in &calls[hidden_frames..] {
        let key = (f.addr, f.code as *const _ as usize);
        let id = match builder.ids.frames.iter().find(|(a, c, _)| (*a, *c) == key) {
            Some(&(_, _, id)) => id,
            None => {
                builder.ids.next_frame += 1;
                builder.ids.next_frame
            }
        };
        seen_frames.push((key.0, key.1, id));
        let fname = f.code.qualname.to_string();
        let mut frame = Frame { id, name: fname.clone(), line: f.line, vars: Vec::new() };
        if let Some(ns) = f.class_ns {
            for (n, v) in ns.0.iter() {
                let text = name(*n);
                if text.starts_with("__") && text.ends_with("__") {
                    continue; // `__module__`, `__qualname__`: as the module's dunders
                }
                let r = builder.reach(v, format!("name '{}' in the body of class {fname}", name(*n)));
                frame.vars.push(Var { name: name(*n).to_string(), value: r, cell: false });
            }
        }
        for (n, v) in &f.locals {
            let Some(v) = v else { continue };
            let (v, cell) = match v.obj() {
                Obj::Cell(Some(c)) => (c, true),
                Obj::Cell(None) => continue,
                _ => (*v, false),
            };
            let r = if cell {
                builder.reach_unheld(v)
            } else {
                builder.reach(v, format!("local '{}' of {fname}()", name(*n)))
            };
            frame.vars.push(Var { name: name(*n).to_string(), value: r, cell });
        }
        frames.push(frame);
    }
    builder.ids.frames = seen_frames;
    frames.insert(0, module);
    let refs = roots.iter().map(|v| builder.reach_unheld(v)).collect();
    builder.drain(false);
    // Objects drawn before that no frame reaches now, while they live.
    for &who in before {
        if heap::still_alive(who) && builder.ids.id_of(who).is_some_and(|id| !builder.objects.contains_key(&id)) {
            // Borrowed without a count: the picture must not hold what it counts.
            let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(who.0) });
            builder.reach_unheld(&v);
            builder.drain(true);
        }
    }
    builder.finish_holders();
    (Picture { frames, hidden_frames, objects: builder.objects }, refs)
}

struct Builder<'a> {
    ids: &'a mut Ids,
    objects: HashMap<u32, (Identity, Object)>,
    /// Objects reached but not yet drawn.
    work: Vec<&'static Value>,
    seen: HashSet<u32>,
    /// The holders found in the picture itself, by object id.
    visible: HashMap<u32, Vec<String>>,
}

impl Builder<'_> {
    /// A reference to `v` from a holder the picture shows, described as `holder`.
    fn reach(&mut self, v: &Value, holder: String) -> Ref {
        let r = self.reach_unheld(v);
        if let Ref::Id { id } = r {
            self.visible.entry(id).or_default().push(holder);
        }
        r
    }

    /// A reference to `v` that is not one of its holders (a value being returned).
    fn reach_unheld(&mut self, v: &Value) -> Ref {
        if let Some(text) = self.ids.inline(v) {
            return Ref::Inline { inline: text };
        }
        let id = self.ids.id(v);
        if self.seen.insert(id) {
            // SAFETY: the object outlives the picture (nothing runs while it is taken).
            let v: &'static Value = unsafe { &*(v as *const Value) };
            self.work.push(v);
        }
        Ref::Id { id }
    }

    fn drain(&mut self, unreachable: bool) {
        while let Some(v) = self.work.pop() {
            let id = self.ids.id(v);
            let mut o = self.draw(v, id);
            o.unreachable = unreachable;
            self.objects.insert(id, (identity(v), o));
        }
    }

    fn draw(&mut self, v: &'static Value, id: u32) -> Object {
        let type_name = crate::object::type_name(v).to_string();
        let mut o = Object {
            id,
            type_name,
            kind: String::new(),
            value: None,
            items: Vec::new(),
            more: 0,
            refcount: v.refcount(),
            holders: Vec::new(),
            unreachable: false,
        };
        let me = |kind: &str| format!("{kind} #{id}");
        match v.obj() {
            Obj::Int(_)
            | Obj::Long(_)
            | Obj::Float(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::Bool(_)
            | Obj::None
            | Obj::Range(_) => {
                o.kind = "value".into();
                // A long str is only read as far as the drawing shows it.
                o.value = Some(crate::meta::shorten(crate::meta::safe_repr(v), VALUE));
            }
            Obj::List(xs) => self.sequence(xs, "list", &me("list"), &mut o),
            Obj::Tuple(xs) => self.sequence(xs, "tuple", &me("tuple"), &mut o),
            Obj::Dict(d) => {
                o.kind = "dict".into();
                self.dict_items(&d.entries, &me("dict"), &mut o);
            }
            Obj::Set(s) => {
                o.kind = "set".into();
                for x in s.iter().take(ITEMS) {
                    let value = self.reach(x, format!("element of {}", me(&o.type_name)));
                    o.items.push(Item { label: String::new(), key: None, value });
                }
                o.more = s.len().saturating_sub(ITEMS);
            }
            Obj::Instance(inst) => {
                o.kind = "instance".into();
                let owner = me(&format!("{} instance", o.type_name));
                if let Some(native) = &inst.native {
                    let value = self.reach(native, format!("the builtin value of {owner}"));
                    o.items.push(Item { label: "(value)".into(), key: None, value });
                }
                let slot_names = crate::vm::class::slot_names_by_index(&inst.class);
                for (i, x) in inst.slots.iter().enumerate() {
                    if let (Some(x), Some(n)) = (x, slot_names.get(i)) {
                        let value = self.reach(x, format!("slot '{}' of {owner}", name(*n)));
                        o.items.push(Item { label: name(*n).to_string(), key: None, value });
                    }
                }
                for (k, x) in inst.attrs.0.iter() {
                    let value = self.reach(x, format!("attribute '{}' of {owner}", name(*k)));
                    o.items.push(Item { label: name(*k).to_string(), key: None, value });
                }
                if let Some(Obj::Dict(d)) = inst.dict.as_ref().map(|d| d.obj()) {
                    // Its attributes live in its __dict__ (read once): drawn as its own.
                    for (_, k, x) in d.entries.iter().take(ITEMS) {
                        let label = match k.obj() {
                            Obj::Str(s) => s.to_string(),
                            _ => crate::meta::picture_of(k),
                        };
                        let value = self.reach(x, format!("attribute '{label}' (in the __dict__) of {owner}"));
                        o.items.push(Item { label, key: None, value });
                    }
                }
            }
            Obj::Function(f) => {
                o.kind = "function".into();
                o.value = Some(format!("{}()", f.qualname));
            }
            Obj::MainDict => {
                o.kind = "other".into();
                o.value = Some("the module's globals (the names in its frame)".into());
            }
            Obj::Class(c) => {
                o.kind = "class".into();
                o.value = Some(name(c.name).to_string());
            }
            _ => {
                o.kind = "other".into();
                o.value = Some(crate::meta::shorten(crate::meta::picture_of(v), VALUE));
            }
        }
        o
    }

    fn sequence(&mut self, xs: &[Value], kind: &str, owner: &str, o: &mut Object) {
        o.kind = kind.into();
        for (i, x) in xs.iter().take(ITEMS).enumerate() {
            let value = self.reach(x, format!("item {i} of {owner}"));
            o.items.push(Item { label: i.to_string(), key: None, value });
        }
        o.more = xs.len().saturating_sub(ITEMS);
    }

    fn dict_items(&mut self, entries: &[(i64, Value, Value)], owner: &str, o: &mut Object) {
        for (_, k, x) in entries.iter().take(ITEMS) {
            let label = match self.ids.inline(k) {
                Some(t) => t,
                None => crate::meta::safe_repr(k),
            };
            let key = self.reach(k, format!("key {label} of {owner}"));
            let value = self.reach(x, format!("value of key {label} in {owner}"));
            o.items.push(Item { label, key: Some(key), value });
        }
        o.more = entries.len().saturating_sub(ITEMS);
    }

    /// Every drawn object's holders in words, adding up to its count: the ones the
    /// picture shows, or, when those fall short, all of them from one walk of the heap.
    fn finish_holders(&mut self) {
        let mut short: Vec<u32> = Vec::new();
        for (id, (_, o)) in self.objects.iter_mut() {
            let visible = self.visible.remove(id).unwrap_or_default();
            if visible.len() as u32 == o.refcount {
                let n = o.refcount;
                let mut words = visible;
                words.push(format!("= {n} reference{}", if n == 1 { "" } else { "s" }));
                o.holders = grouped(words);
            } else {
                short.push(*id);
            }
        }
        if short.is_empty() {
            return;
        }
        // Borrowed without a count: `holders_of_all` is told none is held here.
        let vs: Vec<std::mem::ManuallyDrop<Value>> = short
            .iter()
            .map(|id| std::mem::ManuallyDrop::new(unsafe { Value::from_raw(self.objects[id].0 .0) }))
            .collect();
        let refs: Vec<&Value> = vs.iter().map(|v| &**v).collect();
        let drawn: HashMap<u32, u32> = self.objects.iter().map(|(id, (who, _))| (who.0, *id)).collect();
        let words = crate::meta::holders_of_all(&refs, 0, Some(&drawn));
        for (id, words) in short.iter().zip(words) {
            if let Some((_, o)) = self.objects.get_mut(id) {
                o.holders = grouped(words);
            }
        }
    }
}

/// Holders past a dozen are grouped by what they say apart from the numbers of the
/// objects they name: `the class of a Node instance ×120`, so a class with many instances
/// does not repeat a line each (the last line, the sum, stays as it is).
fn grouped(words: Vec<String>) -> Vec<String> {
    const MANY: usize = 12;
    if words.len() <= MANY + 1 {
        return words;
    }
    let strip = |w: &str| -> String {
        let mut out = String::with_capacity(w.len());
        let mut rest = w;
        while let Some(i) = rest.find(" #") {
            out.push_str(&rest[..i]);
            let after = &rest[i + 2..];
            let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits == 0 {
                out.push_str(" #");
            }
            rest = &after[digits..];
        }
        out.push_str(rest);
        out
    };
    let (sum, words) = words.split_last().expect("the sum is always there");
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for w in words {
        let key = strip(w);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, ws)) => ws.push(w.clone()),
            None => groups.push((key, vec![w.clone()])),
        }
    }
    let mut out: Vec<String> = groups
        .into_iter()
        .flat_map(|(key, ws)| if ws.len() == 1 { ws } else { vec![format!("{key} ×{}", ws.len())] })
        .collect();
    out.push(sum.clone());
    out
}
