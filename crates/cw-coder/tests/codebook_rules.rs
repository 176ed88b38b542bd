//! Deciding rules of the codebook on short reports written for these tests.

mod common;

use chrono::NaiveDate;
use cw_record::{Event, SubEventType};

fn code(text: &str) -> Vec<Event> {
    common::code_on(text, "2021-06-02")
}

fn only(text: &str) -> Event {
    common::only_on(text, "2021-06-02")
}

#[test]
fn a_victim_killed_by_gunmen_is_a_civilian_not_a_side() {
    // Passive voice: the gunmen after "by" are the agent, the chief the victim.
    let e = only(
        "On 2 May 2021, a village chief was shot dead at home by unidentified gunmen in Djibo.",
    );
    assert_eq!(e.sub_event_type, SubEventType::Attack);
    assert_eq!(e.actor2, "Civilians (Burkina Faso)");
    assert_eq!(e.fatalities, 1);
}

#[test]
fn a_deliberate_killing_needs_no_other_violence_word() {
    // "assassinated" alone is violence against a person; a plain "killed" in an accident is not.
    let e = only("On 2 May 2021, a municipal councillor was assassinated in Kaya.");
    assert_eq!(e.sub_event_type, SubEventType::Attack);
    assert!(
        code("On 2 May 2021, a trader was killed when his truck overturned near Kaya.").is_empty()
    );
}

#[test]
fn an_attack_on_a_post_of_state_forces_is_a_battle_even_if_only_bystanders_are_hurt() {
    let e = only(
        "On 2 May 2021, gunmen raided the ranger post at Pama, and a herder passing by was wounded.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn an_attack_that_only_burns_or_loots_is_property_destruction() {
    // Looting/property destruction is "outside other violence": a raid on a village, a market or
    // a lorry that hurts no one, whatever it is called, is property destruction.
    for text in [
        "On 2 May 2021, gunmen attacked the village of Tansila and set fire to several huts. Nobody was hurt.",
        "On 2 May 2021, suspected jihadists attacked the market of Dedougou, burned stalls and seized four motorbikes.",
        "Le 2 mai 2021, des hommes armés ont attaqué le village de Tansila et incendié plusieurs cases. Aucune victime n'a été signalée.",
        "Le 2 mai 2021, des jihadistes présumés ont attaqué le marché de Dédougou, brûlé des étals et emporté quatre motos.",
    ] {
        let e = only(text);
        assert_eq!(
            e.sub_event_type,
            SubEventType::LootingPropertyDestruction,
            "{text}"
        );
    }
    // Property burned with no attack named is property destruction too.
    let e = only("On 2 May 2021, militiamen burned the granaries of Tansila at night.");
    assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction);
}

#[test]
fn a_communal_militia_raiding_a_village_of_another_community_attacks_its_people() {
    // The raid of one community's militia on the village of another targets its people (VAC:
    // Attack), even when only their homes burn.
    for text in [
        "On 2 May 2021, Dogon militiamen attacked the Fulani hamlet of Yoro and burned several huts. Nobody was hurt.",
        "Le 2 mai 2021, des miliciens dogons ont attaqué le hameau peul de Yoro et incendié plusieurs cases, sans faire de victime.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::Attack, "{text}");
    }
}

#[test]
fn demonstrators_blocking_a_road_with_barricades_riot() {
    // Violent demonstration "includes barricades and burning tires".
    let e = only("On 2 May 2021, angry residents of Koupela blocked the highway with burning tyres to protest against power cuts.");
    assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration);
    let e = only(
        "On 2 May 2021, residents of Koupela marched peacefully to protest against power cuts.",
    );
    assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest);
}

#[test]
fn fatality_counts_the_codebook_way_in_common_phrasings() {
    // Each report: (text, fatalities). Counts are summed over sides; a number that counts people
    // is never read as a count of events.
    for (text, killed) in [
        ("On 2 May 2021, militants stormed the police post at Solenzo, and killed three policemen, torched a vehicle and took weapons.", 3),
        ("On 2 May 2021, gunmen raided Tin Hama. One farmer was killed and another hurt.", 1),
        ("On 2 May 2021, gunmen on motorbikes ambushed an army patrol near Boni, killing two.", 2),
        ("On 2 May 2021, militants ambushed a military patrol near Boni. Five soldiers were hurt and six militants killed.", 6),
        ("On 2 May 2021, militiamen killed two Fulani near Bankass.", 2),
        ("On 2 May 2021, an IED struck a car near Boni, killing the mayor and four others.", 5),
        ("On 2 May 2021, an IED went off near Boni: a gendarme was killed, two others were hurt.", 1),
    ] {
        let e = only(text);
        assert_eq!(e.fatalities, killed, "{text}");
    }
}

#[test]
fn victims_headed_by_a_negation_are_no_fatalities() {
    // Fatalities are the deaths reported: "no civilians were killed" adds none (it counted the
    // plural victims with no number as three).
    for (text, killed) in [
        ("On 2 May 2021, a drone strike killed four militants near Kidal. No civilians were killed, the army said.", 4),
        ("On 2 May 2021, a drone strike killed four militants near Kidal; no civilians were injured or killed.", 4),
        ("On 2 May 2021, a drone strike killed four militants near Kidal. No civilian was killed, according to the army.", 4),
        ("Le 2 mai 2021, une frappe de drone a tué quatre jihadistes près de Kidal. Aucun civil n'a été tué, selon l'armée.", 4),
    ] {
        let e = only(text);
        assert_eq!(e.fatalities, killed, "{text}: {}", e.notes);
    }
}

#[test]
fn goods_taken_by_an_armed_group_with_no_one_hurt_are_looting() {
    let e = only("On 2 May 2021, gunmen seized a truck of the national guard near Lere.");
    assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction);
}

#[test]
fn violence_between_communities_with_deaths_is_an_event() {
    let e = only("On 2 May 2021, three people were killed in violence between herders and farmers at Djibasso.");
    assert!(e.fatalities == 3, "{e:?}");
}

#[test]
fn one_event_per_location_named_together_with_the_total_split_evenly() {
    // Event splitting: an attack on three villages named together is three events; the seven
    // dead are split 3 + 2 + 2, the remainder to the first.
    let mut events = code(
        "On 2 May 2021, militiamen attacked the villages of Djibo, Arbinda and Dori, killing seven civilians.",
    );
    events.sort_by_key(|e| e.location.clone());
    let got: Vec<(&str, u64)> = events
        .iter()
        .map(|e| (e.location.as_str(), e.fatalities))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(events.iter().map(|e| e.fatalities).sum::<u64>(), 7);
    let djibo = events
        .iter()
        .find(|e| e.location == "Djibo")
        .map(|e| e.fatalities);
    assert_eq!(djibo, Some(3), "{got:?}");
    // "between A and B" is one event, and "A, B" (a place and its town) is one place.
    assert_eq!(code("On 2 May 2021, gunmen ambushed a bus between Djibo and Arbinda, killing two passengers.").len(), 1);
    assert_eq!(
        code("On 2 May 2021, gunmen killed two herders in Gorgadji, Arbinda.").len(),
        1
    );
}

#[test]
fn a_written_date_beats_overnight_and_an_old_month_can_be_the_event() {
    let e = only(
        "Overnight between 14 and 15 June 2020, armed men kidnapped a forest ranger near Diapaga.",
    );
    assert_eq!(e.event_date, NaiveDate::from_ymd_opt(2020, 6, 14).unwrap());
    // A month with no day: the codebook's midpoint, time precision 3, even when the report
    // continues in sentences with no date of their own.
    let e = only("At an unknown date in July 2019, militants clashed with soldiers near Djibo. One soldier was killed.");
    assert_eq!(e.event_date, NaiveDate::from_ymd_opt(2019, 7, 15).unwrap());
    assert_eq!(e.time_precision, cw_record::TimePrecision::Month);
}

#[test]
fn a_crowd_that_beats_someone_outside_a_demonstration_is_mob_violence() {
    let e = only("On 2 May 2021, angry residents of Kaya beat a suspected thief to death.");
    assert_eq!(e.sub_event_type, SubEventType::MobViolence);
    assert!(e.actor1.starts_with("Rioters"), "{}", e.actor1);
}

#[test]
fn people_named_by_trade_or_status_who_attack_are_a_mob() {
    // Riots: Mob violence ("at least 3 people engaged in violent or destructive acts"): students,
    // traders, villagers or women who assault or ransack are rioters, not an armed group; their
    // trade stays an associated identity of the victims' side or of theirs.
    for text in [
        "On 2 May 2021, striking pupils assaulted two teachers at the secondary school in Koupela.",
        "On 2 May 2021, villagers in Tenado destroyed and ransacked a chapel after a quarrel over a burial.",
        "On 2 May 2021, market traders armed with clubs beat a man they accused of theft in Tougan.",
        "Le 2 mai 2021, des élèves ont agressé deux enseignants au lycée de Koupéla.",
        "Le 2 mai 2021, des villageois ont détruit et pillé une chapelle à Ténado après une querelle.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
}

#[test]
fn forces_a_crowd_protests_against_are_its_grievance_not_a_side() {
    // Protests, Riots: the side of a demonstration is the force that intervenes or that the crowd
    // confronts; a force named in what the crowd protests against or demands is neither.
    for (text, actor2) in [
        (
            "On 2 May 2021, residents of Sevare burned tyres and put up barricades in protest against plans for a MINUSMA base beside their homes; youths fought the police, who answered with tear gas.",
            "Police Forces of Mali (2020-2021)",
        ),
        (
            "On 2 May 2021, pupils rioted in Sevare, burning tires to demand the arrest of two gendarmes accused of killing a classmate. Police fired tear gas into the crowd.",
            "Police Forces of Mali (2020-2021)",
        ),
        (
            "On 2 May 2021, several hundred people demonstrated against MINUSMA in Sevare.",
            "",
        ),
        (
            "Le 2 mai 2021, plusieurs centaines de personnes ont manifesté contre la MINUSMA à Sévaré.",
            "",
        ),
        // The force the crowd confronts stays its side.
        (
            "On 2 May 2021, youths threw stones at a MINUSMA convoy in Sevare and burned tires.",
            "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2020-2021)",
        ),
    ] {
        let e = only(text);
        assert_eq!(e.actor2, actor2, "{text}");
    }
}

#[test]
fn a_foreign_government_a_crowd_addresses_is_no_side_of_a_riot() {
    // Riots: foreign forces a crowd confronts are a side; a visiting foreign leader is not.
    let e = only(
        "On 2 May 2021, demonstrators erected barricades and burned tires in Bobo-Dioulasso during a visit by the French president.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration);
    assert_eq!(e.actor2, "");
}

#[test]
fn a_force_that_responds_to_or_stops_a_crowd_is_its_second_side() {
    // Protests: Protest with intervention; Riots: the force that acts on the crowd is a side.
    for (text, sub) in [
        (
            "On 2 May 2021, teachers marched in Dedougou to demand unpaid allowances. They were stopped by the police before reaching the governor's office.",
            SubEventType::ProtestWithIntervention,
        ),
        (
            "On 2 May 2021, rioters torched two cars in Dedougou after a motorcyclist died at a checkpoint. Police responded.",
            SubEventType::ViolentDemonstration,
        ),
        (
            "Le 2 mai 2021, des commerçants ont manifesté à Dédougou contre la fermeture du marché. La police est intervenue.",
            SubEventType::ProtestWithIntervention,
        ),
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, sub, "{text}");
        assert_eq!(e.actor2, "Police Forces of Burkina Faso (2015-)", "{text}");
    }
    // Protesters shot by the police: force against protesters, the police its second side.
    for text in [
        "On 2 May 2021, residents protested in Dedougou against land sales; two of them were shot by the police.",
        "Le 2 mai 2021, des habitants ont manifesté à Dédougou ; la police a tiré dans la foule.",
        // "La foule" is a crowd, as "the crowd" is in English, not rioters ("une foule en colère").
        "Le 2 mai 2021, des habitants ont manifesté à Dédougou ; la police a tiré sur la foule.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ExcessiveForceAgainstProtesters, "{text}");
        assert_eq!(e.actor2, "Police Forces of Burkina Faso (2015-)", "{text}");
    }
}

#[test]
fn people_said_to_be_armed_are_no_mob() {
    // "Armed villagers" are a group under arms (a communal militia), not an unorganised crowd.
    for text in [
        "On 2 May 2021, armed villagers destroyed a school under construction in Tenado.",
        "Le 2 mai 2021, des villageois armés ont détruit une école en construction à Ténado.",
    ] {
        let e = only(text);
        assert_ne!(e.sub_event_type, SubEventType::MobViolence, "{text}");
        assert!(!e.actor1.starts_with("Rioters"), "{text}: {}", e.actor1);
    }
}

#[test]
fn an_explosive_that_goes_off_while_being_planted_or_is_defused_is_disrupted_weapons_use() {
    for text in [
        "On 2 May 2021, two militants were killed near Boni when the IED they were planting exploded prematurely.",
        "On 2 May 2021, an army bomb-disposal team defused a roadside IED south of Djibo.",
    ] {
        assert_eq!(only(text).sub_event_type, SubEventType::DisruptedWeaponsUse, "{text}");
    }
    // An IED that strikes a vehicle stays an explosion.
    let e = only("On 2 May 2021, an IED struck an army truck near Boni, killing two soldiers.");
    assert_eq!(e.sub_event_type, SubEventType::RemoteExplosiveLandmineIed);
}

#[test]
fn communities_signing_a_peace_accord_is_an_agreement() {
    let e =
        only("On 2 May 2021, Fulani and Dogon community leaders signed a peace accord in Koro.");
    assert_eq!(e.sub_event_type, SubEventType::Agreement);
}

#[test]
fn explosives_seized_in_a_fight_do_not_make_it_an_explosion() {
    let e = only(
        "On 2 May 2021, soldiers killed four militants near Djibo and seized two IEDs and rifles.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn defenceless_victims_are_civilians_whatever_their_group() {
    // Codebook VAC: the unarmed, the off-duty and executed prisoners count as civilians.
    for text in [
        "On 2 May 2021, soldiers shot dead two unarmed suspected militants in Djibo.",
        "On 2 May 2021, militants executed three captured soldiers near Boni.",
        "On 2 May 2021, militants executed three soldiers they had taken prisoner near Boni.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::Attack, "{text}");
    }
}

#[test]
fn people_killed_with_no_cause_named_are_an_attack_but_illness_is_not() {
    let e = only("On 2 May 2021, nine farmers were killed in their fields near Djibo.");
    assert_eq!(e.sub_event_type, SubEventType::Attack);
    assert_eq!(e.fatalities, 9);
    assert!(code("On 2 May 2021, two children died of malaria in Djibo.").is_empty());
}

#[test]
fn private_guards_are_private_security_forces() {
    let e =
        only("On 2 May 2021, a security guard was shot and hurt by gunmen at a clinic in Menaka.");
    assert_eq!(e.actor2, "Private Security Forces (Mali)");
}

#[test]
fn a_demonstration_about_an_epidemic_or_a_flood_is_still_a_demonstration() {
    // Protests are "in-person public gatherings": the disaster is the grievance, not the event.
    let e = only(
        "On 2 May 2021, shopkeepers demonstrated in Kaya against the closing of the market to slow the coronavirus.",
    );
    assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest);
    let e = only(
        "On 2 May 2021, villagers burned tyres on the highway near Kaya to demand a bridge after the floods.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration);
    // A flood that kills with no one acting stays no event.
    assert!(
        code("On 2 May 2021, floods killed four people and destroyed homes in Kaya.").is_empty()
    );
}

#[test]
fn protests_told_without_the_word_protest() {
    // Marches, rallies, strikes and sit-ins of workers are Protests (EN and FR).
    for text in [
        "On 2 May 2021, nurses of the regional hospital held a 48-hour work stoppage in Kaya over unpaid allowances.",
        "On 2 May 2021, hundreds of students took to the street in Kaya, calling for the rector to resign.",
        "On 2 May 2021, market women were demonstrating against new taxes outside the Kaya prefecture.",
        "Le 2 mai 2021, les enseignants de Kaya ont observé un arrêt de travail pour réclamer leurs primes.",
        "Le 2 mai 2021, une marche des jeunes de Kaya a parcouru la ville pour exiger la réfection de la route.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest, "{text}");
    }
    // "marché" (market) loses its accent when folded; it is no march.
    assert!(
        code("Le 2 mai 2021, le marché de Kaya a rouvert ses portes aux commerçants.").is_empty()
    );
}

#[test]
fn a_kidnapping_or_an_assassination_needs_no_named_perpetrator() {
    // VAC: the unknown perpetrator is an unidentified armed group.
    let e = only("On 2 May 2021, two health workers were kidnapped near Djibo.");
    assert_eq!(e.sub_event_type, SubEventType::AbductionForcedDisappearance);
    let e = only("On 2 May 2021, the murder of a local party official shocked the town of Kaya.");
    assert_eq!(e.sub_event_type, SubEventType::Attack);
}

#[test]
fn the_release_of_hostages_is_part_of_their_abduction() {
    // Released on a later day: still the one abduction event, dated when they were taken.
    let e = only(
        "On 2 May 2021, gunmen abducted a teacher near Djibo. The teacher was released on 6 May.",
    );
    assert_eq!(e.sub_event_type, SubEventType::AbductionForcedDisappearance);
    assert_eq!(e.event_date, NaiveDate::from_ymd_opt(2021, 5, 2).unwrap());
}

#[test]
fn aircraft_that_carried_out_a_strike_is_an_air_strike() {
    let e = only(
        "On 2 May 2021, military aircraft carried out a strike on a militant camp near Djibo.",
    );
    assert_eq!(e.sub_event_type, SubEventType::AirDroneStrike);
}

#[test]
fn games_fairs_and_visits_code_nothing() {
    for text in [
        "On 2 May 2021, the president received the foreign minister of Ghana in Bamako to discuss trade.",
        "On 2 May 2021, a new hospital wing was opened in Kaya by the health minister.",
        "On 2 May 2021, the air force took delivery of a transport aircraft at Ouagadougou airport.",
        "On 2 May 2021, the teachers' union in Kaya said it might call a strike if the talks failed.",
        "On 2 May 2021, the minister attacked the opposition's plan for the roads in a speech in Kaya.",
        "On 2 May 2021, a seed company demonstrated its new maize to farmers at a fair in Kaya.",
    ] {
        assert!(code(text).is_empty(), "{text}");
    }
}

#[test]
fn burning_a_place_nobody_held_is_property_destruction() {
    // SD: Looting/property destruction "outside other violence": no one to fight back or to harm.
    for text in [
        "On 2 May 2021, gunmen attacked the customs post of Koloko while it was unmanned and set it on fire.",
        "On 2 May 2021, militiamen raided the hamlet of Sabou, whose people had already fled, and torched the granaries.",
    ] {
        let e = only(text);
        assert_eq!(
            e.sub_event_type,
            SubEventType::LootingPropertyDestruction,
            "{text}"
        );
    }
}

#[test]
fn an_attack_on_a_place_needs_no_named_author() {
    let e = only("On 2 May 2021, a bus was attacked on the road north of Djibo. Two were wounded.");
    assert_eq!(e.event_type, cw_record::EventType::ViolenceAgainstCivilians);
}

#[test]
fn a_game_is_no_event_but_fans_who_riot_are() {
    for text in [
        "On 2 May 2021, the striker was hurt in a clash with a defender as the national team attacked in the second half at Bamako.",
        "Le 2 mai 2021, l'équipe nationale a battu le Niger à Bamako devant une foule enthousiaste.",
    ] {
        assert!(code(text).is_empty(), "{text}");
    }
    let e = only(
        "On 2 May 2021, youths angry at the referee of a football match ransacked shops and burned cars in Bamako.",
    );
    assert_eq!(e.event_type, cw_record::EventType::Riots);
}

#[test]
fn demonstrators_who_block_a_road_or_break_windows_riot() {
    // Riots: Violent demonstration "includes barricades and burning tires".
    for text in [
        "On 2 May 2021, pupils protested in Kaya over the lack of teachers; the road was blocked for three hours.",
        "On 2 May 2021, traders protesting a new tax smashed windows at the town hall of Kaya.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration, "{text}");
    }
    // A demonstration against an attack is no violence by the demonstrators.
    let e = only(
        "On 2 May 2021, residents of Kaya marched against the attacks on their villages, without incident.",
    );
    assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest);
}

#[test]
fn a_count_before_another_casualty_phrase_or_of_a_group_is_the_toll() {
    for (text, n) in [
        (
            "On 2 May 2021, gunmen fired on a minibus near Djibo, killing four and wounding two.",
            4,
        ),
        (
            "On 2 May 2021, gunmen stopped a group of traders near Djibo and killed three of them.",
            3,
        ),
    ] {
        let e = only(text);
        assert_eq!(e.fatalities, n, "{text}");
    }
}

#[test]
fn one_victim_told_without_an_actor_word_counts_one() {
    for text in [
        "On 2 May 2021, a shepherd was found executed near Djibo; the killers are not known.",
        "On 2 May 2021, the driver of a lorry was killed when it struck a mine near Djibo.",
        "On 2 May 2021, gunmen shot dead Amadou Sidibe, a trader, near Djibo.",
        "On 2 May 2021, gunmen killed councillor Hamidou in the market of Djibo.",
    ] {
        let e = only(text);
        assert_eq!(e.fatalities, 1, "{text}");
    }
}

#[test]
fn nobody_hurt_is_no_victim() {
    let e = only(
        "On 2 May 2021, gunmen burned the empty town hall of Kaya; the building was deserted and nobody was hurt.",
    );
    assert_eq!(e.fatalities, 0);
    assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction);
}

#[test]
fn a_victim_before_to_death_or_after_a_group_name_counts_once() {
    for text in [
        "On 2 May 2021, gendarmes beat a prisoner to death in the jail of Kaya.",
        "On 2 May 2021, a crowd lynched a suspected thief to death in the market of Kaya.",
        "On 2 May 2021, soldiers killed a JNIM commander near Djibo.",
    ] {
        let e = only(text);
        assert_eq!(e.fatalities, 1, "{text}");
    }
}

#[test]
fn deaths_that_are_a_grievance_a_device_or_the_attackers_are_no_toll() {
    for (text, n) in [
        (
            "On 2 May 2021, students marched in Kaya following the death of a classmate in custody.",
            0,
        ),
        (
            "On 2 May 2021, soldiers neutralized an explosive device on the road out of Djibo.",
            0,
        ),
        (
            "On 2 May 2021, a herder was killed near Djibo by 4 gunmen on motorbikes.",
            1,
        ),
    ] {
        let e = only(text);
        assert_eq!(e.fatalities, n, "{text}");
    }
}

#[test]
fn a_pronoun_victim_takes_its_count_and_a_body_found_is_one() {
    for (text, n) in [
        (
            "On 2 May 2021, soldiers detained four herders near Djibo and executed them the same night.",
            4,
        ),
        (
            "On 2 May 2021, gunmen stopped a trader near Djibo, robbing and killing him.",
            1,
        ),
        (
            "On 2 May 2021, gunmen abducted a teacher near Djibo; his body was found two days later.",
            1,
        ),
    ] {
        let e = only(text);
        assert_eq!(e.fatalities, n, "{text}");
    }
}

#[test]
fn singular_victims_listed_with_commas_count_each() {
    for (text, n) in [
        (
            "On 2 May 2021, gunmen killed a herder, his nephew and a trader near Djibo.",
            3,
        ),
        (
            "On 2 May 2021, gunmen killed a JNIM recruiter and his driver near Djibo.",
            2,
        ),
        (
            "On 2 May 2021, gunmen killed a herder near Djibo and his wife was wounded.",
            1,
        ),
    ] {
        let e = only(text);
        assert_eq!(e.fatalities, n, "{text}");
    }
}

#[test]
fn arrests_a_demonstration_denounces_are_no_intervention() {
    let e = only(
        "On 2 May 2021, hundreds of people marched in Kaya against the arrest of a local radio host.",
    );
    assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest);
    let e = only(
        "On 2 May 2021, hundreds of people marched in Kaya; police arrested six of the marchers.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ProtestWithIntervention);
}

#[test]
fn the_attacker_named_before_its_victims_is_not_hurt_by_its_own_act() {
    // "a" in "killed a herder and wounded" is an article, not the French auxiliary: the
    // soldiers are the attackers, the victims unarmed (VAC: Attack).
    let e = only("On 2 May 2021, soldiers killed a herder and wounded another near Djibo.");
    assert_eq!(e.sub_event_type, SubEventType::Attack);
    assert_eq!(e.fatalities, 1);
}

#[test]
fn an_attack_on_a_position_of_a_militia_is_a_battle() {
    let e =
        only("On 2 May 2021, gunmen attacked a Dozo position near Djenne. One person was killed.");
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn an_attempt_to_pillage_and_an_announced_operation_are_strategic_developments() {
    let e = only("On 2 May 2021, militants tried to pillage the health centre of Sollé.");
    assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction);
    let e = only(
        "On 2 May 2021, the army announced a security operation in the Djibo area after recent raids.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ChangeToGroupActivity);
}

#[test]
fn a_member_group_tied_to_its_coalition_is_the_coalition_while_members_are_coded_so() {
    // ACLED coded JNIM's member groups as JNIM until about 2020; the report's "(JNIM)" ties
    // the group to the coalition. Later, the group is an actor of its own.
    let e = only(
        "On 12 March 2019, suspected Ansaroul Islam (JNIM) fighters kidnapped a teacher near Arbinda.",
    );
    assert_eq!(e.actor1, "JNIM: Group for Support of Islam and Muslims");
    assert!(
        e.assoc_actor_1.contains("Ansaroul Islam"),
        "{}",
        e.assoc_actor_1
    );
    let e = only(
        "On 12 March 2021, suspected Ansaroul Islam (JNIM) fighters kidnapped a teacher near Arbinda.",
    );
    assert_eq!(e.actor1, "Ansaroul Islam");
}

#[test]
fn rioters_arrested_by_an_unnamed_force_face_the_police() {
    let e = only(
        "On 4 May 2021, youths angry about a land dispute burned tyres and ransacked the town hall in Kaya; about twenty of them were arrested.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration);
    assert_eq!(e.actor1, "Rioters (Burkina Faso)");
    assert!(
        e.actor2.starts_with("Police Forces of Burkina Faso"),
        "{}",
        e.actor2
    );
}

#[test]
fn threats_against_named_residents_have_the_civilians_as_second_side() {
    let e = only(
        "On 4 May 2021, unknown gunmen went to the village of Sollé and threatened the inhabitants, ordering them to leave within three days.",
    );
    assert_eq!(e.sub_event_type, SubEventType::Other);
    assert_eq!(e.actor2, "Civilians (Burkina Faso)");
}

#[test]
fn an_ethnic_community_that_repels_an_attack_is_its_ethnic_militia() {
    let e = only(
        "On 4 May 2021, Dozo hunters raided the Fulani hamlet of Sinkarma near Djenne; the attack was repelled after an exchange of fire.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
    assert_eq!(e.actor1, "Dozo Communal Militia (Mali)");
    assert_eq!(e.actor2, "Fulani Ethnic Militia (Mali)");
}

#[test]
fn two_armed_groups_fighting_are_the_sides_when_the_army_only_arrives_later() {
    let e = only(
        "On 4 May 2021, JNIM militants attacked a Dozo camp near Niono and wounded several hunters. An army patrol reached the area later that day.",
    );
    assert_eq!(e.actor1, "JNIM: Group for Support of Islam and Muslims");
    assert_eq!(e.actor2, "Dozo Communal Militia (Mali)");
}

#[test]
fn a_civilian_vehicle_hit_by_a_mine_stands_for_the_people_aboard() {
    let e = only("On 4 May 2021, a transport truck ran over a mine near Boni; the vehicle was badly damaged.");
    assert_eq!(e.sub_event_type, SubEventType::RemoteExplosiveLandmineIed);
    assert!(e.actor2.starts_with("Civilians ("), "{}", e.actor2);
}

#[test]
fn people_named_as_the_victims_are_the_second_side_whatever_the_event_type() {
    // Whether this is coded as an attack or (wrongly) as a clash, the victims are the civilians.
    let e = only("Unidentified gunmen killed a trader, and wounded another, yesterday at Tonka.");
    assert_eq!(e.actor1, "Unidentified Armed Group (Mali)");
    assert_eq!(e.actor2, "Civilians (Mali)");
}

#[test]
fn foreign_civilians_named_again_without_their_nationality_stay_foreign() {
    // "the refugees" refers back to the Malian refugees: the civilians are Mali's, not the
    // event country's.
    let e = only(
        "On 4 May 2021, soldiers beat several Malian refugees in the Goudoubo camp near Dori; two of the refugees were taken to hospital.",
    );
    assert_eq!(e.actor2, "Civilians (Mali)");
}

#[test]
fn a_member_of_another_armed_group_executed_is_that_group_not_a_civilian() {
    let e =
        only("On 4 May 2021, Islamic State militants executed one JNIM member close to Inekar.");
    assert!(e.actor1.starts_with("Islamic State"), "{}", e.actor1);
    assert_eq!(e.actor2, "JNIM: Group for Support of Islam and Muslims");
    // With other people among the victims, the victims stay civilians.
    let e = only(
        "On 4 May 2021, Islamic State militants executed a village chief, his brother and one JNIM member close to Inekar.",
    );
    assert_eq!(e.actor2, "Civilians (Mali)");
}

#[test]
fn an_armoured_vehicle_stands_for_the_forces_in_it() {
    let e = only(
        "On 4 May 2021, a roadside bomb hit a French armoured vehicle near Gossi, and two soldiers were hurt.",
    );
    assert_eq!(e.sub_event_type, SubEventType::RemoteExplosiveLandmineIed);
    assert!(
        e.actor2.starts_with("Military Forces of France"),
        "{}",
        e.actor2
    );
}

#[test]
fn the_mixed_units_of_the_peace_agreement_are_a_unit_of_malis_military() {
    let e =
        only("On 4 May 2021, gunmen ambushed a MOC patrol outside Gao; two soldiers were killed.");
    assert!(
        e.actor2.starts_with("Military Forces of Mali (")
            && e.actor2.ends_with(") Operational Coordination Mechanism"),
        "{}",
        e.actor2
    );
}

#[test]
fn a_contractor_of_a_named_force_is_a_civilian() {
    // "a MINUSMA subcontractor": the mission only says whom the civilians work for.
    let e = only(
        "On 4 May 2021, gunmen burned the lorries of a MINUSMA subcontractor on the road out of Gao.",
    );
    assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction);
    assert_eq!(e.actor2, "Civilians (Mali)");
}

#[test]
fn forces_firing_on_named_civilians_face_the_civilians_not_an_unnamed_group() {
    // Whatever the event type chosen, soldiers who shoot herders face civilians.
    let e =
        only("On 4 May 2021, Malian soldiers shot a herder dead and wounded another near Dogofry.");
    assert!(
        e.actor1.starts_with("Military Forces of Mali"),
        "{}",
        e.actor1
    );
    assert_eq!(e.actor2, "Civilians (Mali)");
}

#[test]
fn property_of_an_armed_group_taken_by_unknown_gunmen_has_that_group_as_second_side() {
    let e = only("On 4 May 2021, unknown gunmen stole a GATIA pickup near Menaka.");
    assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction);
    assert_eq!(e.actor1, "Unidentified Armed Group (Mali)");
    assert_eq!(
        e.actor2,
        "GATIA: Imghad Tuareg and Allies Self-Defense Group"
    );
}

#[test]
fn a_hedged_attribution_after_a_comma_names_the_generic_attackers() {
    let e = only(
        "On 4 May 2021, unknown gunmen, presumably Fulani militiamen, kidnapped two Dogon farmers near Mondoro.",
    );
    assert_eq!(e.actor1, "Fulani Ethnic Militia (Mali)");
    assert_eq!(e.actor2, "Civilians (Mali)");
}

#[test]
fn the_government_is_no_side_of_a_fight() {
    // "pro-government" says whom the hunters support; the government is not a fighting side.
    let e = only("On 4 May 2021, Islamic State fighters ambushed three pro-government Dozo hunters near Nouna.");
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
    assert_eq!(e.actor2, "Dozo Communal Militia (Burkina Faso)");
}

#[test]
fn announced_planned_or_threatened_actions_are_no_events() {
    // ACLED codes events that took place: a call, a plan or a threat of a demonstration is none.
    for text in [
        "On 1 June 2021, the teachers' union in Ouagadougou announced a boycott of classes for Friday.",
        "On 1 June 2021, opposition parties in Niamey called for a demonstration next week against the new electoral law.",
        "On 1 June 2021, traders in Bamako said they will hold a sit-in at the town hall.",
        "On 1 June 2021, students in Kaya plan to protest against the closure of their campus.",
        "Le 1 juin 2021, les syndicats de Niamey appellent à une grève générale et prévoient une marche samedi.",
    ] {
        assert!(code(text).is_empty(), "{text}");
    }
}

#[test]
fn a_crowd_that_calls_for_something_has_gathered() {
    // "called for the release" is the demonstrators' demand, told of a crowd that was there.
    let e = only(
        "On 1 June 2021, protesters in Ouagadougou called for the release of a jailed journalist.",
    );
    assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest);
    let e = only(
        "Le 1 juin 2021, des manifestants ont appelé à la libération d'un journaliste à Niamey.",
    );
    assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest);
}

#[test]
fn a_threat_by_an_armed_group_is_the_event_not_the_attack_it_threatens() {
    // SD: Other (threats); the threatened attack has not happened.
    let e = only("On 1 June 2021, JNIM militants threatened to attack schools in Djibo if teachers did not leave.");
    assert_eq!(e.sub_event_type, SubEventType::Other);
}

#[test]
fn supporters_of_rival_parties_fighting_are_rioters_on_both_sides() {
    // Riots: Mob violence between two crowds; the party supporters are no armed group.
    for text in [
        "On 1 June 2021, supporters of rival parties clashed with stones and sticks in Tahoua, injuring five.",
        "On 1 June 2021, opposing political groups fought in the streets of Kayes.",
        "Le 1 juin 2021, des militants de partis rivaux se sont affrontés à Tahoua, faisant cinq blessés.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
        assert!(e.actor1.starts_with("Rioters ("), "{text}: {}", e.actor1);
        assert!(e.actor2.starts_with("Rioters ("), "{text}: {}", e.actor2);
    }
}

#[test]
fn tribesmen_with_no_tribe_named_are_a_communal_militia() {
    let e =
        only("On 1 June 2021, tribesmen attacked a nomad camp near Gao, killing three herders.");
    assert_eq!(e.actor1, "Unidentified Communal Militia (Mali)");
}

#[test]
fn community_leaders_signing_a_peace_accord_are_the_two_communities_militias() {
    // SD: Agreement between the parties of a communal conflict: one side each.
    for text in [
        "On 1 June 2021, community leaders of the Fulani and Dogon signed a peace accord in Bankass.",
        "Le 1 juin 2021, des leaders communautaires peuls et dogons ont signé un accord de paix à Bankass.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::Agreement, "{text}");
        let mut sides = [e.actor1.clone(), e.actor2.clone()];
        sides.sort();
        assert_eq!(
            sides,
            [
                "Dogon Ethnic Militia (Mali)".to_string(),
                "Fulani Ethnic Militia (Mali)".to_string()
            ],
            "{text}"
        );
    }
}

#[test]
fn violence_between_two_communities_is_a_clash_of_their_militias() {
    // Battles: Armed clash; those hurt are members of the two sides, not one-sided victims.
    for text in [
        "On 3 June 2021, four people were hurt in Tougan when violence broke out between Mossi farmers and Fulani herders over a field.",
        "Le 3 juin 2021, des violences intercommunautaires entre Mossi et Peuls ont fait quatre blessés à Tougan.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ArmedClash, "{text}");
        let mut sides = [e.actor1.clone(), e.actor2.clone()];
        sides.sort();
        assert_eq!(
            sides,
            [
                "Fulani Ethnic Militia (Burkina Faso)".to_string(),
                "Mossi Ethnic Militia (Burkina Faso)".to_string()
            ],
            "{text}"
        );
    }
}

#[test]
fn the_other_of_two_armed_victims_is_of_their_side_not_a_civilian() {
    // Battles: an attack on on-duty peacekeepers is an Armed clash; "the other" is the second
    // peacekeeper, so no civilian victim turns it into violence against civilians.
    let e = only("On 3 June 2021, unknown gunmen opened fire on two peacekeepers in Ber, killing one of them and wounding the other.");
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
    assert!(e.actor2.starts_with("MINUSMA"), "{}", e.actor2);
    assert_eq!(e.fatalities, 1);
    let e = only(
        "On 3 June 2021, gunmen shot two herders near Ber, killing one of them and wounding the other.",
    );
    assert_eq!(e.sub_event_type, SubEventType::Attack);
}

#[test]
fn people_identified_as_members_of_an_armed_group_are_that_group() {
    // Battles: the victims are militiamen, an organised armed side; said to be civilians, they
    // stay civilians whatever group they support (VAC).
    for text in [
        "On 3 June 2021, militants shot dead three men identified as Dozo hunters near Niono.",
        "Le 3 juin 2021, des hommes armés ont tué deux individus identifiés comme des chasseurs dozos près de Niono.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ArmedClash, "{text}");
        assert_eq!(e.actor2, "Dozo Communal Militia (Mali)", "{text}");
    }
    let e = only("On 3 June 2021, militants shot dead three civilians described as Dozo supporters near Niono.");
    assert_eq!(e.sub_event_type, SubEventType::Attack);
    assert_eq!(e.actor2, "Civilians (Mali)");
}

#[test]
fn a_patrol_that_fires_on_people_attacks_them_and_is_no_target() {
    // VAC: Attack by state forces on unarmed people; the patrol is the forces acting, not a
    // military position attacked. A post attacked (headline style, or "came under fire") is one.
    let e = only("On 3 June 2021, an army patrol opened fire on a minibus near Niono, wounding two passengers.");
    assert_eq!(e.sub_event_type, SubEventType::Attack);
    assert_eq!(e.actor2, "Civilians (Mali)");
    let e = only("On 3 June 2021, the army post at Boni came under fire from gunmen.");
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
    let e = only("Le 3 juin 2021, le poste militaire de Boni a essuyé des tirs d'hommes armés.");
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
    let e = only("On 3 June 2021, FAMa checkpoint at Gossi attacked overnight, one soldier dead.");
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn unnamed_attackers_named_again_are_the_same_attackers_not_a_second_armed_side() {
    // VAC: Attack; "the assailants" later in the report are the gunmen, not armed victims.
    let e = only("On 3 June 2021, unknown gunmen raided a health centre in Tessit, a nurse was wounded when the assailants tried to take an ambulance.");
    assert_eq!(e.sub_event_type, SubEventType::Attack);
    assert_eq!(e.actor1, "Unidentified Armed Group (Mali)");
    assert_eq!(e.actor2, "Civilians (Mali)");
}

#[test]
fn a_future_reaches_only_the_next_act_not_a_killing_told_after_it() {
    // "will investigate" is future; the attack that killed five soldiers happened.
    let e = only("On 3 June 2021, the authorities said they will investigate the attack that killed five soldiers in Boni.");
    assert_eq!(e.fatalities, 5);
}
fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn an_event_on_an_unknown_day_of_a_window_is_coded_to_its_middle() {
    use cw_record::TimePrecision;
    // Codebook "Time-precision": one unknown day of the window, its middle day; 2 up to a week.
    for text in [
        "Gunmen kidnapped a shopkeeper in Djibo between 9 and 13 May 2021.",
        "Des hommes armés ont enlevé un commerçant à Djibo entre le 9 et le 13 mai 2021.",
    ] {
        let e = only(text);
        assert_eq!(
            (e.event_date, e.time_precision),
            (day(2021, 5, 11), TimePrecision::Week),
            "{text}"
        );
    }
    // A multi-week window is precision 3.
    let e = only("Gunmen kidnapped a shopkeeper in Djibo between 3 and 24 May 2021.");
    assert_eq!(
        (e.event_date, e.time_precision),
        (day(2021, 5, 13), TimePrecision::Month)
    );
    // "the week of": that week's middle day.
    for text in [
        "During the week of 10 May 2021, gunmen kidnapped a shopkeeper in Djibo.",
        "La semaine du 10 mai 2021, des hommes armés ont enlevé un commerçant à Djibo.",
    ] {
        let e = only(text);
        assert_eq!(
            (e.event_date, e.time_precision),
            (day(2021, 5, 13), TimePrecision::Week),
            "{text}"
        );
    }
}

#[test]
fn an_event_through_a_range_of_days_starts_on_its_first_day() {
    use cw_record::TimePrecision;
    // Codebook "Event time": events are atomic by day; the first day of "from 3 to 5 May".
    for (text, first) in [
        ("From 3 to 5 May 2021, troops fought jihadists around Djibo and three soldiers died.", 3),
        ("Du 3 au 5 mai 2021, des militaires ont affronté des jihadistes autour de Djibo et trois soldats sont morts.", 3),
        ("On 11-12 May 2021, troops fought jihadists around Djibo and three soldiers died.", 11),
    ] {
        let e = only(text);
        assert_eq!((e.event_date, e.time_precision), (day(2021, 5, first), TimePrecision::Week), "{text}");
    }
}

#[test]
fn a_date_in_figures_is_read_day_first_and_a_release_date_gives_way() {
    for text in [
        "A statement released on 20/05/2021 said gunmen shot two herders dead near Djibo on 18/05/2021.",
        "Un communiqué publié le 20/05/2021 indique que des hommes armés ont abattu deux bergers près de Djibo le 18/05/2021.",
    ] {
        assert_eq!(only(text).event_date, day(2021, 5, 18), "{text}");
    }
}

#[test]
fn a_relative_date_counts_from_the_reporting_date_of_its_sentence() {
    // "Reported on 14 May that the week before ...": a week before the report, precision 2.
    for text in [
        "Reported on 14 May 2021 that the week before, gunmen set fire to a school in Djibo.",
        "Selon un rapport publié le 14 mai 2021, la semaine précédente, des hommes armés ont incendié une école à Djibo.",
    ] {
        let e = only(text);
        assert_eq!(e.event_date, day(2021, 5, 7), "{text}");
        assert_eq!(e.time_precision, cw_record::TimePrecision::Week, "{text}");
    }
}

#[test]
fn a_date_in_the_sentence_that_tells_the_event_beats_a_context_date() {
    // The strike was announced on 22 April; the police action two days later is the event.
    let e = code("On 22 April 2021, teachers in Kaya announced a strike. Two days later, police fired tear gas at striking teachers in Kaya.");
    assert!(
        e.iter().any(|e| e.event_date == day(2021, 4, 24)),
        "{:?}",
        e.iter().map(|e| e.event_date).collect::<Vec<_>>()
    );
    assert!(e
        .iter()
        .all(|e| e.event_date != day(2021, 4, 22)
            || e.sub_event_type == SubEventType::PeacefulProtest));
    // "since" opens a state: the day of the protest is the event's.
    for text in [
        "On 19 May 2021, students protested in Ouahigouya against exam results withheld since 23 April 2021.",
        "Le 19 mai 2021, des étudiants ont manifesté à Ouahigouya contre des résultats d'examens retenus depuis le 23 avril 2021.",
    ] {
        assert_eq!(only(text).event_date, day(2021, 5, 19), "{text}");
    }
}

#[test]
fn a_month_range_takes_its_year_from_its_end() {
    for text in [
        "Soldiers are believed to have executed the men found in a mass grave near Djibo between April and May 2019.",
        "Des soldats auraient exécuté entre avril et mai 2019 les hommes retrouvés dans un charnier près de Djibo.",
    ] {
        let e = only(text);
        assert_eq!(e.event_date, day(2019, 4, 15), "{text}");
        assert_eq!(e.time_precision, cw_record::TimePrecision::Month, "{text}");
    }
}

#[test]
fn forces_that_fire_on_a_rioting_crowd_are_its_second_side() {
    // Codebook (riots): the force that acts on the crowd is a side. "Fired on the crowd" is such
    // an act even with no dispersal or tear gas word; the police when no force is named.
    for text in [
        "On 4 May 2021, young people opposed to the new mayor set up barricades and burned tyres in several districts of Koudougou. The security forces then shot at protesters; two died and a dozen were hurt.",
        "Le 4 mai 2021, des jeunes opposés au nouveau maire ont dressé des barricades et brûlé des pneus dans plusieurs quartiers de Koudougou. Les forces de sécurité ont ouvert le feu sur les manifestants, tuant deux personnes.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
        assert!(e.actor2.starts_with("Police Forces of Burkina Faso"), "{text}: {}", e.actor2);
    }
}

#[test]
fn arrests_told_as_a_noun_are_an_intervention_on_the_crowd() {
    // Codebook (protests: protest with intervention; riots): "carried out arrests", "procédé à
    // des interpellations" are arrests of demonstrators, so the force is the second side.
    for text in [
        "On 6 May 2021, young demonstrators angry at new market fees blocked roads with burning tyres in Sikasso. The police came to dissuade them and carried out several arrests.",
        "On 6 May 2021, rioting youths angry at new market fees blocked roads with burning tyres in Sikasso; the police carried out arrests.",
        "Le 6 mai 2021, des commerçants en colère contre les nouvelles taxes ont bloqué les routes avec des pneus en feu à Sikasso. La police a procédé à des interpellations.",
    ] {
        let e = only(text);
        // Actor order has no meaning outside violence against civilians.
        let sides = [e.actor1.as_str(), e.actor2.as_str()];
        assert!(sides.contains(&"Rioters (Mali)"), "{text}: {sides:?}");
        assert!(
            sides.iter().any(|a| a.starts_with("Police Forces of Mali")),
            "{text}: {sides:?}"
        );
    }
}

#[test]
fn a_slash_between_rival_groups_is_an_uncertain_attribution() {
    // Codebook ("X and/or Y" composites for uncertain attribution): "JNIM/ISGS" is written like
    // "JNIM or ISGS". A group and its coalition ("JNIM/Katiba Macina") or two allied movements
    // ("MSA/GATIA") are not alternatives.
    for text in [
        "On 7 May 2021, the Burkinabe army shelled hideouts of JNIM/ISGS fighters outside Arbinda.",
        "Le 7 mai 2021, des combattants du JNIM/EIGS ont attaqué un poste de l'armée burkinabè à Arbinda.",
    ] {
        let e = only(text);
        let sides = [e.actor1.as_str(), e.actor2.as_str()];
        assert!(
            sides.iter().any(|a| a.starts_with(
                "JNIM: Group for Support of Islam and Muslims and/or Islamic State"
            )),
            "{text}: {sides:?}"
        );
    }
    let e = only("On 7 May 2021, MSA/GATIA fighters shot dead three herders near Menaka.");
    assert_eq!(e.actor1, "MSA: Movement for Azawad Salvation");
}

#[test]
fn an_air_strike_that_hurts_civilians_with_no_armed_target_has_them_as_actor2() {
    // Codebook (E/RV): "if the target is vague and civilians are mainly affected, civilians
    // become actor2". Civilians only present near the strike are not its target.
    for text in [
        "On 8 May 2021, an air force strike on a hamlet close to Dioura wounded four villagers, according to local residents.",
        "Le 8 mai 2021, une frappe aérienne de l'armée de l'air sur un hameau proche de Dioura a blessé quatre villageois.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::AirDroneStrike, "{text}");
        assert_eq!(e.actor2, "Civilians (Mali)", "{text}");
    }
    let e = only("On 8 May 2021, the air force struck the area of Dioura, where herders were grazing their cattle. No casualties were reported.");
    assert_eq!(e.actor2, "", "{:?}", e.actor2);
}

#[test]
fn a_hedge_after_and_starts_the_other_side_of_a_clash() {
    // "soldiers and suspected ISGS militants": the hedge qualifies the group after it; the
    // soldiers are not said to be that group (as "gunmen believed to be ISGS" would be).
    for text in [
        "On 12 May 2021, troops and presumed ISGS fighters exchanged fire for two hours near Gorom-Gorom.",
        "Le 12 mai 2021, des affrontements ont opposé l'armée et de présumés combattants de l'EIGS à Gorom-Gorom.",
    ] {
        let e = only(text);
        let sides = [e.actor1.as_str(), e.actor2.as_str()];
        assert!(sides.contains(&"Military Forces of Burkina Faso (2015-)"), "{text}: {sides:?}");
        assert!(
            sides.iter().any(|a| a.starts_with("Islamic State")),
            "{text}: {sides:?}"
        );
    }
}

#[test]
fn reportedly_before_a_verb_with_an_object_keeps_the_subject_as_agent() {
    // "soldiers reportedly killed six herders": the soldiers act (codebook VAC: the perpetrator
    // is actor1); "two soldiers reportedly killed near Boni" leaves out "were": they are victims.
    let e = only("On 12 May 2021, Burkinabe troops reportedly shot dead six herders they accused of helping militants near Gorom-Gorom.");
    assert_eq!(e.sub_event_type, SubEventType::Attack);
    assert_eq!(e.actor1, "Military Forces of Burkina Faso (2015-)");
    assert_eq!(e.actor2, "Civilians (Burkina Faso)");
    // The article "a" and "on"/"at" start an object ("troops reportedly shot dead a trader").
    for text in [
        "On 12 May 2021, Burkinabe troops reportedly shot dead a trader they suspected of supplying militants near Gorom-Gorom.",
        "On 12 May 2021, Burkinabe troops reportedly opened fire on herders they suspected of supplying militants near Gorom-Gorom, killing three.",
    ] {
        assert_eq!(only(text).actor1, "Military Forces of Burkina Faso (2015-)", "{text}");
    }
    let e = only("On 12 May 2021, two Malian soldiers reportedly killed in an ambush by JNIM fighters near Boni.");
    let sides = [e.actor1.as_str(), e.actor2.as_str()];
    assert!(
        sides.contains(&"JNIM: Group for Support of Islam and Muslims"),
        "{sides:?}"
    );
    assert!(
        sides
            .iter()
            .any(|a| a.starts_with("Military Forces of Mali")),
        "{sides:?}"
    );
}

#[test]
fn soldiers_and_state_auxiliaries_killing_civilians_are_one_side_led_by_the_first_named() {
    // The VDP act on the state's side (as in battles) when they kill civilians together with
    // state forces: the force named first is actor1, the other associated.
    for text in [
        "On 10 May 2021, soldiers and VDP auxiliaries shot dead five herders in a hamlet near Dori.",
        "Le 10 mai 2021, des militaires et des VDP ont tué cinq civils dans un hameau près de Dori.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::Attack, "{text}");
        assert_eq!(e.actor1, "Military Forces of Burkina Faso (2015-)", "{text}");
        assert!(e.assoc_actor_1.contains("VDP"), "{text}: {}", e.assoc_actor_1);
    }
    let e = only("On 10 May 2021, VDP auxiliaries backed by soldiers shot dead five herders in a hamlet near Dori.");
    assert_eq!(e.actor1, "VDP: Volunteer for Defense of Homeland");
}

#[test]
fn a_village_self_defence_group_is_named_after_its_village() {
    // ACLED names communal militias after their place ("Zamfara Communal Militia (Nigeria)",
    // codebook identity militias): the self-defence group of the village attacked, with no ethnic
    // community named, is "<Village> Communal Militia". It is a side of its own, not the
    // attackers named again.
    for text in [
        "On 9 May 2021, suspected JNIM militants raided the village of Dianweli, and the village self-defense drove them back after an hour of gunfire.",
        "Le 9 mai 2021, des militants présumés du JNIM ont attaqué le village de Dianweli ; le groupe d'autodéfense du village les a repoussés.",
    ] {
        let e = only(text);
        let sides = [e.actor1.as_str(), e.actor2.as_str()];
        assert!(
            sides.contains(&"JNIM: Group for Support of Islam and Muslims"),
            "{text}: {sides:?}"
        );
        assert!(sides.contains(&"Dianweli Communal Militia (Mali)"), "{text}: {sides:?}");
    }
}

#[test]
fn a_village_self_defence_fighting_back_in_its_own_sentence_is_the_second_side() {
    // The attackers raid the village in one sentence, the self-defence group fights back in the
    // next: two sides of one battle, not one side.
    for text in [
        "On 9 May 2021, unidentified gunmen attacked Dianweli village. The local self-defense group fought back and killed four of the raiders.",
        "Le 9 mai 2021, des hommes armés non identifiés ont attaqué le village de Dianweli. Le groupe d'autodéfense du village a riposté et tué quatre assaillants.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ArmedClash, "{text}");
        let sides = [e.actor1.as_str(), e.actor2.as_str()];
        assert!(sides.contains(&"Unidentified Armed Group (Mali)"), "{text}: {sides:?}");
        assert!(sides.contains(&"Dianweli Communal Militia (Mali)"), "{text}: {sides:?}");
    }
}

#[test]
fn a_hesitation_between_an_armed_group_and_a_communal_militia_is_an_unidentified_group() {
    // ACLED's "X and/or Y" composites join rival armed groups; "JNIM militants or Fulani
    // militiamen" has none: the attackers are an unidentified armed group, both associated.
    for text in [
        "On 11 May 2021, either JNIM fighters or Fulani militiamen killed three farmers from a Dogon hamlet near Bankass.",
        "Le 11 mai 2021, des combattants du JNIM ou des miliciens peuls ont abattu trois cultivateurs dogons près de Bankass.",
    ] {
        let e = only(text);
        assert_eq!(e.actor1, "Unidentified Armed Group (Mali)", "{text}");
        assert!(e.assoc_actor_1.contains("Fulani Ethnic Militia (Mali)"), "{text}: {}", e.assoc_actor_1);
    }
    // Two rival armed groups keep the composite.
    let e = only("On 11 May 2021, JNIM or ISGS fighters shot dead three farmers near Menaka.");
    assert!(e.actor1.contains(" and/or "), "{}", e.actor1);
}

#[test]
fn a_national_contingent_of_a_multinational_force_is_its_country_s_military() {
    // A country's contingent in the G5 Sahel force is that country's army (the force is
    // associated); an international force named after the home army does not lead the side.
    for text in [
        "On 5 May 2021, JNIM fighters fired on a convoy of the Burkinabe contingent of the joint G5 Sahel force near Djibo (Djibo, Soum).",
        "Le 5 mai 2021, des combattants du JNIM ont tiré sur un convoi du contingent burkinabè de la force conjointe du G5 Sahel près de Djibo (Djibo, Soum).",
        "On 5 May 2021, Burkinabe troops supported by the G5 Sahel force exchanged fire with JNIM fighters near Djibo (Djibo, Soum).",
    ] {
        let e = only(text);
        let sides = [e.actor1.as_str(), e.actor2.as_str()];
        assert!(
            sides.iter().any(|a| a.starts_with("Military Forces of Burkina Faso")),
            "{text}: {sides:?}"
        );
    }
}

#[test]
fn an_explosive_one_armed_group_planted_against_another_has_both_as_sides() {
    // The planters are actor1, the armed group the device struck actor2 (not the planters'
    // associated actor).
    for text in [
        "On 12 May 2021, two GATIA members died when their pickup hit an IED which JNIM fighters had buried on the track near Menaka.",
        "Le 12 mai 2021, deux membres du GATIA ont été tués par un engin explosif posé par des combattants du JNIM près de Ménaka.",
    ] {
        let e = only(text);
        let sides = [e.actor1.as_str(), e.actor2.as_str()];
        assert!(sides.contains(&"JNIM: Group for Support of Islam and Muslims"), "{text}: {sides:?}");
        assert!(
            sides.contains(&"GATIA: Imghad Tuareg and Allies Self-Defense Group"),
            "{text}: {sides:?}"
        );
    }
}

#[test]
fn one_armed_group_acting_on_another_in_a_strategic_development_has_both_as_sides() {
    // Strategic developments between two armed groups (one disarms the other): the group acted
    // on is actor2, not the acting group's associate.
    for text in [
        "On 14 May 2021, JNIM combatants reportedly disarmed a band of ISGS fighters near Tessit (Ansongo, Gao).",
        "Le 14 mai 2021, des combattants du JNIM auraient désarmé un groupe de combattants de l'EIGS près de Tessit (Ansongo, Gao).",
    ] {
        let e = only(text);
        let sides = [e.actor1.as_str(), e.actor2.as_str()];
        assert_eq!(e.sub_event_type, SubEventType::DisruptedWeaponsUse, "{text}");
        assert_eq!(e.actor1, "JNIM: Group for Support of Islam and Muslims", "{text}: {sides:?}");
        assert!(e.actor2.starts_with("Islamic State"), "{text}: {sides:?}");
    }
}

#[test]
fn a_wounded_victim_who_dies_days_later_adds_to_the_same_event() {
    // Codebook "Reported fatalities": counts are revised as news arrives; the later death is no
    // new event even though the sentence names another day.
    let e = only(
        "On 3 May 2021, gunmen ambushed an army patrol near Kaya, killing two soldiers and \
         wounding three. One of the wounded soldiers died of his wounds in hospital on 6 May.",
    );
    assert_eq!(e.event_date, NaiveDate::from_ymd_opt(2021, 5, 3).unwrap());
    let e = only(
        "Le 3 mai 2021, des hommes armés ont tendu une embuscade à une patrouille militaire près \
         de Kaya, tuant deux soldats. Un troisième soldat a succombé à ses blessures le 5 mai.",
    );
    assert_eq!(e.event_date, NaiveDate::from_ymd_opt(2021, 5, 3).unwrap());
}

#[test]
fn bodies_found_the_next_day_tell_the_same_event() {
    let e = only(
        "On 11 May 2021, armed men stormed a gendarmerie post near Djibo and opened fire on the \
         gendarmes. Two of the gendarmes were found dead near the post the following day.",
    );
    assert_eq!(e.event_date, NaiveDate::from_ymd_opt(2021, 5, 11).unwrap());
}

#[test]
fn a_claim_made_days_later_is_no_new_event() {
    let e = only(
        "On 12 May 2021, a roadside bomb hit an army truck near Boni, killing four soldiers. \
         On 15 May, an Islamist group claimed responsibility for the blast in a message online.",
    );
    assert_eq!(e.sub_event_type, SubEventType::RemoteExplosiveLandmineIed);
    assert_eq!(e.event_date, NaiveDate::from_ymd_opt(2021, 5, 12).unwrap());
}

#[test]
fn two_ends_of_a_road_are_one_location() {
    // Codebook "Event splitting" splits places named as a list; the two towns a road links
    // name one stretch of road, not two places.
    only(
        "On 8 May 2021, angry residents blocked the road linking Kaya and Kongoussi to protest \
         its poor condition.",
    );
    only("On 8 May 2021, gunmen shot dead a herder between the villages of Arbinda and Gorgadji.");
}

#[test]
fn warplanes_and_their_french_names_tell_an_air_strike() {
    let e = only("On 9 May 2021, warplanes struck a militant hideout near Gossi.");
    assert_eq!(e.sub_event_type, SubEventType::AirDroneStrike);
    let e = only(
        "Le 9 mai 2021, des avions de chasse ont mené des frappes sur une base de militants près \
         de Gossi.",
    );
    assert_eq!(e.sub_event_type, SubEventType::AirDroneStrike);
}

#[test]
fn looting_with_no_one_named_is_still_an_event() {
    // Looting is never an accident: the author may be unknown, the event is not.
    only("On 4 May 2021, several shops were looted in the main market of Kaya overnight.");
}

#[test]
fn air_strikes_opening_a_ground_operation_are_one_battle() {
    // Battles: "ground clashes, including those supported by artillery or airstrikes".
    for text in [
        "On 3 March 2021, French fighter jets carried out air strikes on a militant hideout near Menaka before commandos moved in on foot in a ground operation, killing six fighters.",
        "Le 3 mars 2021, des avions français ont bombardé un repaire de militants près de Ménaka, avant une opération terrestre des commandos qui a tué six combattants.",
    ] {
        assert_eq!(only(text).sub_event_type, SubEventType::ArmedClash, "{text}");
    }
    // Aircraft alone remain an air strike.
    let e = only(
        "On 3 March 2021, French fighter jets carried out air strikes on a militant hideout near Menaka, killing six fighters.",
    );
    assert_eq!(e.sub_event_type, SubEventType::AirDroneStrike);
}

#[test]
fn aircraft_called_in_against_an_assault_on_a_camp_join_the_battle() {
    // An air strike "in the context of an ongoing battle" is merged into one Battles event.
    let e = only("On 3 March 2021, jihadist fighters stormed the army camp at Boni; the air force then struck their column as they retreated, killing eight of them.");
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn liberated_hostages_are_no_territory_regained() {
    // Government regains territory needs a place retaken, not captives freed.
    let e = only("On 3 March 2021, gunmen stormed the gendarmerie at Titao, wounded two gendarmes and liberated eleven detainees held there.");
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn a_lethal_or_armed_fight_between_groups_of_villagers_is_a_battle() {
    // Groups that fight with guns or blades, or kill, are coded as communal militias (Battles);
    // a brawl with stones and sticks stays Mob violence.
    for text in [
        "On 4 April 2021, herders and farmers from two neighbouring villages clashed over a field near Tougan, leaving three people dead.",
        "On 4 April 2021, youths from two rival quarters of Tougan clashed with machetes and hunting rifles; nine were hurt.",
        "Le 4 avril 2021, des éleveurs et des cultivateurs de deux villages voisins se sont affrontés à la machette près de Tougan, faisant neuf blessés.",
    ] {
        assert_eq!(only(text).sub_event_type, SubEventType::ArmedClash, "{text}");
    }
}

#[test]
fn a_rival_groups_fighter_put_to_death_is_a_battle_but_a_prisoner_is_a_civilian() {
    // Fighting between two armed groups includes one killing the other's member; the codebook's
    // exception is the victim unable to defend himself: a prisoner, the unarmed, the off-duty.
    let e = only("On 9 June 2021, Islamic State militants executed a JNIM fighter near Tessalit.");
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
    let e = only(
        "On 9 June 2021, Islamic State militants executed two unarmed JNIM fighters near Tessalit.",
    );
    assert_eq!(e.sub_event_type, SubEventType::Attack);
}

#[test]
fn a_march_about_deaths_with_no_force_used_is_a_peaceful_protest() {
    // Protests: Excessive force needs lethal force used on the protesters; deaths named as the
    // grievance belong to an earlier event.
    for text in [
        "On 5 May 2021, hundreds marched in Koudougou calling on the courts to open an investigation into how a local reporter died.",
        "On 5 May 2021, hundreds marched in silence through Koudougou in memory of a reporter who was killed there years ago.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest, "{text}");
        assert_eq!(e.fatalities, 0, "{text}");
    }
}

#[test]
fn a_fight_the_report_denies_is_no_battle() {
    // Battles need an armed interaction: a defence group that turned out without a fight does not
    // make the raid on villagers a battle, and a town taken without fighting is a non-violent
    // transfer (SD).
    for text in [
        "On 7 July 2021, gunmen raided a hamlet near Koro and shot dead two farmers; the local self-defence group came out, but no clash was reported.",
        "Le 7 juillet 2021, des hommes armés ont tué deux cultivateurs dans un hameau près de Koro ; le groupe d'autodéfense est arrivé, sans affrontement.",
    ] {
        assert_eq!(only(text).sub_event_type, SubEventType::Attack, "{text}");
    }
    let e = only("On 7 July 2021, JNIM fighters took control of the town of Lere without any fighting after the garrison pulled out.");
    assert_eq!(
        e.sub_event_type,
        SubEventType::NonViolentTransferOfTerritory
    );
}

#[test]
fn fire_from_afar_at_a_camp_is_shelling_even_when_called_an_attack() {
    // E/RV: Shelling/artillery/missile attack; a ground assault on the camp would be a battle.
    for text in [
        "On 8 August 2021, militants targeted the army camp at Tessit with a volley of mortar fire; no one was hurt.",
        "On 8 August 2021, a rocket attack by suspected jihadists hit the army camp at Tessit, wounding two soldiers.",
        "Le 8 août 2021, des jihadistes ont mené une attaque au mortier contre le camp militaire de Tessit, blessant deux soldats.",
    ] {
        assert_eq!(
            only(text).sub_event_type,
            SubEventType::ShellingArtilleryMissileAttack,
            "{text}"
        );
    }
}

#[test]
fn a_blast_given_as_motive_or_a_trapped_body_is_not_the_weapon_of_a_killing() {
    // VAC: the killing is the event; an earlier blast named as its motive, or a booby trap left
    // on the body, does not make it Explosions/Remote violence.
    for text in [
        "On 9 September 2021, soldiers shot dead two herders near Boni in reaction to an IED blast that had hit their convoy.",
        "On 9 September 2021, jihadists killed a farmer near Koro and booby-trapped the body.",
    ] {
        assert_eq!(only(text).sub_event_type, SubEventType::Attack, "{text}");
    }
}

#[test]
fn a_blast_followed_by_gunfire_is_one_battle() {
    // Codebook IED rule: an explosion in an ongoing engagement is merged into one Battles event.
    let e = only(
        "On 9 September 2021, a roadside bomb followed by gunfire hit a UN convoy near Tessit.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn an_attack_the_villagers_drove_off_is_a_battle() {
    // Battles: the defenders fought back; nobody needs to have been hurt.
    for text in [
        "On 12 October 2021, gunmen on motorbikes raided the village of Sinda, but its residents fended off the raid.",
        "On 12 October 2021, gunmen on motorbikes raided the village of Sinda; the residents turned out in numbers, forcing the assailants to withdraw.",
        "Le 12 octobre 2021, des hommes armés ont fait irruption dans le village de Sinda ; les volontaires ont mis en fuite les assaillants.",
    ] {
        assert_eq!(only(text).sub_event_type, SubEventType::ArmedClash, "{text}");
    }
}

#[test]
fn an_air_and_ground_operation_without_a_shot_is_no_battle() {
    // A combined air-ground operation is an Armed clash only when there was a fight; arrests made
    // with no shot fired are SD: Arrests.
    for text in [
        "On 14 October 2021, soldiers swept the forest near Sebba in an air and ground operation and arrested four suspected militants; no shots were fired.",
        "Le 14 octobre 2021, des soldats appuyés par des hélicoptères ont arrêté quatre militants présumés près de Sebba ; aucun coup de feu n'a été tiré.",
    ] {
        assert_eq!(only(text).sub_event_type, SubEventType::Arrests, "{text}");
    }
}

#[test]
fn french_phrases_with_an_elided_article_are_read() {
    // "bloqué l'accès à la ville": the text's "l'" is its own word; the lexicon writes it so
    // (Riots: Violent demonstration includes road blocks).
    let e = only("Le 3 mai 2021, des commerçants en colère ont bloqué l'accès à la ville de Kaya.");
    assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration);
}

#[test]
fn a_brawl_the_police_break_up_is_mob_violence_not_a_battle() {
    // Riots: Mob violence; the police are the only armed side and nobody fought them with arms.
    for text in [
        "On 20 November 2021, rival supporters fought outside a polling station in Kaya until the police intervened and dispersed them.",
        "Le 20 novembre 2021, des partisans rivaux se sont affrontés devant un bureau de vote à Kaya, avant que la police ne les disperse à coups de gaz lacrymogène.",
    ] {
        assert_eq!(only(text).sub_event_type, SubEventType::MobViolence, "{text}");
    }
}

#[test]
fn people_who_fight_with_no_armed_group_among_them_are_their_communities_militias() {
    // Codebook, identity militias: miners or students who take up guns and knives are the
    // livelihood militia ACLED names after them; foreign farmers and local villagers fighting
    // are a communal militia each, not an unidentified armed group.
    let e = only(
        "On 9 March 2021, gold miners armed with rifles and knives clashed at a mining site \
         near Gaoua over a disputed pit; two of them were killed.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
    assert_eq!(e.actor1, "Militia (Miners)");
    assert_eq!(e.actor2, "");
    let e = only(
        "Le 9 mars 2021, des étudiants de deux camps rivaux se sont affrontés à coups de \
         machettes et d'armes à feu sur le campus de Bamako, faisant un mort.",
    );
    assert_eq!(e.actor1, "Militia (Students)");
    // People only hurt in the fight are not a side of their own.
    let e = only(
        "On 9 March 2021, two rival student unions fought with firearms and machetes on the campus \
         in Ouagadougou; four people were wounded.",
    );
    assert_eq!(
        (e.actor1.as_str(), e.actor2.as_str()),
        ("Militia (Students)", "")
    );
    let e = only(
        "On 9 March 2021, Nigerien herders and local farmers clashed with machetes and a \
         hunting rifle near the village of Kantchari, leaving three people dead.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
    let sides = [e.actor1.as_str(), e.actor2.as_str()];
    assert!(
        sides.contains(&"Unidentified Communal Militia (Niger)"),
        "{sides:?}"
    );
    assert!(
        sides
            .iter()
            .any(|s| s.ends_with("Communal Militia (Burkina Faso)")),
        "{sides:?}"
    );
}

#[test]
fn people_who_fight_an_armed_group_are_their_communitys_militia() {
    // Codebook, identity militias: residents fighting vigilantes with rifles are the communal
    // militia of their place, the battle's second side; people only killed in it are not.
    let e = only(
        "On 9 March 2021, Koglweogo vigilantes and residents of the village fought each other \
         with rifles near Tenkodogo, leaving two people dead.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
    assert_eq!(e.actor1, "Koglweogo Militia");
    assert_eq!(e.actor2, "Tenkodogo Communal Militia (Burkina Faso)");
    let e = only(
        "Le 9 mars 2021, des Koglweogo et des habitants du village se sont affrontés avec des \
         fusils près de Tenkodogo, faisant deux morts.",
    );
    assert_eq!(e.actor2, "Tenkodogo Communal Militia (Burkina Faso)");
}

#[test]
fn members_of_an_ethnic_community_who_attack_others_are_its_militia() {
    // Codebook, identity militias: with no armed group or force named, people of one ethnic
    // community who kill or burn the homes of others are that community's militia.
    let e = only(
        "On 9 March 2021, members of the Mossi community armed with machetes attacked a Fulani \
         family in a hamlet near Kaya and killed two men.",
    );
    assert_eq!(e.sub_event_type, SubEventType::Attack);
    assert_eq!(e.actor1, "Mossi Ethnic Militia (Burkina Faso)");
    assert_eq!(e.actor2, "Civilians (Burkina Faso)");
    let e = only(
        "Le 9 mars 2021, des membres de la communauté mossi armés de machettes ont attaqué une \
         famille peule dans un hameau près de Kaya et tué deux hommes.",
    );
    assert_eq!(e.actor1, "Mossi Ethnic Militia (Burkina Faso)");
}

#[test]
fn a_sentence_that_ranks_the_event_told_opens_no_second_one() {
    // "The blast is the first ..." refers back to the event: its ordinal is a rank, not a
    // second event.
    only(
        "On 14 May 2021, an explosive device hit a bus near Fada N'Gourma, killing five \
         passengers. The blast is the first attack of its kind reported on that road.",
    );
}

#[test]
fn an_ordinal_day_is_a_time_not_a_second_event() {
    only(
        "On 20 May 2021, hundreds of traders marched through Kaya against a new market tax. \
         Riot police broke up the crowd of protesters on the second day.",
    );
}

#[test]
fn a_claim_after_the_total_belongs_to_the_event_it_follows() {
    only(
        "On 18 May 2021, jihadists of one faction attacked the positions of a rival faction \
         near Gossi. About twenty fighters were killed in total. The rival faction claimed to \
         have killed seven of the attackers.",
    );
}

#[test]
fn towns_listed_after_from_are_where_people_came_from_not_event_places() {
    // Codebook "Event splitting" makes one event per place the event happened at; a list headed
    // by "from" names origins, so it splits nothing.
    only(
        "On 21 May 2021, farmers from Kaya, Kongoussi and Boulsa marched in Ouagadougou to \
         demand compensation for lost harvests.",
    );
}

#[test]
fn stone_throwing_crowds_and_eliminated_fighters_tell_events() {
    // Riots: a crowd throwing stones at a patrol is a violent demonstration; "eliminated" is the
    // military's word for fighters killed (Battles).
    let e = only("On 22 May 2021, young men were throwing stones at an army patrol in Kidal.");
    assert_eq!(e.event_type, cw_record::EventType::Riots);
    let e = only(
        "Le 22 mai 2021, des jeunes ont lancé des pierres sur une patrouille militaire à Kidal.",
    );
    assert_eq!(e.event_type, cw_record::EventType::Riots);
    only("On 23 May 2021, an army unit eliminated a group of jihadists near Gossi.");
    only("Le 23 mai 2021, une unité de l'armée a éliminé un groupe de jihadistes près de Gossi.");
}

#[test]
fn violence_that_left_casualties_is_an_event_with_no_side_named() {
    // An attack or a clash that left dead or wounded is political violence even when the report
    // names no one who took part; unnamed sides are unidentified groups.
    let e = only("On 24 May 2021, a convoy was attacked on the road north of Anefis: one dead and two wounded.");
    assert_eq!(e.fatalities, 1);
    only("On 27 May 2021, clashes broke out between two clans over a well near Menaka, leaving one dead.");
    only("Le 25 mai 2021, des rixes entre deux communautés à Banfora ont fait deux morts.");
    // A market or an ambulance attacked is a civilian place attacked.
    only("On 26 May 2021, the marketplace of Menaka was attacked overnight.");
}

#[test]
fn a_rank_given_to_the_event_is_no_second_event() {
    only(
        "On 28 May 2021, drones of the air force struck a column of militants near Djibo, \
         killing nine. It is the first drone strike reported in the province.",
    );
}

#[test]
fn french_ordinals_open_the_second_event_but_not_a_rank() {
    // "La première ... La deuxième attaque" tells two events (codebook "Event splitting": two
    // places); "c'est la première" only ranks the one told.
    let e = code(
        "Le 29 mai 2021, deux attaques ont visé des postes de gendarmerie. La première a eu lieu \
         à Kaya, où deux gendarmes ont été tués. La deuxième attaque, menée par des hommes armés, \
         a visé la gendarmerie de Kongoussi.",
    );
    assert_eq!(
        e.len(),
        2,
        "{:#?}",
        e.iter().map(|e| &e.notes).collect::<Vec<_>>()
    );
    only(
        "Le 28 mai 2021, des drones de l'armée ont frappé une colonne de militants près de Djibo, \
         tuant neuf d'entre eux. C'est la première frappe de drone signalée dans la province.",
    );
}

#[test]
fn a_groups_habits_are_no_attribution() {
    // Actors as the report names them for this event: "JNIM often uses such devices" after "no
    // group claimed it" describes the group's habits (a background cue), not who laid this mine.
    for text in [
        "On 30 May 2021, an improvised explosive device hit an army truck near Djibo, killing two \
         soldiers. Nobody has claimed responsibility so far; JNIM often uses mines on that road.",
        "Le 30 mai 2021, un engin explosif improvisé a frappé un camion de l'armée près de Djibo, \
         tuant deux soldats. Personne n'a revendiqué pour l'instant ; le JNIM utilise souvent \
         des mines sur cet axe.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::RemoteExplosiveLandmineIed);
        assert!(
            !e.actor1.contains("JNIM") && !e.actor2.contains("JNIM"),
            "{text}\n{} | {}",
            e.actor1,
            e.actor2
        );
    }
}

#[test]
fn demonstrators_who_storm_assault_or_carry_machetes_riot() {
    // Riots: violent demonstration: demonstrators engaged in violent acts, whoever they hurt.
    for text in [
        "On 4 May 2021, angry protesters stormed the prefecture of Koudougou over the sale of communal land.",
        "On 4 May 2021, striking dockers staged a demonstration in Sikasso; the demonstrators assaulted the port manager.",
        "On 4 May 2021, dozens of demonstrators armed with machetes and clubs marched on the town hall of Kaya to demand the mayor's resignation.",
        "Le 4 mai 2021, des manifestants en colère ont saccagé la préfecture de Koudougou pour protester contre la vente de terres communales.",
        "Le 4 mai 2021, des dockers en grève ont manifesté à Sikasso ; les manifestants ont agressé le directeur du port.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration, "{text}");
    }
    // The attacks a march denounces are its grievance: it stays peaceful.
    let e = only("On 4 May 2021, several hundred herders demonstrated in Kaya. The demonstrators denounced the attacks on their camps.");
    assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest);
}

#[test]
fn soldiers_who_demonstrate_and_fire_in_the_air_riot() {
    // Shots fired by the demonstrators themselves make the demonstration violent; forces that
    // fire to disperse a crowd are an intervention on it.
    for text in [
        "On 4 May 2021, soldiers protested over unpaid bonuses and fired into the air at their camp in Dori.",
        "Le 4 mai 2021, des soldats ont manifesté à Dori pour réclamer leurs primes et ont tiré en l'air.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration, "{text}");
    }
    let e = only("On 4 May 2021, residents protested in Dori over power cuts; police fired into the air to disperse them.");
    assert_eq!(e.sub_event_type, SubEventType::ProtestWithIntervention);
}

#[test]
fn forces_that_block_a_march_intervene_in_it() {
    // Protests: protest with intervention, "dispersal or arrests without serious injury": forces
    // that stop the marchers intervene, whatever the words for the marchers.
    for text in [
        "On 4 May 2021, hundreds of farmers marched on Fada N'Gourma to demand seed; gendarmes blocked the marchers at the bridge.",
        "Le 4 mai 2021, des centaines de paysans ont marché sur Fada N'Gourma pour réclamer des semences ; les gendarmes ont bloqué les marcheurs au pont.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ProtestWithIntervention, "{text}");
    }
}

#[test]
fn ransacking_is_looting_in_both_languages() {
    // "ransacked" and "saccagé" are one act, looting: villagers who ransack a house outside a
    // demonstration are a mob (Riots: Mob violence), gunmen loot (SD: Looting/property
    // destruction), demonstrators riot.
    for text in [
        "On 4 May 2021, villagers ransacked the house of a suspected thief in Tougan.",
        "Le 4 mai 2021, des villageois ont saccagé la maison d'un voleur présumé à Tougan.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
    }
    let e = only("Le 4 mai 2021, des hommes armés ont saccagé le centre de santé de Tougan.");
    assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction);
    let e = only("Le 4 mai 2021, des manifestants ont saccagé la mairie de Tougan.");
    assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration);
}

#[test]
fn people_of_a_trade_who_beat_someone_are_a_mob() {
    // Riots: Mob violence: people named by their trade are an unorganised crowd.
    for text in [
        "On 4 May 2021, angry butchers beat a tax collector at the market of Tougan.",
        "Le 4 mai 2021, des bouchers en colère ont battu un percepteur au marché de Tougan.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
    }
}

#[test]
fn killings_called_extrajudicial_are_violence_against_civilians() {
    // VAC: anyone harmed while unable to defend themselves is a civilian, and "severe government
    // overreach" is an Attack: a killing the report calls extrajudicial or summary is one, whatever
    // the forces say of the victims.
    for text in [
        "On 4 May 2021, the army said it had killed six militants near Tougan; a rights group described the deaths as extrajudicial executions of herders.",
        "Le 4 mai 2021, l'armée a affirmé avoir tué six terroristes près de Tougan ; une association a dénoncé des exécutions extrajudiciaires d'éleveurs.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::Attack, "{text}");
    }
}

#[test]
fn damage_told_as_a_result_is_property_destruction() {
    // SD: Looting/property destruction: "causing material damage" tells property destroyed; with
    // no one hurt and nobody in the place, the attack is property destruction.
    for text in [
        "On 4 May 2021, gunmen attacked the town hall of Tougan, causing material damage. No casualties were reported.",
        "Le 4 mai 2021, des hommes armés ont attaqué la mairie de Tougan, causant d'importants dégâts matériels. Aucune victime n'a été signalée.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction, "{text}");
    }
}

#[test]
fn a_note_headed_by_its_type_label_is_looting_or_property_destruction() {
    // ACLED notes of SD: Looting/property destruction are headed "Looting:" or "Property
    // destruction:": the label says the type, whatever verbs of attack the note uses.
    for text in [
        "Property destruction: On 4 May 2021, suspected militants attacked the gendarmerie post of Tougan and burned it.",
        "Looting: On 4 May 2021, gunmen attacked the village of Bassan and seized its cattle.",
        "Pillage : Le 4 mai 2021, des hommes armés ont attaqué le village de Bassan et emporté le bétail.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction, "{text}");
    }
    // The word elsewhere is no label.
    let e = only("On 4 May 2021, suspected militants attacked the gendarmerie post of Tougan and burned it; looting followed.");
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn villagers_who_kill_or_ambush_armed_men_fight_as_a_communal_militia() {
    // Battles: villagers who kill members of an armed group or ambush them fight it as a
    // communal militia; a crowd beating an unarmed suspect stays a mob (Riots: Mob violence).
    for text in [
        "On 4 May 2021, youths of Bassan ambushed four suspected jihadists as they entered the village and killed two of them.",
        "Le 4 mai 2021, des jeunes de Bassan ont tendu une embuscade à quatre jihadistes présumés à l'entrée du village et en ont tué deux.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ArmedClash, "{text}");
    }
    let e = only("On 4 May 2021, youths of Bassan beat a suspected thief at the market.");
    assert_eq!(e.sub_event_type, SubEventType::MobViolence);
}

#[test]
fn a_group_whose_convoy_or_post_is_attacked_is_the_side_attacked() {
    // Battles: the owner of a convoy, a post or a position attacked by attackers the report does
    // not name is the side attacked (actor2), the unnamed attackers actor1; the position being
    // a group's, no state force is added as its holder. "Came under fire", "a essuyé des tirs"
    // tell the attack from the side of those hit.
    for text in [
        "On 4 May 2021, a CMA convoy was ambushed on the road between Ber and Bourem. Two fighters were wounded.",
        "On 4 May 2021, a GATIA position came under attack near Tessit. One fighter was killed.",
        "On 4 May 2021, a GATIA vehicle came under fire near Tessit.",
        "Le 4 mai 2021, un convoi de la CMA a été attaqué sur la route entre Ber et Bourem.",
        "Le 4 mai 2021, une position du GATIA a essuyé des tirs près de Tessit.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ArmedClash, "{text}");
        assert_eq!(e.actor1, "Unidentified Armed Group (Mali)", "{text}");
        assert!(
            e.actor2.starts_with("CMA:") || e.actor2.starts_with("GATIA:"),
            "{text}: {}",
            e.actor2
        );
    }
    // The attackers named stay actor1.
    let e = only("On 4 May 2021, a CMA convoy was ambushed by JNIM militants near Ber.");
    assert!(e.actor1.starts_with("JNIM"), "{}", e.actor1);
    assert!(e.actor2.starts_with("CMA:"), "{}", e.actor2);
}

#[test]
fn a_person_beaten_to_death_is_one_fatality() {
    // Fatalities: the unnamed person beaten, stoned or lynched "to death" ("à mort") between the
    // verb and the phrase is its victim, one dead; a verb that already kills ("lynched") does
    // not count them twice.
    for text in [
        "On 4 May 2021, a mob beat a suspected thief to death at the market of Pouytenga.",
        "On 4 May 2021, Dozo hunters beat a young herder to death near Banfora.",
        "On 4 May 2021, residents of Pouytenga caught a suspected thief and beat him to death.",
        "On 4 May 2021, a crowd lynched a presumed kidnapper to death in Pouytenga.",
        "Le 4 mai 2021, une foule en colère a battu un voleur présumé à mort au marché de Pouytenga.",
    ] {
        let e = only(text);
        assert_eq!(e.fatalities, 1, "{text}");
    }
}

#[test]
fn setting_buildings_on_fire_with_the_object_inside_is_property_destruction() {
    // SD: Looting/property destruction: "set X on fire", "set X ablaze" with the object between
    // the verb and its particle, and French "mettre le feu à", destroy property as "set fire to"
    // does; with no one hurt, it is property destruction.
    for text in [
        "On 4 May 2021, suspected militants set several huts on fire in Tongomayel.",
        "On 4 May 2021, gunmen set the village granaries ablaze in Tongomayel.",
        "Le 4 mai 2021, des hommes armés ont mis le feu à plusieurs cases à Tongomayel.",
    ] {
        let e = only(text);
        assert_eq!(
            e.sub_event_type,
            SubEventType::LootingPropertyDestruction,
            "{text}"
        );
    }
}

#[test]
fn an_armed_group_fighting_beside_the_forces_is_their_associated_actor() {
    // Codebook: in a joint operation the partner is an associated actor of the side it fights
    // with, never the opponent. A militia "supported by", "accompanying", fought "in support of"
    // or "aux côtés de" the army is on the army's side, and the army leads it.
    let cases = [
        (
            "On 3 March 2021, the Malian army, supported by Dozo hunters, clashed with jihadists \
             near Djenne, killing six of them.",
            "Dozo Communal Militia (Mali)",
            "Unidentified Armed Group (Mali)",
        ),
        (
            "On 3 March 2021, soldiers conducted an operation in support of Dan Na Ambassagou \
             against suspected Fulani militiamen near Koro, killing four of them.",
            "Dan Na Ambassagou",
            "Fulani Ethnic Militia (Mali)",
        ),
        (
            "On 3 March 2021, the Malian army accompanied by Dan Na Ambassagou militiamen \
             attacked the village of Sare near Bankass, killing 12 civilians.",
            "Dan Na Ambassagou",
            "Civilians (Mali)",
        ),
        (
            "Le 3 mars 2021, l'armée malienne, appuyée par des chasseurs dozos, a affronté des \
             jihadistes près de Djenné.",
            "Dozo Communal Militia (Mali)",
            "Unidentified Armed Group (Mali)",
        ),
        (
            "Le 3 mars 2021, des soldats maliens, aux côtés de miliciens de Dan Na Ambassagou, \
             ont affronté des jihadistes près de Koro.",
            "Dan Na Ambassagou",
            "Unidentified Armed Group (Mali)",
        ),
    ];
    for (text, ally, opponent) in cases {
        let e = common::only_on(text, "2021-03-10");
        assert!(
            e.actor1.starts_with("Military Forces of Mali"),
            "{text}\n{}",
            e.notes
        );
        assert_eq!(e.assoc_actor_1, ally, "{text}\n{}", e.notes);
        assert_eq!(e.actor2, opponent, "{text}\n{}", e.notes);
    }
}

#[test]
fn assailants_counted_after_a_communal_militia_are_its_own_men() {
    // "Dogon militiamen attacked the Fulani village ...; two assailants were killed": the
    // assailants are the Dogon militia the report named, not a third, unidentified group; the
    // villagers who repelled them are their community's militia (codebook, identity militias).
    for text in [
        "On 3 March 2021, Dogon militiamen attacked the Fulani village of Sare near Bankass. The \
         Fulani villagers repelled the attack, and two assailants were killed.",
        "Le 3 mars 2021, des miliciens dogons ont attaqué le village peul de Sare, près de \
         Bankass. Les villageois peuls ont repoussé l'attaque et deux assaillants ont été tués.",
    ] {
        let e = common::only_on(text, "2021-03-10");
        assert_eq!(
            e.actor1, "Dogon Ethnic Militia (Mali)",
            "{text}\n{}",
            e.notes
        );
        assert_eq!(
            e.actor2, "Fulani Ethnic Militia (Mali)",
            "{text}\n{}",
            e.notes
        );
    }
}

#[test]
fn groups_named_as_the_joint_subject_of_an_attack_are_one_side() {
    // "Dogon and Dan Na Ambassagou militiamen attacked the village": the two act together, the
    // first named leads and the other is associated (codebook: associated actors), and the
    // villagers are the target. Groups joined by "and" that "clashed" fought each other.
    for text in [
        "On 3 March 2021, Dogon and Dan Na Ambassagou militiamen attacked the Fulani village of \
         Sare near Bankass, killing nine civilians.",
        "Le 3 mars 2021, des miliciens dogons et de Dan Na Ambassagou ont attaqué le village \
         peul de Sare, près de Bankass, tuant neuf civils.",
    ] {
        let e = common::only_on(text, "2021-03-10");
        assert_eq!(
            e.actor1, "Dogon Ethnic Militia (Mali)",
            "{text}\n{}",
            e.notes
        );
        assert_eq!(e.assoc_actor_1, "Dan Na Ambassagou", "{text}\n{}", e.notes);
        assert_eq!(e.actor2, "Civilians (Mali)", "{text}\n{}", e.notes);
    }
    let e = common::only_on(
        "On 3 March 2021, Fulani and Dogon militiamen clashed near Bankass, leaving five dead.",
        "2021-03-10",
    );
    let sides = [e.actor1.as_str(), e.actor2.as_str()];
    assert!(sides.contains(&"Fulani Ethnic Militia (Mali)"), "{sides:?}");
    assert!(sides.contains(&"Dogon Ethnic Militia (Mali)"), "{sides:?}");
}

#[test]
fn explosives_that_destroy_property_of_civilians_target_the_civilians() {
    // Codebook: attacks on civilian property have civilians as actor2, whoever else is named
    // around the blast; a bridge or a mast is no one's property and has one side.
    for text in [
        "On 4 May 2021, suspected JNIM militants set off explosives that destroyed the prefecture of Tongomayel. No one was hurt.",
        "On 4 May 2021, presumed jihadists set off explosives destroying the school of Tongomayel. Soldiers fired warning shots in the town afterwards.",
        "On 4 May 2021, suspected militants fired rockets at a truck and a car on the road out of Gorom-Gorom; nobody was hurt.",
        "Le 4 mai 2021, des jihadistes présumés ont détruit la mairie de Tongomayel à l'aide d'explosifs, sans faire de victime.",
        "Le 4 mai 2021, des hommes armés ont tiré des roquettes sur un camion et une voiture à la sortie de Gorom-Gorom, sans faire de blessé.",
    ] {
        let e = only(text);
        assert_eq!(e.event_type, cw_record::EventType::ExplosionsRemoteViolence, "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
    // Soldiers hurt in the vehicle they were travelling in are the target, not civilians.
    let e = only(
        "On 4 May 2021, a roadside bomb planted by JNIM militants hit an army pick-up outside Gorom-Gorom, wounding two soldiers on board.",
    );
    assert!(
        e.actor2.starts_with("Military Forces of Burkina Faso"),
        "{}",
        e.actor2
    );
}

#[test]
fn forces_named_around_a_looting_are_not_its_victims() {
    // SD: Looting/property destruction: the property of state forces makes them actor2; forces
    // named only as the looters' disguise or as context own nothing that was hit.
    for text in [
        "On 4 May 2021, suspected militants dressed in army uniforms torched two shops and a bar in Kongoussi.",
        "Le 4 mai 2021, des jihadistes présumés vêtus de tenues de l'armée ont incendié deux boutiques et un bar à Kongoussi.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction, "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
    // A police station burned keeps the police as the side whose property was hit.
    let e = only("On 4 May 2021, suspected militants burned the police station of Kongoussi.");
    assert!(
        e.actor2.starts_with("Police Forces of Burkina Faso"),
        "{}",
        e.actor2
    );
}

#[test]
fn forces_that_destroy_an_armed_groups_property_are_its_first_side() {
    // The side that acts loots or destroys: the army destroying a militant camp is actor1.
    for text in [
        "On 4 May 2021, Burkinabe soldiers destroyed an abandoned JNIM camp with motorbikes and fuel near Djibo.",
        "Le 4 mai 2021, l'armée burkinabè a détruit une base abandonnée du JNIM contenant des motos et du carburant près de Djibo.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction, "{text}");
        assert!(e.actor1.starts_with("Military Forces of Burkina Faso"), "{text}: {}", e.actor1);
        assert_eq!(e.actor2, "JNIM: Group for Support of Islam and Muslims", "{text}");
    }
}

#[test]
fn a_base_named_in_connection_with_another_attack_is_not_the_target() {
    // A military position named only as the place of another event tied to the one told ("in
    // connection with an attack on the army camp") is context: looting a school is property
    // destruction against civilians, not a battle with the forces.
    for text in [
        "On 4 May 2021, presumed JNIM militants looted the school of Lanfiera in connection with an attack on the military base of the town.",
        "Le 4 mai 2021, des jihadistes présumés du JNIM ont pillé l'école de Lanfiera en lien avec une attaque contre la base militaire de la localité.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction, "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
}

#[test]
fn armed_men_who_stop_a_truck_and_take_its_goods_loot_civilians() {
    // SD: Looting/property destruction: stopping a civilian vehicle on the road and taking its
    // cargo is looting whose victims are civilians, not a disrupted use of weapons.
    for text in [
        "On 4 May 2021, suspected JNIM militants intercepted a trailer near Mentao and removed its cargo of rice.",
        "Le 4 mai 2021, des jihadistes présumés du JNIM ont intercepté une remorque près de Mentao et emporté sa cargaison de riz.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction, "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
    // Weapons seized from intercepted vehicles stay a disrupted use of weapons.
    let e = only("On 4 May 2021, Burkinabe soldiers intercepted two vehicles near Djibo and seized arms and ammunition.");
    assert_eq!(e.sub_event_type, SubEventType::DisruptedWeaponsUse);
}

#[test]
fn attackers_in_army_fatigues_are_not_the_army() {
    // The actor is who carried out the violence: a force named only as the clothing of the
    // attackers ("dressed in army fatigues") is no side; the people they take are civilians.
    for text in [
        "On 4 May 2021, unknown gunmen dressed in military fatigues detained a trader near Diebougou and took him away.",
        "Le 4 mai 2021, des hommes armés non identifiés vêtus de tenues de l'armée ont arrêté un commerçant près de Diébougou et l'ont emmené.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::AbductionForcedDisappearance, "{text}");
        assert_eq!(e.actor1, "Unidentified Armed Group (Burkina Faso)", "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
}

#[test]
fn a_crowd_or_vigilantes_who_beat_a_suspect_to_death_are_a_mob() {
    // Riots: Mob violence, "including vigilante mobs": a crowd, or vigilantes with no group
    // named, are Rioters; the person they kill is a civilian.
    for text in [
        "On 2 May 2021, a crowd beat a man accused of stealing a motorbike to death in Kaya.",
        "On 2 May 2021, vigilantes beat a presumed cattle thief to death near Kaya.",
        "Le 2 mai 2021, une foule a battu à mort un homme accusé de vol à Kaya.",
        "Le 2 mai 2021, des vigilants ont battu à mort un présumé voleur de bétail près de Kaya.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
}

#[test]
fn a_crowd_that_clashes_with_police_without_arms_is_a_mob_not_a_battle() {
    // Riots: Mob violence: youths fighting the police are rioters, not an unidentified armed
    // group; the police are the second side.
    for text in [
        "On 2 May 2021, clashes between police and youths at the market of Kaya left two wounded.",
        "Le 2 mai 2021, des affrontements entre policiers et jeunes au marché de Kaya ont fait deux blessés.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
        assert!(e.actor2.starts_with("Police Forces of Burkina Faso"), "{text}: {}", e.actor2);
    }
}

#[test]
fn students_or_party_supporters_who_fight_each_other_are_a_mob_even_when_one_dies() {
    // Riots: Mob violence: people named by school or political side are no communal militia;
    // a death in their fight does not make it a battle (firearms would).
    for text in [
        "On 2 May 2021, students from two rival schools clashed in Kaya; one student was killed and several were wounded.",
        "On 2 May 2021, rival party supporters clashed in Kaya after the vote count, leaving one dead.",
        "Le 2 mai 2021, des élèves de deux lycées rivaux se sont affrontés à Kaya, faisant un mort et plusieurs blessés.",
        "Le 2 mai 2021, des partisans de deux candidats se sont affrontés à Kaya après le scrutin, faisant un mort.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
        assert_eq!(e.actor2, "Rioters (Burkina Faso)", "{text}");
    }
}

#[test]
fn angry_youths_who_ransack_with_no_demonstration_are_a_mob() {
    // Riots: Mob violence is violence outside a demonstration; nothing here says they
    // demonstrated (no march, no demand, no barricade).
    for text in [
        "On 2 May 2021, angry youths ransacked three bars and a hotel in Kaya.",
        "Le 2 mai 2021, des jeunes en colère ont saccagé trois bars et un hôtel à Kaya.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
    }
}

#[test]
fn a_crowd_that_holds_someone_hostage_is_a_mob_not_an_abduction() {
    // VAC: Abduction is by organised armed groups; pupils who seize their headmaster are an
    // unorganised crowd committing violence outside a demonstration (Riots: Mob violence).
    for text in [
        "On 2 May 2021, angry students held the headmaster of the high school in Kaya hostage for several hours.",
        "Le 2 mai 2021, des élèves ont pris en otage le directeur du lycée de Kaya.",
        "Le 2 mai 2021, des élèves ont séquestré le directeur du lycée de Kaya pendant plusieurs heures.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
}

#[test]
fn vandalism_by_a_crowd_is_a_mob_and_by_demonstrators_a_violent_demonstration() {
    // Riots: vandalism is destruction, not a mark of a demonstration (the codebook's are
    // barricades and burning tyres): residents who vandalize outside one are a mob (Mob
    // violence); demonstrators who do it make their march violent (Violent demonstration).
    for text in [
        "On 2 May 2021, residents of Kaya vandalized a chapel after a dispute over a burial.",
        "Le 2 mai 2021, des habitants de Kaya ont vandalisé une chapelle après une querelle sur un enterrement.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
    }
    for text in [
        "On 2 May 2021, protesters vandalized the town hall of Kaya during a march against insecurity.",
        "Le 2 mai 2021, des manifestants ont vandalisé la mairie de Kaya lors d'une marche contre l'insécurité.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
    }
}

#[test]
fn local_militiamen_who_fight_off_attackers_are_their_villages_militia() {
    // Identity militias: "local militiamen" who intervene against unknown attackers defend their
    // own village, a communal militia named after it ("Fafa Communal Militia"), and are the
    // other side of the clash, not the attackers' associates.
    for text in [
        "On 3 March 2021, unknown gunmen tried to steal cattle in the village of Fafa near \
         Ansongo; local militiamen intervened and exchanged fire with the assailants, forcing \
         them to flee.",
        "Le 3 mars 2021, des hommes armés ont tenté de voler du bétail à Fafa, près d'Ansongo ; \
         des miliciens locaux sont intervenus et ont échangé des tirs avec les assaillants.",
    ] {
        let e = common::only_on(text, "2021-03-10");
        assert_eq!(
            e.actor1, "Unidentified Armed Group (Mali)",
            "{text}\n{}",
            e.notes
        );
        assert_eq!(
            e.actor2, "Fafa Communal Militia (Mali)",
            "{text}\n{}",
            e.notes
        );
        assert_eq!(e.assoc_actor_1, "", "{text}\n{}", e.notes);
    }
}

#[test]
fn a_hedged_group_in_parentheses_identifies_the_militiamen_before_it() {
    // "Dozo militiamen (presumably Dan Na Ambassagou)": the report identifies the militiamen as
    // that group (codebook: suspected attribution is coded as the group), one actor, not the
    // Dozo with the group beside them.
    for text in [
        "On 3 March 2021, Dozo militiamen (presumably Dan Na Ambassagou) killed a herder at a \
         checkpoint near Bankass.",
        "Le 3 mars 2021, des chasseurs dozos (probablement de Dan Na Ambassagou) ont tué un \
         éleveur à un poste de contrôle près de Bankass.",
    ] {
        let e = common::only_on(text, "2021-03-10");
        assert_eq!(e.actor1, "Dan Na Ambassagou", "{text}\n{}", e.notes);
        assert_eq!(e.actor2, "Civilians (Mali)", "{text}\n{}", e.notes);
    }
}

#[test]
fn fire_aimed_at_a_vehicle_before_burning_it_is_an_attack() {
    // VAC: Attack. Gunmen who open fire on a civilian vehicle and then burn it attack its
    // occupants, even unhurt: the burning is not "outside other violence" (SD: Looting/property
    // destruction). Shots in the air before burning a shop stay property destruction.
    for text in [
        "On 4 May 2021, gunmen opened fire on a minibus on the Sebba road, made everyone get off and set it alight; nobody was hurt.",
        "Le 4 mai 2021, des hommes armés ont ouvert le feu sur un minibus sur la route de Sebba, ont fait descendre tout le monde et l'ont incendié, sans faire de blessé.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::Attack, "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
    for text in [
        "On 4 May 2021, unknown gunmen fired in the air in the village of Sebba and burned a shop. No casualties were reported.",
        "Le 4 mai 2021, des hommes armés non identifiés ont tiré en l'air dans le village de Sebba et ont incendié une boutique. Aucune victime n'a été signalée.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::LootingPropertyDestruction, "{text}");
    }
}

#[test]
fn a_rescue_after_villagers_are_killed_leaves_the_attack_on_them_an_event() {
    // Codebook, event splitting: attackers who kill villagers and are then routed by another
    // armed actor make two events: the violence against the villagers (VAC: Attack, civilians as
    // actor2) and the rescuers' fight with the attackers (Battles).
    for (text, attacker) in [
        (
            "On 4 May 2021, suspected JNIM militants attacked the village of Tanwalbougou and killed six villagers. Dozo hunters intervened and routed the attackers.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "Le 4 mai 2021, des hommes armés ont attaqué le village de Tanwalbougou et tué six villageois. Des Dozos sont intervenus et ont repoussé les assaillants.",
            "Unidentified Armed Group (Burkina Faso)",
        ),
        (
            "Gunmen on motorbikes killed twelve villagers in Tanwalbougou on 4 May 2021 before soldiers arrived and repelled the attackers, residents said.",
            "Unidentified Armed Group (Burkina Faso)",
        ),
    ] {
        let events = common::code_on(text, "2021-05-06");
        assert!(
            events.iter().any(|e| e.sub_event_type == SubEventType::Attack
                && e.actor1 == attacker
                && e.actor2 == "Civilians (Burkina Faso)"),
            "{text}: {:#?}",
            events.iter().map(|e| &e.notes).collect::<Vec<_>>()
        );
        assert!(
            events.iter().any(|e| e.sub_event_type == SubEventType::ArmedClash),
            "{text}"
        );
    }
    // Attackers killed by the rescuers: one fight, no separate attack on civilians.
    let events = common::code_on(
        "On 4 May 2021, suspected JNIM militants attacked the village of Tanwalbougou. Dozo hunters intervened and killed five militants.",
        "2021-05-06",
    );
    assert!(events
        .iter()
        .all(|e| e.sub_event_type != SubEventType::Attack));
}

#[test]
fn attackers_own_dead_make_no_second_side_in_a_raid_on_villagers() {
    // Battles need "two organized armed groups": the raiders' own dead, with villagers killed
    // and no other armed group named, leave the raid violence against civilians (VAC: Attack).
    for text in [
        "On 4 May 2021, Fulani militiamen attacked the Dogon village of Toroli (Koro, Mopti). Four villagers and two Fulani gunmen were killed.",
        "Le 4 mai 2021, des miliciens peuls ont attaqué le village dogon de Toroli (Koro, Mopti). Quatre villageois et deux hommes armés peuls ont été tués.",
    ] {
        let e = common::only_on(text, "2021-05-06");
        assert_eq!(e.sub_event_type, SubEventType::Attack, "{text}");
        assert_eq!(e.actor2, "Civilians (Mali)", "{text}");
    }
    // Another armed group named among the dead: a battle.
    let e = common::only_on(
        "On 4 May 2021, Fulani militiamen attacked the Dogon village of Toroli (Koro, Mopti). Four Dozo hunters and two Fulani gunmen were killed.",
        "2021-05-06",
    );
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn armed_men_attacked_by_someone_unnamed_fight_an_unidentified_group() {
    // Battles: "ambushes of on-duty soldiers or armed militants". Armed men attacked by
    // attackers the report does not name, no civilian among those hit, fought an unidentified
    // armed group; a market they were going to does not make them civilians.
    for text in [
        "Dozo hunters were attacked near Sofara on 4 May 2021 while returning from the market. Three of them were killed.",
        "Le 4 mai 2021, des chasseurs dozos ont été attaqués près de Sofara alors qu'ils revenaient du marché. Trois d'entre eux ont été tués.",
    ] {
        let e = common::only_on(text, "2021-05-06");
        assert_eq!(e.sub_event_type, SubEventType::ArmedClash, "{text}");
        assert!(e.actor1.starts_with("Unidentified Armed Group"), "{text}: {}", e.actor1);
        assert!(e.actor2.starts_with("Dozo"), "{text}: {}", e.actor2);
    }
}

#[test]
fn a_fight_the_attackers_lost_before_is_another_event() {
    // Codebook, one event per act: militants who kill villagers while withdrawing after being
    // repelled at a military post commit violence against civilians (VAC: Attack); the fight at
    // the post, told in the clause of their retreat, is coded separately.
    for text in [
        "On 4 May 2021, ISGS fighters beaten back from the army post at Kelbo shot five herders dead in Tibtenga while withdrawing after being repelled.",
        "Le 4 mai 2021, des jihadistes présumés de l'EIGS ont tué cinq civils dans le village de Tibtenga en se retirant, après avoir été repoussés lors d'une attaque contre le poste militaire de Kelbo.",
        "Gunmen shot dead six displaced people near Kelbo on 4 May 2021; they were pulling back after being routed at the army base there.",
    ] {
        let e = common::only_on(text, "2021-05-06");
        assert_eq!(e.sub_event_type, SubEventType::Attack, "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
}

#[test]
fn armed_men_among_the_dead_of_a_toll_make_the_attack_a_battle() {
    // Battles: violence between two organised armed groups. A toll of "people" that names armed
    // men among them ("including two Dozo hunters", "dont deux chasseurs dozos") tells of armed
    // victims, not only unarmed ones.
    for text in [
        "On 4 May 2021, suspected JNIM militants attacked the village of Tanwalbougou and killed six people, including two Dozo hunters.",
        "Le 4 mai 2021, des jihadistes présumés du JNIM ont attaqué le village de Tanwalbougou et tué six personnes, dont deux chasseurs dozos.",
    ] {
        let e = common::only_on(text, "2021-05-06");
        assert_eq!(e.sub_event_type, SubEventType::ArmedClash, "{text}");
        assert!(e.actor2.starts_with("Dozo"), "{text}: {}", e.actor2);
    }
}

#[test]
fn a_group_the_victims_were_taken_for_is_no_side() {
    // VAC: anyone harmed while unarmed is a civilian, whatever they were suspected of: herders
    // shot as presumed militants are civilians, and the group named is no side.
    for text in [
        "Two goatherds were mistaken for militants and shot dead by soldiers outside Arbinda on 4 May 2021, a cousin said.",
        "On 4 May 2021, soldiers killed three villagers near Djibo, accusing them of supporting the militants.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::Attack, "{text}");
        assert_eq!(e.actor1, "Military Forces of Burkina Faso (2015-)", "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
    }
    let text = "Le 4 mai 2021, deux jeunes pris pour des membres du JNIM ont été tués par des soldats près de Djibo, selon le maire.";
    let e = only(text);
    assert_eq!(
        e.actor1, "Military Forces of Burkina Faso (2015-)",
        "{text}"
    );
    assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
}

#[test]
fn forces_that_remove_or_evict_protesters_intervene() {
    // Protests: protest with intervention, "dispersal or arrests without serious injury": forces
    // that remove demonstrators from a site or evict them intervene; the force is actor2.
    for text in [
        "On 4 May 2021, workers held a sit-in at the ministry in Koudougou over unpaid wages; security forces removed the protesters from the premises.",
        "On 4 May 2021, police evicted protesters who had occupied the town hall of Kaya.",
        "Le 4 mai 2021, des travailleurs ont tenu un sit-in devant le ministère à Koudougou ; les manifestants ont été délogés par les forces de l'ordre.",
        "Le 4 mai 2021, la police a délogé les manifestants qui occupaient la mairie de Kaya.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ProtestWithIntervention, "{text}");
        assert!(e.actor2.starts_with("Police Forces of Burkina Faso"), "{text}: {}", e.actor2);
    }
}

#[test]
fn demonstrators_who_stone_or_storm_riot_even_when_dispersed() {
    // Riots: violent demonstration, demonstrators who act violently. The crowd that stones a
    // building or storms it is violent whoever disperses it afterwards; the dispersing force is
    // the second side.
    for text in [
        "On 4 May 2021, youths in Kaya stoned the gendarmerie during a protest against the curfew, before being dispersed by police.",
        "On 4 May 2021, youths protested in Kaya against the curfew and stormed the town hall before police dispersed them.",
        "Le 4 mai 2021, des jeunes ont manifesté à Kaya contre le couvre-feu et ont pris d'assaut la mairie avant d'être dispersés par la police.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
        assert!(e.actor2.starts_with("Police Forces of Burkina Faso"), "{text}: {}", e.actor2);
    }
    // An assault the crowd protests against is its grievance, not its act.
    for text in [
        "On 4 May 2021, traders marched in Kaya to denounce the beating of a market porter by policemen.",
        "Le 4 mai 2021, des enseignants ont marché à Kaya en solidarité avec deux collègues agressés par des parents.",
        "On 4 May 2021, teachers marched in Kaya in solidarity with two colleagues assaulted a week earlier.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest, "{text}");
    }
}

#[test]
fn soldiers_who_take_to_the_streets_firing_in_the_air_riot_alone() {
    // Riots: violent demonstration. Soldiers who are the demonstrators and fire in the air, even
    // in the words of a warning shot, riot; no force intervenes on them (no actor2).
    for text in [
        "On 4 May 2021, soldiers in Kaya took to the streets firing shots into the air to protest unpaid bonuses.",
        "Le 4 mai 2021, des militaires ont manifesté à Kaya pour réclamer leurs primes, en effectuant des tirs de sommation.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration, "{text}");
        assert_eq!(e.actor2, "", "{text}");
    }
    // Police who fire in the air at a crowd intervene on it.
    let e = only("On 4 May 2021, hundreds of residents protested in Kaya; police fired shots into the air to disperse them.");
    assert_eq!(e.sub_event_type, SubEventType::ProtestWithIntervention);
}

#[test]
fn arrests_and_killings_a_demonstration_demands_about_are_its_grievance() {
    // Protests: the arrest or killing a crowd demands justice for happened before; it is no
    // intervention on this demonstration nor force against it (Peaceful protest).
    for text in [
        "On 4 May 2021, hundreds marched in Kaya, demanding that the union leader arrested last week be freed.",
        "Le 4 mai 2021, des centaines de personnes ont marché à Kaya pour exiger la libération d'un syndicaliste arrêté la semaine dernière.",
        "Le 4 mai 2021, des militants ont tenu un sit-in à Kaya pour réclamer une enquête sur deux commerçants exécutés par des soldats en mars.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest, "{text}");
        assert_eq!(e.actor2, "", "{text}");
        assert_eq!(e.fatalities, 0, "{text}");
    }
}

#[test]
fn deaths_a_demonstration_demands_about_are_not_its_fatalities() {
    // Reported fatalities belong to the event that caused them: the deaths a crowd demands an
    // autopsy of happened earlier, so the protest is peaceful with no fatalities (Protests:
    // excessive force needs force used on this gathering).
    for text in [
        "On 4 May 2021, hundreds of activists staged a silent protest in Kaya, demanding an autopsy of two teachers executed by soldiers in March.",
        "Le 4 mai 2021, des centaines de militants ont tenu une marche silencieuse à Kaya, réclamant l'autopsie de deux enseignants exécutés par des soldats en mars.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::PeacefulProtest, "{text}");
        assert_eq!(e.fatalities, 0, "{text}");
    }
}

#[test]
fn soldiers_who_loot_and_fire_in_the_air_riot() {
    // Riots: violent demonstration, "violent or destructive acts" by at least three people:
    // mutineers or soldiers who loot while firing at no one fight no enemy (no battle) and act
    // inside other violence (no SD: Looting); they are the rioters, with no second side.
    for text in [
        "On 4 May 2021, mutinous soldiers looted shops in Kaya and fired shots into the air.",
        "On 4 May 2021, angry soldiers rampaged through Kaya, firing into the air and looting shops.",
        "Le 4 mai 2021, des soldats mutins ont pillé des boutiques à Kaya en tirant en l'air.",
        "Le 4 mai 2021, des militaires en colère ont pillé des commerces à Kaya en tirant des coups de feu en l'air.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::ViolentDemonstration, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
        assert_eq!(e.actor2, "", "{text}");
    }
    // Police who fire in the air to disperse looters act on them: not rioters themselves.
    let e = only("On 4 May 2021, police fired into the air to disperse youths who were looting shops in Kaya.");
    assert_ne!(e.actor1, "Rioters (Burkina Faso)");
}

#[test]
fn a_victim_beaten_for_a_crime_or_sorcery_he_is_accused_of_by_no_armed_actor_suffers_a_mob() {
    // Riots: Mob violence ("vigilante mobs"): nobody is named, the accusation says who acted.
    for text in [
        "On 14 May 2021, an old man accused of witchcraft was beaten to death near Tougan.",
        "Le 14 mai 2021, un vieil homme accusé de sorcellerie a été battu à mort près de Tougan.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::MobViolence, "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
        assert_eq!(e.fatalities, 1, "{text}");
    }
    // An armed actor named as the killer stays the killer.
    for text in [
        "On 14 May 2021, jihadists executed a man accused of witchcraft near Tougan.",
        "Le 14 mai 2021, des jihadistes ont exécuté un homme accusé de sorcellerie près de Tougan.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::Attack, "{text}");
        assert_ne!(e.actor1, "Rioters (Burkina Faso)", "{text}");
    }
}

#[test]
fn foreign_hostages_and_religious_are_civilians_of_their_own_country() {
    // Civilians are coded with their nationality where the report gives it, whatever words sit
    // between the nationality and the person ("a female Swiss hostage", "a Christian Beninese
    // male civilian", "une religieuse italienne").
    for (text, victims) in [
        (
            "On 14 May 2021, militants killed a female Swiss hostage near Tessalit, in Mali.",
            "Civilians (Switzerland)",
        ),
        (
            "On 14 May 2021, gunmen abducted an Italian nun near Koutiala, in Mali.",
            "Civilians (Italy)",
        ),
        (
            "On 14 May 2021, gunmen abducted a Christian Beninese male civilian near Ansongo, in Mali.",
            "Civilians (Benin)",
        ),
        (
            "Le 14 mai 2021, des hommes armés ont enlevé une religieuse italienne près de Koutiala, au Mali.",
            "Civilians (Italy)",
        ),
        (
            "Le 14 mai 2021, des jihadistes ont tué un otage suisse près de Tessalit, au Mali.",
            "Civilians (Switzerland)",
        ),
    ] {
        let e = only(text);
        assert_eq!(e.actor2, victims, "{text}");
        assert_eq!(e.country, "Mali", "{text}");
    }
}

#[test]
fn a_group_that_claims_an_attack_is_its_author_under_each_spelling_of_its_name() {
    // Transliterations of al-Murabitun vary from paper to paper; each names the same battalion.
    for text in [
        "On 3 May 2016, a statement from the Mourabitoun Battalion said its fighters had raided an army checkpoint outside Ansongo.",
        "On 3 May 2016, Al-Murabitoun said it had attacked soldiers guarding a checkpoint outside Ansongo.",
        "Le 3 mai 2016, Al-Mourabitoune a revendiqué une attaque contre des soldats à un poste de contrôle d'Ansongo.",
    ] {
        let e = common::only_on(text, "2016-05-05");
        assert_eq!(e.actor1, "Al Mourabitoune Battalion", "{text}");
        assert_eq!(e.country, "Mali", "{text}");
    }
}

#[test]
fn a_count_before_a_long_group_name_still_counts_its_dead() {
    // Fatalities: per-side counts summed. A group's full name between the number and the verb is
    // one noun, however many words it has.
    for text in [
        "On 18 May 2021, at least twelve soldiers and four Volunteers for the Defence of the Homeland (VDP) were killed in an ambush near Djibo.",
        "Le 18 mai 2021, au moins douze soldats et quatre Volontaires pour la défense de la patrie (VDP) ont été tués dans une embuscade près de Djibo.",
    ] {
        assert_eq!(only(text).fatalities, 16, "{text}");
    }
    // A number after "including" counts part of the victims, not more of them.
    for text in [
        "On 18 May 2021, soldiers shot dead ten villagers near Djibo, among them a herder's family and three Malian traders.",
        "Le 18 mai 2021, des soldats ont abattu dix villageois près de Djibo, dont la famille d'un éleveur et trois commerçants maliens.",
    ] {
        assert_eq!(only(text).fatalities, 10, "{text}");
    }
}

#[test]
fn an_operation_by_air_alone_is_an_air_strike() {
    // Explosions/Remote violence: Air/drone strike, whatever the forces call it; with ground
    // troops it stays a battle.
    for text in [
        "On 18 May 2021, the army said it had neutralised about thirty terrorists in an air operation near Boni.",
        "Le 18 mai 2021, l'armée a annoncé avoir neutralisé une trentaine de terroristes lors d'une opération aérienne près de Boni.",
        "Le 18 mai 2021, un raid aérien de l'armée a tué une trentaine de terroristes près de Boni.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::AirDroneStrike, "{text}");
        assert_eq!(e.fatalities, 30, "{text}");
    }
    let e = only(
        "On 18 May 2021, the army said it had killed about thirty terrorists in an air and ground operation near Boni.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn the_identity_of_people_who_riot_is_associated_with_the_rioters_not_with_their_victims() {
    // Riots: "Rioters (X)" with the crowd's identity ("Students (X)") associated, as for
    // protesters; the people a mob attacks keep their own labels.
    for text in [
        "On 3 May 2021, students rioted in Koudougou, burning tyres and throwing stones at the police.",
        "Le 3 mai 2021, des élèves ont manifesté violemment à Koudougou, brûlant des pneus et jetant des pierres sur la police.",
    ] {
        let e = only(text);
        assert_eq!(e.event_type.as_str(), "Riots", "{text}");
        assert_eq!(e.actor1, "Rioters (Burkina Faso)", "{text}");
        assert!(e.assoc_actor_1.contains("Students (Burkina Faso)"), "{text}: {e:?}");
    }
    let e =
        only("On 3 May 2021, angry traders beat two women accused of theft at the market of Kaya.");
    assert_eq!(e.sub_event_type, SubEventType::MobViolence);
    assert!(
        e.assoc_actor_1.contains("Labour Group (Burkina Faso)"),
        "{e:?}"
    );
    assert!(!e.assoc_actor_2.contains("Labour Group"), "{e:?}");
    assert!(e.assoc_actor_2.contains("Women (Burkina Faso)"), "{e:?}");
}

#[test]
fn fulani_civilians_and_militias_are_also_pastoralists() {
    // Civilians' identity labels: the Fulani are a herding people; their civilians and their
    // militia carry "Pastoralists (X)" beside the ethnic label.
    for text in [
        "On 3 May 2021, hunters' militiamen killed four Fulani villagers near Djenne.",
        "Le 3 mai 2021, des chasseurs dozos ont tué quatre villageois peuls près de Djenné.",
    ] {
        let e = only(text);
        assert!(
            e.assoc_actor_2.contains("Fulani Ethnic Group (Mali)"),
            "{text}: {e:?}"
        );
        assert!(
            e.assoc_actor_2.contains("Pastoralists (Mali)"),
            "{text}: {e:?}"
        );
    }
    let e = only(
        "On 3 May 2021, Fulani militiamen raided the Dogon hamlet of Sangha and shot two farmers.",
    );
    assert_eq!(e.actor1, "Fulani Ethnic Militia (Mali)");
    assert!(e.assoc_actor_1.contains("Pastoralists (Mali)"), "{e:?}");
    // Another people gets no livelihood it does not live by.
    assert!(!e.assoc_actor_2.contains("Pastoralists"), "{e:?}");
}

#[test]
fn traders_and_workers_are_acleds_labour_group() {
    // Civilians' identity labels: people named by their work (traders, workers, employees) are
    // "Labour Group (X)", as victims and as protesters.
    for (text, victims) in [
        (
            "On 3 May 2021, unknown gunmen abducted six merchants near Niono.",
            true,
        ),
        (
            "Le 3 mai 2021, des hommes armés ont enlevé six commerçants près de Niono.",
            true,
        ),
        (
            "On 3 May 2021, laid-off factory workers marched in Bamako to demand their wages.",
            false,
        ),
        (
            "Le 3 mai 2021, des employés licenciés ont marché à Bamako pour réclamer leurs salaires.",
            false,
        ),
    ] {
        let e = only(text);
        let assoc = if victims {
            &e.assoc_actor_2
        } else {
            &e.assoc_actor_1
        };
        assert!(assoc.contains("Labour Group (Mali)"), "{text}: {e:?}");
        assert!(!assoc.contains("Traders"), "{text}: {e:?}");
    }
}

#[test]
fn a_reprisal_against_civilians_after_an_attack_on_a_post_is_violence_against_civilians() {
    // One event per act: the attack on the post that the reprisal answers is an earlier event;
    // this one is the forces killing civilians (VAC: Attack), not a battle.
    for text in [
        "On 3 May 2021, soldiers and VDP killed at least 28 Fulani civilians in Nouna after an attack on a military detachment.",
        "Le 3 mai 2021, des militaires et des VDP ont tué au moins 28 civils peuls à Nouna après une attaque contre un détachement militaire.",
    ] {
        let e = only(text);
        assert_eq!(e.sub_event_type, SubEventType::Attack, "{text}");
        assert_eq!(e.actor2, "Civilians (Burkina Faso)", "{text}");
        assert_eq!(e.fatalities, 28, "{text}");
    }
    // A fight that follows the attack in its own clause is still this event's.
    let e = only(
        "On 3 May 2021, after an attack on a military post in Nouna, soldiers pursued the assailants and killed ten of them.",
    );
    assert_eq!(e.sub_event_type, SubEventType::ArmedClash);
    assert_eq!(e.fatalities, 10);
}
