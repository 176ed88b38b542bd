//! Assembly: one ACLED event per frame (after classification, dates, location, actors and
//! fatalities), with evidence for each field, a notes sentence in ACLED's style, a confidence,
//! and the codebook's merging of events with the same day, place and actors.

use crate::classify::{classify, Harm};
use crate::fatalities::{self, Side};
use crate::frames::{self, frame_has, Frame};
use crate::participants::{self, is_armed};
use crate::{roles, when};
use cw_actors::ActorDictionary;
use cw_geo::Gazetteer;
use cw_record::{
    interaction_text, Document, Event, EventType, Evidence, FatalityRange, GeoPrecision, Location,
    Report, Span, SubEventType, TimePrecision, CIVILIANS_TARGETED,
};

fn ev(doc: &Document, field: &str, span: Span, rule: Option<&str>) -> Evidence {
    Evidence {
        field: field.to_string(),
        start: span.start,
        end: span.end,
        text: doc.slice(span).to_string(),
        rule: rule.map(str::to_string),
    }
}

/// Weapons that make a frame a conflict event even with no actor named.
const WEAPONS: &[&str] = &[
    "air_strike",
    "ied",
    "explosive",
    "vehicle_bomb",
    "suicide",
    "grenade",
    "shelling",
];
const DEMONSTRATION: &[&str] = &["protest", "riot", "mob", "demand"];
/// Violence against people: "murder" is a deliberate killing (assassinated, murdered,
/// massacred); a plain "killed" also tells accidents and needs a conflict context.
const VIOLENCE: &[&str] = &[
    "attack", "shoot", "execute", "murder", "abduct", "ambush", "sexual", "beat", "clash",
    "violence",
];

pub fn events(
    doc: &Document,
    geo: &Gazetteer,
    dict: &ActorDictionary,
    report: &Report,
) -> Vec<Event> {
    let frames = frames::build(doc);
    let focus = doc.focus_country.as_deref();
    let mut out: Vec<(Event, Vec<fatalities::Count>)> = Vec::new();
    let mut previous: Option<when::When> = None;
    for frame in &frames {
        let code = |rescue: bool| {
            code_frame(
                doc,
                frame,
                geo,
                dict,
                report,
                focus,
                previous.as_ref(),
                rescue,
            )
        };
        let Some((event, counts, w, loc)) = code(false) else {
            continue;
        };
        // A rescue told after violence against civilians ("..., Dozos intervened and routed the
        // attackers") makes two events (codebook, event splitting: different actors): the frame
        // as a whole (the fight), and the violence against the civilians with the rescue set
        // aside, when that is of another type.
        let rescue = code(true).filter(|(e, ..)| e.sub_event_type != event.sub_event_type);
        previous = Some(w);
        let rescue = rescue.map(|(e, c, _, l)| (e, c, l));
        for (event, counts, loc) in std::iter::once((event, counts, loc)).chain(rescue) {
            let listed = loc
                .as_ref()
                .map(|l| geo.co_listed(doc, l))
                .unwrap_or_default();
            if listed.len() < 2 {
                out.push((event, counts));
                continue;
            }
            for (k, part) in split(doc, &event, &listed).into_iter().enumerate() {
                out.push((part, if k == 0 { counts.clone() } else { Vec::new() }));
            }
        }
    }
    cross_check(doc, &frames, &mut out);
    merge(out.into_iter().map(|(e, _)| e).collect())
}

#[allow(clippy::too_many_arguments)]
fn code_frame(
    doc: &Document,
    frame: &Frame,
    geo: &Gazetteer,
    dict: &ActorDictionary,
    report: &Report,
    focus: Option<&str>,
    previous: Option<&when::When>,
    rescue_aside: bool,
) -> Option<(Event, Vec<fatalities::Count>, when::When, Option<Location>)> {
    let mut parts = participants::read(doc, frame);
    // The violence against civilians of a frame that tells a rescue after it: the rescuers, whom
    // they fought and the cues of that clause set aside (`participants::rescue`).
    let (rescued, set_aside) = if rescue_aside {
        let (rescued, set_aside) = participants::rescue(doc, frame, &parts);
        if rescued.is_empty() {
            return None;
        }
        parts.retain(|p| !rescued.contains(&p.mention));
        (rescued, set_aside)
    } else {
        (Vec::new(), Vec::new())
    };
    // A fight the attackers had lost before ("while withdrawing after being routed at the
    // military base") is another event: its clause's actors and cues are set aside.
    let (earlier, clauses) = crate::classify::earlier_defeat(doc, frame);
    parts.retain(|p| {
        let span = doc.mentions[p.mention].span;
        !clauses
            .iter()
            .any(|c| c.start <= span.start && span.end <= c.end)
    });
    let set_aside: Vec<usize> = set_aside.into_iter().chain(earlier).collect();
    let has = |lex: &str, cats: &[&str]| frame_has(doc, frame, lex, cats);
    // Not a conflict event without an armed actor, a weapon, a demonstration, or violence against people.
    let armed = parts.iter().any(|p| is_armed(p.kind));
    let people = !parts.is_empty();
    // A killing among people counts when the report gives a conflict context, never when it
    // tells a disaster or an accident.
    // A demonstration about a disaster or an epidemic ("residents protested against the
    // coronavirus curfew", "blocked the road over the floods") is still a demonstration
    // (Protests: "in-person public gatherings"); only violence with no one acting is an accident.
    let disaster = has("tactic", &["disaster"])
        && !armed
        && !has("tactic", WEAPONS)
        && !has("tactic", DEMONSTRATION);
    // A game tells no event with its "clash", "attack" or rallying team; fans who riot, loot or
    // burn do (Riots: Mob violence), and so does anything with an armed actor or a weapon.
    let sport = has("tactic", &["sport"])
        && !armed
        && !has("tactic", WEAPONS)
        && !has("tactic", &["riot", "mob", "loot", "destroy"]);
    let killing =
        has("tactic", &["kill", "murder", "execute"]) && has("tactic", &["violence", "clash"]);
    // People reported killed with no accident, illness or disaster named: in conflict reporting
    // that is a killing by someone (ACLED codes it to an unidentified armed group).
    let killed_people = people && frame_has(doc, frame, "casualty", &["killed"]);
    // An agreement between communities or parties needs no armed actor (SD: Agreement).
    let agreement = people && has("tactic", &["agreement"]);
    // A kidnapping or an assassination is violence against people whoever did it, even when the
    // report names neither side ("two officials were kidnapped", "murder of a councillor"): ACLED
    // codes the unknown perpetrator as an unidentified armed group (VAC: Abduction, Attack).
    let against_a_person = has("tactic", &["abduct", "murder"]);
    // People who loot or destroy property act in a conflict event whatever their weapons:
    // rioters, a mob, or an armed group (Riots; SD: Looting/property destruction).
    // Looting is never an accident: "shops were looted in X" tells a looting event even when
    // the report names no one (Riots / SD: Looting/property destruction; the author unknown).
    let property = (people && has("tactic", &["loot", "destroy"])) || has("tactic", &["loot"]);
    // An attack on a place or a vehicle of civilians or of armed forces ("the ambulance was
    // attacked", "a convoy was attacked") is violence even when its author is not named.
    let place_attacked = has("tactic", &["attack", "ambush"])
        && has("target", &["civilian", "property", "military"]);
    // An attack, a clash or communal violence that left dead or wounded is political violence
    // whoever took part ("a convoy was attacked: one dead", "clashes between two communities
    // left two dead"): ACLED codes unnamed sides as unidentified groups. Accidents, disasters
    // and games are ruled out above.
    let violent_with_casualties = has("tactic", &["attack", "ambush", "clash", "violence"])
        && frame_has(doc, frame, "casualty", &["killed", "injured"]);
    if disaster
        || sport
        || !(armed
            || agreement
            || against_a_person
            || property
            || place_attacked
            || violent_with_casualties
            || has("tactic", WEAPONS)
            || crate::classify::air_strike(doc, frame)
            || has("tactic", DEMONSTRATION)
            || (people && (has("tactic", VIOLENCE) || killing))
            || killed_people)
    {
        tracing::debug!(doc = %doc.id, reason = "gate", "frame not coded: no armed actor, weapon, demonstration or violence against people");
        return None;
    }
    let first = fatalities::tally(doc, frame, false);
    let large = first.attackers.is_some_and(|(n, _)| n >= 100);
    let tally = if large {
        fatalities::tally(doc, frame, true)
    } else {
        first
    };
    let (killed, killed_high, kspans) = fatalities::total(&tally.killed);
    let (injured, _, ispans) = fatalities::total(&tally.injured);
    let victims = tally.killed.iter().chain(&tally.injured);
    let harm = Harm {
        killed,
        injured,
        civilian_victims: victims
            .clone()
            .any(|c| c.side == Side::Civilian || c.people),
        armed_victims: victims
            .clone()
            .any(|c| matches!(c.side, Side::State | Side::NonState)),
    };
    let w = when::resolve(doc, frame, previous);
    let mut loc = geo.locate(doc, frame.sentences.clone());
    // The event's country: its location's, else the report's focus country, else the country the
    // actors belong to ("Koglweogo", "Malian soldiers").
    let code = loc
        .as_ref()
        .map(|l| l.place.country_code.clone())
        .or_else(|| focus.map(str::to_string))
        .or_else(|| actor_country(doc))
        .or_else(|| {
            crate::report_country(report).map(|cc| String::from_utf8_lossy(&cc).into_owned())
        });
    let Some(code) = code else {
        tracing::debug!(doc = %doc.id, reason = "country", "frame not coded: no country known");
        return None;
    };
    // A group that holds the state on the event's date in its country is the state's forces
    // (the Taliban in Afghanistan from August 2021): every later rule reads it so.
    let admin1_hint = loc.as_ref().and_then(|l| l.place.admin1.clone());
    for p in parts.iter_mut() {
        let Some(a) = crate::view::actor(&doc.mentions[p.mention]) else {
            continue;
        };
        if let Some(k) = dict.kind_on(a, w.date, &code, admin1_hint.as_deref()) {
            p.kind = k;
        }
    }
    // Only civilians were hurt: with an armed man hurt the rescue was no separate fight.
    if !rescued.is_empty() && (!harm.civilian_victims || harm.armed_victims) {
        return None;
    }
    let Some(decision) = classify(doc, frame, &parts, harm, &set_aside) else {
        tracing::debug!(doc = %doc.id, reason = "classify", "frame not coded: no sub-event type applies");
        return None;
    };
    let sub = decision.sub_event_type;
    // Demonstrations and strategic developments told of a whole country (a curfew, a nationwide
    // strike) are coded to its capital at geo-precision 3; violence at a site the report does
    // not name stays country-only.
    if matches!(
        sub.event_type(),
        EventType::Protests | EventType::Riots | EventType::StrategicDevelopments
    ) {
        loc = loc.map(|l| geo.national_level(doc, l));
    }
    let country = cw_geo::country(&code);
    let military_target = participants::military_target(doc, frame, &parts);
    // The village or town of the event (not an administrative unit): a community's self-defence
    // group with no ethnic group known is named after it.
    let place_hint = loc
        .as_ref()
        .filter(|l| {
            !l.country_only
                && matches!(
                    l.place.kind,
                    cw_record::PlaceKind::Populated | cw_record::PlaceKind::Natural
                )
        })
        .map(|l| l.place.name.clone());
    let coded = roles::assign(
        doc,
        &parts,
        sub,
        roles::Cues {
            civilian_victims: harm.civilian_victims,
            unattributed_victims: victims.clone().any(|c| c.side == Side::Unknown),
            military_target,
            civilian_property: participants::civilian_property_hit(doc, frame),
            armed_hurt: harm.armed_victims,
            intervention: has("intervention", &["intervention", "air", "force"])
                || has("tactic", &["clash"]),
            crowd_control: has("intervention", &["intervention", "air", "force"]),
            forces_demonstrate: decision.rule == crate::classify::FORCES_DEMONSTRATE,
            clash: has("tactic", &["clash"]) && set_aside.is_empty(),
        },
        w.date,
        &code,
        admin1_hint.as_deref(),
        place_hint.as_deref(),
        dict,
    );

    let mut evidence = Vec::new();
    if let Some((span, rule)) = w.evidence {
        evidence.push(ev(doc, "event_date", span, Some(rule)));
    }
    if let Some(ci) = decision.cue {
        let span = doc.mentions[ci].span;
        evidence.push(ev(doc, "sub_event_type", span, Some(decision.rule)));
    }
    for s in &coded.evidence1 {
        evidence.push(ev(doc, "actor1", *s, None));
    }
    for s in &coded.evidence2 {
        evidence.push(ev(doc, "actor2", *s, None));
    }
    for s in &kspans {
        evidence.push(ev(
            doc,
            "fatalities",
            *s,
            Some("codebook: per-side counts summed, lowest where reports conflict"),
        ));
    }
    if killed == 0 {
        if let Some(s) = tally.no_casualties {
            evidence.push(ev(doc, "fatalities", s, Some("no casualties reported")));
        }
    }
    for s in &ispans {
        evidence.push(ev(
            doc,
            "injuries",
            *s,
            Some("injured are injuries, never fatalities"),
        ));
    }
    if let Some((_, s)) = tally.attackers {
        evidence.push(ev(
            doc,
            "attackers",
            s,
            Some("strength of the attacking force; never a fatality count"),
        ));
    }
    let (admin1, admin2, admin3, location, lat, lon, precision, country_only) = match &loc {
        Some(l) if !l.country_only => {
            for &mi in &l.evidence {
                if let Some(m) = doc.mentions.get(mi) {
                    evidence.push(ev(doc, "location", m.span, None));
                }
            }
            (
                l.place.admin1.clone().unwrap_or_default(),
                l.place.admin2.clone().unwrap_or_default(),
                l.place.admin3.clone().unwrap_or_default(),
                l.place.name.clone(),
                l.place.latitude,
                l.place.longitude,
                l.precision,
                false,
            )
        }
        _ => (
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            None,
            None,
            GeoPrecision::Region,
            true,
        ),
    };
    let country_name = country
        .map(|c| c.name.clone())
        .unwrap_or_else(|| code.clone());
    let inter1 = Some(coded.actor1.inter);
    let inter2 = coded.actor2.as_ref().map(|a| a.inter);
    let civilian_targeting = sub.event_type() == EventType::ViolenceAgainstCivilians
        || (matches!(
            sub.event_type(),
            EventType::ExplosionsRemoteViolence | EventType::Riots
        ) && coded
            .actor2
            .as_ref()
            .is_some_and(|a| a.inter == cw_record::Inter::Civilians))
        || sub == SubEventType::ExcessiveForceAgainstProtesters;
    let mut tags = Vec::new();
    if matches!(sub.event_type(), EventType::Protests | EventType::Riots) {
        tags.push("crowd size=no report".to_string());
    }
    let mut confidence: f32 = 0.35;
    confidence += if w.evidence.is_some() { 0.15 } else { 0.0 };
    confidence += if country_only { 0.0 } else { 0.15 };
    confidence += if decision.cue.is_some() { 0.1 } else { 0.0 };
    confidence += if coded.evidence1.is_empty() { 0.0 } else { 0.1 };
    let mut event = Event {
        event_id_cnty: None,
        event_date: w.date,
        year: chrono::Datelike::year(&w.date),
        time_precision: w.precision,
        disorder_type: sub.disorder_type(),
        event_type: sub.event_type(),
        sub_event_type: sub,
        actor1: coded.actor1.name.clone(),
        assoc_actor_1: coded.assoc1.join("; "),
        inter1,
        actor2: coded
            .actor2
            .as_ref()
            .map(|a| a.name.clone())
            .unwrap_or_default(),
        assoc_actor_2: coded.assoc2.join("; "),
        inter2,
        interaction: interaction_text(inter1, inter2).unwrap_or_default(),
        civilian_targeting: if civilian_targeting {
            CIVILIANS_TARGETED.to_string()
        } else {
            String::new()
        },
        iso: country.map(|c| c.numeric).unwrap_or(0),
        region: country.map(|c| c.region.clone()).unwrap_or_default(),
        country: country_name,
        admin1,
        admin2,
        admin3,
        location,
        latitude: lat,
        longitude: lon,
        geo_precision: precision,
        source: report.source.clone().unwrap_or_default(),
        source_scale: String::new(),
        notes: String::new(),
        fatalities: killed,
        tags: tags.join("; "),
        timestamp: None,
        article_id: report.id.clone(),
        injuries: injured,
        attackers: tally.attackers.map(|(n, _)| n),
        fatalities_range: (killed_high > killed).then_some(FatalityRange {
            low: killed,
            best: killed,
            high: killed_high,
        }),
        country_only,
        evidence,
        confidence: confidence.min(1.0),
    };
    event.notes = notes(&event);
    Some((event, tally.killed, w, loc))
}

/// Codebook "Event aggregation and splitting": the same action at several places named together
/// ("attacked the villages of A, B and C") is one event per location; a total over them is split
/// evenly, the remainder to the first (codebook "Reported fatalities").
fn split(doc: &Document, event: &Event, places: &[Location]) -> Vec<Event> {
    let n = places.len() as u64;
    let share = |total: u64, k: usize| total / n + if k == 0 { total % n } else { 0 };
    places
        .iter()
        .enumerate()
        .map(|(k, l)| {
            let mut e = event.clone();
            e.admin1 = l.place.admin1.clone().unwrap_or_default();
            e.admin2 = l.place.admin2.clone().unwrap_or_default();
            e.admin3 = l.place.admin3.clone().unwrap_or_default();
            e.location = l.place.name.clone();
            e.latitude = l.place.latitude;
            e.longitude = l.place.longitude;
            e.geo_precision = l.precision;
            e.fatalities = share(event.fatalities, k);
            e.injuries = share(event.injuries, k);
            e.fatalities_range = None;
            e.evidence.retain(|x| x.field != "location");
            for &mi in &l.evidence {
                if let Some(m) = doc.mentions.get(mi) {
                    e.evidence.push(ev(
                        doc,
                        "location",
                        m.span,
                        Some("Event splitting: one event per location named together; totals split evenly, remainder to the first"),
                    ));
                }
            }
            e.notes = notes(&e);
            e
        })
        .collect()
}

/// The country most of the report's actor mentions belong to.
fn actor_country(doc: &Document) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for a in doc.mentions.iter().filter_map(crate::view::actor) {
        if let Some(c) = &a.country {
            match counts.iter_mut().find(|(k, _)| k == c) {
                Some(e) => e.1 += 1,
                None => counts.push((c.clone(), 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(c, _)| c)
}

/// The report's own total ("Thirteen soldiers ... dead following two distinct clashes") checked
/// against the events' sum: when it holds, every event's confidence rises and the total is cited.
fn cross_check(doc: &Document, frames: &[Frame], out: &mut [(Event, Vec<fatalities::Count>)]) {
    let info = frames::sentence_info(doc);
    for (s, inf) in info.iter().enumerate() {
        if !inf.summary || frames.iter().any(|f| f.sentences.contains(&s)) {
            continue;
        }
        let f = Frame {
            sentences: s..s + 1,
            triggers: vec![s],
            from_summary: true,
        };
        let t = fatalities::tally(doc, &f, false);
        for total in &t.killed {
            let sum: u64 = out
                .iter()
                .flat_map(|(_, c)| c.iter())
                .filter(|c| c.side == total.side)
                .map(|c| c.value)
                .sum();
            if out.len() > 1 && sum == total.value {
                for (e, _) in out.iter_mut() {
                    e.confidence = (e.confidence + 0.1).min(1.0);
                    if let Some(span) = total.spans.first() {
                        e.evidence.push(ev(
                            doc,
                            "fatalities",
                            *span,
                            Some("cross-check: the report's total equals the sum over its events"),
                        ));
                    }
                }
            }
        }
    }
}

/// Codebook "Event aggregation": the same actors at the same place on the same day are one
/// event, with the higher-precedence type.
fn merge(events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for e in events {
        let same = out.iter_mut().find(|o| {
            o.event_date == e.event_date
                && o.location == e.location
                && o.admin1 == e.admin1
                && o.country == e.country
                && !o.country_only
                && actor_set(o) == actor_set(&e)
        });
        match same {
            Some(o) => {
                if e.sub_event_type.precedence() < o.sub_event_type.precedence() {
                    o.sub_event_type = e.sub_event_type;
                    o.event_type = e.event_type;
                    o.disorder_type = e.disorder_type;
                }
                o.fatalities += e.fatalities;
                o.injuries += e.injuries;
                o.evidence.extend(e.evidence);
                o.notes = notes(o);
            }
            None => out.push(e),
        }
    }
    out
}

fn actor_set(e: &Event) -> Vec<String> {
    let mut v = vec![e.actor1.clone(), e.actor2.clone()];
    v.sort();
    v
}

/// A one-sentence summary in ACLED's style: "On 15 March 2025, ...".
pub fn notes(e: &Event) -> String {
    let date = e.event_date.format("%-d %B %Y").to_string();
    let when = match e.time_precision {
        TimePrecision::Day => format!("On {date}"),
        TimePrecision::Week => format!("Around {date} (week of)"),
        TimePrecision::Month => format!("Around {date} (month of)"),
    };
    let verb = match e.sub_event_type {
        SubEventType::ArmedClash => "clashed with",
        SubEventType::GovernmentRegainsTerritory => "regained territory from",
        SubEventType::NonStateActorOvertakesTerritory => "took control of territory from",
        SubEventType::AirDroneStrike => "carried out an air/drone strike against",
        SubEventType::SuicideBomb => "carried out a suicide bombing against",
        SubEventType::ShellingArtilleryMissileAttack => "shelled",
        SubEventType::RemoteExplosiveLandmineIed => "used an explosive device against",
        SubEventType::Grenade => "threw a grenade at",
        SubEventType::ChemicalWeapon => "used a chemical weapon against",
        SubEventType::Attack => "attacked",
        SubEventType::AbductionForcedDisappearance => "abducted",
        SubEventType::SexualViolence => "committed sexual violence against",
        SubEventType::PeacefulProtest => "demonstrated",
        SubEventType::ProtestWithIntervention => "demonstrated and were met by",
        SubEventType::ExcessiveForceAgainstProtesters => "demonstrated and faced force from",
        SubEventType::ViolentDemonstration => "rioted against",
        SubEventType::MobViolence => "attacked",
        SubEventType::Arrests => "arrested",
        SubEventType::Agreement => "reached an agreement with",
        SubEventType::LootingPropertyDestruction => "looted or destroyed property of",
        SubEventType::DisruptedWeaponsUse => "disrupted weapons use by",
        SubEventType::ChangeToGroupActivity => "changed activity",
        SubEventType::HeadquartersOrBaseEstablished => "established a base",
        SubEventType::NonViolentTransferOfTerritory => "took over territory without a battle from",
        SubEventType::Other => "were involved in an event with",
    };
    let mut who = e.actor1.clone();
    if !e.assoc_actor_1.is_empty() {
        who = format!("{who} (with {})", e.assoc_actor_1);
    }
    let whom = if e.actor2.is_empty() {
        String::new()
    } else {
        format!(" {}", e.actor2)
    };
    let verb = if e.actor2.is_empty() {
        verb.trim_end_matches(" with")
            .trim_end_matches(" against")
            .trim_end_matches(" from")
            .trim_end_matches(" of")
            .trim_end_matches(" by")
            .trim_end_matches(" at")
    } else {
        verb
    };
    let place = if e.country_only {
        format!("at an unspecified location in {}", e.country)
    } else {
        let admin = [e.admin2.as_str(), e.admin1.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        let admin = if admin.is_empty() {
            String::new()
        } else {
            format!(" ({admin})")
        };
        match e.geo_precision {
            GeoPrecision::Place => format!("in {}{admin}", e.location),
            GeoPrecision::NearPlace => format!("near {}{admin}", e.location),
            GeoPrecision::Region => {
                format!("in the {} area, coded to {}{admin}", e.admin1, e.location)
            }
        }
    };
    let mut s = format!("{when}, {who} {verb}{whom} {place}.");
    match (e.fatalities, e.injuries) {
        (0, 0) => {}
        (f, 0) => s.push_str(&format!(" {f} fatalities.")),
        (0, i) => s.push_str(&format!(" {i} injured.")),
        (f, i) => s.push_str(&format!(" {f} fatalities, {i} injured.")),
    }
    if let Some(a) = e.attackers {
        s.push_str(&format!(" About {a} attackers."));
    }
    s
}
