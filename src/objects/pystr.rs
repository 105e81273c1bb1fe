//! The text a `str` object holds. A string that only one name holds can grow in place
//! (`s += t` appends to it, as CPython's unicode_concatenate resizes it), so it owns a
//! growable buffer rather than a shared immutable one.

use std::fmt;
use std::ops::Deref;

#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyStr(String);

impl PyStr {
    /// Append in place; only for a string nothing else can see (see `vm::aug_assign`).
    pub fn push_str(&mut self, s: &str) {
        self.0.push_str(s);
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for PyStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        PyStr(s.to_owned())
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> PyStr {
        PyStr(s)
    }
}

impl AsRef<str> for PyStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for PyStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}
