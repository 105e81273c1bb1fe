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

mod arith;
mod attr;
mod call;
pub mod class;
mod comp;
pub mod dunder;
mod exc;
pub(crate) mod exc_attrs;
pub(crate) mod iter;
mod with;

pub use attr::{attr_error, delattr, dir, getattr, instance_repr, instance_str, run_finalizer, setattr};
pub use call::{call, call_code, call_kw, object_new, NO_FUNC};
use call::{call_code_at, call_method, make_function, release_frame, run_frame};
pub use class::{call_class_method, class_name};
pub use exc::{
    exc_info, exc_init, exc_method, exc_repr, exc_str, exc_value, install_exceptions, is_exception, is_exception_class,
    is_exception_class_value, is_subclass, key_error, make_raise, set_exc_attr,
};
pub use iter::{collect, get_iter, make_iter, next};

pub struct Frame<'c> {
    pub code: &'c FuncCode,
    /// Its frame object, once a traceback (or a callee's frame object) needed one.
    pub obj: Option<Value>,
    /// The slot of the function it runs (`call::NO_FUNC` for module code and the like).
    pub func: u32,
    pub base: usize,
    /// The frame's first local slot in the value stack (which never reallocates).
    locals: *mut Option<Value>,
    pub line: u32,
    /// The namespace a class body fills.
    pub class_ns: Option<&'c mut Attrs>,
    /// The generator whose frame this is (null for an ordinary frame).
    pub gen: *mut crate::objects::generator::Generator,
}

impl<'c> Frame<'c> {
    /// A frame whose locals start at `locals` (`func`: see `call::NO_FUNC`).
    #[inline(always)]
    pub fn new(code: &'c FuncCode, locals: *mut Option<Value>, func: u32) -> Frame<'c> {
        Frame { code, obj: None, func, base: 0, locals, line: 0, class_ns: None, gen: std::ptr::null_mut() }
    }
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
    let mut frame = Frame { base, line: 1, ..Frame::new(code, stack_ptr(base), call::NO_FUNC) };
    enter(&mut frame);
    for s in &code.body {
        if let Err(mut e) = exec(s, &mut frame) {
            push_tb(&frame, &mut e);
            end_module_frame(&mut frame);
            return Err(e);
        }
        after(s);
    }
    end_module_frame(&mut frame);
    Ok(())
}

/// Run the module code of `exec` or `eval` (from `builtins::eval`): its frame sits on
/// top of the caller's; `eval`'s code returns the expression's value.
pub fn run_dynamic(code: &FuncCode) -> PyResult<Option<Value>> {
    let base = rt().stack.len();
    let mut frame = Frame { base, line: 1, ..Frame::new(code, stack_ptr(base), call::NO_FUNC) };
    enter(&mut frame);
    for s in &code.body {
        match exec(s, &mut frame) {
            Ok(Flow::Return(v)) => {
                end_module_frame(&mut frame);
                return Ok(Some(v));
            }
            Ok(_) => {}
            Err(mut e) => {
                push_tb(&frame, &mut e);
                end_module_frame(&mut frame);
                return Err(e);
            }
        }
    }
    end_module_frame(&mut frame);
    Ok(None)
}

/// The namespace the innermost running frame's globals are in (`FuncCode::module`;
/// None for `__main__`'s table).
pub fn caller_module() -> Option<u32> {
    // SAFETY: frames on the frame stack are alive (they leave it when they end).
    rt().frames.last().and_then(|&f| unsafe { (*f).code.module })
}

/// The locals of the innermost running frame by name (cells show their contents), and
/// the namespace its code's globals are in (`FuncCode::module`); None at module level.
pub fn caller_locals() -> PyResult<(Option<Value>, Option<u32>)> {
    // SAFETY: frames on the frame stack are alive (they leave it when they end).
    let Some(f) = rt().frames.last().map(|&f| unsafe { &*f }) else { return Ok((None, None)) };
    if let Some(ns) = f.class_ns.as_ref() {
        let d = alloc(Obj::Dict(Box::default()));
        for (n, v) in ns.0.iter() {
            let Obj::Dict(dd) = d.obj_mut() else { unreachable!() };
            drop(dd.set(value::interned(&name(*n)), v.dup())?);
        }
        return Ok((Some(d), f.code.module));
    }
    if f.code.kind == CodeKind::Module {
        return Ok((None, f.code.module));
    }
    let d = alloc(Obj::Dict(Box::default()));
    for (i, n) in f.code.local_names.iter().enumerate() {
        let v = match local(f, i as u32).map(|v| (v, v.obj())) {
            Some((_, Obj::Cell(Some(c)))) => c.dup(),
            Some((_, Obj::Cell(None))) | None => continue,
            Some((v, _)) => v.dup(),
        };
        let Obj::Dict(dd) = d.obj_mut() else { unreachable!() };
        drop(dd.set(value::interned(&name(*n)), v)?);
    }
    Ok((Some(d), f.code.module))
}

/// Module code ends: a frame object still referenced keeps the function object CPython
/// ran the code through.
fn end_module_frame(frame: &mut Frame) {
    let Some(fo) = end_frame_object(frame) else { return };
    if fo.refcount() > 1 {
        if let Some((code, _)) = rt().running.last() {
            let func = alloc(Obj::Function(Box::new(crate::object::Function {
                name: code.name,
                qualname: Rc::from("<module>"),
                code: code.clone(),
                defaults: None,
                kwdefaults: Vec::new(),
                closure: None,
                doc: None,
                dict: None,
                module: None,
                globals: None,
                annotations: None,
            })));
            if let Obj::Frame(fr) = fo.obj_mut() {
                fr.func = Some(func);
            }
        }
    }
}

/// What a running frame shows a reader (the stepper, `:refs`): its code, the line it
/// stands at, and its local slots by name.
pub struct FrameView {
    /// Tells one activation from another while it runs.
    pub addr: usize,
    pub code: &'static FuncCode,
    pub line: u32,
    /// Slot by slot, `None` where unbound; a captured variable shows its cell.
    pub locals: Vec<(Sym, Option<&'static Value>)>,
    /// A class body's namespace so far.
    pub class_ns: Option<&'static Attrs>,
}

/// The running frames, outermost first. Only reads them: no count changes.
pub fn running_frames() -> Vec<FrameView> {
    rt().frames.iter().map(|&p| frame_view(p)).collect()
}

/// The innermost running frame.
pub fn innermost_frame() -> Option<FrameView> {
    rt().frames.last().map(|&p| frame_view(p))
}

fn frame_view(p: *mut Frame<'static>) -> FrameView {
    // SAFETY: frames on the frame stack are alive (they leave it when they end); the
    // views do not outlive the caller's look.
    let f: &'static Frame<'static> = unsafe { &*p };
    let locals = if f.code.kind == CodeKind::Module {
        Vec::new()
    } else {
        (0..f.code.nlocals() as u32).map(|i| (f.code.local_names[i as usize], local(f, i))).collect()
    };
    FrameView { addr: p as usize, code: f.code, line: f.line, locals, class_ns: f.class_ns.as_deref() }
}

/// A frame starts running: it joins the frame stack, where frame objects are found.
#[inline(always)]
pub fn enter(f: &mut Frame) {
    // The frame stack erases the lifetime: a frame leaves it before it is dropped.
    rt().frames.push((f as *mut Frame).cast());
}

fn new_frame_object(f: &Frame) -> Value {
    detached_frame_object(f.code, f.line)
}

/// A frame object for `code` stopped at `line`.
pub fn detached_frame_object(code: &FuncCode, line: u32) -> Value {
    let name: Rc<str> = match code.kind {
        CodeKind::Module => Rc::from("<module>"),
        _ => name(code.name),
    };
    let fo = crate::object::FrameObj {
        name,
        file: code.source.filename.clone(),
        line,
        locals: Vec::new(),
        back: None,
        func: None,
    };
    alloc(Obj::Frame(Box::new(fo)))
}

/// The frame object of a running frame, made on first need.
pub fn frame_object(f: &mut Frame) -> Value {
    match &f.obj {
        None => f.obj = Some(new_frame_object(f)),
        Some(fo) => {
            if let Obj::Frame(fr) = fo.obj_mut() {
                fr.line = f.line;
            }
        }
    }
    f.obj.as_ref().map(Value::dup).expect("made above")
}

/// A frame is ending: it leaves the frame stack, and its frame object, if it has one,
/// is handed back.
#[inline(always)]
pub fn end_frame_object(f: &mut Frame) -> Option<Value> {
    rt().frames.pop();
    let fo = f.obj.take()?;
    if let Obj::Frame(fr) = fo.obj_mut() {
        fr.line = f.line;
    }
    Some(fo)
}

/// A frame object outliving its frame takes the locals, and its link to the caller's
/// frame object (made now if need be), as CPython's `take_ownership` does.
pub fn take_ownership(fo: &Value, locals: Vec<Option<Value>>, func: u32) {
    // SAFETY: frames on the frame stack are alive (they leave it when they end).
    let back = rt().frames.last().map(|&caller| frame_object(unsafe { &mut *caller }));
    let func = (func != call::NO_FUNC).then(|| crate::heap::borrow_index(func));
    if let Obj::Frame(fr) = fo.obj_mut() {
        fr.locals = locals;
        fr.back = back;
        if func.is_some() {
            fr.func = func;
        }
    }
}

/// A frame that ends by an exception: its frame object (made now if it had none) takes
/// its locals; the exception's traceback keeps it.
pub fn unwound_frame(f: &mut Frame, locals: Vec<Option<Value>>) -> Value {
    let fo = end_frame_object(f).unwrap_or_else(|| new_frame_object(f));
    take_ownership(&fo, locals, f.func);
    fo
}

/// The traceback line for a frame the exception leaves; it takes the position the
/// exception was raised at in this frame, so the caller's call site can set its own.
pub fn push_tb(f: &Frame, e: &mut PyErr) {
    if e.frame_done {
        e.frame_done = false;
        return;
    }
    let entry = tb_entry(f, e);
    e.traceback.push(entry);
}

fn tb_entry(f: &Frame, e: &mut PyErr) -> TbEntry {
    let name: Rc<str> = match f.code.kind {
        CodeKind::Module => Rc::from("<module>"),
        _ => name(f.code.name),
    };
    TbEntry { source: f.code.source.clone(), line: f.line, name, pos: e.pos.take() }
}

#[inline(always)]
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
    // The safe point where a collection that allocations made due runs.
    crate::gc::maybe_collect();
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
        StmtKind::AssignLocal(i, e) => {
            let v = eval(e, f)?;
            set_local(f, *i, v);
            Ok(Flow::Normal)
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
        StmtKind::AugAssign(Target::Local(i), op, e, _) => {
            aug_local(*i, *op, e, f)?;
            Ok(Flow::Normal)
        }
        StmtKind::AugAssign(t, op, e, _) => {
            aug_assign(t, *op, e, f)?;
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
        StmtKind::AssignLocal(i, e) => {
            let v = eval(e, f)?;
            set_local(f, *i, v);
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
            // The test, and an interrupt at the back edge, belong to the `while` line.
            f.line = s.line;
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
        StmtKind::For(t, iter, body, orelse) => return exec_for(s.line, t, iter, body, orelse, f),
        StmtKind::Def(code, defaults, kwdefaults, t, decos, anns) => {
            let decorators = eval_decorators(decos, f)?;
            f.line = s.line;
            let func = make_function(&code.0, defaults, kwdefaults, anns, f)?;
            let func = apply_decorators(decos, decorators, func, f)?;
            store(t, func, f)?;
        }
        StmtKind::Class(cname, bk, code, t, decos) => {
            let decorators = eval_decorators(decos, f)?;
            f.line = s.line;
            let bases: Vec<Value> = bk.0.iter().map(|b| eval(b, f)).collect::<PyResult<_>>()?;
            let mut kwargs: Vec<(Sym, Value)> = Vec::new();
            for (k, e) in &bk.1 {
                kwargs.push((*k, eval(e, f)?));
            }
            let mut ns = Attrs::default();
            // `__module__`: the name of the module whose code makes the class.
            let module = match f.code.module {
                Some(m) => crate::modules::load_global(sym::__name__, m)?,
                None => value::interned("__main__"),
            };
            ns.set(sym::__module__, module);
            ns.set(sym::__qualname__, value::str_(&code.0.qualname));
            if let Some(i) = code.0.doc {
                ns.set(sym::__doc__, code.0.consts[i as usize].dup());
            }
            let code = &code.0;
            if let Some(StmtKind::Expr(Expr::Const(i))) = code.body.first().map(|s| &s.kind) {
                if let Some(doc) = code.consts.get(*i as usize).filter(|c| matches!(c.obj(), Obj::Str(_))) {
                    ns.set(sym::__doc__, doc.dup());
                }
            }
            let closure: Vec<Value> = code.free_from.iter().map(|&i| local(f, i).expect("a cell").dup()).collect();
            let base = rt().stack.len();
            rt().stack.resize_with(base + code.nlocals(), || None);
            for &c in &code.cells {
                set_local_at(base, c, alloc(Obj::Cell(None)));
            }
            let first_free = code.nlocals() - code.nfree;
            for (k, cell) in closure.into_iter().enumerate() {
                set_local_at(base, (first_free + k) as u32, cell);
            }
            {
                let mut cf = Frame {
                    base,
                    line: s.line,
                    class_ns: Some(&mut ns),
                    ..Frame::new(code, stack_ptr(base), call::NO_FUNC)
                };
                enter(&mut cf);
                if let Err(mut e) = exec_block(&code.body, &mut cf) {
                    push_tb(&cf, &mut e);
                    drop(end_frame_object(&mut cf));
                    release_frame(base);
                    return Err(e);
                }
                drop(end_frame_object(&mut cf));
            }
            let class = match class::make_class(*cname, bases, kwargs, ns) {
                Ok(c) => c,
                Err(e) => {
                    release_frame(base);
                    return Err(e);
                }
            };
            // Methods that use `super()` find the class through the `__class__` cell.
            if let Some(&c) = code.cells.first() {
                if let Some(Some(cell)) = rt().stack.get(base + c as usize) {
                    if let Obj::Cell(slot) = cell.obj_mut() {
                        *slot = Some(class.dup());
                    }
                }
            }
            release_frame(base);
            let class = apply_decorators(decos, decorators, class, f)?;
            store(t, class, f)?;
        }
        StmtKind::Import(module, t) => {
            let m = crate::modules::import(*module)?;
            store(t, m, f)?;
        }
        StmtKind::ImportStar(module) => {
            let m = crate::modules::import(*module)?;
            for (n, v) in crate::modules::public_names(&m)? {
                store(
                    &match f.code.module {
                        Some(lib) => Target::ModGlobal(n, lib),
                        None => Target::Global(n),
                    },
                    v,
                    f,
                )?;
            }
        }
        StmtKind::ImportFrom(module, n, t) => {
            let m = crate::modules::import(*module)?;
            let v = match getattr(&m, *n) {
                Ok(v) => v,
                Err(_) => {
                    return err(
                        ExcKind::ImportError,
                        format!("cannot import name '{}' from '{}' (unknown location)", name(*n), name(*module)),
                    )
                }
            };
            store(t, v, f)?;
        }
        StmtKind::Try(body, handlers, orelse, fin) => return exc::exec_try(body, handlers, orelse, fin, f),
        StmtKind::Raise(e, cause) => return exc::exec_raise(e, cause, f),
        StmtKind::Assert(test, msg, p) => return exc::exec_assert(test, msg, p, f),
        StmtKind::With(items, body) => return with::exec_with(items, body, f),
        StmtKind::AssignConcat(i, e) => assign_concat(*i, e, f)?,
        StmtKind::AssignSwap(targets, items, perm) => {
            if let Some(p) = perm {
                if permute_locals(p, f) {
                    return Ok(Flow::Normal);
                }
            }
            let first = eval(&items[0], f)?;
            let second = eval(&items[1], f)?;
            let third = match items.get(2) {
                Some(e) => Some(eval(e, f)?),
                None => None,
            };
            store(&targets[0], first, f)?;
            store(&targets[1], second, f)?;
            if let Some(v) = third {
                store(&targets[2], v, f)?;
            }
        }
        StmtKind::AnnAssign(t, value, ann, name) => {
            if let Some(v) = value {
                let v = eval(v, f)?;
                store(t, v, f)?;
            }
            if let Some(a) = ann {
                let a = eval(a, f)?;
                if let Some(n) = name {
                    store_annotation(*n, a, f)?;
                }
            }
        }
        StmtKind::Comprehension(kind, loops, elt, val) => {
            #[allow(clippy::needless_return)]
            return Ok(Flow::Return(comp::run(*kind, loops, elt, val.as_ref(), f)?));
        }
    }
    Ok(Flow::Normal)
}

/// Evaluate a `def`'s or `class`'s decorators, top to bottom, each on its own line.
fn eval_decorators(decos: &[crate::code::Decorator], f: &mut Frame) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(decos.len());
    for d in decos {
        f.line = d.line;
        out.push(eval(&d.expr, f)?);
    }
    Ok(out)
}

/// Apply decorators bottom up to the new function or class; only the result is bound.
fn apply_decorators(
    decos: &[crate::code::Decorator],
    mut values: Vec<Value>,
    mut obj: Value,
    f: &mut Frame,
) -> PyResult<Value> {
    for d in decos.iter().rev() {
        let deco = values.pop().expect("one value per decorator");
        f.line = d.line;
        obj = call(&deco, smallvec::smallvec![obj]).at(&d.pos)?;
    }
    Ok(obj)
}

#[inline]
fn truth(v: Value) -> PyResult<bool> {
    match v.obj() {
        Obj::Bool(b) => Ok(*b),
        _ => ops::truthy(&v),
    }
}

fn exec_for(line: u32, t: &Target, iter: &Expr, body: &[Stmt], orelse: &[Stmt], f: &mut Frame) -> PyResult<Flow> {
    /// What the loop walks: a range's numbers (the range object itself is not kept, as
    /// CPython's range iterator does not keep it), or a sequence it holds a reference to.
    enum Items {
        Range { start: i64, step: i64, len: i64 },
        Seq(Value),
        Iter(Value),
    }
    let seq = eval(iter, f)?;
    let items = match seq.obj() {
        Obj::Range(r) if f.gen.is_null() => Items::Range { start: r[0], step: r[2], len: ops::range_len(r) },
        Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) => Items::Seq(seq),
        _ => {
            let it = get_iter(&seq)?;
            drop(seq);
            Items::Iter(it)
        }
    };
    // A generator's frame may suspend inside the loop: what the loop holds is registered,
    // as CPython's value stack holds the iterator (a range's too).
    let held = match &items {
        Items::Seq(v) | Items::Iter(v) => Some(crate::objects::generator::Held::new(f, v)),
        Items::Range { .. } => None,
    };
    let mut i: usize = 0;
    loop {
        let item = match &items {
            Items::Range { start, step, len } => ((i as i64) < *len).then(|| value::int(start + i as i64 * step)),
            Items::Iter(it) => iter::next_fast(it)?,
            Items::Seq(s) => match s.obj() {
                Obj::List(v) => v.get(i).map(Value::dup),
                Obj::Tuple(v) => v.get(i).map(Value::dup),
                Obj::Str(text) => text.char_at(i).map(value::char_),
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
        // Taking the next item, and an interrupt at the back edge, belong to the `for` line.
        f.line = line;
        if runtime::take_interrupt() {
            return err(ExcKind::KeyboardInterrupt, "");
        }
    }
    drop(held);
    drop(items);
    exec_block(orelse, f)
}

/// `x: T` at module or class level: `__annotations__[x] = T`, the dict made on first
/// need (CPython's SETUP_ANNOTATIONS).
fn store_annotation(n: Sym, a: Value, f: &mut Frame) -> PyResult<()> {
    let key = crate::intern::intern("__annotations__");
    let existing = match f.class_ns.as_ref() {
        Some(ns) => ns.get(key).map(Value::dup),
        None => match f.code.module {
            Some(m) => crate::modules::load_global(key, m).ok(),
            None => get_global(key).map(Value::dup),
        },
    };
    let dict = match existing {
        Some(d) => d,
        None => {
            let d = alloc(Obj::Dict(Box::default()));
            match f.class_ns.as_mut() {
                Some(ns) => drop(ns.set(key, d.dup())),
                None => match f.code.module {
                    Some(m) => crate::modules::store_global(key, m, d.dup())?,
                    None => set_global(key, d.dup()),
                },
            }
            d
        }
    };
    builtins::set_item(&dict, &value::str_(&name(n)), a)
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

/// `a, b = b, a` (or `a, b, c = c, a, b`) where the values are bound locals that are
/// the target locals reordered: the slots' contents are permuted in place. In CPython
/// the loads take a reference to each value and each store drops an old value that the
/// stack (then another local) still holds, so no count ends different and nothing can
/// die in between: no Python code can observe the shortcut. False (nothing done) when a
/// slot is unbound, for the general path to raise UnboundLocalError.
#[inline]
fn permute_locals(p: &crate::code::Permutation, f: &Frame) -> bool {
    let l = f.locals;
    let n = p.n as usize;
    unsafe {
        if p.from[..n].iter().any(|&i| (*l.add(i as usize)).is_none()) {
            return false;
        }
        // Every slot is read once and written once (a permutation): no value is
        // duplicated or dropped.
        let a = std::ptr::read(l.add(p.from[0] as usize));
        let b = std::ptr::read(l.add(p.from[1] as usize));
        let c = (n == 3).then(|| std::ptr::read(l.add(p.from[2] as usize)));
        std::ptr::write(l.add(p.to[0] as usize), a);
        std::ptr::write(l.add(p.to[1] as usize), b);
        if let Some(c) = c {
            std::ptr::write(l.add(p.to[2] as usize), c);
        }
    }
    true
}

fn stack_ptr(base: usize) -> *mut Option<Value> {
    unsafe { rt().stack.as_mut_ptr().add(base) }
}

#[inline(always)]
fn local(f: &Frame, i: u32) -> Option<&'static Value> {
    unsafe { (*f.locals.add(i as usize)).as_ref() }
}

fn set_local_at(base: usize, i: u32, v: Value) {
    let old = rt().stack[base + i as usize].replace(v);
    drop(old);
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

fn unbound_local(n: Sym) -> crate::error::Exc {
    PyErr::new(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{}' where it is not associated with a value", name(n)),
    )
}

pub fn name_error(n: Sym, f: Option<&Frame>) -> crate::error::Exc {
    let text = name(n);
    let msg = format!("name '{text}' is not defined");
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
    PyErr::new(ExcKind::NameError, msg).with_field("name", value::str_(&text)).with_suggestion(hint)
}

#[inline]
fn load_global(n: Sym, f: &Frame) -> PyResult<Value> {
    match get_global(n).or_else(|| get_builtin(n)) {
        Some(v) => Ok(v.dup()),
        None => Err(name_error(n, Some(f))),
    }
}

/// Evaluate an expression. Constants and locals — half of all evaluations — are read
/// inline at the caller; every other kind goes to `eval_node`, which only dispatches, so
/// that no path pays for the stack frame of a kind it is not.
#[inline(always)]
pub fn eval(e: &Expr, f: &mut Frame) -> PyResult<Value> {
    match e {
        Expr::Const(i) => Ok(unsafe { f.code.consts.get_unchecked(*i as usize) }.dup()),
        Expr::Local(i, n, p) => match local(f, *i) {
            Some(v) => Ok(v.dup()),
            None => unbound_local_at(*n, p),
        },
        _ => eval_node(e, f),
    }
}

#[cold]
#[inline(never)]
fn unbound_local_at(n: Sym, p: &Pos) -> PyResult<Value> {
    Err(unbound_local(n)).at(p)
}

/// Only dispatch: each arm is a call to the kind's own function, compiled as a jump.
#[inline(never)]
fn eval_node(e: &Expr, f: &mut Frame) -> PyResult<Value> {
    match e {
        Expr::Global(n, p) => eval_global(*n, p, f),
        Expr::Binary(a, op, b, p) => eval_binary(a, *op, b, p, f),
        Expr::Arith(tree) => arith::eval(tree, f),
        Expr::Compare(first, rest, p) if rest.len() == 1 => eval_compare1(first, &rest[0], p, f),
        Expr::Call(callee, args, p) => eval_call_at(callee, args, p, f),
        Expr::Item(obj, index, _) => eval_item(e, obj, index, f),
        Expr::Attr(obj, n, p) => eval_attr(obj, *n, p, f),
        _ => eval_other(e, f),
    }
}

/// `o.n`. A plain instance's own attribute, the instance in a local (`self.x`), is read
/// without taking the instance: no Python code runs in between, and the value is taken
/// before anything else happens (CPython's LOAD_FAST + LOAD_ATTR_INSTANCE_VALUE leave the
/// same counts).
#[inline(never)]
fn eval_attr(obj: &Expr, n: Sym, p: &Pos, f: &mut Frame) -> PyResult<Value> {
    if let Some(v) = peek(obj, f).and_then(|o| attr::own_attr(o, n)) {
        return Ok(v.dup());
    }
    let o = eval(obj, f)?;
    getattr(&o, n).at(p)
}

#[inline(never)]
fn eval_global(n: Sym, p: &Pos, f: &mut Frame) -> PyResult<Value> {
    load_global(n, f).at(p)
}

#[inline(never)]
fn eval_call_at(callee: &Expr, args: &[Expr], p: &Pos, f: &mut Frame) -> PyResult<Value> {
    eval_call(callee, args, f).at(p)
}

#[inline(never)]
fn eval_item(e: &Expr, obj: &Expr, index: &Expr, f: &mut Frame) -> PyResult<Value> {
    if let Some(v) = peek_item(obj, index, f) {
        return Ok(v);
    }
    if let (Expr::Const(_) | Expr::Local(..), false) = (index, matches!(obj, Expr::Const(_) | Expr::Local(..))) {
        // `xs[0][1]`: the container is evaluated, then the index (a constant or a
        // local, read after the container as CPython loads it) is peeked: a list or
        // tuple item at an in-range int is read without taking the index.
        let o = eval(obj, f)?;
        if let Some(v) = peek_int(index, f).and_then(|k| builtins::sequence_item(&o, k)) {
            return Ok(v.dup());
        }
        let i = eval(index, f)?;
        let Expr::Item(.., p) = e else { unreachable!("eval_item of an item") };
        return builtins::get_item(&o, &i).at(p);
    }
    eval_other(e, f)
}

#[inline(never)]
pub(super) fn eval_binary(a: &Expr, op: BinOp, b: &Expr, p: &Pos, f: &mut Frame) -> PyResult<Value> {
    if let Some(x) = peek_number(a, f) {
        if let Some(y) = peek_number(b, f) {
            return ops::binary(op, x, y).at(p);
        }
    }

    let a = eval(a, f)?;
    let b = eval(b, f)?;
    ops::binary_consume(op, a, b).at(p)
}

/// A comparison with one operator.
#[inline(never)]
fn eval_compare1(first: &Expr, (op, second): &(CmpOp, Expr), p: &Pos, f: &mut Frame) -> PyResult<Value> {
    if let Some(r) = peek_compare(*op, first, second, f) {
        return Ok(value::bool_(r));
    }
    let a = eval(first, f)?;
    let b = eval(second, f)?;
    if matches!(a.obj(), Obj::Instance(_)) || matches!(b.obj(), Obj::Instance(_)) {
        return dunder::compare_value(*op, &a, &b).at(p);
    }
    Ok(value::bool_(compare(&a, &b, *op).at(p)?))
}

/// The value a constant, local or global holds, read without taking a reference: both
/// operands are peeked before anything is evaluated.
#[inline(always)]
pub(super) fn peek(e: &Expr, f: &Frame) -> Option<&'static Value> {
    match e {
        Expr::Const(i) => Some(unsafe { &*(f.code.consts.get_unchecked(*i as usize) as *const Value) }),
        Expr::Local(i, ..) => local(f, *i),
        Expr::Global(n, _) => get_global(*n),
        _ => None,
    }
}

/// The int a constant, local or global holds, peeked (see [`peek_number`]).
#[inline(always)]
fn peek_int(e: &Expr, f: &Frame) -> Option<i64> {
    match peek(e, f)?.obj() {
        Obj::Int(i) => Some(*i),
        _ => None,
    }
}

/// A machine int or float that a constant, local or global holds, peeked. Arithmetic and
/// comparison of two such numbers runs no Python code and reads the operands before it
/// allocates its result, so nothing can observe the references CPython's LOAD_FAST
/// would have taken for the evaluation stack.
///
/// An item of a list or tuple that a local, constant or global holds, at an in-range int
/// index that one holds (`b[3]`), is peeked too: reading it runs no Python code either,
/// and the number is used before anything can change the list.
#[inline(always)]
pub(super) fn peek_number(e: &Expr, f: &Frame) -> Option<&'static Value> {
    let v = match e {
        Expr::Item(obj, index, _) => peek_item_ref(obj, index, f)?,
        _ => peek(e, f)?,
    };
    matches!(v.obj(), Obj::Int(_) | Obj::Float(_)).then_some(v)
}

/// The item `seq[k]` of a list or tuple, peeked as [`peek_item`] reads it, not taken.
#[inline(always)]
fn peek_item_ref(obj: &Expr, index: &Expr, f: &Frame) -> Option<&'static Value> {
    let k = peek_int(index, f)?;
    builtins::sequence_item(peek(obj, f)?, k)
}

/// Comparing two ints or two floats that constants, locals or globals hold, peeked (see
/// [`peek_number`]); None for anything else.
#[inline(always)]
fn peek_compare(op: CmpOp, a: &Expr, b: &Expr, f: &Frame) -> Option<bool> {
    match (peek_operand(a, f)?.obj(), peek_operand(b, f)?.obj()) {
        (Obj::Int(x), Obj::Int(y)) => ops::int_compare(op, *x, *y),
        (Obj::Float(x), Obj::Float(y)) => ops::float_compare(op, *x, *y),
        (Obj::Str(x), Obj::Str(y)) => ops::str_compare(op, x, y),
        _ => None,
    }
}

/// What [`peek_number`] reads, of any type.
#[inline(always)]
fn peek_operand(e: &Expr, f: &Frame) -> Option<&'static Value> {
    match e {
        Expr::Item(obj, index, _) => peek_item_ref(obj, index, f),
        _ => peek(e, f),
    }
}

/// `seq[k]` for a list or tuple and an int that a constant, local or global holds, with
/// `k` in range: read without evaluating either (no Python code can run; see
/// [`peek_number`]).
/// A dict's value under a str or int key is read the same way (BINARY_SUBSCR_DICT), when
/// finding it needs no `__eq__` (`Dict::get_pure`).
#[inline(always)]
fn peek_item(obj: &Expr, index: &Expr, f: &Frame) -> Option<Value> {
    let o = peek(obj, f)?;
    let i = peek(index, f)?;
    match (o.obj(), i.obj()) {
        (Obj::Str(s), Obj::Int(k)) => {
            let k = if *k < 0 { k + s.char_len() as i64 } else { *k };
            s.char_at(usize::try_from(k).ok()?).map(value::char_)
        }
        (Obj::Dict(d), _) => d.get_pure(i).map(Value::dup),
        (_, Obj::Int(k)) => builtins::sequence_item(o, *k).map(Value::dup),
        _ => None,
    }
}

/// `eval_cond` for the colder statements (assert, comprehension filters), so the hot
/// `if`/`while` paths keep it inlined.
#[inline(never)]
fn cond(e: &Expr, f: &mut Frame) -> PyResult<bool> {
    eval_cond(e, f)
}

/// Run a block from the colder statements (try, with its handlers and finally).
#[inline(never)]
fn block(stmts: &[Stmt], f: &mut Frame) -> PyResult<Flow> {
    exec_block(stmts, f)
}

/// An expression's truth, without making a bool object for a comparison.
#[inline]
fn eval_cond(e: &Expr, f: &mut Frame) -> PyResult<bool> {
    if let Expr::Compare(first, rest, p) = e {
        if rest.len() == 1 {
            let op = rest[0].0;
            if let Some(r) = peek_compare(op, first, &rest[0].1, f) {
                return Ok(r);
            }
            return cond_compare(first, op, &rest[0].1, p, f);
        }
    }
    cond_other(e, f)
}

/// A condition that compares once, with operands that are not both peeked.
#[inline(never)]
fn cond_compare(first: &Expr, op: CmpOp, second: &Expr, p: &Pos, f: &mut Frame) -> PyResult<bool> {
    if matches!(first, Expr::Arith(_)) || matches!(second, Expr::Arith(_)) {
        if let Some(r) = arith::compare(first, op, second, f) {
            return Ok(r);
        }
    }
    let a = eval(first, f)?;
    let b = eval(second, f)?;
    if matches!(a.obj(), Obj::Instance(_)) || matches!(b.obj(), Obj::Instance(_)) {
        let r = dunder::compare_value(op, &a, &b).at(p)?;
        return ops::truthy(&r);
    }
    compare(&a, &b, op).at(p)
}

/// A condition other than one comparison.
#[inline(never)]
fn cond_other(e: &Expr, f: &mut Frame) -> PyResult<bool> {
    match e {
        // As CPython compiles a condition (compiler_jump_if): each operand's truth is
        // tested once, and the operand released, before the next is evaluated; no bool
        // or operand value is made for the whole.
        Expr::And(a, b) => Ok(cond(a, f)? && cond(b, f)?),
        Expr::Or(a, b) => Ok(cond(a, f)? || cond(b, f)?),
        Expr::Unary(UnaryOp::Not, a, _) => Ok(!cond(a, f)?),
        _ => truth(eval(e, f)?),
    }
}

/// A call: a Python function's arguments are evaluated straight into its frame's slots.
fn eval_call(callee: &Expr, args: &[Expr], f: &mut Frame) -> PyResult<Value> {
    // The callee is on the stack for the whole call, as in CPython.
    let c = match callee {
        Expr::Global(n, p) => load_global(*n, f).at(p)?,
        _ => eval(callee, f)?,
    };
    if let (Obj::Function(func), true) = (c.obj(), is_simple_function(&c)) {
        // `c` holds the function, and the function its code and defaults, for the whole call.
        let code: *const FuncCode = &*func.code;
        let defaults: *const [Value] = func.default_values();
        let base = rt().stack.len();
        for a in args {
            if let Err(e) = eval(a, f).and_then(push_arg) {
                release_frame(base);
                return Err(e);
            }
        }
        return call_code_at(unsafe { &*code }, unsafe { &*defaults }, base, c.index());
    }
    if let (Obj::Builtin(builtins::BuiltinFn::Super), true) = (c.obj(), args.is_empty()) {
        return make_super(f);
    }
    if let (Obj::Builtin(builtins::BuiltinFn::Len), [arg]) = (c.obj(), args) {
        // CPython's PRECALL_NO_KW_LEN: the length of a builtin container is read
        // directly (no Python code runs); the result is made before the argument goes.
        let v = eval(arg, f)?;
        return match builtins::container_len(&v) {
            Some(n) => Ok(value::int(n as i64)),
            None => call(&c, smallvec::smallvec![v]),
        };
    }
    if let (Obj::Type(builtins::TypeId::Str), [arg]) = (c.obj(), args) {
        // `str(i)` of a machine int makes its text straight away (no Python code runs);
        // anything else takes the general call.
        let v = eval(arg, f)?;
        if let Obj::Int(i) = v.obj() {
            return Ok(value::int_str(*i));
        }
        return call(&c, smallvec::smallvec![v]);
    }
    let args = eval_args(args, f)?;
    call(&c, args)
}

/// `super()` with no arguments: the method's class (from its `__class__` cell) and its
/// first argument.
fn make_super(f: &Frame) -> PyResult<Value> {
    let class_slot = f.code.local_names.iter().position(|&n| n == sym::__class__);
    let class = class_slot.and_then(|i| match local(f, i as u32).map(|c| c.obj()) {
        Some(Obj::Cell(Some(c))) => Some(c.dup()),
        _ => None,
    });
    if f.code.nparams == 0 {
        return err(ExcKind::RuntimeError, "super(): no arguments");
    }
    let Some(class) = class else { return err(ExcKind::RuntimeError, "super(): __class__ cell not found") };
    let this = match local(f, 0) {
        Some(v) => match v.obj() {
            Obj::Cell(Some(x)) if f.code.cells.contains(&0) => x.dup(),
            _ => v.dup(),
        },
        None => return err(ExcKind::RuntimeError, "super(): arg[0] deleted"),
    };
    Ok(alloc(Obj::Super(Box::new((class, this)))))
}

#[inline(never)]
fn eval_other(e: &Expr, f: &mut Frame) -> PyResult<Value> {
    match e {
        Expr::Const(_) | Expr::Local(..) | Expr::Global(..) => eval(e, f),
        Expr::ClassName(n, p) => {
            if let Some(v) = f.class_ns.as_ref().and_then(|ns| ns.get(*n)) {
                return Ok(v.dup());
            }
            match f.code.module {
                Some(m) => crate::modules::load_global(*n, m).at(p),
                None => load_global(*n, f).at(p),
            }
        }
        Expr::ModGlobal(n, m, p) => crate::modules::load_global(*n, *m).at(p),
        Expr::Binary(..) | Expr::Arith(_) | Expr::Call(..) => eval(e, f),
        Expr::Yield(v) => {
            let v = match v {
                Some(v) => eval(v, f)?,
                None => value::none(),
            };
            crate::objects::generator::yield_value(f, v)
        }
        Expr::Spill(spills, body) => crate::objects::generator::run_spill(spills, body, f),
        Expr::Temp(slot) => Ok(crate::objects::generator::take_temp(f, *slot)),
        Expr::YieldFrom(x, p) => {
            let x = eval(x, f)?;
            crate::objects::generator::yield_from(f, x).at(p)
        }
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
                if matches!(left.obj(), Obj::Instance(_)) || matches!(right.obj(), Obj::Instance(_)) {
                    let r = dunder::compare_value(*op, &left, &right).at(p)?;
                    if k == last || !ops::truthy(&r)? {
                        return Ok(r);
                    }
                    left = right;
                    continue;
                }
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
        // A slice inside a subscript's tuple (`x[1:2, 3]`): BUILD_SLICE's object.
        Expr::Slice(a, b, c) => {
            let (a, b, c) = (eval_opt(a, f)?, eval_opt(b, f)?, eval_opt(c, f)?);
            Ok(crate::objects::slice::from_parts(a.as_ref(), b.as_ref(), c.as_ref()))
        }
        Expr::List(items) => {
            let mut v = crate::object::ListItems::with_capacity(items.len());
            for e in items {
                v.push(eval(e, f)?);
            }
            Ok(crate::heap::alloc_list(v))
        }
        Expr::ListFromConst(i) => {
            // BUILD_LIST then LIST_EXTEND from the constant tuple: room rounded up to even.
            let Obj::Tuple(items) = f.code.consts[*i as usize].obj() else { unreachable!() };
            let mut v = Vec::with_capacity((items.len() + 1) & !1);
            v.extend(items.iter().map(Value::dup));
            Ok(value::list(v))
        }
        Expr::Tuple(items) => {
            if items.len() <= crate::object::TupleItems::INLINE && !items.is_empty() {
                // Evaluated straight into the tuple's inline items.
                let mut t = crate::object::TupleItems::new();
                for e in items {
                    t.push_inline(eval(e, f)?);
                }
                return Ok(crate::heap::alloc_tuple(t));
            }
            let mut v = crate::object::TupleBuilder::with_capacity(items.len());
            for e in items {
                v.push(eval(e, f)?);
            }
            Ok(value::tuple_of(v))
        }
        Expr::IfElse(c, a, b) => {
            if cond(c, f)? {
                eval(a, f)
            } else {
                eval(b, f)
            }
        }
        Expr::Deref(i, n, p) => load_deref(f, *i, *n).at(p),
        Expr::Dict(items) => {
            let d = alloc(Obj::Dict(Box::default()));
            for (k, v) in items {
                let k = eval(k, f)?;
                let v = eval(v, f)?;
                let Obj::Dict(dict) = d.obj_mut() else { unreachable!() };
                let old = dict.set(k, v)?;
                drop(old);
            }
            Ok(d)
        }
        Expr::SetFromConst(i) => builtins::dict::set_merged(&f.code.consts[*i as usize]),
        Expr::Set(items) => {
            let s = alloc(Obj::Set(Box::default()));
            for x in items {
                let x = eval(x, f)?;
                let Obj::Set(set) = s.obj_mut() else { unreachable!() };
                set.add(x)?;
            }
            Ok(s)
        }
        Expr::DictStar(items) => {
            let d = alloc(Obj::Dict(Box::default()));
            for (k, v) in items {
                match k {
                    Some(k) => {
                        let k = eval(k, f)?;
                        let v = eval(v, f)?;
                        let Obj::Dict(dict) = d.obj_mut() else { unreachable!() };
                        let old = dict.set(k, v)?;
                        drop(old);
                    }
                    None => {
                        let m = eval(v, f)?;
                        if !matches!(m.obj(), Obj::Dict(_)) {
                            return type_error(format!("'{}' object is not a mapping", type_name(&m)));
                        }
                        builtins::dict::dict_update(&d, &m)?;
                    }
                }
            }
            Ok(d)
        }
        Expr::SetStar(items) => {
            // BUILD_SET, then SET_UPDATE for each starred item and SET_ADD for the rest.
            let s = alloc(Obj::Set(Box::default()));
            for (star, e) in items {
                let v = eval(e, f)?;
                if *star {
                    builtins::dict::set_update(&s, &v)?;
                } else {
                    builtins::dict::set_of(&s).add(v)?;
                }
            }
            Ok(s)
        }
        Expr::ListStar(items) => Ok(value::list(eval_star_items(items, f)?)),
        Expr::TupleStar(items) => Ok(value::tuple(eval_star_items(items, f)?)),
        Expr::Comp(code, first, p) => {
            let first = eval(first, f)?;
            let it = get_iter(&first).at(p)?;
            drop(first);
            let code = &code.0;
            let closure: Vec<Value> = code.free_from.iter().map(|&i| local(f, i).expect("a cell").dup()).collect();
            if matches!(code.body[0].kind, StmtKind::Comprehension(crate::code::CompKind::Gen, ..)) {
                return Ok(comp::make_generator(code, it, closure));
            }
            let base = rt().stack.len();
            push_arg(it)?;
            run_frame(code, base, &closure, call::NO_FUNC).at(p)
        }
        Expr::Lambda(code, defaults, kwdefaults) => make_function(&code.0, defaults, kwdefaults, &[], f),
        Expr::FString(pieces) => {
            let mut out = String::new();
            fstring(pieces, f, &mut out)?;
            Ok(value::str_(&out))
        }
        Expr::CallEx(callee, pos, kws, p) => {
            let c = eval(callee, f)?;
            let args: Args = eval_star_args(pos, f, Some(&c))?.into_iter().collect();
            let mut k: Vec<(Sym, Value)> = Vec::new();
            for (n, e) in kws {
                let v = eval(e, f)?;
                match n {
                    Some(n) => k.push((*n, v)),
                    None => {
                        let Obj::Dict(d) = v.obj() else {
                            return type_error(format!(
                                "{} argument after ** must be a mapping, not {}",
                                callee_name(&c),
                                type_name(&v)
                            ))
                            .at(p);
                        };
                        for (_, key, x) in &d.entries {
                            let Obj::Str(s) = key.obj() else {
                                return type_error("keywords must be strings").at(p);
                            };
                            let sym = crate::intern::intern(s);
                            if k.iter().any(|(n, _)| *n == sym) {
                                return type_error(format!(
                                    "{} got multiple values for keyword argument '{s}'",
                                    callee_name(&c)
                                ))
                                .at(p);
                            }
                            k.push((sym, x.dup()));
                        }
                    }
                }
            }
            call_kw(&c, args, k).at(p)
        }
    }
}

fn is_simple_function(c: &Value) -> bool {
    matches!(c.obj(), Obj::Function(f) if f.code.simple)
}

/// A callable's name as CPython's call errors show it: `f()`.
fn callee_name(c: &Value) -> String {
    match c.obj() {
        Obj::Function(func) => format!("__main__.{}()", func.qualname),
        Obj::Builtin(b) => format!("{}()", b.name()),
        Obj::Type(t) => format!("{}()", t.name()),
        _ => format!("{}()", type_name(c)),
    }
}

/// The error for `*x` where x is not iterable: CPython names the call it unpacks into
/// (`f() argument after * must be an iterable, not int`), or, in a display, `Value`.
fn star_error(e: crate::error::Exc, v: &Value, callee: Option<&Value>) -> crate::error::Exc {
    if e.kind != ExcKind::TypeError || e.msg != format!("'{}' object is not iterable", type_name(v)) {
        return e;
    }
    let what = match callee {
        Some(c) => format!("{} argument", callee_name(c)),
        None => "Value".to_string(),
    };
    crate::error::PyErr::new(ExcKind::TypeError, format!("{what} after * must be an iterable, not {}", type_name(v)))
}

fn eval_star_items(items: &[(bool, Expr)], f: &mut Frame) -> PyResult<Vec<Value>> {
    eval_star_args(items, f, None)
}

fn eval_star_args(items: &[(bool, Expr)], f: &mut Frame, callee: Option<&Value>) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(items.len());
    for (star, e) in items {
        let v = eval(e, f)?;
        if *star {
            out.extend(collect(&v).map_err(|e| star_error(e, &v, callee))?);
        } else {
            out.push(v);
        }
    }
    Ok(out)
}

fn fstring(pieces: &[crate::code::FPiece], f: &mut Frame, out: &mut String) -> PyResult<()> {
    for p in pieces {
        match p {
            crate::code::FPiece::Lit(i) => {
                if let Obj::Str(s) = f.code.consts[*i as usize].obj() {
                    out.push_str(s);
                }
            }
            crate::code::FPiece::Field(e, conv, spec) => {
                let v = eval(e, f)?;
                let v = match conv {
                    Some('r') => value::str_(&repr::repr(&v)?),
                    Some('s') => value::str_(&repr::str(&v)?),
                    Some('a') => value::str_(&repr::ascii(&repr::repr(&v)?)),
                    _ => v,
                };
                let mut spec_text = String::new();
                fstring(spec, f, &mut spec_text)?;
                out.push_str(&crate::format::format_value(&v, &spec_text)?);
            }
        }
    }
    Ok(())
}

/// Read a cell variable.
fn load_deref(f: &Frame, i: u32, n: Sym) -> PyResult<Value> {
    if let Some(cell) = local(f, i) {
        if let Obj::Cell(Some(v)) = cell.obj() {
            return Ok(v.dup());
        }
    }
    if (i as usize) < f.code.nlocals() - f.code.nfree {
        return Err(unbound_local(n));
    }
    err(
        ExcKind::NameError,
        format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name(n)),
    )
}

fn cell_of(f: &Frame, i: u32) -> &'static mut Option<Value> {
    match local(f, i).map(|c| c.obj_mut()) {
        Some(Obj::Cell(slot)) => slot,
        _ => unreachable!("a cell variable's slot holds a cell"),
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
    if let (Obj::Float(x), Obj::Float(y)) = (a.obj(), b.obj()) {
        if let Some(r) = ops::float_compare(op, *x, *y) {
            return Ok(r);
        }
    }
    match op {
        CmpOp::Is => Ok(a.is(b)),
        CmpOp::IsNot => Ok(!a.is(b)),
        _ => ops::compare(a, b, op),
    }
}

/// `s = s + t` for a local `s` (see `StmtKind::AssignConcat`).
#[inline]
fn assign_concat(i: u32, e: &Expr, f: &mut Frame) -> PyResult<()> {
    let Expr::Binary(a, _, b, p) = e else { unreachable!("AssignConcat holds a `+`") };
    // `i = i + 1` keeps the int fast path of any `+`.
    let fast = match (peek_int(a, f), peek_int(b, f)) {
        (Some(x), Some(y)) => ops::int_fast(BinOp::Add, x, y),
        _ => None,
    };
    let v = match fast {
        Some(v) => v,
        None => {
            let cur = eval(a, f)?;
            let rhs = eval(b, f)?;
            if append_in_place(BinOp::Add, &cur, &rhs) {
                cur
            } else {
                binary(BinOp::Add, &cur, &rhs).at(p)?
            }
        }
    };
    set_local(f, i, v);
    Ok(())
}

/// `s += t` on a str that only the variable holds (`cur` is the evaluation's own
/// reference: two in all) appends in place, as CPython's unicode_concatenate resizes it
/// instead of copying: linear time for a string built piece by piece. No one else can
/// see the string change, so nothing observable differs but the time (and its `id`,
/// which CPython's resize may keep or change). False when it does not apply.
fn append_in_place(op: BinOp, cur: &Value, rhs: &Value) -> bool {
    if op != BinOp::Add || cur.refcount() != 2 || crate::heap::is_interned(cur) {
        return false;
    }
    let Obj::Str(add) = rhs.obj() else { return false };
    let add: &str = add;
    // `rhs` is not `cur` (that would make three references), so the text read is not
    // the text written.
    let Obj::Str(s) = cur.obj_mut() else { return false };
    s.push_str(add);
    true
}

/// `x op e` for the value `x` of an augmented assignment's target, when `x` is a number
/// and `e` a number that names hold, one operation on such numbers, an arithmetic tree of
/// them or a leaf `arith` reads: no in-place form and no Python code (see `peek_number`),
/// so nothing needs holding. None otherwise.
#[inline(always)]
fn peeked_update(x: &Value, op: BinOp, e: &Expr, f: &Frame) -> PyResult<Option<Value>> {
    if !matches!(x.obj(), Obj::Int(_) | Obj::Float(_)) {
        return Ok(None);
    }
    match peek_number(e, f) {
        Some(y) => ops::binary(op, x, y).map(Some).map_err(|e| augmented_message(op, e)),
        None => Ok(arith::augmented(x, op, e, f)),
    }
}

/// `x op= e` for a local `x`: the commonest augmented assignment, kept apart from the
/// other targets' so its path stays short.
#[inline(never)]
fn aug_local(i: u32, op: BinOp, e: &Expr, f: &mut Frame) -> PyResult<()> {
    if let Some(r) = local(f, i).map(|x| peeked_update(x, op, e, f)).transpose()?.flatten() {
        set_local(f, i, r);
        return Ok(());
    }
    let cur = match local(f, i) {
        Some(v) => v.dup(),
        None => return Err(unbound_local(f.code.local_names[i as usize])),
    };
    let rhs = eval(e, f)?;
    if let (Obj::Int(_) | Obj::Float(_), Obj::Int(_) | Obj::Float(_)) = (cur.obj(), rhs.obj()) {
        let r = ops::binary_consume(op, cur, rhs).map_err(|e| augmented_message(op, e))?;
        set_local(f, i, r);
        return Ok(());
    }
    aug_local_other(i, op, cur, rhs, f)
}

/// `aug_local` once neither side is a number.
#[inline(never)]
fn aug_local_other(i: u32, op: BinOp, cur: Value, rhs: Value, f: &mut Frame) -> PyResult<()> {
    if append_in_place(op, &cur, &rhs) {
        drop(rhs);
        set_local(f, i, cur);
        return Ok(());
    }
    let r = inplace(op, cur, rhs)?;
    set_local(f, i, r);
    Ok(())
}

#[inline(never)]
fn aug_assign(t: &Target, op: BinOp, e: &Expr, f: &mut Frame) -> PyResult<()> {
    match t {
        Target::Local(i) => aug_local(*i, op, e, f)?,
        Target::Global(n) | Target::ClassName(n) | Target::ModGlobal(n, _) => {
            let p = Pos::default();
            let cur = eval(
                &match t {
                    Target::Global(_) => Expr::Global(*n, p),
                    Target::ModGlobal(_, m) => Expr::ModGlobal(*n, *m, p),
                    _ => Expr::ClassName(*n, p),
                },
                f,
            )?;
            let rhs = eval(e, f)?;
            if matches!(t, Target::Global(_)) && append_in_place(op, &cur, &rhs) {
                drop(rhs);
                return store(t, cur, f);
            }
            let r = inplace(op, cur, rhs)?;
            store(t, r, f)?;
        }
        Target::Attr(obj, n, _) => {
            // `self.x op= y` with two numbers that names hold (or an arithmetic tree of
            // them): read, computed and replaced without holding the instance, as no
            // Python code runs until the store (see `peek_number`).
            if let Some(o) = peek(obj, f) {
                if let Some(r) = attr::own_attr(o, *n).map(|x| peeked_update(x, op, e, f)).transpose()?.flatten() {
                    match attr::replace_own_attr(o, *n, r) {
                        Ok(old) => drop(old),
                        // A `__setattr__` may run: the instance is held through it.
                        Err(r) => setattr(&o.dup(), *n, r)?,
                    }
                    return Ok(());
                }
            }
            let o = eval(obj, f)?;
            let cur = match attr::own_attr(&o, *n) {
                Some(v) => v.dup(),
                None => getattr(&o, *n)?,
            };
            let rhs = eval(e, f)?;
            let r = inplace(op, cur, rhs)?;
            match attr::replace_own_attr(&o, *n, r) {
                Ok(old) => drop(old),
                Err(r) => setattr(&o, *n, r)?,
            }
        }
        Target::Item(obj, index, _) => {
            // `xs[k] op= y` on a list item holding a number, with the list and the int
            // in names or constants: the item is read directly (no Python code runs
            // there), while the list, the index and the item are held, as CPython's
            // stack holds them, through the evaluation of `y`.
            if let Some((o, i)) = peek(obj, f).and_then(|o| Some((o, peek(index, f)?))) {
                if let (Obj::List(items), Obj::Int(k)) = (o.obj(), i.obj()) {
                    let k = if *k < 0 { *k + items.len() as i64 } else { *k };
                    let cur = usize::try_from(k).ok().and_then(|k| items.get(k));
                    if let Some(cur) = cur.filter(|c| matches!(c.obj(), Obj::Int(_) | Obj::Float(_))) {
                        // `y` computed from peeked numbers (no Python code runs): the new
                        // number replaces the item, which is released after the store as
                        // list_ass_item releases it.
                        if let Some(r) = peeked_update(cur, op, e, f)? {
                            let (Obj::List(items), Ok(k)) = (o.obj_mut(), usize::try_from(k)) else { unreachable!() };
                            drop(std::mem::replace(&mut items[k], r));
                            return Ok(());
                        }
                        let (o, i, cur) = (o.dup(), i.dup(), cur.dup());
                        let rhs = eval(e, f)?;
                        let r = inplace(op, cur, rhs)?;
                        builtins::set_item(&o, &i, r)?;
                        return Ok(());
                    }
                }
            }
            let o = eval(obj, f)?;
            let i = eval(index, f)?;
            let cur = builtins::get_item(&o, &i)?;
            let rhs = eval(e, f)?;
            let r = inplace(op, cur, rhs)?;
            builtins::set_item(&o, &i, r)?;
        }
        Target::Deref(i, n) => {
            let cur = load_deref(f, *i, *n)?;
            let rhs = eval(e, f)?;
            let r = inplace(op, cur, rhs)?;
            store(t, r, f)?;
        }
        Target::Tuple(..) | Target::Starred(..) => return type_error("illegal expression for augmented assignment"),
    }
    Ok(())
}

/// `a op= b`: lists change in place (and stay the same object); everything else rebinds.
/// Both operands are given up here, before the result is stored, as INPLACE's BINARY_OP
/// releases them before the STORE: two numbers (no in-place form, no Python code) go
/// straight to `binary_consume`.
#[inline(always)]
fn inplace(op: BinOp, cur: Value, rhs: Value) -> PyResult<Value> {
    if let (Obj::Int(_) | Obj::Float(_), Obj::Int(_) | Obj::Float(_)) = (cur.obj(), rhs.obj()) {
        return ops::binary_consume(op, cur, rhs).map_err(|e| augmented_message(op, e));
    }
    inplace_other(op, cur, rhs)
}

#[inline(never)]
fn inplace_other(op: BinOp, cur: Value, rhs: Value) -> PyResult<Value> {
    inplace_op(op, cur, &rhs).map_err(|e| augmented_message(op, e))
}

/// An operator's TypeError names the augmented operator: `+=`.
#[cold]
fn augmented_message(op: BinOp, mut e: crate::error::Exc) -> crate::error::Exc {
    let plain = if op == BinOp::Pow { "for ** or pow():".to_string() } else { format!("for {}:", op.symbol()) };
    if e.kind == ExcKind::TypeError && e.msg.starts_with("unsupported operand type(s) ") && e.msg.contains(&plain) {
        e.msg = e.msg.replacen(&plain, &format!("for {}=:", op.symbol()), 1);
    }
    e
}

/// `cur op= rhs` on the value itself: what the builtin types' `__iadd__`, `__ior__`, ...
/// do (the result is `cur` when it changed in place).
pub fn inplace_op(op: BinOp, cur: Value, rhs: &Value) -> PyResult<Value> {
    // Numbers and strings have no in-place forms (an in-place `s += t` is decided
    // before this, in `append_in_place`).
    if let Obj::Int(_) | Obj::Float(_) | Obj::Str(_) = cur.obj() {
        return binary(op, &cur, rhs);
    }
    if let Obj::ByteArray(_) = cur.obj() {
        if let Some(r) = crate::objects::bytearray::inplace(op, &cur, rhs) {
            r?;
            return Ok(cur);
        }
    }
    if let (Obj::Set(s), Obj::Set(_)) = (cur.obj(), rhs.obj()) {
        if s.frozen {
            return binary(op, &cur, rhs);
        }
        if matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) {
            // The set changes in place and stays the same object, as CPython's
            // set_*_update functions change it (`&=` swaps in a new table).
            let other: Vec<Value> = match rhs.obj() {
                Obj::Set(o) => o.iter().map(Value::dup).collect(),
                _ => unreachable!(),
            };
            let _ = s;
            match op {
                BinOp::BitOr => {
                    drop(other);
                    builtins::dict::set_update(&cur, rhs)?;
                }
                BinOp::Sub => {
                    for x in other {
                        let Obj::Set(s) = cur.obj_mut() else { unreachable!() };
                        let old = s.remove(&x)?;
                        drop(old);
                    }
                }
                BinOp::BitXor => {
                    for x in other {
                        let Obj::Set(s) = cur.obj_mut() else { unreachable!() };
                        match s.remove(&x)? {
                            Some(old) => drop(old),
                            None => {
                                s.add(x)?;
                            }
                        }
                    }
                }
                _ => {
                    let r = binary(op, &cur, rhs)?;
                    let Obj::Set(new) = r.obj_mut() else { unreachable!() };
                    let Obj::Set(s) = cur.obj_mut() else { unreachable!() };
                    std::mem::swap(&mut **s, &mut **new);
                }
            }
            return Ok(cur);
        }
    }
    if let (Obj::Dict(_), BinOp::BitOr) = (cur.obj(), op) {
        builtins::dict::dict_update(&cur, rhs)?;
        return Ok(cur);
    }
    if let Obj::Instance(inst) = cur.obj() {
        let iname = format!("__i{}__", dunder::op_stem(op));
        if let Some(m) = class_lookup(&inst.class, crate::intern::intern(&iname)) {
            let m = m.dup();
            return call(&m, smallvec::smallvec![cur.dup(), rhs.dup()]);
        }
    }
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
                        items.vec().extend(more);
                    }
                }
                return Ok(cur);
            }
            _ => {}
        }
    }
    binary(op, &cur, rhs)
}

/// Bind a target: a local inline, anything else in `store_other`.
#[inline(always)]
pub fn store(t: &Target, v: Value, f: &mut Frame) -> PyResult<()> {
    match t {
        Target::Local(i) => {
            set_local(f, *i, v);
            Ok(())
        }
        _ => store_other(t, v, f),
    }
}

#[inline(never)]
fn store_other(t: &Target, v: Value, f: &mut Frame) -> PyResult<()> {
    match t {
        Target::Local(i) => set_local(f, *i, v),
        Target::Deref(i, _) => {
            let old = cell_of(f, *i).replace(v);
            drop(old);
        }
        Target::Starred(before, star, after, _) => {
            let mut items = collect(&v).map_err(|e| {
                if e.kind == ExcKind::TypeError {
                    PyErr::new(ExcKind::TypeError, format!("cannot unpack non-iterable {} object", type_name(&v)))
                } else {
                    e
                }
            })?;
            drop(v);
            let need = before.len() + after.len();
            if items.len() < need {
                return err(
                    ExcKind::ValueError,
                    format!("not enough values to unpack (expected at least {need}, got {})", items.len()),
                );
            }
            let tail = items.split_off(items.len() - after.len());
            let middle = items.split_off(before.len());
            for (t, item) in before.iter().zip(items) {
                store(t, item, f)?;
            }
            store(star, value::list(middle), f)?;
            for (t, item) in after.iter().zip(tail) {
                store(t, item, f)?;
            }
        }
        Target::Global(n) => set_global(*n, v),
        Target::ModGlobal(n, m) => crate::modules::store_global(*n, *m, v)?,
        Target::ClassName(n) => {
            let old = f.class_ns.as_mut().expect("class body has a namespace").set(*n, v);
            drop(old);
        }
        Target::Attr(obj, n, span) => {
            let o = eval(obj, f)?;
            match attr::replace_own_attr(&o, *n, v) {
                Ok(old) => drop(old),
                Err(v) => setattr(&o, *n, v).at(&Pos { start: span.start, end: span.end, anchor: (0, 0) })?,
            }
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
    let items = collect(v).map_err(|e| {
        if e.kind == ExcKind::TypeError && e.msg.ends_with("is not iterable") {
            PyErr::new(ExcKind::TypeError, format!("cannot unpack non-iterable {} object", type_name(v)))
        } else {
            e
        }
    })?;
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
        Target::Deref(i, n) => match cell_of(f, *i).take() {
            Some(v) => drop(v),
            None => return Err(unbound_local(*n)),
        },
        Target::Starred(..) => return type_error("cannot delete starred"),
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
        Target::ModGlobal(n, m) => match crate::modules::del_global(*n, *m)? {
            Some(v) => drop(v),
            None => return Err(name_error(*n, None)),
        },
        Target::ClassName(n) => match f.class_ns.as_mut().and_then(|ns| ns.remove(*n)) {
            Some(v) => drop(v),
            None => return Err(name_error(*n, None)),
        },
        Target::Attr(obj, n, span) => {
            let o = eval(obj, f)?;
            attr::delattr(&o, *n).at(&Pos { start: span.start, end: span.end, anchor: (0, 0) })?;
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
