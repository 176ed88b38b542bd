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

/// A reporting date of the frame ("Reported on 13 December 2019, that the week before ..."):
/// what a relative expression of the same frame counts from, before any earlier event.
fn reporting_anchor(doc: &Document, frame: &Frame) -> Option<When> {
    doc.mentions
        .iter()
        .filter(|m| frame.sentences.contains(&m.sentence))
        .find_map(|m| {
            let d = date(m)?;
            let (day, p) = d.resolved?;
            if !matches!(d.expr, DateExpr::Calendar { .. }) || p != TimePrecision::Day {
                return None;
            }
            d.reporting.then_some(When {
                date: day,
                precision: p,
                evidence: None,
            })
        })
}

/// A range of days. Codebook "Time-precision": an event on one unknown day of a window
/// ("between 9 and 23 February", "1 or 2 April", "the week of 9 July") is coded to the window's
/// middle day (the earlier of two), precision 2 up to a week, 3 for a multi-week window.
/// Codebook "Event time" (events are atomic by day): an event through the days of a range
/// ("from 1 to 5 March", "11-12 March") starts on its first day, the day this event is coded to;
/// precision 2, the report not telling the days apart.
fn range_day(
    first: NaiveDate,
    last: NaiveDate,
    uncertain: bool,
) -> (NaiveDate, TimePrecision, &'static str) {
    let span = (last - first).num_days();
    if !uncertain {
        return (
            first,
            TimePrecision::Week,
            "event through a range of days: its first day (time-precision 2)",
        );
    }
    let precision = if span <= 7 {
        TimePrecision::Week
    } else {
        TimePrecision::Month
    };
    (
        first + Duration::days(span / 2),
        precision,
        "one unknown day of a window: its middle (time-precision 2, or 3 past a week)",
    )
}

/// The last day-precision date written before byte `at` ("On 22 January, teachers staged a
/// sit-in. It continued two days later."): what a relative expression counts from when no
/// earlier event of the report was coded.
fn written_before(doc: &Document, at: usize) -> Option<When> {
    doc.mentions
        .iter()
        .filter(|m| m.span.end <= at)
        .filter_map(|m| {
            let d = date(m)?;
            match (&d.expr, d.resolved) {
                (DateExpr::Calendar { .. }, Some((day, TimePrecision::Day))) => {
                    Some((m.span.start, day))
                }
                _ => None,
            }
        })
        .max_by_key(|(start, _)| *start)
        .map(|(_, day)| When {
            date: day,
            precision: TimePrecision::Day,
            evidence: None,
        })
}

pub fn resolve(doc: &Document, frame: &Frame, previous: Option<&When>) -> When {
    let anchor = reporting_anchor(doc, frame);
    let previous = anchor.as_ref().or(previous);
    let mut best: Option<((bool, TimePrecision, bool, bool), When)> = None;
    let mut fallback: Option<((bool, TimePrecision, bool, bool), When)> = None;
    for (i, m) in doc.mentions.iter().enumerate() {
        if !frame.sentences.contains(&m.sentence) {
            continue;
        }
        let Some(d) = date(m) else { continue };
        let before = words_between(doc, doc.sentences[m.sentence].start, m.span.start);
        // A reporting date ("a statement released on Wednesday", "as reported on 8 April") or
        // the start of a state ("protesting delays since 23 November") is used only when the
        // frame names no other date.
        let aside = d.reporting || d.since;
        let _ = i;
        let written = match (&d.expr, previous) {
            (DateExpr::RelativeToPrevious { .. } | DateExpr::SamePrevious, None) => {
                written_before(doc, m.span.start)
            }
            _ => None,
        };
        let previous = previous.or(written.as_ref());
        let found = match (&d.expr, d.resolved, previous) {
            (DateExpr::RelativeToPrevious { days }, _, Some(p)) => {
                // "the week before", "a week later": somewhere in that week (time-precision 2).
                let precision = if days.abs() >= 7 {
                    p.precision.max(TimePrecision::Week)
                } else {
                    p.precision
                };
                Some((
                    precision,
                    When {
                        date: p.date + Duration::days(*days),
                        precision,
                        evidence: Some((m.span, "relative to the previous event in the report")),
                    },
                ))
            }
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
                match (&d.expr, d.window) {
                    (DateExpr::Calendar { .. }, Some((first, last))) if last > first => {
                        let (day, wp, rule) = range_day(first, last, d.uncertain);
                        Some((
                            p,
                            When {
                                date: day,
                                precision: wp.max(precision),
                                evidence: Some((m.span, rule)),
                            },
                        ))
                    }
                    _ => Some((
                        p,
                        When {
                            date: day,
                            precision,
                            evidence: Some((m.span, rule_for(&d.expr))),
                        },
                    )),
                }
            }
            _ => None,
        };
        // The first date of the frame wins, unless a later one is more precise as written
        // ("in March ... on 15 March"); a window after an approximate date ("Around 29 November
        // (between 28 - 30 November)") does not displace it.
        if let Some((p, f)) = found {
            // At equal precision a date in a sentence that tells the event beats one in a
            // context sentence ("On 22 April, teachers announced a strike. Two days later,
            // police fired tear gas": 24 April), and a date the report writes out beats one
            // relative to publication ("Overnight between 14 and 15 June 2020" is 14 June, not
            // the night before).
            // Of two dates aside, the start of a period ("since 26 November") is nearer the
            // event than the day it was reported.
            let rank = (
                d.reporting && aside,
                p,
                !frame.triggers.contains(&m.sentence),
                matches!(d.expr, DateExpr::RelativeToPublication { .. }),
            );
            let slot = if aside { &mut fallback } else { &mut best };
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
