//! Throughput of `extract` (the whole coder: text, geo, actor stages, frames, assembly) on a
//! corpus the repository ships: the seed report, the demo reports (examples/reports) and the
//! test reports (crates/cw-coder/tests/reports), all written for the project.
//!
//! `cargo bench -p cw-coder --bench extract`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use cw_coder::Coder;
use cw_record::Report;
use std::path::Path;

fn corpus() -> Vec<Report> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut reports = Vec::new();
    for dir in [
        "examples",
        "examples/reports",
        "crates/cw-coder/tests/reports",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        {
            if let Ok(text) = std::fs::read_to_string(&p) {
                reports.push(Report {
                    id: p.display().to_string(),
                    text,
                    published: chrono::NaiveDate::from_ymd_opt(2025, 6, 30),
                    ..Default::default()
                });
            }
        }
    }
    reports
}

fn bench(c: &mut Criterion) {
    let coder = Coder::new();
    let reports = corpus();
    assert!(!reports.is_empty(), "no corpus found");
    let bytes: usize = reports.iter().map(|r| r.text.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("corpus_{}_reports", reports.len()), |b| {
        b.iter(|| reports.iter().map(|r| coder.code(r).len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
