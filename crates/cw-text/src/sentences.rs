//! Sentence splitting: rule-based, on the original text, keeping byte spans.
//! A sentence ends at `.`, `!`, `?` (plus closing quotes/brackets) before white space and an
//! upper-case letter, digit or quote, unless the word before is an abbreviation or an initial;
//! a line break always ends a sentence and starts a paragraph.

use cw_record::Span;

/// Abbreviations that do not end a sentence (folded, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "cmdr", "st", "no",
    "nos", "approx", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u", "s", "e", "g",
    "i", "pres", "gov", "sen", "rep", "mt", "ft", "prof", "cie", "m", "mme", "mgr", "cf",
];

/// Sentence spans and the paragraph index of each.
pub fn split(text: &str) -> (Vec<Span>, Vec<usize>) {
    let mut spans = Vec::new();
    let mut paras = Vec::new();
    let mut para = 0usize;
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0usize;
    let push = |spans: &mut Vec<Span>, paras: &mut Vec<usize>, s: usize, e: usize, para: usize| {
        let seg = &text[s..e];
        let trimmed_end = s + seg.trim_end().len();
        if trimmed_end > s {
            spans.push(Span::new(s, trimmed_end));
            paras.push(para);
        }
    };
    while i < bytes.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        let clen = c.len_utf8();
        if c == '\n' || c == '\r' {
            if let Some(s) = start.take() {
                push(&mut spans, &mut paras, s, i, para);
            }
            if paras.last() == Some(&para) {
                para += 1;
            }
            i += clen;
            continue;
        }
        if start.is_none() {
            if !c.is_whitespace() {
                start = Some(i);
            }
            i += clen;
            continue;
        }
        if matches!(c, '.' | '!' | '?') {
            // Include closing quotes and brackets.
            let mut end = i + clen;
            while let Some(q) = text[end..].chars().next() {
                if matches!(q, '"' | '\'' | '’' | '”' | ')' | ']' | '»') {
                    end += q.len_utf8();
                } else {
                    break;
                }
            }
            let rest = &text[end..];
            let after_ws = rest.trim_start_matches([' ', '\t', '\u{a0}']);
            let has_ws = after_ws.len() < rest.len();
            let next = after_ws.chars().next();
            let starts_new = next.is_none_or(|n| {
                n.is_uppercase()
                    || n.is_ascii_digit()
                    || matches!(n, '"' | '“' | '«' | '[' | '(' | '\n' | '\r')
            });
            if c == '.' && is_abbreviation(&text[start.unwrap_or(0)..i]) {
                i += clen;
                continue;
            }
            if (has_ws || next.is_none() || next == Some('\n')) && starts_new {
                if let Some(s) = start.take() {
                    push(&mut spans, &mut paras, s, end, para);
                }
                i = end;
                continue;
            }
        }
        i += clen;
    }
    if let Some(s) = start {
        push(&mut spans, &mut paras, s, text.len(), para);
    }
    (spans, paras)
}

/// Does the sentence-so-far end with an abbreviation or a single-letter initial?
fn is_abbreviation(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        return false;
    }
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        split(s)
            .0
            .into_iter()
            .map(|sp| &s[sp.start..sp.end])
            .collect()
    }

    #[test]
    fn splits_sentences_and_paragraphs() {
        let s = "Gunmen attacked Ouallam on Monday. Two soldiers died.\nThe army said Lt. Col. Issa led the response. It was 5.5 km away!";
        assert_eq!(
            texts(s),
            [
                "Gunmen attacked Ouallam on Monday.",
                "Two soldiers died.",
                "The army said Lt. Col. Issa led the response.",
                "It was 5.5 km away!"
            ]
        );
        assert_eq!(split(s).1, [0, 0, 1, 1]);
    }

    #[test]
    fn keeps_initials_and_quotes() {
        let s = "U.S. forces withdrew. \"They left,\" he said. [size=no report]";
        assert_eq!(
            texts(s),
            [
                "U.S. forces withdrew.",
                "\"They left,\" he said.",
                "[size=no report]"
            ]
        );
    }

    #[test]
    fn empty_and_odd_input() {
        assert!(split("").0.is_empty());
        assert!(split("  \n\n ").0.is_empty());
        assert_eq!(texts("no period at end"), ["no period at end"]);
        let _ = split("é.É.\u{0}.?!");
    }
}
