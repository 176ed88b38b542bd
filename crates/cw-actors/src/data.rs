//! Parsing of the committed actor data (data/actors/*.tsv). Knowledge lives in those files; this
//! module only reads them. Every parser returns what it could read plus the errors of the lines
//! it could not, so that a bad line is reported (and tested) without taking the dictionary down.

use chrono::NaiveDate;
use cw_record::{ActorKind, Inter};

/// A malformed line in one of the data files.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {msg}")]
pub struct DataError {
    pub file: &'static str,
    pub line: usize,
    pub msg: String,
}

/// Which state actor a unit or a template refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    Military,
    Police,
    Government,
}

impl Base {
    fn parse(s: &str) -> Option<Base> {
        match s {
            "military" => Some(Base::Military),
            "police" => Some(Base::Police),
            "government" => Some(Base::Government),
            _ => None,
        }
    }

    pub fn prefix(self) -> &'static str {
        match self {
            Base::Military => "Military Forces of",
            Base::Police => "Police Forces of",
            Base::Government => "Government of",
        }
    }
}

/// One name an actor had, from a date, once ACLED adopted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSpec {
    pub template: String,
    pub from: NaiveDate,
    pub adopted: Option<NaiveDate>,
}

/// What a per-country rule sends a mention to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Entry(String),
    /// `@key+`: coded as the group `key`, with this group's own name associated (a member group
    /// of a coalition in the period ACLED coded its members as the coalition).
    Member(String),
    Template(String),
}

/// `CC[/Admin1][>=DATE]=TARGET`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub country: String,
    /// Folded admin1 name.
    pub admin1: Option<String>,
    pub since: Option<NaiveDate>,
    pub target: Target,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub key: String,
    pub kind: ActorKind,
    pub inter: Inter,
    pub country: Option<String>,
    pub parent: Option<String>,
    pub rank: u8,
    pub rules: Vec<Rule>,
    pub names: Vec<NameSpec>,
    pub aliases_en: Vec<Alias>,
    pub aliases_fr: Vec<Alias>,
    /// Fights on the side of the state forces of its country (state-backed auxiliaries).
    pub state_auxiliary: bool,
}

/// A name or abbreviation of a dictionary actor, `Alias [in CC CC ...]`: an abbreviation other
/// organisations share ("RSF" is also Reporters sans frontières) stands for the actor only in
/// reports about the countries listed (`only_in`, ISO alpha-2); empty = everywhere. A name that
/// is also a common word ("Platform") is written `Alias [cased]` or `Alias [cased in CC ...]`:
/// it stands only where the report writes its capitals as the data does (`cased`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub text: String,
    pub only_in: Vec<String>,
    pub cased: bool,
}

/// `Alias`, `Alias [in CC CC ...]`, `Alias [cased]` or `Alias [cased in CC CC ...]`.
fn parse_alias(s: &str) -> Result<Alias, String> {
    let s = s.trim();
    let bad = || format!("bad alias {s}: write `Alias [in CC CC]` or `Alias [cased in CC]`");
    let Some(open) = s.rfind(" [").filter(|_| s.ends_with(']')) else {
        if s.contains('[') || s.contains(']') {
            return Err(bad());
        }
        return Ok(Alias {
            text: s.to_string(),
            only_in: vec![],
            cased: false,
        });
    };
    let mut words = s[open + 2..s.len() - 1].split_whitespace().peekable();
    let cased = words.next_if_eq(&"cased").is_some();
    let only_in: Vec<String> = match words.next() {
        None => vec![],
        Some("in") => words.map(str::to_ascii_uppercase).collect(),
        Some(_) => return Err(bad()),
    };
    let text = s[..open].trim();
    if text.is_empty()
        || (only_in.is_empty() && !cased)
        || (only_in.is_empty() && s[open..].contains(" in "))
        || only_in
            .iter()
            .any(|c| c.len() != 2 || !c.bytes().all(|b| b.is_ascii_alphabetic()))
    {
        return Err(bad());
    }
    Ok(Alias {
        text: text.to_string(),
        only_in,
        cased,
    })
}

fn aliases(s: &str, errs: &mut Vec<String>) -> Vec<Alias> {
    list(s)
        .iter()
        .filter_map(|a| parse_alias(a).map_err(|e| errs.push(e)).ok())
        .collect()
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub key: String,
    pub base: Base,
    pub suffix: String,
    /// Exceptions, first match wins.
    pub by_country: Vec<UnitRule>,
    pub aliases_en: Vec<String>,
    pub aliases_fr: Vec<String>,
}

/// How a unit is named in a country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitForm {
    /// A suffix of the state actor: "Police Forces of Mali (2013-2020) Gendarmerie".
    Suffix(Base, String),
    /// A name of its own (a template): "Forest Guards ({country})".
    Name(String),
}

/// `CC[>=DATE]=form`; `*` for any country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRule {
    pub country: String,
    pub since: Option<NaiveDate>,
    pub form: UnitForm,
}

impl Unit {
    /// How a unit of `country`'s forces is named on `date`.
    pub fn for_country(&self, country: &str, date: NaiveDate) -> UnitForm {
        self.by_country
            .iter()
            .find(|r| {
                (r.country == "*" || r.country.eq_ignore_ascii_case(country))
                    && r.since.is_none_or(|s| s <= date)
            })
            .map(|r| r.form.clone())
            .unwrap_or_else(|| UnitForm::Suffix(self.base, self.suffix.clone()))
    }
}

/// A regime: `[start, end)`, end None while in power.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regime {
    pub start: NaiveDate,
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct State {
    pub iso2: String,
    /// The country as written after "Forces of", when it differs from the ACLED country name.
    pub of: Option<String>,
    pub regimes: Vec<Regime>,
}

#[derive(Debug, Clone)]
pub struct GenericName {
    pub kind: String,
    pub template: String,
    pub inter: Inter,
}

/// The role a lexicon phrase plays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Class {
    Head(ActorKind),
    Ethnic,
    /// A place of a community ("village", "camp"): civilians when an ethnic group qualifies it.
    EthnicPlace,
    Hedge,
    /// Links a generic description to the group named after it ("gunmen identified as X").
    Appos,
    Or,
    Joint,
    /// Words of launching or firing before their agent ("drones launched by Russia", "missiles
    /// tirés par l'Iran"): a country named right after is that state's forces.
    Launcher,
    /// Words of a backer ("backed by", "soutenus par"): a country right after them backs a
    /// side from afar and is no side (not a joint-operation partner).
    Backer,
    /// Words of two sides fighting each other ("clashed", "fighting between"): in such a sentence
    /// two or more ethnic communities are coded as their militias.
    Fighting,
    Filler,
    /// A name that is no conflict actor but holds an actor's alias or head ("Reporters sans
    /// frontières (RSF)", not the Rapid Support Forces): it shadows the shorter matches inside it
    /// and yields no mention.
    NotActor,
    /// A country's initials used as its demonym ("U.S. forces", "US troops"; label = ISO
    /// alpha-2): kept out of the country table, where "US" would be the pronoun "us" in the geo
    /// stage's demonym votes.
    Demonym,
    /// A possessive before an armed head ("five of their fighters", "leurs combattants"): the
    /// fighters of the group the sentence names (not matched as tokens).
    Possessive,
}

#[derive(Debug, Clone)]
pub struct LexEntry {
    pub phrases: Vec<String>,
    pub class: Class,
    pub label: Option<String>,
}

pub fn kind_from_str(s: &str) -> Option<ActorKind> {
    Some(match s {
        "military" => ActorKind::Military,
        "police" => ActorKind::Police,
        "government" => ActorKind::Government,
        "rebel_group" => ActorKind::RebelGroup,
        "militants" => ActorKind::Militants,
        "unidentified_armed" => ActorKind::UnidentifiedArmed,
        "political_militia" => ActorKind::PoliticalMilitia,
        "identity_militia" => ActorKind::IdentityMilitia,
        "civilians" => ActorKind::Civilians,
        "protesters" => ActorKind::Protesters,
        "rioters" => ActorKind::Rioters,
        "external" => ActorKind::External,
        _ => return None,
    })
}

pub fn kind_str(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Military => "military",
        ActorKind::Police => "police",
        ActorKind::Government => "government",
        ActorKind::RebelGroup => "rebel_group",
        ActorKind::Militants => "militants",
        ActorKind::UnidentifiedArmed => "unidentified_armed",
        ActorKind::PoliticalMilitia => "political_militia",
        ActorKind::IdentityMilitia => "identity_militia",
        ActorKind::Civilians => "civilians",
        ActorKind::Protesters => "protesters",
        ActorKind::Rioters => "rioters",
        ActorKind::External => "external",
    }
}

/// A date written `YYYY-MM-DD` or `YYYY` (1 January).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.len() == 4 {
        return s
            .parse::<i32>()
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty() && s != "-").then(|| s.to_string())
}

fn list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty() && *x != "-")
        .map(str::to_string)
        .collect()
}

fn inter_from(s: &str) -> Option<Inter> {
    s.trim().parse::<u8>().ok().and_then(Inter::from_code)
}

/// Data lines with their 1-based line numbers, comments and blanks skipped.
fn lines(src: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// `Name [from DATE]` or `Name [from DATE adopted DATE]`.
fn parse_name(s: &str) -> Result<NameSpec, String> {
    let s = s.trim();
    let open = s
        .rfind('[')
        .filter(|_| s.ends_with(']'))
        .ok_or_else(|| format!("name without [from DATE]: {s}"))?;
    let template = s[..open].trim().to_string();
    let spec: Vec<&str> = s[open + 1..s.len() - 1].split_whitespace().collect();
    let (from, adopted) = match spec.as_slice() {
        ["from", f] => (parse_date(f), None),
        ["from", f, "adopted", a] => (
            parse_date(f),
            Some(parse_date(a).ok_or_else(|| format!("bad date {a}"))?),
        ),
        _ => return Err(format!("bad name period in {s}")),
    };
    let from = from.ok_or_else(|| format!("bad date in {s}"))?;
    if template.is_empty() {
        return Err("empty name".into());
    }
    Ok(NameSpec {
        template,
        from,
        adopted,
    })
}

fn parse_rule(s: &str) -> Result<Rule, String> {
    let (lhs, target) = s
        .rsplit_once('=')
        .ok_or_else(|| format!("rule without '=': {s}"))?;
    let target = target.trim();
    let target = match target.strip_prefix('@') {
        Some(k) => match k.strip_suffix('+') {
            Some(k) => Target::Member(k.to_string()),
            None => Target::Entry(k.to_string()),
        },
        None => Target::Template(target.to_string()),
    };
    let (place, since) = match lhs.split_once(">=") {
        Some((p, d)) => (
            p,
            Some(parse_date(d).ok_or_else(|| format!("bad date in rule {s}"))?),
        ),
        None => (lhs, None),
    };
    let (country, admin1) = match place.split_once('/') {
        Some((c, a)) => (c.trim(), Some(cw_record::fold::fold(a))),
        None => (place.trim(), None),
    };
    if country.len() != 2 {
        return Err(format!("rule country must be ISO alpha-2: {s}"));
    }
    Ok(Rule {
        country: country.to_ascii_uppercase(),
        admin1,
        since,
        target,
    })
}

pub fn parse_entries(file: &'static str, src: &str) -> (Vec<Entry>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errs = Vec::new();
    for (line, f) in lines(src) {
        let err = |msg: String| DataError { file, line, msg };
        if f.len() != 10 && f.len() != 11 {
            errs.push(err(format!("expected 10 or 11 columns, found {}", f.len())));
            continue;
        }
        let state_auxiliary = match f.get(10).map(|s| s.trim()) {
            None | Some("-") => false,
            Some("state") => true,
            Some(other) => {
                errs.push(err(format!("bad side {other}")));
                continue;
            }
        };
        let Some(kind) = kind_from_str(f[1].trim()) else {
            errs.push(err(format!("unknown kind {}", f[1])));
            continue;
        };
        let Some(inter) = inter_from(f[2]) else {
            errs.push(err(format!("bad inter {}", f[2])));
            continue;
        };
        let rank = match f[5].trim().parse::<u8>() {
            Ok(r) => r,
            Err(_) => {
                errs.push(err(format!("bad rank {}", f[5])));
                continue;
            }
        };
        let mut rules = Vec::new();
        let mut ok = true;
        for r in f[6]
            .split(';')
            .map(str::trim)
            .filter(|r| !r.is_empty() && *r != "-")
        {
            match parse_rule(r) {
                Ok(r) => rules.push(r),
                Err(m) => {
                    errs.push(err(m));
                    ok = false;
                }
            }
        }
        let mut names = Vec::new();
        for n in f[7].split('|').filter(|n| !n.trim().is_empty()) {
            match parse_name(n) {
                Ok(n) => names.push(n),
                Err(m) => {
                    errs.push(err(m));
                    ok = false;
                }
            }
        }
        if names.is_empty() {
            errs.push(err("no name".into()));
            ok = false;
        }
        let mut alias_errs = Vec::new();
        let aliases_en = aliases(f[8], &mut alias_errs);
        let aliases_fr = aliases(f[9], &mut alias_errs);
        for m in alias_errs {
            errs.push(err(m));
            ok = false;
        }
        if !ok {
            continue;
        }
        out.push(Entry {
            key: f[0].trim().to_string(),
            kind,
            inter,
            country: opt(f[3]).map(|c| c.to_ascii_uppercase()),
            parent: opt(f[4]),
            rank,
            rules,
            names,
            aliases_en,
            aliases_fr,
            state_auxiliary,
        });
    }
    (out, errs)
}

pub fn parse_units(file: &'static str, src: &str) -> (Vec<Unit>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errs = Vec::new();
    for (line, f) in lines(src) {
        let err = |msg: String| DataError { file, line, msg };
        if f.len() != 6 {
            errs.push(err(format!("expected 6 columns, found {}", f.len())));
            continue;
        }
        let Some(base) = Base::parse(f[1].trim()) else {
            errs.push(err(format!("unknown base {}", f[1])));
            continue;
        };
        let mut by_country = Vec::new();
        for r in f[3]
            .split(';')
            .map(str::trim)
            .filter(|r| !r.is_empty() && *r != "-")
        {
            let parsed = r.rsplit_once('=').and_then(|(lhs, rest)| {
                let (b, s) = rest.split_once(':')?;
                let form = match b.trim() {
                    "name" => UnitForm::Name(s.trim().to_string()),
                    b => UnitForm::Suffix(Base::parse(b)?, s.trim().to_string()),
                };
                let (c, since) = match lhs.split_once(">=") {
                    Some((c, d)) => (c, Some(parse_date(d)?)),
                    None => (lhs, None),
                };
                Some(UnitRule {
                    country: c.trim().to_ascii_uppercase(),
                    since,
                    form,
                })
            });
            match parsed {
                Some(p) => by_country.push(p),
                None => errs.push(err(format!("bad exception {r}"))),
            }
        }
        out.push(Unit {
            key: f[0].trim().to_string(),
            base,
            suffix: f[2].trim().to_string(),
            by_country,
            aliases_en: list(f[4]),
            aliases_fr: list(f[5]),
        });
    }
    (out, errs)
}

pub fn parse_states(file: &'static str, src: &str) -> (Vec<State>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errs = Vec::new();
    for (line, f) in lines(src) {
        let err = |msg: String| DataError { file, line, msg };
        if f.len() != 3 {
            errs.push(err(format!("expected 3 columns, found {}", f.len())));
            continue;
        }
        let mut regimes = Vec::new();
        let mut ok = true;
        for p in f[2].split('|').map(str::trim).filter(|p| !p.is_empty()) {
            let r = p.split_once("..").and_then(|(a, b)| {
                let start = parse_date(a)?;
                let end = if b.trim().is_empty() {
                    None
                } else {
                    Some(parse_date(b)?)
                };
                Some(Regime { start, end })
            });
            match r {
                Some(r) if r.end.is_none_or(|e| e > r.start) => regimes.push(r),
                _ => {
                    errs.push(err(format!("bad regime {p}")));
                    ok = false;
                }
            }
        }
        if regimes.windows(2).any(|w| w[0].end != Some(w[1].start)) {
            errs.push(err("regimes must be consecutive".into()));
            ok = false;
        }
        if ok && !regimes.is_empty() {
            out.push(State {
                iso2: f[0].trim().to_ascii_uppercase(),
                of: opt(f[1]),
                regimes,
            });
        }
    }
    (out, errs)
}

pub fn parse_generic_names(file: &'static str, src: &str) -> (Vec<GenericName>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errs = Vec::new();
    for (line, f) in lines(src) {
        match (f.len(), f.get(2).and_then(|i| inter_from(i))) {
            (3, Some(inter)) => out.push(GenericName {
                kind: f[0].trim().to_string(),
                template: f[1].trim().to_string(),
                inter,
            }),
            _ => errs.push(DataError {
                file,
                line,
                msg: "expected kind, template, inter".into(),
            }),
        }
    }
    (out, errs)
}

pub fn parse_lexicon(file: &'static str, src: &str) -> (Vec<LexEntry>, Vec<DataError>) {
    let mut out = Vec::new();
    let mut errs = Vec::new();
    for (line, f) in lines(src) {
        let err = |msg: String| DataError { file, line, msg };
        if f.len() != 3 {
            errs.push(err(format!("expected 3 columns, found {}", f.len())));
            continue;
        }
        let class = match f[1].trim() {
            "ethnic" => Class::Ethnic,
            "ethnic_place" => Class::EthnicPlace,
            "hedge" => Class::Hedge,
            "appos" => Class::Appos,
            "or" => Class::Or,
            "joint" => Class::Joint,
            "launcher" => Class::Launcher,
            "backer" => Class::Backer,
            "fighting" => Class::Fighting,
            "filler" => Class::Filler,
            "not_actor" => Class::NotActor,
            "demonym" => Class::Demonym,
            "possessive" => Class::Possessive,
            k => match kind_from_str(k) {
                Some(k) => Class::Head(k),
                None => {
                    errs.push(err(format!("unknown class {k}")));
                    continue;
                }
            },
        };
        if class == Class::Ethnic && opt(f[2]).is_none() {
            errs.push(err("ethnic entry without label".into()));
            continue;
        }
        if class == Class::Demonym
            && !opt(f[2]).is_some_and(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
        {
            errs.push(err("demonym entry without an ISO alpha-2 label".into()));
            continue;
        }
        out.push(LexEntry {
            phrases: list(f[0]),
            class,
            label: opt(f[2]),
        });
    }
    (out, errs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_periods_parse() {
        let n = parse_name("Islamic State (Sahel) [from 2022-03-01 adopted 2022-06-01]").unwrap();
        assert_eq!(n.template, "Islamic State (Sahel)");
        assert_eq!(n.from, NaiveDate::from_ymd_opt(2022, 3, 1).unwrap());
        assert_eq!(n.adopted, NaiveDate::from_ymd_opt(2022, 6, 1));
        assert!(parse_name("No period").is_err());
        assert!(parse_name("Bad [from someday]").is_err());
    }

    #[test]
    fn rules_parse() {
        let r = parse_rule("NE/Diffa>=2015-01-01=@iswap").unwrap();
        assert_eq!(r.country, "NE");
        assert_eq!(r.admin1.as_deref(), Some("diffa"));
        assert_eq!(r.since, NaiveDate::from_ymd_opt(2015, 1, 1));
        assert_eq!(r.target, Target::Entry("iswap".into()));
        let r = parse_rule("ML>=2017-03-01=@jnim+").unwrap();
        assert_eq!(r.target, Target::Member("jnim".into()));
        assert!(parse_rule("Niger=@x").is_err());
    }

    #[test]
    fn aliases_limited_to_countries_parse() {
        let a = parse_alias("RSF [in SD td]").unwrap();
        assert_eq!(a.text, "RSF");
        assert_eq!(a.only_in, vec!["SD".to_string(), "TD".to_string()]);
        let a = parse_alias("Rapid Support Forces").unwrap();
        assert!(a.only_in.is_empty());
        assert!(parse_alias("RSF [in Sudan]").is_err());
        let a = parse_alias("Platform [cased in ML]").unwrap();
        assert!(a.cased);
        assert_eq!(a.only_in, vec!["ML".to_string()]);
        assert!(parse_alias("Platform [cased]").unwrap().only_in.is_empty());
        assert!(!parse_alias("RSF [in SD]").unwrap().cased);
        assert!(parse_alias("Platform [in]").is_err());
        assert!(parse_alias("Platform [casual]").is_err());
        assert!(parse_alias("RSF [SD]").is_err());
        assert!(parse_alias(" [in SD]").is_err());
    }

    #[test]
    fn bad_lines_are_reported_not_fatal() {
        let (states, errs) =
            parse_states("t", "XX\t-\t2000-01-01..1999-01-01\nNE\t-\t2011-04-07..\n");
        assert_eq!(states.len(), 1);
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].line, 1);
    }
}
