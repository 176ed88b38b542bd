//! End-to-end tests of `ingest`, `events`, `export`, `stats` and `show` through the binary,
//! on an embedded store in a temp dir. The reports are fixtures written for these tests.

use std::path::Path;
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_conflictwatch"));
    c.env("CONFLICTWATCH_LOG", "error");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run conflictwatch")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .to_string_lossy()
        .to_string()
}

fn examples() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .to_string_lossy()
        .to_string()
}

fn db(dir: &tempfile::TempDir, name: &str) -> String {
    dir.path().join(name).to_string_lossy().to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn events_json(db: &str) -> Vec<serde_json::Value> {
    let o = run(&["events", "--db", db, "--format", "json"]);
    assert!(
        o.status.success(),
        "events failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).expect("events --format json is a JSON array")
}

/// The scenario: the same clash told by three differently worded reports ends as
/// one event with three sources, the lowest credible toll, and each reading kept.
#[test]
fn three_reports_of_one_clash_become_one_event_with_three_sources() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(&dir, "s.db");
    let o = run(&[
        "ingest",
        &fixture("dedupe-three-reports.jsonl"),
        "--db",
        &db,
    ]);
    assert!(
        o.status.success(),
        "ingest failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let summary = String::from_utf8_lossy(&o.stderr);
    assert!(
        summary.contains("3 read, 3 new, 0 already known, 0 failed"),
        "{summary}"
    );
    let events = events_json(&db);
    assert_eq!(events.len(), 1, "one event expected, got {events:#?}");
    let e = &events[0];
    assert_eq!(
        e["source"],
        "Sahel Wire; Radio Fleuve; Le Courrier du Niger"
    );
    assert_eq!(e["event_date"], "2025-03-11");
    let id = e["event_id_cnty"].as_str().unwrap().to_string();
    assert!(id.starts_with("NIR"), "{id}");
    let o = run(&["show", &id, "--db", &db, "--format", "json"]);
    let detail: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let sources = detail["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 3);
    let tolls: Vec<u64> = sources
        .iter()
        .map(|s| s["event"]["fatalities"].as_u64().unwrap())
        .collect();
    // Each report's own reading is kept, in ingest order (the tolls are the coder's readings).
    let ids: Vec<&str> = sources
        .iter()
        .map(|s| s["report_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["dedupe-a", "dedupe-b", "dedupe-c"]);
    let lowest = tolls.iter().copied().filter(|&t| t > 0).min().unwrap();
    assert_eq!(
        e["fatalities"], lowest,
        "the most conservative of the conflicting figures {tolls:?}"
    );
    let text = stdout(&run(&["show", &id, "--db", &db]));
    assert!(
        text.contains("(3 source reports)") && text.contains("Radio Fleuve"),
        "{text}"
    );
}

#[test]
fn reingesting_is_a_noop_and_bad_input_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(&dir, "s.db");
    let first = run(&["ingest", &examples(), "--db", &db]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let before = stdout(&run(&["export", "--db", &db, "--format", "csv"]));
    assert!(before.lines().count() > 5);
    let again = run(&["ingest", &examples(), "--db", &db]);
    assert!(again.status.success());
    let summary = String::from_utf8_lossy(&again.stderr);
    assert!(
        summary.contains(" 0 new,") && summary.contains("events: 0 new, 0 merged"),
        "{summary}"
    );
    assert_eq!(
        stdout(&run(&["export", "--db", &db, "--format", "csv"])),
        before
    );

    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"id\": \"ok-1\", \"text\": \"Protesters marched in Niamey on Monday.\"}\nnot json\n{\"text\": \"no id\"}\n").unwrap();
    let binary = dir.path().join("binary.txt");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x80]).unwrap();
    let o = run(&[
        "ingest",
        bad.to_str().unwrap(),
        binary.to_str().unwrap(),
        "--db",
        &db,
    ]);
    assert_eq!(o.status.code(), Some(1), "failures give a non-zero exit");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.jsonl:2: not valid JSON"), "{err}");
    assert!(
        err.contains("bad.jsonl:3: a line needs \"id\" and \"text\""),
        "{err}"
    );
    assert!(err.contains("binary.txt: not UTF-8 text"), "{err}");
    assert!(
        err.contains("4 read, 1 new, 0 already known, 3 failed"),
        "{err}"
    );
    // The store is still readable and the earlier events untouched.
    assert!(stdout(&run(&["export", "--db", &db, "--format", "csv"]))
        .starts_with(before.lines().next().unwrap()));
}

#[test]
fn export_formats_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(&dir, "s.db");
    assert!(run(&["ingest", &examples(), "--db", &db, "--quiet"])
        .status
        .success());
    let all = events_json(&db);
    assert!(all.len() > 5);
    // CSV in ACLED's column order.
    let csv = stdout(&run(&["export", "--db", &db]));
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1"));
    assert_eq!(csv.lines().count(), all.len() + 1);
    // GeoJSON: one feature per event, points as [lon, lat].
    let gj: serde_json::Value =
        serde_json::from_slice(&run(&["export", "--db", &db, "--format", "geojson"]).stdout)
            .unwrap();
    let feats = gj["features"].as_array().unwrap();
    assert_eq!(feats.len(), all.len());
    let located = feats.iter().find(|f| !f["geometry"].is_null()).unwrap();
    assert_eq!(
        located["geometry"]["coordinates"][0],
        located["properties"]["longitude"]
    );
    // Filters narrow the list.
    let niger = run(&[
        "events",
        "--db",
        &db,
        "--country",
        "niger",
        "--format",
        "json",
    ]);
    let niger: Vec<serde_json::Value> = serde_json::from_slice(&niger.stdout).unwrap();
    assert!(!niger.is_empty() && niger.len() < all.len());
    assert!(niger.iter().all(|e| e["country"] == "Niger"));
    let deadly = run(&[
        "events",
        "--db",
        &db,
        "--min-fatalities",
        "10",
        "--format",
        "json",
    ]);
    let deadly: Vec<serde_json::Value> = serde_json::from_slice(&deadly.stdout).unwrap();
    assert!(deadly
        .iter()
        .all(|e| e["fatalities"].as_u64().unwrap() >= 10));
    assert!(deadly.len() < all.len());
    let bad = run(&["events", "--db", &db, "--from", "last week"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--from"));
    // Stats add up to the events.
    let stats: serde_json::Value =
        serde_json::from_slice(&run(&["stats", "--db", &db, "--format", "json"]).stdout).unwrap();
    let n: u64 = stats["by_event_type"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["events"].as_u64().unwrap())
        .sum();
    assert_eq!(n as usize, all.len());
    let table = stdout(&run(&["stats", "--db", &db]));
    assert!(
        table.contains("By week") && table.contains("By admin1") && table.contains("By event type")
    );
}

/// Kill an ingest part-way, run it again: the store ends as after one uninterrupted run.
#[test]
fn interrupted_ingest_then_rerun_equals_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let clean = db(&dir, "clean.db");
    assert!(run(&["ingest", &examples(), "--db", &clean, "--quiet"])
        .status
        .success());
    let killed = db(&dir, "killed.db");
    let mut child = bin()
        .args(["ingest", &examples(), "--db", &killed, "--quiet"])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    let _ = child.kill();
    let _ = child.wait();
    assert!(run(&["ingest", &examples(), "--db", &killed, "--quiet"])
        .status
        .success());
    let strip = |db: &str| -> Vec<serde_json::Value> {
        events_json(db)
            .into_iter()
            .map(|mut e| {
                e["timestamp"] = serde_json::Value::Null; // time of writing differs
                e
            })
            .collect()
    };
    assert_eq!(strip(&killed), strip(&clean));
}

/// A saved HTML page (text by readability, title and date from its metadata) and an RSS feed
/// (one report per item, the feed's title as source) in one directory.
#[test]
fn html_pages_and_feeds_are_read_with_their_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(&dir, "s.db");
    let o = run(&["ingest", &fixture("web"), "--db", &db]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("3 read, 3 new, 0 already known, 0 failed"),
        "{err}"
    );
    let events = events_json(&db);
    // Events are found by the report they came from (`article_id` is the report id).
    let detail = |report: &str| -> serde_json::Value {
        let e = events
            .iter()
            .find(|e| {
                e["article_id"]
                    .as_str()
                    .is_some_and(|a| a.ends_with(report))
            })
            .unwrap_or_else(|| panic!("no event from {report}: {events:#?}"));
        let id = e["event_id_cnty"].as_str().unwrap();
        serde_json::from_slice(&run(&["show", id, "--db", &db, "--format", "json"]).stdout).unwrap()
    };
    let page = detail("page.html");
    assert_eq!(
        page["sources"][0]["source"], "Daily Example",
        "site name from og:site_name"
    );
    let r = &page["sources"][0];
    assert_eq!(r["title"], "Militants attack army post near Torodi");
    assert_eq!(r["published"], "2025-04-08");
    let text = r["text"].as_str().unwrap();
    assert!(text.contains("killing three soldiers"), "{text}");
    assert!(
        !text.contains("newsletter") && !text.contains("Sport"),
        "navigation and footer dropped: {text}"
    );
    let item = detail("https://desk.example/a1");
    assert_eq!(
        item["sources"][0]["source"], "Example Sahel Desk",
        "the feed title"
    );
    let r = &item["sources"][0];
    assert_eq!(r["url"], "https://desk.example/a1");
    assert_eq!(r["published"], "2025-04-09");
    assert_eq!(r["title"], "Gunmen kill two herders near Tillaberi");
    assert!(
        !r["text"].as_str().unwrap().contains("<p>"),
        "markup stripped"
    );
}

/// Serve one response on a loopback port (a stand-in for a news site), return its URL.
fn serve_once(body: Vec<u8>, content_type: &'static str) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/feed", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        if let Ok((mut conn, _)) = listener.accept() {
            let mut req = Vec::new();
            let mut buf = [0u8; 1024];
            while !req.windows(4).any(|w| w == b"\r\n\r\n") {
                match conn.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => req.extend_from_slice(&buf[..n]),
                }
            }
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = conn.write_all(head.as_bytes());
            let _ = conn.write_all(&body);
        }
    });
    url
}

#[test]
fn feeds_are_fetched_from_urls() {
    let dir = tempfile::tempdir().unwrap();
    let db = db(&dir, "s.db");
    let feed = std::fs::read(fixture("web/feed.xml")).unwrap();
    let url = serve_once(feed, "application/rss+xml");
    let o = run(&["ingest", &url, "--db", &db]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("2 read, 2 new, 0 already known, 0 failed"),
        "{err}"
    );
    assert!(events_json(&db)
        .iter()
        .all(|e| e["source"] == "Example Sahel Desk"));
    // An unreachable URL is a named failure.
    let o = run(&["ingest", "http://127.0.0.1:9/nothing", "--db", &db]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("http://127.0.0.1:9/nothing: cannot fetch"));
}
