//! Compiled code: the tree the evaluator walks. Names are already resolved — locals to
//! frame slots, globals to interned symbols — and literals to indices into the code's
//! constant table, which holds real references (as CPython's `co_consts` does).

use crate::ast::{BinOp, CmpOp, Span, UnaryOp};

use crate::heap::Value;
use crate::intern::Sym;
use std::cell::RefCell;
use std::rc::Rc;

/// The source a unit was compiled from, for tracebacks.
#[derive(Debug)]
pub struct Source {
    pub filename: Rc<str>,
    pub text: String,
    line_starts: Vec<usize>,
    /// The line number of the first line of `text` (inputs at the prompt count from 1 each).
    pub first_line: u32,
}

impl Source {
    pub fn new(filename: &str, text: String) -> Source {
        // Universal newlines, as CPython reads source: CRLF and a lone CR end a line.
        let text = if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text };
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Source { filename: Rc::from(filename), text, line_starts, first_line: 1 }
    }

    /// A script file's bytes as text, as CPython 3.11's tokenizer reads them: a UTF-8
    /// BOM is skipped, a `coding: latin-1` declaration in the first two lines is
    /// honoured, and the first line holding invalid UTF-8 is the SyntaxError CPython
    /// reports (returned as the text it prints). A NUL byte ends its line's text as C's
    /// `fgets` sees it: the rest of that line, newline included, is lost, so the next
    /// line joins it (python3.11 then reports whatever error the joined line makes).
    pub fn decode_file(filename: &str, bytes: &[u8]) -> Result<String, String> {
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        let declared_latin1 = bytes.split(|&b| b == b'\n').take(2).any(|line| {
            let line = String::from_utf8_lossy(line).to_ascii_lowercase();
            let Some(at) = line.find("coding").filter(|_| line.trim_start().starts_with('#')) else { return false };
            let rest = line[at + 6..].trim_start_matches([':', '=']).trim_start();
            ["latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1"].iter().any(|n| rest.starts_with(n))
        });
        let mut kept = Vec::with_capacity(bytes.len());
        for (i, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
            if !declared_latin1 {
                if let Err(e) = std::str::from_utf8(line) {
                    let bad = line[e.valid_up_to()];
                    return Err(format!(
                        "SyntaxError: Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line {}, \
                         but no encoding declared; see https://peps.python.org/pep-0263/ for details\n",
                        i + 1
                    ));
                }
            }
            match line.iter().position(|&b| b == 0) {
                Some(nul) => kept.extend_from_slice(&line[..nul]),
                None => kept.extend_from_slice(line),
            }
        }
        Ok(if declared_latin1 {
            kept.iter().map(|&b| b as char).collect()
        } else {
            // Cutting at a NUL (an ASCII byte) leaves the text valid UTF-8.
            String::from_utf8(kept).expect("checked line by line")
        })
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        let i = self.line_starts.partition_point(|&s| s <= offset as usize);
        i as u32 + self.first_line - 1
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let i = (line + 1).checked_sub(self.first_line)?.checked_sub(1)? as usize;
        let start = *self.line_starts.get(i)?;
        let end = self.line_starts.get(i + 1).map(|e| e - 1).unwrap_or(self.text.len());
        Some(self.text[start..end].trim_end_matches('\r'))
    }
}

/// Where an expression sits in its source (byte offsets), with the operator range CPython
/// marks with `^` under a binary operation or subscript (`anchor`, empty when none).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Pos {
    pub start: u32,
    pub end: u32,
    pub anchor: (u32, u32),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CodeKind {
    Module,
    Function,
    Class,
}

/// One code object: a module body, a function body or a class body.
pub struct FuncCode {
    pub name: Sym,
    pub qualname: Rc<str>,
    pub kind: CodeKind,
    /// Positional parameters.
    pub nparams: usize,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonly: usize,
    /// Positional-only parameters (before `/`).
    pub posonly: usize,
    pub varargs: bool,
    pub varkw: bool,
    /// Frame slots: parameters, other locals, then the free variables (closure cells).
    pub local_names: Vec<Sym>,
    /// Slots holding cells: locals that nested functions capture.
    pub cells: Vec<u32>,
    /// How many trailing slots are free variables.
    pub nfree: usize,
    /// For each free variable, the slot of the defining frame its cell comes from.
    pub free_from: Vec<u32>,
    /// Positional parameters only, no cells and no free variables: the fast call path.
    pub simple: bool,
    /// A generator function: calling it makes a generator that runs the body.
    pub generator: bool,
    /// The line of the `def` (where a frame that has not run yet stands).
    pub first_line: u32,
    /// The value-stack slots CPython's compiler would give this code (`co_stacksize`),
    /// which sizes a generator's embedded frame.
    pub stack_size: usize,
    /// The library module (its slot) whose namespace this code's globals are, for code
    /// of a module written in Python (see `modules`); None for `__main__`.
    pub module: Option<u32>,
    /// How many temporaries a generator's frame keeps across its `yield`s (see `spill`).
    pub ntemps: usize,
    pub body: Vec<Stmt>,
    /// The constants this code uses; each entry is one reference.
    pub consts: Vec<Value>,
    /// The constant that is its docstring, if its body starts with one.
    pub doc: Option<u32>,
    /// The line it starts at (a `def`'s or `class`'s line).
    pub line: u32,
    pub source: Rc<Source>,
    /// Function codes nested in this one (CPython keeps them among the constants).
    pub children: RefCell<Vec<Rc<FuncCode>>>,
}

impl FuncCode {
    pub fn nlocals(&self) -> usize {
        self.local_names.len()
    }

    /// Every parameter slot: positional, `*args`, keyword-only, `**kwargs`.
    pub fn nslots_params(&self) -> usize {
        self.nparams + self.varargs as usize + self.kwonly + self.varkw as usize
    }
}

/// Which display a comprehension builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

/// One `for ... in ... if ...` clause; the first clause iterates over the frame's `.0`.
#[derive(Debug)]
pub struct CompLoop {
    pub target: Target,
    pub iter: Option<Expr>,
    pub ifs: Vec<Expr>,
    /// The whole comprehension: where CPython places an error out of its iteration.
    pub pos: Pos,
}

/// A replacement field of an f-string.
#[derive(Debug)]
pub enum FPiece {
    Lit(u32),
    Field(Expr, Option<char>, Vec<FPiece>),
}

/// One `except` clause.
#[derive(Debug)]
pub struct Handler {
    pub line: u32,
    pub typ: Option<Expr>,
    pub name: Option<Target>,
    pub body: Vec<Stmt>,
}

#[derive(Debug)]
pub struct Stmt {
    pub line: u32,
    pub kind: StmtKind,
}

#[derive(Debug)]
#[repr(u8)]
pub enum StmtKind {
    Expr(Expr),
    /// An expression statement at the top of an interactive input: its value is echoed.
    PrintExpr(Expr),
    Assign(Vec<Target>, Expr),
    /// `x = e` for a local `x` (the commonest statement): `Assign` with its one target
    /// decided when compiled.
    AssignLocal(u32, Expr),
    AugAssign(Target, BinOp, Expr, Span),
    /// `s = s + t` for a local `s`: the `+` (an `Expr::Binary` whose left side loads
    /// the same local), which appends in place when `s` is a str nothing else holds.
    AssignConcat(u32, Expr),
    /// `a, b = b, a`: a tuple display of two or three items (no `*`) stored into as
    /// many targets. CPython's flowgraph turns BUILD_TUPLE n + UNPACK_SEQUENCE n into a
    /// SWAP, so no tuple is made (and none counts toward the collector's threshold):
    /// the values are evaluated left to right, then stored left to right.
    /// The `Permutation` is there when every item and target is a local and the items
    /// are the targets reordered (`a, b = b, a`).
    AssignSwap(Vec<Target>, Vec<Expr>, Option<Box<Permutation>>),
    Del(Vec<Target>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Target, Expr, Vec<Stmt>, Vec<Stmt>),
    /// A function definition: its code, its default values (evaluated at `def` time), its name.
    Def(CodeRef, Vec<Expr>, Vec<(Sym, Expr)>, Target, Vec<Decorator>, Vec<(Sym, Expr)>),
    /// The name, the bases and keywords, the body, where the class goes, its decorators.
    Class(Sym, ClassArgs, CodeRef, Target, Vec<Decorator>),
    Import(Sym, Target),
    /// `from module import *`: the module's public names (or its `__all__`) into globals.
    ImportStar(Sym),
    /// `from module import name [as alias]`, one name per statement.
    ImportFrom(Sym, Sym, Target),
    Try(Vec<Stmt>, Vec<Handler>, Vec<Stmt>, Vec<Stmt>),
    Raise(Option<Expr>, Option<Expr>),
    Assert(Expr, Option<Expr>, Pos),
    /// The body of a comprehension's hidden function.
    Comprehension(CompKind, Vec<CompLoop>, Expr, Option<Expr>),
    /// `with` items (the context manager and its `as` target), then the body.
    With(Vec<(Expr, Option<Target>)>, Vec<Stmt>),
    /// `target: annotation [= value]`: the value stored, then (at module or class level)
    /// the annotation evaluated and, for a plain name, stored in `__annotations__`.
    AnnAssign(Target, Option<Expr>, Option<Expr>, Option<Sym>),
}

/// A class statement's bases and keywords.
pub type ClassArgs = Box<(Vec<Expr>, Vec<(Sym, Expr)>)>;

/// `@expr` above a `def` or `class`: evaluated before it, applied after, bottom up.
#[derive(Debug)]
pub struct Decorator {
    pub expr: Expr,
    pub pos: Pos,
    pub line: u32,
}

/// A nested code object, shared between the statement that creates functions from it and
/// the functions themselves.
pub struct CodeRef(pub Rc<FuncCode>);

impl std::fmt::Debug for CodeRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<code {}>", self.0.qualname)
    }
}

/// `a, b = b, a` among locals: slot `to[k]` receives what slot `from[k]` held, for the
/// first `n` (2 or 3) entries; `from` and `to` hold the same distinct slots.
#[derive(Debug, Clone)]
pub struct Permutation {
    pub n: u8,
    pub to: [u32; 3],
    pub from: [u32; 3],
}

impl Permutation {
    /// The permutation `targets = items` is, if it is one of locals.
    pub fn of(targets: &[Target], items: &[Expr]) -> Option<Box<Permutation>> {
        let n = targets.len();
        if n != items.len() || !(2..=3).contains(&n) {
            return None;
        }
        let (mut to, mut from) = ([0u32; 3], [0u32; 3]);
        for k in 0..n {
            let (Target::Local(t), Expr::Local(i, ..)) = (&targets[k], &items[k]) else {
                return None;
            };
            (to[k], from[k]) = (*t, *i);
        }
        let distinct = |xs: &[u32]| xs.iter().enumerate().all(|(k, x)| !xs[..k].contains(x));
        let permutes = distinct(&to[..n]) && distinct(&from[..n]) && from[..n].iter().all(|x| to[..n].contains(x));
        permutes.then(|| Box::new(Permutation { n: n as u8, to, from }))
    }
}

#[derive(Debug)]
pub enum Target {
    Local(u32),
    /// A local or free variable kept in a cell.
    Deref(u32, Sym),
    Global(Sym),
    /// A global of a library module (the module's slot).
    ModGlobal(Sym, u32),
    ClassName(Sym),
    Attr(Expr, Sym, Span),
    Item(Expr, Expr, Span),
    Tuple(Vec<Target>, Span),
    /// `a, *rest, b = ...`: the targets before the star, the starred one, the ones after.
    Starred(Vec<Target>, Box<Target>, Vec<Target>, Span),
}

#[derive(Debug)]
#[repr(u8)]
pub enum Expr {
    Const(u32),
    Local(u32, Sym, Pos),
    Global(Sym, Pos),
    /// A global of a library module (the module's slot).
    ModGlobal(Sym, u32, Pos),
    ClassName(Sym, Pos),
    Binary(Box<Expr>, BinOp, Box<Expr>, Pos),
    Unary(UnaryOp, Box<Expr>, Pos),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>, Pos),
    Call(Box<Expr>, Vec<Expr>, Pos),
    /// A call with keyword arguments.
    CallKw(Box<Expr>, Vec<Expr>, Vec<(Sym, Expr)>, Pos),
    /// `obj.name(args)` without creating a bound method (CPython's LOAD_METHOD).
    CallMethod(Box<Expr>, Sym, Vec<Expr>, Pos),
    Attr(Box<Expr>, Sym, Pos),
    Item(Box<Expr>, Box<Expr>, Pos),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    List(Vec<Expr>),
    /// A list display of three or more constants: a new list from a constant tuple.
    ListFromConst(u32),
    /// A set display of three or more constants: a new set merged from a frozenset constant.
    SetFromConst(u32),
    Tuple(Vec<Expr>),
    IfElse(Box<Expr>, Box<Expr>, Box<Expr>),
    Deref(u32, Sym, Pos),
    Dict(Vec<(Expr, Expr)>),
    /// A dict display with `**mapping` items (a `None` key).
    DictStar(Vec<(Option<Expr>, Expr)>),
    Set(Vec<Expr>),
    SetStar(Vec<(bool, Expr)>),
    /// A display with `*x` items: each bool says whether the item is unpacked.
    ListStar(Vec<(bool, Expr)>),
    TupleStar(Vec<(bool, Expr)>),
    /// A comprehension: its hidden function's code, and the first iterable (evaluated here).
    Comp(CodeRef, Box<Expr>, Pos),
    Lambda(CodeRef, Vec<Expr>, Vec<(Sym, Expr)>),
    FString(Vec<FPiece>),
    /// A call with `*args` / `**kwargs` (or keywords): positional items (bool: unpacked), keywords
    /// (None: `**mapping`).
    CallEx(Box<Expr>, Vec<(bool, Expr)>, Vec<(Option<Sym>, Expr)>, Pos),
    /// `yield [value]` in a generator function's frame.
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`.
    YieldFrom(Box<Expr>, Pos),
    /// Evaluate each expression into a generator temporary, in order, then the body,
    /// which takes them (see `spill`).
    Spill(Vec<(u32, Expr)>, Box<Expr>),
    /// Take the value out of a generator temporary.
    Temp(u32),
    /// An arithmetic tree (`Expr::Binary` nodes of the number operators over names,
    /// constants, items and negations of them), which the evaluator first tries to
    /// compute on machine numbers (`vm::arith`); evaluated as its tree otherwise.
    Arith(Box<Expr>),
}

impl Expr {
    /// `self` marked as an arithmetic tree when it is one of two or more operations, or
    /// one on an attribute (one operation on two peeked operands is already computed
    /// without objects).
    pub fn into_arith(self) -> Expr {
        let nested = match &self {
            Expr::Binary(a, op, b, _) => {
                *op != BinOp::MatMul && arith_operand(a) && arith_operand(b) && !(peeked_leaf(a) && peeked_leaf(b))
            }
            _ => false,
        };
        if !nested {
            return self;
        }
        let Expr::Binary(a, op, b, p) = self else { unreachable!("checked above") };
        Expr::Arith(Box::new(Expr::Binary(Box::new(a.unwrap_arith()), op, Box::new(b.unwrap_arith()), p)))
    }

    fn unwrap_arith(self) -> Expr {
        match self {
            Expr::Arith(inner) => *inner,
            e => e,
        }
    }
}

/// A value held by a name or a constant.
fn name(e: &Expr) -> bool {
    matches!(e, Expr::Const(_) | Expr::Local(..) | Expr::Global(..))
}

/// An operand `vm::peek_number` reads: an operation on two of these is already computed
/// without objects.
fn peeked_leaf(e: &Expr) -> bool {
    match e {
        Expr::Item(o, i, _) => name(o) && name(i),
        e => name(e),
    }
}

/// A leaf of an arithmetic tree: a peeked operand, an attribute of an object a name
/// holds (`self.w`), an item of such an item (`xs[1][0]`), or a call of a global on a
/// name (`len(xs)`, decided when it runs).
fn arith_leaf(e: &Expr) -> bool {
    match e {
        Expr::Attr(o, ..) => name(o),
        Expr::Item(o, i, _) => name(i) && (name(o) || matches!(&**o, Expr::Item(..)) && arith_leaf(o)),
        Expr::Call(c, args, _) => matches!(&**c, Expr::Global(..)) && matches!(&args[..], [a] if name(a)),
        e => peeked_leaf(e),
    }
}

/// An operand an arithmetic tree may have.
fn arith_operand(e: &Expr) -> bool {
    match e {
        Expr::Arith(_) => true,
        Expr::Binary(a, op, b, _) => *op != BinOp::MatMul && arith_operand(a) && arith_operand(b),
        Expr::Unary(UnaryOp::Neg, a, _) => arith_operand(a),
        e => arith_leaf(e),
    }
}

impl Drop for FuncCode {
    /// A code object releases its constants last to first, as a tuple does.
    fn drop(&mut self) {
        let mut consts = std::mem::take(&mut self.consts);
        while let Some(v) = consts.pop() {
            drop(v);
        }
    }
}
