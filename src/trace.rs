//! `:trace on` (and `minipy run --trace`): after each input at the prompt, or each
//! top-level statement of a script, say what happened to memory — names bound to new
//! objects, count changes of named objects, and objects freed, with the count they had:
//!
//! ```text
//! myListOne ─▶ 'hello'  created, refcount = 1
//! myListTwo ─▶ [1, 2, 3]  refcount 2 → 1
//! 'hello'  refcount 1 → 0  freed
//! ```

use crate::heap::{self, Value};
use crate::intern::{name, Sym};
use crate::meta;
use std::collections::HashMap;
use std::fmt::Write;

/// What the names held when the traced step began.
pub struct Tracer {
    start_seq: u32,
    names: Vec<(Sym, u32, u32, u32)>,
}

/// (slot, allocation number) of an object: its identity across a step.
fn ident(v: &Value) -> (u32, u32) {
    heap::identity_of(v.index())
}

use crate::value::is_shared as shared;

impl Tracer {
    /// Start a step: remember the names and their counts, and log frees from now on.
    pub fn begin() -> Tracer {
        let names = meta::user_globals()
            .into_iter()
            .map(|(g, v)| {
                let (i, q) = ident(v);
                (g, i, q, v.refcount())
            })
            .collect();
        crate::watch::open(crate::watch::Log::Trace);
        Tracer { start_seq: heap::next_seq(), names }
    }

    /// End a step: what changed, one line each, under `header` (the line that ran, as
    /// `line 2: b = a`); empty when nothing changed.
    pub fn end(self, header: &str) -> String {
        let body = self.report();
        if body.is_empty() || header.is_empty() {
            body
        } else {
            format!("{header}\n{body}")
        }
    }

    fn report(self) -> String {
        let freed = crate::watch::close(crate::watch::Log::Trace);
        let before: HashMap<Sym, (u32, u32, u32)> = self.names.iter().map(|&(g, i, q, rc)| (g, (i, q, rc))).collect();
        let counts_before: HashMap<(u32, u32), u32> = self.names.iter().map(|&(_, i, q, rc)| ((i, q), rc)).collect();
        let new = |q: u32| q.wrapping_sub(self.start_seq) & heap::SEQ_MASK <= heap::SEQ_MASK / 2;
        let mut out = String::new();
        let now = meta::user_globals();
        let mut reported: Vec<(u32, u32)> = Vec::new();
        for (g, v) in &now {
            let (i, q) = ident(v);
            let pic = meta::picture_named(v);
            let rc = v.refcount();
            if shared(v) {
                if before.get(g).map(|&(bi, bq, _)| (bi, bq)) != Some((i, q)) {
                    let _ = writeln!(out, "{} ─▶ {pic}  (shared by the interpreter)", name(*g));
                }
                continue;
            }
            match before.get(g) {
                Some(&(bi, bq, brc)) if (bi, bq) == (i, q) => {
                    if brc != rc && !reported.contains(&(i, q)) {
                        let _ = writeln!(out, "{} ─▶ {pic}  refcount {brc} → {rc}", name(*g));
                    }
                }
                _ if new(q) && !counts_before.contains_key(&(i, q)) && !reported.contains(&(i, q)) => {
                    let _ = writeln!(out, "{} ─▶ {pic}  created, refcount = {rc}", name(*g));
                }
                _ if reported.contains(&(i, q)) => {
                    let first = now.iter().find(|(_, x)| x.is(v)).map(|(n, _)| name(*n)).unwrap_or_default();
                    let _ = writeln!(out, "{} ─▶ the same object as {first}", name(*g));
                }
                _ => {
                    let from = counts_before.get(&(i, q)).map_or(String::new(), |b| format!("refcount {b} → "));
                    let _ = writeln!(out, "{} ─▶ {pic}  {from}{rc}", name(*g));
                }
            }
            reported.push((i, q));
        }
        // Names that went away: their objects, if still alive and named no more.
        for &(g, i, q, brc) in &self.names {
            if now.iter().any(|(n, _)| *n == g) {
                continue;
            }
            let _ = writeln!(out, "{} unbound", name(g));
            if heap::still_alive((i, q)) && !reported.contains(&(i, q)) {
                let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(i) });
                if !shared(&v) {
                    let _ = writeln!(out, "{}  refcount {brc} → {}", meta::picture_of(&v), v.refcount());
                }
                reported.push((i, q));
            }
        }
        for (i, q, pic) in freed {
            if new(q) && !counts_before.contains_key(&(i, q)) {
                continue; // a temporary of the step itself
            }
            match counts_before.get(&(i, q)) {
                Some(b) => {
                    let _ = writeln!(out, "{pic}  refcount {b} → 0  freed");
                }
                None => {
                    let _ = writeln!(out, "{pic}  freed");
                }
            }
        }
        out
    }
}

/// The header of a step's report: `line N: <its text>`, the first line of a statement
/// that spans several followed by ` …`.
pub fn header(source: &crate::code::Source, line: u32, last_line: u32) -> String {
    let text = source.line_text(line).unwrap_or("").trim();
    let more = if last_line > line { " …" } else { "" };
    format!("line {line}: {text}{more}")
}
