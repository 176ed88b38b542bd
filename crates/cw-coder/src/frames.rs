//! Event frames: which sentences tell which event.
//!
//! A frame opens at a sentence with an event trigger (a tactic cue or a casualty phrase) when no
//! frame is open, or when the sentence signals a different event ("another", "a separate assault",
//! "two days later", a new date). Sentences without a trigger join the open frame within the same
//! paragraph. Background sentences ("since a junta seized power...") and summary sentences
//! ("following two distinct clashes") open no frame while the report tells its events one by one.

use crate::view::{
    actor, clause_break_between, cue, date, is_cue, place, sentence_has, word_count_between,
};
use chrono::Duration;
use cw_record::{DateExpr, Document, TimePrecision};
use std::ops::Range;

/// Tactic categories that make a sentence tell an event.
pub const TRIGGERS: &[&str] = &[
    "clash",
    "air_ground",
    "ambush",
    "attack",
    "kill_combatant",
    "territory_taken",
    "territory_regained",
    "withdrawal",
    "air_strike",
    "shelling",
    "ied",
    "explosive",
    "vehicle_bomb",
    "suicide",
    "grenade",
    "kill",
    "murder",
    "execute",
    "shoot",
    "beat",
    "abduct",
    "sexual",
    "protest",
    "riot",
    "mob",
    "loot",
    "destroy",
    "arrest",
    "agreement",
    "surrender",
    "release",
    "disrupted",
    "intercept",
    "change",
    "base",
    "other",
    "coup",
    "drone",
    "seize",
    "demand",
];

#[derive(Debug, Clone)]
pub struct Frame {
    pub sentences: Range<usize>,
    /// Sentences of the frame that hold a trigger.
    pub triggers: Vec<usize>,
    /// The frame was built from a summary sentence alone (no event told one by one).
    pub from_summary: bool,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct SentenceInfo {
    /// A headline: the report's first line, alone in its paragraph, with no closing punctuation.
    /// It restates the story, so it is not part of any event's frame (its figures would count twice).
    pub title: bool,
    pub trigger: bool,
    pub background: bool,
    pub summary: bool,
    pub new_event: bool,
    /// The sentence tells a release ("was released on 30 August").
    pub release: bool,
    /// The sentence tells the aftermath of the open frame's event: a claim of responsibility, a
    /// wounded victim who died later, bodies found afterwards (frame cues `aftermath`, `claim`).
    pub aftermath: bool,
    /// Every trigger of the sentence is announced, planned, threatened or called for, not told as
    /// done ("the union threatened to strike on Monday"): no event.
    pub future: bool,
    /// The sentence opens with a definite reference to an event ("The attack targeted...",
    /// "This explosion is the first..."): it tells more of the event just told.
    pub anaphor: bool,
}

/// Words a modality cue reaches over to its trigger ("called on *all members to* march").
const MODAL_REACH: usize = 4;

/// Is trigger mention `t` of sentence `s` announced, planned, threatened or called for rather
/// than told as done? ACLED codes events that took place (codebook: "events that occurred"), so
/// a future or a call tells none. Modality cues are the hedge lexicon's `future` (any trigger),
/// `call` (demonstration triggers that name no people: "called for a march", while
/// "protesters called for the release of X" names a crowd that gathered) and `planned` (after
/// the trigger: "a rally is scheduled for Friday").
pub fn modal(doc: &Document, s: usize, t: &cw_record::Mention) -> bool {
    let names_people = doc
        .in_sentence(s)
        .any(|(_, a)| actor(a).is_some() && a.span.start < t.span.end && t.span.start < a.span.end);
    let demonstration = is_cue(t, "tactic", &["protest", "riot", "demand"]) && !names_people;
    doc.in_sentence(s).any(|(_, m)| {
        let Some(c) = cue(m).filter(|c| c.lexicon == "hedge") else {
            return false;
        };
        // The cue's own word is the act told: "threatened" in "threatened to attack" is a threat
        // made (SD: Other, for an armed group), only the attack is not.
        if m.span.start <= t.span.start && t.span.end <= m.span.end {
            return false;
        }
        // The words the cue reaches over: from its end to the trigger (or back from the trigger).
        let (before, from, to) = match c.category.as_str() {
            "future" => (m.span.start, m.span.end.min(t.span.start), t.span.start),
            "call" if demonstration => (m.span.start, m.span.end.min(t.span.start), t.span.start),
            "planned" => (t.span.start, t.span.end, m.span.start),
            _ => return false,
        };
        // The cue reaches only the first act after it: "will investigate the attack that killed
        // five" leaves the killing told as done.
        let act_between = c.category != "planned"
            && doc.in_sentence(s).any(|(_, o)| {
                o.span.start >= m.span.end
                    && o.span.end <= t.span.start
                    && (is_cue(o, "tactic", TRIGGERS)
                        || is_cue(o, "casualty", &["killed", "injured"]))
            });
        before <= to
            && from <= to
            && !act_between
            && word_count_between(doc, from, to) <= MODAL_REACH
            && !clause_break_between(doc, before, to)
    })
}

/// Aircraft as the subject or the agent of a verb of striking in sentence `s` ("Russian-made jets
/// struck a village", "government planes bombed the market", "le village a été pilonné par des
/// hélicoptères"): an air strike (E/RV: Air/drone strike, "any air-to-ground attacks"). The
/// aircraft stands before the verb in its clause with no passive between ("a helicopter was hit
/// by ground fire" is the aircraft struck), or after the verb behind "by". Returns the verb.
pub fn aircraft_strikes(doc: &Document, s: usize) -> Option<usize> {
    /// Words between an aircraft and its verb ("jets, believed to be Russian, struck").
    const SUBJECT_REACH: usize = 6;
    /// Words between a passive verb and its agent ("was hit on Monday by a drone").
    const AGENT_REACH: usize = 4;
    let aircraft: Vec<&cw_record::Mention> = doc
        .in_sentence(s)
        .filter(|(_, m)| is_cue(m, "tactic", &["air_force", "drone", "plane"]))
        .map(|(_, m)| m)
        .collect();
    // A strike noun as the subject of a verb of striking or targeting ("Israeli strikes hit
    // Houthi positions", "des frappes ont visé des positions"): the strikes are from the air.
    let strikes: Vec<&cw_record::Mention> = doc
        .in_sentence(s)
        .filter(|(_, m)| is_cue(m, "tactic", &["strike", "air_strike"]))
        .map(|(_, m)| m)
        .collect();
    if aircraft.is_empty() && strikes.is_empty() {
        return None;
    }
    let g = crate::grammar::grammar();
    let subject = |a: &cw_record::Mention, v: &cw_record::Mention| {
        let between = crate::view::words_between(doc, a.span.end, v.span.start);
        between.len() <= SUBJECT_REACH
            && !clause_break_between(doc, a.span.end, v.span.start)
            && !between
                .iter()
                .any(|w| g.passive.contains(w.as_str()) || g.by.contains(w.as_str()))
    };
    let struck_by_strike = |v: &cw_record::Mention| {
        is_cue(v, "tactic", &["air_verb", "attack"])
            && strikes
                .iter()
                .any(|a| a.span.end <= v.span.start && subject(a, v))
    };
    doc.in_sentence(s)
        .filter(|(_, v)| {
            (is_cue(v, "tactic", &["strike", "air_verb"]) || struck_by_strike(v))
                && !modal(doc, s, v)
        })
        .find(|(_, v)| {
            struck_by_strike(v)
                || aircraft.iter().any(|a| {
                    if a.span.end <= v.span.start {
                        subject(a, v)
                    } else if v.span.end <= a.span.start {
                        let between = crate::view::words_between(doc, v.span.end, a.span.start);
                        between.len() <= AGENT_REACH
                            && !clause_break_between(doc, v.span.end, a.span.start)
                            && between
                                .iter()
                                .rev()
                                .take(2)
                                .any(|w| g.by.contains(w.as_str()))
                    } else {
                        false
                    }
                })
        })
        .map(|(i, _)| i)
}

/// A drone, missile or rocket shot down or intercepted in sentence `s` ("air defences shot down
/// 22 drones", "intercepted a missile", "a abattu 22 drones", "two drones were downed"): SD:
/// Disrupted weapons use (codebook: "Drone shoot-downs and missile interceptions"). The weapon is
/// the verb's object (an interception verb within a few words before it; a verb of killing right
/// before it, past a count or an article: "abattu") or the subject of its passive. Returns the verb.
pub fn interception(doc: &Document, s: usize) -> Option<usize> {
    /// Words between an interception verb and its object ("shot down overnight 22 drones").
    const OBJECT_REACH: usize = 5;
    /// Words between a verb of killing and its object ("a abattu 22 drones").
    const NEAR_REACH: usize = 2;
    /// Words between a weapon and its passive interception verb ("drones were shot down").
    const SUBJECT_REACH: usize = 3;
    let weapon = |m: &cw_record::Mention| {
        is_cue(m, "tactic", &["drone"])
            || (is_cue(m, "tactic", &["shelling"])
                && !doc.slice(m.span).trim().contains(char::is_whitespace))
    };
    let weapons: Vec<&cw_record::Mention> = doc
        .in_sentence(s)
        .map(|(_, m)| m)
        .filter(|m| weapon(m))
        .collect();
    if weapons.is_empty() {
        return None;
    }
    let g = crate::grammar::grammar();
    doc.in_sentence(s)
        .filter(|(_, v)| !modal(doc, s, v))
        .find(|(_, v)| {
            // "shot down" ("shoot" with "down" after it) intercepts; "fired rockets" is a launch.
            let shot_down = is_cue(v, "tactic", &["shoot"])
                && crate::view::words_between(doc, v.span.end, doc.sentences[s].end)
                    .first()
                    .is_some_and(|w| w == "down");
            // "intercepted" is a `seize` cue: a drone or missile seized or intercepted is a
            // disrupted weapon too (codebook: "interception, seizure of weapons caches").
            let intercept = shot_down || is_cue(v, "tactic", &["intercept", "seize"]);
            let near = is_cue(v, "tactic", &["kill"]);
            (intercept || near)
                && weapons.iter().any(|w| {
                    if v.span.end <= w.span.start {
                        let n = word_count_between(doc, v.span.end, w.span.start);
                        n <= if intercept { OBJECT_REACH } else { NEAR_REACH }
                            && !clause_break_between(doc, v.span.end, w.span.start)
                    } else if w.span.end <= v.span.start {
                        let between = crate::view::words_between(doc, w.span.end, v.span.start);
                        between.len() <= SUBJECT_REACH
                            && !clause_break_between(doc, w.span.end, v.span.start)
                            && between.iter().any(|b| g.passive.contains(b.as_str()))
                    } else {
                        false
                    }
                })
        })
        .map(|(i, _)| i)
}

/// A verb of taking with a place as its object in sentence `s` ("seized the town of Paletwa",
/// "captured Djibo", "se sont emparés de la ville de X", "a repris dimanche le contrôle de Boni"),
/// or with a place as the subject of its passive ("the town of Djibo was captured by ..."):
/// territory taken or regained (Battles: Government regains / Non-state actor overtakes
/// territory). The place is a town or admin unit named right after the verb (or after
/// "de"/"of", or after a `place_head` such as "control of"), or a settlement noun (grammar
/// `settlement`), with only determiners and the like (`settlement_glue`), dates and at most one
/// other word between; a preposition, a person or a number ends the search ("seized cattle near
/// the village", "captured two soldiers in the town"). Returns the verb (a tactic cue `capture`,
/// `recapture` or `seize`).
pub fn captured_place(doc: &Document, s: usize) -> Option<usize> {
    doc.in_sentence(s)
        .filter(|(_, v)| {
            is_cue(v, "tactic", &["capture", "recapture", "seize"]) && !modal(doc, s, v)
        })
        .find(|(_, v)| place_object(doc, s, v.span) || place_subject(doc, s, v.span))
        .map(|(i, _)| i)
}

/// Is a place the object of the verb at `verb` (see [`captured_place`])?
fn place_object(doc: &Document, s: usize, verb: cw_record::Span) -> bool {
    /// Words other than determiners between the verb and its place ("the rebel-held town").
    const OTHER_WORDS: usize = 1;
    let g = crate::grammar::grammar();
    let Some(sentence_end) = doc.sentences.get(s).map(|sp| sp.end) else {
        return false;
    };
    let rest = doc.text.get(verb.end..sentence_end).unwrap_or("");
    let mut other = 0;
    let mut at = verb.end;
    // A place is the object right after the verb, or after "de"/"of" only ("s'est emparé de
    // Djibo"); after an article it is a thing named like a town ("seized a Toyota").
    let mut bare = true;
    for raw in rest.split_whitespace() {
        let Some(off) = doc.text.get(at..sentence_end).and_then(|t| t.find(raw)) else {
            break;
        };
        let start = at + off;
        at = start + raw.len();
        let mention_here = |pred: &dyn Fn(&cw_record::Mention) -> bool| {
            doc.in_sentence(s)
                .any(|(_, m)| m.span.start <= start && start < m.span.end && pred(m))
        };
        // A place named here is the object.
        if bare
            && mention_here(&|m| {
                m.span.start == start
                    && place(m).is_some_and(|p| p.place.kind != cw_record::PlaceKind::Country)
            })
        {
            return true;
        }
        // A date in between changes nothing ("a repris dimanche le contrôle de").
        if mention_here(&|m| date(m).is_some()) {
            continue;
        }
        // A person or a count is the object instead.
        if mention_here(&|m| actor(m).is_some() || crate::view::number(m).is_some()) {
            return false;
        }
        let folded = cw_record::fold::fold(raw);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        // "the village's livestock": a possessive names the owner of the goods.
        let possessive = raw.ends_with("'s") || raw.ends_with("’s");
        if !possessive && words.iter().any(|w| g.settlement.contains(w)) {
            return true;
        }
        let head = words.iter().any(|w| g.place_head.contains(w));
        bare = head || (bare && words.iter().all(|w| matches!(*w, "de" | "d" | "of")));
        if !words.is_empty()
            && words
                .iter()
                .all(|w| g.settlement_glue.contains(w) || g.place_head.contains(w))
        {
            if raw.ends_with([',', ';', '.', ':']) {
                return false;
            }
            continue;
        }
        if possessive
            || words.iter().any(|w| g.boundary.contains(w))
            || raw.ends_with([',', ';', '.', ':'])
        {
            return false;
        }
        other += 1;
        if other > OTHER_WORDS {
            return false;
        }
    }
    false
}

/// Is a place the subject of the verb at `verb` made passive ("the town of Djibo in northern
/// Burkina Faso was captured by jihadists", "la ville a été reprise")? Read back from the
/// auxiliary to the clause's start: only the place's own words (a town, a settlement noun,
/// determiners, a location preposition, a date) and at most one other word.
fn place_subject(doc: &Document, s: usize, verb: cw_record::Span) -> bool {
    const OTHER_WORDS: usize = 1;
    let g = crate::grammar::grammar();
    let Some(sentence_start) = doc.sentences.get(s).map(|sp| sp.start) else {
        return false;
    };
    let before = doc.text.get(sentence_start..verb.start).unwrap_or("");
    let mut tokens: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for raw in before.split_whitespace() {
        let Some(off) = before.get(at..).and_then(|t| t.find(raw)) else {
            break;
        };
        tokens.push((sentence_start + at + off, raw));
        at += off + raw.len();
    }
    // The auxiliary right before the verb ("was", "were", "a été").
    let mut aux = 0;
    while let Some((_, raw)) = tokens.last() {
        let folded = cw_record::fold::fold(raw);
        if aux < 2
            && (g.passive.contains(folded.as_str()) || matches!(folded.as_str(), "a" | "ont"))
        {
            tokens.pop();
            aux += 1;
        } else {
            break;
        }
    }
    if !(1..=2).contains(&aux) {
        return false;
    }
    let mut place_seen = false;
    let mut other = 0;
    for (start, raw) in tokens.iter().rev() {
        if raw.ends_with([',', ';', ':']) {
            break;
        }
        let in_mention = |pred: &dyn Fn(&cw_record::Mention) -> bool| {
            doc.in_sentence(s)
                .any(|(_, m)| m.span.start <= *start && *start < m.span.end && pred(m))
        };
        if in_mention(&|m| actor(m).is_some()) {
            return false;
        }
        if in_mention(&|m| place(m).is_some_and(|p| p.place.kind != cw_record::PlaceKind::Country))
        {
            place_seen = true;
            continue;
        }
        if in_mention(&|m| place(m).is_some() || date(m).is_some()) {
            continue;
        }
        let folded = cw_record::fold::fold(raw);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        if words.iter().any(|w| g.settlement.contains(w)) {
            place_seen = true;
            continue;
        }
        if words.iter().all(|w| {
            g.settlement_glue.contains(w) || matches!(*w, "in" | "near" | "dans" | "pres" | "en")
        }) {
            continue;
        }
        other += 1;
        if other > OTHER_WORDS {
            return false;
        }
    }
    place_seen
}

/// Per-sentence features.
pub fn sentence_info(doc: &Document) -> Vec<SentenceInfo> {
    let n = doc.sentences.len();
    let mut info = vec![SentenceInfo::default(); n];
    let stale_limit = doc.published - Duration::days(60);
    let mut stale = vec![false; n];
    let title = n > 1
        && doc.paragraph_of.first() != doc.paragraph_of.get(1)
        && doc.sentences.first().is_some_and(|sp| {
            let t = doc.slice(*sp).trim_end();
            t.len() < 200 && !t.ends_with(['.', '!', '?', '"', '”'])
        });
    for (s, inf) in info.iter_mut().enumerate() {
        inf.title = s == 0 && title;
        // "Aircraft carried out a strike": a bare "strike" tells an air strike only next to an
        // aircraft (E/RV: Air/drone strike); alone it may be a labour strike or a football striker.
        let triggers: Vec<&cw_record::Mention> = doc
            .in_sentence(s)
            .filter(|(_, m)| {
                is_cue(m, "tactic", TRIGGERS) || is_cue(m, "casualty", &["killed", "injured"])
            })
            .map(|(_, m)| m)
            .collect();
        let told = triggers.iter().any(|t| !modal(doc, s, t));
        inf.future = !triggers.is_empty() && !told;
        inf.trigger = told
            || (sentence_has(doc, s, "tactic", &["strike"])
                && sentence_has(doc, s, "tactic", &["air_force"]))
            || aircraft_strikes(doc, s).is_some()
            || interception(doc, s).is_some()
            || captured_place(doc, s).is_some();
        inf.summary = sentence_has(doc, s, "frame", &["summary"]);
        inf.new_event = sentence_has(doc, s, "frame", &["new_event"]);
        inf.release = sentence_has(doc, s, "tactic", &["release"]);
        inf.aftermath = sentence_has(doc, s, "frame", &["aftermath", "claim"]);
        let sentence_start = doc.sentences.get(s).map(|sp| sp.start).unwrap_or(0);
        inf.anaphor = doc.in_sentence(s).any(|(_, m)| {
            is_cue(m, "frame", &["anaphor"])
                && doc
                    .text
                    .get(sentence_start..m.span.start)
                    .is_some_and(|g| g.chars().all(|c| !c.is_alphanumeric()))
        });
        let mut any_date = false;
        let mut all_stale = true;
        let mut day_date = false;
        for (_, m) in doc.in_sentence(s) {
            if let Some(d) = date(m) {
                if matches!(
                    d.expr,
                    DateExpr::RelativeToPrevious { .. } | DateExpr::SamePrevious
                ) {
                    all_stale = false;
                    continue;
                }
                any_date = true;
                match d.resolved {
                    Some((day, p)) => {
                        day_date |= p == TimePrecision::Day;
                        if !(p == TimePrecision::Month && day < stale_limit) {
                            all_stale = false;
                        }
                    }
                    None => {
                        // A bare year ("in 2023") is context unless it is the publication year.
                        if !matches!(d.expr, DateExpr::Year { year } if year < chrono::Datelike::year(&doc.published))
                        {
                            all_stale = false;
                        }
                    }
                }
            }
        }
        stale[s] = any_date && all_stale;
        // Background: a context cue ("since", "amid", "has faced") before the sentence's first
        // trigger, in a sentence that names no day ("On 14 July, protests continued amid calls..."
        // is an event; "Niger has faced unrest since a coup in July 2023" is context).
        let first_trigger = doc
            .in_sentence(s)
            .find(|(_, m)| {
                is_cue(m, "tactic", TRIGGERS) || is_cue(m, "casualty", &["killed", "injured"])
            })
            .map(|(_, m)| m.span.start)
            .unwrap_or(usize::MAX);
        let context_first = doc
            .in_sentence(s)
            .any(|(_, m)| is_cue(m, "frame", &["background"]) && m.span.start < first_trigger);
        inf.background = context_first && !day_date;
    }
    // A sentence dated only by an old month or year is background when other sentences tell
    // events with dates of their own; when they carry no date, they continue the old-dated
    // sentence's event ("In July 2019, militants clashed ... One fighter was killed").
    let dated: Vec<bool> = (0..n)
        .map(|o| doc.in_sentence(o).any(|(_, m)| date(m).is_some()))
        .collect();
    let live: Vec<bool> = (0..n)
        .map(|o| info[o].trigger && !info[o].background && !stale[o] && dated[o])
        .collect();
    for (s, inf) in info.iter_mut().enumerate() {
        if stale[s] && live.iter().enumerate().any(|(o, l)| *l && o != s) {
            inf.background = true;
        }
    }
    info
}

/// Build frames over the document's sentences.
pub fn build(doc: &Document) -> Vec<Frame> {
    let info = sentence_info(doc);
    let mut frames: Vec<Frame> = Vec::new();
    let mut open: Option<Frame> = None;
    let mut open_day: Option<chrono::NaiveDate> = None;
    let told_one_by_one = info
        .iter()
        .any(|i| i.trigger && !i.background && !i.summary);
    // Sentences that belong to no event: context, announced actions, the headline, a summary.
    let closes =
        |i: &SentenceInfo| i.background || i.future || i.title || (i.summary && told_one_by_one);
    for (s, inf) in info.iter().enumerate() {
        if closes(inf) {
            if let Some(f) = open.take() {
                frames.push(f);
            }
            continue;
        }
        let day = sentence_day(doc, s);
        let relative = doc.in_sentence(s).any(|(_, m)| {
            date(m).is_some_and(
                |d| matches!(d.expr, DateExpr::RelativeToPrevious { days } if days != 0),
            )
        });
        let ordinal = sentence_has(doc, s, "frame", &["ordinal"]);
        let new_date = matches!((open_day, day), (Some(a), Some(b)) if a != b);
        let moved = new_place(doc, open.as_ref(), s);
        // The release of hostages taken in the open frame ends that abduction's story, on whatever
        // day it comes: no event of its own (VAC: Abduction/forced disappearance; only a
        // negotiated exchange would be an Agreement).
        let release_of_open = inf.release
            && open
                .as_ref()
                .is_some_and(|f| frame_has(doc, f, "tactic", &["abduct"]));
        // Codebook "Reported fatalities" (counts revised as better information arrives) and
        // "Event aggregation": a claim of the attack, a victim who died of his wounds days later
        // or bodies found the next day tell the open event again, not a new one, whatever day
        // the sentence names; only an explicit new event ("in a separate attack") or a new place
        // in a new paragraph opens one.
        let aftermath = inf.aftermath && !inf.new_event;
        // A definite reference opening the sentence ("The explosion is the first attack recorded
        // in the region") continues the event told: its ordinal ranks that event, it does not
        // open a second one. A new day it names still splits (codebook "Event time": "the
        // attack avenged a killing four days earlier" tells that killing's own day).
        let anaphor =
            inf.anaphor && !inf.new_event && !open.as_ref().is_some_and(|f| new_town(doc, f, s));
        // A claim or an aftermath right after a closing summary ("Around thirty were killed in
        // total. ISWAP claimed to have killed four.") reopens the event it follows in the
        // paragraph.
        if open.is_none() && inf.trigger && inf.aftermath && !inf.new_event {
            if let Some(last) = frames.last() {
                let end = last.sentences.end;
                let same_paragraph =
                    end > 0 && doc.paragraph_of.get(end - 1) == doc.paragraph_of.get(s);
                let only_summaries = (end..s).all(|k| {
                    info.get(k)
                        .is_some_and(|i| i.summary && !i.background && !i.future && !i.title)
                });
                if same_paragraph && only_summaries {
                    open = frames.pop();
                    open_day = open
                        .as_ref()
                        .and_then(|f| f.sentences.clone().find_map(|k| sentence_day(doc, k)));
                }
            }
        }
        match open.as_mut() {
            Some(_)
                if inf.trigger
                    && !release_of_open
                    && (inf.new_event
                        || moved
                        || (!aftermath && (relative || new_date || (ordinal && !anaphor)))) =>
            {
                if let Some(done) = open.take() {
                    frames.push(done);
                }
                open = Some(Frame {
                    sentences: s..s + 1,
                    triggers: vec![s],
                    from_summary: inf.summary,
                });
                open_day = day;
            }
            Some(f) => {
                // Sentences without a trigger (context, later details) join the open frame; the
                // frame is trimmed back to its last trigger's paragraph when it closes.
                f.sentences.end = s + 1;
                if inf.trigger {
                    f.triggers.push(s);
                }
                if open_day.is_none() {
                    open_day = day;
                }
            }
            None if inf.trigger => {
                // Sentences of the same paragraph before the first trigger (not background, not in an
                // earlier frame) belong to the event: "On 3 May, X happened. Two were killed."
                let floor = frames.last().map(|f| f.sentences.end).unwrap_or(0);
                let mut start = s;
                while start > floor
                    && doc.paragraph_of.get(start - 1) == doc.paragraph_of.get(s)
                    && !closes(&info[start - 1])
                {
                    start -= 1;
                }
                open = Some(Frame {
                    sentences: start..s + 1,
                    triggers: vec![s],
                    from_summary: inf.summary,
                });
                open_day = (start..=s).find_map(|k| sentence_day(doc, k));
            }
            None => {}
        }
    }
    if let Some(f) = open.take() {
        frames.push(f);
    }
    // Trailing sentences after a frame's last trigger stay only within that trigger's paragraph
    // or the next sentence (details such as "No casualties were reported.").
    for f in &mut frames {
        let last = f.triggers.last().copied().unwrap_or(f.sentences.start);
        let mut end = last + 1;
        while end < f.sentences.end
            && (doc.paragraph_of.get(end) == doc.paragraph_of.get(last) || end == last + 1)
        {
            end += 1;
        }
        f.sentences.end = end;
    }
    frames
}

/// A sentence in a new paragraph that names a town the open frame does not: another event.
fn new_place(doc: &Document, open: Option<&Frame>, s: usize) -> bool {
    let Some(f) = open else { return false };
    let last = f.sentences.end.saturating_sub(1);
    if doc.paragraph_of.get(last) == doc.paragraph_of.get(s) {
        return false;
    }
    let towns = |k: usize| -> Vec<String> {
        doc.in_sentence(k)
            .filter_map(|(_, m)| crate::view::place(m))
            .filter(|p| {
                matches!(p.place.kind, cw_record::PlaceKind::Populated)
                    && !matches!(
                        p.cue,
                        cw_record::PlaceCue::Elsewhere | cw_record::PlaceCue::Dateline
                    )
            })
            .map(|p| p.place.name.clone())
            .collect()
    };
    let here = towns(s);
    let before: Vec<String> = f.sentences.clone().flat_map(towns).collect();
    !here.is_empty() && !before.is_empty() && here.iter().all(|t| !before.contains(t))
}

/// Does sentence `s` name a town the frame's sentences do not?
fn new_town(doc: &Document, f: &Frame, s: usize) -> bool {
    let towns = |k: usize| -> Vec<String> {
        doc.in_sentence(k)
            .filter_map(|(_, m)| crate::view::place(m))
            .filter(|p| matches!(p.place.kind, cw_record::PlaceKind::Populated))
            .map(|p| p.place.name.clone())
            .collect()
    };
    let before: Vec<String> = f.sentences.clone().flat_map(towns).collect();
    towns(s).iter().any(|t| !before.contains(t))
}

/// The day-precision date a sentence names, if any.
fn sentence_day(doc: &Document, s: usize) -> Option<chrono::NaiveDate> {
    doc.in_sentence(s).find_map(|(_, m)| {
        date(m).and_then(|d| match (d.expr.clone(), d.resolved) {
            (DateExpr::Calendar { .. }, Some((day, TimePrecision::Day))) => Some(day),
            _ => None,
        })
    })
}

/// Indices of the mentions inside a frame's sentences, skipping none.
pub fn mentions_in(doc: &Document, frame: &Frame) -> Vec<usize> {
    doc.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| frame.sentences.contains(&m.sentence))
        .map(|(i, _)| i)
        .collect()
}

/// Is there a cue of these categories in the frame?
/// Tactic cues that are only announced, planned or threatened ("threatened to attack") tell no
/// act of the frame.
pub fn frame_has(doc: &Document, frame: &Frame, lexicon: &str, categories: &[&str]) -> bool {
    doc.mentions.iter().any(|m| {
        frame.sentences.contains(&m.sentence)
            && is_cue(m, lexicon, categories)
            && !(lexicon == "tactic" && modal(doc, m.sentence, m))
    })
}

/// First mention index of a cue of these categories in the frame.
pub fn first_cue(
    doc: &Document,
    frame: &Frame,
    lexicon: &str,
    categories: &[&str],
) -> Option<usize> {
    doc.mentions.iter().position(|m| {
        frame.sentences.contains(&m.sentence)
            && is_cue(m, lexicon, categories)
            && !(lexicon == "tactic" && modal(doc, m.sentence, m))
    })
}

/// Category names of the tactic cues in a frame, in text order.
pub fn tactic_categories(doc: &Document, frame: &Frame) -> Vec<(usize, String)> {
    doc.mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| frame.sentences.contains(&m.sentence) && !modal(doc, m.sentence, m))
        .filter_map(|(i, m)| {
            cue(m)
                .filter(|c| c.lexicon == "tactic")
                .map(|c| (i, c.category.clone()))
        })
        .collect()
}
