//! AST → compiled code. Resolves every name to a frame slot or a global symbol, folds
//! constant expressions as CPython's AST optimizer does, and builds each code object's
//! constant table, sharing one object per distinct constant across the whole unit.

use crate::ast::{self, BinOp, ExprKind, Literal, Span, StmtKind as A, UnaryOp};
use crate::code::*;
use crate::error::SyntaxErr;
use crate::heap::Value;
use crate::intern::{intern, sym, Sym};
use crate::object::Obj;
use crate::{ops, value};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// One input at the `>>>` prompt: top-level expression values are echoed.
    Interactive,
    /// A whole script: one module unit.
    Script,
    /// The string given to `eval()`: one expression, whose value the unit returns.
    Eval,
}

/// A compiled input or script. While it runs, `parse_hold` keeps the references the parse
/// tree holds in CPython (one per distinct constant), which is why `sys.getrefcount(278)`
/// shows 3 at the prompt.
pub struct Unit {
    pub code: Rc<FuncCode>,
    pub parse_hold: Vec<Value>,
    /// SyntaxWarnings, already formatted as CPython prints them.
    pub warnings: Vec<String>,
}

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum ConstKey {
    None,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    /// A set display's frozenset: its items' keys, sorted.
    FrozenSet(Vec<ConstKey>),
    Ellipsis,
}

/// What a code object's frame is made of, from the scope analysis.
#[derive(Default)]
struct Sig {
    nparams: usize,
    posonly: usize,
    kwonly: usize,
    varargs: bool,
    varkw: bool,
    names: Option<crate::scope::Names>,
    /// The line of the `def` or `lambda`.
    first_line: u32,
}

struct Scope {
    kind: CodeKind,
    /// Frame slots by name (parameters, locals, then free variables).
    locals: Vec<Sym>,
    /// Each name's slot in `locals` (a function may have very many).
    slots: std::collections::HashMap<Sym, u32>,
    /// Slots that hold cells.
    cells: Vec<u32>,
    /// Slots from here on are free variables (always cells).
    first_free: usize,
    globals: Vec<Sym>,
    consts: Vec<Value>,
    const_index: HashMap<ConstKey, u32>,
    children: Vec<Rc<FuncCode>>,
    /// How many loops enclose the statement being compiled (for `break` and `continue`).
    loops: usize,
    /// The constant that is its docstring.
    doc: Option<u32>,
    /// A generator function's scope.
    generator: bool,
    /// Temporaries its expressions keep across a `yield` (see `spill`).
    ntemps: usize,
}

impl Scope {
    /// A name's slot, and whether it holds a cell.
    fn slot_of(&self, name: Sym) -> Option<(u32, bool)> {
        let i = *self.slots.get(&name)? as usize;
        Some((i as u32, i >= self.first_free || self.cells.contains(&(i as u32))))
    }
}

pub struct Compiler {
    source: Rc<Source>,
    mode: Mode,
    cache: HashMap<ConstKey, Value>,
    cache_order: Vec<ConstKey>,
    scopes: Vec<Scope>,
    qualname: Vec<String>,
    warnings: Vec<String>,
    /// The line of the `def` or `class` being compiled (its code's first line).
    def_line: u32,
    /// Compiling a library module: its globals are this module's attributes. For the
    /// source of `exec`/`eval`, the namespace the functions it defines use as globals.
    module: Option<u32>,
    /// The namespace of the module-level code itself (as `module`, except for `exec` and
    /// `eval` given a separate locals mapping; see `modules::load_global`).
    top: Option<u32>,
    /// Expressions (by address) already found not to fold: each node is tried once, so a
    /// long chain like `not not ... x` compiles in linear time.
    no_fold: std::collections::HashSet<usize>,
}

type CResult<T> = Result<T, SyntaxErr>;

pub fn compile(stmts: &[ast::Stmt], source: Rc<Source>, mode: Mode) -> CResult<Unit> {
    compile_in(stmts, source, mode, None, None)
}

/// Compile the source of `exec()`, `eval()` (`Mode::Eval`: a single expression whose
/// value the module code returns) or `compile(..., 'single')` (`Mode::Interactive`).
/// The module-level code's names live in namespace `top`, the functions' globals in
/// `module` (None: `__main__`'s table; see `modules::load_global`).
pub fn compile_dynamic(
    stmts: &[ast::Stmt],
    source: Rc<Source>,
    mode: Mode,
    top: Option<u32>,
    module: Option<u32>,
) -> CResult<Unit> {
    compile_in(stmts, source, mode, top, module)
}

/// Compile a library module written in Python: its globals live in the module object
/// `module` (a slot the runtime keeps alive), not in `__main__`'s table.
pub fn compile_library(stmts: &[ast::Stmt], source: Rc<Source>, module: u32) -> CResult<Unit> {
    compile_in(stmts, source, Mode::Script, Some(module), Some(module))
}

fn compile_in(
    stmts: &[ast::Stmt],
    source: Rc<Source>,
    mode: Mode,
    top: Option<u32>,
    module: Option<u32>,
) -> CResult<Unit> {
    let mut c = Compiler {
        source,
        mode,
        cache: HashMap::new(),
        cache_order: Vec::new(),
        scopes: Vec::new(),
        qualname: Vec::new(),
        warnings: Vec::new(),
        def_line: 1,
        module,
        top,
        no_fold: Default::default(),
    };
    let code = c.code(sym::module, "<module>", CodeKind::Module, Sig::default(), stmts)?;
    // The parse tree holds each distinct constant once, in the order it met them.
    let mut cache = std::mem::take(&mut c.cache);
    let parse_hold = c.cache_order.iter().filter_map(|k| cache.remove(k)).collect();
    Ok(Unit { code, parse_hold, warnings: c.warnings })
}

impl Compiler {
    /// Compile a code object. `params` are its parameter slots in frame order; `names` is
    /// the scope analysis of a function-like body (None for the module).
    fn code(
        &mut self,
        name: Sym,
        qualname: &str,
        kind: CodeKind,
        sig: Sig,
        body: &[ast::Stmt],
    ) -> CResult<Rc<FuncCode>> {
        self.code_with(name, qualname, kind, sig, |c| {
            // A function's or class's first statement, a string, is its docstring: the
            // code's constant `__doc__` comes from.
            if kind != CodeKind::Module {
                if let Some(ast::Stmt { kind: A::Expr(e), .. }) = body.first() {
                    if let ExprKind::Literal(Literal::Str(s)) = &e.kind {
                        let v = c.literal(&Literal::Str(s.clone()));
                        let i = c.add_const(v);
                        c.scope().doc = Some(i);
                    }
                }
            }
            c.block(body)
        })
    }

    fn code_with(
        &mut self,
        name: Sym,
        qualname: &str,
        kind: CodeKind,
        sig: Sig,
        body: impl FnOnce(&mut Compiler) -> CResult<Vec<Stmt>>,
    ) -> CResult<Rc<FuncCode>> {
        let def_line = self.def_line;
        let mut locals: Vec<Sym> = Vec::new();
        let mut cells = Vec::new();
        let mut frees = Vec::new();
        if let Some(names) = &sig.names {
            if kind == CodeKind::Function {
                locals.extend(names.locals.iter().map(|n| intern(n)));
                let child_free: std::collections::HashSet<&str> = names.child_free.iter().map(|n| n.as_str()).collect();
                for (i, n) in names.locals.iter().enumerate() {
                    if child_free.contains(n.as_str()) {
                        cells.push(i as u32);
                    }
                }
            } else if names.child_free.iter().any(|n| n == "__class__") {
                // A class whose methods use `super()` keeps itself in a `__class__` cell.
                locals.push(sym::__class__);
                cells.push(0);
            }
            for n in &names.free {
                if self.resolves(n) {
                    frees.push(intern(n));
                }
            }
        }
        // Each free variable's cell comes from a slot of the defining frame.
        let free_from: Vec<u32> = frees
            .iter()
            .map(|&n| {
                let scope = self.scopes.last().expect("free variables have a defining scope");
                *scope.slots.get(&n).expect("a resolved free variable is in the parent")
            })
            .collect();
        let nfree = frees.len();
        let first_free = locals.len();
        locals.extend(frees);
        let generator = kind == CodeKind::Function && sig.names.as_ref().is_some_and(|n| n.generator);
        let mut slots = std::collections::HashMap::with_capacity(locals.len());
        for (i, &n) in locals.iter().enumerate() {
            slots.entry(n).or_insert(i as u32);
        }
        self.scopes.push(Scope {
            kind,
            locals,
            slots,
            cells,
            first_free,
            globals: sig.names.as_ref().map(|n| n.globals.iter().map(|g| intern(g)).collect()).unwrap_or_default(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            children: Vec::new(),
            loops: 0,
            doc: None,
            generator,
            ntemps: 0,
        });
        let body = body(self);
        let scope = self.scopes.pop().unwrap();
        let body = body?;
        let simple = kind == CodeKind::Function
            && sig.kwonly == 0
            && sig.posonly == 0
            && !sig.varargs
            && !sig.varkw
            && scope.cells.is_empty()
            && nfree == 0;
        Ok(Rc::new(FuncCode {
            name,
            qualname: Rc::from(qualname),
            kind,
            nparams: sig.nparams,
            kwonly: sig.kwonly,
            posonly: sig.posonly,
            varargs: sig.varargs,
            varkw: sig.varkw,
            local_names: scope.locals,
            cells: scope.cells,
            nfree,
            free_from,
            simple,
            generator,
            first_line: sig.first_line,
            module: if kind == CodeKind::Module { self.top } else { self.module },
            ntemps: scope.ntemps,
            stack_size: crate::stackdepth::of_body(&body),
            body,
            consts: scope.consts,
            doc: scope.doc,
            line: def_line,
            source: self.source.clone(),
            children: std::cell::RefCell::new(scope.children),
        }))
    }

    /// Whether an enclosing function binds `n` (what `nonlocal n` needs).
    fn resolves_in_function(&self, n: &str) -> bool {
        let s = intern(n);
        self.scopes.iter().rev().any(|scope| scope.kind == CodeKind::Function && scope.slots.contains_key(&s))
    }

    /// Whether a name free in a new scope binds in an enclosing function (or is a class's
    /// `__class__`), walking out from the innermost scope.
    fn resolves(&self, n: &str) -> bool {
        let s = intern(n);
        for scope in self.scopes.iter().rev() {
            match scope.kind {
                CodeKind::Module => return false,
                CodeKind::Class => {
                    if scope.slots.contains_key(&s) {
                        return true;
                    }
                }
                CodeKind::Function => {
                    if scope.globals.contains(&s) {
                        return false;
                    }
                    if scope.slots.contains_key(&s) {
                        return true;
                    }
                }
            }
        }
        false
    }

    fn scope(&mut self) -> &mut Scope {
        self.scopes.last_mut().unwrap()
    }

    fn line(&self, span: Span) -> u32 {
        self.source.line_of(span.start)
    }

    fn err(&self, msg: &str, span: Span) -> SyntaxErr {
        SyntaxErr::at(&self.source, msg, span.start as usize, span.end as usize)
    }

    /// A SyntaxWarning as the warnings module shows it (with the source line for files).
    fn warn(&mut self, span: Span, msg: &str) {
        let line = self.line(span);
        let mut text = format!("{}:{line}: SyntaxWarning: {msg}\n", self.source.filename);
        if !self.source.filename.starts_with('<') {
            if let Some(src) = self.source.line_text(line) {
                text.push_str(&format!("  {}\n", src.trim()));
            }
        }
        self.warnings.push(text);
    }

    /// A SyntaxError CPython reports from its compiler, with no source line shown.
    fn err_without_text(&self, msg: &str, span: Span) -> SyntaxErr {
        let mut e = self.err(msg, span);
        e.text.clear();
        e
    }

    fn loop_body(&mut self, stmts: &[ast::Stmt]) -> CResult<Vec<Stmt>> {
        self.scope().loops += 1;
        let body = self.block(stmts);
        self.scope().loops -= 1;
        body
    }

    fn block(&mut self, stmts: &[ast::Stmt]) -> CResult<Vec<Stmt>> {
        stmts.iter().map(|s| self.stmt(s)).collect()
    }

    fn stmt(&mut self, s: &ast::Stmt) -> CResult<Stmt> {
        let line = self.line(s.span);
        let kind = match &s.kind {
            A::Expr(e) => {
                let e = self.expr(e)?;
                if self.mode == Mode::Interactive && self.scopes.len() == 1 {
                    StmtKind::PrintExpr(e)
                } else if self.mode == Mode::Eval && self.scopes.len() == 1 {
                    StmtKind::Return(Some(e))
                } else {
                    StmtKind::Expr(e)
                }
            }
            A::Assign(targets, value) => {
                let value = self.expr(value)?;
                let targets: Vec<Target> =
                    targets.iter().map(|t| self.target(t, "assign to")).collect::<CResult<_>>()?;
                match (targets.as_slice(), &value) {
                    ([Target::Local(i)], Expr::Binary(left, BinOp::Add, _, _)) if matches!(**left, Expr::Local(j, ..) if j == *i) => {
                        StmtKind::AssignConcat(*i, value)
                    }
                    ([Target::Tuple(ts, _)], Expr::Tuple(items))
                        if ts.len() == items.len() && (2..=3).contains(&items.len()) =>
                    {
                        let (Some(Target::Tuple(ts, _)), Expr::Tuple(items)) = (targets.into_iter().next(), value)
                        else {
                            unreachable!("matched above")
                        };
                        let perm = crate::code::Permutation::of(&ts, &items);
                        StmtKind::AssignSwap(ts, items, perm)
                    }
                    ([Target::Local(i)], _) => StmtKind::AssignLocal(*i, value),
                    _ => StmtKind::Assign(targets, value),
                }
            }
            A::AugAssign(t, op, v) => {
                if !matches!(t.kind, ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..)) {
                    let what = describe(t);
                    return Err(
                        self.err(&format!("'{what}' is an illegal expression for augmented assignment"), t.span)
                    );
                }
                let target = self.target(t, "assign to")?;
                StmtKind::AugAssign(target, *op, self.expr(v)?, s.span)
            }
            A::AnnAssign(t, ann, value) => {
                let simple = match &t.kind {
                    ExprKind::Name(n) if !is_parenthesized_name(&self.source.text, t) => Some(intern(n)),
                    ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => None,
                    ExprKind::Tuple(_) => {
                        return Err(self.err("only single target (not tuple) can be annotated", t.span));
                    }
                    ExprKind::List(_) => {
                        return Err(self.err("only single target (not list) can be annotated", t.span));
                    }
                    _ => return Err(self.err("illegal target for annotation", t.span)),
                };
                let value = value.as_ref().map(|v| self.expr(v)).transpose()?;
                let target = self.target(t, "assign to")?;
                // In a function body the annotation is not evaluated.
                let evaluated = self.scope().kind != CodeKind::Function;
                let ann = if evaluated { Some(self.expr(ann)?) } else { None };
                StmtKind::AnnAssign(target, value, ann, simple.filter(|_| evaluated))
            }
            A::Del(targets) => StmtKind::Del(targets.iter().map(|t| self.target(t, "delete")).collect::<CResult<_>>()?),
            A::Pass => StmtKind::Pass,
            A::Break if self.scope().loops == 0 => return Err(self.err_without_text("'break' outside loop", s.span)),
            A::Continue if self.scope().loops == 0 => {
                return Err(self.err_without_text("'continue' not properly in loop", s.span));
            }
            A::Break => StmtKind::Break,
            A::Continue => StmtKind::Continue,
            A::Return(e) => {
                if self.scope().kind != CodeKind::Function {
                    return Err(self.err_without_text("'return' outside function", s.span));
                }
                StmtKind::Return(e.as_ref().map(|e| self.expr(e)).transpose()?)
            }
            A::If(c, body, orelse) => StmtKind::If(self.expr(c)?, self.block(body)?, self.block(orelse)?),
            A::While(c, body, orelse) => {
                let c = self.expr(c)?;
                let body = self.loop_body(body)?;
                StmtKind::While(c, body, self.block(orelse)?)
            }
            A::For(t, iter, body, orelse) => {
                let iter = self.expr(iter)?;
                let target = self.target(t, "assign to")?;
                let body = self.loop_body(body)?;
                StmtKind::For(target, iter, body, self.block(orelse)?)
            }
            A::Def(f) => {
                let name = intern(&f.name);
                let decorators = self.decorators(&f.decorators)?;
                self.def_line = line;
                let (code, defaults, kwdefaults, annotations) = self.function(name, f, s.span)?;
                StmtKind::Def(CodeRef(code), defaults, kwdefaults, self.name_target(name), decorators, annotations)
            }
            A::Class(c) => {
                let name = intern(&c.name);
                let decorators = self.decorators(&c.decorators)?;
                self.def_line = line;
                let bases = c.bases.iter().map(|b| self.expr(b)).collect::<CResult<_>>()?;
                let keywords =
                    c.keywords.iter().map(|(k, v)| Ok((intern(k), self.expr(v)?))).collect::<CResult<Vec<_>>>()?;
                self.qualname.push(c.name.clone());
                let qual = self.qualname.join(".");
                let sig = Sig { names: Some(crate::scope::class_names(&c.body)), ..Sig::default() };
                let code = self.code(name, &qual, CodeKind::Class, sig, &c.body);
                self.qualname.pop();
                let code = code?;
                self.scope().children.push(code.clone());
                StmtKind::Class(name, Box::new((bases, keywords)), CodeRef(code), self.name_target(name), decorators)
            }
            A::Import(names) => {
                // Only single-name imports reach here as one statement each; see `flatten_imports`.
                let (module, alias) = &names[0];
                let bind = alias.as_deref().unwrap_or_else(|| module.split('.').next().unwrap());
                StmtKind::Import(intern(module), self.name_target(intern(bind)))
            }
            A::ImportFrom(module, names) if names[0].0 == "*" => {
                if self.scope().kind != CodeKind::Module {
                    // A compiler error: the source line shows for a file, not at the prompt.
                    let at = Span { start: s.span.end.saturating_sub(1), end: s.span.end };
                    let msg = "import * only allowed at module level";
                    return Err(if self.mode == Mode::Interactive {
                        self.err_without_text(msg, at)
                    } else {
                        self.err(msg, at)
                    });
                }
                StmtKind::ImportStar(intern(module))
            }
            A::ImportFrom(module, names) => {
                // Split by `flatten_imports` into one name per statement.
                let (n, alias) = &names[0];
                let bind = intern(alias.as_deref().unwrap_or(n));
                StmtKind::ImportFrom(intern(module), intern(n), self.name_target(bind))
            }
            A::Nonlocal(_) if self.scope().kind == CodeKind::Module => {
                return Err(self.err_without_text("nonlocal declaration not allowed at module level", s.span));
            }
            A::Nonlocal(_) => StmtKind::Pass,
            A::Try(body, handlers, orelse, fin) => {
                let body = self.block(body)?;
                let mut hs = Vec::new();
                for (k, h) in handlers.iter().enumerate() {
                    if h.typ.is_none() && k + 1 < handlers.len() {
                        return Err(self.err("default 'except:' must be last", h.span));
                    }
                    let typ = h.typ.as_ref().map(|t| self.expr(t)).transpose()?;
                    let name = h.name.as_ref().map(|n| self.name_target(intern(n)));
                    hs.push(Handler { line: self.line(h.span), typ, name, body: self.block(&h.body)? });
                }
                StmtKind::Try(body, hs, self.block(orelse)?, self.block(fin)?)
            }
            A::Raise(e, cause) => StmtKind::Raise(
                e.as_ref().map(|e| self.expr(e)).transpose()?,
                cause.as_ref().map(|e| self.expr(e)).transpose()?,
            ),
            A::With(items, body) => {
                // `with (a, b):` is two items, as CPython 3.11 reads it.
                let expanded: Vec<(ast::Expr, Option<ast::Expr>)> = match &items[..] {
                    [(e, None)] if is_parenthesized_tuple(&self.source.text, e) => {
                        let ExprKind::Tuple(xs) = &e.kind else { unreachable!() };
                        xs.iter().map(|x| (x.clone(), None)).collect()
                    }
                    _ => items.clone(),
                };
                let mut out = Vec::new();
                for (e, t) in &expanded {
                    let x = self.expr(e)?;
                    let t = t.as_ref().map(|t| self.target(t, "assign to")).transpose()?;
                    out.push((x, t));
                }
                StmtKind::With(out, self.block(body)?)
            }
            A::Assert(t, msg) => {
                let p = self.pos(t);
                StmtKind::Assert(self.expr(t)?, msg.as_ref().map(|e| self.expr(e)).transpose()?, p)
            }
            A::Global(_) => StmtKind::Pass,
        };
        Ok(Stmt { line, kind })
    }

    /// The namespace global names of the scope being compiled go to.
    fn namespace(&self) -> Option<u32> {
        if self.scopes.len() == 1 {
            self.top
        } else {
            self.module
        }
    }

    fn name_target(&mut self, name: Sym) -> Target {
        let global = match self.namespace() {
            Some(m) => Target::ModGlobal(name, m),
            None => Target::Global(name),
        };
        let scope = self.scope();
        match scope.kind {
            CodeKind::Module => global,
            CodeKind::Class => Target::ClassName(name),
            CodeKind::Function => match scope.slot_of(name) {
                Some((i, true)) => Target::Deref(i, name),
                Some((i, false)) => Target::Local(i),
                None => global,
            },
        }
    }

    fn target(&mut self, e: &ast::Expr, verb: &str) -> CResult<Target> {
        self.target_at(e, verb, true)
    }

    fn target_at(&mut self, e: &ast::Expr, verb: &str, top: bool) -> CResult<Target> {
        Ok(match &e.kind {
            ExprKind::Name(n) => self.name_target(intern(n)),
            ExprKind::Attribute(obj, name) => Target::Attr(self.expr(obj)?, intern(name), e.span),
            ExprKind::Subscript(obj, index) => Target::Item(self.expr(obj)?, self.expr(index)?, e.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                match items.iter().position(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    Some(k) if verb == "assign to" => {
                        if items[k + 1..].iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                            return Err(self.err_without_text("multiple starred expressions in assignment", e.span));
                        }
                        let before =
                            items[..k].iter().map(|t| self.target_at(t, verb, false)).collect::<CResult<_>>()?;
                        let ExprKind::Starred(x) = &items[k].kind else { unreachable!() };
                        let star = Box::new(self.target_at(x, verb, false)?);
                        let after =
                            items[k + 1..].iter().map(|t| self.target_at(t, verb, false)).collect::<CResult<_>>()?;
                        Target::Starred(before, star, after, e.span)
                    }
                    _ => Target::Tuple(
                        items.iter().map(|t| self.target_at(t, verb, false)).collect::<CResult<_>>()?,
                        e.span,
                    ),
                }
            }
            ExprKind::Starred(_) if verb == "assign to" => {
                return Err(self.err_without_text("starred assignment target must be in a list or tuple", e.span));
            }
            ExprKind::Literal(l @ (Literal::None | Literal::True | Literal::False)) => {
                let what = match l {
                    Literal::None => "None",
                    Literal::True => "True",
                    _ => "False",
                };
                return Err(self.err(&format!("cannot {verb} {what}"), e.span));
            }
            _ => {
                let what = describe(e);
                let msg = if verb == "assign to"
                    && top
                    && !matches!(e.kind, ExprKind::Compare(..) | ExprKind::And(..) | ExprKind::Or(..))
                {
                    format!("cannot {verb} {what} here. Maybe you meant '==' instead of '='?")
                } else {
                    format!("cannot {verb} {what}")
                };
                return Err(self.err(&msg, e.span));
            }
        })
    }

    fn load_name(&mut self, name: Sym, pos: Pos) -> Expr {
        let global = match self.namespace() {
            Some(m) => Expr::ModGlobal(name, m, pos),
            None => Expr::Global(name, pos),
        };
        let scope = self.scope();
        match scope.kind {
            CodeKind::Module => global,
            CodeKind::Class => match scope.slot_of(name) {
                Some((i, true)) if name != sym::__class__ => Expr::Deref(i, name, pos),
                _ => Expr::ClassName(name, pos),
            },
            CodeKind::Function => match scope.slot_of(name) {
                Some((i, true)) => Expr::Deref(i, name, pos),
                Some((i, false)) => Expr::Local(i, name, pos),
                None => global,
            },
        }
    }

    /// The decorators of a `def` or `class`, top to bottom, each with its line.
    fn decorators(&mut self, decos: &[ast::Expr]) -> CResult<Vec<Decorator>> {
        decos.iter().map(|d| Ok(Decorator { line: self.line(d.span), pos: self.pos(d), expr: self.expr(d)? })).collect()
    }

    /// Compile a `def` or `lambda`: its code, default values and keyword-only defaults.
    #[allow(clippy::type_complexity)]
    fn function(
        &mut self,
        name: Sym,
        f: &ast::FuncDef,
        span: Span,
    ) -> CResult<(Rc<FuncCode>, Vec<Expr>, Vec<(Sym, Expr)>, Vec<(Sym, Expr)>)> {
        let names = crate::scope::param_names(f);
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                return Err(self.err_without_text(&format!("duplicate argument '{n}' in function definition"), span));
            }
        }
        // Defaults are evaluated where the function is defined.
        let mut defaults = Vec::new();
        let p = &f.params;
        for d in p.defaults.iter().flatten() {
            defaults.push(self.expr(d)?);
        }
        let mut kwdefaults = Vec::new();
        for (n, d) in &p.kwonly {
            if let Some(d) = d {
                kwdefaults.push((intern(n), self.expr(d)?));
            }
        }
        // Annotations are evaluated where the function is defined, after the defaults.
        let mut annotations = Vec::new();
        for (n, a) in &p.annotations {
            annotations.push((intern(n), self.expr(a)?));
        }
        self.qualname.push(f.name.clone());
        let qual = self.qualname.join(".");
        let scope_names = crate::scope::function_names(f);
        if let Some((msg, at)) = &scope_names.error {
            return Err(self.err_without_text(msg, *at));
        }
        for (n, at) in scope_names.nonlocals.iter().zip(&scope_names.nonlocal_at) {
            if !self.resolves_in_function(n) {
                return Err(self.err_without_text(&format!("no binding for nonlocal '{n}' found"), *at));
            }
        }
        let sig = Sig {
            first_line: self.line(span),
            nparams: p.params.len(),
            posonly: p.posonly,
            kwonly: p.kwonly.len(),
            varargs: p.vararg.is_some(),
            varkw: p.kwarg.is_some(),
            names: Some(scope_names),
        };
        self.qualname.push("<locals>".into());
        let code = self.code(name, &qual, CodeKind::Function, sig, &f.body);
        self.qualname.pop();
        self.qualname.pop();
        let code = code?;
        self.scope().children.push(code.clone());
        Ok((code, defaults, kwdefaults, annotations))
    }

    /// A comprehension: a hidden function over `.0`, called with the first iterable's iterator.
    fn comprehension(
        &mut self,
        kind: CompKind,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        gens: &[ast::Comprehension],
        span: Pos,
    ) -> CResult<Expr> {
        let first = self.expr(&gens[0].iter)?;
        let label = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let elts: Vec<&ast::Expr> = std::iter::once(elt).chain(value).collect();
        let names = crate::scope::comprehension_names(&elts, gens);
        if names.generator {
            let what = match kind {
                CompKind::List => "list comprehension",
                CompKind::Set => "set comprehension",
                CompKind::Dict => "dict comprehension",
                CompKind::Gen => "generator expression",
            };
            let at = Span { start: span.start, end: span.end };
            return Err(self.err_without_text(&format!("'yield' inside {what}"), at));
        }
        self.qualname.push(label.into());
        let qual = self.qualname.join(".");
        self.qualname.pop();
        let sig = Sig { nparams: 1, names: Some(names), first_line: self.source.line_of(span.start), ..Sig::default() };
        let code = self.code_with(intern(label), &qual, CodeKind::Function, sig, |c| {
            let mut loops = Vec::new();
            for (k, g) in gens.iter().enumerate() {
                let iter = if k == 0 { None } else { Some(c.expr(&g.iter)?) };
                let target = c.target(&g.target, "assign to")?;
                let ifs = c.exprs(&g.ifs)?;
                loops.push(CompLoop { target, iter, ifs, pos: span });
            }
            let elt = c.expr(elt)?;
            let value = value.map(|v| c.expr(v)).transpose()?;
            let line = c.line(gens[0].iter.span);
            Ok(vec![Stmt { line, kind: StmtKind::Comprehension(kind, loops, elt, value) }])
        })?;
        self.scope().children.push(code.clone());
        Ok(Expr::Comp(CodeRef(code), Box::new(first), span))
    }

    /// The position CPython reports for an expression, with the `^` range of a binary
    /// operator (first non-blank characters between the operands) or of a subscript.
    fn pos(&self, e: &ast::Expr) -> Pos {
        let text = self.source.text.as_bytes();
        let anchor = match &e.kind {
            ExprKind::Binary(l, _, r) => {
                let (from, to) = (l.span.end as usize, r.span.start as usize);
                match (from..to).find(|&i| !text[i].is_ascii_whitespace() && text[i] != b')') {
                    Some(i) => {
                        let two = i + 1 < to && !text[i + 1].is_ascii_whitespace();
                        (i as u32, (i + 1 + two as usize) as u32)
                    }
                    None => (0, 0),
                }
            }
            ExprKind::Subscript(v, index) => {
                let close = text[index.span.end as usize..]
                    .iter()
                    .position(|&c| c == b']')
                    .map(|k| index.span.end as usize + k + 1);
                (v.span.end, close.unwrap_or(index.span.end as usize + 1) as u32)
            }
            _ => (0, 0),
        };
        Pos { start: e.span.start, end: e.span.end, anchor }
    }

    /// The constant an expression folds to, if it is one.
    fn fold(&mut self, e: &ast::Expr) -> Option<Value> {
        let key = e as *const ast::Expr as usize;
        if self.no_fold.contains(&key) {
            return None;
        }
        let r = self.fold_node(e);
        if r.is_none() && matches!(e.kind, ExprKind::Tuple(_) | ExprKind::Unary(..) | ExprKind::Binary(..)) {
            self.no_fold.insert(key);
        }
        r
    }

    fn fold_node(&mut self, e: &ast::Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Literal(lit) => Some(self.literal(lit)),
            ExprKind::Tuple(items) => {
                let vals = items.iter().map(|i| self.fold(i)).collect::<Option<Vec<_>>>()?;
                Some(self.intern_const(value::tuple(vals)))
            }
            ExprKind::Unary(op, operand) => {
                let v = self.fold(operand)?;
                let r = match op {
                    UnaryOp::Not => Some(value::bool_(!ops::truthy(&v).ok()?)),
                    _ => ops::unary(*op, &v).ok(),
                }?;
                Some(self.intern_const(r))
            }
            ExprKind::Binary(a, op, b) => {
                let a = self.fold(a)?;
                let b = self.fold(b)?;
                if !safe_to_fold(&a, *op, &b) {
                    return None;
                }
                let r = ops::binary(*op, &a, &b).ok()?;
                Some(self.intern_const(r))
            }
            // fold_subscr: a constant subscripted by a constant (not a slice).
            ExprKind::Subscript(obj, index) if !matches!(index.kind, ExprKind::Slice(..)) => {
                let obj = self.fold(obj)?;
                let index = self.fold(index)?;
                let r = crate::builtins::get_item(&obj, &index).ok()?;
                Some(self.intern_const(r))
            }
            _ => None,
        }
    }

    fn literal(&mut self, lit: &Literal) -> Value {
        let v = match lit {
            Literal::Int(i) => value::big(i.clone()),
            Literal::Float(f) => value::float(*f),
            Literal::Str(s) if value::is_name_like(s) => value::interned(s),
            Literal::Str(s) => value::str_(s),
            Literal::Bytes(b) => crate::objects::bytes::new(b),
            Literal::None => value::none(),
            Literal::Ellipsis => crate::builtins::ellipsis(),
            Literal::True => value::bool_(true),
            Literal::False => value::bool_(false),
        };
        self.intern_const(v)
    }

    /// A set display of three or more constants is a frozenset constant (then
    /// `BUILD_SET` + `SET_UPDATE` at run time). CPython builds it from the items in order,
    /// then once more from its own order when it merges the unit's constants
    /// (merge_consts_recursive), where an equal frozenset met earlier in the unit is
    /// taken instead: the layout, and so the order a new set iterates in, follows.
    fn frozenset_const(&mut self, items: Vec<Value>) -> Option<Value> {
        let first = crate::builtins::dict::new_set(items.into_iter()).ok()?;
        let again = crate::builtins::dict::set_of(&first).iter().map(Value::dup).collect::<Vec<_>>();
        drop(first);
        let set = crate::builtins::dict::new_set(again.into_iter()).ok()?;
        crate::builtins::dict::set_of(&set).frozen = true;
        Some(self.intern_const(set))
    }

    /// Merge a constant with an equal one met earlier in the unit (CPython's const cache).
    fn intern_const(&mut self, v: Value) -> Value {
        // Name-like string constants are interned, folded ones included.
        let v = match v.obj() {
            Obj::Str(s) if value::is_name_like(s) => value::interned(s),
            _ => v,
        };
        let Some(key) = const_key(&v) else { return v };
        if let Some(existing) = self.cache.get(&key) {
            return existing.dup();
        }
        self.cache.insert(key.clone(), v.dup());
        self.cache_order.push(key);
        v
    }

    /// Add a constant to the current code's table; returns its index.
    fn add_const(&mut self, v: Value) -> u32 {
        let key = const_key(&v).expect("constants have keys");
        let scope = self.scope();
        if let Some(&i) = scope.const_index.get(&key) {
            return i;
        }
        let i = scope.consts.len() as u32;
        scope.consts.push(v);
        scope.const_index.insert(key, i);
        i
    }

    fn expr(&mut self, e: &ast::Expr) -> CResult<Expr> {
        let x = self.expr_node(e)?;
        let scope = self.scopes.last_mut().expect("a scope");
        if !scope.generator {
            return Ok(x);
        }
        Ok(crate::spill::spill(x, &mut || {
            scope.ntemps += 1;
            (scope.ntemps - 1) as u32
        }))
    }

    fn expr_node(&mut self, e: &ast::Expr) -> CResult<Expr> {
        if matches!(
            e.kind,
            ExprKind::Literal(_)
                | ExprKind::Tuple(_)
                | ExprKind::Unary(..)
                | ExprKind::Binary(..)
                | ExprKind::Subscript(..)
        ) {
            if let Some(v) = self.fold(e) {
                return Ok(Expr::Const(self.add_const(v)));
            }
        }
        let span = self.pos(e);
        Ok(match &e.kind {
            ExprKind::Name(n) => {
                let pos = self.pos(e);
                self.load_name(intern(n), pos)
            }
            ExprKind::Literal(_) => unreachable!("literals always fold"),
            ExprKind::List(items) if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) => {
                Expr::ListStar(self.star_items(items)?)
            }
            ExprKind::List(items) => {
                if items.len() > 2 {
                    if let Some(vals) = items.iter().map(|i| self.fold(i)).collect::<Option<Vec<_>>>() {
                        let t = self.intern_const(value::tuple(vals));
                        return Ok(Expr::ListFromConst(self.add_const(t)));
                    }
                }
                Expr::List(self.exprs(items)?)
            }
            ExprKind::Set(items) if items.len() > 2 => {
                if let Some(vals) = items.iter().map(|i| self.fold(i)).collect::<Option<Vec<_>>>() {
                    if let Some(c) = self.frozenset_const(vals) {
                        return Ok(Expr::SetFromConst(self.add_const(c)));
                    }
                }
                Expr::Set(self.exprs(items)?)
            }
            ExprKind::Tuple(items) if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) => {
                Expr::TupleStar(self.star_items(items)?)
            }
            ExprKind::Tuple(items) => Expr::Tuple(self.exprs(items)?),
            ExprKind::Binary(a, op, b) => {
                Expr::Binary(Box::new(self.expr(a)?), *op, Box::new(self.expr(b)?), span).into_arith()
            }
            ExprKind::Unary(op, a) => Expr::Unary(*op, Box::new(self.expr(a)?), span),
            ExprKind::And(a, b) => Expr::And(Box::new(self.expr(a)?), Box::new(self.expr(b)?)),
            ExprKind::Or(a, b) => Expr::Or(Box::new(self.expr(a)?), Box::new(self.expr(b)?)),
            ExprKind::Compare(a, rest) => {
                let mut left = &**a;
                for (op, right) in rest {
                    if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot)
                        && (self.is_literal(left) || self.is_literal(right))
                    {
                        let (is, eq) = if *op == ast::CmpOp::Is { ("is", "==") } else { ("is not", "!=") };
                        self.warn(e.span, &format!("\"{is}\" with a literal. Did you mean \"{eq}\"?"));
                    }
                    left = right;
                }
                let first = self.expr(a)?;
                let rest = rest.iter().map(|(op, e)| Ok((*op, self.expr(e)?))).collect::<CResult<_>>()?;
                Expr::Compare(Box::new(first), rest, span)
            }
            ExprKind::Call(f, args) => {
                self.check_call(e, f);
                if args.iter().any(|a| matches!(a, ast::CallArg::Star(_) | ast::CallArg::DoubleStar(_))) {
                    let callee = self.expr(f)?;
                    let mut pos = Vec::new();
                    let mut kws = Vec::new();
                    let mut dstar: Option<Span> = None;
                    for a in args {
                        match a {
                            ast::CallArg::Star(_) if dstar.is_some() => {
                                let d = dstar.unwrap();
                                return Err(self.err(
                                    "iterable argument unpacking follows keyword argument unpacking",
                                    Span { start: d.start.saturating_sub(2), end: d.end },
                                ));
                            }
                            ast::CallArg::DoubleStar(x) if dstar.is_none() => {
                                dstar = Some(x.span);
                                kws.push((None, self.expr(x)?));
                            }
                            ast::CallArg::Pos(x) | ast::CallArg::Gen(x) => pos.push((false, self.expr(x)?)),
                            ast::CallArg::Star(x) => pos.push((true, self.expr(x)?)),
                            ast::CallArg::Kw(n, x, _) => kws.push((Some(intern(n)), self.expr(x)?)),
                            ast::CallArg::DoubleStar(x) => kws.push((None, self.expr(x)?)),
                        }
                    }
                    return Ok(Expr::CallEx(Box::new(callee), pos, kws, span));
                }
                let mut pos = Vec::new();
                let mut kws: Vec<(Sym, Expr)> = Vec::new();
                for a in args {
                    match a {
                        ast::CallArg::Star(_) | ast::CallArg::DoubleStar(_) | ast::CallArg::Gen(_) => unreachable!(),
                        ast::CallArg::Pos(x) if !kws.is_empty() => {
                            let at = Span { start: x.span.end, end: x.span.end + 1 };
                            return Err(self.err("positional argument follows keyword argument", at));
                        }
                        ast::CallArg::Pos(x) => pos.push(self.expr(x)?),
                        ast::CallArg::Kw(n, x, kspan) => {
                            let k = intern(n);
                            if kws.iter().any(|(s, _)| *s == k) {
                                return Err(self.err_without_text(&format!("keyword argument repeated: {n}"), *kspan));
                            }
                            kws.push((k, self.expr(x)?));
                        }
                    }
                }
                if !kws.is_empty() {
                    return Ok(Expr::CallKw(Box::new(self.expr(f)?), pos, kws, span));
                }
                let args = pos;
                match &f.kind {
                    ExprKind::Attribute(obj, name) => {
                        Expr::CallMethod(Box::new(self.expr(obj)?), intern(name), args, span)
                    }
                    _ => Expr::Call(Box::new(self.expr(f)?), args, span),
                }
            }
            ExprKind::Attribute(obj, name) => Expr::Attr(Box::new(self.expr(obj)?), intern(name), span),
            ExprKind::Subscript(obj, index) => {
                self.check_subscript(e, obj, index);
                Expr::Item(Box::new(self.expr(obj)?), Box::new(self.expr(index)?), span)
            }
            ExprKind::Slice(a, b, c) => Expr::Slice(self.opt(a)?, self.opt(b)?, self.opt(c)?),
            ExprKind::IfElse(c, a, b) => {
                Expr::IfElse(Box::new(self.expr(c)?), Box::new(self.expr(a)?), Box::new(self.expr(b)?))
            }
            ExprKind::Dict(items) if items.iter().any(|(k, _)| k.is_none()) => {
                let mut v = Vec::with_capacity(items.len());
                for (k, x) in items {
                    let k = k.as_ref().map(|k| self.expr(k)).transpose()?;
                    v.push((k, self.expr(x)?));
                }
                Expr::DictStar(v)
            }
            ExprKind::Dict(items) => {
                let mut v = Vec::with_capacity(items.len());
                for (k, x) in items {
                    let k = k.as_ref().expect("no ** items here");
                    v.push((self.expr(k)?, self.expr(x)?));
                }
                Expr::Dict(v)
            }
            ExprKind::Set(items) if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) => {
                Expr::SetStar(self.star_items(items)?)
            }
            ExprKind::Set(items) => Expr::Set(self.exprs(items)?),
            ExprKind::ListComp(elt, gens) => self.comprehension(CompKind::List, elt, None, gens, span)?,
            ExprKind::SetComp(elt, gens) => self.comprehension(CompKind::Set, elt, None, gens, span)?,
            ExprKind::GenExp(elt, gens) => self.comprehension(CompKind::Gen, elt, None, gens, span)?,
            ExprKind::DictComp(k, v, gens) => self.comprehension(CompKind::Dict, k, Some(v), gens, span)?,
            ExprKind::Lambda(f) => {
                let (code, defaults, kwdefaults, _) = self.function(sym::lambda, f, e.span)?;
                Expr::Lambda(CodeRef(code), defaults, kwdefaults)
            }
            ExprKind::Starred(_) => return Err(self.err_without_text("can't use starred expression here", e.span)),
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) if !self.scope().generator => {
                return Err(self.err_without_text("'yield' outside function", e.span));
            }
            ExprKind::Yield(v) => Expr::Yield(v.as_ref().map(|v| self.expr(v).map(Box::new)).transpose()?),
            ExprKind::YieldFrom(v) => Expr::YieldFrom(Box::new(self.expr(v)?), span),
            ExprKind::FString(parts) => {
                if parts.iter().all(|p| matches!(p, ast::FPart::Lit(_))) {
                    let text: String =
                        parts.iter().map(|p| if let ast::FPart::Lit(t) = p { t.as_str() } else { "" }).collect();
                    let v = self.literal(&Literal::Str(text));
                    return Ok(Expr::Const(self.add_const(v)));
                }
                Expr::FString(self.fpieces(parts)?)
            }
        })
    }

    fn star_items(&mut self, items: &[ast::Expr]) -> CResult<Vec<(bool, Expr)>> {
        items
            .iter()
            .map(|i| match &i.kind {
                ExprKind::Starred(x) => Ok((true, self.expr(x)?)),
                _ => Ok((false, self.expr(i)?)),
            })
            .collect()
    }

    fn fpieces(&mut self, parts: &[ast::FPart]) -> CResult<Vec<FPiece>> {
        let mut out = Vec::new();
        for p in parts {
            match p {
                ast::FPart::Lit(t) => {
                    let v = value::str_(t);
                    let v = self.intern_const(v);
                    out.push(FPiece::Lit(self.add_const(v)));
                }
                ast::FPart::Field { expr, conv, spec, debug } => {
                    if let Some(d) = debug {
                        let v = value::str_(d);
                        let v = self.intern_const(v);
                        out.push(FPiece::Lit(self.add_const(v)));
                    }
                    out.push(FPiece::Field(self.expr(expr)?, *conv, self.fpieces(spec)?));
                }
            }
        }
        Ok(out)
    }

    fn opt(&mut self, e: &Option<Box<ast::Expr>>) -> CResult<Option<Box<Expr>>> {
        e.as_ref().map(|e| Ok(Box::new(self.expr(e)?))).transpose()
    }

    fn exprs(&mut self, items: &[ast::Expr]) -> CResult<Vec<Expr>> {
        items.iter().map(|e| self.expr(e)).collect()
    }
}

impl Compiler {
    /// CPython's infer_type: the type of a constant (after folding) or of a display.
    fn infer_type(&mut self, e: &ast::Expr) -> Option<&'static str> {
        match self.fold(e) {
            Some(v) => Some(const_type(&v)),
            None => display_type(e),
        }
    }

    /// A constant for the `is` warning (after folding): anything but None, True, False
    /// and Ellipsis (check_is_arg).
    fn is_literal(&mut self, e: &ast::Expr) -> bool {
        match self.fold(e) {
            Some(v) => {
                !matches!(v.obj(), Obj::None | Obj::Bool(_) | Obj::Builtin(crate::builtins::BuiltinFn::Ellipsis))
            }
            None => false,
        }
    }

    /// check_caller: calling a constant or a display.
    fn check_call(&mut self, e: &ast::Expr, f: &ast::Expr) {
        let t = match self.fold(f) {
            Some(v) => Some(const_type(&v)),
            // Any display, but not a lambda (callable) or a slice (not an expression).
            None if !matches!(f.kind, ExprKind::Lambda(_) | ExprKind::Slice(..)) => display_type(f),
            None => None,
        };
        if let Some(t) = t {
            self.warn(e.span, &format!("'{t}' object is not callable; perhaps you missed a comma?"));
        }
    }

    /// CPython's compile-time hints for subscripting a literal (check_subscripter and
    /// check_index in compile.c), on the folded tree.
    fn check_subscript(&mut self, e: &ast::Expr, obj: &ast::Expr, index: &ast::Expr) {
        let folded = self.fold(obj);
        let (not_subscriptable, sequence) = match &folded {
            Some(v) => (
                matches!(
                    v.obj(),
                    Obj::None
                        | Obj::Builtin(crate::builtins::BuiltinFn::Ellipsis)
                        | Obj::Int(_)
                        | Obj::Long(_)
                        | Obj::Bool(_)
                        | Obj::Float(_)
                        | Obj::Set(_)
                ),
                matches!(v.obj(), Obj::Str(_) | Obj::Bytes(_) | Obj::Tuple(_)),
            ),
            None => (
                matches!(
                    obj.kind,
                    ExprKind::Set(_) | ExprKind::SetComp(..) | ExprKind::GenExp(..) | ExprKind::Lambda(_)
                ),
                matches!(
                    obj.kind,
                    ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::ListComp(..) | ExprKind::FString(_)
                ),
            ),
        };
        let obj_type = match &folded {
            Some(v) => Some(const_type(v)),
            None => display_type(obj),
        };
        drop(folded);
        if not_subscriptable {
            let t = obj_type.unwrap_or("object");
            self.warn(e.span, &format!("'{t}' object is not subscriptable; perhaps you missed a comma?"));
            return;
        }
        let index_type = match self.infer_type(index) {
            None | Some("int" | "bool" | "slice") => return,
            Some(t) => t,
        };
        if let (true, Some(o)) = (sequence, obj_type) {
            self.warn(
                e.span,
                &format!("{o} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"),
            );
        }
    }
}

/// The type name of a constant, as infer_type reports it.
fn const_type(v: &Value) -> &'static str {
    match v.obj() {
        Obj::Builtin(crate::builtins::BuiltinFn::Ellipsis) => "ellipsis",
        Obj::Set(s) if s.frozen => "frozenset",
        o => o.type_id().name(),
    }
}

/// The type of a display, comprehension, lambda or f-string, as infer_type reports it.
fn display_type(e: &ast::Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp(..) => "list",
        ExprKind::Dict(_) | ExprKind::DictComp(..) => "dict",
        ExprKind::Set(_) | ExprKind::SetComp(..) => "set",
        ExprKind::GenExp(..) => "generator",
        ExprKind::Lambda(_) => "function",
        ExprKind::FString(_) => "str",
        ExprKind::Slice(..) => "slice",
        _ => return None,
    })
}

fn const_key(v: &Value) -> Option<ConstKey> {
    Some(match v.obj() {
        Obj::None => ConstKey::None,
        Obj::Builtin(crate::builtins::BuiltinFn::Ellipsis) => ConstKey::Ellipsis,
        Obj::Bool(b) => ConstKey::Bool(*b),
        Obj::Int(i) => ConstKey::Int(BigInt::from(*i)),
        Obj::Long(b) => ConstKey::Int((**b).clone()),
        Obj::Float(f) => ConstKey::Float(f.to_bits()),
        Obj::Str(s) => ConstKey::Str(s.to_string()),
        Obj::Bytes(b) => ConstKey::Bytes(b.to_vec()),
        Obj::Tuple(items) => ConstKey::Tuple(items.iter().map(const_key).collect::<Option<_>>()?),
        Obj::Set(s) if s.frozen => {
            let mut keys = s.iter().map(const_key).collect::<Option<Vec<_>>>()?;
            keys.sort();
            ConstKey::FrozenSet(keys)
        }
        _ => return None,
    })
}

/// CPython's limits on folding (ast_opt.c): no huge ints or strings at compile time.
fn safe_to_fold(a: &Value, op: BinOp, b: &Value) -> bool {
    const MAX_INT_BITS: u64 = 128;
    const MAX_STR: usize = 4096;
    let bits = |v: &Value| match v.obj() {
        Obj::Int(i) => Some(64 - i.unsigned_abs().leading_zeros() as u64),
        Obj::Long(b) => Some(b.bits()),
        _ => None,
    };
    let seq_len = |v: &Value| match v.obj() {
        Obj::Str(s) => Some(s.char_len()),
        Obj::Bytes(b) => Some(b.len()),
        Obj::Tuple(t) => Some(t.len()),
        _ => None,
    };
    let int_val = |v: &Value| match v.obj() {
        Obj::Int(i) => Some(*i),
        _ => None,
    };
    match op {
        BinOp::Pow => match (bits(a), int_val(b)) {
            (Some(vb), Some(w)) if vb > 0 && w > 0 => vb <= MAX_INT_BITS / w as u64,
            _ => true,
        },
        BinOp::Mul => match (bits(a), bits(b), seq_len(a), seq_len(b)) {
            (Some(x), Some(y), _, _) => !(x > 0 && y > 0 && x + y > MAX_INT_BITS),
            (_, _, Some(n), _) => {
                int_val(b).is_some_and(|k| k >= 0 && (n as i64).saturating_mul(k) <= MAX_STR as i64)
                    || int_val(b).is_some_and(|k| k < 0)
            }
            (_, _, _, Some(n)) => {
                int_val(a).is_some_and(|k| k >= 0 && (n as i64).saturating_mul(k) <= MAX_STR as i64)
                    || int_val(a).is_some_and(|k| k < 0)
            }
            _ => true,
        },
        BinOp::LShift => match (bits(a), int_val(b)) {
            (Some(vb), Some(w)) => !(w < 0 || w as u64 > MAX_INT_BITS || vb > MAX_INT_BITS - w as u64) || vb == 0,
            (Some(vb), None) => vb == 0 || !matches!(b.obj(), Obj::Long(_)),
            _ => true,
        },
        BinOp::Mod => !matches!(a.obj(), Obj::Str(_) | Obj::Bytes(_)),
        _ => true,
    }
}

fn describe(e: &ast::Expr) -> &'static str {
    match &e.kind {
        ExprKind::Literal(Literal::Ellipsis) => "ellipsis",
        ExprKind::Literal(_) => "literal",
        ExprKind::Call(..) => "function call",
        ExprKind::Binary(..) | ExprKind::Unary(..) => "expression",
        ExprKind::Compare(..) => "comparison",
        ExprKind::And(..) | ExprKind::Or(..) => "expression",
        ExprKind::IfElse(..) => "conditional expression",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}

/// `import a, b` is two imports; split it so each statement binds one module.
pub fn flatten_imports(stmts: Vec<ast::Stmt>) -> Vec<ast::Stmt> {
    let mut out = Vec::with_capacity(stmts.len());
    for s in stmts {
        let span = s.span;
        match s.kind {
            A::Import(names) if names.len() > 1 => {
                out.extend(names.into_iter().map(|n| ast::Stmt { span, kind: A::Import(vec![n]) }));
            }
            A::ImportFrom(m, names) if names.len() > 1 => {
                out.extend(names.into_iter().map(|n| ast::Stmt { span, kind: A::ImportFrom(m.clone(), vec![n]) }));
            }
            A::Try(b, hs, e, f) => {
                let hs = hs.into_iter().map(|mut h| {
                    h.body = flatten_imports(h.body);
                    h
                });
                let kind = A::Try(flatten_imports(b), hs.collect(), flatten_imports(e), flatten_imports(f));
                out.push(ast::Stmt { span, kind });
            }
            A::If(c, a, b) => out.push(ast::Stmt { span, kind: A::If(c, flatten_imports(a), flatten_imports(b)) }),
            A::While(c, a, b) => {
                out.push(ast::Stmt { span, kind: A::While(c, flatten_imports(a), flatten_imports(b)) })
            }
            A::For(t, i, a, b) => {
                out.push(ast::Stmt { span, kind: A::For(t, i, flatten_imports(a), flatten_imports(b)) })
            }
            A::Def(mut f) => {
                f.body = flatten_imports(f.body);
                out.push(ast::Stmt { span, kind: A::Def(f) });
            }
            A::Class(mut c) => {
                c.body = flatten_imports(c.body);
                out.push(ast::Stmt { span, kind: A::Class(c) });
            }
            kind => out.push(ast::Stmt { span, kind }),
        }
    }
    out
}

/// `(a, b)` written with its own parentheses (not `a, b`).
fn is_parenthesized_tuple(text: &str, e: &ast::Expr) -> bool {
    matches!(e.kind, ExprKind::Tuple(_)) && text.as_bytes().get(e.span.start as usize) == Some(&b'(')
}

/// `(x): int`: a parenthesized name is not a simple annotation target.
fn is_parenthesized_name(text: &str, e: &ast::Expr) -> bool {
    text.as_bytes().get(e.span.start as usize) == Some(&b'(')
}
