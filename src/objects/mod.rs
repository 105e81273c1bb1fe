//! Object kinds that live in a file of their own, as CPython's `Objects/` keeps each type:
//! the kind's state, its methods, repr, traversal for the collector, release order and
//! size side by side (see `shared/design/one-home-per-kind.md`).

pub mod generator;
pub mod instance_dict;
pub mod mappingproxy;
pub mod slot_wrapper;
pub mod member;
