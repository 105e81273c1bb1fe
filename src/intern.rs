//! Interned identifiers. Names are resolved to `Sym`s when code is compiled, so the
//! evaluator compares integers, never strings.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Sym(pub u32);

struct Interner {
    names: Vec<Rc<str>>,
    map: HashMap<Rc<str>, Sym>,
}

thread_local! {
    static INTERNER: RefCell<Interner> = RefCell::new(Interner::with_well_known());
}

macro_rules! well_known {
    ($($name:ident = $text:expr),* $(,)?) => {
        const WELL_KNOWN: &[&str] = &[$($text),*];
        #[allow(non_upper_case_globals, dead_code)]
        pub mod sym {
            use super::Sym;
            well_known!(@consts 0u32; $($name)*);
        }
    };
    (@consts $n:expr; $first:ident $($rest:ident)*) => {
        pub const $first: Sym = Sym($n);
        well_known!(@consts $n + 1u32; $($rest)*);
    };
    (@consts $n:expr;) => {};
}

well_known! {
    __init__ = "__init__",
    __del__ = "__del__",
    __name__ = "__name__",
    __class__ = "__class__",
    __main__ = "__main__",
    __module__ = "__module__",
    __qualname__ = "__qualname__",
    __dict__ = "__dict__",
    underscore = "_",
    module = "<module>",
    __repr__ = "__repr__",
    __str__ = "__str__",
    __doc__ = "__doc__",
    lambda = "<lambda>",
    __eq__ = "__eq__",
    __ne__ = "__ne__",
    __lt__ = "__lt__",
    __le__ = "__le__",
    __gt__ = "__gt__",
    __ge__ = "__ge__",
    __hash__ = "__hash__",
    __len__ = "__len__",
    __getitem__ = "__getitem__",
    __setitem__ = "__setitem__",
    __delitem__ = "__delitem__",
    __contains__ = "__contains__",
    __iter__ = "__iter__",
    __next__ = "__next__",
    __add__ = "__add__",
    __sub__ = "__sub__",
    __mul__ = "__mul__",
    __bool__ = "__bool__",
    __call__ = "__call__",
    args = "args",
    sep = "sep",
    end = "end",
    key = "key",
    reverse = "reverse",
    default = "default",
    start = "start",
    __cause__ = "__cause__",
    __bases__ = "__bases__",
    append = "append",
    __context__ = "__context__",
    __traceback__ = "__traceback__",
    __suppress_context__ = "__suppress_context__",
    __enter__ = "__enter__",
    __new__ = "__new__",
    __exit__ = "__exit__",
    __get__ = "__get__",
    __set__ = "__set__",
    __delete__ = "__delete__",
    __getattr__ = "__getattr__",
    __getattribute__ = "__getattribute__",
    __setattr__ = "__setattr__",
    __delattr__ = "__delattr__",
    __slots__ = "__slots__",
    __weakref__ = "__weakref__",
    __set_name__ = "__set_name__",
    __init_subclass__ = "__init_subclass__",
    __mro__ = "__mro__",
    __base__ = "__base__",
    mro = "mro",
    __subclasses__ = "__subclasses__",
    __index__ = "__index__",
    __missing__ = "__missing__",
    __neg__ = "__neg__",
    __pos__ = "__pos__",
    __abs__ = "__abs__",
    __invert__ = "__invert__",
    __format__ = "__format__",
    __notes__ = "__notes__",
    vars = "vars",
}

impl Interner {
    fn with_well_known() -> Interner {
        let mut i = Interner { names: Vec::new(), map: HashMap::new() };
        for name in WELL_KNOWN {
            i.intern(name);
        }
        i
    }

    fn intern(&mut self, s: &str) -> Sym {
        if let Some(&sym) = self.map.get(s) {
            return sym;
        }
        let rc: Rc<str> = Rc::from(s);
        let sym = Sym(self.names.len() as u32);
        self.names.push(rc.clone());
        self.map.insert(rc, sym);
        sym
    }
}

pub fn intern(s: &str) -> Sym {
    INTERNER.with(|i| i.borrow_mut().intern(s))
}

pub fn name(sym: Sym) -> Rc<str> {
    INTERNER.with(|i| i.borrow().names[sym.0 as usize].clone())
}

/// How many names exist (the size the global tables must have).
pub fn count() -> usize {
    INTERNER.with(|i| i.borrow().names.len())
}
