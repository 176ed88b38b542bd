//! Cue lexicons (tactics, casualties, frame cues, hedges, targets, interventions) and the
//! national entities of `data/geo/entities.tsv` (parties, unions, leaders, media...): every
//! phrase matched on token boundaries in one Aho-Corasick pass, longest match first.

use crate::lexicon::{self, CUE_LEXICONS};
use crate::tokens::{Joined, Token};
use aho_corasick::{AhoCorasick, MatchKind};
use cw_record::{CueMention, Lang};

pub struct CueMatcher {
    ac: Option<AhoCorasick>,
    /// Per pattern: (lexicon, category, phrase, written in capitals only).
    entries: Vec<(&'static str, String, String, bool)>,
    /// Phrases marked `gap` in their lexicon: (pattern of the first word, pattern of the rest,
    /// entry of the whole phrase). They also match with a short object between the two ("set
    /// several huts on fire" for "set on fire").
    gapped: Vec<(usize, usize, usize)>,
}

/// The lexicon of the parts of gapped phrases: matched, never reported.
const PART: &str = "";
/// At most this many words between the first word of a gapped phrase and its rest.
const MAX_GAP: usize = 3;

pub struct Found {
    pub start: usize,
    pub end: usize,
    pub mention: CueMention,
}

impl CueMatcher {
    pub fn load(lang: Lang) -> CueMatcher {
        let mut entries = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut gapped = Vec::new();
        let mut parts: std::collections::HashMap<String, usize> = Default::default();
        for lex in CUE_LEXICONS {
            for (phrase, cols) in lexicon::rows(lang, lex) {
                let cat = cols.first().cloned().unwrap_or_default();
                if !seen.insert((lex, phrase.clone())) {
                    continue;
                }
                let whole = entries.len();
                let gap = cols.get(1).is_some_and(|c| c == "gap");
                entries.push((lex, cat, phrase.clone(), false));
                if let Some((head, tail)) = phrase.split_once(' ').filter(|_| gap) {
                    let mut part = |p: &str| {
                        *parts.entry(p.to_string()).or_insert_with(|| {
                            entries.push((PART, String::new(), p.to_string(), false));
                            entries.len() - 1
                        })
                    };
                    let (h, t) = (part(head), part(tail));
                    gapped.push((h, t, whole));
                }
            }
        }
        // Entities: the category is the country (ISO2). A name with no lower-case letter is an
        // acronym and matches only where the report writes it in capitals ("UPC", not "upc").
        // A person's name also matches with a possessive "s" whose apostrophe the text lost
        // ("Sankaras government", "Bazoums ouster").
        let mut entity_at: std::collections::HashMap<String, usize> = Default::default();
        for (raw, phrase, cols) in lexicon::entity_rows() {
            let Some(cc) = cols.get(1).filter(|c| c.len() == 2) else {
                continue;
            };
            let caps = !raw.chars().any(char::is_lowercase);
            let possessive = (cols.first().is_some_and(|k| k == "person")
                && !phrase.ends_with('s'))
            .then(|| format!("{phrase}s"));
            for phrase in std::iter::once(phrase).chain(possessive) {
                // Listed both as an acronym and as a word ("PASTEF", "Pastef"): any case matches.
                match entity_at.get(&phrase) {
                    Some(&i) => {
                        if let Some(e) = entries.get_mut(i) {
                            e.3 &= caps;
                        }
                    }
                    None => {
                        entity_at.insert(phrase.clone(), entries.len());
                        entries.push((lexicon::ENTITY, cc.clone(), phrase, caps));
                    }
                }
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(entries.iter().map(|e| e.2.as_str()))
            .map_err(|e| tracing::error!("cue lexicon automaton: {e}"))
            .ok();
        CueMatcher {
            ac,
            entries,
            gapped,
        }
    }

    /// All cue matches on token boundaries. Within one lexicon the longest match wins; different
    /// lexicons may overlap ("shot dead" is both a tactic and a casualty phrase).
    /// `text` is the original the tokens point into (an acronym entity must be written in
    /// capitals there).
    pub fn find(&self, text: &str, tokens: &[Token], joined: &Joined) -> Vec<Found> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut hits: Vec<(usize, usize, usize)> = Vec::new(); // (start tok, end tok, pattern)
        for m in ac.find_overlapping_iter(&joined.text) {
            let Some(s) = joined.token_starting_at(m.start()) else {
                continue;
            };
            let Some(e) = joined.token_ending_at(m.end(), tokens) else {
                continue;
            };
            let p = m.pattern().as_usize();
            if self.entries[p].3 {
                let (Some(a), Some(b)) = (tokens.get(s), tokens.get(e)) else {
                    continue;
                };
                let written = text.get(a.span.start..b.span.end).unwrap_or("");
                if written.chars().any(char::is_lowercase) {
                    continue;
                }
            }
            hits.push((s, e + 1, p));
        }
        // A gapped phrase: its first word, then its rest after one to `MAX_GAP` words, with no
        // punctuation between (a new clause).
        let mut joined_hits = Vec::new();
        for &(h, t, whole) in &self.gapped {
            for head in hits.iter().filter(|x| x.2 == h) {
                let tail = hits.iter().find(|x| {
                    x.2 == t
                        && x.0 > head.1
                        && x.0 - head.1 <= MAX_GAP
                        && match (tokens.get(head.1 - 1), tokens.get(x.0)) {
                            (Some(a), Some(b)) => text
                                .get(a.span.end..b.span.start)
                                .is_some_and(|g| !g.contains([',', '.', ';', ':', '!', '?'])),
                            _ => false,
                        }
                });
                if let Some(tail) = tail {
                    joined_hits.push((head.0, tail.1, whole));
                }
            }
        }
        hits.retain(|x| self.entries[x.2].0 != PART);
        hits.extend(joined_hits);
        // Longest first per lexicon; drop hits inside a longer hit of the same lexicon.
        hits.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut kept: Vec<(usize, usize, usize)> = Vec::new();
        for h in hits {
            let lex = self.entries[h.2].0;
            if kept
                .iter()
                .any(|k| self.entries[k.2].0 == lex && k.0 <= h.0 && h.1 <= k.1)
            {
                continue;
            }
            kept.push(h);
        }
        kept.into_iter()
            .map(|(s, e, p)| {
                let (lex, cat, phrase, _) = &self.entries[p];
                Found {
                    start: s,
                    end: e,
                    mention: CueMention {
                        lexicon: lex.to_string(),
                        category: cat.clone(),
                        entry: phrase.clone(),
                    },
                }
            })
            .collect()
    }
}
