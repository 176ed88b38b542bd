//! Dates: calendar dates ("March 15", "15 March 2025", "31 December 2020"), months ("in July 2023",
//! "early March"), weekdays ("on Sunday"), and relative time ("yesterday", "last week",
//! "two days after this", "the next day"). Expressions tied to publication are resolved here
//! (never after the publication date); those relative to another event are left to the coder.

use crate::lexicon;
use crate::tokens::Token;
use chrono::{Datelike, Duration, NaiveDate};
use cw_record::{DateExpr, DateMention, Lang, MonthPart, TimePrecision};
use std::collections::HashMap;

pub struct DateLexicon {
    /// folded phrase → (kind, value)
    entries: HashMap<String, (String, i64)>,
    max_phrase: usize,
}

impl DateLexicon {
    pub fn load(lang: Lang) -> DateLexicon {
        let mut entries = HashMap::new();
        let mut max_phrase = 1;
        for (p, cols) in lexicon::rows(lang, "dates") {
            let (Some(kind), Some(v)) = (cols.first(), cols.get(1).and_then(|v| v.parse().ok()))
            else {
                continue;
            };
            max_phrase = max_phrase.max(p.split(' ').count());
            entries.insert(p, (kind.clone(), v));
        }
        DateLexicon {
            entries,
            max_phrase,
        }
    }

    fn get(&self, tokens: &[Token], i: usize, n: usize) -> Option<(&str, i64)> {
        if i + n > tokens.len() {
            return None;
        }
        let p = tokens[i..i + n]
            .iter()
            .map(|t| t.folded.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        self.entries.get(&p).map(|(k, v)| (k.as_str(), *v))
    }

    /// Longest entry starting at `i`: (kind, value, tokens used).
    fn longest(&self, tokens: &[Token], i: usize) -> Option<(&str, i64, usize)> {
        (1..=self.max_phrase)
            .rev()
            .find_map(|n| self.get(tokens, i, n).map(|(k, v)| (k, v, n)))
    }

    fn month(&self, t: &Token) -> Option<u32> {
        match self.entries.get(&t.folded) {
            Some((k, v)) if k == "month" => Some(*v as u32),
            _ => None,
        }
    }
}

/// Day of month from a token: "15", "15th", "1er".
fn day_of(t: &Token) -> Option<u32> {
    let digits: String = t
        .folded
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let rest = &t.folded[digits.len()..];
    if digits.is_empty()
        || digits.len() > 2
        || !matches!(rest, "" | "st" | "nd" | "rd" | "th" | "er")
    {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A word joining the two ends of a range of days ("22 and 23 March", "1 to 17 November").
fn is_range_word(t: &Token) -> bool {
    matches!(t.folded.as_str(), "and" | "to" | "et" | "au")
}

fn year_of(t: &Token) -> Option<i32> {
    if t.folded.len() == 4 && t.is_digit {
        t.folded.parse().ok().filter(|y| (1900..=2100).contains(y))
    } else {
        None
    }
}

pub struct Found {
    pub start: usize,
    pub end: usize,
    pub mention: DateMention,
}

/// Number value of a token for "two days later": digits or a number word from the numbers lexicon.
pub type NumberAt<'a> = &'a dyn Fn(usize) -> Option<(u64, usize)>;

pub fn find(
    lex: &DateLexicon,
    tokens: &[Token],
    published: NaiveDate,
    number_at: NumberAt,
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((expr, used, start)) = read(lex, tokens, i, number_at) {
            let (resolved, window) = resolve(&expr, published);
            out.push(Found {
                start,
                end: i + used,
                mention: DateMention {
                    expr,
                    resolved,
                    window,
                },
            });
            i += used.max(1);
        } else {
            i += 1;
        }
    }
    out
}

/// Read one date expression starting at token `i`: (expr, tokens used from i, start token).
fn read(
    lex: &DateLexicon,
    tokens: &[Token],
    i: usize,
    number_at: NumberAt,
) -> Option<(DateExpr, usize, usize)> {
    let t = &tokens[i];
    let next = |k: usize| tokens.get(i + k);
    // [day] [month] [year?]  — also "20-24 March" (range; the first day is kept, the coder sees the window).
    if let Some(day) = day_of(t) {
        let (month_tok, skip) = match next(1) {
            Some(n) if lex.month(n).is_some() => (1, 0),
            Some(n) if day_of(n).is_some() && next(2).is_some_and(|m| lex.month(m).is_some()) => {
                (2, 1)
            }
            // "22 and 23 March", "5 to 6 April": a range; the first day is kept.
            Some(n)
                if is_range_word(n)
                    && next(2).and_then(day_of).is_some()
                    && next(3).is_some_and(|m| lex.month(m).is_some()) =>
            {
                (3, 2)
            }
            _ => (0, 0),
        };
        if month_tok > 0 {
            let month = lex.month(&tokens[i + month_tok])?;
            let year = next(month_tok + 1).and_then(year_of);
            let used = month_tok + 1 + usize::from(year.is_some());
            let _ = skip;
            return Some((DateExpr::Calendar { year, month, day }, used, i));
        }
    }
    // [part?] month [day?] [year?]
    let (part, ptoks) = match lex.longest(tokens, i) {
        Some(("part", v, n)) if tokens.get(i + n).is_some_and(|m| lex.month(m).is_some()) => (
            match v {
                1 => MonthPart::Beginning,
                2 => MonthPart::Middle,
                _ => MonthPart::End,
            },
            n,
        ),
        _ => (MonthPart::Whole, 0),
    };
    if let Some(month) = tokens.get(i + ptoks).and_then(|m| lex.month(m)) {
        let mtok = &tokens[i + ptoks];
        // "may" and "mar" are words too: require a capital letter in the original.
        if !mtok.capitalised {
            return None;
        }
        let j = i + ptoks + 1;
        if ptoks == 0 {
            if let Some(day) = tokens.get(j).and_then(day_of) {
                // "November 7-8 2019", "October 3 to 19 2018": the range's year follows its end.
                let end = match (tokens.get(j + 1), tokens.get(j + 2)) {
                    (Some(a), Some(b)) if is_range_word(a) && day_of(b).is_some() => j + 3,
                    (Some(a), _) if day_of(a).is_some() => j + 2,
                    _ => j + 1,
                };
                let year = tokens.get(end).and_then(year_of);
                let used = if year.is_some() { end + 1 } else { j + 1 };
                return Some((DateExpr::Calendar { year, month, day }, used - i, i));
            }
        }
        let year = tokens.get(j).and_then(year_of);
        return Some((
            DateExpr::Month { year, month, part },
            j + usize::from(year.is_some()) - i,
            i,
        ));
    }
    // "in 2023"
    if let Some(y) = year_of(t) {
        if i > 0
            && matches!(
                tokens[i - 1].folded.as_str(),
                "in" | "since" | "en" | "depuis"
            )
        {
            return Some((DateExpr::Year { year: y }, 1, i));
        }
        return None;
    }
    // "two days later", "three days ago", "2 days after this"
    if let Some((n, used)) = number_at(i) {
        if let Some(("unit", mult, u)) = lex.longest(tokens, i + used) {
            let k = i + used + u;
            match lex.longest(tokens, k) {
                Some(("dir", dir, d)) => {
                    return Some((
                        DateExpr::RelativeToPrevious {
                            days: dir * mult * n as i64,
                        },
                        k + d - i,
                        i,
                    ));
                }
                Some(("ago", _, d)) => {
                    return Some((
                        DateExpr::RelativeToPublication {
                            days: -(mult * n as i64),
                        },
                        k + d - i,
                        i,
                    ));
                }
                _ => {}
            }
        }
        // French "il y a deux jours": handled by the "ago" entry before the number.
    }
    if let Some((kind, v, n)) = lex.longest(tokens, i) {
        let expr = match kind {
            "weekday" => DateExpr::Weekday { weekday: v as u32 },
            "rel_pub" => DateExpr::RelativeToPublication { days: v },
            "week" => DateExpr::Week {
                weeks_back: v,
                weekend: false,
            },
            "weekend" => DateExpr::Week {
                weeks_back: v,
                weekend: true,
            },
            "month_rel" => DateExpr::Month {
                year: None,
                month: 0,
                part: MonthPart::Whole,
            },
            "rel_prev" => {
                if v == 0 {
                    DateExpr::SamePrevious
                } else {
                    DateExpr::RelativeToPrevious { days: v }
                }
            }
            "ago" => {
                // "il y a deux jours"
                let (num, used) = number_at(i + n)?;
                let Some(("unit", mult, u)) = lex.longest(tokens, i + n + used) else {
                    return None;
                };
                return Some((
                    DateExpr::RelativeToPublication {
                        days: -(mult * num as i64),
                    },
                    n + used + u,
                    i,
                ));
            }
            _ => return None,
        };
        // "last month" / "earlier this month": month relative to publication, encoded as month 0 = unknown;
        // resolve here with the value as months back.
        if kind == "month_rel" {
            return Some((
                DateExpr::Month {
                    year: None,
                    month: 100 + v as u32,
                    part: MonthPart::Whole,
                },
                n,
                i,
            ));
        }
        return Some((expr, n, i));
    }
    None
}

fn last_day(year: i32, month: u32) -> u32 {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .map(|d| d.day())
        .unwrap_or(28)
}

/// Resolve an expression against the publication date: (day, precision) and window.
/// Expressions relative to the previous event stay unresolved (`None`).
#[allow(clippy::type_complexity)]
pub fn resolve(
    expr: &DateExpr,
    published: NaiveDate,
) -> (
    Option<(NaiveDate, TimePrecision)>,
    Option<(NaiveDate, NaiveDate)>,
) {
    match *expr {
        DateExpr::Calendar { year, month, day } => {
            let date = match year {
                Some(y) => NaiveDate::from_ymd_opt(y, month, day),
                None => {
                    // The most recent such day on or before publication.
                    let y = published.year();
                    NaiveDate::from_ymd_opt(y, month, day)
                        .filter(|d| *d <= published)
                        .or_else(|| NaiveDate::from_ymd_opt(y - 1, month, day))
                }
            };
            (date.map(|d| (d, TimePrecision::Day)), None)
        }
        DateExpr::Month { year, month, part } => {
            let (y, m) = if month >= 100 {
                // relative month: 100 + months back
                let back = (month - 100) as i32;
                let total = published.year() * 12 + published.month0() as i32 - back;
                (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
            } else {
                let y = year.unwrap_or_else(|| {
                    if month > published.month() {
                        published.year() - 1
                    } else {
                        published.year()
                    }
                });
                (y, month)
            };
            let Some(first) = NaiveDate::from_ymd_opt(y, m, 1) else {
                return (None, None);
            };
            let last = NaiveDate::from_ymd_opt(y, m, last_day(y, m)).unwrap_or(first);
            // Codebook "Time-precision" 3: the month midpoint, or the first/last day when stated.
            let day = match part {
                MonthPart::Beginning => first,
                MonthPart::End => last,
                _ => NaiveDate::from_ymd_opt(y, m, 15).unwrap_or(first),
            };
            // Never after publication for the current month.
            let day = if day > published && first <= published {
                published
            } else {
                day
            };
            (Some((day, TimePrecision::Month)), Some((first, last)))
        }
        DateExpr::Year { .. } => (None, None),
        DateExpr::Weekday { weekday } => {
            let back =
                (published.weekday().num_days_from_monday() as i64 - weekday as i64).rem_euclid(7);
            (
                Some((published - Duration::days(back), TimePrecision::Day)),
                None,
            )
        }
        DateExpr::RelativeToPublication { days } => (
            Some((published + Duration::days(days.min(0)), TimePrecision::Day)),
            None,
        ),
        DateExpr::Week {
            weeks_back,
            weekend,
        } => {
            let monday = published
                - Duration::days(published.weekday().num_days_from_monday() as i64)
                - Duration::weeks(weeks_back);
            let (a, b) = if weekend {
                (monday + Duration::days(5), monday + Duration::days(6))
            } else {
                (monday, monday + Duration::days(6))
            };
            // Codebook "Time-precision" 2: the middle of the period (Thursday of the week, Saturday of a weekend).
            let mid = if weekend {
                a
            } else {
                monday + Duration::days(3)
            };
            let mid = mid.min(published);
            (
                Some((mid, TimePrecision::Week)),
                Some((a, b.min(published))),
            )
        }
        DateExpr::RelativeToPrevious { .. } | DateExpr::SamePrevious => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::{self, NumberLexicon};
    use crate::tokens::tokenize;

    fn dates(s: &str, published: &str) -> Vec<(DateExpr, Option<(NaiveDate, TimePrecision)>)> {
        let lex = DateLexicon::load(Lang::En);
        let nlex = NumberLexicon::load(Lang::En);
        let t = tokenize(s);
        let nums = numbers::find(&nlex, s, &t);
        let number_at = |i: usize| {
            nums.iter()
                .find(|n| n.start == i)
                .map(|n| (n.mention.value, n.end - n.start))
        };
        let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        find(&lex, &t, p, &number_at)
            .into_iter()
            .map(|f| (f.mention.expr, f.mention.resolved))
            .collect()
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn day_ranges_keep_their_first_day_and_their_year() {
        for (text, first) in [
            (
                "Overnight between 14 and 15 June 2020, gunmen struck.",
                "2020-06-14",
            ),
            (
                "Between December 4-5 2017, soldiers fought militants.",
                "2017-12-04",
            ),
            (
                "From October 3 to 19 2018, troops swept the district.",
                "2018-10-03",
            ),
            ("From 5 to 6 April 2018, miners fought.", "2018-04-05"),
        ] {
            let v = dates(text, "2021-05-26");
            let day = v.iter().find_map(|(e, r)| {
                matches!(e, DateExpr::Calendar { .. })
                    .then_some(*r)
                    .flatten()
            });
            assert_eq!(day, Some((d(first), TimePrecision::Day)), "{text}: {v:?}");
        }
    }

    #[test]
    fn calendar_dates_resolve_to_the_past() {
        let v = dates(
            "The violence erupted on March 15 and ended 2 April 2024.",
            "2025-03-19",
        );
        assert_eq!(v[0].1, Some((d("2025-03-15"), TimePrecision::Day)));
        assert_eq!(v[1].1, Some((d("2024-04-02"), TimePrecision::Day)));
        // A day after publication means last year.
        let v = dates("On December 30, gunmen struck.", "2025-01-05");
        assert_eq!(v[0].1, Some((d("2024-12-30"), TimePrecision::Day)));
    }

    #[test]
    fn weekdays_and_relative_to_publication() {
        // 2025-03-19 is a Wednesday.
        let v = dates("released on Wednesday; on Sunday; yesterday", "2025-03-19");
        assert_eq!(v[0].1.unwrap().0, d("2025-03-19"));
        assert_eq!(v[1].1.unwrap().0, d("2025-03-16"));
        assert_eq!(v[2].1.unwrap().0, d("2025-03-18"));
        let v = dates("last week", "2025-03-19");
        assert_eq!(v[0].1, Some((d("2025-03-13"), TimePrecision::Week)));
    }

    #[test]
    fn relative_to_previous_event_left_for_the_coder() {
        let v = dates("Just two days after this deadly skirmish", "2025-03-19");
        assert_eq!(v[0].0, DateExpr::RelativeToPrevious { days: 2 });
        assert_eq!(v[0].1, None);
        let v = dates("The next day, police arrived.", "2025-03-19");
        assert_eq!(v[0].0, DateExpr::RelativeToPrevious { days: 1 });
    }

    #[test]
    fn months_have_precision_3() {
        let v = dates(
            "since a junta seized power in a coup in July 2023",
            "2025-03-19",
        );
        assert_eq!(v[0].1, Some((d("2023-07-15"), TimePrecision::Month)));
        let v = dates("at the end of February", "2025-03-19");
        assert_eq!(v[0].1, Some((d("2025-02-28"), TimePrecision::Month)));
        // "may" as a verb is not a month.
        assert!(dates("the toll may rise", "2025-03-19").is_empty());
    }
}
