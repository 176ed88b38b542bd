//! The codebook's value sets: event types, sub-event types (in precedence order),
//! disorder types, inter codes, and the precision codes.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// ACLED's six event types ("Event types and sub-event types", Table 2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum EventType {
    #[serde(rename = "Battles")]
    Battles,
    #[serde(rename = "Protests")]
    Protests,
    #[serde(rename = "Riots")]
    Riots,
    #[serde(rename = "Explosions/Remote violence")]
    ExplosionsRemoteViolence,
    #[serde(rename = "Violence against civilians")]
    ViolenceAgainstCivilians,
    #[serde(rename = "Strategic developments")]
    StrategicDevelopments,
}

impl EventType {
    pub const ALL: [EventType; 6] = [
        EventType::Battles,
        EventType::Protests,
        EventType::Riots,
        EventType::ExplosionsRemoteViolence,
        EventType::ViolenceAgainstCivilians,
        EventType::StrategicDevelopments,
    ];

    /// ACLED's string for this type.
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Battles => "Battles",
            EventType::Protests => "Protests",
            EventType::Riots => "Riots",
            EventType::ExplosionsRemoteViolence => "Explosions/Remote violence",
            EventType::ViolenceAgainstCivilians => "Violence against civilians",
            EventType::StrategicDevelopments => "Strategic developments",
        }
    }

    /// Parse ACLED's string (exact, as in the data).
    pub fn parse(s: &str) -> Option<EventType> {
        EventType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! sub_event_types {
    ($( $variant:ident => $name:literal, $etype:ident; )*) => {
        /// ACLED's 25 sub-event types. Declaration order is the codebook's precedence
        /// order (Table 2): when tactics co-occur in one event, the earlier one wins.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        pub enum SubEventType {
            $( #[serde(rename = $name)] $variant, )*
        }

        impl SubEventType {
            pub const ALL: &'static [SubEventType] = &[ $( SubEventType::$variant, )* ];

            pub fn as_str(self) -> &'static str {
                match self { $( SubEventType::$variant => $name, )* }
            }

            pub fn event_type(self) -> EventType {
                match self { $( SubEventType::$variant => EventType::$etype, )* }
            }
        }
    };
}

sub_event_types! {
    GovernmentRegainsTerritory => "Government regains territory", Battles;
    NonStateActorOvertakesTerritory => "Non-state actor overtakes territory", Battles;
    ArmedClash => "Armed clash", Battles;
    ExcessiveForceAgainstProtesters => "Excessive force against protesters", Protests;
    ProtestWithIntervention => "Protest with intervention", Protests;
    PeacefulProtest => "Peaceful protest", Protests;
    ViolentDemonstration => "Violent demonstration", Riots;
    MobViolence => "Mob violence", Riots;
    ChemicalWeapon => "Chemical weapon", ExplosionsRemoteViolence;
    AirDroneStrike => "Air/drone strike", ExplosionsRemoteViolence;
    SuicideBomb => "Suicide bomb", ExplosionsRemoteViolence;
    ShellingArtilleryMissileAttack => "Shelling/artillery/missile attack", ExplosionsRemoteViolence;
    RemoteExplosiveLandmineIed => "Remote explosive/landmine/IED", ExplosionsRemoteViolence;
    Grenade => "Grenade", ExplosionsRemoteViolence;
    SexualViolence => "Sexual violence", ViolenceAgainstCivilians;
    Attack => "Attack", ViolenceAgainstCivilians;
    AbductionForcedDisappearance => "Abduction/forced disappearance", ViolenceAgainstCivilians;
    Agreement => "Agreement", StrategicDevelopments;
    Arrests => "Arrests", StrategicDevelopments;
    ChangeToGroupActivity => "Change to group/activity", StrategicDevelopments;
    DisruptedWeaponsUse => "Disrupted weapons use", StrategicDevelopments;
    HeadquartersOrBaseEstablished => "Headquarters or base established", StrategicDevelopments;
    LootingPropertyDestruction => "Looting/property destruction", StrategicDevelopments;
    NonViolentTransferOfTerritory => "Non-violent transfer of territory", StrategicDevelopments;
    Other => "Other", StrategicDevelopments;
}

impl SubEventType {
    /// Precedence rank: lower wins ("Event aggregation": the higher-precedence type is kept).
    /// Event types rank in Table 2's order, sub-types by their order within the type.
    pub fn precedence(self) -> usize {
        SubEventType::ALL
            .iter()
            .position(|s| *s == self)
            .unwrap_or(usize::MAX)
    }

    /// The disorder type ACLED attaches to this sub-event type (Table 2).
    pub fn disorder_type(self) -> DisorderType {
        match self {
            SubEventType::ExcessiveForceAgainstProtesters => {
                DisorderType::PoliticalViolenceDemonstrations
            }
            SubEventType::ProtestWithIntervention
            | SubEventType::PeacefulProtest
            | SubEventType::ViolentDemonstration => DisorderType::Demonstrations,
            s if s.event_type() == EventType::StrategicDevelopments => {
                DisorderType::StrategicDevelopments
            }
            _ => DisorderType::PoliticalViolence,
        }
    }

    pub fn parse(s: &str) -> Option<SubEventType> {
        SubEventType::ALL
            .iter()
            .copied()
            .find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for SubEventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// ACLED's disorder types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum DisorderType {
    #[serde(rename = "Political violence")]
    PoliticalViolence,
    #[serde(rename = "Demonstrations")]
    Demonstrations,
    #[serde(rename = "Political violence; Demonstrations")]
    PoliticalViolenceDemonstrations,
    #[serde(rename = "Strategic developments")]
    StrategicDevelopments,
}

impl DisorderType {
    pub fn as_str(self) -> &'static str {
        match self {
            DisorderType::PoliticalViolence => "Political violence",
            DisorderType::Demonstrations => "Demonstrations",
            DisorderType::PoliticalViolenceDemonstrations => "Political violence; Demonstrations",
            DisorderType::StrategicDevelopments => "Strategic developments",
        }
    }
}

/// Actor type ("Actor names, types, and Inter codes", Table 3). Serialised as ACLED's
/// current text form; [`Inter::code`] gives the legacy number (`inter_num=1`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum Inter {
    #[serde(rename = "State forces")]
    StateForces,
    #[serde(rename = "Rebel group")]
    RebelGroup,
    #[serde(rename = "Political militia")]
    PoliticalMilitia,
    #[serde(rename = "Identity militia")]
    IdentityMilitia,
    #[serde(rename = "Rioters")]
    Rioters,
    #[serde(rename = "Protesters")]
    Protesters,
    #[serde(rename = "Civilians")]
    Civilians,
    #[serde(rename = "External/Other forces")]
    ExternalOtherForces,
}

impl Inter {
    pub const ALL: [Inter; 8] = [
        Inter::StateForces,
        Inter::RebelGroup,
        Inter::PoliticalMilitia,
        Inter::IdentityMilitia,
        Inter::Rioters,
        Inter::Protesters,
        Inter::Civilians,
        Inter::ExternalOtherForces,
    ];

    /// The legacy numeric code, 1-8.
    pub fn code(self) -> u8 {
        match self {
            Inter::StateForces => 1,
            Inter::RebelGroup => 2,
            Inter::PoliticalMilitia => 3,
            Inter::IdentityMilitia => 4,
            Inter::Rioters => 5,
            Inter::Protesters => 6,
            Inter::Civilians => 7,
            Inter::ExternalOtherForces => 8,
        }
    }

    pub fn from_code(code: u8) -> Option<Inter> {
        Inter::ALL.into_iter().find(|i| i.code() == code)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Inter::StateForces => "State forces",
            Inter::RebelGroup => "Rebel group",
            Inter::PoliticalMilitia => "Political militia",
            Inter::IdentityMilitia => "Identity militia",
            Inter::Rioters => "Rioters",
            Inter::Protesters => "Protesters",
            Inter::Civilians => "Civilians",
            Inter::ExternalOtherForces => "External/Other forces",
        }
    }

    pub fn parse(s: &str) -> Option<Inter> {
        let s = s.trim();
        if let Ok(n) = s.parse::<u8>() {
            return Inter::from_code(n);
        }
        Inter::ALL
            .into_iter()
            .find(|i| i.as_str().eq_ignore_ascii_case(s))
    }

    /// Is this an organised armed actor (the side of a Battles event)?
    pub fn is_armed(self) -> bool {
        matches!(
            self,
            Inter::StateForces
                | Inter::RebelGroup
                | Inter::PoliticalMilitia
                | Inter::IdentityMilitia
                | Inter::ExternalOtherForces
        )
    }
}

impl fmt::Display for Inter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The interaction code: the order-independent pair of inter codes, lower first
/// ("interaction", Table 3). One-sided events are "X only" (numeric X0).
pub fn interaction_text(inter1: Option<Inter>, inter2: Option<Inter>) -> Option<String> {
    match (inter1, inter2) {
        (None, None) => None,
        (Some(a), None) | (None, Some(a)) => Some(format!("{} only", a.as_str())),
        (Some(a), Some(b)) => {
            let (lo, hi) = if a.code() <= b.code() { (a, b) } else { (b, a) };
            Some(format!("{}-{}", lo.as_str(), hi.as_str()))
        }
    }
}

/// Numeric legacy interaction code, e.g. 12, 17, 10 for "State forces only".
pub fn interaction_code(inter1: Option<Inter>, inter2: Option<Inter>) -> Option<u8> {
    match (inter1, inter2) {
        (None, None) => None,
        (Some(a), None) | (None, Some(a)) => Some(a.code() * 10),
        (Some(a), Some(b)) => {
            let (lo, hi) = if a.code() <= b.code() { (a, b) } else { (b, a) };
            Some(lo.code() * 10 + hi.code())
        }
    }
}

macro_rules! precision_code {
    ($name:ident, $doc:literal, $($variant:ident = $n:literal),*) => {
        #[doc = $doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant = $n),* }

        impl $name {
            pub fn code(self) -> u8 { self as u8 }
            pub fn from_code(n: u8) -> Option<Self> {
                match n { $($n => Some($name::$variant),)* _ => None }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_u8(self.code())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let n = u8::deserialize(d)?;
                $name::from_code(n).ok_or_else(|| {
                    serde::de::Error::custom(format!("{} must be 1, 2 or 3, got {n}", stringify!($name)))
                })
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> { stringify!($name).into() }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "integer", "minimum": 1, "maximum": 3, "description": $doc })
            }
        }
    };
}

precision_code!(
    GeoPrecision,
    "Geo-precision (codebook \"Geo-precision\"): 1 the named place, 2 near a place or a small area coded to a town, 3 only a larger region known (coded to its capital or a natural feature).",
    Place = 1,
    NearPlace = 2,
    Region = 3
);

precision_code!(
    TimePrecision,
    "Time-precision (codebook \"Time-precision\"): 1 the actual day, 2 a week or weekend (midpoint coded), 3 a month or multi-week window (midpoint coded).",
    Day = 1,
    Week = 2,
    Month = 3
);

/// `civilian_targeting` ("Civilians targeted" or blank).
pub const CIVILIANS_TARGETED: &str = "Civilians targeted";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_five_sub_event_types_in_six_event_types() {
        assert_eq!(SubEventType::ALL.len(), 25);
        for t in EventType::ALL {
            assert!(SubEventType::ALL.iter().any(|s| s.event_type() == t));
        }
    }

    #[test]
    fn precedence_follows_table_2() {
        // An air strike inside a ground battle is Battles: Battles outranks E/RV.
        assert!(SubEventType::ArmedClash.precedence() < SubEventType::AirDroneStrike.precedence());
        // Air strike outranks shelling; attack outranks abduction.
        assert!(
            SubEventType::AirDroneStrike.precedence()
                < SubEventType::ShellingArtilleryMissileAttack.precedence()
        );
        assert!(
            SubEventType::Attack.precedence()
                < SubEventType::AbductionForcedDisappearance.precedence()
        );
    }

    #[test]
    fn serde_names_are_acleds_strings() {
        let s = serde_json::to_string(&SubEventType::RemoteExplosiveLandmineIed).unwrap();
        assert_eq!(s, "\"Remote explosive/landmine/IED\"");
        let e: EventType = serde_json::from_str("\"Explosions/Remote violence\"").unwrap();
        assert_eq!(e, EventType::ExplosionsRemoteViolence);
        assert_eq!(
            serde_json::to_string(&Inter::ExternalOtherForces).unwrap(),
            "\"External/Other forces\""
        );
        assert_eq!(serde_json::to_string(&GeoPrecision::Region).unwrap(), "3");
        assert!(serde_json::from_str::<TimePrecision>("4").is_err());
    }

    #[test]
    fn interaction_orders_lower_code_first() {
        assert_eq!(
            interaction_text(Some(Inter::RebelGroup), Some(Inter::StateForces)).as_deref(),
            Some("State forces-Rebel group")
        );
        assert_eq!(
            interaction_code(Some(Inter::Civilians), Some(Inter::RebelGroup)),
            Some(27)
        );
        assert_eq!(interaction_code(Some(Inter::StateForces), None), Some(10));
        assert_eq!(
            interaction_text(Some(Inter::Protesters), None).as_deref(),
            Some("Protesters only")
        );
    }

    #[test]
    fn disorder_types() {
        assert_eq!(
            SubEventType::MobViolence.disorder_type(),
            DisorderType::PoliticalViolence
        );
        assert_eq!(
            SubEventType::ViolentDemonstration.disorder_type(),
            DisorderType::Demonstrations
        );
        assert_eq!(
            SubEventType::ExcessiveForceAgainstProtesters.disorder_type(),
            DisorderType::PoliticalViolenceDemonstrations
        );
        assert_eq!(
            SubEventType::Arrests.disorder_type(),
            DisorderType::StrategicDevelopments
        );
    }
}
