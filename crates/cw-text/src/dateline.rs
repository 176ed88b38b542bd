//! The wire dateline that opens a news report: "KHARTOUM, Feb 14 (Reuters) - ...",
//! "NIAMEY, Niger (AP) — ...", "Bamako, 3 mars 2024 (AFP) - ...".
//!
//! A dateline says where the story was filed from and on which day, not where or when the
//! event happened: a correspondent in the capital reports an ambush in the provinces "on
//! Tuesday". The text stage finds it by its shape alone (no lexicon: the agency can be any
//! short parenthesis), so later stages can weigh its place and date for what they are.

use cw_record::{Dateline, Span};

/// Longest place part (words) and longest parenthesis (bytes) a dateline has.
const MAX_PLACE_WORDS: usize = 4;
const MAX_AGENCY_LEN: usize = 40;
const MAX_DATE_LEN: usize = 24;

/// The dateline at the start of `text`, if the text opens with one.
///
/// Shape: a place (upper-case words, "KHARTOUM", "ST. PETERSBURG", "N'DJAMENA"; or capitalised
/// words when an agency parenthesis follows, "Bamako (AFP)"), then optionally ", Region" or
/// ", Country", then optionally a date ("Feb 14", "3 mars 2024"), then optionally "(Agency)",
/// then a dash (-, –, —, --) between spaces. An upper-case place needs no agency; a capitalised
/// one does, or any sentence opening "Officials said - ..." would be a dateline.
pub fn find(text: &str) -> Option<Dateline> {
    let start = text.len()
        - text
            .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
            .len();
    let mut p = Parser { text, pos: start };
    // 1. The place: up to four words, all upper-case or all capitalised.
    let mut words = 0;
    let mut all_caps = true;
    let mut place_end = start;
    while words < MAX_PLACE_WORDS {
        let save = p.pos;
        if words > 0 && !p.eat_spaces() {
            break;
        }
        match p.word() {
            Some(w) if is_capitalised(w) => {
                all_caps &= is_upper(w);
                words += 1;
                place_end = p.pos;
            }
            _ => {
                p.pos = save;
                break;
            }
        }
    }
    if words == 0 {
        return None;
    }
    p.pos = place_end;
    let mut place = Span::new(start, place_end);
    // 2. ", Region" / ", Country": capitalised words after a comma, when what follows still
    // fits a dateline (a date, an agency or the dash).
    let mut date = None;
    let save = p.pos;
    if p.eat(",") {
        p.eat_spaces();
        let seg_start = p.pos;
        let mut n = 0;
        let mut seg_end = p.pos;
        while n < 3 {
            let s = p.pos;
            if n > 0 && !p.eat_spaces() {
                break;
            }
            match p.word() {
                Some(w) if is_capitalised(w) && !w.chars().any(|c| c.is_ascii_digit()) => {
                    n += 1;
                    seg_end = p.pos;
                }
                _ => {
                    p.pos = s;
                    break;
                }
            }
        }
        p.pos = seg_end;
        let next = p.rest().trim_start_matches([' ', '\t', '\u{a0}']);
        if n > 0 && next.starts_with([',', '(', '-', '\u{2013}', '\u{2014}']) {
            place = Span::new(start, seg_end);
        } else {
            p.pos = seg_start;
        }
        if p.pos == seg_start {
            p.pos = save;
        }
    }
    // 3. A date: a short run up to the agency or the dash, holding a digit.
    let save = p.pos;
    p.eat(",");
    p.eat_spaces();
    let ds = p.pos;
    let de = p
        .rest()
        .find(['(', '-', '\u{2013}', '\u{2014}', '\n'])
        .map(|i| ds + i)
        .unwrap_or(ds);
    let seg = text.get(ds..de).unwrap_or("").trim_end();
    if !seg.is_empty()
        && seg.len() <= MAX_DATE_LEN
        && seg.chars().any(|c| c.is_ascii_digit())
        && seg
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '.'))
    {
        date = Some(Span::new(ds, ds + seg.len()));
        p.pos = ds + seg.len();
    } else {
        p.pos = save;
    }
    // 4. The agency: a short parenthesis.
    let spaced = p.eat_spaces();
    let mut agency = false;
    if p.rest().starts_with('(') {
        let close = p.rest().find(')')?;
        let inner = &p.rest()[1..close];
        if inner.is_empty() || close > MAX_AGENCY_LEN || inner.contains(['(', '\n']) {
            return None;
        }
        agency = true;
        p.pos += close + 1;
    }
    if !all_caps && !agency {
        return None;
    }
    // An upper-case place needs at least two letters to be no initial ("A - B").
    if all_caps
        && text[place.start..place.end]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count()
            < 2
    {
        return None;
    }
    // 5. The dash, with a space (or the parenthesis) before it and a space after it.
    let before_ok = p.eat_spaces() || spaced || agency;
    let dash_len = ["--", "-", "\u{2013}", "\u{2014}"]
        .iter()
        .find(|d| p.rest().starts_with(**d))
        .map(|d| d.len())?;
    if !before_ok {
        return None;
    }
    p.pos += dash_len;
    if !p.eat_spaces() {
        return None;
    }
    Some(Dateline {
        span: Span::new(start, p.pos),
        place,
        date,
    })
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or("")
    }
    fn eat(&mut self, s: &str) -> bool {
        let ok = self.rest().starts_with(s);
        if ok {
            self.pos += s.len();
        }
        ok
    }
    /// Spaces (not line breaks: a dateline is one line); whether any were eaten.
    fn eat_spaces(&mut self) -> bool {
        let r = self.rest();
        let n = r.len() - r.trim_start_matches([' ', '\t', '\u{a0}']).len();
        self.pos += n;
        n > 0
    }
    /// A word of letters, with inner dots, apostrophes and hyphens ("ST.", "N'DJAMENA",
    /// "PORT-AU-PRINCE"); a hyphen is part of it only between letters.
    fn word(&mut self) -> Option<&'a str> {
        let r = self.rest();
        let mut end = 0;
        let mut prev_letter = false;
        for (i, c) in r.char_indices() {
            let next_letter = r[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
            let ok = c.is_alphabetic()
                || (prev_letter && c == '.')
                || (prev_letter && next_letter && matches!(c, '\'' | '\u{2019}' | '-'));
            if !ok {
                break;
            }
            prev_letter = c.is_alphabetic();
            end = i + c.len_utf8();
        }
        (end > 0).then(|| {
            self.pos += end;
            &r[..end]
        })
    }
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_upper(w: &str) -> bool {
    w.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Option<(&str, &str, Option<&str>)> {
        let d = find(text)?;
        Some((
            &text[d.span.start..d.span.end],
            &text[d.place.start..d.place.end],
            d.date.map(|s| &text[s.start..s.end]),
        ))
    }

    #[test]
    fn wire_datelines_give_their_place_and_date() {
        assert_eq!(
            parts("KHARTOUM, Feb 14 (Reuters) - Fighters attacked a camp."),
            Some(("KHARTOUM, Feb 14 (Reuters) - ", "KHARTOUM", Some("Feb 14")))
        );
        assert_eq!(
            parts("NIAMEY, Niger (AP) — Suspected jihadists killed seven soldiers."),
            Some(("NIAMEY, Niger (AP) — ", "NIAMEY, Niger", None))
        );
        assert_eq!(
            parts("Bamako, 3 mars 2024 (AFP) - Des hommes armés ont tué cinq civils."),
            Some((
                "Bamako, 3 mars 2024 (AFP) - ",
                "Bamako",
                Some("3 mars 2024")
            ))
        );
        assert_eq!(
            parts("  N'DJAMENA -- Rebels said on Monday they had taken a town."),
            Some(("N'DJAMENA -- ", "N'DJAMENA", None))
        );
        assert_eq!(
            parts("MAIDUGURI, Nigeria, March 3 (Reuters) - Gunmen killed 12."),
            Some((
                "MAIDUGURI, Nigeria, March 3 (Reuters) - ",
                "MAIDUGURI, Nigeria",
                Some("March 3")
            ))
        );
    }

    #[test]
    fn sentences_that_only_look_like_datelines_are_none() {
        // A capitalised opening needs an agency; a dash inside a sentence is no dateline.
        assert_eq!(
            parts("Officials said - without giving details - that 3 died."),
            None
        );
        assert_eq!(parts("On 3 March, gunmen attacked Ayorou."), None);
        assert_eq!(parts("Gunmen killed 12 people in Maiduguri."), None);
        assert_eq!(parts("A - B"), None);
        assert_eq!(parts(""), None);
        assert_eq!(parts("KHARTOUM"), None);
    }

    #[test]
    fn any_bytes_are_safe() {
        for t in [
            "(",
            "A (",
            "AB (x",
            "AB, ",
            "ÉÉ, 3 — ",
            "AB (\u{2014}) —",
            "\u{feff}AB -",
        ] {
            let _ = find(t);
        }
    }
}
