//! `conflictwatch export`: every stored event (or a filtered set) as CSV in ACLED's column
//! order, JSON or GeoJSON, written page by page so that large stores stream.

use super::events::{feature, write_csv, Filters};
use anyhow::{Context, Result};
use std::io::Write;
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Geojson,
}

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file, or postgres://… for PostgreSQL.
    #[arg(long, default_value = super::ingest::DEFAULT_DB)]
    pub db: String,
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<String>,
    #[command(flatten)]
    pub filters: Filters,
    /// Numeric inter and interaction codes (ACLED's `inter_num=1`) in CSV.
    #[arg(long)]
    pub inter_numeric: bool,
}

/// Events per page read from the store.
const PAGE: usize = 10_000;

pub fn run(a: Args) -> Result<ExitCode> {
    super::events::pipe_ok(export(a))
}

fn export(a: Args) -> Result<ExitCode> {
    let store = cw_store::open(&a.db).with_context(|| format!("opening the store {}", a.db))?;
    let base = a.filters.query()?;
    let sink: Box<dyn Write> = match &a.output {
        Some(p) => {
            Box::new(std::fs::File::create(p).with_context(|| format!("cannot create {p}"))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(sink);
    match a.format {
        Format::Json => write!(out, "[")?,
        Format::Geojson => write!(out, "{{\"type\":\"FeatureCollection\",\"features\":[")?,
        Format::Csv => {}
    }
    let mut offset = 0;
    let mut first = true;
    loop {
        let mut q = base.clone();
        q.limit = Some(PAGE);
        q.offset = offset;
        let page = store.query(&q)?;
        match a.format {
            Format::Csv => write_csv(&mut out, &page, a.inter_numeric, offset == 0)?,
            Format::Json | Format::Geojson => {
                for e in &page {
                    if !first {
                        write!(out, ",")?;
                    }
                    first = false;
                    writeln!(out)?;
                    if a.format == Format::Json {
                        serde_json::to_writer(&mut out, e)?;
                    } else {
                        serde_json::to_writer(&mut out, &feature(e))?;
                    }
                }
            }
        }
        offset += page.len();
        if page.len() < PAGE {
            break;
        }
    }
    match a.format {
        Format::Json => writeln!(out, "\n]")?,
        Format::Geojson => writeln!(out, "\n]}}")?,
        Format::Csv => {}
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
