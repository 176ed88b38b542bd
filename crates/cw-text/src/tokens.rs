//! Tokens: runs of letters/digits in the original text, each with its folded form.
//! Numbers keep their grouping separators ("5,000" is one token). Every later step of the
//! text stage works on tokens, so offsets always point into the original report.

use cw_record::fold::fold;
use cw_record::Span;

#[derive(Debug, Clone)]
pub struct Token {
    pub span: Span,
    /// Folded form ("Tillabéri" → "tillaberi").
    pub folded: String,
    /// Starts with an upper-case letter in the original.
    pub capitalised: bool,
    pub is_digit: bool,
}

/// Split a text into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let digit_start = c.is_ascii_digit();
        while let Some(&(i, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = i + d.len_utf8();
                chars.next();
            } else if digit_start && (d == ',' || d == '.') {
                // "5,000" / "2.5": keep when a digit follows.
                let next = text[i + 1..].chars().next();
                if next.is_some_and(|n| n.is_ascii_digit()) {
                    end = i + 1;
                    chars.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let raw = &text[start..end];
        let folded = fold(raw).replace(' ', "");
        out.push(Token {
            span: Span::new(start, end),
            capitalised: c.is_uppercase(),
            is_digit: raw
                .chars()
                .all(|x| x.is_ascii_digit() || x == ',' || x == '.'),
            folded,
        });
    }
    out
}

/// The folded tokens joined by single spaces, with the byte offset where each token starts
/// in that joined string; used for phrase matching on token boundaries.
pub struct Joined {
    pub text: String,
    pub starts: Vec<usize>,
}

impl Joined {
    pub fn new(tokens: &[Token]) -> Joined {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(tokens.len());
        for t in tokens {
            if !text.is_empty() {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(&t.folded);
        }
        Joined { text, starts }
    }

    /// Token index starting exactly at joined offset `pos`.
    pub fn token_starting_at(&self, pos: usize) -> Option<usize> {
        self.starts.binary_search(&pos).ok()
    }

    /// Token index ending exactly at joined offset `pos` (the token whose folded text ends there).
    pub fn token_ending_at(&self, pos: usize, tokens: &[Token]) -> Option<usize> {
        let i = match self.starts.binary_search(&pos) {
            Ok(i) => i.checked_sub(1)?,
            Err(i) => i.checked_sub(1)?,
        };
        (self.starts[i] + tokens[i].folded.len() == pos).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_numbers_and_map_to_original() {
        let s = "A force of 5,000 personnel; Tillabéri’s 2.5 km.";
        let t = tokenize(s);
        let words: Vec<&str> = t.iter().map(|t| &s[t.span.start..t.span.end]).collect();
        assert_eq!(
            words,
            [
                "A",
                "force",
                "of",
                "5,000",
                "personnel",
                "Tillabéri",
                "s",
                "2.5",
                "km"
            ]
        );
        assert_eq!(t[5].folded, "tillaberi");
        assert!(t[3].is_digit && t[5].capitalised && !t[1].capitalised);
    }
}
