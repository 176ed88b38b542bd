//! The annotated document: the report's text and the mentions each pipeline stage adds.
//!
//! Offsets are byte offsets into [`Document::text`], which is the report exactly as given
//! (after lossy UTF-8 decoding), so that evidence spans point into the report itself.
//! Stages never rewrite the text; normalisation is a folded *view* ([`crate::fold::FoldedText`]).

use crate::{GeoPrecision, Inter, TimePrecision};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` in the report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// The report's language. Lexicons are per language; the mechanism is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
}

/// A report as it enters the pipeline.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct Report {
    pub id: String,
    pub text: String,
    /// Publication date; relative dates resolve against it.
    pub published: Option<NaiveDate>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The country the report's source covers (a national desk or feed), ISO alpha-2 or name.
    /// The coder takes it as a vote for places the text leaves ambiguous and as the country of
    /// an event whose text names none; the text's own place words outweigh it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The day whose ACLED actor names to use (defaults to `published`). ACLED renames groups
    /// and closes regime periods retroactively, so its data downloaded on a day names a 2019
    /// event as that day's export does: an archive coded with today's date here lines up with
    /// a download made today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names_as_of: Option<NaiveDate>,
}

/// The document every stage reads and annotates.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub lang: Lang,
    pub published: NaiveDate,
    /// The day whose ACLED names the actors take (`Report::names_as_of`, else `published`).
    pub names_as_of: NaiveDate,
    pub source: Option<String>,
    /// Sentence spans, in order, covering the text's non-blank content.
    pub sentences: Vec<Span>,
    /// Paragraph index of each sentence (a blank line or line break starts a paragraph).
    pub paragraph_of: Vec<usize>,
    /// All mentions, sorted by span start once the text stage has run; later stages append
    /// and re-sort with [`Document::sort_mentions`].
    pub mentions: Vec<Mention>,
    /// ISO alpha-2 code of the country the report is about, set by the geo stage once the
    /// place mentions are final (`cw_geo::Gazetteer::annotate_focus`); later stages read it
    /// instead of counting the votes again for each event.
    pub focus_country: Option<String>,
    /// The wire dateline the report opens with ("KHARTOUM, Feb 14 (Reuters) - "), found by the
    /// text stage: where and when the story was filed, not where and when the event was.
    pub dateline: Option<Dateline>,
}

/// A report's dateline: its whole span (up to and with the dash), the place part ("KHARTOUM",
/// "NIAMEY, Niger") and the date part ("Feb 14"), if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Dateline {
    pub span: Span,
    pub place: Span,
    pub date: Option<Span>,
}

impl Document {
    pub fn new(report: &Report, published: NaiveDate, lang: Lang) -> Document {
        Document {
            id: report.id.clone(),
            text: report.text.clone(),
            lang,
            published,
            names_as_of: report.names_as_of.unwrap_or(published),
            source: report.source.clone(),
            sentences: Vec::new(),
            paragraph_of: Vec::new(),
            mentions: Vec::new(),
            focus_country: None,
            dateline: None,
        }
    }

    /// The text of a span (empty if the span is out of range or not on char boundaries).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// Index of the sentence containing byte `pos` (the last sentence starting at or before it).
    pub fn sentence_at(&self, pos: usize) -> usize {
        match self.sentences.binary_search_by(|s| s.start.cmp(&pos)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        }
    }

    pub fn push(&mut self, span: Span, kind: MentionKind) {
        let sentence = self.sentence_at(span.start);
        self.mentions.push(Mention {
            span,
            sentence,
            kind,
        });
    }

    pub fn sort_mentions(&mut self) {
        self.mentions
            .sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    }

    /// Mentions in sentence `i`.
    ///
    /// Mentions are in text order once a stage has run (each re-sorts with
    /// [`Document::sort_mentions`] after adding its own), so a sentence's mentions are one run,
    /// found by binary search: the coder asks this for every cue it weighs.
    pub fn in_sentence(&self, i: usize) -> impl Iterator<Item = (usize, &Mention)> {
        let from = self.mentions.partition_point(|m| m.sentence < i);
        let to = from + self.mentions[from..].partition_point(|m| m.sentence <= i);
        self.mentions[from..to]
            .iter()
            .enumerate()
            .map(move |(k, m)| (from + k, m))
    }
}

/// One annotated stretch of text.
#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    pub span: Span,
    pub sentence: usize,
    pub kind: MentionKind,
}

/// What a mention is. Each variant is owned by one stage.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MentionKind {
    /// text stage: a quantity ("nine", "approximately 100", "dozens").
    Number(NumberMention),
    /// text stage: a date or relative time expression.
    Date(DateMention),
    /// text stage: a word from a cue lexicon (tactic, weapon, casualty, hedge, ...).
    Cue(CueMention),
    /// geo stage: a toponym resolved against the gazetteer.
    Place(PlaceMention),
    /// actor stage: a named or generic actor.
    Actor(ActorMention),
}

/// How exact a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    Exact,
    /// "approximately", "around", "about", "some", "nearly".
    About,
    /// "at least", "more than", "over".
    AtLeast,
    /// "up to", "fewer than", "at most".
    AtMost,
    /// A vague word converted by the codebook's fatality rules ("dozens" = 12, "several" = 3 or 10).
    Vague,
}

#[derive(Debug, Clone, Serialize)]
pub struct NumberMention {
    /// The value used for coding (the codebook's conversion for vague words).
    pub value: u64,
    pub approx: Approx,
    /// Upper bound where a range was given ("between 20 and 30", "20 to 30").
    pub high: Option<u64>,
    /// The vague word, when `approx` is `Vague` ("dozens", "several").
    pub vague: Option<String>,
    /// The number is spelled with a four-digit year shape, a time, an age, or a unit
    /// (km, %, years old), so it is never a count of people.
    pub not_a_count: bool,
}

/// A date expression, resolved against the publication date by the text stage where it can be
/// on its own; expressions relative to another event ("two days later") are resolved by the coder.
#[derive(Debug, Clone, Serialize)]
pub struct DateMention {
    pub expr: DateExpr,
    /// The resolved day (midpoint for weeks and months) and its precision, if known yet.
    pub resolved: Option<(NaiveDate, TimePrecision)>,
    /// Window start and end (inclusive) when precision is 2 or 3, or the days of a range
    /// ("20-24 March", "between 9 and 23 February", "the week of 9 July").
    pub window: Option<(NaiveDate, NaiveDate)>,
    /// The range says the event fell on one unknown day of the window ("between 9 and 23
    /// February", "1 or 2 April", "the week of 9 July"), not that it lasted through it
    /// ("from 1 to 17 November", "11-12 March").
    pub uncertain: bool,
    /// The date of the reporting, not of the event: a reporting word ("released", "said",
    /// "publié") within the three words before it in its sentence.
    pub reporting: bool,
    /// The start of a state or of a period ("since 23 November", "depuis le 3 mai"), likewise.
    pub since: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "form", rename_all = "snake_case")]
pub enum DateExpr {
    /// A calendar date; year missing means "the most recent such date on or before publication".
    Calendar {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// A month, e.g. "in July 2023", "earlier this month", "early March".
    Month {
        year: Option<i32>,
        month: u32,
        part: MonthPart,
    },
    /// A bare year ("in 2023").
    Year { year: i32 },
    /// "on Sunday", "Sunday night": the most recent such weekday before publication (0 = Monday).
    Weekday { weekday: u32 },
    /// Days relative to publication: "yesterday" = -1, "today" = 0.
    RelativeToPublication { days: i64 },
    /// "last week", "this week", "over the weekend".
    Week { weeks_back: i64, weekend: bool },
    /// "two days later", "two days after this", "the next day": relative to the previous event.
    RelativeToPrevious { days: i64 },
    /// "the same day", "that day".
    SamePrevious,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MonthPart {
    Whole,
    Beginning,
    Middle,
    End,
}

/// A lexicon hit. `category` is the lexicon's category name (e.g. `air_strike`, `killed`),
/// `lexicon` the lexicon file it came from; both are data, not code.
#[derive(Debug, Clone, Serialize)]
pub struct CueMention {
    pub lexicon: String,
    pub category: String,
    /// The entry as written in the lexicon.
    pub entry: String,
}

/// What kind of place a toponym is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Country,
    Admin1,
    Admin2,
    Admin3,
    Populated,
    Natural,
}

/// The relation the text puts between the event and the place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlaceCue {
    /// "in X", "at X", or no cue.
    At,
    /// "near X", "outside X", "X area", "in the area of X", "between X and Y": geo-precision 2.
    Near,
    /// "in the X region / province / department", "X (admin2, admin1)" context only.
    Region,
    /// "from X", "coming from X", "fled to X": not where the event happened.
    Elsewhere,
    /// The place of the report's dateline ("KHARTOUM, Feb 14 (Reuters) -"): where the story
    /// was filed; where the event is only when the report names no other place.
    Dateline,
}

/// A resolved place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Place {
    /// ACLED-style spelling (accent-free), e.g. "Tillaberi".
    pub name: String,
    pub kind: PlaceKind,
    pub country: String,
    /// ISO 3166-1 alpha-2 code.
    pub country_code: String,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub admin3: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub population: u64,
    pub geonameid: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaceMention {
    pub place: Place,
    pub cue: PlaceCue,
    /// Other candidates considered, best first, with the reason the winner won.
    pub why: String,
}

/// The kind of actor a mention names, before the dictionary names it as ACLED would.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// Military (army, soldiers, troops, air force).
    Military,
    /// Police, gendarmes, national guard, customs, forest guards.
    Police,
    /// Government or officials.
    Government,
    /// A named rebel / jihadist group.
    RebelGroup,
    /// Generic jihadists / militants / terrorists / insurgents with no group named.
    Militants,
    /// Gunmen, bandits, unidentified armed men.
    UnidentifiedArmed,
    /// A named political militia (Koglweogo...).
    PoliticalMilitia,
    /// Identity / communal / ethnic militias (Dozo, Dan Na Ambassagou, Fulani militia, VDP).
    IdentityMilitia,
    Civilians,
    Protesters,
    Rioters,
    /// International forces, peacekeepers, PMCs.
    External,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActorMention {
    /// Dictionary key of the matched entry; None for generic mentions ("soldiers", "gunmen").
    pub entry: Option<String>,
    pub kind: ActorKind,
    /// Country the mention itself names ("Nigerien soldiers", "Burkinabe army"), ISO alpha-2.
    pub country: Option<String>,
    /// "suspected", "presumed", "believed to be".
    pub hedged: bool,
    /// Identity labels to code as associated actors (e.g. "Miners", "Women", "Students").
    pub identities: Vec<String>,
    /// Mentions joined by "or" / "and/or" to this one form one composite attribution.
    pub alternative_of: Option<usize>,
}

/// A fully named actor, as ACLED would write it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct NamedActor {
    pub name: String,
    pub inter: Inter,
    /// Associated actors this name brings with it (e.g. a katiba's parent group, identity labels).
    pub assoc: Vec<String>,
}

/// A coded location with its precision (geo stage output for one event).
#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub place: Place,
    pub precision: GeoPrecision,
    /// The mentions (indices into `Document::mentions`) that justify it.
    pub evidence: Vec<usize>,
    /// True when nothing below country level is known (the codebook keeps such events only as marked).
    pub country_only: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(word: &str) -> MentionKind {
        MentionKind::Cue(CueMention {
            lexicon: "tactic".into(),
            category: "attack".into(),
            entry: word.into(),
        })
    }

    /// `in_sentence` gives each sentence's mentions with their indices, none of another
    /// sentence, also for sentences with none.
    #[test]
    fn mentions_of_a_sentence_with_their_indices() {
        let text = "Gunmen attacked. Calm. Troops fought and killed two.";
        let report = crate::Report {
            text: text.into(),
            ..crate::Report::default()
        };
        let day = NaiveDate::from_ymd_opt(2025, 1, 1).expect("date");
        let mut doc = Document::new(&report, day, Lang::En);
        doc.sentences = vec![Span::new(0, 16), Span::new(17, 22), Span::new(23, 52)];
        for w in ["killed", "attacked", "fought", "Gunmen"] {
            let at = text.find(w).expect("word");
            doc.push(Span::new(at, at + w.len()), cue(w));
        }
        doc.sort_mentions();
        let words = |i| {
            doc.in_sentence(i)
                .map(|(k, m)| (k, doc.slice(m.span).to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(words(0), [(0, "Gunmen".into()), (1, "attacked".into())]);
        assert_eq!(words(1), []);
        assert_eq!(words(2), [(2, "fought".into()), (3, "killed".into())]);
        assert_eq!(words(3), []);
    }
}
