//! Which names a function-like scope binds, declares and uses (CPython's symtable pass):
//! the compiler asks it for a function's locals, and for the names the function and the
//! scopes nested in it use without binding — the candidates for closure variables.

use crate::ast::{self, CallArg, Comprehension, ExprKind, FPart, FuncDef, StmtKind as A};

#[derive(Default, Debug)]
pub struct Names {
    /// Names bound in the scope, in the order first met (parameters first).
    pub locals: Vec<String>,
    pub globals: Vec<String>,
    pub nonlocals: Vec<String>,
    /// Names used (loaded) here or free in a nested scope, not bound here: closure candidates.
    pub free: Vec<String>,
    /// Names nested scopes use freely (the ones this scope must keep in cells if it binds them).
    pub child_free: Vec<String>,
    /// The first misuse of `global`/`nonlocal` found, with the statement it is in.
    pub error: Option<(String, crate::ast::Span)>,
    /// The `nonlocal` statement that declared each name in `nonlocals`.
    pub nonlocal_at: Vec<crate::ast::Span>,
    /// The scope's own body holds `yield` (not a nested scope's): a generator function.
    pub generator: bool,
}

/// Names in the order first met, each once, found by hash (a function may have
/// hundreds of thousands: every check here is constant time).
type NameSet = indexmap::IndexSet<String>;

fn add(v: &mut NameSet, n: &str) {
    if !v.contains(n) {
        v.insert(n.to_string());
    }
}

struct Walk {
    nonlocal_at: Vec<crate::ast::Span>,
    params: NameSet,
    error: Option<(String, crate::ast::Span)>,
    bound: NameSet,
    used: NameSet,
    globals: NameSet,
    nonlocals: NameSet,
    child_free: NameSet,
    generator: bool,
}

impl Walk {
    fn new(params: Vec<String>) -> Walk {
        Walk {
            nonlocal_at: Vec::new(),
            params: params.iter().cloned().collect(),
            error: None,
            bound: params.into_iter().collect(),
            used: NameSet::new(),
            globals: NameSet::new(),
            nonlocals: NameSet::new(),
            child_free: NameSet::new(),
            generator: false,
        }
    }

    fn finish(self) -> Names {
        let locals: NameSet = self
            .bound
            .iter()
            .filter(|n| !self.globals.contains(n.as_str()) && !self.nonlocals.contains(n.as_str()))
            .cloned()
            .collect();
        let mut free = NameSet::new();
        for n in self.used.iter().chain(&self.child_free).chain(&self.nonlocals) {
            if !locals.contains(n.as_str()) && !self.globals.contains(n.as_str()) {
                add(&mut free, n);
            }
        }
        Names {
            locals: locals.into_iter().collect(),
            globals: self.globals.into_iter().collect(),
            nonlocals: self.nonlocals.into_iter().collect(),
            free: free.into_iter().collect(),
            child_free: self.child_free.into_iter().collect(),
            error: self.error,
            nonlocal_at: self.nonlocal_at,
            generator: self.generator,
        }
    }

    fn bind(&mut self, n: &str) {
        add(&mut self.bound, n);
    }

    fn target(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| self.target(i)),
            ExprKind::Starred(x) => self.target(x),
            _ => self.expr(e),
        }
    }

    fn child(&mut self, names: Names) {
        for n in names.free {
            add(&mut self.child_free, &n);
        }
    }

    fn stmts(&mut self, body: &[ast::Stmt]) {
        body.iter().for_each(|s| self.stmt(s));
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            A::Expr(e) => self.expr(e),
            A::Assign(ts, v) => {
                self.expr(v);
                ts.iter().for_each(|t| self.target(t));
            }
            A::AnnAssign(t, a, v) => {
                v.iter().for_each(|v| self.expr(v));
                self.expr(a);
                self.target(t);
            }
            A::AugAssign(t, _, v) => {
                self.expr(v);
                if let ExprKind::Name(n) = &t.kind {
                    add(&mut self.used, n);
                }
                self.target(t);
            }
            A::Del(ts) => ts.iter().for_each(|t| self.target(t)),
            A::Pass | A::Break | A::Continue => {}
            A::Return(e) => e.iter().for_each(|e| self.expr(e)),
            A::If(c, a, b) | A::While(c, a, b) => {
                self.expr(c);
                self.stmts(a);
                self.stmts(b);
            }
            A::For(t, i, a, b) => {
                self.expr(i);
                self.target(t);
                self.stmts(a);
                self.stmts(b);
            }
            A::Def(f) => {
                f.decorators.iter().for_each(|d| self.expr(d));
                self.defaults(f);
                self.bind(&f.name);
                let names = function_names(f);
                self.child(names);
            }
            A::Class(c) => {
                c.decorators.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|b| self.expr(b));
                c.keywords.iter().for_each(|(_, v)| self.expr(v));
                self.bind(&c.name);
                let names = class_names(&c.body);
                self.child(names);
            }
            A::Import(names) => {
                for (m, a) in names {
                    self.bind(a.as_deref().unwrap_or_else(|| m.split('.').next().unwrap()));
                }
            }
            A::ImportFrom(_, names) => {
                for (n, a) in names.iter().filter(|(n, _)| n != "*") {
                    self.bind(a.as_deref().unwrap_or(n));
                }
            }
            A::Global(ns) | A::Nonlocal(ns) => {
                let what = if matches!(s.kind, A::Global(_)) { "global" } else { "nonlocal" };
                for n in ns {
                    let problem = if self.params.contains(n) {
                        Some(format!("name '{n}' is parameter and {what}"))
                    } else if self.bound.contains(n) {
                        Some(format!("name '{n}' is assigned to before {what} declaration"))
                    } else if self.used.contains(n) {
                        Some(format!("name '{n}' is used prior to {what} declaration"))
                    } else {
                        None
                    };
                    if let (Some(p), None) = (problem, &self.error) {
                        self.error = Some((p, s.span));
                    }
                    if what == "global" {
                        add(&mut self.globals, n);
                    } else if !self.nonlocals.contains(n.as_str()) {
                        self.nonlocals.insert(n.clone());
                        self.nonlocal_at.push(s.span);
                    }
                }
            }
            A::Try(body, handlers, orelse, fin) => {
                self.stmts(body);
                for h in handlers {
                    h.typ.iter().for_each(|t| self.expr(t));
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(fin);
            }
            A::Raise(a, b) => {
                a.iter().for_each(|e| self.expr(e));
                b.iter().for_each(|e| self.expr(e));
            }
            A::With(items, body) => {
                for (e, t) in items {
                    self.expr(e);
                    t.iter().for_each(|t| self.target(t));
                }
                self.stmts(body);
            }
            A::Assert(a, b) => {
                self.expr(a);
                b.iter().for_each(|e| self.expr(e));
            }
        }
    }

    fn defaults(&mut self, f: &FuncDef) {
        f.params.defaults.iter().flatten().for_each(|d| self.expr(d));
        f.params.kwonly.iter().filter_map(|(_, d)| d.as_ref()).for_each(|d| self.expr(d));
        f.params.annotations.iter().for_each(|(_, a)| self.expr(a));
    }

    fn expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                add(&mut self.used, n);
                if n == "super" {
                    add(&mut self.used, "__class__");
                }
            }
            ExprKind::Literal(_) => {}
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().for_each(|i| self.expr(i))
            }
            ExprKind::Dict(items) => items.iter().for_each(|(k, v)| {
                if let Some(k) = k {
                    self.expr(k);
                }
                self.expr(v);
            }),
            ExprKind::Binary(a, _, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Unary(_, a) | ExprKind::Starred(a) | ExprKind::Attribute(a, _) => self.expr(a),
            ExprKind::Compare(a, rest) => {
                self.expr(a);
                rest.iter().for_each(|(_, e)| self.expr(e));
            }
            ExprKind::Call(f, args) => {
                self.expr(f);
                for a in args {
                    match a {
                        CallArg::Pos(x)
                        | CallArg::Kw(_, x, _)
                        | CallArg::Star(x)
                        | CallArg::DoubleStar(x)
                        | CallArg::Gen(x) => self.expr(x),
                    }
                }
            }
            ExprKind::Subscript(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Slice(a, b, c) => [a, b, c].into_iter().flatten().for_each(|x| self.expr(x)),
            ExprKind::IfElse(a, b, c) => {
                self.expr(a);
                self.expr(b);
                self.expr(c);
            }
            ExprKind::ListComp(elt, gens) | ExprKind::SetComp(elt, gens) | ExprKind::GenExp(elt, gens) => {
                self.expr(&gens[0].iter);
                let names = comprehension_names(&[elt], gens);
                self.child(names);
            }
            ExprKind::DictComp(k, v, gens) => {
                self.expr(&gens[0].iter);
                let names = comprehension_names(&[k, v], gens);
                self.child(names);
            }
            ExprKind::Lambda(f) => {
                self.defaults(f);
                let names = function_names(f);
                self.child(names);
            }
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::Yield(v) => {
                self.generator = true;
                v.iter().for_each(|v| self.expr(v));
            }
            ExprKind::YieldFrom(v) => {
                self.generator = true;
                self.expr(v);
            }
        }
    }

    fn fparts(&mut self, parts: &[FPart]) {
        for p in parts {
            if let FPart::Field { expr, spec, .. } = p {
                self.expr(expr);
                self.fparts(spec);
            }
        }
    }
}

/// All parameter names of a function, in frame order: positional, `*args`, keyword-only, `**kwargs`.
pub fn param_names(f: &FuncDef) -> Vec<String> {
    let p = &f.params;
    let mut v = p.params.clone();
    v.extend(p.vararg.iter().cloned());
    v.extend(p.kwonly.iter().map(|(n, _)| n.clone()));
    v.extend(p.kwarg.iter().cloned());
    v
}

pub fn function_names(f: &FuncDef) -> Names {
    let mut w = Walk::new(param_names(f));
    w.stmts(&f.body);
    w.finish()
}

/// A class body: its bindings live in a namespace, not in cells, so every name its methods
/// use freely passes through it (except `__class__`, which the class itself provides).
pub fn class_names(body: &[ast::Stmt]) -> Names {
    let mut w = Walk::new(Vec::new());
    w.stmts(body);
    let mut names = w.finish();
    // The class body's own loads go through its namespace first; they are not closure
    // candidates: only what its methods use freely is.
    let mut free: NameSet = std::mem::take(&mut names.free).into_iter().collect();
    let child_free: NameSet = names.child_free.iter().cloned().collect();
    for n in &names.child_free {
        if n != "__class__" {
            add(&mut free, n);
        }
    }
    free.retain(|n| child_free.contains(n.as_str()) && n != "__class__");
    names.free = free.into_iter().collect();
    names
}

/// A comprehension's hidden function: `.0` (the first iterator) is its parameter.
pub fn comprehension_names(elts: &[&ast::Expr], gens: &[Comprehension]) -> Names {
    let mut w = Walk::new(vec![".0".to_string()]);
    for (k, g) in gens.iter().enumerate() {
        if k > 0 {
            w.expr(&g.iter);
        }
        w.target(&g.target);
        g.ifs.iter().for_each(|c| w.expr(c));
    }
    elts.iter().for_each(|e| w.expr(e));
    w.finish()
}
