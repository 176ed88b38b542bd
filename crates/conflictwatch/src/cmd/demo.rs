//! `conflictwatch demo`: code the example reports shipped with the repo, store them in an
//! embedded SQLite database and serve the dashboard. The reports are compiled into the binary
//! so the demo works from any directory.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use cw_record::Report;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// The store to fill (SQLite file, created if missing). Re-running is safe: known
    /// reports are skipped.
    #[arg(long, default_value = "conflictwatch-demo.db")]
    pub db: String,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Bearer token that enables POST /api/reports (or set CONFLICTWATCH_TOKEN).
    #[arg(long)]
    pub token: Option<String>,
    /// Code and store the reports, print the summary, and exit without serving.
    #[arg(long)]
    pub no_serve: bool,
}

/// The seed report (published Wednesday 19 March 2025), then `examples/reports/*.txt`
/// (name = `YYYY-MM-DD-slug`, first line the headline).
const SEED: (&str, &str) = (
    "2025-03-19-niger-soldiers-two-clashes",
    include_str!("../../../../examples/niger-soldiers-two-clashes.txt"),
);
const REPORTS: &[(&str, &str)] = &[
    (
        "2025-01-08-torodi-convoy-ambush",
        include_str!("../../../../examples/reports/2025-01-08-torodi-convoy-ambush.txt"),
    ),
    (
        "2025-01-15-maiduguri-market-protest",
        include_str!("../../../../examples/reports/2025-01-15-maiduguri-market-protest.txt"),
    ),
    (
        "2025-01-22-djibo-civilians-killed",
        include_str!("../../../../examples/reports/2025-01-22-djibo-civilians-killed.txt"),
    ),
    (
        "2025-01-29-bama-iswap-base-attack",
        include_str!("../../../../examples/reports/2025-01-29-bama-iswap-base-attack.txt"),
    ),
    (
        "2025-02-04-djenne-fama-drone-strike",
        include_str!("../../../../examples/reports/2025-02-04-djenne-fama-drone-strike.txt"),
    ),
    (
        "2025-02-10-gusau-bandit-abduction",
        include_str!("../../../../examples/reports/2025-02-10-gusau-bandit-abduction.txt"),
    ),
    (
        "2025-02-14-ouallam-ied-vehicle",
        include_str!("../../../../examples/reports/2025-02-14-ouallam-ied-vehicle.txt"),
    ),
    (
        "2025-02-20-dori-vdp-clash",
        include_str!("../../../../examples/reports/2025-02-20-dori-vdp-clash.txt"),
    ),
    (
        "2025-02-27-niamey-student-protest",
        include_str!("../../../../examples/reports/2025-02-27-niamey-student-protest.txt"),
    ),
    (
        "2025-03-05-bandiagara-dozo-attack",
        include_str!("../../../../examples/reports/2025-03-05-bandiagara-dozo-attack.txt"),
    ),
    (
        "2025-03-12-funtua-vigilantes-bandits",
        include_str!("../../../../examples/reports/2025-03-12-funtua-vigilantes-bandits.txt"),
    ),
    (
        "2025-03-24-fada-ngourma-curfew",
        include_str!("../../../../examples/reports/2025-03-24-fada-ngourma-curfew.txt"),
    ),
    (
        "2025-04-02-tillia-issp-attack",
        include_str!("../../../../examples/reports/2025-04-02-tillia-issp-attack.txt"),
    ),
    (
        "2025-04-09-ansongo-fama-jnim-clash",
        include_str!("../../../../examples/reports/2025-04-09-ansongo-fama-jnim-clash.txt"),
    ),
    (
        "2025-04-16-kaya-displaced-protest",
        include_str!("../../../../examples/reports/2025-04-16-kaya-displaced-protest.txt"),
    ),
    (
        "2025-04-23-diffa-boko-haram-fishermen",
        include_str!("../../../../examples/reports/2025-04-23-diffa-boko-haram-fishermen.txt"),
    ),
    (
        "2025-05-01-bokkos-herders-farmers",
        include_str!("../../../../examples/reports/2025-05-01-bokkos-herders-farmers.txt"),
    ),
    (
        "2025-05-07-niono-dozo-checkpoint",
        include_str!("../../../../examples/reports/2025-05-07-niono-dozo-checkpoint.txt"),
    ),
    (
        "2025-05-14-tera-airstrike",
        include_str!("../../../../examples/reports/2025-05-14-tera-airstrike.txt"),
    ),
    (
        "2025-05-21-kano-riot-election",
        include_str!("../../../../examples/reports/2025-05-21-kano-riot-election.txt"),
    ),
    (
        "2025-05-28-goundam-wagner-raid",
        include_str!("../../../../examples/reports/2025-05-28-goundam-wagner-raid.txt"),
    ),
    (
        "2025-06-04-dedougou-ied-bus",
        include_str!("../../../../examples/reports/2025-06-04-dedougou-ied-bus.txt"),
    ),
    (
        "2025-06-11-guidan-roumdji-bandits",
        include_str!("../../../../examples/reports/2025-06-11-guidan-roumdji-bandits.txt"),
    ),
    (
        "2025-06-18-gao-arrests",
        include_str!("../../../../examples/reports/2025-06-18-gao-arrests.txt"),
    ),
    (
        "2025-06-25-konduga-suicide-bomb",
        include_str!("../../../../examples/reports/2025-06-25-konduga-suicide-bomb.txt"),
    ),
    (
        "2025-07-03-ouallam-abduction-chiefs",
        include_str!("../../../../examples/reports/2025-07-03-ouallam-abduction-chiefs.txt"),
    ),
    (
        "2025-07-10-dori-army-regains-town",
        include_str!("../../../../examples/reports/2025-07-10-dori-army-regains-town.txt"),
    ),
    (
        "2025-07-17-maiduguri-peaceful-rally",
        include_str!("../../../../examples/reports/2025-07-17-maiduguri-peaceful-rally.txt"),
    ),
    (
        "2025-08-06-menaka-issp-clash",
        include_str!("../../../../examples/reports/2025-08-06-menaka-issp-clash.txt"),
    ),
    (
        "2025-08-20-torodi-looting-health-centre",
        include_str!("../../../../examples/reports/2025-08-20-torodi-looting-health-centre.txt"),
    ),
    (
        "2025-09-03-mopti-attaque-bateau",
        include_str!("../../../../examples/reports/2025-09-03-mopti-attaque-bateau.txt"),
    ),
    (
        "2025-09-10-gorom-gorom-attaque-detachement",
        include_str!("../../../../examples/reports/2025-09-10-gorom-gorom-attaque-detachement.txt"),
    ),
];

/// A report from an embedded file: the date comes from the name, the title from a first
/// line that is followed by a blank line.
pub fn example_report(name: &str, text: &str) -> Report {
    let published = name
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let title = match text.split_once("\n\n") {
        Some((first, _)) if !first.contains('\n') => Some(first.trim().to_string()),
        _ => None,
    };
    Report {
        id: format!("example-{name}"),
        text: text.to_string(),
        published,
        source: Some("conflictwatch example (fictional)".to_string()),
        url: None,
        title,
        country: None,
        names_as_of: None,
    }
}

/// Every embedded example report.
pub fn example_reports() -> Vec<Report> {
    std::iter::once(SEED)
        .chain(REPORTS.iter().copied())
        .map(|(n, t)| example_report(n, t))
        .collect()
}

pub fn run(a: Args) -> Result<ExitCode> {
    let store = cw_store::open(&a.db).with_context(|| format!("opening the store {}", a.db))?;
    let coder = cw_coder::Coder::new();
    let reports = example_reports();
    let (mut new_reports, mut events_new, mut events_merged) = (0usize, 0usize, 0usize);
    for r in &reports {
        let events = coder.code(r);
        let outcome = store
            .ingest(&cw_store::StoredReport::from_report(r), &events)
            .with_context(|| format!("storing {}", r.id))?;
        new_reports += usize::from(outcome.report_new);
        events_new += outcome.events_new;
        events_merged += outcome.events_merged;
        tracing::info!(report = %r.id, coded = events.len(), new = outcome.events_new, "example coded");
    }
    let total = store
        .count(&cw_store::Query::new())
        .context("counting events")?;
    println!(
        "demo: {} example reports ({} new this run): {} new events, {} merged into existing ones; {} events in {}",
        reports.len(),
        new_reports,
        events_new,
        events_merged,
        total,
        a.db
    );
    if total == 0 {
        eprintln!("note: the coder produced no events, so the map will be empty");
    }
    if a.no_serve {
        return Ok(ExitCode::SUCCESS);
    }
    super::serve::serve_store(
        store,
        &a.addr,
        super::serve::token(a.token),
        &format!("demo over {}", a.db),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_reports_have_dates_titles_and_text() {
        let reports = example_reports();
        assert!(reports.len() >= 30);
        assert_eq!(reports[0].published, NaiveDate::from_ymd_opt(2025, 3, 19));
        for r in &reports[1..] {
            assert!(r.published.is_some(), "{} has no date in its name", r.id);
            assert!(
                r.title.as_deref().is_some_and(|t| !t.is_empty()),
                "{} has no headline",
                r.id
            );
            assert!(r.text.len() > 200, "{} is too short", r.id);
        }
    }
}
