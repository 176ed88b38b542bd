//! The `conflictwatch` binary: a thin command line over the crates. One module per command.

mod cmd;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "conflictwatch",
    version,
    about = "Code conflict reports into ACLED-style events, store, query and serve them"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Code one report (a file, or - for stdin) or a JSONL batch (--input) into events.
    Extract(cmd::extract::Args),
    /// Measure the coder against gold records (JSONL with id, text, published, gold).
    Eval(cmd::eval::Args),
    /// Serve the ACLED-compatible API and the dashboard over a store.
    Serve(cmd::serve::Args),
    /// Code the bundled example reports into a local store and serve the dashboard.
    Demo(cmd::demo::Args),
    /// Read reports (files, directories, JSONL, HTML pages, RSS/Atom feeds), code them and store the events.
    Ingest(cmd::ingest::Args),
    /// List stored events with filters (table, CSV, JSON or GeoJSON).
    Events(cmd::events::Args),
    /// Export stored events: CSV in ACLED's column order, JSON or GeoJSON.
    Export(cmd::export::Args),
    /// Events and fatalities by week, admin1 and event type.
    Stats(cmd::stats::Args),
    /// One stored event with every source report's own reading.
    Show(cmd::show::Args),
    /// Inspect place resolution (lookup) or add a full GeoNames dump (import).
    Gazetteer(cmd::gazetteer::Args),
}

fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CONFLICTWATCH_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result: Result<std::process::ExitCode> = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Eval(a) => cmd::eval::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Demo(a) => cmd::demo::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Events(a) => cmd::events::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Stats(a) => cmd::stats::run(a),
        Command::Show(a) => cmd::show::run(a),
        Command::Gazetteer(a) => cmd::gazetteer::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
