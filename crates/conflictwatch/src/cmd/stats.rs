//! `conflictwatch stats`: events and fatalities by week, admin1 and event type.

use super::events::Filters;
use anyhow::{Context, Result};
use cw_store::Stats;
use std::io::Write;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file, or postgres://… for PostgreSQL.
    #[arg(long, default_value = super::ingest::DEFAULT_DB)]
    pub db: String,
    #[command(flatten)]
    pub filters: Filters,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Three aligned tables.
pub fn write_stats(out: &mut dyn Write, s: &Stats) -> Result<()> {
    let total: u64 = s.by_week.iter().map(|w| w.events).sum();
    let dead: u64 = s.by_week.iter().map(|w| w.fatalities).sum();
    writeln!(out, "{total} events, {dead} fatalities")?;
    writeln!(
        out,
        "\nBy week (starting Monday)\n{:<12} {:>8} {:>10}",
        "week", "events", "fatalities"
    )?;
    for w in &s.by_week {
        writeln!(
            out,
            "{:<12} {:>8} {:>10}",
            w.week.to_string(),
            w.events,
            w.fatalities
        )?;
    }
    let aw = s
        .by_admin1
        .iter()
        .map(|a| a.country.chars().count() + a.admin1.chars().count() + 3)
        .max()
        .unwrap_or(0)
        .max(6);
    writeln!(
        out,
        "\nBy admin1\n{:<aw$} {:>8} {:>10}",
        "admin1", "events", "fatalities"
    )?;
    for a in &s.by_admin1 {
        let name = if a.admin1.is_empty() {
            format!("{} (—)", a.country)
        } else {
            format!("{} / {}", a.country, a.admin1)
        };
        writeln!(out, "{name:<aw$} {:>8} {:>10}", a.events, a.fatalities)?;
    }
    let tw = s
        .by_event_type
        .iter()
        .map(|t| t.event_type.len())
        .max()
        .unwrap_or(0)
        .max(10);
    writeln!(
        out,
        "\nBy event type\n{:<tw$} {:>8} {:>10}",
        "event_type", "events", "fatalities"
    )?;
    for t in &s.by_event_type {
        writeln!(
            out,
            "{:<tw$} {:>8} {:>10}",
            t.event_type, t.events, t.fatalities
        )?;
    }
    Ok(())
}

pub fn run(a: Args) -> Result<ExitCode> {
    super::events::pipe_ok(stats(a))
}

fn stats(a: Args) -> Result<ExitCode> {
    let store = cw_store::open(&a.db).with_context(|| format!("opening the store {}", a.db))?;
    let s = store.stats(&a.filters.query()?)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match a.format {
        Format::Table => write_stats(&mut out, &s)?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &s)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
