//! `sys.stdout` and `sys.stderr`: CPython's `_io.TextIOWrapper` objects for the process's
//! output streams — `write(s)` (returning the number of characters), `flush()`,
//! `writable()`, `readable()`, and `name`, `mode`, `encoding`. They hold no references.
use crate::builtins::{Args, BuiltinFn};
use crate::error::{type_error, PyResult};
use crate::heap::Value;
use crate::intern::{name, Sym};
use crate::object::{type_name, Obj};
use crate::value;

/// Which stream: 1 is stdout, 2 stderr (their file descriptors).
pub const STDOUT: u8 = 1;
pub const STDERR: u8 = 2;

/// `sys.stdout.__sizeof__()` (getsizeof adds the collector's 16-byte header: 208).
pub const SIZE: usize = 192;

fn which(v: &Value) -> u8 {
    match v.obj() {
        Obj::StdStream(fd) => *fd,
        _ => STDOUT,
    }
}

fn stream_name(fd: u8) -> &'static str {
    if fd == STDERR {
        "<stderr>"
    } else {
        "<stdout>"
    }
}

pub fn repr(v: &Value) -> String {
    format!("<_io.TextIOWrapper name='{}' mode='w' encoding='utf-8'>", stream_name(which(v)))
}

/// The stream's methods and data attributes.
pub fn getattr(v: &Value, n: Sym) -> Option<Value> {
    let text = name(n);
    let method = match &*text {
        "write" => 0,
        "flush" => 1,
        "writable" => 2,
        "readable" => 3,
        "name" => return Some(value::str_(stream_name(which(v)))),
        "mode" => return Some(value::str_("w")),
        "encoding" => return Some(value::str_("utf-8")),
        _ => return None,
    };
    Some(crate::heap::alloc(Obj::BoundBuiltin(Box::new((BuiltinFn::Stream(method), v.dup())))))
}

pub fn method_name(m: u8) -> &'static str {
    ["write", "flush", "writable", "readable"].get(m as usize).copied().unwrap_or("write")
}

/// Write text to the stream.
pub fn emit(fd: u8, s: &str) {
    if fd == STDERR {
        crate::io::err(s);
    } else {
        crate::io::out(s);
    }
}

pub fn call_method(m: u8, this: &Value, args: Args) -> PyResult<Value> {
    let fd = which(this);
    let want = if m == 0 { 1 } else { 0 };
    if args.len() != want {
        return type_error(if want == 1 {
            format!("TextIOWrapper.{}() takes exactly one argument ({} given)", method_name(m), args.len())
        } else {
            format!("TextIOWrapper.{}() takes no arguments ({} given)", method_name(m), args.len())
        });
    }
    match m {
        0 => {
            let Obj::Str(s) = args[0].obj() else {
                return type_error(format!("write() argument must be str, not {}", type_name(&args[0])));
            };
            emit(fd, s);
            Ok(value::int(s.chars().count() as i64))
        }
        1 => {
            if fd == STDOUT {
                crate::io::flush();
            }
            Ok(value::none())
        }
        2 => Ok(value::bool_(true)),
        _ => Ok(value::bool_(false)),
    }
}
