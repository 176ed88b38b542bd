//! `conflictwatch events`: list stored events with filters, as a table, CSV, JSON or GeoJSON.
//! Also the filter flags and writers shared by `export` and `stats`.

use anyhow::{Context, Result};
use cw_record::{Event, ACLED_COLUMNS, EXTENSION_COLUMNS};
use cw_store::{Op, Query};
use std::io::Write;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
    Geojson,
}

/// Filters shared by `events`, `export` and `stats`. Several values: separate them with `|`.
#[derive(clap::Args, Debug, Default, Clone)]
pub struct Filters {
    /// Country (exact, case-insensitive), e.g. "Niger" or "Mali|Niger".
    #[arg(long)]
    pub country: Option<String>,
    /// Admin1 (exact, case-insensitive).
    #[arg(long)]
    pub admin1: Option<String>,
    /// Event type (substring, case-insensitive), e.g. "Battles".
    #[arg(long)]
    pub event_type: Option<String>,
    /// Sub-event type (substring, case-insensitive), e.g. "Armed clash".
    #[arg(long)]
    pub sub_event_type: Option<String>,
    /// Any actor (actor1, actor2 or associated actors; substring, case-insensitive).
    #[arg(long)]
    pub actor: Option<String>,
    /// First event date (YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub from: Option<String>,
    /// Last event date (YYYY-MM-DD), inclusive.
    #[arg(long)]
    pub to: Option<String>,
    /// At least this many fatalities.
    #[arg(long)]
    pub min_fatalities: Option<u64>,
}

impl Filters {
    /// The store query for these filters (dates are checked here, with the flag's name).
    pub fn query(&self) -> Result<Query> {
        let mut q = Query::new();
        let split = |v: &str| v.split('|').map(str::to_string).collect::<Vec<_>>();
        let mut add = |field: &str, op: Op, v: &Option<String>| {
            if let Some(v) = v {
                q.conditions.push(cw_store::Condition {
                    field: field.into(),
                    op,
                    values: split(v),
                });
            }
        };
        add("country", Op::Eq, &self.country);
        add("admin1", Op::Eq, &self.admin1);
        add("event_type", Op::Like, &self.event_type);
        add("sub_event_type", Op::Like, &self.sub_event_type);
        add("actor", Op::Like, &self.actor);
        for (flag, v, op) in [("--from", &self.from, Op::Ge), ("--to", &self.to, Op::Le)] {
            if let Some(v) = v {
                let d = super::extract::parse_date(v, flag)?;
                q = q.filter("event_date", op, &[&d.to_string()]);
            }
        }
        if let Some(n) = self.min_fatalities {
            q = q.filter("fatalities", Op::Ge, &[&n.to_string()]);
        }
        Ok(q)
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file, or postgres://… for PostgreSQL.
    #[arg(long, default_value = super::ingest::DEFAULT_DB)]
    pub db: String,
    #[command(flatten)]
    pub filters: Filters,
    /// At most this many events (newest first). Default: 100 for the table, all otherwise.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Skip this many events first (paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Numeric inter and interaction codes (ACLED's `inter_num=1`) in table and CSV output.
    #[arg(long)]
    pub inter_numeric: bool,
}

/// The CSV columns: ACLED's order, then the extensions.
pub fn csv_columns() -> Vec<&'static str> {
    ACLED_COLUMNS
        .iter()
        .chain(EXTENSION_COLUMNS)
        .copied()
        .collect()
}

pub fn write_csv(
    out: &mut dyn Write,
    events: &[Event],
    inter_numeric: bool,
    header: bool,
) -> Result<()> {
    let cols = csv_columns();
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out);
    if header {
        w.write_record(&cols)?;
    }
    for e in events {
        w.write_record(cols.iter().map(|c| e.column(c, inter_numeric)))?;
    }
    w.flush()?;
    Ok(())
}

/// One GeoJSON feature: the point (lon, lat) and the event as properties.
pub fn feature(e: &Event) -> serde_json::Value {
    let geometry = match (e.longitude, e.latitude) {
        (Some(lon), Some(lat)) => serde_json::json!({"type": "Point", "coordinates": [lon, lat]}),
        _ => serde_json::Value::Null,
    };
    let properties = serde_json::to_value(e).unwrap_or(serde_json::Value::Null);
    serde_json::json!({"type": "Feature", "id": e.event_id_cnty, "geometry": geometry, "properties": properties})
}

pub fn write_table(out: &mut dyn Write, events: &[Event], inter_numeric: bool) -> Result<()> {
    let cols = [
        "event_id_cnty",
        "event_date",
        "sub_event_type",
        "actor1",
        "actor2",
        "country",
        "admin1",
        "location",
        "fatalities",
        "source",
    ];
    let rows: Vec<Vec<String>> = events
        .iter()
        .map(|e| cols.iter().map(|c| e.column(c, inter_numeric)).collect())
        .collect();
    let widths: Vec<usize> = (0..cols.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([cols[i].len()])
                .max()
                .unwrap_or(0)
                .min(36)
        })
        .collect();
    let cell = |s: &str, w: usize| {
        let s: String = if s.chars().count() > w {
            s.chars().take(w.saturating_sub(1)).chain(['…']).collect()
        } else {
            s.to_string()
        };
        format!("{s:<w$}")
    };
    let line = |r: &[String]| {
        r.iter()
            .zip(&widths)
            .map(|(c, w)| cell(c, *w))
            .collect::<Vec<_>>()
            .join("  ")
    };
    writeln!(
        out,
        "{}",
        line(&cols.iter().map(|c| c.to_string()).collect::<Vec<_>>()).trim_end()
    )?;
    for r in &rows {
        writeln!(out, "{}", line(r).trim_end())?;
    }
    Ok(())
}

/// Write events in a format (whole document: CSV header, JSON array, GeoJSON collection).
pub fn write_events(
    out: &mut dyn Write,
    events: &[Event],
    format: Format,
    inter_numeric: bool,
) -> Result<()> {
    match format {
        Format::Table => write_table(out, events, inter_numeric)?,
        Format::Csv => write_csv(out, events, inter_numeric, true)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, events)?;
            writeln!(out)?;
        }
        Format::Geojson => {
            let features: Vec<serde_json::Value> = events.iter().map(feature).collect();
            serde_json::to_writer(
                &mut *out,
                &serde_json::json!({"type": "FeatureCollection", "features": features}),
            )?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// A closed pipe (`| head`) is the reader saying "enough", not a failure.
pub fn pipe_ok(r: Result<ExitCode>) -> Result<ExitCode> {
    match r {
        Err(e) if e.chain().any(|c| {
            c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                || c.downcast_ref::<csv::Error>().is_some_and(|ce| matches!(ce.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe))
                || c.downcast_ref::<serde_json::Error>().and_then(|je| je.io_error_kind()) == Some(std::io::ErrorKind::BrokenPipe)
        }) =>
        {
            Ok(ExitCode::SUCCESS)
        }
        other => other,
    }
}

pub fn run(a: Args) -> Result<ExitCode> {
    pipe_ok(list(a))
}

fn list(a: Args) -> Result<ExitCode> {
    let store = cw_store::open(&a.db).with_context(|| format!("opening the store {}", a.db))?;
    let mut q = a.filters.query()?;
    q.limit = a.limit.or(if a.format == Format::Table {
        Some(100)
    } else {
        None
    });
    q.offset = a.offset;
    let events = store.query(&q)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_events(&mut out, &events, a.format, a.inter_numeric)?;
    if a.format == Format::Table {
        let total = store.count(&q)?;
        if (events.len() as u64) < total {
            writeln!(
                out,
                "({} of {total} events shown; use --limit / --offset)",
                events.len()
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_become_store_conditions() {
        let f = Filters {
            country: Some("Mali|Niger".into()),
            actor: Some("JNIM".into()),
            from: Some("2025-01-01".into()),
            min_fatalities: Some(3),
            ..Filters::default()
        };
        let q = f.query().unwrap();
        assert_eq!(q.conditions.len(), 4);
        assert_eq!(q.conditions[0].values, vec!["Mali", "Niger"]);
        assert_eq!(q.conditions[0].op, Op::Eq);
        assert_eq!(q.conditions[1].field, "actor");
        assert_eq!(
            (q.conditions[2].field.as_str(), q.conditions[2].op),
            ("event_date", Op::Ge)
        );
        assert!(Filters {
            to: Some("March".into()),
            ..Filters::default()
        }
        .query()
        .is_err());
    }

    #[test]
    fn csv_header_is_acled_order_then_extensions() {
        let cols = csv_columns();
        assert_eq!(cols[0], "event_id_cnty");
        assert_eq!(cols[ACLED_COLUMNS.len()], "article_id");
        assert_eq!(cols.len(), ACLED_COLUMNS.len() + EXTENSION_COLUMNS.len());
    }
}
