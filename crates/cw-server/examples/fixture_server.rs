//! Fill a store with synthetic events and serve it: the fixture for the browser test and
//! the load measurements (docs/PERFORMANCE.md, "## Server").
//!
//!     cargo run --release -p cw-server --example fixture_server -- --db /tmp/x.db --events 1000000 --addr 127.0.0.1:0
//!
//! Prints `listening http://ADDR/` once it accepts connections. `--events` only fills an
//! empty store, so a filled database can be reused; `--no-serve` fills and exits.

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::Instant;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let db = arg(&args, "--db").ok_or("--db PATH is required")?;
    let n: usize = arg(&args, "--events")
        .map(|v| v.parse())
        .transpose()?
        .unwrap_or(2000);
    let addr = arg(&args, "--addr").unwrap_or_else(|| "127.0.0.1:0".into());
    let store = cw_store::open(&db)?;
    let have = store.count(&cw_store::Query::new())?;
    if have == 0 {
        let t0 = Instant::now();
        let mut rng = support::Rng::new(2025);
        let chunk = 5000;
        let mut i = 0;
        while i < n {
            let batch: Vec<_> = (i..(i + chunk).min(n))
                .map(|k| {
                    let e = support::synthetic_event(k as u64, &mut rng);
                    (support::synthetic_report(&e), vec![e])
                })
                .collect();
            store.ingest_batch(&batch)?;
            i += chunk;
            if i % 100_000 == 0 {
                eprintln!("  {i} events ({:.0?})", t0.elapsed());
            }
        }
        eprintln!("filled {db} with {n} events in {:.1?}", t0.elapsed());
    } else {
        eprintln!("{db} already holds {have} events");
    }
    if args.iter().any(|a| a == "--no-serve") {
        return Ok(());
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let (listener, local) = cw_server::bind(&addr).await?;
        println!("listening http://{local}/");
        let state =
            cw_server::AppState::new(Arc::from(store), Arc::new(cw_coder::Coder::new()), None);
        cw_server::serve(listener, state).await?;
        Ok::<_, Box<dyn std::error::Error>>(())
    })
}
