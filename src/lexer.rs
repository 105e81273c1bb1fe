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
        if let Tok::Int(_) | Tok::Float(_) = tok {
            if let Some((msg, at)) = bad_number(&self.src[span.clone()]) {
                let kind = LexErrorKind::Message(msg.to_string(), 1);
                self.pending.push_back(Err(LexError { kind, offset: span.start + at }));
                self.done = true;
                return;
            }
        };
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
