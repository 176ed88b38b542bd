//! Dates: calendar dates ("March 15", "15 March 2025", "31 December 2020"), months ("in July 2023",
//! "early March"), weekdays ("on Sunday"), and relative time ("yesterday", "last week",
//! "two days after this", "the next day"). Expressions tied to publication are resolved here
//! (never after the publication date); those relative to another event are left to the coder.

use crate::lexicon;
use crate::tokens::Token;
use chrono::{Datelike, Duration, NaiveDate};
use cw_record::{DateExpr, DateMention, Lang, MonthPart, TimePrecision};
use std::collections::{HashMap, HashSet};

pub struct DateLexicon {
    /// folded phrase → (kind, value)
    entries: HashMap<String, (String, i64)>,
    /// The first word of every entry (a token that is none starts no phrase).
    first_words: HashSet<String>,
    max_phrase: usize,
    /// English writes month names with a capital, which tells "May" from "may"; French does not.
    month_capital: bool,
}

impl DateLexicon {
    pub fn load(lang: Lang) -> DateLexicon {
        let mut entries = HashMap::new();
        let mut first_words = HashSet::new();
        let mut max_phrase = 1;
        for (p, cols) in lexicon::rows(lang, "dates") {
            let (Some(kind), Some(v)) = (cols.first(), cols.get(1).and_then(|v| v.parse().ok()))
            else {
                continue;
            };
            max_phrase = max_phrase.max(p.split(' ').count());
            first_words.insert(p.split(' ').next().unwrap_or_default().to_string());
            entries.insert(p, (kind.clone(), v));
        }
        DateLexicon {
            entries,
            first_words,
            max_phrase,
            month_capital: lang == Lang::En,
        }
    }

    fn get(&self, tokens: &[Token], i: usize, n: usize) -> Option<(&str, i64)> {
        if i + n > tokens.len() {
            return None;
        }
        let mut p = String::with_capacity(32);
        for (j, t) in tokens[i..i + n].iter().enumerate() {
            if j > 0 {
                p.push(' ');
            }
            p.push_str(&t.folded);
        }
        self.entries.get(&p).map(|(k, v)| (k.as_str(), *v))
    }

    /// Longest entry starting at `i`: (kind, value, tokens used).
    fn longest(&self, tokens: &[Token], i: usize) -> Option<(&str, i64, usize)> {
        // Most tokens start no entry: one look-up instead of a phrase per length.
        if !tokens
            .get(i)
            .is_some_and(|t| self.first_words.contains(&t.folded))
        {
            return None;
        }
        (1..=self.max_phrase)
            .rev()
            .find_map(|n| self.get(tokens, i, n).map(|(k, v)| (k, v, n)))
    }

    fn kind(&self, t: &Token, kind: &str) -> bool {
        self.entries.get(&t.folded).is_some_and(|(k, _)| k == kind)
    }

    fn value(&self, t: &Token, kind: &str) -> Option<i64> {
        match self.entries.get(&t.folded) {
            Some((k, v)) if k == kind => Some(*v),
            _ => None,
        }
    }

    /// "to"/"au" (1) join the two ends of a window; "and" (0) and "or" (2) may list two dates.
    fn joins_window(&self, t: &Token) -> bool {
        self.value(t, "range") == Some(1)
    }

    /// A word joining the two ends of a range of days ("22 and 23 March", "1 to 17 November",
    /// "April 1 or 2", "du 5 au 6 avril").
    fn is_range_word(&self, t: &Token) -> bool {
        self.kind(t, "range")
    }

    /// A month name written as one where it starts an expression ("May 5", "in July 2023").
    fn month_word(&self, t: &Token) -> Option<u32> {
        self.month(t)
            .filter(|_| t.capitalised || !self.month_capital)
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

/// Where a calendar date's window ends: a second day ("20-24 March", "30 November - 1 December")
/// or a number of days after it ("the week of 9 July").
#[derive(Debug, Clone, Copy)]
enum End {
    Date {
        month: u32,
        day: u32,
        year: Option<i32>,
        /// "between ... and", "... or ...": one unknown day of the window.
        uncertain: bool,
    },
    /// "the week of 9 July": one unknown day of that week.
    Days(i64),
}

pub fn find(
    lex: &DateLexicon,
    text: &str,
    tokens: &[Token],
    published: NaiveDate,
    number_at: NumberAt,
) -> Vec<Found> {
    // The one punctuation mark before each token, if that is all that separates it from the
    // previous one: a dash ("20-24 March", "30 November - 1 December"), a slash ("14/09/2017").
    let gap: Vec<Option<char>> = (0..tokens.len())
        .map(|k| {
            let g = text
                .get(tokens[k.max(1) - 1].span.end..tokens[k].span.start)?
                .trim();
            let mut cs = g.chars();
            match (k > 0, cs.next(), cs.next()) {
                (true, Some('\u{2013}' | '\u{2014}'), None) => Some('-'),
                (true, Some(c), None) => Some(c),
                _ => None,
            }
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((expr, used, start, end)) = read(lex, tokens, &gap, i, number_at) {
            let (resolved, window) = resolve(&expr, published);
            let (window, uncertain) = match (end, resolved) {
                (Some(end), Some((first, TimePrecision::Day))) => {
                    match range_window(first, end, published) {
                        Some(w) => (Some(w), end.uncertain()),
                        None => (window, false),
                    }
                }
                _ => (window, false),
            };
            let reporting = kind_before(lex, text, tokens, start, "reporting");
            let since = kind_before(lex, text, tokens, start, "since");
            out.push(Found {
                start,
                end: i + used,
                mention: DateMention {
                    expr,
                    resolved,
                    window,
                    uncertain,
                    reporting,
                    since,
                },
            });
            i += used.max(1);
        } else {
            i += 1;
        }
    }
    out
}

/// A word of `kind` among the three tokens before `start`, in the same sentence: a reporting
/// word ("a statement released on Wednesday", "publié le 14 mai"), "since"/"depuis".
fn kind_before(lex: &DateLexicon, text: &str, tokens: &[Token], start: usize, kind: &str) -> bool {
    let mut k = start;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let gap = text
            .get(tokens[p].span.end..tokens[k.min(tokens.len() - 1)].span.start)
            .unwrap_or("");
        if k < tokens.len() && gap.contains(['.', '!', '?']) {
            return false;
        }
        if lex.kind(&tokens[p], kind) {
            return true;
        }
        k = p;
    }
    false
}

impl End {
    fn uncertain(&self) -> bool {
        match self {
            End::Date { uncertain, .. } => *uncertain,
            End::Days(_) => true,
        }
    }
}

/// The window of a range of days, the first day already resolved: the end takes the first
/// day's year unless it names its own (a range across the new year ends in the next one). The
/// window never runs past publication; a range longer than two months is not a window.
fn range_window(
    first: NaiveDate,
    end: End,
    published: NaiveDate,
) -> Option<(NaiveDate, NaiveDate)> {
    let last = match end {
        End::Days(n) => first + Duration::days(n),
        End::Date {
            month, day, year, ..
        } => {
            let y = year.unwrap_or(first.year() + i32::from(month < first.month()));
            NaiveDate::from_ymd_opt(y, month, day)?
        }
    };
    let last = if first <= published {
        last.min(published)
    } else {
        last
    };
    (last > first && last - first <= Duration::days(62)).then_some((first, last))
}

/// The second date of a cross-month range after a calendar date ending at token `k`:
/// "30 November - 1 December", "from March 28 to April 7", "du 28 fevrier au 3 mars 2021".
/// Without a joining word (the hyphen is not a token) the range must have been opened by
/// "between"/"from" before `start`, or a dash. Returns the end and the tokens it uses from `k`.
fn cross_month_end(
    lex: &DateLexicon,
    tokens: &[Token],
    gap: &[Option<char>],
    start: usize,
    k: usize,
) -> Option<(End, usize)> {
    let joined = tokens.get(k).is_some_and(|t| lex.is_range_word(t));
    let window =
        tokens.get(k).is_some_and(|t| lex.joins_window(t)) || gap.get(k) == Some(&Some('-'));
    if !window && !opened(lex, tokens, start) {
        return None;
    }
    let j = k + usize::from(joined);
    let j = j + usize::from(tokens.get(j).is_some_and(|t| lex.kind(t, "article")));
    let (month, day) = match (tokens.get(j), tokens.get(j + 1)) {
        (Some(d), Some(m)) if day_of(d).is_some() && lex.month(m).is_some() => {
            (lex.month(m)?, day_of(d)?)
        }
        (Some(m), Some(d))
            if lex.month_capital && lex.month_word(m).is_some() && day_of(d).is_some() =>
        {
            (lex.month(m)?, day_of(d)?)
        }
        _ => return None,
    };
    let year = tokens.get(j + 2).and_then(year_of);
    let joiner = if joined { tokens.get(k) } else { None };
    let uncertain = uncertain(lex, tokens, start, joiner);
    Some((
        End::Date {
            month,
            day,
            year,
            uncertain,
        },
        j + 2 + usize::from(year.is_some()) - k,
    ))
}

/// "between"/"from"/"entre"/"du" right before token `start`.
fn opened(lex: &DateLexicon, tokens: &[Token], start: usize) -> bool {
    range_open(lex, tokens, start).is_some()
}

/// The range_open word before `start`, over an article ("entre le 9 et le 13 mars").
fn range_open(lex: &DateLexicon, tokens: &[Token], start: usize) -> Option<i64> {
    let k = start.checked_sub(1)?;
    let k = if lex.kind(&tokens[k], "article") {
        k.checked_sub(1)?
    } else {
        k
    };
    lex.value(&tokens[k], "range_open")
}

/// One unknown day of the range: opened by "between"/"entre" (range_open 1) or joined by
/// "or"/"ou" (range 2), against "from 1 to 5 March", "11-12 March" (an event through the days).
fn uncertain(lex: &DateLexicon, tokens: &[Token], start: usize, joiner: Option<&Token>) -> bool {
    range_open(lex, tokens, start) == Some(1)
        || joiner.is_some_and(|j| lex.value(j, "range") == Some(2))
}

/// "5 and 19 March" lists two dates unless it is "between 5 and 19 March"; "11 and 12 March",
/// "1 or 2 April" are a window of two days either way.
fn listed(
    lex: &DateLexicon,
    tokens: &[Token],
    start: usize,
    joiner: Option<&Token>,
    first: u32,
    last: u32,
) -> bool {
    joiner.is_some_and(|j| !lex.joins_window(j)) && !opened(lex, tokens, start) && last > first + 1
}

/// A range's first day takes its year from the end when only the end names one
/// ("From 28 December to 3 January 2021": 2020).
fn first_year(year: Option<i32>, month: u32, end: Option<End>) -> Option<i32> {
    match (year, end) {
        (Some(y), _) => Some(y),
        (
            None,
            Some(End::Date {
                month: m2,
                year: Some(y2),
                ..
            }),
        ) => Some(y2 - i32::from(m2 < month)),
        _ => None,
    }
}

/// A date in figures: "14/09/2017" (day first, as written in the Sahel and in French; month
/// first only when the second number cannot be a month: "09/14/2017"), "2017-09-14" (ISO).
/// The year is required: "14/09" alone may be a score or a fraction.
fn numeric(tokens: &[Token], gap: &[Option<char>], i: usize) -> Option<DateExpr> {
    let (a, b, c) = (tokens.get(i)?, tokens.get(i + 1)?, tokens.get(i + 2)?);
    let small = |t: &Token| -> Option<u32> {
        (t.is_digit && (1..=2).contains(&t.folded.len()))
            .then(|| t.folded.parse().ok())
            .flatten()
    };
    let (sep1, sep2) = (gap.get(i + 1).copied()??, gap.get(i + 2).copied()??);
    if sep1 != sep2 {
        return None;
    }
    let (year, month, day) = match sep1 {
        '/' => {
            let (x, y, year) = (small(a)?, small(b)?, year_of(c)?);
            if y > 12 {
                (year, x, y)
            } else {
                (year, y, x)
            }
        }
        '-' => (year_of(a)?, small(b)?, small(c)?),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, month, day)?;
    Some(DateExpr::Calendar {
        year: Some(year),
        month,
        day,
    })
}

type Read = (DateExpr, usize, usize, Option<End>);

/// The first day of a calendar date or range, as read, before its end is known.
struct DateStart<'t> {
    month: u32,
    day: u32,
    year: Option<i32>,
    /// The word joining two days ("and", "to", "or"), when the range is written with one.
    joiner: Option<&'t Token>,
}

impl DateStart<'_> {
    /// The date and the end of its range: a second day of the same month unless the two are
    /// listed dates ("5 and 19 May"), else a day of the next month ("30 November - 1 December",
    /// whose tokens are added to `used`); the year of a range written once is the end's.
    fn with_end(
        self,
        lex: &DateLexicon,
        tokens: &[Token],
        gap: &[Option<char>],
        i: usize,
        end_day: Option<u32>,
        used: &mut usize,
    ) -> (DateExpr, Option<End>) {
        let DateStart {
            month,
            day,
            year,
            joiner,
        } = self;
        let mut end = end_day
            .filter(|&e| !listed(lex, tokens, i, joiner, day, e))
            .map(|day| End::Date {
                month,
                day,
                year,
                uncertain: uncertain(lex, tokens, i, joiner),
            });
        if end_day.is_none() {
            if let Some((e, u)) = cross_month_end(lex, tokens, gap, i, i + *used) {
                end = Some(e);
                *used += u;
            }
        }
        let year = first_year(year, month, end);
        (DateExpr::Calendar { year, month, day }, end)
    }
}

/// Read one date expression starting at token `i`: (expr, tokens used from i, start token,
/// end of a range of days).
fn read(
    lex: &DateLexicon,
    tokens: &[Token],
    gap: &[Option<char>],
    i: usize,
    number_at: NumberAt,
) -> Option<Read> {
    let t = &tokens[i];
    let next = |k: usize| tokens.get(i + k);
    let dash = |k: usize| gap.get(k) == Some(&Some('-'));
    if let Some(d) = numeric(tokens, gap, i) {
        return Some((d, 3, i, None));
    }
    // "the week of 9 July", "la semaine du 9 juillet": that day and the six after it.
    if let Some(("week_of", _, n)) = lex.longest(tokens, i) {
        if let Some((expr @ DateExpr::Calendar { .. }, used, _, None)) = tokens
            .get(i + n)
            .and_then(|_| read(lex, tokens, gap, i + n, number_at))
        {
            return Some((expr, n + used, i, Some(End::Days(6))));
        }
    }
    // [day] [month] [year?] — also "20-24 March", "22 and 23 March", "30 November - 1 December"
    // (ranges: the first day, and the window's end).
    if let Some(day) = day_of(t) {
        let (month_tok, end_day) = match next(1) {
            Some(n) if lex.month(n).is_some() => (1, None),
            Some(n)
                if dash(i + 1)
                    && day_of(n).is_some()
                    && next(2).is_some_and(|m| lex.month(m).is_some()) =>
            {
                (2, day_of(n))
            }
            // "22 and 23 March", "du 5 au 6 avril", "entre le 9 et le 13 mars".
            Some(n) if lex.is_range_word(n) => {
                let a = usize::from(next(2).is_some_and(|t| lex.kind(t, "article")));
                match (next(2 + a).and_then(day_of), next(3 + a)) {
                    (Some(e), Some(m)) if lex.month(m).is_some() => (3 + a, Some(e)),
                    _ => (0, None),
                }
            }
            _ => (0, None),
        };
        if month_tok > 0 {
            let month = lex.month(&tokens[i + month_tok])?;
            let year = next(month_tok + 1).and_then(year_of);
            let mut used = month_tok + 1 + usize::from(year.is_some());
            let joiner = (month_tok >= 3).then(|| &tokens[i + 1]);
            let (start, end) = DateStart {
                month,
                day,
                year,
                joiner,
            }
            .with_end(lex, tokens, gap, i, end_day, &mut used);
            return Some((start, used, i, end));
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
        // "may" and "mar" are words too: in English, require a capital letter in the original.
        lex.month_word(mtok)?;
        let j = i + ptoks + 1;
        // "March 15" is English; French writes the day first ("en juin, 12 personnes" is no date).
        if ptoks == 0 && lex.month_capital {
            if let Some(day) = tokens.get(j).and_then(day_of) {
                // "November 7-8 2019", "October 3 to 19 2018": the range's year follows its end.
                let (stop, end_day) = match (tokens.get(j + 1), tokens.get(j + 2)) {
                    (Some(a), Some(b)) if lex.is_range_word(a) && day_of(b).is_some() => {
                        (j + 3, day_of(b))
                    }
                    (Some(a), _) if dash(j + 1) && day_of(a).is_some() => (j + 2, day_of(a)),
                    _ => (j + 1, None),
                };
                let year = tokens.get(stop).and_then(year_of);
                let mut used = if year.is_some() { stop + 1 } else { stop } - i;
                let joiner = (stop == j + 3).then(|| &tokens[j + 1]);
                let (start, end) = DateStart {
                    month,
                    day,
                    year,
                    joiner,
                }
                .with_end(lex, tokens, gap, i, end_day, &mut used);
                return Some((start, used, i, end));
            }
        }
        // "between June and July 2017", "entre juin et juillet 2017": the first month takes the year of
        // the end of the range.
        let year = tokens.get(j).and_then(year_of).or_else(|| {
            let (w, m2, y2) = (tokens.get(j)?, tokens.get(j + 1)?, tokens.get(j + 2)?);
            let m2n = lex.month_word(m2).filter(|_| lex.is_range_word(w))?;
            year_of(y2).map(|y| y - i32::from(m2n < month))
        });
        let used_year = tokens.get(j).and_then(year_of).is_some();
        return Some((
            DateExpr::Month { year, month, part },
            j + usize::from(used_year) - i,
            i,
            None,
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
            return Some((DateExpr::Year { year: y }, 1, i, None));
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
                        None,
                    ));
                }
                Some(("ago", _, d)) => {
                    return Some((
                        DateExpr::RelativeToPublication {
                            days: -(mult * n as i64),
                        },
                        k + d - i,
                        i,
                        None,
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
                    None,
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
                None,
            ));
        }
        return Some((expr, n, i, None));
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
            // The most recent such day on or before publication.
            let recent = || {
                let y = published.year();
                NaiveDate::from_ymd_opt(y, month, day)
                    .filter(|d| *d <= published)
                    .or_else(|| NaiveDate::from_ymd_opt(y - 1, month, day))
            };
            let date = match year {
                // A report cannot tell an event months after its own publication: a written year
                // that does so is a slip ("On 24 November 2020" in a report of January 2020).
                // A few weeks' lead is left to feeds whose publication date lags.
                Some(y) => NaiveDate::from_ymd_opt(y, month, day).and_then(|d| {
                    if d > published + Duration::days(31) {
                        recent()
                    } else {
                        Some(d)
                    }
                }),
                None => recent(),
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
        mentions(s, published, Lang::En)
            .into_iter()
            .map(|m| (m.expr, m.resolved))
            .collect()
    }

    fn mentions(s: &str, published: &str, lang: Lang) -> Vec<DateMention> {
        let lex = DateLexicon::load(lang);
        let nlex = NumberLexicon::load(lang);
        let t = tokenize(s);
        let nums = numbers::find(&nlex, s, &t);
        let number_at = |i: usize| {
            nums.iter()
                .find(|n| n.start == i)
                .map(|n| (n.mention.value, n.end - n.start))
        };
        let p = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        find(&lex, s, &t, p, &number_at)
            .into_iter()
            .map(|f| f.mention)
            .collect()
    }

    #[test]
    fn ranges_carry_their_window_and_whether_the_day_is_unknown() {
        let w = |s: &str, lang| {
            let m = mentions(s, "2021-06-02", lang);
            m.first().map(|m| (m.window, m.uncertain))
        };
        let win = |a: &str, b: &str| Some((d(a), d(b)));
        assert_eq!(
            w("between 9 and 13 May, gunmen struck", Lang::En),
            Some((win("2021-05-09", "2021-05-13"), true))
        );
        assert_eq!(
            w("entre le 9 et le 13 mai, des hommes armés", Lang::Fr),
            Some((win("2021-05-09", "2021-05-13"), true))
        );
        assert_eq!(
            w("from 30 April to 2 May, troops swept", Lang::En),
            Some((win("2021-04-30", "2021-05-02"), false))
        );
        assert_eq!(
            w("du 30 avril au 2 mai, les militaires", Lang::Fr),
            Some((win("2021-04-30", "2021-05-02"), false))
        );
        assert_eq!(
            w("on May 1 or 2, gunmen", Lang::En),
            Some((win("2021-05-01", "2021-05-02"), true))
        );
        assert_eq!(
            w("the week of 10 May, gunmen", Lang::En),
            Some((win("2021-05-10", "2021-05-16"), true))
        );
        // Two dates listed, not a window; "March 5, 12 people" is a day and a count.
        assert_eq!(w("on 5 and 19 May, gunmen", Lang::En), Some((None, false)));
        let m = mentions("On May 5, 12 people were killed.", "2021-06-02", Lang::En);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].window, None);
        // French writes the month after the day: "en mai, 12 personnes" holds no day.
        let m = mentions(
            "En mai 2021, 12 personnes ont été tuées.",
            "2021-06-02",
            Lang::Fr,
        );
        assert!(
            matches!(
                m[0].expr,
                DateExpr::Month {
                    year: Some(2021),
                    month: 5,
                    ..
                }
            ),
            "{m:?}"
        );
    }

    #[test]
    fn a_written_year_months_after_publication_is_a_slip() {
        let v = dates("On 24 November 2021, gunmen struck.", "2021-02-10");
        assert_eq!(v[0].1, Some((d("2020-11-24"), TimePrecision::Day)));
        // A few days' lead stays as written.
        let v = dates("On 12 February 2021, gunmen struck.", "2021-02-10");
        assert_eq!(v[0].1, Some((d("2021-02-12"), TimePrecision::Day)));
    }

    #[test]
    fn dates_in_figures_and_aside_dates() {
        let m = mentions("a statement released on 20/05/2021", "2021-06-02", Lang::En);
        assert_eq!(m[0].resolved, Some((d("2021-05-20"), TimePrecision::Day)));
        assert!(m[0].reporting);
        let m = mentions(
            "le 2021-05-18, selon un communiqué publié le 20 mai",
            "2021-06-02",
            Lang::Fr,
        );
        assert_eq!(m[0].resolved, Some((d("2021-05-18"), TimePrecision::Day)));
        assert!(!m[0].reporting && m[1].reporting);
        let m = mentions(
            "withheld since 23 April. On 5 May, depuis le 3 mai",
            "2021-06-02",
            Lang::En,
        );
        assert!(m[0].since && !m[1].since);
        // A score or a fraction is no date.
        assert!(mentions("they won 14/09 at home", "2021-06-02", Lang::En).is_empty());
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
