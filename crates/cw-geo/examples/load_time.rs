//! Gazetteer load time: `cargo run -p cw-geo --release --example load_time [--core-only]`.
//! Loads the embedded gazetteer once (as `Gazetteer::embedded()` does) and, unless `--core-only`,
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
