//! `conflictwatch gazetteer`: add full GeoNames dumps to the gazetteer, and look a name up.
//!
//! - `import FILE...`: GeoNames dumps (`allCountries.txt`, `XX.txt`) and, recognised by their file
//!   names, `admin1CodesASCII.txt` and `admin2Codes.txt`. The import is saved as
//!   `<dir>/<XX...>.tsv` (dir: `--dir`, else `$CONFLICTWATCH_GAZETTEER_DIR`, else
//!   `$XDG_DATA_HOME/conflictwatch/gazetteer`) and merged into the embedded gazetteer at start.
//! - `lookup NAME [--country C]`: every candidate the name can stand for, best first, and why.

use anyhow::{bail, Context, Result};
use cw_geo::Gazetteer;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Subcommand)]
pub enum Command {
    /// Add GeoNames dumps (every village of a country) to the gazetteer.
    Import {
        /// GeoNames dumps, plus admin1CodesASCII.txt / admin2Codes.txt (recognised by name).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Directory of imports (default: the user gazetteer directory).
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Show the candidates for a name and why the best one wins.
    Lookup {
        name: String,
        /// Restrict to a country (ISO alpha-2 code or name).
        #[arg(long)]
        country: Option<String>,
        /// Candidates to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

pub fn run(a: Args) -> Result<ExitCode> {
    match a.command {
        Command::Import { files, dir } => import(&files, dir),
        Command::Lookup {
            name,
            country,
            limit,
        } => lookup(&name, country.as_deref(), limit),
    }
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn import(files: &[PathBuf], dir: Option<PathBuf>) -> Result<ExitCode> {
    let read = |p: &PathBuf| -> Result<String> {
        let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    };
    let (mut admin1, mut admin2, mut dumps) = (String::new(), String::new(), Vec::new());
    for f in files {
        match file_name(f).as_str() {
            n if n.starts_with("admin1Codes") => admin1 = read(f)?,
            n if n.starts_with("admin2Codes") => admin2 = read(f)?,
            _ => dumps.push(read(f)?),
        }
    }
    if dumps.is_empty() {
        bail!("no GeoNames dump among the files (admin code tables alone add no places)");
    }
    if admin1.is_empty() || admin2.is_empty() {
        eprintln!("note: without admin1CodesASCII.txt and admin2Codes.txt the places keep the admin codes the embedded gazetteer knows");
    }
    let imp = cw_geo::build::import(&dumps, &admin1, &admin2)?;
    let dir = dir
        .or_else(cw_geo::user_dir)
        .context("no gazetteer directory: pass --dir")?;
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let stem = imp.countries.iter().cloned().collect::<Vec<_>>().join("-");
    let path = dir.join(format!("{stem}.tsv"));
    std::fs::write(&path, &imp.text).with_context(|| format!("writing {}", path.display()))?;
    println!(
        "imported {} places, {} admin1 and {} admin2 units of {} into {} ({} malformed rows skipped)",
        imp.places,
        imp.admin1,
        imp.admin2,
        stem,
        path.display(),
        imp.malformed
    );
    println!(
        "GeoNames data is CC-BY 4.0: credit https://www.geonames.org where you publish results."
    );
    Ok(ExitCode::SUCCESS)
}

fn lookup(name: &str, country: Option<&str>, limit: usize) -> Result<ExitCode> {
    let g = Gazetteer::embedded();
    let cands = g.lookup(name, country);
    if cands.is_empty() {
        println!(
            "no place named {name:?}{}",
            country.map(|c| format!(" in {c}")).unwrap_or_default()
        );
        return Ok(ExitCode::from(1));
    }
    println!("{} candidate(s) for {name:?}, best first:", cands.len());
    for (i, c) in cands.iter().take(limit).enumerate() {
        let p = &c.place;
        let coords = match (p.latitude, p.longitude) {
            (Some(la), Some(lo)) => format!("{la:.4}, {lo:.4}"),
            _ => "-".into(),
        };
        println!(
            "{:>2}. {:<28} {:<10} {} / {} / {}  ({coords})  pop {}  id {}  score {:.1}{}",
            i + 1,
            p.name,
            format!("{:?}", p.kind),
            p.country,
            p.admin1.as_deref().unwrap_or("-"),
            p.admin2.as_deref().unwrap_or("-"),
            p.population,
            p.geonameid
                .map(|x| x.to_string())
                .unwrap_or_else(|| "-".into()),
            c.score,
            if c.why.is_empty() {
                String::new()
            } else {
                format!(": {}", c.why.join(", "))
            }
        );
    }
    if let Some(best) = cands.first() {
        println!(
            "winner without context: {} ({:?}) — in a report, context (focus country, \"near\", the notes form, other places) can change it",
            best.place.name, best.place.kind
        );
    }
    Ok(ExitCode::SUCCESS)
}
