//! Where an event is, when the words alone leave it open: the country a report's named groups
//! belong to, common words that are also foreign town names, and people's names. Reports are
//! written for these tests.

use chrono::NaiveDate;
use cw_coder::Coder;
use cw_record::{Event, Report};
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(Coder::new)
}

fn code(text: &str) -> Vec<Event> {
    coder().code(&Report {
        id: "geo-context".into(),
        text: text.into(),
        published: NaiveDate::from_ymd_opt(2021, 6, 2),
        ..Default::default()
    })
}

fn countries(text: &str) -> Vec<String> {
    code(text).into_iter().map(|e| e.country).collect()
}

#[test]
fn a_village_two_countries_share_goes_to_the_country_of_the_named_group() {
    // Madougou is a village name in both Mali (Mopti) and Burkina Faso (Nord).
    assert_eq!(
        countries("On 3 May 2021, Koglweogo members beat two suspected cattle thieves to death in Madougou."),
        ["Burkina Faso"]
    );
    assert_eq!(
        countries("On 3 May 2021, Dan Na Ambassagou fighters burned the granaries of Madougou and shot dead a herder."),
        ["Mali"]
    );
}

#[test]
fn the_report_own_place_words_outweigh_a_group_home_country() {
    // Katiba Macina is a Malian group, but the report says the village is in Burkina Faso.
    let c = countries(
        "On 3 May 2021, Katiba Macina fighters killed a teacher in Madougou, in Burkina Faso's Nord region.",
    );
    assert_eq!(c, ["Burkina Faso"]);
}

#[test]
fn common_words_are_not_foreign_towns() {
    // "Union", "Justice", "Day" are names of small towns in the Americas; here they are words.
    for text in [
        "On 3 May 2021, the National Union of Teachers led a march to the ministry in Ouagadougou over unpaid bonuses.",
        "On 3 May 2021, traders protested outside the Palace of Justice in Ouagadougou against the arrest of a businessman.",
        "On 3 May 2021, teachers marched in Ouagadougou on World Teachers Day to demand better pay.",
    ] {
        assert_eq!(countries(text), ["Burkina Faso"], "{text}");
    }
}

#[test]
fn a_common_word_that_is_only_another_name_of_a_foreign_town_is_a_word() {
    // "Gold" is one of Gold Coast's alternate names in GeoNames: in a mining company's name it is
    // the word, and the village the company is named after is the place.
    for text in [
        "Former workers of Youga Gold staged a sit-in on Monday to demand their unpaid severance.",
        "Des ouvriers de Youga Gold ont observé un sit-in lundi pour réclamer leurs indemnités.",
    ] {
        assert_eq!(countries(text), ["Burkina Faso"], "{text}");
        assert_eq!(code(text)[0].location, "Youga", "{text}");
    }
}

#[test]
fn a_common_word_alone_places_nothing_abroad() {
    // Nothing here names a country: no event is better than "Protesters (Saint Lucia)".
    let events = code(
        "On 3 May 2021, the National Union of Drivers began a strike and marched in the capital.",
    );
    assert!(
        events
            .iter()
            .all(|e| e.country != "Saint Lucia" && e.country != "United States"),
        "{:?}",
        events.iter().map(|e| &e.country).collect::<Vec<_>>()
    );
}

#[test]
fn a_person_named_like_a_foreign_district_is_a_person() {
    // Zongo is also a territory of the Democratic Republic of Congo.
    let c = countries(
        "On 3 May 2021, hundreds marched in Koudougou to demand justice for the murdered journalist Norbert Zongo.",
    );
    assert_eq!(c, ["Burkina Faso"]);
}

#[test]
fn the_source_country_settles_a_shared_village_name_but_not_a_named_country() {
    let code_in = |text: &str, country: &str| -> Vec<String> {
        coder()
            .code(&Report {
                id: "geo-context".into(),
                text: text.into(),
                published: NaiveDate::from_ymd_opt(2021, 6, 2),
                country: Some(country.into()),
                ..Default::default()
            })
            .into_iter()
            .map(|e| e.country)
            .collect()
    };
    let text = "On 3 May 2021, gunmen shot dead two traders in Madougou.";
    assert_eq!(code_in(text, "BF"), ["Burkina Faso"]);
    assert_eq!(code_in(text, "Mali"), ["Mali"]);
    // A national paper reporting abroad: the text's country wins.
    let abroad = "On 3 May 2021, gunmen shot dead two traders in Tillaberi, Niger.";
    assert_eq!(code_in(abroad, "BF"), ["Niger"]);
}

#[test]
fn a_demonstration_across_a_country_is_coded_to_its_capital_and_an_unnamed_attack_is_not() {
    // A nationwide strike names no place: ACLED codes it to the capital, geo-precision 3.
    let e = code(
        "On 3 May 2021, health workers across Mali marched to demand the payment of their bonuses.",
    );
    assert_eq!(
        e.len(),
        1,
        "{:#?}",
        e.iter().map(|e| &e.notes).collect::<Vec<_>>()
    );
    assert_eq!(e[0].location, "Bamako");
    assert_eq!(e[0].geo_precision, cw_record::GeoPrecision::Region);
    assert!(!e[0].country_only);
    // Violence at a site the report does not name is not placed in the capital.
    let e = code("On 3 May 2021, gunmen attacked an army outpost in Mali, killing four soldiers.");
    assert_eq!(e.len(), 1);
    assert!(e[0].country_only);
    assert_eq!(e[0].location, "");
}

#[test]
fn a_peace_mission_named_after_its_country_places_an_unlocated_event_there() {
    assert_eq!(
        countries("On 3 May 2021, a MINUSMA supply convoy hit a roadside bomb and two peacekeepers were hurt."),
        ["Mali"]
    );
}

#[test]
fn a_national_body_named_alone_gives_its_country_and_the_capital() {
    // A strike called by a union named only by its acronym: no place, no country, no demonym.
    // The union is Burkina Faso's; ACLED codes the national-level protest to the capital,
    // geo-precision 3.
    let e = code(
        "On 3 May 2021, nurses of the SYNTSHA demonstrated outside the health ministry over unpaid allowances.",
    );
    assert_eq!(
        e.len(),
        1,
        "{:#?}",
        e.iter().map(|e| &e.notes).collect::<Vec<_>>()
    );
    assert_eq!(e[0].country, "Burkina Faso");
    assert_eq!(e[0].location, "Ouagadougou");
    assert_eq!(e[0].geo_precision, cw_record::GeoPrecision::Region);
    // A party and a former head of state do as well, in French too.
    assert_eq!(
        countries("Le 3 mai 2021, des militants de l'URD ont manifesté pour réclamer la libération de Soumaïla Cissé."),
        ["Mali"]
    );
    assert_eq!(
        countries("On 3 May 2021, supporters of the PNDS-Tarayya marched to celebrate the court's ruling."),
        ["Niger"]
    );
    // A surname with its possessive "s" but no apostrophe is still the person.
    assert_eq!(
        countries("On 3 May 2021, students marched to demand justice over Sankaras assassination."),
        ["Burkina Faso"]
    );
}

#[test]
fn a_national_body_named_in_a_foreign_story_does_not_move_it() {
    // A Nigerien report that names a Burkinabe party in passing stays in Niger: a town named by
    // its own name outweighs every entity of another country.
    assert_eq!(
        countries(
            "On 3 May 2021, traders marched in Tillaberi against new taxes; a delegation of the CDP and the MPP attended as observers."
        ),
        ["Niger"]
    );
}

#[test]
fn an_ambiguous_or_lower_case_acronym_does_not_vote() {
    // "UPC" is a party in Burkina Faso, Uganda and Cameroon: not listed. An acronym entity
    // written in lower case ("nafa" is a word in several languages) is no match either.
    assert!(code(
        "On 3 May 2021, supporters of the UPC rallied to call for their jailed leader to be freed."
    )
    .is_empty());
    assert!(code(
        "On 3 May 2021, supporters of the nafa rallied to call for their jailed leader to be freed."
    )
    .is_empty());
    assert_eq!(
        countries(
            "On 3 May 2021, supporters of the NAFA rallied to call for their jailed leader to be freed."
        ),
        ["Burkina Faso"]
    );
}

#[test]
fn a_leader_name_inside_a_place_name_does_not_vote() {
    // "Goïta" alone is Mali's head of state; inside Burkina Faso's village Gaik-Goita it is part
    // of the place name and no vote for Mali, so Madougou (a village name of Mali and of Burkina
    // Faso) is the Burkinabe one.
    let e = code(
        "On 3 May 2021, gunmen set fire to market stalls at Gaik-Goita and at Madougou, driving off cattle.",
    );
    assert!(!e.is_empty());
    assert!(
        e.iter().all(|e| e.country == "Burkina Faso"),
        "{:#?}",
        e.iter().map(|e| &e.notes).collect::<Vec<_>>()
    );
}

#[test]
fn a_month_inside_a_date_is_no_place() {
    // "Nov" is an alias of Angola's Huambo province; in "on Nov. 3" it is part of a date, even
    // inside a parenthesis that looks like the notes form.
    let doc = coder().annotate(&Report {
        id: "geo-context".into(),
        text: "On 2 November 2021, the MPP executive dissolved its youth wing (the decision takes effect on Nov. 3), party officials said.".into(),
        published: NaiveDate::from_ymd_opt(2021, 11, 5),
        ..Default::default()
    });
    let places: Vec<&str> = doc
        .mentions
        .iter()
        .filter(|m| matches!(m.kind, cw_record::MentionKind::Place(_)))
        .map(|m| doc.slice(m.span))
        .collect();
    assert!(places.is_empty(), "{places:?}");
}

fn place_of(text: &str) -> (String, String, String, f64, f64) {
    let e = code(text);
    assert_eq!(
        e.len(),
        1,
        "{text}: {:#?}",
        e.iter().map(|e| &e.notes).collect::<Vec<_>>()
    );
    let e = &e[0];
    (
        e.location.clone(),
        e.admin2.clone(),
        e.admin1.clone(),
        e.latitude.unwrap_or(f64::NAN),
        e.longitude.unwrap_or(f64::NAN),
    )
}

#[test]
fn a_numbered_village_section_is_found_by_the_village_name() {
    // GeoNames lists Lanfiala (Bankass cercle) only as its two sections "Lanfiala I" and
    // "Lanfiala II"; the Lanfiala it has by that name is in Koulikoro's Dioila cercle.
    let (loc, a2, a1, lat, lon) = place_of(
        "On 4 March 2021, unknown gunmen burned the granaries of Lanfiala (Bankass, Mopti) and drove off cattle.",
    );
    assert_eq!(
        (loc.as_str(), a2.as_str(), a1.as_str()),
        ("Lanfiala", "Bankass", "Mopti")
    );
    assert!(
        (lat - 13.43).abs() < 0.1 && (lon + 3.76).abs() < 0.1,
        "{lat} {lon}"
    );
    let (loc, a2, a1, ..) = place_of(
        "Le 4 mars 2021, des hommes armés ont incendié les greniers de Lanfiala (Bankass, Mopti).",
    );
    assert_eq!(
        (loc.as_str(), a2.as_str(), a1.as_str()),
        ("Lanfiala", "Bankass", "Mopti")
    );
    // Where GeoNames has no place of the base name at all, the sections are the village
    // (Tin-Rhassane 1 and 2, Oudalan).
    let (_, a2, a1, ..) = place_of(
        "On 9 May 2021, suspected militants abducted two herders in the village of Tin-Rhassane, Burkinabe security sources said.",
    );
    assert_eq!((a2.as_str(), a1.as_str()), ("Oudalan", "Sahel"));
}

#[test]
fn a_section_number_is_read_in_roman_or_arabic_figures() {
    // GeoNames writes "Sologo 2" (Koulpelogo); the report writes "Sologo II".
    let (loc, a2, a1, lat, lon) = place_of(
        "On 9 May 2021, gunmen killed a trader in Sologo II, a village of the Koulpelogo province in Burkina Faso.",
    );
    assert_eq!(
        (loc.as_str(), a2.as_str(), a1.as_str()),
        ("Sologo II", "Koulpelogo", "Centre-Est")
    );
    // The section itself, not the province's seat.
    assert!(
        (lat - 11.173).abs() < 0.02 && (lon - 0.347).abs() < 0.02,
        "{lat} {lon}"
    );
}

#[test]
fn a_village_in_the_stated_cercle_beats_a_namesake_only_near_it() {
    // "Sinebougou" is GeoNames' own name of a village of the Baroueli cercle that lies about as
    // close to Segou's seat as to Baroueli's, and another name of Senabougou, in the Segou
    // cercle. The notes form states Segou: the village inside the stated cercle is meant, even
    // though the other is called by its own name.
    let (loc, a2, a1, lat, lon) = place_of(
        "On 6 June 2021, unknown gunmen shot and wounded a shepherd in Sinebougou (Segou, Segou).",
    );
    assert_eq!(
        (loc.as_str(), a2.as_str(), a1.as_str()),
        ("Sinebougou", "Segou", "Segou")
    );
    assert!(
        (lat - 13.357).abs() < 0.05 && (lon + 5.948).abs() < 0.05,
        "{lat} {lon}"
    );
}

#[test]
fn a_village_known_only_from_the_notes_form_is_coded_near_the_seat_at_precision_two() {
    use cw_record::GeoPrecision;
    // Kwetchilam is no place the gazetteer knows: the event goes to the seat of the stated
    // cercle, the town that represents the area (codebook, geo-precision 2), under the name the
    // notes give.
    for text in [
        "On 3 May 2021, gunmen killed two herders in Kwetchilam (Bankass, Mopti).",
        "Le 3 mai 2021, des hommes armés ont tué deux éleveurs à Kwetchilam (Bankass, Mopti).",
    ] {
        let e = code(text);
        assert_eq!(e.len(), 1, "{text}");
        let e = &e[0];
        assert_eq!(
            (e.location.as_str(), e.admin2.as_str(), e.admin1.as_str()),
            ("Kwetchilam", "Bankass", "Mopti"),
            "{text}"
        );
        assert_eq!(e.geo_precision, GeoPrecision::NearPlace, "{text}");
        let (lat, lon) = (
            e.latitude.unwrap_or(f64::NAN),
            e.longitude.unwrap_or(f64::NAN),
        );
        assert!(
            (lat - 14.078).abs() < 0.02 && (lon + 3.516).abs() < 0.02,
            "{lat} {lon}"
        );
    }
    // Only the admin1 stated: its capital, precision 3 (only a larger region is known).
    let e = code("On 3 May 2021, gunmen killed two herders in Kwetchilam (Mopti).");
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].location.as_str(), e[0].admin1.as_str()),
        ("Kwetchilam", "Mopti")
    );
    assert_eq!(e[0].geo_precision, GeoPrecision::Region);
}

#[test]
fn a_spelling_guess_outside_the_stated_units_is_another_village() {
    // "Zorbagou" is spelt like Zerebougou (consonants "zrbg"), a village of Burkina Faso's
    // Centre-Est; the notes form puts Zorbagou in Oudalan, 350 km north: the guess is another
    // village, and the event goes to Oudalan's seat, Gorom-Gorom.
    let e = code("On 3 May 2021, gunmen killed two herders in Zorbagou (Oudalan, Sahel).");
    assert_eq!(e.len(), 1);
    let e = &e[0];
    assert_eq!(
        (e.location.as_str(), e.admin2.as_str(), e.admin1.as_str()),
        ("Zorbagou", "Oudalan", "Sahel")
    );
    let (lat, lon) = (
        e.latitude.unwrap_or(f64::NAN),
        e.longitude.unwrap_or(f64::NAN),
    );
    assert!(
        (lat - 14.443).abs() < 0.05 && (lon + 0.235).abs() < 0.05,
        "{lat} {lon}"
    );
    assert_eq!(e.geo_precision, cw_record::GeoPrecision::NearPlace);
}

#[test]
fn a_place_the_notes_code_the_event_as_is_the_location_even_unknown() {
    use cw_record::GeoPrecision;
    // "coded as Kwetchilam": the notes name the location; the gazetteer lacks it, so the other
    // place of the sentence gives its coordinates and units, at precision 2.
    for text in [
        "On 12 June 2021, an IED struck a truck between Kwetchilam and Bankass (coded as Kwetchilam at geoprecision 2), wounding the driver.",
        "Le 12 juin 2021, un engin explosif a frappé un camion entre Kwetchilam et Bankass (codé comme Kwetchilam), blessant le chauffeur.",
        "On 12 June 2021, gunmen attacked the village of Bankass (coded as Kwetchilam) and burned granaries.",
    ] {
        let e = code(text);
        assert_eq!(e.len(), 1, "{text}");
        let e = &e[0];
        assert_eq!((e.location.as_str(), e.admin2.as_str(), e.admin1.as_str()), ("Kwetchilam", "Bankass", "Mopti"), "{text}");
        assert_eq!(e.geo_precision, GeoPrecision::NearPlace, "{text}");
        let (lat, lon) = (e.latitude.unwrap_or(f64::NAN), e.longitude.unwrap_or(f64::NAN));
        assert!((lat - 14.078).abs() < 0.05 && (lon + 3.516).abs() < 0.05, "{lat} {lon}");
    }
}

#[test]
fn a_place_after_a_persons_title_yields_to_the_place_of_the_event() {
    // "the mayor of Bankass" says whose mayor he is; the ambush was near Ouenkoro.
    for text in [
        "On 8 June 2021, gunmen shot dead the mayor of Bankass at a checkpoint near Ouenkoro.",
        "Le 8 juin 2021, des hommes armés ont abattu le maire de Bankass à un poste de contrôle près de Ouenkoro.",
        "On 8 June 2021, the chief of Bankass was kidnapped by gunmen while visiting Ouenkoro.",
    ] {
        let (loc, ..) = place_of(text);
        assert_eq!(loc, "Ouenkoro", "{text}");
    }
    // With no other place named, the title's place is the event's.
    let (loc, ..) =
        place_of("On 8 June 2021, gunmen shot dead the mayor of Bankass outside his home.");
    assert_eq!(loc, "Bankass");
}

#[test]
fn a_well_of_the_name_far_from_the_town_near_which_the_village_lies_is_a_namesake() {
    use cw_record::GeoPrecision;
    // The gazetteer has Tidouitine only as a well in Kidal, 600 km from Bankass: "Tidouitine,
    // near Bankass" is a village near Bankass that the gazetteer lacks.
    let e = code(
        "On 8 June 2021, gunmen burned the granaries of a family in Tidouitine, near Bankass.",
    );
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].location.as_str(), e[0].admin1.as_str()),
        ("Bankass", "Mopti")
    );
    assert_eq!(e[0].geo_precision, GeoPrecision::NearPlace);
}

#[test]
fn a_common_word_naming_a_sahel_natural_feature_is_the_word() {
    // Niger has a massif called Air and a stretch of land called Douane: capitalised at the head
    // of a sentence they are the words, and the event is where the report says.
    for text in [
        "Air and ground operations by the army killed 20 militants near Tillaberi on 4 June 2021, the defence ministry said.",
        "Douane : le 4 juin 2021, des hommes armés ont tué trois agents près de Tillabéri.",
    ] {
        let e = code(text);
        assert_eq!(e.len(), 1, "{text}");
        assert_eq!((e[0].location.as_str(), e[0].admin1.as_str()), ("Tillaberi", "Tillaberi"), "{text}");
    }
    // After a location word the feature is still a place.
    let (loc, ..) =
        place_of("On 4 June 2021, soldiers clashed with smugglers in the Air, killing four.");
    assert_eq!(loc, "Air");
}

#[test]
fn a_name_after_a_lone_capital_letter_is_part_of_a_longer_name() {
    // "National Park" is a borough of New Jersey; "the W National Park" is the park of the Niger
    // bend, and the report names no country: no event goes to the United States.
    let c =
        countries("On 2 June 2021, gunmen killed two rangers on patrol in the W National Park.");
    assert!(!c.iter().any(|c| c == "United States"), "{c:?}");
    let (loc, ..) = place_of(
        "On 2 June 2021, gunmen killed two rangers on patrol in the W National Park, near Diapaga.",
    );
    assert_eq!(loc, "Diapaga");
}

#[test]
fn a_name_in_apposition_to_a_title_and_its_place_is_a_person() {
    // Doumbia is also a village of Kayes; here it is the prefect's surname.
    for text in [
        "On 2 June 2021, the prefect of Tenenkou, Seydou Doumbia, was kidnapped with his bodyguard.",
        "Le 2 juin 2021, le préfet de Ténenkou, Seydou Doumbia, a été enlevé avec son garde du corps.",
    ] {
        let (loc, _, a1, ..) = place_of(text);
        assert_eq!((loc.as_str(), a1.as_str()), ("Tenenkou", "Mopti"), "{text}");
    }
}

#[test]
fn a_facility_named_after_a_village_is_in_the_town_named_next() {
    // Medine is a quarter of Sikasso and a village of Kayes: the market is in Sikasso.
    for text in [
        "On 2 June 2021, gunmen opened fire in the Medine market in Sikasso, killing two traders.",
        "On 2 June 2021, gunmen opened fire in the market of Medine in Sikasso, killing two traders.",
        "Le 2 juin 2021, des hommes armés ont ouvert le feu dans le marché de Médine à Sikasso, tuant deux commerçants.",
    ] {
        let (loc, _, a1, ..) = place_of(text);
        assert_eq!((loc.as_str(), a1.as_str()), ("Sikasso", "Sikasso"), "{text}");
    }
    // Named alone, the facility's place is the event's.
    let (loc, ..) = place_of(
        "On 2 June 2021, gunmen opened fire in the market of Medine, killing two traders.",
    );
    assert_eq!(loc, "Medine");
}

#[test]
fn a_unit_the_gazetteer_cannot_place_does_not_take_a_city_name() {
    // GeoNames lists a "Gaza" subdistrict of Israel with no point; in an Israeli army statement
    // "in Gaza" is still the city of the Gaza Strip.
    let e = code(
        "On 4 March 2024, Israeli troops killed 20 Hamas fighters in Gaza, the Israeli army said.",
    );
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].country.as_str(), e[0].location.as_str()),
        ("Palestine", "Gaza")
    );
    let e = code("Le 4 mars 2024, des soldats israéliens ont tué 20 combattants du Hamas à Gaza, selon l'armée israélienne.");
    assert_eq!(e.len(), 1);
    assert_eq!(
        (e[0].country.as_str(), e[0].location.as_str()),
        ("Palestine", "Gaza")
    );
}

#[test]
fn a_town_outside_the_sahel_keeps_the_gazetteer_name() {
    // The report writes "Khan Younis"; the gazetteer (and ACLED) "Khan Yunis". A Sahel village
    // keeps the report's spelling ("Konna", GeoNames' "Kona").
    for text in [
        "On 4 March 2024, Israeli air strikes in Khan Younis killed 40 Palestinians.",
        "Le 4 mars 2024, des frappes aériennes israéliennes sur Khan Younès ont tué 40 Palestiniens.",
    ] {
        let e = code(text);
        assert_eq!(e.len(), 1, "{text}");
        assert_eq!(e[0].location, "Khan Yunis", "{text}");
    }
    let (loc, ..) = place_of("On 4 March 2021, gunmen killed five villagers in Konna.");
    assert_eq!(loc, "Konna");
}

#[test]
fn a_national_army_named_by_its_own_name_places_a_shared_village_in_its_country() {
    // Kerta is a village name in both Burkina Faso (Est) and Mali (Segou); FAMa are Mali's
    // armed forces, and say so as "Malian soldiers" would.
    assert_eq!(
        countries("On 3 May 2021, soldiers came under mortar fire in Kerta."),
        ["Burkina Faso"],
        "without a clue the namesake ranked first stands: the test needs a real choice"
    );
    for text in [
        "On 3 May 2021, FAMa units came under mortar fire in Kerta.",
        "On 3 May 2021, FAMA units came under mortar fire in Kerta.",
        "Le 3 mai 2021, les FAMa ont essuyé des tirs de mortier à Kerta.",
    ] {
        assert_eq!(countries(text), ["Mali"], "{text}");
    }
}

#[test]
fn an_army_abbreviation_written_in_capitals_is_no_village_of_that_spelling() {
    // "Fama" is a village name in Mali, Burkina Faso and Niger; "FAMa" is Mali's army. Written
    // as a village, it is no army.
    for e in code("On 3 May 2021, gunmen attacked the village of Fama, killing two herders.") {
        assert!(
            !e.actor1.starts_with("Military Forces") && !e.actor2.starts_with("Military Forces"),
            "{e:?}"
        );
    }
}

#[test]
fn a_french_elided_preposition_before_a_name_leaves_the_name_a_place() {
    // "près d'Ansongo", "la province de l'Oudalan", "à l’est d’Arbinda": the elided "d'", "l'"
    // belongs to the preposition, and the name after it is the place.
    for (text, admin1) in [
        (
            "Le 3 mai 2021, des jihadistes ont attaqué des soldats près d'Ansongo.",
            "Gao",
        ),
        (
            "Le 3 mai 2021, des hommes armés ont tué deux bergers à l’est d’Arbinda.",
            "Sahel",
        ),
        (
            "Le 3 mai 2021, des hommes armés ont tué deux bergers dans la province de l'Oudalan.",
            "Sahel",
        ),
    ] {
        let events = code(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].admin1, admin1, "{text}");
    }
    // A name written with an apostrophe of its own stays whole.
    assert_eq!(
        countries("Le 3 mai 2021, des hommes armés ont attaqué un bus près de Fada N'Gourma."),
        ["Burkina Faso"]
    );
}
