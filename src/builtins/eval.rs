//! `exec()`, `eval()`, `globals()` and `locals()`: source compiled while the program
//! runs, and the namespaces it runs in.
//!
//! The string is parsed and compiled as a module of its own (`<string>`, constants in
//! its own unit, as CPython compiles it), then run on a frame above the caller's.
//! Where its names live:
//! - no mappings, at module level: the caller's globals (`__main__`'s table);
//! - no mappings, in a function or class body: a dict of the caller's locals (a copy,
//!   as CPython's `locals()` is) in front of the caller's globals;
//! - `globals` (a dict): that dict, read and written in place (`__builtins__` is put in
//!   it first, as CPython does); functions the code defines keep it as `__globals__`;
//! - `globals` and a separate `locals`: the module-level code reads locals, then
//!   globals, and writes locals; the functions it defines see the globals only.

use super::{Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyErr, PyResult, SyntaxErr};
use crate::heap::Value;
use crate::intern::{intern, Sym};
use crate::object::{type_name, Obj};
use crate::runtime::rt;
use crate::value;

/// `globals()`: the caller's module namespace.
pub fn globals(args: &Args) -> PyResult<Value> {
    if !args.is_empty() {
        return type_error(format!("globals() takes no arguments ({} given)", args.len()));
    }
    Ok(globals_of(crate::vm::caller_module()))
}

/// The globals a namespace slot stands for, as a Python object.
fn globals_of(module: Option<u32>) -> Value {
    match module {
        Some(slot) => pair_part(slot, 1),
        None => crate::objects::main_dict::get(),
    }
}

/// Part `i` (0: locals, 1: globals) of the (locals, globals) pair in `slot`; any other
/// namespace is both.
fn pair_part(slot: u32, i: usize) -> Value {
    let ns = crate::heap::borrow_index(slot);
    match ns.obj() {
        Obj::Tuple(pair) if pair.len() == 2 => pair[i].dup(),
        _ => ns,
    }
}

/// `locals()`: a function's (or class body's) locals as a new dict; at module level,
/// the module's namespace.
pub fn locals(args: &Args) -> PyResult<Value> {
    if !args.is_empty() {
        return type_error(format!("locals() takes no arguments ({} given)", args.len()));
    }
    match crate::vm::caller_locals()? {
        (Some(d), _) => Ok(d),
        (None, None) => Ok(crate::objects::main_dict::get()),
        (None, Some(slot)) => Ok(pair_part(slot, 0)),
    }
}

/// `exec(source, globals=None, locals=None)` and `eval(...)`.
pub fn call(b: BuiltinFn, args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    if b == BuiltinFn::Compile {
        return compile_builtin(args, kwargs);
    }
    let is_eval = b == BuiltinFn::Eval;
    let what = if is_eval { "eval" } else { "exec" };
    if let Some((k, _)) = kwargs.first() {
        return type_error(if is_eval {
            "eval() takes no keyword arguments".to_string()
        } else {
            format!("'{}' is an invalid keyword argument for exec()", crate::intern::name(*k))
        });
    }
    match args.len() {
        0 if is_eval => return type_error("eval expected at least 1 argument, got 0"),
        0 => return type_error("exec() takes at least 1 positional argument (0 given)"),
        n if n > 3 && is_eval => return type_error(format!("eval expected at most 3 arguments, got {n}")),
        n if n > 3 => return type_error(format!("exec() takes at most 3 positional arguments ({n} given)")),
        _ => {}
    }
    let none = |i: usize| args.get(i).filter(|v| !matches!(v.obj(), Obj::None));
    let (g, l) = (none(1), none(2));
    if let Some(g) = g {
        if !is_dict(g) {
            return type_error(if is_eval {
                "globals must be a dict".to_string()
            } else {
                format!("exec() globals must be a dict, not {}", type_name(g))
            });
        }
    }
    if let Some(l) = l {
        if !is_dict(l) {
            return type_error(if is_eval {
                "locals must be a mapping".to_string()
            } else {
                format!("locals must be a mapping or None, not {}", type_name(l))
            });
        }
    }
    // The code: a string (or bytes) compiled now, or what `compile()` made.
    let (source, mode) = match args[0].obj() {
        Obj::Code(c) => (c.source.clone(), c.mode),
        _ => {
            let text = source_text(&args[0], what)?;
            // eval() skips leading spaces and tabs.
            let text = if is_eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
            let mode = if is_eval { Mode::Eval } else { Mode::Exec };
            (std::rc::Rc::new(crate::code::Source::new("<string>", text)), mode)
        }
    };
    let stmts = parse(&source, mode)?;

    // The namespaces: (top-level code's, the functions').
    let mut hold: Vec<Value> = Vec::new();
    let (top, inner) = match (g, l) {
        (Some(g), l) => {
            add_builtins(g)?;
            let inner = slot_of(g);
            match l {
                Some(l) if !l.is(g) => {
                    let pair = value::tuple_of(smallvec::smallvec![l.dup(), g.dup()]);
                    let top = Some(pair.index());
                    hold.push(pair);
                    (top, inner)
                }
                _ => (inner, inner),
            }
        }
        (None, l) => {
            let (frame_locals, module) = crate::vm::caller_locals()?;
            let module_globals = globals_of(module);
            let inner = slot_of(&module_globals);
            match l.map(Value::dup).or(frame_locals) {
                Some(l) => {
                    let pair = value::tuple_of(smallvec::smallvec![l, module_globals]);
                    let top = Some(pair.index());
                    hold.push(pair);
                    (top, inner)
                }
                None => (module, inner),
            }
        }
    };

    let unit = compile(&stmts, source, mode, top, inner)?;
    rt().running.push((unit.code.clone(), unit.parse_hold));
    let r = crate::vm::run_dynamic(&unit.code);
    drop(rt().running.pop());
    drop(hold);
    Ok(r?.unwrap_or_else(value::none))
}

/// What `compile()` was asked to make, and what `exec`/`eval` make of a string.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Exec,
    Eval,
    /// One interactive statement: expression values are shown (and bound to `_`).
    Single,
}

/// The text of a source argument.
fn source_text(v: &Value, what: &str) -> PyResult<String> {
    let text = match v.obj() {
        Obj::Str(s) => s.to_string(),
        Obj::Bytes(_) | Obj::ByteArray(_) => {
            let data = crate::objects::bytes::data(v).expect("bytes");
            match crate::objects::bytes::decode(data, "utf-8", "strict") {
                Ok(s) => s,
                // The decoding error, as the tokenizer reports it.
                Err(mut e) => {
                    let why = crate::repr::str(&crate::vm::exc_value(&mut e))?;
                    return err(ExcKind::SyntaxError, format!("(unicode error) {why}"));
                }
            }
        }
        _ if what == "compile" => return type_error("compile() arg 1 must be a string, bytes or AST object"),
        _ => return type_error(format!("{what}() arg 1 must be a string, bytes or code object")),
    };
    if text.contains('\0') {
        return err(ExcKind::SyntaxError, "source code string cannot contain null bytes");
    }
    Ok(text)
}

/// Parse the source for `mode`: an `eval` source must be one expression.
fn parse(source: &std::rc::Rc<crate::code::Source>, mode: Mode) -> PyResult<Vec<crate::ast::Stmt>> {
    let stmts = match crate::parser::parse(source, false) {
        crate::parser::Parsed::Complete(stmts) => stmts,
        crate::parser::Parsed::Error(mut e) => {
            // eval's parser reports running out of input at offset 0 (no caret).
            if mode == Mode::Eval
                && e.line == source.line_of(source.text.len() as u32)
                && e.col > e.text.trim_end().chars().count()
            {
                e.col = 0;
                e.end_col = 0;
            }
            return Err(syntax_error(&e));
        }
        crate::parser::Parsed::Incomplete => {
            return Err(syntax_error(&SyntaxErr::at(source, "invalid syntax", source.text.len(), source.text.len())))
        }
    };
    if mode == Mode::Eval && !matches!(&stmts[..], [crate::ast::Stmt { kind: crate::ast::StmtKind::Expr(_), .. }]) {
        // Where an expression cannot go on: after an assignment's target, else at the start.
        let at = match stmts.first().map(|s| &s.kind) {
            Some(crate::ast::StmtKind::Assign(targets, _)) => targets[0].span.end as usize,
            Some(crate::ast::StmtKind::AugAssign(t, _, _) | crate::ast::StmtKind::AnnAssign(t, _, _)) => {
                t.span.end as usize
            }
            _ => stmts.first().map_or(source.text.len(), |s| s.span.start as usize),
        };
        let at = at + source.text[at.min(source.text.len())..].len()
            - source.text[at.min(source.text.len())..].trim_start_matches([' ', '\t']).len();
        let mut e = SyntaxErr::at(source, "invalid syntax", at, at + 1);
        if stmts.is_empty() {
            e.line = 0;
        }
        return Err(syntax_error(&e));
    }
    Ok(stmts)
}

fn compile(
    stmts: &[crate::ast::Stmt],
    source: std::rc::Rc<crate::code::Source>,
    mode: Mode,
    top: Option<u32>,
    inner: Option<u32>,
) -> PyResult<crate::compiler::Unit> {
    let mode = match mode {
        Mode::Exec => crate::compiler::Mode::Script,
        Mode::Eval => crate::compiler::Mode::Eval,
        Mode::Single => crate::compiler::Mode::Interactive,
    };
    crate::compiler::compile_dynamic(stmts, source, mode, top, inner).map_err(|e| syntax_error(&e))
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: the
/// source checked now (its SyntaxError raised here), kept for `exec` and `eval`.
pub fn compile_builtin(args: Args, kwargs: Vec<(Sym, Value)>) -> PyResult<Value> {
    let mut slots: [Option<Value>; 6] = Default::default();
    const NAMES: [&str; 6] = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    if args.len() > 6 {
        return type_error(format!("compile() takes at most 6 arguments ({} given)", args.len()));
    }
    for (i, a) in args.into_iter().enumerate() {
        slots[i] = Some(a);
    }
    for (k, v) in kwargs {
        let Some(i) = NAMES.iter().position(|n| *n == &*crate::intern::name(k)) else {
            return type_error(format!("compile() got an unexpected keyword argument '{}'", crate::intern::name(k)));
        };
        if slots[i].is_some() {
            return type_error(format!(
                "argument for compile() given by name ('{}') and position ({})",
                NAMES[i],
                i + 1
            ));
        }
        slots[i] = Some(v);
    }
    for (i, n) in NAMES.iter().enumerate().take(3) {
        if slots[i].is_none() {
            return type_error(format!("compile() missing required argument '{n}' (pos {})", i + 1));
        }
    }
    let text = source_text(slots[0].as_ref().expect("checked"), "compile")?;
    let filename = match slots[1].as_ref().expect("checked").obj() {
        Obj::Str(s) => s.to_string(),
        _ => {
            return type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                type_name(slots[1].as_ref().expect("checked"))
            ))
        }
    };
    let mode = match slots[2].as_ref().expect("checked").obj() {
        Obj::Str(s) if &**s == "exec" => Mode::Exec,
        Obj::Str(s) if &**s == "eval" => Mode::Eval,
        Obj::Str(s) if &**s == "single" => Mode::Single,
        Obj::Str(_) => return err(ExcKind::ValueError, "compile() mode must be 'exec', 'eval' or 'single'"),
        _ => {
            return type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                type_name(slots[2].as_ref().expect("checked"))
            ))
        }
    };
    let text = if mode == Mode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
    let source = std::rc::Rc::new(crate::code::Source::new(&filename, text));
    let stmts = parse(&source, mode)?;
    // Compiled once here for its errors; `exec`/`eval` compile it again for their namespaces.
    drop(compile(&stmts, source.clone(), mode, None, None)?);
    Ok(crate::objects::code_object::new(source, mode))
}

fn is_dict(v: &Value) -> bool {
    matches!(v.obj(), Obj::Dict(_) | Obj::MainDict)
}

/// The namespace slot of a globals dict (None: `__main__`'s own table).
fn slot_of(g: &Value) -> Option<u32> {
    match g.obj() {
        Obj::MainDict => None,
        _ => Some(g.index()),
    }
}

/// CPython puts `__builtins__` in a globals dict that lacks it.
fn add_builtins(g: &Value) -> PyResult<()> {
    let Obj::Dict(d) = g.obj_mut() else { return Ok(()) };
    let k = value::interned("__builtins__");
    if d.get(&k)?.is_none() {
        let m = crate::modules::import(intern("builtins"))?;
        let Obj::Dict(d) = g.obj_mut() else { unreachable!() };
        drop(d.set(k, m)?);
    }
    Ok(())
}

/// A compile-time error of the string, as the exception `exec`/`eval`/`compile` raise:
/// its text shows where (`invalid syntax (<string>, line 1)`), and it carries CPython's
/// attributes (`msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset`).
fn syntax_error(e: &SyntaxErr) -> crate::error::Exc {
    let kind = match e.kind {
        "IndentationError" => ExcKind::IndentationError,
        "TabError" => ExcKind::TabError,
        "RecursionError" => return PyErr::new(ExcKind::RecursionError, e.msg.clone()),
        _ => ExcKind::SyntaxError,
    };
    let mut err = PyErr::new(kind, format!("{} ({}, line {})", e.msg, e.filename, e.line));
    let v = crate::vm::exc_value(&mut err);
    if let Obj::Instance(inst) = v.obj_mut() {
        let text = if e.text.is_empty() { value::none() } else { value::str_(&e.text) };
        let (offset, end_offset) = if e.text.is_empty() { (1, 0) } else { (e.col as i64, e.end_col as i64) };
        for (n, x) in [
            ("msg", value::str_(&e.msg)),
            ("filename", value::str_(&e.filename)),
            ("lineno", value::int(e.line as i64)),
            ("offset", value::int(offset)),
            ("text", text),
            ("end_lineno", value::int(e.line as i64)),
            ("end_offset", value::int(end_offset)),
            ("print_file_and_line", value::none()),
        ] {
            drop(inst.attrs.set(intern(n), x));
        }
    }
    err
}
