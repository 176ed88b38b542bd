//! `conflictwatch extract`: code one report (file or stdin) or a JSONL batch into events.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use cw_coder::Coder;
use cw_record::{Event, Report, ACLED_COLUMNS, EXTENSION_COLUMNS};
use serde::Deserialize;
use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

#[derive(Clone, Copy, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Json,
    Jsonl,
    Csv,
    Table,
}

#[derive(clap::Args)]
pub struct Args {
    /// The report: a text file, or - for standard input.
    pub file: Option<String>,
    /// A batch: JSONL with {"id", "text", "published"?, "source"?, "url"?, "title"?, "country"?} per line.
    #[arg(long, conflicts_with = "file")]
    pub input: Option<String>,
    /// Publication date (YYYY-MM-DD); relative dates resolve against it. Defaults to today.
    #[arg(long)]
    pub published: Option<String>,
    /// Name actors as ACLED's data does on this day (YYYY-MM-DD; default: each report's
    /// publication date). ACLED renames groups and closes regime periods retroactively: an
    /// archive coded with today's date lines up with a download of ACLED's data made today.
    #[arg(long, value_parser = parse_names_as_of)]
    pub names_as_of: Option<NaiveDate>,
    /// Source name recorded in the events' `source` field.
    #[arg(long)]
    pub source: Option<String>,
    /// The country the source covers (ISO code or name, e.g. BF or "Burkina Faso"): the country
    /// of events whose text names none, and a vote where a place name is shared by countries.
    #[arg(long, value_parser = parse_country)]
    pub country: Option<String>,
    /// Output format (default: table on a terminal for one report, json otherwise; jsonl for batches).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write numeric inter and interaction codes (ACLED's `inter_num=1`) in csv and table output.
    #[arg(long)]
    pub inter_numeric: bool,
}

/// One line of a batch (also what `ingest` reads from .jsonl files).
#[derive(Deserialize)]
pub struct BatchLine {
    pub id: Option<serde_json::Value>,
    pub text: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub country: Option<String>,
}

/// A country given by ISO alpha-2 code or name, as its ISO code.
pub fn parse_country(s: &str) -> Result<String, String> {
    let t = s.trim();
    cw_geo::country(t)
        .or_else(|| cw_geo::country_by_name(t))
        .map(|c| c.iso2.clone())
        .ok_or_else(|| {
            format!("{s:?} is not a country this coder knows (give an ISO code like BF, or a name)")
        })
}

fn parse_names_as_of(s: &str) -> Result<NaiveDate, String> {
    parse_date(s, "--names-as-of").map_err(|e| format!("{e:#}"))
}

pub fn parse_date(s: &str, what: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .with_context(|| format!("{what}: {s:?} is not a date in the form YYYY-MM-DD"))
}

pub fn run(a: Args) -> Result<ExitCode> {
    let coder = Coder::new();
    if let Some(path) = &a.input {
        return batch(&coder, path, &a);
    }
    let Some(file) = a.file.as_deref() else {
        bail!("extract needs a report file (or - for stdin), or --input REPORTS.jsonl");
    };
    let bytes = if file == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .context("reading the report from standard input")?;
        b
    } else {
        std::fs::read(file).with_context(|| format!("cannot read report {file}"))?
    };
    let published = match &a.published {
        Some(p) => parse_date(p, "--published")?,
        None => {
            let today = chrono::Utc::now().date_naive();
            eprintln!(
                "note: no --published date given; resolving relative dates against today ({today})"
            );
            today
        }
    };
    let id = if file == "-" {
        "stdin".to_string()
    } else {
        std::path::Path::new(file)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let report = Report {
        id,
        text: String::from_utf8_lossy(&bytes).into_owned(),
        published: Some(published),
        source: a.source.clone(),
        url: None,
        title: None,
        country: a.country.clone(),
        names_as_of: a.names_as_of,
    };
    let events = coder.code(&report);
    let format = a
        .format
        .unwrap_or(if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            Format::Table
        } else {
            Format::Json
        });
    let mut out = std::io::stdout().lock();
    write_events(&mut out, &events, format, a.inter_numeric, true)?;
    Ok(ExitCode::SUCCESS)
}

fn batch(coder: &Coder, path: &str, a: &Args) -> Result<ExitCode> {
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(path).with_context(|| format!("cannot open batch {path}"))?,
        ))
    };
    let format = a.format.unwrap_or(Format::Jsonl);
    let default_published = match &a.published {
        Some(p) => Some(parse_date(p, "--published")?),
        None => None,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut skipped = 0usize;
    let mut all = Vec::new();
    let mut header = true;
    for (n, line) in reader.split(b'\n').enumerate() {
        let lineno = n + 1;
        let line = line.with_context(|| format!("{path}: reading line {lineno}"))?;
        let line = String::from_utf8_lossy(&line);
        if line.trim().is_empty() {
            continue;
        }
        let parsed: BatchLine = match serde_json::from_str(&line) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{path}:{lineno}: skipped: not valid JSON ({e})");
                skipped += 1;
                continue;
            }
        };
        let (Some(id), Some(text)) = (parsed.id, parsed.text) else {
            eprintln!("{path}:{lineno}: skipped: a line needs \"id\" and \"text\"");
            skipped += 1;
            continue;
        };
        let id = match id {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        let published = match parsed.published.as_deref() {
            Some(p) => match parse_date(p, "published") {
                Ok(d) => Some(d),
                Err(e) => {
                    eprintln!("{path}:{lineno}: skipped: {e:#}");
                    skipped += 1;
                    continue;
                }
            },
            None => default_published,
        };
        let country = match parsed.country.as_deref().map(parse_country) {
            Some(Ok(c)) => Some(c),
            Some(Err(e)) => {
                eprintln!("{path}:{lineno}: skipped: country: {e}");
                skipped += 1;
                continue;
            }
            None => a.country.clone(),
        };
        let report = Report {
            id,
            text,
            published,
            source: parsed.source.or_else(|| a.source.clone()),
            url: parsed.url,
            title: parsed.title,
            country,
            names_as_of: a.names_as_of,
        };
        let events = coder.code(&report);
        match format {
            Format::Json | Format::Table => all.extend(events),
            _ => {
                write_events(&mut out, &events, format, a.inter_numeric, header)?;
                header = false;
            }
        }
    }
    if matches!(format, Format::Json | Format::Table) {
        write_events(&mut out, &all, format, a.inter_numeric, true)?;
    }
    out.flush()?;
    if skipped > 0 {
        eprintln!("{skipped} line(s) skipped");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Write events in a format. `header` writes the CSV header.
pub fn write_events(
    out: &mut dyn Write,
    events: &[Event],
    format: Format,
    inter_numeric: bool,
    header: bool,
) -> Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, events)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for e in events {
                serde_json::to_writer(&mut *out, e)?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let mut w = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut *out);
            let cols: Vec<&str> = ACLED_COLUMNS
                .iter()
                .chain(EXTENSION_COLUMNS)
                .copied()
                .collect();
            if header {
                w.write_record(&cols)?;
            }
            for e in events {
                w.write_record(cols.iter().map(|c| e.column(c, inter_numeric)))?;
            }
            w.flush()?;
        }
        Format::Table => write_table(out, events, inter_numeric)?,
    }
    Ok(())
}

/// One row per event, aligned, for people.
fn write_table(out: &mut dyn Write, events: &[Event], inter_numeric: bool) -> Result<()> {
    if events.is_empty() {
        writeln!(out, "no events coded")?;
        return Ok(());
    }
    let cols = [
        "event_date",
        "sub_event_type",
        "actor1",
        "actor2",
        "admin1",
        "location",
        "geo_precision",
        "fatalities",
    ];
    let rows: Vec<Vec<String>> = events
        .iter()
        .map(|e| {
            cols.iter()
                .map(|c| {
                    let v = e.column(c, inter_numeric);
                    if *c == "location" && e.country_only {
                        format!("(unknown, {})", e.country)
                    } else {
                        v
                    }
                })
                .collect()
        })
        .collect();
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([cols[i].len()])
            .max()
            .unwrap_or(0)
            .min(48)
    };
    let widths: Vec<usize> = (0..cols.len()).map(width).collect();
    let cell = |s: &str, w: usize| {
        let s: String = if s.chars().count() > w {
            s.chars().take(w - 1).chain(['…']).collect()
        } else {
            s.to_string()
        };
        format!("{s:<w$}")
    };
    let line: Vec<String> = cols.iter().zip(&widths).map(|(c, w)| cell(c, *w)).collect();
    writeln!(out, "{}", line.join("  ").trim_end())?;
    for r in &rows {
        let line: Vec<String> = r.iter().zip(&widths).map(|(c, w)| cell(c, *w)).collect();
        writeln!(out, "{}", line.join("  ").trim_end())?;
    }
    for (i, e) in events.iter().enumerate() {
        writeln!(out, "\n[{}] {}", i + 1, e.notes)?;
    }
    Ok(())
}
