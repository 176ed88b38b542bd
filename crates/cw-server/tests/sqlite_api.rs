//! The API over the real embedded store (SQLite in a temp file): ACLED's parameter forms
//! end to end, ids assigned by the store, event pages with their source text, and a
//! loopback load test with a bounded number of requests over a real socket.

mod support;

use cw_server::AppState;
use serde_json::Value;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use support::{fixture_events, synthetic_event, synthetic_report, Rng};

struct TempDb(std::path::PathBuf);
impl Drop for TempDb {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", self.0.display()));
        }
    }
}

fn temp_db(tag: &str) -> TempDb {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    TempDb(std::env::temp_dir().join(format!("cw-server-{tag}-{}-{nanos}.db", std::process::id())))
}

fn filled_store(db: &TempDb, extra: usize) -> Arc<dyn cw_store::EventStore> {
    let store = cw_store::open(&db.0.to_string_lossy()).expect("open sqlite store");
    let mut batch: Vec<(cw_store::StoredReport, Vec<cw_record::Event>)> = fixture_events()
        .into_iter()
        .map(|e| (synthetic_report(&e), vec![e]))
        .collect();
    let mut rng = Rng::new(42);
    for i in 0..extra {
        let e = synthetic_event(1000 + i as u64, &mut rng);
        batch.push((synthetic_report(&e), vec![e]));
    }
    store.ingest_batch(&batch).expect("ingest");
    Arc::from(store)
}

/// Start the server on a free loopback port in a background runtime.
fn start(store: Arc<dyn cw_store::EventStore>) -> std::net::SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let (listener, addr) = cw_server::bind("127.0.0.1:0").await.expect("bind");
            tx.send(addr).expect("send addr");
            let state = AppState::new(store, Arc::new(cw_coder::Coder::new()), None);
            let _ = axum::serve(listener, cw_server::router(state)).await;
        });
    });
    rx.recv().expect("server address")
}

/// A minimal HTTP/1.1 GET over one keep-alive connection (reads Content-Length bodies).
struct Client {
    s: TcpStream,
    host: String,
}
impl Client {
    fn new(addr: std::net::SocketAddr) -> Client {
        let s = TcpStream::connect(addr).expect("connect");
        s.set_nodelay(true).ok();
        Client {
            s,
            host: addr.to_string(),
        }
    }
    fn get(&mut self, path: &str) -> (u16, Vec<u8>) {
        write!(self.s, "GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n", self.host).expect("write");
        let mut head = Vec::new();
        let mut b = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            self.s.read_exact(&mut b).expect("read head");
            head.push(b[0]);
        }
        let head = String::from_utf8_lossy(&head).to_string();
        let status: u16 = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let len: usize = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .map(|v| v.trim().parse().unwrap_or(0))
            })
            .expect("content-length");
        let mut body = vec![0u8; len];
        self.s.read_exact(&mut body).expect("read body");
        (status, body)
    }
    fn json(&mut self, path: &str) -> (u16, Value) {
        let (s, b) = self.get(path);
        (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
    }
}

fn locations(v: &Value) -> Vec<String> {
    v["data"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|r| r["location"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn acled_parameters_over_the_sqlite_store() {
    let db = temp_db("params");
    let addr = start(filled_store(&db, 0));
    let mut c = Client::new(addr);

    let (s, v) = c.json(
        "/api/acled/read?country=Niger&event_date=2025-01-01|2025-12-31&event_date_where=BETWEEN",
    );
    assert_eq!(s, 200);
    assert_eq!(locations(&v), ["Ouallam", "Tillia"], "newest first");
    let (_, v) = c.json("/api/acled/read?country=Mali|Burkina%20Faso");
    assert_eq!(locations(&v), ["Djenne", "Djibo"]);
    let (_, v) = c.json("/api/acled/read?actor1=islamic%20state");
    assert_eq!(
        locations(&v),
        ["Djibo"],
        "LIKE is a case-insensitive substring"
    );
    let (_, v) = c.json("/api/acled/read?fatalities=12&fatalities_where=%3E%3D");
    assert_eq!(locations(&v), ["Ouallam", "Djibo"]);
    let (_, v) = c.json("/api/acled/read?year=2024");
    assert_eq!(locations(&v), ["Djibo"]);
    let (_, v) = c.json("/api/acled/read?limit=1&page=2&fields=location|fatalities");
    assert_eq!(
        v["data"],
        serde_json::json!([{"location": "Ouallam", "fatalities": "12"}])
    );
    assert_eq!(v["total_count"], 4);
    let (s, v) = c.json("/api/acled/read?country_where=%3D");
    assert_eq!(s, 400, "{v}");

    // Event page: the store's id, the report text, the evidence span inside it.
    let (_, v) = c.json("/api/acled/read?location=Ouallam&fields=event_id_cnty");
    let id = v["data"][0]["event_id_cnty"]
        .as_str()
        .expect("id")
        .to_string();
    assert!(id.starts_with("NIR"), "ACLED-style id from the store: {id}");
    let (s, v) = c.json(&format!("/api/events/{id}"));
    assert_eq!(s, 200);
    let src = &v["data"]["sources"][0];
    let text = src["text"].as_str().unwrap_or("");
    let ev = &src["event"]["evidence"][0];
    let (a, b) = (
        ev["start"].as_u64().unwrap_or(0) as usize,
        ev["end"].as_u64().unwrap_or(0) as usize,
    );
    assert_eq!(text.get(a..b), Some("Ouallam"));

    let (_, v) = c.json("/api/stats?country=Niger");
    assert_eq!(
        (v["events"].as_u64(), v["fatalities"].as_u64()),
        (Some(2), Some(12))
    );
}

#[test]
fn loopback_load_is_served_without_errors() {
    // A bounded run: 8 clients × 50 requests over filtered reads, stats and map.
    let db = temp_db("load");
    let addr = start(filled_store(&db, 3000));
    let paths = [
        "/api/acled/read?country=Niger&event_date=2024-01-01|2024-06-30&event_date_where=BETWEEN&limit=100",
        "/api/acled/read?actor=JNIM&limit=50&_format=csv",
        "/api/stats?country=Mali",
        "/api/map?event_type=Battles",
    ];
    let started = std::time::Instant::now();
    let handles: Vec<_> = (0..8)
        .map(|t| {
            std::thread::spawn(move || {
                let mut c = Client::new(addr);
                let mut worst = std::time::Duration::ZERO;
                for i in 0..50 {
                    let t0 = std::time::Instant::now();
                    let (s, body) = c.get(paths[(t + i) % paths.len()]);
                    worst = worst.max(t0.elapsed());
                    assert_eq!(s, 200, "{}", String::from_utf8_lossy(&body));
                    assert!(!body.is_empty());
                }
                worst
            })
        })
        .collect();
    let worst = handles
        .into_iter()
        .map(|h| h.join().expect("client thread"))
        .max()
        .unwrap_or_default();
    let total = started.elapsed();
    eprintln!("400 requests in {total:?}, slowest {worst:?}");
    // Generous bound (debug build, shared CI machine): this catches hangs and pathologies.
    assert!(
        worst < std::time::Duration::from_secs(5),
        "slowest request took {worst:?}"
    );
}
