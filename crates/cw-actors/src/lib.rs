//! Actor stage: the actor dictionary, actor mentions, and ACLED actor names with inter codes.
//!
//! Contract used by the coder:
//! - [`ActorDictionary::embedded`] — the committed dictionary (data/actors/), loaded once.
//! - [`ActorDictionary::annotate`] — adds `MentionKind::Actor` mentions (runs after the geo stage,
//!   so it reads `Place` mentions of kind `Country`, e.g. "with neighbouring Burkina Faso").
//! - [`ActorDictionary::name`] / [`ActorDictionary::name_in`] — the ACLED name and inter code of a
//!   mention on a date in a country (`name_in` also takes the admin1 and the data's as-of date).
//! - [`ActorDictionary::state_forces`], [`ActorDictionary::civilians`], [`ActorDictionary::protesters`],
//!   [`ActorDictionary::rioters`], [`ActorDictionary::unidentified_armed`], [`ActorDictionary::composite`].
//!
//! The knowledge (names, aliases, regimes, lexicons) is in data/actors/*.tsv; see docs/ACTORS.md.

mod annotate;
pub mod data;

use chrono::{Datelike, NaiveDate};
use cw_record::{ActorKind, ActorMention, Document, Inter, NamedActor};
use data::{Base, DataError, Entry, GenericName, LexEntry, State, Target, Unit, UnitForm};
use std::collections::HashMap;
use std::sync::OnceLock;

pub use data::Base as StateBase;

const ACTORS_TSV: &str = include_str!("../../../data/actors/actors.tsv");
const UNITS_TSV: &str = include_str!("../../../data/actors/units.tsv");
const STATES_TSV: &str = include_str!("../../../data/actors/states.tsv");
const GENERIC_NAMES_TSV: &str = include_str!("../../../data/actors/generic-names.tsv");
const LEXICON_EN: &str = include_str!("../../../data/actors/generic.en.tsv");
const LEXICON_FR: &str = include_str!("../../../data/actors/generic.fr.tsv");

/// The lexicon marks mutineers with this label (never an identity): members of the state forces
/// who mutiny, named "Mutiny of <state forces>" (ACLED codebook, state forces' names).
pub const MUTINY: &str = "{mutiny}";

/// Whether a mention stands for mutineers of the state forces ("mutinying soldiers").
pub fn is_mutiny(m: &ActorMention) -> bool {
    matches!(m.kind, ActorKind::Military | ActorKind::Police)
        && m.identities.iter().any(|l| l == MUTINY)
}

/// The lexicon marks attackers said to be unidentified, and bandits, with this label (never an
/// identity): they are not a group named elsewhere in the report.
pub const UNIDENTIFIED: &str = "{unidentified}";

/// Whether a mention stands for attackers the report says are unidentified (or bandits).
pub fn is_unidentified(m: &ActorMention) -> bool {
    m.entry.is_none() && m.identities.iter().any(|l| l == UNIDENTIFIED)
}

/// The actor stage marks a named group the report ties to its coalition ("Ansaroul Islam
/// (JNIM)") with this label (never an identity): in a period when ACLED codes the coalition's
/// members as the coalition, the group is named as the coalition, its own name associated.
pub const COALITION: &str = "{coalition}";

/// The lexicon marks self-defence heads with this label (never an identity): the group defends
/// its own community. The actor stage gives it the community's ethnic group when the report names
/// one; otherwise the label stays, and naming uses the event's village or town.
pub const COMMUNITY: &str = "{community}";

/// Whether a mention is a community's own self-defence group whose ethnic group is not known.
pub fn is_community_militia(m: &ActorMention) -> bool {
    m.entry.is_none() && m.identities.iter().any(|l| l == COMMUNITY)
}

/// The lexicon marks workers and contractors with this label (never an identity): after a named
/// group or force ("a MINUSMA subcontractor") they are civilians working for it.
pub const CONTRACTOR: &str = "{contractor}";

/// ACLED's identity label for workers, employees, contractors and traders (civilians by their
/// work): "Labour Group (X)".
pub const LABOUR: &str = "Labour Group";

/// The lexicon marks "security forces" with this label (never an identity): state forces the
/// report does not say are the army or the police. They are the police, or the military in the
/// countries `generic-names.tsv` lists (`security_forces:CC`), where ACLED codes the forces of an
/// armed conflict's state so.
pub const SECURITY: &str = "{security}";

/// The lexicon marks strike nouns with this label (never an identity): "an Israeli air strike",
/// "une frappe aérienne russe" stand for the forces of the country that qualifies them (codebook,
/// Explosions/Remote violence: the actor is who launched the strike). With no demonym or country
/// before (or, in French, after) them they are no actor at all: the striker is then whoever the
/// report names ("airstrikes by French forces"), or the codebook's default.
pub const OF_COUNTRY: &str = "{of_country}";

/// Rules and templates may point at each other; this bounds the chase.
const MAX_DEPTH: usize = 4;

/// Where and when an actor is named: the event's date and country, optionally its admin1
/// (some umbrella names depend on the region, e.g. the Islamic State branch in Niger), and the
/// date the data is written as of (ACLED closes regime labels retroactively: an event of 2018 in
/// Mali is "(2013-2020)" in data written after August 2020, "(2013-)" before).
#[derive(Debug, Clone, Copy)]
pub struct NameContext<'a> {
    pub date: NaiveDate,
    /// ISO alpha-2 of the event's country.
    pub country: &'a str,
    pub admin1: Option<&'a str>,
    /// The event's location when it is a village, town or site (not an administrative unit): a
    /// community's self-defence group with no ethnic group known is named after it.
    pub place: Option<&'a str>,
    /// The data's vintage; None = the event date (labels as written at the time of the event).
    pub as_of: Option<NaiveDate>,
}

impl<'a> NameContext<'a> {
    pub fn new(date: NaiveDate, country: &'a str) -> NameContext<'a> {
        NameContext {
            date,
            country,
            admin1: None,
            place: None,
            as_of: None,
        }
    }
    pub fn admin1(mut self, admin1: Option<&'a str>) -> Self {
        self.admin1 = admin1;
        self
    }
    pub fn place(mut self, place: Option<&'a str>) -> Self {
        self.place = place;
        self
    }
    pub fn as_of(mut self, as_of: NaiveDate) -> Self {
        self.as_of = Some(as_of);
        self
    }
    fn vintage(&self) -> NaiveDate {
        self.as_of.map_or(self.date, |a| a.max(self.date))
    }
}

/// The actor dictionary and the per-language matchers built from it.
pub struct ActorDictionary {
    entries: Vec<Entry>,
    by_key: HashMap<String, usize>,
    units: Vec<Unit>,
    unit_by_key: HashMap<String, usize>,
    states: HashMap<String, State>,
    generic: HashMap<String, GenericName>,
    /// Rank of every name any entry can take, for composite ordering.
    rank_by_name: HashMap<String, u8>,
    matcher_en: annotate::Matcher,
    matcher_fr: annotate::Matcher,
}

fn country_name(iso2: &str) -> String {
    cw_geo::country(iso2)
        .map(|c| c.name.clone())
        .unwrap_or_else(|| iso2.to_string())
}

impl ActorDictionary {
    /// The committed dictionary. Malformed lines (there are none: a test checks) are logged and skipped.
    pub fn embedded() -> &'static ActorDictionary {
        static D: OnceLock<ActorDictionary> = OnceLock::new();
        D.get_or_init(|| {
            let (d, errs) = ActorDictionary::build(
                ACTORS_TSV,
                UNITS_TSV,
                STATES_TSV,
                GENERIC_NAMES_TSV,
                LEXICON_EN,
                LEXICON_FR,
            );
            for e in &errs {
                tracing::error!(%e, "actor data line skipped");
            }
            d
        })
    }

    /// Check the committed data: every error of every file.
    pub fn check_embedded() -> Vec<DataError> {
        ActorDictionary::build(
            ACTORS_TSV,
            UNITS_TSV,
            STATES_TSV,
            GENERIC_NAMES_TSV,
            LEXICON_EN,
            LEXICON_FR,
        )
        .1
    }

    /// Build a dictionary from data sources (the formats of data/actors/*.tsv).
    pub fn build(
        actors: &str,
        units: &str,
        states: &str,
        generic_names: &str,
        lexicon_en: &str,
        lexicon_fr: &str,
    ) -> (ActorDictionary, Vec<DataError>) {
        let (entries, mut errs) = data::parse_entries("actors.tsv", actors);
        let (units, e) = data::parse_units("units.tsv", units);
        errs.extend(e);
        let (states, e) = data::parse_states("states.tsv", states);
        errs.extend(e);
        let (generic, e) = data::parse_generic_names("generic-names.tsv", generic_names);
        errs.extend(e);
        let (lex_en, e): (Vec<LexEntry>, _) = data::parse_lexicon("generic.en.tsv", lexicon_en);
        errs.extend(e);
        let (lex_fr, e): (Vec<LexEntry>, _) = data::parse_lexicon("generic.fr.tsv", lexicon_fr);
        errs.extend(e);

        let by_key: HashMap<String, usize> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.key.clone(), i))
            .collect();
        for e in &entries {
            let dangling = e
                .parent
                .iter()
                .chain(e.rules.iter().filter_map(|r| match &r.target {
                    Target::Entry(k) | Target::Member(k) => Some(k),
                    Target::Template(_) => None,
                }));
            for k in dangling {
                if !by_key.contains_key(k) {
                    errs.push(DataError {
                        file: "actors.tsv",
                        line: 0,
                        msg: format!("{}: unknown key {k}", e.key),
                    });
                }
            }
        }
        let unit_by_key = units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.key.clone(), i))
            .collect();
        let mut rank_by_name = HashMap::new();
        for e in &entries {
            for n in &e.names {
                // Templates with placeholders never equal a rendered name; rendered forms of
                // fixed names are what composites compare.
                rank_by_name.entry(n.template.clone()).or_insert(e.rank);
            }
        }
        let matcher_en = annotate::Matcher::new(&entries, &units, &lex_en, cw_record::Lang::En);
        let matcher_fr = annotate::Matcher::new(&entries, &units, &lex_fr, cw_record::Lang::Fr);
        let d = ActorDictionary {
            entries,
            by_key,
            units,
            unit_by_key,
            states: states.into_iter().map(|s| (s.iso2.clone(), s)).collect(),
            generic: generic.into_iter().map(|g| (g.kind.clone(), g)).collect(),
            rank_by_name,
            matcher_en,
            matcher_fr,
        };
        (d, errs)
    }

    /// Actor stage: add an `Actor` mention for every actor named or described in the text.
    pub fn annotate(&self, doc: &mut Document) {
        let m = match doc.lang {
            cw_record::Lang::En => &self.matcher_en,
            cw_record::Lang::Fr => &self.matcher_fr,
        };
        annotate::annotate(m, doc);
    }

    /// Whether a mention's entry is a state unit (gendarmerie, national guard, customs...):
    /// not more specific than the military. ACLED codes "soldiers and gendarmes" as the military,
    /// with the unit as associated actor.
    pub fn is_state_unit(&self, key: &str) -> bool {
        self.unit_by_key.contains_key(key)
    }

    /// Whether a mention's entry fights on the side of its country's state forces (state-backed
    /// auxiliaries such as Burkina Faso's VDP): in a battle it is one side with them.
    pub fn is_state_auxiliary(&self, key: &str) -> bool {
        self.by_key
            .get(key)
            .is_some_and(|&i| self.entries[i].state_auxiliary)
    }

    /// Whether, on the event date (as of the publication date), ACLED coded the member groups of
    /// the coalition `key` as the coalition itself (JNIM's katibas and founding groups before
    /// about 2020): some entry with `key` as parent is named `@key` then. A group the report
    /// ties to such a coalition ("Ansaroul Islam (JNIM)") is coded as the coalition.
    pub fn codes_members_as_coalition(&self, key: &str, date: NaiveDate, as_of: NaiveDate) -> bool {
        let ctx = NameContext::new(date, "").as_of(as_of);
        self.entries.iter().any(|e| {
            e.parent.as_deref() == Some(key) && pick_name(e, &ctx).strip_prefix('@') == Some(key)
        })
    }

    /// The coalition a named group belongs to (the dictionary's parent column), if any.
    pub fn parent_of(&self, key: &str) -> Option<&str> {
        self.by_key
            .get(key)
            .and_then(|&i| self.entries[i].parent.as_deref())
    }

    /// Dictionary keys of all named actors.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .map(|e| e.key.as_str())
            .chain(self.units.iter().map(|u| u.key.as_str()))
    }

    /// The ACLED name of the actor a mention refers to, on `date`, for an event in `country`
    /// (ISO alpha-2), with regime labels as written on the event date. See [`Self::name_in`].
    pub fn name(&self, m: &ActorMention, date: NaiveDate, country: &str) -> NamedActor {
        self.name_in(m, &NameContext::new(date, country))
    }

    /// The ACLED name of a mention of `doc` as data written on the document's names-as-of day
    /// (by default its publication date: the convention the evaluation gold follows) would
    /// show it: `name_in` with `as_of = doc.names_as_of`.
    pub fn name_for_doc(
        &self,
        m: &ActorMention,
        doc: &Document,
        date: NaiveDate,
        country: &str,
        admin1: Option<&str>,
    ) -> NamedActor {
        self.name_for_doc_at(m, doc, date, country, admin1, None)
    }

    /// `name_for_doc` for an event at a known village or town (`place`, see [`NameContext`]).
    pub fn name_for_doc_at(
        &self,
        m: &ActorMention,
        doc: &Document,
        date: NaiveDate,
        country: &str,
        admin1: Option<&str>,
        place: Option<&str>,
    ) -> NamedActor {
        self.name_in(
            m,
            &NameContext::new(date, country)
                .admin1(admin1)
                .place(place)
                .as_of(doc.names_as_of),
        )
    }

    /// The kind a named group has on `date` in `country` when a `by_country` rule makes it
    /// another entry there, following the rules (a group that took power is the state's forces
    /// from then on: the Taliban in Afghanistan from 15 August 2021 are `@afghanistan-military`).
    /// None when no rule applies or the kind stays the mention's own.
    pub fn kind_on(
        &self,
        m: &ActorMention,
        date: NaiveDate,
        country: &str,
        admin1: Option<&str>,
    ) -> Option<ActorKind> {
        let mut key = m.entry.as_deref()?;
        let admin1 = admin1.map(cw_record::fold::fold);
        let mut kind = None;
        for _ in 0..MAX_DEPTH {
            let Some(e) = self.by_key.get(key).map(|&i| &self.entries[i]) else {
                break;
            };
            let rule = e.rules.iter().find(|r| {
                r.country.eq_ignore_ascii_case(country)
                    && r.admin1.as_ref().is_none_or(|a| admin1.as_ref() == Some(a))
                    && r.since.is_none_or(|s| s <= date)
            });
            match rule.map(|r| &r.target) {
                Some(Target::Entry(k)) | Some(Target::Member(k)) => {
                    key = k;
                    kind = self.by_key.get(k).map(|&i| self.entries[i].kind);
                }
                _ => break,
            }
        }
        kind.filter(|k| *k != m.kind)
    }

    /// The ACLED name of a mention in a context (date, country, admin1, as-of date).
    pub fn name_in(&self, m: &ActorMention, ctx: &NameContext) -> NamedActor {
        let mut named = match &m.entry {
            Some(key) => {
                if let Some(&u) = self.unit_by_key.get(key) {
                    self.unit_name(
                        &self.units[u],
                        m.country.as_deref().unwrap_or(ctx.country),
                        ctx,
                    )
                } else if let Some(&i) = self.by_key.get(key) {
                    self.entry_name(&self.entries[i], m.country.as_deref(), ctx, 0)
                } else {
                    tracing::warn!(key, "unknown actor key; naming as generic");
                    self.generic_name(m, ctx)
                }
            }
            None => self.generic_name(m, ctx),
        };
        if is_mutiny(m) {
            named.name = format!("Mutiny of {}", named.name);
        }
        if m.identities.iter().any(|l| l == COALITION) {
            if let Some(parent) = m.entry.as_deref().and_then(|k| self.parent_of(k)) {
                if self.codes_members_as_coalition(parent, ctx.date, ctx.vintage()) {
                    if let Some(&i) = self.by_key.get(parent) {
                        let own = std::mem::replace(
                            &mut named,
                            self.entry_name(&self.entries[i], m.country.as_deref(), ctx, 0),
                        );
                        for x in std::iter::once(own.name).chain(own.assoc).rev() {
                            if x != named.name && !named.assoc.contains(&x) {
                                named.assoc.insert(0, x);
                            }
                        }
                    }
                }
            }
        }
        // Identity labels of the mention become associated actors ("Miners (Niger)"); the
        // ethnic label of a militia is already in its name.
        if !(m.entry.is_none() && m.kind == ActorKind::IdentityMilitia) {
            let of = m.country.as_deref().unwrap_or(ctx.country);
            for label in m.identities.iter().filter(|l| {
                *l != MUTINY
                    && *l != UNIDENTIFIED
                    && *l != COALITION
                    && *l != COMMUNITY
                    && *l != SECURITY
            }) {
                let a = self.identity_name(label, of, ctx);
                if !named.assoc.contains(&a) && a != named.name {
                    named.assoc.push(a);
                }
            }
        }
        // The livelihood of an ethnic group that lives by one (`livelihood:<group>` in
        // generic-names.tsv: the Fulani are pastoralists), for its civilians and its militia.
        let of = m.country.as_deref().unwrap_or(ctx.country);
        for group in m
            .identities
            .iter()
            .filter_map(|l| l.strip_suffix(" Ethnic Group"))
        {
            if let Some(g) = self.generic.get(&format!("livelihood:{group}")) {
                let a = self.identity_name(&g.template, of, ctx);
                if !named.assoc.contains(&a) && a != named.name {
                    named.assoc.push(a);
                }
            }
        }
        named
    }

    fn identity_name(&self, label: &str, country: &str, ctx: &NameContext) -> String {
        if label.starts_with('{') {
            return self.render(label, Some(country), ctx);
        }
        let t = self
            .generic
            .get("identity")
            .map_or("{label} ({country})", |g| g.template.as_str());
        self.render(&t.replace("{label}", label), Some(country), ctx)
    }

    fn generic_name(&self, m: &ActorMention, ctx: &NameContext) -> NamedActor {
        let of = m.country.as_deref().unwrap_or(ctx.country);
        let ethnic = m
            .identities
            .iter()
            .find_map(|l| l.strip_suffix(" Ethnic Group"));
        // A community's self-defence group with no ethnic group: named after the event's village
        // or town when it is known ("<Place> Communal Militia (X)"), else unidentified.
        let place = ctx
            .place
            .filter(|_| m.kind == ActorKind::IdentityMilitia && is_community_militia(m));
        // "Security forces": the form of the forces' country (`security_forces:CC`), else the
        // default form, else the police.
        let security = (matches!(m.kind, ActorKind::Police | ActorKind::Military)
            && m.identities.iter().any(|l| l == SECURITY))
        .then(|| {
            self.generic
                .get(&format!("security_forces:{}", of.to_ascii_uppercase()))
                .or_else(|| self.generic.get("security_forces"))
        })
        .flatten();
        let key = match (m.kind, ethnic, place) {
            (ActorKind::IdentityMilitia, Some(_), _) => "ethnic_militia",
            (ActorKind::IdentityMilitia, None, Some(_)) => "community_militia",
            (k, _, _) => data::kind_str(k),
        };
        let Some(g) = security.or_else(|| self.generic.get(key)) else {
            return self.unidentified_armed(of);
        };
        if let Some(k) = g.template.strip_prefix('@') {
            if let Some(&i) = self.by_key.get(k) {
                return self.entry_name(&self.entries[i], m.country.as_deref(), ctx, 0);
            }
        }
        let t = g
            .template
            .replace("{label}", ethnic.or(place).unwrap_or(""));
        let name = self.render(&t, Some(of), ctx);
        NamedActor {
            name,
            inter: self.state_inter(g.inter, of, ctx.country),
            assoc: vec![],
        }
    }

    /// The militia of civilians who fight (codebook, identity militias: communal, ethnic and
    /// livelihood militias): "Fulani herders" who clash are the Fulani ethnic militia, miners or
    /// students fighting are the militia ACLED names after them (`militia:<label>` in
    /// `generic-names.tsv`: "Militia (Miners)"), other villagers their village's
    /// ("<Place> Communal Militia (X)", the context's place, only for the event country's own
    /// people), else "Unidentified Communal Militia" of their country.
    pub fn fighting_militia(&self, m: &ActorMention, ctx: &NameContext) -> NamedActor {
        let ethnic = m
            .identities
            .iter()
            .find(|l| l.ends_with(" Ethnic Group"))
            .cloned();
        if ethnic.is_none() {
            let livelihood = m
                .identities
                .iter()
                .find_map(|l| self.generic.get(&format!("militia:{l}")));
            if let Some(g) = livelihood {
                let of = m.country.as_deref().unwrap_or(ctx.country);
                return NamedActor {
                    name: self.render(&g.template, Some(of), ctx),
                    inter: g.inter,
                    assoc: vec![],
                };
            }
        }
        let home = m
            .country
            .as_deref()
            .is_none_or(|c| c.eq_ignore_ascii_case(ctx.country));
        let militia = ActorMention {
            entry: None,
            kind: ActorKind::IdentityMilitia,
            country: m.country.clone(),
            hedged: m.hedged,
            identities: vec![ethnic.unwrap_or_else(|| COMMUNITY.to_string())],
            alternative_of: None,
        };
        let ctx = NameContext {
            place: ctx.place.filter(|_| home),
            ..*ctx
        };
        self.generic_name(&militia, &ctx)
    }

    /// State forces abroad are External/Other forces (inter 8).
    fn state_inter(&self, inter: Inter, of: &str, event_country: &str) -> Inter {
        if inter == Inter::StateForces && !of.eq_ignore_ascii_case(event_country) {
            Inter::ExternalOtherForces
        } else {
            inter
        }
    }

    fn unit_name(&self, u: &Unit, of: &str, ctx: &NameContext) -> NamedActor {
        let name = match u.for_country(of, ctx.date) {
            UnitForm::Suffix(base, suffix) => {
                let state = self.state_actor_name(base, of, ctx.date, ctx.vintage());
                if suffix.is_empty() {
                    state
                } else {
                    format!("{state} {suffix}")
                }
            }
            UnitForm::Name(t) => self.render(&t, Some(of), ctx),
        };
        NamedActor {
            name,
            inter: self.state_inter(Inter::StateForces, of, ctx.country),
            assoc: vec![],
        }
    }

    fn entry_name(
        &self,
        e: &Entry,
        mention_country: Option<&str>,
        ctx: &NameContext,
        depth: usize,
    ) -> NamedActor {
        if depth < MAX_DEPTH {
            let admin1 = ctx.admin1.map(cw_record::fold::fold);
            let rule = e.rules.iter().find(|r| {
                r.country.eq_ignore_ascii_case(ctx.country)
                    && r.admin1.as_ref().is_none_or(|a| admin1.as_ref() == Some(a))
                    && r.since.is_none_or(|s| s <= ctx.date)
            });
            match rule.map(|r| &r.target) {
                Some(Target::Entry(k)) => {
                    if let Some(&i) = self.by_key.get(k) {
                        return self.entry_name(&self.entries[i], mention_country, ctx, depth + 1);
                    }
                }
                Some(Target::Member(k)) => {
                    if let Some(&i) = self.by_key.get(k) {
                        let mut n =
                            self.entry_name(&self.entries[i], mention_country, ctx, depth + 1);
                        let own = pick_name(e, ctx);
                        if !own.starts_with('@') {
                            let own = self.render(own, mention_country.or(Some(ctx.country)), ctx);
                            if !n.assoc.contains(&own) && own != n.name {
                                n.assoc.insert(0, own);
                            }
                        }
                        return n;
                    }
                }
                Some(Target::Template(t)) => {
                    let of = e
                        .country
                        .as_deref()
                        .or(mention_country)
                        .unwrap_or(ctx.country);
                    return NamedActor {
                        name: self.render(t, Some(of), ctx),
                        inter: self.state_inter(e.inter, of, ctx.country),
                        assoc: vec![],
                    };
                }
                None => {}
            }
        }
        // The actor's own country for state entries and country-templated names ("Dozo
        // Communal Militia (Mali)" takes the event's country unless the mention names one).
        let of = e
            .country
            .as_deref()
            .or(mention_country)
            .unwrap_or(ctx.country);
        let of_for_template = if e.kind == ActorKind::IdentityMilitia || e.country.is_none() {
            mention_country.unwrap_or(ctx.country)
        } else {
            of
        };
        let picked = pick_name(e, ctx);
        // "@key": in that period ACLED coded the group as `key`, with this group as associated
        // actor (e.g. JNIM's katibas before ACLED coded them as actors of their own).
        if let Some(k) = picked.strip_prefix('@') {
            if let (Some(&i), true) = (self.by_key.get(k), depth < MAX_DEPTH) {
                let mut n = self.entry_name(&self.entries[i], mention_country, ctx, depth + 1);
                let own = e.names.iter().rev().find(|n| !n.template.starts_with('@'));
                if let Some(own) = own {
                    let own = self.render(&own.template, Some(of_for_template), ctx);
                    if !n.assoc.contains(&own) {
                        n.assoc.insert(0, own);
                    }
                }
                return n;
            }
        }
        let name = self.render(picked, Some(of_for_template), ctx);
        let mut assoc = Vec::new();
        let mut parent = e.parent.as_deref();
        let mut hops = 0;
        while let (Some(p), true) = (parent, hops < MAX_DEPTH) {
            if let Some(&i) = self.by_key.get(p) {
                let pe = &self.entries[i];
                assoc.push(self.render(pick_name(pe, ctx), Some(of_for_template), ctx));
                parent = pe.parent.as_deref();
            } else {
                parent = None;
            }
            hops += 1;
        }
        let is_state = matches!(
            e.kind,
            ActorKind::Military | ActorKind::Police | ActorKind::Government
        );
        let inter = if is_state {
            self.state_inter(e.inter, of, ctx.country)
        } else {
            e.inter
        };
        NamedActor { name, inter, assoc }
    }

    /// Fill a name template: {country}, {regime:CC}, {military}, {police}, {government}.
    fn render(&self, template: &str, of: Option<&str>, ctx: &NameContext) -> String {
        let mut out = String::with_capacity(template.len() + 32);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else {
                out.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let ph = &rest[open + 1..open + close];
            let of = of.unwrap_or(ctx.country);
            match ph {
                "country" => out.push_str(&country_name(of)),
                "military" => out.push_str(&self.state_actor_name(
                    Base::Military,
                    of,
                    ctx.date,
                    ctx.vintage(),
                )),
                "police" => {
                    out.push_str(&self.state_actor_name(Base::Police, of, ctx.date, ctx.vintage()))
                }
                "government" => out.push_str(&self.state_actor_name(
                    Base::Government,
                    of,
                    ctx.date,
                    ctx.vintage(),
                )),
                p => match p.strip_prefix("regime:") {
                    Some(cc) => out.push_str(
                        &self
                            .regime_label(cc, ctx.date, ctx.vintage())
                            .unwrap_or_default(),
                    ),
                    None => {
                        tracing::warn!(
                            placeholder = p,
                            "unknown placeholder in actor name template"
                        );
                    }
                },
            }
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The regime label of `iso2` on `date` as data written on `as_of` shows it: "(2013-2020)",
    /// "(2023-)". None for countries without regimes in data/actors/states.tsv.
    pub fn regime_label(&self, iso2: &str, date: NaiveDate, as_of: NaiveDate) -> Option<String> {
        let st = self.states.get(&iso2.to_ascii_uppercase())?;
        let r = st
            .regimes
            .iter()
            .find(|r| r.start <= date && r.end.is_none_or(|e| date < e))
            .or_else(|| {
                if st.regimes.first().is_some_and(|f| date < f.start) {
                    st.regimes.first()
                } else {
                    st.regimes.last()
                }
            })?;
        Some(match r.end {
            // The end year is that of the regime's last day: a term handed over on 1 January
            // (Brazil) ended the year before.
            Some(e) if e <= as_of.max(date) => {
                format!("({}-{})", r.start.year(), e.pred_opt().unwrap_or(e).year())
            }
            _ => format!("({}-)", r.start.year()),
        })
    }

    /// "Military Forces of Mali (2013-2020)", "Police Forces of ...", "Government of ...".
    pub fn state_actor_name(
        &self,
        base: Base,
        of: &str,
        date: NaiveDate,
        as_of: NaiveDate,
    ) -> String {
        let label = self
            .states
            .get(&of.to_ascii_uppercase())
            .and_then(|s| s.of.clone())
            .unwrap_or_else(|| country_name(of));
        match self.regime_label(of, date, as_of) {
            Some(r) => format!("{} {} {}", base.prefix(), label, r),
            None => format!("{} {}", base.prefix(), label),
        }
    }

    /// `Military Forces of X (regime)` on `date`; inter 8 when `abroad_in` is another country.
    pub fn state_forces(&self, of: &str, date: NaiveDate, abroad_in: Option<&str>) -> NamedActor {
        self.state_actor(Base::Military, of, date, date, abroad_in)
    }

    /// A state actor (military, police, government) of `of`, with regime labels as of `as_of`.
    pub fn state_actor(
        &self,
        base: Base,
        of: &str,
        date: NaiveDate,
        as_of: NaiveDate,
        abroad_in: Option<&str>,
    ) -> NamedActor {
        NamedActor {
            name: self.state_actor_name(base, of, date, as_of),
            inter: self.state_inter(Inter::StateForces, of, abroad_in.unwrap_or(of)),
            assoc: vec![],
        }
    }

    pub fn civilians(&self, country: &str) -> NamedActor {
        NamedActor {
            name: format!("Civilians ({})", country_name(country)),
            inter: Inter::Civilians,
            assoc: vec![],
        }
    }

    /// Civilians of several nationalities, or of an international organisation (ACLED:
    /// "Civilians (International)", each nationality associated).
    pub fn civilians_international(&self) -> NamedActor {
        NamedActor {
            name: "Civilians (International)".to_string(),
            inter: Inter::Civilians,
            assoc: vec![],
        }
    }

    pub fn protesters(&self, country: &str) -> NamedActor {
        NamedActor {
            name: format!("Protesters ({})", country_name(country)),
            inter: Inter::Protesters,
            assoc: vec![],
        }
    }

    pub fn rioters(&self, country: &str) -> NamedActor {
        NamedActor {
            name: format!("Rioters ({})", country_name(country)),
            inter: Inter::Rioters,
            assoc: vec![],
        }
    }

    pub fn unidentified_armed(&self, country: &str) -> NamedActor {
        NamedActor {
            name: format!("Unidentified Armed Group ({})", country_name(country)),
            inter: Inter::PoliticalMilitia,
            assoc: vec![],
        }
    }

    /// The codebook's "X and/or Y" composite for uncertain attribution, in ACLED's order
    /// (dictionary rank: JNIM, then the Islamic State groups, then the others; ties keep the
    /// given order). The inter code is the first actor's; associated actors are merged.
    pub fn composite(&self, a: &NamedActor, b: &NamedActor) -> NamedActor {
        if a.name == b.name {
            return a.clone();
        }
        let rank = |n: &NamedActor| self.rank_by_name.get(&n.name).copied().unwrap_or(u8::MAX);
        let (first, second) = if rank(b) < rank(a) { (b, a) } else { (a, b) };
        let mut assoc = first.assoc.clone();
        for x in &second.assoc {
            if !assoc.contains(x) {
                assoc.push(x.clone());
            }
        }
        NamedActor {
            name: format!("{} and/or {}", first.name, second.name),
            inter: first.inter,
            assoc,
        }
    }
}

/// The name an entry has on the event date, among those ACLED had adopted by the as-of date:
/// the adopted name with the latest start on or before the date (ties: the latest adopted);
/// before any start, the earliest name.
fn pick_name<'e>(e: &'e Entry, ctx: &NameContext) -> &'e str {
    let vintage = ctx.vintage();
    let adopted = |n: &&data::NameSpec| n.adopted.is_none_or(|a| a <= vintage);
    e.names
        .iter()
        .filter(adopted)
        .filter(|n| n.from <= ctx.date)
        .max_by_key(|n| (n.from, n.adopted))
        .or_else(|| e.names.iter().filter(adopted).min_by_key(|n| n.from))
        .or_else(|| e.names.first())
        .map_or("", |n| n.template.as_str())
}

#[cfg(test)]
mod tests;
