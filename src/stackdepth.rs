//! CPython's `co_stacksize` for a compiled body: the deepest its evaluation stack gets,
//! counted with CPython 3.11's stack effects (a call pushes NULL and the callable, a `for`
//! keeps its iterator, an exception handler holds the exception being handled). minipy's
//! evaluator keeps its temporaries on the Rust stack, but a generator's `sys.getsizeof`
//! includes the frame CPython embeds in it, which is sized by this number.

use crate::code::{Expr, FPiece, Stmt, StmtKind, Target};

/// The stack size of a code object with this body (at least 1, as CPython's compiler
/// reserves for the implicit `return None`).
pub fn of_body(body: &[Stmt]) -> usize {
    block(body).max(1)
}

/// The depth with `decos` evaluated first, one above another, under what needs `made`.
fn decorated(decos: &[crate::code::Decorator], made: usize) -> usize {
    let d = decos.iter().enumerate().map(|(i, d)| i + expr(&d.expr)).max().unwrap_or(0);
    d.max(decos.len() + made)
}

fn block(body: &[Stmt]) -> usize {
    body.iter().map(stmt).max().unwrap_or(0)
}

fn stmt(s: &Stmt) -> usize {
    match &s.kind {
        StmtKind::Expr(e) | StmtKind::PrintExpr(e) => expr(e),
        StmtKind::Return(e) => e.as_ref().map_or(1, expr),
        StmtKind::Assign(targets, e) => {
            let (last, rest) = targets.split_last().expect("an assignment has a target");
            rest.iter().map(|t| 1 + store(t)).max().unwrap_or(0).max(store(last)).max(expr(e))
        }
        StmtKind::AssignConcat(_, e) => expr(e),
        StmtKind::AssignLocal(i, e) => store(&Target::Local(*i)).max(expr(e)),
        StmtKind::AssignSwap(targets, items, _) => {
            let n = items.len();
            let load = items.iter().enumerate().map(|(i, e)| i + expr(e)).max().unwrap_or(0);
            targets.iter().enumerate().map(|(k, t)| n - 1 - k + store(t)).max().unwrap_or(0).max(load)
        }
        StmtKind::AugAssign(t, _, e, _) => match t {
            Target::Attr(o, ..) => expr(o).max(2 + expr(e)),
            Target::Item(o, i, _) => expr(o).max(1 + expr(i)).max(4 + expr(e)),
            _ => 1 + expr(e),
        },
        StmtKind::Del(targets) => targets.iter().map(del).max().unwrap_or(0),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => 0,
        StmtKind::If(c, a, b) | StmtKind::While(c, a, b) => expr(c).max(block(a)).max(block(b)),
        StmtKind::For(t, iter, body, orelse) => expr(iter).max(1 + store(t).max(block(body))).max(block(orelse)),
        // Decorators stay on the stack below what makes the function or class.
        StmtKind::Def(_, defaults, kwdefaults, t, decos, anns) => {
            let d = defaults.iter().enumerate().map(|(i, e)| i + expr(e)).max().unwrap_or(0);
            let k = kwdefaults.iter().enumerate().map(|(i, (_, e))| 2 * i + 1 + expr(e)).max().unwrap_or(0);
            let a = anns.iter().enumerate().map(|(i, (_, e))| 2 * i + 1 + expr(e)).max().unwrap_or(0);
            let made = (d + 1).max(k + 1).max(a + 2).max(2).max(store(t));
            decorated(decos, made)
        }
        StmtKind::Class(_, args, _, _, decos) => {
            decorated(decos, 4 + args.0.iter().chain(args.1.iter().map(|(_, x)| x)).map(expr).max().unwrap_or(0))
        }
        StmtKind::Import(..) | StmtKind::ImportFrom(..) | StmtKind::ImportStar(_) => 2,
        StmtKind::Try(body, handlers, orelse, fin) => {
            let h = handlers
                .iter()
                .map(|h| (2 + h.typ.as_ref().map_or(0, expr)).max(1 + block(&h.body)).max(3))
                .max()
                .unwrap_or(0);
            let f = if fin.is_empty() { 0 } else { 2 + block(fin).max(1) };
            block(body).max(h).max(block(orelse)).max(f)
        }
        StmtKind::Raise(a, b) => a.as_ref().map_or(0, expr).max(b.as_ref().map_or(0, |b| 1 + expr(b))),
        StmtKind::Assert(t, m, _) => expr(t).max(m.as_ref().map_or(1, |m| 1 + expr(m))),
        StmtKind::Comprehension(..) => 2,
        StmtKind::AnnAssign(t, value, ann, _) => {
            value.as_ref().map_or(0, expr).max(store(t)).max(ann.as_ref().map_or(0, |a| 2 + expr(a)))
        }
        StmtKind::With(items, body) => {
            let mut depth = 0;
            let mut here = 0;
            for (e, t) in items {
                depth = depth.max(here + expr(e)).max(here + 1 + t.as_ref().map_or(1, store));
                here += 1;
            }
            depth.max(here + block(body)).max(here + 5)
        }
    }
}

/// What storing the value on top of the stack into a target needs, the value included.
fn store(t: &Target) -> usize {
    match t {
        Target::Local(_) | Target::Deref(..) | Target::Global(_) | Target::ModGlobal(..) | Target::ClassName(_) => 1,
        Target::Attr(o, ..) => 1 + expr(o),
        Target::Item(o, i, _) => (1 + expr(o)).max(2 + expr(i)),
        Target::Tuple(items, _) => unpacked(&items.iter().collect::<Vec<_>>()),
        Target::Starred(a, s, b, _) => unpacked(&a.iter().chain(std::iter::once(&**s)).chain(b).collect::<Vec<_>>()),
    }
}

/// Unpacking into `n` targets: the `n` values, each stored with those after it below.
fn unpacked(items: &[&Target]) -> usize {
    let n = items.len();
    items.iter().enumerate().map(|(k, t)| n - 1 - k + store(t)).max().unwrap_or(0).max(n)
}

/// What `del target` needs.
fn del(t: &Target) -> usize {
    match t {
        Target::Attr(o, ..) => expr(o),
        Target::Item(o, i, _) => expr(o).max(1 + expr(i)),
        Target::Tuple(items, _) => items.iter().map(del).max().unwrap_or(0),
        _ => 0,
    }
}

/// Items pushed one after another, each needing its own depth above those before it.
fn seq<'a>(start: usize, items: impl Iterator<Item = &'a Expr>) -> usize {
    items.enumerate().map(|(i, e)| start + i + expr(e)).max().unwrap_or(start)
}

fn expr(e: &Expr) -> usize {
    match e {
        Expr::Const(_)
        | Expr::Local(..)
        | Expr::Global(..)
        | Expr::ModGlobal(..)
        | Expr::ClassName(..)
        | Expr::Deref(..) => 1,
        Expr::ListFromConst(_) | Expr::SetFromConst(_) => 2,
        Expr::Binary(a, _, b, _) => expr(a).max(1 + expr(b)),
        Expr::Unary(_, a, _) | Expr::Arith(a) => expr(a),
        Expr::And(a, b) | Expr::Or(a, b) => expr(a).max(expr(b)),
        Expr::Compare(a, rest, _) => {
            let chained = (rest.len() > 1) as usize;
            let r = rest.iter().map(|(_, x)| 1 + chained + expr(x)).max().unwrap_or(0);
            expr(a).max(r)
        }
        Expr::Call(f, args, _) => (1 + expr(f)).max(seq(2, args.iter())).max(2),
        Expr::CallKw(f, args, kws, _) => {
            (1 + expr(f)).max(seq(2, args.iter().chain(kws.iter().map(|(_, x)| x)))).max(2 + args.len() + kws.len() + 1)
        }
        Expr::CallMethod(o, _, args, _) => expr(o).max(seq(2, args.iter())).max(2),
        Expr::CallEx(f, pos, kws, _) => {
            let p = pos.iter().map(|(_, x)| 3 + expr(x)).max().unwrap_or(0);
            let k = kws.iter().map(|(_, x)| 5 + expr(x)).max().unwrap_or(0);
            (1 + expr(f)).max(p).max(k).max(3)
        }
        Expr::Attr(o, ..) => expr(o),
        Expr::Item(o, i, _) => match &**i {
            Expr::Slice(a, b, c) => {
                let parts = [a, b, c].iter().enumerate().map(|(k, x)| 1 + k + x.as_deref().map_or(1, expr)).max();
                expr(o).max(parts.unwrap_or(0))
            }
            _ => expr(o).max(1 + expr(i)),
        },
        Expr::Slice(a, b, c) => {
            [a, b, c].iter().enumerate().map(|(k, x)| k + x.as_deref().map_or(1, expr)).max().unwrap_or(1)
        }
        Expr::List(items) | Expr::Tuple(items) | Expr::Set(items) => seq(0, items.iter()).max(1),
        Expr::ListStar(items) | Expr::TupleStar(items) | Expr::SetStar(items) => {
            items.iter().map(|(_, x)| 1 + expr(x)).max().unwrap_or(1).max(2)
        }
        Expr::Dict(items) => {
            let d = items.iter().enumerate().map(|(i, (k, v))| (2 * i + expr(k)).max(2 * i + 1 + expr(v))).max();
            d.unwrap_or(1).max(1)
        }
        Expr::DictStar(items) => {
            items.iter().map(|(k, v)| (1 + k.as_ref().map_or(0, expr)).max(2 + expr(v))).max().unwrap_or(1).max(2)
        }
        Expr::IfElse(c, a, b) => expr(c).max(expr(a)).max(expr(b)),
        Expr::Comp(_, first, _) => (1 + expr(first)).max(2),
        Expr::Lambda(_, defaults, _) => seq(0, defaults.iter()).max(1) + 1,
        Expr::FString(pieces) => pieces
            .iter()
            .enumerate()
            .map(|(i, p)| match p {
                FPiece::Lit(_) => i + 1,
                FPiece::Field(x, _, spec) => i + expr(x).max(1 + (!spec.is_empty()) as usize),
            })
            .max()
            .unwrap_or(1),
        Expr::Yield(v) => v.as_deref().map_or(1, expr),
        Expr::YieldFrom(x, _) => expr(x).max(2),
        // Temporaries are CPython's value stack: the node's own depth already counts them.
        Expr::Spill(spills, body) => spills.iter().map(|(_, x)| expr(x)).max().unwrap_or(0).max(expr(body)),
        Expr::Temp(_) => 1,
    }
}
