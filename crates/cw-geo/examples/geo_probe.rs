//! Print the place mentions and the location the geo stage gives a text (one sentence per line
//! of the argument), for reading why a name resolved as it did.
use chrono::NaiveDate;
use cw_geo::Gazetteer;
use cw_record::{Document, Lang, MentionKind, Report, Span};

fn main() {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let report = Report {
        id: "probe".into(),
        text: text.clone(),
        ..Default::default()
    };
    let day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let mut d = Document::new(&report, day, Lang::En);
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        d.sentences.push(Span::new(start, i + 1));
        start = i + 2;
    }
    d.sentences.push(Span::new(start, text.len()));
    d.paragraph_of = vec![0; d.sentences.len()];
    let g = Gazetteer::embedded();
    g.annotate(&mut d);
    for m in &d.mentions {
        if let MentionKind::Place(p) = &m.kind {
            println!(
                "{:?} {:?} -> {} / {:?} / {:?} / {} pop {}\n    {}",
                d.slice(m.span),
                p.cue,
                p.place.name,
                p.place.admin1,
                p.place.admin2,
                p.place.country_code,
                p.place.population,
                p.why
            );
        }
    }
    println!("focus {:?}", g.focus_country(&d));
    println!(
        "locate {:?}",
        g.locate(&d, 0..1).map(|l| (
            l.place.name,
            l.place.admin1,
            l.place.country_code,
            l.precision
        ))
    );
}
