//! Lexicons: the data files under `data/lexicon/<lang>/`, compiled into the binary.
//! One mechanism for every language; a language is a set of files.

use cw_record::fold::fold;
use cw_record::Lang;

/// A lexicon file: `(folded phrase, columns after the phrase)`.
pub type Rows = Vec<(String, Vec<String>)>;

macro_rules! lang_files {
    ($lang:literal) => {
        [
            (
                "numbers",
                include_str!(concat!("../../../data/lexicon/", $lang, "/numbers.tsv")),
            ),
            (
                "quantity",
                include_str!(concat!("../../../data/lexicon/", $lang, "/quantity.tsv")),
            ),
            (
                "dates",
                include_str!(concat!("../../../data/lexicon/", $lang, "/dates.tsv")),
            ),
            (
                "tactic",
                include_str!(concat!("../../../data/lexicon/", $lang, "/tactic.tsv")),
            ),
            (
                "casualty",
                include_str!(concat!("../../../data/lexicon/", $lang, "/casualty.tsv")),
            ),
            (
                "frame",
                include_str!(concat!("../../../data/lexicon/", $lang, "/frame.tsv")),
            ),
            (
                "hedge",
                include_str!(concat!("../../../data/lexicon/", $lang, "/hedge.tsv")),
            ),
            (
                "target",
                include_str!(concat!("../../../data/lexicon/", $lang, "/target.tsv")),
            ),
            (
                "grammar",
                include_str!(concat!("../../../data/lexicon/", $lang, "/grammar.tsv")),
            ),
            (
                "intervention",
                include_str!(concat!(
                    "../../../data/lexicon/",
                    $lang,
                    "/intervention.tsv"
                )),
            ),
        ]
    };
}

const EN: [(&str, &str); 10] = lang_files!("en");
const FR: [(&str, &str); 10] = lang_files!("fr");

/// The names of the cue lexicons (matched as `Cue` mentions); the others are read by the
/// number and date recognisers.
pub const CUE_LEXICONS: [&str; 6] = [
    "tactic",
    "casualty",
    "frame",
    "hedge",
    "target",
    "intervention",
];

/// The lexicon name of entity cues (`data/geo/entities.tsv`, one file for every language).
pub const ENTITY: &str = "entity";

const ENTITIES: &str = include_str!("../../../data/geo/entities.tsv");

/// The national entities (`data/geo/entities.tsv`): `(name as written, folded name, columns
/// after the name)`. The names are proper names, the same in English and French texts.
pub fn entity_rows() -> Vec<(&'static str, String, Vec<String>)> {
    ENTITIES
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let raw = cols.next()?.trim();
            let phrase = fold(raw);
            (!phrase.is_empty())
                .then(|| (raw, phrase, cols.map(|c| c.trim().to_string()).collect()))
        })
        .collect()
}

/// Raw text of a lexicon file.
pub fn raw(lang: Lang, name: &str) -> &'static str {
    let files: &[(&str, &str)] = match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    };
    files
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .unwrap_or("")
}

/// Parse a lexicon: skip comments and blanks; fold the phrase; keep the other columns.
pub fn rows(lang: Lang, name: &str) -> Rows {
    parse(raw(lang, name))
}

pub fn parse(text: &str) -> Rows {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let phrase = fold(cols.next()?);
            if phrase.is_empty() {
                return None;
            }
            Some((phrase, cols.map(|c| c.trim().to_string()).collect()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_row_is_well_formed() {
        for lang in [Lang::En, Lang::Fr] {
            for (name, text) in match lang {
                Lang::En => EN,
                Lang::Fr => FR,
            } {
                for l in text
                    .lines()
                    .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                {
                    assert!(
                        l.split('\t').count() >= 2,
                        "{}/{name}.tsv: no category in {l:?}",
                        lang.code()
                    );
                    // The cue matcher reads "l'accès" as the two words "l accès"; a phrase
                    // written with the apostrophe would fold to "lacces" and never match.
                    let cue_file = !["numbers", "quantity", "dates"].contains(&name);
                    assert!(
                        !cue_file
                            || !l
                                .split('\t')
                                .next()
                                .is_some_and(|p| p.contains(['\'', '’'])),
                        "{}/{name}.tsv: write the apostrophe as a space in {l:?}",
                        lang.code()
                    );
                }
                assert!(
                    !rows(lang, name).is_empty(),
                    "{}/{name}.tsv is empty",
                    lang.code()
                );
            }
        }
    }
}
