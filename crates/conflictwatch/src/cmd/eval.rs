//! `conflictwatch eval GOLD.jsonl`: per-field accuracy, events per record, per-class scores for
//! sub_event_type, the main confusions, and throughput. The gold file is read at evaluation
//! time from the path given; nothing of it is kept.

use anyhow::Result;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Gold records: JSONL with id, text, published, gold (see ../shared/README.md).
    pub gold: String,
    /// Score only the first N records.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Print per-class precision / recall / F1 for sub_event_type and the main confusions.
    #[arg(long)]
    pub by_class: bool,
    /// Write each record's misses (id, fields, gold, ours) as JSONL to this file, for error
    /// analysis (keep it outside the repository).
    #[arg(long)]
    pub misses: Option<String>,
    /// Output the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// Diagnostic: publish each record DAYS days after its gold event date, as a news report
    /// would be, instead of on its upload day (year-less notes then resolve to the right year).
    /// It reads the gold date: never a headline figure.
    #[arg(long, value_name = "DAYS")]
    pub published_after_event: Option<i64>,
}

pub fn run(a: Args) -> Result<ExitCode> {
    let o = cw_eval::run::Options {
        limit: a.limit,
        by_class: a.by_class,
        misses: a.misses,
        json: a.json,
        published_after_event: a.published_after_event,
    };
    cw_eval::run::evaluate(&a.gold, &o, &mut std::io::stdout().lock())
        .map_err(|e| anyhow::anyhow!("eval: {e}"))?;
    Ok(ExitCode::SUCCESS)
}
