//! Store figures for docs/PERFORMANCE.md: ingest rate of already-coded events into a fresh
//! SQLite store, and p50/p99 latency of 1,000 filtered queries (country + 30-day range) on a
//! store of N events (default 1,000,000; built once in the temp dir and reused).
//!
//! `cargo run --release -p cw-store --example store_perf [-- EVENTS]`
//!
//! `CW_PERF_INGEST_ONLY=1`: only the 500-reports-per-transaction ingest figure (for profiling);
//! `CW_PERF_NO_QUERIES=1`: both ingest figures, no queries; `CW_PERF_QUERY_ONLY=1`: only the
//! query figures; `CW_CHUNK=N`: reports per transaction; `CW_PERF_DB=PATH`: ingest into PATH
//! (kept afterwards) instead of a temporary file.

#[path = "../benches/support/synth.rs"]
mod synth;

use cw_store::{Op, Query};
use std::time::Instant;

/// CPU seconds used by this process so far (user + system, Linux /proc): the figure that does
/// not depend on how busy the shared machine is.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return f64::NAN;
    };
    // Fields after the command name (which is in parentheses and may contain spaces).
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        f.get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    // utime and stime are fields 14 and 15 of stat, i.e. 11 and 12 after the command; 100 ticks/s.
    (ticks(11) + ticks(12)) / 100.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or(f64::NAN)
}

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);

    if std::env::var_os("CW_PERF_QUERY_ONLY").is_none() {
        ingest_figures();
    }
    if std::env::var_os("CW_PERF_INGEST_ONLY").is_none()
        && std::env::var_os("CW_PERF_NO_QUERIES").is_none()
    {
        query_figures(n);
    }
}

fn ingest_figures() {
    // Ingest: 100,000 events (50,000 reports of 2 events), 500 reports per transaction.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = std::env::var("CW_PERF_DB")
        .unwrap_or_else(|_| dir.path().join("ingest.db").to_string_lossy().into_owned());
    let store = cw_store::open(&path).expect("open");
    let mut rng = synth::Rng::new(7);
    let data = synth::batch(&mut rng, 0, 50_000, 2);
    let chunk_reports: usize = std::env::var("CW_CHUNK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let (t, cpu) = (Instant::now(), cpu_seconds());
    let mut merged = 0;
    for chunk in data.chunks(chunk_reports) {
        merged += store
            .ingest_batch(chunk)
            .expect("ingest")
            .iter()
            .map(|o| o.events_merged)
            .sum::<usize>();
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu;
    println!(
        "ingest ({chunk_reports} reports per transaction): 100000 events in {secs:.2}s = {:.0} events/s; \
         {cpu:.2} CPU-s = {:.0} events per CPU-second ({merged} merged)",
        100_000.0 / secs,
        100_000.0 / cpu
    );
    if std::env::var_os("CW_PERF_INGEST_ONLY").is_some() {
        return;
    }
    let data = synth::batch(&mut rng, 100_000, 5_000, 2);
    let (t, cpu) = (Instant::now(), cpu_seconds());
    for (r, evs) in &data {
        store.ingest(r, evs).expect("ingest");
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu;
    println!(
        "ingest, one transaction per report: 10000 events in {secs:.2}s = {:.0} events/s; \
         {:.0} events per CPU-second",
        10_000.0 / secs,
        10_000.0 / cpu
    );
}

fn query_figures(n: u64) {
    let path = std::env::temp_dir().join("cw-store-bench-1m.db");
    let path = if n == 1_000_000 {
        path
    } else {
        std::env::temp_dir().join(format!("cw-store-bench-{n}.db"))
    };
    let store = synth::big_store(&path, n);
    let mut rng = synth::Rng::new(11);
    for limit in [Some(500usize), None] {
        let mut times = Vec::with_capacity(1000);
        let mut rows = 0usize;
        for _ in 0..1000 {
            let (country, from, to) = synth::country_month(&mut rng);
            let mut q = Query::new().filter("country", Op::Eq, &[&country]).filter(
                "event_date",
                Op::Between,
                &[&from, &to],
            );
            q.limit = limit;
            let t = Instant::now();
            rows += store.query(&q).expect("query").len();
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "query on {n} events, country + 30 days, limit {}: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({:.0} rows/query)",
            limit.map(|l| l.to_string()).unwrap_or_else(|| "none".into()),
            percentile(&times, 0.5),
            percentile(&times, 0.99),
            percentile(&times, 1.0),
            rows as f64 / 1000.0
        );
    }
    // Aggregates for the dashboard: the whole store, then one country-year.
    for (label, q) in [
        ("all events", Query::new()),
        (
            "one country, one year",
            Query::new().filter("country", Op::Eq, &["Niger"]).filter(
                "event_date",
                Op::Between,
                &["2020-01-01", "2020-12-31"],
            ),
        ),
    ] {
        let t = Instant::now();
        let s = store.stats(&q).expect("stats");
        println!(
            "stats on {n} events, {label}: {:.0} ms ({} weeks)",
            t.elapsed().as_secs_f64() * 1000.0,
            s.by_week.len()
        );
    }
}
