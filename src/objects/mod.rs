//! Object kinds that live in a file of their own: each holds the kind's methods, repr,
//! traversal, release and size together (see `shared/design/one-home-per-kind.md`).

pub mod member;
