//! `bytearray`: a mutable sequence of bytes, as CPython's `Objects/bytearrayobject.c`.
//! The buffer keeps CPython's allocation (`ob_alloc`) and logical start (`ob_start`), so
//! `sys.getsizeof` (56 + allocated) follows `PyByteArray_Resize`'s over-allocation and
//! the front deletions that only move the start. It holds no references: nothing to
//! traverse or release. Its mutating methods and item/slice assignment live here; the
//! methods shared with bytes are in `bytes.rs`.

use super::bytes::{byte_value, data, BytesMethod};
use crate::builtins::Args;
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::heap::{alloc, Value};
use crate::object::{type_name, Obj};
use crate::{ops, value};

pub struct ByteArray {
    /// The allocation's bytes in use: `buf[start..start + size]` is the content
    /// (`buf` may hold stale bytes past it, as CPython's buffer does).
    buf: Vec<u8>,
    /// CPython's `ob_start - ob_bytes`.
    start: usize,
    /// CPython's `Py_SIZE`.
    size: usize,
    /// CPython's `ob_alloc` (0 for a bytearray that never held anything).
    pub alloc: usize,
}

const MAX_ALLOC: usize = 1 << 34;

impl ByteArray {
    pub fn data(&self) -> &[u8] {
        &self.buf[self.start..self.start + self.size]
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    /// `PyByteArray_FromStringAndSize`: exact, plus the terminator.
    pub fn exact(b: Vec<u8>) -> ByteArray {
        let alloc = if b.is_empty() { 0 } else { b.len() + 1 };
        let size = b.len();
        ByteArray { buf: b, start: 0, size, alloc }
    }

    /// `PyByteArray_Resize`: CPython's growth rule, and its shrink-in-place rule.
    pub fn resize(&mut self, requested: usize) -> PyResult<()> {
        if requested > MAX_ALLOC {
            return err(ExcKind::MemoryError, "");
        }
        if requested == self.size {
            return Ok(());
        }
        let mut alloc = self.alloc;
        if requested + self.start + 1 <= alloc {
            if requested < alloc / 2 {
                alloc = requested + 1;
            } else {
                self.size = requested;
                if self.buf.len() < self.start + requested {
                    self.buf.resize(self.start + requested, 0);
                }
                return Ok(());
            }
        } else if (requested as f64) <= alloc as f64 * 1.125 {
            alloc = requested + (requested >> 3) + if requested < 9 { 3 } else { 6 };
        } else {
            alloc = requested + 1;
        }
        if self.start > 0 {
            let keep = requested.min(self.size);
            let mut nb = self.buf[self.start..self.start + keep].to_vec();
            nb.resize(requested, 0);
            self.buf = nb;
            self.start = 0;
        } else {
            self.buf.truncate(self.size.min(requested));
            self.buf.resize(requested, 0);
        }
        self.size = requested;
        self.alloc = alloc;
        Ok(())
    }

    /// `bytearray_setslice_linear`: replace `lo..hi` with `new`.
    pub fn set_linear(&mut self, lo: usize, hi: usize, new: &[u8]) -> PyResult<()> {
        let hi = hi.max(lo);
        let size = self.size;
        let old_len = hi - lo;
        if new.len() < old_len {
            let shrink = old_len - new.len();
            if lo == 0 {
                // Shrink by advancing the logical start; the tail stays where it is.
                self.start += shrink;
                self.size -= shrink;
                let s = self.start;
                self.buf[s..s + new.len()].copy_from_slice(new);
                // PyByteArray_Resize sees the old size still.
                self.size = size;
                self.buf.resize(self.buf.len().max(self.start + size), 0);
            } else {
                let s = self.start;
                self.buf.copy_within(s + hi..s + size, s + lo + new.len());
                self.buf[s + lo..s + lo + new.len()].copy_from_slice(new);
            }
            self.resize(size - shrink)
        } else {
            let growth = new.len() - old_len;
            if growth > 0 {
                self.resize(size + growth)?;
                let s = self.start;
                self.buf.copy_within(s + hi..s + size, s + lo + new.len());
            }
            let s = self.start;
            self.buf[s + lo..s + lo + new.len()].copy_from_slice(new);
            Ok(())
        }
    }

    fn data_mut(&mut self) -> &mut [u8] {
        let (s, n) = (self.start, self.size);
        &mut self.buf[s..s + n]
    }
}

pub fn new(b: Vec<u8>) -> Value {
    alloc(Obj::ByteArray(Box::new(ByteArray::exact(b))))
}

fn ba(v: &Value) -> &'static mut ByteArray {
    match v.obj_mut() {
        Obj::ByteArray(b) => b,
        _ => unreachable!("bytearray method on a non-bytearray"),
    }
}

pub fn sizeof(b: &ByteArray) -> usize {
    56 + b.alloc
}

/// `bytearray(b'...')` as CPython's `bytearray_repr` writes it: double quotes when the
/// bytes hold a `'` and no `"`, and a `'` escaped whichever quote is used.
pub fn repr(b: &ByteArray) -> String {
    let d = b.data();
    let mut quote = '\'';
    for &c in d {
        if c == b'"' {
            quote = '\'';
            break;
        } else if c == b'\'' {
            quote = '"';
        }
    }
    let mut out = String::from("bytearray(b");
    out.push(quote);
    for &c in d {
        match c {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

/// Calling `bytearray`.
pub fn call_type(args: Args) -> PyResult<Value> {
    let v = alloc(Obj::ByteArray(Box::new(ByteArray::exact(Vec::new()))));
    if args.is_empty() {
        return Ok(v);
    }
    let from_iter = args.len() == 1
        && data(&args[0]).is_none()
        && ops::as_index(&args[0]).is_none()
        && !matches!(args[0].obj(), crate::object::Obj::Str(_));
    if let Obj::List(items) = args[0].obj() {
        if items.iter().all(|x| matches!(x.obj(), Obj::Int(_))) {
            // A list or tuple of exact ints: sized once, exactly.
            let content = items.iter().map(byte_value).collect::<PyResult<Vec<u8>>>()?;
            let b = ba(&v);
            b.resize(content.len())?;
            b.data_mut().copy_from_slice(&content);
            return Ok(v);
        }
    }
    if let Obj::Tuple(items) = args[0].obj() {
        if items.iter().all(|x| matches!(x.obj(), Obj::Int(_))) {
            let content = items.iter().map(byte_value).collect::<PyResult<Vec<u8>>>()?;
            let b = ba(&v);
            b.resize(content.len())?;
            b.data_mut().copy_from_slice(&content);
            return Ok(v);
        }
    }
    if from_iter {
        // The iterator is run to exhaustion, growing one byte at a time.
        let it = crate::vm::get_iter(&args[0]).map_err(|e| {
            if e.kind == ExcKind::TypeError {
                crate::error::PyErr::new(
                    ExcKind::TypeError,
                    format!("cannot convert '{}' object to bytearray", type_name(&args[0])),
                )
            } else {
                e
            }
        })?;
        while let Some(x) = crate::vm::next(&it)? {
            if ops::as_index(&x).is_none() {
                return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&x)));
            }
            let c = byte_value(&x)?;
            let b = ba(&v);
            let n = b.len();
            if n + 1 < b.alloc {
                b.size += 1;
                let end = b.start + b.size;
                if b.buf.len() < end {
                    b.buf.resize(end, 0);
                }
                b.buf[end - 1] = c;
            } else {
                b.resize(n + 1)?;
                b.data_mut()[n] = c;
            }
        }
        return Ok(v);
    }
    let content = super::bytes::construct(&args, "bytearray")?;
    let b = ba(&v);
    b.resize(content.len())?;
    b.data_mut().copy_from_slice(&content);
    Ok(v)
}

fn index_of(len: usize, v: &Value, what: &str) -> PyResult<Option<usize>> {
    let Some(mut i) = ops::as_index(v) else {
        return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)));
    };
    let _ = what;
    if i < 0 {
        i = i.saturating_add(len as i64);
    }
    Ok(if i < 0 || i >= len as i64 { None } else { Some(i as usize) })
}

/// The content of an argument that must be bytes-like or an iterable of ints.
fn bytes_of(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data(v) {
        return Ok(d.to_vec());
    }
    if let Obj::Str(s) = v.obj() {
        if s.is_empty() {
            return Ok(Vec::new());
        }
        return type_error("'str' object cannot be interpreted as an integer");
    }
    if ops::as_index(v).is_some() || crate::vm::get_iter(v).is_err() {
        return type_error(format!("can't extend bytearray with {}", type_name(v)));
    }
    super::bytes::construct(&[v.dup()], "bytearray")
}

pub fn call_method(m: BytesMethod, this: &Value, mut args: Args) -> PyResult<Value> {
    use BytesMethod::*;
    let one = |args: &Args, what: &str| -> PyResult<()> {
        if args.len() != 1 {
            return type_error(format!("bytearray.{what}() takes exactly one argument ({} given)", args.len()));
        }
        Ok(())
    };
    let none = |args: &Args, what: &str| -> PyResult<()> {
        if !args.is_empty() {
            return type_error(format!("bytearray.{what}() takes no arguments ({} given)", args.len()));
        }
        Ok(())
    };
    match m {
        Append => {
            one(&args, "append")?;
            let c = byte_value(&args[0])?;
            let b = ba(this);
            let n = b.len();
            b.resize(n + 1)?;
            b.data_mut()[n] = c;
            Ok(value::none())
        }
        Extend => {
            one(&args, "extend")?;
            let add = bytes_of(&args[0])?;
            let b = ba(this);
            let n = b.len();
            b.set_linear(n, n, &add)?;
            Ok(value::none())
        }
        Insert => {
            if args.len() != 2 {
                return type_error(format!("insert expected 2 arguments, got {}", args.len()));
            }
            let Some(mut i) = ops::as_index(&args[0]) else {
                return type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&args[0])));
            };
            let c = byte_value(&args[1])?;
            let b = ba(this);
            let n = b.len() as i64;
            if i < 0 {
                i = (i + n).max(0);
            }
            let i = i.min(n) as usize;
            b.resize(n as usize + 1)?;
            let d = b.data_mut();
            d.copy_within(i..n as usize, i + 1);
            d[i] = c;
            Ok(value::none())
        }
        Pop => {
            if args.len() > 1 {
                return type_error(format!("pop expected at most 1 argument, got {}", args.len()));
            }
            let b = ba(this);
            let n = b.len();
            if n == 0 {
                return err(ExcKind::IndexError, "pop from empty bytearray");
            }
            if let Some(Obj::Long(_)) = args.first().map(|a| a.obj()) {
                return err(ExcKind::OverflowError, "Python int too large to convert to C ssize_t");
            }
            let i = match args.first() {
                None => n - 1,
                Some(v) => match index_of(n, v, "pop")? {
                    Some(i) => i,
                    None => return err(ExcKind::IndexError, "pop index out of range"),
                },
            };
            let d = b.data_mut();
            let c = d[i];
            d.copy_within(i + 1..n, i);
            shrink_to(b, n - 1)?;
            Ok(value::int(c as i64))
        }
        Remove => {
            one(&args, "remove")?;
            let c = byte_value(&args[0])?;
            let b = ba(this);
            let n = b.len();
            let Some(i) = b.data().iter().position(|&x| x == c) else {
                return err(ExcKind::ValueError, "value not found in bytearray");
            };
            b.data_mut().copy_within(i + 1..n, i);
            shrink_to(b, n - 1)?;
            Ok(value::none())
        }
        Clear => {
            none(&args, "clear")?;
            shrink_to(ba(this), 0)?;
            Ok(value::none())
        }
        Reverse => {
            none(&args, "reverse")?;
            ba(this).data_mut().reverse();
            Ok(value::none())
        }
        Copy => {
            none(&args, "copy")?;
            Ok(new(ba(this).data().to_vec()))
        }
        _ => {
            args.clear();
            unreachable!("not a bytearray method")
        }
    }
}

/// A `PyByteArray_Resize` down to `n` after the bytes were moved in place.
fn shrink_to(b: &mut ByteArray, n: usize) -> PyResult<()> {
    b.resize(n)
}

/// `b[i] = x`.
pub fn set_item(o: &Value, index: &Value, v: &Value) -> PyResult<()> {
    let b = ba(o);
    let Some(_) = ops::as_index(index) else {
        return type_error(format!("bytearray indices must be integers or slices, not {}", type_name(index)));
    };
    let c = byte_value(v)?;
    match index_of(b.len(), index, "")? {
        Some(i) => {
            b.data_mut()[i] = c;
            Ok(())
        }
        None => err(ExcKind::IndexError, "bytearray index out of range"),
    }
}

/// `del b[i]`.
pub fn del_item(o: &Value, index: &Value) -> PyResult<()> {
    let b = ba(o);
    let Some(_) = ops::as_index(index) else {
        return type_error(format!("bytearray indices must be integers or slices, not {}", type_name(index)));
    };
    match index_of(b.len(), index, "")? {
        Some(i) => b.set_linear(i, i + 1, &[]),
        None => err(ExcKind::IndexError, "bytearray index out of range"),
    }
}

/// `b[a:b:c] = v` with the slice already adjusted.
pub fn set_slice(o: &Value, start: i64, stop: i64, step: i64, n: usize, v: &Value) -> PyResult<()> {
    let new: Vec<u8> = if v.is(o) {
        ba(o).data().to_vec()
    } else if let Some(d) = data(v) {
        d.to_vec()
    } else {
        match v.obj() {
            Obj::Str(_) => return type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"),
            _ if ops::as_index(v).is_some() => {
                return type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            }
            _ => super::bytes::construct(&[v.dup()], "bytearray").map_err(|e| {
                if e.kind == ExcKind::TypeError && crate::vm::get_iter(v).is_err() {
                    crate::error::PyErr::new(
                        ExcKind::TypeError,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)".to_string(),
                    )
                } else {
                    e
                }
            })?,
        }
    };
    let b = ba(o);
    if step == 1 {
        let lo = start as usize;
        let hi = (stop.max(start)) as usize;
        return b.set_linear(lo, hi, &new);
    }
    if new.len() != n {
        return err(
            ExcKind::ValueError,
            format!("attempt to assign bytes of size {} to extended slice of size {n}", new.len()),
        );
    }
    let d = b.data_mut();
    for (k, c) in new.into_iter().enumerate() {
        d[(start + k as i64 * step) as usize] = c;
    }
    Ok(())
}

/// `del b[a:b:c]` with the slice already adjusted.
pub fn del_slice(o: &Value, start: i64, stop: i64, step: i64, n: usize) -> PyResult<()> {
    let b = ba(o);
    if step == 1 {
        return b.set_linear(start as usize, stop.max(start) as usize, &[]);
    }
    let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
    idx.sort_unstable();
    let len = b.len();
    let keep: Vec<u8> =
        b.data().iter().enumerate().filter(|(i, _)| idx.binary_search(i).is_err()).map(|(_, c)| *c).collect();
    b.data_mut()[..keep.len()].copy_from_slice(&keep);
    let _ = len;
    shrink_to(b, keep.len())
}

/// `b += other` (in place) and `b *= n`.
pub fn inplace(op: crate::ast::BinOp, o: &Value, other: &Value) -> Option<PyResult<()>> {
    match op {
        crate::ast::BinOp::Add => {
            let Some(d) = data(other).map(|d| d.to_vec()) else {
                return Some(type_error(format!("can't concat {} to bytearray", type_name(other))));
            };
            let b = ba(o);
            let n = b.len();
            Some(b.resize(n + d.len()).map(|_| b.data_mut()[n..].copy_from_slice(&d)))
        }
        crate::ast::BinOp::Mul => {
            let k = ops::as_index(other)?;
            if let Obj::Long(_) = other.obj() {
                return Some(err(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer"));
            }
            let b = ba(o);
            let content = b.data().to_vec();
            let k = k.max(0) as u64;
            let total = (content.len() as u64).saturating_mul(k);
            if total > MAX_ALLOC as u64 {
                return Some(err(ExcKind::MemoryError, ""));
            }
            Some(b.resize(total as usize).map(|_| {
                let d = b.data_mut();
                for (i, c) in d.iter_mut().enumerate() {
                    *c = content[i % content.len().max(1)];
                }
            }))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_grow_as_cpython_does() {
        // sys.getsizeof(ba) - 56 after each append, from python3.11.
        let mut b = ByteArray::exact(Vec::new());
        let mut allocs = Vec::new();
        for i in 0..20 {
            let n = b.len();
            b.resize(n + 1).ok().unwrap();
            b.data_mut()[n] = i;
            allocs.push(b.alloc);
        }
        assert_eq!(allocs, [2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12, 19, 19, 19, 19, 19, 19, 19, 27, 27]);
    }

    #[test]
    fn front_deletion_moves_the_start() {
        let mut b = ByteArray::exact(b"abcdefghij".to_vec());
        b.set_linear(0, 1, &[]).ok().unwrap();
        assert_eq!((b.data(), b.alloc), (&b"bcdefghij"[..], 11));
        b.set_linear(0, 5, &[]).ok().unwrap();
        assert_eq!((b.data(), b.alloc), (&b"ghij"[..], 5));
    }
}
