//! The event store: reports and the ACLED events coded from them, de-duplicated across
//! reports, queried with ACLED's API filters, exported in ACLED's column order.
//!
//! One trait ([`EventStore`]), two backends: SQLite (embedded, the default) and
//! PostgreSQL (`postgres://…`). [`open`] picks by the address.
//!
//! - Reports are keyed by a hash of their folded text and by URL: ingesting a known
//!   report is a no-op.
//! - One transaction per report (report + its events + merges): a crash leaves the
//!   store as before or after that report.
//! - An incoming event that matches a stored one (same day within time precision,
//!   same place, compatible type and actors; see [`dedupe`]) is merged into it: one
//!   event, several sources, each report's own reading kept for audit.
//! - Event ids are ACLED-style (country prefix + per-prefix counter, see [`ids`]) and
//!   never change when the event is updated.

pub mod dedupe;
mod engine;
pub mod ids;
mod pg;
pub mod query;
mod schema;
mod sqlite;

use chrono::NaiveDate;
use cw_record::{Event, Report};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use pg::PgStore;
pub use query::{Condition, Op, Query};
pub use sqlite::SqliteStore;

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The query names an unknown field, a bad operator/value count, or a value of the wrong type.
    #[error("invalid query: {0}")]
    InvalidQuery(String),
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("postgres: {0}")]
    Postgres(#[from] postgres::Error),
    /// A stored row could not be read back (bad JSON, impossible value).
    #[error("corrupt row: {0}")]
    Corrupt(String),
    /// The database could not be opened or migrated.
    #[error("cannot open store {db}: {reason}")]
    Open { db: String, reason: String },
}

/// A report as stored: the pipeline's [`Report`] plus the content hash that keys it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredReport {
    pub id: String,
    pub text: String,
    pub published: Option<NaiveDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// [`content_hash`] of the text.
    pub hash: String,
}

impl StoredReport {
    pub fn from_report(r: &Report) -> StoredReport {
        StoredReport {
            id: r.id.clone(),
            text: r.text.clone(),
            published: r.published,
            source: r.source.clone(),
            url: r.url.clone(),
            title: r.title.clone(),
            hash: content_hash(&r.text),
        }
    }
}

/// The key of a report's text: SHA-256 (hex) of its folded form, so that copies that differ
/// only in case, accents, punctuation or white space are one report.
pub fn content_hash(text: &str) -> String {
    let folded = cw_record::fold::fold(text);
    let digest = Sha256::digest(folded.as_bytes());
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}

/// What ingesting one report did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IngestOutcome {
    /// False when the report (by hash or URL) was already stored: nothing was written.
    pub report_new: bool,
    pub events_new: usize,
    pub events_merged: usize,
    /// The stored event ids the report's events went to (for a known report: its earlier ids).
    pub event_ids: Vec<String>,
}

/// One report's own reading of an event, kept for audit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceReading {
    pub report_id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub published: Option<NaiveDate>,
    pub text: String,
    /// The event as coded from this report alone.
    pub event: Event,
}

/// A stored event with every report's reading of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDetail {
    pub event: Event,
    pub sources: Vec<SourceReading>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekStat {
    /// Monday of the ISO week.
    pub week: NaiveDate,
    pub events: u64,
    pub fatalities: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Admin1Stat {
    pub country: String,
    pub admin1: String,
    pub events: u64,
    pub fatalities: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventTypeStat {
    pub event_type: String,
    pub events: u64,
    pub fatalities: u64,
}

/// Events and fatalities by week (ascending), by admin1 and by event type (both by events, descending).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub by_week: Vec<WeekStat>,
    pub by_admin1: Vec<Admin1Stat>,
    pub by_event_type: Vec<EventTypeStat>,
}

/// The storage interface. Both backends behave the same (one shared test suite).
pub trait EventStore: Send + Sync {
    /// Store one report and its coded events in one transaction: de-duplicate each event
    /// against the store, assign ids to new ones. A known report (hash or URL) is a no-op.
    fn ingest(&self, report: &StoredReport, events: &[Event]) -> Result<IngestOutcome, StoreError>;

    /// Several reports in one transaction (bulk loading already-coded events); same rules as
    /// [`EventStore::ingest`], the batch is all-or-nothing.
    fn ingest_batch(
        &self,
        batch: &[(StoredReport, Vec<Event>)],
    ) -> Result<Vec<IngestOutcome>, StoreError>;

    /// Events matching the query, `event_date` descending (then newest id first).
    fn query(&self, q: &Query) -> Result<Vec<Event>, StoreError>;

    /// Number of events matching the query's conditions (limit/offset ignored).
    fn count(&self, q: &Query) -> Result<u64, StoreError>;

    /// One event with its sources' readings.
    fn get(&self, event_id: &str) -> Result<Option<EventDetail>, StoreError>;

    /// Aggregates over the events matching the query's conditions.
    fn stats(&self, q: &Query) -> Result<Stats, StoreError>;

    /// Is a report with this content hash, or (when given) this URL, stored?
    fn report_known(&self, hash: &str, url: Option<&str>) -> Result<bool, StoreError>;
}

/// Open a store: `postgres://…` / `postgresql://…` is PostgreSQL (an optional `schema=NAME`
/// query parameter selects/creates a schema), anything else a SQLite file path.
/// The schema is created or migrated on open.
pub fn open(db: &str) -> Result<Box<dyn EventStore>, StoreError> {
    if db.starts_with("postgres://") || db.starts_with("postgresql://") {
        Ok(Box::new(PgStore::open(db)?))
    } else {
        Ok(Box::new(SqliteStore::open(db)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_ignores_case_accents_and_spacing() {
        assert_eq!(
            content_hash("Attaque à Tillabéri."),
            content_hash("attaque  a TILLABERI")
        );
        assert_ne!(
            content_hash("Attack in Tillaberi"),
            content_hash("Attack in Ouallam")
        );
        assert_eq!(content_hash("x").len(), 64);
    }
}
