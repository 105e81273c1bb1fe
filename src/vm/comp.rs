//! Comprehensions: the body of the hidden function CPython compiles each one into. Its
//! first iterator arrives as the frame's `.0`; the result is built here and returned.

use super::*;
use crate::code::{CompKind, CompLoop};
use crate::object::Iter;

pub(super) fn run(
    kind: CompKind,
    loops: &[CompLoop],
    elt: &Expr,
    val: Option<&Expr>,
    f: &mut Frame,
) -> PyResult<Value> {
    let result = match kind {
        CompKind::List | CompKind::Gen => value::list(Vec::new()),
        CompKind::Set => alloc(Obj::Set(Box::default())),
        CompKind::Dict => alloc(Obj::Dict(Box::default())),
    };
    level(0, loops, elt, val, &result, f)?;
    if kind == CompKind::Gen {
        // The values a generator expression yields, made now: minipy's generators are eager.
        let Obj::List(items) = result.obj_mut() else { unreachable!() };
        let items = std::mem::take(items);
        return Ok(make_iter(Iter::Gen(items, 0)));
    }
    Ok(result)
}

fn level(k: usize, loops: &[CompLoop], elt: &Expr, val: Option<&Expr>, out: &Value, f: &mut Frame) -> PyResult<()> {
    let l = &loops[k];
    let it = match &l.iter {
        None => local(f, 0).expect("a comprehension's iterator").dup(),
        Some(e) => {
            let src = eval(e, f)?;
            get_iter(&src)?
        }
    };
    'items: while let Some(x) = next(&it)? {
        if runtime::take_interrupt() {
            return err(ExcKind::KeyboardInterrupt, "");
        }
        store(&l.target, x, f)?;
        for c in &l.ifs {
            if !eval_cond(c, f)? {
                continue 'items;
            }
        }
        if k + 1 < loops.len() {
            level(k + 1, loops, elt, val, out, f)?;
            continue;
        }
        match out.obj_mut() {
            Obj::List(_) => {
                let v = eval(elt, f)?;
                let Obj::List(items) = out.obj_mut() else { unreachable!() };
                items.push(v);
            }
            Obj::Set(_) => {
                let v = eval(elt, f)?;
                let Obj::Set(s) = out.obj_mut() else { unreachable!() };
                s.add(v)?;
            }
            Obj::Dict(_) => {
                let key = eval(elt, f)?;
                let v = eval(val.expect("a dict comprehension has a value"), f)?;
                let Obj::Dict(d) = out.obj_mut() else { unreachable!() };
                let old = d.set(key, v)?;
                drop(old);
            }
            _ => unreachable!(),
        }
    }
    Ok(())
}
