//! Source text → tokens.
//!
//! A logos scanner produces raw tokens; [`Lexer`] wraps it with an indentation stack,
//! a bracket-depth counter and a queue of pending tokens, yielding `(start, Tok, end)`
//! triples for the LALRPOP parser, with NEWLINE, INDENT and DEDENT as Python defines them.

use logos::Logos;
use std::collections::VecDeque;

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"#[^\n]*")]
#[logos(skip r"\\\r?\n")]
pub enum Tok {
    #[regex(r"\r?\n")]
    Newline,
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*", |l| l.slice().to_string(), priority = 1)]
    Name(String),
    #[regex(r"[0-9][0-9_]*|0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+", |l| l.slice().replace('_', ""))]
    Int(String),
    #[regex(r"([0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)([eE][+-]?[0-9]+)?|[0-9][0-9_]*[eE][+-]?[0-9]+", |l| l.slice().replace('_', ""))]
    Float(String),
    #[regex(r#"(?:[rR][fFbB]?|[fFbB][rR]?|[uU])?'([^'\\\n]|\\(.|\n))*'"#, |l| l.slice().to_string())]
    #[regex(r#"(?:[rR][fFbB]?|[fFbB][rR]?|[uU])?"([^"\\\n]|\\(.|\n))*""#, |l| l.slice().to_string())]
    #[regex(r#"(?:[rR][fFbB]?|[fFbB][rR]?|[uU])?'''([^'\\]|\\(.|\n)|'[^']|''[^'])*'''"#, |l| l.slice().to_string())]
    #[regex(r#"(?:[rR][fFbB]?|[fFbB][rR]?|[uU])?"""([^"\\]|\\(.|\n)|"[^"]|""[^"])*""""#, |l| l.slice().to_string())]
    Str(String),
    /// An opening quote whose string never closes on its line (or in the input).
    #[regex(r#"(?:[rR][fFbB]?|[fFbB][rR]?|[uU])?['"]"#, priority = 0)]
    #[regex(r#"(?:[rR][fFbB]?|[fFbB][rR]?|[uU])?('''|""")"#, priority = 0)]
    OpenQuote,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("**")]
    DoubleStar,
    #[token("@")]
    At,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("=")]
    Equal,
    #[token("->")]
    RArrow,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("|=")]
    VBarEqual,
    #[token("&=")]
    AmperEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("@=")]
    AtEqual,

    // Produced by the indentation layer, never by the scanner.
    Indent,
    Dedent,
}

/// What went wrong while tokenizing; mapped to a SyntaxError by `syntax_error.rs`.
#[derive(Debug, Clone, PartialEq)]
pub enum LexErrorKind {
    /// A character no token starts with.
    BadChar,
    /// A string literal with no closing quote.
    UnterminatedString,
    /// A triple-quoted string with no closing quotes (more input may close it).
    UnterminatedTriple,
    /// A dedent to a column that matches no outer indentation level.
    BadDedent,
    /// An indent where none is expected is the parser's business; this is an indented first line.
    UnexpectedIndent,
    /// A closing bracket that matches nothing.
    UnmatchedClose(char),
    /// A parameter without a default after one with (the name's length).
    NonDefaultAfterDefault(usize),
    /// Any other SyntaxError the grammar's actions find: the message and the length marked.
    Message(String, usize),
    /// A closing bracket of the wrong kind: (closing, opening, opening's offset).
    MismatchedClose(char, char, usize),
    /// A block indented past the hundredth level.
    TooDeep,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    pub kind: LexErrorKind,
    pub offset: usize,
}

/// A non-ASCII name as CPython's tokenizer and parser take it: each character must be
/// able to start (the first) or continue an identifier (Unicode's XID properties), else
/// the error names the first that cannot, at its byte offset; the name is then
/// NFKC-normalized (`ℌ` is `H`).
fn identifier(n: &str) -> Result<String, (usize, String)> {
    for (i, c) in n.char_indices() {
        let ok = if i == 0 { c == '_' || unicode_ident::is_xid_start(c) } else { unicode_ident::is_xid_continue(c) };
        if !ok {
            let msg = if crate::repr::is_printable(c) {
                format!("invalid character '{c}' (U+{:04X})", c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            return Err((i, msg));
        }
    }
    use unicode_normalization::UnicodeNormalization;
    Ok(n.nfkc().collect())
}

thread_local! {
    /// SyntaxWarnings found while lexing: (offset, message), the offset relative to the
    /// token that `Lexer::scan` rebases it on.
    static WARNINGS: std::cell::RefCell<Vec<(usize, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The SyntaxWarnings lexing found since the last call, as (byte offset, message).
pub fn take_warnings() -> Vec<(usize, String)> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

/// What may follow a number (CPython's verify_end_of_number): not a letter, digit or
/// `_`, unless a keyword starts there (`1if x else 2`). The error points at the
/// number's last character.
fn number_end(number: &str, rest: &str) -> Option<(String, usize)> {
    let next = rest.chars().next()?;
    let b = number.as_bytes();
    let radix = match (b.first(), b.get(1)) {
        (Some(b'0'), Some(b'x' | b'X')) => "hexadecimal",
        (Some(b'0'), Some(b'o' | b'O')) => "octal",
        (Some(b'0'), Some(b'b' | b'B')) => "binary",
        _ => "decimal",
    };
    // `0x` with no digit lexes as `0` then a name.
    if number == "0" && matches!(next, 'x' | 'X' | 'o' | 'O' | 'b' | 'B') {
        let radix = match next.to_ascii_lowercase() {
            'x' => "hexadecimal",
            'o' => "octal",
            _ => "binary",
        };
        return match rest[1..].chars().next() {
            Some(d) if d.is_ascii_digit() && radix != "hexadecimal" => {
                Some((format!("invalid digit '{d}' in {radix} literal"), 2))
            }
            _ => Some((format!("invalid {radix} literal"), 1)),
        };
    }
    if next.is_ascii_digit() && matches!(radix, "octal" | "binary") {
        return Some((format!("invalid digit '{next}' in {radix} literal"), number.len()));
    }
    let word = next == '_' || next.is_alphanumeric() || (!next.is_ascii() && unicode_ident::is_xid_continue(next));
    if !word {
        return None;
    }
    // CPython accepts a keyword glued to a number with a SyntaxWarning; it looks only at
    // the keyword's letters, so `1ifx` goes on as `1` then the name `ifx`.
    const KEYWORDS: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];
    if KEYWORDS.iter().any(|k| rest.starts_with(k)) {
        WARNINGS.with(|w| w.borrow_mut().push((number.len(), format!("invalid {radix} literal"))));
        return None;
    }
    Some((format!("invalid {radix} literal"), number.len() - 1))
}

/// CPython's complaints about a number's spelling: leading zeros, misplaced underscores.
fn bad_number(text: &str) -> Option<(&'static str, usize)> {
    let b = text.as_bytes();
    let decimal = !(text.len() > 1 && b[0] == b'0' && matches!(b[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B'));
    for (i, w) in b.windows(2).enumerate() {
        if w == b"__" {
            return Some(("invalid decimal literal", i));
        }
    }
    if b.last() == Some(&b'_') {
        return Some(("invalid decimal literal", b.len() - 1));
    }
    if decimal
        && b.len() > 1
        && b[0] == b'0'
        && b.iter().all(|c| c.is_ascii_digit() || *c == b'_')
        && b.iter().any(|c| (b'1'..=b'9').contains(c))
    {
        return Some((
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            0,
        ));
    }
    None
}

pub type Spanned = Result<(usize, Tok, usize), LexError>;

pub struct Lexer<'a> {
    src: &'a str,
    inner: logos::Lexer<'a, Tok>,
    pending: VecDeque<Spanned>,
    indents: Vec<usize>,
    depth: usize,
    /// Open brackets, for "'(' was never closed".
    open: Vec<(char, usize)>,
    at_line_start: bool,
    last_newline: bool,
    done: bool,
    /// True once any token other than NEWLINE was produced.
    pub saw_token: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        Lexer {
            src,
            inner: Tok::lexer(src),
            pending: VecDeque::new(),
            indents: vec![0],
            depth: 0,
            open: Vec::new(),
            at_line_start: true,
            last_newline: true,
            done: false,
            saw_token: false,
        }
    }

    /// Brackets still open at the end of the input (the innermost last).
    pub fn open_brackets(&self) -> &[(char, usize)] {
        &self.open
    }

    /// Measure the indentation of the logical line starting at `pos`; `None` for blank and
    /// comment-only lines, which do not count.
    fn indentation_at(&self, pos: usize) -> Option<(usize, usize)> {
        let rest = &self.src[pos..];
        let mut col = 0;
        let mut len = 0;
        for c in rest.chars() {
            match c {
                ' ' => col += 1,
                '\t' => col = (col / 8 + 1) * 8,
                '\x0c' => col = 0,
                _ => break,
            }
            len += c.len_utf8();
        }
        match rest[len..].chars().next() {
            None | Some('\n') | Some('\r') | Some('#') => None,
            _ => Some((col, pos + len)),
        }
    }

    fn handle_line_start(&mut self, pos: usize) -> Result<(), LexError> {
        let Some((col, at)) = self.indentation_at(pos) else { return Ok(()) };
        let top = *self.indents.last().unwrap();
        if col > top {
            if !self.saw_token {
                return Err(LexError { kind: LexErrorKind::UnexpectedIndent, offset: at });
            }
            // CPython's tokenizer allows MAXINDENT (100) levels.
            if self.indents.len() >= 100 {
                return Err(LexError { kind: LexErrorKind::TooDeep, offset: at });
            }
            self.indents.push(col);
            self.pending.push_back(Ok((at, Tok::Indent, at)));
        } else if col < top {
            while col < *self.indents.last().unwrap() {
                self.indents.pop();
                self.pending.push_back(Ok((at, Tok::Dedent, at)));
            }
            if col != *self.indents.last().unwrap() {
                return Err(LexError { kind: LexErrorKind::BadDedent, offset: at });
            }
        }
        Ok(())
    }

    fn finish(&mut self) {
        let end = self.src.len();
        if self.saw_token && !self.last_newline {
            self.pending.push_back(Ok((end, Tok::Newline, end)));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back(Ok((end, Tok::Dedent, end)));
        }
        self.done = true;
    }

    fn scan(&mut self) {
        if self.at_line_start && self.depth == 0 {
            let pos = self.inner.span().end;
            self.at_line_start = false;
            if let Err(e) = self.handle_line_start(pos) {
                self.pending.push_back(Err(e));
                self.done = true;
                return;
            }
            if !self.pending.is_empty() {
                return;
            }
        }
        let Some(tok) = self.inner.next() else {
            self.finish();
            return;
        };
        let span = self.inner.span();
        let tok = match tok {
            Ok(t) => t,
            Err(()) => {
                // The scanner does not backtrack: a string that never closes fails here.
                let rest = self.src[span.start..].trim_start_matches(['r', 'R', 'f', 'F', 'u', 'U', 'b', 'B']);
                let short_prefix = self.src.len() - span.start - rest.len() <= 2;
                let kind = if short_prefix && (rest.starts_with("\"\"\"") || rest.starts_with("'''")) {
                    LexErrorKind::UnterminatedTriple
                } else if short_prefix && rest.starts_with(['"', '\'']) {
                    LexErrorKind::UnterminatedString
                } else {
                    LexErrorKind::BadChar
                };
                self.pending.push_back(Err(LexError { kind, offset: span.start }));
                self.done = true;
                return;
            }
        };
        let tok = match tok {
            Tok::Name(n) if !n.is_ascii() => match identifier(&n) {
                Ok(n) => Tok::Name(n),
                Err((at, msg)) => {
                    let len = n[at..].chars().next().map_or(1, char::len_utf8);
                    let kind = LexErrorKind::Message(msg, len);
                    self.pending.push_back(Err(LexError { kind, offset: span.start + at }));
                    self.done = true;
                    return;
                }
            },
            tok => tok,
        };
        if let Tok::Int(_) | Tok::Float(_) = tok {
            let warned = WARNINGS.with(|w| w.borrow().len());
            let found = number_end(&self.src[span.clone()], &self.src[span.end..]);
            WARNINGS.with(|w| w.borrow_mut()[warned..].iter_mut().for_each(|(at, _)| *at += span.start));
            if let Some((msg, at)) = found {
                let kind = LexErrorKind::Message(msg, 1);
                self.pending.push_back(Err(LexError { kind, offset: span.start + at }));
                self.done = true;
                return;
            }
            if let Some((msg, at)) = bad_number(&self.src[span.clone()]) {
                let kind = LexErrorKind::Message(msg.to_string(), 1);
                self.pending.push_back(Err(LexError { kind, offset: span.start + at }));
                self.done = true;
                return;
            }
        };
        if let Tok::Int(digits) = &tok {
            // A decimal literal past the int digit limit (CPython converts it while parsing).
            let limit = crate::builtins::numbers::max_str_digits();
            if limit > 0 && digits.len() > limit && digits.bytes().all(|b| b.is_ascii_digit()) {
                let msg = format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; \
                     use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge \
                     integer literals to avoid decimal conversion limits.",
                    digits.len()
                );
                self.pending.push_back(Err(LexError { kind: LexErrorKind::Message(msg, 0), offset: span.start }));
                self.done = true;
                return;
            }
        }
        match tok {
            Tok::Newline => {
                if self.depth == 0 {
                    // Blank lines produce no NEWLINE; a real line end does.
                    if self.saw_token && !self.last_newline {
                        self.pending.push_back(Ok((span.start, Tok::Newline, span.end)));
                        self.last_newline = true;
                    }
                    self.at_line_start = true;
                }
                return;
            }
            Tok::OpenQuote => {
                let triple = self.src[span.clone()].ends_with("'''") || self.src[span.clone()].ends_with("\"\"\"");
                let kind = if triple { LexErrorKind::UnterminatedTriple } else { LexErrorKind::UnterminatedString };
                self.pending.push_back(Err(LexError { kind, offset: span.start }));
                self.done = true;
                return;
            }
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                let c = self.src[span.start..].chars().next().unwrap();
                // CPython's tokenizer stops at MAXLEVEL (200) open brackets.
                if self.open.len() >= 200 {
                    let kind = LexErrorKind::Message("too many nested parentheses".into(), 1);
                    self.pending.push_back(Err(LexError { kind, offset: span.start }));
                    self.done = true;
                    return;
                }
                self.open.push((c, span.start));
                self.depth += 1;
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let c = self.src[span.start..].chars().next().unwrap();
                let kind = match self.open.pop() {
                    None => Some(LexErrorKind::UnmatchedClose(c)),
                    Some((o, at)) if !matches!((o, c), ('(', ')') | ('[', ']') | ('{', '}')) => {
                        Some(LexErrorKind::MismatchedClose(c, o, at))
                    }
                    Some(_) => None,
                };
                if let Some(kind) = kind {
                    self.pending.push_back(Err(LexError { kind, offset: span.start }));
                    self.done = true;
                    return;
                }
                self.depth -= 1;
            }
            _ => {}
        }
        self.saw_token = true;
        self.last_newline = false;
        self.pending.push_back(Ok((span.start, tok, span.end)));
    }
}

impl Iterator for Lexer<'_> {
    type Item = Spanned;
    fn next(&mut self) -> Option<Spanned> {
        loop {
            if let Some(t) = self.pending.pop_front() {
                return Some(t);
            }
            if self.done {
                return None;
            }
            self.scan();
        }
    }
}
