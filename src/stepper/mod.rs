//! The memory stepper: records a run step by step (each line about to run, each call,
//! return, exception and collection) as pictures of the frames and the objects they
//! reach, with exact counts and holders, stored as changes from step to step.
//! `minipy run --trace-json` writes the steps as JSON (`schema`), `--html` as a page
//! that draws them (`page`), and `:html FILE` at the prompt writes the session so far.
//!
//! It watches through hooks the lower layers offer: the statement boundary
//! (`gc::GcState::line_hook`), a frame's end (`runtime::FrameHooks`), a collection
//! (`gc::GcState::collect_hook`), frees (`watch`) and output (`io::start_tee`). It holds
//! no reference to any object, so no count it shows is its own.

pub mod page;
pub mod schema;
mod snapshot;

use crate::code::Source;
use crate::heap::Value;
use crate::runtime::rt;
use schema::{Freed, Output, Place, Ref, SourceText, Step, Trace};
use snapshot::{Identity, Ids};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The steps kept when no `--max-steps` is given.
pub const DEFAULT_MAX_STEPS: usize = 1000;

struct Recorder {
    interactive: bool,
    max_steps: usize,
    truncated: bool,
    sources: Vec<Rc<Source>>,
    steps: Vec<Step>,
    ids: Ids,
    /// The objects drawn at the last step.
    drawn: HashMap<u32, (Identity, schema::Object)>,
    prev: Option<Place>,
    /// Frame ids at the last step, to tell a call.
    frame_ids: Vec<u32>,
}

thread_local! {
    static REC: RefCell<Option<Recorder>> = const { RefCell::new(None) };
}

/// Start recording (a script about to run, or a session at the prompt).
pub fn start(max_steps: usize, interactive: bool) {
    REC.with(|r| {
        *r.borrow_mut() = Some(Recorder {
            interactive,
            max_steps,
            truncated: false,
            sources: Vec::new(),
            steps: Vec::new(),
            ids: Ids::new(),
            drawn: HashMap::new(),
            prev: None,
            frame_ids: Vec::new(),
        })
    });
    hooks(true);
}

fn hooks(on: bool) {
    let h = crate::heap::heap();
    if on {
        crate::gc::set_line_hook(Some(on_line));
        h.gc.collect_hook = Some(on_collect);
        rt().frame_hooks = Some(crate::runtime::FrameHooks { ret: on_return, raised: on_raise });
        crate::watch::open(crate::watch::Log::Stepper);
        crate::io::start_tee();
    } else {
        crate::gc::set_line_hook(None);
        h.gc.collect_hook = None;
        rt().frame_hooks = None;
        crate::watch::close(crate::watch::Log::Stepper);
        crate::io::stop_tee();
    }
}

/// The innermost frame of the program's own code: where it stands.
fn innermost() -> Option<(Rc<Source>, u32)> {
    let f = crate::vm::innermost_frame()?;
    if f.code.module.is_some() {
        return None; // inside a library module written in Python
    }
    Some((f.code.source.clone(), f.line))
}

fn on_line() {
    if let Some((source, line)) = innermost() {
        record("line", Some((source, line)), None, None, None);
    }
}

fn on_return(v: &Value) {
    if let Some((source, line)) = innermost() {
        record("return", Some((source, line)), Some(v), None, None);
        caller_ran();
    }
}

fn on_raise(e: &crate::error::Exc) {
    if let Some((source, line)) = innermost() {
        let text = e.summary();
        record("exception", Some((source, line)), None, Some(text), None);
        caller_ran();
    }
}

/// A frame is ending: the line that ran last, as the next step sees it, is the caller's
/// (the call in it completes), not the callee's last line.
fn caller_ran() {
    let frames = crate::vm::running_frames();
    let Some(caller) = frames.iter().rev().nth(1).filter(|f| f.code.module.is_none()) else { return };
    let (source, line) = (caller.code.source.clone(), caller.line);
    REC.with(|r| {
        if let Ok(mut guard) = r.try_borrow_mut() {
            if let Some(rec) = guard.as_mut() {
                let source = rec.source_index(&source);
                rec.prev = Some(Place { source, line });
            }
        }
    })
}

fn on_collect(found: usize) {
    let at = innermost();
    record("gc", at, None, None, Some(found));
}

/// The last step of a program that ran to its end (`status` its exit status), or of an
/// input at the prompt (status 1 when it raised).
pub fn finish_input(status: i32) {
    record_end(status);
}

fn record_end(status: i32) {
    record("end", None, None, None, None);
    // After an uncaught exception, the traceback just written names it.
    REC.with(|r| {
        if let Some(rec) = r.borrow_mut().as_mut() {
            if let Some(last) = rec.steps.last_mut().filter(|s| s.event == "end" && status != 0) {
                let stderr: String =
                    last.output.iter().filter(|o| o.stream == "stderr").map(|o| o.text.as_str()).collect();
                if stderr.contains("Traceback (most recent call last):") {
                    last.event = "exception".into();
                    last.exception = stderr.lines().rfind(|l| !l.trim().is_empty()).map(str::to_string);
                }
            }
        }
    });
}

fn record(
    event: &str,
    at: Option<(Rc<Source>, u32)>,
    returned: Option<&Value>,
    exception: Option<String>,
    collected: Option<usize>,
) {
    REC.with(|r| {
        // A picture runs no Python code; should some ever run inside one, its steps
        // are not recorded rather than nested.
        let Ok(mut guard) = r.try_borrow_mut() else { return };
        let Some(rec) = guard.as_mut() else { return };
        if rec.steps.len() >= rec.max_steps {
            rec.truncated = true;
            drop(guard);
            hooks(false);
            return;
        }
        let at = at.map(|(source, line)| Place { source: rec.source_index(&source), line });
        rec.step(event, at, returned, exception, collected);
    })
}

impl Recorder {
    fn source_index(&mut self, source: &Rc<Source>) -> usize {
        match self.sources.iter().position(|s| Rc::ptr_eq(s, source)) {
            Some(i) => i,
            None => {
                self.sources.push(source.clone());
                self.sources.len() - 1
            }
        }
    }

    fn step(
        &mut self,
        event: &str,
        at: Option<Place>,
        returned: Option<&Value>,
        exception: Option<String>,
        collected: Option<usize>,
    ) {
        let freed_raw = crate::watch::take(crate::watch::Log::Stepper);
        let output = crate::io::take_tee()
            .into_iter()
            .map(|(s, text)| Output { stream: if s == 0 { "stdout" } else { "stderr" }.into(), text })
            .collect();
        let before: Vec<Identity> = self.drawn.values().map(|(who, _)| *who).collect();
        let roots: Vec<&Value> = returned.into_iter().collect();
        let (picture, refs) = snapshot::take(&mut self.ids, &roots, &before);
        let mut freed = Vec::new();
        for (index, seq, pic) in freed_raw {
            let id = self.ids.id_of((index, seq)).filter(|id| self.drawn.contains_key(id));
            match id {
                Some(id) => freed.push(Freed {
                    id: Some(id),
                    // As it was drawn: a collection empties a cycle's containers first.
                    picture: self.drawn.get(&id).map_or(pic, |(_, o)| picture_of(o)),
                    refcount_before: self.drawn.get(&id).map(|(_, o)| o.refcount),
                }),
                // An object never drawn (a temporary): only an instance is worth a line
                // (its class may say something as it dies).
                None if pic.starts_with('<') && pic.ends_with(" object>") => {
                    freed.push(Freed { id: None, picture: pic, refcount_before: None })
                }
                None => {}
            }
        }
        let mut objects: Vec<schema::Object> = picture
            .objects
            .iter()
            .filter(|(id, (_, o))| self.drawn.get(id).is_none_or(|(_, old)| old != o))
            .map(|(_, (_, o))| o.clone())
            .collect();
        objects.sort_by_key(|o| o.id);
        let mut gone: Vec<u32> = self.drawn.keys().filter(|id| !picture.objects.contains_key(id)).copied().collect();
        gone.sort_unstable();
        let event = match event {
            "line" if picture.frames.last().is_some_and(|f| f.id != 0 && !self.frame_ids.contains(&f.id)) => "call",
            e => e,
        };
        self.frame_ids = picture.frames.iter().map(|f| f.id).collect();
        let step = Step {
            event: event.into(),
            at,
            prev: self.prev,
            frames: picture.frames,
            hidden_frames: picture.hidden_frames,
            objects,
            gone,
            freed,
            output,
            return_value: refs.into_iter().next(),
            exception,
            collected,
        };
        if event == "line" || event == "call" {
            // The next step's "just ran" line.
            self.prev = at;
        }
        self.steps.push(step);
        self.drawn = picture.objects;
    }

    fn trace(&self, exit_status: Option<i32>) -> Trace {
        Trace {
            format: "minipy-trace".into(),
            version: 1,
            mode: if self.interactive { "interactive" } else { "script" }.into(),
            sources: self
                .sources
                .iter()
                .map(|s| SourceText {
                    name: s.filename.to_string(),
                    lines: s.text.lines().map(str::to_string).collect(),
                    first_line: s.first_line,
                })
                .collect(),
            steps: self.steps.clone(),
            max_steps: self.max_steps,
            truncated: self.truncated,
            exit_status,
        }
    }
}

/// Stop recording; the trace of the whole run.
pub fn finish(exit_status: Option<i32>) -> Option<Trace> {
    hooks(false);
    REC.with(|r| r.borrow_mut().take()).map(|rec| rec.trace(exit_status))
}

/// The session so far (`:html` at the prompt); recording goes on.
pub fn so_far() -> Option<Trace> {
    REC.with(|r| r.borrow().as_ref().map(|rec| rec.trace(None)))
}

/// The trace as JSON (pretty when `pretty`).
pub fn to_json(trace: &Trace, pretty: bool) -> String {
    if pretty {
        serde_json::to_string_pretty(trace).expect("a trace is plain data")
    } else {
        serde_json::to_string(trace).expect("a trace is plain data")
    }
}

/// What the terminal says after writing a page or a trace: where, and how many steps.
pub fn wrote_message(path: &str, trace: &Trace) -> String {
    let abs = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.to_string());
    let cut = if trace.truncated { format!(", cut at the cap of {}", trace.max_steps) } else { String::new() };
    let n = trace.steps.len();
    format!("wrote {path}: {n} step{}{cut} (file://{abs})", if n == 1 { "" } else { "s" })
}

/// A drawn object in one line: `[1, #3]`, `'hello'`, `<Node object>`.
fn picture_of(o: &schema::Object) -> String {
    let items = |open: &str, close: &str| {
        let mut parts: Vec<String> = o.items.iter().map(|it| ref_text(&it.value)).collect();
        if o.more > 0 {
            parts.push("…".into());
        }
        format!("{open}{}{close}", parts.join(", "))
    };
    match o.kind.as_str() {
        "list" => items("[", "]"),
        "tuple" if o.items.len() == 1 => items("(", ",)"),
        "tuple" => items("(", ")"),
        "set" if o.items.is_empty() => "set()".into(),
        "set" => items("{", "}"),
        "dict" => {
            let parts: Vec<String> =
                o.items.iter().map(|it| format!("{}: {}", it.label, ref_text(&it.value))).collect();
            format!("{{{}}}", parts.join(", "))
        }
        "instance" => format!("<{} object>", o.type_name),
        _ => o.value.clone().unwrap_or_else(|| format!("<{} object>", o.type_name)),
    }
}

/// How a reference reads in words (the JSON's `Ref`).
pub fn ref_text(r: &Ref) -> String {
    match r {
        Ref::Id { id } => format!("#{id}"),
        Ref::Inline { inline } => inline.clone(),
    }
}
