//! Store benchmarks: embedded (SQLite) ingest of already-coded events, and a filtered query
//! (country + 30-day range) on a 1,000,000-event store (built once in the temp dir, reused).
//!
//! `cargo bench -p cw-store --bench store`; for p50/p99 over 1,000 queries see
//! `cargo run --release -p cw-store --example store_perf`.

#[path = "support/synth.rs"]
mod synth;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use cw_store::{Op, Query};
use std::hint::black_box;

fn ingest(c: &mut Criterion) {
    let mut g = c.benchmark_group("ingest");
    g.sample_size(10);
    let events = 10_000u64;
    g.throughput(Throughput::Elements(events));
    let mut rng = synth::Rng::new(7);
    let data = synth::batch(&mut rng, 0, events / 2, 2);
    g.bench_function("sqlite_10k_events_one_tx_per_500_reports", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("tempdir");
                let store =
                    cw_store::open(&dir.path().join("s.db").to_string_lossy()).expect("open");
                (dir, store)
            },
            |(dir, store)| {
                for chunk in data.chunks(500) {
                    black_box(store.ingest_batch(chunk).expect("ingest"));
                }
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("sqlite_10k_events_one_tx_per_report", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("tempdir");
                let store =
                    cw_store::open(&dir.path().join("s.db").to_string_lossy()).expect("open");
                (dir, store)
            },
            |(dir, store)| {
                for (r, evs) in &data {
                    black_box(store.ingest(r, evs).expect("ingest"));
                }
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

fn query(c: &mut Criterion) {
    let path = std::env::temp_dir().join("cw-store-bench-1m.db");
    let store = synth::big_store(&path, 1_000_000);
    let mut rng = synth::Rng::new(11);
    let mut g = c.benchmark_group("query_1m");
    for limit in [Some(500usize), None] {
        let name = match limit {
            Some(l) => format!("country_30_days_limit_{l}"),
            None => "country_30_days_all".to_string(),
        };
        g.bench_function(name, |b| {
            b.iter(|| {
                let (country, from, to) = synth::country_month(&mut rng);
                let mut q = Query::new().filter("country", Op::Eq, &[&country]).filter(
                    "event_date",
                    Op::Between,
                    &[&from, &to],
                );
                q.limit = limit;
                black_box(store.query(&q).expect("query"))
            })
        });
    }
    g.finish();
}

criterion_group!(benches, ingest, query);
criterion_main!(benches);
