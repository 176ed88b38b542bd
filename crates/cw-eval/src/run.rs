//! Running an evaluation: code every gold record's text and tally the scores.

use crate::{GoldRecord, Tally, FIELDS};
use cw_coder::Coder;
use cw_record::Report;
use std::io::{BufRead, Write};
use std::time::Instant;

/// How to run an evaluation.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub limit: Option<usize>,
    pub by_class: bool,
    /// Write each record's misses as JSONL here (outside the repository: it holds gold text).
    pub misses: Option<String>,
    pub json: bool,
    /// Publish each record this many days after its gold event date instead of on its own
    /// `published` day: a news report's condition. ACLED's notes often omit the year and were
    /// uploaded months or years after the event, so a year-less "On October 27" resolves to the
    /// wrong year, and with it the names ACLED gives by date (regimes, renamed groups). Actors
    /// are still named as of the upload day, as the gold is. A diagnostic that reads the gold
    /// date: never a headline figure.
    pub published_after_event: Option<i64>,
}

/// Why a record's actors (loose) were missed: the causes the summary counts.
fn loose_miss_cause(
    coder: &Coder,
    report: &Report,
    g: &crate::Gold,
    best: Option<&cw_record::Event>,
) -> &'static str {
    let Some(e) = best else {
        let doc = coder.annotate(report);
        let placed = doc
            .mentions
            .iter()
            .any(|m| matches!(m.kind, cw_record::MentionKind::Place(_)));
        return if placed {
            "no event coded"
        } else {
            "no event: the text names no known place or country"
        };
    };
    if !e.country.eq_ignore_ascii_case(&g.country) {
        "another country"
    } else if !g
        .event_date
        .starts_with(&e.event_date.format("%Y-").to_string())
    {
        "another year (names by date differ)"
    } else {
        "same country and year, other actors"
    }
}

#[derive(Debug)]
pub enum EvalError {
    Io(String, std::io::Error),
    Parse(String, usize, serde_json::Error),
}

impl std::fmt::Display for EvalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EvalError::Io(p, e) => write!(f, "{p}: {e}"),
            EvalError::Parse(p, n, e) => write!(f, "{p}:{n}: not a gold record: {e}"),
        }
    }
}

impl std::error::Error for EvalError {}

/// Read gold records from a JSONL file.
pub fn read_gold(path: &str, limit: Option<usize>) -> Result<Vec<GoldRecord>, EvalError> {
    let file = std::fs::File::open(path).map_err(|e| EvalError::Io(path.to_string(), e))?;
    let mut records = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| EvalError::Io(path.to_string(), e))?;
        if line.trim().is_empty() {
            continue;
        }
        let r: GoldRecord = serde_json::from_str(&line)
            .map_err(|e| EvalError::Parse(path.to_string(), n + 1, e))?;
        records.push(r);
        if limit.is_some_and(|l| records.len() >= l) {
            break;
        }
    }
    Ok(records)
}

/// Evaluate the coder on a gold file and print the summary to `out`.
pub fn evaluate(
    path: &str,
    o: &Options,
    out: &mut dyn Write,
) -> Result<Tally, Box<dyn std::error::Error>> {
    let records = read_gold(path, o.limit)?;
    let t0 = Instant::now();
    let coder = Coder::new();
    let load = t0.elapsed();
    let mut tally = Tally::default();
    let mut misses = match &o.misses {
        Some(p) => Some(std::io::BufWriter::new(
            std::fs::File::create(p).map_err(|e| EvalError::Io(p.clone(), e))?,
        )),
        None => None,
    };
    let mut loose_misses: std::collections::BTreeMap<&str, usize> = Default::default();
    let mut bytes = 0usize;
    // Coding time alone: the scoring and the diagnostics are not the coder's.
    let mut coding = std::time::Duration::ZERO;
    for r in &records {
        bytes += r.text.len();
        let uploaded = r
            .published
            .as_deref()
            .and_then(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
        let published = match o.published_after_event {
            Some(days) => chrono::NaiveDate::parse_from_str(&r.gold.event_date, "%Y-%m-%d")
                .ok()
                .map(|d| d + chrono::Duration::days(days)),
            None => uploaded,
        };
        // The gold names its actors as ACLED's data did on the upload day, whatever the day
        // the dates resolve against.
        let report = Report {
            id: r.id.clone(),
            text: r.text.clone(),
            published,
            names_as_of: uploaded,
            ..Default::default()
        };
        let t = Instant::now();
        let events = coder.code(&report);
        coding += t.elapsed();
        let best = tally.add(&r.gold, &events);
        let best_event = crate::best_event(&events, &r.gold);
        let loose_right = best
            .as_ref()
            .is_some_and(|s| s.get("actors_loose") == Some(&true));
        if o.by_class && !loose_right {
            *loose_misses
                .entry(loose_miss_cause(&coder, &report, &r.gold, best_event))
                .or_insert(0usize) += 1;
        }
        if let Some(w) = misses.as_mut() {
            let wrong: Vec<&str> = match &best {
                Some(s) => s.iter().filter(|(_, v)| !**v).map(|(k, _)| *k).collect(),
                None => FIELDS.to_vec(),
            };
            if !wrong.is_empty() {
                let line = serde_json::json!({
                    "id": r.id, "wrong": wrong, "events": events.len(), "text": r.text,
                    "ours": best_event, "gold": serde_json::to_value(GoldView::from(&r.gold))?,
                });
                writeln!(w, "{line}")?;
            }
        }
    }
    let secs = coding.as_secs_f64().max(1e-9);
    let n = tally.records.max(1) as f64;
    if o.json {
        let mut acc = serde_json::Map::new();
        for f in FIELDS {
            acc.insert(f.to_string(), serde_json::json!(tally.accuracy(f)));
        }
        acc.insert(
            "detected".into(),
            serde_json::json!(tally.detected as f64 / n),
        );
        acc.insert(
            "assoc_loose".into(),
            serde_json::json!(tally.assoc_correct as f64 / n),
        );
        let one = *tally.events_per_record.get(&1).unwrap_or(&0) as f64 / n;
        acc.insert("one_event_per_record".into(), serde_json::json!(one));
        acc.insert("records".into(), serde_json::json!(tally.records));
        acc.insert(
            "reports_per_second".into(),
            serde_json::json!(tally.records as f64 / secs),
        );
        writeln!(out, "{}", serde_json::Value::Object(acc))?;
        return Ok(tally);
    }
    writeln!(out, "records: {}", tally.records)?;
    writeln!(out, "{:<16} {:>8}", "field", "accuracy")?;
    for f in FIELDS {
        writeln!(out, "{:<16} {:>8.3}", f, tally.accuracy(f))?;
    }
    writeln!(out, "{:<16} {:>8.3}", "detected", tally.detected as f64 / n)?;
    writeln!(
        out,
        "{:<16} {:>8.3}  (extension: associated actors of both sides, as a set, regime years removed)",
        "assoc_loose",
        tally.assoc_correct as f64 / n
    )?;
    writeln!(out, "events per record:")?;
    for (k, v) in &tally.events_per_record {
        writeln!(out, "  {k:>3}: {v:>6} ({:.3})", *v as f64 / n)?;
    }
    writeln!(
        out,
        "throughput: {:.0} reports/s, {:.2} MB/s (coder load {:.0} ms, {} reports in {:.2} s)",
        tally.records as f64 / secs,
        bytes as f64 / secs / 1e6,
        load.as_secs_f64() * 1000.0,
        tally.records,
        secs
    )?;
    if o.by_class {
        writeln!(out, "\nsub_event_type per class:")?;
        writeln!(
            out,
            "{:<40} {:>6} {:>6} {:>6} {:>7}",
            "class", "P", "R", "F1", "support"
        )?;
        for (c, p, r, f, s) in tally.per_class() {
            writeln!(out, "{c:<40} {p:>6.3} {r:>6.3} {f:>6.3} {s:>7}")?;
        }
        writeln!(out, "\nmain confusions (gold -> ours):")?;
        for ((g, p), k) in tally.top_confusions(15) {
            writeln!(out, "  {k:>5}  {g} -> {p}")?;
        }
        writeln!(out, "\nactors_loose misses by cause:")?;
        for (cause, k) in &loose_misses {
            writeln!(out, "  {k:>5}  {cause}")?;
        }
    }
    Ok(tally)
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

impl<'a> From<&'a crate::Gold> for GoldView<'a> {
    fn from(g: &'a crate::Gold) -> Self {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A gold file of one record written for this test: a year-less note uploaded two years
    /// after the event.
    fn gold_file(name: &str) -> std::path::PathBuf {
        let path =
            std::env::temp_dir().join(format!("cw-eval-{}-{name}.jsonl", std::process::id()));
        let line = serde_json::json!({
            "id": "T1",
            "text": "On March 3, unknown gunmen shot dead two herders near Djibo.",
            "published": "2021-05-26",
            "gold": {
                "event_date": "2019-03-03", "event_type": "Violence against civilians",
                "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Burkina Faso)",
                "actor2": "Civilians (Burkina Faso)",
                "actors": ["Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
                "country": "Burkina Faso", "admin1": "Sahel", "admin2": "Soum",
                "location": "Djibo", "latitude": 14.1, "longitude": -1.63, "fatalities": 2
            }
        });
        std::fs::write(&path, format!("{line}\n")).expect("temp file");
        path
    }

    #[test]
    fn publishing_after_the_gold_event_resolves_a_year_less_date_to_its_year() {
        let path = gold_file("year");
        let p = path.to_string_lossy().to_string();
        let mut sink = Vec::new();
        let upload = evaluate(&p, &Options::default(), &mut sink).expect("eval");
        assert_eq!(
            upload.accuracy("event_date"),
            0.0,
            "resolved against the upload day"
        );
        let o = Options {
            published_after_event: Some(2),
            ..Options::default()
        };
        let news = evaluate(&p, &o, &mut sink).expect("eval");
        assert_eq!(news.accuracy("event_date"), 1.0);
        let _ = std::fs::remove_file(path);
    }

    #[test]
    fn the_by_class_summary_counts_actor_misses_by_cause() {
        let path = gold_file("cause");
        let p = path.to_string_lossy().to_string();
        // The gold says Mali where the text says Djibo: the actors miss on the country.
        let text = std::fs::read_to_string(&path)
            .expect("read")
            .replace("(Burkina Faso)", "(Mali)")
            .replace("\"Burkina Faso\"", "\"Mali\"");
        std::fs::write(&path, text).expect("write");
        let mut out = Vec::new();
        let o = Options {
            by_class: true,
            ..Options::default()
        };
        evaluate(&p, &o, &mut out).expect("eval");
        let out = String::from_utf8(out).expect("utf8");
        assert!(out.contains("actors_loose misses by cause:"), "{out}");
        assert!(out.contains("1  another country"), "{out}");
        let _ = std::fs::remove_file(path);
    }
}
