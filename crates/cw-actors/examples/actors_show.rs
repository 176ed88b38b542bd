//! Print the actor mentions of a report and their ACLED names.
//!
//!     cargo run -p cw-actors --example actors_show -- REPORT.txt YYYY-MM-DD ISO2 [ADMIN1]

use anyhow::{Context, Result};
use chrono::NaiveDate;
use cw_actors::{ActorDictionary, NameContext};
use cw_record::{MentionKind, Report};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: actors_show REPORT.txt YYYY-MM-DD ISO2 [ADMIN1]";
    let text = std::fs::read_to_string(args.get(1).context(usage)?)?;
    let date = NaiveDate::parse_from_str(args.get(2).context(usage)?, "%Y-%m-%d")?;
    let country = args.get(3).context(usage)?;
    let ctx = NameContext::new(date, country)
        .admin1(args.get(4).map(String::as_str))
        .as_of(date);
    let report = Report {
        id: "show".into(),
        text,
        ..Default::default()
    };
    let mut doc = cw_text::TextStage::new().annotate(&report, date);
    let dict = ActorDictionary::embedded();
    dict.annotate(&mut doc);
    for (i, m) in doc.mentions.iter().enumerate() {
        if let MentionKind::Actor(a) = &m.kind {
            let n = dict.name_in(a, &ctx);
            println!(
                "{i:>4} {:<40} {:<18} hedged={:<5} alt_of={:<5} -> {} [{}] assoc={:?}",
                format!("{:?}", doc.slice(m.span)),
                format!("{:?}", a.kind),
                a.hedged,
                format!("{:?}", a.alternative_of),
                n.name,
                n.inter.code(),
                n.assoc
            );
        }
    }
    Ok(())
}
