//! Behaviour of the geo stage on texts written for these tests, against a small gazetteer in
//! the committed line format (and a few checks against the embedded gazetteer).

use chrono::NaiveDate;
use cw_geo::Gazetteer;
use cw_record::{
    Document, GeoPrecision, Lang, Location, MentionKind, PlaceCue, PlaceKind, PlaceMention, Report,
    Span,
};

/// A tiny gazetteer: two Malian admin units, towns and a village, a Burkinabe namesake of the
/// village, Niger's Tillaberi, Nigeria's Niger State, and a Burkinabe village whose alternate
/// names look like a demonym and possessives.
const FIXTURE: &str = "\
# test gazetteer
1\tML\t04\tMopti\t14.4843\t-4.1827\tMopti\tmoptiregion
1\tNE\t09\tTillaberi\t14.2071\t1.4542\tTillaberi\t
1\tNG\t31\tNiger\t9.6139\t6.5569\tMinna\t
1\tBF\t12\tSahel\t14.03\t-0.03\tDori\t
2\tML\t04\t7701493\tBankass\t14.0775\t-3.5159\tBankass\t
2\tML\t04\t7701484\tMopti\t14.4843\t-4.1827\tMopti\t
P\t1\tML\t04\t7701493\tP.PPLA2\tBankass\t30159\t14.0775\t-3.5159\tbankas
P\t2\tML\t04\t7701493\t\tDounde\t0\t13.958\t-3.71\t
P\t3\tML\t04\t7701484\tP.PPLA\tMopti\t108456\t14.4843\t-4.1827\t
P\t4\tNE\t09\t\tP.PPLA\tTillaberi\t30822\t14.2071\t1.4542\ttillabery
P\t5\tBF\t12\t\t\tDounde\t0\t14.1\t-0.5\t
P\t6\tNG\t31\t\tP.PPLA\tMinna\t291905\t9.6139\t6.5569\t
P\t7\tNE\t09\t\t\tBani Bangou\t9187\t15.0416\t2.7037\t
P\t8\tML\t04\t7701484\t\tMacina Bozo\t0\t14.2\t-4.0\t
P\t9\tBF\t12\t\t\tZongo\t2000\t14.0\t-0.2\t
P\t10\tBF\t12\t\t\tNgarana\t0\t14.3\t-0.4\tnigerien|nigers|malis
P\t11\tML\t04\t7701484\tS.AIRP\tMopti Airport\t0\t14.51\t-4.08\t
K\tML|NE|BF
";

fn gaz() -> Gazetteer {
    Gazetteer::from_text(FIXTURE)
}

fn doc(text: &str) -> Document {
    let report = Report {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    };
    let mut d = Document::new(
        &report,
        NaiveDate::from_ymd_opt(2024, 3, 6).unwrap_or_default(),
        Lang::En,
    );
    // One sentence per ". " so that ranges can be tested.
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        d.sentences.push(Span::new(start, i + 1));
        start = i + 2;
    }
    d.sentences.push(Span::new(start, text.len()));
    d.paragraph_of = vec![0; d.sentences.len()];
    d
}

fn places(d: &Document) -> Vec<(&str, &PlaceMention)> {
    d.mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Place(p) => Some((d.slice(m.span), p)),
            _ => None,
        })
        .collect()
}

fn run(g: &Gazetteer, text: &str) -> (Document, Option<Location>) {
    let mut d = doc(text);
    g.annotate(&mut d);
    let n = d.sentences.len();
    let loc = g.locate(&d, 0..n);
    (d, loc)
}

#[test]
fn a_named_town_is_precision_one_with_its_admin_units() {
    let (d, loc) = run(&gaz(), "Gunmen attacked the market in Bankass on Monday.");
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Bankass");
    assert_eq!(loc.place.admin1.as_deref(), Some("Mopti"));
    assert_eq!(loc.place.admin2.as_deref(), Some("Bankass"));
    assert_eq!(loc.precision, GeoPrecision::Place);
    assert!(!loc.country_only);
    // The evidence points at the mention of Bankass.
    assert_eq!(d.slice(d.mentions[loc.evidence[0]].span), "Bankass");
}

#[test]
fn near_a_town_is_precision_two() {
    let (_, loc) = run(&gaz(), "Soldiers clashed with militants near Bankass.");
    let loc = loc.expect("a location");
    assert_eq!(
        (loc.place.name.as_str(), loc.precision),
        ("Bankass", GeoPrecision::NearPlace)
    );
    let (_, loc) = run(
        &gaz(),
        "Des hommes armés ont attaqué un poste près de Bankass.",
    );
    assert_eq!(loc.map(|l| l.precision), Some(GeoPrecision::NearPlace));
}

#[test]
fn a_region_only_is_coded_to_its_capital_at_precision_three() {
    let (d, loc) = run(&gaz(), "Militants burned granaries in the Mopti region.");
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Mopti");
    assert_eq!(loc.place.kind, PlaceKind::Populated);
    assert_eq!(loc.place.admin1.as_deref(), Some("Mopti"));
    assert_eq!(loc.precision, GeoPrecision::Region);
    let region = places(&d)
        .into_iter()
        .find(|(s, _)| s.starts_with("Mopti"))
        .expect("Mopti mention")
        .1;
    assert_eq!(
        (region.cue, region.place.kind),
        (PlaceCue::Region, PlaceKind::Admin1)
    );
}

#[test]
fn elsewhere_never_locates_the_event() {
    let (d, loc) = run(&gaz(), "Militants coming from Tillaberi attacked Bankass.");
    let from = places(&d)
        .into_iter()
        .find(|(s, _)| *s == "Tillaberi")
        .expect("Tillaberi mention")
        .1;
    assert_eq!(from.cue, PlaceCue::Elsewhere);
    assert_eq!(loc.map(|l| l.place.name), Some("Bankass".to_string()));
}

#[test]
fn the_notes_form_resolves_a_village_among_namesakes() {
    // Dounde exists in Mali and in Burkina Faso; the parenthesis says which.
    let (d, loc) = run(
        &gaz(),
        "On 3 May, gunmen killed a herder near Dounde (Bankass, Mopti).",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.country_code, "ML");
    assert_eq!(loc.place.name, "Dounde");
    assert_eq!(loc.place.admin2.as_deref(), Some("Bankass"));
    assert_eq!(loc.precision, GeoPrecision::NearPlace);
    // The admin units inside the parenthesis are context, not the location.
    let ctx: Vec<PlaceCue> = places(&d)
        .into_iter()
        .filter(|(s, _)| *s != "Dounde")
        .map(|(_, p)| p.cue)
        .collect();
    assert_eq!(ctx, vec![PlaceCue::Region, PlaceCue::Region]);
}

#[test]
fn a_village_missing_from_the_gazetteer_takes_the_stated_units() {
    let (_, loc) = run(
        &gaz(),
        "Unknown gunmen abducted two traders in Kolokoro (Bankass, Mopti).",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Kolokoro");
    assert_eq!(loc.place.admin1.as_deref(), Some("Mopti"));
    assert_eq!(loc.place.admin2.as_deref(), Some("Bankass"));
    assert_eq!(loc.place.geonameid, None);
    // Coded at the admin2 seat's coordinates.
    assert_eq!(
        loc.place.latitude.map(|x| (x * 100.0).round()),
        Some(1408.0)
    );
}

#[test]
fn coded_as_names_the_location_and_its_precision() {
    let (_, loc) =
        run(&gaz(), "Militants raided the hamlet of Kolokoro (coded as Bankass at geoprecision 2), killing one man.");
    let loc = loc.expect("a location");
    assert_eq!(
        (loc.place.name.as_str(), loc.precision),
        ("Bankass", GeoPrecision::NearPlace)
    );
}

#[test]
fn a_country_alone_is_country_only() {
    let (_, loc) = run(
        &gaz(),
        "The government of Mali extended the state of emergency.",
    );
    let loc = loc.expect("a location");
    assert!(loc.country_only);
    assert_eq!(loc.place.country, "Mali");
    assert_eq!(loc.precision, GeoPrecision::Region);
}

#[test]
fn with_no_place_the_focus_country_is_used() {
    let g = gaz();
    let mut d = doc("Malian soldiers arrested three suspects. They were taken away.");
    g.annotate(&mut d);
    assert_eq!(g.focus_country(&d).as_deref(), Some("ML"));
    let loc = g.locate(&d, 1..2).expect("the focus country");
    assert!(loc.country_only);
    assert_eq!(loc.place.country_code, "ML");
    assert!(loc.evidence.is_empty());
}

#[test]
fn only_the_given_sentences_count() {
    let (d, _) = run(
        &gaz(),
        "Militants attacked Bankass. Two days later they attacked Tillaberi.",
    );
    let g = gaz();
    assert_eq!(
        g.locate(&d, 0..1).map(|l| l.place.name),
        Some("Bankass".into())
    );
    assert_eq!(
        g.locate(&d, 1..2).map(|l| l.place.name),
        Some("Tillaberi".into())
    );
}

#[test]
fn spellings_fold_to_one_place() {
    let g = gaz();
    for text in [
        "Clashes in Tillabéri.",
        "Clashes in Tillabery.",
        "Clashes in TILLABERI today.",
    ] {
        let (_, loc) = run(&g, text);
        assert_eq!(
            loc.map(|l| l.place.name),
            Some("Tillaberi".to_string()),
            "{text}"
        );
    }
    for text in [
        "Attack in Bani Bangou.",
        "Attack in Banibangou.",
        "Attack in Bani-Bangou.",
    ] {
        let (_, loc) = run(&g, text);
        assert_eq!(
            loc.map(|l| l.place.name),
            Some("Bani Bangou".to_string()),
            "{text}"
        );
    }
}

#[test]
fn niger_is_the_country_unless_the_state_is_meant() {
    let g = gaz();
    let (d, _) = run(&g, "Soldiers in Niger repelled an attack.");
    let p = places(&d);
    assert_eq!(p.len(), 1);
    assert_eq!(
        (p[0].1.place.kind, p[0].1.place.country_code.as_str()),
        (PlaceKind::Country, "NE")
    );
    let (d, loc) = run(&g, "Bandits attacked a village in Niger State, near Minna.");
    let niger = places(&d)
        .into_iter()
        .find(|(s, _)| *s == "Niger")
        .expect("Niger mention")
        .1;
    assert_eq!(
        (niger.place.kind, niger.place.country_code.as_str()),
        (PlaceKind::Admin1, "NG")
    );
    assert_eq!(loc.map(|l| l.place.name), Some("Minna".into()));
}

#[test]
fn common_words_people_and_groups_do_not_fire() {
    let g = gaz();
    // Lower case, a sentence-initial stop word, a group name, a person's name.
    for text in [
        "the mopti road was closed.",
        "On Monday nothing happened.",
        "Katiba Macina Bozo fighters withdrew.",
        "Supporters of journalist Norbert Zongo marched.",
    ] {
        let (d, _) = run(&g, text);
        let p: Vec<&str> = places(&d).into_iter().map(|(s, _)| s).collect();
        assert!(p.is_empty(), "{text}: {p:?}");
    }
}

#[test]
fn lookup_explains_the_winner() {
    let c = gaz().lookup("Dounde", Some("BF"));
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].place.country_code, "BF");
    let all = gaz().lookup("Mopti", None);
    assert!(all.len() >= 3, "town, admin1 and admin2: {}", all.len());
    assert!(all.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn a_herders_camp_is_a_settlement() {
    // GeoNames has many village names of Burkina Faso's Sahel both as a village (P.PPL) and as
    // a camp (S.CMP) elsewhere: a camp of the Sahel's herders is a village that reports name, not a natural feature
    // that yields to any town of the name.
    let g = Gazetteer::from_text(&format!(
        "{FIXTURE}P\t90\tBF\t12\t\t\tWendoga\t0\t14.1\t-0.3\t\n\
         P\t91\tBF\t12\t\tS.CMP\tWendoga\t0\t14.6\t-0.6\t\n"
    ));
    let c = g.lookup("Wendoga", Some("BF"));
    assert_eq!(c.len(), 2, "{c:#?}");
    assert!(
        c.iter().all(|c| c.place.kind == PlaceKind::Populated),
        "{c:#?}"
    );
    assert!((c[0].score - c[1].score).abs() < 1e-3, "{c:#?}");
}

#[test]
fn survives_any_text() {
    let g = gaz();
    let texts = [
        String::new(),
        "(".into(),
        "Bankass (".into(),
        "( , ) [ ] (Mopti".into(),
        "\u{0}\u{301}é\u{10FFFF} Bankass’s (Bankass, Mopti) ﬁ".into(),
        "near".into(),
        "Ti-n- I-n- - -- '".into(),
        String::from_utf8_lossy(&(0u8..=255).collect::<Vec<u8>>()).into_owned(),
        "Bankass ".repeat(500),
    ];
    for t in &texts {
        let mut d = doc(t);
        g.annotate(&mut d);
        let _ = g.locate(&d, 0..d.sentences.len() + 3);
        let _ = g.focus_country(&d);
        for m in &d.mentions {
            assert!(
                m.span.end <= t.len()
                    && t.is_char_boundary(m.span.start)
                    && t.is_char_boundary(m.span.end)
            );
        }
    }
}

#[test]
fn embedded_gazetteer_knows_the_sahel() {
    let g = Gazetteer::embedded();
    assert!(g.len() > 50_000, "{} places", g.len());
    let (_, loc) = run(g, "Gunmen attacked a patrol near Banibangou on Tuesday.");
    let loc = loc.expect("Banibangou");
    assert_eq!(
        (loc.place.country_code.as_str(), loc.place.admin1.as_deref()),
        ("NE", Some("Tillaberi"))
    );
    // Niger's villages get an admin2 from the nearest department seat.
    assert!(loc.place.admin2.is_some());
    let (_, loc) = run(g, "Soldiers were killed in an ambush at I-n-Atès.");
    assert_eq!(loc.map(|l| l.place.country_code), Some("NE".into()));
    let (_, loc) = run(g, "Clashes in the Tillabery region left ten dead.");
    let loc = loc.expect("Tillaberi region");
    assert_eq!(
        (loc.place.name.as_str(), loc.precision),
        ("Tillaberi", GeoPrecision::Region)
    );
    // Mali's admin2 are cercles, named without "Cercle de".
    let (_, loc) = run(g, "Militants attacked Bankass (Bankass, Mopti).");
    assert_eq!(loc.and_then(|l| l.place.admin2), Some("Bankass".into()));
    // A town outside the village-level countries comes from the world tail.
    let (_, loc) = run(g, "Protesters marched in Kaduna, Nigeria.");
    assert_eq!(loc.map(|l| l.place.country_code), Some("NG".into()));
}

/// A small dump in the GeoNames format (19 columns), written for this test: a Malian cercle,
/// its seat, two villages GeoNames would leave without admin2, and a row with broken columns.
#[allow(clippy::too_many_arguments)]
fn dump_row(
    id: u64,
    name: &str,
    alts: &str,
    lat: f64,
    lon: f64,
    class: &str,
    code: &str,
    a1: &str,
    a2: &str,
    pop: u64,
) -> String {
    format!("{id}\t{name}\t{name}\t{alts}\t{lat}\t{lon}\t{class}\t{code}\tML\t\t{a1}\t{a2}\t\t\t{pop}\t\t300\tAfrica/Bamako\t2024-01-01\n")
}

#[test]
fn import_adds_villages_with_an_admin2_from_the_nearest_seat() {
    let mut dump = String::new();
    dump += &dump_row(
        900001,
        "Cercle de Tenkolo",
        "",
        14.50,
        -3.00,
        "A",
        "ADM2",
        "04",
        "990001",
        0,
    );
    dump += &dump_row(
        900002, "Tenkolo", "Tènkolo", 14.50, -3.00, "P", "PPLA2", "04", "990001", 5200,
    );
    dump += &dump_row(
        900003,
        "Kassoumbari",
        "Kasumbari,Kassoumbary",
        14.55,
        -3.05,
        "P",
        "PPL",
        "04",
        "",
        0,
    );
    dump += &dump_row(900004, "Waldoré", "", 14.05, -3.55, "P", "PPL", "04", "", 0);
    dump += &dump_row(
        900006,
        "Sodougara",
        "",
        14.20,
        -3.40,
        "P",
        "PPL",
        "04",
        "",
        0,
    );
    dump += &dump_row(
        900007, "Ouenkoro", "", 14.30, -3.30, "P", "PPL", "04", "", 0,
    );
    dump += &dump_row(
        900008,
        "Ti-n-Hama",
        "Tin Hama",
        14.40,
        -3.20,
        "P",
        "PPL",
        "04",
        "",
        0,
    );
    dump += "900005\tBroken\trow\n";
    let admin1 = "ML.04\tMopti\tMopti\t2453347\n";
    let admin2 = "ML.04.990001\tCercle de Tenkolo\tCercle de Tenkolo\t900001\nML.04.7701493\tBankass Cercle\tBankass Cercle\t7701493\n";
    let imp = cw_geo::build::import(&[dump], admin1, admin2).expect("import");
    assert_eq!(imp.places, 6);
    assert_eq!(imp.malformed, 1);
    assert!(imp.countries.contains("ML"));

    let mut g = gaz();
    g.merge_text(&imp.text);
    // The village near Tenkolo's seat gets the new cercle, named without "Cercle de".
    let (_, loc) = run(&g, "Gunmen raided Kasumbari on Friday.");
    let loc = loc.expect("Kassoumbari");
    // Found by an alternate name, it keeps the report's spelling.
    assert_eq!(loc.place.name, "Kasumbari");
    assert_eq!(loc.place.geonameid, Some(900003));
    assert_eq!(loc.place.admin1.as_deref(), Some("Mopti"));
    assert_eq!(loc.place.admin2.as_deref(), Some("Tenkolo"));
    // Accents in the dump do not matter to the text.
    let (_, loc) = run(&g, "Gunmen raided Waldore on Friday.");
    assert_eq!(loc.map(|l| l.place.name), Some("Waldore".into()));
    // A transliteration the dump does not list is found by a variant spelling (o/ou, y/i,
    // doubled letters), after a location word only; the name is the report's.
    let (d, loc) = run(&g, "Militants attacked the village of Soudogara at dawn.");
    assert_eq!(
        loc.map(|l| (l.place.name, l.place.geonameid)),
        Some(("Soudogara".into(), Some(900006)))
    );
    assert!(places(&d)
        .iter()
        .any(|(_, p)| p.why.contains("variant spelling")));
    // Hyphenated words are one name ("Tin-Hamma" / Tin Hama).
    let (_, loc) = run(&g, "Gunmen robbed shopkeepers near Tin-Hamma.");
    assert_eq!(
        loc.map(|l| (l.place.name, l.place.geonameid)),
        Some(("Tin-Hamma".into(), Some(900008)))
    );
    // Farther off, by its consonant skeleton ("Ouankoro" / Ouenkoro).
    let (d, loc) = run(&g, "Militants attacked the village of Ouankoro at dawn.");
    assert_eq!(loc.and_then(|l| l.place.geonameid), Some(900007));
    assert!(places(&d)
        .iter()
        .any(|(_, p)| p.why.contains("approximate spelling")));
    let (d, _) = run(&g, "Soudogara said nothing.");
    assert!(places(&d).is_empty());
    // Malformed input is an error, not a panic.
    assert!(cw_geo::build::import(&["not a dump".into()], "", "").is_err());
}

#[test]
fn possessives_and_demonyms_are_never_villages() {
    let g = gaz();
    for (text, country) in [
        ("Niger's army said that Nigerien soldiers died.", "NE"),
        ("Mali’s government and Malian troops denied it.", "ML"),
    ] {
        let (d, _) = run(&g, text);
        let p = places(&d);
        assert!(
            p.iter().all(|(_, m)| m.place.name != "Ngarana"),
            "{text}: {:?}",
            p.iter()
                .map(|(s, m)| (*s, &m.place.name))
                .collect::<Vec<_>>()
        );
        assert_eq!(p.len(), 1, "{text}");
        assert_eq!(p[0].1.place.kind, PlaceKind::Country, "{text}");
        assert_eq!(p[0].1.place.country_code, country, "{text}");
        // The span is the name without the possessive ending.
        assert!(!p[0].0.ends_with('s'), "{text}: {}", p[0].0);
    }
}

#[test]
fn the_same_sentence_beats_the_focus_country() {
    let g = gaz();
    // The report is about Burkina Faso, but the sentence places Dounde in Mali's Mopti region.
    let text = "Gunmen struck near Dounde in Mali's Mopti region. Burkina Faso's army said the \
                attackers came from the Sahel region and fled back to Burkina Faso.";
    let (d, loc) = run(&g, text);
    assert_eq!(g.focus_country(&d).as_deref(), Some("BF"));
    let dounde = places(&d)
        .into_iter()
        .find(|(s, _)| *s == "Dounde")
        .expect("Dounde")
        .1;
    assert_eq!(dounde.place.country_code, "ML", "{}", dounde.why);
    assert_eq!(dounde.place.admin1.as_deref(), Some("Mopti"));
    assert_eq!(loc.map(|l| l.place.name), Some("Dounde".into()));
    // The country alone in the sentence is enough.
    let text = "Gunmen struck near Dounde in Mali. Burkina Faso's army said the attackers came \
                from the Sahel region and fled back to Burkina Faso.";
    let (d, _) = run(&g, text);
    let dounde = places(&d)
        .into_iter()
        .find(|(s, _)| *s == "Dounde")
        .expect("Dounde")
        .1;
    assert_eq!(dounde.place.country_code, "ML", "{}", dounde.why);
    // Without that context the focus country's namesake wins.
    let text = "Gunmen struck near Dounde. Burkina Faso's army said the attackers came from the \
                Sahel region and fled back to Burkina Faso.";
    let (d, _) = run(&g, text);
    let dounde = places(&d)
        .into_iter()
        .find(|(s, _)| *s == "Dounde")
        .expect("Dounde")
        .1;
    assert_eq!(dounde.place.country_code, "BF", "{}", dounde.why);
}

#[test]
fn a_persons_surname_stays_a_person_later_in_the_report() {
    let g = gaz();
    let (d, _) = run(
        &g,
        "Supporters of journalist Norbert Zongo marched. Justice for Zongo, they chanted in Burkina Faso.",
    );
    let p: Vec<&str> = places(&d).into_iter().map(|(s, _)| s).collect();
    assert_eq!(p, vec!["Burkina Faso"]);
    // Without the person, the village of the focus country is found.
    let (d, _) = run(&g, "Justice for Zongo, they chanted in Burkina Faso.");
    let p: Vec<&str> = places(&d).into_iter().map(|(s, _)| s).collect();
    assert_eq!(p, vec!["Zongo", "Burkina Faso"]);
}

#[test]
fn a_neighbourhood_of_a_town_is_coded_to_the_town() {
    let (_, loc) = run(
        &gaz(),
        "Gunmen attacked the Dounde area of Bankass on Monday.",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Bankass");
    assert_eq!(loc.precision, GeoPrecision::Place);
}

#[test]
fn a_facility_named_after_its_town_is_the_town() {
    let (d, loc) = run(&gaz(), "Rockets struck the Mopti Airport overnight.");
    let p: Vec<&str> = places(&d).into_iter().map(|(s, _)| s).collect();
    assert_eq!(p, vec!["Mopti"]);
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Mopti");
    assert_eq!(loc.place.kind, PlaceKind::Populated);
}

#[test]
fn an_axis_joins_two_towns_with_a_hyphen() {
    let g = gaz();
    let (d, loc) = run(&g, "A convoy hit a mine on the axis Mopti-Bankass.");
    let p: Vec<&str> = places(&d).into_iter().map(|(s, _)| s).collect();
    assert_eq!(p, vec!["Mopti", "Bankass"]);
    let loc = loc.expect("a location");
    assert_eq!(
        (loc.place.name.as_str(), loc.precision),
        ("Mopti", GeoPrecision::NearPlace)
    );
    // The road word may follow the pair ("the Mopti-Bankass road", "intersection").
    for text in [
        "A truck was looted on the Mopti-Bankass road.",
        "Drivers blocked the Mopti-Bankass intersection.",
    ] {
        let (d, loc) = run(&g, text);
        let p: Vec<&str> = places(&d).into_iter().map(|(s, _)| s).collect();
        assert_eq!(p, vec!["Mopti", "Bankass"], "{text}");
        let loc = loc.expect("a location");
        assert_eq!(
            (loc.place.name.as_str(), loc.precision),
            ("Mopti", GeoPrecision::NearPlace),
            "{text}"
        );
    }
    // Outside a road phrase a hyphenated word is one name, not two places.
    let (d, _) = run(&g, "Supporters of Mopti-Bankass FC celebrated.");
    assert!(places(&d).is_empty());
}

/// The (admin1, admin2) codes an import gives a place, from its line.
fn import_codes(text: &str, id: u64) -> Option<(String, String)> {
    text.lines().find_map(|l| {
        let f: Vec<&str> = l.split('\t').collect();
        (f.first() == Some(&"P") && f.get(1) == Some(&id.to_string().as_str()))
            .then(|| (f[3].to_string(), f[4].to_string()))
    })
}

#[test]
fn import_repairs_admin_codes_the_dump_leaves_stale_or_empty() {
    let mut dump = String::new();
    // Gao and the Menaka region carved out of it (data/geo/admin-changes.tsv): each a seat.
    dump += &dump_row(
        910001, "Ansongo", "", 15.66, 0.50, "P", "PPLA2", "09", "8631538", 32000,
    );
    dump += &dump_row(
        910002, "Ménaka", "", 15.92, 2.40, "P", "PPLA", "12070577", "8631539", 20000,
    );
    // Villages GeoNames still codes to Gao, without admin2: one by each seat.
    dump += &dump_row(910003, "Inkadal", "", 15.95, 2.20, "P", "PPL", "09", "", 0);
    dump += &dump_row(
        910004,
        "Bara Koira",
        "",
        15.70,
        0.62,
        "P",
        "PPL",
        "09",
        "",
        0,
    );
    // A village with no admin1 at all ("00"): the units of the nearest reference point.
    dump += &dump_row(910005, "Tinabaw", "", 15.85, 2.35, "P", "PPL", "00", "", 0);
    // A cercle named like a town GeoNames spells otherwise and leaves uncoded: its seat is that
    // town (alternate name "Tombouctou"), not the largest village coded to the cercle.
    dump += &dump_row(
        910006,
        "Timbuktu",
        "Tombouctou,Tumbutu",
        16.77,
        -3.01,
        "P",
        "PPLA",
        "08",
        "",
        30000,
    );
    dump += &dump_row(
        910007,
        "Hassi Kel",
        "",
        16.70,
        -2.75,
        "P",
        "PPL",
        "08",
        "7701470",
        0,
    );
    // A cercle GeoNames codes village by village, and a sibling carved out of it later that it
    // hardly codes: a village coded to the old cercle but nearest the new seat is in the new.
    dump += &dump_row(
        910010, "Tenkolo", "", 14.50, -3.00, "P", "PPLA2", "04", "990001", 5000,
    );
    dump += &dump_row(
        910011, "Sarakoro", "", 14.00, -2.00, "P", "PPLA2", "04", "990002", 3000,
    );
    for i in 0..25u64 {
        let lat = 14.40 + 0.01 * i as f64;
        dump += &dump_row(
            910100 + i,
            &format!("Tenkolo {i}"),
            "",
            lat,
            -3.05,
            "P",
            "PPL",
            "04",
            "990001",
            0,
        );
    }
    dump += &dump_row(
        910012, "Nianguel", "", 14.05, -2.10, "P", "PPL", "04", "990001", 0,
    );
    // A village without admin2 right beside that stale-coded one: its nearest reference point
    // is the stale-coded village, whose repaired code it takes (not the stale one).
    dump += &dump_row(910013, "Wakoro", "", 14.06, -2.09, "P", "PPL", "04", "", 0);
    let admin1 = "ML.04\tMopti\tMopti\t1\nML.08\tTombouctou\tTombouctou\t2\nML.09\tGao\tGao\t3\n\
                  ML.12070577\tMénaka\tMenaka\t4\n";
    let admin2 = "ML.09.8631538\tAnsongo Cercle\tAnsongo Cercle\t5\n\
                  ML.12070577.8631539\tCercle de Ménaka\tCercle de Menaka\t6\n\
                  ML.08.7701470\tTombouctou\tTombouctou\t7\n\
                  ML.04.990001\tCercle de Tenkolo\tCercle de Tenkolo\t8\n\
                  ML.04.990002\tCercle de Sarakoro\tCercle de Sarakoro\t9\n";
    let imp = cw_geo::build::import(&[dump], admin1, admin2).expect("import");
    let codes = |id| import_codes(&imp.text, id);
    let menaka = Some(("12070577".to_string(), "8631539".to_string()));
    assert_eq!(codes(910003), menaka);
    assert_eq!(
        codes(910004),
        Some(("09".to_string(), "8631538".to_string()))
    );
    assert_eq!(codes(910005), menaka);
    assert!(
        imp.text
            .lines()
            .any(|l| l.starts_with("2\tML\t08\t7701470\tTombouctou\t16.77\t-3.01\tTimbuktu")),
        "the Tombouctou cercle is seated at Timbuktu"
    );
    assert_eq!(
        codes(910012),
        Some(("04".to_string(), "990002".to_string()))
    );
    assert_eq!(
        codes(910013),
        Some(("04".to_string(), "990002".to_string()))
    );
    // The old cercle's own villages keep their code.
    assert_eq!(
        codes(910105),
        Some(("04".to_string(), "990001".to_string()))
    );
}

#[test]
fn a_place_found_by_another_name_keeps_the_reports_spelling() {
    let g = gaz();
    // "Bankas" is an alternate name of Bankass: the report's spelling is kept, the place is
    // GeoNames' (its coordinates and units).
    let (_, loc) = run(&g, "Gunmen attacked the market in Bankas.");
    let loc = loc.expect("Bankass");
    assert_eq!(loc.place.name, "Bankas");
    assert_eq!(loc.place.geonameid, Some(1));
    assert_eq!(loc.place.admin2.as_deref(), Some("Bankass"));
    // Its own name stays as GeoNames writes it, and so do capitals ("Tillabery" is Tillaberi).
    let (_, loc) = run(&g, "Gunmen attacked the market in BANKASS and in Bankass.");
    assert_eq!(loc.map(|l| l.place.name), Some("Bankass".into()));
    let (_, loc) = run(&g, "Clashes in Tillabery.");
    assert_eq!(loc.map(|l| l.place.name), Some("Tillaberi".into()));
}

/// The fixture plus namesakes abroad: Japan's Nara prefecture and Mali's Nara cercle, Russia's
/// Penza region (also written "Pensa") and a Burkinabe village Pensa.
fn gaz_with_namesakes() -> Gazetteer {
    Gazetteer::from_text(&format!(
        "{FIXTURE}\
1\tJP\t22\tNara\t34.68\t135.8\tNara\t
1\tRU\t57\tPenza\t53.2\t45.0\tPenza\tpensa
2\tML\t04\t8261493\tNara\t15.17\t-7.28\tNara\t
P\t20\tML\t04\t8261493\tP.PPLA2\tNara\t18000\t15.17\t-7.28\t
P\t21\tBF\t12\t\t\tPensa\t0\t13.9\t-0.9\t
"
    ))
}

#[test]
fn the_notes_form_prefers_the_village_level_countries_units() {
    let g = gaz_with_namesakes();
    // "Nara" is an admin1 in Japan and a cercle in Mali: the parenthesis means Mali's cercle.
    let (_, loc) = run(
        &g,
        "Gunmen attacked a convoy near Kolondo (Cercle of Nara).",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.country_code, "ML");
    assert_eq!(loc.place.admin2.as_deref(), Some("Nara"));
    // A place the notes say the event is coded to is no admin unit of the parenthesis.
    let (_, loc) = run(
        &g,
        "Armed men raided the hamlet of Dankoli (coded as Pensa, precision 2) at dawn.",
    );
    let loc = loc.expect("a location");
    assert_eq!(
        (loc.place.country_code.as_str(), loc.place.name.as_str()),
        ("BF", "Pensa")
    );
}

#[test]
fn a_village_near_the_stated_cercle_beats_a_stream_inside_it() {
    // Sarebe the village is coded to the Mopti cercle (nearest seat) but lies about as close to
    // Bankass; Sarebe the stream lies inside the Bankass cercle.
    let g = Gazetteer::from_text(&format!(
        "{FIXTURE}\
P\t30\tML\t04\t7701484\t\tSarebe\t0\t14.3\t-3.9\t
P\t31\tML\t04\t7701493\tH.STM\tSarebe\t0\t14.0\t-3.4\t
"
    ));
    let (_, loc) = run(&g, "Gunmen attacked a convoy near Sarebe (Bankass, Mopti).");
    let loc = loc.expect("a location");
    assert_eq!(loc.place.geonameid, Some(30));
    assert_eq!(loc.place.admin2.as_deref(), Some("Bankass"));
}

#[test]
fn an_unknown_owner_is_a_place_of_the_stated_cercle_spelt_otherwise() {
    let g = Gazetteer::from_text(&format!(
        "{FIXTURE}\
P\t40\tML\t04\t7701493\t\tTelatai\t0\t13.9\t-3.3\t
P\t41\tML\t04\t7701484\t\tTalata\t0\t14.6\t-4.5\t
P\t42\tML\t04\t7701484\tH.WAD\tDialabe\t0\t14.7\t-4.4\t
P\t43\tML\t04\t7701493\t\tDyalabe\t0\t13.8\t-3.4\t
"
    ));
    // "Talataye" is no name the gazetteer knows, but Bankass has a Telatai (skeleton "tlt").
    let (d, loc) = run(&g, "Militants attacked Talataye (Bankass, Mopti).");
    let loc = loc.expect("a location");
    assert_eq!(loc.place.geonameid, Some(40));
    assert_eq!(loc.place.name, "Talataye");
    assert_eq!(loc.place.admin2.as_deref(), Some("Bankass"));
    assert!(places(&d)
        .iter()
        .any(|(_, p)| p.why.contains("approximate spelling of Telatai")));
    // Only the stated cercle's places count: in the Mopti cercle it is Talata, not Telatai.
    let (_, loc) = run(&g, "Militants attacked Talataye (Mopti, Mopti).");
    assert_eq!(loc.and_then(|l| l.place.geonameid), Some(41));
    // A name known only outside the stated cercle, and not as a town of its own name there,
    // is the stated cercle's place spelt otherwise: the wadi Dialabe is in the Mopti cercle.
    let (_, loc) = run(&g, "Militants attacked Dialabe (Bankass, Mopti).");
    assert_eq!(loc.and_then(|l| l.place.geonameid), Some(43));
    // A town by its own name stays itself.
    let (_, loc) = run(&g, "Militants attacked Talata (Bankass, Mopti).");
    assert_eq!(loc.and_then(|l| l.place.geonameid), Some(41));
    // With no such place, the stated cercle's seat stands in.
    let (_, loc) = run(&g, "Militants attacked Kerbalaye (Bankass, Mopti).");
    let loc = loc.expect("a location");
    assert_eq!(loc.place.geonameid, None);
    assert_eq!(loc.place.name, "Kerbalaye");
}

#[test]
fn namesakes_are_told_apart_by_other_towns_and_by_spelling() {
    let g = Gazetteer::from_text(&format!(
        "{FIXTURE}\
1\tML\t08\tTombouctou\t16.77\t-3.01\tTimbuktu\t
P\t50\tML\t08\t\t\tKiri\t0\t16.2\t-3.5\t
P\t51\tML\t04\t7701484\t\tKiri\t0\t14.6\t-4.0\t
P\t52\tML\t08\t\t\tDyaloube\t0\t16.3\t-3.5\tdialloube
P\t53\tML\t04\t7701484\t\tDialoube\t0\t15.0\t-4.2\tdialloube
"
    ));
    // Mopti the town lies in the Mopti region: so does the Kiri named with it.
    let (_, loc) = run(&g, "Gunmen attacked a bus between Kiri and Mopti in Mali.");
    assert_eq!(loc.and_then(|l| l.place.geonameid), Some(51));
    // Both villages are also written "Dialloube": Dialoube's own name is the closer.
    let (_, loc) = run(&g, "Gunmen killed a trader in Dialloube, Mali.");
    assert_eq!(loc.and_then(|l| l.place.geonameid), Some(53));
}

#[test]
fn a_commune_of_the_notes_form_stands_in_for_a_hamlet_it_cannot_place() {
    let g = Gazetteer::from_text(&format!(
        "{FIXTURE}P\t60\tML\t04\t7701484\t\tSorodji\t0\t14.9\t-4.3\t\n"
    ));
    // No other name: the commune is the place, near which the event is.
    let (_, loc) = run(&g, "Militias clashed in Dounde Commune (Bankass, Mopti).");
    let loc = loc.expect("a location");
    assert_eq!(
        (loc.place.geonameid, loc.precision),
        (Some(2), GeoPrecision::NearPlace)
    );
    // A hamlet the gazetteer does not know keeps its name and takes the commune's coordinates.
    let (_, loc) = run(
        &g,
        "Gunmen raided the hamlet of Kelfadi, Dounde Commune (Bankass, Mopti).",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Kelfadi");
    assert_eq!(loc.place.geonameid, None);
    assert_eq!(
        loc.place.latitude.map(|x| (x * 100.0).round()),
        Some(1396.0)
    );
    // A name known only outside the stated cercle gives way to the commune.
    let (_, loc) = run(
        &g,
        "Gunmen raided the hamlet of Sorodji, in Dounde Commune (Bankass, Mopti).",
    );
    assert_eq!(loc.and_then(|l| l.place.geonameid), Some(2));
}

#[test]
fn the_first_of_a_list_before_the_notes_form_is_the_location() {
    let g = gaz();
    for text in [
        "Militants attacked the villages of Dounde and Kelfadi (Bankass, Mopti).",
        "Militants attacked the villages of Dounde, Bankass, and Kelfadi (Bankass, Mopti).",
    ] {
        let (_, loc) = run(&g, text);
        let loc = loc.expect("a location");
        assert_eq!(loc.place.geonameid, Some(2), "{text}");
        assert_eq!(loc.place.admin2.as_deref(), Some("Bankass"), "{text}");
    }
}

#[test]
fn approximate_spellings_yield_to_exact_names_and_skip_common_words() {
    let g = Gazetteer::from_text(&format!(
        "{FIXTURE}\
P\t70\tML\t04\t7701493\t\tSodougara\t0\t14.2\t-3.4\t~sdgr
P\t71\tML\t04\t7701493\t\tDiganaso\t0\t14.1\t-3.3\t~dgns
P\t72\tML\t04\t7701493\t\tKalitiun\t0\t14.1\t-3.2\t~kltn
P\t73\tML\t04\t7701493\t\tOuenkoro\t0\t14.3\t-3.3\t~unkr
"
    ));
    // A name spelt as the gazetteer has it beats one found only by its consonant skeleton...
    let (d, loc) = run(
        &g,
        "Gunmen attacked the villages of Ouankoro and Dounde in Mali.",
    );
    assert!(places(&d).iter().any(|(s, _)| *s == "Ouankoro"));
    assert_eq!(loc.and_then(|l| l.place.geonameid), Some(2));
    // ...but not one found by a variant spelling ("Soudogara" / Sodougara).
    let (_, loc) = run(
        &g,
        "Gunmen attacked the village of Soudogara near Dounde in Mali.",
    );
    assert_eq!(loc.and_then(|l| l.place.geonameid), Some(70));
    // A plural ethnonym and an English derived word are no misspelt villages (the build gives
    // village-level places their skeleton keys, "~dgns", "~kltn").
    for text in [
        "Clashes between Dogons and herders were reported in Mali.",
        "Protesters marched in Coalition colours in Mali.",
    ] {
        let (d, _) = run(&g, text);
        let p: Vec<&str> = places(&d).into_iter().map(|(s, _)| s).collect();
        assert_eq!(p, vec!["Mali"], "{text}");
    }
}

#[test]
fn with_no_other_place_the_place_people_come_from_is_near_the_event() {
    let g = gaz();
    for text in [
        "Villagers from Dounde in Mali barricaded a road to protest against insecurity.",
        "Gunmen robbed traders who were returning home from the Bankass market, Mali.",
    ] {
        let (_, loc) = run(&g, text);
        let loc = loc.expect("a location");
        assert!(!loc.country_only, "{text}");
        assert_eq!(loc.precision, GeoPrecision::NearPlace, "{text}");
    }
    // A destination is not where the event was.
    let (_, loc) = run(&g, "Hundreds of families in Mali fled to Dounde.");
    assert!(loc.is_some_and(|l| l.country_only));
}

#[test]
fn compass_units_first_names_and_month_abbreviations_are_no_foreign_places() {
    let g = Gazetteer::from_text(&format!(
        "{FIXTURE}\
1\tUG\tE\tEastern\t1.08\t34.17\tMbale\t
1\tUS\tKS\tKansas\t38.5\t-98.0\tTopeka\t
2\tUS\tKS\t193\tThomas\t39.39\t-101.05\tColby\t
1\tUS\tMS\tMississippi\t32.3\t-90.18\tJackson\t
2\tUS\tMS\t049\tHinds\t32.3\t-90.18\tJackson\tjan
P\t80\tUS\tMS\t\tP.PPLA\tJackson\t150000\t32.3\t-90.18\tjan
P\t81\tUG\tE\t\t\tMbale\t96000\t1.08\t34.17\t
"
    ));
    for text in [
        "Drivers in Mali protested about the roads of the Eastern region.",
        "Students in Mali demanded justice for Thomas Sankara.",
        "Workers in Mali held a sit-in on Feb. 12.",
    ] {
        let (d, loc) = run(&g, text);
        let p: Vec<&str> = places(&d).into_iter().map(|(s, _)| s).collect();
        assert_eq!(p, vec!["Mali"], "{text}");
        assert_eq!(
            loc.map(|l| l.place.country_code),
            Some("ML".into()),
            "{text}"
        );
    }
    // Nor, with no country known, is a first name a foreign county.
    let (d, _) = run(&g, "Students demanded justice for Thomas Sankara.");
    assert!(places(&d).is_empty());
    // A month's abbreviation is no alternate name of a county seat, whatever the country.
    let (d, _) = run(&g, "Workers held a sit-in on Feb. 12 and Feb. 13.");
    assert!(places(&d).is_empty());
    // With its country named, the compass-named unit is meant.
    let (_, loc) = run(
        &g,
        "Drivers protested about the roads of Uganda's Eastern region.",
    );
    assert_eq!(loc.and_then(|l| l.place.admin1), Some("Eastern".into()));
}

#[test]
fn a_people_with_a_one_country_homeland_places_a_shared_village_name() {
    // Dounde is a village of Mali and of Burkina Faso; the people the report names tells which.
    let g = gaz();
    let (_, loc) = run(
        &g,
        "Armed men set fire to granaries in the Dogon hamlet of Dounde.",
    );
    assert_eq!(loc.expect("a location").place.country_code, "ML");
    let (_, loc) = run(
        &g,
        "Armed men robbed Mossi traders at the market of Dounde.",
    );
    assert_eq!(loc.expect("a location").place.country_code, "BF");
    // French forms count too.
    let (_, loc) = run(
        &g,
        "Des hommes armés ont attaqué des éleveurs gourmantchés à Dounde.",
    );
    assert_eq!(loc.expect("a location").place.country_code, "BF");
    // A word of a hyphenated village name is no ethnonym.
    let (d, _) = run(
        &g,
        "Armed men robbed traders at Dounde-Dogon and Tillaberi.",
    );
    assert_eq!(g.focus_country(&d).as_deref(), Some("NE"));
}

#[test]
fn a_known_name_ending_a_longer_notes_form_owner_is_part_of_it() {
    // "Kanaga Dounde" is a hamlet the gazetteer does not know: its last word is no reason to
    // code the event to Dounde's coordinates under Dounde's name.
    let g = gaz();
    let (_, loc) = run(
        &g,
        "Gunmen raided the hamlet of Kanaga Dounde (Bankass, Mopti) at dawn.",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Kanaga Dounde");
    assert_eq!(loc.place.admin2.as_deref(), Some("Bankass"));
    // A stop word or a cue before the name is not part of it.
    let (_, loc) = run(&g, "In Dounde (Bankass, Mopti), gunmen raided a shop.");
    assert_eq!(loc.expect("a location").place.name, "Dounde");
    let (_, loc) = run(
        &g,
        "Near Dounde (Bankass, Mopti), a shop was looted overnight.",
    );
    assert_eq!(loc.expect("a location").place.name, "Dounde");
}

#[test]
fn a_national_event_naming_no_place_is_coded_to_the_capital_at_precision_three() {
    let g = Gazetteer::embedded();
    let (d, loc) = run(
        g,
        "Teachers across Burkina Faso began a three-day strike over unpaid allowances.",
    );
    let loc = loc.expect("a location");
    assert!(loc.country_only, "locate itself keeps the country");
    let loc = g.national_level(&d, loc);
    assert!(!loc.country_only);
    assert_eq!(loc.place.name, "Ouagadougou");
    assert_eq!(loc.precision, GeoPrecision::Region);
    // A place the gazetteer does not know is not the capital: the country alone.
    let (d, loc) = run(
        g,
        "In Burkina Faso, gunmen burned a school in Hjelmvikstrand overnight.",
    );
    let loc = g.national_level(&d, loc.expect("a location"));
    assert!(loc.country_only);
    assert_eq!(loc.place.country_code, "BF");
    // Nor is a known place named as elsewhere.
    let (d, loc) = run(
        g,
        "Nurses across Burkina Faso marched for colleagues taken to hospital in Djibo.",
    );
    let loc = g.national_level(&d, loc.expect("a location"));
    assert!(loc.country_only);
}

#[test]
fn a_country_before_border_is_the_far_side_and_a_named_province_keeps_its_village() {
    let g = gaz();
    // "the Burkina Faso border" is where the event is not: Mali's Dounde in a report about Mali.
    let (d, _) = run(
        &g,
        "Gunmen shot a trader in Bankass cercle, close to the Burkina Faso border.",
    );
    assert!(places(&d)
        .iter()
        .any(|(s, p)| *s == "Burkina Faso" && p.cue == PlaceCue::Elsewhere));
    // A possessive is the country's own side.
    let (d, _) = run(&g, "Gunmen shot a trader near Mali's border with Niger.");
    assert!(places(&d)
        .iter()
        .any(|(s, p)| s.starts_with("Mali") && p.cue != PlaceCue::Elsewhere));
    // The village's own cercle named in its sentence outweighs another country named there.
    let (_, loc) = run(
        &g,
        "Gunmen robbed a shop in Dounde, Bankass cercle, and the loot was later found in Burkina Faso.",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.country_code, "ML");
    assert_eq!(loc.place.name, "Dounde");
}

#[test]
fn the_sahel_is_the_unit_only_with_its_admin_word_and_admin_words_are_no_villages() {
    let g = gaz();
    let (d, loc) = run(
        &g,
        "A charity working across the Sahel held a march in Mopti.",
    );
    assert_eq!(loc.expect("a location").place.name, "Mopti");
    assert!(!places(&d).iter().any(|(s, _)| *s == "Sahel"));
    let (d, _) = run(&g, "Gunmen burned a school in the Sahel region.");
    assert!(places(&d)
        .iter()
        .any(|(s, p)| s.starts_with("Sahel") && p.place.kind == PlaceKind::Admin1));
    // "Cercle" is an admin word, never a misspelt village.
    let g = Gazetteer::embedded();
    let (d, _) = run(
        g,
        "Two herders were shot dead last week in the Cercle of Koro.",
    );
    assert!(!places(&d).iter().any(|(s, _)| *s == "Cercle"));
}

#[test]
fn a_people_with_a_home_region_leans_a_shared_name_there() {
    // Two Malian villages called Teli: one in Segou's region, one in Mopti's. The Dogon live in
    // Mopti's region.
    let text = format!(
        "{FIXTURE}1\tML\t05\tSegou\t13.43\t-6.26\tSegou\t\n\
         P\t20\tML\t05\t\t\tTeli\t0\t13.5\t-6.0\t\n\
         P\t21\tML\t04\t7701493\t\tTeli\t0\t14.2\t-3.4\t\n"
    );
    let g = Gazetteer::from_text(&text);
    let (_, loc) = run(
        &g,
        "Armed men stole cattle from Dogon herders at Teli in Mali.",
    );
    assert_eq!(
        loc.expect("a location").place.admin1.as_deref(),
        Some("Mopti")
    );
}

#[test]
fn an_unknown_owner_spelt_otherwise_may_lie_across_an_admin1_line() {
    // GeoNames codes a village of a region carved out later to the new region by the nearest
    // seat, while the notes give the old units: the village is still the one meant.
    let text = format!(
        "{FIXTURE}1\tML\t07\tGao\t16.27\t-0.04\tGao\t\n\
         1\tML\t12\tMenaka\t15.92\t2.40\tMenaka\t\n\
         2\tML\t07\t901\tAnsongo\t15.66\t0.50\tAnsongo\t\n\
         2\tML\t12\t902\tMenaka\t15.92\t2.40\tMenaka\t\n\
         P\t30\tML\t07\t901\tP.PPLA2\tAnsongo\t30000\t15.66\t0.50\t\n\
         P\t31\tML\t12\t902\tP.PPLA\tMenaka\t20000\t15.92\t2.40\t\n\
         P\t32\tML\t12\t902\t\tTelatai\t0\t16.53\t1.52\t\n"
    );
    let g = Gazetteer::from_text(&text);
    let (_, loc) = run(
        &g,
        "Two armed groups fought in Talataye (Ansongo, Gao) at night.",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Talataye");
    assert_eq!(loc.place.admin2.as_deref(), Some("Ansongo"));
    assert!((loc.place.latitude.expect("coordinates") - 16.53).abs() < 0.01);
}

#[test]
fn a_two_part_owner_takes_the_place_of_its_first_part_in_the_stated_cercle() {
    // "Dounde-Peulh", the Fulani quarter of Dounde: the gazetteer has Dounde in Bankass.
    let (_, loc) = run(
        &gaz(),
        "Armed men looted shops at Dounde-Peulh (Bankass, Mopti).",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Dounde-Peulh");
    assert_eq!(loc.place.admin2.as_deref(), Some("Bankass"));
    assert!((loc.place.latitude.expect("coordinates") - 13.958).abs() < 0.01);
}

#[test]
fn a_parenthesis_glued_with_a_hyphen_is_the_rest_of_a_name_not_admin_units() {
    // "Dounde(-Sahel)" writes the village's longer name; "Sahel" there is no stated admin1.
    let (d, _) = run(
        &gaz(),
        "Traders were robbed at Dounde(-Sahel) on market day.",
    );
    assert!(!places(&d).iter().any(|(s, _)| *s == "Sahel"));
}

#[test]
fn every_entity_names_one_known_country_and_a_kind() {
    // data/geo/entities.tsv: name, kind, iso2, note. A folded name is bound to one country (an
    // acronym two countries' bodies share is left out), and never a country's own name.
    let kinds = [
        "party",
        "movement",
        "union",
        "person",
        "media",
        "university",
        "company",
        "institution",
    ];
    let mut seen: std::collections::HashMap<String, String> = Default::default();
    let text = include_str!("../../../data/geo/entities.tsv");
    let mut n = 0;
    for l in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = l.split('\t').collect();
        assert!(cols.len() >= 3, "{l}");
        assert!(kinds.contains(&cols[1]), "kind: {l}");
        assert!(cw_geo::country(cols[2]).is_some(), "country: {l}");
        assert!(
            cw_geo::country_by_name(cols[0]).is_none(),
            "a country's name: {l}"
        );
        let key = cw_record::fold::fold(cols[0]);
        if let Some(cc) = seen.insert(key, cols[2].to_string()) {
            assert_eq!(cc, cols[2], "two countries: {l}");
        }
        n += 1;
    }
    assert!(n > 400);
}

/// A fixture with two Malian cercles far apart and a village name found only in one of them.
fn two_cercles() -> Gazetteer {
    let text = format!(
        "{FIXTURE}2\tML\t04\t7701490\tTenenkou\t14.46\t-4.92\tTenenkou\t\n\
         2\tML\t04\t7701491\tDouentza\t15.0\t-2.95\tDouentza\t\n\
         P\t40\tML\t04\t7701490\tP.PPLA2\tTenenkou\t11000\t14.46\t-4.92\t\n\
         P\t41\tML\t04\t7701491\tP.PPLA2\tDouentza\t24000\t15.0\t-2.95\t\n\
         P\t42\tML\t04\t7701491\t\tSama\t0\t15.2\t-2.7\t\n"
    );
    Gazetteer::from_text(&text)
}

#[test]
fn a_village_placed_near_a_town_far_from_it_is_another_village_coded_to_the_town() {
    let g = two_cercles();
    // The only Sama the gazetteer has lies some 200 km from Tenenkou: the Sama "near Tenenkou"
    // is a village it lacks, and the event is near Tenenkou.
    let (_, loc) = run(
        &g,
        "Herders were shot dead at Sama, near Tenenkou, on Sunday night.",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Tenenkou");
    assert_eq!(loc.precision, GeoPrecision::NearPlace);
    // In French too, with an aside in brackets between the two names.
    let (_, loc) = run(
        &g,
        "Des bergers ont été tués à Sama (un hameau) près de Tenenkou dimanche.",
    );
    assert_eq!(loc.map(|l| l.place.name), Some("Tenenkou".to_string()));
    // Near a town close to it, the village stays the place.
    let (_, loc) = run(
        &g,
        "Herders were shot dead at Sama, near Douentza, on Sunday.",
    );
    let loc = loc.expect("a location");
    assert_eq!(
        (loc.place.name.as_str(), loc.precision),
        ("Sama", GeoPrecision::Place)
    );
    // A bearing or a distance is no "near": "Sama, 200 km east of Tenenkou" keeps Sama.
    let (_, loc) = run(
        &g,
        "Herders were shot dead at Sama, 200 km east of Tenenkou, on Sunday.",
    );
    assert_eq!(loc.map(|l| l.place.name), Some("Sama".to_string()));
}

#[test]
fn a_village_outside_the_cercle_stated_for_it_is_coded_to_that_cercle() {
    let g = two_cercles();
    // The gazetteer's Sama lies in Douentza, far from Tenenkou: the Sama "in the Tenenkou
    // cercle" is one it lacks, so the event goes to the cercle's seat at precision 2.
    let (_, loc) = run(
        &g,
        "Three farmers died when gunmen raided Sama in the Tenenkou Cercle overnight.",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Tenenkou");
    assert_eq!(loc.place.admin2.as_deref(), Some("Tenenkou"));
    assert_eq!(loc.precision, GeoPrecision::NearPlace);
    // The cercle it lies in keeps it.
    let (_, loc) = run(
        &g,
        "Three farmers died when gunmen raided Sama in the Douentza Cercle overnight.",
    );
    assert_eq!(loc.map(|l| l.place.name), Some("Sama".to_string()));
}

#[test]
fn a_hyphenated_name_whose_first_part_is_a_stop_word_is_still_a_name() {
    // "In" is a function word and "Bambara" a people, but "In-Tebezas" and "Bambara-Were" are
    // villages the gazetteer knows by those names.
    let text = format!(
        "{FIXTURE}P\t50\tML\t04\t7701484\t\tIn Tebezas\t0\t14.6\t-3.9\tintebezas\n\
         P\t51\tML\t04\t7701484\t\tBambara Were\t0\t14.3\t-4.3\tbambarawere\n"
    );
    let g = Gazetteer::from_text(&text);
    let (_, loc) = run(&g, "A supply convoy hit a mine near In-Tebezas on Friday.");
    let loc = loc.expect("a location");
    assert!(!loc.country_only);
    assert!((loc.place.latitude.expect("coordinates") - 14.6).abs() < 0.01);
    let (_, loc) = run(
        &g,
        "Gunmen raided the gendarmerie post in Bambara-Were at dawn.",
    );
    let loc = loc.expect("a location");
    assert!((loc.place.latitude.expect("coordinates") - 14.3).abs() < 0.01);
    // The word alone is still no place.
    let (d, _) = run(&g, "Bambara hunters and Fulani herders met in Mopti.");
    assert!(!places(&d).iter().any(|(s, _)| s.starts_with("Bambara")));
}

#[test]
fn notes_naming_the_unit_a_region_was_carved_from_keep_the_new_region() {
    // The embedded gazetteer: Mali's Menaka region was carved out of Gao (admin-changes.tsv);
    // notes still written "Menaka (Gao)" mean the town in today's Menaka region.
    let g = Gazetteer::embedded();
    let (_, loc) = run(
        g,
        "Gunmen on a motorbike fired at a water tower in Menaka (Gao) at night.",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.admin1.as_deref(), Some("Menaka"));
    assert_eq!(loc.place.admin2.as_deref(), Some("Menaka"));
    // A notes form naming an admin1 the place has nothing to do with still wins.
    let (_, loc) = run(
        g,
        "Gunmen on a motorbike fired at a water tower in Ansongo (Ansongo, Gao) at night.",
    );
    assert_eq!(
        loc.expect("a location").place.admin1.as_deref(),
        Some("Gao")
    );
}

#[test]
fn a_distance_away_from_a_town_is_near_it() {
    // "N km away from X" places the event by X at precision 2, like "N km from X"; it is not
    // where people came from.
    let (_, loc) = run(
        &gaz(),
        "Gunmen from Mopti set fire to trucks at a quarry 12km away from Bankass on Tuesday.",
    );
    let loc = loc.expect("a location");
    assert!(!loc.country_only);
    assert_eq!(
        (loc.place.name.as_str(), loc.precision),
        ("Bankass", GeoPrecision::NearPlace)
    );
}

#[test]
fn a_facility_named_after_its_town_is_in_the_town() {
    // A capitalised facility noun after a village's name is no surname: the village is the
    // place ("the Sama Hospital").
    let (_, loc) = run(
        &two_cercles(),
        "Two shells landed inside the Sama Hospital compound late on Friday.",
    );
    let loc = loc.expect("a location");
    assert!(!loc.country_only);
    assert_eq!(loc.place.name, "Sama");
}

#[test]
fn an_ordinal_names_a_numbered_region_only_with_its_admin_word() {
    // Mali's regions are also known by number ("the Fifth Region" is Mopti): an ordinal
    // alone is an ordinary word, as in a military rank or a list.
    let g = Gazetteer::embedded();
    let (d, loc) = run(
        g,
        "Second Lieutenant Sidibe was hurt when a patrol came under fire. First accounts spoke of two attackers.",
    );
    assert!(places(&d).is_empty(), "{:?}", places(&d));
    assert!(loc.is_none());
    let (_, loc) = run(
        g,
        "Bandits robbed traders on a road in the Fifth Region on Monday.",
    );
    assert_eq!(
        loc.expect("a location").place.admin1.as_deref(),
        Some("Mopti")
    );
}

#[test]
fn a_place_the_notes_code_the_event_to_stays_whatever_it_is_near() {
    // "coded as Sama" is the notes' own decision, even with a far town named after it.
    let (_, loc) = run(
        &two_cercles(),
        "Herders were robbed on a track, coded as Sama near Tenenkou, at dusk.",
    );
    assert_eq!(loc.map(|l| l.place.name), Some("Sama".to_string()));
}

/// Two villages called Koira in the Douentza cercle: one 80 km from the commune town of Boni
/// (listed first), one beside it.
fn two_koiras() -> Gazetteer {
    Gazetteer::from_text(&format!(
        "{FIXTURE}2\tML\t04\t7701491\tDouentza\t15.0\t-2.95\tDouentza\t\n\
         P\t41\tML\t04\t7701491\tP.PPLA2\tDouentza\t24000\t15.0\t-2.95\t\n\
         P\t60\tML\t04\t7701491\t\tKoira\t0\t15.3\t-2.4\t\n\
         P\t61\tML\t04\t7701491\t\tKoira\t0\t15.05\t-1.75\t\n\
         P\t62\tML\t04\t7701491\t\tBoni\t0\t15.08\t-1.8\t\n"
    ))
}

#[test]
fn among_namesakes_of_one_cercle_the_one_by_the_named_commune_wins() {
    // Two villages called Koira in the Douentza cercle, one beside the commune town of Boni,
    // one 80 km away: "Koira, Boni Commune" is the first, whichever the gazetteer lists first.
    let g = two_koiras();
    let (_, loc) = run(
        &g,
        "Armed men burned granaries at Koira, Boni Commune (Douentza, Mopti) overnight.",
    );
    let loc = loc.expect("a location");
    assert!((loc.place.longitude.expect("coordinates") + 1.75).abs() < 0.01);
}

#[test]
fn x_near_y_picks_the_namesake_of_x_by_y() {
    let g = two_koiras();
    let (_, loc) = run(
        &g,
        "Two herders were shot dead at Koira near Boni on Sunday.",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.name, "Koira");
    assert!((loc.place.longitude.expect("coordinates") + 1.75).abs() < 0.01);
    // So does a road between the two.
    let (d, _) = run(&g, "A mine hit a cart on the track between Boni and Koira.");
    let koira = places(&d)
        .into_iter()
        .find(|(s, _)| *s == "Koira")
        .expect("Koira")
        .1;
    assert!((koira.place.longitude.expect("coordinates") + 1.75).abs() < 0.01);
    // And a town the sentence names that the country has only one of.
    let (d, _) = run(
        &g,
        "Raiders looted granaries in Boni and Koira before dawn.",
    );
    let koira = places(&d)
        .into_iter()
        .find(|(s, _)| *s == "Koira")
        .expect("Koira")
        .1;
    assert!((koira.place.longitude.expect("coordinates") + 1.75).abs() < 0.01);
}

#[test]
fn a_country_name_is_the_country_not_its_namesake_town() {
    // Colombia has a town and a municipality called Colombia (Huila): "in southwestern
    // Colombia" names the country, so the event goes to the department the sentence names.
    let g = Gazetteer::embedded();
    let (d, loc) = run(
        g,
        "Rebels killed two soldiers in an ambush in the department of Cauca in southwestern Colombia on Wednesday.",
    );
    let colombia = places(&d)
        .into_iter()
        .find(|(s, _)| *s == "Colombia")
        .map(|(_, p)| p.place.kind);
    assert_eq!(colombia, Some(PlaceKind::Country));
    let loc = loc.expect("a location");
    assert_eq!(loc.place.admin1.as_deref(), Some("Cauca"));
    assert_eq!(loc.precision, GeoPrecision::Region);
}

#[test]
fn a_two_part_name_takes_its_first_part_in_the_stated_cercle_before_a_neighbours() {
    // "Sirakoro-Peul (Koro, Mopti)": the gazetteer lacks the whole name; its first part is a
    // village of Koro and of neighbouring Bankass. The stated cercle's own village wins, whatever
    // order the index lists the two in (Bankass's comes first here).
    let g = Gazetteer::from_text(&format!(
        "{FIXTURE}2\tML\t04\t7701494\tKoro\t14.07\t-3.08\tKoro\t\n\
         P\t60\tML\t04\t7701494\tP.PPLA2\tKoro\t20000\t14.07\t-3.08\t\n\
         P\t61\tML\t04\t7701493\t\tSirakoro\t0\t14.05\t-3.15\t\n\
         P\t62\tML\t04\t7701494\t\tSirakoro\t0\t14.30\t-3.00\t\n"
    ));
    let (_, loc) = run(
        &g,
        "On 4 May 2021, gunmen attacked Sirakoro-Peul (Koro, Mopti) and burned granaries.",
    );
    let loc = loc.expect("a location");
    assert_eq!(loc.place.admin2.as_deref(), Some("Koro"));
    assert!((loc.place.latitude.expect("coordinates") - 14.30).abs() < 0.01);
}

#[test]
fn a_unit_named_by_compass_words_only_is_no_unit_abroad() {
    // "North Central" is a Sri Lankan province; in a list of Burkina Faso's regions it is
    // Burkina's Centre-Nord, named by compass words only, and says nothing of Sri Lanka (a
    // compass word before another now starts a unit's name: "North Kivu").
    let g = Gazetteer::embedded();
    let (d, _) = run(
        g,
        "Security forces arrested 262 suspected bandits in the East, North Central and Central \
         South regions of Burkina Faso between March 28 and April 7.",
    );
    assert!(
        places(&d).iter().all(|(_, p)| p.place.country_code != "LK"),
        "{:?}",
        places(&d)
    );
    // "North Kivu province" is found, though "north" alone is stop-listed.
    let (_, loc) = run(
        g,
        "Rebels attacked an army post in North Kivu province on Monday.",
    );
    assert_eq!(loc.map(|l| l.place.country_code), Some("CD".into()));
}

#[test]
fn a_place_stated_right_beside_a_unit_of_its_country_is_no_foreign_namesake() {
    // "X, Y Province": a Burkinabe village of X, not Mali's namesake, even with no other clue;
    // "X Ouest" is one name, its compass word no unit stated for X.
    let g = Gazetteer::embedded();
    let (_, loc) = run(
        g,
        "A passenger lorry came under gunfire on Friday at Digani, Kossi Province.",
    );
    assert_eq!(loc.map(|l| l.place.country_code), Some("BF".into()));
    let (_, loc) = run(
        g,
        "A car was shot at on the road from In-Ekar Ouest to Chagham (coded as In-Ekar Ouest at \
         geoprecision 2).",
    );
    assert_eq!(loc.map(|l| l.place.country_code), Some("ML".into()));
}
