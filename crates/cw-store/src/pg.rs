//! The PostgreSQL backend.

use crate::query::Query;
use crate::{EventDetail, EventStore, IngestOutcome, Stats, StoreError, StoredReport};
use cw_record::Event;

/// PostgreSQL store (being written: every call fails for now).
pub struct PgStore {}

impl PgStore {
    pub fn open(path: &str) -> Result<PgStore, StoreError> {
        Err(StoreError::Open { db: path.to_string(), reason: "postgres backend being written".into() })
    }
}

fn todo() -> StoreError {
    StoreError::Open { db: String::new(), reason: "being written".into() }
}

impl EventStore for PgStore {
    fn ingest(&self, _r: &StoredReport, _e: &[Event]) -> Result<IngestOutcome, StoreError> {
        Err(todo())
    }
    fn ingest_batch(&self, _b: &[(StoredReport, Vec<Event>)]) -> Result<Vec<IngestOutcome>, StoreError> {
        Err(todo())
    }
    fn query(&self, _q: &Query) -> Result<Vec<Event>, StoreError> {
        Err(todo())
    }
    fn count(&self, _q: &Query) -> Result<u64, StoreError> {
        Err(todo())
    }
    fn get(&self, _id: &str) -> Result<Option<EventDetail>, StoreError> {
        Err(todo())
    }
    fn stats(&self, _q: &Query) -> Result<Stats, StoreError> {
        Err(todo())
    }
    fn report_known(&self, _h: &str, _u: Option<&str>) -> Result<bool, StoreError> {
        Err(todo())
    }
}
