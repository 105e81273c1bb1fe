//! `with`: the context manager protocol, as CPython 3.11's `BEFORE_WITH` and
//! `WITH_EXCEPT_START` run it.

use super::*;
use crate::objects::generator::Held;

/// `with a as x, b: body`: the items nest, the first outermost.
pub(super) fn exec_with(items: &[(Expr, Option<Target>)], body: &[Stmt], f: &mut Frame) -> PyResult<Flow> {
    let Some(((e, t), rest)) = items.split_first() else { return block(body, f) };
    let mgr = eval(e, f)?;
    // Errors of the protocol belong to the whole statement (CPython marks no columns).
    let enter = special(&mgr, sym::__enter__).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!("'{}' object does not support the context manager protocol", type_name(&mgr)),
        )
    })?;
    let exit = special(&mgr, sym::__exit__).ok_or_else(|| {
        PyErr::new(
            ExcKind::TypeError,
            format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                type_name(&mgr)
            ),
        )
    })?;
    // The stack keeps the bound `__exit__` (and through it the manager) for the block.
    drop(mgr);
    let held = Held::new(f, &exit);
    let entered = call(&enter, Args::new())?;
    drop(enter);
    let line = f.line;
    let result = match t {
        Some(t) => store(t, entered, f),
        None => {
            drop(entered);
            Ok(())
        }
    }
    .and_then(|()| if rest.is_empty() { block(body, f) } else { exec_with(rest, body, f) });
    let r = match result {
        Ok(flow) => {
            // Leaving normally (or by return/break/continue): `__exit__(None, None, None)`.
            f.line = line;
            let none = || value::none();
            call(&exit, smallvec::smallvec![none(), none(), none()]).map(|_| flow)
        }
        Err(e) => exit_with_error(&exit, e, f, line),
    };
    drop(held);
    drop(exit);
    r
}

/// The block raised: `__exit__(type, value, traceback)` sees it as the exception being
/// handled; a true result swallows it, an error in `__exit__` chains to it.
fn exit_with_error(exit: &Value, mut e: crate::error::Exc, f: &mut Frame, line: u32) -> PyResult<Flow> {
    let raised_line = f.line;
    if !e.frame_done {
        let entry = tb_entry(f, &mut e);
        e.traceback.push(entry);
        e.frame_done = true;
    }
    exc::context_from_handling(&mut e);
    let v = exc_value(&mut e);
    exc::attach_traceback(&mut e, &v, f, raised_line);
    let typ = builtins::type_of(&v);
    let tb = match v.obj() {
        Obj::Instance(inst) => inst.attrs.get(sym::__traceback__).map_or_else(value::none, Value::dup),
        _ => value::none(),
    };
    f.line = line;
    rt().handling.push(Some(e));
    // The exception stays on the stack under the call's arguments, as in CPython.
    let on_stack = v.dup();
    let r = call(exit, smallvec::smallvec![typ, v, tb]);
    drop(on_stack);
    let pending = rt().handling.pop().flatten();
    match r.and_then(|x| ops::truthy(&x)) {
        Ok(true) => {
            drop(pending);
            Ok(Flow::Normal)
        }
        Ok(false) => {
            f.line = raised_line;
            match pending {
                Some(e) => Err(e),
                None => Ok(Flow::Normal),
            }
        }
        Err(mut e2) => {
            if let Some(old) = pending {
                exc::chain(&mut e2, old);
            }
            Err(e2)
        }
    }
}

/// A special method looked up on the type, bound to the object (`_PyObject_LookupSpecial`).
fn special(o: &Value, n: Sym) -> Option<Value> {
    match o.obj() {
        Obj::Instance(inst) => attr::bind_value(class_lookup(&inst.class, n)?, o, &inst.class).ok(),
        _ => getattr(o, n).ok(),
    }
}
