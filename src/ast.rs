//! The syntax tree the parser builds. Every node carries its byte span in the source.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::MatMul => "@",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Int(num_bigint::BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    None,
    True,
    False,
    /// `...`
    Ellipsis,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub span: Span,
    pub kind: ExprKind,
    /// How deeply expressions nest here (1 for a leaf).
    pub depth: u32,
}

/// The deepest expression CPython 3.11 compiles (from a module-level `compile()`; its
/// compiler's recursion limit is three times the interpreter's); deeper source is
/// `RecursionError: maximum recursion depth exceeded during compilation`.
pub const MAX_DEPTH: u32 = 2991;

thread_local! {
    /// Set when the parser made an expression deeper than `MAX_DEPTH` (see `Expr::new`).
    static TOO_DEEP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether an expression went past `MAX_DEPTH` since the last call (which clears it).
pub fn take_too_deep() -> bool {
    TOO_DEEP.with(|t| t.replace(false))
}

impl Expr {
    /// A node over `kind`, its depth one more than its deepest part. A node that would go
    /// past `MAX_DEPTH` is not built: it becomes a leaf and the parse is marked too deep,
    /// so no tree the parser holds is deeper than that, and everything that walks one
    /// (the compiler, the evaluator, dropping it) recurses a bounded number of times.
    pub fn new(span: Span, kind: ExprKind) -> Expr {
        let depth = 1 + kind.child_depth();
        if depth > MAX_DEPTH {
            TOO_DEEP.with(|t| t.set(true));
            return Expr { span, kind: ExprKind::Literal(Literal::None), depth: 1 };
        }
        Expr { span, kind, depth }
    }
}

impl ExprKind {
    /// The depth of its deepest sub-expression (0 for a leaf).
    fn child_depth(&self) -> u32 {
        fn d(e: &Expr) -> u32 {
            e.depth
        }
        fn all<'a>(es: impl IntoIterator<Item = &'a Expr>) -> u32 {
            es.into_iter().map(d).max().unwrap_or(0)
        }
        fn comps(c: &[Comprehension]) -> u32 {
            c.iter().map(|c| d(&c.target).max(d(&c.iter)).max(all(&c.ifs))).max().unwrap_or(0)
        }
        fn fparts(parts: &[FPart]) -> u32 {
            parts
                .iter()
                .map(|p| match p {
                    FPart::Lit(_) => 0,
                    FPart::Field { expr, spec, .. } => d(expr).max(fparts(spec)),
                })
                .max()
                .unwrap_or(0)
        }
        match self {
            ExprKind::Name(_) | ExprKind::Literal(_) => 0,
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => all(items),
            ExprKind::Binary(a, _, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) | ExprKind::Subscript(a, b) => {
                d(a).max(d(b))
            }
            ExprKind::Unary(_, a) | ExprKind::Attribute(a, _) | ExprKind::Starred(a) | ExprKind::YieldFrom(a) => d(a),
            ExprKind::Compare(a, rest) => d(a).max(all(rest.iter().map(|(_, e)| e))),
            ExprKind::Call(f, args) => d(f).max(
                args.iter()
                    .map(|a| match a {
                        CallArg::Pos(e)
                        | CallArg::Kw(_, e, _)
                        | CallArg::Star(e)
                        | CallArg::DoubleStar(e)
                        | CallArg::Gen(e) => d(e),
                    })
                    .max()
                    .unwrap_or(0),
            ),
            ExprKind::Slice(a, b, c) => all([a, b, c].into_iter().flatten().map(|e| &**e)),
            ExprKind::IfElse(a, b, c) => d(a).max(d(b)).max(d(c)),
            ExprKind::Dict(items) => items.iter().map(|(k, v)| k.as_ref().map_or(0, d).max(d(v))).max().unwrap_or(0),
            ExprKind::ListComp(e, c) | ExprKind::SetComp(e, c) | ExprKind::GenExp(e, c) => d(e).max(comps(c)),
            ExprKind::DictComp(k, v, c) => d(k).max(d(v)).max(comps(c)),
            // A lambda's body is the expression its one `return` holds.
            ExprKind::Lambda(f) => match f.body.first().map(|s| &s.kind) {
                Some(StmtKind::Return(Some(e))) => d(e),
                _ => 0,
            },
            ExprKind::FString(parts) => fparts(parts),
            ExprKind::Yield(e) => e.as_deref().map_or(0, d),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Name(String),
    Literal(Literal),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Binary(Box<Expr>, BinOp, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    Call(Box<Expr>, Vec<CallArg>),
    Attribute(Box<Expr>, String),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    IfElse(Box<Expr>, Box<Expr>, Box<Expr>),
    /// A dict display; a `None` key is a `**mapping` item.
    Dict(Vec<(Option<Expr>, Expr)>),
    Set(Vec<Expr>),
    ListComp(Box<Expr>, Vec<Comprehension>),
    SetComp(Box<Expr>, Vec<Comprehension>),
    DictComp(Box<Expr>, Box<Expr>, Vec<Comprehension>),
    GenExp(Box<Expr>, Vec<Comprehension>),
    Lambda(Box<FuncDef>),
    /// `*x` in a display or an assignment target.
    Starred(Box<Expr>),
    FString(Vec<FPart>),
    /// `yield [value]`: the value sent in by `send()` (None for `next()`).
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`: the delegate's return value.
    YieldFrom(Box<Expr>),
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// A piece of an f-string: literal text, or a replacement field.
#[derive(Debug, Clone, PartialEq)]
pub enum FPart {
    Lit(String),
    /// `{expr!conv:spec}`; `debug` holds the `expr=` text CPython echoes before the value.
    Field {
        expr: Box<Expr>,
        conv: Option<char>,
        spec: Vec<FPart>,
        debug: Option<String>,
    },
}

/// One argument in a call: positional, or `name=value`.
#[derive(Debug, Clone, PartialEq)]
pub enum CallArg {
    Pos(Expr),
    Kw(String, Expr, Span),
    /// `*iterable`
    Star(Expr),
    /// `**mapping`
    DoubleStar(Expr),
    /// An unparenthesized generator expression (only allowed as the sole argument).
    Gen(Expr),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: targets left to right, then the value.
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, BinOp, Expr),
    Del(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Expr, Expr, Vec<Stmt>, Vec<Stmt>),
    Def(FuncDef),
    Class(ClassDef),
    /// `import a, b as c`
    Import(Vec<(String, Option<String>)>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// `from module import a, b as c`
    ImportFrom(String, Vec<(String, Option<String>)>),
    Try(Vec<Stmt>, Vec<Handler>, Vec<Stmt>, Vec<Stmt>),
    /// `raise [exc [from cause]]`
    Raise(Option<Expr>, Option<Expr>),
    Assert(Expr, Option<Expr>),
    /// `with a as x, b: body`: each context manager with its optional `as` target.
    With(Vec<(Expr, Option<Expr>)>, Vec<Stmt>),
    /// `target: annotation [= value]`.
    AnnAssign(Expr, Expr, Option<Expr>),
}

/// `except [type [as name]]: body`
#[derive(Debug, Clone, PartialEq)]
pub struct Handler {
    pub span: Span,
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FuncDef {
    pub name: String,
    pub params: Params,
    pub body: Vec<Stmt>,
    /// `@expr` lines above the `def`, top to bottom.
    pub decorators: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    /// `class A(B, flag=1)`: the keywords passed on to `__init_subclass__`.
    pub keywords: Vec<(String, Expr)>,
    pub body: Vec<Stmt>,
    /// `@expr` lines above the `class`, top to bottom.
    pub decorators: Vec<Expr>,
}

impl StmtKind {
    /// A `def` or `class` with its decorators.
    pub fn decorated(self, decorators: Vec<Expr>) -> StmtKind {
        match self {
            StmtKind::Def(mut f) => {
                f.decorators = decorators;
                StmtKind::Def(f)
            }
            StmtKind::Class(mut c) => {
                c.decorators = decorators;
                StmtKind::Class(c)
            }
            other => other,
        }
    }

    /// Statements that open a block: at the prompt they end only at a blank line.
    pub fn is_compound(&self) -> bool {
        matches!(
            self,
            StmtKind::If(..)
                | StmtKind::While(..)
                | StmtKind::For(..)
                | StmtKind::Def(_)
                | StmtKind::Class(_)
                | StmtKind::Try(..)
        )
    }
}

/// Check a call's arguments: an unparenthesized generator expression must be the only one.
pub fn call_args(args: Vec<CallArg>) -> Result<Vec<CallArg>, (crate::lexer::LexErrorKind, usize)> {
    let n = args.len();
    args.into_iter()
        .map(|a| match a {
            CallArg::Gen(g) if n == 1 => Ok(CallArg::Pos(g)),
            CallArg::Gen(g) => Err((
                crate::lexer::LexErrorKind::Message(
                    "Generator expression must be parenthesized".into(),
                    (g.span.end - g.span.start) as usize,
                ),
                g.span.start as usize,
            )),
            a => Ok(a),
        })
        .collect()
}

/// One item of a parameter list as the parser meets it (with its start offset).
#[derive(Debug, Clone, PartialEq)]
pub enum ParamItem {
    Plain(String, Option<Expr>, usize),
    Star(Option<String>, usize),
    DoubleStar(String, usize),
    /// `/`: the parameters before it are positional-only.
    Slash(usize),
}

/// A checked parameter list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    /// Positional parameters.
    pub params: Vec<String>,
    /// How many of `params` are positional-only (before `/`).
    pub posonly: usize,
    /// Each positional parameter's default value, if it has one.
    pub defaults: Vec<Option<Expr>>,
    /// `*args`
    pub vararg: Option<String>,
    /// Keyword-only parameters (after `*` or `*args`), each with its default if it has one.
    pub kwonly: Vec<(String, Option<Expr>)>,
    /// `**kwargs`
    pub kwarg: Option<String>,
    /// `name: expr` annotations in parameter order, then `-> expr` as `return`.
    pub annotations: Vec<(String, Expr)>,
}

impl Params {
    /// A `def`'s parameters, each with its annotation if it has one.
    pub fn build_annotated(
        items: Vec<(ParamItem, Option<Expr>)>,
    ) -> Result<Params, (crate::lexer::LexErrorKind, usize)> {
        let mut annotations = Vec::new();
        let mut plain = Vec::with_capacity(items.len());
        for (item, ann) in items {
            if let Some(a) = ann {
                let n = match &item {
                    ParamItem::Plain(n, ..) | ParamItem::DoubleStar(n, _) => n.clone(),
                    ParamItem::Star(n, _) => n.clone().unwrap_or_default(),
                    ParamItem::Slash(_) => String::new(),
                };
                annotations.push((n, a));
            }
            plain.push(item);
        }
        // Source order is CPython's: positional, `*args`, keyword-only, `**kwargs`.
        let mut p = Params::build(plain)?;
        p.annotations = annotations;
        Ok(p)
    }

    /// Check the order CPython requires; an error is the message kind and its offset.
    pub fn build(items: Vec<ParamItem>) -> Result<Params, (crate::lexer::LexErrorKind, usize)> {
        use crate::lexer::LexErrorKind as K;
        let mut p = Params::default();
        let mut seen_default = false;
        let mut seen_star = false;
        let mut names: Vec<String> = Vec::new();
        // Duplicates are the compiler's to report (CPython's symtable does), after the block.
        let dup = |n: &str, _at: usize, names: &mut Vec<String>| -> Result<(), (K, usize)> {
            names.push(n.to_string());
            Ok(())
        };
        let mut bare_star: Option<usize> = None;
        for item in items {
            if p.kwarg.is_some() {
                let at = match &item {
                    ParamItem::Plain(_, _, at)
                    | ParamItem::Star(_, at)
                    | ParamItem::DoubleStar(_, at)
                    | ParamItem::Slash(at) => *at,
                };
                return Err((K::Message("arguments cannot follow var-keyword argument".into(), 1), at));
            }
            match item {
                ParamItem::Plain(n, d, at) => {
                    dup(&n, at, &mut names)?;
                    if seen_star {
                        p.kwonly.push((n, d));
                    } else {
                        if d.is_some() {
                            seen_default = true;
                        } else if seen_default {
                            return Err((K::NonDefaultAfterDefault(n.len()), at));
                        }
                        p.params.push(n);
                        p.defaults.push(d);
                    }
                }
                ParamItem::Star(n, at) => {
                    if seen_star {
                        return Err((K::Message("* argument may appear only once".into(), 1), at));
                    }
                    seen_star = true;
                    if let Some(n) = &n {
                        dup(n, at, &mut names)?;
                    } else {
                        bare_star = Some(at);
                    }
                    p.vararg = n;
                }
                ParamItem::DoubleStar(n, at) => {
                    dup(&n, at, &mut names)?;
                    p.kwarg = Some(n);
                }
                ParamItem::Slash(at) => {
                    if seen_star || p.posonly > 0 || p.params.is_empty() {
                        let msg = if p.params.is_empty() {
                            "at least one argument must precede /"
                        } else if p.posonly > 0 {
                            "/ may appear only once"
                        } else {
                            "/ must be ahead of *"
                        };
                        return Err((K::Message(msg.into(), 1), at));
                    }
                    p.posonly = p.params.len();
                }
            }
        }
        if let (Some(at), true) = (bare_star, p.kwonly.is_empty()) {
            return Err((K::Message("named arguments must follow bare *".into(), 1), at));
        }
        Ok(p)
    }

    pub fn into_def(self, name: String, body: Vec<Stmt>) -> FuncDef {
        FuncDef { name, params: self, body, decorators: Vec::new() }
    }
}
