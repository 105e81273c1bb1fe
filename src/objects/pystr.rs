//! The text a `str` object holds. A string that only one name holds can grow in place
//! (`s += t` appends to it, as CPython's unicode_concatenate resizes it), so it owns a
//! growable buffer rather than a shared immutable one.
//!
//! Python indexes strings by code point. The text is kept as UTF-8, with its length in
//! code points beside it, so `len(s)` is O(1) and an all-ASCII string (most text) indexes
//! its bytes directly. A string with other characters keeps a sparse index — the byte
//! offset of every [`STRIDE`]th character — so `s[i]` walks at most `STRIDE - 1`
//! characters instead of the whole text (PyPy's UTF-8 strings do the same; CPython's
//! PEP 393 layout gets O(1) by widening every character instead).

use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// Characters between entries of a non-ASCII string's offset index.
const STRIDE: usize = 64;

/// Kept small (24 bytes, as a `String` was) so that `Obj` stays 32 bytes: the text is an
/// exact-size box — growing it in place is one `realloc`, as CPython's unicode_resize —
/// and only a string with non-ASCII characters carries a count and an index.
#[derive(Clone, Default)]
pub struct PyStr {
    text: Box<str>,
    wide: Option<Box<Wide>>,
}

#[derive(Clone)]
struct Wide {
    /// Length in code points.
    chars: usize,
    /// `marks[k]` is the byte offset of character `k * STRIDE`.
    marks: Vec<usize>,
}

impl PyStr {
    fn new(text: String) -> PyStr {
        let mut s = PyStr { text: text.into_boxed_str(), wide: None };
        s.index_from(0);
        s
    }

    /// A string the caller knows to be all ASCII (pieces of ASCII strings, decimal digits):
    /// nothing to count.
    pub fn ascii(text: String) -> PyStr {
        debug_assert!(text.is_ascii());
        PyStr { text: text.into_boxed_str(), wide: None }
    }

    /// Count and index the characters of `text[from..]` (`from` starts a character).
    fn index_from(&mut self, from: usize) {
        let tail = &self.text[from..];
        if self.wide.is_none() && tail.is_ascii() {
            return;
        }
        // Until now all ASCII: character k is at byte k.
        let wide = self.wide.get_or_insert_with(|| {
            Box::new(Wide { chars: from, marks: (0..from.div_ceil(STRIDE)).map(|k| k * STRIDE).collect() })
        });
        for (b, _) in tail.char_indices() {
            if wide.chars.is_multiple_of(STRIDE) {
                wide.marks.push(from + b);
            }
            wide.chars += 1;
        }
    }

    /// Append in place; only for a string nothing else can see (see `vm::aug_assign`).
    pub fn push_str(&mut self, s: &str) {
        let from = self.text.len();
        let mut text = std::mem::take(&mut self.text).into_string();
        text.reserve_exact(s.len());
        text.push_str(s);
        self.text = text.into_boxed_str();
        self.index_from(from);
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// `len(s)`: the number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        match &self.wide {
            None => self.text.len(),
            Some(w) => w.chars,
        }
    }

    /// Whether every character is ASCII (a byte each).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.wide.is_none()
    }

    /// The byte offset of character `i`, or the text's end for `i >= len`.
    pub fn byte_offset(&self, i: usize) -> usize {
        match &self.wide {
            None => i.min(self.text.len()),
            Some(w) if i >= w.chars => self.text.len(),
            Some(w) => {
                let start = w.marks[i / STRIDE];
                start + self.text[start..].char_indices().nth(i % STRIDE).map_or(self.text.len() - start, |(b, _)| b)
            }
        }
    }

    /// Character `i`, if there is one.
    #[inline]
    pub fn char_at(&self, i: usize) -> Option<char> {
        match &self.wide {
            None => self.text.as_bytes().get(i).map(|&b| b as char),
            Some(w) if i >= w.chars => None,
            Some(_) => self.text[self.byte_offset(i)..].chars().next(),
        }
    }

    /// The text of characters `start..end` (clamped to the string).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.char_len());
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = if self.is_ascii() {
            end
        } else {
            a + self.text[a..].char_indices().nth(end - start).map_or(self.text.len() - a, |(b, _)| b)
        };
        &self.text[a..b]
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.text == other.text
    }
}
impl Eq for PyStr {}

/// Hashes as its text does, so maps keyed by `PyStr` can be searched with a `&str`.
impl Hash for PyStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text.hash(state)
    }
}

impl PartialOrd for PyStr {
    fn partial_cmp(&self, other: &PyStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for PyStr {
    fn cmp(&self, other: &PyStr) -> std::cmp::Ordering {
        self.text.cmp(&other.text)
    }
}

impl Deref for PyStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        &self.text
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr::new(s.to_owned())
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr::new(s)
    }
}

impl AsRef<str> for PyStr {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl std::borrow::Borrow<str> for PyStr {
    fn borrow(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.text, f)
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_match_a_walk() {
        for text in ["", "abc", "é", "aé€😀b", &"xé".repeat(300), &("a".repeat(130) + "€" + &"b".repeat(70))] {
            let s = PyStr::from(text);
            let chars: Vec<char> = text.chars().collect();
            assert_eq!(s.char_len(), chars.len());
            for (i, c) in chars.iter().enumerate() {
                assert_eq!(s.char_at(i), Some(*c));
                assert_eq!(s.byte_offset(i), text.char_indices().nth(i).unwrap().0);
            }
            assert_eq!(s.char_at(chars.len()), None);
            let mid = chars.len() / 3;
            let want: String = chars[mid..chars.len() - mid].iter().collect();
            assert_eq!(s.char_slice(mid, chars.len() - mid), want);
        }
        // Growing in place keeps the count and the index right, across the switch from ASCII.
        let mut s = PyStr::from("a".repeat(100));
        s.push_str("é");
        s.push_str(&"z€".repeat(100));
        let text = s.as_str().to_owned();
        for (i, c) in text.chars().enumerate() {
            assert_eq!(s.char_at(i), Some(c));
        }
        assert_eq!(s.char_len(), text.chars().count());
    }
}
