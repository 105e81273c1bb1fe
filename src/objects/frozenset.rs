//! `frozenset`: CPython's set table with the frozen flag (`Set::frozen`), as
//! `Objects/setobject.c` keeps set and frozenset in one file: its hash (CPython's
//! `frozenset_hash`), its constructor (`frozenset(fs) is fs`), its methods (the set's
//! non-mutating ones, with `copy()` returning itself), repr, and the set methods added
//! with it (issuperset, isdisjoint, symmetric_difference(_update), intersection_update,
//! difference_update). Traversal, release and size are the set's.

use crate::builtins::dict::{new_set, set_of};
use crate::builtins::{iterate, Args, BuiltinFn};
use crate::error::{type_error, PyResult};
use crate::heap::{alloc, Value};
use crate::intern::Sym;
use crate::object::Obj;
use crate::table::Set;
use crate::value;

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// CPython's `frozenset_hash`: the xor of every key's shuffled hash (the empty and dummy
/// slots cancel out), mixed with the size.
pub fn hash(s: &Set) -> PyResult<i64> {
    let mut h: u64 = 0;
    for k in s.hashes() {
        h ^= shuffle_bits(k as u64);
    }
    h ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    if h == u64::MAX {
        h = 590923713;
    }
    Ok(h as i64)
}

pub fn is_frozen(v: &Value) -> bool {
    matches!(v.obj(), Obj::Set(s) if s.frozen)
}

/// Mark a set made just now as a frozenset.
pub fn freeze(v: Value) -> Value {
    if let Obj::Set(s) = v.obj_mut() {
        s.frozen = true;
    }
    v
}

/// Calling `frozenset`.
pub fn call_type(args: Args) -> PyResult<Value> {
    if args.len() > 1 {
        return type_error(format!("frozenset expected at most 1 argument, got {}", args.len()));
    }
    if let Some(a) = args.first() {
        if is_frozen(a) {
            return Ok(a.dup());
        }
    }
    let s = crate::builtins::call_type(crate::builtins::TypeId::Set, args)?;
    Ok(freeze(s))
}

/// The methods of a frozenset.
pub fn method(n: Sym) -> Option<BuiltinFn> {
    Some(match &*crate::intern::name(n) {
        "copy" => BuiltinFn::SetCopy,
        "union" => BuiltinFn::SetUnion,
        "intersection" => BuiltinFn::SetIntersection,
        "difference" => BuiltinFn::SetDifference,
        "symmetric_difference" => BuiltinFn::SetSymmetricDifference,
        "issubset" => BuiltinFn::SetIsSubset,
        "issuperset" => BuiltinFn::SetIsSuperset,
        "isdisjoint" => BuiltinFn::SetIsDisjoint,
        _ => return None,
    })
}

/// The set methods that came with frozenset, for sets and frozensets.
pub fn call_method(b: BuiltinFn, this: &Value, args: Args) -> PyResult<Value> {
    let what = if is_frozen(this) { "frozenset" } else { "set" };
    let one = |n: &str| -> PyResult<()> {
        if args.len() != 1 {
            return type_error(format!("{what}.{n}() takes exactly one argument ({} given)", args.len()));
        }
        Ok(())
    };
    match b {
        BuiltinFn::SetIsSuperset => {
            one("issuperset")?;
            for x in iterate(&args[0])? {
                if !set_of(this).contains(&x)? {
                    return Ok(value::bool_(false));
                }
            }
            Ok(value::bool_(true))
        }
        BuiltinFn::SetIsDisjoint => {
            one("isdisjoint")?;
            for x in iterate(&args[0])? {
                if set_of(this).contains(&x)? {
                    return Ok(value::bool_(false));
                }
            }
            Ok(value::bool_(true))
        }
        BuiltinFn::SetSymmetricDifference | BuiltinFn::SetSymmetricDifferenceUpdate => {
            one(b.name())?;
            if b == BuiltinFn::SetSymmetricDifference {
                // CPython's set_symmetric_difference: a copy of the other, then each of
                // this set's keys discarded or added; the result has this set's type.
                let out = match args[0].obj() {
                    Obj::Set(_) => crate::builtins::dict::set_merged(&args[0])?,
                    _ => new_set(iterate(&args[0])?.into_iter())?,
                };
                set_of(&out).frozen = is_frozen(this);
                let keys: Vec<Value> = set_of(this).iter().map(Value::dup).collect();
                for x in keys {
                    match set_of(&out).remove(&x)? {
                        Some(old) => drop(old),
                        None => {
                            set_of(&out).add(x)?;
                        }
                    }
                }
                return Ok(out);
            }
            let other = match args[0].obj() {
                Obj::Set(_) => args[0].dup(),
                _ => new_set(iterate(&args[0])?.into_iter())?,
            };
            let out = this.dup();
            let items: Vec<Value> = set_of(&other).iter().map(Value::dup).collect();
            for x in items {
                if out.is(&other) {
                    break;
                }
                match set_of(&out).remove(&x)? {
                    Some(old) => drop(old),
                    None => {
                        set_of(&out).add(x)?;
                    }
                }
            }
            if out.is(&other) && b == BuiltinFn::SetSymmetricDifferenceUpdate {
                set_of(&out).take().into_iter().for_each(drop);
            }
            Ok(if b == BuiltinFn::SetSymmetricDifferenceUpdate { value::none() } else { out })
        }
        BuiltinFn::SetIntersectionUpdate | BuiltinFn::SetDifferenceUpdate => {
            let inter = b == BuiltinFn::SetIntersectionUpdate;
            let mut keep: Vec<Value> = set_of(this).iter().map(Value::dup).collect();
            for a in &args {
                let other = match a.obj() {
                    Obj::Set(_) => a.dup(),
                    _ => new_set(iterate(a)?.into_iter())?,
                };
                let mut next = Vec::new();
                for x in keep {
                    if set_of(&other).contains(&x)? == inter {
                        next.push(x);
                    }
                }
                keep = next;
            }
            if inter {
                // CPython builds the intersection as a new table and swaps it in.
                let fresh = new_set(keep.into_iter())?;
                let old = set_of(this).take();
                let new_items: Vec<Value> = set_of(&fresh).iter().map(Value::dup).collect();
                for x in new_items {
                    set_of(this).add(x)?;
                }
                drop(old);
                drop(fresh);
            } else {
                let remove: Vec<Value> =
                    set_of(this).iter().filter(|x| !keep.iter().any(|k| k.is(x))).map(Value::dup).collect();
                for x in remove {
                    let old = set_of(this).remove(&x)?;
                    drop(old);
                }
            }
            Ok(value::none())
        }
        _ => unreachable!("not a set method"),
    }
}

/// `frozenset()` made empty (for `type_attr` samples).
pub fn empty() -> Value {
    freeze(alloc(Obj::Set(Box::default())))
}
