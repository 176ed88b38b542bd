//! Text stage: language, sentences, tokens, numbers, dates and cue-lexicon mentions.
//!
//! `TextStage::annotate` turns a [`Report`] into a [`Document`] whose mentions later stages read.
//! Lexicons are data (`data/lexicon/<lang>/*.tsv`); this crate holds the mechanisms.

pub mod cues;
pub mod dateline;
pub mod dates;
pub mod lexicon;
pub mod numbers;
pub mod sentences;
pub mod tokens;

use chrono::NaiveDate;
use cw_record::{DateExpr, Document, Lang, MentionKind, Report, TimePrecision};

/// Compiled lexicons of one language.
struct LangStage {
    numbers: numbers::NumberLexicon,
    dates: dates::DateLexicon,
    cues: cues::CueMatcher,
}

impl LangStage {
    fn load(lang: Lang) -> LangStage {
        LangStage {
            numbers: numbers::NumberLexicon::load(lang),
            dates: dates::DateLexicon::load(lang),
            cues: cues::CueMatcher::load(lang),
        }
    }
}

/// The text stage with every language's lexicons compiled.
pub struct TextStage {
    en: LangStage,
    fr: LangStage,
}

impl Default for TextStage {
    fn default() -> Self {
        TextStage::new()
    }
}

/// Function words that tell English from French; enough for news and notes.
const EN_WORDS: &[&str] = &[
    "the", "of", "and", "in", "was", "were", "on", "by", "with", "from", "at", "killed",
];
const FR_WORDS: &[&str] = &[
    "le", "la", "les", "des", "et", "du", "dans", "ont", "par", "sur", "une", "au",
];

/// Guess the language from function words.
pub fn detect_lang(tokens: &[tokens::Token]) -> Lang {
    let (mut en, mut fr) = (0, 0);
    for t in tokens.iter().take(400) {
        en += usize::from(EN_WORDS.contains(&t.folded.as_str()));
        fr += usize::from(FR_WORDS.contains(&t.folded.as_str()));
    }
    if fr > en {
        Lang::Fr
    } else {
        Lang::En
    }
}

impl TextStage {
    pub fn new() -> TextStage {
        TextStage {
            en: LangStage::load(Lang::En),
            fr: LangStage::load(Lang::Fr),
        }
    }

    /// Build the document: sentences, numbers, dates and cues. `published` is the date relative
    /// expressions resolve against.
    pub fn annotate(&self, report: &Report, published: NaiveDate) -> Document {
        let toks = tokens::tokenize(&report.text);
        let lang = detect_lang(&toks);
        let mut doc = Document::new(report, published, lang);
        let (sentences, paragraph_of) = sentences::split(&doc.text);
        doc.sentences = sentences;
        doc.paragraph_of = paragraph_of;
        let st = match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        };
        let nums = numbers::find(&st.numbers, &report.text, &toks);
        let number_at = |i: usize| {
            nums.iter()
                .find(|n| n.start == i && n.mention.approx != cw_record::Approx::Vague)
                .map(|n| (n.mention.value, n.end - n.start))
        };
        let mut found_dates = dates::find(&st.dates, &report.text, &toks, published, &number_at);
        doc.dateline = dateline::find(&report.text);
        if let Some(dl) = doc.dateline {
            let in_dateline =
                |d: &dates::Found| dl.span.contains(numbers::span(&toks, d.start, d.end));
            // The dateline's day is the day the story was filed: "on Tuesday" counts from it
            // (a late upload or a feed's publication date can be days after it).
            let filed = found_dates
                .iter()
                .filter(|d| in_dateline(d))
                .find_map(|d| match (&d.mention.expr, d.mention.resolved) {
                    (DateExpr::Calendar { .. }, Some((day, TimePrecision::Day))) => Some(day),
                    _ => None,
                })
                .filter(|&day| day < published && (published - day).num_days() <= 366);
            if let Some(day) = filed {
                found_dates = dates::find(&st.dates, &report.text, &toks, day, &number_at);
            }
            // The filing date is a reporting date: the event's only when the text has no other.
            for d in found_dates.iter_mut().filter(|d| in_dateline(d)) {
                d.mention.reporting = true;
            }
        }
        // A number inside a date ("15" in "March 15", "2023") is part of the date, not a quantity.
        let in_date = |s: usize, e: usize| found_dates.iter().any(|d| d.start <= s && e <= d.end);
        for n in &nums {
            // The number's own tokens (after any modifier such as "around") inside a date: part of it.
            if in_date(n.end.saturating_sub(1), n.end) {
                continue;
            }
            doc.push(
                numbers::span(&toks, n.start, n.end),
                MentionKind::Number(n.mention.clone()),
            );
        }
        let date_tokens: Vec<(usize, usize)> =
            found_dates.iter().map(|d| (d.start, d.end)).collect();
        for d in found_dates {
            doc.push(
                numbers::span(&toks, d.start, d.end),
                MentionKind::Date(d.mention),
            );
        }
        let joined = tokens::Joined::new(&toks);
        for c in st.cues.find(&report.text, &toks, &joined) {
            // A word inside a date ("March 15") is not a cue ("march").
            if date_tokens.iter().any(|&(s, e)| c.start < e && s < c.end) {
                continue;
            }
            doc.push(
                numbers::span(&toks, c.start, c.end),
                MentionKind::Cue(c.mention),
            );
        }
        doc.sort_mentions();
        doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cues of the lexicons `of` accepts in `text`: (category, words).
    fn cues(text: &str, of: impl Fn(&str) -> bool) -> Vec<(String, String)> {
        let stage = TextStage::new();
        let r = Report {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        };
        let doc = stage.annotate(&r, NaiveDate::from_ymd_opt(2025, 3, 19).unwrap_or_default());
        doc.mentions
            .iter()
            .filter_map(|m| match &m.kind {
                MentionKind::Cue(c) if of(&c.lexicon) => {
                    Some((c.category.clone(), doc.slice(m.span).to_string()))
                }
                _ => None,
            })
            .collect()
    }

    fn entities(text: &str) -> Vec<(String, String)> {
        cues(text, |l| l == lexicon::ENTITY)
    }

    #[test]
    fn entities_match_acronyms_in_capitals_and_names_in_any_case() {
        let found = entities(
            "The CGT-B and the Nafa joined supporters of Roch Kabore and of the PNDS Tarayya.",
        );
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        // "Nafa" is not the acronym NAFA; "PNDS Tarayya" is "PNDS-Tarayya" (and "PNDS").
        assert_eq!(
            found,
            pairs(&[
                ("BF", "CGT-B"),
                ("BF", "Roch Kabore"),
                ("NE", "PNDS Tarayya"),
            ])
        );
        // Listed both ways ("PASTEF" and "Pastef"): any case.
        assert_eq!(entities("a pastef rally"), pairs(&[("SN", "pastef")]));
        // A person's possessive without its apostrophe.
        assert_eq!(entities("after Bazoums fall"), pairs(&[("NE", "Bazoums")]));
    }

    #[test]
    fn a_gapped_phrase_matches_with_a_short_object_inside() {
        // "set on fire" is marked `gap`: "set several huts on fire" is one destroy cue, whose
        // parts are never cues of their own; four words, or a comma, between them are too far.
        let tactics = |text: &str| cues(text, |l| l == "tactic" || l.is_empty());
        assert_eq!(
            tactics("Gunmen set several huts on fire."),
            vec![(
                "destroy".to_string(),
                "set several huts on fire".to_string()
            )]
        );
        assert_eq!(
            tactics("They set the old market ablaze."),
            vec![(
                "destroy".to_string(),
                "set the old market ablaze".to_string()
            )]
        );
        assert!(tactics("They set up a new water committee on fire safety.").is_empty());
        assert!(tactics("They set out, on fire with anger.").is_empty());
    }

    #[test]
    fn annotates_numbers_dates_and_cues() {
        let stage = TextStage::new();
        let r = Report {
            id: "t".into(),
            text: "On March 15, nine soldiers lost their lives in a clash. Two days later, an IED exploded.".into(),
            ..Default::default()
        };
        let doc = stage.annotate(&r, NaiveDate::from_ymd_opt(2025, 3, 19).unwrap());
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.lang, Lang::En);
        let cues: Vec<(&str, &str)> = doc
            .mentions
            .iter()
            .filter_map(|m| match &m.kind {
                MentionKind::Cue(c) => Some((c.category.as_str(), doc.slice(m.span))),
                _ => None,
            })
            .collect();
        assert!(cues.contains(&("killed", "lost their lives")));
        assert!(cues.contains(&("clash", "clash")));
        assert!(cues.contains(&("ied", "IED")));
        let numbers: Vec<&str> = doc
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Number(_)))
            .map(|m| doc.slice(m.span))
            .collect();
        assert_eq!(
            numbers,
            ["nine"],
            "15 belongs to the date; 'Two' to 'two days later'"
        );
        let dates = doc
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Date(_)))
            .count();
        assert_eq!(dates, 2);
    }

    #[test]
    fn french_is_detected_and_coded_with_french_lexicons() {
        let stage = TextStage::new();
        let r = Report {
            id: "f".into(),
            text: "Des hommes armés ont tué neuf civils dans le village le 3 mars 2024.".into(),
            ..Default::default()
        };
        let doc = stage.annotate(&r, NaiveDate::from_ymd_opt(2024, 3, 6).unwrap());
        assert_eq!(doc.lang, Lang::Fr);
        assert!(doc.mentions.iter().any(|m| matches!(&m.kind, MentionKind::Date(d) if d.resolved.map(|r| r.0) == NaiveDate::from_ymd_opt(2024, 3, 3))));
        assert!(doc
            .mentions
            .iter()
            .any(|m| matches!(&m.kind, MentionKind::Number(n) if n.value == 9)));
    }

    #[test]
    fn never_panics_on_odd_bytes() {
        let stage = TextStage::new();
        for text in [
            "",
            "\u{0}",
            "... !!! ???",
            "9999999999999999999999999 killed",
            "é\u{301}\u{10FFFF}",
            "On 31 February 2020, 0 dead.",
        ] {
            let r = Report {
                id: "x".into(),
                text: text.into(),
                ..Default::default()
            };
            let _ = stage.annotate(&r, NaiveDate::from_ymd_opt(2020, 1, 1).unwrap());
        }
    }
}
