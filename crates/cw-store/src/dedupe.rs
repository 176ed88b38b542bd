//! De-duplication across reports: when two readings are the same event, and how the
//! stored event is rebuilt from all its readings.
//!
//! Two readings match when all of these hold:
//! - **country**: equal (folded);
//! - **time**: their dates differ by at most the wider window of the two time precisions
//!   (day 0, week ±3, month ±15 days: ACLED codes the midpoint of a week or month);
//! - **place**: both points within [`NEAR_KM`] (haversine), or, without coordinates, the same
//!   folded location and admin1. A country-only or region-level reading (geo-precision 3) only
//!   matches another such reading with the same admin1 and the same location: "somewhere in
//!   Tillabéri" is not evidence of being the Ouallam event;
//! - **type**: the same event type, or the pair Battles / Explosions-Remote violence (the codebook
//!   aggregates interactions of the same actors, same place, same day under the higher type);
//! - **actors**: their actor sets overlap (folded, regime years dropped), or one side names only
//!   an unidentified armed group and the other a named non-state armed group; a reading with no
//!   actors contradicts nothing.
//!
//! The merged event is rebuilt from all readings in ingest order by [`merge`], so it does not
//! depend on which report came first except for ties (the first reading wins a tie).

use chrono::NaiveDate;
use cw_record::fold::fold;
use cw_record::{Event, EventType, FatalityRange, GeoPrecision, Inter, TimePrecision};

/// "Within a few km": two points this close are one place (ACLED codes to the nearest
/// settlement, and reports of one clash name nearby villages).
pub const NEAR_KM: f64 = 10.0;

/// The widest time window of any precision, for candidate look-ups.
pub const MAX_WINDOW_DAYS: i64 = 15;

/// Half-width in days of the period a time precision stands for.
pub fn day_window(p: TimePrecision) -> i64 {
    match p {
        TimePrecision::Day => 0,
        TimePrecision::Week => 3,
        TimePrecision::Month => MAX_WINDOW_DAYS,
    }
}

/// Great-circle distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const R: f64 = 6371.0088;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * R * a.sqrt().clamp(0.0, 1.0).asin()
}

fn days_apart(a: NaiveDate, b: NaiveDate) -> i64 {
    (a - b).num_days().abs()
}

pub fn same_time(a: &Event, b: &Event) -> bool {
    days_apart(a.event_date, b.event_date)
        <= day_window(a.time_precision).max(day_window(b.time_precision))
}

fn coarse(e: &Event) -> bool {
    e.country_only || e.geo_precision == GeoPrecision::Region
}

fn point(e: &Event) -> Option<(f64, f64)> {
    match (e.latitude, e.longitude) {
        (Some(la), Some(lo)) if la.is_finite() && lo.is_finite() => Some((la, lo)),
        _ => None,
    }
}

/// Distance between two readings' points, if both have one.
pub fn distance_km(a: &Event, b: &Event) -> Option<f64> {
    match (point(a), point(b)) {
        (Some((la1, lo1)), Some((la2, lo2))) => Some(haversine_km(la1, lo1, la2, lo2)),
        _ => None,
    }
}

pub fn same_place(a: &Event, b: &Event) -> bool {
    let same_names = fold(&a.admin1) == fold(&b.admin1) && fold(&a.location) == fold(&b.location);
    if coarse(a) || coarse(b) {
        return coarse(a) && coarse(b) && a.country_only == b.country_only && same_names;
    }
    match distance_km(a, b) {
        Some(d) => d <= NEAR_KM,
        None => same_names && !a.location.trim().is_empty(),
    }
}

pub fn compatible_types(a: EventType, b: EventType) -> bool {
    use EventType::{Battles, ExplosionsRemoteViolence as Erv};
    a == b || matches!((a, b), (Battles, Erv) | (Erv, Battles))
}

/// An actor name for comparison: folded, regime years and other bare numbers dropped
/// ("Military Forces of Niger (2023-)" → "military forces of niger").
fn actor_key(name: &str) -> String {
    let folded = fold(name);
    let number = |w: &str| w.chars().all(|c| c.is_ascii_digit());
    if !folded.split(' ').any(number) {
        return folded;
    }
    folded
        .split(' ')
        .filter(|w| !number(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_generic(key: &str) -> bool {
    key.starts_with("unidentified armed group")
}

/// The named actors of a reading: (key, inter), actor1 and actor2 (associated actors are not the sides).
fn sides(e: &Event) -> Vec<(String, Option<Inter>)> {
    [(&e.actor1, e.inter1), (&e.actor2, e.inter2)]
        .into_iter()
        .filter(|(n, _)| !n.trim().is_empty())
        .map(|(n, i)| (actor_key(n), i))
        .collect()
}

/// A named non-state armed group (what an "unidentified armed group" may turn out to be).
fn non_state_armed(inter: Option<Inter>) -> bool {
    matches!(
        inter,
        None | Some(Inter::RebelGroup | Inter::PoliticalMilitia | Inter::IdentityMilitia)
    )
}

pub fn compatible_actors(a: &Event, b: &Event) -> bool {
    let (sa, sb) = (sides(a), sides(b));
    if sa.is_empty() || sb.is_empty() {
        return true;
    }
    sa.iter().any(|(ka, ia)| {
        sb.iter().any(|(kb, ib)| {
            ka == kb
                || (is_generic(ka) && !is_generic(kb) && non_state_armed(*ib))
                || (is_generic(kb) && !is_generic(ka) && non_state_armed(*ia))
        })
    })
}

/// Are two readings the same event?
pub fn matches(a: &Event, b: &Event) -> bool {
    fold(&a.country) == fold(&b.country)
        && same_time(a, b)
        && compatible_types(a.event_type, b.event_type)
        && same_place(a, b)
        && compatible_actors(a, b)
}

/// Closeness of a match, for choosing among several candidates (lower is closer).
pub fn match_cost(a: &Event, b: &Event) -> f64 {
    let days = days_apart(a.event_date, b.event_date) as f64;
    let km = distance_km(a, b).unwrap_or(0.0);
    days * 100.0 + km
}

/// Unique non-empty parts of `;`-separated fields, in first-seen order (case-insensitive).
fn union_list<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Vec<String> = Vec::new();
    let mut out: Vec<&str> = Vec::new();
    for v in values {
        for part in v.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let key = part.to_lowercase();
            if !seen.contains(&key) {
                seen.push(key);
                out.push(part);
            }
        }
    }
    out.join("; ")
}

/// The fatality rule where reports conflict. The codebook records "the most conservative
/// estimate" and codes "no information" as 0; a reading silent on deaths (0) does not conflict
/// with one that counts them. So: the lowest non-zero figure among the readings, 0 when all are 0.
pub fn conservative_count(figures: impl Iterator<Item = u64>) -> u64 {
    figures.filter(|&f| f > 0).min().unwrap_or(0)
}

/// Rebuild the stored event from its readings (ingest order, at least one), keeping `id`.
///
/// - time from the most precise reading, place from the most precise located reading;
/// - sub-event type of highest precedence, its event/disorder type, actors and civilian
///   targeting from that reading; a generic "Unidentified Armed Group" side is replaced by a
///   named non-state actor another reading gives;
/// - fatalities and injuries by [`conservative_count`]; the range spans every reading's figures;
/// - sources, source scales and tags are the union ("; "-separated); notes, article id and
///   evidence are the first reading's (evidence spans point into that report).
pub fn merge(readings: &[Event], id: Option<String>) -> Option<Event> {
    let first = readings.first()?;
    // Fields taken from other readings below are copied with `clone_from`, which reuses the
    // first reading's buffers (no allocation when the values are the first reading's).
    let mut out = first.clone();
    out.event_id_cnty = id;

    let by_time = readings
        .iter()
        .min_by_key(|e| e.time_precision.code())
        .unwrap_or(first);
    out.event_date = by_time.event_date;
    out.year = by_time.year;
    out.time_precision = by_time.time_precision;

    let by_place = readings
        .iter()
        .min_by_key(|e| (e.country_only, e.geo_precision.code()))
        .unwrap_or(first);
    out.iso = by_place.iso;
    out.region.clone_from(&by_place.region);
    out.country.clone_from(&by_place.country);
    out.admin1.clone_from(&by_place.admin1);
    out.admin2.clone_from(&by_place.admin2);
    out.admin3.clone_from(&by_place.admin3);
    out.location.clone_from(&by_place.location);
    out.latitude = by_place.latitude;
    out.longitude = by_place.longitude;
    out.geo_precision = by_place.geo_precision;
    out.country_only = by_place.country_only;

    let by_type = readings
        .iter()
        .min_by_key(|e| e.sub_event_type.precedence())
        .unwrap_or(first);
    out.sub_event_type = by_type.sub_event_type;
    out.event_type = by_type.sub_event_type.event_type();
    out.disorder_type = by_type.sub_event_type.disorder_type();
    out.civilian_targeting
        .clone_from(&by_type.civilian_targeting);
    out.actor1.clone_from(&by_type.actor1);
    out.inter1 = by_type.inter1;
    out.actor2.clone_from(&by_type.actor2);
    out.inter2 = by_type.inter2;
    out.interaction.clone_from(&by_type.interaction);
    out.assoc_actor_1 = union_list(readings.iter().map(|e| e.assoc_actor_1.as_str()));
    out.assoc_actor_2 = union_list(readings.iter().map(|e| e.assoc_actor_2.as_str()));
    name_generic_sides(&mut out, readings);

    out.fatalities = conservative_count(readings.iter().map(|e| e.fatalities));
    out.injuries = conservative_count(readings.iter().map(|e| e.injuries));
    out.attackers = readings.iter().filter_map(|e| e.attackers).min();
    let highs = readings
        .iter()
        .map(|e| e.fatalities_range.map(|r| r.high).unwrap_or(e.fatalities));
    let high = highs.max().unwrap_or(0).max(out.fatalities);
    let mut figures: Vec<u64> = readings
        .iter()
        .map(|e| e.fatalities)
        .filter(|&f| f > 0)
        .collect();
    figures.sort_unstable();
    out.fatalities_range =
        if high > out.fatalities || readings.iter().any(|e| e.fatalities_range.is_some()) {
            let best = figures
                .get(figures.len().saturating_sub(1) / 2)
                .copied()
                .unwrap_or(out.fatalities);
            Some(FatalityRange {
                low: out.fatalities,
                best,
                high,
            })
        } else {
            None
        };

    out.source = union_list(readings.iter().map(|e| e.source.as_str()));
    out.source_scale = union_list(readings.iter().map(|e| e.source_scale.as_str()));
    out.tags = union_list(readings.iter().map(|e| e.tags.as_str()));
    out.confidence = readings.iter().map(|e| e.confidence).fold(0.0f32, f32::max);
    Some(out)
}

/// Replace an "Unidentified Armed Group" side by a named non-state armed actor from another
/// reading that is not already a side (the named actor's inter code replaces the guess).
fn name_generic_sides(out: &mut Event, readings: &[Event]) {
    // With a single reading every named actor is already a side: nothing can replace a
    // generic one (only the interaction text is recomputed).
    let slots = if readings.len() > 1 { 0..2 } else { 0..0 };
    for slot in slots {
        let (name, inter) = if slot == 0 {
            (&out.actor1, out.inter1)
        } else {
            (&out.actor2, out.inter2)
        };
        if !is_generic(&actor_key(name)) {
            continue;
        }
        let taken: Vec<String> = sides(out).into_iter().map(|(k, _)| k).collect();
        let named = readings
            .iter()
            .flat_map(|e| [(&e.actor1, e.inter1), (&e.actor2, e.inter2)])
            .find(|(n, i)| {
                let k = actor_key(n);
                !k.is_empty() && !is_generic(&k) && !taken.contains(&k) && non_state_armed(*i)
            });
        if let Some((n, i)) = named {
            let (n, i) = (n.clone(), i.or(inter));
            if slot == 0 {
                out.actor1 = n;
                out.inter1 = i;
            } else {
                out.actor2 = n;
                out.inter2 = i;
            }
        }
    }
    if let Some(t) = cw_record::interaction_text(out.inter1, out.inter2) {
        out.interaction = t;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use cw_record::{DisorderType, SubEventType};

    /// A plain event for tests: an army-vs-JNIM armed clash at Ouallam on 2025-03-16.
    pub(crate) fn ev() -> Event {
        Event {
            event_id_cnty: None,
            event_date: NaiveDate::from_ymd_opt(2025, 3, 16).unwrap(),
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
            source: "Agence A".into(),
            source_scale: String::new(),
            notes: "Soldiers clashed with militants near Ouallam.".into(),
            fatalities: 5,
            tags: String::new(),
            timestamp: None,
            article_id: "r1".into(),
            injuries: 0,
            attackers: None,
            fatalities_range: None,
            country_only: false,
            evidence: Vec::new(),
            confidence: 0.5,
        }
    }

    #[test]
    fn actor_keys_drop_case_accents_and_numbers() {
        assert_eq!(
            actor_key("Military Forces of Niger (2023-)"),
            "military forces of niger"
        );
        assert_eq!(actor_key("Forces Armées du Mali"), "forces armees du mali");
        assert_eq!(actor_key("1920 Revolution Brigades"), "revolution brigades");
        assert_eq!(actor_key("2023"), "");
        assert_eq!(actor_key(""), "");
    }

    #[test]
    fn haversine_is_roughly_right() {
        // One degree of latitude is about 111 km.
        let d = haversine_km(14.0, 2.0, 15.0, 2.0);
        assert!((d - 111.2).abs() < 0.5, "{d}");
        assert_eq!(haversine_km(14.0, 2.0, 14.0, 2.0), 0.0);
    }

    #[test]
    fn nearby_same_day_same_actors_match() {
        let a = ev();
        let mut b = ev();
        b.latitude = Some(14.35); // about 4 km north
        b.location = "Tondikiwindi".into();
        assert!(matches(&a, &b));
    }

    #[test]
    fn far_places_or_other_days_do_not_match() {
        let a = ev();
        let mut b = ev();
        b.latitude = Some(14.6); // about 30 km
        assert!(!matches(&a, &b));
        let mut c = ev();
        c.event_date = NaiveDate::from_ymd_opt(2025, 3, 17).unwrap();
        assert!(!matches(&a, &c));
        // ...unless one reading only knows the week.
        c.time_precision = TimePrecision::Week;
        assert!(matches(&a, &c));
    }

    #[test]
    fn region_level_matches_only_the_same_region_level() {
        let a = ev();
        let mut b = ev();
        b.geo_precision = GeoPrecision::Region;
        b.location = "Tillaberi".into();
        assert!(!matches(&a, &b));
        let mut c = b.clone();
        c.latitude = Some(14.2);
        assert!(matches(&b, &c));
        c.admin1 = "Dosso".into();
        assert!(!matches(&b, &c));
    }

    #[test]
    fn battles_and_remote_violence_are_compatible_but_not_protests() {
        let a = ev();
        let mut b = ev();
        b.event_type = EventType::ExplosionsRemoteViolence;
        b.sub_event_type = SubEventType::RemoteExplosiveLandmineIed;
        assert!(matches(&a, &b));
        b.event_type = EventType::Protests;
        assert!(!matches(&a, &b));
    }

    #[test]
    fn actors_must_overlap_or_be_generic_vs_named() {
        let a = ev();
        let mut b = ev();
        b.actor1 = "Military Forces of Niger".into(); // regime years dropped
        b.actor2 = "Unidentified Armed Group (Niger)".into();
        assert!(matches(&a, &b));
        let mut c = ev();
        c.actor1 = "Unidentified Armed Group (Niger)".into();
        c.inter1 = Some(Inter::PoliticalMilitia);
        c.actor2 = "Civilians (Niger)".into();
        c.inter2 = Some(Inter::Civilians);
        // JNIM (rebel group) may be the unidentified group: compatible.
        assert!(compatible_actors(&a, &c));
        let mut d = ev();
        d.actor1 = "Military Forces of Mali (2021-)".into();
        d.actor2 = "Dozo Communal Militia (Mali)".into();
        d.inter2 = Some(Inter::IdentityMilitia);
        assert!(!compatible_actors(&a, &d));
    }

    #[test]
    fn merge_keeps_lowest_nonzero_fatalities_and_highest_precedence() {
        let a = ev();
        let mut b = ev();
        b.fatalities = 3;
        b.source = "Radio B".into();
        b.event_type = EventType::ExplosionsRemoteViolence;
        b.sub_event_type = SubEventType::RemoteExplosiveLandmineIed;
        let mut c = ev();
        c.fatalities = 0; // silent on deaths: not a conflicting figure
        c.source = "agence a".into();
        let m = merge(&[b.clone(), a.clone(), c], Some("NIR1".into())).unwrap();
        assert_eq!(m.event_id_cnty.as_deref(), Some("NIR1"));
        assert_eq!(m.fatalities, 3);
        assert_eq!(
            m.fatalities_range,
            Some(FatalityRange {
                low: 3,
                best: 3,
                high: 5
            })
        );
        assert_eq!(m.sub_event_type, SubEventType::ArmedClash);
        assert_eq!(m.event_type, EventType::Battles);
        assert_eq!(m.source, "Radio B; Agence A");
        assert_eq!(conservative_count([0, 0].into_iter()), 0);
    }

    #[test]
    fn merge_prefers_precise_time_place_and_named_actors() {
        let mut a = ev();
        a.time_precision = TimePrecision::Week;
        a.event_date = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap();
        a.geo_precision = GeoPrecision::NearPlace;
        a.actor2 = "Unidentified Armed Group (Niger)".into();
        a.inter2 = Some(Inter::PoliticalMilitia);
        let b = ev();
        let m = merge(&[a, b.clone()], None).unwrap();
        assert_eq!(m.event_date, b.event_date);
        assert_eq!(m.time_precision, TimePrecision::Day);
        assert_eq!(m.geo_precision, GeoPrecision::Place);
        assert_eq!(m.actor2, b.actor2);
        assert_eq!(m.interaction, "State forces-Rebel group");
        assert!(merge(&[], None).is_none());
    }
}
