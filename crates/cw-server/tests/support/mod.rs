//! Test support shared by the API tests, the browser test and the load generator:
//! synthetic events and an in-memory [`EventStore`] that applies ACLED's filter semantics
//! and records the queries it receives.
#![allow(dead_code)]

use chrono::{Datelike, NaiveDate};
use cw_record::{
    DisorderType, Event, Evidence, GeoPrecision, Inter, SubEventType, TimePrecision,
    CIVILIANS_TARGETED,
};
use cw_store::{
    Admin1Stat, Condition, EventDetail, EventStore, EventTypeStat, IngestOutcome, Op, Query,
    SourceReading, Stats, StoreError, StoredReport, WeekStat,
};
use std::collections::BTreeMap;
use std::sync::Mutex;

/// Towns used for synthetic events: (country, iso, admin1, location, lat, lon).
/// Approximate coordinates, for load and rendering tests only.
pub const TOWNS: &[(&str, u16, &str, &str, f64, f64)] = &[
    ("Niger", 562, "Tillaberi", "Ouallam", 14.32, 2.09),
    ("Niger", 562, "Tillaberi", "Torodi", 13.12, 1.80),
    ("Niger", 562, "Tillaberi", "Tera", 14.01, 0.75),
    ("Niger", 562, "Tahoua", "Tillia", 16.14, 4.79),
    ("Niger", 562, "Diffa", "Diffa", 13.32, 12.61),
    ("Niger", 562, "Maradi", "Guidan Roumdji", 13.66, 6.70),
    ("Mali", 466, "Mopti", "Djenne", 13.91, -4.55),
    ("Mali", 466, "Mopti", "Bandiagara", 14.35, -3.61),
    ("Mali", 466, "Gao", "Ansongo", 15.66, 0.50),
    ("Mali", 466, "Segou", "Niono", 14.25, -5.99),
    ("Mali", 466, "Timbuktu", "Goundam", 16.41, -3.67),
    ("Burkina Faso", 854, "Sahel", "Djibo", 14.10, -1.63),
    ("Burkina Faso", 854, "Sahel", "Dori", 14.04, -0.03),
    ("Burkina Faso", 854, "Est", "Fada N'gourma", 12.06, 0.36),
    ("Burkina Faso", 854, "Centre-Nord", "Kaya", 13.09, -1.08),
    (
        "Burkina Faso",
        854,
        "Boucle du Mouhoun",
        "Dedougou",
        12.46,
        -3.46,
    ),
    ("Nigeria", 566, "Borno", "Maiduguri", 11.85, 13.16),
    ("Nigeria", 566, "Borno", "Bama", 11.52, 13.69),
    ("Nigeria", 566, "Zamfara", "Gusau", 12.16, 6.66),
    ("Nigeria", 566, "Katsina", "Funtua", 11.52, 7.31),
    ("Nigeria", 566, "Plateau", "Bokkos", 9.30, 8.99),
];

const SUBS: &[SubEventType] = &[
    SubEventType::ArmedClash,
    SubEventType::Attack,
    SubEventType::RemoteExplosiveLandmineIed,
    SubEventType::AirDroneStrike,
    SubEventType::AbductionForcedDisappearance,
    SubEventType::PeacefulProtest,
    SubEventType::LootingPropertyDestruction,
    SubEventType::MobViolence,
];

const ACTORS: &[(&str, Inter)] = &[
    ("Military Forces of Niger (2023-)", Inter::StateForces),
    ("Military Forces of Mali (2021-)", Inter::StateForces),
    (
        "Military Forces of Burkina Faso (2022-)",
        Inter::StateForces,
    ),
    ("Military Forces of Nigeria (2023-)", Inter::StateForces),
    (
        "JNIM: Group for Support of Islam and Muslims",
        Inter::RebelGroup,
    ),
    ("Islamic State Sahel Province", Inter::RebelGroup),
    (
        "Unidentified Armed Group (Nigeria)",
        Inter::PoliticalMilitia,
    ),
];

/// A small deterministic generator (xorshift), so runs are reproducible without a crate.
pub struct Rng(u64);
impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A plausible synthetic event (dates over 2020-2025, points scattered up to ~80 km around
/// a town so that the store's de-duplication rarely merges two of them) with one evidence
/// span into [`synthetic_text`].
pub fn synthetic_event(i: u64, rng: &mut Rng) -> Event {
    let town = TOWNS[rng.below(TOWNS.len() as u64) as usize];
    let sub = SUBS[rng.below(SUBS.len() as u64) as usize];
    let day = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default()
        + chrono::Duration::days(rng.below(6 * 365) as i64);
    let (a1, i1) = ACTORS[rng.below(ACTORS.len() as u64) as usize];
    let civ = sub == SubEventType::Attack || sub == SubEventType::AbductionForcedDisappearance;
    let (a2, i2) = if civ {
        (format!("Civilians ({})", town.0), Some(Inter::Civilians))
    } else if sub == SubEventType::PeacefulProtest {
        (String::new(), None)
    } else {
        let (a, i) = ACTORS[rng.below(ACTORS.len() as u64) as usize];
        (a.to_string(), Some(i))
    };
    let fatalities = if rng.below(3) == 0 { 0 } else { rng.below(25) };
    let text = synthetic_text(town.3, fatalities);
    let loc_start = text.find(town.3).unwrap_or(0);
    Event {
        event_id_cnty: Some(format!("SYN{i}")),
        event_date: day,
        year: day.year(),
        time_precision: TimePrecision::Day,
        disorder_type: sub.disorder_type(),
        event_type: sub.event_type(),
        sub_event_type: sub,
        actor1: a1.to_string(),
        assoc_actor_1: String::new(),
        inter1: Some(i1),
        actor2: a2,
        assoc_actor_2: String::new(),
        inter2: i2,
        interaction: cw_record::interaction_text(Some(i1), i2).unwrap_or_default(),
        civilian_targeting: if civ {
            CIVILIANS_TARGETED.to_string()
        } else {
            String::new()
        },
        iso: town.1,
        region: "Western Africa".to_string(),
        country: town.0.to_string(),
        admin1: town.2.to_string(),
        admin2: String::new(),
        admin3: String::new(),
        location: town.3.to_string(),
        latitude: Some(town.4 + (rng.below(1500) as f64 - 750.0) / 1000.0),
        longitude: Some(town.5 + (rng.below(1500) as f64 - 750.0) / 1000.0),
        geo_precision: GeoPrecision::Place,
        source: "Synthetic Wire".to_string(),
        source_scale: "National".to_string(),
        notes: text.clone(),
        fatalities,
        tags: String::new(),
        timestamp: Some(1_735_689_600 + i as i64),
        article_id: format!("syn-{i}"),
        injuries: 0,
        attackers: None,
        fatalities_range: None,
        country_only: false,
        evidence: vec![Evidence {
            field: "location".into(),
            start: loc_start,
            end: loc_start + town.3.len(),
            text: town.3.to_string(),
            rule: Some("gazetteer".into()),
        }],
        confidence: 0.8,
    }
}

pub fn synthetic_text(town: &str, fatalities: u64) -> String {
    format!("Synthetic report: an incident near {town} left {fatalities} people dead, according to local sources.")
}

/// A stored report for a synthetic event.
pub fn synthetic_report(e: &Event) -> StoredReport {
    StoredReport {
        id: e.article_id.clone(),
        text: e.notes.clone(),
        published: Some(e.event_date),
        source: Some("Synthetic Wire".into()),
        url: None,
        title: None,
        hash: cw_store::content_hash(&format!("{} {}", e.article_id, e.notes)),
    }
}

// ---------------------------------------------------------------- in-memory store

/// Events in memory, filtered with ACLED's semantics through [`Event::column`]. Records
/// every query it answers so tests can check what the API asked the store.
#[derive(Default)]
pub struct MemStore {
    pub events: Mutex<Vec<(Event, StoredReport)>>,
    pub queries: Mutex<Vec<Query>>,
    /// Content hashes of every ingested report (also those that coded to no event).
    pub reports: Mutex<Vec<String>>,
}

impl MemStore {
    pub fn with(events: Vec<Event>) -> MemStore {
        let s = MemStore::default();
        if let Ok(mut v) = s.events.lock() {
            for e in events {
                let r = synthetic_report(&e);
                v.push((e, r));
            }
        }
        s
    }

    pub fn last_query(&self) -> Option<Query> {
        self.queries.lock().ok().and_then(|q| q.last().cloned())
    }

    fn matching(&self, q: &Query) -> Result<Vec<Event>, StoreError> {
        if let Ok(mut log) = self.queries.lock() {
            log.push(q.clone());
        }
        let all = self
            .events
            .lock()
            .map_err(|_| StoreError::Corrupt("poisoned".into()))?;
        let mut out: Vec<Event> = Vec::new();
        for (e, _) in all.iter() {
            let mut ok = true;
            for c in &q.conditions {
                ok &= cond_matches(e, c)?;
            }
            if ok {
                out.push(e.clone());
            }
        }
        out.sort_by(|a, b| {
            b.event_date
                .cmp(&a.event_date)
                .then(b.event_id_cnty.cmp(&a.event_id_cnty))
        });
        Ok(out)
    }
}

fn cond_matches(e: &Event, c: &Condition) -> Result<bool, StoreError> {
    let cols: Vec<String> = if c.field == "actor" {
        ["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"]
            .iter()
            .map(|f| e.column(f, false))
            .collect()
    } else if cw_store::query::field_kind(&c.field).is_some() {
        vec![e.column(&c.field, false)]
    } else {
        return Err(StoreError::InvalidQuery(format!(
            "unknown field {}",
            c.field
        )));
    };
    let cmp = |a: &str, b: &str| match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal),
        _ => a.to_lowercase().cmp(&b.to_lowercase()),
    };
    use std::cmp::Ordering::*;
    Ok(cols.iter().any(|v| match c.op {
        Op::Between => {
            c.values.len() == 2 && cmp(v, &c.values[0]) != Less && cmp(v, &c.values[1]) != Greater
        }
        Op::Like => c.values.iter().any(|x| {
            v.to_lowercase()
                .contains(&x.trim_matches('%').to_lowercase())
        }),
        Op::Eq => c.values.iter().any(|x| cmp(v, x) == Equal),
        Op::Ge => c.values.iter().any(|x| cmp(v, x) != Less),
        Op::Le => c.values.iter().any(|x| cmp(v, x) != Greater),
        Op::Gt => c.values.iter().any(|x| cmp(v, x) == Greater),
        Op::Lt => c.values.iter().any(|x| cmp(v, x) == Less),
    }))
}

impl EventStore for MemStore {
    fn ingest(&self, report: &StoredReport, events: &[Event]) -> Result<IngestOutcome, StoreError> {
        let mut all = self
            .events
            .lock()
            .map_err(|_| StoreError::Corrupt("poisoned".into()))?;
        let mut reports = self
            .reports
            .lock()
            .map_err(|_| StoreError::Corrupt("poisoned".into()))?;
        if reports.contains(&report.hash) {
            let ids = all
                .iter()
                .filter(|(_, r)| r.hash == report.hash)
                .filter_map(|(e, _)| e.event_id_cnty.clone())
                .collect();
            return Ok(IngestOutcome {
                report_new: false,
                events_new: 0,
                events_merged: 0,
                event_ids: ids,
            });
        }
        reports.push(report.hash.clone());
        let mut ids = Vec::new();
        for e in events {
            let mut e = e.clone();
            let id = format!("MEM{}", all.len() + 1);
            e.event_id_cnty = Some(id.clone());
            ids.push(id);
            all.push((e, report.clone()));
        }
        Ok(IngestOutcome {
            report_new: true,
            events_new: events.len(),
            events_merged: 0,
            event_ids: ids,
        })
    }

    fn ingest_batch(
        &self,
        batch: &[(StoredReport, Vec<Event>)],
    ) -> Result<Vec<IngestOutcome>, StoreError> {
        batch.iter().map(|(r, e)| self.ingest(r, e)).collect()
    }

    fn query(&self, q: &Query) -> Result<Vec<Event>, StoreError> {
        let v = self.matching(q)?;
        Ok(v.into_iter()
            .skip(q.offset)
            .take(q.limit.unwrap_or(usize::MAX))
            .collect())
    }

    fn count(&self, q: &Query) -> Result<u64, StoreError> {
        Ok(self.matching(q)?.len() as u64)
    }

    fn get(&self, event_id: &str) -> Result<Option<EventDetail>, StoreError> {
        let all = self
            .events
            .lock()
            .map_err(|_| StoreError::Corrupt("poisoned".into()))?;
        Ok(all
            .iter()
            .find(|(e, _)| e.event_id_cnty.as_deref() == Some(event_id))
            .map(|(e, r)| EventDetail {
                event: e.clone(),
                sources: vec![SourceReading {
                    report_id: r.id.clone(),
                    title: r.title.clone(),
                    url: r.url.clone(),
                    source: r.source.clone(),
                    published: r.published,
                    text: r.text.clone(),
                    event: e.clone(),
                }],
            }))
    }

    fn stats(&self, q: &Query) -> Result<Stats, StoreError> {
        let v = self.matching(q)?;
        let mut weeks: BTreeMap<NaiveDate, (u64, u64)> = BTreeMap::new();
        let mut a1: BTreeMap<(String, String), (u64, u64)> = BTreeMap::new();
        let mut types: BTreeMap<String, (u64, u64)> = BTreeMap::new();
        for e in &v {
            let monday = e.event_date
                - chrono::Duration::days(e.event_date.weekday().num_days_from_monday() as i64);
            let w = weeks.entry(monday).or_default();
            w.0 += 1;
            w.1 += e.fatalities;
            let a = a1.entry((e.country.clone(), e.admin1.clone())).or_default();
            a.0 += 1;
            a.1 += e.fatalities;
            let t = types.entry(e.event_type.as_str().to_string()).or_default();
            t.0 += 1;
            t.1 += e.fatalities;
        }
        Ok(Stats {
            by_week: weeks
                .into_iter()
                .map(|(week, (events, fatalities))| WeekStat {
                    week,
                    events,
                    fatalities,
                })
                .collect(),
            by_admin1: a1
                .into_iter()
                .map(|((country, admin1), (events, fatalities))| Admin1Stat {
                    country,
                    admin1,
                    events,
                    fatalities,
                })
                .collect(),
            by_event_type: types
                .into_iter()
                .map(|(event_type, (events, fatalities))| EventTypeStat {
                    event_type,
                    events,
                    fatalities,
                })
                .collect(),
        })
    }

    fn report_known(&self, hash: &str, _url: Option<&str>) -> Result<bool, StoreError> {
        let reports = self
            .reports
            .lock()
            .map_err(|_| StoreError::Corrupt("poisoned".into()))?;
        Ok(reports.iter().any(|h| h == hash))
    }
}

/// A fixed, hand-made set of events for API tests (ids T1..T4).
pub fn fixture_events() -> Vec<Event> {
    let mut rng = Rng::new(7);
    let mut v: Vec<Event> = (1..=4).map(|i| synthetic_event(i, &mut rng)).collect();
    let set = |e: &mut Event,
               id: &str,
               country: &str,
               iso: u16,
               admin1: &str,
               loc: &str,
               date: (i32, u32, u32)| {
        e.event_id_cnty = Some(id.into());
        e.country = country.into();
        e.iso = iso;
        e.admin1 = admin1.into();
        e.location = loc.into();
        e.event_date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap_or_default();
        e.year = date.0;
    };
    set(
        &mut v[0],
        "T1",
        "Niger",
        562,
        "Tillaberi",
        "Ouallam",
        (2025, 3, 17),
    );
    set(
        &mut v[1],
        "T2",
        "Niger",
        562,
        "Tahoua",
        "Tillia",
        (2025, 2, 2),
    );
    set(
        &mut v[2],
        "T3",
        "Mali",
        466,
        "Mopti",
        "Djenne",
        (2025, 3, 30),
    );
    set(
        &mut v[3],
        "T4",
        "Burkina Faso",
        854,
        "Sahel",
        "Djibo",
        (2024, 12, 24),
    );
    v[0].sub_event_type = SubEventType::ArmedClash;
    v[0].event_type = SubEventType::ArmedClash.event_type();
    v[0].disorder_type = DisorderType::PoliticalViolence;
    v[0].actor1 = "Military Forces of Niger (2023-)".into();
    v[0].inter1 = Some(Inter::StateForces);
    v[0].actor2 = "Islamic State Sahel Province".into();
    v[0].inter2 = Some(Inter::RebelGroup);
    v[0].interaction = "State forces-Rebel group".into();
    for (e, actor) in v.iter_mut().zip([
        "",
        "JNIM: Group for Support of Islam and Muslims",
        "Military Forces of Mali (2021-)",
        "Islamic State Sahel Province",
    ]) {
        if !actor.is_empty() {
            e.actor1 = actor.to_string();
        }
    }
    v[0].fatalities = 12;
    v[1].fatalities = 0;
    v[2].fatalities = 5;
    v[3].fatalities = 30;
    for e in &mut v {
        refresh_text(e);
    }
    v
}

/// Rewrite an event's report text and its location evidence after its fields changed.
pub fn refresh_text(e: &mut Event) {
    e.notes = synthetic_text(&e.location, e.fatalities);
    let start = e.notes.find(&e.location).unwrap_or(0);
    e.evidence = vec![Evidence {
        field: "location".into(),
        start,
        end: start + e.location.len(),
        text: e.location.clone(),
        rule: Some("gazetteer".into()),
    }];
}
