//! Fatalities, injuries and attackers of one frame, by the codebook's "Reported fatalities" rules:
//! - per-side counts of one event are summed ("nine soldiers" + "55 jihadists" = 64);
//! - where figures for the same victims conflict, the lowest is coded;
//! - vague words are converted ("dozens" = 12; "several" = 3, or 10 at large scale);
//! - plural victims killed with no number count 3 ("plural fatalities with no number"); a single
//!   named or singular victim counts 1;
//! - injured are injuries, never fatalities; the strength of the attacking force
//!   ("approximately 100 assailants") is never a fatality count; no mention → 0.

use crate::frames::Frame;
use crate::grammar::grammar;
use crate::participants::{is_armed, is_state};
use crate::view::{actor, clause_break_between, cue, number, word_count_between, words_between};
use cw_record::{ActorKind, Approx, Document, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    State,
    NonState,
    Civilian,
    Unknown,
}

#[derive(Debug, Clone)]
pub struct Count {
    pub value: u64,
    pub high: Option<u64>,
    pub side: Side,
    pub sentence: usize,
    /// Evidence: the number (or victim) and the casualty phrase.
    pub spans: Vec<Span>,
    pub additive: bool,
    /// The count revises an earlier one ("the death toll later rose to 15"): it replaces it.
    pub revised: bool,
    /// Plural victims told with no number, counted 3 by the codebook's default.
    pub unnumbered: bool,
    pub approx: Approx,
    /// The count is of "people" with no side named: civilians for classification (the codebook's
    /// default for unarmed victims), but a side-less toll for the arithmetic.
    pub people: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub killed: Vec<Count>,
    pub injured: Vec<Count>,
    pub attackers: Option<(u64, Span)>,
    pub no_casualties: Option<Span>,
}

fn side_of(kind: ActorKind) -> Side {
    if is_state(kind) {
        Side::State
    } else if is_armed(kind) {
        Side::NonState
    } else if kind == ActorKind::Civilians {
        Side::Civilian
    } else {
        Side::Unknown
    }
}

/// Is the actor at `span` the report's source: named after "according to" / "selon", or the
/// subject of a source clause ("the ministry said") with no comma between it and the verb?
fn names_source(doc: &Document, span: Span) -> bool {
    // A speech verb after a victim's clause ("shot a protester, witnesses said") is not the
    // victim's; "according to the army." names its source even at the clause's end.
    crate::participants::attributed_to(doc, span)
        || doc
            .text
            .get(span.end..)
            .is_some_and(|r| !r.trim_start().starts_with([',', ';', ':', '.']))
            && crate::participants::is_source(doc, span)
}

/// Is the word at `span` also an actor mention ("demonstrators", "rioters": a tactic word that
/// names people)?
fn names_people(doc: &Document, span: Span) -> bool {
    let s = doc.sentence_at(span.start);
    doc.in_sentence(s)
        .any(|(_, a)| a.span == span && actor(a).is_some())
}

/// The actor mention right after a number ("nine soldiers", "55 jihadists"), within 3 words.
fn noun_after(doc: &Document, num: Span, sentence: usize) -> Option<(usize, ActorKind)> {
    doc.in_sentence(sentence).find_map(|(i, m)| {
        let a = actor(m)?;
        (m.span.start >= num.end
            && word_count_between(doc, num.end, m.span.start) <= 3
            && !clause_break_between(doc, num.end, m.span.start))
        .then_some((i, a.kind))
    })
}

pub fn tally(doc: &Document, frame: &Frame, large_scale_hint: bool) -> Tally {
    let mut t = Tally::default();
    let mut used_numbers: Vec<usize> = Vec::new();
    for s in frame.sentences.clone() {
        // Numbers that count events ("two distinct clashes", "three attacks") are not victims.
        // A casualty word is no event noun: "seven militants killed" counts people.
        let casualty_at = |sp: Span| {
            doc.in_sentence(s)
                .any(|(_, m)| m.span == sp && cue(m).is_some_and(|c| c.lexicon == "casualty"))
        };
        // "two distinct clashes", "three attacks": the number and the event noun in one phrase
        // (no comma, no person between: "four gendarmes, burned a vehicle" counts gendarmes).
        // A tactic word that names people ("three demonstrators died") counts people.
        let counts_events = |span: Span| {
            doc.in_sentence(s).any(|(_, m)| {
                cue(m).is_some_and(|c| c.lexicon == "tactic")
                    && !names_people(doc, m.span)
                    && m.span.start >= span.end
                    && word_count_between(doc, span.end, m.span.start) <= 1
                    && !casualty_at(m.span)
                    && !doc
                        .text
                        .get(span.end..m.span.start)
                        .is_some_and(|g| g.contains([',', ';']))
                    && !doc.in_sentence(s).any(|(_, a)| {
                        actor(a).is_some() && a.span.start >= span.end && a.span.end <= m.span.start
                    })
            })
        };
        let nums: Vec<(usize, Span)> = doc
            .in_sentence(s)
            .filter(|(_, m)| {
                number(m).is_some_and(|n| !n.not_a_count)
                    && !counts_events(m.span)
                    && !indefinite_article(doc, s, m.span)
            })
            .map(|(i, m)| (i, m.span))
            .collect();
        let cues: Vec<(usize, Span, String)> = doc
            .in_sentence(s)
            .filter_map(|(i, m)| {
                cue(m)
                    .filter(|c| c.lexicon == "casualty")
                    .map(|c| (i, m.span, c.category.clone()))
            })
            .collect();
        for (ci, cspan, cat) in &cues {
            if cat == "none" {
                t.no_casualties.get_or_insert(*cspan);
                continue;
            }
            // "neutralized an IED", "death threats", "dead livestock": no person counted.
            if cat == "object" {
                continue;
            }
            // Deaths given as the motive of this event belong to an earlier one ("marched to
            // protest against the killing of a student", "in reaction to the death of a youth").
            // The cause phrase may hold the casualty word itself ("following the death of").
            let motive = doc.in_sentence(s).any(|(_, m)| {
                cue(m).is_some_and(|c| c.lexicon == "frame" && c.category == "cause")
                    && m.span.start <= cspan.start
                    && (m.span.end > cspan.start
                        || word_count_between(doc, m.span.end, cspan.start) <= 8)
            }) || crate::view::in_grievance(doc, cspan.start);
            if motive {
                continue;
            }
            // Skip a cue nested in a longer casualty cue counted already (e.g. "shot dead" / "dead").
            if cues
                .iter()
                .any(|(cj, sp, _)| cj != ci && sp.contains(*cspan) && sp.len() > cspan.len())
            {
                continue;
            }
            let linked = link_numbers(doc, &nums, *cspan, &cues, &used_numbers);
            let linked_spans: Vec<Span> = linked.iter().map(|&i| doc.mentions[i].span).collect();
            let mut counts = Vec::new();
            if linked.is_empty() {
                // No number: a singular victim is 1, plural victims are 3 (codebook: plural with no number).
                if let Some(c) = unnumbered(doc, s, *cspan) {
                    counts.push(c);
                }
            }
            for ni in linked {
                used_numbers.push(ni);
                let m = &doc.mentions[ni];
                let Some(n) = number(m) else { continue };
                let before = words_between(doc, doc.sentences[s].start, m.span.start);
                if before
                    .iter()
                    .rev()
                    .take(3)
                    .any(|w| grammar().subset.contains(&w.as_str()))
                {
                    continue;
                }
                let noun = noun_after(doc, m.span, s);
                // "people", "persons": a toll that does not say whose dead they were.
                let unspecified = noun.is_some_and(|(i, _)| {
                    let w = cw_record::fold::fold(doc.slice(doc.mentions[i].span));
                    grammar().unspecified.contains(&w.as_str())
                });
                let side = match noun {
                    Some((_, k)) if !unspecified => side_of(k),
                    _ => Side::Unknown,
                };
                let value = if n.approx == Approx::Vague && large_scale_hint {
                    n.high.unwrap_or(n.value)
                } else {
                    n.value
                };
                let after_num = words_between(
                    doc,
                    m.span.end,
                    noun.map(|(i, _)| doc.mentions[i].span.start)
                        .unwrap_or(m.span.end),
                );
                let additive = before
                    .iter()
                    .rev()
                    .take(4)
                    .chain(after_num.iter())
                    .any(|w| grammar().additive.contains(&w.as_str()));
                let revised = before
                    .iter()
                    .rev()
                    .take(3)
                    .any(|w| grammar().revised.contains(&w.as_str()));
                counts.push(Count {
                    value,
                    high: n.high,
                    side,
                    sentence: s,
                    spans: vec![m.span, *cspan],
                    additive,
                    revised,
                    unnumbered: false,
                    approx: n.approx,
                    people: unspecified,
                });
            }
            let _ = ci;
            // "two soldiers and a civilian were killed": a singular person listed with the
            // counted ones is one more.
            if !counts.is_empty() {
                counts.extend(listed_with_numbers(doc, s, &linked_spans, *cspan));
            }
            match cat.as_str() {
                "injured" => t.injured.extend(counts),
                _ => t.killed.extend(counts),
            }
        }
        // Attacking force: a number before a force noun, not linked to a casualty phrase.
        for (ni, span) in &nums {
            if used_numbers.contains(ni) {
                continue;
            }
            let Some(n) = number(&doc.mentions[*ni]) else {
                continue;
            };
            let after = words_between(doc, span.end, doc.sentences[s].end);
            let noun_ok = after
                .iter()
                .take(4)
                .any(|w| grammar().force_noun.contains(&w.as_str()));
            let before = words_between(doc, doc.sentences[s].start, span.start);
            let ctx_ok = before
                .iter()
                .rev()
                .take(6)
                .chain(after.iter().take(6))
                .any(|w| grammar().force_verb.contains(&w.as_str()))
                || crate::view::sentence_has(doc, s, "tactic", &["attack", "ambush", "clash"]);
            if noun_ok && ctx_ok && n.value >= 2 {
                let v = n.value;
                if t.attackers.is_none_or(|(a, _)| v > a) {
                    t.attackers = Some((v, *span));
                }
            }
        }
    }
    t
}

/// Is the number at `span` an indefinite article rather than a count ("lors d'une marche", "un
/// village")? The word counts one only before the people counted ("un soldat", "un des
/// assaillants") or a casualty noun ("un mort", "un blessé").
fn indefinite_article(doc: &Document, s: usize, span: Span) -> bool {
    let w = cw_record::fold::fold(doc.slice(span));
    grammar().indefinite.contains(w.as_str())
        && !doc.in_sentence(s).any(|(_, m)| {
            (actor(m).is_some() || cue(m).is_some_and(|c| c.lexicon == "casualty"))
                && m.span.start >= span.end
                && word_count_between(doc, span.end, m.span.start) <= 1
                && !doc
                    .text
                    .get(span.end..m.span.start)
                    .is_some_and(|g| g.contains([',', ';', '.', ':']))
        })
}

/// Numbers linked to a casualty phrase: before it ("nine soldiers lost their lives"), within eight
/// words, or after it ("killed 12 civilians", "the death of 55 jihadists"), within three; chained by
/// "and" ("two soldiers and three civilians were killed").
fn link_numbers(
    doc: &Document,
    nums: &[(usize, Span)],
    cue: Span,
    cues: &[(usize, Span, String)],
    used: &[usize],
) -> Vec<usize> {
    let other_cue_between = |a: usize, b: usize| {
        cues.iter().any(|(_, sp, _)| {
            *sp != cue && sp.start >= a && sp.end <= b && !sp.contains(cue) && !cue.contains(*sp)
        })
    };
    // Another action between a number and the casualty phrase ("detained several men at the
    // market and executed them") means the number counts something else.
    // A tactic word that names people ("three demonstrators died") is the victims' noun.
    let action_between = |a: usize, b: usize| {
        doc.mentions.iter().any(|m| {
            m.span.start >= a
                && m.span.end <= b
                && crate::view::is_cue(m, "tactic", crate::frames::TRIGGERS)
                && !names_people(doc, m.span)
        })
    };
    let ok_gap = |a: usize, b: usize, max: usize| {
        words_names_as_one(doc, a, b) <= max
            && !clause_break_between(doc, a, b)
            && !other_cue_between(a, b)
            && !action_between(a, b)
    };
    // After the cue: the first number within three words, then numbers chained by "and".
    let mut after: Vec<usize> = Vec::new();
    let mut last_end = cue.end;
    for (i, sp) in nums
        .iter()
        .filter(|(i, sp)| sp.start >= cue.end && !used.contains(i))
    {
        let gap = words_between(doc, last_end, sp.start);
        // "killed in Menaka by 3 assailants": a number after "by" counts the attackers.
        if gap
            .last()
            .is_some_and(|w| matches!(w.as_str(), "by" | "par"))
        {
            break;
        }
        let has_and = gap.iter().any(|w| w == "and" || w == "et");
        let ok = if after.is_empty() {
            // "four fighters killed and three captured", "killed, six others wounded": a
            // number after a coordination belongs to the next clause.
            let coordinated = doc
                .text
                .get(last_end..sp.start)
                .is_some_and(|g| g.contains(','))
                || gap
                    .iter()
                    .any(|w| matches!(w.as_str(), "and" | "while" | "et" | "but"));
            !coordinated && ok_gap(last_end, sp.start, 3)
        } else {
            // "ten civilians including ... and three Malian Dogons": a number after "including"
            // counts part of the first, not more victims.
            let subset = gap.iter().any(|w| grammar().subset.contains(w.as_str()));
            has_and && !subset && ok_gap(last_end, sp.start, 7)
        };
        // A count after the phrase must count people: "killed 16 people", not "seized six
        // hundred heads of livestock".
        let sentence = doc.mentions[*i].sentence;
        let following = words_between(doc, sp.end, doc.sentences[sentence].end);
        let next_word = following.first().cloned().unwrap_or_default();
        // "killing six and wounding one", "killed two of them": the number ends the verb's
        // clause before another casualty phrase, or counts part of a group of people.
        // "killing three and stealing weapons": so does another action of the same subject.
        let then_casualty = matches!(next_word.as_str(), "and" | "et")
            && (cues.iter().any(|(_, c, cat)| {
                !matches!(cat.as_str(), "none" | "object")
                    && c.start >= sp.end
                    && word_count_between(doc, sp.end, c.start) <= 1
            }) || doc.in_sentence(sentence).any(|(_, m)| {
                crate::view::is_cue(m, "tactic", crate::frames::TRIGGERS)
                    && m.span.start >= sp.end
                    && word_count_between(doc, sp.end, m.span.start) <= 1
            }));
        // French "tuant six d'entre eux" ("d'entre" folds to one word or two).
        let part_of = (next_word == "of"
            && following
                .get(1)
                .is_some_and(|w| matches!(w.as_str(), "them" | "the" | "whom")))
            || next_word == "dentre"
            || (next_word == "d" && following.get(1).is_some_and(|w| w == "entre"));
        // "..., killing two." : a number that ends the clause counts the verb's victims.
        let clause_end = doc.text.get(sp.end..).is_some_and(|rest| {
            rest.trim_start().is_empty() || rest.trim_start().starts_with(['.', ',', ';'])
        });
        // "killed two Fulani", "killed three MSA fighters": a capitalised name after the number
        // names people (a group or community), not goods.
        let name_next = doc
            .text
            .get(sp.end..)
            .map(str::trim_start)
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        let people = noun_after(doc, *sp, sentence).is_some()
            || grammar().person.contains(&next_word.as_str())
            || clause_end
            || then_casualty
            || part_of
            || name_next;
        if !ok || !people {
            break;
        }
        after.push(*i);
        last_end = sp.end;
    }
    // Before the cue: the nearest number within eight words, then numbers chained by "and".
    let mut before: Vec<usize> = Vec::new();
    let mut first_start = cue.start;
    for (i, sp) in nums
        .iter()
        .rev()
        .filter(|(i, sp)| sp.end <= cue.start && !used.contains(i))
    {
        let gap = words_between(doc, sp.end, first_start);
        // "detained several men ... and executed them": a phrase coordinated with an earlier verb
        // does not take that verb's object as its count.
        let coordinated_verb = gap
            .last()
            .is_some_and(|w| matches!(w.as_str(), "and" | "then" | "before" | "after" | "et"));
        let ok = if before.is_empty() {
            !coordinated_verb && ok_gap(sp.end, first_start, 8)
        } else {
            gap.iter().any(|w| w == "and" || w == "et") && ok_gap(sp.end, first_start, 7)
        };
        if !ok {
            break;
        }
        before.push(*i);
        first_start = sp.start;
    }
    if before.is_empty() {
        return after;
    }
    if after.is_empty() {
        return before;
    }
    // Both: the nearer wins.
    let d_after = word_count_between(doc, cue.end, doc.mentions[after[0]].span.start);
    let d_before = word_count_between(doc, doc.mentions[before[0]].span.end, cue.start);
    if d_after < d_before {
        after
    } else {
        before
    }
}

/// The words between two offsets, an actor's name counting as one word: "four Volunteers for
/// the Defence of the Homeland (VDP) were killed" holds its count as near its verb as "four VDP
/// were killed".
fn words_names_as_one(doc: &Document, a: usize, b: usize) -> usize {
    let names: Vec<Span> = doc
        .mentions
        .iter()
        .filter(|m| matches!(m.kind, cw_record::MentionKind::Actor(_)))
        .map(|m| m.span)
        .filter(|sp| a <= sp.start && sp.end <= b)
        .collect();
    let inner: usize = names
        .iter()
        .filter(|sp| !names.iter().any(|o| o != *sp && o.contains(**sp)))
        .map(|sp| word_count_between(doc, sp.start, sp.end).saturating_sub(1))
        .sum();
    word_count_between(doc, a, b).saturating_sub(inner)
}

/// A casualty phrase with no number: one singular victim, or plural victims (3).
/// The victim is the actor named right after an active verb ("militants killed a village chief"),
/// or before a passive one ("a soldier was killed"); an unnamed person after an active verb
/// ("killed a man", "shot dead the owner of a shop") is a civilian.
fn unnumbered(doc: &Document, s: usize, cue: Span) -> Option<Count> {
    let sentence_start = doc.sentences[s].start;
    let after = doc
        .in_sentence(s)
        .filter(|(_, m)| actor(m).is_some() && m.span.start >= cue.end)
        .find(|(_, m)| {
            let between = words_between(doc, cue.end, m.span.start);
            between.len() <= 4
                && !clause_break_between(doc, cue.end, m.span.start)
                // "was wounded when the assailants tried ...": a new clause, its subject is no
                // victim.
                && !between.iter().any(|w| grammar().subordinator.contains(&w.as_str()))
                // "two protesters died, the interior ministry said": the source, no victim
                // ("shot a protester, witnesses said": the protester is).
                && !names_source(doc, m.span)
                // "shot dead outside his house by (4) gunmen": the agent of a passive verb.
                && !between
                    .iter()
                    .rev()
                    .take(2)
                    .any(|w| matches!(w.as_str(), "by" | "par"))
        });
    // "beat a detainee to death", "stoned him to death": the object right before the phrase is
    // the victim, no passive needed.
    let postposed = matches!(
        cw_record::fold::fold(doc.slice(cue)).as_str(),
        "to death" | "a mort"
    );
    // "died", "died of his wounds", "a succombé à ses blessures": the phrase opens with one.
    let folded_cue = cw_record::fold::fold(doc.slice(cue));
    let intransitive = grammar().intransitive.iter().any(|w| {
        folded_cue
            .strip_prefix(w)
            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
    });
    let before = doc
        .in_sentence(s)
        .filter(|(_, m)| actor(m).is_some() && m.span.end <= cue.start)
        .filter(|(_, m)| {
            let between = words_between(doc, m.span.end, cue.start);
            (between.len() <= 4
                && !clause_break_between(doc, m.span.end, cue.start)
                && (postposed && between.is_empty()
                    // "a demonstrator died", "un manifestant est mort": the subject of an
                    // intransitive casualty phrase is its victim.
                    // (an auxiliary or one adverb between: "est mort", "later died").
                    || intransitive
                        && between.len() <= 1
                        && between.iter().all(|w| !matches!(w.as_str(), "and" | "et"))
                        && !agent_of_participle(doc, m.span)
                    || between.iter().any(|w| {
                        matches!(w.as_str(), "was" | "were" | "been" | "is" | "are" | "ete")
                    })))
                // "a villager shot by soldiers on Monday died of his wounds": the subject
                // qualified by a participle phrase of its own stays the victim.
                || intransitive && modified_subject(doc, m.span, cue)
        })
        .last()
        // "a gendarme and his driver were killed": the list's first person heads it (the rest
        // are counted as listed).
        .map(|(i, m)| list_head(doc, s, i, m));
    // The determiner of a victim noun phrase: "a", "an", "one" within the two words before it
    // ("a suspected militant", "a young Fulani man").
    let det_of = |span: Span| {
        let before = words_between(doc, sentence_start, span.start);
        before
            .iter()
            .rev()
            .take(2)
            .find(|w| matches!(w.as_str(), "a" | "an" | "one" | "un" | "une"))
            .cloned()
            .or_else(|| before.last().cloned())
            .unwrap_or_default()
    };
    // "lynched a policeman to death": the verb before the object counted the victim already.
    if postposed
        && before.is_some_and(|(_, m)| {
            doc.in_sentence(s).any(|(_, c)| {
                crate::view::is_cue(c, "casualty", &["killed"])
                    && c.span.end <= m.span.start
                    && word_count_between(doc, c.span.end, m.span.start) <= 3
            })
        })
    {
        return None;
    }
    let (kind, head, det, spans) = match (after, before) {
        (Some((_, m)), _) | (None, Some((_, m))) => {
            let a = actor(m)?;
            let mut words: Vec<String> = cw_record::fold::fold(doc.slice(m.span))
                .split(' ')
                .map(str::to_string)
                .collect();
            // "an ISGS commander", "a GATIA officer": a group's name used as a modifier; the
            // person noun after it is the victim ("an ISGS commander" is one person).
            const MEMBER_NOUNS: &[&str] = &[
                "commander",
                "chief",
                "leader",
                "member",
                "fighter",
                "militant",
                "militiaman",
                "soldier",
                "officer",
                "official",
                "combatant",
                "emir",
                "recruiter",
                "informant",
                "informer",
                "deputy",
                "agent",
                "guard",
                "element",
                "cadre",
                "spokesman",
                "elder",
                "chef",
                "membre",
                "combattant",
                "soldat",
                "officier",
                "responsable",
            ];
            let noun_next = doc
                .text
                .get(m.span.end..doc.sentences[s].end)
                .and_then(|r| r.split_whitespace().next())
                .map(cw_record::fold::fold)
                .filter(|w| MEMBER_NOUNS.contains(&w.as_str()));
            if let Some(w) = noun_next.filter(|_| a.entry.is_some()) {
                words.push(w);
            }
            // A named group killed with no number is not a count of its members.
            if a.entry.is_some() && words.last().is_some_and(|w| w.ends_with('s')) {
                return None;
            }
            (
                Some(a.kind),
                words.last().cloned().unwrap_or_default(),
                det_of(m.span),
                vec![m.span, cue],
            )
        }
        (None, None) => {
            // ", the ministry said" after the phrase is its source, not its object.
            if doc.in_sentence(s).any(|(_, m)| {
                actor(m).is_some()
                    && m.span.start >= cue.end
                    && word_count_between(doc, cue.end, m.span.start) <= 4
                    && names_source(doc, m.span)
            }) {
                return None;
            }
            // "beat a suspected thief to death", "a battu un voleur à mort": the unnamed person
            // between the verb and the phrase is its victim, one civilian (a determiner at most
            // three words before the phrase, its head noun right before it).
            if postposed {
                let prev = words_between(doc, sentence_start, cue.start);
                let det = prev
                    .iter()
                    .rev()
                    .take(4)
                    .position(|w| {
                        matches!(
                            w.as_str(),
                            "a" | "an" | "one" | "the" | "his" | "her" | "un" | "une" | "le" | "la"
                        )
                    })
                    .filter(|&k| k > 0)
                    .map(|k| prev[prev.len() - 1 - k].clone());
                let head = prev.last().cloned().unwrap_or_default();
                let pronoun = matches!(head.as_str(), "him" | "her" | "le" | "la" | "l");
                // "lynched a thief to death": the verb before the object counted the victim.
                let counted = doc.in_sentence(s).any(|(_, c)| {
                    crate::view::is_cue(c, "casualty", &["killed"])
                        && c.span.end <= cue.start
                        && word_count_between(doc, c.span.end, cue.start) <= 5
                });
                if counted {
                    return None;
                }
                if let Some(det) = det.or_else(|| pronoun.then(|| "a".to_string())) {
                    if pronoun
                        || !is_plural(&head)
                        || matches!(det.as_str(), "a" | "an" | "one" | "un" | "une")
                    {
                        return Some(Count {
                            value: 1,
                            high: None,
                            side: Side::Civilian,
                            sentence: s,
                            spans: vec![cue],
                            additive: false,
                            revised: false,
                            unnumbered: false,
                            approx: Approx::Exact,
                            people: false,
                        });
                    }
                }
            }
            // "killed a man", "assassinated the head of ...": an unnamed person is a civilian.
            let next = words_between(doc, cue.end, doc.sentences[s].end);
            if let Some(c) = lone_victim(doc, s, cue, &next) {
                return Some(c);
            }
            let det = next.first()?.clone();
            if !matches!(
                det.as_str(),
                "a" | "an"
                    | "the"
                    | "one"
                    | "his"
                    | "her"
                    | "their"
                    | "un"
                    | "une"
                    | "le"
                    | "la"
                    | "les"
            ) {
                return None;
            }
            let head = next.get(1).cloned().unwrap_or_default();
            (None, head, det, vec![cue])
        }
    };
    // "No civilians were killed", "aucun civil n'a été tué": a victim headed by a negation is
    // nobody (codebook: fatalities are only the deaths reported).
    if grammar().negation.contains(det.as_str()) {
        return None;
    }
    let plural = is_plural(&head) && !matches!(det.as_str(), "a" | "an" | "one" | "un" | "une");
    // "killed a teacher and his brother": each singular person joined by "and" counts one.
    let extra = if plural {
        0
    } else {
        let victim = spans.first().copied().unwrap_or(cue);
        // A victim before its phrase ("a guard and his son were killed") is listed up to it.
        let end = if victim.end <= cue.start {
            cue.start
        } else {
            doc.sentences[s].end
        };
        joined_singulars(doc, s, victim, end)
    };
    Some(Count {
        value: if plural { 3 } else { 1 + extra },
        high: None,
        // "killing one and wounding the other": the rest of the people just named, of their
        // side, not an unnamed civilian.
        side: kind.map(side_of).unwrap_or(
            if matches!(head.as_str(), "other" | "others" | "autre" | "autres") {
                Side::Unknown
            } else {
                Side::Civilian
            },
        ),
        sentence: s,
        spans,
        additive: false,
        revised: false,
        unnumbered: plural,
        approx: if plural { Approx::Vague } else { Approx::Exact },
        people: false,
    })
}

/// One victim told with no actor word: a person named right after an active verb ("killed
/// councillor Tamboura", "shot dead Moussa Diallo"), or one person before a singular passive
/// ("the apprentice was killed", "a forest agent was found murdered"). A named person is a
/// civilian (codebook VAC); the subject of a passive is of no known side.
fn lone_victim(doc: &Document, s: usize, cue: Span, next: &[String]) -> Option<Count> {
    let one = |spans: Vec<Span>, side: Side| Count {
        value: 1,
        high: None,
        side,
        sentence: s,
        spans,
        additive: false,
        revised: false,
        unnumbered: false,
        approx: Approx::Exact,
        people: false,
    };
    // A pronoun object ("robbing and killing him", "executed them", "burned them alive"):
    // "him"/"her" is one person; "them" the people counted earlier in the sentence, else
    // plural victims (3). A body found ("his body was found") is one person.
    let folded_cue = cw_record::fold::fold(doc.slice(cue));
    let cue_words: Vec<&str> = folded_cue.split(' ').collect();
    let pronoun = next
        .first()
        .map(String::as_str)
        .filter(|w| matches!(*w, "him" | "her" | "them" | "le" | "la" | "les"))
        .or_else(|| {
            cue_words
                .iter()
                .copied()
                .find(|w| matches!(*w, "him" | "them" | "les" | "l"))
        });
    match pronoun {
        Some("him" | "her" | "le" | "la" | "l") => return Some(one(vec![cue], Side::Unknown)),
        // "shot one herder and hurt another": one more of the same.
        _ if next.first().is_some_and(|w| w == "another") => {
            return Some(one(vec![cue], Side::Unknown))
        }
        Some("them" | "les") => {
            let earlier = doc
                .in_sentence(s)
                .filter(|(_, m)| m.span.end <= cue.start)
                .filter(|(_, m)| !indefinite_article(doc, s, m.span))
                .filter_map(|(_, m)| number(m).filter(|n| !n.not_a_count).map(|n| n.value))
                .last();
            let mut c = one(vec![cue], Side::Unknown);
            c.value = earlier.unwrap_or(3);
            if earlier.is_none() {
                c.approx = Approx::Vague;
            }
            return Some(c);
        }
        _ => {}
    }
    if cue_words.len() > 2
        && matches!(
            cue_words.first(),
            Some(&("body" | "corpse" | "corps" | "cadavre"))
        )
    {
        return Some(one(vec![cue], Side::Unknown));
    }
    // A capitalised word right after the verb that no stage read as a place, a date or an
    // actor is a person's name (a title may stand before it: "killed councillor Tamboura").
    let rest = doc.text.get(cue.end..doc.sentences[s].end)?;
    let mut words = rest.split_whitespace();
    let first = words.next().unwrap_or("");
    let name = if first.starts_with(char::is_lowercase) && first.len() > 2 {
        words.next().unwrap_or("")
    } else {
        first
    };
    let named = name.starts_with(char::is_uppercase)
        && name.chars().any(char::is_lowercase)
        && !matches!(
            next.first().map(String::as_str),
            Some("by" | "in" | "on" | "at" | "near" | "par")
        )
        && rest.find(name).is_some_and(|off| {
            let at = cue.end + off;
            !doc.mentions
                .iter()
                .any(|m| m.span.start <= at && at < m.span.end)
        });
    if named {
        return Some(one(vec![cue], Side::Civilian));
    }
    // "the apprentice was killed": a singular determiner, then "was", then the casualty verb.
    let clause_start = doc
        .text
        .get(doc.sentences[s].start..cue.start)
        .and_then(|t| t.rfind([',', ';', ':']))
        .map(|o| doc.sentences[s].start + o + 1)
        .unwrap_or(doc.sentences[s].start);
    let clause = words_between(doc, clause_start, cue.start);
    let tail: Vec<&str> = clause.iter().rev().take(3).map(String::as_str).collect();
    // "nobody was hurt", "no one was killed": a negation is no victim.
    let negated = clause
        .iter()
        .rev()
        .take(4)
        .any(|w| grammar().negation.contains(w.as_str()));
    let singular_passive = tail.contains(&"was") && !negated && !clause.iter().any(|w| w == "were");
    let det = clause
        .iter()
        .rev()
        .take(8)
        .any(|w| matches!(w.as_str(), "a" | "an" | "the" | "his" | "her" | "one"));
    // Whose side the passive's subject was on is not known ("a forest agent", "the guard").
    (singular_passive && det).then(|| one(vec![cue], Side::Unknown))
}

/// Singular persons listed beside the numbers counted for a casualty phrase ("two soldiers and
/// a civilian were killed", "a civilian and two soldiers were killed", "killed two soldiers and
/// a gendarme"): one count of them, of the side of the first person named, or none.
fn listed_with_numbers(doc: &Document, s: usize, nums: &[Span], cue: Span) -> Option<Count> {
    let first = nums.iter().min_by_key(|sp| sp.start).copied()?;
    let last = nums.iter().max_by_key(|sp| sp.start).copied()?;
    let before_cue = last.end <= cue.start;
    if !before_cue && first.start < cue.end {
        return None;
    }
    // The counted noun right after the last number ("two soldiers").
    let noun = doc
        .in_sentence(s)
        .find(|(_, m)| {
            actor(m).is_some()
                && m.span.start >= last.end
                && word_count_between(doc, last.end, m.span.start) <= 1
        })
        .map(|(_, m)| m.span)?;
    let end = if before_cue {
        cue.start
    } else {
        doc.sentences[s].end
    };
    let mut listed: Vec<(Span, ActorKind)> = Vec::new();
    // After it: "and a civilian", ", a driver and a guard", each a singular person.
    let mut at = noun.end;
    for (sp, kind) in doc
        .in_sentence(s)
        .filter_map(|(_, m)| actor(m).map(|a| (m.span, a.kind)))
        .filter(|(sp, _)| sp.start >= noun.end && sp.end <= end)
    {
        if !singular_conjunct(doc, at, sp) {
            break;
        }
        listed.push((sp, kind));
        at = sp.end;
    }
    // The list must end there: at the phrase, or at a word that closes the noun phrase ("in",
    // "near"), not at a verb of its own ("and a civilian was wounded").
    let closes = |from: usize| {
        let next = words_between(doc, from, doc.sentences[s].end);
        // Before the phrase, only its auxiliaries are left ("were", "ont été").
        (before_cue
            && word_count_between(doc, from, cue.start) <= 3
            && !doc.mentions.iter().any(|m| {
                m.span.start >= from
                    && m.span.end <= cue.start
                    && (actor(m).is_some()
                        || crate::view::is_cue(m, "tactic", crate::frames::TRIGGERS))
            }))
            || next.first().is_none_or(|w| {
                grammar().boundary.contains(&w.as_str()) && !grammar().verb.contains(&w.as_str())
            })
            || doc
                .text
                .get(from..)
                .is_some_and(|r| r.trim_start().starts_with([',', '.', ';']))
    };
    if !listed.is_empty() && !closes(at) {
        listed.clear();
    }
    // Before the first number: "a civilian and two soldiers were killed".
    if before_cue {
        let head = doc
            .in_sentence(s)
            .filter_map(|(_, m)| actor(m).map(|a| (m.span, a.kind)))
            .filter(|(sp, _)| sp.end <= first.start)
            .last();
        if let Some((sp, kind)) = head {
            let glue = words_between(doc, sp.end, first.start);
            let lead = words_between(doc, doc.sentences[s].start, sp.start);
            let singular = lead
                .iter()
                .rev()
                .take(2)
                .any(|w| matches!(w.as_str(), "a" | "an" | "one" | "un" | "une"))
                && !last_word_plural(doc, sp);
            if singular
                && !glue.is_empty()
                && glue.iter().all(|w| w == "and" || w == "et")
                && !clause_break_between(doc, sp.end, first.start)
            {
                listed.insert(0, (sp, kind));
            }
        }
    }
    let (sp, kind) = listed.first().copied()?;
    Some(Count {
        value: listed.len() as u64,
        high: None,
        side: side_of(kind),
        sentence: s,
        spans: vec![sp, cue],
        additive: false,
        revised: false,
        unnumbered: false,
        approx: Approx::Exact,
        people: false,
    })
}

/// Is the actor at `sp` one more singular person of a list going on at `from`: joined by "and"
/// or a comma, with a singular determiner and at most one word (an adjective) before it?
fn singular_conjunct(doc: &Document, from: usize, sp: Span) -> bool {
    let french = doc.lang == cw_record::Lang::Fr;
    let gap = doc.text.get(from..sp.start).unwrap_or("");
    let words = words_between(doc, from, sp.start);
    let mut w = words.iter().map(String::as_str).peekable();
    let mut joined = gap.trim_start().starts_with(',');
    while w.next_if(|x| matches!(*x, "and" | "et")).is_some() {
        joined = true;
    }
    let det = w.next().is_some_and(|d| {
        matches!(d, "a" | "an" | "one" | "his" | "her" | "un" | "une")
            || (french && matches!(d, "son" | "sa"))
    });
    joined && det && w.count() <= 1 && !gap.contains([';', ':', '.']) && !last_word_plural(doc, sp)
}

/// Is the last word of the mention at `sp` a plural noun?
fn last_word_plural(doc: &Document, sp: Span) -> bool {
    cw_record::fold::fold(doc.slice(sp))
        .rsplit(' ')
        .next()
        .is_some_and(is_plural)
}

/// Is the actor at `span` the agent of a participle ("shot by soldiers", "blessé par des
/// militaires")? It is then no subject of the casualty phrase after it.
fn agent_of_participle(doc: &Document, span: Span) -> bool {
    let s = doc.sentence_at(span.start);
    words_between(doc, doc.sentences[s].start, span.start)
        .iter()
        .rev()
        .take(2)
        .any(|w| grammar().by.contains(&w.as_str()))
}

/// Is the actor at `span` the subject of the intransitive casualty phrase at `cue`, with a
/// participle phrase qualifying it in between ("a villager shot by soldiers on Monday died of
/// his wounds", "un villageois blessé par balle lundi a succombé à ses blessures")? A
/// participle cue follows the noun at once, the gap holds no other subject (only agents after
/// "by"), no clause break and no "and", and is short.
fn modified_subject(doc: &Document, span: Span, cue: Span) -> bool {
    /// Words a participle phrase may hold between its noun and the casualty phrase.
    const PARTICIPLE_REACH: usize = 10;
    let s = doc.sentence_at(span.start);
    // A participle, not a finite verb with an object ("gunmen attacked the village, where the
    // chief died"): what follows it is its agent, a place or time adjunct, or a date.
    let adjunct_after = |c: &cw_record::Mention| {
        let next = words_between(doc, c.span.end, doc.sentences[s].end);
        next.first().is_some_and(|w| {
            !matches!(w.as_str(), "and" | "et")
                && (grammar().by.contains(&w.as_str())
                    || grammar().object_gap.contains(&w.as_str()))
        }) || doc.in_sentence(s).any(|(_, d)| {
            crate::view::date(d).is_some()
                && d.span.start >= c.span.end
                && word_count_between(doc, c.span.end, d.span.start) <= 1
        })
    };
    let participle = doc.in_sentence(s).any(|(_, c)| {
        cue_of_kind(c)
            && c.span.start >= span.end
            && c.span.end <= cue.start
            && word_count_between(doc, span.end, c.span.start) == 0
            && adjunct_after(c)
    });
    let between = words_between(doc, span.end, cue.start);
    participle
        && between.len() <= PARTICIPLE_REACH
        && !clause_break_between(doc, span.end, cue.start)
        && !doc
            .text
            .get(span.end..cue.start)
            .is_some_and(|g| g.contains(['.', ';']))
        && between.iter().all(|w| !matches!(w.as_str(), "and" | "et"))
        && !agent_of_participle(doc, span)
        // Any other person in the gap is the participle's agent ("by soldiers").
        && doc.in_sentence(s).all(|(_, o)| {
            actor(o).is_none()
                || o.span.end <= span.end
                || o.span.start >= cue.start
                || agent_of_participle(doc, o.span)
        })
}

/// A tactic or casualty cue (a participle such as "shot", "wounded", "abducted").
fn cue_of_kind(m: &cw_record::Mention) -> bool {
    cue(m).is_some_and(|c| matches!(c.lexicon.as_str(), "tactic" | "casualty"))
}

/// The first person of a list of singular persons ending at actor mention `i` ("a gendarme and
/// his driver", "un gendarme et son chauffeur"): earlier actors joined to it only by "and", a
/// comma and determiners.
fn list_head<'a>(
    doc: &'a Document,
    s: usize,
    i: usize,
    m: &'a cw_record::Mention,
) -> (usize, &'a cw_record::Mention) {
    let mut head = (i, m);
    if last_word_plural(doc, m.span) {
        return head;
    }
    loop {
        let prev = doc
            .in_sentence(s)
            .filter(|(_, p)| actor(p).is_some() && p.span.end <= head.1.span.start)
            .last();
        let Some(p) = prev else { break };
        let gap = doc.text.get(p.1.span.end..head.1.span.start).unwrap_or("");
        let words = words_between(doc, p.1.span.end, head.1.span.start);
        // The last link is "and" ("a herder, his nephew and a trader"); a comma alone may set
        // off an apposition ("a police officer, the prefect").
        let and = words.iter().any(|w| w == "and" || w == "et");
        let joined = and || (head.0 != i && gap.contains(','));
        // Only singular persons: "militants and a soldier were killed" counts the soldier.
        let plural_prev = last_word_plural(doc, p.1.span);
        let french = doc.lang == cw_record::Lang::Fr;
        let only_glue = !plural_prev
            && words.iter().all(|w| {
                matches!(
                    w.as_str(),
                    "and"
                        | "et"
                        | "a"
                        | "an"
                        | "the"
                        | "his"
                        | "her"
                        | "their"
                        | "one"
                        | "un"
                        | "une"
                ) || (french && matches!(w.as_str(), "son" | "sa" | "le" | "la"))
            });
        if !(joined && only_glue) || gap.contains([';', ':', '.']) {
            break;
        }
        head = p;
    }
    head
}

/// Is a (folded) head noun plural? Regular "-s" plurals and the irregular ones of people.
fn is_plural(head: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "men",
        "women",
        "children",
        "people",
        "police",
        "fishermen",
        "gunmen",
        "herdsmen",
        "tribesmen",
        "policemen",
        "militiamen",
        "youth",
        "gens",
    ];
    IRREGULAR.contains(&head) || (head.ends_with('s') && !head.ends_with("ss"))
}

/// Singular persons joined to a victim by "and" ("a teacher and his brother", "the driver and a
/// passenger"), up to three.
fn joined_singulars(doc: &Document, s: usize, victim: Span, end: usize) -> u64 {
    // "killing the subprefect and four others": the named victim and the number of others.
    let others = doc
        .in_sentence(s)
        .filter(|(_, m)| m.span.start >= victim.end)
        .find_map(|(_, m)| {
            let n = number(m)?;
            let before = words_between(doc, victim.end, m.span.start);
            let after = words_between(doc, m.span.end, doc.sentences[s].end);
            // "a guard died and two others were hurt": those others have a phrase of their own.
            let own_phrase = doc.in_sentence(s).any(|(_, c)| {
                cue(c).is_some_and(|c| c.lexicon == "casualty")
                    && c.span.start >= m.span.end
                    && word_count_between(doc, m.span.end, c.span.start) <= 2
            });
            (!own_phrase
                && before.len() <= 4
                && before.last().is_some_and(|w| w == "and" || w == "et")
                && after
                    .first()
                    .is_some_and(|w| matches!(w.as_str(), "others" | "other" | "more" | "autres")))
            .then_some(n.value)
        });
    if let Some(n) = others {
        return n;
    }
    listed_singulars(doc, victim, end)
}

/// Singular persons listed after the noun phrase at `victim` up to `end`, joined by commas or
/// "and" ("a herder, his nephew and a trader"), at most three.
fn listed_singulars(doc: &Document, victim: Span, end: usize) -> u64 {
    // "a herder, his nephew and a trader", "a commander and his driver": singular
    // persons listed with commas or "and" after the victim (who may still have a noun or two
    // of its own: "a GATIA commander and ..."), each one person, at most three more.
    let raw = doc
        .text
        .get(victim.end..end.max(victim.end))
        .unwrap_or("")
        .to_lowercase();
    let tokens: Vec<String> = raw
        .replace(',', " , ")
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != ','))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let sep = |t: &str| t == "and" || t == "," || t == "et";
    // French possessives only in French: English "son" is a person ("an imam and his son").
    let french = doc.lang == cw_record::Lang::Fr;
    let det = |t: &str| {
        matches!(
            t,
            "a" | "an" | "his" | "her" | "their" | "the" | "one" | "un" | "une"
        ) || (french && matches!(t, "son" | "sa"))
    };
    // The victim's own trailing nouns, up to two, before the first separator.
    let mut i = tokens
        .iter()
        .take(2)
        .take_while(|t| !sep(t) && !det(t))
        .count();
    let mut n = 0;
    while n < 3 && i < tokens.len() && sep(&tokens[i]) {
        // ", and": one separator.
        while i < tokens.len() && sep(&tokens[i]) {
            i += 1;
        }
        if i >= tokens.len() || !det(&tokens[i]) {
            break;
        }
        // The noun phrase: up to three words up to a separator or a preposition, its head
        // singular; a phrase followed by a verb ("his wife wounded", "the IED was") is a clause
        // of its own, not one more victim.
        let start = i + 1;
        let mut end = start;
        while end < tokens.len()
            && end < start + 3
            && !sep(&tokens[end])
            && !det(&tokens[end])
            && !grammar().boundary.contains(&tokens[end].as_str())
        {
            end += 1;
        }
        let Some(head) = tokens.get(end.wrapping_sub(1)).filter(|_| end > start) else {
            break;
        };
        let closed = tokens.get(end).is_none_or(|t| {
            sep(t)
                || grammar().boundary.contains(&t.as_str()) && !grammar().verb.contains(&t.as_str())
        });
        if !closed || head.ends_with('s') || is_plural(head) || head == "body" {
            break;
        }
        n += 1;
        i = end;
    }
    n
}

/// Sum the counts of one event: per side and sentence summed; where the same side is counted in
/// different sentences without an additive word, the figures conflict and the lowest is kept.
/// A count that revises an earlier one ("the toll later rose to 15") replaces it instead: the
/// codebook's fatalities are "revised upward or downward when better information arrives".
/// Returns (fatalities, high, evidence spans).
pub fn total(counts: &[Count]) -> (u64, u64, Vec<Span>) {
    struct Group {
        side: Side,
        sentence: usize,
        low: u64,
        high: u64,
        spans: Vec<Span>,
        additive: bool,
        revised: bool,
    }
    // Plural victims with no number ("protesters were killed") and a toll of no side in the
    // same sentence ("three dead") are one count: the codebook's default of 3 applies only when
    // no number is given.
    let told = |c: &Count| {
        counts
            .iter()
            .any(|o| !o.unnumbered && o.side == Side::Unknown && o.sentence == c.sentence)
    };
    let mut by_sentence: Vec<Group> = Vec::new();
    for c in counts.iter().filter(|c| !(c.unnumbered && told(c))) {
        if let Some(g) = by_sentence
            .iter_mut()
            .find(|g| g.side == c.side && g.sentence == c.sentence && g.revised == c.revised)
        {
            g.low += c.value;
            g.high += c.high.unwrap_or(c.value);
            g.spans.extend(c.spans.iter().copied());
        } else {
            by_sentence.push(Group {
                side: c.side,
                sentence: c.sentence,
                low: c.value,
                high: c.high.unwrap_or(c.value),
                spans: c.spans.clone(),
                additive: c.additive,
                revised: c.revised,
            });
        }
    }
    // Revisions apply after the counts they revise, whatever order the frame lists them in.
    by_sentence.sort_by_key(|g| g.revised);
    let mut groups: Vec<Group> = Vec::new();
    for b in by_sentence {
        match groups
            .iter_mut()
            .find(|g| g.side == b.side && b.side != Side::Unknown)
        {
            Some(g) if b.revised => {
                g.low = b.low;
                g.high = g.high.max(b.high);
                g.spans = b.spans;
            }
            Some(g) if b.additive => {
                g.low += b.low;
                g.high += b.high;
                g.spans.extend(b.spans);
            }
            Some(g) => {
                // Conflicting reports of the same victims: the lowest figure (codebook).
                if b.low < g.low {
                    g.low = b.low;
                    g.spans = b.spans;
                }
                g.high = g.high.max(b.high);
            }
            None => groups.push(b),
        }
    }
    // A toll that names no side ("leaving 11 people dead") and the sides' own counts ("six hunters
    // and five assailants") are two readings of the same event: the lowest is kept. Only unknown
    // tolls marked additional ("two other people died") add to the sides, and a revised toll
    // ("the toll rose to 15") replaces them.
    let (known, unknown): (Vec<_>, Vec<_>) =
        groups.into_iter().partition(|g| g.side != Side::Unknown);
    let mut low: u64 = known.iter().map(|g| g.low).sum();
    let mut high: u64 = known.iter().map(|g| g.high).sum();
    let mut spans: Vec<Span> = known.iter().flat_map(|g| g.spans.iter().copied()).collect();
    let known_empty = known.is_empty();
    let mut any = !known_empty;
    for g in unknown {
        if g.revised && any {
            low = g.low;
            high = high.max(g.high);
            spans = g.spans;
        } else if known_empty || g.additive {
            low += g.low;
            high += g.high;
            spans.extend(g.spans);
        } else if g.low < low {
            low = g.low;
            high = high.max(g.high);
            spans = g.spans;
        } else {
            high = high.max(g.high);
        }
        any = true;
    }
    (low, high, spans)
}
