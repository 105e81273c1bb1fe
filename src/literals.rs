//! Literal tokens → values: integers in every base, floats, and string escapes.

use num_bigint::BigInt;
use num_traits::Num;

pub fn parse_int(text: &str) -> BigInt {
    let (digits, radix) = match text.get(..2).map(|p| p.to_ascii_lowercase()) {
        Some(p) if p == "0x" => (&text[2..], 16),
        Some(p) if p == "0o" => (&text[2..], 8),
        Some(p) if p == "0b" => (&text[2..], 2),
        _ => (text, 10),
    };
    BigInt::from_str_radix(digits, radix).unwrap_or_default()
}

pub fn parse_float(text: &str) -> f64 {
    text.parse().unwrap_or(f64::INFINITY)
}

/// Decode a string token, quotes and prefix included.
pub fn parse_string(token: &str) -> String {
    let raw = token.starts_with(['r', 'R']);
    let body = token.trim_start_matches(['r', 'R', 'u', 'U']);
    let q = if body.starts_with("'''") || body.starts_with("\"\"\"") { 3 } else { 1 };
    let inner = &body[q..body.len() - q];
    if raw {
        return inner.to_string();
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap();
                for _ in 0..2 {
                    match chars.peek().and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.extend(char::from_u32(v));
            }
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = (0..n).filter_map(|_| chars.next()).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        out.push('\\');
                        out.push(e);
                        out.push_str(&hex);
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}
