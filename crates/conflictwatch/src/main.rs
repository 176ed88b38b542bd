//! The `conflictwatch` binary: a thin command line over the crates. One module per command.

mod cmd;

use anyhow::Result;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "conflictwatch", version, about = "Code conflict reports into ACLED-style events, store, query and serve them")]
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
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
