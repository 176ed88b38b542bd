//! Synthetic, already-coded events for the store benchmarks (made up: random places inside
//! rough country boxes, random dates 2015-2025, a few actor pairs). Deterministic per seed.

#![allow(dead_code)]

use chrono::{Duration, NaiveDate};
use cw_record::{Event, GeoPrecision, Inter, SubEventType, TimePrecision};
use cw_store::{content_hash, StoredReport};

/// xorshift64*: a tiny deterministic generator (no dependency needed for fake data).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// (name, ISO numeric, lat range, lon range, admin1 names)
type CountrySpec = (
    &'static str,
    u16,
    (f64, f64),
    (f64, f64),
    &'static [&'static str],
);

pub const COUNTRIES: &[CountrySpec] = &[
    (
        "Niger",
        562,
        (12.0, 20.0),
        (1.0, 14.0),
        &["Tillaberi", "Tahoua", "Diffa", "Dosso", "Maradi"],
    ),
    (
        "Mali",
        466,
        (11.0, 20.0),
        (-11.0, 3.0),
        &["Mopti", "Segou", "Gao", "Timbuktu", "Menaka"],
    ),
    (
        "Burkina Faso",
        854,
        (10.0, 15.0),
        (-5.0, 2.0),
        &["Sahel", "Est", "Nord", "Centre-Nord", "Boucle du Mouhoun"],
    ),
    (
        "Nigeria",
        566,
        (5.0, 13.0),
        (3.0, 14.0),
        &["Borno", "Zamfara", "Kaduna", "Katsina", "Benue"],
    ),
    (
        "Chad",
        148,
        (8.0, 16.0),
        (14.0, 23.0),
        &[
            "Lac",
            "Ouaddai",
            "Salamat",
            "Logone Oriental",
            "Hadjer-Lamis",
        ],
    ),
];

pub const FIRST_DAY: (i32, u32, u32) = (2015, 1, 1);
pub const DAYS: u64 = 4000;

pub fn event(rng: &mut Rng) -> Event {
    let (country, iso, (la0, la1), (lo0, lo1), admins) =
        COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize];
    let start = NaiveDate::from_ymd_opt(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2).unwrap_or_default();
    let date = start + Duration::days(rng.below(DAYS) as i64);
    let sub = SubEventType::ALL[rng.below(SubEventType::ALL.len() as u64) as usize];
    let admin1 = admins[rng.below(admins.len() as u64) as usize];
    let armed = [
        "JNIM",
        "Islamic State Sahel",
        "Unidentified Armed Group",
        "Dozo Militia",
    ];
    let actor2 = format!(
        "{} ({country})",
        armed[rng.below(armed.len() as u64) as usize]
    );
    Event {
        event_id_cnty: None,
        event_date: date,
        year: date.format("%Y").to_string().parse().unwrap_or(2015),
        time_precision: if rng.below(10) == 0 {
            TimePrecision::Week
        } else {
            TimePrecision::Day
        },
        disorder_type: sub.disorder_type(),
        event_type: sub.event_type(),
        sub_event_type: sub,
        actor1: format!("Military Forces of {country}"),
        assoc_actor_1: String::new(),
        inter1: Some(Inter::StateForces),
        actor2,
        assoc_actor_2: String::new(),
        inter2: Some(Inter::RebelGroup),
        interaction: "State forces-Rebel group".into(),
        civilian_targeting: String::new(),
        iso,
        region: "Western Africa".into(),
        country: country.into(),
        admin1: admin1.into(),
        admin2: String::new(),
        admin3: String::new(),
        location: format!("Place {}", rng.below(100_000)),
        latitude: Some(la0 + (la1 - la0) * rng.unit()),
        longitude: Some(lo0 + (lo1 - lo0) * rng.unit()),
        geo_precision: GeoPrecision::Place,
        source: String::new(),
        source_scale: "National".into(),
        notes: "Synthetic benchmark event: soldiers and militants clashed near a village.".into(),
        fatalities: rng.below(20),
        tags: String::new(),
        timestamp: None,
        article_id: String::new(),
        injuries: 0,
        attackers: None,
        fatalities_range: None,
        country_only: false,
        evidence: Vec::new(),
        confidence: 0.5,
    }
}

/// `reports` reports of `per_report` events each; report ids start at `first`.
pub fn batch(
    rng: &mut Rng,
    first: u64,
    reports: u64,
    per_report: u64,
) -> Vec<(StoredReport, Vec<Event>)> {
    (first..first + reports)
        .map(|i| {
            let text = format!("Synthetic report number {i}.");
            let r = StoredReport {
                id: format!("synth-{i}"),
                hash: content_hash(&text),
                text,
                published: None,
                source: Some(format!("Outlet {}", i % 50)),
                url: None,
                title: None,
            };
            (r, (0..per_report).map(|_| event(rng)).collect())
        })
        .collect()
}

/// A store of `n` events at `path`, built once and reused (a `.done` marker records completion).
pub fn big_store(path: &std::path::Path, n: u64) -> Box<dyn cw_store::EventStore> {
    // The marker names the layout version: a store built by an older layout is rebuilt
    // (v4: readings stored without their default fields).
    let marker = path.with_extension(format!("{n}.v4.done"));
    let p = path.to_string_lossy().to_string();
    if !marker.exists() {
        for ext in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{p}{ext}"));
        }
        let store = cw_store::open(&p).expect("open bench store");
        let mut rng = Rng::new(42);
        let start =
            NaiveDate::from_ymd_opt(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2).unwrap_or_default();
        let per_batch = 5_000u64;
        let t = std::time::Instant::now();
        let mut done = 0;
        while done < n {
            let reports = (per_batch / 2).min((n - done).div_ceil(2));
            let mut b = batch(&mut rng, done, reports, 2);
            // A backfill arrives roughly in date order: spread the dates evenly over the
            // period in insertion order (the ingest benchmark keeps random dates).
            for (j, e) in b.iter_mut().flat_map(|(_, evs)| evs.iter_mut()).enumerate() {
                let k = (done + j as u64) * DAYS / n.max(1);
                e.event_date = start + Duration::days(k as i64);
                e.year = e
                    .event_date
                    .format("%Y")
                    .to_string()
                    .parse()
                    .unwrap_or(2015);
            }
            store.ingest_batch(&b).expect("ingest");
            done += reports * 2;
        }
        eprintln!(
            "built {n}-event store in {:.1}s at {p}",
            t.elapsed().as_secs_f64()
        );
        drop(store);
        let _ = std::fs::write(&marker, b"ok");
    }
    cw_store::open(&p).expect("open bench store")
}

/// A random (country, from, to) filter: one country, a 30-day window.
pub fn country_month(rng: &mut Rng) -> (String, String, String) {
    let (country, ..) = COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize];
    let start = NaiveDate::from_ymd_opt(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2).unwrap_or_default();
    let from = start + Duration::days(rng.below(DAYS - 30) as i64);
    let to = from + Duration::days(29);
    (country.to_string(), from.to_string(), to.to_string())
}
