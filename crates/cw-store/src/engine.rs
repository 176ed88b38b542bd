//! The ingest logic shared by both backends, written against [`Tx`], the handful of
//! row operations a backend provides inside one transaction.

use crate::dedupe::{self, MAX_WINDOW_DAYS, NEAR_KM};
use crate::{ids, IngestOutcome, Stats, StoreError, StoredReport};
use chrono::{Datelike, Duration, NaiveDate};
use cw_record::{Event, GeoPrecision};
use std::collections::{BTreeMap, HashMap};

/// Where to look for stored events an incoming one may match.
pub(crate) struct CandidateArea<'a> {
    pub country: &'a str,
    /// Inclusive `YYYY-MM-DD` range for stored events of any time precision.
    pub from: String,
    pub to: String,
    /// Inclusive range for stored events of week/month precision (wider windows).
    pub coarse_from: String,
    pub coarse_to: String,
    /// Latitude/longitude box (stored events without coordinates always qualify).
    pub bbox: Option<(f64, f64, f64, f64)>,
}

pub(crate) trait Tx {
    fn find_report(&mut self, hash: &str, url: Option<&str>) -> Result<Option<i64>, StoreError>;
    fn report_event_ids(&mut self, report: i64) -> Result<Vec<String>, StoreError>;
    fn insert_report(&mut self, r: &StoredReport, now: i64) -> Result<i64, StoreError>;
    /// Stored events (key, event) in the area, read for de-duplication only: the id and the
    /// fields [`dedupe::matches`] and [`dedupe::match_cost`] read ([`schema::DEDUPE_COLUMNS`]).
    ///
    /// [`schema::DEDUPE_COLUMNS`]: crate::schema::DEDUPE_COLUMNS
    fn candidates(&mut self, area: &CandidateArea<'_>) -> Result<Vec<(i64, Event)>, StoreError>;
    /// An event's readings in ingest order.
    fn readings(&mut self, event: i64) -> Result<Vec<Event>, StoreError>;
    /// The stored next number of an id prefix, if the prefix has been used.
    fn counter(&mut self, prefix: &str) -> Result<Option<i64>, StoreError>;
    /// Store the next number of an id prefix.
    fn set_counter(&mut self, prefix: &str, next: i64) -> Result<(), StoreError>;
    fn insert_event(&mut self, e: &Event) -> Result<i64, StoreError>;
    fn update_event(&mut self, key: i64, e: &Event) -> Result<(), StoreError>;
    /// Insert readings (event key, report key, the reading's JSON), in this order.
    fn insert_readings(&mut self, rows: &[(i64, i64, &str)]) -> Result<(), StoreError>;
}

/// What one write transaction keeps in memory until it ends: the id counters it has used
/// (read once, written back once) and the readings not yet written (written in groups). Both
/// are written by [`Session::finish`] inside the same transaction, so a transaction that does
/// not commit leaves nothing behind.
#[derive(Default)]
pub(crate) struct Session {
    /// Next number per id prefix.
    counters: HashMap<String, i64>,
    /// Readings waiting to be inserted: (event key, report key, their JSON in `json`).
    pending: Vec<(i64, i64, std::ops::Range<usize>)>,
    /// The waiting readings' JSON, one after the other (one buffer, reused).
    json: Vec<u8>,
}

/// Readings are written in groups of at most this many (one statement per group).
const READINGS_PER_FLUSH: usize = 256;

impl Session {
    /// The next number for an id prefix (1 for a new prefix), reserved.
    fn next_number(&mut self, tx: &mut dyn Tx, prefix: &str) -> Result<i64, StoreError> {
        let slot = match self.counters.get_mut(prefix) {
            Some(slot) => slot,
            None => {
                let first = tx.counter(prefix)?.unwrap_or(1);
                self.counters.entry(prefix.to_string()).or_insert(first)
            }
        };
        let n = *slot;
        *slot += 1;
        Ok(n)
    }

    fn add_reading(
        &mut self,
        tx: &mut dyn Tx,
        event: i64,
        report: i64,
        reading: &Event,
    ) -> Result<(), StoreError> {
        let start = self.json.len();
        serde_json::to_writer(&mut self.json, &crate::schema::StoredReading(reading))
            .map_err(|e| StoreError::Corrupt(format!("event JSON: {e}")))?;
        self.pending.push((event, report, start..self.json.len()));
        if self.pending.len() >= READINGS_PER_FLUSH {
            self.flush_readings(tx)?;
        }
        Ok(())
    }

    /// Write the waiting readings (before anything reads readings back).
    fn flush_readings(&mut self, tx: &mut dyn Tx) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let text = std::str::from_utf8(&self.json)
            .map_err(|e| StoreError::Corrupt(format!("event JSON: {e}")))?;
        let rows = self
            .pending
            .iter()
            .map(|(event, report, at)| {
                let data = text
                    .get(at.clone())
                    .ok_or_else(|| StoreError::Corrupt("reading JSON bounds".into()))?;
                Ok((*event, *report, data))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        tx.insert_readings(&rows)?;
        self.pending.clear();
        self.json.clear();
        Ok(())
    }

    /// Write what the session holds; call once, before the transaction commits.
    pub(crate) fn finish(mut self, tx: &mut dyn Tx) -> Result<(), StoreError> {
        self.flush_readings(tx)?;
        let mut counters: Vec<(String, i64)> = self.counters.into_iter().collect();
        counters.sort();
        for (prefix, next) in counters {
            tx.set_counter(&prefix, next)?;
        }
        Ok(())
    }
}

/// Ingest one report inside one open transaction (what `EventStore::ingest` does).
pub(crate) fn ingest_single(
    tx: &mut dyn Tx,
    report: &StoredReport,
    events: &[Event],
    now: i64,
) -> Result<IngestOutcome, StoreError> {
    let mut session = Session::default();
    let out = ingest_one(tx, &mut session, report, events, now)?;
    session.finish(tx)?;
    Ok(out)
}

/// Ingest reports in order inside one open transaction.
pub(crate) fn ingest_batch(
    tx: &mut dyn Tx,
    batch: &[(StoredReport, Vec<Event>)],
    now: i64,
) -> Result<Vec<IngestOutcome>, StoreError> {
    let mut session = Session::default();
    let out = batch
        .iter()
        .map(|(r, evs)| ingest_one(tx, &mut session, r, evs, now))
        .collect::<Result<Vec<_>, _>>()?;
    session.finish(tx)?;
    Ok(out)
}

pub(crate) fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn shift(d: NaiveDate, days: i64) -> String {
    crate::schema::iso_date(d.checked_add_signed(Duration::days(days)).unwrap_or(d))
}

fn area_for(e: &Event) -> CandidateArea<'_> {
    let w = dedupe::day_window(e.time_precision);
    let coarse_place = e.country_only || e.geo_precision == GeoPrecision::Region;
    let bbox = match (e.latitude, e.longitude) {
        (Some(la), Some(lo)) if !coarse_place && la.is_finite() && lo.is_finite() => {
            // Degrees of latitude are ~111 km; longitude degrees shrink with cos(lat).
            let dlat = NEAR_KM / 110.0;
            let dlon = NEAR_KM / (110.0 * la.to_radians().cos().abs().max(0.05));
            Some((la - dlat, la + dlat, lo - dlon, lo + dlon))
        }
        _ => None,
    };
    CandidateArea {
        country: &e.country,
        from: shift(e.event_date, -w),
        to: shift(e.event_date, w),
        coarse_from: shift(e.event_date, -MAX_WINDOW_DAYS),
        coarse_to: shift(e.event_date, MAX_WINDOW_DAYS),
        bbox,
    }
}

/// Ingest one report inside an open transaction; `session.finish` must follow before commit.
pub(crate) fn ingest_one(
    tx: &mut dyn Tx,
    session: &mut Session,
    report: &StoredReport,
    events: &[Event],
    now: i64,
) -> Result<IngestOutcome, StoreError> {
    let url = report
        .url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    if let Some(known) = tx.find_report(&report.hash, url)? {
        tracing::debug!(report = %report.id, "report already stored");
        session.flush_readings(tx)?;
        return Ok(IngestOutcome {
            report_new: false,
            events_new: 0,
            events_merged: 0,
            event_ids: tx.report_event_ids(known)?,
        });
    }
    let report_key = tx.insert_report(report, now)?;
    let mut out = IngestOutcome {
        report_new: true,
        ..IngestOutcome::default()
    };
    // Events of one report are never merged with each other: the coder split them on purpose.
    let mut claimed: Vec<i64> = Vec::with_capacity(events.len());
    for e in events {
        let mut reading = e.clone();
        reading.event_id_cnty = None;
        reading.timestamp = None;
        if reading.article_id.trim().is_empty() {
            reading.article_id = report.id.clone();
        }
        if reading.source.trim().is_empty() {
            reading.source = report.source.clone().unwrap_or_default();
        }
        let best = tx
            .candidates(&area_for(&reading))?
            .into_iter()
            .filter(|(k, stored)| !claimed.contains(k) && dedupe::matches(stored, &reading))
            .map(|(k, stored)| (dedupe::match_cost(&stored, &reading), k, stored))
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let (key, id) = match best {
            Some((_, key, stored)) => {
                session.flush_readings(tx)?;
                let mut readings = tx.readings(key)?;
                readings.push(reading.clone());
                let id = stored.event_id_cnty.clone();
                let mut merged = dedupe::merge(&readings, id.clone())
                    .ok_or_else(|| StoreError::Corrupt("merge of no readings".into()))?;
                merged.timestamp = Some(now);
                tx.update_event(key, &merged)?;
                out.events_merged += 1;
                (key, id.unwrap_or_default())
            }
            None => {
                let prefix = ids::prefix_for(reading.iso, &reading.country);
                let id = format!("{prefix}{}", session.next_number(tx, &prefix)?);
                let mut ev = dedupe::merge(std::slice::from_ref(&reading), Some(id.clone()))
                    .ok_or_else(|| StoreError::Corrupt("merge of no readings".into()))?;
                ev.timestamp = Some(now);
                let key = tx.insert_event(&ev)?;
                out.events_new += 1;
                (key, id)
            }
        };
        session.add_reading(tx, key, report_key, &reading)?;
        claimed.push(key);
        out.event_ids.push(id);
    }
    Ok(out)
}

/// Groups read by the backends: (event_date, events, fatalities), (country, admin1, events,
/// fatalities) and (event_type, events, fatalities). Three small GROUP BYs instead of one over
/// all four keys: on a million events that one returned hundreds of thousands of groups.
pub(crate) struct StatRows {
    pub by_date: Vec<(String, i64, i64)>,
    pub by_admin1: Vec<(String, String, i64, i64)>,
    pub by_type: Vec<(String, i64, i64)>,
}

/// SQL for the three groupings over a WHERE clause (same parameters for each).
pub(crate) fn stats_sql(where_sql: &str, sum: &str) -> [String; 3] {
    [
        format!("SELECT event_date, COUNT(*), {sum} FROM events{where_sql} GROUP BY event_date"),
        format!("SELECT country, admin1, COUNT(*), {sum} FROM events{where_sql} GROUP BY country, admin1"),
        format!("SELECT event_type, COUNT(*), {sum} FROM events{where_sql} GROUP BY event_type"),
    ]
}

/// Fold the groups into [`Stats`]: days into ISO weeks (Monday), sorted lists.
pub(crate) fn build_stats(rows: StatRows) -> Result<Stats, StoreError> {
    let mut weeks: BTreeMap<NaiveDate, (u64, u64)> = BTreeMap::new();
    let c = |n: i64| n.max(0) as u64;
    for (date, n, f) in rows.by_date {
        let d = NaiveDate::parse_from_str(&date, "%Y-%m-%d")
            .map_err(|_| StoreError::Corrupt(format!("event_date {date:?}")))?;
        let monday = d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
        let slot = weeks.entry(monday).or_default();
        slot.0 += c(n);
        slot.1 += c(f);
    }
    let mut admin1: HashMap<(String, String), (u64, u64)> = HashMap::new();
    for (country, a1, n, f) in rows.by_admin1 {
        let slot = admin1.entry((country, a1)).or_default();
        slot.0 += c(n);
        slot.1 += c(f);
    }
    let mut types: HashMap<String, (u64, u64)> = HashMap::new();
    for (t, n, f) in rows.by_type {
        let slot = types.entry(t).or_default();
        slot.0 += c(n);
        slot.1 += c(f);
    }
    let mut by_admin1: Vec<crate::Admin1Stat> = admin1
        .into_iter()
        .map(
            |((country, admin1), (events, fatalities))| crate::Admin1Stat {
                country,
                admin1,
                events,
                fatalities,
            },
        )
        .collect();
    by_admin1.sort_by(|a, b| {
        b.events
            .cmp(&a.events)
            .then_with(|| (&a.country, &a.admin1).cmp(&(&b.country, &b.admin1)))
    });
    let mut by_event_type: Vec<crate::EventTypeStat> = types
        .into_iter()
        .map(|(event_type, (events, fatalities))| crate::EventTypeStat {
            event_type,
            events,
            fatalities,
        })
        .collect();
    by_event_type.sort_by(|a, b| {
        b.events
            .cmp(&a.events)
            .then_with(|| a.event_type.cmp(&b.event_type))
    });
    Ok(Stats {
        by_week: weeks
            .into_iter()
            .map(|(week, (events, fatalities))| crate::WeekStat {
                week,
                events,
                fatalities,
            })
            .collect(),
        by_admin1,
        by_event_type,
    })
}
