//! Geo stage. STUB INTERFACE: the gazetteer issue fills this in.
//!
//! Contract used by the coder (keep these signatures):
//! - [`Gazetteer::embedded`] — the committed gazetteer, loaded once.
//! - [`Gazetteer::annotate`] — adds `MentionKind::Place` mentions to a document.
//! - [`Gazetteer::locate`] — the location of an event told in a range of sentences.
//! - [`Gazetteer::focus_country`] — the country a report is about.
//! - [`countries`] — the country table (names, ISO codes, ACLED regions, demonyms).

pub mod countries;

use cw_record::{Document, Location};
use std::ops::Range;
use std::sync::OnceLock;

pub use countries::{country, country_by_name, Country};

pub struct Gazetteer {}

impl Gazetteer {
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer {})
    }

    /// Geo stage: add a `Place` mention for every toponym in the text.
    pub fn annotate(&self, _doc: &mut Document) {}

    /// The location of an event told in `sentences` (indices into `doc.sentences`), from the
    /// place mentions there (and, failing those, the report's focus country).
    pub fn locate(&self, doc: &Document, _sentences: Range<usize>) -> Option<Location> {
        let _ = doc;
        None
    }

    /// ISO alpha-2 code of the country the report is about.
    pub fn focus_country(&self, _doc: &Document) -> Option<String> {
        None
    }
}
