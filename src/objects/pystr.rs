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

use std::cell::Cell;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::ptr::NonNull;

/// Characters between entries of a non-ASCII string's offset index.
const STRIDE: usize = 64;

/// Kept small (24 bytes) so that `Obj` stays 32 bytes: the text is an exact-size
/// allocation — growing it in place is one `realloc`, as CPython's unicode_resize — whose
/// byte length fits in 32 bits beside the cached hash (a longer text keeps its length in
/// the `Wide` record), and only a string with non-ASCII characters (or a text of 4 GiB
/// or more) carries a count and an index.
///
/// The hash is cached in the object, as CPython caches a str's: a dict lookup with a key
/// it has seen reads neither the text nor its cache line.
pub struct PyStr {
    /// The UTF-8 text: `byte_len()` bytes owned by this string (from a `Box<str>`).
    ptr: NonNull<u8>,
    /// The text's length in bytes, or [`HUGE`] when it is kept in `wide`.
    len: u32,
    /// The hash (see [`crate::table::hash_bytes`]), or 0 if not yet computed.
    hash: Cell<u32>,
    wide: Option<Box<Wide>>,
}

/// `PyStr::len` of a text whose byte length does not fit in 32 bits. The unit tests
/// lower it so that their small strings take the long-text path too.
const HUGE: u32 = if cfg!(test) { 200 } else { u32::MAX };

#[derive(Clone)]
struct Wide {
    /// Length in code points.
    chars: usize,
    /// `marks[k]` is the byte offset of character `k * STRIDE`.
    marks: Vec<usize>,
    /// The text's length in bytes (read only when `PyStr::len` is [`HUGE`]).
    bytes: usize,
}

impl Wide {
    /// The record of a text whose first `prefix` characters are ASCII.
    fn ascii_prefix(prefix: usize) -> Box<Wide> {
        Box::new(Wide { chars: prefix, marks: (0..prefix.div_ceil(STRIDE)).map(|k| k * STRIDE).collect(), bytes: 0 })
    }
}

impl PyStr {
    fn new(text: String) -> PyStr {
        let mut s = PyStr::default();
        s.put_text(text.into_boxed_str(), 0);
        s.index_from(0);
        s
    }

    /// A string the caller knows to be all ASCII (pieces of ASCII strings, decimal digits):
    /// nothing to count.
    pub fn ascii(text: String) -> PyStr {
        debug_assert!(text.is_ascii());
        if text.len() >= HUGE as usize {
            return PyStr::new(text);
        }
        let mut s = PyStr::default();
        s.put_text(text.into_boxed_str(), 0);
        s
    }

    #[inline(always)]
    fn byte_len(&self) -> usize {
        if self.len != HUGE {
            self.len as usize
        } else {
            self.wide.as_ref().map_or(0, |w| w.bytes)
        }
    }

    #[inline(always)]
    fn text(&self) -> &str {
        // SAFETY: `ptr` and `byte_len()` are the parts of a `Box<str>` this string owns.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr.as_ptr(), self.byte_len())) }
    }

    /// Take the text out as the box it was made from, leaving this string empty (its
    /// count and index are kept for the caller to extend).
    fn take_text(&mut self) -> Box<str> {
        let len = self.byte_len();
        let ptr = std::mem::replace(&mut self.ptr, NonNull::dangling());
        self.len = 0;
        // SAFETY: `ptr` and `len` came from `Box::into_raw` of a `Box<str>` (see `put_text`).
        unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr.as_ptr(), len) as *mut str) }
    }

    /// Own `text` (this string's text must have been taken out); its first `ascii`
    /// characters are known to be ASCII (for a text too long for `len`).
    fn put_text(&mut self, text: Box<str>, ascii: usize) {
        let len = text.len();
        // SAFETY: a Box's pointer is never null.
        self.ptr = unsafe { NonNull::new_unchecked(Box::into_raw(text) as *mut u8) };
        self.hash.set(0);
        if len < HUGE as usize {
            self.len = len as u32;
        } else {
            self.len = HUGE;
            self.wide.get_or_insert_with(|| Wide::ascii_prefix(ascii)).bytes = len;
        }
    }

    /// The hash of the text, computed once.
    #[inline]
    pub fn hash_value(&self) -> i64 {
        match self.hash.get() {
            0 => {
                let h = crate::table::hash_bytes(self.text().as_bytes());
                self.hash.set(h as u32);
                h
            }
            h => h as i64,
        }
    }

    /// Count and index the characters of `text[from..]` (`from` starts a character).
    fn index_from(&mut self, from: usize) {
        // SAFETY: the text is not changed or freed while `tail` is read: only `wide` is.
        let tail: &str = unsafe { &*(&self.text()[from..] as *const str) };
        if self.wide.is_none() && tail.is_ascii() {
            return;
        }
        // Until now all ASCII: character k is at byte k.
        let wide = self.wide.get_or_insert_with(|| Wide::ascii_prefix(from));
        for (b, _) in tail.char_indices() {
            if wide.chars.is_multiple_of(STRIDE) {
                wide.marks.push(from + b);
            }
            wide.chars += 1;
        }
    }

    /// Append in place; only for a string nothing else can see (see `vm::aug_assign`).
    pub fn push_str(&mut self, s: &str) {
        let from = self.byte_len();
        let mut text = self.take_text().into_string();
        text.reserve_exact(s.len());
        text.push_str(s);
        self.put_text(text.into_boxed_str(), from);
        self.index_from(from);
    }

    pub fn as_str(&self) -> &str {
        self.text()
    }

    /// `len(s)`: the number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        match &self.wide {
            None => self.len as usize,
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
            None => i.min(self.text().len()),
            Some(w) if i >= w.chars => self.text().len(),
            Some(w) => {
                let start = w.marks[i / STRIDE];
                start
                    + self.text()[start..].char_indices().nth(i % STRIDE).map_or(self.text().len() - start, |(b, _)| b)
            }
        }
    }

    /// Character `i`, if there is one.
    #[inline]
    pub fn char_at(&self, i: usize) -> Option<char> {
        match &self.wide {
            None => self.text().as_bytes().get(i).map(|&b| b as char),
            Some(w) if i >= w.chars => None,
            Some(_) => self.text()[self.byte_offset(i)..].chars().next(),
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
            a + self.text()[a..].char_indices().nth(end - start).map_or(self.text().len() - a, |(b, _)| b)
        };
        &self.text()[a..b]
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        drop(self.take_text());
    }
}

impl Default for PyStr {
    fn default() -> PyStr {
        PyStr { ptr: NonNull::dangling(), len: 0, hash: Cell::new(0), wide: None }
    }
}

impl Clone for PyStr {
    fn clone(&self) -> PyStr {
        let mut s = PyStr::default();
        s.wide = self.wide.clone();
        s.put_text(self.text().into(), 0);
        s.hash.set(self.hash.get());
        s
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.text() == other.text()
    }
}
impl Eq for PyStr {}

/// Hashes as its text does, so maps keyed by `PyStr` can be searched with a `&str`.
impl Hash for PyStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text().hash(state)
    }
}

impl PartialOrd for PyStr {
    fn partial_cmp(&self, other: &PyStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for PyStr {
    fn cmp(&self, other: &PyStr) -> std::cmp::Ordering {
        self.text().cmp(other.text())
    }
}

impl Deref for PyStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.text()
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
        self.text()
    }
}

impl std::borrow::Borrow<str> for PyStr {
    fn borrow(&self) -> &str {
        self.text()
    }
}

impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.text(), f)
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.text(), f)
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

    #[test]
    fn long_texts_and_the_cached_hash() {
        // Under test a text of HUGE (200) bytes or more keeps its length in `Wide`.
        for text in
            ["a".repeat(199), "a".repeat(200), "a".repeat(450), "é".repeat(150), "ab".repeat(90) + &"€".repeat(30)]
        {
            let s = PyStr::from(text.as_str());
            assert_eq!(s.as_str(), text);
            assert_eq!(s.char_len(), text.chars().count());
            assert_eq!(s.is_ascii(), text.is_ascii() && text.len() < 200);
            for (i, c) in text.chars().enumerate().step_by(7) {
                assert_eq!(s.char_at(i), Some(c));
            }
            let t = s.clone();
            assert_eq!(t.as_str(), text);
            assert_eq!(t.hash_value(), crate::table::hash_bytes(text.as_bytes()));
        }
        // Growing across the limit, ASCII and then not: the hash is recomputed each time.
        let mut s = PyStr::from("x".repeat(150));
        let mut text = s.as_str().to_owned();
        for piece in ["y".repeat(60), "é".repeat(40), "z".repeat(300)] {
            let before = s.hash_value();
            s.push_str(&piece);
            text.push_str(&piece);
            assert_eq!(s.as_str(), text);
            assert_eq!(s.char_len(), text.chars().count());
            assert_ne!(s.hash_value(), before);
            assert_eq!(s.hash_value(), crate::table::hash_bytes(text.as_bytes()));
            let last = text.chars().count() - 1;
            assert_eq!(s.char_at(last), text.chars().last());
        }
    }
}
