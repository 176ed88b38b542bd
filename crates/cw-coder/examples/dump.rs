//! Print a report's annotations, frames and events: `cargo run -p cw-coder --example dump -- FILE [YYYY-MM-DD]`
//! (or `-` to read stdin). A debugging aid for the pipeline.

use cw_coder::Coder;
use cw_record::Report;
use std::io::Read;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "-".into());
    let mut text = String::new();
    if path == "-" {
        let _ = std::io::stdin().read_to_string(&mut text);
    } else {
        text = std::fs::read_to_string(&path).unwrap_or_default();
    }
    let published = args
        .next()
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    let coder = Coder::new();
    let report = Report {
        id: "dump".into(),
        text,
        published,
        ..Default::default()
    };
    let doc = coder.annotate(&report);
    for (i, s) in doc.sentences.iter().enumerate() {
        println!("S{i} [p{}] {}", doc.paragraph_of[i], doc.slice(*s));
        for (_, m) in doc.in_sentence(i) {
            println!(
                "    {:?} {:?}",
                doc.slice(m.span),
                serde_json::to_string(&m.kind).unwrap_or_default()
            );
        }
    }
    for f in cw_coder::frames::build(&doc) {
        println!("frame {:?} triggers {:?}", f.sentences, f.triggers);
    }
    for e in coder.code(&report) {
        println!("{}", serde_json::to_string_pretty(&e).unwrap_or_default());
    }
}
