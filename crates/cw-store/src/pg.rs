//! The PostgreSQL backend (the sync `postgres` client): same layout and behaviour as SQLite.
//! Writers take a transaction-scoped advisory lock so that concurrent ingesters cannot both
//! create the same event; readers never wait on it.

use crate::engine::{self, CandidateArea, Tx};
use crate::query::{build_where, limit_sql, Dialect, Query, Value};
use crate::schema::{self, Cell, EVENT_COLUMNS};
use crate::{
    EventDetail, EventStore, IngestOutcome, SourceReading, Stats, StoreError, StoredReport,
};
use chrono::NaiveDate;
use cw_record::Event;
use postgres::types::ToSql;
use postgres::{Client, NoTls, Transaction};
use std::sync::{Mutex, MutexGuard};

/// Advisory lock key for schema migrations and ingest ("cwstore" in ASCII).
const LOCK_KEY: i64 = 0x0063_7773_746f_7265;

fn migrations() -> Vec<String> {
    vec![schema::ddl_v1(true)]
}

/// PostgreSQL store. One connection behind a mutex.
pub struct PgStore {
    client: Mutex<Client>,
}

type Param = Box<dyn ToSql + Sync>;

fn value_param(v: &Value) -> Param {
    match v {
        Value::Text(s) => Box::new(s.clone()),
        Value::Int(i) => Box::new(*i),
        Value::Real(x) => Box::new(*x),
    }
}

fn cell_param(c: Cell<'_>) -> Param {
    match c {
        Cell::Text(t) => Box::new(t.map(std::borrow::Cow::into_owned)),
        Cell::Int(i) => Box::new(i),
        Cell::Real(x) => Box::new(x),
    }
}

fn refs(params: &[Param]) -> Vec<&(dyn ToSql + Sync)> {
    params
        .iter()
        .map(|p| p.as_ref() as &(dyn ToSql + Sync))
        .collect()
}

/// Read columns of the given kinds starting at `first`.
fn row_cells(
    r: &postgres::Row,
    first: usize,
    kinds: &[Cell<'static>],
) -> Result<Vec<Cell<'static>>, StoreError> {
    kinds
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            Ok(match kind {
                Cell::Text(_) => Cell::Text(
                    r.try_get::<_, Option<String>>(first + i)?
                        .map(std::borrow::Cow::Owned),
                ),
                Cell::Int(_) => Cell::Int(r.try_get(first + i)?),
                Cell::Real(_) => Cell::Real(r.try_get(first + i)?),
            })
        })
        .collect()
}

fn json_err(e: serde_json::Error) -> StoreError {
    StoreError::Corrupt(format!("event JSON: {e}"))
}

/// Split an optional `schema=NAME` query parameter off a postgres URL (the client does not know it).
fn split_schema(url: &str) -> Result<(String, Option<String>), String> {
    let Some((base, query)) = url.split_once('?') else {
        return Ok((url.to_string(), None));
    };
    let mut schema = None;
    let mut rest = Vec::new();
    for kv in query.split('&').filter(|kv| !kv.is_empty()) {
        match kv.split_once('=') {
            Some(("schema", v)) => schema = Some(v.to_string()),
            _ => rest.push(kv),
        }
    }
    if let Some(s) = &schema {
        // Identifiers cannot be bound as parameters: accept only plain names.
        let ok = !s.is_empty()
            && s.len() <= 63
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !s.starts_with(|c: char| c.is_ascii_digit());
        if !ok {
            return Err(format!(
                "schema name {s:?} must be lower-case letters, digits and _"
            ));
        }
    }
    let base = if rest.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", rest.join("&"))
    };
    Ok((base, schema))
}

impl PgStore {
    /// Connect, select the schema (`?schema=NAME`, created if missing) and migrate.
    pub fn open(url: &str) -> Result<PgStore, StoreError> {
        // Never echo the URL: it may carry a password.
        let open_err = |reason: String| StoreError::Open {
            db: "postgres".to_string(),
            reason,
        };
        let (base, schema_name) = split_schema(url).map_err(open_err)?;
        let mut client = Client::connect(&base, NoTls).map_err(|e| open_err(e.to_string()))?;
        if let Some(s) = &schema_name {
            client
                .batch_execute(&format!(
                    "CREATE SCHEMA IF NOT EXISTS {s}; SET search_path TO {s}"
                ))
                .map_err(|e| open_err(e.to_string()))?;
        }
        migrate(&mut client).map_err(|e| open_err(e.to_string()))?;
        Ok(PgStore {
            client: Mutex::new(client),
        })
    }

    fn client(&self) -> MutexGuard<'_, Client> {
        // A panic mid-transaction drops the Transaction, which rolls back: safe to reuse.
        self.client.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn with_tx<T>(
        &self,
        f: impl FnOnce(&mut PgTx<'_, '_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut client = self.client();
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
        let out = f(&mut PgTx { tx: &mut tx })?;
        tx.commit()?;
        Ok(out)
    }
}

fn migrate(client: &mut Client) -> Result<(), StoreError> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_KEY])?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")?;
    let current: i64 = tx
        .query_one(
            "SELECT COALESCE(MAX(version), 0)::BIGINT FROM schema_version",
            &[],
        )?
        .get(0);
    let all = migrations();
    if current > all.len() as i64 {
        return Err(StoreError::Corrupt(format!(
            "database schema version {current} is newer than this program's {}",
            all.len()
        )));
    }
    for (i, ddl) in all.iter().enumerate().skip(current.max(0) as usize) {
        tracing::info!(version = i + 1, "migrating postgres schema");
        tx.batch_execute(ddl)?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES ($1)",
            &[&(i as i64 + 1)],
        )?;
    }
    // Stores written by the pre-release layout (whole events as JSON) are not readable.
    if tx.query("SELECT extra FROM events LIMIT 0", &[]).is_err() {
        return Err(StoreError::Corrupt(
            "this store was written by an older development layout; drop its tables and ingest again".into(),
        ));
    }
    tx.commit()?;
    Ok(())
}

struct PgTx<'a, 'c> {
    tx: &'a mut Transaction<'c>,
}

impl Tx for PgTx<'_, '_> {
    fn find_report(&mut self, hash: &str, url: Option<&str>) -> Result<Option<i64>, StoreError> {
        if let Some(row) = self
            .tx
            .query_opt("SELECT id FROM reports WHERE hash = $1", &[&hash])?
        {
            return Ok(Some(row.get(0)));
        }
        if let Some(url) = url {
            let row = self
                .tx
                .query_opt("SELECT id FROM reports WHERE url = $1 LIMIT 1", &[&url])?;
            return Ok(row.map(|r| r.get(0)));
        }
        Ok(None)
    }

    fn report_event_ids(&mut self, report: i64) -> Result<Vec<String>, StoreError> {
        let rows = self.tx.query(
            "SELECT e.event_id_cnty FROM readings r JOIN events e ON e.id = r.event_id WHERE r.report_id = $1 ORDER BY r.seq",
            &[&report],
        )?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn insert_report(&mut self, r: &StoredReport, now: i64) -> Result<i64, StoreError> {
        let url = r.url.as_deref().map(str::trim).filter(|u| !u.is_empty());
        let published = r.published.map(|d| d.to_string());
        let row = self.tx.query_one(
            "INSERT INTO reports (report_id, hash, url, title, source, published, text, ingested_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            &[&r.id, &r.hash, &url, &r.title, &r.source, &published, &r.text, &now],
        )?;
        Ok(row.get(0))
    }

    fn candidates(&mut self, a: &CandidateArea<'_>) -> Result<Vec<(i64, Event)>, StoreError> {
        let (la0, la1, lo0, lo1) = a.bbox.unwrap_or((-90.0, 90.0, -180.0, 180.0));
        let open_box = a.bbox.is_none();
        let mut out: Vec<(i64, Event)> = Vec::new();
        for (coarse, from, to) in [
            (false, &a.from, &a.to),
            (true, &a.coarse_from, &a.coarse_to),
        ] {
            let rows = self.tx.query(
                candidates_sql(coarse),
                &[&a.country, &la0, &la1, &lo0, &lo1, &open_box, from, to],
            )?;
            for r in rows {
                let k: i64 = r.get(0);
                // A week/month event in the exact window comes back from both look-ups.
                if !out.iter().any(|(seen, _)| *seen == k) {
                    let cells = row_cells(&r, 1, schema::dedupe_kinds())?;
                    out.push((k, schema::dedupe_event_from_cells(cells)?));
                }
            }
        }
        Ok(out)
    }

    fn readings(&mut self, event: i64) -> Result<Vec<Event>, StoreError> {
        let rows = self.tx.query(
            "SELECT data FROM readings WHERE event_id = $1 ORDER BY seq",
            &[&event],
        )?;
        rows.iter()
            .map(|r| schema::event_from_json(r.get::<_, &str>(0)))
            .collect()
    }

    fn counter(&mut self, prefix: &str) -> Result<Option<i64>, StoreError> {
        let row = self
            .tx
            .query_opt("SELECT next FROM id_counters WHERE prefix = $1", &[&prefix])?;
        Ok(row.map(|r| r.get(0)))
    }

    fn set_counter(&mut self, prefix: &str, next: i64) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO id_counters (prefix, next) VALUES ($1, $2)
             ON CONFLICT (prefix) DO UPDATE SET next = excluded.next",
            &[&prefix, &next],
        )?;
        Ok(())
    }

    fn insert_event(&mut self, e: &Event) -> Result<i64, StoreError> {
        let params: Vec<Param> = schema::event_cells(e)
            .map_err(json_err)?
            .into_iter()
            .map(cell_param)
            .collect();
        let ph: Vec<String> = (1..=EVENT_COLUMNS.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "INSERT INTO events ({}) VALUES ({}) RETURNING id",
            EVENT_COLUMNS.join(", "),
            ph.join(", ")
        );
        Ok(self.tx.query_one(sql.as_str(), &refs(&params))?.get(0))
    }

    fn update_event(&mut self, key: i64, e: &Event) -> Result<(), StoreError> {
        let mut params: Vec<Param> = schema::event_cells(e)
            .map_err(json_err)?
            .into_iter()
            .map(cell_param)
            .collect();
        params.push(Box::new(key));
        let sets: Vec<String> = EVENT_COLUMNS
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ${}", i + 1))
            .collect();
        let sql = format!(
            "UPDATE events SET {} WHERE id = ${}",
            sets.join(", "),
            EVENT_COLUMNS.len() + 1
        );
        self.tx.execute(sql.as_str(), &refs(&params))?;
        Ok(())
    }

    fn insert_readings(&mut self, rows: &[(i64, i64, &str)]) -> Result<(), StoreError> {
        // Row by row, so that `seq` follows the order given (merges read readings by `seq`).
        let st = self
            .tx
            .prepare("INSERT INTO readings (event_id, report_id, data) VALUES ($1, $2, $3)")?;
        for (event, report, data) in rows {
            self.tx.execute(&st, &[event, report, data])?;
        }
        Ok(())
    }
}

/// De-duplication look-ups (see the SQLite backend): the columns the match needs only.
fn candidates_sql(coarse: bool) -> &'static str {
    static EXACT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    static COARSE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let (cell, extra) = if coarse {
        (&COARSE, "AND time_precision > 1 ")
    } else {
        (&EXACT, "")
    };
    cell.get_or_init(|| {
        format!(
            "SELECT id, {} FROM events WHERE country = $1 AND event_date BETWEEN $7 AND $8 {extra}\
             AND ($6 OR latitude IS NULL OR (latitude BETWEEN $2 AND $3 AND longitude BETWEEN $4 AND $5))",
            schema::dedupe_select_list()
        )
    })
}

impl EventStore for PgStore {
    fn ingest(&self, report: &StoredReport, events: &[Event]) -> Result<IngestOutcome, StoreError> {
        let now = engine::now();
        self.with_tx(|tx| engine::ingest_single(tx, report, events, now))
    }

    fn ingest_batch(
        &self,
        batch: &[(StoredReport, Vec<Event>)],
    ) -> Result<Vec<IngestOutcome>, StoreError> {
        let now = engine::now();
        self.with_tx(|tx| engine::ingest_batch(tx, batch, now))
    }

    fn query(&self, q: &Query) -> Result<Vec<Event>, StoreError> {
        let w = build_where(q, Dialect::Postgres, 1)?;
        let sql = format!(
            "SELECT {} FROM events{} ORDER BY event_date DESC, id DESC{}",
            schema::select_list(),
            w.sql,
            limit_sql(q, Dialect::Postgres)
        );
        let params: Vec<Param> = w.params.iter().map(value_param).collect();
        let rows = self.client().query(sql.as_str(), &refs(&params))?;
        rows.iter()
            .map(|r| schema::event_from_cells(row_cells(r, 0, schema::column_kinds())?))
            .collect()
    }

    fn count(&self, q: &Query) -> Result<u64, StoreError> {
        let w = build_where(q, Dialect::Postgres, 1)?;
        let params: Vec<Param> = w.params.iter().map(value_param).collect();
        let sql = format!("SELECT COUNT(*) FROM events{}", w.sql);
        let n: i64 = self
            .client()
            .query_one(sql.as_str(), &refs(&params))?
            .get(0);
        Ok(n.max(0) as u64)
    }

    fn get(&self, event_id: &str) -> Result<Option<EventDetail>, StoreError> {
        let mut client = self.client();
        let sql = format!(
            "SELECT id, {} FROM events WHERE event_id_cnty = $1",
            schema::select_list()
        );
        let Some(row) = client.query_opt(sql.as_str(), &[&event_id])? else {
            return Ok(None);
        };
        let key: i64 = row.get(0);
        let event = schema::event_from_cells(row_cells(&row, 1, schema::column_kinds())?)?;
        let rows = client.query(
            "SELECT r.data, p.report_id, p.title, p.url, p.source, p.published, p.text
             FROM readings r JOIN reports p ON p.id = r.report_id WHERE r.event_id = $1 ORDER BY r.seq",
            &[&key],
        )?;
        let mut sources = Vec::new();
        for r in rows {
            let published: Option<String> = r.get(5);
            sources.push(SourceReading {
                report_id: r.get(1),
                title: r.get(2),
                url: r.get(3),
                source: r.get(4),
                published: published.and_then(|p| NaiveDate::parse_from_str(&p, "%Y-%m-%d").ok()),
                text: r.get(6),
                event: schema::event_from_json(r.get::<_, &str>(0))?,
            });
        }
        Ok(Some(EventDetail { event, sources }))
    }

    fn stats(&self, q: &Query) -> Result<Stats, StoreError> {
        let w = build_where(q, Dialect::Postgres, 1)?;
        let params: Vec<Param> = w.params.iter().map(value_param).collect();
        let [by_date, by_admin1, by_type] =
            engine::stats_sql(&w.sql, "CAST(COALESCE(SUM(fatalities), 0) AS BIGINT)");
        let mut client = self.client();
        let by_date = client
            .query(by_date.as_str(), &refs(&params))?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect();
        let by_admin1 = client
            .query(by_admin1.as_str(), &refs(&params))?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
            .collect();
        let by_type = client
            .query(by_type.as_str(), &refs(&params))?
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect();
        engine::build_stats(engine::StatRows {
            by_date,
            by_admin1,
            by_type,
        })
    }

    fn report_known(&self, hash: &str, url: Option<&str>) -> Result<bool, StoreError> {
        let mut client = self.client();
        let mut tx = client.transaction()?;
        let found =
            PgTx { tx: &mut tx }.find_report(hash, url.map(str::trim).filter(|u| !u.is_empty()))?;
        tx.commit()?;
        Ok(found.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_parameter_is_split_off_and_checked() {
        let (b, s) = split_schema("postgres://u@h/test?schema=cw_1&sslmode=disable").unwrap();
        assert_eq!(b, "postgres://u@h/test?sslmode=disable");
        assert_eq!(s.as_deref(), Some("cw_1"));
        assert_eq!(
            split_schema("postgres://h/db").unwrap(),
            ("postgres://h/db".to_string(), None)
        );
        assert!(split_schema("postgres://h/db?schema=x;drop").is_err());
    }
}
