//! Mention recall of ACLED actor names on a gold file (JSON lines as in ../shared/eval/acled-dev).
//!
//!     cargo run --release -p cw-actors --example actors_eval -- PATH/dev.jsonl [--misses N] [--show CLASS|NAME-PREFIX] [--limit N]
//!
//! For every record: run the text stage and the actor stage on the note, name every actor mention
//! (and every "or" pair as a composite) in the gold event's date, country and admin1, as of the
//! record's publication date; then count how many gold actors (`gold.actors`) are among the names
//! produced. Strict compares the names exactly; loose removes regime years ("(2013-2020)").
//! This measures the actor stage alone: the coder's role assignment is not involved. Nothing
//! from the gold file is written anywhere; it is read at run time from the path given.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use cw_actors::{ActorDictionary, NameContext};
use cw_record::{MentionKind, NamedActor, Report};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::BufRead;

#[derive(Default)]
struct Tally {
    gold: usize,
    strict: usize,
    loose: usize,
    records: usize,
    all_strict: usize,
    all_loose: usize,
}

impl Tally {
    fn line(&self, label: &str) -> String {
        let pct = |a: usize, b: usize| {
            if b == 0 {
                0.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        format!(
            "{label:<28} records {:>5}  gold actors {:>5}  recall strict {:>5.1}%  loose {:>5.1}%  all-actors strict {:>5.1}%  loose {:>5.1}%",
            self.records,
            self.gold,
            pct(self.strict, self.gold),
            pct(self.loose, self.gold),
            pct(self.all_strict, self.records),
            pct(self.all_loose, self.records)
        )
    }
}

/// "Military Forces of Mali (2013-2020) Gendarmerie" -> "Military Forces of Mali Gendarmerie".
fn loose(name: &str) -> String {
    let mut out = String::new();
    let mut rest = name;
    while let Some(i) = rest.find('(') {
        let Some(j) = rest[i..].find(')') else { break };
        let inner = &rest[i + 1..i + j];
        let is_years = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit() || c == '-');
        out.push_str(&rest[..i]);
        if !is_years {
            out.push_str(&rest[i..=i + j]);
        }
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A coarse class of an actor name, for reading misses.
fn class(name: &str) -> String {
    let l = loose(name);
    for p in [
        "Military Forces of",
        "Police Forces of",
        "Government of",
        "Civilians",
        "Protesters",
        "Rioters",
    ] {
        if l.starts_with(p) {
            return p.to_string();
        }
    }
    if l.contains(" and/or ") {
        return "composite".into();
    }
    for p in [
        "Unidentified Armed Group",
        "Islamist Militia",
        "Ethnic Militia",
        "Communal Militia",
    ] {
        if l.contains(p) {
            return p.to_string();
        }
    }
    "named".into()
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).context(
        "usage: actors_eval GOLD.jsonl [--misses N] [--show CLASS|NAME-PREFIX] [--limit N]",
    )?;
    let misses_n: usize = args
        .iter()
        .position(|a| a == "--misses")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(25);
    let show: Option<&String> = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1));
    let limit: usize = args
        .iter()
        .position(|a| a == "--limit")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(40);
    let file = std::fs::File::open(path).with_context(|| format!("open {path}"))?;
    let text_stage = cw_text::TextStage::new();
    let dict = ActorDictionary::embedded();

    let mut total = Tally::default();
    let mut by_year: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_country: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_class: BTreeMap<String, Tally> = BTreeMap::new();
    let mut missed: HashMap<String, usize> = HashMap::new();
    let mut shown = 0;
    let mut produced_total = 0usize;
    // The same, adding the names the coder gives by event type whatever the text says
    // (Civilians / Protesters / Rioters of the country).
    let mut with_defaults = Tally::default();

    for line in std::io::BufReader::new(file).lines() {
        let line = line?;
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let g = &v["gold"];
        let text = v["text"].as_str().unwrap_or_default();
        let Some(date) = g["event_date"]
            .as_str()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        else {
            continue;
        };
        let published = v["published"]
            .as_str()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .unwrap_or(date);
        let country_name = g["country"].as_str().unwrap_or_default();
        let Some(country) = cw_geo::country_by_name(country_name) else {
            continue;
        };
        let admin1 = g["admin1"].as_str();
        let report = Report {
            id: v["id"].as_str().unwrap_or_default().into(),
            text: text.into(),
            ..Default::default()
        };
        let mut doc = text_stage.annotate(&report, published);
        dict.annotate(&mut doc);

        let ctx = NameContext::new(date, &country.iso2)
            .admin1(admin1)
            .as_of(published);
        let mut produced: HashSet<String> = HashSet::new();
        let mut named: Vec<(usize, NamedActor)> = Vec::new();
        for (i, m) in doc.mentions.iter().enumerate() {
            if let MentionKind::Actor(a) = &m.kind {
                let n = dict.name_in(a, &ctx);
                produced.insert(n.name.clone());
                if let Some(alt) = a.alternative_of {
                    if let Some((_, first)) = named.iter().find(|(j, _)| *j == alt) {
                        produced.insert(dict.composite(first, &n).name);
                    }
                }
                named.push((i, n));
            }
        }
        produced_total += produced.len();
        let produced_loose: HashSet<String> = produced.iter().map(|n| loose(n)).collect();
        let defaults: HashSet<String> = [
            dict.civilians(&country.iso2).name,
            dict.protesters(&country.iso2).name,
            dict.rioters(&country.iso2).name,
        ]
        .into_iter()
        .collect();

        let gold: Vec<String> = g["actors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str())
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let year = date.format("%Y").to_string();
        let mut rec_strict = true;
        let mut rec_loose = true;
        let (mut d_strict, mut d_loose) = (true, true);
        for ga in &gold {
            let s = produced.contains(ga);
            let l = produced_loose.contains(&loose(ga));
            let ds = s || defaults.contains(ga);
            let dl = l || defaults.contains(ga);
            with_defaults.gold += 1;
            with_defaults.strict += ds as usize;
            with_defaults.loose += dl as usize;
            d_strict &= ds;
            d_loose &= dl;
            rec_strict &= s;
            rec_loose &= l;
            for t in [
                &mut total,
                by_year.entry(year.clone()).or_default(),
                by_country.entry(country_name.to_string()).or_default(),
                by_class.entry(class(ga)).or_default(),
            ] {
                t.gold += 1;
                t.strict += s as usize;
                t.loose += l as usize;
            }
            if !l {
                *missed.entry(ga.clone()).or_default() += 1;
                if show.is_some_and(|c| *c == class(ga) || ga.starts_with(c.as_str()))
                    && shown < limit
                {
                    shown += 1;
                    let mut p: Vec<&String> = produced.iter().collect();
                    p.sort();
                    println!("MISS {ga}\n  note: {text}\n  produced: {p:?}\n");
                }
            }
        }
        with_defaults.records += 1;
        with_defaults.all_strict += d_strict as usize;
        with_defaults.all_loose += d_loose as usize;
        for t in [
            &mut total,
            by_year.entry(year).or_default(),
            by_country.entry(country_name.to_string()).or_default(),
        ] {
            t.records += 1;
            t.all_strict += rec_strict as usize;
            t.all_loose += rec_loose as usize;
        }
    }

    println!("{}", total.line("ALL"));
    println!("{}", with_defaults.line("ALL + event-type defaults"));
    println!(
        "names produced per record: {:.2}",
        produced_total as f64 / total.records.max(1) as f64
    );
    println!("\nby country");
    for (k, t) in &by_country {
        println!("{}", t.line(k));
    }
    println!("\nby year");
    for (k, t) in &by_year {
        println!("{}", t.line(k));
    }
    println!("\nby class of gold actor (recall only)");
    for (k, t) in &by_class {
        println!("{}", t.line(k));
    }
    let mut m: Vec<(String, usize)> = missed.into_iter().collect();
    m.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("\nmost missed gold actors (loose)");
    for (n, c) in m.iter().take(misses_n) {
        println!("{c:>5}  {n}");
    }
    Ok(())
}
