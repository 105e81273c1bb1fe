//! The evaluator: walks compiled code, one frame per call, every temporary an owned
//! `Value` so the Rust stack is the evaluation stack and counts stay exact.

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::builtins::{self, Args};
use crate::code::{CodeKind, Expr, FuncCode, Pos, Stmt, StmtKind, Target};
use crate::error::{err, suggest, type_error, At, ExcKind, PyErr, PyResult, TbEntry};
use crate::heap::{alloc, Value};
use crate::intern::{name, sym, Sym};
use crate::object::{class_lookup, type_name, Attrs, Class, Function, Instance, Obj};
use crate::runtime::{self, get_builtin, get_global, rt, set_builtin, set_global};
use crate::{io, ops, repr, value};
use smallvec::SmallVec;
use std::rc::Rc;

pub struct Frame<'c> {
    pub code: &'c FuncCode,
    pub base: usize,
    /// The frame's first local slot in the value stack (which never reallocates).
    locals: *mut Option<Value>,
    pub line: u32,
    /// The namespace a class body fills.
    pub class_ns: Option<&'c mut Attrs>,
}

pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
}

/// Run a module-level code object (an input at the prompt, or a script), calling
/// `after` between its top-level statements (the refcount checker's hook).
pub fn run_module_with(code: &FuncCode, after: &mut dyn FnMut(&Stmt)) -> PyResult<()> {
    let base = rt().stack.len();
    let mut frame = Frame { code, base, locals: stack_ptr(base), line: 1, class_ns: None };
    for s in &code.body {
        if let Err(mut e) = exec(s, &mut frame) {
            let entry = tb_entry(&frame, &mut e);
            e.traceback.push(entry);
            return Err(e);
        }
        after(s);
    }
    Ok(())
}

/// The traceback line for a frame the exception leaves; it takes the position the
/// exception was raised at in this frame, so the caller's call site can set its own.
fn tb_entry(f: &Frame, e: &mut PyErr) -> TbEntry {
    let name: Rc<str> = match f.code.kind {
        CodeKind::Module => Rc::from("<module>"),
        _ => name(f.code.name),
    };
    TbEntry { source: f.code.source.clone(), line: f.line, name, pos: e.pos.take() }
}

pub fn exec_block(stmts: &[Stmt], f: &mut Frame) -> PyResult<Flow> {
    for s in stmts {
        match exec(s, f)? {
            Flow::Normal => {}
            other => return Ok(other),
        }
    }
    Ok(Flow::Normal)
}

/// Execute a statement: the common kinds here, the rest in `exec_other`.
#[inline]
fn exec(s: &Stmt, f: &mut Frame) -> PyResult<Flow> {
    f.line = s.line;
    match &s.kind {
        StmtKind::Expr(e) => {
            eval(e, f)?;
            Ok(Flow::Normal)
        }
        StmtKind::Return(Some(e)) => Ok(Flow::Return(eval(e, f)?)),
        StmtKind::If(c, body, orelse) => {
            let t = eval_cond(c, f)?;
            exec_block(if t { body } else { orelse }, f)
        }
        StmtKind::Assign(targets, e) if targets.len() == 1 => {
            let v = eval(e, f)?;
            match &targets[0] {
                Target::Local(i) => set_local(f, *i, v),
                Target::Global(n) => set_global(*n, v),
                t => store(t, v, f)?,
            }
            Ok(Flow::Normal)
        }
        _ => exec_other(s, f),
    }
}

#[inline(never)]
fn exec_other(s: &Stmt, f: &mut Frame) -> PyResult<Flow> {
    match &s.kind {
        StmtKind::Expr(e) => {
            eval(e, f)?;
        }
        StmtKind::PrintExpr(e) => {
            let v = eval(e, f)?;
            display(v)?;
        }
        StmtKind::Assign(targets, e) => {
            let v = eval(e, f)?;
            let (last, rest) = targets.split_last().unwrap();
            for t in rest {
                store(t, v.dup(), f)?;
            }
            store(last, v, f)?;
        }
        StmtKind::AugAssign(t, op, e, _) => aug_assign(t, *op, e, f)?,
        StmtKind::Del(targets) => {
            for t in targets {
                delete(t, f)?;
            }
        }
        StmtKind::Pass => {}
        StmtKind::Break => return Ok(Flow::Break),
        StmtKind::Continue => return Ok(Flow::Continue),
        StmtKind::Return(e) => {
            let v = match e {
                Some(e) => eval(e, f)?,
                None => value::none(),
            };
            return Ok(Flow::Return(v));
        }
        StmtKind::If(c, body, orelse) => {
            let t = eval_cond(c, f)?;
            return exec_block(if t { body } else { orelse }, f);
        }
        StmtKind::While(c, body, orelse) => loop {
            if runtime::take_interrupt() {
                return err(ExcKind::KeyboardInterrupt, "");
            }
            if !eval_cond(c, f)? {
                return exec_block(orelse, f);
            }
            match exec_block(body, f)? {
                Flow::Break => break,
                Flow::Return(v) => return Ok(Flow::Return(v)),
                Flow::Normal | Flow::Continue => {}
            }
        },
        StmtKind::For(t, iter, body, orelse) => return exec_for(t, iter, body, orelse, f),
        StmtKind::Def(code, defaults, t) => {
            let code = code.0.clone();
            let defaults = defaults.iter().map(|d| eval(d, f)).collect::<PyResult<Vec<_>>>()?;
            let func = alloc(Obj::Function(Box::new(Function {
                name: code.name,
                qualname: code.qualname.clone(),
                code,
                defaults,
            })));
            store(t, func, f)?;
        }
        StmtKind::Class(cname, bases, code, t) => {
            let mut bases: Vec<Value> = bases.iter().map(|b| eval(b, f)).collect::<PyResult<_>>()?;
            if bases.len() > 1 {
                return type_error("multiple inheritance is not supported by minipy yet");
            }
            let base = bases.pop();
            if let Some(b) = &base {
                if !matches!(b.obj(), Obj::Class(_)) {
                    return type_error("bases must be classes");
                }
            }
            let mut ns = Attrs::default();
            ns.set(sym::__module__, value::interned("__main__"));
            ns.set(sym::__qualname__, value::str_(&code.0.qualname));
            {
                let base = rt().stack.len();
                let mut cf =
                    Frame { code: &code.0, base, locals: stack_ptr(base), line: s.line, class_ns: Some(&mut ns) };
                if let Err(mut e) = exec_block(&code.0.body, &mut cf) {
                    let entry = tb_entry(&cf, &mut e);
                    e.traceback.push(entry);
                    return Err(e);
                }
            }
            let class = alloc(Obj::Class(Box::new(Class { name: *cname, attrs: ns, base })));
            store(t, class, f)?;
        }
        StmtKind::Import(module, t) => {
            let m = crate::modules::import(*module)?;
            store(t, m, f)?;
        }
    }
    Ok(Flow::Normal)
}

#[inline]
fn truth(v: Value) -> PyResult<bool> {
    match v.obj() {
        Obj::Bool(b) => Ok(*b),
        _ => ops::truthy(&v),
    }
}

fn exec_for(t: &Target, iter: &Expr, body: &[Stmt], orelse: &[Stmt], f: &mut Frame) -> PyResult<Flow> {
    /// What the loop walks: a range's numbers (the range object itself is not kept, as
    /// CPython's range iterator does not keep it), or a sequence it holds a reference to.
    enum Items {
        Range { start: i64, step: i64, len: i64 },
        Seq(Value),
    }
    let seq = eval(iter, f)?;
    let items = match seq.obj() {
        Obj::Range(r) => Items::Range { start: r[0], step: r[2], len: ops::range_len(r) },
        Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) => Items::Seq(seq),
        _ => return type_error(format!("'{}' object is not iterable", type_name(&seq))),
    };
    let mut i: usize = 0;
    loop {
        let item = match &items {
            Items::Range { start, step, len } => ((i as i64) < *len).then(|| value::int(start + i as i64 * step)),
            Items::Seq(s) => match s.obj() {
                Obj::List(v) => v.get(i).map(Value::dup),
                Obj::Tuple(v) => v.get(i).map(Value::dup),
                Obj::Str(text) => text.chars().nth(i).map(|c| value::str_(c.encode_utf8(&mut [0; 4]))),
                _ => None,
            },
        };
        let Some(item) = item else { break };
        i += 1;
        store(t, item, f)?;
        match exec_block(body, f)? {
            Flow::Break => return Ok(Flow::Normal),
            Flow::Return(v) => return Ok(Flow::Return(v)),
            Flow::Normal | Flow::Continue => {}
        }
        if runtime::take_interrupt() {
            return err(ExcKind::KeyboardInterrupt, "");
        }
    }
    drop(items);
    exec_block(orelse, f)
}

/// sys.displayhook: echo a value at the prompt and bind it to `_`.
fn display(v: Value) -> PyResult<()> {
    if matches!(v.obj(), Obj::None) {
        return Ok(());
    }
    set_builtin(sym::underscore, value::none());
    let text = repr::repr(&v)?;
    io::out(&text);
    io::out("\n");
    set_builtin(sym::underscore, v);
    Ok(())
}

fn stack_ptr(base: usize) -> *mut Option<Value> {
    unsafe { rt().stack.as_mut_ptr().add(base) }
}

#[inline(always)]
fn local(f: &Frame, i: u32) -> Option<&'static Value> {
    unsafe { (*f.locals.add(i as usize)).as_ref() }
}

#[inline(always)]
fn set_local(f: &Frame, i: u32, v: Value) {
    let old = unsafe { (*f.locals.add(i as usize)).replace(v) };
    drop(old);
}

/// Push an argument onto the value stack, which has a fixed capacity.
#[inline(always)]
fn push_arg(v: Value) -> PyResult<()> {
    let stack = &mut rt().stack;
    if stack.len() == stack.capacity() {
        return err(ExcKind::RecursionError, "maximum recursion depth exceeded");
    }
    stack.push(Some(v));
    Ok(())
}

fn unbound_local(n: Sym) -> Box<PyErr> {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{}' where it is not associated with a value", name(n)),
    )
}

pub fn name_error(n: Sym, f: Option<&Frame>) -> Box<PyErr> {
    let text = name(n);
    let mut msg = format!("name '{text}' is not defined");
    let mut hint = None;
    if let Some(f) = f {
        if f.code.kind == CodeKind::Function {
            let locals: Vec<Rc<str>> = f.code.local_names.iter().map(|&s| name(s)).collect();
            hint = suggest(&text, locals.iter().map(|s| &**s)).map(str::to_string);
        }
    }
    if hint.is_none() {
        let globals: Vec<Rc<str>> = rt().global_order.iter().map(|&s| name(s)).collect();
        hint = suggest(&text, globals.iter().map(|s| &**s)).map(str::to_string);
    }
    if hint.is_none() {
        let mut names: Vec<&str> = builtins::CPYTHON_BUILTIN_NAMES.to_vec();
        let extra: Vec<Rc<str>> =
            rt().builtin_order.iter().map(|&s| name(s)).filter(|s| !names.contains(&&**s)).collect();
        names.extend(extra.iter().map(|s| &**s));
        hint = suggest(&text, names).map(str::to_string);
    }
    if let Some(h) = hint {
        msg.push_str(&format!(". Did you mean: '{h}'?"));
    }
    PyErr::new(ExcKind::NameError, msg)
}

#[inline]
fn load_global(n: Sym, f: &Frame) -> PyResult<Value> {
    match get_global(n).or_else(|| get_builtin(n)) {
        Some(v) => Ok(v.dup()),
        None => Err(name_error(n, Some(f))),
    }
}

/// Evaluate an expression. The hot kinds are handled here, in a small function; the rest
/// in `eval_other`, so the common path carries little stack frame.
#[inline]
pub fn eval(e: &Expr, f: &mut Frame) -> PyResult<Value> {
    match e {
        Expr::Const(i) => Ok(unsafe { f.code.consts.get_unchecked(*i as usize) }.dup()),
        Expr::Local(i, n, p) => match local(f, *i) {
            Some(v) => Ok(v.dup()),
            None => Err(unbound_local(*n)).at(p),
        },
        Expr::Global(n, p) => load_global(*n, f).at(p),
        Expr::Binary(a, op, b, p) => {
            if let (Some(x), Some(y)) = (peek_int(a, f), peek_int(b, f)) {
                if let Some(v) = ops::int_fast(*op, x, y) {
                    return Ok(v);
                }
            }
            let a = eval(a, f)?;
            let b = eval(b, f)?;
            binary(*op, &a, &b).at(p)
        }
        Expr::Compare(_, rest, _) if rest.len() == 1 => Ok(value::bool_(eval_cond(e, f)?)),
        Expr::Call(callee, args, p) => eval_call(callee, args, f).at(p),
        _ => eval_other(e, f),
    }
}

/// The int a constant, local or global holds, read without taking a reference: both
/// operands are peeked before anything is evaluated, and arithmetic on two ints runs no
/// Python code, so nothing can observe the missing incref.
#[inline(always)]
fn peek_int(e: &Expr, f: &Frame) -> Option<i64> {
    let v = match e {
        Expr::Const(i) => unsafe { f.code.consts.get_unchecked(*i as usize) },
        Expr::Local(i, ..) => local(f, *i)?,
        Expr::Global(n, _) => get_global(*n)?,
        _ => return None,
    };
    match v.obj() {
        Obj::Int(i) => Some(*i),
        _ => None,
    }
}

/// An expression's truth, without making a bool object for a comparison.
#[inline]
fn eval_cond(e: &Expr, f: &mut Frame) -> PyResult<bool> {
    if let Expr::Compare(first, rest, p) = e {
        if rest.len() == 1 {
            let op = rest[0].0;
            if let (Some(x), Some(y)) = (peek_int(first, f), peek_int(&rest[0].1, f)) {
                if let Some(r) = ops::int_compare(op, x, y) {
                    return Ok(r);
                }
            }
            let a = eval(first, f)?;
            let b = eval(&rest[0].1, f)?;
            return compare(&a, &b, op).at(p);
        }
    }
    truth(eval(e, f)?)
}

/// A call: a Python function's arguments are evaluated straight into its frame's slots.
fn eval_call(callee: &Expr, args: &[Expr], f: &mut Frame) -> PyResult<Value> {
    // The callee is on the stack for the whole call, as in CPython.
    let c = match callee {
        Expr::Global(n, p) => load_global(*n, f).at(p)?,
        _ => eval(callee, f)?,
    };
    if let Obj::Function(func) = c.obj() {
        // `c` holds the function, and the function its code and defaults, for the whole call.
        let code: *const FuncCode = &*func.code;
        let defaults: *const [Value] = &*func.defaults;
        let base = rt().stack.len();
        for a in args {
            if let Err(e) = eval(a, f).and_then(push_arg) {
                release_frame(base);
                return Err(e);
            }
        }
        return call_code_at(unsafe { &*code }, unsafe { &*defaults }, base);
    }
    let args = eval_args(args, f)?;
    call(&c, args)
}

#[inline(never)]
fn eval_other(e: &Expr, f: &mut Frame) -> PyResult<Value> {
    match e {
        Expr::Const(_) | Expr::Local(..) | Expr::Global(..) => eval(e, f),
        Expr::ClassName(n, p) => {
            if let Some(v) = f.class_ns.as_ref().and_then(|ns| ns.get(*n)) {
                return Ok(v.dup());
            }
            load_global(*n, f).at(p)
        }
        Expr::Binary(..) | Expr::Call(..) => eval(e, f),
        Expr::CallKw(callee, args, kws, p) => {
            let c = eval(callee, f)?;
            let a = eval_args(args, f)?;
            let mut k = Vec::with_capacity(kws.len());
            for (n, e) in kws {
                k.push((*n, eval(e, f)?));
            }
            call_kw(&c, a, k).at(p)
        }
        Expr::Unary(op, a, p) => {
            let a = eval(a, f)?;
            match op {
                UnaryOp::Not => Ok(value::bool_(!truth(a)?)),
                _ => ops::unary(*op, &a).at(p),
            }
        }
        Expr::And(a, b) => {
            let a = eval(a, f)?;
            if !ops::truthy(&a)? {
                return Ok(a);
            }
            drop(a);
            eval(b, f)
        }
        Expr::Or(a, b) => {
            let a = eval(a, f)?;
            if ops::truthy(&a)? {
                return Ok(a);
            }
            drop(a);
            eval(b, f)
        }
        Expr::Compare(first, rest, p) => {
            let mut left = eval(first, f)?;
            let last = rest.len() - 1;
            for (k, (op, e)) in rest.iter().enumerate() {
                let right = eval(e, f)?;
                let ok = compare(&left, &right, *op).at(p)?;
                if !ok || k == last {
                    return Ok(value::bool_(ok));
                }
                left = right;
            }
            unreachable!("a comparison has at least one operator")
        }
        Expr::CallMethod(obj, n, args, p) => call_method(obj, *n, args, f).at(p),
        Expr::Attr(obj, n, p) => {
            let o = eval(obj, f)?;
            getattr(&o, *n).at(p)
        }
        Expr::Item(obj, index, p) => {
            let o = eval(obj, f)?;
            if let Expr::Slice(a, b, c) = &**index {
                let (a, b, c) = (eval_opt(a, f)?, eval_opt(b, f)?, eval_opt(c, f)?);
                return builtins::get_slice(&o, a.as_ref(), b.as_ref(), c.as_ref()).at(p);
            }
            let i = eval(index, f)?;
            builtins::get_item(&o, &i).at(p)
        }
        Expr::Slice(..) => type_error("slice objects are not supported here"),
        Expr::List(items) => {
            let mut v = Vec::with_capacity(items.len());
            for e in items {
                v.push(eval(e, f)?);
            }
            Ok(value::list(v))
        }
        Expr::ListFromConst(i) => {
            let Obj::Tuple(items) = f.code.consts[*i as usize].obj() else { unreachable!() };
            Ok(value::list(items.iter().map(Value::dup).collect()))
        }
        Expr::Tuple(items) => {
            let mut v = Vec::with_capacity(items.len());
            for e in items {
                v.push(eval(e, f)?);
            }
            Ok(value::tuple(v))
        }
        Expr::IfElse(c, a, b) => {
            if truth(eval(c, f)?)? {
                eval(a, f)
            } else {
                eval(b, f)
            }
        }
    }
}

fn eval_opt(e: &Option<Box<Expr>>, f: &mut Frame) -> PyResult<Option<Value>> {
    e.as_ref().map(|e| eval(e, f)).transpose()
}

fn eval_args(args: &[Expr], f: &mut Frame) -> PyResult<Args> {
    let mut out = SmallVec::with_capacity(args.len());
    for a in args {
        out.push(eval(a, f)?);
    }
    Ok(out)
}

#[inline]
pub fn binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    ops::binary(op, a, b)
}

#[inline]
fn compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if let (Obj::Int(x), Obj::Int(y)) = (a.obj(), b.obj()) {
        if let Some(r) = ops::int_compare(op, *x, *y) {
            return Ok(r);
        }
    }
    match op {
        CmpOp::Is => Ok(a.is(b)),
        CmpOp::IsNot => Ok(!a.is(b)),
        _ => ops::compare(a, b, op),
    }
}

fn aug_assign(t: &Target, op: BinOp, e: &Expr, f: &mut Frame) -> PyResult<()> {
    match t {
        Target::Local(i) => {
            let cur = match local(f, *i) {
                Some(v) => v.dup(),
                None => return Err(unbound_local(f.code.local_names[*i as usize])),
            };
            let rhs = eval(e, f)?;
            let r = inplace(op, cur, &rhs)?;
            set_local(f, *i, r);
        }
        Target::Global(n) | Target::ClassName(n) => {
            let p = Pos::default();
            let cur =
                eval(&if matches!(t, Target::Global(_)) { Expr::Global(*n, p) } else { Expr::ClassName(*n, p) }, f)?;
            let rhs = eval(e, f)?;
            let r = inplace(op, cur, &rhs)?;
            store(t, r, f)?;
        }
        Target::Attr(obj, n, _) => {
            let o = eval(obj, f)?;
            let cur = getattr(&o, *n)?;
            let rhs = eval(e, f)?;
            let r = inplace(op, cur, &rhs)?;
            setattr(&o, *n, r)?;
        }
        Target::Item(obj, index, _) => {
            let o = eval(obj, f)?;
            let i = eval(index, f)?;
            let cur = builtins::get_item(&o, &i)?;
            let rhs = eval(e, f)?;
            let r = inplace(op, cur, &rhs)?;
            builtins::set_item(&o, &i, r)?;
        }
        Target::Tuple(_, _) => return type_error("illegal expression for augmented assignment"),
    }
    Ok(())
}

/// `a op= b`: lists change in place (and stay the same object); everything else rebinds.
fn inplace(op: BinOp, cur: Value, rhs: &Value) -> PyResult<Value> {
    if let Obj::List(_) = cur.obj() {
        match op {
            BinOp::Add => {
                builtins::list_extend(&cur, rhs)?;
                return Ok(cur);
            }
            BinOp::Mul if ops::as_index(rhs).is_some() => {
                let n = ops::as_index(rhs).unwrap().max(0) as usize;
                let Obj::List(items) = cur.obj_mut() else { unreachable!() };
                if n == 0 {
                    let old = std::mem::take(items);
                    drop(old);
                } else {
                    let copy: Vec<Value> = items.iter().map(Value::dup).collect();
                    for _ in 1..n {
                        let more: Vec<Value> = copy.iter().map(Value::dup).collect();
                        let Obj::List(items) = cur.obj_mut() else { unreachable!() };
                        items.extend(more);
                    }
                }
                return Ok(cur);
            }
            _ => {}
        }
    }
    binary(op, &cur, rhs)
}

pub fn store(t: &Target, v: Value, f: &mut Frame) -> PyResult<()> {
    match t {
        Target::Local(i) => set_local(f, *i, v),
        Target::Global(n) => set_global(*n, v),
        Target::ClassName(n) => {
            let old = f.class_ns.as_mut().expect("class body has a namespace").set(*n, v);
            drop(old);
        }
        Target::Attr(obj, n, _) => {
            let o = eval(obj, f)?;
            setattr(&o, *n, v)?;
        }
        Target::Item(obj, index, _) => {
            let o = eval(obj, f)?;
            if let Expr::Slice(a, b, c) = index {
                let (a, b, c) = (eval_opt(a, f)?, eval_opt(b, f)?, eval_opt(c, f)?);
                return builtins::set_slice(&o, a.as_ref(), b.as_ref(), c.as_ref(), v);
            }
            let i = eval(index, f)?;
            builtins::set_item(&o, &i, v)?;
        }
        Target::Tuple(targets, _) => {
            let items = unpack(&v, targets.len())?;
            drop(v);
            for (t, item) in targets.iter().zip(items) {
                store(t, item, f)?;
            }
        }
    }
    Ok(())
}

fn unpack(v: &Value, n: usize) -> PyResult<Vec<Value>> {
    if !matches!(v.obj(), Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Range(_)) {
        return type_error(format!("cannot unpack non-iterable {} object", type_name(v)));
    }
    let items = builtins::iterate(v)?;
    if items.len() > n {
        return err(ExcKind::ValueError, format!("too many values to unpack (expected {n})"));
    }
    if items.len() < n {
        return err(ExcKind::ValueError, format!("not enough values to unpack (expected {n}, got {})", items.len()));
    }
    Ok(items)
}

fn delete(t: &Target, f: &mut Frame) -> PyResult<()> {
    match t {
        Target::Local(i) => {
            let old = unsafe { (*f.locals.add(*i as usize)).take() };
            match old {
                Some(v) => drop(v),
                None => return Err(unbound_local(f.code.local_names[*i as usize])),
            }
        }
        Target::Global(n) => match runtime::del_global(*n) {
            Some(v) => drop(v),
            None => return Err(name_error(*n, None)),
        },
        Target::ClassName(n) => match f.class_ns.as_mut().and_then(|ns| ns.remove(*n)) {
            Some(v) => drop(v),
            None => return Err(name_error(*n, None)),
        },
        Target::Attr(obj, n, _) => {
            let o = eval(obj, f)?;
            let old = match o.obj_mut() {
                Obj::Instance(inst) => inst.attrs.remove(*n),
                Obj::Class(c) => c.attrs.remove(*n),
                _ => None,
            };
            match old {
                Some(v) => drop(v),
                None => return Err(attr_error(&o, *n)),
            }
        }
        Target::Item(obj, index, _) => {
            let o = eval(obj, f)?;
            if let Expr::Slice(a, b, c) = index {
                let (a, b, c) = (eval_opt(a, f)?, eval_opt(b, f)?, eval_opt(c, f)?);
                return builtins::del_slice(&o, a.as_ref(), b.as_ref(), c.as_ref());
            }
            let i = eval(index, f)?;
            builtins::del_item(&o, &i)?;
        }
        Target::Tuple(targets, _) => {
            for t in targets {
                delete(t, f)?;
            }
        }
    }
    Ok(())
}

/// Call any callable with positional arguments.
pub fn call(callee: &Value, mut args: Args) -> PyResult<Value> {
    match callee.obj() {
        Obj::Function(func) => {
            let code = func.code.clone();
            call_code(&code, &func.defaults, args)
        }
        Obj::Method(m) => {
            let (func, this) = (m.0.dup(), m.1.dup());
            args.insert(0, this);
            call(&func, args)
        }
        Obj::Builtin(b) => builtins::call(*b, args),
        Obj::BoundBuiltin(bb) => {
            let (b, this) = (bb.0, bb.1.dup());
            builtins::call_method(b, &this, args)
        }
        Obj::Class(_) => instantiate(callee, args, Vec::new()),
        Obj::Type(t) => builtins::call_type(*t, args),
        _ => type_error(format!("'{}' object is not callable", type_name(callee))),
    }
}

fn arity_error(code: &FuncCode, ndefaults: usize, given: usize) -> Box<PyErr> {
    let n = code.nparams;
    if given > n {
        let takes = match (n, ndefaults) {
            (1, 0) => "1 positional argument".to_string(),
            (_, 0) => format!("{n} positional arguments"),
            _ => format!("from {} to {n} positional arguments", n - ndefaults),
        };
        let were = if given == 1 { "was" } else { "were" };
        return PyErr::new(ExcKind::TypeError, format!("{}() takes {takes} but {given} {were} given", code.qualname));
    }
    missing_error(code, &code.local_names[given..n - ndefaults])
}

/// "f() missing 2 required positional arguments: 'a' and 'b'".
fn missing_error(code: &FuncCode, missing: &[Sym]) -> Box<PyErr> {
    let missing: Vec<String> = missing.iter().map(|&s| format!("'{}'", name(s))).collect();
    let k = missing.len();
    let list = match k {
        1 => missing[0].clone(),
        2 => format!("{} and {}", missing[0], missing[1]),
        _ => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
    };
    let plural = if k == 1 { "argument" } else { "arguments" };
    PyErr::new(ExcKind::TypeError, format!("{}() missing {k} required positional {plural}: {list}", code.qualname))
}

/// Match keyword arguments to a function's parameters, as CPython binds them.
fn bind_keywords(code: &FuncCode, defaults: &[Value], args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Args> {
    let n = code.nparams;
    if args.len() > n {
        return Err(arity_error(code, defaults.len(), args.len()));
    }
    let mut slots: Vec<Option<Value>> = args.into_iter().map(Some).collect();
    slots.resize_with(n, || None);
    for (k, v) in kwargs {
        match code.local_names[..n].iter().position(|&s| s == k) {
            Some(i) if slots[i].is_some() => {
                return type_error(format!("{}() got multiple values for argument '{}'", code.qualname, name(k)));
            }
            Some(i) => slots[i] = Some(v),
            None => {
                return type_error(format!("{}() got an unexpected keyword argument '{}'", code.qualname, name(k)));
            }
        }
    }
    let first_default = n - defaults.len();
    for (i, slot) in slots.iter_mut().enumerate().skip(first_default) {
        if slot.is_none() {
            *slot = Some(defaults[i - first_default].dup());
        }
    }
    let missing: Vec<Sym> = (0..n).filter(|&i| slots[i].is_none()).map(|i| code.local_names[i]).collect();
    if !missing.is_empty() {
        return Err(missing_error(code, &missing));
    }
    Ok(slots.into_iter().flatten().collect())
}

/// A call with keyword arguments.
fn call_kw(callee: &Value, mut args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    match callee.obj() {
        Obj::Function(func) => {
            let code = func.code.clone();
            let args = bind_keywords(&code, &func.defaults, args, kwargs)?;
            call_code(&code, &[], args)
        }
        Obj::Method(m) => {
            let (func, this) = (m.0.dup(), m.1.dup());
            args.insert(0, this);
            call_kw(&func, args, kwargs)
        }
        Obj::Class(_) => instantiate(callee, args, kwargs),
        Obj::Builtin(b) => builtins::call_kw(*b, args, kwargs),
        Obj::BoundBuiltin(bb) => {
            type_error(format!("{}.{}() takes no keyword arguments", type_name(&bb.1), bb.0.name()))
        }
        Obj::Type(t) => type_error(format!("{}() takes no keyword arguments", t.name())),
        _ => type_error(format!("'{}' object is not callable", type_name(callee))),
    }
}

/// Run a function's code: the arguments become its first locals (the caller's references
/// move into the frame, as in CPython 3.11), and the locals are released first to last
/// when it returns.
pub fn call_code(code: &FuncCode, defaults: &[Value], args: Args) -> PyResult<Value> {
    let base = rt().stack.len();
    for a in args {
        if let Err(e) = push_arg(a) {
            release_frame(base);
            return Err(e);
        }
    }
    call_code_at(code, defaults, base)
}

/// Run a function whose arguments are already on the value stack from `base` up.
#[inline(always)]
fn call_code_at(code: &FuncCode, defaults: &[Value], base: usize) -> PyResult<Value> {
    let r = rt();
    let mut nargs = r.stack.len() - base;
    // Missing trailing arguments come from the defaults.
    if nargs < code.nparams && code.nparams - nargs <= defaults.len() {
        let first = defaults.len() - (code.nparams - nargs);
        for d in &defaults[first..] {
            r.stack.push(Some(d.dup()));
        }
        nargs = code.nparams;
    }
    let nlocals = code.nlocals();
    let too_deep = r.depth + 1 >= runtime::RECURSION_LIMIT || base + nlocals > r.stack.capacity();
    if nargs != code.nparams || too_deep || runtime::take_interrupt() {
        let e = if nargs != code.nparams {
            arity_error(code, defaults.len(), nargs)
        } else if too_deep {
            PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded")
        } else {
            PyErr::new(ExcKind::KeyboardInterrupt, "")
        };
        release_frame(base);
        return Err(e);
    }
    r.depth += 1;
    if nlocals > nargs {
        r.stack.resize_with(base + nlocals, || None);
    }
    let mut frame = Frame { code, base, locals: stack_ptr(base), line: 0, class_ns: None };
    let result = exec_block(&code.body, &mut frame);
    let r = rt();
    r.depth -= 1;
    match result {
        Ok(flow) => {
            // Locals go first to last. The stack never reallocates, so the frame's slot
            // pointer stays good even if a finalizer runs frames above it.
            for i in 0..nlocals {
                let old = unsafe { (*frame.locals.add(i)).take() };
                drop(old);
            }
            // SAFETY: the slots from `base` up are all empty now.
            unsafe { rt().stack.set_len(base) };
            Ok(match flow {
                Flow::Return(v) => v,
                _ => value::none(),
            })
        }
        Err(mut e) => {
            let entry = tb_entry(&frame, &mut e);
            e.traceback.push(entry);
            // The traceback keeps the frame, and so its locals, alive.
            let locals: Vec<Option<Value>> = rt().stack.drain(base..).collect();
            e.held.extend(locals.into_iter().flatten());
            Err(e)
        }
    }
}

/// Drop a returning frame's locals, first to last.
#[inline]
fn release_frame(base: usize) {
    let mut i = base;
    loop {
        // Re-read the stack each time: a finalizer may run frames above it.
        let stack = &mut rt().stack;
        let Some(slot) = stack.get_mut(i) else { break };
        let old = slot.take();
        i += 1;
        drop(old);
    }
    // Every slot from `base` up is empty now, so shortening drops nothing.
    let stack = &mut rt().stack;
    debug_assert!(stack[base..].iter().all(Option::is_none));
    unsafe { stack.set_len(base.min(stack.len())) };
}

/// Calling a class. CPython packs the arguments into a tuple (keywords into a dict) for
/// `type.__call__`, and `__init__`'s frame takes references of its own, so inside
/// `__init__` an argument is held by the caller's stack, the packed arguments and the frame.
fn instantiate(class: &Value, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let packed = value::tuple(args.iter().map(Value::dup).collect());
    let packed_kw: Vec<(Sym, Value)> = kwargs.iter().map(|(k, v)| (*k, v.dup())).collect();
    let inst =
        alloc(Obj::Instance(Box::new(Instance { class: class.dup(), attrs: Attrs::default(), finalized: false })));
    match class_lookup(class, sym::__init__) {
        Some(init) => {
            let init = init.dup();
            let mut a: Args = smallvec::smallvec![inst.dup()];
            if let Obj::Tuple(items) = packed.obj() {
                a.extend(items.iter().map(Value::dup));
            }
            let r = if packed_kw.is_empty() {
                call(&init, a)?
            } else {
                call_kw(&init, a, packed_kw.iter().map(|(k, v)| (*k, v.dup())).collect())?
            };
            if !matches!(r.obj(), Obj::None) {
                return type_error(format!("__init__() should return None, not '{}'", type_name(&r)));
            }
        }
        None if !args.is_empty() || !kwargs.is_empty() => {
            let Obj::Class(c) = class.obj() else { unreachable!() };
            return type_error(format!("{}() takes no arguments", name(c.name)));
        }
        None => {}
    }
    drop(packed);
    drop(packed_kw);
    Ok(inst)
}

fn call_method(obj: &Expr, n: Sym, args: &[Expr], f: &mut Frame) -> PyResult<Value> {
    let o = eval(obj, f)?;
    match o.obj() {
        Obj::Instance(inst) if inst.attrs.get(n).is_none() => {
            if let Some(m) = class_lookup(&inst.class, n) {
                if let Obj::Function(_) = m.obj() {
                    // Held on the stack for the call, as LOAD_METHOD holds it.
                    let method = m.dup();
                    let Obj::Function(func) = method.obj() else { unreachable!() };
                    let mut a: Args = SmallVec::with_capacity(args.len() + 1);
                    a.push(o);
                    for e in args {
                        a.push(eval(e, f)?);
                    }
                    return call_code(&func.code, &func.defaults, a);
                }
            }
        }
        Obj::List(_) | Obj::Str(_) | Obj::Tuple(_) => {
            if let Some(b) = builtins::method(&o, n) {
                let a = eval_args(args, f)?;
                return builtins::call_method(b, &o, a);
            }
        }
        _ => {}
    }
    let callee = getattr(&o, n)?;
    drop(o);
    let a = eval_args(args, f)?;
    call(&callee, a)
}

pub fn attr_error(o: &Value, n: Sym) -> Box<PyErr> {
    let text = name(n);
    let mut msg = match o.obj() {
        Obj::Module(m) => format!("module '{}' has no attribute '{text}'", name(m.name)),
        Obj::Class(c) => format!("type object '{}' has no attribute '{text}'", name(c.name)),
        _ => format!("'{}' object has no attribute '{text}'", type_name(o)),
    };
    let candidates = dir(o);
    if let Some(h) = suggest(&text, candidates.iter().map(|s| &**s)) {
        msg.push_str(&format!(". Did you mean: '{h}'?"));
    }
    PyErr::new(ExcKind::AttributeError, msg)
}

/// `dir(o)`, sorted, for "Did you mean" hints.
pub fn dir(o: &Value) -> Vec<Rc<str>> {
    let mut names: Vec<Rc<str>> = Vec::new();
    let add_class = |names: &mut Vec<Rc<str>>, class: &Value| {
        let mut cur = Some(class);
        while let Some(c) = cur {
            let Obj::Class(c) = c.obj() else { break };
            names.extend(c.attrs.0.iter().map(|(s, _)| name(*s)));
            cur = c.base.as_ref();
        }
        names.extend(builtins::dir_of_type("object").into_iter().map(Rc::from));
        names.push(Rc::from("__dict__"));
        names.push(Rc::from("__weakref__"));
    };
    match o.obj() {
        Obj::Instance(inst) => {
            names.extend(inst.attrs.0.iter().map(|(s, _)| name(*s)));
            add_class(&mut names, &inst.class);
        }
        Obj::Class(_) => add_class(&mut names, o),
        Obj::Module(m) => names.extend(m.attrs.0.iter().map(|(s, _)| name(*s))),
        other => names.extend(builtins::dir_of_type(other.type_id().name()).into_iter().map(Rc::from)),
    }
    names.sort();
    names.dedup();
    names
}

pub fn getattr(o: &Value, n: Sym) -> PyResult<Value> {
    match o.obj() {
        Obj::Instance(inst) => {
            if let Some(v) = inst.attrs.get(n) {
                return Ok(v.dup());
            }
            if n == sym::__class__ {
                return Ok(inst.class.dup());
            }
            if let Some(v) = class_lookup(&inst.class, n) {
                if let Obj::Function(_) = v.obj() {
                    return Ok(alloc(Obj::Method(Box::new((v.dup(), o.dup())))));
                }
                return Ok(v.dup());
            }
        }
        Obj::Class(c) => {
            if n == sym::__name__ {
                return Ok(value::str_(&name(c.name)));
            }
            if let Some(v) = class_lookup(o, n) {
                return Ok(v.dup());
            }
        }
        Obj::Module(m) => {
            if let Some(v) = m.attrs.get(n) {
                return Ok(v.dup());
            }
        }
        Obj::Function(func) if n == sym::__name__ => return Ok(value::str_(&name(func.name))),
        _ => {
            if let Some(b) = builtins::method(o, n) {
                return Ok(alloc(Obj::BoundBuiltin(Box::new((b, o.dup())))));
            }
        }
    }
    Err(attr_error(o, n))
}

pub fn setattr(o: &Value, n: Sym, v: Value) -> PyResult<()> {
    let old = match o.obj_mut() {
        Obj::Instance(inst) => inst.attrs.set(n, v),
        Obj::Class(c) => c.attrs.set(n, v),
        _ => {
            drop(v);
            let tn = type_name(o);
            let has = !matches!(o.obj(), Obj::Module(_)) && builtins::dir_of_type(&tn).contains(&&*name(n));
            let msg = if has {
                format!("'{tn}' object attribute '{}' is read-only", name(n))
            } else {
                format!("'{tn}' object has no attribute '{}'", name(n))
            };
            return err(ExcKind::AttributeError, msg);
        }
    };
    drop(old);
    Ok(())
}

/// Call an instance's `__repr__` or `__str__`, if its class defines it; the result must
/// be a string.
fn text_dunder(v: &Value, dunder: Sym) -> PyResult<Option<String>> {
    let Obj::Instance(inst) = v.obj() else { return Ok(None) };
    let Some(m) = class_lookup(&inst.class, dunder) else { return Ok(None) };
    let m = m.dup();
    let r = call(&m, smallvec::smallvec![v.dup()])?;
    match r.obj() {
        Obj::Str(s) => Ok(Some(s.to_string())),
        _ => type_error(format!("{} returned non-string (type {})", name(dunder), type_name(&r))),
    }
}

/// `repr()` of an instance: its class's `__repr__`, or CPython's default form.
pub fn instance_repr(v: &Value) -> PyResult<String> {
    match text_dunder(v, sym::__repr__)? {
        Some(s) => Ok(s),
        None => Ok(format!("<__main__.{} object at {:#x}>", type_name(v), v.id())),
    }
}

/// `str()` of an instance: `__str__`, else the repr.
pub fn instance_str(v: &Value) -> PyResult<String> {
    match text_dunder(v, sym::__str__)? {
        Some(s) => Ok(s),
        None => instance_repr(v),
    }
}

/// Called by the heap when an object with `__del__` dies: run it now, as CPython does.
/// An exception in it is reported as "Exception ignored in" and goes no further.
pub fn run_finalizer(v: Value) {
    let Obj::Instance(inst) = v.obj() else { return };
    let Some(del) = class_lookup(&inst.class, sym::__del__) else { return };
    let del = del.dup();
    // The dying object is resurrected with one reference while __del__ runs, and the
    // method's frame takes one of its own.
    let r = call(&del, smallvec::smallvec![v.dup()]);
    drop(v);
    if let Err(e) = r {
        let what = repr::repr(&del).unwrap_or_default();
        io::err(&format!("Exception ignored in: {what}\n{}", e.render(false)));
    }
}
