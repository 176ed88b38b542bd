//! The country table (`data/geo/countries.tsv`): ISO codes, ACLED's country names and regions,
//! and demonyms.

use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub iso2: String,
    pub iso3: String,
    pub numeric: u16,
    pub name: String,
    pub region: String,
    pub demonyms: Vec<String>,
    /// Other names the country goes by in English or French news ("Birmanie", "RDC"), beside
    /// the gazetteer's own aliases; a name two countries share ("Congo") is listed under both.
    pub names: Vec<String>,
}

/// A `|`-separated column as a list (absent or empty: none).
fn list(col: Option<&&str>) -> Vec<String> {
    col.map(|d| {
        d.split('|')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

const COUNTRIES_TSV: &str = include_str!("../../../data/geo/countries.tsv");

/// All countries, parsed once. Malformed lines are skipped (the table is committed and tested).
pub fn countries() -> &'static [Country] {
    static C: OnceLock<Vec<Country>> = OnceLock::new();
    C.get_or_init(|| {
        COUNTRIES_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                if f.len() < 5 {
                    return None;
                }
                Some(Country {
                    iso2: f[0].to_string(),
                    iso3: f[1].to_string(),
                    numeric: f[2].parse().ok()?,
                    name: f[3].to_string(),
                    region: f[4].to_string(),
                    demonyms: list(f.get(5)),
                    names: list(f.get(6)),
                })
            })
            .collect()
    })
}

const PEOPLES_TSV: &str = include_str!("../../../data/geo/peoples.tsv");

/// A people whose homeland lies in one country (`data/geo/peoples.tsv`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct People {
    /// Compact folded ethnonym.
    pub name: String,
    /// The country's ISO alpha-2.
    pub iso2: String,
    /// The admin1 unit (ACLED's name) most of the people live in, when one holds them.
    pub admin1: Option<String>,
}

/// Peoples whose homeland lies in one country (`data/geo/peoples.tsv`).
pub fn peoples() -> &'static [People] {
    static P: OnceLock<Vec<People>> = OnceLock::new();
    P.get_or_init(|| {
        PEOPLES_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let f: Vec<&str> = l.split('\t').map(str::trim).collect();
                let (name, cc) = (*f.first()?, *f.get(1)?);
                (cc.len() == 2).then(|| People {
                    name: cw_record::fold::fold_compact(name),
                    iso2: cc.to_string(),
                    admin1: f.get(2).filter(|a| !a.is_empty()).map(|a| a.to_string()),
                })
            })
            .collect()
    })
}

/// A country by ISO alpha-2 code.
pub fn country(iso2: &str) -> Option<&'static Country> {
    countries()
        .iter()
        .find(|c| c.iso2.eq_ignore_ascii_case(iso2))
}

/// A country by name (folded comparison).
pub fn country_by_name(name: &str) -> Option<&'static Country> {
    let f = cw_record::fold::fold(name);
    countries()
        .iter()
        .find(|c| cw_record::fold::fold(&c.name) == f)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ACLED's 17 regions.
    const REGIONS: [&str; 17] = [
        "Western Africa",
        "Middle Africa",
        "Northern Africa",
        "Eastern Africa",
        "Southern Africa",
        "South Asia",
        "Southeast Asia",
        "Middle East",
        "Caucasus and Central Asia",
        "Europe",
        "Central America",
        "South America",
        "Caribbean",
        "East Asia",
        "North America",
        "Oceania",
        "Antarctica",
    ];

    #[test]
    fn peoples_name_known_countries() {
        let p = peoples();
        assert!(p
            .iter()
            .any(|x| x.name == "dogon" && x.iso2 == "ML" && x.admin1.as_deref() == Some("Mopti")));
        assert!(p.iter().any(|x| x.name == "gourmantche" && x.iso2 == "BF"));
        for x in p {
            assert!(!x.name.is_empty() && country(&x.iso2).is_some(), "{x:?}");
        }
    }

    #[test]
    fn every_country_has_an_acled_region_and_unique_codes() {
        let all = countries();
        assert!(all.len() > 240, "{} countries", all.len());
        let mut codes = std::collections::HashSet::new();
        for c in all {
            assert!(
                REGIONS.contains(&c.region.as_str()),
                "{}: {}",
                c.iso2,
                c.region
            );
            assert!(c.iso2.len() == 2 && c.iso3.len() == 3, "{c:?}");
            assert!(codes.insert(c.iso2.clone()), "duplicate {}", c.iso2);
            assert!(c.name.is_ascii(), "{}", c.name);
        }
        for r in REGIONS {
            assert!(all.iter().any(|c| c.region == r), "no country in {r}");
        }
        assert_eq!(
            country("CD").map(|c| c.name.as_str()),
            Some("Democratic Republic of Congo")
        );
        assert_eq!(country_by_name("Mali").map(|c| c.iso2.as_str()), Some("ML"));
    }

    #[test]
    fn table_parses_and_has_the_sahel() {
        let ne = country("NE").unwrap();
        assert_eq!(
            (ne.numeric, ne.name.as_str(), ne.region.as_str()),
            (562, "Niger", "Western Africa")
        );
        assert!(ne.demonyms.iter().any(|d| d == "Nigerien"));
        assert_eq!(country_by_name("burkina faso").unwrap().iso2, "BF");
        for l in COUNTRIES_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            assert!(l.split('\t').count() >= 5, "malformed line: {l}");
        }
    }
}
