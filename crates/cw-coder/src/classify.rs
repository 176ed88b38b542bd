//! Classification into ACLED's sub-event types, following the codebook's definitions and
//! precedence (Table 2) with its deciding rules:
//! - Battles vs E/RV: an explosion or air strike "in the context of an ongoing battle" is one
//!   Battles event; a "combined air-ground operation" is Armed clash.
//! - Battles vs VAC: violence between two organised armed groups is a battle (an attack on a
//!   military position or on soldiers included); violence against unarmed people is VAC.
//! - Attack vs Abduction: an abduction with killing or injury is an Attack.
//! - Arrests vs Abduction: judicial arrests by the state are SD/Arrests; by non-state actors, Abduction.
//! - Protests vs Riots: violence or destruction by demonstrators makes a riot; a mob outside a
//!   demonstration is Mob violence.
//! - Strategic developments otherwise (looting, destruction, agreements, disrupted weapons use, ...).
//!
//! Each decision returns the rule's name and the cue that triggered it, for the evidence.

use crate::frames::{first_cue, frame_has, Frame};
use crate::grammar::grammar;
use crate::participants::{is_armed, is_state, Participant, Role};
use cw_record::{ActorKind, Document, SubEventType};

/// The rule of a demonstration by soldiers or police who fire their weapons: they are the
/// rioters, and no force intervenes on them.
pub const FORCES_DEMONSTRATE: &str = "Riots: forces who demonstrate and fire their weapons";

#[derive(Debug, Clone)]
pub struct Decision {
    pub sub_event_type: SubEventType,
    pub rule: &'static str,
    /// The mention (a cue) that justifies it.
    pub cue: Option<usize>,
}

/// What the fatality stage learned that classification needs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Harm {
    pub killed: u64,
    pub injured: u64,
    /// Some victims were civilians.
    pub civilian_victims: bool,
    /// Some victims were armed (soldiers, militants).
    pub armed_victims: bool,
}

pub fn classify(
    doc: &Document,
    frame: &Frame,
    parts: &[Participant],
    harm: Harm,
    set_aside: &[usize],
) -> Option<Decision> {
    // A report that denies a fight ("no clash was reported", "without any fighting") takes back
    // the clash its other words suggest ("the self-defence group responded"): with no armed
    // interaction there is no battle (Battles: "a violent interaction between two organized
    // armed groups"), and territory taken so is a non-violent transfer.
    let no_fight = frame_has(doc, frame, "tactic", &["no_clash"]);
    // Cues of another event told in passing (a rescue after the attack, the fight the attackers
    // had lost before: `set_aside`) are no cues of this one.
    let earlier = earlier_defeat(doc, frame).0;
    let tactic = |cats: &[&str]| {
        doc.mentions.iter().enumerate().any(|(i, m)| {
            !set_aside.contains(&i)
                && frame.sentences.contains(&m.sentence)
                && crate::view::is_cue(m, "tactic", cats)
                && !crate::frames::modal(doc, m.sentence, m)
        })
    };
    let has = |cats: &[&str]| {
        if !no_fight || !cats.contains(&"clash") {
            return tactic(cats);
        }
        let cats: Vec<&str> = cats.iter().copied().filter(|c| *c != "clash").collect();
        !cats.is_empty() && tactic(&cats)
    };
    let cue_of = |cats: &[&str]| first_cue(doc, frame, "tactic", cats);
    // A note headed by its type ("Looting: On 2 May ...", "Property destruction: ...") is what
    // the codebook says such notes are: SD: Looting/property destruction, whatever its verbs.
    if let Some(label) = sd_label(doc) {
        return Some(Decision {
            sub_event_type: SubEventType::LootingPropertyDestruction,
            rule: "SD: looting/property destruction (the note's type label)",
            cue: Some(label),
        });
    }
    // A verb of taking with a place as its object ("seized the town of X"): territory taken,
    // not goods seized.
    let captured = frame
        .sentences
        .clone()
        .find_map(|s| crate::frames::captured_place(doc, s));
    // Weapons seized ("intercepted vehicles and seized arms") are disrupted weapons use, not goods.
    let seized_goods = has(&["seize"]) && captured.is_none() && !has(&["disrupted"]);
    let decide = |t: SubEventType, rule: &'static str, cats: &[&str]| {
        Some(Decision {
            sub_event_type: t,
            rule,
            cue: cue_of(cats),
        })
    };
    // Armed men named among the victims of a toll ("killed seven people including five
    // Koglweogo militiamen", "dont deux soldats") are armed victims: the count of people hides them.
    let g = grammar();
    let armed_among = parts.iter().any(|p| {
        is_armed(p.kind) && p.kind != ActorKind::Government && p.role == Role::Patient && {
            let m = &doc.mentions[p.mention];
            doc.sentences.get(m.sentence).is_some_and(|sen| {
                crate::view::words_between(doc, sen.start, m.span.start)
                    .iter()
                    .rev()
                    .take(3)
                    .any(|w| g.subset.contains(w.as_str()))
            })
        }
    });
    let harm = if armed_among {
        Harm {
            armed_victims: true,
            ..harm
        }
    } else {
        harm
    };
    // The attackers' own dead ("militiamen attacked the village; four villagers and three of
    // the militiamen were killed"), with civilians hurt and no other armed group named, are no
    // second organised side (Battles: "two organized armed groups"): the villagers who fought
    // back are not one, so the raid stays violence against civilians.
    let own = own_losses(doc, parts);
    let harm = if own && harm.civilian_victims {
        Harm {
            armed_victims: false,
            ..harm
        }
    } else {
        harm
    };
    let parts_kept: Vec<Participant>;
    let parts = if own && harm.civilian_victims {
        parts_kept = parts
            .iter()
            .filter(|p| !(is_armed(p.kind) && p.role == Role::Patient))
            .cloned()
            .collect();
        &parts_kept[..]
    } else {
        parts
    };
    let kinds = |pred: &dyn Fn(&Participant) -> bool| parts.iter().any(pred);
    let armed = kinds(&|p| is_armed(p.kind));
    let state = kinds(&|p| is_state(p.kind));
    // Armed state forces: officials of the government (a mayor, a minister) are no fighting side.
    let forces = kinds(&|p| matches!(p.kind, ActorKind::Military | ActorKind::Police));
    let non_state_armed = kinds(&|p| is_armed(p.kind) && !is_state(p.kind));
    let armed_patient =
        kinds(&|p| is_armed(p.kind) && p.role == Role::Patient) || harm.armed_victims;
    let armed_agent = kinds(&|p| is_armed(p.kind) && p.role == Role::Agent);
    let civilians = kinds(&|p| p.kind == ActorKind::Civilians) || harm.civilian_victims;
    let protesters = kinds(&|p| p.kind == ActorKind::Protesters);
    let rioters = kinds(&|p| p.kind == ActorKind::Rioters);
    let military_target = crate::participants::military_target(doc, frame, parts)
        && (earlier.is_empty()
            || doc.mentions.iter().enumerate().any(|(i, m)| {
                !earlier.contains(&i)
                    && frame.sentences.contains(&m.sentence)
                    && crate::view::is_cue(m, "target", &["military"])
            }));
    let civilian_target = frame_has(doc, frame, "target", &["civilian", "property"]);
    let hurt =
        harm.killed > 0 || harm.injured > 0 || has(&["kill", "murder", "execute", "shoot", "beat"]);
    // Two organised armed sides: a state and a non-state actor, two distinct named groups,
    // armed victims of an armed attacker, or an attack on a military position. Unarmed victims
    // alone, with no clash reported, make violence against civilians whoever else is named.
    let only_civilian_victims =
        harm.civilian_victims && !harm.armed_victims && !has(&["clash", "ambush"]);
    // An attack on a position of state forces (a base, a gendarmerie, a ranger post) is a
    // battle with those forces even when only bystanders were hurt (Battles: armed clash).
    // A place nobody held or lived in any more ("the unmanned post", "the villagers had already
    // fled") had no one to fight back or to harm: burning or looting it is property destruction.
    let empty = frame_has(doc, frame, "target", &["empty"]);
    let position_attacked = armed
        && military_target
        && !empty
        && has(&[
            "attack",
            "ambush",
            "clash",
            "shoot",
            "explosive",
            "vehicle_bomb",
        ]);
    // Victims unable to defend themselves are civilians whatever their group: the unarmed, the
    // off-duty, prisoners, and anyone executed outside a fight (codebook VAC).
    // A member of an armed group executed by a rival group stays a member of that group: the
    // rival's killing of its fighters is fighting between the two (Battles), unless the report
    // says the victim was unarmed, off duty or a prisoner.
    let member_executed = kinds(&|p| is_armed(p.kind) && p.role == Role::Patient);
    let defenceless = frame_has(doc, frame, "target", &["unarmed"])
        || (has(&["execute"]) && !has(&["clash", "ambush", "attack"]) && !member_executed);
    // Armed men attacked by someone the report does not name ("GATIA fighters were ambushed near
    // X", "a MINUSMA vehicle was targeted by gunfire"), with no civilians among those hit: their
    // attackers are an unidentified armed group (Battles: "ambushes of on-duty soldiers or armed
    // militants").
    let unnamed_attacker = !no_fight
        && !defenceless
        && !armed_agent
        && !civilians
        && kinds(&|p| {
            is_armed(p.kind) && p.kind != ActorKind::Government && p.role == Role::Patient
        })
        && has(&["attack", "ambush", "shoot"])
        && !has(&[
            "shelling",
            "ied",
            "explosive",
            "air_strike",
            "drone",
            "grenade",
            "suicide",
            "vehicle_bomb",
        ]);
    let two_sides = position_attacked
        || unnamed_attacker
        || (no_fight && harm.armed_victims)
        || (!no_fight
            && !only_civilian_victims
            && !defenceless
            && ((forces && non_state_armed)
                || (armed_agent && armed_patient)
                || distinct_armed_groups(doc, parts) >= 2));
    tracing::trace!(
        doc = %doc.id,
        armed, state, forces, non_state_armed, armed_patient, armed_agent, civilians,
        military_target, civilian_target, only_civilian_victims, position_attacked, defenceless,
        two_sides, killed = harm.killed, civ_victims = harm.civilian_victims,
        armed_victims = harm.armed_victims,
        "classify: deciding flags"
    );
    let ground_fight = has(&["clash", "ambush", "air_ground"])
        || (two_sides && has(&["attack", "shoot", "kill_combatant", "vehicle_bomb"]));

    // Protests and riots. "Demanding" / "to denounce" make a demonstration only when no armed
    // actor takes part ("students crowded the junction demanding exams", not "militants demanding ransom"),
    // or when the only armed side is state forces breaking the gathering up ("police fired tear
    // gas to disperse supporters who had gathered to demand elections": Protest with intervention).
    let dispersed_demand = has(&["demand"])
        && !non_state_armed
        && acted(doc, frame, "intervention", &["intervention", "air"]);
    // Officials are the usual addressees of a demand ("to demand the resignation of the prime
    // minister"): a government actor is no armed side that would make the demand a hostage-taker's.
    let armed_side = kinds(&|p| is_armed(p.kind) && p.kind != ActorKind::Government);
    if has(&["protest"]) || protesters || (has(&["demand"]) && !armed_side) || dispersed_demand {
        // Demonstrators who storm, loot or fire are rioters too (Riots: violent or destructive acts).
        let riot = ["riot", "destroy", "clash", "loot"];
        // Demonstrators who storm a building, assault someone or carry machetes act violently,
        // whoever they hurt (Riots: violent demonstration), unless armed forces or gunmen are the
        // ones acting (then the demonstrators are the victims) or the attack is their grievance
        // ("denounced the attacks on their villages").
        let crowd_violent = (protesters
            && !armed_agent
            && acted(
                doc,
                frame,
                "tactic",
                &["attack", "beat", "weapon", "firearm"],
            ))
            // The crowd itself as the subject of the act ("youths protested and stormed the town
            // hall before police dispersed them", "held the director hostage"): violent, whoever
            // intervened afterwards (Riots: "demonstrators act violently").
            || acted_by(
                doc,
                frame,
                parts,
                &["attack", "beat", "weapon", "firearm", "abduct"],
                &|k| matches!(k, ActorKind::Protesters | ActorKind::Civilians),
            );
        // Soldiers or police who demonstrate and fire their weapons, with no crowd of others and
        // no dispersal told, are the demonstrators: shots fired by a demonstration make it violent.
        let crowd_named = kinds(&|p| {
            matches!(
                p.kind,
                ActorKind::Protesters | ActorKind::Rioters | ActorKind::Civilians
            )
        });
        let forces_demonstrate = forces
            && !crowd_named
            && has(&["shoot"])
            && !acted(
                doc,
                frame,
                "intervention",
                &["intervention", "air", "force"],
            );
        // Forces that are the subject of the protest ("soldiers took to the streets firing shots
        // into the air") fire as demonstrators, even with the words of a warning shot.
        let forces_demonstrate = forces_demonstrate
            || (forces
                && !crowd_named
                && acted_by(doc, frame, parts, &["protest"], &|k| {
                    matches!(k, ActorKind::Military | ActorKind::Police)
                })
                && (has(&["shoot"])
                    || frame_has(doc, frame, "intervention", &["intervention", "air"])));
        if forces_demonstrate && !has(&riot) && !rioters && !crowd_violent {
            return decide(
                SubEventType::ViolentDemonstration,
                FORCES_DEMONSTRATE,
                &["shoot", "protest"],
            );
        }
        if has(&riot) || rioters || crowd_violent || forces_demonstrate {
            return decide(
                SubEventType::ViolentDemonstration,
                "Riots: violence or destruction by demonstrators",
                &riot,
            );
        }
        // Deaths alone do not make force against protesters: someone must have used it (state
        // forces present, a dispersal, shooting or beating); a march over deaths told in passing
        // ("who was killed last year") stays a protest.
        let force_used = || {
            forces
                || has(&["shoot", "attack", "beat"])
                || done(doc, frame, "intervention", &["intervention", "air"])
        };
        if (harm.killed > 0 && force_used()) || frame_has(doc, frame, "intervention", &["force"]) {
            return Some(Decision {
                sub_event_type: SubEventType::ExcessiveForceAgainstProtesters,
                rule: "Protests: lethal or serious-injury force against protesters",
                cue: first_cue(doc, frame, "casualty", &["killed", "injured"]),
            });
        }
        // Arrests or an intervention the demonstrators denounce ("against the arrest of an
        // activist", "called for Russia to intervene") are their grievance, not a dispersal.
        if done(doc, frame, "intervention", &["intervention", "air"])
            || done(doc, frame, "tactic", &["arrest"])
        {
            return Some(Decision {
                sub_event_type: SubEventType::ProtestWithIntervention,
                rule: "Protests: dispersal or arrests without serious injury",
                cue: first_cue(doc, frame, "intervention", &["intervention", "air"])
                    .or_else(|| cue_of(&["arrest"])),
            });
        }
        return decide(
            SubEventType::PeacefulProtest,
            "Protests: gathering without violence",
            &["protest"],
        );
    }
    // A crowd of unorganised people (villagers, residents, youths) that beats, kills, attacks,
    // loots or seizes someone (VAC abductions are by organised armed groups) outside a demonstration, with no organised armed group acting, is a mob (Riots: Mob
    // violence: "at least 3 people engaged in violent or destructive acts").
    let crowd_acts = parts.iter().any(|p| {
        (p.kind == ActorKind::Civilians && p.role == Role::Agent && crowd(doc, p.mention))
            || (p.kind == ActorKind::Rioters
                && has(&["beat", "kill", "murder", "loot", "destroy", "attack"]))
    });
    // Burning tyres and barricades mark a demonstration (Riots: Violent demonstration), so a
    // crowd that does them is no mob outside a demonstration.
    // Two groups of people fighting with firearms or blades, or killing, are communal groups in a
    // battle (handled below), not a mob.
    // People named by trade, school or political side (students, traders, party supporters) who
    // fight each other are a mob however it ends (Riots: Mob violence), unless they bring firearms.
    let crowds: Vec<usize> = parts
        .iter()
        .filter(|p| p.kind == ActorKind::Civilians && crowd(doc, p.mention))
        .map(|p| p.mention)
        .collect();
    let armed_people = parts.iter().any(|p| {
        p.kind == ActorKind::Civilians
            && doc
                .mentions
                .get(p.mention)
                .is_some_and(|m| said_armed(doc, m))
    });
    let status_fight =
        !crowds.is_empty() && !armed_people && crowds.iter().all(|&m| status_crowd(doc, m));
    let lethal_fight = has(&["clash"])
        && (harm.killed > 0 || has(&["weapon", "firearm"]))
        && (!status_fight || has(&["firearm"]));
    // A crowd that kills members of an armed group or of the forces, or ambushes them, fights
    // them as a communal militia (ACLED codes the villagers' group: Battles), not as a mob.
    let crowd_fights_armed = crowd_acts
        && !armed_agent
        && kinds(&|p| is_armed(p.kind) && p.role == Role::Patient)
        && (harm.armed_victims || has(&["ambush"]))
        && !has(&["mob"]);
    if crowd_fights_armed {
        return decide(
            SubEventType::ArmedClash,
            "Battles: a crowd that kills or ambushes armed men fights as a communal militia",
            &["ambush", "kill", "murder", "clash", "attack"],
        );
    }
    if crowd_acts
        && !lethal_fight
        && !armed_agent
        && !has(&["riot"])
        && has(&[
            "beat", "kill", "murder", "attack", "loot", "destroy", "clash", "abduct", "arrest",
        ])
    {
        return decide(
            SubEventType::MobViolence,
            "Riots: mob violence by an unorganised crowd outside a demonstration",
            &[
                "beat", "kill", "murder", "attack", "loot", "destroy", "clash", "abduct", "arrest",
            ],
        );
    }
    // A victim beaten or killed for the crime or sorcery he is accused of, by no organised
    // armed actor, suffers the crowd's justice (Riots: Mob violence, "vigilante mobs").
    if has(&["mob"])
        || (has(&["accused"]) && !armed_agent && has(&["beat", "kill", "murder", "attack"]))
    {
        return decide(
            SubEventType::MobViolence,
            "Riots: mob violence outside a demonstration",
            &["mob"],
        );
    }
    // Soldiers or police who riot on their own account, with no enemy and no one hurt, are
    // rioters (Riots: violent demonstration, "violent or destructive acts"): mutineers who loot
    // or fire, or forces who fire in the air while they loot or block a road. Their shots at no
    // one are no battle, their looting no SD: Looting "outside other violence".
    let mutiny = kinds(&|p| {
        doc.mentions
            .get(p.mention)
            .and_then(crate::view::actor)
            .is_some_and(cw_actors::is_mutiny)
    });
    let fire_at_no_one = frame_has(doc, frame, "intervention", &["air"]);
    let forces_riot = forces
        && !non_state_armed
        && !kinds(&|p| {
            matches!(p.kind, ActorKind::Protesters | ActorKind::Rioters)
                || (p.kind == ActorKind::Civilians && p.role == Role::Agent)
        })
        && harm.killed == 0
        && !harm.civilian_victims
        && !has(&["clash", "ambush", "attack"])
        // Forces that disperse or arrest someone act on a crowd, they are no rioters.
        && !frame_has(doc, frame, "intervention", &["intervention", "force"])
        && ((mutiny && (has(&["loot", "destroy", "shoot", "riot"]) || fire_at_no_one))
            || (fire_at_no_one && has(&["loot", "riot"])));
    if forces_riot {
        return decide(
            SubEventType::ViolentDemonstration,
            FORCES_DEMONSTRATE,
            &["loot", "shoot", "riot"],
        );
    }
    // Vandalism by an organised armed group is property destruction, not a riot.
    if rioters || (has(&["riot"]) && !armed_agent) {
        return decide(
            SubEventType::ViolentDemonstration,
            "Riots: violent demonstration",
            &["riot"],
        );
    }

    // Territory (Battles sub-types outrank Armed clash). Who took the place decides: the home
    // state's forces regain it (Government regains territory: "government forces ... regain
    // control of a location through armed interaction", never a transfer between non-state
    // actors); a non-state group, or a foreign state's forces, overtake it (Non-state actor
    // overtakes territory). With no taker read, the words decide as before.
    let recaptured = captured
        .and_then(|c| doc.mentions.get(c))
        .is_some_and(|m| crate::view::is_cue(m, "tactic", &["recapture"]));
    let regained = has(&["territory_regained"]) || recaptured;
    let taken = has(&["territory_taken"]) || (captured.is_some() && !recaptured);
    let fought = !no_fight && (ground_fight || has(&["attack"]));
    if (regained || taken) && !no_fight {
        let cue = first_cue(
            doc,
            frame,
            "tactic",
            &["territory_regained", "territory_taken"],
        )
        .or(captured);
        let decide_at = |t: SubEventType, rule: &'static str| {
            Some(Decision {
                sub_event_type: t,
                rule,
                cue,
            })
        };
        match cue.and_then(|c| taker(doc, frame, c)) {
            // A place taken back from someone: a non-state side in the fight (soldiers taking
            // their own camp in a mutiny regain nothing).
            Some(Taker::Home) if regained || (fought && non_state_armed) => {
                return decide_at(
                    SubEventType::GovernmentRegainsTerritory,
                    "Battles: government regains territory (state forces took the place)",
                );
            }
            Some(Taker::NonState | Taker::Foreign) if fought => {
                return decide_at(
                    SubEventType::NonStateActorOvertakesTerritory,
                    "Battles: non-state actor overtakes territory (a non-state group or foreign \
                     forces took the place)",
                );
            }
            Some(_) => {}
            None => {
                if regained && state {
                    return decide(
                        SubEventType::GovernmentRegainsTerritory,
                        "Battles: government regains territory",
                        &["territory_regained"],
                    );
                }
                if taken && non_state_armed && fought {
                    return decide_at(
                        SubEventType::NonStateActorOvertakesTerritory,
                        "Battles: non-state actor overtakes territory",
                    );
                }
            }
        }
    }

    // Explosions / remote violence, unless inside a ground battle (codebook: merged into Battles).
    let air = air_strike(doc, frame);
    if has(&["air_ground"]) && !no_fight {
        return decide(
            SubEventType::ArmedClash,
            "Battles: combined air-ground operation is an armed clash",
            &["air_ground"],
        );
    }
    let in_battle = has(&["clash", "ambush"]) || (two_sides && has(&["shoot"]) && has(&["attack"]));
    // Aircraft called in against a ground assault on a military position strike "in the context
    // of an ongoing battle": one Battles event (E/RV merged into Battles).
    let ground_assault = position_attacked
        && kinds(&|p| is_armed(p.kind) && !is_state(p.kind) && p.role == Role::Agent);
    // "Drone shoot-downs and missile interceptions are Disrupted weapons use" (codebook, E/RV).
    if let Some(v) = frame
        .sentences
        .clone()
        .find_map(|s| crate::frames::interception(doc, s))
    {
        return Some(Decision {
            sub_event_type: SubEventType::DisruptedWeaponsUse,
            rule: "SD: disrupted weapons use: a drone or missile shot down or intercepted",
            cue: Some(v),
        });
    }
    if air && !(in_battle || ground_assault) {
        return decide(
            SubEventType::AirDroneStrike,
            "E/RV: air/drone strike",
            &["air_strike", "air_force", "drone", "plane", "strike"],
        );
    }
    if has(&["suicide"]) && !in_battle {
        return decide(
            SubEventType::SuicideBomb,
            "E/RV: suicide bomb",
            &["suicide"],
        );
    }
    // Fire from afar at a base or position, with no ground assault told (no gunfire, no ambush),
    // is one side firing at range (E/RV), however the report calls it ("targeted the camp").
    let ranged_only = !has(&[
        "shoot",
        "ambush",
        "kill_combatant",
        "beat",
        "loot",
        "destroy",
    ]);
    if has(&["shelling"]) && !in_battle && (!has(&["attack"]) || (military_target && ranged_only)) {
        return decide(
            SubEventType::ShellingArtilleryMissileAttack,
            "E/RV: shelling/artillery/missile attack",
            &["shelling"],
        );
    }
    // "An accidental detonation by the planter is Disrupted weapons use", whoever it killed.
    if has(&["planting"]) && has(&["ied", "explosive"]) {
        return decide(
            SubEventType::DisruptedWeaponsUse,
            "SD: disrupted weapons use: accidental detonation while planting",
            &["planting"],
        );
    }
    if has(&["disrupted", "intercept"]) && has(&["ied", "explosive"]) && !hurt {
        return decide(
            SubEventType::DisruptedWeaponsUse,
            "SD: explosive defused or prevented",
            &["disrupted", "intercept"],
        );
    }
    // A blast given as the motive ("in reaction to an IED attack nearby") belongs to an earlier
    // event; a booby-trapped body is not the weapon that killed (the killing is the event).
    let explosive = has(&["ied", "explosive", "vehicle_bomb"])
        && acted(doc, frame, "tactic", &["ied", "explosive", "vehicle_bomb"]);
    // Explosives seized in an operation against an armed group are spoils, not the weapon used
    // ("killed ten militants and seized IEDs"): the event is the fight.
    let seized_spoils = two_sides && has(&["seize", "disrupted", "intercept"]);
    // A vehicle bomb or gunfire in an attack between two armed sides is a battle.
    let battle_assault = two_sides && has(&["attack"]) && has(&["shoot", "vehicle_bomb"]);
    if explosive && !(in_battle || seized_spoils || battle_assault) {
        if has(&["grenade"]) {
            return decide(SubEventType::Grenade, "E/RV: grenade", &["grenade"]);
        }
        return decide(
            SubEventType::RemoteExplosiveLandmineIed,
            "E/RV: remote explosive/landmine/IED",
            &["ied", "explosive"],
        );
    }
    if has(&["grenade"]) && !in_battle {
        return decide(SubEventType::Grenade, "E/RV: grenade", &["grenade"]);
    }
    if has(&["shelling"]) && !in_battle && !two_sides {
        return decide(
            SubEventType::ShellingArtilleryMissileAttack,
            "E/RV: shelling/artillery/missile attack",
            &["shelling"],
        );
    }

    // Looting/property destruction: property destroyed or taken with no one hurt and no fighting
    // ("burned the granaries of the village"; "attacked the unmanned post and burned it").
    let unharmed = harm.killed == 0
        && harm.injured == 0
        && !has(&["kill", "murder", "execute", "beat", "abduct", "sexual"]);
    // An attack on a military or police position is a battle even when only property suffered.
    let armed_target = (military_target || armed_patient) && !empty;
    // Looting/property destruction is "outside other violence": an attack on a village, a
    // market or a vehicle that only burns or loots, no one hurt, is property destruction. A
    // community's militia raiding a village of another community is different: the raid targets
    // the people of that community (VAC: Attack) even when only their homes burn.
    let communal_raid = has(&["attack"])
        && (civilian_target || civilians)
        && !empty
        && kinds(&|p| p.kind == ActorKind::IdentityMilitia && p.role != Role::Patient);
    // Fire aimed at people or their vehicle ("opened fire on the bus, then burned it") is
    // violence against them: the property destroyed is no longer "outside other violence".
    if unharmed
        && !fired_at(doc, frame)
        && (has(&["loot", "destroy"]) || seized_goods)
        && !has(&["clash", "ambush"])
        && !armed_target
        && !communal_raid
        && !frame_has(doc, frame, "casualty", &["killed", "injured"])
    {
        return decide(
            SubEventType::LootingPropertyDestruction,
            "SD: looting/property destruction with no one hurt and no fighting",
            &["loot", "destroy", "seize"],
        );
    }

    // Violence between two communities whose militias the report names (the actor stage codes
    // "violence between Fulani and Dogon" as their ethnic militias): both sides are organised and
    // armed, so the people hurt are the sides' members (Battles: Armed clash), not one-sided victims.
    if has(&["violence", "clash"]) && distinct_communities(doc, parts) >= 2 {
        return decide(
            SubEventType::ArmedClash,
            "Battles: violence between the militias of two communities",
            &["clash", "violence"],
        );
    }

    // A crowd of unorganised people (youths, traders, residents) that clashes with police or
    // soldiers, no gun or blade used and no one killed, is a mob however many sides the forces
    // seem to hold (Riots: Mob violence, "at least 3 people engaged in violent or destructive
    // acts" outside a demonstration).
    let crowd_fights_forces = has(&["clash"])
        && forces
        && !non_state_armed
        && harm.killed == 0
        && !crowds.is_empty()
        && !has(&["shoot", "weapon", "firearm"]);
    if crowd_fights_forces {
        return decide(
            SubEventType::MobViolence,
            "Riots: a crowd that clashes with police or soldiers outside a demonstration",
            &["clash"],
        );
    }
    // Battles: two organised armed groups.
    if two_sides
        && (ground_fight
            || has(&[
                "attack",
                "shoot",
                "kill",
                "murder",
                "explosive",
                "vehicle_bomb",
                "shelling",
                "kill_combatant",
            ]))
    {
        let rule = if explosive {
            "Battles: explosives used in the course of a battle are one Battles event"
        } else if air {
            "Battles: an air strike inside a ground battle is one Battles event"
        } else {
            "Battles: armed clash between organised armed groups"
        };
        return decide(
            SubEventType::ArmedClash,
            rule,
            &[
                "clash",
                "ambush",
                "attack",
                "shoot",
                "kill",
                "murder",
                "vehicle_bomb",
                "explosive",
                "kill_combatant",
            ],
        );
    }
    // A clash, a repelled attack or an exchange of fire needs two armed sides: the other side
    // may be a village self-defence group ("the attack was repelled"). Civilians killed in the
    // crossfire are part of the battle.
    // Unorganised groups of people fighting each other (students, merchants, neighbours) outside a
    // demonstration are a mob, not organised armed groups (codebook: Mob violence).
    // A fight between groups of people that kills, or is fought with firearms or blades, is
    // between organised communal groups (ACLED codes their communal militias: Battles), not a
    // mob throwing stones.
    if lethal_fight && !parts.is_empty() && !armed {
        return decide(
            SubEventType::ArmedClash,
            "Battles: a lethal or armed fight between groups of people",
            &["clash"],
        );
    }
    if has(&["clash"]) && !parts.is_empty() && !armed {
        return decide(
            SubEventType::MobViolence,
            "Riots: violence between unorganised groups outside a demonstration",
            &["clash"],
        );
    }
    // Police or soldiers are the only armed side: a crowd that fights them with stones, or that
    // fights itself until they intervene, is a riot, not a battle (Riots: Mob violence, "at least
    // 3 people engaged in violent or destructive acts" outside a demonstration).
    if has(&["clash"])
        && forces
        && !non_state_armed
        && harm.killed == 0
        && (has(&["riot"])
            || acted(doc, frame, "intervention", &["intervention", "air"])
            || crowd_fights_forces)
    {
        return decide(
            SubEventType::MobViolence,
            "Riots: a crowd fighting while the only armed side is police or soldiers",
            &["clash"],
        );
    }
    if has(&["clash"]) && !parts.is_empty() {
        return decide(
            SubEventType::ArmedClash,
            "Battles: reported clash between armed or communal groups",
            &["clash"],
        );
    }

    // Violence against civilians.
    let victims_unarmed =
        civilians || civilian_target || defenceless || (!armed_patient && !military_target);
    if victims_unarmed {
        if has(&["sexual"]) {
            return decide(
                SubEventType::SexualViolence,
                "VAC: sexual violence",
                &["sexual"],
            );
        }
        let abduct = has(&["abduct"]);
        if hurt || (has(&["attack", "ambush"]) && !abduct) {
            let rule = if abduct {
                "VAC: abduction with killing or injury is an Attack"
            } else {
                "VAC: violence against unarmed civilians"
            };
            // A murder is a deliberate killing of a person even when no toll is counted
            // ("the murder of a councillor").
            // So is an attack on a place or vehicle of civilians (a bus, a market) by whomever.
            if armed
                || civilians
                || civilian_target
                || harm.killed > 0
                || has(&["execute", "shoot", "murder"])
            {
                return decide(
                    SubEventType::Attack,
                    rule,
                    &[
                        "kill", "murder", "execute", "shoot", "beat", "attack", "ambush", "abduct",
                    ],
                );
            }
        }
        if abduct {
            return decide(
                SubEventType::AbductionForcedDisappearance,
                "VAC: abduction/forced disappearance",
                &["abduct"],
            );
        }
    }
    if has(&["arrest"]) {
        if state || !non_state_armed {
            return decide(
                SubEventType::Arrests,
                "SD: arrests by state forces",
                &["arrest"],
            );
        }
        return decide(
            SubEventType::AbductionForcedDisappearance,
            "VAC: arrest by a non-state group is an abduction",
            &["arrest"],
        );
    }
    if has(&["abduct"]) {
        return decide(
            SubEventType::AbductionForcedDisappearance,
            "VAC: abduction/forced disappearance",
            &["abduct"],
        );
    }
    if has(&["attack", "ambush", "shoot", "kill", "murder"]) && armed {
        return decide(
            SubEventType::ArmedClash,
            "Battles: attack on an armed actor",
            &["attack", "ambush", "shoot", "kill", "murder"],
        );
    }

    // Strategic developments.
    if has(&["loot", "destroy", "riot"]) {
        return decide(
            SubEventType::LootingPropertyDestruction,
            "SD: looting/property destruction outside other violence",
            &["loot", "destroy"],
        );
    }
    if has(&["agreement", "surrender", "release"]) {
        return decide(
            SubEventType::Agreement,
            "SD: agreement (ceasefire, surrender, release)",
            &["agreement", "surrender", "release"],
        );
    }
    if has(&["disrupted", "intercept"]) {
        return decide(
            SubEventType::DisruptedWeaponsUse,
            "SD: disrupted weapons use",
            &["disrupted", "intercept"],
        );
    }
    // Goods taken by an armed group with no one hurt: vehicles, livestock, a truck of aid
    // (SD: looting/property destruction, "outside other violence").
    if seized_goods && armed && !has(&["territory_taken"]) {
        return decide(
            SubEventType::LootingPropertyDestruction,
            "SD: looting/property destruction outside other violence",
            &["seize"],
        );
    }
    if has(&["base"]) {
        return decide(
            SubEventType::HeadquartersOrBaseEstablished,
            "SD: headquarters or base established",
            &["base"],
        );
    }
    if has(&["territory_taken", "withdrawal"])
        || captured.is_some()
        || (no_fight && has(&["territory_regained"]))
    {
        return Some(Decision {
            sub_event_type: SubEventType::NonViolentTransferOfTerritory,
            rule: "SD: territory changed hands without a battle",
            cue: cue_of(&["territory_taken", "withdrawal", "territory_regained"]).or(captured),
        });
    }
    if has(&["change"]) && armed {
        return decide(
            SubEventType::ChangeToGroupActivity,
            "SD: change to group/activity",
            &["change"],
        );
    }
    if has(&["coup", "other"]) {
        return decide(
            SubEventType::Other,
            "SD: other (coup, displacement, mass grave)",
            &["coup", "other"],
        );
    }
    if harm.killed > 0 && armed {
        return Some(Decision {
            sub_event_type: if two_sides || armed_patient {
                SubEventType::ArmedClash
            } else {
                SubEventType::Attack
            },
            rule: "fatalities reported with an armed actor",
            cue: first_cue(doc, frame, "casualty", &["killed"]),
        });
    }
    None
}

/// The type label that heads a note ("Looting:", "Property destruction:"): a `sd_label` frame
/// cue at the report's first word, followed by a colon.
fn sd_label(doc: &Document) -> Option<usize> {
    let first = doc.text.len() - doc.text.trim_start().len();
    doc.mentions.iter().position(|m| {
        m.span.start == first
            && crate::view::is_cue(m, "frame", &["sd_label"])
            && doc
                .text
                .get(m.span.end..)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

/// Who took a place: the home state's forces, a foreign state's, or a non-state armed group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Taker {
    Home,
    Foreign,
    NonState,
}

/// Who took the place of the territory cue `cue`: the subject of its verb (the nearest actor
/// before it in its sentence, not an agent after "by" nor the report's source), or after a
/// passive ("was captured by rebels") the agent after "by". State forces that name another
/// country than the places of the frame are foreign ("Russian troops captured the town" in
/// Ukraine: a foreign state actor overtakes territory).
fn taker(doc: &Document, frame: &Frame, cue: usize) -> Option<Taker> {
    let c = doc.mentions.get(cue)?;
    let s = c.sentence;
    let g = grammar();
    let before_words = crate::view::words_between(doc, doc.sentences[s].start, c.span.start);
    let passive = before_words
        .iter()
        .rev()
        .take(2)
        .any(|w| g.passive.contains(w.as_str()));
    let by_before = |m: &cw_record::Mention| {
        crate::view::words_between(doc, doc.sentences[s].start, m.span.start)
            .iter()
            .rev()
            .take(2)
            .any(|w| g.by.contains(w.as_str()))
    };
    let actor_mention = |m: &cw_record::Mention| {
        crate::view::actor(m).is_some() && !crate::participants::is_source(doc, m.span)
    };
    let who = if passive {
        doc.in_sentence(s)
            .filter(|(_, m)| actor_mention(m) && m.span.start >= c.span.end)
            .find(|(_, m)| {
                by_before(m) && crate::view::word_count_between(doc, c.span.end, m.span.start) <= 6
            })
    } else {
        doc.in_sentence(s)
            .filter(|(_, m)| {
                actor_mention(m)
                    && m.span.end <= c.span.start
                    && !by_before(m)
                    && !crate::view::clause_break_between(doc, m.span.end, c.span.start)
            })
            .last()
    };
    let a = crate::view::actor(who?.1)?;
    if !is_armed(a.kind) {
        return None;
    }
    if !is_state(a.kind) {
        return Some(Taker::NonState);
    }
    if !matches!(a.kind, ActorKind::Military | ActorKind::Police) {
        return None;
    }
    // Foreign: the forces name a country, and the place taken (the first place after the cue in
    // its sentence, else the frame's first) lies in another.
    let places = || {
        doc.mentions
            .iter()
            .filter(|m| frame.sentences.contains(&m.sentence))
            .filter_map(|m| crate::view::place(m).map(|p| (m, p)))
    };
    let taken_place = places()
        .find(|(m, _)| m.sentence == s && m.span.start >= c.span.end)
        .or_else(|| places().next());
    let foreign = a.country.as_deref().is_some_and(|own| {
        taken_place.is_some_and(|(_, p)| !p.place.country_code.eq_ignore_ascii_case(own))
    });
    Some(if foreign { Taker::Foreign } else { Taker::Home })
}

/// Whether the frame tells an air strike: an air strike named, an aircraft with an act of
/// violence, or an aircraft as the subject or agent of a verb of striking ("jets bombed a
/// village"; [`crate::frames::aircraft_strikes`]). E/RV: Air/drone strike, "any air-to-ground
/// attacks".
pub fn air_strike(doc: &Document, frame: &Frame) -> bool {
    let has = |cats: &[&str]| frame_has(doc, frame, "tactic", cats);
    has(&["air_strike"])
        || (has(&["air_force", "drone"])
            && has(&[
                "attack",
                "kill",
                "murder",
                "kill_combatant",
                "strike",
                "shelling",
                "explosive",
            ]))
        || frame
            .sentences
            .clone()
            .any(|s| crate::frames::aircraft_strikes(doc, s).is_some())
        || forces_strike(doc, frame)
}

/// Whether a bare "strike(s)" is named by a state's demonym ("Israeli strikes", "Russian
/// strikes on Kharkiv", "frappes israéliennes"; the actor stage reads the demonym and the noun as
/// that state's forces): a state's strikes are air-to-ground attacks (E/RV: Air/drone strike). A
/// labour strike is told by its own phrases ("went on strike", "general strike", "a strike by
/// teachers"), and a verb ("soldiers struck a man") stays outside the forces' mention.
fn forces_strike(doc: &Document, frame: &Frame) -> bool {
    doc.mentions.iter().any(|c| {
        frame.sentences.contains(&c.sentence)
            && crate::view::is_cue(c, "tactic", &["strike"])
            && doc.in_sentence(c.sentence).any(|(_, m)| {
                crate::view::actor(m).is_some_and(|a| a.kind == ActorKind::Military)
                    && m.span.start < c.span.end
                    && c.span.start < m.span.end
            })
    })
}

/// Whether the frame holds a cue of these categories that is not the motive of the event: a cue
/// after a cause phrase of its sentence ("to demand the release of those arrested"), or inside
/// one, is the grievance.
fn acted(doc: &Document, frame: &Frame, lexicon: &str, categories: &[&str]) -> bool {
    doc.mentions.iter().any(|m| {
        frame.sentences.contains(&m.sentence)
            && crate::view::is_cue(m, lexicon, categories)
            && !after_cause(doc, m)
    })
}

/// Whether a cue stands inside a cause phrase of its sentence or at most eight words after one,
/// in its clause ("after an attack on a post, soldiers killed ten": the killing is no cause).
pub(crate) fn after_cause(doc: &Document, m: &cw_record::Mention) -> bool {
    doc.in_sentence(m.sentence).any(|(_, c)| {
        crate::view::is_cue(c, "frame", &["cause"])
            && c.span.start <= m.span.start
            && (c.span.end > m.span.start
                || (crate::view::word_count_between(doc, c.span.end, m.span.start) <= 8
                    && !doc
                        .text
                        .get(c.span.end..m.span.start)
                        .is_some_and(|g| g.contains([',', ';']))))
    })
}

/// Whether a cue of the frame is an act, not the grievance of a demonstration: `acted`, and not
/// what a crowd demands or protests against ("demanding an inquiry into two men killed by
/// soldiers", "to demand the release of a leader arrested last week").
fn done(doc: &Document, frame: &Frame, lexicon: &str, categories: &[&str]) -> bool {
    doc.mentions.iter().any(|m| {
        frame.sentences.contains(&m.sentence)
            && crate::view::is_cue(m, lexicon, categories)
            && !after_cause(doc, m)
            && !crate::view::in_grievance(doc, m.span.start)
    })
}

/// Whether a tactic cue of the frame has for its subject a participant of a kind `who`: the
/// nearest actor before it in its clause, with no passive auxiliary between ("youths ... stormed
/// the town hall", not "protesters were attacked"), and not a grievance.
fn acted_by(
    doc: &Document,
    frame: &Frame,
    parts: &[Participant],
    categories: &[&str],
    who: &dyn Fn(ActorKind) -> bool,
) -> bool {
    let g = grammar();
    doc.mentions.iter().any(|m| {
        if !frame.sentences.contains(&m.sentence)
            || !crate::view::is_cue(m, "tactic", categories)
            || crate::view::in_grievance(doc, m.span.start)
        {
            return false;
        }
        let subject = doc
            .in_sentence(m.sentence)
            .filter(|(_, a)| a.span.end <= m.span.start && crate::view::actor(a).is_some())
            .last();
        let Some((i, a)) = subject else {
            return false;
        };
        let between = crate::view::words_between(doc, a.span.end, m.span.start);
        // A noun ("against an assault") or a participle with its agent ("teachers assaulted by
        // parents") is no act of the crowd.
        let noun = between
            .iter()
            .rev()
            .take(3)
            .take_while(|w| !g.coordinator.contains(w.as_str()))
            .any(|w| g.noun_marker.contains(w.as_str()));
        // A relative clause between them has its own subject ("the Burkinabe who died in
        // attacks").
        let relative = between.iter().any(|w| g.relative.contains(w.as_str()));
        let by_agent = crate::view::words_between(doc, m.span.end, doc.sentences[m.sentence].end)
            .first()
            .is_some_and(|w| g.by.contains(w.as_str()));
        parts.iter().any(|p| p.mention == i && who(p.kind))
            && !noun
            && !relative
            && !by_agent
            && !between.iter().any(|w| g.passive.contains(w.as_str()))
            && !crate::view::clause_break_between(doc, a.span.end, m.span.start)
    })
}

/// Whether the frame tells fire aimed at someone or something: a verb of firing followed, within
/// two words, by a preposition of aim ("opened fire on the bus", "fired two shots at the driver",
/// "ont tiré sur le car"), and that preposition not opening a date ("opened fire on Monday").
/// Shots "in the air" or "in the village" aim at no one.
fn fired_at(doc: &Document, frame: &Frame) -> bool {
    let g = grammar();
    doc.mentions.iter().any(|m| {
        if !(frame.sentences.contains(&m.sentence) && crate::view::is_cue(m, "tactic", &["shoot"]))
        {
            return false;
        }
        let Some(sentence) = doc.sentences.get(m.sentence) else {
            return false;
        };
        let after = crate::view::words_between(doc, m.span.end, sentence.end);
        let Some(i) = after
            .iter()
            .take(3)
            .position(|w| g.aim.contains(w.as_str()))
        else {
            return false;
        };
        // The aim's object: no date mention within a word of it.
        !doc.in_sentence(m.sentence).any(|(_, d)| {
            crate::view::date(d).is_some()
                && d.span.start >= m.span.end
                && crate::view::word_count_between(doc, m.span.end, d.span.start) <= i + 2
        })
    })
}

/// The cues of a fight the attackers had lost before this event, told in a clause of their
/// retreat: a temporal word and a passive right before a clash or attack cue that is not its
/// sentence's first ("attacked an IDP camp while withdrawing after being routed at the military
/// base", "après avoir été repoussés lors d'une attaque contre le camp militaire"), and the cues of
/// that clause after it (to the next comma). Codebook: one event per act; the other fight is
/// coded separately. Returns those cues' mentions and the clauses' spans.
pub fn earlier_defeat(doc: &Document, frame: &Frame) -> (Vec<usize>, Vec<cw_record::Span>) {
    let g = grammar();
    let mut out = Vec::new();
    let mut clauses: Vec<cw_record::Span> = Vec::new();
    for s in frame.sentences.clone() {
        let Some(sentence) = doc.sentences.get(s) else {
            continue;
        };
        let mut first = true;
        let mut from: Option<usize> = None;
        for (i, m) in doc.in_sentence(s) {
            let Some(c) = crate::view::cue(m) else {
                continue;
            };
            if let Some(f) = from {
                let gap = doc.text.get(f..m.span.start).unwrap_or("");
                if let Some(k) = gap.find([',', ';']) {
                    clauses.push(cw_record::Span::new(f, f + k));
                    from = None;
                }
            }
            if c.lexicon == "tactic" && from.is_none() && !first {
                let before = crate::view::words_between(doc, sentence.start, m.span.start);
                let n = before.len();
                let retreat = n >= 2
                    && g.passive.contains(before[n - 1].as_str())
                    && before[..n - 1]
                        .iter()
                        .rev()
                        .take(2)
                        .any(|w| g.temporal.contains(w.as_str()))
                    && matches!(c.category.as_str(), "clash" | "attack");
                if retreat {
                    from = Some(m.span.start);
                }
            }
            if c.lexicon == "tactic" && crate::frames::TRIGGERS.contains(&c.category.as_str()) {
                first = false;
            }
            if from.is_some() && matches!(c.lexicon.as_str(), "tactic" | "target") {
                out.push(i);
            }
        }
        if let Some(f) = from {
            let end = doc
                .text
                .get(f..sentence.end)
                .and_then(|t| t.find([',', ';']))
                .map_or(sentence.end, |k| f + k);
            clauses.push(cw_record::Span::new(f, end));
        }
    }
    (out, clauses)
}

/// Whether an actor mention names several people (a plural head: "villagers", "angry youths",
/// "a crowd"): a mob needs at least three.
fn crowd(doc: &Document, mention: usize) -> bool {
    let Some(m) = doc.mentions.get(mention) else {
        return false;
    };
    // A community named by its ethnic identity ("Fulani villagers", "Dogon youths") acts as an
    // ethnic militia in ACLED's coding, not as a mob; people named by trade or status
    // ("students", "traders", "women") are an unorganised crowd (Riots: Mob violence).
    if crate::view::actor(m)
        .is_some_and(|a| a.identities.iter().any(|l| l.ends_with(" Ethnic Group")))
    {
        return false;
    }
    let words = cw_record::fold::fold(doc.slice(m.span));
    let head = words.rsplit(' ').next().unwrap_or("");
    grammar().crowd_head.contains(&head) && !said_armed(doc, m)
}

/// Whether a crowd is named by trade, school or political side ("students", "party supporters"),
/// not by where its people live.
fn status_crowd(doc: &Document, mention: usize) -> bool {
    doc.mentions.get(mention).is_some_and(|m| {
        let words = cw_record::fold::fold(doc.slice(m.span));
        let head = words.rsplit(' ').next().unwrap_or("");
        grammar().status_crowd.contains(&head)
    })
}

/// Whether people are said to be armed by an adjective beside their head ("armed villagers",
/// French "des villageois armés"): a group under arms is a communal militia, not a mob. "Armed
/// with sticks" ("armés de bâtons") describes how a crowd fought and leaves it a mob.
fn said_armed(doc: &Document, m: &cw_record::Mention) -> bool {
    let Some(sentence) = doc.sentences.get(m.sentence) else {
        return false;
    };
    let g = grammar();
    let before = crate::view::words_between(doc, sentence.start, m.span.start);
    let after = crate::view::words_between(doc, m.span.end, sentence.end);
    let armed = |w: Option<&String>| w.is_some_and(|w| g.armed.contains(w.as_str()));
    armed(before.last())
        || (armed(after.first())
            && !after
                .get(1)
                .is_some_and(|w| g.armed_with.contains(w.as_str())))
}

/// Whether every armed actor of the frame is of one group (the same named group, or the same
/// community's militia: "Fulani militiamen attacked ...; three Fulani gunmen were killed") and
/// some of them are hurt or acted on: the attackers' own losses, with no other armed group named.
fn own_losses(doc: &Document, parts: &[Participant]) -> bool {
    let group = |p: &Participant| {
        crate::view::actor(&doc.mentions[p.mention]).map(|a| {
            let mut ids: Vec<&str> = a.identities.iter().map(String::as_str).collect();
            ids.sort_unstable();
            (a.entry.clone(), p.kind, ids)
        })
    };
    let armed: Vec<&Participant> = parts
        .iter()
        .filter(|p| is_armed(p.kind) && p.kind != ActorKind::Government)
        .collect();
    let Some(first) = armed.first().and_then(|p| group(p)) else {
        return false;
    };
    let same = |p: &Participant| {
        group(p).is_some_and(|(entry, kind, ids)| {
            (entry.is_some() && entry == first.0)
                || (entry.is_none()
                    && first.0.is_none()
                    && kind == first.1
                    && !ids.is_empty()
                    && ids == first.2)
        })
    };
    armed.first().is_some_and(|p| p.role == Role::Agent)
        && armed.iter().any(|p| p.role == Role::Patient)
        && armed.iter().all(|p| same(p))
}

/// Number of distinct named armed groups (dictionary entries) among the participants.
/// Distinct communities (identity labels) of the identity militias taking part.
fn distinct_communities(doc: &Document, parts: &[Participant]) -> usize {
    let mut keys: Vec<&str> = parts
        .iter()
        .filter(|p| p.kind == ActorKind::IdentityMilitia)
        .filter_map(|p| crate::view::actor(&doc.mentions[p.mention]))
        .filter(|a| a.alternative_of.is_none())
        .flat_map(|a| a.identities.iter().map(String::as_str))
        .filter(|l| l.ends_with(" Ethnic Group"))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.len()
}

fn distinct_armed_groups(doc: &Document, parts: &[Participant]) -> usize {
    let mut keys: Vec<&str> = parts
        .iter()
        .filter(|p| is_armed(p.kind) && !is_state(p.kind))
        .filter(|p| crate::participants::parenthetical_of(doc, p.mention).is_none())
        .filter_map(|p| crate::view::actor(&doc.mentions[p.mention]))
        // "JNIM or ISGS" is one uncertain attribution, not two sides.
        .filter(|a| a.alternative_of.is_none())
        .filter_map(|a| a.entry.as_deref())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.len()
}
