//! `format(value, spec)`: the format-spec mini-language (interim: empty specs only).
use crate::error::{err, ExcKind, PyResult};
use crate::heap::Value;

pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return crate::repr::str(v);
    }
    err(ExcKind::ValueError, format!("Invalid format specifier '{spec}'"))
}
