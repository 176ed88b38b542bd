//! Actor stage. STUB INTERFACE: the actors issue fills this in.
//!
//! Contract used by the coder (keep these signatures):
//! - [`ActorDictionary::embedded`] — the committed dictionary, loaded once.
//! - [`ActorDictionary::annotate`] — adds `MentionKind::Actor` mentions (runs after the geo stage,
//!   so it may read `Place` mentions of kind `Country`, e.g. "with neighbouring Burkina Faso").
//! - [`ActorDictionary::name`] — the ACLED name and inter code of a mention on a date in a country.
//! - [`ActorDictionary::state_forces`], [`ActorDictionary::civilians`], [`ActorDictionary::protesters`],
//!   [`ActorDictionary::rioters`], [`ActorDictionary::unidentified_armed`], [`ActorDictionary::composite`].

use chrono::NaiveDate;
use cw_record::{ActorMention, Document, Inter, NamedActor};
use std::sync::OnceLock;

pub struct ActorDictionary {}

fn country_name(iso2: &str) -> String {
    cw_geo::country(iso2).map(|c| c.name.clone()).unwrap_or_else(|| iso2.to_string())
}

impl ActorDictionary {
    pub fn embedded() -> &'static ActorDictionary {
        static D: OnceLock<ActorDictionary> = OnceLock::new();
        D.get_or_init(|| ActorDictionary {})
    }

    /// Actor stage: add an `Actor` mention for every actor named or described in the text.
    pub fn annotate(&self, _doc: &mut Document) {}

    /// The ACLED name of the actor a mention refers to, on `date`, for an event in `country` (ISO alpha-2).
    pub fn name(&self, m: &ActorMention, date: NaiveDate, country: &str) -> NamedActor {
        let _ = (m, date);
        self.unidentified_armed(country)
    }

    /// `Military Forces of X (regime)` on `date`; inter 8 when `abroad_in` is another country.
    pub fn state_forces(&self, of: &str, date: NaiveDate, abroad_in: Option<&str>) -> NamedActor {
        let _ = date;
        NamedActor {
            name: format!("Military Forces of {}", country_name(of)),
            inter: if abroad_in.is_some_and(|c| c != of) { Inter::ExternalOtherForces } else { Inter::StateForces },
            assoc: vec![],
        }
    }

    pub fn civilians(&self, country: &str) -> NamedActor {
        NamedActor { name: format!("Civilians ({})", country_name(country)), inter: Inter::Civilians, assoc: vec![] }
    }

    pub fn protesters(&self, country: &str) -> NamedActor {
        NamedActor { name: format!("Protesters ({})", country_name(country)), inter: Inter::Protesters, assoc: vec![] }
    }

    pub fn rioters(&self, country: &str) -> NamedActor {
        NamedActor { name: format!("Rioters ({})", country_name(country)), inter: Inter::Rioters, assoc: vec![] }
    }

    pub fn unidentified_armed(&self, country: &str) -> NamedActor {
        NamedActor {
            name: format!("Unidentified Armed Group ({})", country_name(country)),
            inter: Inter::PoliticalMilitia,
            assoc: vec![],
        }
    }

    /// The codebook's "X and/or Y" composite for uncertain attribution.
    pub fn composite(&self, a: &NamedActor, b: &NamedActor) -> NamedActor {
        NamedActor { name: format!("{} and/or {}", a.name, b.name), inter: a.inter, assoc: vec![] }
    }
}
