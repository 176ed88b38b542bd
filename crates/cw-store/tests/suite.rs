//! One test suite, run against both backends: SQLite in a temp dir and PostgreSQL on
//! `CW_TEST_PG` (default: the local server on 127.0.0.1:5432, database `test`, user `postgres`
//! or else `root`), each test in its own schema, dropped afterwards. PostgreSQL tests FAIL (not skip) when the server is unreachable.
//!
//! Texts and events here are made up for the tests.

use chrono::NaiveDate;
use cw_record::{DisorderType, Event, EventType, GeoPrecision, Inter, SubEventType, TimePrecision};
use cw_store::{content_hash, EventStore, Op, Query, StoreError, StoredReport};
use std::sync::atomic::{AtomicUsize, Ordering};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// An army-vs-JNIM armed clash at Ouallam, Niger, on 2025-03-16, five killed.
fn clash() -> Event {
    Event {
        event_id_cnty: None,
        event_date: date("2025-03-16"),
        year: 2025,
        time_precision: TimePrecision::Day,
        disorder_type: DisorderType::PoliticalViolence,
        event_type: EventType::Battles,
        sub_event_type: SubEventType::ArmedClash,
        actor1: "Military Forces of Niger (2023-)".into(),
        assoc_actor_1: String::new(),
        inter1: Some(Inter::StateForces),
        actor2: "JNIM: Group for Support of Islam and Muslims".into(),
        assoc_actor_2: String::new(),
        inter2: Some(Inter::RebelGroup),
        interaction: "State forces-Rebel group".into(),
        civilian_targeting: String::new(),
        iso: 562,
        region: "Western Africa".into(),
        country: "Niger".into(),
        admin1: "Tillaberi".into(),
        admin2: "Ouallam".into(),
        admin3: String::new(),
        location: "Ouallam".into(),
        latitude: Some(14.3164),
        longitude: Some(2.0860),
        geo_precision: GeoPrecision::Place,
        source: String::new(),
        source_scale: String::new(),
        notes: "Soldiers and militants clashed near Ouallam.".into(),
        fatalities: 5,
        tags: String::new(),
        timestamp: None,
        article_id: String::new(),
        injuries: 0,
        attackers: None,
        fatalities_range: None,
        country_only: false,
        evidence: Vec::new(),
        confidence: 0.6,
    }
}

/// A civilian attack in Mali, far from the clash.
fn mali_attack(day: &str, fatalities: u64) -> Event {
    let mut e = clash();
    e.event_date = date(day);
    e.year = e.event_date.format("%Y").to_string().parse().unwrap();
    e.event_type = EventType::ViolenceAgainstCivilians;
    e.sub_event_type = SubEventType::Attack;
    e.civilian_targeting = "Civilians targeted".into();
    e.actor1 = "Unidentified Armed Group (Mali)".into();
    e.inter1 = Some(Inter::PoliticalMilitia);
    e.actor2 = "Civilians (Mali)".into();
    e.inter2 = Some(Inter::Civilians);
    e.interaction = "Political militia-Civilians".into();
    e.iso = 466;
    e.country = "Mali".into();
    e.admin1 = "Mopti".into();
    e.admin2 = "Bandiagara".into();
    e.location = "Bandiagara".into();
    e.latitude = Some(14.35);
    e.longitude = Some(-3.61);
    e.fatalities = fatalities;
    e
}

fn report(id: &str, text: &str, source: &str, url: Option<&str>) -> StoredReport {
    StoredReport {
        id: id.into(),
        text: text.into(),
        published: Some(date("2025-03-17")),
        source: Some(source.into()),
        url: url.map(Into::into),
        title: Some(format!("Title of {id}")),
        hash: content_hash(text),
    }
}

// ---- the cases ----------------------------------------------------------------------------

fn new_report_gets_acled_style_ids(s: &dyn EventStore) {
    let r = report(
        "r1",
        "Soldiers clashed with militants near Ouallam on Sunday.",
        "Agence A",
        None,
    );
    let out = s
        .ingest(&r, &[clash(), mali_attack("2025-03-10", 2)])
        .unwrap();
    assert!(out.report_new);
    assert_eq!((out.events_new, out.events_merged), (2, 0));
    assert_eq!(out.event_ids, vec!["NIR1".to_string(), "MLI1".to_string()]);
    let r2 = report(
        "r2",
        "Another attack on a Bandiagara market.",
        "Agence B",
        None,
    );
    let out = s.ingest(&r2, &[mali_attack("2025-02-01", 1)]).unwrap();
    assert_eq!(out.event_ids, vec!["MLI2".to_string()]);
    let e = s.get("NIR1").unwrap().unwrap().event;
    assert_eq!(e.event_id_cnty.as_deref(), Some("NIR1"));
    assert_eq!(
        e.source, "Agence A",
        "the report's source fills a blank source"
    );
    assert_eq!(e.article_id, "r1");
    assert!(e.timestamp.is_some());
    assert_eq!(s.count(&Query::new()).unwrap(), 3);
}

fn known_report_is_a_noop(s: &dyn EventStore) {
    let text = "Soldiers clashed with militants near Ouallam on Sunday.";
    let r = report("r1", text, "Agence A", Some("https://example.org/a"));
    let first = s.ingest(&r, &[clash()]).unwrap();
    // Same text modulo case and punctuation, new id: known by hash.
    let again = report(
        "r1-copy",
        "SOLDIERS clashed with militants, near Ouallam on Sunday",
        "Agence A",
        None,
    );
    let out = s.ingest(&again, &[clash()]).unwrap();
    assert!(!out.report_new);
    assert_eq!((out.events_new, out.events_merged), (0, 0));
    assert_eq!(out.event_ids, first.event_ids);
    // Different text, same URL (an updated page): known by URL.
    let updated = report(
        "r1-upd",
        "Updated: the toll rose.",
        "Agence A",
        Some("https://example.org/a"),
    );
    assert!(!s.ingest(&updated, &[clash()]).unwrap().report_new);
    assert!(s.report_known(&content_hash(text), None).unwrap());
    assert!(s
        .report_known("nope", Some("https://example.org/a"))
        .unwrap());
    assert!(!s
        .report_known("nope", Some("https://example.org/b"))
        .unwrap());
    assert_eq!(s.count(&Query::new()).unwrap(), 1);
    assert_eq!(s.get("NIR1").unwrap().unwrap().sources.len(), 1);
}

fn three_reports_of_one_event_make_one_event_with_three_sources(s: &dyn EventStore) {
    let a = clash();
    let mut b = clash();
    b.fatalities = 3; // a lower figure from another outlet
    b.location = "Tondikiwindi".into(); // a village a few km north
    b.latitude = Some(14.35);
    b.actor2 = "Unidentified Armed Group (Niger)".into();
    b.inter2 = Some(Inter::PoliticalMilitia);
    let mut c = clash();
    c.fatalities = 0; // silent on deaths
    c.event_type = EventType::ExplosionsRemoteViolence;
    c.sub_event_type = SubEventType::RemoteExplosiveLandmineIed;
    c.time_precision = TimePrecision::Week;
    c.event_date = date("2025-03-15");
    let o1 = s
        .ingest(
            &report("a", "Report one about the Ouallam clash.", "Agence A", None),
            &[a],
        )
        .unwrap();
    let o2 = s
        .ingest(
            &report("b", "Report two, other words.", "Radio B", None),
            &[b],
        )
        .unwrap();
    let o3 = s
        .ingest(
            &report(
                "c",
                "Report three: a mine blast, then fighting.",
                "Journal C",
                None,
            ),
            &[c],
        )
        .unwrap();
    assert_eq!(
        (o1.events_new, o2.events_merged, o3.events_merged),
        (1, 1, 1)
    );
    assert_eq!(
        o2.event_ids, o1.event_ids,
        "the id does not change on merge"
    );
    assert_eq!(o3.event_ids, o1.event_ids);
    assert_eq!(s.count(&Query::new()).unwrap(), 1);
    let d = s.get(&o1.event_ids[0]).unwrap().unwrap();
    assert_eq!(d.sources.len(), 3);
    assert_eq!(d.event.source, "Agence A; Radio B; Journal C");
    assert_eq!(d.event.fatalities, 3, "lowest non-zero figure");
    assert_eq!(
        d.event.sub_event_type,
        SubEventType::ArmedClash,
        "higher precedence wins"
    );
    assert_eq!(
        d.event.event_date,
        date("2025-03-16"),
        "the day-precise reading's date"
    );
    assert_eq!(d.event.time_precision, TimePrecision::Day);
    assert_eq!(
        d.event.actor2,
        "JNIM: Group for Support of Islam and Muslims"
    );
    // Each report's own reading is kept as coded.
    assert_eq!(d.sources[1].event.fatalities, 3);
    assert_eq!(d.sources[1].report_id, "b");
    assert_eq!(d.sources[1].source.as_deref(), Some("Radio B"));
    assert_eq!(
        d.sources[2].event.sub_event_type,
        SubEventType::RemoteExplosiveLandmineIed
    );
    assert_eq!(
        d.sources[2].text,
        "Report three: a mine blast, then fighting."
    );
    // The filter columns follow the merge too.
    let q = Query::new().filter("fatalities", Op::Eq, &["3"]);
    assert_eq!(s.count(&q).unwrap(), 1);
}

fn different_events_stay_apart(s: &dyn EventStore) {
    let a = clash();
    let mut far = clash();
    far.latitude = Some(14.7); // ~40 km away
    far.location = "Elsewhere".into();
    let mut next_day = clash();
    next_day.event_date = date("2025-03-17");
    let mut protest = clash();
    protest.event_type = EventType::Protests;
    protest.sub_event_type = SubEventType::PeacefulProtest;
    s.ingest(&report("a", "one", "A", None), std::slice::from_ref(&a))
        .unwrap();
    let o = s
        .ingest(&report("b", "two", "B", None), &[far, next_day, protest])
        .unwrap();
    assert_eq!((o.events_new, o.events_merged), (3, 0));
    // Two events of one report are never merged with each other, even if they look alike.
    let o = s
        .ingest(&report("c", "three", "C", None), &[a.clone(), a])
        .unwrap();
    assert_eq!((o.events_new, o.events_merged), (1, 1));
    assert_eq!(s.count(&Query::new()).unwrap(), 5);
}

fn filters_follow_acled_semantics(s: &dyn EventStore) {
    s.ingest(&report("n", "niger", "A", None), &[clash()])
        .unwrap();
    let evs: Vec<Event> = ["2025-01-05", "2025-02-05", "2025-03-05"]
        .iter()
        .map(|d| mali_attack(d, 4))
        .collect();
    s.ingest(&report("m", "mali", "B", None), &evs).unwrap();
    let n = |q: Query| s.count(&q).unwrap();
    assert_eq!(
        n(Query::new().filter("country", Op::Eq, &["mali"])),
        3,
        "case-insensitive equality"
    );
    assert_eq!(n(Query::new().filter("country", Op::Eq, &["Mal"])), 0);
    assert_eq!(
        n(Query::new().filter("country", Op::Like, &["al"])),
        3,
        "plain LIKE is a substring"
    );
    assert_eq!(
        n(Query::new().filter("country", Op::Like, &["N%"])),
        1,
        "% is a wildcard"
    );
    assert_eq!(
        n(Query::new().filter("country", Op::Eq, &["Mali", "Niger"])),
        4,
        "| is OR"
    );
    assert_eq!(
        n(Query::new().filter("event_date", Op::Between, &["2025-02-01", "2025-03-10"])),
        1 + 1
    );
    assert_eq!(
        n(Query::new().filter("event_date", Op::Ge, &["2025-03-01"])),
        2
    );
    assert_eq!(n(Query::new().filter("fatalities", Op::Gt, &["4"])), 1);
    assert_eq!(n(Query::new().filter("year", Op::Eq, &["2025"])), 4);
    assert_eq!(
        n(Query::new().filter("inter1", Op::Eq, &["1"])),
        1,
        "legacy inter codes"
    );
    assert_eq!(n(Query::new().filter("actor", Op::Like, &["jnim"])), 1);
    assert_eq!(n(Query::new().filter("actor", Op::Like, &["Civilians"])), 3);
    assert_eq!(
        n(Query::new().filter("country", Op::Eq, &["Mali"]).filter(
            "event_date",
            Op::Lt,
            &["2025-02-10"]
        )),
        2,
        "conditions are AND-ed"
    );
    // Injection attempts are just values.
    assert_eq!(
        n(Query::new().filter("country", Op::Eq, &["x' OR '1'='1"])),
        0
    );
    assert_eq!(n(Query::new()), 4);
    // Order: event_date descending; limit and offset page through it.
    let all = s.query(&Query::new()).unwrap();
    let dates: Vec<String> = all.iter().map(|e| e.event_date.to_string()).collect();
    assert_eq!(
        dates,
        vec!["2025-03-16", "2025-03-05", "2025-02-05", "2025-01-05"]
    );
    let page = s.query(&Query::new().limit(2).offset(1)).unwrap();
    assert_eq!(
        page.iter()
            .map(|e| e.event_date.to_string())
            .collect::<Vec<_>>(),
        vec!["2025-03-05", "2025-02-05"]
    );
    let tail = s.query(&Query::new().offset(3)).unwrap();
    assert_eq!(tail.len(), 1);
    // Unknown fields and bad values are errors, not empty results.
    assert!(matches!(
        s.query(&Query::new().filter("no_such_field", Op::Eq, &["1"])),
        Err(StoreError::InvalidQuery(_))
    ));
    assert!(matches!(
        s.count(&Query::new().filter("fatalities", Op::Eq, &["many"])),
        Err(StoreError::InvalidQuery(_))
    ));
}

fn stats_sum_events_and_fatalities(s: &dyn EventStore) {
    s.ingest(&report("n", "niger", "A", None), &[clash()])
        .unwrap();
    // 2025-03-10 (Mon) and 2025-03-12 (Wed) share a week; 2025-03-05 is the week before.
    let evs = vec![
        mali_attack("2025-03-10", 2),
        mali_attack("2025-03-12", 1),
        mali_attack("2025-03-05", 7),
    ];
    s.ingest(&report("m", "mali", "B", None), &evs).unwrap();
    let st = s.stats(&Query::new()).unwrap();
    let weeks: Vec<(String, u64, u64)> = st
        .by_week
        .iter()
        .map(|w| (w.week.to_string(), w.events, w.fatalities))
        .collect();
    assert_eq!(
        weeks,
        vec![("2025-03-03".into(), 1, 7), ("2025-03-10".into(), 3, 8)],
        "weeks start on Monday; the Niger clash (Sun 16th) is in the week of the 10th"
    );
    assert_eq!(st.by_admin1[0].admin1, "Mopti");
    assert_eq!(
        (st.by_admin1[0].events, st.by_admin1[0].fatalities),
        (3, 10)
    );
    let vac = st
        .by_event_type
        .iter()
        .find(|t| t.event_type == "Violence against civilians")
        .unwrap();
    assert_eq!((vac.events, vac.fatalities), (3, 10));
    let only_niger = s
        .stats(&Query::new().filter("country", Op::Eq, &["Niger"]))
        .unwrap();
    assert_eq!(only_niger.by_event_type.len(), 1);
    assert_eq!(only_niger.by_event_type[0].fatalities, 5);
}

fn batch_ingest_and_unknown_ids(s: &dyn EventStore) {
    let batch: Vec<(StoredReport, Vec<Event>)> = (0..20)
        .map(|i| {
            let day = format!("2024-01-{:02}", i + 1);
            (
                report(
                    &format!("b{i}"),
                    &format!("batch report {i}"),
                    "Batch",
                    None,
                ),
                vec![mali_attack(&day, i)],
            )
        })
        .collect();
    let outs = s.ingest_batch(&batch).unwrap();
    assert_eq!(outs.len(), 20);
    assert!(outs.iter().all(|o| o.report_new && o.events_new == 1));
    assert_eq!(outs[19].event_ids, vec!["MLI20".to_string()]);
    // Re-running the same batch changes nothing.
    let again = s.ingest_batch(&batch).unwrap();
    assert!(again.iter().all(|o| !o.report_new));
    assert_eq!(s.count(&Query::new()).unwrap(), 20);
    assert!(s.get("MLI999").unwrap().is_none());
    assert!(s.get("'; DROP TABLE events; --").unwrap().is_none());
}

/// One transaction holding reports that refer to each other: a later report merges into an
/// event created earlier in the same batch, a report repeated in the batch is known, and ids
/// keep counting in the next transactions.
fn one_batch_sees_its_own_earlier_reports(s: &dyn EventStore) {
    let mut second = clash();
    second.fatalities = 3;
    second.notes = "A second outlet's account of the Ouallam fighting.".into();
    let mut far = clash();
    far.latitude = Some(15.2); // ~100 km north: another event
    let first = report("a", "First account of the clash.", "Agence A", None);
    let batch = vec![
        (first.clone(), vec![clash(), mali_attack("2025-03-10", 2)]),
        (
            report("b", "Second account, other words.", "Radio B", None),
            vec![second],
        ),
        (first, vec![clash()]),
        (report("c", "A third report.", "Journal C", None), vec![far]),
    ];
    let outs = s.ingest_batch(&batch).unwrap();
    assert_eq!(
        outs[0].event_ids,
        vec!["NIR1".to_string(), "MLI1".to_string()]
    );
    assert_eq!((outs[1].events_new, outs[1].events_merged), (0, 1));
    assert_eq!(outs[1].event_ids, vec!["NIR1".to_string()]);
    assert!(!outs[2].report_new);
    assert_eq!(outs[2].event_ids, outs[0].event_ids);
    assert_eq!(outs[3].event_ids, vec!["NIR2".to_string()]);
    let d = s.get("NIR1").unwrap().unwrap();
    let ids: Vec<&str> = d.sources.iter().map(|r| r.report_id.as_str()).collect();
    assert_eq!(ids, ["a", "b"], "readings in ingest order");
    assert_eq!(d.event.fatalities, 3);
    assert_eq!(d.event.notes, clash().notes, "the first reading's notes");
    assert_eq!(d.event.source, "Agence A; Radio B");
    // Counters continue in later transactions, batched or not.
    let mut farther = clash();
    farther.latitude = Some(16.0);
    let o = s
        .ingest_batch(&[(
            report("d", "A fourth report.", "D", None),
            vec![farther.clone(), mali_attack("2024-01-01", 0)],
        )])
        .unwrap();
    assert_eq!(o[0].event_ids, vec!["NIR3".to_string(), "MLI2".to_string()]);
    farther.latitude = Some(17.0);
    let o = s
        .ingest(&report("e", "A fifth report.", "E", None), &[farther])
        .unwrap();
    assert_eq!(o.event_ids, vec!["NIR4".to_string()]);
    assert_eq!(s.count(&Query::new()).unwrap(), 6);
}

/// Enough readings in one transaction to be written in several groups, with merges between.
fn large_batch_keeps_every_reading(s: &dyn EventStore) {
    let batch: Vec<(StoredReport, Vec<Event>)> = (0..300)
        .map(|i| {
            let mut e = mali_attack(&format!("2023-{:02}-{:02}", i % 12 + 1, i % 28 + 1), 1);
            // Every third report retells the previous one's event (same day, place, actors).
            if i % 3 == 2 {
                let j = i - 1;
                e = mali_attack(&format!("2023-{:02}-{:02}", j % 12 + 1, j % 28 + 1), 1);
                e.latitude = Some(14.0 + f64::from(j) * 0.01 + 0.001);
            } else {
                e.latitude = Some(14.0 + f64::from(i) * 0.01);
            }
            (
                report(
                    &format!("l{i}"),
                    &format!("large batch report {i}"),
                    "L",
                    None,
                ),
                vec![e],
            )
        })
        .collect();
    let outs = s.ingest_batch(&batch).unwrap();
    let merged: usize = outs.iter().map(|o| o.events_merged).sum();
    assert_eq!(merged, 100);
    assert_eq!(s.count(&Query::new()).unwrap(), 200);
    for (i, o) in outs.iter().enumerate().filter(|(i, _)| i % 3 == 2) {
        assert_eq!(o.event_ids, outs[i - 1].event_ids);
        let d = s.get(&o.event_ids[0]).unwrap().unwrap();
        let ids: Vec<String> = d.sources.iter().map(|r| r.report_id.clone()).collect();
        assert_eq!(ids, vec![format!("l{}", i - 1), format!("l{i}")]);
    }
}

// ---- backends -----------------------------------------------------------------------------

struct SqliteGuard(#[allow(dead_code)] tempfile::TempDir);

fn sqlite_store() -> (Box<dyn EventStore>, SqliteGuard) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.db");
    let s = cw_store::open(path.to_str().unwrap()).unwrap();
    (s, SqliteGuard(dir))
}

/// The server to test against: `CW_TEST_PG`, else the local server as user `postgres`, else
/// as `root` (both have trust auth on this machine kind). The first that answers is used.
fn pg_url() -> String {
    static URL: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    URL.get_or_init(|| {
        if let Ok(u) = std::env::var("CW_TEST_PG") {
            return u;
        }
        let candidates = [
            "postgres://postgres@127.0.0.1:5432/test",
            "postgres://root@127.0.0.1:5432/test",
        ];
        candidates
            .iter()
            .find(|u| postgres::Client::connect(u, postgres::NoTls).is_ok())
            .unwrap_or(&candidates[0])
            .to_string()
    })
    .clone()
}

/// Drops the test's schema when the test ends (also on failure).
struct PgGuard {
    schema: String,
}

impl Drop for PgGuard {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&pg_url(), postgres::NoTls) {
            let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema));
        }
    }
}

fn pg_store() -> (Box<dyn EventStore>, PgGuard) {
    static N: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let schema = format!(
        "cw_test_{}_{}_{}",
        std::process::id(),
        nanos,
        N.fetch_add(1, Ordering::SeqCst)
    );
    let url = pg_url();
    let guard = PgGuard {
        schema: schema.clone(),
    };
    let sep = if url.contains('?') { '&' } else { '?' };
    match cw_store::open(&format!("{url}{sep}schema={schema}")) {
        Ok(s) => (s, guard),
        Err(e) => panic!(
            "PostgreSQL is required for this test and is unreachable at {url} ({e}). \
             Start it (e.g. `service postgresql start`) or point CW_TEST_PG at a server."
        ),
    }
}

macro_rules! suite {
    ($($case:ident),* $(,)?) => {
        mod sqlite {
            $( #[test] fn $case() { let (s, _g) = super::sqlite_store(); super::$case(&*s); } )*
        }
        mod postgres_backend {
            $( #[test] fn $case() { let (s, _g) = super::pg_store(); super::$case(&*s); } )*
        }
    };
}

suite!(
    new_report_gets_acled_style_ids,
    known_report_is_a_noop,
    three_reports_of_one_event_make_one_event_with_three_sources,
    different_events_stay_apart,
    filters_follow_acled_semantics,
    stats_sum_events_and_fatalities,
    batch_ingest_and_unknown_ids,
    one_batch_sees_its_own_earlier_reports,
    large_batch_keeps_every_reading,
);

#[test]
fn sqlite_store_survives_reopen_and_keeps_counters() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.db");
    let p = path.to_str().unwrap();
    {
        let s = cw_store::open(p).unwrap();
        s.ingest(&report("a", "first", "A", None), &[clash()])
            .unwrap();
    }
    let s = cw_store::open(p).unwrap();
    let mut other = clash();
    other.latitude = Some(13.5);
    let o = s
        .ingest(&report("b", "second", "B", None), &[other])
        .unwrap();
    assert_eq!(o.event_ids, vec!["NIR2".to_string()]);
    assert!(
        !s.ingest(&report("a", "first", "A", None), &[clash()])
            .unwrap()
            .report_new
    );
}

/// Readers run beside the writer and only ever see whole reports (counts never go back,
/// never show half a report) and, at the end, everything.
#[test]
fn sqlite_readers_run_beside_the_writer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.db");
    let s: std::sync::Arc<dyn EventStore> = cw_store::open(path.to_str().unwrap()).unwrap().into();
    let writer = {
        let s = s.clone();
        std::thread::spawn(move || {
            for i in 0..40u64 {
                let day = format!("2024-02-{:02}", i % 28 + 1);
                let mut far = mali_attack(&day, 1);
                far.latitude = Some(10.0 + i as f64); // never merged
                let r = report(&format!("w{i}"), &format!("writer report {i}"), "W", None);
                s.ingest(
                    &r,
                    &[far.clone(), {
                        far.longitude = Some(20.0);
                        far
                    }],
                )
                .unwrap();
            }
        })
    };
    let mut last = 0;
    while !writer.is_finished() {
        let n = s.count(&Query::new()).unwrap();
        assert!(n >= last && n & 1 == 0, "count went from {last} to {n}");
        last = n;
    }
    writer.join().unwrap();
    assert_eq!(s.count(&Query::new()).unwrap(), 80);
}
