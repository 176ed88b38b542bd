//! Folding: the one rule by which names are compared everywhere (gazetteer, actor
//! dictionary, lexicons, evaluation): lower case, accents removed, punctuation to spaces,
//! white space collapsed. [`FoldedText`] keeps a map back to byte offsets of the original,
//! so a match in folded text becomes an evidence span in the report.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Fold one character into zero or more folded characters, pushing them to `out`.
/// Letters and digits are lowered and stripped of accents; apostrophes vanish
/// ("N'Tillit" → "ntillit", "Niger’s" → "nigers"); hyphens and other punctuation become a space.
fn fold_char(c: char, out: &mut String) {
    // ASCII (most text) without the Unicode tables; the same result as the general rule
    // (a test checks every ASCII character).
    match c {
        'a'..='z' | '0'..='9' => out.push(c),
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        '\'' | '`' => {}
        c if c.is_ascii() => out.push(' '),
        c => fold_char_unicode(c, out),
    }
}

fn fold_char_unicode(c: char, out: &mut String) {
    match c {
        '\'' | '’' | '‘' | 'ʼ' | '`' | '´' => {}
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        'ı' => out.push('i'),
        c if c.is_alphanumeric() => {
            let mut any = false;
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    for l in d.to_lowercase() {
                        out.push(l);
                    }
                    any = true;
                }
            });
            if !any {
                out.extend(c.to_lowercase());
            }
        }
        _ => out.push(' '),
    }
}

/// Fold a string for comparison: "Tillabéri" → "tillaberi", "Bani-Bangou" → "bani bangou".
pub fn fold(s: &str) -> String {
    let mut raw = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut raw);
    }
    let mut out = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Fold and also remove all spaces: "Bani Bangou" and "Banibangou" both give "banibangou".
pub fn fold_compact(s: &str) -> String {
    fold(s).replace(' ', "")
}

/// A folded view of a text with a byte map back to the original.
///
/// White space is not collapsed here (every original space stays one space), so that
/// folded offsets stay monotone; matchers should pad patterns with single spaces and
/// treat runs of spaces in text as one via [`FoldedText::squeezed`] where needed.
#[derive(Debug, Clone)]
pub struct FoldedText {
    /// The folded text: lower case, no accents, punctuation as spaces, runs of white space as one space,
    /// with one leading and one trailing space so that word-boundary matching can use " word ".
    pub text: String,
    /// `map[i]` is the byte offset in the original of the character that produced folded byte `i`;
    /// `map[text.len()]` is the original's length.
    map: Vec<usize>,
}

impl FoldedText {
    pub fn new(original: &str) -> FoldedText {
        let mut text = String::with_capacity(original.len() + 2);
        let mut map = Vec::with_capacity(original.len() + 2);
        text.push(' ');
        map.push(0);
        let mut buf = String::new();
        for (off, c) in original.char_indices() {
            buf.clear();
            fold_char(c, &mut buf);
            for b in buf.chars() {
                if b == ' ' {
                    if text.ends_with(' ') {
                        continue;
                    }
                    text.push(' ');
                    map.push(off);
                } else {
                    let before = text.len();
                    text.push(b);
                    for _ in before..text.len() {
                        map.push(off);
                    }
                }
            }
        }
        if !text.ends_with(' ') {
            text.push(' ');
            map.push(original.len());
        }
        map.push(original.len());
        FoldedText { text, map }
    }

    /// Original byte offset for a folded byte offset (clamped).
    pub fn orig(&self, folded: usize) -> usize {
        self.map[folded.min(self.map.len() - 1)]
    }

    /// The original span `[start, end)` covered by folded bytes `[start, end)`:
    /// from the first character's start to the end of the last character.
    pub fn orig_span(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        let s = self.orig(start);
        if end <= start {
            return (s, s);
        }
        let last = self.orig(end - 1);
        let e = original[last..]
            .chars()
            .next()
            .map(|c| last + c.len_utf8())
            .unwrap_or(original.len());
        (s.min(e), e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_shortcut_folds_as_the_general_rule() {
        for c in (0u8..128).map(char::from) {
            let (mut fast, mut general) = (String::new(), String::new());
            fold_char(c, &mut fast);
            fold_char_unicode(c, &mut general);
            assert_eq!(fast, general, "{c:?}");
        }
    }

    #[test]
    fn folds_accents_case_punctuation() {
        assert_eq!(fold("Tillabéri"), "tillaberi");
        assert_eq!(fold("  I-n-Atès "), "i n ates");
        assert_eq!(fold("N'Tillit"), "ntillit");
        assert_eq!(fold("Niger’s ARMY"), "nigers army");
        assert_eq!(fold_compact("Bani Bangou"), fold_compact("Banibangou"));
    }

    #[test]
    fn folded_text_maps_back_to_original_bytes() {
        let s = "Attaque à Tillabéri, près d’Ayorou.";
        let f = FoldedText::new(s);
        let i = f.text.find("tillaberi").unwrap();
        let (a, b) = f.orig_span(s, i, i + "tillaberi".len());
        assert_eq!(&s[a..b], "Tillabéri");
        let j = f.text.find("dayorou").unwrap();
        let (a, b) = f.orig_span(s, j, j + "dayorou".len());
        assert_eq!(&s[a..b], "d’Ayorou");
    }

    #[test]
    fn survives_odd_input() {
        let s = "\u{0}\u{301}é\u{10FFFF}  ﬁ";
        let f = FoldedText::new(s);
        assert!(f.text.starts_with(' ') && f.text.ends_with(' '));
        let _ = f.orig_span(s, 0, f.text.len());
    }
}
