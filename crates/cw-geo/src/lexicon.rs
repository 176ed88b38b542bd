//! Cue words and the stop-list, from `data/geo/cues-*.tsv` and `data/geo/stoplist.tsv`.

use cw_record::fold::fold;
use cw_record::PlaceCue;
use std::collections::HashSet;

const CUES_EN: &str = include_str!("../../../data/geo/cues-en.tsv");
const CUES_FR: &str = include_str!("../../../data/geo/cues-fr.tsv");
const STOPLIST: &str = include_str!("../../../data/geo/stoplist.tsv");
const COMMON_WORDS: &str = include_str!("../../../data/geo/common-words.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    Cue(PlaceCue),
    Skip,
}

#[derive(Debug, Default)]
pub struct Lexicon {
    /// Phrases before a name, as folded word lists, longest first.
    pub before: Vec<(Vec<String>, CueKind)>,
    /// Phrases after a name, longest first.
    pub after: Vec<(Vec<String>, CueKind)>,
    /// Names that never fire as populated places.
    pub stop_words: HashSet<String>,
    /// Common English/French words that are also foreign place names ("union", "university"):
    /// such a name fires only in a report about its own country (`data/geo/common-words.tsv`).
    pub common_words: HashSet<String>,
    /// Words that, right before a name, make it part of a person's or group's name.
    pub blockers: Vec<Vec<String>>,
    /// "coded as", "coded to": the notes name the place the event is coded to.
    pub coded: Vec<Vec<String>>,
    /// "the mayor of", "the village chief of": a place after a person's title is the person's
    /// (their office or home), the event's place only when its sentence names no other.
    pub title: Vec<Vec<String>>,
    /// "the X market in Y", "le marché de X à Y": a facility named after a neighbourhood or
    /// village, in the town named next. `before`: the facility noun before the name, which
    /// counts only when "in" / "à" follows it; `after`: the noun and "in" after the name. Such
    /// a name yields like a title's place.
    pub facility_before: Vec<Vec<String>>,
    pub facility_after: Vec<Vec<String>>,
    /// "near", "not far from": the words that place one named place by another ("X near Y"),
    /// unlike a distance or a bearing ("50 km east of Y", "between A and B").
    pub anchor: Vec<Vec<String>>,
    /// Road words: before a hyphenated pair ("axis Gao-Anefis") or after it ("the Gao-Gossi
    /// road"), they make it two places joined, not one name.
    pub road_before: HashSet<String>,
    pub road_after: HashSet<String>,
    /// Compass words that name admin units in many countries ("eastern", "centre-nord"),
    /// compact folded.
    pub compass: HashSet<String>,
    /// Admin units named like a wider region of several countries ("Sahel"), compact folded:
    /// the unit only with its admin word or in the notes form.
    pub wide: HashSet<String>,
    /// Words that name an admin unit only with its admin word ("first" for Mali's "First
    /// Region", Kayes), compact folded: alone they are common words ("Second Lieutenant").
    pub unit_only: HashSet<String>,
    /// Words that may stand between a place and the admin unit or country stated right after
    /// it ("Kani township in Sagaing region", "Sake in eastern Congo"), folded.
    pub beside: HashSet<String>,
}

/// Words that may stand between a title and its place ("the chief of the village of X", "le
/// maire de la commune de X").
const TITLE_FILLERS: [&str; 12] = [
    "the", "village", "town", "commune", "of", "la", "le", "du", "de", "d", "ville", "l",
];

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

impl Lexicon {
    pub fn embedded() -> Lexicon {
        let mut lx = Lexicon::default();
        for text in [CUES_EN, CUES_FR] {
            for r in rows(text) {
                let [cue, side, phrase, ..] = r[..] else {
                    continue;
                };
                let kind = match cue {
                    "near" => CueKind::Cue(PlaceCue::Near),
                    "region" => CueKind::Cue(PlaceCue::Region),
                    "elsewhere" => CueKind::Cue(PlaceCue::Elsewhere),
                    "at" => CueKind::Cue(PlaceCue::At),
                    "skip" => CueKind::Skip,
                    "coded" => {
                        lx.coded.push(words(phrase));
                        continue;
                    }
                    "beside" => {
                        lx.beside.extend(words(phrase));
                        continue;
                    }
                    "title" => {
                        lx.title.push(words(phrase));
                        continue;
                    }
                    "facility" => {
                        match side {
                            "before" => lx.facility_before.push(words(phrase)),
                            _ => lx.facility_after.push(words(phrase)),
                        }
                        continue;
                    }
                    "anchor" => {
                        lx.anchor.push(words(phrase));
                        continue;
                    }
                    "road" => {
                        let set = match side {
                            "before" => &mut lx.road_before,
                            _ => &mut lx.road_after,
                        };
                        set.insert(words(phrase).concat());
                        continue;
                    }
                    _ => continue,
                };
                let w = words(phrase);
                if w.is_empty() {
                    continue;
                }
                match side {
                    "before" => lx.before.push((w, kind)),
                    "after" => lx.after.push((w, kind)),
                    _ => {}
                }
            }
        }
        lx.common_words = COMMON_WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.trim().to_string())
            .collect();
        lx.before.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        lx.after.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        for r in rows(STOPLIST) {
            let [kind, entry, ..] = r[..] else { continue };
            match kind {
                "word" => {
                    lx.stop_words.insert(words(entry).concat());
                }
                "before" => lx.blockers.push(words(entry)),
                "compass" => {
                    lx.compass.insert(words(entry).concat());
                }
                "wide" => {
                    lx.wide.insert(words(entry).concat());
                }
                "unitword" => {
                    lx.unit_only.insert(words(entry).concat());
                }
                _ => {}
            }
        }
        lx
    }

    /// The cue given by the words before a name (`prev`, in text order, nearest last),
    /// skipping fillers such as "the village of". Returns the cue (if any) and the number of words used.
    pub fn cue_before(&self, prev: &[&str]) -> (Option<PlaceCue>, usize) {
        // A distance written without a space ("10km from", "15kms north of") is read as the
        // unit alone, the way "10 km from" is.
        let norm: Vec<&str> = prev.iter().map(|w| distance_unit(w).unwrap_or(w)).collect();
        let prev = &norm[..];
        let ends_with = |ws: &[&str], p: &[String]| {
            ws.len() >= p.len() && ws[ws.len() - p.len()..].iter().zip(p).all(|(a, b)| a == b)
        };
        let mut rest = prev;
        let mut used = 0;
        // A filler ("the village of") may sit between the cue and the name.
        if let Some((p, _)) = self
            .before
            .iter()
            .find(|(p, k)| *k == CueKind::Skip && ends_with(rest, p))
        {
            rest = &rest[..rest.len() - p.len()];
            used += p.len();
        }
        for (p, k) in &self.before {
            if let CueKind::Cue(c) = k {
                if ends_with(rest, p) {
                    return (Some(*c), used + p.len());
                }
            }
        }
        (None, used)
    }

    /// The cue given by the words right after a name.
    pub fn cue_after(&self, next: &[&str]) -> Option<PlaceCue> {
        self.after.iter().find_map(|(p, k)| match k {
            CueKind::Cue(c) if next.len() >= p.len() && next.iter().zip(p).all(|(a, b)| a == b) => {
                Some(*c)
            }
            _ => None,
        })
    }

    /// Whether `prev` (nearest word last) ends with an anchor phrase ("near", "not far from").
    pub fn anchor_before(&self, prev: &[&str]) -> bool {
        ends_with_any(prev, &self.anchor)
    }

    /// Whether the words before a name say the event is coded to it ("coded as X").
    pub fn coded_before(&self, prev: &[&str]) -> bool {
        ends_with_any(prev, &self.coded)
    }

    /// Whether the words before a name end with a facility noun ("market of", "marché de").
    pub fn facility_before(&self, prev: &[&str]) -> bool {
        ends_with_any(prev, &self.facility_before)
    }

    /// Whether the words after a name start with a facility noun and "in" ("market in").
    pub fn facility_after(&self, next: &[&str]) -> bool {
        self.facility_after
            .iter()
            .any(|t| next.len() >= t.len() && next.iter().zip(t).all(|(a, b)| a == b))
    }

    /// Whether the words before a name end with a person's title ("the mayor of", "chef du
    /// village de"), with a filler between ("the chief of the village of X").
    pub fn title_before(&self, prev: &[&str]) -> bool {
        let mut end = prev.len();
        loop {
            let head = &prev[..end];
            if ends_with_any(head, &self.title) {
                return true;
            }
            match head.last() {
                Some(w) if TITLE_FILLERS.contains(w) && end > 1 => end -= 1,
                _ => return false,
            }
        }
    }

    /// Whether the words before a name make it part of a person's or group's name.
    pub fn blocked_by(&self, prev: &[&str]) -> bool {
        ends_with_any(prev, &self.blockers)
    }
}

/// Whether `words` (nearest word last) end with one of `phrases`.
fn ends_with_any(words: &[&str], phrases: &[Vec<String>]) -> bool {
    phrases.iter().any(|p| {
        words.len() >= p.len()
            && words[words.len() - p.len()..]
                .iter()
                .zip(p)
                .all(|(a, b)| a == b)
    })
}

/// The unit of a number glued to it ("10km" → "km", "3kilometres" → "kilometres").
fn distance_unit(w: &str) -> Option<&str> {
    let unit = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    (unit.len() < w.len()
        && w.starts_with(|c: char| c.is_ascii_digit())
        && matches!(
            unit,
            "km" | "kms" | "kilometres" | "kilometers" | "miles" | "mi"
        ))
    .then_some(unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_from_the_data_files() {
        let lx = Lexicon::embedded();
        assert_eq!(lx.cue_before(&["attack", "near"]).0, Some(PlaceCue::Near));
        assert_eq!(
            lx.cue_before(&["near", "the", "village", "of"]).0,
            Some(PlaceCue::Near)
        );
        assert_eq!(lx.cue_before(&["10", "km", "from"]).0, Some(PlaceCue::Near));
        assert_eq!(lx.cue_before(&["10km", "from"]).0, Some(PlaceCue::Near));
        assert_eq!(
            lx.cue_before(&["about", "25kms", "from"]).0,
            Some(PlaceCue::Near)
        );
        assert_eq!(
            lx.cue_before(&["km10", "from"]).0,
            Some(PlaceCue::Elsewhere)
        );
        assert_eq!(
            lx.cue_before(&["coming", "from"]).0,
            Some(PlaceCue::Elsewhere)
        );
        assert_eq!(
            lx.cue_before(&["attaque", "pres", "de"]).0,
            Some(PlaceCue::Near)
        );
        assert_eq!(lx.cue_before(&["killed", "in"]).0, Some(PlaceCue::At));
        assert_eq!(lx.cue_before(&["killed", "nobody"]).0, None);
        assert!(lx.coded_before(&["village", "coded", "as"]));
        assert_eq!(lx.cue_after(&["region", "of"]), Some(PlaceCue::Region));
        assert!(lx.stop_words.contains("monday"));
        assert!(lx.blocked_by(&["suspected", "katiba"]));
    }
}
