//! Tokens → AST, and the one place LALRPOP's errors become CPython's SyntaxError and
//! IndentationError messages. Also answers the prompt's question "is this input complete?"
//! by asking the parser, never by looking at the last character.

use crate::ast::Stmt;
use crate::code::Source;
use crate::error::SyntaxErr;
use crate::lexer::{LexError, LexErrorKind, Lexer, Tok};
use lalrpop_util::ParseError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused)]
    grammar,
    "/python.rs"
);

pub enum Parsed {
    Complete(Vec<Stmt>),
    /// The input so far is a valid beginning: the prompt asks for more (`... `).
    Incomplete,
    Error(SyntaxErr),
}

const COMPOUND_KEYWORDS: &[&str] = &["if", "while", "for", "def", "class", "try", "with", "@", "async", "match"];

/// Parse a whole input. With `interactive`, an input that could still go on (an open
/// bracket, a block with no blank line after it yet) is `Incomplete` rather than an error.
pub fn parse(source: &Source, interactive: bool) -> Parsed {
    crate::lexer::take_warnings();
    let parsed = parse_input(source, interactive);
    // An input that is not complete yet is lexed again with the next line.
    let warnings = crate::lexer::take_warnings();
    if !matches!(parsed, Parsed::Incomplete) {
        for (at, msg) in warnings {
            crate::io::err(&syntax_warning(source, at, &msg));
        }
    }
    parsed
}

/// How the warnings module shows a compile-time SyntaxWarning: `file:line: SyntaxWarning:
/// msg`, then the line itself when the file can be read (as linecache reads it).
fn syntax_warning(source: &Source, at: usize, msg: &str) -> String {
    let line = source.line_of(at as u32);
    let mut out = format!("{}:{line}: SyntaxWarning: {msg}\n", source.filename);
    if !source.filename.starts_with('<') && std::path::Path::new(&*source.filename).is_file() {
        if let Some(text) = source.line_text(line) {
            out.push_str(&format!("  {}\n", text.trim()));
        }
    }
    out
}

fn parse_input(source: &Source, interactive: bool) -> Parsed {
    let src = source.text.as_str();
    let mut lexer = Lexer::new(src);
    let mut tokens = Vec::new();
    for t in &mut lexer {
        match t {
            Ok(t) => tokens.push(t),
            Err(e) => {
                if interactive && e.kind == LexErrorKind::UnterminatedTriple {
                    return Parsed::Incomplete;
                }
                return Parsed::Error(lex_error(source, &e, &tokens));
            }
        }
    }
    let open = lexer.open_brackets().to_vec();
    crate::ast::take_too_deep();
    let result = grammar::ProgramParser::new().parse(tokens.iter().cloned().map(Ok::<_, LexError>));
    if crate::ast::take_too_deep() {
        drop(result);
        return Parsed::Error(SyntaxErr::too_deep(source));
    }
    match result {
        Ok(stmts) => {
            // At the prompt an input is one statement: after a block, a second one at the
            // left margin is an error (CPython's `interactive: statement_newline`).
            if interactive && stmts.len() > 1 && stmts[0].kind.is_compound() {
                let at = stmts[1].span.start as usize;
                let end = tokens.iter().find(|(s, _, _)| *s == at).map(|(_, _, e)| *e).unwrap_or(at + 1);
                return Parsed::Error(SyntaxErr::at(source, "invalid syntax", at, end));
            }
            if interactive {
                let first_line = src.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
                let first_word = first_line
                    .trim_start()
                    .split(|c: char| !c.is_alphanumeric() && c != '_' && c != '@')
                    .next()
                    .unwrap_or("");
                let block = COMPOUND_KEYWORDS.contains(&first_word) || first_line.trim_start().starts_with('@');
                let ended = src.ends_with("\n\n")
                    || src.trim().is_empty()
                    || (src.lines().last().is_some_and(|l| l.trim().is_empty()) && src.ends_with('\n'));
                if block && !ended {
                    return Parsed::Incomplete;
                }
            }
            Parsed::Complete(crate::compiler::flatten_imports(stmts))
        }
        Err(ParseError::UnrecognizedEof { location, expected }) => {
            let awaits_clause = expected.iter().any(|e| e == "\"except\"" || e == "\"finally\"");
            if interactive
                && (!open.is_empty()
                    || expected.iter().any(|e| e == "INDENT")
                    || (expected.iter().any(|e| e == "\"def\"" || e == "\"class\"") && !block_ended(src))
                    || src.ends_with("\\\n")
                    || (awaits_clause && !block_ended(src)))
            {
                return Parsed::Incomplete;
            }
            if let Some(&(c, at)) = open.last() {
                return Parsed::Error(SyntaxErr::at(source, &format!("'{c}' was never closed"), at, at + 1));
            }
            if expected.iter().any(|e| e == "INDENT") {
                return Parsed::Error(expected_block(source, &tokens, location, location));
            }
            if expected.iter().any(|e| e == "\"def\"" || e == "\"class\"") {
                // Decorators with no `def` or `class` after them: reported at the (blank)
                // line where one was due, shown as that empty line and a caret.
                if !interactive && !src.is_empty() {
                    // A file that ends after them: its last line, with no caret.
                    let at = src.len() - 1;
                    let mut e = SyntaxErr::at(source, "invalid syntax", at, at + 1);
                    if e.text.is_empty() {
                        e.text.push('\n');
                    }
                    e.col = 0;
                    return Parsed::Error(e);
                }
                let mut e = SyntaxErr::at(source, "invalid syntax", location, location + 1);
                if e.text.is_empty() {
                    e.text.push('\n');
                }
                return Parsed::Error(e);
            }
            if awaits_clause {
                return Parsed::Error(missing_clause(source, interactive));
            }
            Parsed::Error(SyntaxErr::at(source, "invalid syntax", location, location + 1))
        }
        Err(ParseError::UnrecognizedToken { token: (start, tok, end), expected }) => {
            // Tokens the lexer made up at the end of the input (closing DEDENTs) mean the
            // input stopped early, not that it is wrong.
            if interactive && start >= src.len() {
                return Parsed::Incomplete;
            }
            // `try:` and its body so far, with no `except` or `finally` yet: more is coming.
            let awaits_clause = expected.iter().any(|e| e == "\"except\"" || e == "\"finally\"");
            if interactive && awaits_clause && matches!(tok, Tok::Dedent) && !block_ended(src) {
                return Parsed::Incomplete;
            }
            if awaits_clause {
                // Reported at the statement that follows the body, or at the end of the input.
                let next = tokens.iter().find(|(s, t, _)| *s >= start && !matches!(t, Tok::Dedent | Tok::Newline));
                return Parsed::Error(match next {
                    Some(&(s, _, e)) => SyntaxErr::at(source, "expected 'except' or 'finally' block", s, e),
                    None => missing_clause(source, interactive),
                });
            }
            let e = unexpected(source, &tokens, start, &tok, end, &expected);
            // A generic error after a bracket left open to the end of the input, on an
            // earlier line: CPython blames the bracket (its tokenizer's second pass).
            if let Some(&(c, at)) = open.last().filter(|_| e.msg == "invalid syntax") {
                if source.line_of(at as u32) < e.line || start >= src.len() {
                    return Parsed::Error(SyntaxErr::at(source, &format!("'{c}' was never closed"), at, at + 1));
                }
            }
            Parsed::Error(e)
        }
        Err(ParseError::InvalidToken { location }) => {
            Parsed::Error(SyntaxErr::at(source, "invalid syntax", location, location + 1))
        }
        Err(ParseError::ExtraToken { token: (start, _, end) }) => {
            Parsed::Error(SyntaxErr::at(source, "invalid syntax", start, end))
        }
        Err(ParseError::User { error }) => Parsed::Error(lex_error(source, &error, &tokens)),
    }
}

/// Tokens that can end an expression, and that can begin one.
fn is_atom(t: &Tok) -> bool {
    matches!(t, Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Str(_) | Tok::None | Tok::True | Tok::False)
}

fn ends_expr(t: &Tok) -> bool {
    is_atom(t) || matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

fn starts_expr(t: &Tok) -> bool {
    is_atom(t) || matches!(t, Tok::LPar | Tok::LSqb | Tok::LBrace)
}

/// The index of the token where the expression ending at token `end` starts: an atom,
/// or a bracketed group, with the trailers and attribute dots before it.
fn expr_start(tokens: &[(usize, Tok, usize)], end: usize) -> usize {
    let mut i = end;
    loop {
        // A closing bracket: go back to its opening one.
        if matches!(tokens[i].1, Tok::RPar | Tok::RSqb | Tok::RBrace) {
            let mut depth = 0i32;
            while i > 0 {
                match tokens[i].1 {
                    Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                i -= 1;
            }
        }
        // `a.b`, `f(x)`, `a[i]`: keep going back through the trailer.
        if i >= 2 && tokens[i - 1].1 == Tok::Dot && ends_expr(&tokens[i - 2].1) {
            i -= 2;
            continue;
        }
        if i >= 1 && matches!(tokens[i].1, Tok::LPar | Tok::LSqb) && ends_expr(&tokens[i - 1].1) {
            i -= 1;
            continue;
        }
        return i;
    }
}

/// The error messages CPython's PEG parser gives for common mistakes, found from the
/// tokens around the one the grammar could not take.
fn pegen_hints(
    source: &Source,
    tokens: &[(usize, Tok, usize)],
    idx: usize,
    tok: &Tok,
    expected: &[String],
) -> Option<SyntaxErr> {
    let stmt_start = tokens[..idx]
        .iter()
        .rposition(|(_, t, _)| matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::Colon))
        .map(|i| i + 1)
        .unwrap_or(0);
    let depth: i32 = tokens[..idx]
        .iter()
        .map(|(_, t, _)| match t {
            Tok::LPar | Tok::LSqb | Tok::LBrace => 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => -1,
            _ => 0,
        })
        .sum();
    // `if x = 1:` — an `=` in a condition.
    if *tok == Tok::Equal && idx > 0 && depth == 0 {
        if let Some((_, Tok::If | Tok::Elif | Tok::While, _)) = tokens.get(stmt_start) {
            let a = tokens[stmt_start + 1].0;
            let end = tokens[idx + 1..]
                .iter()
                .position(|(_, t, _)| matches!(t, Tok::Colon | Tok::Newline))
                .map(|k| tokens[idx + k].2)
                .unwrap_or(tokens[idx].2);
            return Some(SyntaxErr::at(source, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, end));
        }
    }
    // `f(x.y=1)` — an expression where a keyword argument's name goes.
    if *tok == Tok::Equal && idx > 1 && depth > 0 && ends_expr(&tokens[idx - 1].1) {
        let start = expr_start(tokens, idx - 1);
        let is_call = start > 0 && matches!(tokens[start - 1].1, Tok::LPar | Tok::Comma);
        if is_call && start + 1 < idx {
            return Some(SyntaxErr::at(
                source,
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                tokens[start].0,
                tokens[idx].2,
            ));
        }
    }
    // `x = 1 if True` — a conditional expression without `else`.
    if expected.iter().any(|e| e == "\"else\"") {
        if let Some(if_at) = tokens[..idx].iter().rposition(|(_, t, _)| *t == Tok::If) {
            if if_at > 0 && ends_expr(&tokens[if_at - 1].1) {
                let start = expr_start(tokens, if_at - 1);
                return Some(SyntaxErr::at(
                    source,
                    "expected 'else' after 'if' expression",
                    tokens[start].0,
                    tokens[idx - 1].2,
                ));
            }
        }
    }
    // `[1, 2 3]` — two expressions side by side inside brackets.
    if depth > 0 && idx > 0 && starts_expr(tok) && ends_expr(&tokens[idx - 1].1) {
        let legacy = matches!(&tokens[idx - 1].1, Tok::Name(n) if n == "print" || n == "exec");
        if !legacy {
            let start = expr_start(tokens, idx - 1);
            return Some(SyntaxErr::at(
                source,
                "invalid syntax. Perhaps you forgot a comma?",
                tokens[start].0,
                tokens[idx].2,
            ));
        }
    }
    None
}

/// `try:` with a body and nothing after it: at the prompt the blank line that ended the block
/// is marked; in a file, the last line, without a caret.
fn missing_clause(source: &Source, interactive: bool) -> SyntaxErr {
    let msg = "expected 'except' or 'finally' block";
    let text = source.text.trim_end_matches(['\n', ' ', '\t']);
    if interactive {
        let at = (text.len() + 1).min(source.text.len());
        let mut e = SyntaxErr::at(source, msg, at, at + 1);
        e.text = "\n".into();
        return e;
    }
    let mut e = SyntaxErr::at(source, msg, text.len(), text.len());
    e.col = 0;
    e.end_col = 0;
    e
}

/// A block typed at the prompt ends at a blank line.
fn block_ended(src: &str) -> bool {
    src.ends_with("\n\n")
        || src.trim().is_empty()
        || (src.lines().last().is_some_and(|l| l.trim().is_empty()) && src.ends_with('\n'))
}

fn lex_error(source: &Source, e: &LexError, tokens: &[(usize, Tok, usize)]) -> SyntaxErr {
    let at = e.offset;
    let text = &source.text;
    match &e.kind {
        LexErrorKind::UnterminatedString | LexErrorKind::UnterminatedTriple => {
            let triple = e.kind == LexErrorKind::UnterminatedTriple;
            let detected = if triple { source.line_of(text.len() as u32) } else { source.line_of(at as u32) };
            let what = if triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
            SyntaxErr::at(source, &format!("{what} (detected at line {detected})"), at, at + 1)
        }
        LexErrorKind::BadDedent => {
            let line_end = text[at..].find('\n').map(|i| at + i).unwrap_or(text.len());
            let mut err =
                SyntaxErr::at(source, "unindent does not match any outer indentation level", line_end, line_end + 1);
            err.kind = "IndentationError";
            err
        }
        LexErrorKind::UnexpectedIndent => indentation_error(source, "unexpected indent", at),
        LexErrorKind::TooDeep => {
            // Reported with the line and no caret.
            let mut err = SyntaxErr::at(source, "too many levels of indentation", at, at + 1);
            err.kind = "IndentationError";
            err.col = 0;
            err
        }
        LexErrorKind::NonDefaultAfterDefault(len) => {
            SyntaxErr::at(source, "non-default argument follows default argument", at, at + len)
        }
        LexErrorKind::Message(msg, len)
            if msg == "bytes can only contain ASCII literal characters"
                || msg == "cannot mix bytes and nonbytes literals" =>
        {
            // CPython raises these from the parser's action, at the token after the
            // strings (the line's end), its column counted in bytes.
            let mut err = SyntaxErr::at(source, msg, at, at + len);
            err.col = err.text.trim_end().len() + 1;
            err.end_col = err.col + 1;
            err
        }
        LexErrorKind::Message(msg, _) if msg.starts_with("(unicode error)") => {
            // Raised by the parser's action on the string atom: at the token after it.
            let next = tokens.iter().find(|(s, _, _)| *s >= at).map_or(text.len(), |(s, _, _)| *s);
            SyntaxErr::at(source, msg, next, next + 1)
        }
        LexErrorKind::Message(msg, 0) => {
            // Reported with the line and no caret (CPython's offset 0).
            let mut err = SyntaxErr::at(source, msg, at, at + 1);
            err.col = 0;
            err
        }
        LexErrorKind::Message(msg, len) => {
            let mut err = SyntaxErr::at(source, msg, at, at + len);
            if msg.starts_with("invalid") && msg.ends_with("literal") {
                // The tokenizer's errors end where they start.
                err.end_col = err.col;
            }
            err
        }
        LexErrorKind::UnmatchedClose(c) => SyntaxErr::at(source, &format!("unmatched '{c}'"), at, at + 1),
        LexErrorKind::MismatchedClose(c, open, open_at) => {
            let (close_line, open_line) = (source.line_of(at as u32), source.line_of(*open_at as u32));
            let msg = if close_line == open_line {
                format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
            } else {
                format!("closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {open_line}")
            };
            SyntaxErr::at(source, &msg, at, at + 1)
        }
        LexErrorKind::BadChar => {
            let c = text[at..].chars().next().unwrap_or(' ');
            if c.is_ascii() {
                SyntaxErr::at(source, "invalid syntax", at, at + 1)
            } else {
                SyntaxErr::at(source, &format!("invalid character '{c}' (U+{:04X})", c as u32), at, at + c.len_utf8())
            }
        }
    }
}

/// An IndentationError whose position lies in the indentation (so no caret is shown).
fn indentation_error(source: &Source, msg: &str, at: usize) -> SyntaxErr {
    let line_start = source.text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let mut err = SyntaxErr::at(source, msg, line_start, line_start + 1);
    err.kind = "IndentationError";
    err
}

/// "expected an indented block after 'if' statement on line N".
fn expected_block(source: &Source, tokens: &[(usize, Tok, usize)], start: usize, end: usize) -> SyntaxErr {
    // The block's header is the last compound keyword that begins a line before `start`.
    let header = tokens.iter().rev().filter(|(s, _, _)| *s < start).find_map(|(s, t, _)| {
        let what = match t {
            Tok::If => "'if' statement",
            Tok::Elif => "'elif' statement",
            Tok::Else => "'else' statement",
            Tok::While => "'while' statement",
            Tok::For => "'for' statement",
            Tok::Def => "function definition",
            Tok::Class => "class definition",
            Tok::Try => "'try' statement",
            Tok::Except => "'except' statement",
            Tok::Finally => "'finally' statement",
            _ => return None,
        };
        Some((what, source.line_of(*s as u32)))
    });
    let msg = match header {
        Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
        None => "expected an indented block".to_string(),
    };
    let mut err = SyntaxErr::at(source, &msg, start, end.max(start + 1));
    err.kind = "IndentationError";
    err
}

fn unexpected(
    source: &Source,
    tokens: &[(usize, Tok, usize)],
    start: usize,
    tok: &Tok,
    end: usize,
    expected: &[String],
) -> SyntaxErr {
    if *tok == Tok::Indent {
        return indentation_error(source, "unexpected indent", start);
    }
    if expected.iter().any(|e| e == "INDENT") {
        return expected_block(source, tokens, start, start + 1);
    }
    // `print "x"`: the Python 2 statement.
    let idx = tokens.iter().position(|(s, _, _)| *s == start).unwrap_or(0);
    if idx > 0 {
        if let (_, Tok::Name(n), _) = &tokens[idx - 1] {
            let at_stmt_start =
                idx == 1 || matches!(tokens[idx - 2].1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi);
            let starts_expr = matches!(tok, Tok::Str(_) | Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::LSqb);
            if (n == "print" || n == "exec") && at_stmt_start && starts_expr {
                let pstart = tokens[idx - 1].0;
                let line_end = tokens[idx..]
                    .iter()
                    .find(|(_, t, _)| *t == Tok::Newline)
                    .map(|(s, _, _)| *s)
                    .unwrap_or(source.text.len());
                let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
                return SyntaxErr::at(source, &msg, pstart, line_end);
            }
        }
    }
    if let Some(e) = pegen_hints(source, tokens, idx, tok, expected) {
        return e;
    }
    if expected.iter().any(|e| e == "\":\"") && matches!(tok, Tok::Newline) {
        return SyntaxErr::at(source, "expected ':'", start, start + 1);
    }
    let (s, e) = if *tok == Tok::Newline { (start, start + 1) } else { (start, end) };
    SyntaxErr::at(source, "invalid syntax", s, e)
}

/// Parse the expression of an f-string field, found at byte `offset` of the source, so its
/// spans point into the enclosing source.
pub fn parse_expr_at(text: &str, offset: usize) -> Option<crate::ast::Expr> {
    let wrapped = format!("({text})");
    let mut tokens = Vec::new();
    for t in Lexer::new(&wrapped) {
        let (s, tok, e) = t.ok()?;
        if matches!(tok, Tok::Newline | Tok::Indent | Tok::Dedent) {
            continue;
        }
        // `(` sits one byte before the text.
        tokens.push(((s + offset).saturating_sub(1), tok, (e + offset).saturating_sub(1)));
    }
    grammar::TestParser::new().parse(tokens.into_iter().map(Ok::<_, LexError>)).ok()
}
