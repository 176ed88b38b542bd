//! Helpers shared by the coder's integration tests: one coder per test binary, and coding a
//! report written for a test on a given publication date.
#![allow(dead_code)] // each test binary uses its own subset

use chrono::NaiveDate;
use cw_coder::Coder;
use cw_record::{Event, Report};
use std::sync::OnceLock;

/// The embedded coder, loaded once per test binary.
pub fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(Coder::new)
}

/// The events of `text` published on `published` (YYYY-MM-DD).
pub fn code_on(text: &str, published: &str) -> Vec<Event> {
    coder().code(&Report {
        id: "test".into(),
        text: text.into(),
        published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
        ..Default::default()
    })
}

/// The one event of `text`; fails, listing what was coded, if there is not exactly one.
pub fn only_on(text: &str, published: &str) -> Event {
    let mut e = code_on(text, published);
    assert_eq!(
        e.len(),
        1,
        "{text}: {:#?}",
        e.iter().map(|e| &e.notes).collect::<Vec<_>>()
    );
    e.remove(0)
}
