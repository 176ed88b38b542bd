//! Behaviour tests on texts written for these tests.

use super::*;
use cw_record::{Lang, MentionKind, Report};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn doc(text: &str, lang: Lang) -> Document {
    let r = Report {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    };
    let mut doc = Document::new(&r, d(2025, 3, 19), lang);
    doc.sentences = vec![cw_record::Span::new(0, text.len())];
    doc.paragraph_of = vec![0];
    doc
}

fn actors(doc: &Document) -> Vec<(String, ActorMention)> {
    doc.mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Actor(a) => Some((doc.slice(m.span).to_string(), a.clone())),
            _ => None,
        })
        .collect()
}

fn annotated(text: &str) -> Vec<(String, ActorMention)> {
    let mut dc = doc(text, Lang::En);
    ActorDictionary::embedded().annotate(&mut dc);
    actors(&dc)
}

fn names(text: &str, date: NaiveDate, country: &str) -> Vec<String> {
    let dict = ActorDictionary::embedded();
    annotated(text)
        .iter()
        .map(|(_, m)| dict.name(m, date, country).name)
        .collect()
}

#[test]
fn embedded_data_has_no_errors() {
    let errs = ActorDictionary::check_embedded();
    assert!(errs.is_empty(), "{errs:#?}");
}

#[test]
fn soldiers_in_niger_2025_are_the_post_coup_military() {
    let n = names(
        "Gunmen attacked soldiers near the village.",
        d(2025, 3, 15),
        "NE",
    );
    assert_eq!(
        n,
        vec![
            "Unidentified Armed Group (Niger)",
            "Military Forces of Niger (2023-)"
        ]
    );
}

#[test]
fn regime_labels_follow_event_date_and_vintage() {
    let dict = ActorDictionary::embedded();
    let m = mention(None, ActorKind::Military, None);
    // Written at the time of the event: the regime is open.
    assert_eq!(
        dict.name(&m, d(2018, 6, 1), "ML").name,
        "Military Forces of Mali (2013-)"
    );
    // Written after the August 2020 coup: closed retroactively.
    let ctx = NameContext::new(d(2018, 6, 1), "ML").as_of(d(2021, 6, 1));
    assert_eq!(
        dict.name_in(&m, &ctx).name,
        "Military Forces of Mali (2013-2020)"
    );
    assert_eq!(
        dict.name(&m, d(2022, 1, 1), "NE").name,
        "Military Forces of Niger (2021-)"
    );
    let ctx = NameContext::new(d(2022, 1, 1), "NE").as_of(d(2025, 1, 1));
    assert_eq!(
        dict.name_in(&m, &ctx).name,
        "Military Forces of Niger (2021-2023)"
    );
    assert_eq!(
        dict.name(&m, d(2015, 1, 1), "NE").name,
        "Military Forces of Niger (2011-)"
    );
}

#[test]
fn regimes_beyond_the_sahel_close_with_the_last_year_in_office() {
    let dict = ActorDictionary::embedded();
    let m = mention(None, ActorKind::Military, None);
    let ymd = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a test date");
    // (event date, country, written as of, "Military Forces of ..." label)
    let cases = [
        // Bashir's rule closed in April 2019; the post-Bashir label stays open through 2024.
        ("2015-03-01", "SD", "2024-06-01", "Sudan (1989-2019)"),
        ("2024-02-13", "SD", "2024-02-14", "Sudan (2019-)"),
        // Hasina's government, closed by her fall in August 2024.
        ("2020-05-01", "BD", "2025-01-01", "Bangladesh (2009-2024)"),
        // A term handed over on 1 January closes the year before: Bolsonaro is "(2019-2022)".
        ("2020-05-01", "BR", "2024-01-01", "Brazil (2019-2022)"),
        ("2023-01-01", "BR", "2024-01-01", "Brazil (2023-)"),
        // The country as written after "Forces of" when it takes the article.
        ("2023-05-01", "PH", "2024-01-01", "the Philippines (2022-)"),
        (
            "2023-05-01",
            "CD",
            "2024-01-01",
            "Democratic Republic of Congo (2019-)",
        ),
    ];
    for (date, country, as_of, label) in cases {
        let ctx = NameContext::new(ymd(date), country).as_of(ymd(as_of));
        assert_eq!(
            dict.name_in(&m, &ctx).name,
            format!("Military Forces of {label}"),
            "{country} on {date}"
        );
    }
}

#[test]
fn every_regime_country_is_in_the_country_table() {
    let dict = ActorDictionary::embedded();
    for iso2 in dict.states.keys() {
        assert!(
            cw_geo::country(iso2).is_some(),
            "{iso2} not in countries.tsv"
        );
    }
}

fn mention(entry: Option<&str>, kind: ActorKind, country: Option<&str>) -> ActorMention {
    ActorMention {
        entry: entry.map(str::to_string),
        kind,
        country: country.map(str::to_string),
        hedged: false,
        identities: vec![],
        alternative_of: None,
    }
}

#[test]
fn state_forces_abroad_are_external() {
    let dict = ActorDictionary::embedded();
    let a = dict.state_forces("TD", d(2019, 5, 1), Some("NE"));
    assert_eq!(a.name, "Military Forces of Chad (1990-)");
    assert_eq!(a.inter, Inter::ExternalOtherForces);
    let home = dict.state_forces("TD", d(2019, 5, 1), Some("TD"));
    assert_eq!(home.inter, Inter::StateForces);
    let us = dict.state_forces("US", d(2019, 5, 1), None);
    assert_eq!(us.name, "Military Forces of the United States (2017-)");
}

#[test]
fn demonym_gives_the_country_and_inter_8_abroad() {
    let found = annotated("French soldiers and Nigerien troops patrolled the border.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].0, "French soldiers");
    assert_eq!(found[0].1.country.as_deref(), Some("FR"));
    assert_eq!(found[1].0, "Nigerien troops");
    assert_eq!(found[1].1.country.as_deref(), Some("NE"));
    let dict = ActorDictionary::embedded();
    let fr = dict.name(&found[0].1, d(2019, 2, 1), "ML");
    assert_eq!(fr.name, "Military Forces of France (2017-)");
    assert_eq!(fr.inter, Inter::ExternalOtherForces);
}

#[test]
fn islamic_state_names_change_over_time_and_place() {
    let dict = ActorDictionary::embedded();
    let m = mention(Some("is-sahel"), ActorKind::RebelGroup, None);
    assert_eq!(
        dict.name(&m, d(2018, 5, 1), "ML").name,
        "Islamic State (Greater Sahara)"
    );
    let late = NameContext::new(d(2020, 5, 1), "ML").as_of(d(2021, 6, 1));
    assert_eq!(
        dict.name_in(&m, &late).name,
        "Islamic State (West Africa) - Greater Sahara Faction"
    );
    // Written before ACLED adopted the faction label, the older name stays.
    let early = NameContext::new(d(2020, 5, 1), "BF").as_of(d(2020, 6, 1));
    assert_eq!(
        dict.name_in(&m, &early).name,
        "Islamic State (Greater Sahara)"
    );
    assert_eq!(
        dict.name(&m, d(2025, 3, 1), "NE").name,
        "Islamic State (Sahel)"
    );

    let found = annotated("Affiliates of the Islamic State attacked the village.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Affiliates of the Islamic State");
    assert_eq!(
        dict.name(&found[0].1, d(2025, 3, 1), "NE").name,
        "Islamic State (Sahel)"
    );
    assert_eq!(
        dict.name(&found[0].1, d(2025, 3, 1), "NG").name,
        "Islamic State (West Africa) - Lake Chad Faction"
    );
    let diffa = NameContext::new(d(2025, 3, 1), "NE").admin1(Some("Diffa"));
    assert_eq!(
        dict.name_in(&found[0].1, &diffa).name,
        "Islamic State (West Africa) - Lake Chad Faction"
    );
}

#[test]
fn boko_haram_current_spelling() {
    let n = names("Boko Haram fighters raided the town.", d(2024, 1, 1), "NG");
    assert_eq!(
        n,
        vec!["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]
    );
}

#[test]
fn named_group_absorbs_generic_head_and_parent_in_parentheses() {
    let found = annotated("On Monday, suspected Katiba Macina (JNIM) militants burned a shop.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Katiba Macina (JNIM) militants");
    assert!(found[0].1.hedged);
    let dict = ActorDictionary::embedded();
    let n = dict.name(&found[0].1, d(2021, 1, 1), "ML");
    assert_eq!(n.name, "Katiba Macina");
    assert_eq!(
        n.assoc,
        vec!["JNIM: Group for Support of Islam and Muslims".to_string()]
    );
    assert_eq!(n.inter, Inter::RebelGroup);
    // Before ACLED coded the katibas on their own, the katiba is JNIM's associated actor.
    let n = dict.name(&found[0].1, d(2019, 1, 1), "ML");
    assert_eq!(n.name, "JNIM: Group for Support of Islam and Muslims");
    assert_eq!(n.assoc, vec!["Katiba Macina".to_string()]);
}

#[test]
fn alternatives_become_an_ordered_composite() {
    let mut dc = doc(
        "Presumed ISGS or JNIM militants abducted a trader.",
        Lang::En,
    );
    ActorDictionary::embedded().annotate(&mut dc);
    let dict = ActorDictionary::embedded();
    let idx: Vec<usize> = dc
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m.kind, MentionKind::Actor(_)))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(idx.len(), 3);
    let get = |i: usize| match &dc.mentions[i].kind {
        MentionKind::Actor(a) => a.clone(),
        _ => unreachable!(),
    };
    let (a, b, c) = (get(idx[0]), get(idx[1]), get(idx[2]));
    assert!(a.hedged && b.hedged);
    assert_eq!(b.alternative_of, Some(idx[0]));
    assert_eq!(c.kind, ActorKind::Civilians);
    assert_eq!(c.identities, vec!["Labour Group".to_string()]);
    let date = d(2019, 6, 1);
    let comp = dict.composite(&dict.name(&a, date, "BF"), &dict.name(&b, date, "BF"));
    assert_eq!(
        comp.name,
        "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"
    );
}

#[test]
fn civilians_carry_identity_labels_as_associated_actors() {
    let found = annotated("Gunmen killed three gold miners and two Fulani herders.");
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[1].0, "gold miners");
    assert_eq!(found[2].0, "Fulani herders");
    let dict = ActorDictionary::embedded();
    let miners = dict.name(&found[1].1, d(2025, 1, 1), "NE");
    assert_eq!(miners.name, "Civilians (Niger)");
    assert_eq!(miners.assoc, vec!["Miners (Niger)".to_string()]);
    let herders = dict.name(&found[2].1, d(2025, 1, 1), "ML");
    assert_eq!(
        herders.assoc,
        vec![
            "Fulani Ethnic Group (Mali)".to_string(),
            "Pastoralists (Mali)".to_string()
        ]
    );
}

#[test]
fn ethnic_militias_and_communal_militias() {
    let dict = ActorDictionary::embedded();
    let found = annotated("Dogon militiamen and Dozo hunters attacked the hamlet.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        dict.name(&found[0].1, d(2019, 1, 1), "ML").name,
        "Dogon Ethnic Militia (Mali)"
    );
    assert!(dict.name(&found[0].1, d(2019, 1, 1), "ML").assoc.is_empty());
    assert_eq!(found[1].0, "Dozo hunters");
    let dozo = dict.name(&found[1].1, d(2020, 1, 1), "BF");
    assert_eq!(
        (dozo.name.as_str(), dozo.inter),
        (
            "Dozo Communal Militia (Burkina Faso)",
            Inter::IdentityMilitia
        )
    );
}

#[test]
fn units_are_suffixes_and_differ_by_country() {
    let dict = ActorDictionary::embedded();
    let found = annotated("Gendarmes and the national guard repelled the assailants.");
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(
        dict.name(&found[0].1, d(2019, 1, 1), "BF").name,
        "Police Forces of Burkina Faso (2015-) Gendarmerie"
    );
    assert_eq!(
        dict.name(&found[0].1, d(2019, 1, 1), "NE").name,
        "Military Forces of Niger (2011-) Gendarmerie"
    );
    assert_eq!(
        dict.name(&found[1].1, d(2025, 1, 1), "NE").name,
        "Police Forces of Niger (2023-) National Guard"
    );
    // Mali's national guard is coded as the military.
    assert_eq!(
        dict.name(&found[1].1, d(2019, 1, 1), "ML").name,
        "Military Forces of Mali (2013-)"
    );
    assert_eq!(
        dict.name(&found[2].1, d(2025, 1, 1), "NE").name,
        "Unidentified Armed Group (Niger)"
    );
}

#[test]
fn generic_militants_are_an_islamist_militia_then_an_unidentified_armed_group() {
    let dict = ActorDictionary::embedded();
    let found = annotated("Jihadists ambushed a military convoy.");
    assert_eq!(found.len(), 2, "{found:?}");
    let j = dict.name(&found[0].1, d(2018, 6, 1), "ML");
    assert_eq!(
        (j.name.as_str(), j.inter),
        ("Islamist Militia (Mali)", Inter::PoliticalMilitia)
    );
    // ACLED stopped naming unnamed jihadists "Islamist Militia" for events from about 2019.
    let j = dict.name(&found[0].1, d(2019, 6, 1), "ML");
    assert_eq!(
        (j.name.as_str(), j.inter),
        ("Unidentified Armed Group (Mali)", Inter::PoliticalMilitia)
    );
    assert_eq!(found[1].0, "military convoy");
    assert_eq!(found[1].1.kind, ActorKind::Military);
}

#[test]
fn protesters_and_rioters() {
    let dict = ActorDictionary::embedded();
    let found = annotated("Students and demonstrators marched; later a mob looted shops.");
    let kinds: Vec<ActorKind> = found.iter().map(|(_, m)| m.kind).collect();
    assert_eq!(
        kinds,
        vec![
            ActorKind::Civilians,
            ActorKind::Protesters,
            ActorKind::Rioters
        ]
    );
    assert_eq!(
        dict.name(&found[1].1, d(2019, 1, 1), "BF").name,
        "Protesters (Burkina Faso)"
    );
    assert_eq!(
        dict.name(&found[2].1, d(2019, 1, 1), "BF").inter,
        Inter::Rioters
    );
}

#[test]
fn joint_operation_partner_from_a_country_place() {
    use cw_record::{Place, PlaceCue, PlaceKind, PlaceMention};
    let text = "Nigerien soldiers led an operation with neighbouring Burkina Faso.";
    let mut dc = doc(text, Lang::En);
    let start = text.find("Burkina Faso").unwrap();
    let place = Place {
        name: "Burkina Faso".into(),
        kind: PlaceKind::Country,
        country: "Burkina Faso".into(),
        country_code: "BF".into(),
        admin1: None,
        admin2: None,
        admin3: None,
        latitude: None,
        longitude: None,
        population: 0,
        geonameid: None,
    };
    dc.push(
        cw_record::Span::new(start, start + "Burkina Faso".len()),
        MentionKind::Place(PlaceMention {
            place,
            cue: PlaceCue::At,
            why: String::new(),
        }),
    );
    ActorDictionary::embedded().annotate(&mut dc);
    let found = actors(&dc);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].0, "Burkina Faso");
    assert_eq!(found[1].1.kind, ActorKind::Military);
    assert_eq!(found[1].1.country.as_deref(), Some("BF"));
    let n = ActorDictionary::embedded().name(&found[1].1, d(2025, 3, 10), "NE");
    assert_eq!(
        (n.name.as_str(), n.inter),
        (
            "Military Forces of Burkina Faso (2022-)",
            Inter::ExternalOtherForces
        )
    );
}

#[test]
fn french_lexicon_and_post_posed_demonym() {
    let mut dc = doc(
        "Des hommes armés ont attaqué l'armée malienne et tué trois orpailleurs.",
        Lang::Fr,
    );
    ActorDictionary::embedded().annotate(&mut dc);
    let found = actors(&dc);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0].1.kind, ActorKind::UnidentifiedArmed);
    assert_eq!(found[1].0, "l'armée malienne");
    assert_eq!(found[1].1.country.as_deref(), Some("ML"));
    assert_eq!(found[2].1.identities, vec!["Miners".to_string()]);
}

#[test]
fn spans_are_exact_and_words_whole() {
    // "armyworms" is not "army"; "Policemen" is matched as a whole word with its case kept.
    let found = annotated("Armyworms ate crops. Policemen arrived.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Policemen");
}

#[test]
fn survives_any_bytes() {
    let dict = ActorDictionary::embedded();
    for text in [
        "",
        " ",
        "\u{0}\u{301}é\u{10FFFF}  ﬁ",
        "soldiers\u{0}gunmen",
        "(((",
        "or or or and/or",
        "l'l'l'",
    ] {
        let mut dc = doc(text, Lang::En);
        dc.sentences.clear();
        dict.annotate(&mut dc);
        let mut dc = doc(text, Lang::Fr);
        dict.annotate(&mut dc);
        for (_, m) in actors(&dc) {
            let _ = dict.name(&m, d(2020, 1, 1), "ZZ");
        }
    }
    let unknown = mention(Some("no-such-key"), ActorKind::RebelGroup, None);
    assert_eq!(
        dict.name(&unknown, d(2018, 1, 1), "ML").name,
        "Islamist Militia (Mali)"
    );
}

#[test]
fn composite_keeps_text_order_on_equal_rank_and_merges_assoc() {
    let dict = ActorDictionary::embedded();
    let a = NamedActor {
        name: "X".into(),
        inter: Inter::RebelGroup,
        assoc: vec!["P".into()],
    };
    let b = NamedActor {
        name: "Y".into(),
        inter: Inter::RebelGroup,
        assoc: vec!["P".into(), "Q".into()],
    };
    let c = dict.composite(&a, &b);
    assert_eq!(c.name, "X and/or Y");
    assert_eq!(c.assoc, vec!["P".to_string(), "Q".to_string()]);
    assert_eq!(dict.composite(&a, &a).name, "X");
}

#[test]
fn units_with_a_name_of_their_own() {
    let dict = ActorDictionary::embedded();
    let found = annotated("Forest guards were attacked.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        dict.name(&found[0].1, d(2019, 1, 1), "ML").name,
        "Forest Guards (Mali)"
    );
    assert_eq!(
        dict.name(&found[0].1, d(2019, 1, 1), "BF").name,
        "Police Forces of Burkina Faso (2015-) Forest Guards"
    );
}

#[test]
fn ethnic_community_places_are_civilians_of_the_group() {
    let dict = ActorDictionary::embedded();
    let found = annotated("Militants attacked the Dogon village of Example.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].0, "Dogon village");
    let n = dict.name(&found[1].1, d(2019, 1, 1), "ML");
    assert_eq!(n.name, "Civilians (Mali)");
    assert_eq!(n.assoc, vec!["Dogon Ethnic Group (Mali)".to_string()]);
    // A village with no group named is not an actor.
    assert_eq!(annotated("Soldiers entered the village.").len(), 1);
}

#[test]
fn french_named_groups_hedges_and_joint_forces() {
    let mut dc = doc(
        "Des jihadistes présumés de l'EIGS ont tendu une embuscade aux FAMa et aux forces françaises.",
        Lang::Fr,
    );
    ActorDictionary::embedded().annotate(&mut dc);
    let found = actors(&dc);
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    // The post-posed hedge links the generic head to the group named after it.
    assert_eq!(
        texts,
        vec!["jihadistes présumés de l'EIGS", "FAMa", "forces françaises"],
        "{found:?}"
    );
    assert!(found[0].1.hedged);
    assert_eq!(found[0].1.entry.as_deref(), Some("is-sahel"));
    assert_eq!(found[1].1.country.as_deref(), Some("ML"));
    assert_eq!(found[2].1.country.as_deref(), Some("FR"));
    let dict = ActorDictionary::embedded();
    let fr = dict.name(&found[2].1, d(2019, 1, 1), "ML");
    assert_eq!(
        (fr.name.as_str(), fr.inter),
        (
            "Military Forces of France (2017-)",
            Inter::ExternalOtherForces
        )
    );
}

#[test]
fn security_forces_are_police_but_defence_and_security_forces_military() {
    let found = annotated(
        "Security forces dispersed the crowd; the defence and security forces patrolled.",
    );
    let kinds: Vec<ActorKind> = found.iter().map(|(_, m)| m.kind).collect();
    // "the crowd" is people (civilians; a mob when it acts), between the two forces.
    assert_eq!(
        kinds,
        vec![ActorKind::Police, ActorKind::Civilians, ActorKind::Military],
        "{found:?}"
    );
    let dict = ActorDictionary::embedded();
    let rsp = annotated("The Presidential Security Unit seized the palace.");
    assert_eq!(
        dict.name(&rsp[0].1, d(2015, 9, 17), "BF").name,
        "Military Forces of Burkina Faso (2014-) Presidential Security Unit"
    );
}

#[test]
fn state_forces_are_not_composite_alternatives() {
    let mut dc = doc(
        "Soldiers or gendarmes killed suspected JNIM or ISGS militants.",
        Lang::En,
    );
    ActorDictionary::embedded().annotate(&mut dc);
    let alts: Vec<(String, Option<usize>)> = dc
        .mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Actor(a) => Some((dc.slice(m.span).to_string(), a.alternative_of)),
            _ => None,
        })
        .collect();
    assert_eq!(alts.len(), 4, "{alts:?}");
    assert_eq!(alts[1], ("gendarmes".to_string(), None));
    assert_eq!(alts[3].0, "ISGS militants");
    assert_eq!(alts[3].1, Some(2));
    let vdp = annotated("Volunteer fighters repelled the attack.");
    assert_eq!(vdp[0].1.entry.as_deref(), Some("vdp"));
}

/// The bundled seed report (examples/niger-soldiers-two-clashes.txt), in the project since its start.
#[test]
fn seed_report_actors() {
    let text = include_str!("../../../examples/niger-soldiers-two-clashes.txt");
    let found = annotated(text);
    let dict = ActorDictionary::embedded();
    let date = d(2025, 3, 15);
    let named: Vec<(String, String)> = found
        .iter()
        .map(|(t, m)| (t.clone(), dict.name(m, date, "NE").name))
        .collect();
    let has = |span: &str, name: &str| named.iter().any(|(t, n)| t == span && n == name);
    assert!(
        has("Thirteen soldiers", "Military Forces of Niger (2023-)")
            || has("soldiers", "Military Forces of Niger (2023-)"),
        "{named:#?}"
    );
    assert!(
        has("Niger’s armed forces", "Military Forces of Niger (2023-)"),
        "{named:#?}"
    );
    assert!(
        has("affiliates of the Islamic State", "Islamic State (Sahel)"),
        "{named:#?}"
    );
    assert!(
        has("assailants", "Unidentified Armed Group (Niger)"),
        "{named:#?}"
    );
    assert!(
        has("Nigerien military", "Military Forces of Niger (2023-)"),
        "{named:#?}"
    );
    // The joint operation partner needs the geo stage's Place mention, absent here; the
    // demonym-less "Burkina Faso" is not re-detected by this stage.
    assert!(
        has("military outpost", "Military Forces of Niger (2023-)"),
        "{named:#?}"
    );
    // "attributed to forces identified as Boko Haram": one hedged mention of the group.
    let bh_name = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad";
    assert!(
        has("forces identified as Boko Haram", bh_name),
        "{named:#?}"
    );
    assert!(
        has("jihadists", "Unidentified Armed Group (Niger)"),
        "{named:#?}"
    );
    let bh = found
        .iter()
        .find(|(t, _)| t.ends_with("Boko Haram"))
        .map(|(_, m)| m.hedged);
    assert_eq!(bh, Some(true));
}

#[test]
fn apposition_completes_a_generic_head() {
    let found =
        annotated("Militants believed to be JNIM attacked; gunmen identified as Koglweogo fled.");
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "Militants believed to be JNIM",
            "gunmen identified as Koglweogo"
        ],
        "{found:?}"
    );
    assert!(found[0].1.hedged);
    assert_eq!(found[0].1.entry.as_deref(), Some("jnim"));
    assert!(!found[1].1.hedged);
    assert_eq!(found[1].1.kind, ActorKind::PoliticalMilitia);
    // Without a generic head before it, the group is a mention of its own.
    let alone = annotated("The attack was attributed to JNIM.");
    assert_eq!(alone.len(), 1);
    assert!(alone[0].1.hedged);
}

#[test]
fn ethnic_names_before_a_named_militia_are_militias() {
    let dict = ActorDictionary::embedded();
    let found = annotated("Fulani and Dozo militiamen exchanged fire.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, "Fulani");
    assert_eq!(
        dict.name(&found[0].1, d(2020, 1, 1), "ML").name,
        "Fulani Ethnic Militia (Mali)"
    );
    assert_eq!(
        dict.name(&found[1].1, d(2020, 1, 1), "ML").name,
        "Dozo Communal Militia (Mali)"
    );
    let gov = annotated("The governor extended the curfew.");
    assert_eq!(
        dict.name(&gov[0].1, d(2020, 1, 1), "BF").name,
        "Government of Burkina Faso (2015-)"
    );
}

#[test]
fn customs_suffix_by_period_and_country() {
    let dict = ActorDictionary::embedded();
    let found = annotated("Customs officers were attacked.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        dict.name(&found[0].1, d(2019, 1, 1), "ML").name,
        "Police Forces of Mali (2013-)"
    );
    assert_eq!(
        dict.name(&found[0].1, d(2022, 1, 1), "ML").name,
        "Police Forces of Mali (2021-) Customs"
    );
    assert_eq!(
        dict.name(&found[0].1, d(2019, 1, 1), "NG").name,
        "Police Forces of Nigeria (2015-) Nigeria Customs Service"
    );
}

#[test]
fn generic_head_of_a_named_group_is_that_group() {
    let dict = ActorDictionary::embedded();
    let found = annotated("Russian fighters of the Africa Corps and militants from JNIM were seen; Fulani militiamen and Dozo fled.");
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "Russian fighters of the Africa Corps",
            "militants from JNIM",
            "Fulani militiamen",
            "Dozo"
        ],
        "{found:?}"
    );
    let ac = dict.name(&found[0].1, d(2025, 9, 1), "ML");
    assert_eq!(
        (ac.name.as_str(), ac.inter),
        (
            "Military Forces of Russia (2000-) Africa Corps",
            Inter::ExternalOtherForces
        )
    );
}

#[test]
fn long_group_names_win_over_words_inside_them() {
    let found =
        annotated("Fighters of the Group for Support of Islam and Muslims (JNIM) attacked.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.entry.as_deref(), Some("jnim"));
    assert_eq!(
        found[0].0,
        "Fighters of the Group for Support of Islam and Muslims (JNIM)"
    );
}

#[test]
fn name_for_doc_uses_the_publication_date_as_vintage() {
    let dict = ActorDictionary::embedded();
    let r = Report {
        id: "t".into(),
        text: "Soldiers patrolled.".into(),
        ..Default::default()
    };
    let mut dc = Document::new(&r, d(2021, 6, 1), Lang::En);
    dict.annotate(&mut dc);
    let MentionKind::Actor(m) = &dc.mentions[0].kind else {
        panic!("no actor")
    };
    assert_eq!(
        dict.name_for_doc(m, &dc, d(2018, 5, 1), "ML", None).name,
        "Military Forces of Mali (2013-2020)"
    );
    assert_eq!(
        dict.name(m, d(2018, 5, 1), "ML").name,
        "Military Forces of Mali (2013-)"
    );
}

#[test]
fn units_are_flagged_as_state_units() {
    let dict = ActorDictionary::embedded();
    assert!(dict.is_state_unit("gendarmerie"));
    assert!(!dict.is_state_unit("jnim"));
    assert!(!dict.is_state_unit("no-such-key"));
}

#[test]
fn self_defence_is_the_militia_of_the_one_community_named() {
    let date = d(2020, 5, 3);
    // One community named: the village's self-defence is that group's militia.
    let n = names(
        "Militants raided a Bambara hamlet near Example. The village self-defense fought back.",
        date,
        "ML",
    );
    assert!(
        n.contains(&"Bambara Ethnic Militia (Mali)".to_string()),
        "{n:?}"
    );
    assert!(!n.iter().any(|x| x.contains("Communal")), "{n:?}");
    // The attackers' own ethnic group is not the community: only civilians count.
    let n = names(
        "Tuareg gunmen attacked a Songhai village. A self-defence group repelled them.",
        date,
        "ML",
    );
    assert!(
        n.contains(&"Songhai Ethnic Militia (Mali)".to_string()),
        "{n:?}"
    );
    assert!(
        n.contains(&"Tuareg Ethnic Militia (Mali)".to_string()),
        "{n:?}"
    );
    // Two communities, or none: it stays an unnamed communal militia.
    let n = names(
        "Gunmen attacked Bozo and Bambara fishermen. The village self-defense responded.",
        date,
        "ML",
    );
    assert!(
        n.contains(&"Unidentified Communal Militia (Mali)".to_string()),
        "{n:?}"
    );
    let n = names(
        "The self-defence group of the village responded.",
        date,
        "ML",
    );
    assert_eq!(n, vec!["Unidentified Communal Militia (Mali)".to_string()]);
    // The marker never leaks as an identity label, even on a named group.
    for (_, m) in annotated("Dan Na Ambassagou self-defense militiamen burned a Fulani camp.") {
        assert!(!m.identities.iter().any(|l| l.starts_with('{')), "{m:?}");
    }
}

#[test]
fn people_by_trade_or_role_and_retired_soldiers_are_civilians() {
    let date = d(2021, 2, 1);
    for text in [
        "Gunmen shot a citizen.",
        "Gunmen shot two marketgoers.",
        "Gunmen abducted an engineer.",
        "Gunmen killed a village elder.",
        "Gunmen killed a retired soldier.",
        "Gunmen killed an off-duty policeman.",
    ] {
        let n = names(text, date, "BF");
        assert_eq!(
            n,
            vec![
                "Unidentified Armed Group (Burkina Faso)".to_string(),
                "Civilians (Burkina Faso)".to_string()
            ],
            "{text}"
        );
    }
    // A councilman is a local official: civilians with the government associated.
    let found = annotated("Gunmen killed a councilman.");
    let dict = ActorDictionary::embedded();
    let c = dict.name(&found[1].1, date, "BF");
    assert_eq!(c.name, "Civilians (Burkina Faso)");
    assert!(
        c.assoc
            .iter()
            .any(|a| a.starts_with("Government of Burkina Faso")),
        "{c:?}"
    );
    // A serving soldier is still the military.
    let n = names("Gunmen killed a soldier.", date, "BF");
    assert!(n[1].starts_with("Military Forces of Burkina Faso"), "{n:?}");
}

#[test]
fn dozo_in_burkina_faso_before_late_2019_has_no_country() {
    let text = "Dozo hunters clashed with gunmen.";
    assert_eq!(names(text, d(2019, 3, 1), "BF")[0], "Dozo Militia");
    assert_eq!(
        names(text, d(2020, 3, 1), "BF")[0],
        "Dozo Communal Militia (Burkina Faso)"
    );
    assert_eq!(
        names(text, d(2018, 3, 1), "ML")[0],
        "Dozo Communal Militia (Mali)"
    );
}

#[test]
fn two_communities_fighting_are_their_ethnic_militias() {
    let date = d(2020, 6, 1);
    let n = names(
        "Mossi farmers and Fulani herders clashed near the well.",
        date,
        "BF",
    );
    assert_eq!(
        n,
        vec![
            "Mossi Ethnic Militia (Burkina Faso)".to_string(),
            "Fulani Ethnic Militia (Burkina Faso)".to_string()
        ]
    );
    // Bare ethnic names and one mention naming two communities: one militia per group.
    let n = names(
        "Fighting between Bambara and Fulani left two dead.",
        date,
        "ML",
    );
    assert_eq!(
        n,
        vec![
            "Bambara Ethnic Militia (Mali)".to_string(),
            "Fulani Ethnic Militia (Mali)".to_string()
        ]
    );
    let n = names(
        "Members of the Bissa and Fulani communities clashed at the market.",
        date,
        "BF",
    );
    assert!(
        n.contains(&"Bissa Ethnic Militia (Burkina Faso)".to_string()),
        "{n:?}"
    );
    assert!(
        n.contains(&"Fulani Ethnic Militia (Burkina Faso)".to_string()),
        "{n:?}"
    );
    // One community only, or no fighting: the victims stay civilians.
    let n = names(
        "Soldiers clashed with gunmen near the Fulani village.",
        date,
        "BF",
    );
    assert!(n.contains(&"Civilians (Burkina Faso)".to_string()), "{n:?}");
    let n = names(
        "Gunmen killed Mossi farmers and Fulani herders.",
        date,
        "BF",
    );
    assert!(!n.iter().any(|x| x.contains("Ethnic Militia")), "{n:?}");
}

#[test]
fn mutineers_are_the_mutiny_of_their_force() {
    // Codebook, state forces' names: "Mutiny of Military Forces of X (regime)".
    let n = names(
        "Mutinying soldiers fired into the air while police mutineers looted shops.",
        d(2011, 4, 16),
        "BF",
    );
    assert_eq!(
        n,
        vec![
            "Mutiny of Military Forces of Burkina Faso (1987-)",
            "Mutiny of Police Forces of Burkina Faso (1987-)"
        ]
    );
    // The marker is not an identity: no associated actor comes with it.
    let dict = ActorDictionary::embedded();
    for (_, m) in annotated("Mutinous troops blocked the road.") {
        assert!(is_mutiny(&m));
        assert!(dict.name(&m, d(2011, 4, 16), "BF").assoc.is_empty());
    }
    let mut fr = doc("Des soldats mutins ont tiré en l'air.", Lang::Fr);
    dict.annotate(&mut fr);
    assert!(actors(&fr).iter().any(|(_, m)| is_mutiny(m)));
}

#[test]
fn jnim_member_groups_and_katiba_salaheddine_by_period() {
    let dict = ActorDictionary::embedded();
    let named = |text: &str, date: NaiveDate, cc: &str| {
        let (_, m) = annotated(text).into_iter().next().expect("a mention");
        dict.name(&m, date, cc)
    };
    // AQIM in the Sahel while ACLED coded JNIM's members as JNIM: JNIM, AQIM associated.
    let n = named("AQIM fighters ambushed a convoy.", d(2018, 9, 20), "ML");
    assert_eq!(n.name, "JNIM: Group for Support of Islam and Muslims");
    assert!(n
        .assoc
        .contains(&"AQIM: Al Qaeda in the Islamic Maghreb".to_string()));
    // Outside the Sahel, and in the Sahel after the change of practice, AQIM is itself.
    assert_eq!(
        named("AQIM fighters ambushed a convoy.", d(2018, 9, 20), "DZ").name,
        "AQIM: Al Qaeda in the Islamic Maghreb"
    );
    assert_eq!(
        named("AQIM fighters ambushed a convoy.", d(2021, 2, 1), "ML").name,
        "AQIM: Al Qaeda in the Islamic Maghreb"
    );
    let n = named(
        "Al Mourabitoun fighters shelled a camp.",
        d(2019, 3, 2),
        "ML",
    );
    assert_eq!(n.name, "JNIM: Group for Support of Islam and Muslims");
    assert!(n.assoc.contains(&"Al Mourabitoune Battalion".to_string()));
    // Katiba Salaheddine joined the Islamic State in the Greater Sahara in 2018.
    let n = named(
        "Katiba Salaheddine gunmen raided a camp.",
        d(2018, 7, 8),
        "ML",
    );
    assert_eq!(n.name, "Islamic State (Greater Sahara)");
    assert_eq!(n.assoc, vec!["Katiba Salaheddine".to_string()]);
}

#[test]
fn a_movement_named_with_forces_is_not_the_military() {
    // "Rally of Patriotic Forces" is part of a political movement's name: its members are
    // demonstrators (the movement is associated with the protesters), not the military.
    let found = annotated(
        "Supporters of the Movement of June 5 - Rally of Patriotic Forces marched through the capital.",
    );
    assert!(
        found.iter().all(|(_, m)| m.kind != ActorKind::Military),
        "{found:?}"
    );
    assert!(found
        .iter()
        .any(|(_, m)| m.kind == ActorKind::Protesters && m.entry.as_deref() == Some("m5-rfp")));
}

#[test]
fn unidentified_attackers_are_marked_and_named_plainly() {
    let dict = ActorDictionary::embedded();
    let found = annotated("Unknown gunmen and armed bandits attacked the assailants' camp.");
    let marked: Vec<bool> = found.iter().map(|(_, m)| is_unidentified(m)).collect();
    assert_eq!(marked, vec![true, true, false], "{found:?}");
    for (_, m) in &found {
        let n = dict.name(m, d(2024, 1, 1), "ML");
        assert_eq!(n.name, "Unidentified Armed Group (Mali)");
        assert!(n.assoc.is_empty(), "{:?}", n.assoc);
    }
}

#[test]
fn state_auxiliaries_are_flagged() {
    let dict = ActorDictionary::embedded();
    assert!(dict.is_state_auxiliary("vdp"));
    assert!(!dict.is_state_auxiliary("koglweogo"));
    assert!(!dict.is_state_auxiliary("jnim"));
    // The optional 11th column: `state`, `-` or absent; anything else is an error.
    let row = "x\tidentity_militia\t4\tBF\t-\t4\t-\tX [from 2020-01-01]\tX\tX";
    let (d, errs) = ActorDictionary::build(&format!("{row}\tstate\n"), "", "", "", "", "");
    assert!(errs.is_empty(), "{errs:?}");
    assert!(d.is_state_auxiliary("x"));
    let (_, errs) = ActorDictionary::build(&format!("{row}\tally\n"), "", "", "", "", "");
    assert_eq!(errs.len(), 1);
}

#[test]
fn a_self_defence_group_with_no_community_named_takes_the_name_of_its_village() {
    // ACLED names communal militias after their place; with no village known it stays
    // unidentified, and a community named as civilians still gives its ethnic militia.
    let dict = ActorDictionary::embedded();
    let date = NaiveDate::from_ymd_opt(2021, 5, 9).unwrap_or_default();
    let at = |text: &str, place: Option<&str>| -> Vec<String> {
        annotated(text)
            .iter()
            .map(|(_, m)| {
                dict.name_in(m, &NameContext::new(date, "ML").place(place))
                    .name
            })
            .collect()
    };
    let text = "Armed men raided the hamlet; the self-defence group of the village responded.";
    assert!(at(text, Some("Dianweli")).contains(&"Dianweli Communal Militia (Mali)".to_string()));
    assert!(at(text, None).contains(&"Unidentified Communal Militia (Mali)".to_string()));
    let text = "Armed men raided a Bozo hamlet; the self-defence group of the village responded.";
    let n = at(text, Some("Dianweli"));
    assert!(
        n.contains(&"Bozo Ethnic Militia (Mali)".to_string()),
        "{n:?}"
    );
    // The marker is no identity label: it never becomes an associated actor.
    for (_, m) in annotated("The village self-defence group repelled the attackers.") {
        let named = dict.name_in(&m, &NameContext::new(date, "ML").place(Some("Dianweli")));
        assert!(named.assoc.iter().all(|a| !a.contains('{')), "{named:?}");
    }
}

#[test]
fn french_ethnic_adjectives_after_the_noun_qualify_it() {
    // French writes "des miliciens peuls", "des éleveurs dogons": the ethnic adjective after the
    // head makes the same militia or civilians' identity as the English "Fulani militiamen".
    let dict = ActorDictionary::embedded();
    let fr = |text: &str| -> Vec<(String, Vec<String>)> {
        let mut dc = doc(text, Lang::Fr);
        dict.annotate(&mut dc);
        actors(&dc)
            .iter()
            .map(|(_, m)| {
                let n = dict.name(m, d(2021, 5, 11), "ML");
                (n.name, n.assoc)
            })
            .collect()
    };
    let n = fr("Des miliciens peuls ont incendié des greniers.");
    assert_eq!(n[0].0, "Fulani Ethnic Militia (Mali)", "{n:?}");
    let n = fr("Deux éleveurs dogons ont été blessés.");
    assert_eq!(n[0].0, "Civilians (Mali)", "{n:?}");
    assert!(
        n[0].1.contains(&"Dogon Ethnic Group (Mali)".to_string()),
        "{n:?}"
    );
    // A named group keeps its own name ("les Dozos bambaras" is still the Dozo militia).
    let n = fr("Les chasseurs dozos bambaras ont riposté.");
    assert!(n[0].0.starts_with("Dozo"), "{n:?}");
    // After a community place word too ("la communauté mossi", "un village peul").
    let n = fr("Des membres de la communauté mossi sont arrivés au marché.");
    assert_eq!(n[0].0, "Civilians (Mali)", "{n:?}");
    assert!(
        n[0].1.contains(&"Mossi Ethnic Group (Mali)".to_string()),
        "{n:?}"
    );
}

#[test]
fn iswap_in_the_central_sahel_is_the_greater_sahara_branch() {
    // From 2019 the Islamic State counted its Greater Sahara branch as part of its West Africa
    // province: "ISWAP" in Mali or western Niger is that branch, in Diffa or Nigeria the Lake
    // Chad one; "ISWAP (Greater Sahara)" names the branch outright.
    let dict = ActorDictionary::embedded();
    let name = |text: &str, cc: &str, admin1: Option<&str>| {
        let (_, m) = annotated(text).remove(0);
        dict.name_in(
            &m,
            &NameContext::new(d(2020, 3, 1), cc)
                .admin1(admin1)
                .as_of(d(2021, 6, 1)),
        )
        .name
    };
    let sahel = "Islamic State (West Africa) - Greater Sahara Faction";
    let lake_chad = "Islamic State (West Africa) - Lake Chad Faction";
    assert_eq!(name("ISWAP fighters raided the camp.", "ML", None), sahel);
    assert_eq!(
        name("ISWAP fighters raided the camp.", "NE", Some("Tillaberi")),
        sahel
    );
    assert_eq!(
        name("ISWAP fighters raided the camp.", "NE", Some("Diffa")),
        lake_chad
    );
    assert_eq!(
        name("ISWAP fighters raided the camp.", "NG", Some("Borno")),
        lake_chad
    );
    assert_eq!(
        name(
            "ISWAP (Greater Sahara) fighters raided the camp.",
            "NE",
            None
        ),
        sahel
    );
}

#[test]
fn armed_men_of_an_ethnic_community_are_its_militia() {
    // Codebook, identity militias: "gunmen from the Tuareg tribe" are the Tuareg militia, as
    // "Tuareg gunmen" are; people of the community who are not said to be armed stay civilians.
    let dict = ActorDictionary::embedded();
    let n: Vec<String> = annotated("Gunmen from the Tuareg tribe opened fire on a truck.")
        .iter()
        .map(|(_, m)| dict.name(m, d(2021, 5, 11), "ML").name)
        .collect();
    assert_eq!(n[0], "Tuareg Ethnic Militia (Mali)", "{n:?}");
    let n: Vec<String> = annotated("Three men from the Tuareg community were wounded.")
        .iter()
        .map(|(_, m)| dict.name(m, d(2021, 5, 11), "ML").name)
        .collect();
    assert!(!n.iter().any(|x| x.contains("Militia")), "{n:?}");
}

#[test]
fn armed_groups_beyond_the_sahel_have_their_acled_names() {
    let at = |text: &str, date: NaiveDate, cc: &str| names(text, date, cc);
    assert_eq!(
        at(
            "Al-Shabaab militants attacked the base.",
            d(2024, 5, 1),
            "SO"
        ),
        vec!["Al Shabaab"]
    );
    assert_eq!(
        at(
            "Les rebelles du M23 ont pris la ville.",
            d(2024, 5, 1),
            "CD"
        ),
        vec!["M23: March 23 Movement"]
    );
    assert_eq!(
        at("SPLM-N fighters shelled the town.", d(2024, 5, 1), "SD"),
        vec!["SPLM-N: Sudan People's Liberation Movement-North"]
    );
    // "Islamic State" with no branch named: the branch of the event's country.
    let is = |cc: &str, date: NaiveDate| at("Islamic State fighters raided the village.", date, cc);
    assert_eq!(is("SO", d(2024, 5, 1)), vec!["Islamic State (Somalia)"]);
    assert_eq!(
        is("CD", d(2024, 5, 1)),
        vec!["Islamic State (Central Africa)"]
    );
    // Mozambique: IS's Central Africa province until IS made it a province of its own (2022).
    assert_eq!(
        is("MZ", d(2020, 5, 1)),
        vec!["Islamic State (Central Africa)"]
    );
    assert_eq!(is("MZ", d(2024, 5, 1)), vec!["Islamic State (Mozambique)"]);
    // In Mozambique, "al-Shabaab" is the local name of the Cabo Delgado insurgents.
    assert_eq!(
        at("Al-Shabaab insurgents burned homes.", d(2024, 5, 1), "MZ"),
        vec!["Islamic State (Mozambique)"]
    );
    // After the 2016 peace agreement, the FARC still fighting are dissident fronts.
    assert_eq!(
        at("FARC guerrillas ambushed a patrol.", d(2010, 5, 1), "CO"),
        vec!["FARC: Revolutionary Armed Forces of Colombia"]
    );
    assert_eq!(
        at("FARC guerrillas ambushed a patrol.", d(2024, 5, 1), "CO"),
        vec!["FARC Dissidents"]
    );
    // In Pakistan, "the Taliban" of the news are the TTP.
    assert_eq!(
        at(
            "Taliban militants attacked a checkpoint.",
            d(2024, 5, 1),
            "PK"
        ),
        vec!["TTP: Tehreek-i-Taliban Pakistan"]
    );
}

/// The actor mentions of `text` in a report the geo stage placed in `cc` (one place of that
/// country at the end of the text, as the geo stage would add it).
fn annotated_in(text: &str, cc: &str) -> Vec<(String, ActorMention)> {
    let mut dc = doc(text, Lang::En);
    let end = text.len();
    dc.push(
        cw_record::Span::new(end, end),
        MentionKind::Place(cw_record::PlaceMention {
            place: cw_record::Place {
                name: cc.into(),
                kind: cw_record::PlaceKind::Populated,
                country: cc.into(),
                country_code: cc.into(),
                admin1: None,
                admin2: None,
                admin3: None,
                latitude: None,
                longitude: None,
                population: 0,
                geonameid: None,
            },
            cue: cw_record::PlaceCue::At,
            why: String::new(),
        }),
    );
    ActorDictionary::embedded().annotate(&mut dc);
    actors(&dc)
}

#[test]
fn short_aliases_that_are_other_things_are_not_armed_groups() {
    let dict = ActorDictionary::embedded();
    let named = |text: &str, cc: &str| -> Vec<String> {
        annotated_in(text, cc)
            .iter()
            .filter(|(_, m)| m.entry.is_some())
            .map(|(_, m)| dict.name(m, d(2024, 5, 1), cc).name)
            .collect()
    };
    // "SDF" is also Cameroon's Social Democratic Front; "AA" is no name of the Arakan Army;
    // "OLA" is a given name; "PDF" a file format.
    assert!(named("SDF supporters marched in Bamenda.", "CM").is_empty());
    assert!(named("The AA meeting was held in Sittwe.", "MM").is_empty());
    assert!(named("Ola, a trader, was robbed in Ibadan.", "NG").is_empty());
    assert!(named("The report was published as a PDF.", "MM").is_empty());
    // The Syrian Democratic Forces by their full name, or the SDF as fighters.
    assert_eq!(
        named("SDF fighters clashed with the militants.", "SY"),
        vec!["SDF: Syrian Democratic Forces"]
    );
    // "ADF" in Cameroon is the Ambazonia Defence Forces, not Congo's Allied Democratic Forces.
    assert_eq!(
        named("ADF fighters attacked the checkpoint.", "CM"),
        vec!["Ambazonian Separatists"]
    );
    assert_eq!(
        named("ADF fighters attacked the checkpoint.", "CD"),
        vec!["ADF: Allied Democratic Forces"]
    );
}

#[test]
fn an_abbreviation_limited_to_some_countries_is_the_group_only_in_reports_about_them() {
    // actors.tsv `Alias [in CC ...]`: "RSF" is Reporters sans frontières in a report about
    // Senegal, the Rapid Support Forces in one about Sudan; bare "SDF" is Cameroon's opposition
    // party in Bamenda and the Syrian Democratic Forces in Syria; "OLA" a given name in Nigeria.
    let keys = |text: &str, cc: &str| -> Vec<String> {
        annotated_in(text, cc)
            .into_iter()
            .filter_map(|(_, m)| m.entry)
            .collect()
    };
    assert!(keys("RSF called for the release of the reporter.", "SN").is_empty());
    assert_eq!(
        keys("RSF shelled the market on Sunday.", "SD"),
        vec!["rsf".to_string()]
    );
    assert!(keys("SDF supporters marched through the town.", "CM").is_empty());
    assert_eq!(
        keys("SDF units repelled the attack.", "SY"),
        vec!["sdf".to_string()]
    );
    assert!(keys("Ola, a trader, was robbed at the market.", "NG").is_empty());
    assert_eq!(
        keys("OLA attacked the town.", "ET"),
        vec!["ola".to_string()]
    );
    // A demonym says what the report is about as a place does.
    let mut dc = doc("Sudanese troops said RSF shelled the market.", Lang::En);
    ActorDictionary::embedded().annotate(&mut dc);
    assert!(actors(&dc)
        .iter()
        .any(|(_, m)| m.entry.as_deref() == Some("rsf")));
    // "M23" is a motorway in England; its unlimited forms ("M23 rebels") stay the group.
    assert!(keys("Police closed the M23 after the crash.", "GB").is_empty());
    assert_eq!(
        keys("M23 rebels clashed with police.", "GB"),
        vec!["m23".to_string()]
    );
}

#[test]
fn the_press_freedom_ngo_rsf_is_not_the_rapid_support_forces() {
    // Class not_actor: "Reporters sans frontières (RSF)" shadows the "RSF" alias and the
    // "reporters" head inside it, and names no actor.
    for (text, lang) in [
        (
            "Reporters sans frontières (RSF) a dénoncé l'arrestation du journaliste à Bamako.",
            Lang::Fr,
        ),
        (
            "Reporters Without Borders (RSF) condemned the arrest of the reporter in Bamako.",
            Lang::En,
        ),
    ] {
        let mut dc = doc(text, lang);
        ActorDictionary::embedded().annotate(&mut dc);
        let found = actors(&dc);
        assert!(
            found.iter().all(|(_, m)| m.entry.as_deref() != Some("rsf")),
            "{found:?}"
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }
    // The Rapid Support Forces are still "RSF" in Sudan reports.
    let found = annotated("RSF fighters stormed the market.");
    assert_eq!(found[0].1.entry.as_deref(), Some("rsf"));
}
