//! Who does what to whom inside a frame: actor mentions with a role (agent or patient),
//! read from their position around the sentence's trigger ("X attacked Y", "Y was targeted by X",
//! "clashed with Y", "nine soldiers lost their lives").

use crate::frames::{Frame, TRIGGERS};
use crate::grammar::grammar;
use crate::view::{actor, cue, words_between};
use cw_record::{ActorKind, Document};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Agent,
    Patient,
    /// No role could be read (context mention).
    Other,
}

#[derive(Debug, Clone)]
pub struct Participant {
    pub mention: usize,
    pub role: Role,
    pub kind: ActorKind,
    /// An armed actor named only as leaving in a temporal clause ("after the army withdrew",
    /// "après le retrait de l'armée"): no opponent of what happened after it left, except in a
    /// battle (`departed`).
    pub departed: bool,
    /// The mention of the armed actor this one fights beside ("the army, supported by Dozo
    /// hunters", "soldiers accompanied by Dan Na Ambassagou militiamen", "en appui aux
    /// miliciens"): it is on that actor's side, an associated actor (`ally_of`).
    pub ally_of: Option<usize>,
}

pub fn is_armed(kind: ActorKind) -> bool {
    !matches!(
        kind,
        ActorKind::Civilians | ActorKind::Protesters | ActorKind::Rioters
    )
}

pub fn is_state(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::Military | ActorKind::Police | ActorKind::Government
    )
}

/// Is the actor at `span` the report's source ("..., the ministry said", "according to the
/// army") rather than a side of the event?
pub(crate) fn is_source(doc: &Document, span: cw_record::Span) -> bool {
    let s = doc.sentence_at(span.start);
    let sentence = doc.sentences[s];
    let after = words_between(doc, span.end, sentence.end);
    // A speech verb right after the actor ("police said", "the RSF accused the army of ..."),
    // unless the word after it shows a participle ("a man accused of ...", "jihadists were
    // blamed for the attack", "residents were told to leave", "said to be"). A claim
    // is an attribution only before "that" ("the RSF claimed that ..."), not in "claimed the
    // attack", "claimed to have killed".
    let g = grammar();
    let says = |set: &std::collections::HashSet<&str>| {
        after.iter().take(2).enumerate().any(|(i, w)| {
            let next = after.get(i + 1).map(String::as_str);
            set.contains(&w.as_str()) && next.is_none_or(|n| !g.not_speech.contains(&n))
        })
    };
    let claims = after.iter().take(2).enumerate().any(|(i, w)| {
        g.claim.contains(&w.as_str())
            && after
                .get(i + 1)
                .is_some_and(|n| g.that.contains(&n.as_str()))
    });
    // An accuser that acts too ("accused X of damaging fields and destroyed houses") is a side:
    // a trigger joined to its verb.
    let acts = || {
        doc.in_sentence(s).any(|(_, m)| {
            m.span.start >= span.end
                && is_trigger(m)
                && words_between(doc, span.end, m.span.start)
                    .iter()
                    .rev()
                    .take(2)
                    .any(|w| g.coordinator.contains(&w.as_str()))
        })
    };
    ((says(&g.speech) || claims) && !reports_own_act(doc, span))
        || (says(&g.accuse) && !acts())
        || attributed_to(doc, span)
}

/// Is the actor at `span` named after "according to" / "selon": the report's source, wherever
/// the sentence goes on ("..., according to the army.", "selon l'armée.")?
pub(crate) fn attributed_to(doc: &Document, span: cw_record::Span) -> bool {
    let sentence = doc.sentences[doc.sentence_at(span.start)];
    let before = words_between(doc, sentence.start, span.start);
    before
        .iter()
        .rev()
        .take(3)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w[1] == "according" && w[0] == "to")
        || selon_before(&before)
}

/// "selon l'armée", "selon des élus locaux", "selon plusieurs sources": "selon" and at most two
/// determiners before the mention.
fn selon_before(before: &[String]) -> bool {
    const DETERMINERS: [&str; 12] = [
        "le",
        "la",
        "les",
        "l",
        "des",
        "un",
        "une",
        "du",
        "de",
        "d",
        "plusieurs",
        "certains",
    ];
    let tail: Vec<&str> = before.iter().rev().take(3).map(String::as_str).collect();
    tail.iter()
        .position(|w| *w == "selon")
        .is_some_and(|i| tail[..i].iter().all(|w| DETERMINERS.contains(w)))
}

/// Does the actor at `span` report an act of its own ("the army said it killed 20 militants",
/// "said on Friday that it had killed", "l'armée a affirmé avoir tué")? A speech verb right after
/// it, then, before any comma, a pronoun (or French "avoir") that takes it up as the subject of
/// a trigger or a casualty verb at most two auxiliaries later: the speaker is the source and the
/// actor of the act (codebook: the actor is who carried out the violence). "Residents said they
/// had fled", "said they had been attacked" report no act of theirs.
pub(crate) fn reports_own_act(doc: &Document, span: cw_record::Span) -> bool {
    let g = grammar();
    let s = doc.sentence_at(span.start);
    let Some(act) = doc.in_sentence(s).find(|(_, m)| {
        m.span.start >= span.end
            && (is_trigger(m) || crate::view::is_cue(m, "casualty", &["killed", "injured"]))
    }) else {
        return false;
    };
    if doc
        .text
        .get(span.end..act.1.span.start)
        .is_none_or(|t| t.contains([',', ';', ':', '.']))
    {
        return false;
    }
    let words = words_between(doc, span.end, act.1.span.start);
    // A claim verb too: "announced that it had killed", "a annoncé qu'elle avait tué".
    let Some(said) = words
        .iter()
        .take(2)
        .position(|w| g.speech.contains(w.as_str()) || g.claim.contains(w.as_str()))
    else {
        return false;
    };
    // The pronoun within a few words of the speech verb ("said on Friday that it"), or a
    // possessive and one noun ("said its fighters"): the speaker's own people.
    let Some(subject_end) = words
        .iter()
        .enumerate()
        .skip(said + 1)
        .take(5)
        .find_map(|(i, w)| {
            if g.self_subject.contains(w.as_str()) {
                Some(i + 1)
            } else if g.self_possessive.contains(w.as_str()) {
                Some(i + 2)
            } else {
                None
            }
        })
    else {
        return false;
    };
    let rest = words.get(subject_end..).unwrap_or(&[]);
    // A passive between ("said they had been attacked") reports what was done to them.
    subject_end <= words.len()
        && rest.len() <= 2
        && rest.iter().all(|w| g.auxiliary.contains(w.as_str()))
        && !rest.iter().any(|w| g.passive.contains(w.as_str()))
}

/// Is the actor at `span` the listener of an attribution ("residents told reporters", "a witness
/// told journalists", "ont déclaré à la presse", "ont indiqué à des journalistes")? Those the
/// source speaks to are no side of the event. Not an order ("told villagers to leave", "ont dit
/// aux habitants de partir"): there the listeners are the people acted on.
pub(crate) fn is_listener(doc: &Document, span: cw_record::Span) -> bool {
    let g = grammar();
    let s = doc.sentence_at(span.start);
    let sentence = doc.sentences[s];
    let before = words_between(doc, sentence.start, span.start);
    // The word before the listener, past at most three words such as "the", "à des".
    let mut gap = 0;
    let verb = before.iter().rev().find(|w| {
        let skip = gap < 3 && g.listener_gap.contains(&w.as_str());
        gap += usize::from(skip);
        !skip
    });
    // The listener's own words: up to the next actor, a "that" or the sentence's end ("told the
    // students of a school in Kagara, in Niger state, to board a truck" is an order).
    let next_actor = doc
        .in_sentence(s)
        .filter(|(_, m)| m.span.start >= span.end && crate::view::actor(m).is_some())
        .map(|(_, m)| m.span.start)
        .next()
        .unwrap_or(sentence.end);
    let own = words_between(doc, span.end, next_actor);
    let order = own
        .first()
        .is_some_and(|w| g.order_next.contains(&w.as_str()))
        || own
            .iter()
            .take(12)
            .take_while(|w| !g.that.contains(&w.as_str()))
            .any(|w| g.order.contains(&w.as_str()));
    verb.is_some_and(|v| g.listener.contains(&v.as_str())) && !order
}

/// Is the actor at `span` named only as a usual suspect ("the Pakistani Taliban have carried out
/// similar attacks in the area", "des groupes armés sont actifs dans la zone")? A habit or
/// likeness word within five words after it, before any trigger, and no relative pronoun right
/// after it ("gunmen, who often target travellers, killed five" are the attackers).
pub(crate) fn is_usual_suspect(doc: &Document, span: cw_record::Span) -> bool {
    let g = grammar();
    let s = doc.sentence_at(span.start);
    let sentence = doc.sentences[s];
    let trigger = doc
        .in_sentence(s)
        .find(|(_, m)| m.span.start >= span.end && is_trigger(m))
        .map_or(sentence.end, |(_, m)| m.span.start);
    let after = words_between(doc, span.end, trigger.max(span.end));
    if after
        .first()
        .is_some_and(|w| g.relative.contains(&w.as_str()))
    {
        return false;
    }
    // Before the trigger ("similar" may stand right before it: "similar attacks").
    let habit = after
        .iter()
        .take(5)
        .take_while(|w| !g.relative.contains(&w.as_str()))
        .any(|w| g.habitual.contains(&w.as_str()));
    // Forces only said to be there ("US troops are deployed in the area", "about 900 soldiers
    // remain in the north-east") in a sentence that tells no act: they are no side of
    // the event ("troops deployed to the area clashed with gunmen" keep theirs).
    // "Deployed" is itself a cue of a change of activity: only other cues count as acts.
    // The whole sentence: "routed militants present in the town" tells an act on them.
    let acts_after = doc.in_sentence(s).any(|(_, m)| {
        is_trigger(m)
            && !g
                .presence
                .contains(cw_record::fold::fold(doc.slice(m.span)).as_str())
    });
    let present = !acts_after
        && words_between(doc, span.end, sentence.end)
            .iter()
            .take(3)
            .any(|w| g.presence.contains(&w.as_str()));
    habit || present
}

/// Is the actor at `span` named in a temporal clause of its own departure ("after the army
/// withdrew", "hours after government troops pulled out", "following the withdrawal of the
/// army", "après le retrait de l'armée", "après que les soldats ont quitté")? The clause opens
/// with a temporal word at most four words before the actor, and a departure word stands between
/// them or is the actor's verb right after it.
pub(crate) fn departed(doc: &Document, span: cw_record::Span) -> bool {
    let g = grammar();
    let s = doc.sentence_at(span.start);
    let sentence = doc.sentences[s];
    let before = words_between(doc, sentence.start, span.start);
    let Some(t) = before
        .iter()
        .rposition(|w| g.temporal.contains(&w.as_str()))
        .filter(|&t| before.len() - t <= 5)
    else {
        return false;
    };
    let departure = |w: &String| g.departure.contains(&w.as_str());
    // The departure told as a noun before the actor ("the withdrawal of the army"), or as its
    // verb right after it, past auxiliaries ("had withdrawn", "s'est retirée").
    before[t + 1..].iter().any(departure)
        || words_between(doc, span.end, sentence.end)
            .iter()
            .take(3)
            .find(|w| !g.auxiliary.contains(&w.as_str()))
            .is_some_and(departure)
}

/// A tactic cue that opens an event (`frames::TRIGGERS`).
fn is_trigger(m: &cw_record::Mention) -> bool {
    cue(m).is_some_and(|c| c.lexicon == "tactic" && TRIGGERS.contains(&c.category.as_str()))
}

/// The sentence's first trigger: a tactic cue or, failing that, a casualty phrase.
fn first_trigger(doc: &Document, s: usize) -> Option<cw_record::Span> {
    doc.in_sentence(s)
        .find(|(_, m)| is_trigger(m))
        .or_else(|| {
            doc.in_sentence(s).find(|(_, m)| {
                cue(m).is_some_and(|c| {
                    c.lexicon == "casualty" && !matches!(c.category.as_str(), "none" | "object")
                })
            })
        })
        .map(|(_, m)| m.span)
}

/// The end of the last verb joined to a trigger ending at `end` by a coordinator ("ambushed and
/// killed", "ont attaqué et tué"): a trigger or casualty cue right after "and"/"et".
fn coordinated_end(doc: &Document, s: usize, mut end: usize) -> usize {
    let g = grammar();
    loop {
        let next = doc.in_sentence(s).map(|(_, m)| m).find(|m| {
            m.span.start >= end
                && (is_trigger(m) || cue(m).is_some_and(|c| c.lexicon == "casualty"))
                && {
                    let gap = words_between(doc, end, m.span.start);
                    gap.len() == 1 && g.coordinator.contains(gap[0].as_str())
                }
        });
        match next {
            Some(m) => end = m.span.end,
            None => return end,
        }
    }
}

/// Is the agent at `span` the one who launched a drone or missile that was intercepted ("shot
/// down 22 drones launched by Russia")? The weapon stands between the interception verb and it:
/// the interceptor is the other side (codebook: Disrupted weapons use).
fn launched_intercepted(doc: &Document, s: usize, span: cw_record::Span) -> bool {
    crate::frames::interception(doc, s).is_some_and(|v| {
        let v = doc.mentions[v].span;
        doc.in_sentence(s).any(|(_, w)| {
            crate::view::is_cue(w, "tactic", &["drone", "shelling"])
                && w.span.start >= v.end
                && w.span.end <= span.start
        })
    })
}

/// The role of the words at `span` in sentence `s`, by their place around the sentence's first
/// trigger: before an active verb the agent, after it (or before a passive one) the patient,
/// after "by" the agent.
pub fn role_at(doc: &Document, s: usize, span: cw_record::Span) -> Role {
    match first_trigger(doc, s) {
        None => Role::Other,
        Some(t) if span.end <= t.start => {
            let between = words_between(doc, span.end, t.start);
            let last3 = || between.iter().rev().take(3);
            // "two soldiers reportedly killed near Boni" is a passive with its auxiliary left
            // out; "soldiers reportedly killed two herders" is active: an object follows.
            // Verbs joined to the trigger share its object ("reportedly ambushed and killed
            // five soldiers"): the object is looked for after the last of them.
            let headline = last3().any(|w| grammar().headline_passive.contains(&w.as_str()))
                && words_between(doc, coordinated_end(doc, s, t.end), doc.sentences[s].end)
                    .first()
                    .is_none_or(|w| grammar().object_gap.contains(&w.as_str()));
            // A trigger phrase told from the side of those it hits ("came under fire", "a
            // essuyé des tirs") is passive in its own words.
            let own = words_between(doc, t.start, t.end);
            let passive = (headline
                || last3()
                    .chain(own.iter())
                    .any(|w| grammar().passive.contains(&w.as_str())))
                && !between
                    .iter()
                    .any(|w| w == "have" || w == "has" || w == "had");
            // "Soldiers closed the road after an attack", "l'armée a renforcé ses positions
            // après une attaque": the trigger is an earlier event named in a temporal phrase;
            // those who act on it afterwards did not carry it out.
            let earlier_event =
                last3().any(|w| grammar().temporal.contains(&w.as_str())) && between.len() > 3;
            if earlier_event {
                Role::Other
            } else if passive {
                Role::Patient
            } else {
                Role::Agent
            }
        }
        Some(t) if span.start >= t.end => {
            let between = words_between(doc, t.end, span.start);
            if between
                .iter()
                .rev()
                .take(4)
                .any(|w| grammar().by.contains(&w.as_str()))
            {
                if launched_intercepted(doc, s, span) {
                    Role::Patient
                } else {
                    Role::Agent
                }
            } else {
                Role::Patient
            }
        }
        // A strike noun inside the actor's own words ("an Israeli air strike", "une frappe
        // aérienne russe"): the country's forces that qualify it launched it. Other triggers
        // inside an actor ("mutinying soldiers") say nothing of its role.
        Some(t) if span.start <= t.start && span.end >= t.end && remote_trigger(doc, t) => {
            Role::Agent
        }
        Some(_) => Role::Other,
    }
}

/// Tactic categories of strikes launched from afar (air, drone, artillery, missile): the ones a
/// demonym qualifies by naming who fired (`cw_actors::OF_COUNTRY`).
pub(crate) const REMOTE: &[&str] = &["air_strike", "drone", "shelling"];

/// Whether the trigger at `t` is a strike launched from afar.
fn remote_trigger(doc: &Document, t: cw_record::Span) -> bool {
    doc.mentions
        .iter()
        .any(|m| m.span == t && crate::view::is_cue(m, "tactic", REMOTE))
}

/// The participants of a frame, in text order.
pub fn read(doc: &Document, frame: &Frame) -> Vec<Participant> {
    let mut out = Vec::new();
    for s in frame.sentences.clone() {
        for (i, m) in doc.in_sentence(s) {
            let Some(a) = actor(m) else { continue };
            if is_source(doc, m.span) || is_listener(doc, m.span) || is_usual_suspect(doc, m.span) {
                continue;
            }
            // Forces named in a clause about another event ("after being repelled by the army",
            // "in connection with an attack on the military base") are no side of this one.
            if is_state(a.kind) && (in_other_clause(doc, s, m.span) || worn(doc, m.span)) {
                continue;
            }
            // A group the victims were accused of belonging to or helping ("two herders
            // accused of being militants", "mistaken for jihadists") is no side: the victims
            // are civilians (codebook VAC: anyone unarmed, whatever they were suspected of).
            if is_armed(a.kind) && imputed(doc, m.span) {
                continue;
            }
            let role = role_at(doc, s, m.span);
            out.push(Participant {
                mention: i,
                role,
                kind: a.kind,
                departed: is_armed(a.kind) && departed(doc, m.span),
                ally_of: None,
            });
        }
    }
    // Generic attackers ("the assailants", "gunmen", "militants") in a frame whose named
    // non-state group is the agent refer to that group, wherever they stand in the sentence.
    let named_agent = out.iter().any(|p| {
        p.role == Role::Agent
            && is_armed(p.kind)
            && !is_state(p.kind)
            && actor(&doc.mentions[p.mention]).is_some_and(|a| a.entry.is_some())
    });
    if named_agent {
        for p in out.iter_mut() {
            let generic = actor(&doc.mentions[p.mention]).is_some_and(|a| a.entry.is_none());
            if generic && matches!(p.kind, ActorKind::UnidentifiedArmed | ActorKind::Militants) {
                p.role = Role::Agent;
            }
        }
    } else {
        // With no group named, generic attackers named again in a later sentence ("unknown
        // gunmen attacked ...; the assailants seized a car") are the same attackers, not an
        // armed side they fought.
        let generic_agent = |p: &Participant| {
            p.role == Role::Agent
                && matches!(p.kind, ActorKind::UnidentifiedArmed | ActorKind::Militants)
        };
        // In the agent's own sentence, only past a comma or a clause ("..., a driver was
        // wounded when the assailants tried to seize an ambulance").
        let agents: Vec<(ActorKind, usize, usize)> = out
            .iter()
            .filter(|p| generic_agent(p))
            .map(|p| {
                let m = &doc.mentions[p.mention];
                (p.kind, m.sentence, m.span.end)
            })
            .collect();
        for p in out.iter_mut() {
            let m = &doc.mentions[p.mention];
            let again = agents.iter().any(|(k, at, end)| {
                *k == p.kind
                    && (*at < m.sentence
                        || (*at == m.sentence
                            && *end <= m.span.start
                            && doc
                                .text
                                .get(*end..m.span.start)
                                .is_some_and(|t| t.contains(',') || t.contains(';'))))
            });
            if p.role == Role::Patient && again {
                p.role = Role::Agent;
            }
        }
    }
    let allies: Vec<Option<usize>> = out.iter().map(|p| ally_of(doc, &out, p)).collect();
    for (p, a) in out.iter_mut().zip(allies) {
        p.ally_of = a;
    }
    out
}

/// The armed participant that the armed participant `p` fights beside: `p` is named within three
/// words after an alliance phrase (frame lexicon, category `ally`: "supported by", "accompanied
/// by", "in support of", "aux côtés de"), and the other is the last armed actor named before the
/// phrase in the same clause, at most six words before it ("soldiers conducted an operation in
/// support of X"). Codebook: joint operations code the partners as associated actors of one
/// side. Only non-state groups are allies of this kind; government officials are no fighting
/// side, so they are neither.
fn ally_of(doc: &Document, parts: &[Participant], p: &Participant) -> Option<usize> {
    let fighting = |k: ActorKind| is_armed(k) && k != ActorKind::Government;
    // State forces keep their own side, whoever they back: the lead of a joint operation of
    // forces is the one named first (`Side::primary_and_assoc`).
    if !fighting(p.kind) || is_state(p.kind) || p.kind == ActorKind::External {
        return None;
    }
    let span = doc.mentions[p.mention].span;
    let s = doc.sentence_at(span.start);
    let (_, cue) = doc
        .in_sentence(s)
        .filter(|(_, m)| crate::view::is_cue(m, "frame", &["ally"]) && m.span.end <= span.start)
        .last()?;
    let cue = cue.span;
    if crate::view::word_count_between(doc, cue.end, span.start) > 3
        || crate::view::clause_break_between(doc, cue.end, span.start)
        || parts.iter().any(|q| {
            let m = doc.mentions[q.mention].span;
            m.start >= cue.end && m.end <= span.start
        })
    {
        return None;
    }
    parts
        .iter()
        .filter(|q| q.mention != p.mention && fighting(q.kind))
        .filter(|q| {
            let m = &doc.mentions[q.mention];
            m.sentence == s
                && m.span.end <= cue.start
                && crate::view::word_count_between(doc, m.span.end, cue.start) <= 6
                && !crate::view::clause_break_between(doc, m.span.end, cue.start)
        })
        .max_by_key(|q| doc.mentions[q.mention].span.end)
        .map(|q| q.mention)
}

/// A group named in parentheses right after another ("Katiba Macina (JNIM) militants") is that
/// group's parent or alias, not a second side: the mention index of the group it qualifies.
pub fn parenthetical_of(doc: &Document, mention: usize) -> Option<usize> {
    let m = doc.mentions.get(mention)?;
    // A hedge may open the parentheses: "Dozo militiamen (presumably Dan Na Ambassagou)",
    // "(probablement de Dan Na Ambassagou)": the actor stage marked the group hedged; at most
    // three words stand between the parenthesis and its name.
    let before = doc.text.get(..m.span.start)?.trim_end();
    let before = match before.rfind('(') {
        Some(open)
            if !before.ends_with('(')
                && actor(m).is_some_and(|a| a.hedged)
                && !before[open..].contains([')', ',', ';'])
                && words_between(doc, open + 1, m.span.start).len() <= 3 =>
        {
            &before[..=open]
        }
        _ => before,
    };
    if !before.ends_with('(') {
        return hedged_apposition_of(doc, mention);
    }
    let open = before.len() - 1;
    doc.mentions
        .iter()
        .enumerate()
        .rev()
        .find(|(_, p)| {
            actor(p).is_some()
                && p.span.end <= open
                && doc
                    .text
                    .get(p.span.end..open)
                    .is_some_and(|g| g.trim().is_empty())
        })
        .map(|(i, _)| i)
}

/// A hedged attribution set off by a comma right after a generic mention ("unknown gunmen,
/// presumably Fulani militiamen, ..."): the mention index of the generic head it qualifies.
fn hedged_apposition_of(doc: &Document, mention: usize) -> Option<usize> {
    let m = doc.mentions.get(mention)?;
    if !actor(m).is_some_and(|a| a.hedged) {
        return None;
    }
    let (i, p) = doc
        .mentions
        .iter()
        .enumerate()
        .rev()
        .find(|(_, p)| actor(p).is_some() && p.span.end <= m.span.start)?;
    let generic = actor(p).is_some_and(|a| a.entry.is_none());
    // Between them: a comma and hedge words only (", presumably", ", suspected to be").
    let hedges: Vec<cw_record::Span> = doc
        .mentions
        .iter()
        .filter(|h| h.span.start >= p.span.end && h.span.end <= m.span.start)
        .filter(|h| cue(h).is_some_and(|c| c.lexicon == "hedge"))
        .map(|h| h.span)
        .collect();
    let mut rest = String::new();
    let mut at = p.span.end;
    for h in &hedges {
        rest.push_str(doc.text.get(at..h.start)?);
        at = h.end;
    }
    rest.push_str(doc.text.get(at..m.span.start)?);
    let only_comma = rest.trim() == ",";
    (generic
        && !hedges.is_empty()
        && only_comma
        && doc.sentence_at(p.span.start) == doc.sentence_at(m.span.start))
    .then_some(i)
}

/// A military place or unit the event is aimed at (a base, a post, a patrol): a battle with the
/// forces holding it (Battles: ground attacks on military positions). A unit in the subject of an
/// active verb beside the state forces that act ("an army patrol opened fire on a tricycle") is
/// those forces, the attacker, not a target: the verb then has an object of its own (people or a
/// civilian place after it). A headline's "FAMa checkpoint attacked overnight" has none, so the
/// checkpoint stays the target.
pub fn military_target(doc: &Document, frame: &Frame, parts: &[Participant]) -> bool {
    let in_sentence = |p: &Participant, s: usize| doc.mentions[p.mention].sentence == s;
    doc.mentions.iter().any(|m| {
        let s = m.sentence;
        // Cheap tests first: the roles below read the sentence's words.
        if !(frame.sentences.contains(&s) && crate::view::is_cue(m, "target", &["military"])) {
            return false;
        }
        // The post of an earlier attack a reprisal answers ("killed civilians after an attack on
        // a military detachment") is no target of this event.
        if in_other_clause(doc, s, m.span) || crate::classify::after_cause(doc, m) {
            return false;
        }
        let acting_unit = role_at(doc, s, m.span) == Role::Agent
            && parts
                .iter()
                .any(|p| p.role == Role::Agent && is_state(p.kind) && in_sentence(p, s))
            && (parts
                .iter()
                .any(|p| p.role == Role::Patient && !is_armed(p.kind) && in_sentence(p, s))
                || doc.in_sentence(s).any(|(_, t)| {
                    crate::view::is_cue(t, "target", &["civilian", "property"])
                        && role_at(doc, s, t.span) == Role::Patient
                }));
        !acting_unit
    })
}

/// Property of civilians (a school, a shop, a truck, a bus; target lexicon `property`,
/// `vehicle`, not the `civilian` places where people live) that is the object of an act of the frame: right after a trigger, at
/// most four words on and no preposition of place between them ("detonated the school", "fired
/// rockets at two trucks", "a incendié la mairie"), not a place where something happened
/// ("an IED exploded in the village"). Codebook: attacks on civilian property have civilians as
/// actor2.
pub fn civilian_property_hit(doc: &Document, frame: &Frame) -> bool {
    let g = grammar();
    doc.mentions.iter().any(|m| {
        if !(frame.sentences.contains(&m.sentence)
            && crate::view::is_cue(m, "target", &["property", "vehicle"]))
        {
            return false;
        }
        let Some(t) = doc
            .in_sentence(m.sentence)
            .filter(|(_, t)| is_trigger(t) && t.span.end <= m.span.start)
            .map(|(_, t)| t.span)
            .last()
        else {
            return false;
        };
        let between = words_between(doc, t.end, m.span.start);
        between.len() <= 4 && !between.iter().any(|w| g.object_gap.contains(w.as_str()))
    })
}

/// Is the place or actor at `span` named in a clause about another event, after the sentence's
/// first trigger and a temporal word or a word that ties another event to it ("attacked an IDP
/// camp while withdrawing after being routed at the military base", "pillaged the school in
/// connection with an attack on the army post", "après avoir été repoussés du camp militaire")? The event told is the first
/// trigger's; the other one is context, coded separately (codebook: one event per act).
fn in_other_clause(doc: &Document, s: usize, span: cw_record::Span) -> bool {
    let g = grammar();
    let Some(t) = first_trigger(doc, s).filter(|t| t.end <= span.start) else {
        return false;
    };
    words_between(doc, t.end, span.start)
        .iter()
        .any(|w| g.aside.contains(w.as_str()))
}

/// A rescue told after an attack on civilians ("..., Dozos intervened and routed the attackers",
/// "before soldiers arrived and drove them off", "des Dozos sont intervenus et ont mis en fuite les
/// assaillants"): an armed actor other than the first armed actor named, followed within three
/// words of its clause by a rescue cue (frame lexicon, category `rescue`). Codebook (event
/// splitting): a different actor's fight with the attackers is a separate Battles event; the
/// violence against the civilians is this one. Returns the participants from each rescuer on
/// in its sentence (the rescuer and those it fought) and the tactic cues of that clause, to be
/// set aside; empty when no rescue is told.
pub fn rescue(doc: &Document, frame: &Frame, parts: &[Participant]) -> (Vec<usize>, Vec<usize>) {
    let fighting = |k: ActorKind| is_armed(k) && k != ActorKind::Government;
    let Some(first) = parts.iter().find(|p| fighting(p.kind)) else {
        return (Vec::new(), Vec::new());
    };
    let first_span = doc.mentions[first.mention].span;
    let mut rescuers: Vec<cw_record::Span> = Vec::new();
    for p in parts.iter().filter(|p| fighting(p.kind)) {
        let m = &doc.mentions[p.mention];
        if m.span.start <= first_span.start {
            continue;
        }
        let told = doc.in_sentence(m.sentence).any(|(_, r)| {
            crate::view::is_cue(r, "frame", &["rescue"])
                && r.span.start >= m.span.end
                && words_between(doc, m.span.end, r.span.start).len() <= 3
                && !crate::view::clause_break_between(doc, m.span.end, r.span.start)
                && !doc.in_sentence(m.sentence).any(|(_, o)| {
                    actor(o).is_some() && o.span.start >= m.span.end && o.span.end <= r.span.start
                })
        });
        // The rescuer is another actor than the attackers: not named as the same group.
        let same = actor(m).is_some_and(|a| {
            actor(&doc.mentions[first.mention])
                .is_some_and(|f| a.entry.is_some() && a.entry == f.entry)
        });
        if told && !same && frame.sentences.contains(&m.sentence) {
            rescuers.push(m.span);
        }
    }
    let after_rescuer = |m: &cw_record::Mention| {
        rescuers
            .iter()
            .any(|r| doc.sentence_at(r.start) == m.sentence && m.span.start >= r.start)
    };
    let dropped = parts
        .iter()
        .filter(|p| after_rescuer(&doc.mentions[p.mention]))
        .map(|p| p.mention)
        .collect();
    let cues = doc
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| cue(m).is_some_and(|c| c.lexicon == "tactic"))
        .filter(|(_, m)| after_rescuer(m))
        .map(|(i, _)| i)
        .collect();
    (dropped, cues)
}

/// Is the actor at `span` named after an imputation ("accused of being", "on suspicion of
/// supporting", "mistaken for", "soupçonnés d'être", "pris pour"): an imputing word followed
/// within two words by "of", "for", "de", "pour", at most six words before the actor, in its clause, with no other
/// actor between?
fn imputed(doc: &Document, span: cw_record::Span) -> bool {
    let g = grammar();
    let s = doc.sentence_at(span.start);
    let sentence = doc.sentences[s];
    let before = words_between(doc, sentence.start, span.start);
    let n = before.len();
    (1..=6.min(n)).any(|k| {
        let i = n - k;
        // "accused of", "accusing them of", "soupçonnés d'être".
        g.imputed.contains(before[i].as_str())
            && before
                .iter()
                .skip(i + 1)
                .take(2)
                .any(|w| matches!(w.as_str(), "of" | "for" | "de" | "d" | "pour"))
    }) && {
        // No clause break nor other actor between the imputation and the actor.
        let from = doc
            .in_sentence(s)
            .filter(|(_, o)| actor(o).is_some() && o.span.end <= span.start)
            .map(|(_, o)| o.span.end)
            .last()
            .unwrap_or(sentence.start);
        let gap = words_between(doc, from, span.start);
        gap.iter().any(|w| g.imputed.contains(w.as_str()))
            && !crate::view::clause_break_between(doc, from, span.start)
    }
}

/// Is the force at `span` only the clothing of others ("militants dressed in army fatigues",
/// "gunmen in military uniforms", "vêtus de tenues de l'armée")? An attire word right after
/// the force's name, or right before it past "of", "de", "l'": attackers disguised as soldiers
/// are not soldiers (codebook: the actor is who carried out the violence).
fn worn(doc: &Document, span: cw_record::Span) -> bool {
    let g = grammar();
    let sentence = doc.sentences[doc.sentence_at(span.start)];
    let after = words_between(doc, span.end, sentence.end);
    if after.first().is_some_and(|w| g.attire.contains(w.as_str())) {
        return true;
    }
    let before = words_between(doc, sentence.start, span.start);
    before
        .iter()
        .rev()
        .take(4)
        .find(|w| !g.settlement_glue.contains(w.as_str()) && w.as_str() != "des")
        .is_some_and(|w| g.attire.contains(w.as_str()))
}
