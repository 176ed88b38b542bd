//! Scoring coded events against gold records (metrics as defined in `../shared/README.md`):
//! for each gold record, the extracted event of that article matching the most fields is compared:
//! - `event_type`, `sub_event_type`, `event_date`, `country`, `admin1`, `admin2`, `location`: equal after
//!   folding case, accents and punctuation;
//! - `coords_25km`: within 25 km of the gold point;
//! - `fatalities`: exact;
//! - `actors_strict`: {actor1, actor2} equals the gold `actors` set; `actors_loose`: the same with
//!   regime years such as "(2013-2020)" removed;
//! - `detected`: at least one event; and the distribution of events per record.

pub mod run;

use cw_record::fold::fold;
use cw_record::Event;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Deserialize)]
pub struct GoldRecord {
    pub id: String,
    pub text: String,
    pub published: Option<String>,
    pub gold: Gold,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Gold {
    #[serde(default)]
    pub event_date: String,
    #[serde(default)]
    pub event_type: String,
    #[serde(default)]
    pub sub_event_type: String,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub assoc_actors: Vec<String>,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub admin1: String,
    #[serde(default)]
    pub admin2: String,
    #[serde(default)]
    pub location: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    #[serde(default)]
    pub fatalities: u64,
}

pub const FIELDS: &[&str] = &[
    "event_type",
    "sub_event_type",
    "event_date",
    "country",
    "admin1",
    "admin2",
    "location",
    "coords_25km",
    "fatalities",
    "actors_strict",
    "actors_loose",
];

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().min(1.0).asin()
}

/// Remove regime years: "Military Forces of Mali (2013-2020)" → "Military Forces of Mali".
pub fn strip_regime(name: &str) -> String {
    let mut out = String::new();
    let mut rest = name;
    while let Some(i) = rest.find('(') {
        let Some(j) = rest[i..].find(')') else { break };
        let inner = &rest[i + 1..i + j];
        out.push_str(&rest[..i]);
        if !inner
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == ' ')
            || inner.is_empty()
        {
            out.push_str(&rest[i..i + j + 1]);
        }
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn actor_set(names: impl IntoIterator<Item = String>, loose: bool) -> BTreeSet<String> {
    names
        .into_iter()
        .filter(|n| !n.trim().is_empty())
        .map(|n| {
            if loose {
                fold(&strip_regime(&n))
            } else {
                fold(&n)
            }
        })
        .collect()
}

/// Which fields an event gets right against a gold record.
pub fn score(e: &Event, g: &Gold) -> BTreeMap<&'static str, bool> {
    let eq = |a: &str, b: &str| fold(a) == fold(b);
    let mut m = BTreeMap::new();
    m.insert("event_type", eq(e.event_type.as_str(), &g.event_type));
    m.insert(
        "sub_event_type",
        eq(e.sub_event_type.as_str(), &g.sub_event_type),
    );
    m.insert(
        "event_date",
        e.event_date.to_string() == g.event_date.trim(),
    );
    m.insert("country", eq(&e.country, &g.country));
    m.insert("admin1", eq(&e.admin1, &g.admin1));
    m.insert("admin2", eq(&e.admin2, &g.admin2));
    m.insert("location", eq(&e.location, &g.location));
    let coords = match (e.latitude, e.longitude, g.latitude, g.longitude) {
        (Some(a), Some(b), Some(c), Some(d)) => haversine_km(a, b, c, d) <= 25.0,
        _ => false,
    };
    m.insert("coords_25km", coords);
    m.insert("fatalities", e.fatalities == g.fatalities);
    let ours = [e.actor1.clone(), e.actor2.clone()];
    m.insert(
        "actors_strict",
        actor_set(ours.clone(), false) == actor_set(g.actors.clone(), false),
    );
    m.insert(
        "actors_loose",
        actor_set(ours, true) == actor_set(g.actors.clone(), true),
    );
    m
}

/// The coded event of a record that matches the gold in the most fields (the one scored).
pub fn best_event<'a>(events: &'a [Event], g: &Gold) -> Option<&'a Event> {
    events
        .iter()
        .max_by_key(|e| score(e, g).values().filter(|v| **v).count())
}

/// Running totals over a gold set.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    pub records: usize,
    pub detected: usize,
    pub correct: BTreeMap<&'static str, usize>,
    /// events per record → number of records
    pub events_per_record: BTreeMap<usize, usize>,
    /// (gold sub-event type, predicted or "(none)") → count
    pub confusion: BTreeMap<(String, String), usize>,
    /// Records whose best event has the gold's associated actors (an extension of the shared
    /// metrics: `assoc_actors_loose`, see [`assoc_loose`]).
    pub assoc_correct: usize,
}

/// An extension of the shared metrics: the associated actors of both sides (`assoc_actor_1`
/// and `assoc_actor_2`, `;`-separated) equal the gold `assoc_actors` as a set, regime years
/// removed. Measured on the event the official fields chose as best, so it never changes them.
pub fn assoc_loose(e: &Event, g: &Gold) -> bool {
    let ours = e
        .assoc_actor_1
        .split(';')
        .chain(e.assoc_actor_2.split(';'))
        .map(|a| a.trim().to_string());
    actor_set(ours, true) == actor_set(g.assoc_actors.clone(), true)
}

impl Tally {
    /// Add one record: the events coded from its text.
    pub fn add(&mut self, g: &Gold, events: &[Event]) -> Option<BTreeMap<&'static str, bool>> {
        self.records += 1;
        *self.events_per_record.entry(events.len()).or_default() += 1;
        let best_event = best_event(events, g);
        let best = best_event.map(|e| score(e, g));
        if best_event.is_some_and(|e| assoc_loose(e, g)) {
            self.assoc_correct += 1;
        }
        let pred = best_event.map_or_else(
            || "(none)".to_string(),
            |e| e.sub_event_type.as_str().to_string(),
        );
        *self
            .confusion
            .entry((g.sub_event_type.clone(), pred))
            .or_default() += 1;
        if let Some(s) = &best {
            self.detected += 1;
            for (k, v) in s {
                if *v {
                    *self.correct.entry(k).or_default() += 1;
                }
            }
        }
        best
    }

    pub fn accuracy(&self, field: &str) -> f64 {
        if self.records == 0 {
            return 0.0;
        }
        *self.correct.get(field).unwrap_or(&0) as f64 / self.records as f64
    }

    /// Per-class precision, recall, F1 and support for sub_event_type.
    pub fn per_class(&self) -> Vec<(String, f64, f64, f64, usize)> {
        let mut classes: BTreeSet<String> = BTreeSet::new();
        for (g, p) in self.confusion.keys() {
            classes.insert(g.clone());
            if p != "(none)" {
                classes.insert(p.clone());
            }
        }
        classes
            .into_iter()
            .map(|c| {
                let tp = *self.confusion.get(&(c.clone(), c.clone())).unwrap_or(&0) as f64;
                let support: usize = self
                    .confusion
                    .iter()
                    .filter(|((g, _), _)| *g == c)
                    .map(|(_, n)| *n)
                    .sum();
                let predicted: usize = self
                    .confusion
                    .iter()
                    .filter(|((_, p), _)| *p == c)
                    .map(|(_, n)| *n)
                    .sum();
                let p = if predicted > 0 {
                    tp / predicted as f64
                } else {
                    0.0
                };
                let r = if support > 0 {
                    tp / support as f64
                } else {
                    0.0
                };
                let f = if p + r > 0.0 {
                    2.0 * p * r / (p + r)
                } else {
                    0.0
                };
                (c, p, r, f, support)
            })
            .collect()
    }

    /// The most frequent confusions (gold ≠ predicted).
    pub fn top_confusions(&self, n: usize) -> Vec<((String, String), usize)> {
        let mut v: Vec<_> = self
            .confusion
            .iter()
            .filter(|((g, p), _)| g != p)
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        v.truncate(n);
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_regime_years_only() {
        assert_eq!(
            strip_regime("Military Forces of Mali (2013-2020)"),
            "Military Forces of Mali"
        );
        assert_eq!(
            strip_regime("Military Forces of Niger (2023-)"),
            "Military Forces of Niger"
        );
        assert_eq!(strip_regime("Civilians (Mali)"), "Civilians (Mali)");
    }

    #[test]
    fn associated_actors_compare_as_a_set_of_both_sides_without_regime_years() {
        // Any coded event: only its associated actors matter here.
        let report = cw_record::Report {
            text: "On 3 May 2021, gunmen shot dead two herders in Djibo.".into(),
            published: chrono::NaiveDate::from_ymd_opt(2021, 5, 5),
            ..Default::default()
        };
        let mut e = cw_coder::Coder::new()
            .code(&report)
            .pop()
            .expect("one event");
        e.assoc_actor_1 = "Military Forces of Burkina Faso (2015-)".into();
        e.assoc_actor_2 = "Women (Mali); Pastoralists (Mali)".into();
        let mut g = Gold {
            assoc_actors: vec![
                "Pastoralists (Mali)".into(),
                "Military Forces of Burkina Faso (2015-2022)".into(),
                "Women (Mali)".into(),
            ],
            ..Gold::default()
        };
        assert!(assoc_loose(&e, &g));
        g.assoc_actors.pop();
        assert!(!assoc_loose(&e, &g));
        // No associated actor on either side matches an empty gold list.
        e.assoc_actor_1.clear();
        e.assoc_actor_2.clear();
        assert!(assoc_loose(&e, &Gold::default()));
    }

    #[test]
    fn distance() {
        // Ouallam to Tillaberi is about 69 km.
        let d = haversine_km(14.3164, 2.0860, 14.2071, 1.4542);
        assert!((60.0..80.0).contains(&d), "{d}");
    }
}
