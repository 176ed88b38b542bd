//! Geo accuracy on a gold file in the dev.jsonl format (read at evaluation time only):
//!
//!     cargo run -p cw-geo --release --example geo_eval -- ../shared/eval/acled-dev/dev.jsonl [--show FIELD] [--limit N] [--id ID] [--dump FILE]
//!
//! Each record becomes a one-sentence document; the geo stage annotates it and locates its one
//! event. Prints country / admin1 / admin2 / location / coords_25km / geo_precision accuracy,
//! compared after folding case, accents and punctuation, and the gazetteer load time.
//! `--show FIELD` prints the misses of that field (for the developer's terminal only).

use chrono::NaiveDate;
use cw_geo::Gazetteer;
use cw_record::fold::fold;
use cw_record::{Document, Lang, Report, Span};
use std::time::Instant;

fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or("usage: geo_eval DEV.jsonl [--show FIELD] [--limit N] [--id ID] [--dump FILE]")?;
    let show = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let debug_id = args
        .iter()
        .position(|a| a == "--id")
        .and_then(|i| args.get(i + 1))
        .cloned();
    // `--dump FILE`: one JSON line per record (id, what was found, each place mention's why),
    // for analysis outside the repository.
    let mut dump = match args.iter().position(|a| a == "--dump") {
        Some(i) => Some(std::io::BufWriter::new(std::fs::File::create(
            args.get(i + 1).ok_or("--dump needs a file")?,
        )?)),
        None => None,
    };
    let limit: usize = args
        .iter()
        .position(|a| a == "--limit")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);

    let t = Instant::now();
    let g = Gazetteer::embedded();
    let load_ms = t.elapsed().as_secs_f64() * 1000.0;

    let fields = [
        "country",
        "admin1",
        "admin2",
        "location",
        "coords_25km",
        "geo_precision",
    ];
    let mut hits = [0usize; 6];
    let mut n = 0usize;
    let t = Instant::now();
    for line in std::fs::read_to_string(path)?.lines().take(limit) {
        let r: serde_json::Value = serde_json::from_str(line)?;
        let text = r["text"].as_str().unwrap_or("").to_string();
        let gold = &r["gold"];
        let published = r["published"]
            .as_str()
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
            .unwrap_or_default();
        let report = Report {
            id: r["id"].as_str().unwrap_or("").into(),
            text: text.clone(),
            ..Default::default()
        };
        let mut doc = Document::new(&report, published, Lang::En);
        doc.sentences = vec![Span::new(0, text.len())];
        doc.paragraph_of = vec![0];
        g.annotate(&mut doc);
        let loc = g.locate(&doc, 0..1);
        if debug_id
            .as_deref()
            .is_some_and(|d| r["id"].as_str() == Some(d))
        {
            println!("focus {:?}", g.focus_country(&doc));
            for m in &doc.mentions {
                if let cw_record::MentionKind::Place(p) = &m.kind {
                    println!(
                        "{:?} {:?} {:?} {}",
                        doc.slice(m.span),
                        p.cue,
                        p.place.kind,
                        p.why
                    );
                }
            }
            println!("{loc:?}");
        }
        n += 1;
        let gs = |k: &str| fold(gold[k].as_str().unwrap_or(""));
        let (country, a1, a2, name, prec, coords) = match &loc {
            Some(l) => (
                fold(&l.place.country),
                fold(l.place.admin1.as_deref().unwrap_or("")),
                fold(l.place.admin2.as_deref().unwrap_or("")),
                if l.country_only {
                    String::new()
                } else {
                    fold(&l.place.name)
                },
                l.precision as i64,
                l.place.latitude.zip(l.place.longitude),
            ),
            None => Default::default(),
        };
        let gp = (
            gold["latitude"].as_f64().unwrap_or(0.0),
            gold["longitude"].as_f64().unwrap_or(0.0),
        );
        let ok = [
            country == gs("country"),
            a1 == gs("admin1"),
            a2 == gs("admin2"),
            name == gs("location"),
            coords.is_some_and(|c| haversine_km(c, gp) <= 25.0),
            prec == gold["geo_precision"].as_i64().unwrap_or(-1),
        ];
        if let Some(w) = dump.as_mut() {
            use std::io::Write;
            let mentions: Vec<serde_json::Value> = doc
                .mentions
                .iter()
                .filter_map(|m| match &m.kind {
                    cw_record::MentionKind::Place(p) => Some(serde_json::json!({
                        "text": doc.slice(m.span),
                        "cue": format!("{:?}", p.cue),
                        "kind": format!("{:?}", p.place.kind),
                        "why": p.why,
                    })),
                    _ => None,
                })
                .collect();
            let got = loc.as_ref().map(|l| {
                serde_json::json!({
                    "country": l.place.country,
                    "admin1": l.place.admin1,
                    "admin2": l.place.admin2,
                    "location": l.place.name,
                    "kind": format!("{:?}", l.place.kind),
                    "geonameid": l.place.geonameid,
                    "latitude": l.place.latitude,
                    "longitude": l.place.longitude,
                    "precision": l.precision as i64,
                    "country_only": l.country_only,
                })
            });
            let line = serde_json::json!({
                "id": r["id"],
                "ok": fields.iter().zip(ok).map(|(f, o)| (f.to_string(), serde_json::Value::Bool(o))).collect::<serde_json::Map<_, _>>(),
                "got": got,
                "mentions": mentions,
            });
            writeln!(w, "{line}")?;
        }
        for (h, o) in hits.iter_mut().zip(ok) {
            *h += o as usize;
        }
        if let Some(f) = &show {
            if let Some(i) = fields.iter().position(|x| x == f) {
                if !ok[i] {
                    println!(
                        "--- {}\n{}\n gold: {} / {} / {} / {} p{}\n  got: {} / {} / {} / {} p{}",
                        r["id"],
                        text,
                        gs("country"),
                        gs("admin1"),
                        gs("admin2"),
                        gs("location"),
                        gold["geo_precision"],
                        country,
                        a1,
                        a2,
                        name,
                        prec
                    );
                }
            }
        }
    }
    let per_ms = t.elapsed().as_secs_f64() * 1000.0 / n.max(1) as f64;
    println!("records: {n}  gazetteer load: {load_ms:.0} ms  geo stage: {per_ms:.3} ms/record");
    for (f, h) in fields.iter().zip(hits) {
        println!("{f:>14}: {:.3}", h as f64 / n.max(1) as f64);
    }
    Ok(())
}
