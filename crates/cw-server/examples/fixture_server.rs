//! Fill a store with synthetic events and serve it: the fixture for the browser test and
//! the load measurements (docs/PERFORMANCE.md, "## Server").
//!
//!     cargo run --release -p cw-server --example fixture_server -- --db /tmp/x.db --events 1000000 --addr 127.0.0.1:0
//!
//! Prints `listening http://ADDR/` once it accepts connections. `--events N` tops the store
//! up to N events, so a filled database is reused; `--no-serve` fills and exits.

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
    // Fill until the store holds `n` events: the store merges the rare synthetic pairs that
    // look like one event (same day, within 10 km, same type and actors), so top up.
    let t0 = Instant::now();
    let mut rng = support::Rng::new(2025);
    let mut next_id: u64 = 0;
    let mut have = store.count(&cw_store::Query::new())? as usize;
    if have > 0 {
        eprintln!("{db} holds {have} events");
        // Continue with fresh ids and draws, so the new reports are not known ones.
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_secs();
        next_id = 1_000_000_000 + now % 1_000_000 * 1_000;
        rng = support::Rng::new(now);
    }
    while have < n {
        let want = n - have;
        let chunk = 5000.min(want);
        let batch: Vec<_> = (0..chunk)
            .map(|_| {
                let e = support::synthetic_event(next_id, &mut rng);
                next_id += 1;
                (support::synthetic_report(&e), vec![e])
            })
            .collect();
        store.ingest_batch(&batch)?;
        let before = have;
        have = store.count(&cw_store::Query::new())? as usize;
        if have == before {
            return Err("a batch of synthetic events added nothing".into());
        }
        if have / 100_000 > before / 100_000 {
            eprintln!("  {have} events ({:.0?})", t0.elapsed());
        }
    }
    eprintln!("{db}: {have} events (filled in {:.1?})", t0.elapsed());
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
