//! Gazetteer load time: `cargo run -p cw-geo --release --example load_time [--core-only]`.
//! Loads the embedded gazetteer once (as `Gazetteer::embedded()` does) and, unless `--core-only`,
//! the indexes built on first need (variant spellings, a notes-form owner spelt otherwise) and
//! the world tail, and prints the wall-clock times. Run it under `/usr/bin/time` for CPU time and
//! peak RSS (on a busy machine wall time overstates the cost).

fn main() {
    let t = std::time::Instant::now();
    let g = cw_geo::Gazetteer::embedded();
    let core = t.elapsed();
    if std::env::args().any(|a| a == "--core-only") {
        println!(
            "core: {} places loaded in {:.0} ms",
            g.len(),
            core.as_secs_f64() * 1000.0
        );
        return;
    }
    // A misspelt village after "in" builds the variant-spelling index; a notes-form owner the
    // gazetteer does not know builds the per-region place lists.
    let t = std::time::Instant::now();
    let mut d = doc("Gunmen attacked a market in Diabaly.");
    g.annotate(&mut d);
    let variant = t.elapsed();
    let t = std::time::Instant::now();
    let mut d = doc("Gunmen attacked Kelfadiri (Bankass, Mopti).");
    g.annotate(&mut d);
    let regions = t.elapsed();
    println!(
        "first need: variant spellings {:.0} ms, places by region {:.0} ms",
        variant.as_secs_f64() * 1000.0,
        regions.as_secs_f64() * 1000.0
    );
    let t = std::time::Instant::now();
    let n = g.lookup("Kaduna", Some("NG")).len();
    let tail = t.elapsed();
    println!(
        "core: {} places loaded in {:.0} ms; world tail loaded on first need in {:.0} ms ({n} candidates for Kaduna)",
        g.len(),
        core.as_secs_f64() * 1000.0,
        tail.as_secs_f64() * 1000.0
    );
}

fn doc(text: &str) -> cw_record::Document {
    let report = cw_record::Report {
        id: "t".into(),
        text: text.into(),
        ..Default::default()
    };
    let day = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    let mut d = cw_record::Document::new(&report, day, cw_record::Lang::En);
    d.sentences = vec![cw_record::Span::new(0, text.len())];
    d.paragraph_of = vec![0];
    d
}
