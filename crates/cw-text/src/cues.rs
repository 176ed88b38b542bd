//! Cue lexicons (tactics, casualties, frame cues, hedges, targets, interventions): every phrase
//! matched on token boundaries in one Aho-Corasick pass, longest match first.

use crate::lexicon::{self, CUE_LEXICONS};
use crate::tokens::{Joined, Token};
use aho_corasick::{AhoCorasick, MatchKind};
use cw_record::{CueMention, Lang};

pub struct CueMatcher {
    ac: Option<AhoCorasick>,
    /// Per pattern: (lexicon, category, phrase).
    entries: Vec<(&'static str, String, String)>,
}

pub struct Found {
    pub start: usize,
    pub end: usize,
    pub mention: CueMention,
}

impl CueMatcher {
    pub fn load(lang: Lang) -> CueMatcher {
        let mut entries = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for lex in CUE_LEXICONS {
            for (phrase, cols) in lexicon::rows(lang, lex) {
                let cat = cols.first().cloned().unwrap_or_default();
                if seen.insert((lex, phrase.clone())) {
                    entries.push((lex, cat, phrase));
                }
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(entries.iter().map(|e| e.2.as_str()))
            .map_err(|e| tracing::error!("cue lexicon automaton: {e}"))
            .ok();
        CueMatcher { ac, entries }
    }

    /// All cue matches on token boundaries. Within one lexicon the longest match wins; different
    /// lexicons may overlap ("shot dead" is both a tactic and a casualty phrase).
    pub fn find(&self, tokens: &[Token], joined: &Joined) -> Vec<Found> {
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
            hits.push((s, e + 1, m.pattern().as_usize()));
        }
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
                let (lex, cat, phrase) = &self.entries[p];
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
