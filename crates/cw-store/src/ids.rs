//! ACLED-style event ids: a country prefix (ACLED's own acronyms for some countries, else
//! ISO 3166-1 alpha-3; table in `data/store/acled-id-prefixes.tsv`) plus a per-prefix counter
//! kept by the store. An id is assigned once and never changes.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../../data/store/acled-id-prefixes.tsv");

/// Prefix used when neither the ISO code nor the country name is known.
pub const UNKNOWN_PREFIX: &str = "XXX";

struct Prefixes {
    by_numeric: HashMap<u16, String>,
    by_name: HashMap<String, String>,
}

fn prefixes() -> &'static Prefixes {
    static P: OnceLock<Prefixes> = OnceLock::new();
    P.get_or_init(|| {
        let mut by_numeric = HashMap::new();
        let mut by_name = HashMap::new();
        for line in TABLE.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if let [numeric, _alpha3, prefix, name, ..] = cols.as_slice() {
                if let Ok(n) = numeric.trim().parse::<u16>() {
                    by_numeric.insert(n, prefix.trim().to_string());
                }
                by_name.insert(cw_record::fold::fold(name), prefix.trim().to_string());
            }
        }
        Prefixes {
            by_numeric,
            by_name,
        }
    })
}

/// The id prefix for an event's country: by ISO numeric code, else by country name.
pub fn prefix_for(iso: u16, country: &str) -> String {
    let p = prefixes();
    if let Some(x) = p.by_numeric.get(&iso) {
        return x.clone();
    }
    p.by_name
        .get(&cw_record::fold::fold(country))
        .cloned()
        .unwrap_or_else(|| UNKNOWN_PREFIX.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acled_acronyms_then_iso_alpha3() {
        assert_eq!(prefix_for(562, "Niger"), "NIR");
        assert_eq!(prefix_for(466, "Mali"), "MLI");
        assert_eq!(prefix_for(854, "Burkina Faso"), "BFO");
        assert_eq!(prefix_for(566, "Nigeria"), "NIG");
        assert_eq!(prefix_for(148, "Chad"), "TCD");
        // No ISO code: the name decides.
        assert_eq!(prefix_for(0, "Niger"), "NIR");
        assert_eq!(prefix_for(0, "Atlantis"), UNKNOWN_PREFIX);
    }
}
