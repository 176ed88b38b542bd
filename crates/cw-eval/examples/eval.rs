//! The same evaluation as `conflictwatch eval`, without building the whole binary:
//! `cargo run --release -p cw-eval --example eval -- GOLD.jsonl [--by-class] [--misses FILE]
//! [--published-after-event DAYS]`.

fn main() {
    // CONFLICTWATCH_LOG=cw_coder=debug shows why reports code nothing.
    if let Ok(f) = tracing_subscriber::EnvFilter::try_from_env("CONFLICTWATCH_LOG") {
        tracing_subscriber::fmt()
            .with_env_filter(f)
            .with_writer(std::io::stderr)
            .with_ansi(false)
            .init();
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: eval GOLD.jsonl [--by-class] [--misses FILE] [--limit N] [--published-after-event DAYS]");
        std::process::exit(2);
    };
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let o = cw_eval::run::Options {
        limit: value("--limit").and_then(|v| v.parse().ok()),
        by_class: args.iter().any(|a| a == "--by-class"),
        misses: value("--misses"),
        json: args.iter().any(|a| a == "--json"),
        published_after_event: value("--published-after-event").and_then(|v| v.parse().ok()),
    };
    if let Err(e) = cw_eval::run::evaluate(path, &o, &mut std::io::stdout().lock()) {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
}
