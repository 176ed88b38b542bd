//! Phrasings of wire-service news (not ACLED notes): attribution clauses, countries named only
//! once, events told of a whole country. Reports written for these tests.

use chrono::NaiveDate;
use cw_coder::Coder;
use cw_record::{Event, GeoPrecision, Report};
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(Coder::new)
}

fn only(text: &str) -> Event {
    let mut e = coder().code(&Report {
        id: "news-prose".into(),
        text: text.into(),
        published: NaiveDate::from_ymd_opt(2024, 3, 9),
        ..Default::default()
    });
    assert_eq!(
        e.len(),
        1,
        "{text}: {:#?}",
        e.iter().map(|e| &e.notes).collect::<Vec<_>>()
    );
    e.remove(0)
}

#[test]
fn the_body_that_reports_deaths_is_not_counted_among_them() {
    // "..., the health ministry said": the ministry is the source of the count, not a victim
    // after "died" (it once counted as one more report of one death, and the lowest won).
    let e = only(
        "Opposition supporters fought running battles with riot police in Ziguinchor, Senegal, \
         on Thursday, hurling rocks at officers who answered with tear gas. Three demonstrators \
         died, the health ministry said.",
    );
    assert_eq!(e.fatalities, 3, "{}", e.notes);
}

#[test]
fn unrest_across_a_whole_country_is_coded_to_its_capital() {
    // Codebook, geo_precision 3: only the country is known, so the event goes to the capital;
    // this holds for every country, not only those with village-level gazetteers.
    let e = only(
        "Protesters demanding the release of the jailed opposition leader clashed with police \
         across Senegal on Thursday, throwing stones at officers who fired tear gas.",
    );
    assert_eq!(e.country, "Senegal");
    assert_eq!(e.location, "Dakar", "{}", e.notes);
    assert_eq!(e.geo_precision, GeoPrecision::Region);
}

#[test]
fn the_subject_of_died_is_its_victim_and_a_tally_after_a_comma_is_no_source() {
    // An intransitive casualty phrase takes its victim before it ("a student died"); a count
    // of demonstrators before "died" counts people, not demonstrations.
    let e = only(
        "Police fired tear gas at stone-throwing students in Kaolack, Senegal, on Thursday. \
         A student died on the way to hospital.",
    );
    assert_eq!(e.fatalities, 1, "{}", e.notes);
    // The object of "shot dead" stays the victim when witnesses are cited after a comma.
    let e = only(
        "Riot police shot dead a demonstrator in Kaolack, Senegal, on Thursday, witnesses said.",
    );
    assert_eq!(e.fatalities, 1, "{}", e.notes);
}

#[test]
fn party_supporters_fighting_the_police_riot() {
    // "Supporters" alone are an unorganised crowd (civilians until they act): stoning the police
    // is a riot, not a battle between the police and an armed group.
    let e = only(
        "Supporters of the jailed opposition leader clashed with police in Kaolack, Senegal, \
         on Thursday, throwing stones at officers.",
    );
    assert_eq!(e.event_type, cw_record::EventType::Riots, "{}", e.notes);
    assert_eq!(e.actor1, "Rioters (Senegal)");
    assert!(
        e.actor2.starts_with("Police Forces of Senegal"),
        "{}",
        e.actor2
    );
}

#[test]
fn a_wounded_person_who_later_dies_is_a_fatality() {
    // "died of his injuries", "a succombé à ses blessures": a death, not an injury (the phrase
    // holds an injury word but opens with the death).
    let e = only(
        "Militants raided the village of Kaya, Burkina Faso, on Monday. A wounded herder later \
         died of his injuries.",
    );
    assert_eq!(e.fatalities, 1, "{}", e.notes);
    let e = only(
        "Des hommes armés ont attaqué le village de Kaya, au Burkina Faso, lundi. Un berger \
         a succombé à ses blessures mardi.",
    );
    assert_eq!(e.fatalities, 1, "{}", e.notes);
}
