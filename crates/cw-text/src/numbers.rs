//! Numbers: digits ("5,000"), number words ("thirteen", "twenty-five", "a hundred"),
//! approximations ("approximately 100", "at least 12"), ranges ("between 20 and 30")
//! and vague quantities converted by the codebook's fatality rules ("dozens" = 12).

use crate::lexicon;
use crate::tokens::Token;
use cw_record::{Approx, Lang, NumberMention, Span};
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq)]
enum WordKind {
    Unit,
    Teen,
    Ten,
    Scale,
    Article,
}

/// Number-word and quantity lexicons of one language.
pub struct NumberLexicon {
    words: HashMap<String, (u64, WordKind)>,
    /// Modifier phrases (folded, space-separated) → approx kind.
    modifiers: HashMap<String, Approx>,
    /// "une centaine de" → about 100.
    about_values: HashMap<String, u64>,
    /// Vague phrases → (small-scale value, large-scale value).
    vague: HashMap<String, (u64, u64)>,
    max_phrase: usize,
}

/// Words after a number that make it a measure, not a count of people.
const UNIT_WORDS: &[&str] = &[
    "km",
    "kms",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "m",
    "metres",
    "meters",
    "percent",
    "per",
    "hours",
    "hour",
    "h",
    "hrs",
    "minutes",
    "am",
    "pm",
    "years",
    "year",
    "months",
    "month",
    "ans",
    "heures",
    "kg",
    "tons",
    "tonnes",
    "cfa",
    "fcfa",
    "dollars",
    "usd",
    "euros",
    "million",
    "billion",
];

impl NumberLexicon {
    pub fn load(lang: Lang) -> NumberLexicon {
        let mut words = HashMap::new();
        for (w, cols) in lexicon::rows(lang, "numbers") {
            let (Some(v), Some(k)) = (cols.first().and_then(|v| v.parse().ok()), cols.get(1))
            else {
                continue;
            };
            let kind = match k.as_str() {
                "teen" => WordKind::Teen,
                "ten" => WordKind::Ten,
                "scale" => WordKind::Scale,
                "article" => WordKind::Article,
                _ => WordKind::Unit,
            };
            words.insert(w, (v, kind));
        }
        let mut modifiers = HashMap::new();
        let mut vague = HashMap::new();
        let mut about_values = HashMap::new();
        let mut max_phrase = 1;
        for (p, cols) in lexicon::rows(lang, "quantity") {
            max_phrase = max_phrase.max(p.split(' ').count());
            let num = |i: usize| cols.get(i).and_then(|v| v.parse::<u64>().ok());
            match cols.first().map(String::as_str) {
                Some("about") => {
                    modifiers.insert(p, Approx::About);
                }
                Some("at_least") => {
                    modifiers.insert(p, Approx::AtLeast);
                }
                Some("at_most") => {
                    modifiers.insert(p, Approx::AtMost);
                }
                Some("about_value") => {
                    if let Some(v) = num(1) {
                        about_values.insert(p, v);
                    }
                }
                Some("vague") => {
                    if let Some(v) = num(1) {
                        vague.insert(p, (v, num(2).unwrap_or(v)));
                    }
                }
                _ => {}
            }
        }
        NumberLexicon {
            words,
            modifiers,
            about_values,
            vague,
            max_phrase,
        }
    }
}

/// Phrase of tokens `[i, j)` folded and space-joined.
fn phrase(tokens: &[Token], i: usize, j: usize) -> String {
    tokens[i..j]
        .iter()
        .map(|t| t.folded.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parse a digit token ("5,000" → 5000; "2.5" → None as a count).
fn digit_value(t: &Token) -> Option<u64> {
    if !t.is_digit {
        return None;
    }
    let raw: String = t.folded.chars().filter(|c| c.is_ascii_digit()).collect();
    raw.parse().ok()
}

/// A number found at tokens `[start, end)`.
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub mention: NumberMention,
}

/// Read a run of number words starting at token `i`: returns (value, tokens used).
fn read_words(lex: &NumberLexicon, tokens: &[Token], i: usize) -> Option<(u64, usize)> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut used = 0;
    let mut any_value = false;
    let mut j = i;
    while j < tokens.len() {
        let w = tokens[j].folded.as_str();
        if (w == "and" || w == "et") && any_value && j + 1 < tokens.len() {
            // "one hundred and twenty": continue only if a number word follows.
            if lex
                .words
                .get(&tokens[j + 1].folded)
                .is_some_and(|(_, k)| *k != WordKind::Article)
            {
                j += 1;
                continue;
            }
            break;
        }
        let Some(&(v, kind)) = lex.words.get(w) else {
            // Digits followed by a scale word: "1.5 million" is not a count; "5 thousand" is.
            break;
        };
        match kind {
            WordKind::Article => {
                // "a hundred", "a dozen": only before a scale word or "dozen".
                let next = tokens.get(j + 1).and_then(|t| lex.words.get(&t.folded));
                if any_value
                    || !matches!(
                        next,
                        Some((_, WordKind::Scale)) | Some((12, WordKind::Unit))
                    )
                {
                    break;
                }
                current = 1;
            }
            WordKind::Scale => {
                let base = if current == 0 { 1 } else { current };
                if v >= 1000 {
                    total = total.saturating_add(base.saturating_mul(v));
                    current = 0;
                } else {
                    current = base.saturating_mul(v);
                }
            }
            WordKind::Unit if v == 12 && w == "dozen" => {
                let base = if current == 0 { 1 } else { current };
                current = base.saturating_mul(12);
            }
            WordKind::Unit | WordKind::Teen => {
                if any_value && !current.is_multiple_of(10) && kind == WordKind::Unit {
                    break; // "two three" is two numbers
                }
                current = current.saturating_add(v);
            }
            WordKind::Ten => {
                if any_value && !current.is_multiple_of(100) {
                    break;
                }
                current = current.saturating_add(v);
            }
        }
        any_value = true;
        j += 1;
        used = j - i;
    }
    if !any_value || used == 0 {
        return None;
    }
    Some((total.saturating_add(current), used))
}

/// Find all numbers in a token sequence.
pub fn find(lex: &NumberLexicon, text: &str, tokens: &[Token]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // Vague quantities and "about_value" phrases first (longest match).
        let mut matched = false;
        for n in (1..=lex.max_phrase.min(tokens.len() - i)).rev() {
            let p = phrase(tokens, i, i + n);
            if let Some(&v) = lex.about_values.get(&p) {
                out.push(Found {
                    start: i,
                    end: i + n,
                    mention: NumberMention {
                        value: v,
                        approx: Approx::About,
                        high: None,
                        vague: None,
                        not_a_count: false,
                    },
                });
                i += n;
                matched = true;
                break;
            }
            if let Some(&(small, large)) = lex.vague.get(&p) {
                // "some" is a modifier before a number ("some 100"), vague otherwise.
                let next_is_number = tokens
                    .get(i + n)
                    .is_some_and(|t| t.is_digit || lex.words.contains_key(&t.folded));
                if next_is_number && lex.modifiers.contains_key(&p) {
                    break;
                }
                // A vague word must qualify a following noun ("several soldiers"), not stand at the end.
                if i + n >= tokens.len() {
                    break;
                }
                out.push(Found {
                    start: i,
                    end: i + n,
                    mention: NumberMention {
                        value: small,
                        approx: Approx::Vague,
                        high: (large != small).then_some(large),
                        vague: Some(p),
                        not_a_count: false,
                    },
                });
                i += n;
                matched = true;
                break;
            }
        }
        if matched {
            continue;
        }
        let (value, used, decimal) = if let Some(v) = digit_value(&tokens[i]) {
            let decimal = tokens[i].folded.contains('.');
            // "5 thousand", "2 million"
            match tokens.get(i + 1).and_then(|t| lex.words.get(&t.folded)) {
                Some(&(s, WordKind::Scale)) => (v.saturating_mul(s), 2, decimal),
                _ => (v, 1, decimal),
            }
        } else if let Some((v, used)) = read_words(lex, tokens, i) {
            (v, used, false)
        } else {
            i += 1;
            continue;
        };
        let end = i + used;
        // Modifier before: the longest phrase ending right before the number.
        let mut approx = Approx::Exact;
        let mut start = i;
        for n in (1..=lex.max_phrase.min(i)).rev() {
            if let Some(&a) = lex.modifiers.get(&phrase(tokens, i - n, i)) {
                approx = a;
                start = i - n;
                break;
            }
        }
        let next = tokens.get(end).map(|t| t.folded.as_str()).unwrap_or("");
        let not_a_count =
            decimal || UNIT_WORDS.contains(&next) || is_year_like(value, tokens, i, end);
        let mention = NumberMention {
            value,
            approx,
            high: None,
            vague: None,
            not_a_count,
        };
        // Range: "between 20 and 30", "20 to 30", "20-30": merge with the previous number.
        if let Some(prev) = out.last_mut() {
            let gap = phrase(tokens, prev.end, i);
            // "20-30": a hyphen or dash directly between the two numbers.
            let sep = text
                .get(tokens[prev.end - 1].span.end..tokens[i].span.start)
                .unwrap_or("");
            let joined = prev.end == i && matches!(sep, "-" | "–");
            let range_words =
                (gap == "and" && prev.start > 0 && tokens[prev.start - 1].folded == "between")
                    || gap == "to"
                    || gap == "a";
            if (range_words || (joined && !prev.mention.not_a_count))
                && prev.mention.value < value
                && prev.mention.approx != Approx::Vague
                && !not_a_count
            {
                prev.mention.high = Some(value);
                prev.end = end;
                i = end;
                continue;
            }
        }
        out.push(Found {
            start,
            end,
            mention,
        });
        i = end;
    }
    out
}

/// A four-digit 1900-2100 value that stands as a year (after "in"/"since"/a month, or before a comma).
fn is_year_like(value: u64, tokens: &[Token], i: usize, end: usize) -> bool {
    if !(1900..=2100).contains(&value)
        || end != i + 1
        || !tokens[i].is_digit
        || tokens[i].folded.len() != 4
    {
        return false;
    }
    let prev = if i > 0 {
        tokens[i - 1].folded.as_str()
    } else {
        ""
    };
    let next = tokens.get(end).map(|t| t.folded.as_str()).unwrap_or("");
    // A bare 4-digit value followed by a person noun would be a count ("2000 protesters").
    !matches!(
        next,
        "people"
            | "persons"
            | "protesters"
            | "demonstrators"
            | "soldiers"
            | "civilians"
            | "personnes"
    ) || matches!(prev, "in" | "since" | "of" | "en" | "depuis")
}

/// Span covering tokens `[start, end)`.
pub fn span(tokens: &[Token], start: usize, end: usize) -> Span {
    Span::new(
        tokens[start].span.start,
        tokens[end.max(start + 1) - 1].span.end,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn nums(s: &str) -> Vec<(u64, Approx, Option<u64>, bool, String)> {
        let lex = NumberLexicon::load(Lang::En);
        let t = tokenize(s);
        find(&lex, s, &t)
            .into_iter()
            .map(|f| {
                let sp = span(&t, f.start, f.end);
                (
                    f.mention.value,
                    f.mention.approx,
                    f.mention.high,
                    f.mention.not_a_count,
                    s[sp.start..sp.end].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn words_and_digits() {
        let n = nums("Thirteen soldiers, nine dead, twenty-five wounded and 5,000 personnel");
        let v: Vec<u64> = n.iter().map(|x| x.0).collect();
        assert_eq!(v, [13, 9, 25, 5000]);
        assert_eq!(nums("one hundred and twenty people")[0].0, 120);
        assert_eq!(nums("a hundred fighters")[0].0, 100);
        assert_eq!(nums("a dozen villagers")[0].0, 12);
        assert!(nums("a man was killed").is_empty());
    }

    #[test]
    fn approximations_and_vague_words() {
        let n = nums("approximately 100 assailants and around 300 fighters; at least 12 dead");
        assert_eq!(
            (n[0].0, n[0].1, n[0].4.as_str()),
            (100, Approx::About, "approximately 100")
        );
        assert_eq!((n[1].0, n[1].1), (300, Approx::About));
        assert_eq!((n[2].0, n[2].1), (12, Approx::AtLeast));
        let v = nums("dozens of civilians and several soldiers were killed");
        assert_eq!((v[0].0, v[0].1), (12, Approx::Vague));
        assert_eq!((v[1].0, v[1].2), (3, Some(10)));
    }

    #[test]
    fn years_units_and_ranges() {
        let n = nums("in July 2023, 15 km away, between 20 and 30 killed");
        assert!(n[0].3, "2023 is a year");
        assert!(n[1].3, "15 km is a distance");
        assert_eq!((n[2].0, n[2].2), (20, Some(30)));
        let n = nums("20-30 killed, 5 10");
        assert_eq!((n[0].0, n[0].2), (20, Some(30)), "a dash joins a range");
        assert_eq!((n[1].0, n[1].2, n[2].0), (5, None, 10), "a space does not");
    }

    #[test]
    fn french() {
        let lex = NumberLexicon::load(Lang::Fr);
        let text = "neuf soldats et une centaine d'assaillants, des dizaines de morts";
        let t = tokenize(text);
        let f = find(&lex, text, &t);
        let v: Vec<(u64, Approx)> = f
            .iter()
            .map(|f| (f.mention.value, f.mention.approx))
            .collect();
        assert_eq!(
            v,
            [
                (9, Approx::Exact),
                (100, Approx::About),
                (12, Approx::Vague)
            ]
        );
    }
}
