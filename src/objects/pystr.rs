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

/// 16 bytes, so that a str fits its heap slot. An all-ASCII text (most text) is an
/// exact-size allocation the string points at, with its length (which is also its length
/// in characters) and its cached hash beside the pointer. A text with other characters,
/// or of 4 GiB or more, is kept in a [`WideText`] record, with its count and index; the
/// string then points at the record and its `len` is [`WIDE`].
///
/// The hash is cached in the object, as CPython caches a str's: a dict lookup with a key
/// it has seen reads neither the text nor its cache line. Growing the text in place
/// (see `push_str`) is one `realloc`, as CPython's unicode_resize.
pub struct PyStr {
    /// An ASCII text's bytes (from a `Box<str>` of `len` bytes), or a `Box<WideText>`.
    ptr: NonNull<u8>,
    /// The text's length in bytes, or [`WIDE`].
    len: u32,
    /// The hash (see [`crate::table::hash_bytes`]), or 0 if not yet computed.
    hash: Cell<u32>,
}

/// `PyStr::len` of a string kept in a [`WideText`]. The unit tests make ASCII texts of
/// 200 bytes or more wide too, so that their small strings take the long-text path.
const WIDE: u32 = u32::MAX;
const ASCII_LIMIT: usize = if cfg!(test) { 200 } else { WIDE as usize };

struct WideText {
    text: Box<str>,
    /// Length in code points.
    chars: usize,
    /// `marks[k]` is the byte offset of character `k * STRIDE`.
    marks: Vec<usize>,
}

impl WideText {
    /// The record of `text`, whose first `ascii` bytes are ASCII characters.
    fn new(text: Box<str>, ascii: usize) -> Box<WideText> {
        let marks = (0..ascii.div_ceil(STRIDE)).map(|k| k * STRIDE).collect();
        let mut w = Box::new(WideText { text, chars: ascii, marks });
        w.index_from(ascii);
        w
    }

    /// Count and index the characters of `text[from..]` (`from` starts a character).
    fn index_from(&mut self, from: usize) {
        for (b, _) in self.text[from..].char_indices() {
            if self.chars.is_multiple_of(STRIDE) {
                self.marks.push(from + b);
            }
            self.chars += 1;
        }
    }
}

impl PyStr {
    fn new(text: String) -> PyStr {
        if text.is_ascii() {
            return PyStr::ascii(text);
        }
        PyStr::from_wide(WideText::new(text.into_boxed_str(), 0))
    }

    /// A string the caller knows to be all ASCII (pieces of ASCII strings, decimal digits):
    /// nothing to count.
    pub fn ascii(text: String) -> PyStr {
        debug_assert!(text.is_ascii());
        if text.len() >= ASCII_LIMIT {
            let n = text.len();
            return PyStr::from_wide(WideText::new(text.into_boxed_str(), n));
        }
        let len = text.len() as u32;
        // SAFETY: a Box's pointer is never null.
        let ptr = unsafe { NonNull::new_unchecked(Box::into_raw(text.into_boxed_str()) as *mut u8) };
        PyStr { ptr, len, hash: Cell::new(0) }
    }

    fn from_wide(w: Box<WideText>) -> PyStr {
        // SAFETY: as in `ascii`.
        let ptr = unsafe { NonNull::new_unchecked(Box::into_raw(w) as *mut u8) };
        PyStr { ptr, len: WIDE, hash: Cell::new(0) }
    }

    #[inline(always)]
    fn wide(&self) -> Option<&WideText> {
        // SAFETY: with `len == WIDE`, `ptr` is this string's own `Box<WideText>`.
        (self.len == WIDE).then(|| unsafe { &*(self.ptr.as_ptr() as *const WideText) })
    }

    #[inline(always)]
    fn text(&self) -> &str {
        match self.wide() {
            // SAFETY: `ptr` and `len` are the parts of a `Box<str>` this string owns.
            None => unsafe {
                std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr.as_ptr(), self.len as usize))
            },
            Some(w) => &w.text,
        }
    }

    /// Take this string's storage out, leaving it empty: the ASCII text, or the record.
    fn take(&mut self) -> Result<Box<str>, Box<WideText>> {
        let ptr = std::mem::replace(&mut self.ptr, NonNull::dangling());
        let len = std::mem::replace(&mut self.len, 0);
        self.hash.set(0);
        // SAFETY: the parts of what `ascii` or `from_wide` put in.
        unsafe {
            if len == WIDE {
                Err(Box::from_raw(ptr.as_ptr() as *mut WideText))
            } else {
                Ok(Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr.as_ptr(), len as usize) as *mut str))
            }
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

    /// Append in place; only for a string nothing else can see (see `vm::aug_assign`).
    pub fn push_str(&mut self, s: &str) {
        *self = match self.take() {
            Ok(text) => {
                let from = text.len();
                let mut text = text.into_string();
                text.reserve_exact(s.len());
                text.push_str(s);
                if s.is_ascii() && text.len() < ASCII_LIMIT {
                    PyStr::ascii(text)
                } else {
                    PyStr::from_wide(WideText::new(text.into_boxed_str(), from))
                }
            }
            Err(mut w) => {
                let from = w.text.len();
                let mut text = std::mem::take(&mut w.text).into_string();
                text.reserve_exact(s.len());
                text.push_str(s);
                w.text = text.into_boxed_str();
                w.index_from(from);
                PyStr::from_wide(w)
            }
        };
    }

    pub fn as_str(&self) -> &str {
        self.text()
    }

    /// `len(s)`: the number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        match self.wide() {
            None => self.len as usize,
            Some(w) => w.chars,
        }
    }

    /// Whether every character is ASCII (a byte each) and indexes its bytes directly.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.len != WIDE
    }

    /// The byte offset of character `i`, or the text's end for `i >= len`.
    pub fn byte_offset(&self, i: usize) -> usize {
        match self.wide() {
            None => i.min(self.len as usize),
            Some(w) if i >= w.chars => w.text.len(),
            Some(w) => {
                let start = w.marks[i / STRIDE];
                start + w.text[start..].char_indices().nth(i % STRIDE).map_or(w.text.len() - start, |(b, _)| b)
            }
        }
    }

    /// Character `i`, if there is one.
    #[inline]
    pub fn char_at(&self, i: usize) -> Option<char> {
        match self.wide() {
            None => self.text().as_bytes().get(i).map(|&b| b as char),
            Some(w) if i >= w.chars => None,
            Some(w) => w.text[self.byte_offset(i)..].chars().next(),
        }
    }

    /// The text of characters `start..end` (clamped to the string).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.char_len());
        if start >= end {
            return "";
        }
        let text = self.text();
        let a = self.byte_offset(start);
        let b = if self.is_ascii() {
            end
        } else {
            a + text[a..].char_indices().nth(end - start).map_or(text.len() - a, |(b, _)| b)
        };
        &text[a..b]
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        drop(self.take());
    }
}

impl Default for PyStr {
    fn default() -> PyStr {
        PyStr { ptr: NonNull::dangling(), len: 0, hash: Cell::new(0) }
    }
}

impl Clone for PyStr {
    fn clone(&self) -> PyStr {
        let s = PyStr::new(self.text().to_owned());
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
    fn sixteen_bytes() {
        assert_eq!(std::mem::size_of::<PyStr>(), 16);
    }

    #[test]
    fn long_texts_and_the_cached_hash() {
        // Under test an ASCII text of 200 bytes or more is kept wide, as one of 4 GiB is.
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
