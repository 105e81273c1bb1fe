//! The `gc` module's functions, over the collector in `crate::gc`.

use super::{Args, BuiltinFn};
use crate::error::{err, type_error, ExcKind, PyResult};
use crate::gc::{self, GENERATIONS};
use crate::heap::Value;
use crate::object::{type_name, Obj};
use crate::value;

pub fn call(b: BuiltinFn, args: Args) -> PyResult<Value> {
    let state = &mut crate::heap::heap().gc;
    match b {
        BuiltinFn::GcCollect => {
            if args.len() > 1 {
                return type_error(format!("collect() takes at most 1 argument ({} given)", args.len()));
            }
            let gen = match args.first() {
                Some(a) => int_arg(a)?,
                None => 2,
            };
            if !(0..GENERATIONS as i64).contains(&gen) {
                return err(ExcKind::ValueError, "invalid generation");
            }
            Ok(value::int(gc::collect(gen as usize) as i64))
        }
        BuiltinFn::GcIsEnabled => no_args("isenabled", &args).map(|_| value::bool_(state.enabled)),
        BuiltinFn::GcEnable | BuiltinFn::GcDisable => {
            no_args(b.name(), &args)?;
            state.enabled = b == BuiltinFn::GcEnable;
            Ok(value::none())
        }
        BuiltinFn::GcGetCount => {
            no_args("get_count", &args)?;
            Ok(value::tuple(state.count.iter().map(|&c| value::int(c as i64)).collect()))
        }
        BuiltinFn::GcGetThreshold => {
            no_args("get_threshold", &args)?;
            Ok(value::tuple(state.threshold.iter().map(|&c| value::int(c as i64)).collect()))
        }
        BuiltinFn::GcSetThreshold => {
            if args.is_empty() || args.len() > 3 {
                let n = args.len();
                return type_error(if n == 0 {
                    "set_threshold() takes at least 1 argument (0 given)".to_string()
                } else {
                    format!("set_threshold() takes at most 3 arguments ({n} given)")
                });
            }
            let values = args.iter().map(int_arg).collect::<PyResult<Vec<i64>>>()?;
            for (g, v) in values.into_iter().enumerate() {
                state.threshold[g] = v.max(0) as usize;
            }
            Ok(value::none())
        }
        BuiltinFn::GcIsTracked => {
            super::exactly_one("gc.is_tracked", &args)?;
            Ok(value::bool_(gc::is_tracked(&args[0])))
        }
        BuiltinFn::GcGetReferents => {
            let mut out = Vec::new();
            for a in args.iter() {
                gc::referents(a, &mut out);
            }
            Ok(value::list(out))
        }
        BuiltinFn::GcGetReferrers => {
            let mut out = Vec::new();
            for o in gc::tracked_objects() {
                let mut hit = false;
                o.obj().for_each_child(|c| hit |= args.iter().any(|a| a.is(c)));
                if hit {
                    out.push(o);
                }
            }
            // `__main__`'s globals are a dict in CPython, long-lived (so found last).
            let r = crate::runtime::rt();
            if r.globals.iter().flatten().any(|g| args.iter().any(|a| a.is(g))) {
                out.push(crate::objects::main_dict::get());
            }
            Ok(value::list(out))
        }
        _ => unreachable!("not a gc function"),
    }
}

fn no_args(name: &str, args: &Args) -> PyResult<()> {
    if !args.is_empty() {
        return type_error(format!("{name}() takes no arguments ({} given)", args.len()));
    }
    Ok(())
}

fn int_arg(v: &Value) -> PyResult<i64> {
    match v.obj() {
        Obj::Int(i) => Ok(*i),
        Obj::Bool(b) => Ok(*b as i64),
        _ => type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))),
    }
}
