//! Literal tokens → values: integers in every base, floats, and string escapes.

use crate::ast::{ExprKind, FPart, Literal};
use crate::lexer::LexErrorKind;
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
pub fn parse_string(token: &str) -> Result<String, String> {
    let (prefix, inner) = split_token(token);
    if prefix.contains(['r', 'R']) {
        return Ok(inner.to_string());
    }
    decode_escapes(inner)
}

/// A string token's prefix letters and the text between its quotes.
fn split_token(token: &str) -> (&str, &str) {
    let body = token.trim_start_matches(['r', 'R', 'u', 'U', 'f', 'F', 'b', 'B']);
    let prefix = &token[..token.len() - body.len()];
    let q = if body.starts_with("'''") || body.starts_with("\"\"\"") { 3 } else { 1 };
    (prefix, &body[q..body.len() - q])
}

/// The string atom of one or more adjacent string tokens (`'a' "b"`, f-strings among them).
pub fn string_atom(tokens: Vec<(usize, String)>) -> Result<ExprKind, (LexErrorKind, usize)> {
    let is_bytes = |t: &str| split_token(t).0.contains(['b', 'B']);
    if tokens.iter().any(|(_, t)| is_bytes(t)) {
        if !tokens.iter().all(|(_, t)| is_bytes(t)) {
            let (at, t) = tokens.last().unwrap();
            return Err((LexErrorKind::Message("cannot mix bytes and nonbytes literals".into(), 1), at + t.len()));
        }
        let mut out = Vec::new();
        for (at, t) in &tokens {
            if !t.is_ascii() {
                let msg = "bytes can only contain ASCII literal characters".to_string();
                return Err((LexErrorKind::Message(msg, t.len()), *at));
            }
            let (prefix, inner) = split_token(t);
            if prefix.contains(['r', 'R']) {
                out.extend_from_slice(inner.as_bytes());
            } else {
                let end = at + t.len();
                out.extend(decode_bytes_escapes(inner).map_err(|m| (LexErrorKind::Message(m, 1), end))?);
            }
        }
        return Ok(ExprKind::Literal(Literal::Bytes(out)));
    }
    if !tokens.iter().any(|(_, t)| split_token(t).0.contains(['f', 'F'])) {
        let mut text = String::new();
        for (at, t) in &tokens {
            text.push_str(&parse_string(t).map_err(|m| (LexErrorKind::Message(m, 1), at + t.len()))?);
        }
        return Ok(ExprKind::Literal(Literal::Str(text)));
    }
    let mut parts: Vec<FPart> = Vec::new();
    for (at, t) in &tokens {
        let (prefix, inner) = split_token(t);
        let quotes = (t.len() - prefix.len() - inner.len()) / 2;
        let body_at = at + prefix.len() + quotes;
        if prefix.contains(['f', 'F']) {
            let raw = prefix.contains(['r', 'R']);
            // CPython 3.11 reports an f-string's errors just after its closing quote.
            let end = at + t.len();
            parts.extend(fstring_parts(inner, body_at, raw).map_err(|(k, _)| (k, end))?);
        } else {
            parts.push(FPart::Lit(parse_string(t).map_err(|m| (LexErrorKind::Message(m, 1), at + t.len()))?));
        }
    }
    // Merge neighbouring literal pieces.
    let mut merged: Vec<FPart> = Vec::new();
    for p in parts {
        match (merged.last_mut(), p) {
            (Some(FPart::Lit(a)), FPart::Lit(b)) => a.push_str(&b),
            (_, p) => merged.push(p),
        }
    }
    Ok(ExprKind::FString(merged))
}

fn fstring_error_plain(msg: &str, at: usize) -> (LexErrorKind, usize) {
    (LexErrorKind::Message(msg.to_string(), 1), at)
}

fn fstring_error(msg: &str, at: usize) -> (LexErrorKind, usize) {
    (LexErrorKind::Message(format!("f-string: {msg}"), 1), at)
}

/// Split an f-string's body (the text between its quotes, starting at byte `at` of the
/// source) into literal text and replacement fields.
fn fstring_parts(body: &str, at: usize, raw: bool) -> Result<Vec<FPart>, (LexErrorKind, usize)> {
    let b = body.as_bytes();
    let mut parts = Vec::new();
    let mut lit = String::new();
    let flush = |lit: &mut String, parts: &mut Vec<FPart>| -> Result<(), (LexErrorKind, usize)> {
        if !lit.is_empty() {
            let text =
                if raw { lit.clone() } else { decode_escapes(lit).map_err(|m| (LexErrorKind::Message(m, 1), at))? };
            parts.push(FPart::Lit(text));
            lit.clear();
        }
        Ok(())
    };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'{' && b.get(i + 1) == Some(&b'{') {
            lit.push('{');
            i += 2;
        } else if c == b'}' && b.get(i + 1) == Some(&b'}') {
            lit.push('}');
            i += 2;
        } else if c == b'}' {
            return Err(fstring_error("single '}' is not allowed", at + i));
        } else if c == b'{' {
            flush(&mut lit, &mut parts)?;
            let (field, next) = fstring_field(body, i + 1, at)?;
            parts.push(field);
            i = next;
        } else {
            let ch = body[i..].chars().next().unwrap();
            lit.push(ch);
            i += ch.len_utf8();
        }
    }
    flush(&mut lit, &mut parts)?;
    Ok(parts)
}

/// One `{...}` field starting after its `{` at byte `start`; returns it and the index after `}`.
fn fstring_field(body: &str, start: usize, at: usize) -> Result<(FPart, usize), (LexErrorKind, usize)> {
    let b = body.as_bytes();
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut i = start;
    // The expression ends at a top-level '!', ':', '=' (not part of an operator) or '}'.
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
        } else {
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' if depth > 0 => depth -= 1,
                b'}' | b':' if depth == 0 => break,
                b'!' if depth == 0 && b.get(i + 1) != Some(&b'=') => break,
                b'=' if depth == 0
                    && b.get(i + 1) != Some(&b'=')
                    && !matches!(b.get(i.wrapping_sub(1)), Some(b'=' | b'!' | b'<' | b'>')) =>
                {
                    break
                }
                _ => {}
            }
        }
        i += 1;
    }
    let expr_text = &body[start..i];
    if expr_text.contains('\\') {
        return Err(fstring_error_plain("f-string expression part cannot include a backslash", at + start));
    }
    if expr_text.trim().is_empty() {
        return Err(fstring_error("empty expression not allowed", at + start));
    }
    if i >= b.len() {
        return Err(fstring_error("expecting '}'", at + start));
    }
    let expr = crate::parser::parse_expr_at(expr_text, at + start)
        .ok_or_else(|| fstring_error("invalid syntax", at + start))?;
    let mut debug = None;
    if b[i] == b'=' {
        i += 1;
        let ws_end = i + body[i..].len() - body[i..].trim_start().len();
        debug = Some(body[start..ws_end].to_string());
        i = ws_end;
    }
    let mut conv = None;
    if i < b.len() && b[i] == b'!' {
        match b.get(i + 1) {
            Some(c @ (b's' | b'r' | b'a')) => conv = Some(*c as char),
            _ => return Err(fstring_error("invalid conversion character: expected 's', 'r', or 'a'", at + i)),
        }
        i += 2;
    }
    let mut spec = Vec::new();
    if i < b.len() && b[i] == b':' {
        // The spec runs to the matching '}', and may hold nested fields.
        let spec_start = i + 1;
        let mut j = spec_start;
        let mut d = 0usize;
        while j < b.len() {
            match b[j] {
                b'{' => d += 1,
                b'}' if d == 0 => break,
                b'}' => d -= 1,
                _ => {}
            }
            j += 1;
        }
        spec = fstring_parts(&body[spec_start..j], at + spec_start, true)?;
        i = j;
    }
    if i >= b.len() || b[i] != b'}' {
        return Err(fstring_error("expecting '}'", at + i.min(b.len().saturating_sub(1))));
    }
    if debug.is_some() && conv.is_none() && spec.is_empty() {
        conv = Some('r');
    }
    Ok((FPart::Field { expr: Box::new(expr), conv, spec, debug }, i + 1))
}

/// Process backslash escapes in a non-raw string's text. A bad escape is CPython's
/// "(unicode error) 'unicodeescape' codec can't decode bytes in position A-B: why", its
/// positions counted as the codec sees the text: bytes, each non-ASCII character already
/// turned into a ten-byte `\U` escape.
pub fn decode_escapes(inner: &str) -> Result<String, String> {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    // The codec's position of the next character.
    let mut pos = 0usize;
    let width = |c: char| if c.is_ascii() { 1 } else { 10 };
    let fail = |start: usize, end: usize, why: &str| {
        Err(format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {why}"))
    };
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            pos += width(c);
            continue;
        }
        let start = pos;
        pos += 1;
        let Some(e) = chars.next() else {
            // A lone backslash at the very end: CPython's "\ at end of string".
            return fail(start, start, "\\ at end of string");
        };
        pos += width(e);
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
                            pos += 1;
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
                let (n, why) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v = 0u32;
                for _ in 0..n {
                    match chars.peek().and_then(|c| c.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            chars.next();
                            pos += 1;
                        }
                        None => return fail(start, pos - 1, why),
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // A lone surrogate: minipy's strings are UTF-8 and cannot hold one.
                    None if v < 0x110000 => out.push('\u{FFFD}'),
                    None => return fail(start, pos - 1, "illegal Unicode character"),
                }
            }
            'N' => {
                let malformed = "malformed \\N character escape";
                if chars.peek() != Some(&'{') {
                    return fail(start, pos - 1, malformed);
                }
                chars.next();
                pos += 1;
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') if name.is_empty() => return fail(start, pos - 1, malformed),
                        Some('}') => {
                            pos += 1;
                            break;
                        }
                        Some(c) => {
                            name.push(c);
                            pos += width(c);
                        }
                        None => return fail(start, pos - 1, malformed),
                    }
                }
                match unicode_names2::character(&name.to_ascii_uppercase()) {
                    Some(ch) => out.push(ch),
                    None => return fail(start, pos - 1, "unknown Unicode character name"),
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Process backslash escapes in a bytes literal's (ASCII) text.
pub fn decode_bytes_escapes(inner: &str) -> Result<Vec<u8>, String> {
    let b = inner.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let hex = |k: usize| b.get(k).and_then(|c| (*c as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => return Err(format!("(value error) invalid \\x escape at position {}", i - 2)),
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
