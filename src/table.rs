//! Hash tables: `dict` (insertion ordered, as CPython's compact dict) and `set` (CPython's
//! open-addressing set table, so a set iterates in CPython's order), and `hash()` itself.

use crate::error::{type_error, PyResult};
use crate::heap::Value;
use crate::intern::sym;
use crate::object::{class_lookup, type_name, Obj};
use crate::ops;
const MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int: the value modulo 2**61 - 1, with -1 mapped to -2.
fn hash_i64(i: i64) -> i64 {
    let m = MODULUS as i128;
    let mut h = ((i as i128).abs() % m) as i64;
    if i < 0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn hash_big(b: &num_bigint::BigInt) -> i64 {
    use num_traits::ToPrimitive;
    let m = num_bigint::BigInt::from(MODULUS);
    let r = (b.magnitude() % m.magnitude()).to_i64().unwrap();
    let h = if b.sign() == num_bigint::Sign::Minus { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashDouble`.
fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(v.abs());
    let sign: i64 = if v < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (xxHash-based, 3.8+).
fn hash_tuple(items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for it in items {
        let lane = hash(it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

/// The hash of a str's UTF-8 text or of bytes: the same function for both, so
/// `hash(b'abc') == hash('abc')`, as in CPython (both hash the same ASCII data with the
/// process's key). FNV-1a: strings hash differently in every CPython process anyway. The
/// empty string hashes to 0, as in CPython.
pub fn hash_bytes(s: &[u8]) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    // 32 bits, so that a str can cache its hash beside its length (see `PyStr`); never -1.
    ((h >> 1) & 0xFFFF_FFFF) as i64
}

/// `hash(v)`, with CPython's values for numbers and tuples.
#[inline]
pub fn hash(v: &Value) -> PyResult<i64> {
    match v.obj() {
        Obj::Str(s) => Ok(s.hash_value()),
        Obj::Int(i) => Ok(hash_i64(*i)),
        _ => hash_other(v),
    }
}

#[inline(never)]
fn hash_other(v: &Value) -> PyResult<i64> {
    Ok(match v.obj() {
        Obj::Int(i) => hash_i64(*i),
        Obj::Bool(b) => *b as i64,
        Obj::Long(b) => hash_big(b),
        Obj::Float(f) => hash_float(*f),
        Obj::Str(s) => s.hash_value(),
        Obj::Bytes(b) => hash_bytes(b),
        Obj::Set(s) if s.frozen => crate::objects::frozenset::hash(s)?,
        Obj::Tuple(items) => hash_tuple(items)?,
        Obj::Range(r) => crate::objects::range::hash(r)?,
        Obj::List(_) | Obj::Dict(_) | Obj::MainDict | Obj::Set(_) | Obj::ByteArray(_) | Obj::Slice(_) => {
            return type_error(format!("unhashable type: '{}'", type_name(v)));
        }
        // A weak reference hashes as its referent, and keeps the hash.
        Obj::WeakRef(w) => match w.hash.get() {
            Some(h) => h,
            None if w.target == crate::builtins::weakref::DEAD => return type_error("weak object has gone away"),
            None => {
                let h = hash(&crate::builtins::weakref::deref(w))?;
                w.hash.set(Some(h));
                h
            }
        },
        Obj::Instance(inst) => {
            if let Some(h) = class_lookup(&inst.class, sym::__hash__) {
                if matches!(h.obj(), Obj::None) {
                    return type_error(format!("unhashable type: '{}'", type_name(v)));
                }
                let r = crate::vm::call(h, smallvec::smallvec![v.dup()])?;
                return match r.obj() {
                    Obj::Int(i) => Ok(hash_i64(*i)),
                    Obj::Long(b) => Ok(hash_big(b)),
                    Obj::Bool(b) => Ok(*b as i64),
                    _ => type_error("__hash__ method should return an integer"),
                };
            }
            // A class that defines __eq__ without __hash__ is unhashable.
            let own_eq = class_lookup(&inst.class, sym::__eq__).is_some();
            if let Some(n) = inst.native.as_ref().filter(|_| !own_eq) {
                // A subclass of a builtin type hashes as the value it extends.
                if matches!(n.obj(), Obj::List(_) | Obj::Dict(_)) || matches!(n.obj(), Obj::Set(s) if !s.frozen) {
                    return type_error(format!("unhashable type: '{}'", type_name(v)));
                }
                return hash(n);
            }
            if own_eq {
                return type_error(format!("unhashable type: '{}'", type_name(v)));
            }
            identity_hash(v)
        }
        _ => identity_hash(v),
    })
}

fn identity_hash(v: &Value) -> i64 {
    v.id().rotate_right(4) as i64
}

fn keys_equal(a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || ops::eq(a, b)?)
}

/// Whether entry `e` holds `key` (with hash `h`), when that is decided without running
/// code: the key itself, or an exact str or int compared on the spot. None when `==` must
/// decide.
#[inline(always)]
fn same_key(e: &(i64, Value, Value), h: i64, key: &Value) -> Option<bool> {
    if e.0 != h {
        return Some(false);
    }
    if e.1.is(key) {
        return Some(true);
    }
    match (e.1.obj(), key.obj()) {
        (Obj::Str(x), Obj::Str(y)) => Some(x == y),
        (Obj::Int(x), Obj::Int(y)) => Some(x == y),
        _ => None,
    }
}

/// Dicts up to this many entries are searched without an index.
const SMALL_DICT: usize = 8;

/// A dict: entries in insertion order, found through an index by hash (small ones by a
/// scan).
///
/// Beside the entries it keeps the shape CPython 3.11's table would have — its size, the
/// entries it may still add before it must grow, and whether its keys are all str — so
/// that `sys.getsizeof` gives CPython's numbers.
pub struct Dict {
    pub entries: Vec<(i64, Value, Value)>,
    /// Open addressing over the entries (CPython's dk_indices): a power-of-two table of
    /// entry numbers plus one (0 is empty), probed by the hash, kept at most half full.
    /// Four bytes a slot, so a big dict's index stays in cache.
    index: Vec<u32>,
    /// The dict's own slot, once it is on the heap (for the collector's tracking).
    pub slot: u32,
    /// log2 of the table size; 0 while the dict shares the empty keys object.
    log2_size: u8,
    /// Entries the table can still take before it must be resized.
    usable: isize,
    /// The table stores keys of any type (24-byte entries), not only str (16-byte).
    general: bool,
    /// An instance's `__dict__` that still shares its class's keys (CPython's split
    /// table, `src/objects/instance_dict.rs`).
    pub split: Option<crate::objects::instance_dict::Shared>,
}

impl Default for Dict {
    fn default() -> Dict {
        Dict {
            entries: Vec::new(),
            index: Vec::new(),
            slot: u32::MAX,
            log2_size: 0,
            usable: 0,
            general: false,
            split: None,
        }
    }
}

/// CPython's `USABLE_FRACTION`: a table of `n` slots holds up to two thirds of `n` entries.
fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// CPython's `estimate_log2_keysize` argument: the slots `n` entries want.
fn estimate(n: usize) -> usize {
    (n * 3).div_ceil(2)
}

/// CPython's `calculate_log2_keysize`: the log2 of a table for `minsize` slots, computed
/// with its bit trick (which, for 1 to 7, gives 16 slots rather than 8).
fn log2_keysize(minsize: usize) -> u8 {
    let m = (minsize | 8) - 1;
    (usize::BITS - (m | 7).leading_zeros()) as u8
}

impl Dict {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    #[inline]
    fn find(&self, h: i64, key: &Value) -> PyResult<Option<usize>> {
        if self.entries.len() <= SMALL_DICT {
            return self.find_small(h, key);
        }
        // The common case, without copying anything: every entry with this hash before
        // the key's is decided by `same_key`.
        for i in self.probe(h) {
            match same_key(&self.entries[i as usize], h, key) {
                Some(true) => return Ok(Some(i as usize)),
                Some(false) => {}
                None => return self.find_by_eq(h, key),
            }
        }
        Ok(None)
    }

    /// `find` once an entry with the key's hash needs `==` to be compared.
    #[inline(never)]
    fn find_by_eq(&self, h: i64, key: &Value) -> PyResult<Option<usize>> {
        // The entries with this hash, in probe order (for equal hashes, the order they
        // were added). An identical key needs no comparison; with no `__eq__` to run on
        // the way (the common case) it is found without copying anything.
        let mut slots: smallvec::SmallVec<[u32; 4]> = smallvec::SmallVec::new();
        for i in self.probe(h) {
            let e = &self.entries[i as usize];
            if e.0 == h {
                if slots.is_empty() {
                    // Decided here when no code runs to decide it.
                    match same_key(e, h, key) {
                        Some(true) => return Ok(Some(i as usize)),
                        Some(false) => continue,
                        None => {}
                    }
                }
                slots.push(i);
            }
        }
        // As CPython's lookup: each candidate in turn, identical or `==`. An `__eq__` may
        // change the dict: work from a copy of the candidates.
        for &i in slots.iter() {
            if self.entries.get(i as usize).is_some_and(|e| e.1.is(key)) {
                return Ok(Some(i as usize));
            }
            let Some(k) = self.entries.get(i as usize).map(|e| e.1.dup()) else { continue };
            if keys_equal(&k, key)? {
                return Ok(Some(i as usize));
            }
        }
        Ok(None)
    }

    /// The value under an exact str or int `key`, found without running any code: every
    /// entry with the key's hash is the key itself, an exact str or an exact int, compared
    /// on the spot. None when that is not so, or the key is absent (the general path then
    /// decides, or raises).
    #[inline]
    pub fn get_pure(&self, key: &Value) -> Option<&Value> {
        let h = match key.obj() {
            Obj::Str(s) => s.hash_value(),
            Obj::Int(i) => hash_i64(*i),
            _ => return None,
        };
        if self.entries.len() <= SMALL_DICT {
            for e in &self.entries {
                if same_key(e, h, key)? {
                    return Some(&e.2);
                }
            }
            return None;
        }
        for i in self.probe(h) {
            let e = &self.entries[i as usize];
            if same_key(e, h, key)? {
                return Some(&e.2);
            }
        }
        None
    }

    /// A small dict has no index: its few entries are scanned by hash.
    fn find_small(&self, h: i64, key: &Value) -> PyResult<Option<usize>> {
        let mut i = 0;
        while i < self.entries.len() {
            match same_key(&self.entries[i], h, key) {
                Some(true) => return Ok(Some(i)),
                Some(false) => {}
                None => {
                    let k = self.entries[i].1.dup();
                    if keys_equal(&k, key)? {
                        return Ok(Some(i));
                    }
                }
            }
            i += 1;
        }
        Ok(None)
    }

    pub fn get(&self, key: &Value) -> PyResult<Option<&Value>> {
        let h = hash(key)?;
        Ok(self.find(h, key)?.map(|i| &self.entries[i].2))
    }

    /// A dict made to hold `n` entries (a display, CPython's `dict_new_presized`).
    pub fn presized(n: usize, str_keys: bool) -> Dict {
        let mut d = Dict::default();
        if n > usable_fraction(8) {
            d.resize_table(log2_keysize(estimate(n)), !str_keys);
        }
        d
    }

    fn resize_table(&mut self, log2_size: u8, general: bool) {
        self.log2_size = log2_size;
        self.general = general;
        self.usable = usable_fraction(1 << log2_size) as isize - self.entries.len() as isize;
    }

    /// Grow before storing entries from a dict of `incoming` entries (CPython's
    /// `dict_merge`, which resizes once up front).
    pub fn reserve_merge(&mut self, incoming: usize, str_keys: bool) {
        let size = 1usize << self.log2_size;
        if usable_fraction(size) < incoming {
            let general = self.general || !str_keys;
            self.resize_table(log2_keysize(estimate(self.entries.len() + incoming)), general);
        }
    }

    /// Take the table shape of `other` (a copy of a compact dict clones its keys).
    pub fn copy_shape(&mut self, other: &Dict) {
        self.log2_size = other.log2_size;
        self.general = other.general;
        self.usable = other.usable;
    }

    /// Whether `d.copy()` clones this dict's table (CPython's `PyDict_Copy` fast path):
    /// few enough deleted entries.
    pub fn copies_compactly(&self) -> bool {
        !self.entries.is_empty() && self.entries.len() >= self.nentries() * 2 / 3
    }

    /// Whether merging this dict into an empty one clones its table (`dict_merge`'s fast
    /// path): no deleted entries, and a table no bigger than needed.
    pub fn merges_by_clone(&self) -> bool {
        let size = 1usize << self.log2_size;
        self.log2_size != 0
            && self.entries.len() == self.nentries()
            && (self.log2_size == 3 || usable_fraction(size / 2) < self.entries.len())
    }

    /// Whether every key is a str (CPython's unicode table).
    pub fn str_keys(&self) -> bool {
        !self.general
    }

    /// The entry slots used, deleted ones included.
    fn nentries(&self) -> usize {
        if self.log2_size == 0 {
            return 0;
        }
        (usable_fraction(1 << self.log2_size) as isize - self.usable) as usize
    }

    /// The bytes of the keys table, as `sys.getsizeof` counts them (0 when shared).
    pub fn keys_size(&self) -> usize {
        if let Some(sh) = &self.split {
            return sh.borrow().values_size();
        }
        if self.log2_size == 0 {
            return 0;
        }
        let size = 1usize << self.log2_size;
        let index_bytes = match self.log2_size {
            0..=7 => 1,
            8..=15 => 2,
            16..=31 => 4,
            _ => 8,
        };
        let entry = if self.general { 24 } else { 16 };
        32 + size * index_bytes + usable_fraction(size) * entry
    }

    /// Store `value` under `key`; returns the value it replaced (the key kept is the first one).
    pub fn set(&mut self, key: Value, value: Value) -> PyResult<Option<Value>> {
        let h = hash(&key)?;
        let str_key = matches!(key.obj(), crate::object::Obj::Str(_));
        if self.log2_size != 0 && !self.general && !str_key {
            self.resize_table(log2_keysize(self.entries.len() * 3), true);
        }
        if let Some(i) = self.find(h, &key)? {
            if self.slot != u32::MAX {
                crate::gc::dict_stored_at(self.slot, &key, &value);
            }
            return Ok(Some(std::mem::replace(&mut self.entries[i].2, value)));
        }
        let split = match &self.split {
            Some(sh) => sh.borrow_mut().insert(&key),
            None => false,
        };
        if !split && self.split.is_some() {
            // The key cannot join the shared keys: the dict takes a table of its own
            // (CPython's `insertion_resize`, sized by its entries).
            self.split = None;
            self.resize_table(log2_keysize(self.entries.len() * 3), !str_key);
        }
        if split {
        } else if self.log2_size == 0 {
            self.resize_table(3, !str_key);
        } else if self.usable <= 0 {
            self.resize_table(log2_keysize(self.entries.len() * 3), self.general);
        }
        if !split {
            self.usable -= 1;
        }
        if self.slot != u32::MAX {
            crate::gc::dict_stored_at(self.slot, &key, &value);
        }
        self.entries.push((h, key, value));
        if self.entries.len() > SMALL_DICT {
            if self.entries.len() == SMALL_DICT + 1 {
                self.reindex();
            } else {
                self.index_add(h, self.entries.len() as u32 - 1);
            }
        }
        Ok(None)
    }

    /// Remove `key`: returns its key and value.
    pub fn remove(&mut self, key: &Value) -> PyResult<Option<(Value, Value)>> {
        let h = hash(key)?;
        let Some(i) = self.find(h, key)? else { return Ok(None) };
        let (_, k, v) = self.entries.remove(i);
        self.reindex();
        Ok(Some((k, v)))
    }

    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let (_, k, v) = self.entries.pop()?;
        self.reindex();
        Some((k, v))
    }

    fn reindex(&mut self) {
        self.index.clear();
        if self.entries.len() <= SMALL_DICT {
            self.index.shrink_to_fit();
            return;
        }
        let size = (self.entries.len() * 2 + 1).next_power_of_two();
        self.index.resize(size, 0);
        for i in 0..self.entries.len() {
            let h = self.entries[i].0;
            self.index_put(h, i as u32);
        }
    }

    /// The entries whose index slots the probe for `h` passes, up to the first empty slot
    /// (CPython's perturbed probe sequence).
    fn probe(&self, h: i64) -> impl Iterator<Item = u32> + '_ {
        let mask = self.index.len() - 1;
        let mut perturb = h as u64;
        let mut i = h as u64 as usize & mask;
        std::iter::from_fn(move || {
            let ix = self.index[i];
            if ix == 0 {
                return None;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            Some(ix - 1)
        })
    }

    /// Put entry `entry` (with hash `h`) in the first empty slot of its probe sequence.
    fn index_put(&mut self, h: i64, entry: u32) {
        let mask = self.index.len() - 1;
        let mut perturb = h as u64;
        let mut i = h as u64 as usize & mask;
        while self.index[i] != 0 {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        self.index[i] = entry + 1;
    }

    /// Index a new last entry, growing the index past half full.
    fn index_add(&mut self, h: i64, entry: u32) {
        if self.entries.len() * 2 > self.index.len() {
            self.reindex();
        } else {
            self.index_put(h, entry);
        }
    }

    /// Take every entry out (for clearing and for the dealloc order).
    pub fn take(&mut self) -> Vec<(i64, Value, Value)> {
        self.split = None;
        self.index.clear();
        self.log2_size = 0;
        self.usable = 0;
        self.general = false;
        std::mem::take(&mut self.entries)
    }
}

/// A set: CPython's table — open addressing, linear probes then perturbation — so that
/// iteration order is CPython's.
pub struct Set {
    /// (hash, key); `None` is empty, `Some((_, None))` a deleted slot.
    table: Vec<Option<(i64, Option<Value>)>>,
    fill: usize,
    used: usize,
    /// A frozenset (`src/objects/frozenset.rs`): immutable and hashable.
    pub frozen: bool,
}

impl Default for Set {
    fn default() -> Set {
        Set { table: (0..8).map(|_| None).collect(), fill: 0, used: 0, frozen: false }
    }
}

const LINEAR_PROBES: usize = 9;

impl Set {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(|e| e.as_ref().and_then(|(_, k)| k.as_ref()))
    }

    /// The stored hashes of the live keys, in table order.
    pub fn hashes(&self) -> impl Iterator<Item = i64> + '_ {
        self.table.iter().filter_map(|e| e.as_ref().and_then(|(h, k)| k.as_ref().map(|_| *h)))
    }

    /// The slot holding `key`, or where it would go.
    fn lookup(&self, h: i64, key: &Value) -> PyResult<(usize, bool)> {
        let mask = self.table.len() - 1;
        let mut perturb = h as u64;
        let mut i = (h as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match &self.table[j] {
                    None => return Ok((freeslot.unwrap_or(j), false)),
                    Some((eh, Some(k))) => {
                        if *eh == h && keys_equal(&k.dup(), key)? {
                            return Ok((j, true));
                        }
                    }
                    Some((_, None)) => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        let h = hash(key)?;
        Ok(self.lookup(h, key)?.1)
    }

    /// Every key of `self` is in `other`.
    pub fn is_subset(&self, other: &Set) -> PyResult<bool> {
        if self.len() > other.len() {
            return Ok(false);
        }
        for k in self.iter() {
            if !other.contains(k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Add `key`; false if it was there already (the new reference is dropped).
    pub fn add(&mut self, key: Value) -> PyResult<bool> {
        let h = hash(&key)?;
        let (slot, found) = self.lookup(h, &key)?;
        if found {
            return Ok(false);
        }
        if self.table[slot].is_none() {
            self.fill += 1;
        }
        self.table[slot] = Some((h, Some(key)));
        self.used += 1;
        if self.fill * 5 >= (self.table.len() - 1) * 3 {
            let target = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(target);
        }
        Ok(true)
    }

    /// An empty set takes `other`'s table slot for slot when it is the same size and has
    /// no deleted slots (CPython's `set_merge` copying pointers), so the copy iterates in
    /// the same order even where keys collided. False when that does not apply.
    pub fn copy_layout(&mut self, other: &Set) -> bool {
        if self.fill != 0 || self.table.len() != other.table.len() || other.fill != other.used {
            return false;
        }
        for (to, from) in self.table.iter_mut().zip(&other.table) {
            *to = from.as_ref().map(|(h, k)| (*h, k.as_ref().map(Value::dup)));
        }
        self.fill = other.fill;
        self.used = other.used;
        true
    }

    /// Grow once before merging `incoming` distinct keys (CPython's `set_merge`).
    pub fn reserve_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= (self.table.len() - 1) * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut size = 8;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, (0..size).map(|_| None).collect());
        self.fill = self.used;
        let mask = size - 1;
        for (h, k) in old.into_iter().flatten().filter_map(|(h, k)| k.map(|k| (h, k))) {
            // Insert without comparisons: every key is distinct.
            let mut perturb = h as u64;
            let mut i = (h as u64 as usize) & mask;
            'probe: loop {
                let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in i..=i + probes {
                    if self.table[j].is_none() {
                        self.table[j] = Some((h, Some(k)));
                        break 'probe;
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    pub fn remove(&mut self, key: &Value) -> PyResult<Option<Value>> {
        let h = hash(key)?;
        let (slot, found) = self.lookup(h, key)?;
        if !found {
            return Ok(None);
        }
        let old = self.table[slot].as_mut().and_then(|(_, k)| k.take());
        self.used -= 1;
        Ok(old)
    }

    /// The bytes of a table grown beyond the set's built-in 8 slots (16 a slot).
    pub fn table_bytes(&self) -> usize {
        if self.table.len() > 8 {
            16 * self.table.len()
        } else {
            0
        }
    }

    pub fn take(&mut self) -> Vec<Value> {
        let old = std::mem::take(&mut self.table);
        let frozen = self.frozen;
        *self = Set::default();
        self.frozen = frozen;
        old.into_iter().flatten().filter_map(|(_, k)| k).collect()
    }

    pub fn pop(&mut self) -> Option<Value> {
        let slot = self.table.iter().position(|e| matches!(e, Some((_, Some(_)))))?;
        self.used -= 1;
        self.table[slot].as_mut().and_then(|(_, k)| k.take())
    }
}

impl Set {
    /// The first live key at or after table position `i`, with its position.
    pub fn next_from(&self, i: usize) -> Option<(usize, &Value)> {
        self.table
            .iter()
            .enumerate()
            .skip(i)
            .find_map(|(j, e)| e.as_ref().and_then(|(_, k)| k.as_ref()).map(|k| (j, k)))
    }
}
