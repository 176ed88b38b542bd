//! The date of each event: the frame's own date expression, resolved against the publication date
//! (text stage) or against the previous event of the report ("two days after this deadly skirmish").
//! Codebook "Time-precision": 1 the day; 2 a week or a window of days ("around", "between X and Y");
//! 3 a month.

use crate::frames::Frame;
use crate::view::{date, words_between};
use chrono::{Duration, NaiveDate};
use cw_record::{DateExpr, Document, Span, TimePrecision};

#[derive(Debug, Clone)]
pub struct When {
    pub date: NaiveDate,
    pub precision: TimePrecision,
    /// The words that justify it, and the rule.
    pub evidence: Option<(Span, &'static str)>,
}

/// Date expressions that belong to the reporting, not to the event ("a statement released on
/// Wednesday", "published on ...").
const REPORTING: &[&str] = &[
    "released",
    "published",
    "statement",
    "said",
    "announced",
    "reported",
    "communique",
    "told",
];

pub fn resolve(doc: &Document, frame: &Frame, previous: Option<&When>) -> When {
    let mut best: Option<((TimePrecision, bool), When)> = None;
    let mut fallback: Option<((TimePrecision, bool), When)> = None;
    for (i, m) in doc.mentions.iter().enumerate() {
        if !frame.sentences.contains(&m.sentence) {
            continue;
        }
        let Some(d) = date(m) else { continue };
        let before = words_between(doc, doc.sentences[m.sentence].start, m.span.start);
        // A reporting date ("a statement released on Wednesday", "as reported on 8 April") is
        // used only when the frame names no other date.
        let reporting = before
            .iter()
            .rev()
            .take(3)
            .any(|w| REPORTING.contains(&w.as_str()));
        let _ = i;
        let found = match (&d.expr, d.resolved, previous) {
            (DateExpr::RelativeToPrevious { days }, _, Some(p)) => Some((
                p.precision,
                When {
                    date: p.date + Duration::days(*days),
                    precision: p.precision,
                    evidence: Some((m.span, "relative to the previous event in the report")),
                },
            )),
            (DateExpr::SamePrevious, _, Some(p)) => Some((
                p.precision,
                When {
                    date: p.date,
                    precision: p.precision,
                    evidence: Some((m.span, "the same day as the previous event")),
                },
            )),
            (DateExpr::RelativeToPrevious { days }, _, None) => Some((
                TimePrecision::Week,
                When {
                    // No earlier event: read it against publication.
                    date: (doc.published + Duration::days(*days)).min(doc.published),
                    precision: TimePrecision::Week,
                    evidence: Some((
                        m.span,
                        "relative expression with no earlier event: near publication",
                    )),
                },
            )),
            (_, Some((day, p)), _) => {
                // "around 22 March", "on or about": a window (codebook time-precision 2).
                let approx = before
                    .last()
                    .is_some_and(|w| matches!(w.as_str(), "around" | "about" | "vers"));
                let precision = if approx && p == TimePrecision::Day {
                    TimePrecision::Week
                } else {
                    p
                };
                Some((
                    p,
                    When {
                        date: day,
                        precision,
                        evidence: Some((m.span, rule_for(&d.expr))),
                    },
                ))
            }
            _ => None,
        };
        // The first date of the frame wins, unless a later one is more precise as written
        // ("in March ... on 15 March"); a window after an approximate date ("Around 29 November
        // (between 28 - 30 November)") does not displace it.
        if let Some((p, f)) = found {
            // At equal precision a date the report writes out beats one relative to publication
            // ("Overnight between 14 and 15 June 2020" is 14 June, not the night before).
            let rank = (p, matches!(d.expr, DateExpr::RelativeToPublication { .. }));
            let slot = if reporting { &mut fallback } else { &mut best };
            if slot.as_ref().is_none_or(|(br, _)| rank < *br) {
                *slot = Some((rank, f));
            }
        }
    }
    best.or(fallback)
        .map(|(_, w)| w)
        .or_else(|| {
            previous.map(|p| When {
                date: p.date,
                precision: p.precision,
                evidence: None,
            })
        })
        .unwrap_or(When {
            date: doc.published,
            precision: TimePrecision::Week,
            evidence: None,
        })
}

fn rule_for(expr: &DateExpr) -> &'static str {
    match expr {
        DateExpr::Calendar { year: Some(_), .. } => "calendar date",
        DateExpr::Calendar { year: None, .. } => {
            "calendar date, year from publication (never after it)"
        }
        DateExpr::Weekday { .. } => "weekday: the most recent on or before publication",
        DateExpr::RelativeToPublication { .. } => "relative to publication",
        DateExpr::Week { .. } => "week: midpoint (time-precision 2)",
        DateExpr::Month { .. } => "month: midpoint or stated part (time-precision 3)",
        _ => "date expression",
    }
}
