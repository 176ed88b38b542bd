//! The matcher: one Aho-Corasick automaton per language over folded text (named aliases of both
//! languages, units, demonyms, and the language's generic lexicon), whole words, longest match
//! first; then a small combiner that joins modifiers (hedges, demonyms, country places, ethnic
//! groups) to the actor heads they qualify and emits `ActorMention`s.

use crate::data::{Class, Entry, LexEntry, Unit};
use crate::COMMUNITY;
use aho_corasick::{AhoCorasick, MatchKind};
use cw_record::fold::{fold, FoldedText};
use cw_record::{ActorKind, ActorMention, Document, Lang, MentionKind, PlaceKind, Span};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Named {
        key: String,
        kind: ActorKind,
        country: Option<String>,
        parent: Option<String>,
        /// Order inside an "X and/or Y" composite (actors.tsv `rank`): 4 for groups ACLED does
        /// not write in composites.
        rank: u8,
    },
    Unit {
        key: String,
        kind: ActorKind,
    },
    Head {
        kind: ActorKind,
        label: Option<String>,
    },
    Ethnic(String),
    EthnicPlace,
    /// A demonym or possessive country form ("Nigerien", "Mali's"), from the country table.
    Demonym(String),
    /// A Place mention of kind Country from the geo stage.
    Country(String),
    Hedge,
    Appos,
    Or,
    Joint,
    Launcher,
    Backer,
    /// A name that is no actor (lexicon class `not_actor`): it wins the longest match and is
    /// then dropped.
    NotActor,
}

pub(crate) struct Matcher {
    ac: Option<AhoCorasick>,
    toks: Vec<Tok>,
    /// Per pattern: the countries (ISO alpha-2) a report must be about for the pattern to stand
    /// for its actor (actors.tsv `Alias [in CC ...]`); empty = any report.
    only_in: Vec<Vec<String>>,
    /// Per pattern: its initials of one or two capitals ("US", "IS" in "IS-linked", "U.S."),
    /// which the report must write in capitals too (`initials`).
    cased: Vec<Vec<String>>,
    /// Per pattern: written with a final dot ("U.S."), which folding drops: the span takes the
    /// report's dot back, so that the words after it stay in the phrase ("a U.S. drone strike").
    dotted: Vec<bool>,
    fillers: HashSet<String>,
    /// Folded phrases of two sides fighting (checked per sentence, not matched as tokens).
    fighting: Vec<String>,
    /// Folded possessives ("their", "its", "leurs"): an armed head after one is of the group the
    /// sentence names (`own_fighters`).
    possessive: HashSet<String>,
    lang: Lang,
}

impl Matcher {
    pub(crate) fn new(entries: &[Entry], units: &[Unit], lex: &[LexEntry], lang: Lang) -> Matcher {
        let mut pats: Vec<String> = Vec::new();
        let mut toks: Vec<Tok> = Vec::new();
        let mut only_in: Vec<Vec<String>> = Vec::new();
        let mut cased: Vec<Vec<String>> = Vec::new();
        let mut dotted: Vec<bool> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut fillers = HashSet::new();
        let mut fighting = Vec::new();
        let mut possessive = HashSet::new();
        // First writer wins: named actors, then units, then demonyms, then the lexicon.
        let mut add_in = |phrase: &str, tok: Tok, countries: &[String], capitals: bool| {
            let f = fold(phrase);
            // French elides articles before a vowel and folding glues them on ("l'EIGS" ->
            // "leigs", "d'AQMI" -> "daqmi"): match those forms too.
            let elided = lang == Lang::Fr && f.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'h']);
            let forms = if elided {
                vec![format!("l{f}"), format!("d{f}"), f]
            } else {
                vec![f]
            };
            for f in forms {
                if f.is_empty() || seen.contains_key(&f) {
                    continue;
                }
                seen.insert(f.clone(), toks.len());
                pats.push(format!(" {f}"));
                toks.push(tok.clone());
                only_in.push(countries.to_vec());
                cased.push(if capitals {
                    capitalised(phrase)
                } else {
                    initials(phrase)
                });
                dotted.push(phrase.trim_end().ends_with('.'));
            }
        };
        for e in entries {
            // Proper names and abbreviations are the same in both languages' reports.
            for a in e.aliases_en.iter().chain(&e.aliases_fr) {
                add_in(
                    &a.text,
                    Tok::Named {
                        key: e.key.clone(),
                        kind: e.kind,
                        country: e.country.clone(),
                        parent: e.parent.clone(),
                        rank: e.rank,
                    },
                    &a.only_in,
                    a.cased,
                );
            }
        }
        let mut add = |phrase: &str, tok: Tok| add_in(phrase, tok, &[], false);
        for u in units {
            let aliases = if lang == Lang::Fr {
                &u.aliases_fr
            } else {
                &u.aliases_en
            };
            let kind = match u.base {
                crate::data::Base::Military => ActorKind::Military,
                crate::data::Base::Police => ActorKind::Police,
                crate::data::Base::Government => ActorKind::Government,
            };
            for a in aliases {
                add(
                    a,
                    Tok::Unit {
                        key: u.key.clone(),
                        kind,
                    },
                );
            }
        }
        for c in cw_geo::countries::countries() {
            for d in &c.demonyms {
                add(d, Tok::Demonym(c.iso2.clone()));
            }
            // "Niger's army" folds to "nigers army": the possessive works as a demonym.
            add(&format!("{}s", fold(&c.name)), Tok::Demonym(c.iso2.clone()));
        }
        for le in lex {
            for p in &le.phrases {
                let tok = match &le.class {
                    Class::Head(k) => Tok::Head {
                        kind: *k,
                        label: le.label.clone(),
                    },
                    Class::Ethnic => Tok::Ethnic(format!(
                        "{} Ethnic Group",
                        le.label.as_deref().unwrap_or("")
                    )),
                    Class::EthnicPlace => Tok::EthnicPlace,
                    Class::Hedge => Tok::Hedge,
                    Class::Appos => Tok::Appos,
                    Class::Or => Tok::Or,
                    Class::Joint => Tok::Joint,
                    Class::Launcher => Tok::Launcher,
                    Class::Backer => Tok::Backer,
                    Class::NotActor => Tok::NotActor,
                    Class::Demonym => Tok::Demonym(le.label.clone().unwrap_or_default()),
                    Class::Filler => {
                        fillers.extend(fold(p).split(' ').map(str::to_string));
                        continue;
                    }
                    Class::Fighting => {
                        fighting.push(fold(p));
                        continue;
                    }
                    Class::Possessive => {
                        possessive.insert(fold(p));
                        continue;
                    }
                };
                add(p, tok);
            }
        }
        let ac = match AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&pats)
        {
            Ok(ac) => Some(ac),
            Err(e) => {
                tracing::error!(%e, "actor matcher could not be built");
                None
            }
        };
        Matcher {
            ac,
            toks,
            only_in,
            cased,
            dotted,
            fillers,
            fighting,
            possessive,
            lang,
        }
    }

    /// Whole-word matches, longest first among those starting at the same place, non-overlapping
    /// left to right. Spans are original byte offsets.
    ///
    /// `countries` are those of the report's places (ISO alpha-2); with the demonyms and the
    /// home countries of the groups named by unlimited aliases found here, they are what the
    /// report is about. An alias limited to some countries (`Alias [in CC]`)
    /// stands for its actor only when the report is about one of them, or about no country known
    /// (nothing then says the abbreviation is another organisation's, and the named group's
    /// country may be what places the event); otherwise it is no match, and shorter matches
    /// inside it may stand.
    fn scan(&self, text: &str, countries: &[String]) -> Vec<(Span, Tok)> {
        let Some(ac) = &self.ac else { return vec![] };
        let f = FoldedText::new(text);
        let bytes = f.text.as_bytes();
        let mut hits: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(&f.text)
            .filter(|m| bytes.get(m.end()) == Some(&b' '))
            .map(|m| (m.start() + 1, m.end(), m.pattern().as_usize()))
            .collect();
        if self.only_in.iter().any(|c| !c.is_empty()) {
            // The report's places, its demonyms, and the home countries of the groups it names
            // unambiguously ("GATIA and MSA militiamen": GATIA is Malian).
            let mut about: Vec<&str> = countries.iter().map(String::as_str).collect();
            for (_, _, p) in &hits {
                let unlimited = self.only_in.get(*p).is_some_and(Vec::is_empty);
                match self.toks.get(*p) {
                    Some(Tok::Demonym(c)) => about.push(c),
                    Some(Tok::Named {
                        country: Some(c), ..
                    }) if unlimited => about.push(c),
                    _ => {}
                }
            }
            hits.retain(|(_, _, p)| {
                self.only_in.get(*p).is_none_or(|only| {
                    only.is_empty()
                        || about.is_empty()
                        || about
                            .iter()
                            .any(|c| only.iter().any(|o| o.eq_ignore_ascii_case(c)))
                })
            });
        }
        // Initials of one or two letters fold to common words ("US" to "us", "IS" in "IS-linked"
        // to "is linked"): they stand only where the report writes them in capitals.
        hits.retain(|&(s, e, p)| {
            let need = match self.cased.get(p) {
                Some(n) if !n.is_empty() => n,
                _ => return true,
            };
            let (a, b) = f.orig_span(text, s, e);
            let found: Vec<&str> = text
                .get(a..b)
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric())
                .collect();
            // Written with at least the alias's capitals: "FAMa" stands for "FAMa" and "FAMA",
            // not for the village "Fama".
            let caps = |w: &str| w.chars().filter(|c| c.is_uppercase()).count();
            need.iter().all(|w| {
                found
                    .iter()
                    .any(|f| f.to_lowercase() == w.to_lowercase() && caps(f) >= caps(w))
            })
        });
        hits.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut out = Vec::new();
        let mut last_end = 0;
        for (s, e, p) in hits {
            if s < last_end {
                continue;
            }
            last_end = e;
            let (a, mut b) = f.orig_span(text, s, e);
            if self.dotted.get(p) == Some(&true)
                && text.get(b..).is_some_and(|r| r.starts_with('.'))
            {
                b += 1;
            }
            match self.toks.get(p) {
                Some(Tok::NotActor) | None => {}
                Some(t) => out.push((Span::new(a, b), t.clone())),
            }
        }
        out
    }

    /// The words between two tokens are all fillers (or digits): they belong to one phrase.
    fn filler_gap(&self, gap: &str) -> bool {
        if gap.contains(['.', ';', ':', '!', '?']) {
            return false;
        }
        fold(gap)
            .split(' ')
            .filter(|w| !w.is_empty())
            .all(|w| self.fillers.contains(w) || w.bytes().all(|b| b.is_ascii_digit()))
    }
}

/// The words of one or two letters a phrase writes in capitals ("US", "U.S.", "IS-linked",
/// French "l'EI"): initials that fold to common words ("us", "is").
fn initials(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| (1..=2).contains(&w.chars().count()) && w.chars().all(|c| c.is_uppercase()))
        .map(str::to_string)
        .collect()
}

/// The words a phrase writes with a capital ("Platform"): an alias marked `[cased]` in the
/// data stands only where the report writes them so ("the Platform", not "a platform of demands").
fn capitalised(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_string)
        .collect()
}

/// The identity a head's label gives: workers and contractors (the `{contractor}` marker) are
/// ACLED's "Labour Group".
fn labour_of(label: &str) -> String {
    if label == crate::CONTRACTOR {
        crate::LABOUR.to_string()
    } else {
        label.to_string()
    }
}

/// A mention under construction.
struct Out {
    span: Span,
    m: ActorMention,
    /// Index (in `outs`) of the mention this one is an alternative of.
    alt_of: Option<usize>,
}

pub(crate) fn annotate(matcher: &Matcher, doc: &mut Document) {
    let countries: Vec<String> = doc
        .mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Place(p) => Some(p.place.country_code.clone()),
            _ => None,
        })
        .collect();
    let mut toks = matcher.scan(&doc.text, &countries);
    // Country places from the geo stage, where no token of ours covers them.
    for pm in &doc.mentions {
        if let MentionKind::Place(p) = &pm.kind {
            if p.place.kind != PlaceKind::Country {
                continue;
            }
            // A short country form read as a demonym ("Burkina") inside the longer country name
            // the geo stage found ("Burkina Faso"): the place wins.
            toks.retain(|(s, t)| {
                !(matches!(t, Tok::Demonym(_))
                    && s.overlaps(pm.span)
                    && s.end.saturating_sub(s.start) < pm.span.end.saturating_sub(pm.span.start))
            });
            if !toks.iter().any(|(s, _)| s.overlaps(pm.span)) {
                toks.push((
                    pm.span,
                    Tok::Country(p.place.country_code.to_ascii_uppercase()),
                ));
            }
        }
    }
    toks.sort_by_key(|(s, _)| (s.start, s.end));

    let mut outs: Vec<Out> = Vec::new();
    let mut joint_countries: Vec<(Span, String)> = Vec::new();
    let mut bare_ethnic: Vec<(Span, String)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // One phrase: tokens joined by filler gaps, inside one sentence.
        let mut j = i + 1;
        while j < toks.len() {
            let (prev, next) = (toks[j - 1].0, toks[j].0);
            let gap = doc.text.get(prev.end..next.start).unwrap_or(".");
            if doc.sentence_at(prev.start) != doc.sentence_at(next.start)
                || !matcher.filler_gap(gap)
            {
                break;
            }
            j += 1;
        }
        phrase(
            matcher,
            &doc.text,
            &toks[i..j],
            &mut outs,
            &mut joint_countries,
            &mut bare_ethnic,
        );
        i = j;
    }
    // "with neighbouring Burkina Faso" in a sentence that speaks of the military: that country's military.
    for (span, cc) in joint_countries {
        let sent = doc.sentence_at(span.start);
        let military_here = outs.iter().any(|o| {
            doc.sentence_at(o.span.start) == sent
                && matches!(o.m.kind, ActorKind::Military | ActorKind::Police)
        });
        if military_here && !outs.iter().any(|o| o.span.overlaps(span)) {
            outs.push(Out {
                span,
                m: mention(None, ActorKind::Military, Some(cc), false, vec![]),
                alt_of: None,
            });
        }
    }

    own_fighters(matcher, doc, &mut outs);
    // Strike nouns stand for a state's forces only with a country qualifying them.
    drop_unqualified_strikes(&mut outs);
    community_militias(&mut outs);
    communities_fighting(matcher, doc, &mut outs, &bare_ethnic);

    // "Katiba Macina (JNIM": close the parenthesis the span opened.
    for o in outs.iter_mut() {
        let inside = doc.slice(o.span);
        if inside.matches('(').count() > inside.matches(')').count()
            && doc
                .text
                .get(o.span.end..)
                .is_some_and(|r| r.starts_with(')'))
        {
            o.span = Span::new(o.span.start, o.span.end + 1);
        }
    }
    let spans: Vec<Span> = outs.iter().map(|o| o.span).collect();
    let alts: Vec<Option<usize>> = outs.iter().map(|o| o.alt_of).collect();
    for o in outs {
        doc.push(o.span, MentionKind::Actor(o.m));
    }
    doc.sort_mentions();
    // Alternatives point at document indices, known only after sorting.
    let index_of = |span: Span, doc: &Document| {
        doc.mentions
            .iter()
            .position(|m| m.span == span && matches!(m.kind, MentionKind::Actor(_)))
    };
    for (k, alt) in alts.iter().enumerate() {
        let Some(a) = alt else { continue };
        let (Some(me), Some(target)) = (
            index_of(spans[k], doc),
            spans.get(*a).and_then(|s| index_of(*s, doc)),
        ) else {
            continue;
        };
        if let MentionKind::Actor(m) = &mut doc.mentions[me].kind {
            m.alternative_of = Some(target);
        }
    }
}

/// "The Houthis said five of their fighters were killed", "le M23 a reconnu la perte de
/// plusieurs de ses combattants": an armed head with no group of its own, right after a
/// possessive, is of the one named armed group the sentence names before it (the group speaks of
/// its own men). With no such group, or several, it stays generic.
fn own_fighters(m: &Matcher, doc: &Document, outs: &mut [Out]) {
    for i in 0..outs.len() {
        let o = &outs[i];
        // Fighters and militiamen, not attackers: "their attackers" are the others.
        if o.m.entry.is_some()
            || !matches!(o.m.kind, ActorKind::Militants | ActorKind::IdentityMilitia)
        {
            continue;
        }
        let sent = doc.sentence_at(o.span.start);
        let before = doc
            .sentences
            .get(sent)
            .and_then(|s| doc.text.get(s.start..o.span.start))
            .map(fold)
            .unwrap_or_default();
        if !before
            .split(' ')
            .rfind(|w| !w.is_empty())
            .is_some_and(|w| m.possessive.contains(w))
        {
            continue;
        }
        let mut groups = outs[..i].iter().filter(|g| {
            doc.sentence_at(g.span.start) == sent
                && g.m.entry.is_some()
                && non_state_armed(g.m.kind)
        });
        let (Some(g), None) = (groups.next(), groups.next()) else {
            continue;
        };
        let (entry, kind, country) = (g.m.entry.clone(), g.m.kind, g.m.country.clone());
        let o = &mut outs[i];
        o.m.entry = entry;
        o.m.kind = kind;
        o.m.country = country;
        o.m.identities.retain(|l| l != crate::UNIDENTIFIED);
    }
}

/// Strike nouns ([`crate::OF_COUNTRY`]) stand for a state's forces only when a demonym or a
/// country qualifies them; the others are dropped (alternatives pointing past them re-indexed).
fn drop_unqualified_strikes(outs: &mut Vec<Out>) {
    let mut new_index: Vec<Option<usize>> = Vec::with_capacity(outs.len());
    let mut kept = 0;
    for o in outs.iter_mut() {
        let keep = match o.m.identities.iter().position(|l| l == crate::OF_COUNTRY) {
            Some(at) => {
                o.m.identities.remove(at);
                o.m.country.is_some()
            }
            None => true,
        };
        new_index.push(keep.then_some(kept));
        kept += usize::from(keep);
    }
    let mut i = 0;
    outs.retain(|_| {
        i += 1;
        new_index.get(i - 1).is_some_and(Option::is_some)
    });
    for o in outs.iter_mut() {
        o.alt_of = o.alt_of.and_then(|a| new_index.get(a).copied().flatten());
    }
}

/// A self-defence group defends its own community: an unnamed one with no ethnic group of its own
/// becomes the militia of the one ethnic community the report names as civilians ("the Dogon
/// village ... village self-defense responded" -> Dogon militia). With none, or several
/// communities, it stays a communal militia, and keeps the marker so that naming can use its
/// village (`crate::is_community_militia`); the marker is removed from every other mention.
fn community_militias(outs: &mut [Out]) {
    let mut community: Vec<String> = Vec::new();
    for o in outs.iter().filter(|o| o.m.kind == ActorKind::Civilians) {
        for l in &o.m.identities {
            if l.ends_with(" Ethnic Group") && !community.contains(l) {
                community.push(l.clone());
            }
        }
    }
    for o in outs.iter_mut() {
        let Some(at) = o.m.identities.iter().position(|l| l == COMMUNITY) else {
            continue;
        };
        o.m.identities.remove(at);
        let own_ethnic = o.m.identities.iter().any(|l| l.ends_with(" Ethnic Group"));
        if o.m.kind == ActorKind::IdentityMilitia && o.m.entry.is_none() && !own_ethnic {
            if community.len() == 1 {
                o.m.identities.extend(community.iter().cloned());
            } else {
                o.m.identities.push(COMMUNITY.to_string());
            }
        }
    }
}

/// Two or more ethnic communities fighting each other in one sentence ("members of the X and Y
/// communities clashed", "X farmers clashed with Y herders", "fighting between X and Y"): ACLED
/// codes each side as "<Group> Ethnic Militia", not as civilians. Civilians of those groups and
/// bare ethnic names in the sentence become one militia mention per group. With one group only
/// (or no fighting words) nothing changes: the victims of a one-sided attack stay civilians.
fn communities_fighting(m: &Matcher, doc: &Document, outs: &mut Vec<Out>, bare: &[(Span, String)]) {
    let ethnic_of = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .filter(|l| l.ends_with(" Ethnic Group"))
            .cloned()
            .collect()
    };
    for (si, sent) in doc.sentences.iter().enumerate() {
        let Some(text) = doc.text.get(sent.start..sent.end) else {
            continue;
        };
        let folded = format!(" {} ", fold(text));
        if !m
            .fighting
            .iter()
            .any(|f| folded.contains(&format!(" {f} ")))
        {
            continue;
        }
        let here = |s: Span| doc.sentence_at(s.start) == si;
        let mut groups: Vec<String> = Vec::new();
        let mut add = |l: &String| {
            if !groups.contains(l) {
                groups.push(l.clone());
            }
        };
        for o in outs.iter().filter(|o| here(o.span)) {
            if matches!(o.m.kind, ActorKind::Civilians | ActorKind::IdentityMilitia)
                && o.m.entry.is_none()
            {
                ethnic_of(&o.m.identities).iter().for_each(&mut add);
            }
        }
        bare.iter()
            .filter(|(s, _)| here(*s))
            .for_each(|(_, l)| add(l));
        if groups.len() < 2 {
            continue;
        }
        let mut extra: Vec<Out> = Vec::new();
        for o in outs.iter_mut().filter(|o| here(o.span)) {
            if o.m.kind != ActorKind::Civilians || o.m.entry.is_some() {
                continue;
            }
            let eth = ethnic_of(&o.m.identities);
            let Some((first, rest)) = eth.split_first() else {
                continue;
            };
            o.m.kind = ActorKind::IdentityMilitia;
            o.m.identities = vec![first.clone()];
            for l in rest {
                extra.push(Out {
                    span: o.span,
                    m: mention(
                        None,
                        ActorKind::IdentityMilitia,
                        None,
                        o.m.hedged,
                        vec![l.clone()],
                    ),
                    alt_of: None,
                });
            }
        }
        for (s, l) in bare.iter().filter(|(s, _)| here(*s)) {
            extra.push(Out {
                span: *s,
                m: mention(
                    None,
                    ActorKind::IdentityMilitia,
                    None,
                    false,
                    vec![l.clone()],
                ),
                alt_of: None,
            });
        }
        outs.extend(extra);
    }
}

fn mention(
    entry: Option<String>,
    kind: ActorKind,
    country: Option<String>,
    hedged: bool,
    identities: Vec<String>,
) -> ActorMention {
    ActorMention {
        entry,
        kind,
        country,
        hedged,
        identities,
        alternative_of: None,
    }
}

/// Words that make the group named after a generic head its identity ("fighters of X").
const OF_WORDS: [&str; 6] = ["of", "from", "de", "du", "des", "d"];
/// Articles between "of"/"from" and what it names ("gunmen from the Tuareg tribe").
const ARTICLES: [&str; 7] = ["the", "a", "an", "la", "le", "les", "l"];
/// Words that join two actors instead ("militiamen and X").
const AND_WORDS: [&str; 3] = ["and", "et", "or"];

/// The head says the people were civilians ("six civilians described as Koglweogo partisans"):
/// non-combatants whatever group they support (codebook VAC).
fn said_civilian(text: &str, span: Span) -> bool {
    text.get(span.start..span.end)
        .map(fold)
        .is_some_and(|h| h.split(' ').any(|w| w.starts_with("civil")))
}

fn non_state_armed(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::RebelGroup
            | ActorKind::Militants
            | ActorKind::UnidentifiedArmed
            | ActorKind::PoliticalMilitia
            | ActorKind::IdentityMilitia
    )
}

/// Heads that a preceding named group absorbs ("Katiba Macina militants" is one mention).
fn absorbable(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::Militants
            | ActorKind::UnidentifiedArmed
            | ActorKind::IdentityMilitia
            | ActorKind::PoliticalMilitia
    )
}

fn phrase(
    m: &Matcher,
    text: &str,
    toks: &[(Span, Tok)],
    outs: &mut Vec<Out>,
    joint: &mut Vec<(Span, String)>,
    bare: &mut Vec<(Span, String)>,
) {
    let start_len = outs.len();
    let mut hedged = false;
    let mut countries: Vec<(Span, String, bool)> = Vec::new(); // (span, iso2, is_place)
    let mut ethnic: Vec<(Span, String)> = Vec::new();
    let mut or_pending = false;
    let mut after_joint = false;
    let mut after_launcher = false;
    // A generic head followed by a hedge or an apposition word waits for the group it names.
    let mut link_pending = false;
    // The link comes from an apposition word ("described as", "identified as").
    let mut appos_link = false;
    let mut prev_actor = false; // the previous token was an actor head
    let mut prev_end: Option<usize> = None;
    // A community place word just before ("la communauté", "le village"): French puts the
    // ethnic adjective after it ("la communauté mossi").
    let mut last_place: Option<Span> = None;
    for (ti, (span, tok)) in toks.iter().enumerate() {
        let span = *span;
        let place_before = last_place.take();
        // "fighters of the Africa Corps", "combattants de l'EIGS": a generic head completed by
        // the group named after "of" (but not after "and": "Fulani militiamen and Dozo").
        let gap = prev_end
            .and_then(|e| text.get(e..span.start))
            .map(fold)
            .unwrap_or_default();
        let slash = prev_end
            .and_then(|e| text.get(e..span.start))
            .is_some_and(|g| g.trim() == "/");
        prev_end = Some(span.end);
        let gap_words: Vec<&str> = gap.split(' ').filter(|w| !w.is_empty()).collect();
        // "JNIM/ISGS militants": a slash between two groups of the kind ACLED writes in "X and/or
        // Y" composites (uncertain attribution between rival groups: different composite ranks)
        // is "or". Not between a group and its coalition ("JNIM/Katiba Macina") nor between
        // allies acting together ("MSA/GATIA militiamen", groups of no composite rank).
        if slash && prev_actor {
            if let Tok::Named { key, rank, .. } = tok {
                let prev_rank = |e: &str| {
                    toks.iter().find_map(|(_, t)| match t {
                        Tok::Named {
                            key: k, rank: r, ..
                        } if k == e => Some(*r),
                        _ => None,
                    })
                };
                let prev = outs.last().filter(|_| outs.len() > start_len);
                if *rank < 4
                    && prev.is_some_and(|o| {
                        o.m.entry.as_deref().is_some_and(|e| {
                            prev_rank(e).is_some_and(|r| r < 4 && r != *rank)
                                && !is_ancestor(toks, e, key)
                                && !is_ancestor(toks, key, e)
                        })
                    })
                {
                    or_pending = true;
                }
            }
        }
        if prev_actor
            && matches!(tok, Tok::Named { .. })
            && gap_words.iter().any(|w| OF_WORDS.contains(w))
            && !gap_words.iter().any(|w| AND_WORDS.contains(w))
        {
            link_pending = true;
        }
        match tok {
            Tok::Hedge => {
                // French puts the hedge after the noun ("des jihadistes présumés").
                if m.lang == Lang::Fr && prev_actor && outs.len() > start_len {
                    if let Some(o) = outs.last_mut() {
                        o.m.hedged = true;
                    }
                }
                // "militants believed to be JNIM": the group named next is what the head was; not
                // after "and" ("soldiers and suspected ISGS militants" are two sides).
                let after_and = gap_words.iter().any(|w| AND_WORDS.contains(w));
                link_pending = (prev_actor && !after_and) || link_pending;
                hedged = true;
                if link_pending {
                    continue;
                }
            }
            Tok::Appos => {
                appos_link = prev_actor || (appos_link && link_pending);
                link_pending = prev_actor || link_pending;
                continue;
            }
            Tok::Or => or_pending = true,
            Tok::Joint => after_joint = true,
            Tok::Launcher => after_launcher = true,
            // "fighters backed by Turkey": the backer is no side (a militia's foreign sponsor).
            Tok::Backer => after_joint = false,
            // Dropped by `scan`; nothing to emit.
            Tok::NotActor => continue,
            Tok::Ethnic(l) => {
                // French puts the ethnic adjective after the noun ("des miliciens peuls", "des
                // éleveurs dogons"): it qualifies the head just emitted as it would before it.
                let last = outs
                    .len()
                    .checked_sub(1)
                    .filter(|&i| i >= start_len && prev_actor && m.lang == Lang::Fr);
                if let Some(o) = last.map(|i| &mut outs[i]).filter(|o| {
                    o.m.entry.is_none()
                        && !o.m.identities.iter().any(|x| x.ends_with(" Ethnic Group"))
                }) {
                    let militia = matches!(
                        o.m.kind,
                        ActorKind::IdentityMilitia | ActorKind::UnidentifiedArmed
                    );
                    let people = matches!(
                        o.m.kind,
                        ActorKind::Civilians | ActorKind::Protesters | ActorKind::Rioters
                    );
                    if militia || people {
                        if militia {
                            o.m.kind = ActorKind::IdentityMilitia;
                        }
                        o.m.identities.insert(0, l.clone());
                        o.span = o.span.cover(span);
                        continue;
                    }
                }
                // "gunmen from the Tuareg tribe", "hommes armés de la communauté peule": armed
                // men of an ethnic community are its militia (codebook, identity militias).
                let of_gap = gap_words.iter().any(|w| OF_WORDS.contains(w))
                    && gap_words
                        .iter()
                        .all(|w| OF_WORDS.contains(w) || ARTICLES.contains(w));
                let last = outs
                    .len()
                    .checked_sub(1)
                    .filter(|&i| i >= start_len && prev_actor && of_gap);
                if let Some(o) = last.map(|i| &mut outs[i]).filter(|o| {
                    o.m.entry.is_none()
                        && o.m.kind == ActorKind::UnidentifiedArmed
                        && !o.m.identities.iter().any(|x| x.ends_with(" Ethnic Group"))
                }) {
                    o.m.kind = ActorKind::IdentityMilitia;
                    o.m.identities.retain(|x| x != crate::UNIDENTIFIED);
                    o.m.identities.insert(0, l.clone());
                    o.span = o.span.cover(span);
                    continue;
                }
                // "la communauté mossi", "un village peul": civilians of that group.
                if let Some(p) = place_before.filter(|_| m.lang == Lang::Fr && gap_words.is_empty())
                {
                    outs.push(Out {
                        span: p.cover(span),
                        m: mention(None, ActorKind::Civilians, None, hedged, vec![l.clone()]),
                        alt_of: None,
                    });
                    or_pending = false;
                    continue;
                }
                ethnic.push((span, l.clone()))
            }
            // "the Dogon village", "a Tuareg camp", "the Fulani community": civilians of that group.
            Tok::EthnicPlace if !ethnic.is_empty() => {
                let start = ethnic.first().map_or(span.start, |(s, _)| s.start);
                let ids = ethnic.drain(..).map(|(_, l)| l).collect();
                outs.push(Out {
                    span: Span::new(start, span.end),
                    m: mention(None, ActorKind::Civilians, None, hedged, ids),
                    alt_of: None,
                });
                or_pending = false;
            }
            Tok::EthnicPlace => last_place = Some(span),
            Tok::Demonym(cc) | Tok::Country(cc) => {
                let is_place = matches!(tok, Tok::Country(_));
                // French puts the adjective after the noun ("l'armée malienne"); "army of Mali"
                // puts the country after "of": both qualify the actor just emitted.
                let last = outs
                    .len()
                    .checked_sub(1)
                    .filter(|&l| l >= start_len && prev_actor);
                if let Some(l) = last {
                    let o = &mut outs[l];
                    let post_ok = m.lang == Lang::Fr || is_place;
                    // "a Christian Beninese civilian", "a Muslim Nigerien trader": an identity
                    // word used as an adjective before the nationality and the civilian head it
                    // qualifies; the three are one person.
                    let identity_adjective = gap_words.is_empty()
                        && !is_place
                        && o.m.kind == ActorKind::Civilians
                        && !o.m.identities.is_empty()
                        && matches!(
                            toks.get(ti + 1),
                            Some((
                                _,
                                Tok::Head {
                                    kind: ActorKind::Civilians,
                                    ..
                                }
                            ))
                        );
                    if (post_ok || identity_adjective)
                        && o.m.country.is_none()
                        && o.m.entry.is_none()
                    {
                        o.m.country = Some(cc.clone());
                        o.span = o.span.cover(span);
                        prev_actor = true;
                        continue;
                    }
                    // "des frappes américaines et britanniques", "les forces maliennes et
                    // nigériennes": a second post-posed adjective after "et" gives the same head
                    // of that country too, as "French and Malian forces" does in English.
                    let after_and = gap_words.iter().any(|w| AND_WORDS.contains(w));
                    if m.lang == Lang::Fr
                        && !is_place
                        && after_and
                        && o.m.entry.is_none()
                        && o.m.country.as_ref().is_some_and(|c| c != cc)
                    {
                        let mut twin = o.m.clone();
                        twin.country = Some(cc.clone());
                        outs.push(Out {
                            span,
                            m: twin,
                            alt_of: None,
                        });
                        prev_actor = true;
                        continue;
                    }
                }
                countries.push((span, cc.clone(), is_place));
            }
            Tok::Named { .. } | Tok::Unit { .. } | Tok::Head { .. } => {
                // "gunmen identified as X", "militants believed to be X": complete the generic head.
                if let (
                    true,
                    Tok::Named {
                        key, kind, country, ..
                    },
                ) = (link_pending, tok)
                {
                    link_pending = false;
                    // People said to be of an armed group ("two men described as Koglweogo
                    // members", "individuals identified as JNIM fighters") are that group: armed
                    // actors, not civilians (codebook: civilians are unarmed non-combatants).
                    let people_of_group = std::mem::take(&mut appos_link);
                    let last = outs.len().checked_sub(1).filter(|&l| l >= start_len);
                    // A national force of a multinational one ("the Malian contingent of the G5
                    // Sahel Force") stays its country's military; the force comes beside it.
                    let national_of_multinational = |o: &Out| {
                        o.m.kind == ActorKind::Military
                            && o.m.country.is_some()
                            && *kind == ActorKind::External
                    };
                    if let Some(o) = last.map(|l| &mut outs[l]).filter(|o| {
                        o.m.entry.is_none()
                            && !national_of_multinational(o)
                            && (non_state_armed(o.m.kind)
                                || o.m.kind == ActorKind::Military
                                || (people_of_group
                                    && o.m.kind == ActorKind::Civilians
                                    && o.m.identities.is_empty()
                                    && non_state_armed(*kind)
                                    && !said_civilian(text, o.span)))
                    }) {
                        o.span = o.span.cover(span);
                        o.m.entry = Some(key.clone());
                        o.m.kind = *kind;
                        o.m.country = country.clone().or(o.m.country.take());
                        o.m.hedged |= hedged;
                        o.m.identities.clear();
                        prev_actor = true;
                        continue;
                    }
                }
                link_pending = false;
                appos_link = false;
                // Absorb: "Katiba Macina militants", "army soldiers", "Dozo hunters".
                if prev_actor && !or_pending && !gap_words.iter().any(|w| AND_WORDS.contains(w)) {
                    if let Some(l) = outs.len().checked_sub(1).filter(|&l| l >= start_len) {
                        let o = &mut outs[l];
                        let absorb = match tok {
                            Tok::Head { kind, label } => {
                                (o.m.entry.is_some()
                                    && absorbable(*kind)
                                    && !matches!(o.m.kind, ActorKind::Civilians))
                                    || (o.m.kind == *kind && label.is_none())
                            }
                            // "Katiba Macina (JNIM)": the parent comes with the name as associated actor.
                            Tok::Named { key, .. } => {
                                o.m.entry
                                    .as_deref()
                                    .is_some_and(|e| e == key || is_ancestor(toks, e, key))
                            }
                            _ => false,
                        };
                        // "a MINUSMA subcontractor", "a Koglweogo chief": a named group right
                        // before a civilian head only says whom the civilians work for or
                        // belong to; they are civilians (codebook: civilians are unarmed people,
                        // whatever their affiliation).
                        let qualifies_civilians = gap_words.is_empty()
                            && o.m.entry.is_some()
                            && matches!(
                                tok,
                                Tok::Head {
                                    kind: ActorKind::Civilians,
                                    label: Some(l),
                                } if l == crate::CONTRACTOR
                            );
                        if qualifies_civilians {
                            o.span = o.span.cover(span);
                            o.m.entry = None;
                            o.m.kind = ActorKind::Civilians;
                            o.m.country = None;
                            o.m.identities = vec![crate::LABOUR.to_string()];
                            continue;
                        }
                        if absorb {
                            o.span = o.span.cover(span);
                            // The report ties the group to its coalition: marked for naming.
                            if let Tok::Named { key, .. } = tok {
                                if o.m.entry.as_deref() != Some(key.as_str())
                                    && !o.m.identities.iter().any(|l| l == crate::COALITION)
                                {
                                    o.m.identities.push(crate::COALITION.to_string());
                                }
                            }
                            if let Tok::Head { label: Some(l), .. } = tok {
                                let l = labour_of(l);
                                if !o.m.identities.contains(&l) {
                                    o.m.identities.push(l);
                                }
                            }
                            continue;
                        }
                    }
                }
                let (entry, kind, own_country, label) = match tok {
                    Tok::Named {
                        key, kind, country, ..
                    } => (Some(key.clone()), *kind, country.clone(), None),
                    Tok::Unit { key, kind } => (Some(key.clone()), *kind, None, None),
                    Tok::Head { kind, label } => (None, *kind, None, label.clone()),
                    _ => continue,
                };
                let mut kind = kind;
                let mut identities: Vec<String> =
                    label.as_deref().map(labour_of).into_iter().collect();
                let mut ethnic_militia: Vec<(Span, String)> = Vec::new();
                let mut ethnic_start: Option<usize> = None;
                if !ethnic.is_empty() {
                    match kind {
                        ActorKind::IdentityMilitia | ActorKind::UnidentifiedArmed
                            if entry.is_none() =>
                        {
                            kind = ActorKind::IdentityMilitia;
                            ethnic_militia = std::mem::take(&mut ethnic);
                        }
                        ActorKind::Civilians | ActorKind::Protesters | ActorKind::Rioters => {
                            ethnic_start = ethnic.first().map(|(s, _)| s.start);
                            for (_, l) in ethnic.drain(..) {
                                if !identities.contains(&l) {
                                    identities.insert(0, l);
                                }
                            }
                        }
                        // "Fulani and Dozo militiamen", "Dogon and Dan Na Ambassagou militiamen":
                        // the ethnic names before a named militia are militias of their own.
                        ActorKind::IdentityMilitia | ActorKind::PoliticalMilitia => {
                            for (s, l) in ethnic.drain(..) {
                                outs.push(Out {
                                    span: s,
                                    m: mention(
                                        None,
                                        ActorKind::IdentityMilitia,
                                        None,
                                        hedged,
                                        vec![l],
                                    ),
                                    alt_of: None,
                                });
                            }
                        }
                        _ => {}
                    }
                }
                // ACLED's "X and/or Y" is for uncertain attribution between armed groups; "soldiers
                // or gendarmes" are not alternatives of that kind.
                let alt_of = if or_pending && non_state_armed(kind) {
                    outs.len()
                        .checked_sub(1)
                        .filter(|&l| l >= start_len)
                        .filter(|&l| non_state_armed(outs[l].m.kind))
                        .map(|l| outs[l].alt_of.unwrap_or(l))
                } else {
                    None
                };
                // "French fighter jets and combat helicopters": a state head joined by a bare
                // "and" to a state head of the same kind that a country qualifies is of that
                // country too (the demonym qualifies both nouns). Not across an article ("French
                // troops and the army" names the report's own army), nor after "or".
                let own_country = own_country.or_else(|| {
                    let bare_and = gap_words.len() == 1 && matches!(gap_words[0], "and" | "et");
                    let state = matches!(kind, ActorKind::Military | ActorKind::Police);
                    let prev = outs.last().filter(|_| outs.len() > start_len && prev_actor);
                    prev.filter(|o| {
                        bare_and
                            && state
                            && entry.is_none()
                            && countries.is_empty()
                            && o.m.entry.is_none()
                            && o.m.kind == kind
                    })
                    .and_then(|o| o.m.country.clone())
                });
                // Modifiers before the head: one mention per country ("Malian and French soldiers").
                let mut start = span.start;
                let takes_country = own_country.is_none();
                let country_list: Vec<(Span, String, bool)> = if takes_country {
                    std::mem::take(&mut countries)
                } else {
                    vec![]
                };
                if let Some((first, _, _)) = country_list.first() {
                    start = start.min(first.start);
                }
                if let Some((first, _)) = ethnic_militia.first() {
                    start = start.min(first.start);
                }
                if let Some(e) = ethnic_start {
                    start = start.min(e);
                }
                let full = Span::new(start, span.end);
                if ethnic_militia.len() > 1 {
                    // "Dogon and Bambara militiamen": one militia per group.
                    let last = ethnic_militia.len() - 1;
                    for (s, l) in &ethnic_militia[..last] {
                        outs.push(Out {
                            span: *s,
                            m: mention(None, kind, None, hedged, vec![l.clone()]),
                            alt_of: None,
                        });
                    }
                    let l = ethnic_militia[last].1.clone();
                    outs.push(Out {
                        span: Span::new(ethnic_militia[last].0.start, span.end),
                        m: mention(None, kind, None, hedged, vec![l]),
                        alt_of,
                    });
                } else {
                    if let Some((_, l)) = ethnic_militia.first() {
                        identities.insert(0, l.clone());
                    }
                    match country_list.len() {
                        0 => outs.push(Out {
                            span: full,
                            m: mention(entry, kind, own_country, hedged, identities),
                            alt_of,
                        }),
                        n => {
                            for (s, cc, _) in &country_list[..n - 1] {
                                outs.push(Out {
                                    span: *s,
                                    m: mention(
                                        entry.clone(),
                                        kind,
                                        Some(cc.clone()),
                                        hedged,
                                        identities.clone(),
                                    ),
                                    alt_of: None,
                                });
                            }
                            let (s, cc, _) = &country_list[n - 1];
                            outs.push(Out {
                                span: Span::new(s.start, span.end),
                                m: mention(entry, kind, Some(cc.clone()), hedged, identities),
                                alt_of,
                            });
                        }
                    }
                }
                or_pending = false;
                prev_actor = true;
                continue;
            }
        }
        prev_actor = false;
        link_pending = false;
    }
    // Ethnic names left without a head ("fighting between Fulani and Bambara").
    bare.extend(ethnic);
    // A country named as the agent of a launch ("drones launched by Russia", "un missile tiré
    // par l'Iran"): the state's forces fired it (the codebook's state actors for remote violence).
    if after_launcher {
        for (s, cc, is_place) in countries.drain(..) {
            if is_place {
                outs.push(Out {
                    span: s,
                    m: mention(None, ActorKind::Military, Some(cc), false, vec![]),
                    alt_of: None,
                });
            }
        }
    }
    // Countries left without a head: joint-operation partners if the phrase began with "with".
    if after_joint {
        for (s, cc, _) in countries {
            joint.push((s, cc));
        }
    }
}

/// Whether `key` is an ancestor (parent, grandparent) of the entry `of`, judged from the tokens
/// of this phrase (the parent link is on the named tokens).
fn is_ancestor(toks: &[(Span, Tok)], of: &str, key: &str) -> bool {
    let parent_of = |k: &str| {
        toks.iter().find_map(|(_, t)| match t {
            Tok::Named {
                key: tk, parent, ..
            } if tk == k => parent.clone(),
            _ => None,
        })
    };
    let mut cur = parent_of(of);
    let mut hops = 0;
    while let Some(p) = cur {
        if p == key {
            return true;
        }
        hops += 1;
        if hops > 4 {
            break;
        }
        cur = parent_of(&p);
    }
    false
}
