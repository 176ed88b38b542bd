//! Geo stage: the embedded gazetteer, toponym mentions, and event locations with ACLED's
//! geo-precision.
//!
//! Contract used by the coder:
//! - [`Gazetteer::embedded`] — the committed gazetteer (`data/geo/gazetteer.tsv.z`), loaded once,
//!   plus any user imports (`conflictwatch gazetteer import`).
//! - [`Gazetteer::annotate`] — adds `MentionKind::Place` mentions to a document.
//! - [`Gazetteer::locate`] — the location of an event told in a range of sentences.
//! - [`Gazetteer::focus_country`] — the country a report is about.
//! - [`countries`] — the country table (names, ISO codes, ACLED regions, demonyms).
//!
//! Matching is one pass over the folded text: every run of up to six words is looked up, as a
//! compact folded key ("Bani Bangou" = "Banibangou"), in a sorted hash index of all names. A
//! sorted index loads in a few tens of milliseconds, where an automaton over ~1.5 M names would
//! not fit the load budget. Ambiguity is then resolved with the report's context.

pub mod build;
pub mod countries;
mod lexicon;
pub mod store;

use cw_record::fold::{fold_compact, FoldedText};
use cw_record::{
    Document, GeoPrecision, Location, MentionKind, Place, PlaceCue, PlaceKind, PlaceMention, Span,
};
use lexicon::Lexicon;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use store::{cc_str, Ent, Feat, Store, Tail, NONE};

pub use countries::{country, country_by_name, Country};

/// The committed gazetteer (GeoNames, CC-BY 4.0; see docs/GAZETTEER.md).
const EMBEDDED: &[u8] = include_bytes!("../../../data/geo/gazetteer.tsv.z");
/// Towns under 50,000 people of the countries not covered village by village, loaded
/// on first need (a report about such a country, or a lookup).
const EMBEDDED_TAIL: &[u8] = include_bytes!("../../../data/geo/gazetteer-world.tsv.z");
/// Place indices at or above this are in the tail.
const TAIL_BASE: u32 = 1 << 30;

/// Places outside the report's focus country fire only from this population up.
const FOREIGN_CITY_POP: u32 = 50_000;
/// A foreign city this big keeps its name even when the name is a common word ("Nice", "Beni").
const COMMON_WORD_CITY_POP: u32 = 100_000;

/// A place at most this many times as far from a sibling admin2's seat as from its own unit's
/// may lie in the sibling (see `near_unit`).
const NEAR_UNIT_RATIO: f32 = 1.5;
/// A namesake within this many km of the town of the commune or area its sentence names gets
/// [`COMMUNE_BONUS`] (Malian communes span some 20-40 km).
const COMMUNE_KM: f32 = 25.0;
const COMMUNE_BONUS: f32 = 1.0;
/// "X near Y": a resolved X farther than this from Y (km) is not the X meant.
const NEAR_ANCHOR_KM: f64 = 50.0;
/// "X near Y": at most this many bytes between the end of X and the start of Y.
const NEAR_ANCHOR_GAP: usize = 40;
/// "X near Y": at most this many filler words after "near" ("near the village of Y").
const NEAR_ANCHOR_FILLER: usize = 3;

/// The focus vote of a foreign namesake of a village-level country's village (below the
/// village's own 0.3).
const NAMESAKE_VOTE: f32 = 0.2;

/// Longest toponym looked up, in words.
const MAX_WORDS: usize = 6;

/// A people with a one-country homeland votes for it like a town named once: above a village
/// two countries share (0.3 split between them), below a demonym (2.0) or a country (3.0).
const PEOPLE_VOTE: f32 = 1.0;

/// Each demonym in the text votes this much for its country ("Malian soldiers"): more than a
/// town named once, less than the country's own name. The coder takes it back for demonyms that
/// do not say where the event is (a victim's nationality).
pub const DEMONYM_VOTE: f32 = 2.0;

#[derive(Debug, thiserror::Error)]
pub enum GeoError {
    #[error("gazetteer data is not valid zlib: {0}")]
    Decompress(String),
    #[error("gazetteer data is not UTF-8")]
    Utf8,
    #[error("reading {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

pub struct Gazetteer {
    store: Store,
    tail_src: &'static [u8],
    tail: OnceLock<Tail>,
    lex: Lexicon,
    /// Compact folded demonym → index into `countries::countries()`.
    demonyms: HashMap<String, usize>,
    /// Compact folded ethnonym of a people with a one-country homeland → that country and the
    /// admin1 most of them live in, if one does.
    peoples: HashMap<String, ([u8; 2], Option<u32>)>,
    /// Admin1 index → the village-level countries' places in it, built on first need.
    by_admin1: OnceLock<AdminPlaces>,
    /// Hash of a light key (`build::light_key`) → the village-level countries' places it
    /// spells, built on first need.
    by_light: OnceLock<KeyIndex<u32>>,
    /// Hash of a world key (`build::world_key`) → the admin units of every country and the
    /// places outside the village-level countries it spells, built on first need.
    by_world: OnceLock<KeyIndex<Ent>>,
    /// Admin1 index → its capital where the build's guess (the largest town) is wrong
    /// (`data/geo/admin-capitals.tsv`).
    capitals: HashMap<u32, String>,
}

/// Capitals of admin1 units the build cannot tell (see `data/geo/admin-capitals.tsv`).
const ADMIN_CAPITALS: &str = include_str!("../../../data/geo/admin-capitals.tsv");

/// Admin1 index → its places (village-level countries): place index, admin2 index, latitude,
/// longitude.
type AdminPlaces = HashMap<u32, Vec<(u32, u32, f32, f32)>>;

/// A commune matched as written: its hit and the place entities of it that lie in the stated
/// admin2.
type CommuneHit = (usize, Vec<Ent>);

/// A scored candidate of one toponym.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub ent: Ent,
    pub place: Place,
    pub score: f32,
    pub why: Vec<&'static str>,
}

/// Role of a name inside the ACLED notes form "X (admin2, admin1)".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    None,
    Admin1,
    Admin2,
    Admin3,
}

struct Hit {
    /// Original byte span.
    span: Span,
    /// The compact folded key it matched.
    key: String,
    /// Word range in the folded text.
    w: Range<usize>,
    ents: Vec<Ent>,
    cue: PlaceCue,
    role: Role,
    /// For the name before a notes-form parenthesis: the admin units the parenthesis names.
    stated: Option<(Option<u32>, Option<u32>)>,
    /// A location word precedes it ("in", "village of", "near").
    located: bool,
    /// A stop-listed word: only admin units named in a notes-form parenthesis survive.
    stop: bool,
    /// Found by its consonant skeleton, not its spelling ("Soudogara" for "Sodougara").
    fuzzy: bool,
    /// Found by a variant spelling that keeps the vowels ("Diabaly" for "Diabali").
    variant: bool,
    /// Found by a world variant key (`build::world_key`): an admin unit written with its admin
    /// word, or a place after its country's possessive, outside the village-level countries.
    /// Such a hit casts no country vote and fires only in the report's or its sentence's country.
    world: bool,
}

/// Default directory of user imports: `$CONFLICTWATCH_GAZETTEER_DIR`, else
/// `$XDG_DATA_HOME/conflictwatch/gazetteer`, else `~/.local/share/conflictwatch/gazetteer`.
pub fn user_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("CONFLICTWATCH_GAZETTEER_DIR") {
        return Some(PathBuf::from(d));
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(base.join("conflictwatch/gazetteer"))
}

fn opt_f64(x: f32) -> Option<f64> {
    x.is_finite().then_some(x as f64)
}

impl Gazetteer {
    /// The committed gazetteer plus user imports, loaded once. A damaged embedded file (which
    /// the tests rule out) gives an empty gazetteer and an error in the log, not a panic.
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let t = std::time::Instant::now();
            let mut g = Gazetteer::from_compressed(EMBEDDED).unwrap_or_else(|e| {
                tracing::error!("embedded gazetteer unusable: {e}");
                Gazetteer::from_text("")
            });
            g.tail_src = EMBEDDED_TAIL;
            if let Some(dir) = user_dir() {
                if let Err(e) = g.load_imports(&dir) {
                    tracing::warn!("gazetteer imports in {} skipped: {e}", dir.display());
                }
            }
            tracing::debug!(
                places = g.store.places_len(),
                names = g.store.index.len(),
                ms = t.elapsed().as_millis() as u64,
                "gazetteer loaded"
            );
            g
        })
    }

    /// A gazetteer from zlib-compressed line format.
    pub fn from_compressed(bytes: &[u8]) -> Result<Gazetteer, GeoError> {
        let raw = miniz_oxide::inflate::decompress_to_vec_zlib(bytes)
            .map_err(|e| GeoError::Decompress(format!("{e:?}")))?;
        let text = String::from_utf8(raw).map_err(|_| GeoError::Utf8)?;
        Ok(Gazetteer::from_string(text))
    }

    /// A gazetteer from the line format (see [`build`]).
    pub fn from_text(text: &str) -> Gazetteer {
        Gazetteer::from_string(text.to_string())
    }

    fn from_string(text: String) -> Gazetteer {
        let (mut store, bad) = Store::parse(text.to_string());
        if bad > 0 {
            tracing::warn!(bad, "malformed gazetteer lines skipped");
        }
        let mut demonyms = HashMap::new();
        // A name shared by several rows (ACLED codes Hong Kong as "China") stands for the first.
        let mut seen = HashSet::new();
        for (i, c) in countries::countries().iter().enumerate() {
            let key = fold_compact(&c.name);
            if seen.insert(key.clone()) {
                store
                    .index
                    .push((store::key_hash(&key), Ent::Country(i as u32)));
            }
            // Other names ("Birmanie", "RDC"); one two countries share ("Congo") finds both.
            for n in &c.names {
                store
                    .index
                    .push((store::key_hash(&fold_compact(n)), Ent::Country(i as u32)));
            }
            for d in &c.demonyms {
                demonyms.entry(fold_compact(d)).or_insert(i);
            }
        }
        store.finish();
        // Demonyms ("Nigerien", "malienne") are never villages, whatever alternate name they
        // share: they join the stop-list (countries and admin units still match by their names).
        let mut lex = Lexicon::embedded();
        lex.stop_words.extend(demonyms.keys().cloned());
        let peoples: HashMap<String, ([u8; 2], Option<u32>)> = countries::peoples()
            .iter()
            .map(|p| {
                let cc = store::cc2(&p.iso2);
                let a1 = p.admin1.as_deref().and_then(|a| {
                    (0..store.admin1.len() as u32).find(|&i| {
                        store.admin1[i as usize].cc == cc && &*store.admin1[i as usize].name == a
                    })
                });
                (p.name.clone(), (cc, a1))
            })
            .collect();
        lex.stop_words.extend(peoples.keys().cloned());
        let capitals: HashMap<u32, String> = ADMIN_CAPITALS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let (cc, a1, cap) = (store::cc2(f.next()?), f.next()?, f.next()?);
                let i = store
                    .admin1
                    .iter()
                    .position(|a| a.cc == cc && &*a.name == a1)?;
                Some((i as u32, cap.to_string()))
            })
            .collect();
        Gazetteer {
            store,
            tail_src: &[],
            tail: OnceLock::new(),
            lex,
            demonyms,
            peoples,
            by_admin1: OnceLock::new(),
            by_light: OnceLock::new(),
            by_world: OnceLock::new(),
            capitals,
        }
    }

    /// The world tail, decompressed and indexed on first use.
    fn tail(&self) -> &Tail {
        self.tail.get_or_init(|| {
            if self.tail_src.is_empty() {
                return Tail::default();
            }
            let t = std::time::Instant::now();
            let tail = miniz_oxide::inflate::decompress_to_vec_zlib(self.tail_src)
                .ok()
                .and_then(|raw| String::from_utf8(raw).ok())
                .map(Tail::parse)
                .unwrap_or_else(|| {
                    tracing::error!("embedded gazetteer tail unusable");
                    Tail::default()
                });
            tracing::debug!(
                places = tail.len(),
                ms = t.elapsed().as_millis() as u64,
                "gazetteer tail loaded"
            );
            tail
        })
    }

    /// A place's fields (core or tail).
    fn feat(&self, i: u32) -> Option<Feat<'_>> {
        if i >= TAIL_BASE {
            self.tail().feat(&self.store, i - TAIL_BASE)
        } else {
            self.store.feat(i)
        }
    }

    fn kind_of(&self, ent: Ent) -> PlaceKind {
        match ent {
            Ent::Country(_) => PlaceKind::Country,
            Ent::Admin1(_) => PlaceKind::Admin1,
            Ent::Admin2(_) => PlaceKind::Admin2,
            Ent::Place(i) => match self.feat(i) {
                None => PlaceKind::Populated,
                Some(p) if p.class() == 'P' || is_settlement(p.fcode) => PlaceKind::Populated,
                Some(_) => PlaceKind::Natural,
            },
        }
    }

    /// Entities with this compact folded key; the tail only when asked for.
    fn lookup_key(&self, key: &str, with_tail: bool) -> Vec<Ent> {
        let mut v: Vec<Ent> = self.store.lookup(key).collect();
        if with_tail {
            v.extend(self.tail().lookup(key).map(|i| Ent::Place(i + TAIL_BASE)));
        }
        v
    }

    /// Add the imports (`*.tsv`, line format) found in `dir`; a missing directory is not an error.
    pub fn load_imports(&mut self, dir: &Path) -> Result<usize, GeoError> {
        let rd = match std::fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => {
                return Err(GeoError::Io {
                    path: dir.to_path_buf(),
                    source: e,
                })
            }
        };
        let mut n = 0;
        let mut paths: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).map_err(|e| GeoError::Io {
                path: p.clone(),
                source: e,
            })?;
            self.merge_text(&text);
            n += 1;
        }
        Ok(n)
    }

    /// Merge more gazetteer lines (an import) into this gazetteer.
    pub fn merge_text(&mut self, text: &str) {
        let bad = self.store.add_text(text.to_string());
        self.store.finish();
        if bad > 0 {
            tracing::warn!(bad, "malformed imported gazetteer lines skipped");
        }
    }

    pub fn len(&self) -> usize {
        self.store.places_len()
    }

    pub fn is_empty(&self) -> bool {
        self.store.places_len() == 0
    }

    /// The place an index entry stands for, as the record carries it.
    pub fn place(&self, ent: Ent) -> Place {
        let st = &self.store;
        let a1name = |i: u32| st.admin1.get(i as usize).map(|a| a.name.to_string());
        let cname = |cc: &[u8; 2]| {
            country(cc_str(cc))
                .map(|c| c.name.clone())
                .unwrap_or_else(|| cc_str(cc).to_string())
        };
        match ent {
            Ent::Country(i) => {
                let c = countries::countries().get(i as usize);
                Place {
                    name: c.map(|c| c.name.clone()).unwrap_or_default(),
                    kind: PlaceKind::Country,
                    country: c.map(|c| c.name.clone()).unwrap_or_default(),
                    country_code: c.map(|c| c.iso2.clone()).unwrap_or_default(),
                    admin1: None,
                    admin2: None,
                    admin3: None,
                    latitude: None,
                    longitude: None,
                    population: 0,
                    geonameid: None,
                }
            }
            Ent::Admin1(i) | Ent::Admin2(i) => {
                let v = if matches!(ent, Ent::Admin1(_)) {
                    &st.admin1
                } else {
                    &st.admin2
                };
                let Some(a) = v.get(i as usize) else {
                    return self.place(Ent::Country(u32::MAX));
                };
                let (admin1, admin2) = match ent {
                    Ent::Admin1(_) => (Some(a.name.to_string()), None),
                    _ => (a1name(a.parent), Some(a.name.to_string())),
                };
                Place {
                    name: a.name.to_string(),
                    kind: self.kind_of(ent),
                    country: cname(&a.cc),
                    country_code: cc_str(&a.cc).to_string(),
                    admin1,
                    admin2,
                    admin3: None,
                    latitude: opt_f64(a.lat),
                    longitude: opt_f64(a.lon),
                    population: 0,
                    geonameid: None,
                }
            }
            Ent::Place(i) => {
                let Some(p) = self.feat(i) else {
                    return self.place(Ent::Country(u32::MAX));
                };
                Place {
                    name: p.name.to_string(),
                    kind: self.kind_of(ent),
                    country: cname(&p.cc),
                    country_code: cc_str(&p.cc).to_string(),
                    admin1: (p.a1 != NONE).then(|| a1name(p.a1)).flatten(),
                    admin2: (p.a2 != NONE)
                        .then(|| st.admin2.get(p.a2 as usize).map(|a| a.name.to_string()))
                        .flatten(),
                    admin3: None,
                    latitude: opt_f64(p.lat),
                    longitude: opt_f64(p.lon),
                    population: p.pop as u64,
                    geonameid: Some(p.id),
                }
            }
        }
    }

    fn ent_cc(&self, e: Ent) -> Option<[u8; 2]> {
        let st = &self.store;
        match e {
            Ent::Country(i) => countries::countries()
                .get(i as usize)
                .map(|c| store::cc2(&c.iso2)),
            Ent::Admin1(i) => st.admin1.get(i as usize).map(|a| a.cc),
            Ent::Admin2(i) => st.admin2.get(i as usize).map(|a| a.cc),
            Ent::Place(i) => self.feat(i).map(|p| p.cc),
        }
    }

    /// Admin1 and admin2 indices of an entity.
    fn ent_admin(&self, e: Ent) -> (u32, u32) {
        let st = &self.store;
        match e {
            Ent::Country(_) => (NONE, NONE),
            Ent::Admin1(i) => (i, NONE),
            Ent::Admin2(i) => (
                st.admin2.get(i as usize).map(|a| a.parent).unwrap_or(NONE),
                i,
            ),
            Ent::Place(i) => self.feat(i).map(|p| (p.a1, p.a2)).unwrap_or((NONE, NONE)),
        }
    }

    /// All entities a name can stand for (compact folded lookup).
    pub fn candidates(&self, name: &str) -> Vec<Ent> {
        let mut v: Vec<Ent> = self.lookup_key(&fold_compact(name), true);
        v.sort();
        v.dedup();
        v
    }

    /// Candidates of a bare name, scored without context (for `gazetteer lookup`):
    /// optionally restricted to a country (ISO alpha-2 or name).
    pub fn lookup(&self, name: &str, country_filter: Option<&str>) -> Vec<Candidate> {
        let cc = country_filter
            .and_then(|c| country(c).or_else(|| country_by_name(c)))
            .map(|c| store::cc2(&c.iso2));
        let mut out: Vec<Candidate> = self
            .candidates(name)
            .into_iter()
            .filter(|&e| cc.is_none() || self.ent_cc(e) == cc)
            .map(|e| {
                let mut why = Vec::new();
                let key = fold_compact(name);
                let score = self.score(
                    e,
                    Some(key.as_str()),
                    PlaceCue::At,
                    Role::None,
                    cc,
                    &Context::default(),
                    &mut why,
                );
                Candidate {
                    ent: e,
                    place: self.place(e),
                    score,
                    why,
                }
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score));
        out
    }

    /// Context-free prior plus context bonuses. `why` collects the reasons.
    #[allow(clippy::too_many_arguments)]
    fn score(
        &self,
        e: Ent,
        key: Option<&str>,
        cue: PlaceCue,
        role: Role,
        focus: Option<[u8; 2]>,
        ctx: &Context,
        why: &mut Vec<&'static str>,
    ) -> f32 {
        let mut s = match e {
            Ent::Country(_) => {
                why.push("country name");
                6.0
            }
            Ent::Admin1(_) => match (role, cue) {
                (Role::Admin1, _) => {
                    why.push("admin1 in notes form");
                    5.0
                }
                // "the Mopti region": the unit, not its capital town.
                (_, PlaceCue::Region) => {
                    why.push("admin unit cue");
                    8.0
                }
                _ => 1.0,
            },
            Ent::Admin2(_) => match (role, cue) {
                (Role::Admin2, _) => {
                    why.push("admin2 in notes form");
                    5.0
                }
                (_, PlaceCue::Region) => {
                    why.push("admin unit cue");
                    7.5
                }
                _ => 0.8,
            },
            Ent::Place(i) => {
                let Some(p) = self.feat(i) else {
                    return f32::MIN;
                };
                let mut s = 1.0 + 0.6 * ((p.pop as f32) + 1.0).log10();
                s += match p.fcode {
                    "P.PPLC" => 2.0,
                    "P.PPLA" => 1.5,
                    "P.PPLA2" => 1.0,
                    f if f.starts_with('L') => -0.5,
                    f if f.starts_with('P') => 0.0,
                    f if is_settlement(f) => 0.0,
                    // Lakes, hills, ruins: the place only when no town has the name.
                    _ => -0.8,
                };
                if matches!(role, Role::Admin1 | Role::Admin2) {
                    s -= 2.0;
                }
                s
            }
        };
        if let (Ent::Place(i), Some(k)) = (e, key) {
            if let Some(own) = self.feat(i).map(|p| fold_compact(p.name)) {
                if own == k {
                    why.push("its own name");
                    s += 1.0;
                } else {
                    // Found by another name: the closer its own name is to the one written,
                    // the likelier it is meant ("Dialloube": Dialoube before Dyaloube).
                    s += 0.4 * similarity(&own, k);
                }
            }
        }
        let cc = self.ent_cc(e);
        // A country the same sentence names stands in for the report's focus: "near Dounde in
        // Mali" in a report about Burkina Faso is Mali's Dounde.
        let sentence_country = !ctx.sent_cc.is_empty() && !matches!(e, Ent::Country(_));
        // Unless its own admin unit is named there with its admin word ("Boura, Sissili
        // Province ... arrested in Ghana").
        let (a1, a2) = self.ent_admin(e);
        let unit_named =
            (a1 != NONE && ctx.sent_a1.contains(&a1)) || (a2 != NONE && ctx.sent_a2.contains(&a2));
        let elsewhere =
            sentence_country && !unit_named && !cc.is_some_and(|c| ctx.sent_cc.contains(&c));
        if sentence_country {
            if !elsewhere {
                why.push("country named in the same sentence");
                s += 4.5;
            }
        } else if focus.is_some() && cc == focus {
            why.push("in the focus country");
            s += 4.0;
        }
        if matches!(e, Ent::Place(_) | Ent::Admin2(_)) && !elsewhere {
            let named_a1 = a1 != NONE && (ctx.stated_a1 == Some(a1) || ctx.sent_a1.contains(&a1));
            if a1 != NONE && ctx.stated_a1 == Some(a1) {
                why.push("admin1 stated in the notes form");
                s += 5.0;
            } else if a1 != NONE && ctx.sent_a1.contains(&a1) {
                why.push("admin1 named in the same sentence");
                s += 5.0;
            } else if a1 != NONE && ctx.a1.contains(&a1) {
                why.push("admin1 of another place in the report");
                s += 2.5;
            } else if a1 != NONE && ctx.town_a1.contains(&a1) {
                why.push("admin1 of another town in the report");
                s += 1.0;
            } else if a1 != NONE && ctx.people_a1.contains(&a1) {
                // "the Dogon village of X": the Dogon live in Mopti's region.
                why.push("home admin1 of a people the report names");
                s += 1.0;
            }
            // By the commune or area the same sentence names with it ("Amba, Kendie Commune"):
            // among namesakes of one cercle, the one by that commune's town.
            if let (Ent::Place(i), false) = (e, ctx.sent_pts.is_empty()) {
                if let Some(p) = self.feat(i) {
                    let close = ctx.sent_pts.iter().any(|&(la, lo)| {
                        let k = ((la + p.lat) / 2.0).to_radians().cos();
                        let (dy, dx) = (la - p.lat, (lo - p.lon) * k);
                        (dx * dx + dy * dy).sqrt() * 111.2 <= COMMUNE_KM
                    });
                    if close {
                        why.push("by the commune or area named with it");
                        s += COMMUNE_BONUS;
                    }
                }
            }
            // Among namesakes in the named admin1, the one that is an admin2 seat (Torodi the
            // town, seat of Torodi department) is the one a report names.
            if named_a1 && self.is_admin2_seat(e) {
                why.push("seat of its admin2");
                s += 0.5;
            }
        }
        if let (Ent::Place(_), false) = (e, elsewhere) {
            if a2 != NONE && ctx.stated_a2 == Some(a2) {
                why.push("admin2 stated in the notes form");
                s += 5.0;
            } else if ctx.stated_a2.is_none() && a2 != NONE && ctx.sent_a2.contains(&a2) {
                // "Boura, Sissili Province": the prose form of the notes form.
                why.push("admin2 named in the same sentence");
                s += 5.0;
            } else if ctx
                .stated_a2
                .is_some_and(|x| a2 != NONE && self.near_unit(e, x, a2))
            {
                // Admin2 comes from the nearest seat, which errs near the line between two
                // units: a place about as close to the stated unit's seat as to its own's may
                // well lie in the stated unit.
                why.push(NEAR_STATED_A2);
                s += 4.5;
            } else if a2 != NONE && ctx.a2.contains(&a2) {
                why.push("admin2 of another place in the report");
                s += 2.0;
            }
        }
        s
    }

    /// The folded words of a text. Folding drops apostrophes ("N'Tillit" is "ntillit"); a French
    /// elided article or preposition before a name ("d'Ansongo", "l'Oudalan", "jusqu'Arbinda")
    /// stays a word of its own, so that the name is found and the cue before it reads "près d",
    /// "de l". Only before a capital: "d'autres" is one word as folding makes it.
    fn folded_words(text: &str, ft: &FoldedText) -> Vec<(usize, usize)> {
        let mut words = Vec::new();
        let b = ft.text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b' ' {
                i += 1;
                continue;
            }
            let s = i;
            while i < b.len() && b[i] != b' ' {
                i += 1;
            }
            match elided_len(text.get(ft.orig(s)..).unwrap_or("")) {
                Some(n) if s + n < i => {
                    words.push((s, s + n));
                    words.push((s + n, i));
                }
                _ => words.push((s, i)),
            }
        }
        words
    }

    /// Geo stage: add a `Place` mention for every toponym in the text.
    pub fn annotate(&self, doc: &mut Document) {
        self.annotate_with(doc, &[]);
    }

    /// Resolve the report's toponyms again with country votes from a later stage: the home
    /// countries of the actors it names ("Katiba Macina", "Koglweogo", "Malian gendarmes"). A
    /// village name shared by Mali and Burkina Faso goes to the country the report's actors
    /// belong to. Replaces the report's place mentions.
    pub fn reannotate_with(&self, doc: &mut Document, hints: &[([u8; 2], f32)]) {
        doc.mentions
            .retain(|m| !matches!(m.kind, MentionKind::Place(_)));
        self.annotate_with(doc, hints);
    }

    fn annotate_with(&self, doc: &mut Document, hints: &[([u8; 2], f32)]) {
        let hits = self.resolve(doc, hints);
        for (span, pm) in hits {
            doc.push(span, MentionKind::Place(pm));
        }
        doc.sort_mentions();
        self.annotate_focus(doc);
    }

    /// Record the report's focus country on the document ([`Gazetteer::focus_country`]). The
    /// geo stage does so after placing the toponyms; a later stage that removes place mentions
    /// (a place inside an actor's name) calls it again.
    pub fn annotate_focus(&self, doc: &mut Document) {
        doc.focus_country = self.focus_country(doc);
    }

    /// [`Self::annotate_focus`] with votes added to the text's own (`adjust`, ISO alpha-2 and
    /// weight, negative to take a vote back): a later stage that knows a demonym qualifies the
    /// victims ("an Australian couple was kidnapped") weakens it.
    pub fn annotate_focus_with(&self, doc: &mut Document, adjust: &[([u8; 2], f32)]) {
        doc.focus_country = self.focus_country_with(doc, adjust);
    }

    /// Whether the last word of `prev` could end a known name (so a capitalised word before a
    /// name is a place, not a first name: "Koro Bankass" lists two places).
    fn is_name_end(&self, prev: &[&str], with_tail: bool) -> bool {
        let mut key = String::new();
        for k in (prev.len().saturating_sub(MAX_WORDS)..prev.len()).rev() {
            key.insert_str(0, prev[k]);
            // A possessive names its stem ("Uganda's Eastern region").
            let stem = (k + 1 == prev.len())
                .then(|| key.strip_suffix('s'))
                .flatten()
                .filter(|s| s.len() >= 3);
            if !self.lookup_key(&key, with_tail).is_empty()
                || stem.is_some_and(|s| {
                    self.lookup_key(s, with_tail)
                        .iter()
                        .any(|e| matches!(e, Ent::Country(_)))
                })
            {
                return true;
            }
        }
        false
    }

    /// Steps 1-3: every known name (leftmost-longest, filtered) with its cue.
    fn find_hits(&self, text: &str, with_tail: bool, dateline: Option<Span>) -> Vec<Hit> {
        let ft = FoldedText::new(text);
        let words = Self::folded_words(text, &ft);
        let wstr: Vec<&str> = words.iter().map(|&(s, e)| &ft.text[s..e]).collect();
        let lower_exists = text.chars().any(|c| c.is_lowercase());

        // 1. Every run of up to MAX_WORDS words that is a known name.
        let mut raw: Vec<Hit> = Vec::new();
        let mut person_keys: HashSet<String> = HashSet::new();
        let mut surname_keys: HashSet<String> = HashSet::new();
        let mut key = String::new();
        for i in 0..words.len() {
            key.clear();
            for j in i..(i + MAX_WORDS).min(words.len()) {
                // A name runs over spaces, hyphens and apostrophes only, never over ")" or ",".
                if j > i {
                    let gap = text
                        .get(ft.orig(words[j - 1].1)..ft.orig(words[j].0))
                        .unwrap_or("");
                    if !gap
                        .chars()
                        .all(|c| c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '‘'))
                    {
                        break;
                    }
                }
                key.push_str(wstr[j]);
                let (s, mut e) = ft.orig_span(text, words[i].0, words[j].1);
                // A possessive ("Niger's", "Mali’s") names the stem, never a place spelt with
                // the "s" ("nigers" is an alternate name of a Burkinabe village); a country
                // stem stands for the country alone.
                let poss = possessive_len(&text[s..e]);
                let mut ents: Vec<Ent> = if poss > 0 {
                    let stem = &key[..key.len() - 1];
                    let mut v = self.lookup_key(stem, with_tail);
                    if v.iter().any(|x| matches!(x, Ent::Country(_))) {
                        v.retain(|x| matches!(x, Ent::Country(_)));
                    }
                    e -= poss;
                    v
                } else {
                    self.lookup_key(&key, with_tail)
                };
                if ents.is_empty() {
                    continue;
                }
                let hit_key = if poss > 0 {
                    key[..key.len() - 1].to_string()
                } else {
                    key.clone()
                };
                let orig = &text[s..e];
                // Part of a hyphenated word ("Soundiata-Keita", "Kel-Ouli") is not a name.
                let hyphen_before = text[..s].ends_with('-')
                    && text[..s - 1]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                let hyphen_after = text[e..].starts_with('-')
                    && text[e + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if (hyphen_before || hyphen_after)
                    && !axis_before(&self.lex, text, s)
                    && !axis_after(&self.lex, text, e)
                {
                    continue;
                }
                // Toponyms are capitalised; lower-case words are common words.
                if lower_exists && !orig.chars().next().is_some_and(|c| c.is_uppercase()) {
                    continue;
                }
                let prev: Vec<&str> = wstr[i.saturating_sub(3)..i].to_vec();
                if self.lex.blocked_by(&prev) {
                    continue;
                }
                // The title may stand before the person's first names too: "Captain Abdi
                // Hassan", "General Salifou Mody" name no Indian town and no Nigerien village.
                let capitalised = |w: usize| {
                    text.get(ft.orig(words[w].0)..)
                        .and_then(|t| t.chars().next())
                        .is_some_and(char::is_uppercase)
                };
                if (1..=2).any(|k| {
                    i > k
                        && (i - k..i).all(capitalised)
                        && self.lex.blocked_by(&wstr[(i - k).saturating_sub(3)..i - k])
                }) {
                    continue;
                }
                // A stop-listed name, or one starting with a stop word ("The Village"); a
                // hyphenated name is one word, whatever its first part ("Bambara-Maounde" is a
                // village, though "Bambara" alone is a people).
                let hyphenated = j > i
                    && text
                        .get(ft.orig(words[i].1)..ft.orig(words[i + 1].0))
                        .is_some_and(|g| g == "-");
                let first_stop = self.lex.stop_words.contains(wstr[i]) && !hyphenated;
                // A compass word before another starts an admin unit's name ("North Kivu",
                // "South Kordofan"), though alone it is no place.
                let compass_head = j > i && self.lex.compass.contains(wstr[i]);
                let stop =
                    self.lex.stop_words.contains(key.as_str()) || (first_stop && !compass_head);
                let stop_place = stop || first_stop;
                // Right after a capitalised word that is not a name we know and not the start of a
                // sentence, a name is part of a person's or group's name ("Norbert Zongo").
                let person_before = (person_like(text, s)
                    && !self.is_name_end(&wstr[..i], with_tail))
                    || self.title_apposition(text, s, e);
                let person = person_before
                    || next_capitalised(text, e).is_some_and(|w| {
                        let f = cw_record::fold::fold(w);
                        !self.lex.stop_words.contains(f.as_str())
                            && self.lex.cue_after(&[f.as_str()]).is_none()
                            && self.lookup_key(&fold_compact(w), with_tail).is_empty()
                            // "Mopti Airport": a longer name goes on, not a person's.
                            && self
                                .lookup_key(&format!("{key}{}", fold_compact(w)), with_tail)
                                .is_empty()
                    });
                // Short all-capital words are acronyms (JNIM, GATIA), not names.
                let letters = orig.chars().filter(|c| c.is_alphabetic()).count();
                // A wire dateline writes its town in capitals ("KYIV, Feb 17 (Reuters) -").
                let in_dateline = dateline.is_some_and(|d| d.start <= s && e <= d.end);
                let acronym = lower_exists
                    && !in_dateline
                    && (2..=5).contains(&letters)
                    && !orig.chars().any(|c| c.is_lowercase());
                if person {
                    person_keys.insert(key.clone());
                }
                if person_before {
                    surname_keys.insert(key.clone());
                }
                // A name met earlier as part of a person's name is that person again
                // ("journalist Norbert Zongo ... justice for Zongo").
                let person = person || person_keys.contains(key.as_str());
                // A first name before it hides admin units too ("journalist Norbert Zongo" is
                // no Congolese territory), as does the same name met as a person's earlier.
                let person_unit = person_before || surname_keys.contains(key.as_str());
                // Outside the village-level countries a unit followed by a person's name is a
                // first name too ("Thomas Sankara" is no Thomas County).
                let foreign = |e: &Ent| {
                    self.ent_cc(*e)
                        .is_none_or(|c| !self.store.complete.contains(&c))
                };
                ents.retain(|e| match e {
                    Ent::Place(_) => !stop_place && !acronym && !person,
                    Ent::Admin1(_) | Ent::Admin2(_) => {
                        !(acronym || person_unit || (person && foreign(e)))
                    }
                    Ent::Country(_) => true,
                });
                ents.sort();
                ents.dedup();
                if ents.is_empty() {
                    continue;
                }
                raw.push(Hit {
                    span: Span::new(s, e),
                    key: hit_key,
                    w: i..j + 1,
                    ents,
                    cue: PlaceCue::At,
                    role: Role::None,
                    stated: None,
                    located: false,
                    stop,
                    fuzzy: false,
                    variant: false,
                    world: false,
                });
            }
        }
        // 1b. A facility named after its town ("Timbuktu airport", "Kidal camp") stands for the
        // town: ACLED codes the town, and a spot feature is no location of its own.
        let class_of = |e: &Ent| match e {
            Ent::Place(i) => self.feat(*i).map(|f| f.class()),
            _ => None,
        };
        // The town must be of the facility's country ("Bangui Mallam" is no facility of Bangui).
        raw.retain(|h| {
            let spot_ccs: HashSet<[u8; 2]> =
                h.ents.iter().filter_map(|&e| self.ent_cc(e)).collect();
            !(h.w.len() > 1
                && h.ents.iter().all(|e| class_of(e) == Some('S'))
                && self
                    .lookup_key(wstr[h.w.start], with_tail)
                    .iter()
                    .any(|&e| {
                        class_of(&e) == Some('P')
                            && self.ent_cc(e).is_some_and(|c| spot_ccs.contains(&c))
                    }))
        });
        // 2. Leftmost-longest, no overlaps.
        raw.sort_by_key(|h| (h.w.start, std::cmp::Reverse(h.w.end)));
        let mut hits: Vec<Hit> = Vec::new();
        for h in raw {
            if hits.last().is_some_and(|l| l.w.end > h.w.start) {
                continue;
            }
            hits.push(h);
        }
        // 2b. A capitalised word after a location word that no name matched: try its consonant
        // skeleton among the village-level countries' places (transliterations vary).
        let mut fuzzy = Vec::new();
        let mut covered = vec![false; words.len()];
        for h in &hits {
            covered[h.w.clone()].iter_mut().for_each(|c| *c = true);
        }
        for i in 0..words.len() {
            // Nor a stop word, its plural ("Dogons", "Fulanis"), or an English derived word
            // ("Quranic", "Coalition", "Government"): no Sahel village is spelt like those.
            let w = wstr[i];
            let plural_stop = w
                .strip_suffix('s')
                .is_some_and(|x| self.lex.stop_words.contains(x));
            let derived = ["tion", "sion", "ment", "ness", "ity", "ism", "ic"]
                .iter()
                .any(|x| w.len() > x.len() + 3 && w.ends_with(x));
            // Nor an admin or place word ("in the Cercle of Djenne", "the Commune of X").
            let cue_word = self.lex.cue_after(&[w]).is_some();
            if covered[i] || self.lex.stop_words.contains(w) || plural_stop || derived || cue_word {
                continue;
            }
            let (s, e) = ft.orig_span(text, words[i].0, words[i].1);
            let orig = &text[s..e];
            if !orig.starts_with(char::is_uppercase)
                || !orig.chars().any(char::is_lowercase)
                || possessive_len(orig) > 0
            {
                continue;
            }
            // The inner word of a hyphenated name is no name of its own.
            if text[..s].ends_with('-')
                && text[..s - 1]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            // Capitalised words joined by hyphens are one name ("Tin-Hamma").
            let (mut j, mut e) = (i + 1, e);
            while j < words.len() && j < i + 3 && !covered[j] {
                let (s2, e2) = ft.orig_span(text, words[j].0, words[j].1);
                if text.get(e..s2) != Some("-") || !text[s2..e2].starts_with(char::is_uppercase) {
                    break;
                }
                (j, e) = (j + 1, e2);
            }
            if text[e..].starts_with('-') {
                continue;
            }
            let prev = &wstr[i.saturating_sub(8)..i];
            let (cue, used) = self.lex.cue_before(prev);
            let paren = text[e..].trim_start().starts_with('(');
            if !(cue.is_some() || used > 0 || paren) || person_like(text, s) {
                continue;
            }
            // The first word of a longer capitalised name ("the National Union") is no
            // misspelt village; nor is a word met earlier as part of a person's name.
            if (next_capitalised(text, e).is_some() && !paren) || person_keys.contains(wstr[i]) {
                continue;
            }
            let key: String = wstr[i..j].concat();
            // A variant spelling that keeps the vowels ("Diabaly" / Diabali) first, then the
            // consonant skeleton ("Soudogara" / Sodougara).
            let mut variant = key.len() >= 4;
            let mut ents: Vec<Ent> = if variant {
                self.light_lookup(&key)
            } else {
                Vec::new()
            };
            if ents.is_empty() {
                variant = false;
                if let Some(skel) = build::skeleton(&key) {
                    ents = self
                        .store
                        .lookup(&skel)
                        .filter(|e| {
                            matches!(e, Ent::Place(_))
                                && self
                                    .ent_cc(*e)
                                    .is_some_and(|c| self.store.complete.contains(&c))
                        })
                        .collect();
                }
            }
            // Outside the village-level countries (the world tail is read), a transliteration
            // of a town or unit of the report's country ("Kupiansk", GeoNames' "Kup'yans'k"):
            // its world variant key, kept only in the report's or the sentence's country.
            let mut world = false;
            if ents.is_empty() && with_tail && key.len() >= 4 {
                ents = self.world_lookup(&key);
                (variant, world) = (true, true);
            }
            if ents.is_empty() {
                continue;
            }
            fuzzy.push(Hit {
                span: Span::new(s, e),
                key,
                w: i..j,
                ents,
                cue: PlaceCue::At,
                role: Role::None,
                stated: None,
                located: false,
                stop: false,
                fuzzy: true,
                variant,
                world,
            });
        }
        hits.extend(fuzzy);
        hits.sort_by_key(|h| h.w.start);
        // 2c. Outside the village-level countries (the world tail is read): a name written with
        // its admin word ("Middle Shabelle region", "Hiran region") or right after its country's
        // possessive ("Yemen's Hodeidah") that the gazetteer spells otherwise.
        if with_tail {
            let world = self.world_variants(text, &ft, &words, &wstr, &hits);
            if !world.is_empty() {
                hits.retain(|h| {
                    !world
                        .iter()
                        .any(|x| x.w.start < h.w.end && h.w.start < x.w.end)
                });
                hits.extend(world);
                hits.sort_by_key(|h| h.w.start);
            }
        }
        // 3. Cues from the words around.
        for h in &mut hits {
            let prev = &wstr[h.w.start.saturating_sub(8)..h.w.start];
            let next = &wstr[h.w.end..(h.w.end + 3).min(wstr.len())];
            let (before, used) = self.lex.cue_before(prev);
            h.located = before.is_some() || used > 0 || self.lex.coded_before(prev);
            // "the Mali border" is the far side; "Mali's border with X" is Mali's own side.
            let possessive = possessive_len(&text[h.span.start..h.span.end]) > 0
                || text[h.span.end..].starts_with(['\'', '’']);
            let after = self
                .lex
                .cue_after(next)
                .filter(|&c| !(possessive && c == PlaceCue::Elsewhere));
            h.cue = after.or(before).unwrap_or(PlaceCue::At);
            // "the Mopti region of Mali": the admin word before a country's name is the previous
            // name's; the country stays the country ("Niger state", with the word after, is the
            // unit).
            if after.is_none()
                && h.cue == PlaceCue::Region
                && h.ents.iter().any(|e| matches!(e, Ent::Country(_)))
            {
                h.cue = PlaceCue::At;
            }
            // Either end of a road ("the Gao-Gossi road", "axis Gao-Ansongo") is near the event.
            let (s, e) = (h.span.start, h.span.end);
            let hyphen = text[..s].ends_with('-') || text[e..].starts_with('-');
            if hyphen
                && h.cue == PlaceCue::At
                && (axis_before(&self.lex, text, s) || axis_after(&self.lex, text, e))
            {
                h.cue = PlaceCue::Near;
            }
            // A name matched with its admin word ("Mopti Region") is the unit.
            let written_last = text[h.span.start..h.span.end]
                .rsplit([' ', '-'])
                .next()
                .map(cw_record::fold::fold);
            if written_last.is_some_and(|w| {
                h.w.len() > 1 && self.lex.cue_after(&[w.as_str()]) == Some(PlaceCue::Region)
            }) {
                h.cue = PlaceCue::Region;
            }
        }
        hits
    }

    /// A place whose country or admin unit the text states right beside it lies there: after
    /// its country's possessive ("Yemen's Hodeidah", "Nigeria's Borno state"), or before a unit
    /// named with its admin word or a country, in the same clause with only location words
    /// between (`beside` in `cues-*.tsv`: "Kani township in Sagaing region", "Sake in eastern
    /// Congo's North Kivu province", "Kani, dans la région de Sagaing"). Its candidates elsewhere
    /// go; with none left it is a place the gazetteer lacks (a foreign namesake is not it), and
    /// the stated unit stands for it. A country name two countries share ("Congo") takes the
    /// country of the place so stated with it.
    fn stated_beside(&self, text: &str, hits: &mut [Hit]) {
        let countries_only =
            |h: &Hit| !h.ents.is_empty() && h.ents.iter().all(|e| matches!(e, Ent::Country(_)));
        for j in 0..hits.len() {
            let h = &hits[j];
            if h.role != Role::None
                || h.stated.is_some()
                || h.ents.is_empty()
                || h.ents.iter().any(|e| matches!(e, Ent::Country(_)))
            {
                continue;
            }
            let possessive = j
                .checked_sub(1)
                .filter(|&k| countries_only(&hits[k]))
                .filter(|&k| {
                    text.get(hits[k].span.end..h.span.start)
                        .is_some_and(|g| matches!(g, "'s " | "’s " | "' " | "’ "))
                });
            let after = (j + 1 < hits.len()).then_some(j + 1).filter(|&k| {
                let u = &hits[k];
                // A compass-named unit ("Ouest") says no country: "In-Ekar Ouest" is one
                // name.
                let unit = u.cue == PlaceCue::Region
                    && u.ents
                        .iter()
                        .any(|e| matches!(e, Ent::Admin1(_) | Ent::Admin2(_)))
                    && !self.compass_name(&text[u.span.start..u.span.end]);
                (unit || countries_only(u)) && self.beside_gap(text, h.span.end, u.span.start)
            });
            let Some(k) = possessive.or(after) else {
                continue;
            };
            let ccs: Vec<[u8; 2]> = hits[k]
                .ents
                .iter()
                .filter(|e| !matches!(e, Ent::Place(_)))
                .filter_map(|&e| self.ent_cc(e))
                .collect();
            let inside: Vec<Ent> = hits[j]
                .ents
                .iter()
                .copied()
                .filter(|&e| self.ent_cc(e).is_some_and(|c| ccs.contains(&c)))
                .collect();
            let kept: Vec<[u8; 2]> = inside.iter().filter_map(|&e| self.ent_cc(e)).collect();
            hits[j].ents = inside;
            if countries_only(&hits[k]) && hits[k].ents.len() > 1 && !kept.is_empty() {
                let narrowed: Vec<Ent> = hits[k]
                    .ents
                    .iter()
                    .copied()
                    .filter(|&e| self.ent_cc(e).is_some_and(|c| kept.contains(&c)))
                    .collect();
                hits[k].ents = narrowed;
            }
        }
    }

    /// Whether the text between a place (ending at `a`) and a unit or country (starting at `b`)
    /// states the one for the other: the same clause, at most [`NEAR_ANCHOR_GAP`] bytes, only
    /// location words (`beside` in `cues-*.tsv`), compass words and commas between.
    fn beside_gap(&self, text: &str, a: usize, b: usize) -> bool {
        let Some(gap) = text.get(a..b) else {
            return false;
        };
        // Only a space between: one longer name, or two listed ("Koro Bankass").
        if b - a > NEAR_ANCHOR_GAP
            || gap.trim().is_empty()
            || gap.contains(['.', ';', '(', ')', ':'])
        {
            return false;
        }
        fold_elided(gap)
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .all(|w| self.lex.beside.contains(w) || self.lex.compass.contains(w))
    }

    /// Step 2c of [`Self::find_hits`]: capitalised words no name matched (or only in part) that
    /// a world variant key (`build::world_key`) finds, either written with their admin word
    /// ("Middle Shabelle region": admin units only) or right after a country's possessive
    /// ("Yemen's Hodeidah": admin units and places of that country). Longest run first, up to
    /// three words.
    fn world_variants(
        &self,
        text: &str,
        ft: &FoldedText,
        words: &[(usize, usize)],
        wstr: &[&str],
        hits: &[Hit],
    ) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::new();
        let span = |a: usize, b: usize| ft.orig_span(text, words[a].0, words[b - 1].1);
        let cap = |w: usize| {
            let (s, e) = span(w, w + 1);
            let o = &text[s..e];
            o.starts_with(char::is_uppercase)
                && o.chars().any(char::is_lowercase)
                && possessive_len(o) == 0
                && !self.lex.stop_words.contains(wstr[w])
                && self.lex.cue_after(&[wstr[w]]).is_none()
        };
        // Two words of one name: a single space or hyphen between them.
        let joined = |a: usize| {
            text.get(ft.orig(words[a].1)..ft.orig(words[a + 1].0))
                .is_some_and(|g| g == " " || g == "-")
        };
        let compass_only =
            |a: usize, b: usize| wstr[a..b].iter().all(|w| self.lex.compass.contains(*w));
        let make = |a: usize, b: usize, ents: Vec<Ent>| {
            let (s, e) = span(a, b);
            Hit {
                span: Span::new(s, e),
                key: wstr[a..b].concat(),
                w: a..b,
                ents,
                cue: PlaceCue::At,
                role: Role::None,
                stated: None,
                located: false,
                stop: false,
                fuzzy: false,
                variant: true,
                world: true,
            }
        };
        for i in 1..words.len() {
            if out.last().is_some_and(|h| h.w.end > i) {
                continue;
            }
            // A country's possessive ends right before word i ("Yemen's Hodeidah").
            let owner: Vec<[u8; 2]> = hits
                .iter()
                .filter(|h| {
                    h.w.end == i
                        && h.ents.iter().all(|e| matches!(e, Ent::Country(_)))
                        && text[h.span.end..].starts_with(['\'', '’'])
                })
                .flat_map(|h| h.ents.iter().filter_map(|&e| self.ent_cc(e)))
                .collect();
            if !owner.is_empty() && !hits.iter().any(|h| h.w.start == i) && cap(i) {
                let mut n = 1;
                while n < 3 && i + n < words.len() && joined(i + n - 1) && cap(i + n) {
                    n += 1;
                }
                let found = (1..=n)
                    .rev()
                    .filter(|&k| !compass_only(i, i + k))
                    .find_map(|k| {
                        let ents: Vec<Ent> = self
                            .world_lookup(&wstr[i..i + k].concat())
                            .into_iter()
                            .filter(|&e| self.ent_cc(e).is_some_and(|c| owner.contains(&c)))
                            .collect();
                        (!ents.is_empty()).then(|| make(i, i + k, ents))
                    });
                if let Some(h) = found {
                    out.push(h);
                    continue;
                }
            }
            // An admin word at word i ("region", "province", "state"): the name before it.
            if self.lex.cue_after(&[wstr[i]]) == Some(PlaceCue::Region) && joined(i - 1) {
                let mut n = 0;
                while n < 3 && i > n && cap(i - n - 1) && (n == 0 || joined(i - n - 1)) {
                    n += 1;
                }
                let found = (1..=n)
                    .rev()
                    .filter(|&k| !compass_only(i - k, i))
                    .find_map(|k| {
                        let a = i - k;
                        // Not a unit matched as written (a name matched as written that is no unit
                        // and no village of the village-level countries, "Hiran" an Iraqi hamlet,
                        // is tried and keeps its candidates), nor one cut out of a longer match.
                        let exact = hits.iter().find(|h| h.w.start == a && h.w.end == i);
                        if exact.is_some_and(|h| {
                            h.ents.iter().any(|&e| {
                                !matches!(e, Ent::Place(_))
                                    || self
                                        .ent_cc(e)
                                        .is_some_and(|c| self.store.complete.contains(&c))
                            })
                        }) || hits.iter().any(|h| {
                            h.w.start < i && h.w.end > a && !(h.w.start == a && h.w.end == i)
                        }) || out.last().is_some_and(|h| h.w.end > a)
                        {
                            return None;
                        }
                        let mut ents: Vec<Ent> = self
                            .world_lookup(&wstr[a..i].concat())
                            .into_iter()
                            .filter(|e| matches!(e, Ent::Admin1(_) | Ent::Admin2(_)))
                            .collect();
                        if ents.is_empty() {
                            return None;
                        }
                        ents.extend(exact.into_iter().flat_map(|h| h.ents.iter().copied()));
                        Some(make(a, i, ents))
                    });
                out.extend(found);
            }
        }
        out
    }

    /// The admin units of every country and the places outside the village-level countries a
    /// world key spells (see `build::world_key`).
    fn world_lookup(&self, key: &str) -> Vec<Ent> {
        let idx = self.by_world.get_or_init(|| {
            let t = std::time::Instant::now();
            let mut idx = KeyIndex::new(build::world_key, 1 << 20);
            for (e, name, keys) in self.store.admin_lines() {
                idx.add(&fold_compact(name), keys, e);
            }
            for (i, cc, _, name, keys) in self.store.place_lines() {
                if !self.store.complete.contains(&cc) {
                    idx.add(&fold_compact(name), keys, Ent::Place(i));
                }
            }
            for (i, cc, name, keys) in self.tail().place_lines() {
                if !self.store.complete.contains(&cc) {
                    idx.add(&fold_compact(name), keys, Ent::Place(i + TAIL_BASE));
                }
            }
            idx.finish("world variant index built", t)
        });
        let mut out: Vec<Ent> = idx.get(key).collect();
        out.sort();
        out.dedup();
        out
    }

    /// Find and resolve toponyms; the spans and mentions, in text order.
    fn resolve(&self, doc: &Document, hints: &[([u8; 2], f32)]) -> Vec<(Span, PlaceMention)> {
        let text = doc.text.as_str();
        // Village-level countries are complete in the core; other countries' small towns are in
        // the tail, consulted only when the report is about such a country.
        // A name inside a date the text stage found is part of the date ("Nov" in "on Nov. 1"
        // is no alias of Angola's Huambo).
        let dates: Vec<Span> = doc
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Date(_)))
            .map(|m| m.span)
            .collect();
        let outside_dates = |mut hits: Vec<Hit>| {
            hits.retain(|h| !dates.iter().any(|d| d.contains(h.span)));
            hits
        };
        // The dateline's place is where the story was filed (PlaceCue::Dateline).
        let outside_dates = |hits: Vec<Hit>| {
            let mut hits = outside_dates(hits);
            if let Some(dl) = doc.dateline {
                for h in hits.iter_mut().filter(|h| dl.place.contains(h.span)) {
                    h.cue = PlaceCue::Dateline;
                }
            }
            hits
        };
        let mut hits = outside_dates(self.find_hits(text, false, doc.dateline.map(|d| d.place)));
        let mut hints = hints.to_vec();
        let places: Vec<Span> = hits.iter().map(|h| h.span).collect();
        hints.extend(entity_votes(doc, &places));
        let hints = hints.as_slice();
        let focus = self.focus_from(text, &hits, hints);
        if focus.is_none_or(|f| !self.store.complete.contains(&f)) {
            hits = outside_dates(self.find_hits(text, true, doc.dateline.map(|d| d.place)));
        }
        // 4. The ACLED notes form "X (admin2, admin1)".
        let synthetic = self.notes_form(text, &mut hits);
        for h in hits.iter_mut().filter(|h| h.stop && h.role == Role::None) {
            h.ents.retain(|e| matches!(e, Ent::Country(_)));
        }
        // 4b. A place with its country or admin unit right beside it ("Yemen's Hodeidah", "Kani
        // township in Sagaing region", "Sake in eastern Congo's North Kivu province") is in it.
        self.stated_beside(text, &mut hits);

        // 5. Focus country from the unambiguous evidence.
        let focus = self.focus_from(text, &hits, hints);
        // A country name two countries share ("Congo") is the report's country when it is one
        // of them.
        for h in hits.iter_mut() {
            if h.ents.len() > 1
                && h.ents.iter().all(|e| matches!(e, Ent::Country(_)))
                && h.ents.iter().any(|&e| self.ent_cc(e) == focus)
            {
                h.ents.retain(|&e| self.ent_cc(e) == focus);
            }
        }
        let ctx = Context {
            people_a1: self
                .peoples_named(text)
                .into_iter()
                .filter_map(|(_, a1)| a1)
                .collect(),
            ..Context::default()
        };
        // Admin units the report names, with the hit that names them. A unit called by its own
        // name is context for its namesake town too ("in Bam": the province, so its towns); one
        // found by another of its names is not its own hit's context ("Abuja" is an old name of
        // Suleja's unit: it must not lift Suleja over the capital).
        let mut report_a1: Vec<(usize, u32)> = Vec::new();
        let mut report_a2: Vec<(usize, u32)> = Vec::new();
        for (j, h) in hits.iter().enumerate() {
            let units: Vec<Ent> = h
                .ents
                .iter()
                .copied()
                .filter(|e| matches!(e, Ent::Admin1(_) | Ent::Admin2(_)))
                .collect();
            let in_focus: Vec<Ent> = units
                .iter()
                .copied()
                .filter(|&e| focus.is_none() || self.ent_cc(e) == focus)
                .collect();
            // A name that is a country's name ("in southwestern Colombia") is read as the
            // country: its namesake admin unit gives no context, or it would lift its own
            // namesake town (Colombia, Huila) over the country it names.
            let country_name = h.ents.iter().any(|e| matches!(e, Ent::Country(_)));
            if h.cue == PlaceCue::Elsewhere || in_focus.len() != 1 || country_name {
                continue;
            }
            // Written with its admin word ("Kharkiv region"), the name is the unit, not also
            // its namesake town's context.
            let by = if self.own_unit_name(in_focus[0], &h.key) && h.cue != PlaceCue::Region {
                usize::MAX
            } else {
                j
            };
            match in_focus[0] {
                Ent::Admin1(i) => report_a1.push((by, i)),
                Ent::Admin2(i) => {
                    report_a2.push((by, i));
                    report_a1.push((by, self.ent_admin(Ent::Admin2(i)).0));
                }
                _ => {}
            }
        }

        // 5b. What each sentence names: admin units (with their admin word or in the notes
        // form) and countries. The same sentence says more about a name than the report's focus:
        // "near Torodi in Niger's Tillaberi region" is Niger's Torodi in a report that goes on
        // about the border with Burkina Faso.
        let sentence_of = |sp: Span| {
            doc.sentences
                .iter()
                .position(|x| x.start <= sp.start && sp.start < x.end)
                .unwrap_or(usize::MAX)
        };
        // Per sentence: (hit, unit's admin1) and (hit, country); a name is not its own context.
        let mut sent_a1: HashMap<usize, Vec<(usize, u32)>> = HashMap::new();
        let mut sent_a2: HashMap<usize, Vec<(usize, u32)>> = HashMap::new();
        let mut sent_cc: HashMap<usize, Vec<(usize, [u8; 2])>> = HashMap::new();
        let mut sent_pts: HashMap<usize, Vec<(usize, Point)>> = HashMap::new();
        for (j, h) in hits.iter().enumerate() {
            if h.cue == PlaceCue::Elsewhere {
                continue;
            }
            let k = sentence_of(h.span);
            // A town the sentence locates the event by ("X near Y", "between X and Y", "the
            // X-Y axis", "10 km from Y") is context for the namesakes of the other names too.
            // So is a town the sentence names that the country has only one of ("raids on A
            // and B": the A by B).
            let unique_town = h.cue == PlaceCue::At
                && !h.fuzzy
                && h
                    .ents
                    .iter()
                    .filter(|&&e| matches!(e, Ent::Place(i) if self.feat(i).is_some_and(|p| p.class() == 'P' && (focus.is_none() || Some(p.cc) == focus))))
                    .count()
                    == 1;
            let anchored = h.cue == PlaceCue::Near || unique_town;
            if (h.cue == PlaceCue::Region && matches!(h.role, Role::None | Role::Admin3))
                || anchored
            {
                for &e in &h.ents {
                    if let Ent::Place(i) = e {
                        if let Some(p) = self.feat(i).filter(|p| {
                            p.class() == 'P' && (focus.is_none() || Some(p.cc) == focus)
                        }) {
                            sent_pts.entry(k).or_default().push((j, (p.lat, p.lon)));
                        }
                    }
                }
            }
            let unit_cue = h.cue == PlaceCue::Region || h.role != Role::None;
            for &e in &h.ents {
                match e {
                    Ent::Country(_) => {
                        if let Some(cc) = self.ent_cc(e) {
                            sent_cc.entry(k).or_default().push((j, cc));
                        }
                    }
                    Ent::Admin1(_) | Ent::Admin2(_) if unit_cue => {
                        let a1 = self.ent_admin(e).0;
                        if a1 != NONE {
                            sent_a1.entry(k).or_default().push((j, a1));
                        }
                        if let Ent::Admin2(a2) = e {
                            sent_a2.entry(k).or_default().push((j, a2));
                        }
                    }
                    _ => {}
                }
            }
        }

        // 5c. Towns of the report whose candidates in the focus country (by their own name,
        // not approximate) all lie in one admin1: that admin1 is context for the other names.
        let mut town_a1: Vec<(usize, u32)> = Vec::new();
        for (j, h) in hits.iter().enumerate() {
            if h.cue == PlaceCue::Elsewhere || h.fuzzy || h.role != Role::None {
                continue;
            }
            let a1s: HashSet<u32> = h
                .ents
                .iter()
                .filter(|&&e| {
                    matches!(e, Ent::Place(i) if self.feat(i).is_some_and(|p| {
                        p.class() == 'P' && Some(p.cc) == focus && fold_compact(p.name) == h.key
                    }))
                })
                .map(|&e| self.ent_admin(e).0)
                .collect();
            if a1s.len() == 1 {
                town_a1.extend(a1s.into_iter().filter(|&a| a != NONE).map(|a| (j, a)));
            }
        }

        // 6. Resolve each hit.
        let mut out = Vec::new();
        for (j, h) in hits.iter().enumerate() {
            let mut c = ctx.clone();
            if let Some((a2, a1)) = h.stated {
                c.stated_a1 = a1;
                c.stated_a2 = a2;
            }
            let k = sentence_of(h.span);
            c.a1 = others(Some(&report_a1), j);
            c.a2 = others(Some(&report_a2), j);
            c.sent_a1 = others(sent_a1.get(&k), j);
            c.sent_a2 = others(sent_a2.get(&k), j);
            c.sent_cc = others(sent_cc.get(&k), j);
            c.sent_pts = sent_pts
                .get(&k)
                .into_iter()
                .flatten()
                .filter(|x| x.0 != j)
                .map(|x| x.1)
                .collect();
            c.town_a1 = others(Some(&town_a1), j);
            let mut cands: Vec<Candidate> = h
                .ents
                .iter()
                .filter(|&&e| self.plausible(e, focus, h) || self.fits_sentence(e, &c))
                // Spellings are guessed among the village-level countries' places only: a report
                // about another country ("the town of Sarmada" in Idlib) has no such village.
                .filter(|&&e| {
                    !(h.fuzzy || h.variant)
                        || (!h.world && focus.is_none_or(|f| self.store.complete.contains(&f)))
                        || self.ent_cc(e) == focus
                        || self.ent_cc(e).is_some_and(|cc| c.sent_cc.contains(&cc))
                })
                .map(|&e| {
                    let mut why = Vec::new();
                    let mut score =
                        self.score(e, Some(h.key.as_str()), h.cue, h.role, focus, &c, &mut why);
                    if h.variant {
                        why.push("variant spelling");
                        score -= 0.5;
                    } else if h.fuzzy {
                        why.push("approximate spelling");
                        score -= 1.5;
                    }
                    Candidate {
                        ent: e,
                        place: Place::default_for(),
                        score,
                        why,
                    }
                })
                .collect();
            if cands.is_empty() {
                continue;
            }
            // A populated namesake inside the stated admin2 outranks one merely near it, even
            // when only the near one is called by its own name ("Sinebougou (Segou, Segou)" is
            // Senabougou of Segou, not Baroueli's Sinebougou by the line).
            if let Some(sa2) = c.stated_a2 {
                let inside = cands.iter().any(|x| {
                    matches!(x.ent, Ent::Place(_))
                        && self.kind_of(x.ent) == PlaceKind::Populated
                        && self.ent_admin(x.ent).1 == sa2
                });
                if inside {
                    for x in cands.iter_mut().filter(|x| x.why.contains(&NEAR_STATED_A2)) {
                        x.why.push("a namesake lies inside the stated admin2");
                        x.score -= 1.0;
                    }
                }
            }
            cands.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.ent.cmp(&b.ent)));
            let best = &cands[0];
            let mut place = self.place(best.ent);
            // A place found by another of its names keeps the spelling the report uses (GeoNames'
            // main name is often an old or English transliteration: "Kona" for Konna,
            // "Niafunke" for Niafounke); a report's own spelling is the one its readers know. So
            // does a place found by its consonant skeleton: the name is the report's, the
            // coordinates and admin units the gazetteer's.
            // Capitals keep their established name ("Tillabery" is Tillaberi), and so does a
            // place outside the village-level countries found by one of its GeoNames names:
            // "Khan Younis" is an alternate name of Khan Yunis. One found only by a world variant
            // key keeps the report's spelling ("Kupiansk", GeoNames' "Kup'yans'k").
            let written = &text[h.span.start..h.span.end];
            let capital = match best.ent {
                Ent::Place(i) => self.feat(i).is_some_and(|p| {
                    matches!(p.fcode, "P.PPLA" | "P.PPLC")
                        || (!h.world && !self.store.complete.contains(&p.cc))
                }),
                _ => true,
            };
            if !capital
                && fold_compact(&place.name) != h.key
                && written.chars().any(char::is_lowercase)
            {
                place.name = build::ascii_name(written);
            }
            // The notes form names ACLED's own admin units: they win over the gazetteer's; and
            // the name it gives is ACLED's own spelling of the place.
            if let Some((a2, a1)) = h.stated {
                let written = &text[h.span.start..h.span.end];
                if matches!(best.ent, Ent::Place(_)) && written.chars().any(char::is_lowercase) {
                    place.name = build::ascii_name(written);
                }
                if matches!(best.ent, Ent::Place(_)) {
                    if let Some(a1) = a1.and_then(|i| self.store.admin1.get(i as usize)) {
                        // "Menaka (Gao)": notes that name the unit a place's admin1 was carved
                        // out of write the old hierarchy; the place keeps its own units.
                        let old_unit = a2.is_none()
                            && place
                                .admin1
                                .as_deref()
                                .is_some_and(|own| self.carved_from(a1, own));
                        if cc_str(&a1.cc) == place.country_code && !old_unit {
                            // "X (Bamako)" states no admin2: keep the place's own if it lies
                            // in the stated admin1.
                            let own_a2 = (place.admin1.as_deref() == Some(&*a1.name))
                                .then(|| place.admin2.clone())
                                .flatten();
                            place.admin1 = Some(a1.name.to_string());
                            place.admin2 = a2
                                .and_then(|i| self.store.admin2.get(i as usize))
                                .map(|a| a.name.to_string())
                                .or(own_a2);
                        }
                    }
                }
            }
            let why = cands
                .iter()
                .take(4)
                .map(|c| {
                    let p = self.place(c.ent);
                    format!(
                        "{} ({:?}, {}, {}) {:.1}: {}",
                        p.name,
                        p.kind,
                        p.admin1.as_deref().unwrap_or("-"),
                        p.country_code,
                        c.score,
                        c.why.join(", ")
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            out.push((
                h.span,
                PlaceMention {
                    place,
                    // Later steps may have read a cue around it; a dateline place stays one.
                    cue: match doc.dateline {
                        Some(dl) if dl.place.contains(h.span) => PlaceCue::Dateline,
                        _ => h.cue,
                    },
                    why: format!(
                        "{} of {} candidates: {why}",
                        cands.len().min(4),
                        cands.len()
                    ),
                },
            ));
        }
        out.extend(synthetic);
        out.sort_by_key(|(s, _)| s.start);
        out
    }

    /// Whether `place` was found for the written name only by its consonant skeleton: neither
    /// the name nor a variant spelling of it (see `light_lookup`) is one of the place's.
    fn skeleton_only(&self, written: &str, place: &Place) -> bool {
        let Some(id) = place.geonameid else {
            return false;
        };
        let key = fold_compact(written);
        self.lookup_key(&key, false).is_empty()
            && !self
                .light_lookup(&key)
                .into_iter()
                .any(|e| matches!(e, Ent::Place(i) if self.feat(i).is_some_and(|f| f.id == id)))
    }

    /// The village-level countries' places a light key spells (see `build::light_key`).
    fn light_lookup(&self, key: &str) -> Vec<Ent> {
        let idx = self.by_light.get_or_init(|| {
            let t = std::time::Instant::now();
            let mut idx = KeyIndex::new(build::light_key, 1 << 18);
            let mut own = String::new();
            for (i, cc, _, name, keys) in self.store.place_lines() {
                if !self.store.complete.contains(&cc) {
                    continue;
                }
                own.clear();
                if name.is_ascii() {
                    own.extend(
                        name.bytes()
                            .filter(u8::is_ascii_alphanumeric)
                            .map(|b| b.to_ascii_lowercase() as char),
                    );
                } else {
                    own.push_str(&fold_compact(name));
                }
                idx.add(&own, keys, i);
            }
            idx.finish("variant-spelling index built", t)
        });
        idx.get(key).map(Ent::Place).collect()
    }

    /// A place of the admin2 `a2` (or near its line, see `near_unit`) whose name has the
    /// consonant skeleton of `name`, at three consonants or more: in "Tin-Hamma (Ansongo, Gao)"
    /// the notes' Tin-Hamma is GeoNames' "Tin Hama" of the Ansongo cercle. A skeleton that short
    /// is telling only among one unit's places. Populated places first, then the most populous.
    fn spelled_in_unit(&self, name: &str, a2: u32) -> Option<u32> {
        let unit = self.store.admin2.get(a2 as usize)?;
        let sk = build::skeleton_min(&fold_compact(name), 3)?;
        let idx = self.by_admin1.get_or_init(|| {
            let mut m: AdminPlaces = HashMap::new();
            for (i, cc, a1, _, _) in self.store.place_lines() {
                if !self.store.complete.contains(&cc) {
                    continue;
                }
                if let (Some(a1), Some(f)) = (self.store.admin1_index(cc, a1), self.store.feat(i)) {
                    m.entry(a1).or_default().push((i, f.a2, f.lat, f.lon));
                }
            }
            m
        });
        // The stated unit's admin1, and the neighbouring admin1 units of its country (capital
        // within about 300 km) for places near the stated unit's seat (within about 150 km).
        let near_seat =
            |lat: f32, lon: f32| (lat - unit.lat).abs() < 1.4 && (lon - unit.lon).abs() < 1.4;
        idx.iter()
            .filter(|(&a1, _)| {
                a1 == unit.parent
                    || self.store.admin1.get(a1 as usize).is_some_and(|a| {
                        a.cc == unit.cc
                            && (a.lat - unit.lat).abs() < 3.0
                            && (a.lon - unit.lon).abs() < 3.0
                    })
            })
            .flat_map(|(&a1, v)| {
                v.iter()
                    .filter(move |&&(_, pa2, lat, lon)| {
                        (a1 == unit.parent || near_seat(lat, lon))
                            && (pa2 == a2
                                || (pa2 != NONE && self.near_unit_at(lat, lon, unit.cc, a2, pa2)))
                    })
                    .map(|&(i, _, _, _)| i)
            })
            .filter_map(|i| {
                let f = self.store.feat(i)?;
                let spelled = || {
                    self.store.place_keys(i).iter().any(|k| {
                        !k.starts_with('~') && build::skeleton_min(k, 3).as_ref() == Some(&sk)
                    })
                };
                spelled().then_some((f.class() == 'P', f.pop, std::cmp::Reverse(i)))
            })
            .max()
            .map(|(_, _, std::cmp::Reverse(i))| i)
    }

    /// Whether place `e`, given admin2 `own` (by the nearest seat), is about as close to the seat
    /// of the sibling admin2 `stated` (same admin1) as to its own unit's seat.
    fn near_unit(&self, e: Ent, stated: u32, own: u32) -> bool {
        let Ent::Place(i) = e else { return false };
        let Some(p) = self.feat(i) else { return false };
        self.near_unit_at(p.lat, p.lon, p.cc, stated, own)
    }

    /// [`Self::near_unit`] for a place at (`lat`, `lon`) in country `cc`.
    fn near_unit_at(&self, lat: f32, lon: f32, cc: [u8; 2], stated: u32, own: u32) -> bool {
        let (Some(s), Some(o)) = (
            self.store.admin2.get(stated as usize),
            self.store.admin2.get(own as usize),
        ) else {
            return false;
        };
        let d2 = |la: f32, lo: f32| {
            let k = ((lat + la) / 2.0).to_radians().cos();
            let (dy, dx) = (lat - la, (lon - lo) * k);
            dx * dx + dy * dy
        };
        // Across an admin1 line too (same country): GeoNames still codes the villages of a unit
        // carved out later (Mali's Menaka region) to the old one, and nearest seats err there.
        s.cc == o.cc
            && s.cc == cc
            && d2(s.lat, s.lon) <= NEAR_UNIT_RATIO * NEAR_UNIT_RATIO * d2(o.lat, o.lon)
    }

    /// Whether a place is the seat of its own admin2 unit.
    fn is_admin2_seat(&self, e: Ent) -> bool {
        let Ent::Place(i) = e else { return false };
        let Some(p) = self.feat(i) else { return false };
        p.class() == 'P'
            && self.store.admin2.get(p.a2 as usize).is_some_and(|a| {
                !a.seat.is_empty() && fold_compact(&a.seat) == fold_compact(p.name)
            })
    }

    /// Whether the hit's sentence names the candidate's country or admin1: such a candidate may
    /// fire whatever the report's focus ("near Torodi in Niger's Tillaberi region").
    fn fits_sentence(&self, e: Ent, ctx: &Context) -> bool {
        if matches!(e, Ent::Country(_)) {
            return false;
        }
        let a1 = self.ent_admin(e).0;
        (a1 != NONE && ctx.sent_a1.contains(&a1))
            || self.ent_cc(e).is_some_and(|c| ctx.sent_cc.contains(&c))
    }

    /// Whether a unit is called by its own name, or a spelling of it (the world variant key of
    /// its name starts with the written one's: "Zaporizhzhia" for "Zaporizhzhya Oblast"), not by
    /// an unrelated alias ("Kani", a transliteration GeoNames gives Nebraska's Kearney County).
    fn named_as_itself(&self, e: Ent, key: &str) -> bool {
        let a = match e {
            Ent::Admin1(i) => self.store.admin1.get(i as usize),
            Ent::Admin2(i) => self.store.admin2.get(i as usize),
            _ => None,
        };
        a.is_some_and(|a| {
            let (own, wk) = (fold_compact(&a.name), build::world_key(key));
            own == key || (wk.len() >= 4 && build::world_key(&own).starts_with(&wk))
        })
    }

    /// Whether an admin unit's own (ACLED) name is `key`.
    fn own_unit_name(&self, e: Ent, key: &str) -> bool {
        let a = match e {
            Ent::Admin1(i) => self.store.admin1.get(i as usize),
            Ent::Admin2(i) => self.store.admin2.get(i as usize),
            _ => None,
        };
        a.is_some_and(|a| fold_compact(&a.name) == key)
    }

    /// Whether a candidate may fire at all. In the report's focus country any place may; a place
    /// elsewhere must be a city called by its own name (not an alternate name: "Kel" is not Kiel,
    /// "Dan" not Danville), or, with no focus known, a town of 1,000+ named after a cue.
    /// Whether `e` is an admin unit of a country other than the village-level ones named by a
    /// compass word ("Eastern", "Northern", "Centre"): "the Eastern region" of a report is its
    /// own country's east, never Uganda's or Ghana's, unless that country is named.
    fn compass_unit(&self, e: Ent) -> bool {
        let a = match e {
            Ent::Admin1(i) => self.store.admin1.get(i as usize),
            Ent::Admin2(i) => self.store.admin2.get(i as usize),
            _ => None,
        };
        a.is_some_and(|a| !self.store.complete.contains(&a.cc) && self.compass_name(&a.name))
    }

    /// Whether a name is made of compass words only ("Eastern", "North Central", "Centre-Nord").
    fn compass_name(&self, name: &str) -> bool {
        self.lex.compass.contains(&fold_compact(name))
            || cw_record::fold::fold(name)
                .split([' ', '-'])
                .filter(|w| !w.is_empty())
                .all(|w| self.lex.compass.contains(w))
    }

    /// Whether an admin unit is named like a wider region of several countries (`wide` in
    /// `stoplist.tsv`: "Sahel").
    fn wide_unit(&self, e: Ent) -> bool {
        let a = match e {
            Ent::Admin1(i) => self.store.admin1.get(i as usize),
            Ent::Admin2(i) => self.store.admin2.get(i as usize),
            _ => None,
        };
        a.is_some_and(|a| self.lex.wide.contains(&fold_compact(&a.name)))
    }

    fn plausible(&self, e: Ent, focus: Option<[u8; 2]>, h: &Hit) -> bool {
        // An admin unit of another country needs its admin word or the notes form ("Park" in
        // "Arly National Park" is not Park County).
        if let Ent::Admin1(_) | Ent::Admin2(_) = e {
            let unit_cue = h.cue == PlaceCue::Region || h.role != Role::None;
            // "the Sahel" is the wide region; "the Sahel region", "(Oudalan, Sahel)" the unit.
            // Nor is an ordinal alone a unit: "Second Lieutenant" is not Mali's Second Region.
            if self.wide_unit(e) || self.lex.unit_only.contains(&h.key) {
                return unit_cue;
            }
            if self.compass_unit(e) {
                return self.ent_cc(e) == focus;
            }
            // A unit the gazetteer has no point for (no seat, no place in it: GeoNames lists
            // Israel's "Gaza" subdistrict) is no place to code an event to; named without its
            // admin word, the name is its town's ("strikes across Gaza" are in the Gaza Strip's
            // city, not in Israel).
            let a = match e {
                Ent::Admin1(i) => self.store.admin1.get(i as usize),
                Ent::Admin2(i) => self.store.admin2.get(i as usize),
                _ => None,
            };
            if !unit_cue && a.is_some_and(|a| a.lat.is_nan() || a.lon.is_nan()) {
                return false;
            }
            // With its admin word, a unit of another country outside the village-level ones
            // must be called by its own name: "Kani township" in a report about Myanmar is no
            // Nebraskan county that has "Kani" among its other names.
            let local = self
                .ent_cc(e)
                .is_some_and(|c| self.store.complete.contains(&c));
            return self.ent_cc(e) == focus
                || (unit_cue && (focus.is_none() || local || self.named_as_itself(e, &h.key)))
                || (focus.is_none() && !self.common_word(e, h))
                || (matches!(e, Ent::Admin1(_))
                    && self.own_unit_name(e, &h.key)
                    && !self.common_word(e, h));
        }
        let Ent::Place(i) = e else { return true };
        let Some(p) = self.feat(i) else { return false };
        // A natural feature of a village-level country named by a common word ("Air", Niger's
        // Air massif) is the word unless a location word or the notes form says it is a place:
        // "Air and ground operations" names no massif.
        if self.store.complete.contains(&p.cc)
            && !p.fcode.starts_with("P.")
            && !is_settlement(p.fcode)
            && h.stated.is_none()
            && !h.located
            && h.cue != PlaceCue::Region
            && h.role == Role::None
            && self.lex.common_words.contains(h.key.as_str())
        {
            return false;
        }
        if focus == Some(p.cc) || h.stated.is_some() {
            return true;
        }
        if self.common_word(e, h) {
            return false;
        }
        // Written as a unit ("Kani township", "the district of X"), a foreign town is a unit of
        // the report's country the gazetteer lacks, not that town (unless its sentence names its
        // country or admin1: `fits_sentence`).
        if h.cue == PlaceCue::Region && !self.store.complete.contains(&p.cc) {
            return false;
        }
        // A village-level country's place after a location word may fire whatever the focus
        // ("French forces struck near Nampala"); resolution still prefers the focus country.
        if h.located && self.store.complete.contains(&p.cc) {
            return true;
        }
        let own_name = fold_compact(p.name) == h.key;
        match focus {
            Some(_) => {
                own_name && (p.pop >= FOREIGN_CITY_POP || matches!(p.fcode, "P.PPLA" | "P.PPLC"))
            }
            // Nothing says which country: the village-level countries' places may fire after a
            // location word; elsewhere only towns by their own name.
            None => own_name && (p.pop >= FOREIGN_CITY_POP || (p.pop >= 1000 && h.located)),
        }
    }

    /// Whether a foreign candidate is named by a common word ("Union", "University", "Justice"):
    /// in news prose that is the word, unless the report is about the place's own country. Big
    /// cities and capitals keep their names ("Paris", "Tripoli", "Beni").
    fn common_word(&self, e: Ent, h: &Hit) -> bool {
        if self
            .ent_cc(e)
            .is_some_and(|c| self.store.complete.contains(&c))
            || !self.lex.common_words.contains(h.key.as_str())
        {
            return false;
        }
        match e {
            Ent::Place(i) => self.feat(i).is_some_and(|p| {
                p.pop < COMMON_WORD_CITY_POP && !matches!(p.fcode, "P.PPLA" | "P.PPLC")
            }),
            Ent::Admin1(_) | Ent::Admin2(_) => true,
            Ent::Country(_) => false,
        }
    }

    /// Parse "X (A2, A1)" groups: the names inside are context (Region cue, with a role), and the
    /// name before learns the stated units. A name before the parenthesis that the gazetteer does
    /// not know becomes a place of its own, coded to the stated admin2's seat.
    fn notes_form(&self, text: &str, hits: &mut [Hit]) -> Vec<(Span, PlaceMention)> {
        let mut synthetic = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(off) = text[i..].find('(') {
            let open = i + off;
            let Some(cl) = text[open..].find([')', '\n']) else {
                break;
            };
            let close = open + cl;
            i = close.max(open + 1);
            if bytes.get(close) != Some(&b')') {
                continue;
            }
            // "Soula(-Ouro)", "Naye(-Peulh)": the rest of a name, not admin units.
            if text[open + 1..close]
                .trim_start()
                .starts_with(['-', '\u{2011}'])
            {
                continue;
            }
            let inner: Vec<usize> = (0..hits.len())
                .filter(|&k| hits[k].span.start > open && hits[k].span.end <= close)
                .collect();
            if inner.is_empty() {
                continue;
            }
            // A place the notes say the event is coded to ("(coded as Pensa at geoprecision
            // 2)") is the location, never one of the parenthesis' admin units.
            let unit_hits: Vec<usize> = inner
                .iter()
                .copied()
                .filter(|&k| !self.coded_hint(text, hits[k].span).0)
                .collect();
            // Items of the parenthesis by comma position. ACLED writes "(admin2, admin1)", and
            // sometimes "(admin3, admin2)" or "(admin1)": the last item is the admin1 when it
            // names one, else the admin2; the item before the admin1 is the admin2.
            let commas: Vec<usize> = text[open..close]
                .match_indices(',')
                .map(|(p, _)| open + p)
                .collect();
            let item_of = |pos: usize| commas.iter().filter(|&&c| c < pos).count();
            let n_items = commas.len() + 1;
            let at_item = |hits: &[Hit], item: usize| {
                unit_hits
                    .iter()
                    .copied()
                    .find(|&k| item_of(hits[k].span.start) == item)
            };
            // An item naming units of a village-level country means those: "(Cercle of Nara)"
            // is Mali's Nara cercle, not Japan's Nara prefecture.
            let units = |hits: &[Hit], k: usize, one: bool| -> Vec<u32> {
                let local = |e: &Ent| {
                    matches!(e, Ent::Admin1(_) | Ent::Admin2(_))
                        && self
                            .ent_cc(*e)
                            .is_some_and(|c| self.store.complete.contains(&c))
                };
                let any_local = hits[k].ents.iter().any(local);
                hits[k]
                    .ents
                    .iter()
                    .filter(|e| !any_local || local(e))
                    .filter_map(|e| match (e, one) {
                        (Ent::Admin1(x), true) | (Ent::Admin2(x), false) => Some(*x),
                        _ => None,
                    })
                    .collect()
            };
            let last = at_item(hits, n_items - 1);
            let (a1, a2) = match last {
                Some(k) if !units(hits, k, true).is_empty() => (
                    Some(k),
                    n_items.checked_sub(2).and_then(|i| at_item(hits, i)),
                ),
                Some(k) if !units(hits, k, false).is_empty() => (None, Some(k)),
                _ => (None, None),
            };
            let a1s: Vec<u32> = a1.map(|k| units(hits, k, true)).unwrap_or_default();
            let a2s: Vec<u32> = a2.map(|k| units(hits, k, false)).unwrap_or_default();
            if a1s.is_empty() && a2s.is_empty() {
                continue;
            }
            // Pick the admin1 / admin2 pair that fits together (village-level countries first).
            let parent = |x: u32| {
                self.store
                    .admin2
                    .get(x as usize)
                    .map(|a| a.parent)
                    .unwrap_or(NONE)
            };
            let complete = |x: u32| {
                self.store
                    .admin2
                    .get(x as usize)
                    .is_some_and(|a| self.store.complete.contains(&a.cc))
            };
            // A pair that fits; else trust the admin2 (more specific) and take its parent: notes
            // written before a reform say "(Menaka, Gao)" for what is now the Menaka region.
            let pick2 = a2s
                .iter()
                .copied()
                .filter(|&x| a1s.is_empty() || a1s.contains(&parent(x)))
                .max_by_key(|&x| (complete(x), std::cmp::Reverse(x)))
                .or_else(|| {
                    a2s.iter()
                        .copied()
                        .max_by_key(|&x| (complete(x), std::cmp::Reverse(x)))
                });
            let pick1 = match pick2 {
                Some(x) => Some(parent(x)),
                None => a1s.iter().copied().max_by_key(|&x| {
                    (
                        self.store
                            .admin1
                            .get(x as usize)
                            .is_some_and(|a| self.store.complete.contains(&a.cc)),
                        std::cmp::Reverse(x),
                    )
                }),
            };
            // Everything inside is context, never the location itself, except a place the
            // notes say the event is coded to ("(coded as Ntillit, Gao)").
            for &k in &inner {
                if self.coded_hint(text, hits[k].span).0 {
                    continue;
                }
                hits[k].cue = PlaceCue::Region;
                hits[k].role = Role::Admin3;
            }
            // The parenthesis names units, not towns: keep only the units that fit together.
            if let (Some(k1), Some(p1)) = (a1, pick1) {
                hits[k1].ents = vec![Ent::Admin1(p1)];
                hits[k1].role = Role::Admin1;
            }
            if let (Some(k2), Some(p2)) = (a2, pick2) {
                hits[k2].ents = vec![Ent::Admin2(p2)];
                hits[k2].role = Role::Admin2;
            }
            let stated_cc = pick1
                .and_then(|i| self.store.admin1.get(i as usize))
                .map(|a| a.cc);
            // The owner: the hit that ends right before the parenthesis, restricted to the
            // stated country; if nothing is left, the name is not in the gazetteer.
            let mut before = text[..open].trim_end();
            // "Kolo [Kolo-Sare] (Koro, Mopti)": the bracket gives the name the event is
            // coded to; the name before it is only how the source wrote it.
            let mut bracket = None;
            if let Some(inner) = before.strip_suffix(']') {
                if let Some(lb) = inner.rfind('[') {
                    let reported_end = text[..lb].trim_end().len();
                    for h in hits.iter_mut().filter(|h| h.span.end == reported_end) {
                        h.cue = PlaceCue::Region;
                    }
                    before = inner.trim_end();
                    bracket = Some(lb + 1);
                }
            }
            // The owner: the name right before the parenthesis (a known hit, else capitalised words).
            let mut end = before.len();
            // "X, Y Commune (...)", "X in Y Commune (...)": the commune is context, X the owner.
            let tname = trailing_name(&text[..end]);
            let last = tname
                .rsplit(' ')
                .next()
                .map(cw_record::fold::fold)
                .unwrap_or_default();
            let mut commune: Option<(usize, usize)> = None;
            if !tname.is_empty() && self.lex.cue_after(&[last.as_str()]) == Some(PlaceCue::Region) {
                let cstart = end - tname.len();
                commune = tname
                    .rfind(' ')
                    .map(|i| (cstart, cstart + i))
                    .filter(|&(a, b)| b > a);
                for h in hits
                    .iter_mut()
                    .filter(|h| h.span.start >= cstart && h.span.end <= end)
                {
                    h.cue = PlaceCue::Region;
                    h.role = Role::Admin3;
                }
                let mut pre = text[..cstart].trim_end().trim_end_matches(',').trim_end();
                for w in [" in", " dans"] {
                    if pre.len() >= w.len()
                        && pre.is_char_boundary(pre.len() - w.len())
                        && pre[pre.len() - w.len()..].eq_ignore_ascii_case(w)
                    {
                        pre = pre[..pre.len() - w.len()].trim_end();
                    }
                }
                // "X, in Y Commune"
                let pre = pre.trim_end_matches(',').trim_end();
                end = pre.len();
            }
            let Some((mut start, mut owner)) = owner_at(text, hits, end, bracket) else {
                // "fighting in Example Commune (Koro, Mopti)": the commune is the place.
                if let Some(c) = commune {
                    self.commune_place(text, hits, c, (pick2, pick1), &mut synthetic);
                }
                continue;
            };
            // "Yarou Plateau (Bandiagara, Mopti)": a known name that is only the last word of the
            // owner's name is part of that name, not the place ("Plateau", "Leye", "Koube").
            if let (Some(_), None) = (owner, bracket) {
                if let Some(s0) = self.name_head(text, hits, start) {
                    for h in hits
                        .iter_mut()
                        .filter(|h| h.span.start >= s0 && h.span.end <= end)
                    {
                        h.ents.clear();
                        h.cue = PlaceCue::Region;
                    }
                    (start, owner) = (s0, None);
                }
            }
            // "between X and Y (...)": the notes code the event to X; Y is context.
            let mut between = false;
            if let Some(pre) = strip_last_word(text[..start].trim_end(), &["and", "et"]) {
                if let Some((s1, o1)) = owner_at(text, hits, pre.len(), None) {
                    if strip_last_word(text[..s1].trim_end(), &["between", "entre"]).is_some() {
                        if let Some(k) = owner {
                            hits[k].cue = PlaceCue::Region;
                        }
                        (start, owner, end) = (s1, o1, pre.len());
                        between = true;
                    }
                }
            }
            // "the villages of A, B and C (...)": the stated units go with each known name of
            // the list (the first is the location: `owns_notes_form`).
            if !between && owner.is_some() {
                let mut at = start;
                for _ in 0..6 {
                    let head = text[..at].trim_end();
                    let head = strip_last_word(head, &["and", "et"]).unwrap_or(head);
                    let Some(head) = head
                        .strip_suffix(',')
                        .map(str::trim_end)
                        .or_else(|| (head.len() < text[..at].trim_end().len()).then_some(head))
                    else {
                        break;
                    };
                    let Some((s1, Some(k1))) = owner_at(text, hits, head.len(), None) else {
                        break;
                    };
                    if hits[k1].cue == PlaceCue::Region || hits[k1].role != Role::None {
                        break;
                    }
                    let keep: Vec<Ent> = hits[k1]
                        .ents
                        .iter()
                        .copied()
                        .filter(|&e| stated_cc.is_none_or(|cc| self.ent_cc(e) == Some(cc)))
                        .collect();
                    if !keep.is_empty() {
                        hits[k1].ents = keep;
                        hits[k1].stated = Some((pick2, pick1));
                    }
                    at = s1;
                }
            }
            if let Some(k) = owner {
                // Known only as namesakes outside the stated admin2 ("Ersam (Ansongo, Gao)" and a
                // wadi Ersam of Bourem): a place of the stated admin2 spelt otherwise wins.
                let outside = |e: &Ent| {
                    let a2 = self.ent_admin(*e).1;
                    pick2.is_some_and(|x| a2 != x && !(a2 != NONE && self.near_unit(*e, x, a2)))
                };
                // A town called by its own name stays itself, whatever the notes say.
                let own_town = |e: &Ent| {
                    matches!(e, Ent::Place(i) if self.feat(*i).is_some_and(|p| {
                        p.class() == 'P' && fold_compact(p.name) == hits[k].key
                    }))
                };
                let written = &text[hits[k].span.start..hits[k].span.end];
                if hits[k].ents.iter().all(|e| outside(e) && !own_town(e)) {
                    if let Some(i) = pick2.and_then(|x| self.spelled_in_unit(written, x)) {
                        hits[k].ents = vec![Ent::Place(i)];
                        hits[k].fuzzy = true;
                    } else if hits[k].fuzzy || hits[k].variant {
                        // Found only by an approximate spelling, and only outside the units the
                        // notes state: another village. The owner is a place the gazetteer
                        // lacks, coded below to its commune or the stated unit's seat.
                        hits[k].ents.clear();
                    }
                }
                if pick2.is_none() && (hits[k].fuzzy || hits[k].variant) {
                    // Likewise outside the one admin1 the notes state ("X (Mopti)").
                    hits[k]
                        .ents
                        .retain(|e| pick1.is_none_or(|x| self.ent_admin(*e).0 == x));
                }
                // Still nothing in the stated admin2 but a commune named there ("the hamlet of
                // Village A, in Example Commune (Koro, Mopti)"): the commune is the place.
                let in_cc = |e: &Ent| stated_cc.is_none_or(|cc| self.ent_cc(*e) == Some(cc));
                if hits[k].ents.iter().any(in_cc)
                    && hits[k].ents.iter().filter(|e| in_cc(e)).all(outside)
                {
                    if let Some(c) = commune {
                        if self.commune_place(text, hits, c, (pick2, pick1), &mut synthetic) {
                            hits[k].cue = PlaceCue::Region;
                            hits[k].role = Role::Admin3;
                            continue;
                        }
                    }
                }
                let o = &mut hits[k];
                o.stated = Some((pick2, pick1));
                if let Some(cc) = stated_cc {
                    o.ents.retain(|&e| self.ent_cc(e) == Some(cc));
                }
                if !o.ents.is_empty() {
                    continue;
                }
            }
            let before = &text[..end];
            if !text[start..end].starts_with(char::is_uppercase) {
                continue;
            }
            let name = &text[start..before.len()];
            // A place of the stated admin2 spelt otherwise ("Talataye" / "Telatai"); else, for a
            // name of two parts ("Nene-Leye", "Kologon Habe": a quarter or a twin village named
            // after its people), the stated admin2's place named like its first part.
            let spelt = pick2.and_then(|a2| Some((a2, self.spelled_in_unit(name, a2)?, false)));
            let spelt = spelt.or_else(|| {
                let a2 = pick2?;
                let (first, _) = name.split_once(['-', ' ', '\u{2011}'])?;
                (first.chars().count() >= 3).then_some(())?;
                // A place of the stated admin2 itself first, else one of a neighbouring unit
                // (whatever order the index lists namesakes in).
                let towns: Vec<(u32, bool)> = self
                    .lookup_key(&fold_compact(first), false)
                    .into_iter()
                    .filter_map(|e| match e {
                        Ent::Place(i) => self
                            .feat(i)
                            .filter(|f| {
                                f.class() == 'P'
                                    && (f.a2 == a2 || (f.a2 != NONE && self.near_unit(e, a2, f.a2)))
                            })
                            .map(|f| (i, f.a2 == a2)),
                        _ => None,
                    })
                    .collect();
                let known = towns
                    .iter()
                    .find(|(_, own)| *own)
                    .or_else(|| towns.first())
                    .map(|(i, _)| *i);
                Some((a2, known.or_else(|| self.spelled_in_unit(first, a2))?, true))
            });
            if let Some((a2, i, part)) = spelt {
                let unit = self.place(Ent::Admin2(a2));
                let mut place = self.place(Ent::Place(i));
                let why = if part {
                    format!(
                        "its first part is {} ({}) in the admin2 the notes form states",
                        place.name, unit.name
                    )
                } else {
                    format!(
                        "approximate spelling of {} ({}) in the admin2 the notes form states",
                        place.name, unit.name
                    )
                };
                place.name = build::ascii_name(name);
                place.admin1 = unit.admin1;
                place.admin2 = unit.admin2;
                synthetic.push((
                    Span::new(start, before.len()),
                    PlaceMention {
                        place,
                        cue: cue_before_text(&self.lex, &text[..start]),
                        why,
                    },
                ));
                continue;
            }
            let unit = pick2.map(Ent::Admin2).or(pick1.map(Ent::Admin1));
            let Some(unit) = unit else { continue };
            let up = self.place(unit);
            // Coordinates: the commune the notes name, else the stated unit's seat.
            let commune_town = commune.and_then(|c| self.commune_town(text, hits, c, pick2?));
            let seat = commune_town
                .as_ref()
                .map(|(p, _)| p.clone())
                .or_else(|| self.seat_place(unit));
            let mut place = Place {
                name: build::ascii_name(name),
                kind: PlaceKind::Populated,
                population: 0,
                geonameid: None,
                admin3: None,
                ..up
            };
            if let Some(s) = seat {
                place.latitude = s.latitude;
                place.longitude = s.longitude;
            }
            let why = match &commune_town {
                Some((p, _)) => format!(
                    "not in the gazetteer; admin units from the notes form, coordinates of its commune {}",
                    p.name
                ),
                None => format!(
                    "not in the gazetteer; admin units from the notes form, coordinates of the seat of {}",
                    self.place(unit).name
                ),
            };
            synthetic.push((
                Span::new(start, before.len()),
                PlaceMention {
                    place,
                    cue: cue_before_text(&self.lex, &text[..start]),
                    why,
                },
            ));
        }
        synthetic
    }

    /// The start of the capitalised words (one or two) right before byte `s` that make one name
    /// with the word at `s` ("Yarou" of "Yarou Plateau", "Kourouma" of "Kourouma Koube"): single
    /// spaces between, no stop word, cue word, acronym, digit or country there. A word found
    /// as a place of its own is part of the name too: a name the gazetteer had whole would have
    /// been matched whole.
    fn name_head(&self, text: &str, hits: &[Hit], s: usize) -> Option<usize> {
        let mut start = s;
        for _ in 0..2 {
            let head = text.get(..start)?.strip_suffix(' ')?;
            let ws = head.rfind(' ').map(|p| p + 1).unwrap_or(0);
            let w = &head[ws..];
            let mut chars = w.chars();
            let ok = chars.next().is_some_and(char::is_uppercase)
                && chars.clone().all(|c| c.is_alphabetic() || c == '-')
                && chars.any(char::is_lowercase)
                && !hits.iter().any(|h| {
                    h.span.start < head.len()
                        && h.span.end > ws
                        && (h.span.start < ws
                            || h.cue == PlaceCue::Region
                            || h.role != Role::None
                            || h.ents.iter().any(|e| matches!(e, Ent::Country(_))))
                });
            let f = cw_record::fold::fold(w);
            if !ok
                || f.split(' ').any(|x| self.lex.stop_words.contains(x))
                || self.lex.cue_before(&[f.as_str()]).0.is_some()
                || self.lex.cue_after(&[f.as_str()]).is_some()
            {
                break;
            }
            start = ws;
        }
        (start < s).then_some(start)
    }

    /// The town of the commune Y of "X, Y Commune (A2, A1)": a place of that name in (or near)
    /// A2, or one spelt otherwise there. `c` is the byte span of Y's name. Also the hit of Y and
    /// the place entities it keeps, when Y was matched as written.
    fn commune_town(
        &self,
        text: &str,
        hits: &[Hit],
        c: (usize, usize),
        a2: u32,
    ) -> Option<(Place, Option<CommuneHit>)> {
        let inside = |e: &Ent| {
            let x = self.ent_admin(*e).1;
            matches!(e, Ent::Place(_)) && (x == a2 || (x != NONE && self.near_unit(*e, a2, x)))
        };
        if let Some(k) = hits
            .iter()
            .position(|h| h.span.start >= c.0 && h.span.end <= c.1 && h.ents.iter().any(inside))
        {
            let ents: Vec<Ent> = hits[k].ents.iter().copied().filter(inside).collect();
            let best = ents.iter().copied().max_by_key(|&e| {
                let p = self.place(e);
                (p.kind == PlaceKind::Populated, p.population)
            })?;
            return Some((self.place(best), Some((k, ents))));
        }
        let name = text.get(c.0..c.1)?;
        let i = self.spelled_in_unit(name, a2)?;
        let mut place = self.place(Ent::Place(i));
        place.name = build::ascii_name(name);
        Some((place, None))
    }

    /// "X, Y Commune (A2, A1)" where X is not named or lies outside A2: the commune Y is the
    /// place, near which the event is (precision 2), as ACLED codes a hamlet it cannot place to
    /// its commune. Returns whether Y was found.
    fn commune_place(
        &self,
        text: &str,
        hits: &mut [Hit],
        c: (usize, usize),
        stated: (Option<u32>, Option<u32>),
        synthetic: &mut Vec<(Span, PlaceMention)>,
    ) -> bool {
        let Some(a2) = stated.0 else { return false };
        let Some((mut place, hit)) = self.commune_town(text, hits, c, a2) else {
            return false;
        };
        if let Some((k, ents)) = hit {
            let h = &mut hits[k];
            h.ents = ents;
            h.cue = PlaceCue::Near;
            h.role = Role::None;
            h.stated = Some(stated);
            return true;
        }
        let unit = self.place(Ent::Admin2(a2));
        let why = format!(
            "commune of the notes form, approximate spelling in {}",
            unit.name
        );
        place.admin1 = unit.admin1;
        place.admin2 = unit.admin2;
        synthetic.push((
            Span::new(c.0, c.1),
            PlaceMention {
                place,
                cue: PlaceCue::Near,
                why,
            },
        ));
        true
    }

    /// Country votes: country names, demonyms, and admin units / places by their countries.
    fn focus_from(&self, text: &str, hits: &[Hit], hints: &[([u8; 2], f32)]) -> Option<[u8; 2]> {
        best_vote(&self.focus_votes(text, hits, hints))
    }

    fn focus_votes(
        &self,
        text: &str,
        hits: &[Hit],
        hints: &[([u8; 2], f32)],
    ) -> HashMap<[u8; 2], f32> {
        let mut votes: HashMap<[u8; 2], f32> = HashMap::new();
        let mut dateline: HashMap<[u8; 2], f32> = HashMap::new();
        for &(cc, w) in hints {
            *votes.entry(cc).or_default() += w;
        }
        for h in hits.iter().filter(|h| !h.world) {
            let mut ccs: Vec<([u8; 2], f32)> = Vec::new();
            // A name some village of a village-level country bears is weak evidence for the
            // other countries that have it too, unless it is a city big enough to fire anywhere
            // or written with its admin word or in the notes form: a Sahel report's "Yoro",
            // "Pensa" or "Nara" is the village, not Honduras' department, Russia's Penza or
            // Japan's prefecture.
            let local_village = h.ents.iter().any(|&e| {
                matches!(e, Ent::Place(_))
                    && self
                        .ent_cc(e)
                        .is_some_and(|c| self.store.complete.contains(&c))
            });
            for &e in &h.ents {
                if h.cue != PlaceCue::Region && h.role == Role::None && self.common_word(e, h) {
                    continue;
                }
                // A compass-named unit says which part of a country, not which country; nor does
                // "the Sahel" without its admin word.
                if self.compass_unit(e)
                    || ((self.wide_unit(e) || self.lex.unit_only.contains(&h.key))
                        && h.cue != PlaceCue::Region
                        && h.role == Role::None)
                {
                    continue;
                }
                let w: f32 = match e {
                    Ent::Country(_) => 3.0,
                    // Units the notes form states are the location itself.
                    Ent::Admin1(_) | Ent::Admin2(_) if h.role != Role::None => 3.0,
                    // A unit by its own name or with its admin word; by an alias, little.
                    Ent::Admin1(_) | Ent::Admin2(_)
                        if h.cue == PlaceCue::Region || self.own_unit_name(e, &h.key) =>
                    {
                        2.0
                    }
                    Ent::Admin1(_) | Ent::Admin2(_) => 0.5,
                    // Only places that could fire vote: a town by its own name, or a place of
                    // a village-level country (weakly); "Bamba" must not vote for Congo's Bumba.
                    Ent::Place(i) => {
                        let Some(p) = self.feat(i) else { continue };
                        let own = fold_compact(p.name) == h.key;
                        if own
                            && (p.pop >= 1000 || matches!(p.fcode, "P.PPLA" | "P.PPLA2" | "P.PPLC"))
                        {
                            1.0
                        } else if self.store.complete.contains(&p.cc) {
                            0.3
                        } else {
                            continue;
                        }
                    }
                };
                let big_city = matches!(e, Ent::Place(i) if self
                    .feat(i)
                    .is_some_and(|p| p.pop >= FOREIGN_CITY_POP || p.fcode == "P.PPLC"));
                let unit_named = matches!(e, Ent::Admin1(_) | Ent::Admin2(_))
                    && (h.cue == PlaceCue::Region || h.role != Role::None);
                let w = match self.ent_cc(e) {
                    Some(cc)
                        if local_village
                            && !self.store.complete.contains(&cc)
                            && !big_city
                            && !unit_named =>
                    {
                        w.min(NAMESAKE_VOTE)
                    }
                    _ => w,
                };
                if let Some(cc) = self.ent_cc(e) {
                    match ccs.iter_mut().find(|x| x.0 == cc) {
                        Some(x) => x.1 = x.1.max(w),
                        None => ccs.push((cc, w)),
                    }
                }
            }
            let n = ccs.len() as f32;
            if h.cue == PlaceCue::Dateline {
                for (cc, w) in ccs {
                    *dateline.entry(cc).or_default() += w / n;
                }
                continue;
            }
            let damp = if h.cue == PlaceCue::Elsewhere {
                0.3
            } else {
                1.0
            };
            for (cc, w) in ccs {
                *votes.entry(cc).or_default() += w * damp / n;
            }
        }
        add_dateline_vote(&mut votes, &dateline);
        self.demonym_votes(text, &mut votes);
        votes
    }

    fn demonym_votes(&self, text: &str, votes: &mut HashMap<[u8; 2], f32>) {
        for w in cw_record::fold::fold(text).split(' ') {
            if let Some(&i) = self.demonyms.get(w) {
                if let Some(c) = countries::countries().get(i) {
                    *votes.entry(store::cc2(&c.iso2)).or_default() += DEMONYM_VOTE;
                }
            }
        }
        self.people_votes(text, votes);
    }

    /// A people whose homeland lies in one country (`peoples.tsv`: "the Dogon village of X",
    /// "Mossi farmers") votes once per report for it, as much as a town named once
    /// ([`PEOPLE_VOTE`]). A word of a hyphenated name is no ethnonym: "Tapoa-Djerma",
    /// "Madougou-Dogon" are villages.
    fn people_votes(&self, text: &str, votes: &mut HashMap<[u8; 2], f32>) {
        let mut seen: Vec<[u8; 2]> = Vec::new();
        for (cc, _) in self.peoples_named(text) {
            if !seen.contains(&cc) {
                seen.push(cc);
                *votes.entry(cc).or_default() += PEOPLE_VOTE;
            }
        }
    }

    /// The peoples of `peoples.tsv` a text names: their country and home admin1. A word of a
    /// hyphenated name is no ethnonym ("Tapoa-Djerma", "Madougou-Dogon" are villages).
    fn peoples_named(&self, text: &str) -> Vec<([u8; 2], Option<u32>)> {
        // Cheap checks first: most words start with no ethnonym's letter (one bit per letter;
        // a key or word starting with anything but a-z is always looked up).
        let mut letters = 0u32;
        for k in self.peoples.keys() {
            match k.bytes().next() {
                Some(b) if b.is_ascii_lowercase() => letters |= 1 << (b - b'a'),
                _ => letters = u32::MAX,
            }
        }
        let first = |w: &str| match w.bytes().next() {
            Some(b) if b.is_ascii_alphabetic() => {
                letters & (1 << (b.to_ascii_lowercase() - b'a')) != 0
            }
            _ => true,
        };
        text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\u{2011}'))
            .filter(|w| w.len() >= 4 && !w.contains(['-', '\u{2011}']) && first(w))
            .filter_map(|w| self.peoples.get(&fold_compact(w)).copied())
            .collect()
    }

    /// Whether the admin1 unit named `own` (of `old`'s country) was carved out of `old`
    /// (`admin-changes.tsv`, `a1split`: Mali's Menaka region out of Gao).
    fn carved_from(&self, old: &store::Admin, own: &str) -> bool {
        build::a1_splits().iter().any(|(cc, new, from)| {
            cc.as_bytes() == old.cc
                && **from == *old.code
                && self
                    .store
                    .admin1
                    .iter()
                    .any(|a| a.cc == old.cc && *a.code == **new && *a.name == *own)
        })
    }

    /// The seat (admin2) or capital (admin1) of a unit, as a place.
    fn seat_place(&self, unit: Ent) -> Option<Place> {
        let (a, a1) = match unit {
            Ent::Admin1(i) => (self.store.admin1.get(i as usize)?, i),
            Ent::Admin2(i) => {
                let a = self.store.admin2.get(i as usize)?;
                (a, a.parent)
            }
            _ => return None,
        };
        let seat = match unit {
            Ent::Admin1(i) => self.capitals.get(&i).map(String::as_str),
            _ => None,
        }
        .unwrap_or(&a.seat);
        if seat.is_empty() {
            return None;
        }
        // A capital listed in `admin-capitals.tsv` may be a town of the world tail.
        let with_tail = !self.store.complete.contains(&a.cc);
        let best = self
            .lookup_key(&fold_compact(seat), with_tail)
            .into_iter()
            .filter_map(|e| match e {
                Ent::Place(p) => self
                    .feat(p)
                    .filter(|f| f.a1 == a1 && f.class() == 'P')
                    .map(|f| (e, f)),
                _ => None,
            })
            .min_by(|x, y| {
                let d = |f: &store::Feat<'_>| (f.lat - a.lat).powi(2) + (f.lon - a.lon).powi(2);
                d(&x.1).total_cmp(&d(&y.1))
            });
        match best {
            Some((e, _)) => Some(self.place(e)),
            None => {
                let mut p = self.place(unit);
                p.name = seat.to_string();
                p.kind = PlaceKind::Populated;
                Some(p)
            }
        }
    }

    /// The location of an event told in `sentences` (indices into `doc.sentences`), from the
    /// place mentions there (and, failing those, the report's focus country).
    pub fn locate(&self, doc: &Document, sentences: Range<usize>) -> Option<Location> {
        let in_range: Vec<(usize, &PlaceMention)> = doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| sentences.contains(&m.sentence))
            .filter_map(|(i, m)| {
                if let MentionKind::Place(p) = &m.kind {
                    Some((i, p))
                } else {
                    None
                }
            })
            .collect();
        let tier = |k: PlaceKind| match k {
            PlaceKind::Populated | PlaceKind::Natural | PlaceKind::Admin3 => 0,
            PlaceKind::Admin2 => 1,
            PlaceKind::Admin1 => 2,
            PlaceKind::Country => 3,
        };
        // Places in the report's focus country first, then the most precise, then the first told.
        // A place the notes say the event is "coded as" comes before all.
        let focus = doc.focus_country.as_deref();
        let coded: Vec<bool> = in_range
            .iter()
            .map(|(i, _)| self.coded_hint(&doc.text, doc.mentions[*i].span).0)
            .collect();
        // Admin units the text states as context ("(Bankass, Mopti)", "in the Mopti region").
        let stated: Vec<&str> = in_range
            .iter()
            .filter(|(_, p)| {
                p.cue == PlaceCue::Region
                    && matches!(p.place.kind, PlaceKind::Admin1 | PlaceKind::Admin2)
            })
            .map(|(_, p)| p.place.name.as_str())
            .collect();
        let fits = |p: &Place| {
            stated.is_empty()
                || [&p.admin1, &p.admin2]
                    .into_iter()
                    .flatten()
                    .any(|a| stated.contains(&a.as_str()))
        };
        let pick = |cues: &[PlaceCue]| {
            in_range
                .iter()
                .zip(&coded)
                .filter(|((_, p), _)| cues.contains(&p.cue) && p.place.kind != PlaceKind::Country)
                .min_by_key(|((i, p), c)| {
                    (
                        !**c,
                        focus.is_some_and(|f| f != p.place.country_code),
                        !owns_notes_form(doc, doc.mentions[*i].span),
                        // "the mayor of Mondoro was killed at his home in Douentza": a place
                        // after a person's title is theirs, the event's only failing any other.
                        self.titled(&doc.text, doc.mentions[*i].span),
                        // A name found only by its consonant skeleton is weaker than one spelt
                        // as the gazetteer has it (or a variant of that: "Doucombo").
                        self.skeleton_only(doc.slice(doc.mentions[*i].span), &p.place),
                        !fits(&p.place),
                        tier(p.place.kind),
                        *i,
                    )
                })
                .map(|(x, _)| *x)
        };
        // With no place where the event is, the place its people come from: "villagers from
        // Tiguila barricaded a road", "on their way home from Kantchari", "90 km far from Gao".
        // A destination ("fled to", "taken to") or a border ("the border with") never is.
        let origin = || {
            in_range
                .iter()
                .filter(|(i, p)| {
                    p.cue == PlaceCue::Elsewhere
                        && p.place.kind != PlaceKind::Country
                        && focus.is_none_or(|f| f == p.place.country_code)
                        && comes_from(&doc.text, doc.mentions[*i].span)
                })
                .min_by_key(|(i, p)| (tier(p.place.kind), *i))
                .copied()
        };
        // With no place told at all, the dateline's town in the report's country: a wire story
        // filed from Bamako about "protesters" names no other place because it is Bamako. Its
        // precision is a region's (3): the report never says the event was there.
        let dateline = || {
            doc.mentions
                .iter()
                .enumerate()
                .filter_map(|(i, m)| match &m.kind {
                    MentionKind::Place(p) => Some((i, p)),
                    _ => None,
                })
                .filter(|(_, p)| {
                    p.cue == PlaceCue::Dateline
                        && p.place.kind == PlaceKind::Populated
                        && focus.is_some_and(|f| f == p.place.country_code)
                })
                .min_by_key(|(i, _)| *i)
        };
        #[derive(PartialEq)]
        enum Fallback {
            No,
            Origin,
            Dateline,
        }
        let chosen = pick(&[PlaceCue::At, PlaceCue::Near])
            .map(|x| self.near_anchor(doc, &in_range, &coded, x))
            .map(|x| self.stated_unit(doc, &in_range, &coded, x, &fits))
            .or_else(|| pick(&[PlaceCue::Region]))
            .map(|x| (x, Fallback::No))
            .or_else(|| origin().map(|x| (x, Fallback::Origin)))
            .or_else(|| dateline().map(|x| (x, Fallback::Dateline)));
        if let Some(((i, pm), from)) = chosen {
            let mut evidence = vec![i];
            // The notes-form units that went with it.
            evidence.extend(
                in_range
                    .iter()
                    .filter(|(j, p)| *j != i && p.cue == PlaceCue::Region)
                    .map(|(j, _)| *j),
            );
            evidence.sort_unstable();
            evidence.dedup();
            let (place, precision) = match pm.place.kind {
                PlaceKind::Admin1 | PlaceKind::Admin2 => {
                    let unit = self.unit_of(&pm.place);
                    let mut seat = unit
                        .and_then(|u| self.seat_place(u))
                        .unwrap_or_else(|| pm.place.clone());
                    // Keep the unit's own names: the seat is only where the event is coded.
                    seat.admin1 = pm.place.admin1.clone().or(seat.admin1);
                    if pm.place.kind == PlaceKind::Admin2 {
                        seat.admin2 = pm.place.admin2.clone();
                    }
                    let prec = if pm.place.kind == PlaceKind::Admin1 {
                        GeoPrecision::Region
                    } else {
                        GeoPrecision::NearPlace
                    };
                    (seat, prec)
                }
                // A place the gazetteer lacks, known only from the notes form's units: coded to
                // the seat of the stated admin2 (or its commune's town), the town that
                // represents the area, precision 2; to the stated admin1's capital, precision 3
                // (codebook, geo-precision: "near" a town / only a larger region known).
                _ if pm.place.kind == PlaceKind::Populated && pm.place.geonameid.is_none() => {
                    let prec = if pm.place.admin2.is_some() {
                        GeoPrecision::NearPlace
                    } else {
                        GeoPrecision::Region
                    };
                    (pm.place.clone(), prec)
                }
                _ => {
                    let prec = match pm.cue {
                        _ if from == Fallback::Dateline => GeoPrecision::Region,
                        _ if from == Fallback::Origin => GeoPrecision::NearPlace,
                        PlaceCue::Near => GeoPrecision::NearPlace,
                        PlaceCue::Region => GeoPrecision::NearPlace,
                        _ => GeoPrecision::Place,
                    };
                    (pm.place.clone(), prec)
                }
            };
            // "coded as X at geoprecision 2": the notes state the precision.
            let precision = self
                .coded_hint(&doc.text, doc.mentions[i].span)
                .1
                .unwrap_or(precision);
            // "between A and B (coded as A ...)", "the village of B (coded as A)" where A is no
            // place the gazetteer knows: the notes name the location A; the place chosen among
            // the others the sentence names stands for its coordinates and units, at precision
            // 2 (codebook: an event near a known town) unless the notes state one.
            let (place, precision) = match self.coded_unknown(doc, &sentences) {
                Some((name, span)) if !coded.iter().any(|&c| c) && !pm.place.name.is_empty() => {
                    let hint = self.coded_hint(&doc.text, span).1;
                    let mut place = place;
                    place.name = name;
                    place.geonameid = None;
                    (place, hint.unwrap_or(GeoPrecision::NearPlace))
                }
                _ => (place, precision),
            };
            return Some(Location {
                place,
                precision,
                evidence,
                country_only: false,
            });
        }
        // Country only: a country named in the range, else the report's focus country.
        let named = in_range.iter().find(|(_, p)| {
            p.place.kind == PlaceKind::Country
                && !matches!(p.cue, PlaceCue::Elsewhere | PlaceCue::Dateline)
        });
        let (place, evidence) = match named {
            Some((i, p)) => (p.place.clone(), vec![*i]),
            None => {
                let cc = doc.focus_country.as_deref()?;
                let i = countries::countries().iter().position(|c| c.iso2 == cc)?;
                (self.place(Ent::Country(i as u32)), Vec::new())
            }
        };
        Some(Location {
            place,
            precision: GeoPrecision::Region,
            evidence,
            country_only: true,
        })
    }

    /// "X near Y" (codebook, geo-precision 2: the event is near a known town): the report
    /// places X by Y, so an X resolved more than [`NEAR_ANCHOR_KM`] from Y is a namesake of
    /// the village meant (or a village the gazetteer lacks), and the event is coded to Y at
    /// precision 2. `x` is the mention `pick` chose.
    fn near_anchor<'a>(
        &self,
        doc: &Document,
        in_range: &[(usize, &'a PlaceMention)],
        coded: &[bool],
        x: (usize, &'a PlaceMention),
    ) -> (usize, &'a PlaceMention) {
        let (i, pm) = x;
        // The place the notes say the event is coded to stays, wherever it lies.
        let is_coded = in_range
            .iter()
            .position(|(j, _)| *j == i)
            .is_some_and(|k| coded.get(k).copied().unwrap_or(false));
        // A well or a wadi of the name far from Y is no likelier the place than a village is.
        if is_coded
            || pm.cue != PlaceCue::At
            || !matches!(pm.place.kind, PlaceKind::Populated | PlaceKind::Natural)
        {
            return x;
        }
        let end = doc.mentions[i].span.end;
        let anchor = in_range.iter().find(|(j, p)| {
            let s = doc.mentions[*j].span.start;
            p.cue == PlaceCue::Near
                && p.place.kind == PlaceKind::Populated
                && p.place.country_code == pm.place.country_code
                && s >= end
                && s - end <= NEAR_ANCHOR_GAP
                && doc.text.get(end..s).is_some_and(|gap| {
                    // Right after X, only "near" or the like (a comma, a parenthesis, "the
                    // village of"), not a distance or a bearing, and no verb in between.
                    // An aside in brackets goes with X ("Tibi (Sissiri) near Baye").
                    let f = fold_elided(&without_brackets(gap));
                    let words: Vec<&str> = f.split(' ').filter(|w| !w.is_empty()).collect();
                    let (_, used) = self.lex.cue_before(&words);
                    !gap.contains(['.', ';'])
                        && used == words.len()
                        && (words.len().saturating_sub(NEAR_ANCHOR_FILLER)..=words.len())
                            .any(|k| self.lex.anchor_before(&words[..k]))
                })
        });
        match anchor {
            Some(&(j, y)) if km(&pm.place, &y.place).is_some_and(|d| d > NEAR_ANCHOR_KM) => (j, y),
            _ => x,
        }
    }

    /// A place that lies outside the admin unit the text states for it with its admin word
    /// ("X in the Tenenkou cercle", "X, Soum Province") and has no namesake inside is a
    /// village the gazetteer lacks: the event is coded to the stated unit, the smallest known
    /// one that holds it (codebook, geo-precision: "if the town is not known, the next larger
    /// unit" — its seat at precision 2 for an admin2, its capital at precision 3 for an admin1).
    /// A notes-form owner or a "coded as" place is kept: the resolution already weighed the
    /// notes' units (and GeoNames' lines differ from ACLED's near their borders).
    fn stated_unit<'a>(
        &self,
        doc: &Document,
        in_range: &[(usize, &'a PlaceMention)],
        coded: &[bool],
        x: (usize, &'a PlaceMention),
        fits: &dyn Fn(&Place) -> bool,
    ) -> (usize, &'a PlaceMention) {
        let (i, pm) = x;
        let k = in_range.iter().position(|(j, _)| *j == i);
        if k.is_some_and(|k| coded.get(k).copied().unwrap_or(false))
            || !matches!(pm.place.kind, PlaceKind::Populated | PlaceKind::Natural)
            || fits(&pm.place)
            || in_range
                .iter()
                .any(|(j, _)| owns_notes_form(doc, doc.mentions[*j].span))
        {
            return x;
        }
        let end = doc.mentions[i].span.end;
        in_range
            .iter()
            .filter(|(j, p)| {
                let s = doc.mentions[*j].span.start;
                p.cue == PlaceCue::Region
                    && matches!(p.place.kind, PlaceKind::Admin1 | PlaceKind::Admin2)
                    && p.place.country_code == pm.place.country_code
                    // Stated for X: right after it, in the same clause ("X in the Y cercle",
                    // "X, Y Province").
                    && s >= end
                    && s - end <= NEAR_ANCHOR_GAP
                    && !doc.text.get(end..s).unwrap_or(".").contains(['.', ';', '('])
                    // Far from the unit's seat: near it, X may well be in the unit, and the
                    // gazetteer's admin line (nearest seat) errs.
                    && self
                        .unit_of(&p.place)
                        .and_then(|u| self.seat_place(u))
                        .and_then(|seat| km(&pm.place, &seat))
                        .is_some_and(|d| d > NEAR_ANCHOR_KM)
            })
            .min_by_key(|(j, p)| (p.place.kind != PlaceKind::Admin2, *j))
            .copied()
            .unwrap_or(x)
    }

    /// A country-only location of a national-level event (a demonstration or a strategic
    /// development: a curfew, a nationwide strike, a government decision, for the caller to
    /// say) becomes the national capital at geo-precision 3, as ACLED codes such events
    /// (codebook, "geo_precision" 3: only a larger region is known). Unless the report names a
    /// place, known (as elsewhere) or not: that place is not the capital, and the event stays
    /// country-only. Any other location is returned as it is.
    pub fn national_level(&self, doc: &Document, loc: Location) -> Location {
        // Any place named, even as elsewhere ("supplies for refugees in Deou"), means the
        // report is not about the country as a whole.
        let names_place = doc.mentions.iter().any(
            |m| matches!(&m.kind, MentionKind::Place(p) if p.place.kind != PlaceKind::Country),
        );
        if !loc.country_only || names_place || self.names_unknown_place(doc) {
            return loc;
        }
        match self.national_capital(store::cc2(&loc.place.country_code)) {
            Some(capital) => Location {
                place: capital,
                precision: GeoPrecision::Region,
                evidence: loc.evidence,
                country_only: false,
            },
            None => loc,
        }
    }

    /// The national capital (the PPLC among the admin1 capitals) of a country.
    fn national_capital(&self, cc: [u8; 2]) -> Option<Place> {
        self.store
            .admin1
            .iter()
            .filter(|a| a.cc == cc && !a.seat.is_empty())
            .find_map(|a| {
                self.lookup_key(&fold_compact(&a.seat), false)
                    .into_iter()
                    .find(|&e| {
                        matches!(e, Ent::Place(i) if self
                            .feat(i)
                            .is_some_and(|f| f.cc == cc && f.fcode == "P.PPLC"))
                    })
            })
            .map(|e| self.place(e))
    }

    /// Whether the report names a place no mention covers: a capitalised word (not a stop word,
    /// not part of another mention) after "in", "at", "near" or a place noun ("the village of",
    /// "the area of"), or before a notes-form parenthesis.
    fn names_unknown_place(&self, doc: &Document) -> bool {
        let text = doc.text.as_str();
        let mut prev: Vec<String> = Vec::new();
        let in_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’');
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (in_word(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push((s, &text[s..i]));
                    start = None;
                }
                _ => {}
            }
        }
        for (s, w) in words {
            let f = cw_record::fold::fold(w);
            let capital = w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase);
            if capital
                && !f.split(' ').any(|x| self.lex.stop_words.contains(x))
                && !doc
                    .mentions
                    .iter()
                    .any(|m| m.span.start <= s && m.span.end > s)
            {
                let words: Vec<&str> = prev.iter().map(String::as_str).collect();
                let (cue, used) = self.lex.cue_before(&words);
                let last = words.last().copied().unwrap_or("");
                let located = used > 0
                    || cue == Some(PlaceCue::Near)
                    || (cue == Some(PlaceCue::At) && matches!(last, "in" | "at" | "dans" | "a"));
                let paren = text
                    .get(s + w.len()..)
                    .is_some_and(|r| r.trim_start().starts_with('('));
                if located || paren {
                    return true;
                }
            }
            prev.push(f);
            if prev.len() > 6 {
                prev.remove(0);
            }
        }
        false
    }

    /// Whether the words before `span` say the event is coded to it ("coded as X"), and a
    /// geo-precision the notes state right after it ("at geoprecision 2").
    fn coded_hint(&self, text: &str, span: Span) -> (bool, Option<GeoPrecision>) {
        let fb = folded_before(text, span, 40);
        let prev: Vec<&str> = fb.split(' ').filter(|w| !w.is_empty()).collect();
        let fa = folded_after(text, span);
        let next: Vec<&str> = fa.split(' ').filter(|w| !w.is_empty()).take(8).collect();
        let mut precision = None;
        for (k, w) in next.iter().enumerate() {
            let value = match *w {
                "geoprecision" => next.get(k + 1),
                "geo" if next.get(k + 1) == Some(&"precision") => next.get(k + 2),
                _ => None,
            };
            precision = match value.copied() {
                Some("1") => Some(GeoPrecision::Place),
                Some("2") => Some(GeoPrecision::NearPlace),
                Some("3") => Some(GeoPrecision::Region),
                _ => precision,
            };
            if precision.is_some() {
                break;
            }
        }
        (self.lex.coded_before(&prev), precision)
    }

    /// A name the notes say the event is coded as ("coded as Kassa", "coded at approximate
    /// location as Kassa") that is no place mention: a place the gazetteer lacks. Its name, as
    /// written, and span.
    fn coded_unknown(&self, doc: &Document, sentences: &Range<usize>) -> Option<(String, Span)> {
        let text = doc.text.as_str();
        for k in sentences.clone() {
            let Some(sp) = doc.sentences.get(k) else {
                continue;
            };
            let Some(sent) = text.get(sp.start..sp.end) else {
                continue;
            };
            // Words with their byte offsets in the report.
            let sep = |c: char| c.is_whitespace() || c == '(' || c == ',';
            let mut words = Vec::new();
            let mut from = None;
            for (j, c) in sent
                .char_indices()
                .chain(std::iter::once((sent.len(), ' ')))
            {
                match (sep(c), from) {
                    (true, Some(f)) => {
                        words.push((sp.start + f, &sent[f..j]));
                        from = None;
                    }
                    (false, None) => from = Some(j),
                    _ => {}
                }
            }
            for (n, &(start, w)) in words.iter().enumerate() {
                if !w.starts_with(char::is_uppercase) || n == 0 {
                    continue;
                }
                let prev: Vec<String> = words[n.saturating_sub(8)..n]
                    .iter()
                    .map(|(_, w)| cw_record::fold::fold(w))
                    .collect();
                let prev: Vec<&str> = prev.iter().map(String::as_str).collect();
                if !self.lex.coded_before(&prev) {
                    continue;
                }
                // The capitalised words from here: the name ("Derou-Na", "Pignari Bana").
                let mut end = start;
                for &(s2, w2) in &words[n..words.len().min(n + 4)] {
                    let w2 = w2.trim_end_matches(['.', ')', ';', ':']);
                    let name_like = w2.starts_with(char::is_uppercase)
                        && w2
                            .chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
                    if !name_like || (s2 > end && text.get(end..s2) != Some(" ")) {
                        break;
                    }
                    end = s2 + w2.len();
                }
                if end == start {
                    continue;
                }
                let span = Span::new(start, end);
                let known = doc.mentions.iter().any(|m| {
                    matches!(m.kind, MentionKind::Place(_))
                        && m.span.start < span.end
                        && span.start < m.span.end
                });
                let name = text.get(start..end)?;
                if known || self.lex.stop_words.contains(&fold_compact(name)) {
                    return None;
                }
                return Some((build::ascii_name(name), span));
            }
        }
        None
    }

    /// Whether the place at `span` is someone's or something's rather than the event's: it
    /// follows a person's title ("the mayor of", "le chef du village de": `title` in
    /// `cues-*.tsv`) or names a facility in the town named next (`facility`).
    fn titled(&self, text: &str, span: Span) -> bool {
        let fb = folded_before(text, span, 40);
        let prev: Vec<&str> = fb.split(' ').filter(|w| !w.is_empty()).collect();
        if self.lex.title_before(&prev) {
            return true;
        }
        // A facility named after a neighbourhood or village is in the town named next: "the
        // Medine market in Sikasso", "le marché de Médine à Sikasso" are in Sikasso.
        let after = text.get(span.end..).unwrap_or("");
        let fa = folded_after(text, span);
        let next: Vec<&str> = fa
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let in_town = next.first().is_some_and(|w| matches!(*w, "in" | "a"))
            && after.trim_start().starts_with(['i', 'à']);
        (self.lex.facility_before(&prev) && in_town) || self.lex.facility_after(&next)
    }

    /// Whether the capitalised words around `s..e` stand in apposition to a person's title and
    /// its place: in "the prefect of Tenenkou, Makan Doumbia" the two words after the comma are
    /// the prefect's name, not villages ("le préfet de Ténenkou, Makan Doumbia"). At least two
    /// capitalised words (first name and surname), none of them a stop or cue word: "the mayor
    /// of Bankass, Mopti Region" goes on with the place's unit.
    fn title_apposition(&self, text: &str, s: usize, e: usize) -> bool {
        let cap = |w: &str| {
            w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase) && {
                let f = cw_record::fold::fold(w);
                !self.lex.stop_words.contains(f.as_str())
                    && self.lex.cue_after(&[f.as_str()]).is_none()
            }
        };
        let Some(written) = text.get(s..e) else {
            return false;
        };
        if !written.split(' ').all(cap) {
            return false;
        }
        let mut words = written.split(' ').count();
        // Capitalised words before the name, back to the comma.
        let mut start = s;
        for _ in 0..2 {
            let Some(head) = text.get(..start).and_then(|h| h.strip_suffix(' ')) else {
                break;
            };
            let ws = head.rfind([' ', ',']).map(|p| p + 1).unwrap_or(0);
            if ws == 0 || !cap(&head[ws..]) {
                break;
            }
            (start, words) = (ws, words + 1);
        }
        let mut end = e;
        while words < 2 {
            match next_capitalised(text, end) {
                Some(w) if cap(w) => (end, words) = (end + 1 + w.len(), words + 1),
                _ => break,
            }
        }
        let Some(before) = text.get(..start).and_then(|h| h.strip_suffix(", ")) else {
            return false;
        };
        let place = trailing_name(before);
        words >= 2
            && !place.is_empty()
            && self.titled(text, Span::new(before.len() - place.len(), before.len()))
    }

    /// The gazetteer unit a resolved admin place stands for.
    fn unit_of(&self, p: &Place) -> Option<Ent> {
        let cc = store::cc2(&p.country_code);
        self.lookup_key(&fold_compact(&p.name), false)
            .into_iter()
            .find(|&e| {
                self.ent_cc(e) == Some(cc)
                    && match (e, p.kind) {
                        (Ent::Admin1(i), PlaceKind::Admin1) => self
                            .store
                            .admin1
                            .get(i as usize)
                            .is_some_and(|a| *a.name == p.name),
                        (Ent::Admin2(i), PlaceKind::Admin2) => self
                            .store
                            .admin2
                            .get(i as usize)
                            .is_some_and(|a| *a.name == p.name),
                        _ => false,
                    }
            })
    }

    /// The places listed together with an event's location in one coordination ("attacked the
    /// villages of A, B and C"): the codebook's event splitting makes one event per location.
    /// Returns the location itself first, then the others, or nothing when the location stands
    /// alone. "between A and B" and "from A to B" name one event near A, and a place the report
    /// says the event is "coded as" keeps it whole.
    pub fn co_listed(&self, doc: &Document, loc: &Location) -> Vec<Location> {
        if loc.country_only || loc.precision == GeoPrecision::Region {
            return Vec::new();
        }
        let Some(&first) = loc.evidence.first() else {
            return Vec::new();
        };
        let Some(chosen) = doc.mentions.get(first) else {
            return Vec::new();
        };
        if self.coded_hint(&doc.text, chosen.span).0 {
            return Vec::new();
        }
        fn place_of(m: &cw_record::Mention) -> Option<&PlaceMention> {
            match &m.kind {
                MentionKind::Place(p)
                    if matches!(
                        p.place.kind,
                        PlaceKind::Populated | PlaceKind::Natural | PlaceKind::Admin3
                    ) && matches!(p.cue, PlaceCue::At | PlaceCue::Near) =>
                {
                    Some(p)
                }
                _ => None,
            }
        }
        let Some(chosen_pm) = place_of(chosen) else {
            return Vec::new();
        };
        // Place mentions of the sentence in text order, with their index.
        let same: Vec<(usize, &cw_record::Mention)> = doc
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                m.sentence == chosen.sentence && matches!(m.kind, MentionKind::Place(_))
            })
            .collect();
        let Some(pos) = same.iter().position(|(i, _)| *i == first) else {
            return Vec::new();
        };
        // Only list separators between two names (a notes-form parenthesis may follow each).
        let joined = |a: usize, b: usize| -> bool {
            let Some(gap) = doc.text.get(a..b) else {
                return false;
            };
            let mut g = gap.trim();
            if g.starts_with('(') {
                match g.find(')') {
                    Some(c) => g = g[c + 1..].trim(),
                    None => return false,
                }
            }
            let g = g.trim_start_matches(',').trim();
            matches!(g, "" | "and" | "et" | "&") && !gap.trim().is_empty()
        };
        let mut list = vec![(first, chosen_pm)];
        // The gaps between consecutive items, in text order.
        let mut gaps: Vec<(usize, usize)> = Vec::new();
        let mut end = chosen.span.end;
        for &(i, m) in &same[pos + 1..] {
            let Some(p) = place_of(m) else { break };
            if !joined(end, m.span.start) || p.place.country_code != chosen_pm.place.country_code {
                break;
            }
            list.push((i, p));
            gaps.push((end, m.span.start));
            end = m.span.end;
        }
        let mut start = chosen.span.start;
        for &(i, m) in same[..pos].iter().rev() {
            let Some(p) = place_of(m) else {
                // "Protesters from A, B and C": the list's head is not where the event happened,
                // so neither are the names listed with it.
                if joined(m.span.end, start)
                    && matches!(&m.kind, MentionKind::Place(q) if q.cue == PlaceCue::Elsewhere)
                {
                    return Vec::new();
                }
                break;
            };
            if !joined(m.span.end, start) || p.place.country_code != chosen_pm.place.country_code {
                break;
            }
            list.insert(0, (i, p));
            gaps.insert(0, (m.span.end, start));
            start = m.span.start;
        }
        // A list ends with "and" ("A, B and C"); "Etambar, Kidal" is a place and its town.
        let and_last = gaps.last().is_some_and(|&(a, b)| {
            doc.text.get(a..b).is_some_and(|g| {
                let g = fold_elided(g);
                g.split(' ').any(|w| matches!(w, "and" | "et"))
                    || doc.text.get(a..b).is_some_and(|g| g.contains('&'))
            })
        });
        // Keep the items up to the first "and": a list continues only through it.
        if list.len() < 2 || !and_last {
            return Vec::new();
        }
        // Two ends of one stretch of road are one location, not a list: "between A and B",
        // "between the villages of A and B", "the road linking A and B" (codebook geo-precision 2:
        // the event is coded near one of them). Settlement nouns between the cue and the names
        // are skipped.
        let before = doc.text.get(..start).unwrap_or("").trim_end();
        let last_word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(cw_record::fold::fold)
            .find(|w| {
                !matches!(
                    w.as_str(),
                    "the"
                        | "of"
                        | "villages"
                        | "towns"
                        | "localities"
                        | "communes"
                        | "hamlets"
                        | "cities"
                        | "town"
                        | "village"
                        | "locality"
                        | "les"
                        | "des"
                        | "localites"
                )
            })
            .unwrap_or_default();
        if matches!(
            last_word.as_str(),
            "between"
                | "entre"
                | "from"
                | "de"
                | "axis"
                | "axe"
                | "linking"
                | "connecting"
                | "joining"
                | "reliant"
                | "relie"
        ) {
            return Vec::new();
        }
        // The same place named twice is one location.
        let mut seen: Vec<&str> = Vec::new();
        let mut out: Vec<Location> = Vec::new();
        // The chosen location first: it keeps the remainder of a split total.
        list.sort_by_key(|(i, _)| *i != first);
        for (i, p) in list {
            if seen.contains(&p.place.name.as_str()) {
                continue;
            }
            seen.push(&p.place.name);
            let mut evidence = vec![i];
            evidence.extend(loc.evidence.iter().skip(1).copied());
            out.push(Location {
                place: p.place.clone(),
                precision: if p.cue == PlaceCue::Near {
                    GeoPrecision::NearPlace
                } else {
                    GeoPrecision::Place
                },
                evidence,
                country_only: false,
            });
        }
        if out.len() < 2 {
            return Vec::new();
        }
        out
    }

    /// ISO alpha-2 code of the country the report is about: votes of its place mentions
    /// (country names count most, then admin units, then towns; "from X" counts little) and
    /// of demonyms ("Nigerien soldiers").
    pub fn focus_country(&self, doc: &Document) -> Option<String> {
        self.focus_country_with(doc, &[])
    }

    /// [`Self::focus_country`] with the votes of `adjust` added.
    pub fn focus_country_with(&self, doc: &Document, adjust: &[([u8; 2], f32)]) -> Option<String> {
        let mut votes: HashMap<[u8; 2], f32> = HashMap::new();
        for &(cc, w) in adjust {
            *votes.entry(cc).or_default() += w;
        }
        let mut dateline: HashMap<[u8; 2], f32> = HashMap::new();
        for m in &doc.mentions {
            if let MentionKind::Place(p) = &m.kind {
                let w = match (p.place.kind, p.cue) {
                    (PlaceKind::Country, _) => 3.0,
                    (PlaceKind::Admin1 | PlaceKind::Admin2, PlaceCue::Region) => 3.0,
                    (PlaceKind::Admin1 | PlaceKind::Admin2, _) => 2.0,
                    _ => 1.0,
                };
                let cc = store::cc2(&p.place.country_code);
                if p.cue == PlaceCue::Dateline {
                    *dateline.entry(cc).or_default() += w;
                    continue;
                }
                let damp = if p.cue == PlaceCue::Elsewhere {
                    0.3
                } else {
                    1.0
                };
                *votes.entry(cc).or_default() += w * damp;
            }
        }
        add_dateline_vote(&mut votes, &dateline);
        self.demonym_votes(&doc.text, &mut votes);
        let places: Vec<Span> = doc
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Place(_)))
            .map(|m| m.span)
            .collect();
        for (cc, w) in entity_votes(doc, &places) {
            *votes.entry(cc).or_default() += w;
        }
        best_vote(&votes).map(|cc| cc_str(&cc).to_string())
    }
}

/// Sort and deduplicate the entries of `v` from `start` on (the keys one name was given), leaving
/// those before it as they are.
/// An index from a spelling key to entities, built once on first need: every name and alias
/// (the `|`-separated keys of a gazetteer line, skeletons left out) turned into its key by
/// `key` (`build::light_key`, `build::world_key`), hashed, sorted; looked up by partition point.
/// One allocation and a binary search, no strings kept.
struct KeyIndex<T> {
    key: fn(&str) -> String,
    v: Vec<(u64, T)>,
}

impl<T: Ord + Copy> KeyIndex<T> {
    fn new(key: fn(&str) -> String, capacity: usize) -> KeyIndex<T> {
        KeyIndex {
            key,
            v: Vec::with_capacity(capacity),
        }
    }

    /// Add `e` under its own compact folded name and its keys.
    fn add(&mut self, own: &str, keys: &str, e: T) {
        let start = self.v.len();
        self.v.push((store::key_hash(&(self.key)(own)), e));
        let key = self.key;
        self.v.extend(
            keys.split('|')
                .filter(|k| !k.is_empty() && !k.starts_with('~'))
                .map(|k| (store::key_hash(&key(k)), e)),
        );
        sort_dedup_from(&mut self.v, start);
    }

    /// Sort for lookups; logs the size and the time since `t`.
    fn finish(mut self, what: &'static str, t: std::time::Instant) -> KeyIndex<T> {
        self.v.sort_unstable();
        tracing::debug!(
            keys = self.v.len(),
            ms = t.elapsed().as_millis() as u64,
            "{what}"
        );
        self
    }

    /// The entities whose names have the key of `written`, in index order.
    fn get(&self, written: &str) -> impl Iterator<Item = T> + '_ {
        let h = store::key_hash(&(self.key)(written));
        let lo = self.v.partition_point(|e| e.0 < h);
        self.v[lo..]
            .iter()
            .take_while(move |e| e.0 == h)
            .map(|e| e.1)
    }
}

fn sort_dedup_from<T: Ord + Copy>(v: &mut Vec<T>, start: usize) {
    v[start..].sort_unstable();
    let mut n = start;
    for j in start..v.len() {
        if j == start || v[j] != v[n - 1] {
            v[n] = v[j];
            n += 1;
        }
    }
    v.truncate(n);
}

/// The dateline's vote ("NIAMEY, Niger (AP) —"): where the story was filed is the report's
/// country more often than not, so it counts once, whatever the number of its names, a little
/// more than a demonym ("French troops" in a Bamako story) and less than a country the text
/// names ("DAKAR (Reuters) - ... in northern Burkina Faso").
const DATELINE_VOTE: f32 = 2.5;

/// Add [`DATELINE_VOTE`], shared among the countries the dateline's names point to by their
/// weights.
fn add_dateline_vote(votes: &mut HashMap<[u8; 2], f32>, dateline: &HashMap<[u8; 2], f32>) {
    let total: f32 = dateline.values().sum();
    if total <= 0.0 {
        return;
    }
    for (cc, w) in dateline {
        *votes.entry(*cc).or_default() += DATELINE_VOTE * w / total;
    }
}

/// A national entity's vote for its country (`entities.tsv`: a party, a trade union, a head of
/// state, a national broadcaster or university, found by the text stage): half a town named
/// once. Entities are named abroad too (a neighbour's president, a party's exiled leader), so
/// they only decide when the report names no place, country or demonym.
const ENTITY_VOTE: f32 = 0.5;

/// All the entities of one country together vote at most this: less than one town named by
/// its own name (1.0), so a foreign story that mentions a party keeps its country.
const ENTITY_CAP: f32 = 0.9;

/// Country votes of the national entities a report names (`Cue` mentions of the `entity`
/// lexicon, whose category is the country): [`ENTITY_VOTE`] per distinct entity, at most
/// [`ENTITY_CAP`] per country. Gives the country of a national-level event (a strike called by a
/// union named by its acronym) that ACLED codes to the capital (codebook, "geo_precision" 3).
/// A name inside a place name of `places` is part of it: "Goïta" in Burkina's village Gaïk-Goïta
/// is no vote for Mali's president.
fn entity_votes(doc: &Document, places: &[Span]) -> Vec<([u8; 2], f32)> {
    let mut seen: Vec<&str> = Vec::new();
    let mut votes: Vec<([u8; 2], f32)> = Vec::new();
    for m in &doc.mentions {
        let MentionKind::Cue(c) = &m.kind else {
            continue;
        };
        if c.lexicon != "entity"
            || seen.contains(&c.entry.as_str())
            || places.iter().any(|p| p.contains(m.span))
        {
            continue;
        }
        seen.push(&c.entry);
        let Ok(cc) = <[u8; 2]>::try_from(c.category.as_bytes()) else {
            continue;
        };
        match votes.iter_mut().find(|(k, _)| *k == cc) {
            Some(v) => v.1 = (v.1 + ENTITY_VOTE).min(ENTITY_CAP),
            None => votes.push((cc, ENTITY_VOTE)),
        }
    }
    votes
}
/// A latitude, longitude pair.
type Point = (f32, f32);

/// Context shared by the resolution of all toponyms of a report.
#[derive(Debug, Clone, Default)]
struct Context {
    a1: HashSet<u32>,
    a2: HashSet<u32>,
    stated_a1: Option<u32>,
    stated_a2: Option<u32>,
    /// Admin1 units named (with their admin word, or in the notes form) in the hit's sentence.
    sent_a1: HashSet<u32>,
    /// Admin2 units named with their admin word in the hit's sentence ("Boura, Sissili
    /// Province").
    sent_a2: HashSet<u32>,
    /// Countries named in the hit's sentence ("in Niger's Tillaberi region").
    sent_cc: HashSet<[u8; 2]>,
    /// Admin1 units of the other towns of the report whose namesakes all lie in one admin1
    /// ("between Dialloube and Mopti": Mopti's region).
    town_a1: HashSet<u32>,
    /// Home admin1 units of the peoples the report names (`peoples.tsv`).
    people_a1: HashSet<u32>,
    /// Points of the towns the hit's sentence names as an area or commune ("X, Y Commune",
    /// "in the Y area"): the namesake of X by Y is the one meant.
    sent_pts: Vec<Point>,
}

fn best_vote(votes: &HashMap<[u8; 2], f32>) -> Option<[u8; 2]> {
    votes
        .iter()
        .filter(|(_, &v)| v > 0.0)
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(cc, _)| *cc)
}

/// The name ending at byte `end`: a hit ending there (inside the bracket, if one), else the
/// capitalised words there. Returns its start and the hit index.
fn owner_at(
    text: &str,
    hits: &[Hit],
    end: usize,
    bracket: Option<usize>,
) -> Option<(usize, Option<usize>)> {
    if let Some(k) = hits
        .iter()
        .position(|h| h.span.end == end && bracket.is_none_or(|b| h.span.start >= b))
    {
        return Some((hits[k].span.start, Some(k)));
    }
    let head = text.get(..end)?;
    let name = match bracket {
        Some(b) => head.get(b..)?.trim_start(),
        None => trailing_name(head),
    };
    (!name.is_empty()).then(|| (end - name.len(), None))
}

/// Whether the hyphenated compound around byte `s` follows a road word ("axis Gao-Anefis", "axe
/// Tessit-Ansongo" join two places, where "Soundiata-Keita" is one name).
fn axis_before(lex: &Lexicon, text: &str, s: usize) -> bool {
    let Some(head) = text.get(..s) else {
        return false;
    };
    let head = head
        .trim_end_matches(|c: char| c.is_alphanumeric() || c == '-')
        .trim_end();
    let last = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .map(cw_record::fold::fold)
        .unwrap_or_default();
    lex.road_before.contains(&last)
}

/// Whether the hyphenated words from byte `e` on are followed by a road word: "the Gao-Gossi
/// road", "the Ouaga-Kaya intersection" join two places as `axis_before` does.
fn axis_after(lex: &Lexicon, text: &str, e: usize) -> bool {
    let Some(tail) = text.get(e..) else {
        return false;
    };
    let tail = tail
        .trim_start_matches(|c: char| c.is_alphanumeric() || c == '-')
        .trim_start();
    let next = tail
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .map(cw_record::fold::fold)
        .unwrap_or_default();
    lex.road_after.contains(&next)
}

/// 1 minus the edit distance of two names over the longer's length (0 to 1).
fn similarity(a: &str, b: &str) -> f32 {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    let n = a.len().max(b.len()).max(1);
    1.0 - row[b.len()] as f32 / n as f32
}

/// The values of `v` that other hits than `j` contributed.
fn others<T: Copy + Eq + std::hash::Hash>(v: Option<&Vec<(usize, T)>>, j: usize) -> HashSet<T> {
    v.into_iter()
        .flatten()
        .filter(|x| x.0 != j)
        .map(|x| x.1)
        .collect()
}

/// `fold`, with a French elided article or preposition before a name kept a word of its own
/// ("près d'Ansongo" is "pres d ansongo", as `folded_words` splits it): for the words around a
/// name, where cues are read.
fn fold_elided(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let mut word_start = true;
    for (i, c) in s.char_indices() {
        if matches!(c, '\'' | '’') && !word_start {
            let head_start = s[..i]
                .rfind(|c: char| !c.is_alphanumeric())
                .map_or(0, |k| k + s[k..].chars().next().map_or(1, char::len_utf8));
            if elided_len(&s[head_start..]).is_some() {
                out.push(' ');
                continue;
            }
        }
        word_start = !c.is_alphanumeric();
        out.push(c);
    }
    cw_record::fold::fold(&out)
}

/// The letters of a French elided word that starts `s` ("d'Ansongo", "L’Oudalan", "jusqu'à
/// Gao" before a capital): their count, which is also their folded length. None if `s` starts
/// no such word.
fn elided_len(s: &str) -> Option<usize> {
    const ELIDED: [&str; 5] = ["d", "l", "qu", "jusqu", "lorsqu"];
    // The apostrophe ends the word's first letters (at most "lorsqu"): look no further.
    let apos = s
        .char_indices()
        .take(7)
        .find(|&(_, c)| matches!(c, '\'' | '’'))?
        .0;
    let (head, rest) = s.split_at(apos);
    let after = rest.chars().nth(1)?;
    (after.is_uppercase() && ELIDED.iter().any(|e| head.eq_ignore_ascii_case(e)))
        .then_some(head.len())
}

/// Byte length of a possessive ending ("'s", "’s") of a word, 0 if none.
fn possessive_len(w: &str) -> usize {
    ["'s", "’s", "'S", "’S"]
        .iter()
        .find(|p| w.len() > p.len() + 1 && w.ends_with(**p))
        .map_or(0, |p| p.len())
}

/// `s` without its last word if that word is one of `words` (ASCII, any case).
fn strip_last_word<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
    let cut = s
        .rfind(|c: char| c.is_whitespace())
        .map(|p| p + 1)
        .unwrap_or(0);
    let last = &s[cut..];
    words
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
        .then(|| s[..cut].trim_end())
}

/// `s` without its bracketed asides ("(Sissiri)", "[Doma]").
fn without_brackets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Distance in km between two places with coordinates (equirectangular: exact enough at the
/// scale of "near").
fn km(a: &Place, b: &Place) -> Option<f64> {
    let (la, oa, lb, ob) = (a.latitude?, a.longitude?, b.latitude?, b.longitude?);
    let k = ((la + lb) / 2.0).to_radians().cos();
    let (dy, dx) = (la - lb, (oa - ob) * k);
    Some((dx * dx + dy * dy).sqrt() * 111.2)
}

/// Whether the name at `span` follows a plain "from" ("villagers from X", "returning from the
/// village of X", "90 km far from X"): where people came from, not where they went.
fn comes_from(text: &str, span: Span) -> bool {
    let folded = folded_before(text, span, 60);
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    while words.last().is_some_and(|w| {
        matches!(
            *w,
            "the"
                | "a"
                | "an"
                | "village"
                | "villages"
                | "town"
                | "hamlet"
                | "locality"
                | "city"
                | "area"
                | "market"
                | "camp"
                | "of"
        )
    }) {
        words.pop();
    }
    words.last() == Some(&"from")
}

/// Whether the name at `span` is followed by a notes-form parenthesis ("X (admin2, admin1)",
/// possibly after a bracket "X [Y] (...)"), i.e. it is the place the notes code the event to.
fn owns_notes_form(doc: &Document, span: Span) -> bool {
    // "the villages of A, B and C (admin2, admin1)": the parenthesis goes with every name of
    // the list, and the notes code the event to the first.
    let mut span = span;
    for _ in 0..6 {
        let rest = doc.text.get(span.end..).unwrap_or("");
        let Some(gap) = [", and ", " and ", ", ", " et ", ", et "]
            .iter()
            .find(|g| rest.starts_with(**g))
        else {
            break;
        };
        let next = span.end + gap.len();
        match doc.mentions.iter().find(|m| {
            m.span.start == next
                && matches!(&m.kind, MentionKind::Place(p) if p.cue != PlaceCue::Region)
        }) {
            Some(m) => span = m.span,
            None => break,
        }
    }
    let mut after = doc.text.get(span.end..).unwrap_or("").trim_start();
    if after.starts_with('[') {
        match after.find(']') {
            Some(rb) => after = after[rb + 1..].trim_start(),
            None => return false,
        }
    }
    if !after.starts_with('(') {
        return false;
    }
    let open = doc.text.len() - after.len();
    let close = after.find(')').map(|c| open + c).unwrap_or(open);
    doc.mentions.iter().any(|m| {
        m.span.start > open
            && m.span.end <= close
            && matches!(&m.kind, MentionKind::Place(p) if p.cue == PlaceCue::Region)
    })
}

/// The capitalised word right after byte `e` (after one space), if any.
fn next_capitalised(text: &str, e: usize) -> Option<&str> {
    let rest = text.get(e..)?.strip_prefix(' ')?;
    let end = rest
        .find(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .unwrap_or(rest.len());
    let w = &rest[..end];
    (w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase)).then_some(w)
}

/// Whether the word before byte `s` is capitalised (or a lone capital letter) and not the first
/// of its sentence.
fn person_like(text: &str, s: usize) -> bool {
    let Some(head) = text.get(..s) else {
        return false;
    };
    let before = head.trim_end_matches([' ', '\t']);
    if before.len() == head.len() {
        return false; // no space: not a separate word
    }
    let prev_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphanumeric() && c != '-' && c != '\'')
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let prev = &before[prev_start..];
    // A lone capital letter is part of the name too ("the W National Park" is no New Jersey
    // borough "National Park"); longer all-capital words are acronyms ("JNIM Kidal").
    let letter = prev.chars().count() == 1;
    if !prev.chars().next().is_some_and(char::is_uppercase)
        || !(letter || prev.chars().any(char::is_lowercase))
    {
        return false;
    }
    // The start of a sentence (or of the text) does not count.
    let lead = before[..prev_start].trim_end();
    !(lead.is_empty() || lead.ends_with(['.', '!', '?', ':', ';', '(', '[', '"', '\n']))
}

/// The capitalised words (up to four, hyphens and apostrophes allowed) at the end of `s`.
fn trailing_name(s: &str) -> &str {
    let mut start = s.len();
    let mut count = 0;
    let mut rest = s;
    while count < 4 {
        let ws = rest.rfind(' ').map(|p| p + 1).unwrap_or(0);
        let w = &rest[ws..];
        let ok = w.chars().next().is_some_and(|c| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'));
        if !ok {
            break;
        }
        start = ws;
        count += 1;
        if ws == 0 {
            break;
        }
        rest = &rest[..ws - 1];
    }
    &s[start..]
}

fn cue_before_text(lex: &Lexicon, before: &str) -> PlaceCue {
    let f = fold_elided(before);
    let words: Vec<&str> = f.split(' ').filter(|w| !w.is_empty()).collect();
    let tail = &words[words.len().saturating_sub(8)..];
    lex.cue_before(tail).0.unwrap_or(PlaceCue::At)
}

trait DefaultPlace {
    fn default_for() -> Self;
}

impl DefaultPlace for Place {
    /// A placeholder for candidates before they are turned into places.
    fn default_for() -> Place {
        Place {
            name: String::new(),
            kind: PlaceKind::Populated,
            country: String::new(),
            country_code: String::new(),
            admin1: None,
            admin2: None,
            admin3: None,
            latitude: None,
            longitude: None,
            population: 0,
            geonameid: None,
        }
    }
}

const NEAR_STATED_A2: &str = "near the admin2 stated in the notes form";

/// GeoNames feature codes outside class P that are settlements where people live: a herders'
/// camp (S.CMP, the Fulani and Tuareg "campements" of the Sahel) is a village the reports name.
fn is_settlement(fcode: &str) -> bool {
    matches!(fcode, "S.CMP")
}

/// The folded words of the `chars` characters before `span`, where the cues that qualify a
/// place ("coded as", a person's title, a facility, "from") are read.
fn folded_before(text: &str, span: Span, chars: usize) -> String {
    let before = text.get(..span.start).unwrap_or("");
    let from = before
        .char_indices()
        .rev()
        .nth(chars)
        .map(|(i, _)| i)
        .unwrap_or(0);
    fold_elided(&before[from..])
}

/// The folded words of the 40 characters after `span` (a stated geo-precision, "market in").
fn folded_after(text: &str, span: Span) -> String {
    let after = text.get(span.end..).unwrap_or("");
    let to = after
        .char_indices()
        .nth(40)
        .map(|(i, _)| i)
        .unwrap_or(after.len());
    fold_elided(&after[..to])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_index_finds_every_name_and_alias_by_its_key() {
        let mut idx = KeyIndex::new(build::light_key, 8);
        idx.add("diabali", "diabaly|~dbl", 1u32);
        idx.add("tinhama", "tinhamma", 2);
        idx.add("dialoube", "", 3);
        let idx = idx.finish("test index", std::time::Instant::now());
        let get = |w: &str| idx.get(w).collect::<Vec<_>>();
        assert_eq!(get("diabaly"), [1]);
        assert_eq!(get("tinhamma"), [2]);
        assert_eq!(get("dialloube"), [3]);
        // Skeleton keys ("~...") are not spellings.
        assert!(get("dbl").is_empty());
        assert!(get("kona").is_empty());
    }

    #[test]
    fn committed_files_parse_without_malformed_lines() {
        for (name, bytes) in [("core", EMBEDDED), ("tail", EMBEDDED_TAIL)] {
            let raw = miniz_oxide::inflate::decompress_to_vec_zlib(bytes).expect("zlib");
            let text = String::from_utf8(raw).expect("utf-8");
            let (store, bad) = Store::parse(text);
            assert_eq!(bad, 0, "{name}: malformed lines");
            if name == "core" {
                assert!(store.admin1.len() > 3900 && store.places_len() > 50_000);
                assert_eq!(store.complete.len(), 3);
            }
        }
    }
}
