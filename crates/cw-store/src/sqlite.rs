//! The SQLite backend (embedded, the default): one file, WAL journal, one transaction per
//! report (or per batch), schema versions in `schema_version`.

use crate::engine::{self, CandidateArea, Tx};
use crate::query::{build_where, limit_sql, Dialect, Query, Value};
use crate::schema::{self, Cell, EVENT_COLUMNS};
use crate::{
    EventDetail, EventStore, IngestOutcome, SourceReading, Stats, StoreError, StoredReport,
};
use chrono::NaiveDate;
use cw_record::Event;
use rusqlite::types::Value as SqlValue;
use rusqlite::{
    params, params_from_iter, CachedStatement, Connection, OptionalExtension, Transaction,
};
use std::borrow::Cow;
use std::sync::{Mutex, MutexGuard, OnceLock};

/// Schema migrations in order; `schema_version` records how many have run.
fn migrations() -> Vec<String> {
    vec![schema::ddl_v1(false)]
}

/// SQLite store. One connection behind a mutex (SQLite serialises writers anyway).
pub struct SqliteStore {
    conn: Mutex<Connection>,
    /// Read-only connections for queries: in WAL mode they read the last committed state
    /// while the writer works, so a server's readers neither wait on ingest nor on each other.
    /// Empty for in-memory databases (a second connection would be another database).
    readers: Vec<Mutex<Connection>>,
}

/// Read connections per store (the machine kind has 2 cores; 4 lets I/O waits overlap).
const READERS: usize = 4;

fn sql_value(v: &Value) -> SqlValue {
    match v {
        Value::Text(s) => SqlValue::Text(s.clone()),
        Value::Int(i) => SqlValue::Integer(*i),
        Value::Real(x) => SqlValue::Real(*x),
    }
}

impl rusqlite::ToSql for Cell<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(match self {
            Cell::Text(Some(s)) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Cell::Int(Some(i)) => ToSqlOutput::Owned(SqlValue::Integer(*i)),
            Cell::Real(Some(x)) => ToSqlOutput::Owned(SqlValue::Real(*x)),
            Cell::Text(None) | Cell::Int(None) | Cell::Real(None) => {
                ToSqlOutput::Owned(SqlValue::Null)
            }
        })
    }
}

fn json_err(e: serde_json::Error) -> StoreError {
    StoreError::Corrupt(format!("event JSON: {e}"))
}

impl SqliteStore {
    /// Open (creating if needed) the database file and migrate it to the current schema.
    pub fn open(path: &str) -> Result<SqliteStore, StoreError> {
        let open_err = |reason: String| StoreError::Open {
            db: path.to_string(),
            reason,
        };
        let mut conn = Connection::open(path).map_err(|e| open_err(e.to_string()))?;
        // WAL: readers do not block the writer; NORMAL sync is durable at each commit point
        // in WAL mode except for power loss, which only loses the last transactions whole.
        // 8 KiB pages (new files only): shallower indexes for the same rows.
        conn.pragma_update(None, "page_size", 8192)
            .map_err(|e| open_err(e.to_string()))?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| open_err(e.to_string()))?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(|e| open_err(e.to_string()))?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(|e| open_err(e.to_string()))?;
        // A 64 MiB page cache and memory-mapped reads: the default 2 MB cache made ingest
        // spend its time copying pages back from the OS once the indexes outgrew it.
        conn.pragma_update(None, "cache_size", -65536)
            .map_err(|e| open_err(e.to_string()))?;
        conn.pragma_update(None, "mmap_size", 1i64 << 30)
            .map_err(|e| open_err(e.to_string()))?;
        // Checkpoint every ~64 MiB of WAL instead of 4 MiB: pages rewritten by consecutive
        // transactions (index roots, counters) are copied back to the database once, not each time.
        conn.pragma_update(None, "wal_autocheckpoint", 16384)
            .map_err(|e| open_err(e.to_string()))?;
        conn.pragma_update(None, "temp_store", "MEMORY")
            .map_err(|e| open_err(e.to_string()))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(|e| open_err(e.to_string()))?;
        migrate(&mut conn).map_err(|e| open_err(e.to_string()))?;
        let in_memory = path.is_empty() || path == ":memory:" || path.starts_with("file::memory:");
        let mut readers = Vec::new();
        if !in_memory {
            for _ in 0..READERS {
                let r = Connection::open_with_flags(
                    path,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                        | rusqlite::OpenFlags::SQLITE_OPEN_URI
                        | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )
                .map_err(|e| open_err(e.to_string()))?;
                r.pragma_update(None, "cache_size", -16384)
                    .map_err(|e| open_err(e.to_string()))?;
                r.pragma_update(None, "mmap_size", 1i64 << 30)
                    .map_err(|e| open_err(e.to_string()))?;
                r.busy_timeout(std::time::Duration::from_secs(10))
                    .map_err(|e| open_err(e.to_string()))?;
                readers.push(Mutex::new(r));
            }
        }
        Ok(SqliteStore {
            conn: Mutex::new(conn),
            readers,
        })
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a half transaction (rusqlite rolls back
        // on drop), so a poisoned lock is safe to reuse.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A connection for reading: a free reader if any, else wait for one (the writer when
    /// there are no readers).
    fn reader(&self) -> MutexGuard<'_, Connection> {
        for r in &self.readers {
            match r.try_lock() {
                Ok(g) => return g,
                Err(std::sync::TryLockError::Poisoned(p)) => return p.into_inner(),
                Err(std::sync::TryLockError::WouldBlock) => {}
            }
        }
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        match self.readers.len() {
            0 => self.conn(),
            n => {
                let i = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % n;
                self.readers[i].lock().unwrap_or_else(|p| p.into_inner())
            }
        }
    }
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    tx.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
        [],
    )?;
    let current: i64 = tx.query_row(
        "SELECT COALESCE(MAX(version), 0) FROM schema_version",
        [],
        |r| r.get(0),
    )?;
    let all = migrations();
    if current > all.len() as i64 {
        return Err(StoreError::Corrupt(format!(
            "database schema version {current} is newer than this program's {}",
            all.len()
        )));
    }
    for (i, ddl) in all.iter().enumerate().skip(current.max(0) as usize) {
        tracing::info!(version = i + 1, "migrating sqlite schema");
        tx.execute_batch(ddl)?;
        tx.execute(
            "INSERT INTO schema_version (version) VALUES (?1)",
            [i as i64 + 1],
        )?;
    }
    // Stores written by the pre-release layout (whole events as JSON) are not readable.
    if tx.prepare("SELECT extra FROM events LIMIT 0").is_err() {
        return Err(StoreError::Corrupt(
            "this store was written by an older development layout; remove it and ingest again"
                .into(),
        ));
    }
    tx.commit()?;
    Ok(())
}

/// One write transaction's row operations. Its statements are prepared once per transaction
/// and kept here (the connection's statement cache keeps them across transactions), so the
/// per-event cost is binding and stepping only.
struct SqliteTx<'a, 'c> {
    tx: &'a Transaction<'c>,
    st: Statements<'a>,
}

#[derive(Default)]
struct Statements<'a> {
    report_by_hash: Option<CachedStatement<'a>>,
    report_by_url: Option<CachedStatement<'a>>,
    insert_report: Option<CachedStatement<'a>>,
    candidates: Option<CachedStatement<'a>>,
    insert_event: Option<CachedStatement<'a>>,
    update_event: Option<CachedStatement<'a>>,
    insert_readings: Option<CachedStatement<'a>>,
    insert_reading: Option<CachedStatement<'a>>,
}

/// The statement in `slot`, prepared (through the connection's cache) on first use.
fn stmt<'s, 'a>(
    slot: &'s mut Option<CachedStatement<'a>>,
    tx: &'a Transaction<'_>,
    sql: &str,
) -> Result<&'s mut CachedStatement<'a>, StoreError> {
    if slot.is_none() {
        *slot = Some(tx.prepare_cached(sql)?);
    }
    slot.as_mut()
        .ok_or_else(|| StoreError::Corrupt("statement not prepared".into()))
}

impl<'a, 'c> SqliteTx<'a, 'c> {
    fn new(tx: &'a Transaction<'c>) -> Self {
        SqliteTx {
            tx,
            st: Statements::default(),
        }
    }
}

fn insert_event_sql() -> &'static str {
    static SQL: OnceLock<String> = OnceLock::new();
    SQL.get_or_init(|| {
        let ph: Vec<String> = (1..=EVENT_COLUMNS.len()).map(|i| format!("?{i}")).collect();
        format!(
            "INSERT INTO events ({}) VALUES ({})",
            EVENT_COLUMNS.join(", "),
            ph.join(", ")
        )
    })
}

fn update_event_sql() -> &'static str {
    static SQL: OnceLock<String> = OnceLock::new();
    SQL.get_or_init(|| {
        let sets: Vec<String> = EVENT_COLUMNS
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 1))
            .collect();
        format!(
            "UPDATE events SET {} WHERE id = ?{}",
            sets.join(", "),
            EVENT_COLUMNS.len() + 1
        )
    })
}

/// Readings written by one statement (3 parameters each, far below SQLite's limit).
const READINGS_PER_INSERT: usize = 64;

fn insert_readings_sql() -> &'static str {
    static SQL: OnceLock<String> = OnceLock::new();
    SQL.get_or_init(|| {
        let rows: Vec<String> = (0..READINGS_PER_INSERT)
            .map(|i| format!("(?{}, ?{}, ?{})", 3 * i + 1, 3 * i + 2, 3 * i + 3))
            .collect();
        format!(
            "INSERT INTO readings (event_id, report_id, data) VALUES {}",
            rows.join(", ")
        )
    })
}

/// The de-duplication look-up, one statement of two parts: stored events of any precision
/// within the incoming window (`events_country_date`), and week/month-precision events within
/// the widest window (the partial index `events_coarse_time` keeps that one small). Both read
/// only the columns the match needs; the box is tested on the index entries, so table rows
/// are read only for events inside it.
fn candidates_sql() -> &'static str {
    static SQL: OnceLock<String> = OnceLock::new();
    SQL.get_or_init(|| {
        let cols = schema::dedupe_select_list();
        let geo = "(?6 OR latitude IS NULL OR (latitude BETWEEN ?2 AND ?3 AND longitude BETWEEN ?4 AND ?5))";
        format!(
            "SELECT id, {cols} FROM events WHERE country = ?1 AND event_date BETWEEN ?7 AND ?8 AND {geo} \
             UNION ALL \
             SELECT id, {cols} FROM events WHERE country = ?1 AND event_date BETWEEN ?9 AND ?10 \
             AND time_precision > 1 AND {geo}"
        )
    })
}

/// Read `n` columns starting at `first` into cells.
fn row_cells(
    r: &rusqlite::Row<'_>,
    first: usize,
    n: usize,
) -> rusqlite::Result<Vec<Cell<'static>>> {
    use rusqlite::types::ValueRef;
    (first..first + n)
        .map(|i| {
            Ok(match r.get_ref(i)? {
                ValueRef::Null | ValueRef::Blob(_) => Cell::Text(None),
                ValueRef::Integer(n) => Cell::Int(Some(n)),
                ValueRef::Real(x) => Cell::Real(Some(x)),
                ValueRef::Text(t) => {
                    Cell::Text(Some(Cow::Owned(String::from_utf8_lossy(t).into_owned())))
                }
            })
        })
        .collect()
}

impl Tx for SqliteTx<'_, '_> {
    fn find_report(&mut self, hash: &str, url: Option<&str>) -> Result<Option<i64>, StoreError> {
        let st = stmt(
            &mut self.st.report_by_hash,
            self.tx,
            "SELECT id FROM reports WHERE hash = ?1",
        )?;
        if let Some(id) = st.query_row([hash], |r| r.get(0)).optional()? {
            return Ok(Some(id));
        }
        if let Some(url) = url {
            let st = stmt(
                &mut self.st.report_by_url,
                self.tx,
                "SELECT id FROM reports WHERE url = ?1 LIMIT 1",
            )?;
            return Ok(st.query_row([url], |r| r.get(0)).optional()?);
        }
        Ok(None)
    }

    fn report_event_ids(&mut self, report: i64) -> Result<Vec<String>, StoreError> {
        let mut st = self.tx.prepare_cached(
            "SELECT e.event_id_cnty FROM readings r JOIN events e ON e.id = r.event_id WHERE r.report_id = ?1 ORDER BY r.seq",
        )?;
        let rows = st.query_map([report], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn insert_report(&mut self, r: &StoredReport, now: i64) -> Result<i64, StoreError> {
        let st = stmt(
            &mut self.st.insert_report,
            self.tx,
            "INSERT INTO reports (report_id, hash, url, title, source, published, text, ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        st.execute(params![
            r.id,
            r.hash,
            r.url.as_deref().map(str::trim).filter(|u| !u.is_empty()),
            r.title,
            r.source,
            r.published.map(|d| d.to_string()),
            r.text,
            now
        ])?;
        Ok(self.tx.last_insert_rowid())
    }

    fn candidates(&mut self, a: &CandidateArea<'_>) -> Result<Vec<(i64, Event)>, StoreError> {
        let (la0, la1, lo0, lo1) = a.bbox.unwrap_or((-90.0, 90.0, -180.0, 180.0));
        let open_box = a.bbox.is_none();
        let mut out: Vec<(i64, Event)> = Vec::new();
        let n = schema::DEDUPE_COLUMNS.len();
        let st = stmt(&mut self.st.candidates, self.tx, candidates_sql())?;
        let mut rows = st.query(params![
            a.country,
            la0,
            la1,
            lo0,
            lo1,
            open_box,
            a.from,
            a.to,
            a.coarse_from,
            a.coarse_to
        ])?;
        while let Some(r) = rows.next()? {
            let k: i64 = r.get(0)?;
            // A week/month event in the incoming window comes back from both parts.
            if !out.iter().any(|(seen, _)| *seen == k) {
                out.push((k, schema::dedupe_event_from_cells(row_cells(r, 1, n)?)?));
            }
        }
        Ok(out)
    }

    fn readings(&mut self, event: i64) -> Result<Vec<Event>, StoreError> {
        let mut st = self
            .tx
            .prepare_cached("SELECT data FROM readings WHERE event_id = ?1 ORDER BY seq")?;
        let rows = st.query_map([event], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for d in rows {
            out.push(schema::event_from_json(&d?)?);
        }
        Ok(out)
    }

    fn counter(&mut self, prefix: &str) -> Result<Option<i64>, StoreError> {
        let mut st = self
            .tx
            .prepare_cached("SELECT next FROM id_counters WHERE prefix = ?1")?;
        Ok(st.query_row([prefix], |r| r.get(0)).optional()?)
    }

    fn set_counter(&mut self, prefix: &str, next: i64) -> Result<(), StoreError> {
        let mut st = self.tx.prepare_cached(
            "INSERT INTO id_counters (prefix, next) VALUES (?1, ?2)
             ON CONFLICT (prefix) DO UPDATE SET next = excluded.next",
        )?;
        st.execute(params![prefix, next])?;
        Ok(())
    }

    fn insert_event(&mut self, e: &Event) -> Result<i64, StoreError> {
        let cells = schema::event_cells(e).map_err(json_err)?;
        let st = stmt(&mut self.st.insert_event, self.tx, insert_event_sql())?;
        st.execute(params_from_iter(cells.iter()))?;
        Ok(self.tx.last_insert_rowid())
    }

    fn update_event(&mut self, key: i64, e: &Event) -> Result<(), StoreError> {
        let mut cells = schema::event_cells(e).map_err(json_err)?;
        cells.push(Cell::Int(Some(key)));
        let st = stmt(&mut self.st.update_event, self.tx, update_event_sql())?;
        st.execute(params_from_iter(cells.iter()))?;
        Ok(())
    }

    fn insert_readings(&mut self, rows: &[(i64, i64, &str)]) -> Result<(), StoreError> {
        let mut groups = rows.chunks_exact(READINGS_PER_INSERT);
        for group in groups.by_ref() {
            let st = stmt(&mut self.st.insert_readings, self.tx, insert_readings_sql())?;
            for (i, (event, report, data)) in group.iter().enumerate() {
                st.raw_bind_parameter(3 * i + 1, event)?;
                st.raw_bind_parameter(3 * i + 2, report)?;
                st.raw_bind_parameter(3 * i + 3, *data)?;
            }
            st.raw_execute()?;
        }
        for (event, report, data) in groups.remainder() {
            let st = stmt(
                &mut self.st.insert_reading,
                self.tx,
                "INSERT INTO readings (event_id, report_id, data) VALUES (?1, ?2, ?3)",
            )?;
            st.execute(params![event, report, data])?;
        }
        Ok(())
    }
}

impl SqliteStore {
    fn with_tx<T>(
        &self,
        f: impl FnOnce(&mut SqliteTx<'_, '_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut conn = self.conn();
        // IMMEDIATE: take the write lock up front, so two writers queue instead of failing
        // mid-transaction on a lock upgrade.
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // The statements borrow the transaction: let them go before it commits.
        let out = f(&mut SqliteTx::new(&tx))?;
        tx.commit()?;
        Ok(out)
    }
}

impl EventStore for SqliteStore {
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
        let w = build_where(q, Dialect::Sqlite, 1)?;
        let sql = format!(
            "SELECT {} FROM events{} ORDER BY event_date DESC, id DESC{}",
            schema::select_list(),
            w.sql,
            limit_sql(q, Dialect::Sqlite)
        );
        let conn = self.reader();
        let mut st = conn.prepare_cached(&sql)?;
        let rows = st.query_map(params_from_iter(w.params.iter().map(sql_value)), |r| {
            row_cells(r, 0, EVENT_COLUMNS.len())
        })?;
        let mut out = Vec::new();
        for cells in rows {
            out.push(schema::event_from_cells(cells?)?);
        }
        Ok(out)
    }

    fn count(&self, q: &Query) -> Result<u64, StoreError> {
        let w = build_where(q, Dialect::Sqlite, 1)?;
        let conn = self.reader();
        let mut st = conn.prepare_cached(&format!("SELECT COUNT(*) FROM events{}", w.sql))?;
        let n: i64 = st.query_row(params_from_iter(w.params.iter().map(sql_value)), |r| {
            r.get(0)
        })?;
        Ok(n.max(0) as u64)
    }

    fn get(&self, event_id: &str) -> Result<Option<EventDetail>, StoreError> {
        let conn = self.reader();
        let sql = format!(
            "SELECT id, {} FROM events WHERE event_id_cnty = ?1",
            schema::select_list()
        );
        let row: Option<(i64, Vec<Cell<'static>>)> = conn
            .query_row(&sql, [event_id], |r| {
                Ok((r.get(0)?, row_cells(r, 1, EVENT_COLUMNS.len())?))
            })
            .optional()?;
        let Some((key, cells)) = row else {
            return Ok(None);
        };
        let event = schema::event_from_cells(cells)?;
        let mut st = conn.prepare_cached(
            "SELECT r.data, p.report_id, p.title, p.url, p.source, p.published, p.text
             FROM readings r JOIN reports p ON p.id = r.report_id WHERE r.event_id = ?1 ORDER BY r.seq",
        )?;
        let rows = st.query_map([key], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        let mut sources = Vec::new();
        for row in rows {
            let (data, report_id, title, url, source, published, text) = row?;
            sources.push(SourceReading {
                report_id,
                title,
                url,
                source,
                published: published.and_then(|p| NaiveDate::parse_from_str(&p, "%Y-%m-%d").ok()),
                text,
                event: schema::event_from_json(&data)?,
            });
        }
        Ok(Some(EventDetail { event, sources }))
    }

    fn stats(&self, q: &Query) -> Result<Stats, StoreError> {
        // One pass over the matching rows, summed here: SQLite's GROUP BY over a NOCASE
        // column sorts through a temp B-tree, and three GROUP BYs were three passes.
        let w = build_where(q, Dialect::Sqlite, 1)?;
        let sql = format!(
            "SELECT event_date, country, admin1, event_type, fatalities FROM events{}",
            w.sql
        );
        let conn = self.reader();
        let mut st = conn.prepare_cached(&sql)?;
        let mut rows = st.query(params_from_iter(w.params.iter().map(sql_value)))?;
        type Sums = std::collections::HashMap<String, (i64, i64)>;
        let (mut by_date, mut by_admin1, mut by_type) = (Sums::new(), Sums::new(), Sums::new());
        let add = |m: &mut Sums, key: &str, f: i64| match m.get_mut(key) {
            Some(slot) => {
                slot.0 += 1;
                slot.1 += f;
            }
            None => {
                m.insert(key.to_string(), (1, f));
            }
        };
        let mut pair = String::new();
        while let Some(r) = rows.next()? {
            let text = |i: usize| -> rusqlite::Result<&str> {
                Ok(r.get_ref(i)?.as_str_or_null()?.unwrap_or(""))
            };
            let f: i64 = r.get::<_, Option<i64>>(4)?.unwrap_or(0);
            add(&mut by_date, text(0)?, f);
            pair.clear();
            pair.push_str(text(1)?);
            pair.push('\u{1f}');
            pair.push_str(text(2)?);
            add(&mut by_admin1, &pair, f);
            add(&mut by_type, text(3)?, f);
        }
        engine::build_stats(engine::StatRows {
            by_date: by_date.into_iter().map(|(k, (n, f))| (k, n, f)).collect(),
            by_admin1: by_admin1
                .into_iter()
                .map(|(k, (n, f))| {
                    let (c, a) = k.split_once('\u{1f}').unwrap_or((&k, ""));
                    (c.to_string(), a.to_string(), n, f)
                })
                .collect(),
            by_type: by_type.into_iter().map(|(k, (n, f))| (k, n, f)).collect(),
        })
    }

    fn report_known(&self, hash: &str, url: Option<&str>) -> Result<bool, StoreError> {
        let conn = self.reader();
        let tx = conn.unchecked_transaction()?;
        let found =
            SqliteTx::new(&tx).find_report(hash, url.map(str::trim).filter(|u| !u.is_empty()))?;
        tx.commit()?;
        Ok(found.is_some())
    }
}
