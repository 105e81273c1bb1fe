//! Temporaries across a `yield`. In `print("got", (yield))` CPython's frame holds `print`
//! and `"got"` on its value stack while the generator is suspended, where the collector
//! sees them and where they count. minipy's evaluator holds an expression's operands in
//! Rust locals, which nothing can see while the frame is suspended. So, in a generator's
//! code, an expression node with a `yield` in an operand after its first has its
//! operands, up to the last that yields, evaluated first, in order, into the generator's
//! temporaries (`Expr::Spill`), and the node then takes them from there (`Expr::Temp`).
//! Order of evaluation and counts stay CPython's; only generator code is rewritten.

use crate::code::{Expr, FPiece};

/// Whether evaluating `e` may suspend the frame (nested code objects excluded).
pub fn has_yield(e: &Expr) -> bool {
    let mut found = false;
    visit(e, &mut |x| found |= matches!(x, Expr::Yield(_) | Expr::YieldFrom(..)));
    found
}

fn visit(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match e {
        Expr::Const(_)
        | Expr::Local(..)
        | Expr::Global(..)
        | Expr::ModGlobal(..)
        | Expr::ClassName(..)
        | Expr::Deref(..)
        | Expr::ListFromConst(_)
        | Expr::SetFromConst(_)
        | Expr::Temp(_) => {}
        Expr::Binary(a, _, b, _) | Expr::And(a, b) | Expr::Or(a, b) | Expr::Item(a, b, _) => {
            visit(a, f);
            visit(b, f);
        }
        Expr::Unary(_, a, _) | Expr::Attr(a, ..) | Expr::YieldFrom(a, _) | Expr::Comp(_, a, _) | Expr::Arith(a) => {
            visit(a, f)
        }
        Expr::Yield(a) => a.iter().for_each(|a| visit(a, f)),
        Expr::Compare(a, rest, _) => {
            visit(a, f);
            rest.iter().for_each(|(_, x)| visit(x, f));
        }
        Expr::Call(c, args, _) | Expr::CallMethod(c, _, args, _) => {
            visit(c, f);
            args.iter().for_each(|x| visit(x, f));
        }
        Expr::CallKw(c, args, kws, _) => {
            visit(c, f);
            args.iter().for_each(|x| visit(x, f));
            kws.iter().for_each(|(_, x)| visit(x, f));
        }
        Expr::CallEx(c, pos, kws, _) => {
            visit(c, f);
            pos.iter().for_each(|(_, x)| visit(x, f));
            kws.iter().for_each(|(_, x)| visit(x, f));
        }
        Expr::Slice(a, b, c) => [a, b, c].into_iter().flatten().for_each(|x| visit(x, f)),
        Expr::List(items) | Expr::Tuple(items) | Expr::Set(items) => items.iter().for_each(|x| visit(x, f)),
        Expr::ListStar(items) | Expr::TupleStar(items) | Expr::SetStar(items) => {
            items.iter().for_each(|(_, x)| visit(x, f))
        }
        Expr::Dict(items) => items.iter().for_each(|(k, v)| {
            visit(k, f);
            visit(v, f);
        }),
        Expr::DictStar(items) => items.iter().for_each(|(k, v)| {
            k.iter().for_each(|k| visit(k, f));
            visit(v, f);
        }),
        Expr::IfElse(c, a, b) => {
            visit(c, f);
            visit(a, f);
            visit(b, f);
        }
        Expr::Lambda(_, defaults, kw) => {
            defaults.iter().for_each(|x| visit(x, f));
            kw.iter().for_each(|(_, x)| visit(x, f));
        }
        Expr::FString(pieces) => visit_pieces(pieces, f),
        Expr::Spill(spills, body) => {
            spills.iter().for_each(|(_, x)| visit(x, f));
            visit(body, f);
        }
    }
}

fn visit_pieces(pieces: &[FPiece], f: &mut dyn FnMut(&Expr)) {
    for p in pieces {
        if let FPiece::Field(x, _, spec) = p {
            visit(x, f);
            visit_pieces(spec, f);
        }
    }
}

/// The operands a node evaluates and holds until it is done, in evaluation order (the
/// kinds that evaluate one operand, or drop each before the next, hold nothing).
fn held_operands(e: &mut Expr) -> Vec<&mut Expr> {
    match e {
        Expr::Binary(a, _, b, _) => vec![&mut **a, &mut **b],
        // A chain stops early; only a single comparison is rewritten.
        Expr::Compare(a, rest, _) if rest.len() == 1 => vec![&mut **a, &mut rest[0].1],
        Expr::Item(o, i, _) => match &mut **i {
            Expr::Slice(a, b, c) => {
                let mut v = vec![&mut **o];
                v.extend([a, b, c].into_iter().flatten().map(|x| &mut **x));
                v
            }
            i => vec![&mut **o, i],
        },
        Expr::Call(c, args, _) | Expr::CallMethod(c, _, args, _) => {
            let mut v = vec![&mut **c];
            v.extend(args.iter_mut());
            v
        }
        Expr::CallKw(c, args, kws, _) => {
            let mut v = vec![&mut **c];
            v.extend(args.iter_mut());
            v.extend(kws.iter_mut().map(|(_, x)| x));
            v
        }
        Expr::CallEx(c, pos, kws, _) => {
            let mut v = vec![&mut **c];
            v.extend(pos.iter_mut().map(|(_, x)| x));
            v.extend(kws.iter_mut().map(|(_, x)| x));
            v
        }
        Expr::List(items) | Expr::Tuple(items) | Expr::Set(items) => items.iter_mut().collect(),
        Expr::ListStar(items) | Expr::TupleStar(items) | Expr::SetStar(items) => {
            items.iter_mut().map(|(_, x)| x).collect()
        }
        Expr::Dict(items) => items.iter_mut().flat_map(|(k, v)| [k, v]).collect(),
        Expr::DictStar(items) => {
            let mut v = Vec::new();
            for (k, x) in items.iter_mut() {
                if let Some(k) = k {
                    v.push(k);
                }
                v.push(x);
            }
            v
        }
        _ => Vec::new(),
    }
}

/// Rewrite one node (its operands are already rewritten) so that no operand is held in
/// Rust across a `yield`. `temp` hands out the generator's temporary slots.
pub fn spill(mut e: Expr, temp: &mut dyn FnMut() -> u32) -> Expr {
    let mut ops = held_operands(&mut e);
    let Some(last) = ops.iter().rposition(|x| has_yield(x)) else { return e };
    if last == 0 {
        return e;
    }
    let mut spills = Vec::with_capacity(last + 1);
    for op in ops.drain(..=last) {
        let slot = temp();
        spills.push((slot, std::mem::replace(op, Expr::Temp(slot))));
    }
    drop(ops);
    Expr::Spill(spills, Box::new(e))
}
