//! The record: ACLED's event row and the codebook's value sets, plus the annotated
//! [`Document`] that flows through the pipeline (text → mentions → frames → events).
//!
//! Names follow ACLED's codebook (see `docs/RECORD.md`); serde names are ACLED's strings,
//! so a serialised [`Event`] reads like a row of ACLED's API.

pub mod codebook;
pub mod doc;
pub mod event;
pub mod fold;

pub use codebook::*;
pub use doc::*;
pub use event::*;
