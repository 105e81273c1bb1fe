//! Object kinds that live in a file of their own, as CPython's `Objects/` keeps each type:
//! the kind's state, its methods, repr, traversal for the collector, release order and
//! size side by side (see `shared/design/one-home-per-kind.md`).

pub mod bytearray;
pub mod bytes;
pub mod frozenset;
pub mod generator;
pub mod member;
