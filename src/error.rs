//! Exceptions and how they print: runtime errors with their tracebacks, syntax errors
//! with CPython's source-line-and-caret layout, and 3.11's "Did you mean" hints.

use crate::code::{Pos, Source};
use std::fmt::Write;
use std::rc::Rc;

macro_rules! exc_kinds {
    ($($kind:ident : $base:ident),* $(,)?) => {
        /// The builtin exception classes, each with its base (BaseException is its own).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub enum ExcKind {
            $($kind),*
        }

        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind),*];

            pub fn name(self) -> &'static str {
                match self {
                    $(ExcKind::$kind => stringify!($kind)),*
                }
            }

            pub fn base(self) -> ExcKind {
                match self {
                    $(ExcKind::$kind => ExcKind::$base),*
                }
            }
        }
    };
}

exc_kinds! {
    BaseException: BaseException,
    Exception: BaseException,
    ArithmeticError: Exception,
    LookupError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    TypeError: Exception,
    ValueError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    AttributeError: Exception,
    AssertionError: Exception,
    StopIteration: Exception,
    RuntimeError: Exception,
    RecursionError: RuntimeError,
    NotImplementedError: RuntimeError,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    EOFError: Exception,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    GeneratorExit: BaseException,
    MemoryError: Exception,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    PermissionError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    TimeoutError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    UnicodeError: ValueError,
    ReferenceError: Exception,
    BufferError: Exception,
    FloatingPointError: ArithmeticError,
    SystemError: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    UnicodeEncodeError: UnicodeError,
    UnicodeDecodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    InterruptedError: OSError,
    ProcessLookupError: OSError,
    StopAsyncIteration: Exception,
    BytesWarning: Warning,
    EncodingWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    PendingDeprecationWarning: Warning,
    ResourceWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
}

/// One line of a traceback: where a frame was when the exception passed through it.
#[derive(Debug, Clone)]
pub struct TbEntry {
    pub source: Rc<Source>,
    pub line: u32,
    pub name: Rc<str>,
    /// The expression that was running in this frame, for the `^^^` markers.
    pub pos: Option<Pos>,
}

#[derive(Debug)]
pub struct PyErr {
    pub kind: ExcKind,
    pub msg: String,
    /// Innermost frame first (pushed as the exception unwinds); printed in reverse.
    pub traceback: Vec<TbEntry>,
    /// Locals of the frames the traceback keeps alive, innermost frame first.
    pub held: Vec<crate::heap::Value>,
    /// Where in the current frame it was raised (taken into the frame's TbEntry).
    pub pos: Option<Pos>,
    /// The exception object, once there is one (raised by Python code, or caught `as e`).
    pub value: Option<crate::heap::Value>,
    /// Attributes the exception object gets when it is made (an AttributeError's `name`
    /// and `obj`, a NameError's or ModuleNotFoundError's `name`).
    pub fields: Vec<(crate::intern::Sym, crate::heap::Value)>,
    /// The exception being handled when this one was raised.
    pub context: Option<Exc>,
    /// `raise ... from cause`.
    pub cause: Option<Exc>,
    pub suppress_context: bool,
    /// The "Did you mean" of a NameError or AttributeError: shown when the exception is
    /// printed, not part of its message (as CPython's traceback printer adds it).
    pub suggestion: Option<String>,
    /// The innermost frame's traceback line is already in `traceback` (it was caught there
    /// and re-raised): leaving that frame adds no second one.
    pub frame_done: bool,
}

/// Attach the position of the expression an error came out of, unless a deeper one has.
pub trait At {
    fn at(self, p: &Pos) -> Self;
}

impl<T> At for PyResult<T> {
    #[inline(always)]
    fn at(mut self, p: &Pos) -> Self {
        // In place: an Ok result passes through untouched rather than being rebuilt.
        if let Err(e) = &mut self {
            if e.pos.is_none() {
                e.pos = Some(*p);
            }
        }
        self
    }
}

pub type PyResult<T> = Result<T, Exc>;

/// An exception in flight: a 4-byte handle to its [`PyErr`], which a per-thread table
/// owns until the handle is dropped. `PyResult<Value>` is then two 32-bit halves that
/// come back from a call in one register; with a `Exc` (8 bytes) beside a
/// 4-byte `Value` it was a 16-byte aggregate returned through memory, and every
/// evaluation paid a store-forwarding stall reading it back.
pub struct Exc(std::num::NonZeroU32);

struct ExcTable {
    slots: Vec<Option<Box<PyErr>>>,
    free: Vec<u32>,
}

thread_local! {
    // Never torn down (as the heap is not): an exception held by another thread-local
    // may be dropped while the thread exits, and must still find its table.
    static EXCS: std::cell::UnsafeCell<std::mem::ManuallyDrop<ExcTable>> = const {
        std::cell::UnsafeCell::new(std::mem::ManuallyDrop::new(ExcTable { slots: Vec::new(), free: Vec::new() }))
    };
}

#[inline(always)]
fn exc_table() -> &'static mut ExcTable {
    // SAFETY: per thread, and no borrow of the table itself outlives these short
    // accesses (a PyErr is boxed, so references to it survive the table growing).
    EXCS.with(|t| unsafe { &mut **t.get() })
}

impl Exc {
    pub fn new(e: PyErr) -> Exc {
        let t = exc_table();
        let b = Some(Box::new(e));
        let i = match t.free.pop() {
            Some(i) => {
                t.slots[i as usize] = b;
                i
            }
            None => {
                t.slots.push(b);
                (t.slots.len() - 1) as u32
            }
        };
        Exc(std::num::NonZeroU32::new(i + 1).expect("fewer than 2**32 exceptions"))
    }

    fn index(&self) -> usize {
        self.0.get() as usize - 1
    }

    /// The exception itself, out of the table.
    pub fn into_inner(self) -> PyErr {
        let i = self.index();
        std::mem::forget(self);
        let t = exc_table();
        let b = t.slots[i].take().expect("a live exception");
        t.free.push(i as u32);
        *b
    }
}

impl Exc {
    /// Give the exception object-to-be an attribute.
    pub fn with_field(mut self, n: &str, v: crate::heap::Value) -> Exc {
        self.fields.push((crate::intern::intern(n), v));
        self
    }

    /// `with_suggestion`: the hint the printed exception gets.
    pub fn with_suggestion(mut self, hint: Option<String>) -> Exc {
        self.suggestion = hint;
        self
    }
}

impl std::ops::Deref for Exc {
    type Target = PyErr;
    #[inline]
    fn deref(&self) -> &PyErr {
        exc_table().slots[self.index()].as_deref().expect("a live exception")
    }
}

impl std::ops::DerefMut for Exc {
    #[inline]
    fn deref_mut(&mut self) -> &mut PyErr {
        exc_table().slots[self.index()].as_deref_mut().expect("a live exception")
    }
}

impl Drop for Exc {
    fn drop(&mut self) {
        let i = self.index();
        let t = exc_table();
        let b = t.slots[i].take();
        t.free.push(i as u32);
        // Released after the table is consistent: dropping it can run `__del__`.
        drop(b);
    }
}

impl std::fmt::Debug for Exc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

pub fn err<T>(kind: ExcKind, msg: impl Into<String>) -> PyResult<T> {
    Err(PyErr::new(kind, msg))
}

pub fn type_error<T>(msg: impl Into<String>) -> PyResult<T> {
    err(ExcKind::TypeError, msg)
}

impl PyErr {
    /// A new exception in flight (its handle: see [`Exc`]).
    #[allow(clippy::new_ret_no_self)]
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> Exc {
        Exc::new(PyErr {
            kind,
            msg: msg.into(),
            traceback: Vec::new(),
            held: Vec::new(),
            pos: None,
            value: None,
            fields: Vec::new(),
            context: None,
            cause: None,
            suppress_context: false,
            frame_done: false,
            suggestion: None,
        })
    }

    /// Every reference this exception (and its chain) holds: the checker's roots.
    pub fn refs(&self) -> Vec<&crate::heap::Value> {
        let mut v: Vec<&crate::heap::Value> =
            self.held.iter().chain(self.value.iter()).chain(self.fields.iter().map(|(_, v)| v)).collect();
        if let Some(c) = &self.context {
            v.extend(c.refs());
        }
        if let Some(c) = &self.cause {
            v.extend(c.refs());
        }
        v
    }

    /// A copy for another exception's context: the same exception object and traceback
    /// (the frames it keeps stay with the original).
    pub fn share(&self) -> Exc {
        Exc::new(PyErr {
            kind: self.kind,
            msg: self.msg.clone(),
            traceback: self.traceback.clone(),
            held: Vec::new(),
            pos: None,
            value: self.value.as_ref().map(|v| v.dup()),
            fields: self.fields.iter().map(|(k, v)| (*k, v.dup())).collect(),
            context: self.context.as_ref().map(|c| c.share()),
            cause: self.cause.as_ref().map(|c| c.share()),
            suppress_context: self.suppress_context,
            frame_done: false,
            suggestion: None,
        })
    }

    /// An exception raised with an exception object.
    pub fn from_value(kind: ExcKind, value: crate::heap::Value) -> Exc {
        let mut e = PyErr::new(kind, "");
        e.value = Some(value);
        e
    }

    /// The final line: `NameError: name 'x' is not defined`.
    pub fn summary(&self) -> String {
        if let Some(text) = self.value.as_ref().and_then(syntax_error_text) {
            return text;
        }
        if let Some(h) = &self.suggestion {
            let mut plain = self.clone_summary();
            plain.push_str(&format!(". Did you mean: '{h}'?"));
            return plain;
        }
        self.clone_summary()
    }

    fn clone_summary(&self) -> String {
        if let Some(v) = &self.value {
            let name = crate::object::qualified_type_name(v);
            let text = match crate::repr::str(v) {
                Ok(t) => t,
                Err(_) => "<exception str() failed>".to_string(),
            };
            return if text.is_empty() { name.to_string() } else { format!("{name}: {text}") };
        }
        if self.msg.is_empty() {
            self.kind.name().to_string()
        } else {
            format!("{}: {}", self.kind.name(), self.msg)
        }
    }

    /// The whole report with its chain: the cause or context first, as CPython prints them.
    pub fn render(&self, with_source: bool) -> String {
        let mut out = String::new();
        if let Some(c) = &self.cause {
            out.push_str(&c.render(with_source));
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let (Some(c), false) = (&self.context, self.suppress_context) {
            out.push_str(&c.render(with_source));
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        out.push_str(&self.render_one(with_source));
        out
    }

    /// CPython's report of an exception nothing can catch (in `__del__`, a weakref
    /// callback, a generator's close at its death): the object, then this exception alone,
    /// without its chain.
    pub fn unraisable(&self, what: &str) -> String {
        format!("Exception ignored in: {what}\n{}", self.render_one(true))
    }

    /// One exception's report. Scripts show each frame's source line.
    fn render_one(&self, with_source: bool) -> String {
        if self.traceback.is_empty() {
            return format!("{}\n{}", self.summary(), self.notes());
        }
        // CPython shows a run of identical lines three times, then counts the rest.
        const CUTOFF: usize = 3;
        let mut out = String::from("Traceback (most recent call last):\n");
        let mut last: Option<(&str, u32, &str)> = None;
        let mut repeats = 0;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > CUTOFF {
                let n = repeats - CUTOFF;
                let _ = writeln!(out, "  [Previous line repeated {n} more time{}]", if n == 1 { "" } else { "s" });
            }
        };
        // Frames of the library modules written in Python (`<minipy>/...`) stand for code
        // CPython runs in C, where no frame shows.
        for e in self.traceback.iter().rev().filter(|e| !e.source.filename.starts_with("<minipy>/")) {
            let key = (&*e.source.filename, e.line, &*e.name);
            if last == Some(key) {
                repeats += 1;
            } else {
                flush(&mut out, repeats);
                last = Some(key);
                repeats = 1;
            }
            if repeats > CUTOFF {
                continue;
            }
            let _ = writeln!(out, "  File \"{}\", line {}, in {}", e.source.filename, e.line, e.name);
            // Sources without a file (stdin, the prompt) have no lines to show.
            if with_source && !e.source.filename.starts_with('<') {
                if let Some(text) = e.source.line_text(e.line) {
                    let t = text.trim();
                    if !t.is_empty() {
                        let _ = writeln!(out, "    {t}");
                        if let Some(carets) = e.pos.and_then(|p| carets(&e.source, e.line, text, p)) {
                            let _ = writeln!(out, "    {carets}");
                        }
                    }
                }
            }
        }
        flush(&mut out, repeats);
        out.push_str(&self.summary());
        out.push('\n');
        out.push_str(&self.notes());
        out
    }

    /// The exception's `__notes__` (`add_note`), a line each after its summary.
    fn notes(&self) -> String {
        let mut out = String::new();
        let Some(v) = &self.value else { return out };
        if !matches!(v.obj(), crate::object::Obj::Instance(_)) {
            return out;
        }
        let Ok(notes) = crate::vm::getattr(v, crate::intern::sym::__notes__) else { return out };
        match notes.obj() {
            crate::object::Obj::List(items) => {
                let items: Vec<crate::heap::Value> = items.iter().map(crate::heap::Value::dup).collect();
                for n in items {
                    let text = crate::repr::str(&n).unwrap_or_else(|_| "<note str() failed>".to_string());
                    out.push_str(&text);
                    out.push('\n');
                }
            }
            crate::object::Obj::Tuple(items) => {
                for n in items.iter() {
                    let text = crate::repr::str(n).unwrap_or_else(|_| "<note str() failed>".to_string());
                    out.push_str(&text);
                    out.push('\n');
                }
            }
            _ => {
                let text = crate::repr::repr(&notes).unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                out.push_str(&text);
                out.push('\n');
            }
        }
        out
    }
}

/// CPython 3.11's marker line under a traceback's source line: `^` under the failing
/// expression (`~` for a binary operation's operands), omitted when it spans the line.
fn carets(source: &Source, line: u32, text: &str, p: Pos) -> Option<String> {
    if p.end <= p.start || source.line_of(p.start) != line || source.line_of(p.end.saturating_sub(1)) != line {
        return None;
    }
    let line_start = source.text[..p.start as usize].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let (start, end) = (p.start as usize - line_start, p.end as usize - line_start);
    let indent = text.len() - text.trim_start().len();
    let stripped_end = text.trim_end().len();
    if start <= indent && end >= stripped_end {
        return None;
    }
    let (lo, hi) = (p.anchor.0 as usize, p.anchor.1 as usize);
    let mut s = " ".repeat(start.saturating_sub(indent));
    for i in start..end {
        let abs = line_start + i;
        let c = if lo == hi || (lo..hi).contains(&abs) { '^' } else { '~' };
        // One marker per character, not per byte.
        if text.is_char_boundary(i) {
            s.push(c);
        }
    }
    Some(s)
}

/// A SyntaxError (or IndentationError) with the position CPython reports.
#[derive(Debug, Clone)]
pub struct SyntaxErr {
    pub kind: &'static str,
    pub msg: String,
    pub filename: Rc<str>,
    pub line: u32,
    /// The offending line's text.
    pub text: String,
    /// 1-based columns of the caret range, in characters.
    pub col: usize,
    pub end_col: usize,
}

impl SyntaxErr {
    /// An error spanning bytes `start..end` of `source`.
    pub fn at(source: &Source, msg: &str, start: usize, end: usize) -> SyntaxErr {
        // Positions inside a character move to its start (the caret's column counts
        // characters, and the text is cut at character boundaries).
        let floor = |mut i: usize| {
            i = i.min(source.text.len());
            while !source.text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let start = floor(start);
        let end = floor(end.max(start));
        let line = source.line_of(start as u32);
        let line_start = source.text[..start].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let line_end = source.text[line_start..].find('\n').map(|i| i + line_start).unwrap_or(source.text.len());
        let text = source.text[line_start..line_end].to_string();
        let col = source.text[line_start..start].chars().count() + 1;
        let end = end.clamp(start, line_end.max(start));
        let end_col = col + source.text[start..end].chars().count();
        SyntaxErr {
            kind: "SyntaxError",
            msg: msg.to_string(),
            filename: source.filename.clone(),
            line,
            text,
            col,
            end_col: end_col.max(col + 1),
        }
    }

    /// Source nested deeper than the compiler goes (see `ast::MAX_DEPTH`).
    pub fn too_deep(source: &Source) -> SyntaxErr {
        SyntaxErr {
            kind: "RecursionError",
            msg: "maximum recursion depth exceeded during compilation".into(),
            filename: source.filename.clone(),
            line: 0,
            text: String::new(),
            col: 0,
            end_col: 0,
        }
    }

    /// CPython's print_error_text: the line without its indentation, then the carets;
    /// no caret line when the position falls in the indentation.
    pub fn render(&self) -> String {
        if self.kind == "RecursionError" {
            // Not a syntax error: reported as the exception alone.
            return format!("{}: {}\n", self.kind, self.msg);
        }
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        if self.text.is_empty() {
            let _ = writeln!(out, "{}: {}", self.kind, self.msg);
            return out;
        }
        let mut text = self.text.trim_end_matches(['\n', '\r']);
        if !self.filename.starts_with('<') && text.len() >= 999 {
            // CPython reads the line again from the file in 999-byte pieces and shows the
            // last piece (the one holding the newline).
            let mut from = text.len() / 999 * 999;
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            text = &text[from..];
        }
        let shown = text.trim_start_matches([' ', '\t', '\x0c']);
        let indent = text.chars().count() - shown.chars().count();
        let _ = writeln!(out, "    {shown}");
        // CPython clamps the caret to the line's length in bytes.
        let len = shown.len() as i64;
        let offset = (self.col as i64 - 1 - indent as i64).min(len);
        if offset >= 0 {
            let width = (self.end_col as i64 - self.col as i64).max(1);
            let _ = writeln!(out, "    {}{}", " ".repeat(offset as usize), "^".repeat(width as usize));
        }
        let _ = writeln!(out, "{}: {}", self.kind, self.msg);
        out
    }
}

/// A SyntaxError raised while the program ran (by `exec`, `eval`, `compile`) that carries
/// its position: reported as CPython prints one, the offending line and its carets, then
/// `SyntaxError: msg`.
fn syntax_error_text(v: &crate::heap::Value) -> Option<String> {
    use crate::object::Obj;
    let Obj::Instance(inst) = v.obj() else { return None };
    let attr = |n: &str| inst.attrs.get(crate::intern::intern(n));
    let (Obj::Str(filename), Obj::Int(line)) = (attr("filename")?.obj(), attr("lineno")?.obj()) else {
        return None;
    };
    let Obj::Str(msg) = attr("msg")?.obj() else { return None };
    let text = match attr("text").map(|t| t.obj()) {
        Some(Obj::Str(t)) => t.to_string(),
        _ => String::new(),
    };
    let int = |n: &str| match attr(n).map(|x| x.obj()) {
        Some(Obj::Int(i)) => *i,
        _ => 0,
    };
    let e = SyntaxErr {
        kind: "",
        msg: msg.to_string(),
        filename: Rc::from(&**filename),
        line: *line as u32,
        text,
        col: int("offset").max(0) as usize,
        end_col: int("end_offset").max(0) as usize,
    };
    let name = crate::object::qualified_type_name(v);
    let shown = e.render();
    // `render` ends with ": msg" after an empty kind: put the class's name there.
    let body = shown.trim_end_matches('\n').strip_suffix(&format!(": {msg}"))?;
    Some(format!("{body}{name}: {msg}"))
}

/// CPython 3.11's suggestion: the closest candidate by its weighted Levenshtein distance.
pub fn suggest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    const MOVE_COST: usize = 2;
    let candidates: Vec<&str> = candidates.into_iter().collect();
    if candidates.len() >= 750 {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max: usize) -> usize {
    const MOVE_COST: usize = 2;
    const CASE_COST: usize = 1;
    fn sub_cost(a: u8, b: u8) -> usize {
        if a & 31 != b & 31 {
            return MOVE_COST;
        }
        if a == b {
            return 0;
        }
        if a.eq_ignore_ascii_case(&b) {
            CASE_COST
        } else {
            MOVE_COST
        }
    }
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > 40 || b.len() > 40 {
        return max + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + sub_cost(code, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn suggestions_follow_cpython() {
        let names = ["length", "len", "print", "append"];
        assert_eq!(suggest("lenght", names), Some("length"));
        assert_eq!(suggest("apend", names), Some("append"));
        assert_eq!(suggest("xyz", names), None);
    }
}
