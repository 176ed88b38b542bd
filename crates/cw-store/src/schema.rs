//! The stored layout shared by both backends: one column per filterable ACLED field (typed,
//! indexed where queries need it) plus `data`, the full event as JSON (the record is read
//! back from `data`; the columns exist to filter and sort).

use cw_record::Event;

/// A value written to a column; `None` is SQL NULL.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Text(Option<String>),
    Int(Option<i64>),
    Real(Option<f64>),
}

/// The event columns in table order (after the surrogate key `id`), `data` last.
pub(crate) const EVENT_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    "article_id",
    "injuries",
    "attackers",
    "fatalities_low",
    "fatalities_high",
    "country_only",
    "confidence",
    "data",
];

fn int(v: u64) -> Option<i64> {
    Some(i64::try_from(v).unwrap_or(i64::MAX))
}

fn text(s: &str) -> Cell {
    Cell::Text(Some(s.to_string()))
}

/// The row for an event, in [`EVENT_COLUMNS`] order.
pub(crate) fn event_cells(e: &Event) -> Result<Vec<Cell>, serde_json::Error> {
    let data = serde_json::to_string(e)?;
    let real = |x: Option<f64>| Cell::Real(x.filter(|v| v.is_finite()));
    Ok(vec![
        Cell::Text(e.event_id_cnty.clone()),
        Cell::Text(Some(e.event_date.format("%Y-%m-%d").to_string())),
        Cell::Int(Some(e.year.into())),
        Cell::Int(Some(e.time_precision.code().into())),
        text(e.disorder_type.as_str()),
        text(e.event_type.as_str()),
        text(e.sub_event_type.as_str()),
        text(&e.actor1),
        text(&e.assoc_actor_1),
        Cell::Text(e.inter1.map(|i| i.as_str().to_string())),
        text(&e.actor2),
        text(&e.assoc_actor_2),
        Cell::Text(e.inter2.map(|i| i.as_str().to_string())),
        text(&e.interaction),
        text(&e.civilian_targeting),
        Cell::Int(Some(e.iso.into())),
        text(&e.region),
        text(&e.country),
        text(&e.admin1),
        text(&e.admin2),
        text(&e.admin3),
        text(&e.location),
        real(e.latitude),
        real(e.longitude),
        Cell::Int(Some(e.geo_precision.code().into())),
        text(&e.source),
        text(&e.source_scale),
        text(&e.notes),
        Cell::Int(int(e.fatalities)),
        text(&e.tags),
        Cell::Int(e.timestamp),
        text(&e.article_id),
        Cell::Int(int(e.injuries)),
        Cell::Int(e.attackers.and_then(int)),
        Cell::Int(e.fatalities_range.and_then(|r| int(r.low))),
        Cell::Int(e.fatalities_range.and_then(|r| int(r.high))),
        Cell::Int(Some(i64::from(e.country_only))),
        Cell::Real(Some(f64::from(e.confidence)).filter(|v| v.is_finite())),
        Cell::Text(Some(data)),
    ])
}

/// Read an event back from its `data` JSON.
pub(crate) fn event_from_json(data: &str) -> Result<Event, crate::StoreError> {
    serde_json::from_str(data).map_err(|e| crate::StoreError::Corrupt(format!("event JSON: {e}")))
}

/// Column type of each event column, per backend (`id` and `data` included in the DDL below).
fn column_type(name: &str, pg: bool) -> &'static str {
    use crate::query::{field_kind, FieldKind};
    match (name, field_kind(name)) {
        ("country_only", _) => {
            if pg {
                "BIGINT NOT NULL"
            } else {
                "INTEGER NOT NULL"
            }
        }
        ("event_id_cnty", _) => "TEXT NOT NULL UNIQUE",
        ("event_date", _) => "TEXT NOT NULL",
        ("data", _) => "TEXT NOT NULL",
        (_, Some(FieldKind::Int)) => {
            if pg {
                "BIGINT"
            } else {
                "INTEGER"
            }
        }
        (_, Some(FieldKind::Real)) => {
            if pg {
                "DOUBLE PRECISION"
            } else {
                "REAL"
            }
        }
        // Text columns compare without case in SQLite (ACLED's LIKE and our `=` are
        // case-insensitive); PostgreSQL queries use lower()/ILIKE instead.
        _ => {
            if pg {
                "TEXT"
            } else {
                "TEXT COLLATE NOCASE"
            }
        }
    }
}

/// The first schema version's DDL for a backend.
pub(crate) fn ddl_v1(pg: bool) -> String {
    let key = if pg {
        "BIGSERIAL PRIMARY KEY"
    } else {
        "INTEGER PRIMARY KEY"
    };
    let big = if pg { "BIGINT" } else { "INTEGER" };
    let cols: Vec<String> = EVENT_COLUMNS
        .iter()
        .map(|c| format!("    {c} {}", column_type(c, pg)))
        .collect();
    let mut s = format!(
        "CREATE TABLE reports (
    id {key},
    report_id TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    url TEXT,
    title TEXT,
    source TEXT,
    published TEXT,
    text TEXT NOT NULL,
    ingested_at {big} NOT NULL
);
CREATE INDEX reports_url ON reports (url);
CREATE TABLE events (
    id {key},
{}
);
CREATE TABLE readings (
    seq {key},
    event_id {big} NOT NULL REFERENCES events (id),
    report_id {big} NOT NULL REFERENCES reports (id),
    data TEXT NOT NULL
);
CREATE INDEX readings_event ON readings (event_id);
CREATE INDEX readings_report ON readings (report_id);
CREATE TABLE id_counters (prefix TEXT PRIMARY KEY, next {big} NOT NULL);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_coarse_time ON events (country, event_date, latitude, longitude) WHERE time_precision > 1;
",
        cols.join(",\n")
    );
    // Filter indexes: (field, event_date) so that a filter plus the date order (or a date
    // range) is one index range scan. The country index also carries the point, so the
    // de-duplication look-up (country, days, box) never touches table rows it will not use.
    if pg {
        s.push_str(
            "CREATE INDEX events_country_date ON events (country, event_date, latitude, longitude);
CREATE INDEX events_lcountry_date ON events (lower(country), event_date);
CREATE INDEX events_ladmin1_date ON events (lower(admin1), event_date);
CREATE INDEX events_ltype_date ON events (lower(event_type), event_date);
",
        );
    } else {
        s.push_str(
            "CREATE INDEX events_country_date ON events (country, event_date, latitude, longitude);
CREATE INDEX events_admin1_date ON events (admin1, event_date);
CREATE INDEX events_type_date ON events (event_type, event_date);
",
        );
    }
    s
}
