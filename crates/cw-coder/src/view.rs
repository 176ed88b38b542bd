//! Read-only helpers over the annotated document: mentions by kind, by sentence, by category.

use cw_record::{
    ActorMention, CueMention, DateMention, Document, Mention, MentionKind, NumberMention,
    PlaceMention,
};

pub fn cue(m: &Mention) -> Option<&CueMention> {
    match &m.kind {
        MentionKind::Cue(c) => Some(c),
        _ => None,
    }
}

pub fn number(m: &Mention) -> Option<&NumberMention> {
    match &m.kind {
        MentionKind::Number(n) => Some(n),
        _ => None,
    }
}

pub fn date(m: &Mention) -> Option<&DateMention> {
    match &m.kind {
        MentionKind::Date(d) => Some(d),
        _ => None,
    }
}

pub fn actor(m: &Mention) -> Option<&ActorMention> {
    match &m.kind {
        MentionKind::Actor(a) => Some(a),
        _ => None,
    }
}

pub fn place(m: &Mention) -> Option<&PlaceMention> {
    match &m.kind {
        MentionKind::Place(p) => Some(p),
        _ => None,
    }
}

/// Is mention `m` a cue of `lexicon` with one of `categories`?
pub fn is_cue(m: &Mention, lexicon: &str, categories: &[&str]) -> bool {
    cue(m).is_some_and(|c| c.lexicon == lexicon && categories.contains(&c.category.as_str()))
}

/// Does sentence `s` hold a cue of `lexicon` with one of `categories`?
pub fn sentence_has(doc: &Document, s: usize, lexicon: &str, categories: &[&str]) -> bool {
    doc.in_sentence(s)
        .any(|(_, m)| is_cue(m, lexicon, categories))
}

/// The words between two byte offsets, folded, as tokens.
pub fn words_between(doc: &Document, from: usize, to: usize) -> Vec<String> {
    if from >= to {
        return Vec::new();
    }
    doc.text
        .get(from..to)
        .map(|s| {
            cw_record::fold::fold(s)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// The number of [`words_between`] two offsets, without building the words.
pub fn word_count_between(doc: &Document, from: usize, to: usize) -> usize {
    if from >= to {
        return 0;
    }
    doc.text.get(from..to).map_or(0, |s| {
        cw_record::fold::fold(s)
            .split(' ')
            .filter(|w| !w.is_empty())
            .count()
    })
}

/// Does the text between two offsets hold a clause break (";", ":" or a sentence-internal
/// " but " / " mais ")?
pub fn clause_break_between(doc: &Document, from: usize, to: usize) -> bool {
    doc.text.get(from.min(to)..to.max(from)).is_some_and(|s| {
        s.contains(';') || s.contains(':') || s.contains(" but ") || s.contains(" mais ")
    })
}

/// Whether the words at `pos` are what a crowd protests against or demands: after a cause phrase
/// ("in protest against", "calling for"), a demand ("to demand", "denouncing") or a protest word
/// followed by "against" ("demonstrated against", "manifesté contre"), within eight words and in
/// the same clause.
pub fn in_grievance(doc: &Document, pos: usize) -> bool {
    let s = doc.sentence_at(pos);
    let against = &crate::grammar::grammar().against;
    doc.in_sentence(s).any(|(_, c)| {
        let opener = is_cue(c, "frame", &["cause"])
            || is_cue(c, "tactic", &["demand"])
            || (is_cue(c, "tactic", &["protest"])
                && words_between(doc, c.span.end, pos)
                    .first()
                    .is_some_and(|w| against.contains(w.as_str())));
        opener
            && c.span.start <= pos
            && (c.span.end > pos
                || (word_count_between(doc, c.span.end, pos) <= 8
                    && !clause_break_between(doc, c.span.end, pos)
                    && !acts_between(doc, s, c.span.end, pos)))
    })
}

/// Whether the crowd acts again between two offsets of a sentence ("over the death of a student
/// and clashed with gendarmes"): a fight, a riot or an intervention ends the grievance.
fn acts_between(doc: &Document, s: usize, from: usize, to: usize) -> bool {
    doc.in_sentence(s).any(|(_, m)| {
        m.span.start >= from
            && m.span.end <= to
            && (is_cue(m, "tactic", &["clash", "riot", "attack", "shoot", "beat"])
                || is_cue(m, "intervention", &["intervention", "air", "force"]))
    })
}
