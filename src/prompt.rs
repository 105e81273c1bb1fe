//! The terminal prompt's helpers for rustyline: syntax highlighting, tab completion of
//! names, keywords, attributes, module members and meta-commands, and the colour rules
//! (colour only on a terminal, never with `NO_COLOR` set, always with `FORCE_COLOR`).

use crate::intern::{intern, name};
use crate::object::{class_lookup, Obj};
use crate::runtime::{self, rt};
use owo_colors::OwoColorize;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::Context;
use std::borrow::Cow;

/// Whether to colour output: `FORCE_COLOR` forces it, `NO_COLOR` forbids it, otherwise
/// only when stderr (where prompts and tracebacks go) is a terminal.
pub fn color_enabled() -> bool {
    let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    if set("FORCE_COLOR") {
        return true;
    }
    if set("NO_COLOR") {
        return false;
    }
    std::io::IsTerminal::is_terminal(&std::io::stderr())
}

pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else",
    "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
    "pass", "raise", "return", "try", "while",
];

const META: &[&str] = &[":heap", ":refs", ":dot", ":trace", ":help"];

pub struct Helper {
    pub color: bool,
}

impl Helper {
    /// Names visible at the prompt: the module's, then the builtins.
    fn names(&self) -> Vec<String> {
        let r = rt();
        let mut out: Vec<String> = r
            .global_order
            .iter()
            .filter(|&&g| runtime::get_global(g).is_some())
            .chain(r.builtin_order.iter().filter(|&&g| runtime::get_builtin(g).is_some()))
            .map(|&g| name(g).to_string())
            .collect();
        out.extend(KEYWORDS.iter().map(|k| k.to_string()));
        out
    }

    /// Attribute names of the object a dotted path names (read without running code).
    fn attributes(&self, path: &str) -> Vec<String> {
        let mut parts = path.split('.');
        let Some(first) = parts.next() else { return Vec::new() };
        let Some(mut cur) = runtime::get_global(intern(first)).map(|v| v.dup()) else { return Vec::new() };
        for p in parts {
            let next = match cur.obj() {
                Obj::Instance(inst) => inst.attrs.get(intern(p)).or_else(|| class_lookup(&inst.class, intern(p))),
                Obj::Class(_) => class_lookup(&cur, intern(p)),
                Obj::Module(m) => m.attrs.get(intern(p)),
                _ => None,
            };
            match next {
                Some(v) => cur = v.dup(),
                None => return Vec::new(),
            }
        }
        // `dir()` of the object, as the "Did you mean" hints use it.
        crate::vm::dir(&cur).iter().map(|n| n.to_string()).collect()
    }
}

impl Completer for Helper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        if before.trim_start().starts_with(':') && !before.trim_start().contains(' ') {
            let start = before.len() - before.trim_start().len();
            let word = before.trim_start();
            let found = META.iter().filter(|m| m.starts_with(word)).map(|m| pair(m)).collect();
            return Ok((start, found));
        }
        let start = before.rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).map_or(0, |i| i + 1);
        let word = &before[start..];
        if let Some(dot) = word.rfind('.') {
            let (path, attr) = (&word[..dot], &word[dot + 1..]);
            let found = self
                .attributes(path)
                .into_iter()
                .filter(|a| a.starts_with(attr) && (attr.starts_with('_') || !a.starts_with('_')))
                .map(|a| pair(&a))
                .collect();
            return Ok((start + dot + 1, found));
        }
        let mut found: Vec<String> =
            self.names().into_iter().filter(|n| n.starts_with(word) && !n.starts_with("__")).collect();
        found.sort();
        found.dedup();
        Ok((start, found.iter().map(|n| pair(n)).collect()))
    }
}

fn pair(s: &str) -> Pair {
    Pair { display: s.to_string(), replacement: s.to_string() }
}

impl Hinter for Helper {
    type Hint = String;
}

impl Validator for Helper {}

impl Highlighter for Helper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        Cow::Owned(highlight(line))
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, default: bool) -> Cow<'b, str> {
        if !self.color || !default {
            return Cow::Borrowed(prompt);
        }
        Cow::Owned(prompt.green().bold().to_string())
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _forced: bool) -> bool {
        self.color
    }
}

impl rustyline::Helper for Helper {}

/// Colour one line of Python: keywords, builtins, strings, numbers, comments; a
/// meta-command line in one colour.
pub fn highlight(line: &str) -> String {
    if line.trim_start().starts_with(':') {
        return line.yellow().to_string();
    }
    let mut out = String::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '#' {
            let rest: String = chars[i..].iter().collect();
            out.push_str(&rest.dimmed().to_string());
            break;
        }
        if c == '\'' || c == '"' {
            let mut j = i + 1;
            while j < chars.len() && chars[j] != c {
                if chars[j] == '\\' {
                    j += 1;
                }
                j += 1;
            }
            let end = (j + 1).min(chars.len());
            let s: String = chars[i..end].iter().collect();
            out.push_str(&s.green().to_string());
            i = end;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '.' || chars[j] == '_') {
                j += 1;
            }
            let s: String = chars[i..j].iter().collect();
            out.push_str(&s.cyan().to_string());
            i = j;
            continue;
        }
        if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            let w: String = chars[i..j].iter().collect();
            if KEYWORDS.contains(&w.as_str()) {
                out.push_str(&w.magenta().bold().to_string());
            } else if runtime::get_builtin(intern(&w)).is_some() && runtime::get_global(intern(&w)).is_none() {
                out.push_str(&w.blue().to_string());
            } else {
                out.push_str(&w);
            }
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}
