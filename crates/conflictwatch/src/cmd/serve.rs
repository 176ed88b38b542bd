//! `conflictwatch serve`: the ACLED-compatible API and the dashboard over a store.

use anyhow::{Context, Result};
use std::process::ExitCode;
use std::sync::Arc;

#[derive(clap::Args)]
pub struct Args {
    /// The store: a SQLite file path, or postgres://… .
    #[arg(long, default_value = "conflictwatch.db")]
    pub db: String,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Bearer token that enables POST /api/reports (or set CONFLICTWATCH_TOKEN).
    /// Without one the server is read-only.
    #[arg(long)]
    pub token: Option<String>,
}

/// The token from the flag, else from the environment.
pub fn token(flag: Option<String>) -> Option<String> {
    flag.or_else(|| std::env::var("CONFLICTWATCH_TOKEN").ok())
        .filter(|t| !t.trim().is_empty())
}

/// Build the runtime, bind, print the URL and serve until Ctrl-C.
pub fn serve_store(
    store: Box<dyn cw_store::EventStore>,
    addr: &str,
    token: Option<String>,
    what: &str,
) -> Result<ExitCode> {
    let writes = if token.is_some() {
        "POST /api/reports enabled (bearer token)"
    } else {
        "read-only (no --token)"
    };
    let state = cw_server::AppState::new(Arc::from(store), Arc::new(cw_coder::Coder::new()), token);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    rt.block_on(async {
        let (listener, local) = cw_server::bind(addr).await?;
        println!("conflictwatch: {what}");
        println!("  dashboard  http://{local}/");
        println!("  ACLED API  http://{local}/api/acled/read?country=Niger&limit=10");
        println!("  OpenAPI    http://{local}/api/openapi.json");
        println!("  writes     {writes}");
        println!("Ctrl-C to stop.");
        cw_server::serve(listener, state).await?;
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(ExitCode::SUCCESS)
}

pub fn run(a: Args) -> Result<ExitCode> {
    let store = cw_store::open(&a.db).with_context(|| format!("opening the store {}", a.db))?;
    serve_store(
        store,
        &a.addr,
        token(a.token),
        &format!("serving the store {}", a.db),
    )
}
