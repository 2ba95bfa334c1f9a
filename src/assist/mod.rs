//! What the editor offers beside findings, worked out here without the
//! editor protocol: a role's name and figures, and the verbs to open a
//! bullet with. The server only turns them into lenses, hovers and
//! completions.

pub mod roles;
pub mod verbs;
