//! Comprehensions: the body of the hidden function CPython compiles each one into. Its
//! first iterator arrives as the frame's `.0`; the result is built here and returned.

use super::*;
use crate::code::{CompKind, CompLoop};
use crate::object::{Gen, Iter};

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
    Ok(result)
}

/// Make a generator expression's generator: its frame is set up now (`.0` holds the first
/// iterator) and runs a step at each `next()`.
pub(super) fn make_generator(code: &Rc<FuncCode>, it: Value, closure: Vec<Value>) -> Value {
    let n = code.nlocals();
    let mut locals: Vec<Option<Value>> = (0..n).map(|_| None).collect();
    locals[0] = Some(it);
    for &c in &code.cells {
        let v = locals[c as usize].take();
        locals[c as usize] = Some(alloc(Obj::Cell(v)));
    }
    let first_free = n - code.nfree;
    for (k, cell) in closure.into_iter().enumerate() {
        locals[first_free + k] = Some(cell);
    }
    make_iter(Iter::Gen(Box::new(Gen {
        code: code.clone(),
        locals,
        iters: Vec::new(),
        started: false,
        running: false,
        done: false,
    })))
}

fn gen_of(it: &Value) -> &'static mut Gen {
    match it.obj_mut() {
        Obj::Iter(s) => match &mut **s {
            Iter::Gen(g) => g,
            _ => unreachable!(),
        },
        _ => unreachable!(),
    }
}

/// Resume a generator expression until it yields a value or finishes.
pub fn gen_next(it: &Value) -> PyResult<Option<Value>> {
    let g = gen_of(it);
    if g.done {
        return Ok(None);
    }
    if g.running {
        return err(ExcKind::ValueError, "generator already executing");
    }
    let r = rt();
    if r.depth + 1 >= runtime::recursion_limit() || crate::stack::low() {
        return err(ExcKind::RecursionError, "maximum recursion depth exceeded");
    }
    r.depth += 1;
    g.running = true;
    let code = g.code.clone();
    let StmtKind::Comprehension(_, loops, elt, _) = &code.body[0].kind else { unreachable!("a generator's body") };
    let mut frame = Frame { line: code.body[0].line, ..Frame::new(&code, g.locals.as_mut_ptr(), call::NO_FUNC) };
    enter(&mut frame);
    let result = step(it, loops, elt, &mut frame);
    rt().depth -= 1;
    let g = gen_of(it);
    g.running = false;
    match result {
        Ok(Some(v)) => {
            // Suspended: the generator keeps its locals; a frame object stays as it is.
            drop(end_frame_object(&mut frame));
            Ok(Some(v))
        }
        Ok(None) => {
            drop(end_frame_object(&mut frame));
            g.clear();
            Ok(None)
        }
        Err(mut e) => {
            push_tb(&frame, &mut e);
            // The traceback keeps the generator's frame, and so its locals, alive.
            let locals = std::mem::take(&mut g.locals);
            e.held.push(super::unwound_frame(&mut frame, locals));
            g.clear();
            Err(crate::objects::generator::pep479(e))
        }
    }
}

fn step(it: &Value, loops: &[CompLoop], elt: &Expr, f: &mut Frame) -> PyResult<Option<Value>> {
    let g = gen_of(it);
    if !g.started {
        g.started = true;
        let first = g.locals[0].as_ref().expect("a generator's iterator").dup();
        g.iters.push(first);
    }
    loop {
        if runtime::take_interrupt() {
            return err(ExcKind::KeyboardInterrupt, "");
        }
        let g = gen_of(it);
        let Some(k) = g.iters.len().checked_sub(1) else { return Ok(None) };
        let cur = g.iters[k].dup();
        match next(&cur).at(&loops[k].pos)? {
            None => {
                let g = gen_of(it);
                let old = g.iters.pop();
                drop(old);
                drop(cur);
                if g.iters.is_empty() {
                    return Ok(None);
                }
            }
            Some(x) => {
                drop(cur);
                let l = &loops[k];
                store(&l.target, x, f)?;
                let mut pass = true;
                for c in &l.ifs {
                    if !cond(c, f)? {
                        pass = false;
                        break;
                    }
                }
                if !pass {
                    continue;
                }
                if k + 1 < loops.len() {
                    let src = eval(loops[k + 1].iter.as_ref().expect("inner loops have iterables"), f)?;
                    let inner = get_iter(&src)?;
                    drop(src);
                    gen_of(it).iters.push(inner);
                    continue;
                }
                return Ok(Some(eval(elt, f)?));
            }
        }
    }
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
    'items: while let Some(x) = next(&it).at(&l.pos)? {
        if runtime::take_interrupt() {
            return err(ExcKind::KeyboardInterrupt, "");
        }
        store(&l.target, x, f)?;
        for c in &l.ifs {
            if !cond(c, f)? {
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
                crate::builtins::list::append(items, v);
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
