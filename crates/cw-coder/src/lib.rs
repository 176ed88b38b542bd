//! The coder. (Being written: this is the interface the binary and the store use.)

use cw_record::{Event, Report};

/// The pipeline with its embedded data loaded.
pub struct Coder {}

impl Coder {
    /// A coder with the embedded lexicons, actor dictionary and gazetteer.
    pub fn new() -> Coder {
        Coder {}
    }

    /// Code one report into events. Never panics, whatever the bytes; a report about no
    /// conflict event gives an empty list. `report.published` defaults to today.
    pub fn code(&self, report: &Report) -> Vec<Event> {
        let _ = report;
        Vec::new()
    }
}

impl Default for Coder {
    fn default() -> Self {
        Coder::new()
    }
}
