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

/// Characters between entries of a non-ASCII string's offset index.
const STRIDE: usize = 64;

/// 16 bytes, so that a str fits its heap slot. An all-ASCII text (most text) of up to
/// eight bytes is kept in the string itself: no allocation at all, as a word or a small
/// number's digits usually are. A longer ASCII text is an exact-size allocation the
/// string points at. Either way its length (which is also its length in characters) and
/// its cached hash sit beside it. A text with other characters, or of 2 GiB or more, is
/// kept in a [`WideText`] record, with its count and index; the string then points at
/// the record and its `len` is [`WIDE`].
///
/// The hash is cached in the object, as CPython caches a str's: a dict lookup with a key
/// it has seen reads neither the text nor its cache line. Growing the text in place
/// (see `push_str`) is one `realloc`, as CPython's unicode_resize.
///
/// A short text lives in the heap slot, which never moves (`src/arena.rs`), so a `&str`
/// borrowed from a string on the heap stays valid as long as the string does, whichever
/// way it is kept.
pub struct PyStr {
    data: Data,
    /// The text's length in bytes, with [`SHORT`] set when it is in `data`; or [`WIDE`].
    len: u32,
    /// The hash (see [`crate::table::hash_bytes`]), or 0 if not yet computed.
    hash: Cell<u32>,
}

#[derive(Clone, Copy)]
union Data {
    /// A longer ASCII text's bytes (from a `Box<str>`), or a `Box<WideText>`.
    ptr: *mut u8,
    /// A short text's bytes.
    bytes: [u8; SHORT_MAX],
}

/// `PyStr::len` of a string kept in a [`WideText`]. The unit tests make ASCII texts of
/// 200 bytes or more wide too, so that their small strings take the long-text path.
const WIDE: u32 = u32::MAX;
/// The bit of `PyStr::len` set on a text kept in the string itself.
const SHORT: u32 = 1 << 31;
const SHORT_MAX: usize = 8;
const ASCII_LIMIT: usize = if cfg!(test) { 200 } else { SHORT as usize };

/// The bytes allocated for a longer ASCII text of `len` bytes: a long one gets room to
/// grow by in-place concatenation (`s += t` on a string nothing else holds, which CPython
/// does with a realloc each time) without moving each time. `sys.getsizeof` counts the
/// text, not the room, as CPython's size is of the text.
#[inline(always)]
fn room(len: usize) -> usize {
    // (The unit tests keep ASCII texts below 200 bytes, so they give room from 64.)
    if len < if cfg!(test) { 64 } else { 256 } {
        len
    } else {
        (len + 127) & !127
    }
}

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
        if text.len() <= SHORT_MAX {
            return PyStr::short(&text);
        }
        if text.len() >= ASCII_LIMIT {
            let n = text.len();
            return PyStr::from_wide(WideText::new(text.into_boxed_str(), n));
        }
        let len = text.len();
        let want = room(len);
        let mut text = text.into_bytes();
        if text.capacity() > want {
            text.shrink_to(want);
        } else if text.capacity() < want {
            text.reserve_exact(want - len);
        }
        debug_assert_eq!(text.capacity(), want);
        let mut text = std::mem::ManuallyDrop::new(text);
        PyStr { data: Data { ptr: text.as_mut_ptr() }, len: len as u32, hash: Cell::new(0) }
    }

    /// A short ASCII text, kept in the string.
    fn short(text: &str) -> PyStr {
        debug_assert!(text.is_ascii() && text.len() <= SHORT_MAX);
        let mut bytes = [0u8; SHORT_MAX];
        bytes[..text.len()].copy_from_slice(text.as_bytes());
        PyStr { data: Data { bytes }, len: SHORT | text.len() as u32, hash: Cell::new(0) }
    }

    /// `a + b` when both are texts kept in their strings and the whole fits in one: the
    /// bytes are put together in a register, not copied through memory.
    #[inline]
    pub fn concat_short(a: &PyStr, b: &PyStr) -> Option<PyStr> {
        if a.len & b.len & SHORT == 0 || a.len == WIDE || b.len == WIDE {
            return None;
        }
        let (la, lb) = ((a.len & !SHORT) as usize, (b.len & !SHORT) as usize);
        if la + lb > SHORT_MAX || la == 0 || lb == 0 {
            return None;
        }
        // SAFETY: both are short, so `bytes` is the active field.
        let (x, y) = unsafe { (u64::from_le_bytes(a.data.bytes), u64::from_le_bytes(b.data.bytes)) };
        // `la < 8` here (both are non-empty): only the bytes of `a`'s text are kept.
        let n = la + lb;
        let mut joined = (x & ((1u64 << (8 * la)) - 1)) | (y << (8 * la));
        if n < SHORT_MAX {
            joined &= (1u64 << (8 * n)) - 1;
        }
        Some(PyStr { data: Data { bytes: joined.to_le_bytes() }, len: SHORT | n as u32, hash: Cell::new(0) })
    }

    /// `lower()` or `upper()` of a non-empty text kept in the string (so ASCII): the eight
    /// bytes change case at once in a register. None for any other text.
    #[inline]
    pub fn short_case(&self, upper: bool) -> Option<PyStr> {
        if self.len & SHORT == 0 || self.len == WIDE || self.len == SHORT {
            return None;
        }
        // SAFETY: a short text, so `bytes` is the active field.
        let x = u64::from_le_bytes(unsafe { self.data.bytes });
        const ONES: u64 = 0x0101_0101_0101_0101;
        let (lo, hi) = if upper { (b'a', b'z') } else { (b'A', b'Z') };
        // Every byte is below 0x80 (the unused ones are 0), so no sum carries into the
        // next byte: bit 7 of a byte of `ge` is set when it is at least `lo`, of `gt`
        // when it is above `hi`.
        let ge = x + ONES * (0x80 - lo) as u64;
        let gt = x + ONES * (0x7f - hi) as u64;
        let cased = ge & !gt & (ONES * 0x80);
        let bytes = (x ^ (cased >> 2)).to_le_bytes();
        Some(PyStr { data: Data { bytes }, len: self.len, hash: Cell::new(0) })
    }

    /// The string of `text`, copied (a short ASCII one without allocating).
    fn copy_of(text: &str) -> PyStr {
        if text.len() <= SHORT_MAX && text.is_ascii() {
            return PyStr::short(text);
        }
        PyStr::new(text.to_owned())
    }

    fn from_wide(w: Box<WideText>) -> PyStr {
        PyStr { data: Data { ptr: Box::into_raw(w) as *mut u8 }, len: WIDE, hash: Cell::new(0) }
    }

    #[inline(always)]
    fn wide(&self) -> Option<&WideText> {
        // SAFETY: with `len == WIDE`, `ptr` is this string's own `Box<WideText>`.
        (self.len == WIDE).then(|| unsafe { &*(self.data.ptr as *const WideText) })
    }

    #[inline(always)]
    fn text(&self) -> &str {
        // SAFETY: the bytes are this string's own ASCII (so UTF-8) text: in `data` for a
        // short one, else the `Box<str>` of `len` bytes it points at.
        unsafe {
            if self.len & SHORT != 0 && self.len != WIDE {
                let n = (self.len & !SHORT) as usize;
                return std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.data.bytes.as_ptr(), n));
            }
            match self.wide() {
                None => std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.data.ptr, self.len as usize)),
                Some(w) => &w.text,
            }
        }
    }

    /// Free what this string owns and leave it empty (short).
    fn clear(&mut self) {
        let len = std::mem::replace(&mut self.len, SHORT);
        self.hash.set(0);
        // SAFETY: the parts of what `ascii` or `from_wide` put in, freed once.
        unsafe {
            if len == WIDE {
                drop(Box::from_raw(self.data.ptr as *mut WideText));
            } else if len & SHORT == 0 {
                drop(Vec::from_raw_parts(self.data.ptr, len as usize, room(len as usize)));
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
        let grown = if self.len == WIDE {
            // SAFETY: as in `wide`; the record is taken over and `self` forgets it.
            let mut w = unsafe { Box::from_raw(self.data.ptr as *mut WideText) };
            self.len = SHORT;
            let from = w.text.len();
            let mut text = std::mem::take(&mut w.text).into_string();
            text.reserve_exact(s.len());
            text.push_str(s);
            w.text = text.into_boxed_str();
            w.index_from(from);
            PyStr::from_wide(w)
        } else {
            let from = self.text().len();
            let to = from + s.len();
            if self.len & SHORT == 0 && s.is_ascii() && to <= room(from) && to < ASCII_LIMIT {
                // Within the room the text already has (then `room(to) == room(from)`).
                // SAFETY: `room(from)` bytes at `ptr` are this string's own; the new ones
                // are ASCII.
                unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), self.data.ptr.add(from), s.len()) };
                self.len = to as u32;
                self.hash.set(0);
                return;
            }
            let mut text = if self.len & SHORT != 0 {
                self.text().to_owned()
            } else {
                // SAFETY: as in `clear`; the buffer is taken over and `self` forgets it.
                let b = unsafe { Vec::from_raw_parts(self.data.ptr, from, room(from)) };
                self.len = SHORT;
                unsafe { String::from_utf8_unchecked(b) }
            };
            text.reserve_exact(room(to) - from);
            text.push_str(s);
            if s.is_ascii() && text.len() < ASCII_LIMIT {
                PyStr::ascii(text)
            } else {
                PyStr::from_wide(WideText::new(text.into_boxed_str(), from))
            }
        };
        *self = grown;
    }

    pub fn as_str(&self) -> &str {
        self.text()
    }

    /// `len(s)`: the number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        match self.wide() {
            None => (self.len & !SHORT) as usize,
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
            None => i.min((self.len & !SHORT) as usize),
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
        self.clear();
    }
}

impl Default for PyStr {
    fn default() -> PyStr {
        PyStr::short("")
    }
}

impl Clone for PyStr {
    fn clone(&self) -> PyStr {
        let s = PyStr::copy_of(self.text());
        s.hash.set(self.hash.get());
        s
    }
}

impl PartialEq for PyStr {
    #[inline]
    fn eq(&self, other: &PyStr) -> bool {
        if self.len & other.len & SHORT != 0 && self.len != WIDE && other.len != WIDE {
            // Two texts kept in their strings: one compare of the bytes in a register.
            let n = (self.len & !SHORT) as usize;
            let mask = if n >= SHORT_MAX { u64::MAX } else { (1u64 << (8 * n)) - 1 };
            // SAFETY: both are short, so `bytes` is the active field.
            let (x, y) = unsafe { (u64::from_le_bytes(self.data.bytes), u64::from_le_bytes(other.data.bytes)) };
            return self.len == other.len && (x ^ y) & mask == 0;
        }
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
        PyStr::copy_of(s)
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
    fn appending_in_place_keeps_text_and_hash() {
        for step in 1..=9 {
            let mut model = "q".repeat(60);
            let mut s = PyStr::from(model.as_str());
            let mut k = 0;
            while model.len() < 400 {
                k += 1;
                let piece: String = if k % 37 == 0 { "é".into() } else { "abcdefghi"[..step].into() };
                assert_eq!(s.hash_value(), PyStr::from(model.as_str()).hash_value());
                s.push_str(&piece);
                model.push_str(&piece);
                assert_eq!(s.as_str(), model);
                assert_eq!(s.char_len(), model.chars().count());
                assert_eq!(s.hash_value(), PyStr::from(model.as_str()).hash_value());
            }
        }
    }

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
    fn short_texts_grow_out_of_the_string() {
        let mut s = PyStr::from("");
        let mut text = String::new();
        for piece in ["ab", "cdef", "gh", "i", "jklmnop", "é", "q"] {
            let before = s.hash_value();
            s.push_str(piece);
            text.push_str(piece);
            assert_eq!(s.as_str(), text);
            assert_eq!(s.char_len(), text.chars().count());
            assert_eq!(s.is_ascii(), text.is_ascii());
            assert_ne!(s.hash_value(), before);
            let t = s.clone();
            assert_eq!((t.as_str(), t.hash_value()), (text.as_str(), crate::table::hash_bytes(text.as_bytes())));
        }
        for text in ["", "a", "abcdefgh", "abcdefghi"] {
            let s = PyStr::from(text);
            assert_eq!((s.as_str(), s.char_len()), (text, text.len()));
            assert_eq!(s.char_slice(1, 4), text.get(1..4.min(text.len())).unwrap_or(""));
        }
    }

    #[test]
    fn short_texts_concatenate_in_place() {
        let texts = ["", "a", "bc", "def", "ghij", "klmnopq", "rstuvwxy", "zzzzzzzzz", "é"];
        for x in texts {
            for y in texts {
                let (a, b) = (PyStr::from(x), PyStr::from(y));
                let both_short = x.is_ascii() && y.is_ascii() && !x.is_empty() && !y.is_empty();
                match PyStr::concat_short(&a, &b) {
                    Some(s) => {
                        assert!(both_short && x.len() + y.len() <= 8, "{x:?} + {y:?}");
                        let whole = format!("{x}{y}");
                        assert_eq!((s.as_str(), s.hash_value()), (whole.as_str(), PyStr::from(&*whole).hash_value()));
                        assert_eq!(s, PyStr::from(&*whole));
                    }
                    None => assert!(!both_short || x.len() + y.len() > 8, "{x:?} + {y:?}"),
                }
            }
        }
    }

    #[test]
    fn texts_are_equal_exactly_when_their_text_is() {
        let texts = ["", "a", "b", "ab", "ba", "abcdefg", "abcdefgh", "abcdefgi", "abcdefghi", "é", "\0", "\0\0"];
        let mut made: Vec<(String, PyStr)> = texts.iter().map(|t| (t.to_string(), PyStr::from(*t))).collect();
        // A string emptied in place keeps stale bytes beside its zero length.
        let mut emptied = PyStr::from("stale");
        emptied.clear();
        made.push((String::new(), emptied));
        for (x, a) in &made {
            for (y, b) in &made {
                assert_eq!(a == b, x == y, "{x:?} == {y:?}");
            }
        }
    }

    #[test]
    fn short_texts_change_case_in_place() {
        // Every ASCII byte at every position of texts of every short length.
        for len in 1..=8usize {
            for b in 0u8..128 {
                for at in 0..len {
                    let mut text = vec![b'm'; len];
                    text[at] = b;
                    text[len - 1 - at] = b'Q';
                    let x = String::from_utf8(text).unwrap();
                    let s = PyStr::from(x.as_str());
                    for upper in [false, true] {
                        let want = if upper { x.to_ascii_uppercase() } else { x.to_ascii_lowercase() };
                        let got = s.short_case(upper).expect("a short text");
                        assert_eq!((got.as_str(), got.hash_value()), (want.as_str(), PyStr::from(&*want).hash_value()));
                        assert_eq!(got, PyStr::from(&*want));
                    }
                }
            }
        }
        for x in ["", "ninechars", "é"] {
            assert!(PyStr::from(x).short_case(false).is_none(), "{x:?}");
        }
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
