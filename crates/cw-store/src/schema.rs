//! The stored layout shared by both backends: one column per ACLED field (typed, indexed
//! where queries need it) plus `extra`, the JSON of what has no column (evidence, the best
//! fatality figure). Events are read back from the columns: storing the whole record again
//! as JSON doubled the row size, and reading rows was the cost of every query.

use cw_record::Event;
use std::borrow::Cow;

/// A value written to a column; `None` is SQL NULL.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell<'a> {
    /// Borrowed from the event when writing (no copy per column), owned when reading.
    Text(Option<Cow<'a, str>>),
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
    "extra",
];

/// What an event has beyond its columns.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct Extra {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<cw_record::Evidence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fatalities_best: Option<u64>,
}

/// The comma-separated event columns, for SELECT lists.
pub(crate) fn select_list() -> &'static str {
    static S: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    S.get_or_init(|| EVENT_COLUMNS.join(", "))
}

/// The kind of cell each event column holds, in [`EVENT_COLUMNS`] order.
pub(crate) fn column_kinds() -> &'static [Cell<'static>] {
    static K: std::sync::OnceLock<Vec<Cell<'static>>> = std::sync::OnceLock::new();
    K.get_or_init(|| {
        let sample = sample();
        let Ok(cells) = event_cells(&sample) else {
            return Vec::new();
        };
        cells
            .into_iter()
            .map(|c| match c {
                Cell::Text(_) => Cell::Text(None),
                Cell::Int(_) => Cell::Int(None),
                Cell::Real(_) => Cell::Real(None),
            })
            .collect()
    })
}

/// Any event, to learn the column kinds from [`event_cells`] (one place defines the layout).
fn sample() -> Event {
    use cw_record::*;
    Event {
        event_id_cnty: None,
        event_date: chrono::NaiveDate::default(),
        year: 0,
        time_precision: TimePrecision::Day,
        disorder_type: DisorderType::PoliticalViolence,
        event_type: EventType::Battles,
        sub_event_type: SubEventType::ArmedClash,
        actor1: String::new(),
        assoc_actor_1: String::new(),
        inter1: None,
        actor2: String::new(),
        assoc_actor_2: String::new(),
        inter2: None,
        interaction: String::new(),
        civilian_targeting: String::new(),
        iso: 0,
        region: String::new(),
        country: String::new(),
        admin1: String::new(),
        admin2: String::new(),
        admin3: String::new(),
        location: String::new(),
        latitude: None,
        longitude: None,
        geo_precision: GeoPrecision::Place,
        source: String::new(),
        source_scale: String::new(),
        notes: String::new(),
        fatalities: 0,
        tags: String::new(),
        timestamp: None,
        article_id: String::new(),
        injuries: 0,
        attackers: None,
        fatalities_range: None,
        country_only: false,
        evidence: Vec::new(),
        confidence: 0.0,
    }
}

fn corrupt(what: &str) -> crate::StoreError {
    crate::StoreError::Corrupt(format!("stored event: bad {what}"))
}

/// Rebuild an event from its row (cells in [`EVENT_COLUMNS`] order).
pub(crate) fn event_from_cells(cells: Vec<Cell<'_>>) -> Result<Event, crate::StoreError> {
    use cw_record::*;
    if cells.len() != EVENT_COLUMNS.len() {
        return Err(corrupt("column count"));
    }
    let mut it = cells.into_iter();
    let mut next = || it.next().unwrap_or(Cell::Text(None));
    let (text, int, real) = (cell_text, cell_int, cell_real);
    let count = |c: Cell| int(c).map(|i| i.max(0) as u64);
    let id = text(next());
    let event_date = chrono::NaiveDate::parse_from_str(&text(next()), "%Y-%m-%d")
        .map_err(|_| corrupt("event_date"))?;
    let year = int(next())
        .and_then(|y| i32::try_from(y).ok())
        .ok_or_else(|| corrupt("year"))?;
    let time_precision = int(next())
        .and_then(|c| u8::try_from(c).ok())
        .and_then(TimePrecision::from_code)
        .ok_or_else(|| corrupt("time_precision"))?;
    let disorder = text(next());
    let _event_type = text(next());
    let sub_event_type =
        SubEventType::parse(&text(next())).ok_or_else(|| corrupt("sub_event_type"))?;
    let disorder_type = [
        DisorderType::PoliticalViolence,
        DisorderType::Demonstrations,
        DisorderType::PoliticalViolenceDemonstrations,
        DisorderType::StrategicDevelopments,
    ]
    .into_iter()
    .find(|d| d.as_str().eq_ignore_ascii_case(&disorder))
    .unwrap_or_else(|| sub_event_type.disorder_type());
    let actor1 = text(next());
    let assoc_actor_1 = text(next());
    let inter1 = cell_inter(next());
    let actor2 = text(next());
    let assoc_actor_2 = text(next());
    let inter2 = cell_inter(next());
    let interaction = text(next());
    let civilian_targeting = text(next());
    let iso = int(next()).and_then(|i| u16::try_from(i).ok()).unwrap_or(0);
    let region = text(next());
    let country = text(next());
    let admin1 = text(next());
    let admin2 = text(next());
    let admin3 = text(next());
    let location = text(next());
    let latitude = real(next());
    let longitude = real(next());
    let geo_precision = int(next())
        .and_then(|c| u8::try_from(c).ok())
        .and_then(GeoPrecision::from_code)
        .ok_or_else(|| corrupt("geo_precision"))?;
    let source = text(next());
    let source_scale = text(next());
    let notes = text(next());
    let fatalities = count(next()).unwrap_or(0);
    let tags = text(next());
    let timestamp = int(next());
    let article_id = text(next());
    let injuries = count(next()).unwrap_or(0);
    let attackers = count(next());
    let low = count(next());
    let high = count(next());
    let country_only = int(next()).unwrap_or(0) != 0;
    let confidence = real(next()).unwrap_or(0.0) as f32;
    let extra_json = text(next());
    let extra: Extra = if extra_json.is_empty() {
        Extra::default()
    } else {
        serde_json::from_str(&extra_json).map_err(|_| corrupt("extra"))?
    };
    let fatalities_range = match (low, high) {
        (Some(low), Some(high)) => Some(FatalityRange {
            low,
            best: extra.fatalities_best.unwrap_or(low),
            high,
        }),
        _ => None,
    };
    Ok(Event {
        event_id_cnty: Some(id).filter(|s| !s.is_empty()),
        event_date,
        year,
        time_precision,
        disorder_type,
        event_type: sub_event_type.event_type(),
        sub_event_type,
        actor1,
        assoc_actor_1,
        inter1,
        actor2,
        assoc_actor_2,
        inter2,
        interaction,
        civilian_targeting,
        iso,
        region,
        country,
        admin1,
        admin2,
        admin3,
        location,
        latitude,
        longitude,
        geo_precision,
        source,
        source_scale,
        notes,
        fatalities,
        tags,
        timestamp,
        article_id,
        injuries,
        attackers,
        fatalities_range,
        country_only,
        evidence: extra.evidence,
        confidence,
    })
}

/// The columns a de-duplication look-up reads (after the key): the id, and every field
/// [`crate::dedupe::matches`] and [`crate::dedupe::match_cost`] compare. The rest of a stored
/// event is never needed to decide a match (a merge is rebuilt from the readings), so the
/// look-up does not read or rebuild it.
pub(crate) const DEDUPE_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "time_precision",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "country_only",
];

/// The comma-separated [`DEDUPE_COLUMNS`], for SELECT lists.
pub(crate) fn dedupe_select_list() -> &'static str {
    static S: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    S.get_or_init(|| DEDUPE_COLUMNS.join(", "))
}

/// The kind of cell each of [`DEDUPE_COLUMNS`] holds.
pub(crate) fn dedupe_kinds() -> &'static [Cell<'static>] {
    static K: std::sync::OnceLock<Vec<Cell<'static>>> = std::sync::OnceLock::new();
    K.get_or_init(|| {
        DEDUPE_COLUMNS
            .iter()
            .map(|c| {
                EVENT_COLUMNS
                    .iter()
                    .position(|e| e == c)
                    .and_then(|i| column_kinds().get(i).cloned())
                    .unwrap_or(Cell::Text(None))
            })
            .collect()
    })
}

/// The event a de-duplication look-up compares against, from [`DEDUPE_COLUMNS`] cells: those
/// fields as stored, every other field empty. Only for [`crate::dedupe::matches`] and
/// [`crate::dedupe::match_cost`] (a test checks they answer as on the whole event).
pub(crate) fn dedupe_event_from_cells(cells: Vec<Cell<'_>>) -> Result<Event, crate::StoreError> {
    use cw_record::*;
    if cells.len() != DEDUPE_COLUMNS.len() {
        return Err(corrupt("column count"));
    }
    let mut it = cells.into_iter();
    let mut next = || it.next().unwrap_or(Cell::Text(None));
    let mut e = sample();
    e.event_id_cnty = Some(cell_text(next())).filter(|s| !s.is_empty());
    e.event_date = chrono::NaiveDate::parse_from_str(&cell_text(next()), "%Y-%m-%d")
        .map_err(|_| corrupt("event_date"))?;
    e.time_precision = cell_int(next())
        .and_then(|c| u8::try_from(c).ok())
        .and_then(TimePrecision::from_code)
        .ok_or_else(|| corrupt("time_precision"))?;
    e.sub_event_type =
        SubEventType::parse(&cell_text(next())).ok_or_else(|| corrupt("sub_event_type"))?;
    e.event_type = e.sub_event_type.event_type();
    e.disorder_type = e.sub_event_type.disorder_type();
    e.actor1 = cell_text(next());
    e.inter1 = cell_inter(next());
    e.actor2 = cell_text(next());
    e.inter2 = cell_inter(next());
    e.country = cell_text(next());
    e.admin1 = cell_text(next());
    e.location = cell_text(next());
    e.latitude = cell_real(next());
    e.longitude = cell_real(next());
    e.geo_precision = cell_int(next())
        .and_then(|c| u8::try_from(c).ok())
        .and_then(GeoPrecision::from_code)
        .ok_or_else(|| corrupt("geo_precision"))?;
    e.country_only = cell_int(next()).unwrap_or(0) != 0;
    Ok(e)
}

fn cell_text(c: Cell<'_>) -> String {
    match c {
        Cell::Text(t) => t.map(Cow::into_owned).unwrap_or_default(),
        _ => String::new(),
    }
}

fn cell_int(c: Cell<'_>) -> Option<i64> {
    match c {
        Cell::Int(i) => i,
        _ => None,
    }
}

fn cell_real(c: Cell<'_>) -> Option<f64> {
    match c {
        Cell::Real(x) => x,
        Cell::Int(i) => i.map(|i| i as f64),
        _ => None,
    }
}

fn cell_inter(c: Cell<'_>) -> Option<cw_record::Inter> {
    Some(cell_text(c))
        .filter(|s| !s.is_empty())
        .and_then(|s| cw_record::Inter::parse(&s))
}

/// `YYYY-MM-DD`, as `NaiveDate`'s `Display` writes it, without the formatting machinery (dates
/// are written for every event and bound four times in each de-duplication look-up).
pub(crate) fn iso_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let y = d.year();
    if !(0..=9999).contains(&y) {
        return d.to_string();
    }
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let (y, m, day) = (y.unsigned_abs(), d.month(), d.day());
    let mut s = String::with_capacity(10);
    s.extend([
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        '-',
    ]);
    s.extend([digit(m / 10), digit(m), '-', digit(day / 10), digit(day)]);
    s
}

fn int(v: u64) -> Option<i64> {
    Some(i64::try_from(v).unwrap_or(i64::MAX))
}

fn text(s: &str) -> Cell<'_> {
    Cell::Text(Some(Cow::Borrowed(s)))
}

/// The row for an event, in [`EVENT_COLUMNS`] order.
pub(crate) fn event_cells(e: &Event) -> Result<Vec<Cell<'_>>, serde_json::Error> {
    // Written from borrowed parts (same JSON shape as `Extra`).
    #[derive(serde::Serialize)]
    struct ExtraRef<'a> {
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        evidence: &'a [cw_record::Evidence],
        #[serde(skip_serializing_if = "Option::is_none")]
        fatalities_best: Option<u64>,
    }
    let best = e.fatalities_range.map(|r| r.best);
    let extra = if e.evidence.is_empty() && best.is_none() {
        String::new()
    } else {
        serde_json::to_string(&ExtraRef {
            evidence: &e.evidence,
            fatalities_best: best,
        })?
    };
    let real = |x: Option<f64>| Cell::Real(x.filter(|v| v.is_finite()));
    Ok(vec![
        Cell::Text(e.event_id_cnty.as_deref().map(Cow::Borrowed)),
        Cell::Text(Some(Cow::Owned(iso_date(e.event_date)))),
        Cell::Int(Some(e.year.into())),
        Cell::Int(Some(e.time_precision.code().into())),
        text(e.disorder_type.as_str()),
        text(e.event_type.as_str()),
        text(e.sub_event_type.as_str()),
        text(&e.actor1),
        text(&e.assoc_actor_1),
        Cell::Text(e.inter1.map(|i| Cow::Borrowed(i.as_str()))),
        text(&e.actor2),
        text(&e.assoc_actor_2),
        Cell::Text(e.inter2.map(|i| Cow::Borrowed(i.as_str()))),
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
        Cell::Text(Some(Cow::Owned(extra))),
    ])
}

/// A reading as stored in `readings.data`: the record's JSON without the fields that hold the
/// value the record reads for a missing field (empty text, no value, zero injuries, no
/// evidence...), so [`event_from_json`] gives back the same event. The audit copies are a
/// third of what ingest writes; most readings leave half their fields empty. Fields without
/// such a default (date, types, actor1, country, notes, fatalities...) are always written.
/// Tests check the round trip and that every field of the record is written when set.
pub(crate) struct StoredReading<'a>(pub &'a Event);

impl serde::Serialize for StoredReading<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let e = self.0;
        let mut m = s.serialize_map(None)?;
        macro_rules! always {
            ($($f:ident),*) => { $( m.serialize_entry(stringify!($f), &e.$f)?; )* };
        }
        macro_rules! unless_empty {
            ($($f:ident),*) => { $( if !e.$f.is_empty() { m.serialize_entry(stringify!($f), &e.$f)?; } )* };
        }
        macro_rules! unless_none {
            ($($f:ident),*) => { $( if e.$f.is_some() { m.serialize_entry(stringify!($f), &e.$f)?; } )* };
        }
        unless_none!(event_id_cnty);
        always!(
            event_date,
            year,
            time_precision,
            disorder_type,
            event_type,
            sub_event_type,
            actor1
        );
        unless_empty!(assoc_actor_1);
        unless_none!(inter1);
        unless_empty!(actor2, assoc_actor_2);
        unless_none!(inter2);
        always!(interaction);
        unless_empty!(civilian_targeting);
        always!(iso, region, country);
        unless_empty!(admin1, admin2, admin3, location);
        unless_none!(latitude, longitude);
        always!(geo_precision);
        unless_empty!(source, source_scale);
        always!(notes, fatalities);
        unless_empty!(tags);
        unless_none!(timestamp);
        unless_empty!(article_id);
        if e.injuries != 0 {
            always!(injuries);
        }
        unless_none!(attackers, fatalities_range);
        if e.country_only {
            always!(country_only);
        }
        unless_empty!(evidence);
        // +0.0 only: -0.0 and NaN are written as they are.
        if e.confidence.to_bits() != 0 {
            always!(confidence);
        }
        m.end()
    }
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
        ("extra", _) => "TEXT NOT NULL",
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

#[cfg(test)]
mod tests {
    use super::*;
    use cw_record::{Evidence, FatalityRange, Inter};

    #[test]
    fn events_round_trip_through_their_columns() {
        let mut e = crate::dedupe::tests::ev();
        e.event_id_cnty = Some("NIR7".into());
        e.timestamp = Some(1_700_000_000);
        e.fatalities_range = Some(FatalityRange {
            low: 5,
            best: 7,
            high: 12,
        });
        e.attackers = Some(100);
        e.evidence = vec![Evidence {
            field: "fatalities".into(),
            start: 3,
            end: 9,
            text: "killed".into(),
            rule: None,
        }];
        assert_eq!(event_from_cells(event_cells(&e).unwrap()).unwrap(), e);
        let mut bare = sample();
        bare.inter2 = Some(Inter::Civilians);
        bare.country_only = true;
        assert_eq!(event_from_cells(event_cells(&bare).unwrap()).unwrap(), bare);
        assert_eq!(column_kinds().len(), EVENT_COLUMNS.len());
    }

    /// The look-up reads only [`DEDUPE_COLUMNS`]: matching and match cost must answer on that
    /// partial event as on the whole stored event, whichever side it is on.
    #[test]
    fn dedupe_columns_are_all_a_match_reads() {
        use cw_record::{GeoPrecision, SubEventType, TimePrecision};
        let base = crate::dedupe::tests::ev();
        let mut variants = vec![base.clone()];
        let mut v = |f: &dyn Fn(&mut Event)| {
            let mut e = base.clone();
            f(&mut e);
            variants.push(e);
        };
        v(&|e| e.event_date = e.event_date.succ_opt().unwrap());
        v(&|e| e.time_precision = TimePrecision::Week);
        v(&|e| {
            e.time_precision = TimePrecision::Month;
            e.event_date += chrono::Duration::days(12);
        });
        v(&|e| e.latitude = Some(14.36));
        v(&|e| e.longitude = Some(2.5));
        v(&|e| (e.latitude, e.longitude) = (None, None));
        v(&|e| {
            (e.latitude, e.longitude) = (None, None);
            e.location = "Tillabéri town".into();
        });
        v(&|e| e.geo_precision = GeoPrecision::Region);
        v(&|e| {
            e.country_only = true;
            e.admin1 = String::new();
        });
        v(&|e| e.admin1 = "Dosso".into());
        v(&|e| e.country = "Mali".into());
        v(&|e| {
            e.sub_event_type = SubEventType::AirDroneStrike;
            e.event_type = e.sub_event_type.event_type();
        });
        v(&|e| {
            e.sub_event_type = SubEventType::PeacefulProtest;
            e.event_type = e.sub_event_type.event_type();
        });
        v(&|e| e.actor2 = "Unidentified Armed Group (Niger)".into());
        v(&|e| e.actor2 = "Islamic State Sahel".into());
        v(&|e| {
            e.actor1 = "Civilians (Niger)".into();
            e.inter1 = Some(Inter::Civilians);
            e.actor2 = String::new();
            e.inter2 = None;
        });
        v(&|e| (e.actor1, e.actor2) = (String::new(), String::new()));
        let partial = |e: &Event| {
            let mut e = e.clone();
            e.event_id_cnty = Some("NIR3".into());
            let cells = event_cells(&e).unwrap();
            let picked: Vec<Cell> = DEDUPE_COLUMNS
                .iter()
                .map(|c| cells[EVENT_COLUMNS.iter().position(|x| x == c).unwrap()].clone())
                .collect();
            let part = dedupe_event_from_cells(picked).unwrap();
            (e, part)
        };
        let mut matched = 0;
        for a in &variants {
            let (whole, part) = partial(a);
            assert_eq!(part.event_id_cnty, whole.event_id_cnty);
            for b in &variants {
                let m = crate::dedupe::matches(&whole, b);
                matched += usize::from(m);
                assert_eq!(crate::dedupe::matches(&part, b), m, "{a:?} / {b:?}");
                assert_eq!(
                    crate::dedupe::matches(b, &part),
                    crate::dedupe::matches(b, &whole)
                );
                assert_eq!(
                    crate::dedupe::match_cost(&part, b),
                    crate::dedupe::match_cost(&whole, b)
                );
            }
        }
        // The variants exercise both answers.
        assert!(matched > variants.len() && matched < variants.len() * variants.len());
        assert_eq!(dedupe_kinds().len(), DEDUPE_COLUMNS.len());
    }

    #[test]
    fn stored_readings_read_back_as_the_same_event() {
        let full = {
            let mut e = crate::dedupe::tests::ev();
            e.event_id_cnty = Some("NIR7".into());
            e.assoc_actor_1 = "Civilians (Niger)".into();
            e.assoc_actor_2 = "Fulani Ethnic Group (Niger)".into();
            e.civilian_targeting = "Civilians targeted".into();
            e.admin2 = "Ouallam".into();
            e.admin3 = "Tondikiwindi".into();
            e.source = "Agence A".into();
            e.source_scale = "National".into();
            e.tags = "crowd size=no report".into();
            e.timestamp = Some(1_700_000_000);
            e.article_id = "r1".into();
            e.injuries = 3;
            e.attackers = Some(100);
            e.fatalities_range = Some(FatalityRange {
                low: 5,
                best: 7,
                high: 12,
            });
            e.country_only = true;
            e.evidence = vec![Evidence {
                field: "fatalities".into(),
                start: 3,
                end: 9,
                text: "killed \"five\"".into(),
                rule: None,
            }];
            e.confidence = 0.75;
            e
        };
        // Every field set: the same JSON object as the record's own.
        let compact: serde_json::Value =
            serde_json::from_str(&serde_json::to_string(&StoredReading(&full)).unwrap()).unwrap();
        assert_eq!(compact, serde_json::to_value(&full).unwrap());
        let mut bare = sample();
        bare.confidence = -0.0;
        let mut unlocated = crate::dedupe::tests::ev();
        (unlocated.latitude, unlocated.longitude) = (None, None);
        unlocated.inter1 = None;
        for e in [full, sample(), bare, unlocated, crate::dedupe::tests::ev()] {
            let json = serde_json::to_string(&StoredReading(&e)).unwrap();
            let back = event_from_json(&json).unwrap();
            assert_eq!(back, e, "{json}");
            assert_eq!(back.confidence.to_bits(), e.confidence.to_bits());
            assert!(json.len() <= serde_json::to_string(&e).unwrap().len());
        }
    }

    #[test]
    fn iso_dates_are_written_as_display_writes_them() {
        let mut d = chrono::NaiveDate::from_ymd_opt(1999, 12, 25).unwrap();
        for _ in 0..800 {
            assert_eq!(iso_date(d), d.to_string());
            d += chrono::Duration::days(17);
        }
        for (y, m, day) in [
            (0, 1, 1),
            (9, 3, 4),
            (999, 10, 31),
            (9999, 12, 31),
            (-1, 6, 1),
            (10000, 1, 1),
        ] {
            let d = chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
            assert_eq!(iso_date(d), d.to_string());
        }
    }

    #[test]
    fn bad_rows_are_errors_not_panics() {
        assert!(event_from_cells(vec![]).is_err());
        let e = sample();
        let mut cells = event_cells(&e).unwrap();
        cells[1] = Cell::Text(Some("not a date".into()));
        assert!(event_from_cells(cells).is_err());
    }
}

#[cfg(test)]
mod layout_tests {
    use super::EVENT_COLUMNS;

    /// The table layout is written out (it is the stored schema and must not move when the record
    /// type does), but it must hold ACLED's columns in ACLED's order, then the extensions the
    /// record exports (evidence lives in the `extra` column).
    #[test]
    fn table_columns_follow_the_record_columns() {
        let acled = cw_record::ACLED_COLUMNS;
        assert_eq!(&EVENT_COLUMNS[..acled.len()], acled);
        let ext: Vec<&str> = cw_record::EXTENSION_COLUMNS
            .iter()
            .copied()
            .filter(|c| *c != "evidence")
            .collect();
        assert_eq!(
            &EVENT_COLUMNS[acled.len()..acled.len() + ext.len()],
            ext.as_slice()
        );
        assert_eq!(EVENT_COLUMNS.last(), Some(&"extra"));
    }
}
