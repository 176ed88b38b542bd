//! The coder: runs the pipeline over a report and assembles ACLED events.
//!
//! text (cw-text) → places (cw-geo) → actors (cw-actors) → [`frames`] → per frame:
//! [`participants`] → [`fatalities`] → [`classify`] → [`when`] → location (cw-geo) →
//! [`roles`] (actor names via cw-actors) → [`assemble`] → merge events of the same day, place and actors.

pub mod assemble;
pub mod classify;
pub mod fatalities;
pub mod frames;
pub mod grammar;
pub mod participants;
pub mod roles;
pub mod view;
pub mod when;

use cw_actors::ActorDictionary;
use cw_geo::Gazetteer;
use cw_record::{Document, Event, Report};
use cw_text::TextStage;

/// The pipeline with its embedded data loaded.
pub struct Coder {
    text: TextStage,
    geo: &'static Gazetteer,
    actors: &'static ActorDictionary,
}

impl Coder {
    /// A coder with the embedded lexicons, actor dictionary and gazetteer.
    pub fn new() -> Coder {
        Coder {
            text: TextStage::new(),
            geo: Gazetteer::embedded(),
            actors: ActorDictionary::embedded(),
        }
    }

    /// Run the annotation stages: the document every later stage reads.
    pub fn annotate(&self, report: &Report) -> Document {
        let published = report
            .published
            .unwrap_or_else(|| chrono::Utc::now().date_naive());
        let mut doc = self.text.annotate(report, published);
        self.geo.annotate(&mut doc);
        self.actors.annotate(&mut doc);
        // The named groups' homes: votes for the geo stage, and the region far namesakes leave.
        let homes = actor_country_hints(&doc, &GROUP_KINDS);
        let mut hints = homes.clone();
        // State forces named by their own name (FAMa, FARDC, the Tatmadaw) vote for their
        // country too, as their soldiers' demonym does ("Malian soldiers"): forces mostly act at
        // home. Not a home for `drop_far_towns`: expeditionary forces (Barkhane) act abroad.
        hints.extend(actor_country_hints(&doc, &FORCE_KINDS));
        if let Some(cc) = report_country(report) {
            hints.push((cc, REPORT_VOTE));
        }
        let weak = weak_demonyms(&doc);
        hints.extend(weak.iter().copied());
        if !weak.is_empty() || hints_disagree(&doc, &hints) {
            self.geo.reannotate_with(&mut doc, &hints);
        }
        let far = drop_far_towns(&mut doc, &homes);
        if reconcile(&mut doc) || !weak.is_empty() || far {
            self.geo.annotate_focus_with(&mut doc, &weak);
        }
        doc
    }

    /// Code one report into events. Never panics, whatever the bytes; a report about no
    /// conflict event gives an empty list. `report.published` defaults to today.
    pub fn code(&self, report: &Report) -> Vec<Event> {
        let doc = self.annotate(report);
        // Building the frames twice costs ~10% of the coder: only when the reason is logged.
        if tracing::enabled!(tracing::Level::DEBUG) && frames::build(&doc).is_empty() {
            tracing::debug!(doc = %doc.id, reason = "frames", "no event frame: no trigger outside background");
        }
        assemble::events(&doc, self.geo, self.actors, report)
    }
}

/// The report's stated country (its source's), as ISO alpha-2.
pub fn report_country(report: &Report) -> Option<[u8; 2]> {
    let c = report.country.as_deref()?.trim();
    let country = cw_geo::country(c).or_else(|| cw_geo::country_by_name(c))?;
    <[u8; 2]>::try_from(country.iso2.as_bytes()).ok()
}

/// The source's country votes like a demonym (2.0): above a town named once, below a country
/// named in the text (3.0), so a foreign story in a national paper keeps its own country.
const REPORT_VOTE: f32 = 2.0;

/// Country votes from the named actors of a report: each group belongs to one country
/// (Katiba Macina and Dan Na Ambassagou to Mali, Koglweogo and Ansaroul Islam to Burkina
/// Faso), so a village name two countries share goes to theirs. `kinds` says which mentions
/// count: the named non-state groups (`GROUP_KINDS`, also the homes `drop_far_towns` reads), or
/// state forces named by their own name (`FORCE_KINDS`), which vote but are no home: forces act
/// abroad (Barkhane, joint operations).
fn actor_country_hints(doc: &Document, kinds: &[cw_record::ActorKind]) -> Vec<([u8; 2], f32)> {
    let mut seen: Vec<&str> = Vec::new();
    let mut hints: Vec<([u8; 2], f32)> = Vec::new();
    for a in doc.mentions.iter().filter_map(view::actor) {
        let (Some(entry), Some(cc)) = (a.entry.as_deref(), a.country.as_deref()) else {
            continue;
        };
        if !kinds.contains(&a.kind) || seen.contains(&entry) {
            continue;
        }
        seen.push(entry);
        let Ok(code) = <[u8; 2]>::try_from(cc.as_bytes()) else {
            continue;
        };
        match hints.iter_mut().find(|(c, _)| *c == code) {
            Some(h) => h.1 += ACTOR_VOTE,
            None => hints.push((code, ACTOR_VOTE)),
        }
    }
    hints
}

/// The named non-state groups whose home country votes (`actor_country_hints`).
const GROUP_KINDS: [cw_record::ActorKind; 3] = [
    cw_record::ActorKind::RebelGroup,
    cw_record::ActorKind::PoliticalMilitia,
    cw_record::ActorKind::IdentityMilitia,
];

/// State forces named by their own name (an actor-dictionary entry, not a generic "soldiers").
const FORCE_KINDS: [cw_record::ActorKind; 2] =
    [cw_record::ActorKind::Military, cw_record::ActorKind::Police];

/// A named group's vote for its country: as much as a town named once (1.0), less than a
/// demonym (2.0) or a country's own name (3.0); groups cross borders (Katiba Macina in
/// Burkina Faso), so one named group alone never outweighs the report's own place words.
const ACTOR_VOTE: f32 = 1.0;

/// The geo stage counts every demonym as a vote for its country (2.0); a demonym that does not
/// say where the event is takes its vote back: the nationality of the people attacked ("an
/// Australian couple was kidnapped", "deux ressortissants chinois"), since ACLED codes the event
/// where it happened (civilians the sentence acts on: its patients), and the state that launched a strike from afar ("an Israeli air strike ...
/// in Khan Younis"). The place the report names, or its other demonyms, decide; with neither, the
/// actors' country still places the event (`assemble::actor_country`: "gunmen shot dead two
/// Nigerien traders"). Soldiers' and police demonyms keep their weight: forces mostly act at home,
/// and "Malian soldiers were killed" is evidence of Mali. Returns the votes to take back.
fn weak_demonyms(doc: &Document) -> Vec<([u8; 2], f32)> {
    use cw_record::ActorKind as K;
    let mut out: Vec<([u8; 2], f32)> = Vec::new();
    for m in &doc.mentions {
        let Some(a) = view::actor(m) else { continue };
        let Some(cc) = a.country.as_deref() else {
            continue;
        };
        // Civilians the sentence acts on; not those who act ("stores attacked by Burkinabe
        // merchants") nor those only described ("Lebanese business owners had a monopoly").
        let victims = a.kind == K::Civilians
            && participants::role_at(doc, m.sentence, m.span) == participants::Role::Patient;
        let striker = participants::is_state(a.kind)
            && doc.mentions.iter().any(|c| {
                m.span.contains(c.span) && view::is_cue(c, "tactic", participants::REMOTE)
            });
        if !(victims || striker) {
            continue;
        }
        let (Some(country), Ok(code)) = (cw_geo::country(cc), <[u8; 2]>::try_from(cc.as_bytes()))
        else {
            continue;
        };
        let demonyms: Vec<String> = country
            .demonyms
            .iter()
            .map(|d| cw_record::fold::fold(d).replace(' ', ""))
            .collect();
        let n = cw_record::fold::fold(doc.slice(m.span))
            .split(' ')
            .filter(|w| demonyms.iter().any(|d| d == w))
            .count();
        if n == 0 {
            continue;
        }
        let back = -cw_geo::DEMONYM_VOTE * n as f32;
        match out.iter_mut().find(|(c, _)| *c == code) {
            Some(h) => h.1 += back,
            None => out.push((code, back)),
        }
    }
    out
}

/// Whether some place the geo stage chose lies outside every hinted country: only then is a
/// second resolution worth its time.
fn hints_disagree(doc: &Document, hints: &[([u8; 2], f32)]) -> bool {
    !hints.is_empty()
        && doc.mentions.iter().filter_map(view::place).any(|p| {
            !hints
                .iter()
                .any(|(c, _)| c.as_slice() == p.place.country_code.as_bytes())
        })
}

/// A toponym inside an actor mention is part of the actor's description: "Boko" in "Boko Haram",
/// "Macina" in "Katiba Macina", "Nigerien" in "Nigerien soldiers". The actor stage, which runs
/// later and knows names and demonyms, wins; a country named as a side ("with neighbouring
/// Burkina Faso") stays a place too, since the actor mention is exactly the country's name.
/// Returns whether a place mention was removed (the focus country must then be counted again).
/// Towns of this population or more are named on purpose, whatever the actors.
const FAR_TOWN_MAX_POP: u64 = 500_000;

/// A small town of another world region than every named group's home ("Katiba Macina militants
/// attacked a post in Mandoli" read as a Delhi suburb): a namesake, not the event's place. The
/// named groups' homes (`actor_country_hints`) say the event is in their region (ACLED's
/// regions: Western Africa, South Asia...); a town of the same region stays (groups cross
/// borders), and so does any town of a country the text names. Returns whether places were
/// dropped.
fn drop_far_towns(doc: &mut Document, hints: &[([u8; 2], f32)]) -> bool {
    let region = |cc: &str| cw_geo::country(cc).map(|c| c.region.as_str());
    let homes: Vec<&str> = hints
        .iter()
        .filter_map(|(cc, _)| std::str::from_utf8(cc).ok().and_then(region))
        .collect();
    if homes.is_empty() {
        return false;
    }
    let named_countries: Vec<String> = doc
        .mentions
        .iter()
        .filter_map(view::place)
        .filter(|p| p.place.kind == cw_record::PlaceKind::Country)
        .map(|p| p.place.country_code.to_ascii_uppercase())
        .collect();
    let before = doc.mentions.len();
    doc.mentions.retain(|m| {
        let Some(p) = view::place(m) else { return true };
        let cc = p.place.country_code.to_ascii_uppercase();
        let far = p.place.kind == cw_record::PlaceKind::Populated
            && p.place.population < FAR_TOWN_MAX_POP
            && !named_countries.contains(&cc)
            && region(&cc).is_some_and(|r| !homes.contains(&r));
        !far
    });
    doc.mentions.len() != before
}

fn reconcile(doc: &mut Document) -> bool {
    let actors: Vec<(cw_record::Span, bool)> = doc
        .mentions
        .iter()
        .filter_map(|m| view::actor(m).map(|a| (m.span, a.entry.is_some())))
        .collect();
    let before = doc.mentions.len();
    doc.mentions.retain(|m| {
        let Some(p) = view::place(m) else { return true };
        !actors.iter().any(|(span, named)| {
            span.contains(m.span)
                && (span.len() > m.span.len() || p.place.kind != cw_record::PlaceKind::Country)
                && (*named || p.place.kind != cw_record::PlaceKind::Country)
        })
    });
    doc.mentions.len() != before
}

impl Default for Coder {
    fn default() -> Self {
        Coder::new()
    }
}
