//! The trace a run leaves (`minipy run --trace-json out.json prog.py`): the data the
//! page (`--html`) is built from, for other tools to read too. The README's "Stepping
//! through memory" section documents the same schema.
//!
//! A trace is a list of steps. Each step stores what changed since the one before it:
//! the objects that are new or look different, and the ones no longer drawn. The frames
//! and the output are whole per step (frames) or new text only (output). To know every
//! object at step N, start from nothing and apply steps 0..=N in order.

use serde::{Deserialize, Serialize};

/// The whole run.
#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Trace {
    /// Always `"minipy-trace"`.
    pub format: String,
    /// The schema version: 1.
    pub version: u32,
    /// `"script"` (`minipy run`) or `"interactive"` (`:html` at the prompt).
    pub mode: String,
    /// The sources steps point into: the script, or each input typed at the prompt.
    pub sources: Vec<SourceText>,
    pub steps: Vec<Step>,
    /// The cap on steps (`--max-steps`).
    pub max_steps: usize,
    /// The run went on past the cap, unrecorded.
    pub truncated: bool,
    /// The exit status of a script (1 after an uncaught exception); null at the prompt.
    pub exit_status: Option<i32>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct SourceText {
    /// The file name (`<stdin>` for an input at the prompt).
    pub name: String,
    /// Its lines; line N of a step is `lines[N - first_line]`.
    pub lines: Vec<String>,
    pub first_line: u32,
}

/// A place in a source.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// Index into `Trace::sources`.
    pub source: usize,
    pub line: u32,
}

/// One step: the program stands before `at` (for `return` and `exception`, at the line
/// that returned or raised; for `gc`, inside the line that collected).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Step {
    /// `line` (a line about to run), `call` (the first line of a function just called),
    /// `return` (a function about to return `return_value`), `exception` (an exception
    /// leaving a function, or ending the program or an input), `gc` (a collection just
    /// ran), `end` (the program, or an input at the prompt, finished).
    pub event: String,
    pub at: Option<Place>,
    /// The line that ran last (marked differently on the page).
    pub prev: Option<Place>,
    /// The running frames, outermost (the module) first. In deep recursion only the 40
    /// innermost calls are drawn after the module's frame.
    pub frames: Vec<Frame>,
    /// Calls running between the module's frame and the first call drawn, not drawn.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub hidden_frames: usize,
    /// Objects new since the last step or changed (value, items, count or holders).
    pub objects: Vec<Object>,
    /// Objects drawn at the last step and not any more (freed, or no longer reached).
    pub gone: Vec<u32>,
    /// Objects freed since the last step, with how they looked; `id` is null for one
    /// that was never drawn (a temporary).
    pub freed: Vec<Freed>,
    /// What the program wrote since the last step.
    pub output: Vec<Output>,
    /// For `return`: what the function returns.
    pub return_value: Option<Ref>,
    /// For `exception`: the exception (`ZeroDivisionError: division by zero`).
    pub exception: Option<String>,
    /// For `gc`: the unreachable objects the collection found (its return value).
    pub collected: Option<usize>,
}

/// A frame: the module's globals, or a function call's locals.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Frame {
    /// Numbers each activation: a frame keeps its number while it runs.
    pub id: u32,
    /// `<module>`, or the function's qualified name.
    pub name: String,
    pub line: u32,
    pub vars: Vec<Var>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Var {
    pub name: String,
    pub value: Ref,
    /// The variable lives in a closure cell (a nested function captures it): the cell,
    /// not the frame, holds the value.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cell: bool,
}

/// A reference: to a drawn object by id, or an object drawn inline (small ints, one-
/// character strings, None, True, False, modules: shared by the whole interpreter,
/// whose counts mean nothing, as `:heap` draws them).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(untagged)]
pub enum Ref {
    Id { id: u32 },
    Inline { inline: String },
}

/// An object as drawn.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Object {
    pub id: u32,
    /// Its Python type's name.
    #[serde(rename = "type")]
    pub type_name: String,
    /// How it is drawn: `value` (a number, str, bytes...: `value` holds its repr),
    /// `list`, `tuple`, `set`, `dict` (rows of cells), `instance` (attributes),
    /// `function`, `class`, or `other` (`value` names it).
    pub kind: String,
    pub value: Option<String>,
    /// Cells: an index, key or attribute name, and what it refers to (dicts also give
    /// the key as a reference).
    pub items: Vec<Item>,
    /// Items not drawn (a container is drawn up to 100 items).
    pub more: usize,
    /// Its reference count: the references that really hold it (what
    /// `sys.getrefcount` prints, less its own argument).
    pub refcount: u32,
    /// Every holder in words (`:refs`), then a line that adds them up.
    pub holders: Vec<String>,
    /// No frame reaches it any more, yet it lives (a cycle waiting for the collector).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unreachable: bool,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Item {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<Ref>,
    pub value: Ref,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Freed {
    pub id: Option<u32>,
    /// How it looked (`[1, 2, 3]`).
    pub picture: String,
    /// Its count at the last step, when it was drawn.
    pub refcount_before: Option<u32>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Output {
    /// `stdout` or `stderr`.
    pub stream: String,
    pub text: String,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}
