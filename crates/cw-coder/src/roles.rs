//! Actor roles: the frame's participants grouped into sides and named as ACLED names them.
//!
//! - Sides: state forces (with foreign forces fighting alongside them), non-state armed groups,
//!   civilians, protesters, rioters. A named group absorbs generic mentions of its side
//!   ("affiliates of the Islamic State" ... "approximately 100 assailants" ... "55 jihadists").
//! - Each side's main actor is the named actor the report names first (the lead of a joint
//!   operation: "French and Malian forces", "the army supported by French jets"); the side's
//!   other actors become associated actors (codebook: "when more than 2 actors are involved,
//!   the most important engagement is coded and the others become associated actors"), e.g. a
//!   joint operation "with neighbouring Burkina Faso".
//! - Violence against civilians: the target is always actor2, `Civilians (Country)`.
//! - Hedged alternatives ("JNIM or ISGS") become the codebook's "X and/or Y" composite.

use crate::participants::{is_armed, is_state, Participant, Role};
use crate::view::actor;
use chrono::NaiveDate;
use cw_actors::ActorDictionary;
use cw_record::{ActorKind, Document, EventType, NamedActor, Span, SubEventType};

/// What the frame says about the event beyond its participants.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cues {
    /// Civilians were killed or injured.
    pub civilian_victims: bool,
    /// People of no side named were killed or injured ("three wounded").
    pub unattributed_victims: bool,
    /// The target is a military position.
    pub military_target: bool,
    /// Property of civilians (a school, a shop, a truck) is the object of the act
    /// (`participants::civilian_property_hit`).
    pub civilian_property: bool,
    /// Armed people (soldiers, militants) were killed or injured.
    pub armed_hurt: bool,
    /// Forces acted on a crowd (dispersal, tear gas, force, clashes).
    pub intervention: bool,
    /// People fought each other ("clashed", "fought").
    pub clash: bool,
    /// Forces dispersed, arrested or fired on a crowd (the intervention lexicon only, not a
    /// clash between people).
    pub crowd_control: bool,
    /// The demonstrators are soldiers or police firing their own weapons
    /// (`classify::FORCES_DEMONSTRATE`): no force intervenes on them.
    pub forces_demonstrate: bool,
}

#[derive(Debug, Clone)]
pub struct Coded {
    pub actor1: NamedActor,
    pub assoc1: Vec<String>,
    pub actor2: Option<NamedActor>,
    pub assoc2: Vec<String>,
    pub evidence1: Vec<Span>,
    pub evidence2: Vec<Span>,
}

/// A side as coded: its main actor, its associated actors, and the words naming them.
type Coded1 = (NamedActor, Vec<String>, Vec<Span>);

fn bare(a: NamedActor) -> Coded1 {
    (a, vec![], vec![])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Camp {
    State,
    NonState,
    Civilians,
    Protesters,
    Rioters,
}

fn camp(kind: ActorKind) -> Camp {
    match kind {
        k if is_state(k) || k == ActorKind::External => Camp::State,
        ActorKind::Civilians => Camp::Civilians,
        ActorKind::Protesters => Camp::Protesters,
        ActorKind::Rioters => Camp::Rioters,
        _ => Camp::NonState,
    }
}

#[derive(Debug, Clone)]
struct Named {
    actor: NamedActor,
    specific: bool,
    role: Role,
    span: Span,
    country: Option<String>,
    alternative_of: Option<usize>,
    mention: usize,
    /// Mutineers of the state forces ("Mutiny of Military Forces of X"): a side of their own.
    mutiny: bool,
    /// Attackers the report says are unidentified, or bandits: never a group named beside them.
    unidentified: bool,
    /// A state-backed auxiliary (VDP): on the state's side in a battle.
    auxiliary: bool,
    /// A community's own self-defence group (`cw_actors::is_community_militia`).
    community: bool,
    in_battle: bool,
    /// The mention of the armed actor it fights beside (`Participant::ally_of`): on that
    /// actor's side, an associated actor that never leads it.
    ally_of: Option<usize>,
    /// The report hedges the attribution ("presumably", "suspected").
    hedged: bool,
}

/// A side: its named actors in order of importance.
#[derive(Debug, Clone, Default)]
struct Side {
    members: Vec<Named>,
}

impl Side {
    fn primary_and_assoc(&self, country: &str) -> Option<Coded1> {
        if self.members.is_empty() {
            return None;
        }
        // Allies named as supporting the side ("supported by Dozo hunters") are associated
        // actors; they lead only a side that has no one else.
        if self.members.iter().any(|m| m.ally_of.is_some())
            && self.members.iter().any(|m| m.ally_of.is_none())
        {
            let (allies, leads): (Vec<Named>, Vec<Named>) = self
                .members
                .iter()
                .cloned()
                .partition(|m| m.ally_of.is_some());
            let (primary, mut assoc, mut spans) =
                Side { members: leads }.primary_and_assoc(country)?;
            for a in allies {
                for x in std::iter::once(a.actor.name.clone()).chain(a.actor.assoc.clone()) {
                    if x != primary.name && !assoc.contains(&x) {
                        assoc.push(x);
                    }
                }
                spans.push(a.span);
            }
            return Some((primary, assoc, spans));
        }
        // One entry per name, in the order of its first mention; specific (dictionary) names
        // outrank generic ones.
        let mut names: Vec<(NamedActor, usize, bool, bool, usize, Vec<Span>)> = Vec::new();
        for (order, m) in self.members.iter().enumerate() {
            // International forces (a UN mission, the G5 Sahel force) are no home force.
            let home = m.actor.inter != cw_record::Inter::ExternalOtherForces
                && m.country.as_deref().is_none_or(|c| c == country);
            match names.iter_mut().find(|n| n.0.name == m.actor.name) {
                Some(n) => {
                    n.1 += 1;
                    n.2 |= m.specific;
                    n.5.push(m.span);
                }
                None => names.push((m.actor.clone(), 1, m.specific, home, order, vec![m.span])),
            }
        }
        // A named group absorbs its side's generic mentions; but the event country's own forces,
        // named generically ("Malian soldiers"), stay ahead of foreign allies ("the Africa Corps").
        let any_specific = names.iter().any(|n| n.2);
        let specific_home = names.iter().any(|n| n.2 && n.3);
        if specific_home {
            names.retain(|n| n.2);
        } else if any_specific {
            names.retain(|n| n.2 || (n.3 && n.0.inter == cw_record::Inter::StateForces));
        }
        // The lead of the side is the one named first: reports name the force leading a joint
        // operation first ("French and Malian forces", "soldiers backed by French jets"), and
        // ACLED codes that one as the actor and its partners as associated actors, whether it is
        // the event country's own force or a foreign one.
        names.sort_by_key(|a| a.4);
        let mut it = names.into_iter();
        let (primary, _, _, _, _, spans) = it.next()?;
        let mut assoc: Vec<String> = primary.assoc.clone();
        let mut spans = spans;
        for (a, _, _, _, _, sp) in it {
            if !assoc.contains(&a.name) && a.name != primary.name {
                assoc.push(a.name.clone());
            }
            for x in a.assoc {
                if !assoc.contains(&x) && x != primary.name {
                    assoc.push(x);
                }
            }
            spans.extend(sp);
        }
        Some((primary, assoc, spans))
    }
}

#[allow(clippy::too_many_arguments)]
pub fn assign(
    doc: &Document,
    parts: &[Participant],
    sub: SubEventType,
    cues: Cues,
    date: NaiveDate,
    country: &str,
    admin1: Option<&str>,
    place: Option<&str>,
    dict: &ActorDictionary,
) -> Coded {
    let Cues {
        civilian_victims,
        unattributed_victims,
        military_target,
        civilian_property,
        armed_hurt,
        intervention,
        clash,
        crowd_control,
        forces_demonstrate,
    } = cues;
    // The naming context of militias named after the event's place (`fighting_militias`).
    let militia_ctx = cw_actors::NameContext::new(date, country)
        .admin1(admin1)
        .place(place)
        .as_of(doc.names_as_of);
    // Names as ACLED's data wrote them on the names-as-of day, by default the report's
    // publication date (ACLED relabels regimes and groups retroactively); state forces named by
    // the fallback rules likewise.
    let state_forces = || {
        dict.state_actor(
            cw_actors::StateBase::Military,
            country,
            date,
            doc.names_as_of,
            None,
        )
    };
    // State-backed auxiliaries (the VDP) are on the state's side in a battle, and in violence
    // against civilians that state forces commit with them ("soldiers and VDP killed ...").
    let beside_forces = match sub.event_type() {
        EventType::Battles => true,
        EventType::ViolenceAgainstCivilians => parts.iter().any(|p| {
            p.role == Role::Agent && matches!(p.kind, ActorKind::Military | ActorKind::Police)
        }),
        _ => false,
    };
    // An armed actor named only as leaving ("after the army withdrew") is no side of what
    // followed (a town taken without a fight, a base set up); in a battle it is the side that
    // fought and left.
    let named: Vec<Named> = parts
        .iter()
        .filter(|p| !p.departed || sub.event_type() == EventType::Battles)
        .filter_map(|p| {
            let a = actor(&doc.mentions[p.mention])?;
            Some(Named {
                actor: dict.name_for_doc_at(a, doc, date, country, admin1, place),
                // A state unit (gendarmerie, national guard) is not more specific than the
                // military, nor is an auxiliary fighting beside it (the VDP) in a battle.
                specific: a.entry.as_deref().is_some_and(|k| {
                    let auxiliary_in_battle = dict.is_state_auxiliary(k) && beside_forces;
                    !(dict.is_state_unit(k) || auxiliary_in_battle)
                }),
                role: p.role,
                span: doc.mentions[p.mention].span,
                country: a.country.clone(),
                alternative_of: a.alternative_of,
                mention: p.mention,
                mutiny: cw_actors::is_mutiny(a),
                unidentified: cw_actors::is_unidentified(a),
                community: cw_actors::is_community_militia(a),
                auxiliary: a
                    .entry
                    .as_deref()
                    .is_some_and(|k| dict.is_state_auxiliary(k)),
                in_battle: beside_forces,
                ally_of: p.ally_of,
                hedged: a.hedged,
            })
        })
        .collect();
    let mut named = compose_alternatives(named, dict, country);
    coordinated_allies(doc, &mut named, parts);
    // "Katiba Macina (JNIM)": the group in parentheses qualifies the one before it.
    let qualifying: Vec<(usize, usize)> = named
        .iter()
        .filter_map(|n| {
            crate::participants::parenthetical_of(doc, n.mention).map(|of| (n.mention, of))
        })
        .collect();
    // A generic head qualified by a named group ("Dozo militiamen (presumably Dan Na
    // Ambassagou)", "gunmen (JNIM)") is that group.
    for (m, of) in &qualifying {
        let Some(q) = named.iter().find(|n| n.mention == *m).cloned() else {
            continue;
        };
        // A member group tied by the report to its coalition, in a period when ACLED codes the
        // coalition's members as the coalition ("Ansaroul Islam (JNIM)" in 2019), is the
        // coalition, the group associated (the dictionary's parent column says who is a member).
        let coalition = actor(&doc.mentions[*m])
            .and_then(|a| a.entry.as_deref())
            .is_some_and(|k| {
                actor(&doc.mentions[*of])
                    .and_then(|b| b.entry.as_deref())
                    .is_some_and(|b| dict.parent_of(b) == Some(k))
                    && dict.codes_members_as_coalition(k, date, doc.names_as_of)
            });
        if let Some(base) = named.iter_mut().find(|n| n.mention == *of) {
            if coalition && base.specific && q.specific && camp_of(base, parts) == Camp::NonState {
                let own = std::mem::replace(&mut base.actor, q.actor.clone());
                for x in std::iter::once(own.name).chain(own.assoc).rev() {
                    if x != base.actor.name && !base.actor.assoc.contains(&x) {
                        base.actor.assoc.insert(0, x);
                    }
                }
            } else if (!base.specific || hedged_identity(&q, base))
                && is_armed_inter(&base.actor)
                && (q.specific
                    || (!is_generic_armed(&q.actor)
                        && is_armed_inter(&q.actor)
                        && camp_of(base, parts) == Camp::NonState))
            {
                // ... or an identified communal group ("unknown gunmen, presumably Fulani
                // militiamen" is the Fulani ethnic militia).
                base.specific = q.specific;
                base.actor = q.actor;
            } else if base.actor.name != q.actor.name && !base.actor.assoc.contains(&q.actor.name) {
                base.actor.assoc.push(q.actor.name);
            }
        }
    }
    named.retain(|n| !qualifying.iter().any(|(m, _)| *m == n.mention));
    // Protesters/rioters sides exist only for demonstrations; elsewhere such words are context.
    let et = sub.event_type();
    if !matches!(et, EventType::Protests | EventType::Riots) {
        named.retain(|n| !matches!(camp_of(n, parts), Camp::Protesters | Camp::Rioters));
    }
    // Mutineers demonstrating or rioting are the protesters/rioters (their mutiny is associated);
    // the rest of their force named in the report ("soldiers" of the same army) is them too.
    let mutinies: Vec<String> = named
        .iter()
        .filter(|n| n.mutiny)
        .map(|n| n.actor.name.clone())
        .collect();
    if matches!(et, EventType::Protests | EventType::Riots) {
        named.retain(|n| {
            n.mutiny
                || !mutinies
                    .iter()
                    .any(|m| m.strip_prefix("Mutiny of ") == Some(n.actor.name.as_str()))
        });
        // Forces and authorities named in what the crowd protests against or demands ("against
        // the installation of a G5 Sahel base", "to demand the arrest of three presidential
        // guards") are its grievance, not a side: the side of a demonstration is the force that
        // intervenes, or the one the crowd confronts (codebook: Protests, Riots).
        named.retain(|n| {
            camp_of(n, parts) != Camp::State || !crate::view::in_grievance(doc, n.span.start)
        });
    }
    let side = |c: Camp| Side {
        members: named
            .iter()
            .filter(|n| camp_of(n, parts) == c)
            .cloned()
            .collect(),
    };
    let state = side(Camp::State);
    let non_state = side(Camp::NonState);
    // The state's armed forces without the government: officials are what crowds address and
    // whose offices they attack, never a fighting side.
    let forces = Side {
        members: state
            .members
            .iter()
            .filter(|m| kind_of(m, parts) != Some(ActorKind::Government))
            .cloned()
            .collect(),
    };
    // In political violence the government is no armed side either: officials attacked are
    // civilians (codebook: civilians are unarmed, whatever their office), and "authorities",
    // ministers and "pro-government" groups named around a fight are context.
    let violent = matches!(
        et,
        EventType::Battles
            | EventType::ViolenceAgainstCivilians
            | EventType::ExplosionsRemoteViolence
    );
    let state = if violent { forces.clone() } else { state };
    let civilians = side(Camp::Civilians);
    // The civilians targeted: of the event's country, of the one foreign country that names
    // them ("Nigerien miners"), or "Civilians (International)" for several nationalities or an
    // international organisation's staff (ACLED codebook, civilians' names); the other
    // nationalities and organisations are associated.
    // The civilians side; `skip_agents` leaves out the civilians who act (a crowd that riots is
    // the rioters, and its labels are theirs, not its victims').
    let civ_from = |skip_agents: bool| {
        let mut assoc = Vec::new();
        let mut spans = Vec::new();
        let mut home = false;
        let mut international = false;
        let mut foreign: Vec<NamedActor> = Vec::new();
        // Identity labels of the civilians named with a foreign nationality ("Malian refugees"):
        // a later mention with no nationality that carries only such labels, or only an ethnic
        // group ("the refugees", "of the Tuareg community"), refers to the same people.
        let labels = |m: &Named| {
            actor(&doc.mentions[m.mention]).map_or(Vec::new(), |a| {
                a.identities
                    .iter()
                    .filter(|l| !l.starts_with('{'))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        };
        let foreign_labels: Vec<String> = civilians
            .members
            .iter()
            .filter(|m| !m.specific && m.country.as_deref().is_some_and(|c| c != country))
            .flat_map(labels)
            .collect();
        let same_people = |m: &Named| {
            let own = labels(m);
            !foreign_labels.is_empty()
                && !own.is_empty()
                && own
                    .iter()
                    .all(|l| l.ends_with(" Ethnic Group") || foreign_labels.contains(l))
        };
        for m in civilians
            .members
            .iter()
            .filter(|m| !(skip_agents && m.role == Role::Agent))
        {
            if m.specific {
                international = true;
                if !assoc.contains(&m.actor.name) {
                    assoc.push(m.actor.name.clone());
                }
            } else if m.country.as_deref().is_some_and(|c| c != country) {
                if !foreign.iter().any(|f| f.name == m.actor.name) {
                    foreign.push(m.actor.clone());
                }
            } else if same_people(m) {
                spans.push(m.span);
                continue;
            } else {
                home = true;
            }
            for a in &m.actor.assoc {
                if !assoc.contains(a) {
                    assoc.push(a.clone());
                }
            }
            spans.push(m.span);
        }
        let primary = if home || (foreign.is_empty() && !international) {
            dict.civilians(country)
        } else if foreign.len() == 1 && !international {
            foreign.remove(0)
        } else {
            dict.civilians_international()
        };
        for f in foreign {
            if f.name != primary.name && !assoc.contains(&f.name) {
                assoc.push(f.name);
            }
        }
        let primary = NamedActor {
            assoc: vec![],
            ..primary
        };
        (primary, assoc, spans)
    };
    let civ = || civ_from(false);
    // The associated actors of a crowd that demonstrates or riots: the identity labels of the
    // people in it ("students", "traders"; not those of the people they attack), and the mutiny
    // of forces who join it.
    let crowd_assoc = |assoc: &mut Vec<String>| {
        let labels = civilians
            .members
            .iter()
            .filter(|m| m.role != Role::Patient)
            .flat_map(|m| m.actor.assoc.iter());
        for a in labels.chain(mutinies.iter()) {
            if !assoc.contains(a) {
                assoc.push(a.clone());
            }
        }
    };
    // People named by their ethnic community who attack others when no armed group or force is
    // named ("members of the X community attacked ...", "X farmers burned the houses of ...") are
    // that community's militia (codebook, identity militias), not an unidentified armed group.
    let ethnic = |m: &Named| {
        actor(&doc.mentions[m.mention])
            .is_some_and(|a| a.identities.iter().any(|l| l.ends_with(" Ethnic Group")))
    };
    let civilian_attackers = || {
        let agents = Side {
            members: civilians
                .members
                .iter()
                .filter(|m| m.role == Role::Agent && ethnic(m))
                .cloned()
                .collect(),
        };
        if agents.members.is_empty() {
            return None;
        }
        fighting_militias(doc, &agents, &militia_ctx, dict).0
    };
    let armed_sides: Vec<(Side, usize)> = [state.clone(), non_state.clone()]
        .into_iter()
        .filter(|s| !s.members.is_empty())
        .map(|s| {
            let agents = s.members.iter().filter(|m| m.role == Role::Agent).count();
            (s, agents)
        })
        .collect();
    // The two armed sides, the one with more agents first (on a tie, state forces first).
    let ranked = || {
        let mut sides = armed_sides.clone();
        sides.sort_by_key(|s| std::cmp::Reverse(s.1));
        let a = sides.first().and_then(|s| s.0.primary_and_assoc(country));
        let b = sides.get(1).and_then(|s| s.0.primary_and_assoc(country));
        (a, b)
    };
    // The force that intervened in a demonstration. The government is what demonstrators address
    // or whose buildings they attack, not a side: when only "authorities" or the government are
    // said to intervene, the force that does so is the police (codebook: protests and riots;
    // ACLED codes the police that disperse a crowd as actor2).
    let intervening = |default_police: bool| {
        let police = || {
            bare(dict.state_actor(
                cw_actors::StateBase::Police,
                country,
                date,
                doc.names_as_of,
                None,
            ))
        };
        forces
            .primary_and_assoc(country)
            .or_else(|| default_police.then(police))
    };
    let (first, second): (Option<Coded1>, Option<Coded1>) = match et {
        EventType::Battles => {
            // Two identified non-state groups fighting each other are the two sides even when
            // state forces are only mentioned around them ("the army arrived later"): the most
            // important engagement is coded (codebook), the forces are context.
            let (agents, others) = split_non_state(&non_state);
            let identified = |s: &Side| {
                s.members
                    .iter()
                    .any(|m| m.specific || !is_generic_armed(&m.actor))
            };
            let state_context = state.members.iter().all(|m| m.role == Role::Other);
            if state.members.is_empty()
                && non_state.members.is_empty()
                && clash
                && !civilians.members.is_empty()
            {
                // People who fight with no armed group or force among them ("villagers and
                // miners clashed", "two student factions fought with machetes") are their
                // communities' militias (codebook, identity militias).
                fighting_militias(doc, &civilians, &militia_ctx, dict)
            } else if !state.members.is_empty()
                && state_context
                && identified(&agents)
                && identified(&others)
            {
                (
                    agents.primary_and_assoc(country),
                    others.primary_and_assoc(country),
                )
            } else if state.members.is_empty() && attacked_only(doc, &non_state, clash) {
                // Battles: a group named only as attacked, in a sentence that tells an attack or
                // an ambush ("an MSA convoy was ambushed", "a GATIA position came under attack",
                // "un poste du MSA a été attaqué"), owns the convoy or post: it is the side
                // attacked (actor2), the unnamed attackers actor1, as for state forces below.
                (None, non_state.primary_and_assoc(country))
            } else if state.members.is_empty() && !non_state.members.is_empty() {
                // Two non-state groups: split by role (agent vs the rest), else by distinct names.
                let (agents, others) = split_non_state(&non_state);
                let a = agents.primary_and_assoc(country);
                let b = others
                    .primary_and_assoc(country)
                    .or_else(|| military_target.then(|| bare(state_forces())));
                (a, b)
            } else {
                ranked()
            }
        }
        EventType::ViolenceAgainstCivilians => {
            // The perpetrator is the armed side that acts ("soldiers shot dead a man accused of
            // helping militants": the militants are only named); on a tie, the non-state side.
            let agents = |s: &Side| s.members.iter().filter(|m| m.role == Role::Agent).count();
            let perpetrator = if non_state.members.is_empty()
                || (!state.members.is_empty() && agents(&state) > agents(&non_state))
            {
                &state
            } else {
                &non_state
            };
            // State forces named only around an attack ("soldiers closed the road after an
            // attack"), with no role in it, did not carry it out: its authors are unnamed.
            let unnamed = Side::default();
            let perpetrator = if std::ptr::eq(perpetrator, &state)
                && state.members.iter().all(|m| m.role == Role::Other)
            {
                &unnamed
            } else {
                perpetrator
            };
            // Members of another armed group among the victims ("militants killed five
            // Koglweogo militiamen"): that group, not civilians, is the second side; the
            // codebook codes violence between armed groups with both of them.
            // Only when no other people are named among the victims (a chief "and his son",
            // "six civilians described as Koglweogo" stay civilians).
            let civilian_patients = civilians.members.iter().any(|m| m.role == Role::Patient);
            let victims_group = if std::ptr::eq(perpetrator, &non_state) && !civilian_patients {
                armed_victims(&non_state)
            } else {
                None
            };
            if let Some((by, victims)) = victims_group {
                (
                    by.primary_and_assoc(country),
                    victims.primary_and_assoc(country),
                )
            } else {
                let a = perpetrator
                    .primary_and_assoc(country)
                    .or_else(civilian_attackers)
                    .or_else(|| Some(bare(dict.unidentified_armed(country))));
                (a, Some(civ()))
            }
        }
        EventType::ExplosionsRemoteViolence => {
            let air = matches!(sub, SubEventType::AirDroneStrike);
            // Air strikes are the state's (or its allies'); other explosives are planted by
            // non-state groups, except shelling the state's forces do on people or an armed group
            // the report names as hit ("government forces shelled residential areas, killing 14
            // civilians", "the army shelled JNIM positions"): the side that fires is the one that
            // acts. A base "subjected to mortar fire" reads as acting, but hits no one named.
            let acts = |s: &Side| s.members.iter().any(|m| m.role == Role::Agent);
            let patient = |s: &Side| s.members.iter().any(|m| m.role == Role::Patient);
            let hit = civilian_victims || patient(&civilians) || patient(&non_state);
            let state_shells = sub == SubEventType::ShellingArtilleryMissileAttack
                && acts(&state)
                && !acts(&non_state)
                && hit;
            let (by, target) = if air || state_shells {
                (&state, &non_state)
            } else {
                (&non_state, &state)
            };
            // An explosive planted by one armed group that struck another ("Dozos were killed
            // by an IED planted by Katiba Macina militants"): the planters and their targets.
            let (planters, struck) = split_non_state(&non_state);
            let (planters, struck) = if !acts(&planters) && acts(&struck) {
                (struck, planters)
            } else {
                (planters, struck)
            };
            let group_struck = !air
                && state.members.is_empty()
                && planters.members.iter().any(|m| m.role == Role::Agent)
                && struck.members.iter().any(|m| m.role == Role::Patient)
                && struck.members.iter().all(|v| {
                    // Not a group already among the planters' alternatives ("JNIM and/or ISGS").
                    !planters
                        .members
                        .iter()
                        .any(|p| p.actor.name.contains(&v.actor.name))
                })
                && !struck.members.is_empty()
                && !planters.members.is_empty();
            let (by, target) = if group_struck {
                (&planters, &struck)
            } else {
                (by, target)
            };
            let a = by.primary_and_assoc(country).or_else(|| {
                Some(if air {
                    bare(state_forces())
                } else {
                    bare(dict.unidentified_armed(country))
                })
            });
            // Codebook: where the target is vague and civilians are mainly affected, civilians are actor2.
            // Codebook: civilians are actor2 when they are affected (named, or victims of no
            // other side); explosives that only destroy property (a bridge, a mast) or kill
            // their planters have no second side.
            let civilians_hit =
                civilian_victims || unattributed_victims || !civilians.members.is_empty();
            // An air strike with no armed group named as its target that kills or wounds
            // civilians has them as actor2 (codebook: "if the target is vague and civilians are
            // mainly affected"); civilians only named near a strike ("amid the presence of
            // herders") are not its target.
            // Explosives that destroy property of civilians (a school, a truck) target the
            // civilians (codebook: attacks on civilian property), even with forces named around
            // them but not hit ("FDS fired warning shots after the blast").
            let property_hit = !air
                && civilian_property
                && !military_target
                && !armed_hurt
                && !target.members.iter().any(|m| m.role == Role::Patient);
            let b = if (target.members.is_empty()
                && (if air { civilian_victims } else { civilians_hit }))
                || property_hit
            {
                Some(civ())
            } else {
                target.primary_and_assoc(country)
            };
            (a, b)
        }
        EventType::Protests => {
            let mut p = side(Camp::Protesters)
                .primary_and_assoc(country)
                .unwrap_or(bare(dict.protesters(country)));
            if !p.0.name.starts_with("Protesters") {
                p.1.insert(0, p.0.name.clone());
                p.0 = dict.protesters(country);
            }
            crowd_assoc(&mut p.1);
            // A peaceful protest has one side; with intervention or excessive force, the force
            // that intervened (the police when none is named) is the second.
            let b = if sub == SubEventType::PeacefulProtest {
                None
            } else {
                intervening(intervention || !state.members.is_empty())
            };
            (Some(p), b)
        }
        EventType::Riots => {
            let r = side(Camp::Rioters).primary_and_assoc(country).unwrap_or((
                dict.rioters(country),
                vec![],
                vec![],
            ));
            let mut r = if r.0.name.starts_with("Rioters") {
                r
            } else {
                (dict.rioters(country), vec![r.0.name], r.2)
            };
            crowd_assoc(&mut r.1);
            // State forces are a side of a riot only when they act on the crowd (or, in mob
            // violence, are its victims); buildings of the state that rioters burn, or the
            // authorities they address, are not actors. Foreign forces and peacekeepers that a
            // crowd confronts (stones thrown at a convoy, a base attacked) are.
            let b = if forces_demonstrate {
                None
            } else if intervention || sub == SubEventType::MobViolence {
                // Codebook (riots): the force that disperses or arrests rioters is a side; when
                // the report does not name it ("twenty were arrested"), it is the police, unless
                // the crowd is itself of the forces (mutineers firing in the air).
                intervening(
                    (intervention && !state.members.is_empty())
                        || (crowd_control && mutinies.is_empty()),
                )
            } else {
                // A foreign government (a visiting president, a leader's remarks) is what the
                // crowd addresses, not forces it confronts.
                Side {
                    members: forces
                        .members
                        .iter()
                        .filter(|m| m.actor.inter == cw_record::Inter::ExternalOtherForces)
                        .cloned()
                        .collect(),
                }
                .primary_and_assoc(country)
            };
            // Mob violence: the mob's target is an armed group it turns on (lynched gunmen or
            // robbers), else civilians; two crowds fighting each other are rioters on both sides.
            let mob = sub == SubEventType::MobViolence;
            let armed_target = || {
                Side {
                    members: non_state
                        .members
                        .iter()
                        .filter(|m| !m.mutiny)
                        .cloned()
                        .collect(),
                }
                .primary_and_assoc(country)
            };
            let b = b
                .or_else(|| if mob { armed_target() } else { None })
                .or_else(|| (mob && clash).then(|| bare(dict.rioters(country))))
                .or_else(|| (civilian_victims || mob).then(|| civ_from(true)));
            (Some(r), b)
        }
        EventType::StrategicDevelopments => match sub {
            SubEventType::LootingPropertyDestruction
                if armed_victims(&non_state).is_some()
                    && !civilians.members.iter().any(|m| m.role == Role::Patient) =>
            {
                // The property of another armed group ("unknown gunmen seized a GATIA
                // vehicle"): that group is the second side.
                let (by, victims) = armed_victims(&non_state).unwrap_or_default();
                (
                    by.primary_and_assoc(country),
                    victims.primary_and_assoc(country),
                )
            }
            SubEventType::LootingPropertyDestruction => {
                // The side that acts loots or destroys: state forces that destroy the property
                // of an armed group ("the army destroyed a militant camp") are actor1, the group
                // actor2.
                let acts = |s: &Side| s.members.iter().any(|m| m.role == Role::Agent);
                let state_acts = acts(&forces) && !acts(&non_state);
                let by = if !non_state.members.is_empty() && !state_acts {
                    &non_state
                } else {
                    &state
                };
                let a = by
                    .primary_and_assoc(country)
                    .or_else(civilian_attackers)
                    .or_else(|| Some(bare(dict.unidentified_armed(country))));
                // The property of state forces (a police station, a guard post burned) makes
                // those forces the second side; other property is the civilians' (offices of
                // the local government included: local officials are civilians).
                // Forces named only around the act ("militants in army fatigues", "in connection
                // with an attack on the army base") own nothing that was hit: their property is
                // a military target or they are acted on.
                let forces_hit =
                    military_target || forces.members.iter().any(|m| m.role == Role::Patient);
                let b = if state_acts && !non_state.members.is_empty() {
                    non_state.primary_and_assoc(country)
                } else if non_state.members.is_empty() || !forces_hit {
                    None
                } else {
                    forces.primary_and_assoc(country)
                };
                (a, b.or_else(|| Some(civ())))
            }
            SubEventType::Arrests => {
                let a = state
                    .primary_and_assoc(country)
                    .or_else(|| Some(bare(state_forces())));
                let b = non_state
                    .primary_and_assoc(country)
                    .or_else(|| (!civilians.members.is_empty()).then(civ));
                (a, b)
            }
            _ => {
                let (mut a, mut b) = ranked();
                // A state's drones or missiles intercepted by another state's forces ("air
                // defences shot down drones launched by Russia"): the interceptor is actor1, the
                // launcher actor2 (codebook: Disrupted weapons use), not its associate.
                if sub == SubEventType::DisruptedWeaponsUse && b.is_none() {
                    let (hit, acting): (Vec<Named>, Vec<Named>) = state
                        .members
                        .iter()
                        .cloned()
                        .partition(|m| m.role == Role::Patient);
                    let other = hit
                        .iter()
                        .any(|h| acting.iter().all(|m| m.actor.name != h.actor.name));
                    if other && !acting.is_empty() {
                        a = Side { members: acting }.primary_and_assoc(country);
                        b = Side { members: hit }.primary_and_assoc(country);
                    }
                }
                // One armed group acting on another ("JNIM militants disarmed ISGS fighters"):
                // the group acted on is the second side, not the first's associate.
                if b.is_none() && state.members.is_empty() {
                    let (x, y) = split_non_state(&non_state);
                    let role = |s: &Side, r: Role| s.members.iter().any(|m| m.role == r);
                    let (x, y) = if role(&y, Role::Agent) && !role(&x, Role::Agent) {
                        (y, x)
                    } else {
                        (x, y)
                    };
                    // With no role read (the verb is no trigger: "disarmed"), text order.
                    let no_roles = |s: &Side| s.members.iter().all(|m| m.role == Role::Other);
                    if (role(&x, Role::Agent) || no_roles(&x))
                        && (role(&y, Role::Patient) || no_roles(&y))
                        && !x.members.is_empty()
                        && !y.members.is_empty()
                    {
                        a = x.primary_and_assoc(country);
                        b = y.primary_and_assoc(country);
                    }
                }
                // SD: Agreement is between two parties: groups of one camp that sign together
                // ("Fulani and Dogon leaders signed a peace accord") are its two sides, not a lead
                // and its partner.
                if sub == SubEventType::Agreement && b.is_none() {
                    if let Some((_, assoc, _)) = a.as_mut() {
                        let at = assoc
                            .iter()
                            .position(|x| named.iter().any(|n| n.actor.name == *x));
                        b = at.and_then(|k| {
                            let x = assoc.remove(k);
                            named
                                .iter()
                                .find(|n| n.actor.name == x)
                                .map(|n| bare(n.actor.clone()))
                        });
                    }
                }
                // Non-violent activity of an armed group against people (threats, orders to
                // leave, closing their school): the civilians named are the second side.
                let b = b.or_else(|| {
                    (sub == SubEventType::Other && a.is_some() && !civilians.members.is_empty())
                        .then(civ)
                });
                (a.or_else(|| (!civilians.members.is_empty()).then(civ)), b)
            }
        },
    };
    let first = first.unwrap_or_else(|| bare(dict.unidentified_armed(country)));
    // A battle needs a second side: an attack on a military position is against the state's forces.
    // Forces attacked by attackers the report does not name ("a checkpoint was attacked", "the
    // convoy was ambushed") fought an unidentified armed group.
    let second = second.or_else(|| {
        if et != EventType::Battles {
            return None;
        }
        let state_first = matches!(
            first.0.inter,
            cw_record::Inter::StateForces | cw_record::Inter::ExternalOtherForces
        );
        if military_target && !state_first {
            Some(bare(state_forces()))
        } else if state_first && non_state.members.is_empty() {
            // Forces that fire on people the report names as the victims, with no fighting
            // reported ("soldiers opened fire on a vehicle and wounded two men"), face those
            // civilians, not an unnamed armed group.
            let victims = civilians.members.iter().any(|m| m.role == Role::Patient);
            if victims && !clash && !military_target {
                Some(civ())
            } else {
                Some(bare(dict.unidentified_armed(country)))
            }
        } else {
            // An armed group fought the people of one ethnic community it attacked ("attacked
            // the Fulani village, the attack was repelled"): the community's militia is the
            // second side (codebook: communal militias are named by their ethnic group).
            // Otherwise, when no fighting is reported, the people it attacked if the report
            // names them ("gunmen killed a fisherman"): the civilians are the second side
            // (bystanders of a fight, "wounded in the crossfire", are not).
            // People who fight the armed group ("militiamen and locals clashed in the
            // village") are their community's militia (codebook, identity militias).
            let fighters = Side {
                members: civilians
                    .members
                    .iter()
                    .filter(|m| m.role != Role::Patient)
                    .cloned()
                    .collect(),
            };
            community_militia(doc, &civilians, &first.0, date, country, admin1, dict)
                .map(bare)
                .or_else(|| {
                    (clash && !fighters.members.is_empty())
                        .then(|| fighting_militias(doc, &fighters, &militia_ctx, dict).0)
                        .flatten()
                        .filter(|m| m.0.name != first.0.name)
                })
                .or_else(|| (!clash && !civilians.members.is_empty()).then(civ))
        }
    });
    // Battles: forces named only as hit by an attack whose authors the report does not name ("a
    // soldier was killed in an attack on an army post", "un soldat a été tué lors d'une attaque")
    // are the side attacked: the unnamed attackers are actor1, the forces actor2. An attack or
    // an ambush must be told in their sentence: a clash, or a death in an operation, names no
    // side attacking and keeps the forces first.
    let forces_hit = et == EventType::Battles
        && !clash
        && non_state.members.is_empty()
        && !state.members.is_empty()
        && state.members.iter().all(|m| {
            m.role == Role::Patient
                && crate::view::sentence_has(
                    doc,
                    doc.mentions[m.mention].sentence,
                    "tactic",
                    &["attack", "ambush"],
                )
        });
    let (first, second) = match second {
        Some(b)
            if forces_hit
                && is_state_inter(&first.0)
                && b.0.name == dict.unidentified_armed(country).name =>
        {
            (b, Some(first))
        }
        b => (first, b),
    };
    let (a1, mut as1, ev1) = first;
    // Two crowds fighting each other are "Rioters (X)" on both sides.
    let (a2, as2, ev2) = match second {
        Some((a, b, c)) if a.name != a1.name || a1.inter == cw_record::Inter::Rioters => {
            (Some(a), b, c)
        }
        _ => (None, vec![], vec![]),
    };
    as1.retain(|x| *x != a1.name && a2.as_ref().is_none_or(|a| a.name != *x));
    Coded {
        actor1: a1,
        assoc1: as1,
        actor2: a2,
        assoc2: as2,
        evidence1: ev1,
        evidence2: ev2,
    }
}

fn is_state_inter(a: &NamedActor) -> bool {
    matches!(
        a.inter,
        cw_record::Inter::StateForces | cw_record::Inter::ExternalOtherForces
    )
}

fn kind_of(n: &Named, parts: &[Participant]) -> Option<ActorKind> {
    parts
        .iter()
        .find(|p| p.mention == n.mention)
        .map(|p| p.kind)
}

fn camp_of(n: &Named, parts: &[Participant]) -> Camp {
    if n.mutiny {
        return Camp::NonState;
    }
    if n.auxiliary && n.in_battle {
        return Camp::State;
    }
    // An ally is on the side of the actor it fights beside.
    if let Some(sup) = n.ally_of.filter(|&m| m != n.mention) {
        if let Some(p) = parts.iter().find(|p| p.mention == sup) {
            return camp(p.kind);
        }
    }
    parts
        .iter()
        .find(|p| p.mention == n.mention)
        .map(|p| camp(p.kind))
        .unwrap_or(Camp::NonState)
}

/// A hedged group in parentheses after a militia the dictionary names ("Dozo militiamen
/// (presumably Dan Na Ambassagou)", "chasseurs dozos (probablement de Dan Na Ambassagou)"): the
/// report identifies the militiamen as that group, not a second one beside them.
fn hedged_identity(q: &Named, base: &Named) -> bool {
    q.specific
        && q.hedged
        && base.actor.inter == cw_record::Inter::IdentityMilitia
        && q.actor.inter == cw_record::Inter::IdentityMilitia
        && q.actor.name != base.actor.name
}

/// Two non-state groups named as the joint subject of the act ("Bambara hunters and Dozo
/// militiamen attacked the village", "Dogon and Dan Na Ambassagou militiamen raided ...") act
/// together: the second is the first's ally (an associated actor), not its enemy, when the event
/// has someone else to act on (a patient, civilians or forces named). With no one else, groups
/// joined by "and" fought each other ("Fulani and Dogon militiamen clashed").
fn coordinated_allies(doc: &Document, named: &mut [Named], parts: &[Participant]) {
    let non_state_agent = |n: &Named| {
        n.role == Role::Agent
            && n.ally_of.is_none()
            && camp_of(n, parts) == Camp::NonState
            && (n.specific || !is_generic_armed(&n.actor))
    };
    let mut order: Vec<usize> = (0..named.len()).collect();
    order.sort_by_key(|&i| named[i].span.start);
    for w in order.windows(2) {
        let (i, j) = (w[0], w[1]);
        let (x, y) = (&named[i], &named[j]);
        if !non_state_agent(x) || !non_state_agent(y) || x.actor.name == y.actor.name {
            continue;
        }
        let joined = doc.mentions[x.mention].sentence == doc.mentions[y.mention].sentence
            && doc.text.get(x.span.end..y.span.start).is_some_and(|g| {
                let words = crate::view::words_between(doc, x.span.end, y.span.start);
                // "X and Y", "des miliciens dogons et de Dan Na Ambassagou".
                let article = |w: &String| matches!(w.as_str(), "the" | "de" | "des" | "du" | "d");
                !g.contains([';', ':', '.'])
                    && matches!(words.first().map(String::as_str), Some("and" | "et"))
                    && words.len() <= 2
                    && words.iter().skip(1).all(article)
            });
        // "X and Y clashed": a fight between the two, whoever else is named.
        let s = doc.mentions[y.mention].sentence;
        let fought = doc
            .in_sentence(s)
            .find(|(_, m)| {
                m.span.start >= y.span.end
                    && crate::view::cue(m).is_some_and(|c| c.lexicon == "tactic")
            })
            .is_some_and(|(_, m)| crate::view::is_cue(m, "tactic", &["clash"]));
        let someone_else = named.iter().any(|n| {
            n.actor.name != x.actor.name
                && n.actor.name != y.actor.name
                && (n.role == Role::Patient || camp_of(n, parts) != Camp::NonState)
        });
        if joined && someone_else && !fought {
            let lead = x.mention;
            named[j].ally_of = Some(lead);
        }
    }
}

/// Replace mentions that are alternatives of each other ("JNIM or ISGS") by one composite.
///
/// ACLED's composites join rival armed groups ("JNIM and/or ISGS"); when the report hesitates
/// between an armed group and a community's militia ("Katiba Macina militants or Fulani
/// militiamen"), no composite exists and the attackers are an unidentified armed group, the two
/// named associated.
fn compose_alternatives(named: Vec<Named>, dict: &ActorDictionary, country: &str) -> Vec<Named> {
    let communal = |a: &NamedActor| a.inter == cw_record::Inter::IdentityMilitia;
    let mut out: Vec<Named> = Vec::new();
    for n in named.iter() {
        if let Some(of) = n.alternative_of {
            if let Some(base) = out.iter_mut().find(|b| b.mention == of) {
                if communal(&base.actor) != communal(&n.actor) {
                    let mut u = dict.unidentified_armed(country);
                    for x in [&base.actor, &n.actor] {
                        for y in std::iter::once(&x.name).chain(&x.assoc) {
                            if !u.assoc.contains(y) {
                                u.assoc.push(y.clone());
                            }
                        }
                    }
                    base.actor = u;
                    base.specific = false;
                    base.unidentified = true;
                } else if base.actor.name != n.actor.name {
                    base.actor = dict.composite(&base.actor, &n.actor);
                }
                continue;
            }
        }
        out.push(n.clone());
    }
    out
}

/// Is every member of `side` a patient, one of them in a sentence that tells an attack or an
/// ambush, with no clash reported ("an MSA convoy was attacked near Menaka. One fighter was
/// killed.")? Not with two groups named: their own names tell the sides apart (a passive read
/// wrongly in "ISGS militants reportedly ambushed and killed four JNIM militants" would swap them).
fn attacked_only(doc: &Document, side: &Side, clash: bool) -> bool {
    let mut named = side
        .members
        .iter()
        .filter(|m| m.specific || !is_generic_armed(&m.actor))
        .map(|m| m.actor.name.as_str());
    let first = named.next();
    !clash
        && named.all(|n| Some(n) == first)
        && side.members.iter().all(|m| m.role == Role::Patient)
        && side.members.iter().any(|m| {
            crate::view::sentence_has(
                doc,
                doc.mentions[m.mention].sentence,
                "tactic",
                &["attack", "ambush"],
            )
        })
}

/// Split non-state mentions into two groups for a battle between non-state actors.
fn split_non_state(side: &Side) -> (Side, Side) {
    // Distinct identified groups: named ones, and generic ones the actor stage could name
    // ("Fulani Ethnic Militia", "Dozo Communal Militia"), but not the catch-all names for
    // unidentified attackers, which refer back to a group already there.
    let specific: Vec<&Named> = side
        .members
        .iter()
        .filter(|m| m.specific || !is_generic_armed(&m.actor))
        .collect();
    // Allies (`Named::ally_of`) are no group of their own: they go with the one they fight beside.
    let mut distinct: Vec<&str> = Vec::new();
    for m in specific.iter().filter(|m| m.ally_of.is_none()) {
        if !distinct.contains(&m.actor.name.as_str()) {
            distinct.push(m.actor.name.as_str());
        }
    }
    let mut a = Side::default();
    let mut b = Side::default();
    if distinct.len() >= 2 {
        let first = distinct[0];
        let leads_first = |m: &Named| {
            let of = m
                .ally_of
                .and_then(|x| side.members.iter().find(|o| o.mention == x));
            of.unwrap_or(m).actor.name == first
        };
        for m in &specific {
            if leads_first(m) {
                a.members.push((*m).clone());
            } else {
                b.members.push((*m).clone());
            }
        }
        // The group named first may be the one attacked ("a CMA convoy was ambushed by JNIM
        // militants"): the group that acts leads.
        let acts = |s: &Side| s.members.iter().any(|m| m.role == Role::Agent);
        if !acts(&a) && acts(&b) {
            std::mem::swap(&mut a, &mut b);
        }
        return (a, b);
    }
    // A community's self-defence group beside other attackers ("... raided the village. The
    // village self-defense fought back and killed two of them.") defends against them.
    let other_agents = side
        .members
        .iter()
        .any(|m| !m.community && m.role == Role::Agent);
    for m in &side.members {
        if m.role == Role::Patient || (m.community && (m.role == Role::Other || other_agents)) {
            b.members.push(m.clone());
        } else {
            a.members.push(m.clone());
        }
    }
    if a.members.is_empty() {
        std::mem::swap(&mut a, &mut b);
    }
    // Attackers said to be unidentified (or bandits) beside one named group are the other side
    // ("unknown gunmen attacked the village; Dozo militiamen responded").
    if a.members.iter().any(|m| m.specific) && a.members.iter().any(|m| m.unidentified) {
        let (unknown, named): (Vec<Named>, Vec<Named>) =
            a.members.drain(..).partition(|m| m.unidentified);
        a.members = named;
        // Other generic fighters on the patient side ("one hunter was wounded") are the named
        // group's own people.
        b.members
            .retain(|m| m.actor.name.starts_with("Unidentified Armed Group"));
        b.members.extend(unknown);
        b.members.sort_by_key(|m| m.span.start);
    }
    // Generic mentions on the other side of a named group are the same group unless they differ
    // in kind, or are said to be unidentified. A community's own militia ("the village
    // self-defense repelled the attack") is never a rebel or political group named beside it.
    let community_defends = b.members.iter().any(|m| m.community)
        && !a
            .members
            .iter()
            .any(|m| m.actor.inter == cw_record::Inter::IdentityMilitia);
    // The group may be one the actor stage named from its community ("Dogon militiamen
    // attacked ...; two assailants were killed"): the assailants are its own men.
    if a.members
        .iter()
        .any(|m| m.specific || !is_generic_armed(&m.actor))
        && !community_defends
        && b.members.iter().all(|m| !m.specific && !m.unidentified)
    {
        let a_kinds: Vec<&str> = a.members.iter().map(|m| m.actor.name.as_str()).collect();
        if b.members
            .iter()
            .all(|m| a_kinds.contains(&m.actor.name.as_str()) || is_generic_armed(&m.actor))
        {
            b.members.clear();
        }
    }
    (a, b)
}

fn is_generic_armed(a: &NamedActor) -> bool {
    is_armed_inter(a)
        && (a.name.starts_with("Unidentified") || a.name.starts_with("Islamist Militia"))
}

fn is_armed_inter(a: &NamedActor) -> bool {
    let _ = is_armed;
    !matches!(
        a.inter,
        cw_record::Inter::Civilians | cw_record::Inter::Protesters | cw_record::Inter::Rioters
    )
}

/// The militia of the one ethnic community named among the civilians of a battle, unless it is
/// the first side's own group.
fn community_militia(
    doc: &Document,
    civilians: &Side,
    first: &NamedActor,
    date: NaiveDate,
    country: &str,
    admin1: Option<&str>,
    dict: &ActorDictionary,
) -> Option<NamedActor> {
    let mut labels: Vec<&str> = Vec::new();
    let mut source = None;
    for m in &civilians.members {
        let Some(a) = actor(&doc.mentions[m.mention]) else {
            continue;
        };
        for l in &a.identities {
            if let Some(stem) = l.strip_suffix(" Ethnic Group") {
                if !labels.contains(&stem) {
                    labels.push(stem);
                    source = Some(a);
                }
            }
        }
    }
    let (&[stem], Some(a)) = (labels.as_slice(), source) else {
        return None;
    };
    let militia = cw_record::ActorMention {
        entry: None,
        kind: ActorKind::IdentityMilitia,
        country: a.country.clone(),
        hedged: false,
        identities: vec![format!("{stem} Ethnic Group")],
        alternative_of: None,
    };
    let named = dict.name_for_doc(&militia, doc, date, country, admin1);
    (named.name != first.name).then_some(NamedActor {
        assoc: vec![],
        ..named
    })
}

/// Civilians who fight each other, as militias (codebook, identity militias: communal, ethnic
/// and livelihood militias; `ActorDictionary::fighting_militia`): the first militia named and
/// the first other one are the two sides ("Mauritanian farmers and local villagers clashed");
/// people of one community fighting among themselves are one side.
fn fighting_militias(
    doc: &Document,
    civilians: &Side,
    ctx: &cw_actors::NameContext,
    dict: &ActorDictionary,
) -> (Option<Coded1>, Option<Coded1>) {
    let mut a = Side::default();
    let mut b = Side::default();
    // The fighters are the people who act; those only hurt ("several people were wounded") are
    // among them, unless no one else is named.
    let acting = civilians.members.iter().any(|m| m.role != Role::Patient);
    for m in civilians
        .members
        .iter()
        .filter(|m| !acting || m.role != Role::Patient)
    {
        let Some(mention) = actor(&doc.mentions[m.mention]) else {
            continue;
        };
        let militia = Named {
            actor: dict.fighting_militia(mention, ctx),
            specific: false,
            ..m.clone()
        };
        match a.members.first() {
            Some(f) if f.actor.name != militia.actor.name => b.members.push(militia),
            _ => a.members.push(militia),
        }
    }
    (
        a.primary_and_assoc(ctx.country),
        b.primary_and_assoc(ctx.country),
    )
}

/// A non-state side that holds both the agents of the violence and another identified armed
/// group as its victims (patients): the two, split by role. None unless both are identified and
/// their names differ.
fn armed_victims(side: &Side) -> Option<(Side, Side)> {
    let identified = |m: &&Named| m.specific || !is_generic_armed(&m.actor);
    let agents: Vec<Named> = side
        .members
        .iter()
        .filter(|m| m.role == Role::Agent)
        .cloned()
        .collect();
    let victims: Vec<Named> = side
        .members
        .iter()
        .filter(|m| m.role == Role::Patient)
        .filter(identified)
        .filter(|m| !agents.iter().any(|a| a.actor.name == m.actor.name))
        .cloned()
        .collect();
    // Agents said to be unidentified ("unknown gunmen") are never the named group beside them.
    let agents_known = agents.iter().any(|m| identified(&m))
        || (!agents.is_empty() && agents.iter().all(|m| m.unidentified));
    if !agents_known || victims.is_empty() {
        return None;
    }
    Some((Side { members: agents }, Side { members: victims }))
}
