//! `conflictwatch eval GOLD.jsonl`: per-field accuracy, events per record, per-class scores for
//! sub_event_type, the main confusions, and throughput. The gold file is read at evaluation
//! time from the path given; nothing of it is kept.

use anyhow::{Context, Result};
use cw_coder::Coder;
use cw_eval::{GoldRecord, Tally, FIELDS};
use cw_record::Report;
use std::io::BufRead;
use std::process::ExitCode;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    /// Gold records: JSONL with id, text, published, gold (see ../shared/README.md).
    pub gold: String,
    /// Score only the first N records.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Print per-class precision / recall / F1 for sub_event_type and the main confusions.
    #[arg(long)]
    pub by_class: bool,
    /// Write each record's misses (id, field, gold, ours) as JSONL to this file, for error analysis.
    #[arg(long)]
    pub misses: Option<String>,
    /// Output the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(a: Args) -> Result<ExitCode> {
    let file = std::fs::File::open(&a.gold).with_context(|| format!("cannot open gold file {}", a.gold))?;
    let mut records = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("{}: reading line {}", a.gold, n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let r: GoldRecord = serde_json::from_str(&line).with_context(|| format!("{}:{}: not a gold record", a.gold, n + 1))?;
        records.push(r);
        if a.limit.is_some_and(|l| records.len() >= l) {
            break;
        }
    }
    let t0 = Instant::now();
    let coder = Coder::new();
    let load = t0.elapsed();
    let mut tally = Tally::default();
    let mut misses = match &a.misses {
        Some(p) => Some(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| format!("cannot write {p}"))?)),
        None => None,
    };
    let mut bytes = 0usize;
    let start = Instant::now();
    for r in &records {
        bytes += r.text.len();
        let published = r.published.as_deref().and_then(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
        let report = Report { id: r.id.clone(), text: r.text.clone(), published, ..Default::default() };
        let events = coder.code(&report);
        let best = tally.add(&r.gold, &events);
        if let Some(w) = misses.as_mut() {
            use std::io::Write;
            let best_event = events.iter().max_by_key(|e| cw_eval::score(e, &r.gold).values().filter(|v| **v).count());
            let wrong: Vec<&str> = match &best {
                Some(s) => s.iter().filter(|(_, v)| !**v).map(|(k, _)| *k).collect(),
                None => FIELDS.to_vec(),
            };
            if !wrong.is_empty() {
                let line = serde_json::json!({
                    "id": r.id, "wrong": wrong, "events": events.len(), "text": r.text,
                    "ours": best_event, "gold": serde_json::to_value(&GoldView::from(&r.gold))?,
                });
                writeln!(w, "{line}")?;
            }
        }
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    let n = tally.records.max(1) as f64;
    if a.json {
        let mut acc = serde_json::Map::new();
        for f in FIELDS {
            acc.insert(f.to_string(), serde_json::json!(tally.accuracy(f)));
        }
        acc.insert("detected".into(), serde_json::json!(tally.detected as f64 / n));
        let one = *tally.events_per_record.get(&1).unwrap_or(&0) as f64 / n;
        acc.insert("one_event_per_record".into(), serde_json::json!(one));
        acc.insert("records".into(), serde_json::json!(tally.records));
        acc.insert("reports_per_second".into(), serde_json::json!(tally.records as f64 / secs));
        println!("{}", serde_json::Value::Object(acc));
        return Ok(ExitCode::SUCCESS);
    }
    println!("records: {}", tally.records);
    println!("{:<16} {:>8}", "field", "accuracy");
    for f in FIELDS {
        println!("{:<16} {:>8.3}", f, tally.accuracy(f));
    }
    println!("{:<16} {:>8.3}", "detected", tally.detected as f64 / n);
    println!("events per record:");
    for (k, v) in &tally.events_per_record {
        println!("  {k:>3}: {v:>6} ({:.3})", *v as f64 / n);
    }
    println!(
        "throughput: {:.0} reports/s, {:.2} MB/s (coder load {:.0} ms, {} reports in {:.2} s)",
        tally.records as f64 / secs,
        bytes as f64 / secs / 1e6,
        load.as_secs_f64() * 1000.0,
        tally.records,
        secs
    );
    if a.by_class {
        println!("\nsub_event_type per class:");
        println!("{:<40} {:>6} {:>6} {:>6} {:>7}", "class", "P", "R", "F1", "support");
        for (c, p, r, f, s) in tally.per_class() {
            println!("{c:<40} {p:>6.3} {r:>6.3} {f:>6.3} {s:>7}");
        }
        println!("\nmain confusions (gold -> ours):");
        for ((g, p), k) in tally.top_confusions(15) {
            println!("  {k:>5}  {g} -> {p}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Serialize)]
struct GoldView<'a> {
    event_date: &'a str,
    sub_event_type: &'a str,
    actors: &'a [String],
    country: &'a str,
    admin1: &'a str,
    admin2: &'a str,
    location: &'a str,
    fatalities: u64,
}

impl<'a> From<&'a cw_eval::Gold> for GoldView<'a> {
    fn from(g: &'a cw_eval::Gold) -> Self {
        GoldView {
            event_date: &g.event_date,
            sub_event_type: &g.sub_event_type,
            actors: &g.actors,
            country: &g.country,
            admin1: &g.admin1,
            admin2: &g.admin2,
            location: &g.location,
            fatalities: g.fatalities,
        }
    }
}
