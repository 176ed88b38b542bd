//! The coded event: ACLED's record plus conflictwatch's extensions (evidence, confidence,
//! injuries, attackers, fatality range).

use crate::{DisorderType, EventType, GeoPrecision, Inter, Span, SubEventType, TimePrecision};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Why a field has its value: the words in the report, and the rule that read them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    /// The record field this justifies (e.g. `event_date`, `sub_event_type`, `fatalities`).
    pub field: String,
    /// Byte span in the report.
    pub start: usize,
    pub end: usize,
    /// The report's words at that span.
    pub text: String,
    /// The rule or lexicon cue that turned the words into the value (e.g. the codebook rule's name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

impl Evidence {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A fatality figure with its range, where the report gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FatalityRange {
    pub low: u64,
    pub best: u64,
    pub high: u64,
}

/// One ACLED event. Field names and order are ACLED's (API / CSV export), then the extensions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    /// ACLED-style stable id (country prefix + number), assigned by the store.
    #[serde(default)]
    pub event_id_cnty: Option<String>,
    pub event_date: NaiveDate,
    pub year: i32,
    pub time_precision: TimePrecision,
    pub disorder_type: DisorderType,
    pub event_type: EventType,
    pub sub_event_type: SubEventType,
    pub actor1: String,
    /// `; `-separated, as in ACLED.
    #[serde(default)]
    pub assoc_actor_1: String,
    pub inter1: Option<Inter>,
    #[serde(default)]
    pub actor2: String,
    #[serde(default)]
    pub assoc_actor_2: String,
    pub inter2: Option<Inter>,
    /// Text form, e.g. "State forces-Rebel group".
    pub interaction: String,
    /// "Civilians targeted" or empty.
    #[serde(default)]
    pub civilian_targeting: String,
    /// ISO 3166-1 numeric.
    pub iso: u16,
    pub region: String,
    pub country: String,
    #[serde(default)]
    pub admin1: String,
    #[serde(default)]
    pub admin2: String,
    #[serde(default)]
    pub admin3: String,
    #[serde(default)]
    pub location: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub geo_precision: GeoPrecision,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub source_scale: String,
    pub notes: String,
    pub fatalities: u64,
    /// `; `-separated.
    #[serde(default)]
    pub tags: String,
    /// Unix time of the last change (set by the store).
    #[serde(default)]
    pub timestamp: Option<i64>,

    // ---- extensions ----
    /// Id of the report the event was coded from.
    #[serde(default)]
    pub article_id: String,
    #[serde(default)]
    pub injuries: u64,
    /// Reported strength of the attacking force ("approximately 100 assailants"). Never a fatality count.
    #[serde(default)]
    pub attackers: Option<u64>,
    /// Low / best / high where the report gives a range or conflicting figures (fatalities is the low).
    #[serde(default)]
    pub fatalities_range: Option<FatalityRange>,
    /// Nothing below country level is known: the event is kept but marked as such.
    #[serde(default)]
    pub country_only: bool,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// 0-1: how sure the coder is of the event as a whole.
    #[serde(default)]
    pub confidence: f32,
}

/// ACLED's columns in ACLED's export order (`export_type=dyadic`), then the extensions
/// as they appear in CSV output.
pub const ACLED_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

pub const EXTENSION_COLUMNS: &[&str] = &[
    "article_id",
    "injuries",
    "attackers",
    "fatalities_low",
    "fatalities_high",
    "country_only",
    "confidence",
    "evidence",
];

impl Event {
    /// The value of a column as ACLED writes it in CSV (numbers as text, blanks empty).
    /// `inter_numeric` selects the legacy numeric inter / interaction codes.
    pub fn column(&self, name: &str, inter_numeric: bool) -> String {
        let inter = |i: Option<Inter>| match i {
            Some(i) if inter_numeric => i.code().to_string(),
            Some(i) => i.as_str().to_string(),
            None => String::new(),
        };
        let opt = |v: Option<f64>| v.map(|x| format!("{x:.4}")).unwrap_or_default();
        match name {
            "event_id_cnty" => self.event_id_cnty.clone().unwrap_or_default(),
            "event_date" => self.event_date.to_string(),
            "year" => self.year.to_string(),
            "time_precision" => self.time_precision.code().to_string(),
            "disorder_type" => self.disorder_type.as_str().to_string(),
            "event_type" => self.event_type.as_str().to_string(),
            "sub_event_type" => self.sub_event_type.as_str().to_string(),
            "actor1" => self.actor1.clone(),
            "assoc_actor_1" => self.assoc_actor_1.clone(),
            "inter1" => inter(self.inter1),
            "actor2" => self.actor2.clone(),
            "assoc_actor_2" => self.assoc_actor_2.clone(),
            "inter2" => inter(self.inter2),
            "interaction" => {
                if inter_numeric {
                    crate::interaction_code(self.inter1, self.inter2)
                        .map(|c| c.to_string())
                        .unwrap_or_default()
                } else {
                    self.interaction.clone()
                }
            }
            "civilian_targeting" => self.civilian_targeting.clone(),
            "iso" => self.iso.to_string(),
            "region" => self.region.clone(),
            "country" => self.country.clone(),
            "admin1" => self.admin1.clone(),
            "admin2" => self.admin2.clone(),
            "admin3" => self.admin3.clone(),
            "location" => self.location.clone(),
            "latitude" => opt(self.latitude),
            "longitude" => opt(self.longitude),
            "geo_precision" => self.geo_precision.code().to_string(),
            "source" => self.source.clone(),
            "source_scale" => self.source_scale.clone(),
            "notes" => self.notes.clone(),
            "fatalities" => self.fatalities.to_string(),
            "tags" => self.tags.clone(),
            "timestamp" => self.timestamp.map(|t| t.to_string()).unwrap_or_default(),
            "article_id" => self.article_id.clone(),
            "injuries" => self.injuries.to_string(),
            "attackers" => self.attackers.map(|a| a.to_string()).unwrap_or_default(),
            "fatalities_low" => self
                .fatalities_range
                .map(|r| r.low.to_string())
                .unwrap_or_default(),
            "fatalities_high" => self
                .fatalities_range
                .map(|r| r.high.to_string())
                .unwrap_or_default(),
            "country_only" => self.country_only.to_string(),
            "confidence" => format!("{:.2}", self.confidence),
            "evidence" => serde_json::to_string(&self.evidence).unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// Evidence recorded for a field.
    pub fn evidence_for<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a Evidence> + 'a {
        self.evidence.iter().filter(move |e| e.field == field)
    }
}

/// The JSON Schema of [`Event`], as published in `schema/event.schema.json`.
pub fn event_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Event)).unwrap_or(serde_json::Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acled_has_31_columns_in_order() {
        assert_eq!(ACLED_COLUMNS.len(), 31);
        assert_eq!(ACLED_COLUMNS[0], "event_id_cnty");
        assert_eq!(ACLED_COLUMNS[28], "fatalities");
    }

    #[test]
    fn committed_schema_is_current() {
        let committed = include_str!("../../../schema/event.schema.json");
        let committed: serde_json::Value = serde_json::from_str(committed).unwrap();
        assert_eq!(
            committed,
            event_schema(),
            "schema/event.schema.json is stale: run `cargo run -p xtask -- schema`"
        );
    }
}
