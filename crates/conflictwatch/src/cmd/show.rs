//! `conflictwatch show EVENT_ID`: one stored event and every report's own reading of it.

use anyhow::{Context, Result};
use cw_record::Event;
use cw_store::EventDetail;
use std::io::Write;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// The event id, e.g. NIR12.
    pub event_id: String,
    /// The store: a SQLite file, or postgres://… for PostgreSQL.
    #[arg(long, default_value = super::ingest::DEFAULT_DB)]
    pub db: String,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Print each report's full text (default: the first 600 characters).
    #[arg(long)]
    pub full: bool,
}

fn describe(out: &mut dyn Write, e: &Event, indent: &str) -> Result<()> {
    let place = if e.country_only {
        format!("(somewhere in {})", e.country)
    } else {
        [&e.location, &e.admin2, &e.admin1, &e.country]
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let coords = match (e.latitude, e.longitude) {
        (Some(la), Some(lo)) => format!(" ({la:.4}, {lo:.4})"),
        _ => String::new(),
    };
    writeln!(
        out,
        "{indent}date        {} (time precision {})",
        e.event_date,
        e.time_precision.code()
    )?;
    writeln!(
        out,
        "{indent}type        {} / {}",
        e.event_type, e.sub_event_type
    )?;
    writeln!(out, "{indent}actor1      {}", e.column("actor1", false))?;
    if !e.assoc_actor_1.is_empty() {
        writeln!(out, "{indent}assoc 1     {}", e.assoc_actor_1)?;
    }
    writeln!(out, "{indent}actor2      {}", e.column("actor2", false))?;
    if !e.assoc_actor_2.is_empty() {
        writeln!(out, "{indent}assoc 2     {}", e.assoc_actor_2)?;
    }
    writeln!(
        out,
        "{indent}place       {place}{coords} (geo precision {})",
        e.geo_precision.code()
    )?;
    let range = e
        .fatalities_range
        .map(|r| format!(" (range {}-{})", r.low, r.high))
        .unwrap_or_default();
    writeln!(out, "{indent}fatalities  {}{range}", e.fatalities)?;
    if !e.source.is_empty() {
        writeln!(out, "{indent}source      {}", e.source)?;
    }
    if !e.notes.is_empty() {
        writeln!(out, "{indent}notes       {}", e.notes)?;
    }
    Ok(())
}

pub fn write_detail(out: &mut dyn Write, d: &EventDetail, full: bool) -> Result<()> {
    let id = d.event.event_id_cnty.as_deref().unwrap_or("?");
    writeln!(
        out,
        "{id}  ({} source report{})",
        d.sources.len(),
        if d.sources.len() == 1 { "" } else { "s" }
    )?;
    describe(out, &d.event, "  ")?;
    for (i, s) in d.sources.iter().enumerate() {
        writeln!(out, "\n[{}] report {}", i + 1, s.report_id)?;
        for (k, v) in [("title", &s.title), ("source", &s.source), ("url", &s.url)] {
            if let Some(v) = v {
                writeln!(out, "    {k:<11} {v}")?;
            }
        }
        if let Some(p) = s.published {
            writeln!(out, "    published   {p}")?;
        }
        writeln!(out, "    this report's reading:")?;
        describe(out, &s.event, "      ")?;
        let text: String = if full || s.text.chars().count() <= 600 {
            s.text.clone()
        } else {
            s.text.chars().take(600).chain("…".chars()).collect()
        };
        writeln!(out, "    text:")?;
        for line in text.lines() {
            writeln!(out, "      {line}")?;
        }
    }
    Ok(())
}

pub fn run(a: Args) -> Result<ExitCode> {
    super::events::pipe_ok(show(a))
}

fn show(a: Args) -> Result<ExitCode> {
    let store = cw_store::open(&a.db).with_context(|| format!("opening the store {}", a.db))?;
    let Some(d) = store.get(a.event_id.trim())? else {
        eprintln!("no event {} in {}", a.event_id, a.db);
        return Ok(ExitCode::from(1));
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match a.format {
        Format::Text => write_detail(&mut out, &d, a.full)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &d)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
