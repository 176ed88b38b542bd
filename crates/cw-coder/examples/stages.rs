//! Time each pipeline stage over a JSONL file of reports ({"id","text","published"?}) or text files:
//! `cargo run --release -p cw-coder --example stages -- FILE...`. A profiling aid.

use cw_record::Report;
use std::time::{Duration, Instant};

fn main() {
    let mut reports = Vec::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if path.ends_with(".jsonl") {
            for line in text.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    let t = v
                        .get("text")
                        .and_then(|t| t.as_str())
                        .unwrap_or("")
                        .to_string();
                    let p = v
                        .get("published")
                        .and_then(|t| t.as_str())
                        .and_then(|p| chrono::NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
                    reports.push(Report {
                        id: String::new(),
                        text: t,
                        published: p,
                        ..Default::default()
                    });
                }
            }
        } else {
            reports.push(Report {
                id: path,
                text,
                published: chrono::NaiveDate::from_ymd_opt(2025, 6, 30),
                ..Default::default()
            });
        }
    }
    let text = cw_text::TextStage::new();
    let geo = cw_geo::Gazetteer::embedded();
    let actors = cw_actors::ActorDictionary::embedded();
    let (mut t_text, mut t_geo, mut t_act, mut t_rest) = (
        Duration::ZERO,
        Duration::ZERO,
        Duration::ZERO,
        Duration::ZERO,
    );
    for r in &reports {
        let p = r.published.unwrap_or_default();
        let t = Instant::now();
        let mut doc = text.annotate(r, p);
        t_text += t.elapsed();
        let t = Instant::now();
        geo.annotate(&mut doc);
        t_geo += t.elapsed();
        let t = Instant::now();
        actors.annotate(&mut doc);
        t_act += t.elapsed();
        let t = Instant::now();
        let _ = cw_coder::assemble::events(&doc, geo, actors, r);
        t_rest += t.elapsed();
    }
    println!(
        "{} reports: text {:?}, geo {:?}, actors {:?}, frames..assembly {:?}",
        reports.len(),
        t_text,
        t_geo,
        t_act,
        t_rest
    );
}
