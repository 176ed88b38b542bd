//! `conflictwatch ingest PATH...`: read reports (text files, directories, JSONL batches, saved
//! HTML pages, RSS/Atom feeds), code them, store reports and events (de-duplicated).
//!
//! Reports are coded on every core and stored [`INGEST_CHUNK`] per transaction, so an
//! interrupted run leaves whole chunks only, and a re-run skips the reports already stored
//! (known by text hash or URL): it ends with the same store as an uninterrupted run.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use cw_coder::Coder;
use cw_record::Report;
use cw_store::{EventStore, StoredReport};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The embedded store file used when `--db` is not given.
pub const DEFAULT_DB: &str = "conflictwatch.db";

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories (searched recursively): .txt/.md text, .jsonl batches
    /// ({"id","text","published"?,"source"?,"url"?,"title"?} per line), .html pages, .xml/.rss/.atom feeds;
    /// or http(s) URLs of a page or a feed (fetched once, at ingest time).
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// The store: a SQLite file, or postgres://… for PostgreSQL.
    #[arg(long, default_value = DEFAULT_DB)]
    pub db: String,
    /// Publication date (YYYY-MM-DD) for reports that carry none (relative dates resolve against it).
    #[arg(long)]
    pub published: Option<String>,
    /// Source name for reports that carry none.
    #[arg(long)]
    pub source: Option<String>,
    /// The country the sources cover (ISO code or name), for reports that carry none: the
    /// country of events whose text names none, and a vote where a place name is shared.
    #[arg(long, value_parser = super::extract::parse_country)]
    pub country: Option<String>,
    /// No progress bar and no summary line (errors are still printed).
    #[arg(long, short)]
    pub quiet: bool,
}

/// What one input yielded: reports, and failures (input name + reason).
#[derive(Default)]
struct Loaded {
    reports: Vec<Report>,
    failures: Vec<String>,
}

/// One line of a JSONL batch: the same format `extract --input` reads.
use super::extract::BatchLine;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Jsonl,
    Html,
    Feed,
}

fn kind_by_extension(p: &Path) -> Option<Kind> {
    let ext = p.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" | "md" => Kind::Text,
        "jsonl" | "ndjson" => Kind::Jsonl,
        "html" | "htm" | "xhtml" => Kind::Html,
        "xml" | "rss" | "atom" | "feed" => Kind::Feed,
        _ => return None,
    })
}

/// Guess the kind of a file named explicitly, from its first bytes.
fn sniff(bytes: &[u8]) -> Kind {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let t = head.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        Kind::Jsonl
    } else if t.starts_with('<')
        && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf"))
    {
        Kind::Feed
    } else if t.starts_with('<') {
        Kind::Html
    } else {
        Kind::Text
    }
}

/// Files under a directory with a report extension, sorted (hidden entries skipped).
/// Markdown is read only when named explicitly: in a directory it is usually a README.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, failures: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            failures.push(format!("{}: cannot read directory: {e}", dir.display()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, failures);
        } else if kind_by_extension(&p).is_some() && !has_extension(&p, "md") {
            out.push(p);
        }
    }
}

fn has_extension(p: &Path, ext: &str) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// A plain-text report: the first line is its title when it is short (a headline); a file
/// name starting with YYYY-MM-DD (the usual way saved articles are named) gives the date.
fn text_report(path: &Path, name: &str, text: &str) -> Report {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let title = (first.chars().count() <= 160 && !first.ends_with('.')).then(|| first.to_string());
    let published = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(parse_date_prefix);
    Report {
        id: name.to_string(),
        text: text.to_string(),
        published,
        title: title.filter(|t| !t.is_empty()),
        ..Report::default()
    }
}

fn parse_date_prefix(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

fn load_file(path: &Path, a: &Args, default_published: Option<NaiveDate>) -> Loaded {
    let name = path.display().to_string();
    let mut out = Loaded::default();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            out.failures.push(format!("{name}: cannot read: {e}"));
            return out;
        }
    };
    let kind = kind_by_extension(path).unwrap_or_else(|| sniff(&bytes));
    match kind {
        Kind::Jsonl => load_jsonl(&name, &bytes, a, default_published, &mut out),
        Kind::Feed => load_feed(&name, &bytes, a, default_published, &mut out),
        Kind::Text | Kind::Html => {
            let Ok(text) = String::from_utf8(bytes) else {
                out.failures.push(format!("{name}: not UTF-8 text"));
                return out;
            };
            let text = text.trim_start_matches('\u{feff}');
            let report = if kind == Kind::Html {
                html_report(&name, text, None)
            } else {
                Ok(text_report(path, &name, text))
            };
            match report {
                Ok(mut r) => {
                    if r.text.trim().is_empty() {
                        out.failures.push(format!("{name}: no text"));
                        return out;
                    }
                    r.published = r.published.or(default_published);
                    r.source = r.source.or_else(|| a.source.clone());
                    out.reports.push(r);
                }
                Err(e) => out.failures.push(format!("{name}: {e}")),
            }
        }
    }
    out
}

fn load_jsonl(
    name: &str,
    bytes: &[u8],
    a: &Args,
    default_published: Option<NaiveDate>,
    out: &mut Loaded,
) {
    for (n, line) in bytes.split(|b| *b == b'\n').enumerate() {
        let lineno = n + 1;
        let Ok(line) = std::str::from_utf8(line) else {
            out.failures.push(format!("{name}:{lineno}: not UTF-8"));
            continue;
        };
        if line.trim().is_empty() {
            continue;
        }
        let parsed: BatchLine = match serde_json::from_str(line) {
            Ok(p) => p,
            Err(e) => {
                out.failures
                    .push(format!("{name}:{lineno}: not valid JSON ({e})"));
                continue;
            }
        };
        let (Some(id), Some(text)) = (parsed.id, parsed.text) else {
            out.failures
                .push(format!("{name}:{lineno}: a line needs \"id\" and \"text\""));
            continue;
        };
        if text.trim().is_empty() {
            out.failures.push(format!("{name}:{lineno}: empty text"));
            continue;
        }
        let published = match parsed.published.as_deref() {
            Some(p) => match parse_date_prefix(p) {
                Some(d) => Some(d),
                None => {
                    out.failures.push(format!(
                        "{name}:{lineno}: published {p:?} is not YYYY-MM-DD"
                    ));
                    continue;
                }
            },
            None => default_published,
        };
        let country = match parsed.country.as_deref().map(super::extract::parse_country) {
            Some(Ok(c)) => Some(c),
            Some(Err(e)) => {
                out.failures.push(format!("{name}:{lineno}: country: {e}"));
                continue;
            }
            None => None,
        };
        let id = match id {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        out.reports.push(Report {
            id,
            text,
            published,
            source: parsed.source.or_else(|| a.source.clone()),
            url: parsed.url,
            title: parsed.title,
            country,
            names_as_of: None,
        });
    }
}

/// The main text of a saved page (readability), with its title, date and site from the metadata.
fn html_report(name: &str, html: &str, url: Option<&str>) -> Result<Report, String> {
    let mut r =
        dom_smoothie::Readability::new(html, url, None).map_err(|e| format!("HTML: {e}"))?;
    let article = r
        .parse()
        .map_err(|e| format!("no article text found in the HTML ({e})"))?;
    let text = article.text_content.to_string();
    Ok(Report {
        id: name.to_string(),
        text: tidy_text(&text),
        published: article
            .published_time
            .as_deref()
            .and_then(parse_date_prefix),
        source: article.site_name.clone().filter(|s| !s.trim().is_empty()),
        url: url.map(str::to_string),
        title: Some(article.title.clone()).filter(|t| !t.trim().is_empty()),
        country: None,
        names_as_of: None,
    })
}

/// Collapse runs of blank lines and trailing spaces left by HTML extraction.
fn tidy_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let l = line.trim();
        if l.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(l);
        blank = 0;
    }
    out
}

/// Text of an HTML fragment (feed summaries): tags dropped, block tags as line breaks,
/// the common entities decoded.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let Some(j) = rest[i..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[i + 1..i + j]
            .trim_start_matches('/')
            .to_ascii_lowercase();
        if ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr"]
            .iter()
            .any(|t| {
                tag == *t || tag.starts_with(&format!("{t} ")) || tag.starts_with(&format!("{t}/"))
            })
        {
            out.push('\n');
        }
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    let decoded = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&rsquo;", "’")
        .replace("&amp;", "&");
    tidy_text(&decoded)
}

fn load_feed(
    name: &str,
    bytes: &[u8],
    a: &Args,
    default_published: Option<NaiveDate>,
    out: &mut Loaded,
) {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => {
            out.failures
                .push(format!("{name}: not a readable RSS/Atom feed ({e})"));
            return;
        }
    };
    let feed_title = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    for (i, entry) in feed.entries.iter().enumerate() {
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let text = strip_tags(&body);
        let title = entry
            .title
            .as_ref()
            .map(|t| strip_tags(&t.content))
            .filter(|t| !t.is_empty());
        // The headline often carries the event: keep it as the first paragraph.
        let text = match &title {
            Some(t) if !text.starts_with(t.as_str()) => format!("{t}\n\n{text}"),
            _ => text,
        };
        if text.trim().is_empty() {
            out.failures
                .push(format!("{name}: entry {} has no text", i + 1));
            continue;
        }
        let id = if entry.id.trim().is_empty() {
            format!("{name}#{}", i + 1)
        } else {
            entry.id.clone()
        };
        out.reports.push(Report {
            id,
            text,
            published: entry
                .published
                .or(entry.updated)
                .map(|d| d.date_naive())
                .or(default_published),
            source: feed_title.clone().or_else(|| a.source.clone()),
            url: entry.links.first().map(|l| l.href.clone()),
            title,
            country: None,
            names_as_of: None,
        });
    }
}

/// Largest page or feed fetched from a URL.
const MAX_FETCH_BYTES: u64 = 20 * 1024 * 1024;

/// Fetch a URL: its bytes and content type.
fn fetch(url: &str) -> Result<(Vec<u8>, String), String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(std::time::Duration::from_secs(30)))
        .build()
        .into();
    let mut resp = agent
        .get(url)
        .call()
        .map_err(|e| format!("cannot fetch: {e}"))?;
    let ctype = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let body = resp
        .body_mut()
        .with_config()
        .limit(MAX_FETCH_BYTES)
        .read_to_vec()
        .map_err(|e| format!("cannot read the response: {e}"))?;
    Ok((body, ctype))
}

/// Reports from a URL: a feed's items, or a page's article.
fn load_url(url: &str, a: &Args, default_published: Option<NaiveDate>) -> Loaded {
    let mut out = Loaded::default();
    let (bytes, ctype) = match fetch(url) {
        Ok(x) => x,
        Err(e) => {
            out.failures.push(format!("{url}: {e}"));
            return out;
        }
    };
    let kind = if ctype.contains("rss") || ctype.contains("atom") || ctype.contains("xml") {
        Kind::Feed
    } else if ctype.contains("html") {
        Kind::Html
    } else {
        sniff(&bytes)
    };
    match kind {
        Kind::Feed => load_feed(url, &bytes, a, default_published, &mut out),
        Kind::Jsonl => load_jsonl(url, &bytes, a, default_published, &mut out),
        Kind::Html | Kind::Text => {
            let text = String::from_utf8_lossy(&bytes);
            let report = if kind == Kind::Html {
                html_report(url, &text, Some(url))
            } else {
                Ok(Report {
                    id: url.to_string(),
                    text: text.to_string(),
                    url: Some(url.to_string()),
                    ..Report::default()
                })
            };
            match report {
                Ok(mut r) if !r.text.trim().is_empty() => {
                    r.published = r.published.or(default_published);
                    r.source = r.source.or_else(|| a.source.clone());
                    out.reports.push(r);
                }
                Ok(_) => out.failures.push(format!("{url}: no text")),
                Err(e) => out.failures.push(format!("{url}: {e}")),
            }
        }
    }
    out
}

fn load_all(a: &Args, default_published: Option<NaiveDate>) -> Loaded {
    let mut all = Loaded::default();
    for p in &a.paths {
        if p.starts_with("http://") || p.starts_with("https://") {
            let l = load_url(p, a, default_published);
            all.reports.extend(l.reports);
            all.failures.extend(l.failures);
            continue;
        }
        let path = Path::new(p);
        let files = if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files, &mut all.failures);
            files
        } else if path.exists() {
            vec![path.to_path_buf()]
        } else {
            all.failures.push(format!("{p}: no such file or directory"));
            continue;
        };
        for f in files {
            let l = load_file(&f, a, default_published);
            all.reports.extend(l.reports);
            all.failures.extend(l.failures);
        }
    }
    all
}

/// Counts for the summary line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub read: usize,
    pub new: usize,
    pub known: usize,
    pub failed: usize,
    pub events_new: usize,
    pub events_merged: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "reports: {} read, {} new, {} already known, {} failed; events: {} new, {} merged",
            self.read, self.new, self.known, self.failed, self.events_new, self.events_merged
        )
    }
}

/// Reports stored per transaction. A chunk is all-or-nothing, so an interrupted run leaves
/// whole chunks only and a re-run skips what is stored; 256 reports make one commit cheap next
/// to the coding of the chunk (the store's own rate is ~7 K events/s one report per transaction,
/// ~28 K in chunks: docs/PERFORMANCE.md) while the progress bar still moves several times a second.
pub const INGEST_CHUNK: usize = 256;

/// Code reports on every core: the coder is shared read-only, each thread codes a contiguous
/// share and the results come back in input order.
pub fn code_all(coder: &Coder, reports: &[&Report]) -> Vec<Vec<cw_record::Event>> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(reports.len().max(1));
    if threads <= 1 {
        return reports.iter().map(|r| coder.code(r)).collect();
    }
    let per = reports.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = reports
            .chunks(per)
            .map(|share| {
                scope.spawn(move || share.iter().map(|r| coder.code(r)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(v) => v,
                // The coder does not panic on input (tested on arbitrary bytes); should a thread
                // die all the same, re-raise its panic rather than store a partial chunk.
                Err(p) => std::panic::resume_unwind(p),
            })
            .collect()
    })
}

/// Code and store reports, [`INGEST_CHUNK`] per transaction; returns the counts (failures of
/// loading are counted by the caller). When a chunk's transaction fails, nothing of it was
/// written, and its reports are stored one transaction each so that only the failing ones fail.
pub fn ingest_reports(
    store: &dyn EventStore,
    coder: &Coder,
    reports: &[Report],
    bar: &ProgressBar,
    errors: &mut Vec<String>,
) -> Summary {
    let mut s = Summary {
        read: reports.len(),
        ..Summary::default()
    };
    for chunk in reports.chunks(INGEST_CHUNK) {
        let mut todo: Vec<&Report> = Vec::with_capacity(chunk.len());
        let mut stored: Vec<StoredReport> = Vec::with_capacity(chunk.len());
        for r in chunk {
            let sr = StoredReport::from_report(r);
            match store.report_known(&sr.hash, sr.url.as_deref()) {
                Ok(true) => s.known += 1,
                Ok(false) => {
                    todo.push(r);
                    stored.push(sr);
                }
                Err(e) => {
                    errors.push(format!("{}: store: {e}", r.id));
                    s.failed += 1;
                }
            }
        }
        let coded = code_all(coder, &todo);
        let batch: Vec<(StoredReport, Vec<cw_record::Event>)> =
            stored.into_iter().zip(coded).collect();
        match store.ingest_batch(&batch) {
            Ok(outcomes) => {
                for o in outcomes {
                    tally(&mut s, &o);
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, reports = batch.len(), "chunk failed; storing its reports one by one");
                for ((sr, events), r) in batch.iter().zip(&todo) {
                    match store.ingest(sr, events) {
                        Ok(o) => tally(&mut s, &o),
                        Err(e) => {
                            errors.push(format!("{}: store: {e}", r.id));
                            s.failed += 1;
                        }
                    }
                }
            }
        }
        bar.inc(chunk.len() as u64);
    }
    s
}

fn tally(s: &mut Summary, o: &cw_store::IngestOutcome) {
    if o.report_new {
        s.new += 1;
        s.events_new += o.events_new;
        s.events_merged += o.events_merged;
    } else {
        // Known by hash or URL inside the chunk (the same report twice in one input).
        s.known += 1;
    }
}

pub fn run(a: Args) -> Result<ExitCode> {
    let default_published = match &a.published {
        Some(p) => Some(super::extract::parse_date(p, "--published")?),
        None => None,
    };
    let store = cw_store::open(&a.db).with_context(|| format!("opening the store {}", a.db))?;
    let mut loaded = load_all(&a, default_published);
    if let Some(c) = &a.country {
        for r in loaded.reports.iter_mut().filter(|r| r.country.is_none()) {
            r.country = Some(c.clone());
        }
    }
    let coder = Coder::new();
    let show_bar = !a.quiet && std::io::stderr().is_terminal();
    let bar = if show_bar {
        let b = ProgressBar::new(loaded.reports.len() as u64);
        if let Ok(style) = ProgressStyle::with_template(
            "{bar:40} {pos}/{len} reports  {per_sec}  ETA {eta}  {elapsed_precise}",
        ) {
            b.set_style(style);
        }
        b
    } else {
        ProgressBar::hidden()
    };
    let mut errors = loaded.failures.clone();
    let mut summary = ingest_reports(&*store, &coder, &loaded.reports, &bar, &mut errors);
    bar.finish_and_clear();
    summary.read += loaded.failures.len();
    summary.failed += loaded.failures.len();
    for e in &errors {
        eprintln!("error: {e}");
    }
    if !a.quiet {
        eprintln!("{summary}");
    }
    Ok(if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reports of our own, all distinct (11 tolls x 7 places x 28 days repeat after 308), with repeats inside one chunk
    /// and across chunk boundaries.
    fn reports_with_repeats(n: usize) -> Vec<Report> {
        let places = [
            "Tillaberi",
            "Ouallam",
            "Diffa",
            "Dori",
            "Mopti",
            "Gao",
            "Djibo",
        ];
        let mut out: Vec<Report> = (0..n)
            .map(|i| Report {
                id: format!("r{i}"),
                text: format!(
                    "Gunmen on motorbikes shot dead {} villagers in {} on {} March 2024, residents said.",
                    i % 11 + 1,
                    places[i % places.len()],
                    i % 28 + 1
                ),
                published: NaiveDate::from_ymd_opt(2024, 3, 29),
                ..Report::default()
            })
            .collect();
        // The same texts again: one inside the first chunk, one across the boundary.
        let mut again = out[3].clone();
        again.id = "again-3".into();
        out.insert(10, again);
        let mut again = out[5].clone();
        again.id = "again-5".into();
        out.push(again);
        out
    }

    #[test]
    fn chunked_parallel_ingest_equals_report_by_report_ingest() {
        let dir = tempfile::tempdir().expect("temp dir");
        let coder = Coder::new();
        let reports = reports_with_repeats(INGEST_CHUNK + 40);
        let chunked =
            cw_store::open(&dir.path().join("chunked.db").to_string_lossy()).expect("open");
        let mut errors = Vec::new();
        let s = ingest_reports(
            &*chunked,
            &coder,
            &reports,
            &ProgressBar::hidden(),
            &mut errors,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            (s.read, s.new, s.known, s.failed),
            (reports.len(), reports.len() - 2, 2, 0)
        );

        let single = cw_store::open(&dir.path().join("single.db").to_string_lossy()).expect("open");
        for r in &reports {
            single
                .ingest(&StoredReport::from_report(r), &coder.code(r))
                .expect("ingest");
        }
        let q = cw_store::Query::new().limit(10_000);
        // Everything but the ingest time, which differs between the two runs.
        let untimed = |mut v: Vec<cw_record::Event>| {
            v.iter_mut().for_each(|e| e.timestamp = None);
            v
        };
        let a = untimed(chunked.query(&q).expect("query"));
        let b = untimed(single.query(&q).expect("query"));
        // Same place within a few days and the same actors: many reports merge into one event,
        // within a chunk and across chunks alike.
        assert!(
            a.len() >= 20 && s.events_merged > 0,
            "{} events, {s}",
            a.len()
        );
        assert_eq!(s.events_new, a.len());
        assert_eq!(a, b);
        // A second run finds every report known and changes nothing.
        let again = ingest_reports(
            &*chunked,
            &coder,
            &reports,
            &ProgressBar::hidden(),
            &mut errors,
        );
        assert_eq!((again.new, again.known), (0, reports.len()));
        assert_eq!(untimed(chunked.query(&q).expect("query")), a);
    }

    #[test]
    fn kinds_by_extension_and_content() {
        assert_eq!(kind_by_extension(Path::new("a/b.JSONL")), Some(Kind::Jsonl));
        assert_eq!(kind_by_extension(Path::new("a/b.htm")), Some(Kind::Html));
        assert_eq!(kind_by_extension(Path::new("a/b.png")), None);
        assert_eq!(sniff(b"{\"id\":1}"), Kind::Jsonl);
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?><rss version=\"2.0\">"),
            Kind::Feed
        );
        assert_eq!(sniff(b"<!doctype html><html>"), Kind::Html);
        assert_eq!(sniff(b"Soldiers clashed"), Kind::Text);
    }

    #[test]
    fn strip_tags_keeps_text_and_breaks() {
        assert_eq!(
            strip_tags("<p>Two killed &amp; three hurt.</p><p>Army says</p>"),
            "Two killed & three hurt.\n\nArmy says"
        );
        assert_eq!(strip_tags("no tags"), "no tags");
        assert_eq!(strip_tags("broken <b"), "broken");
    }

    #[test]
    fn text_files_give_title_and_dated_names_give_dates() {
        let r = text_report(
            Path::new("d/2025-02-14-ouallam.txt"),
            "x",
            "Blast near Ouallam\n\nFour soldiers died.",
        );
        assert_eq!(r.title.as_deref(), Some("Blast near Ouallam"));
        assert_eq!(r.published, NaiveDate::from_ymd_opt(2025, 2, 14));
        let r = text_report(
            Path::new("notes.txt"),
            "x",
            "Four soldiers died near Ouallam on Sunday.",
        );
        assert_eq!((r.title, r.published), (None, None));
    }

    #[test]
    fn dates_from_metadata_prefixes() {
        assert_eq!(
            parse_date_prefix("2025-03-19T08:00:00Z"),
            NaiveDate::from_ymd_opt(2025, 3, 19)
        );
        assert_eq!(parse_date_prefix("19/03/2025"), None);
        assert_eq!(parse_date_prefix("2025"), None);
    }
}
