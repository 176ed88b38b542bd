//! The HTTP API in process (tower's `oneshot`), against an in-memory store with ACLED's
//! filter semantics: each parameter form, the envelope, CSV, event pages, stats, writes.

mod support;

use axum::body::{to_bytes, Body};
use axum::http::{header, Request, StatusCode};
use axum::Router;
use cw_server::{router, AppState};
use serde_json::Value;
use std::sync::Arc;
use support::{fixture_events, MemStore};
use tower::ServiceExt;

fn app_with(store: Arc<MemStore>, token: Option<&str>) -> Router {
    router(AppState::new(
        store,
        Arc::new(cw_coder::Coder::new()),
        token.map(str::to_string),
    ))
}

fn app() -> (Router, Arc<MemStore>) {
    let store = Arc::new(MemStore::with(fixture_events()));
    (app_with(store.clone(), None), store)
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, String, Vec<u8>) {
    let resp = match app.clone().oneshot(req).await {
        Ok(r) => r,
        Err(e) => match e {},
    };
    let status = resp.status();
    let ctype = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = to_bytes(resp.into_body(), 64 << 20)
        .await
        .map(|b| b.to_vec())
        .unwrap_or_default();
    (status, ctype, body)
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    let (s, _, b) = send(app, Request::get(uri).body(Body::empty()).unwrap()).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

fn ids(v: &Value) -> Vec<String> {
    v["data"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|r| r["event_id_cnty"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn read_returns_acleds_envelope_newest_first_with_string_values() {
    let (app, _) = app();
    let (s, v) = get(&app, "/api/acled/read").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["status"], 200);
    assert_eq!(v["success"], true);
    assert_eq!(v["count"], 4);
    assert_eq!(ids(&v), ["T3", "T1", "T2", "T4"]);
    let row = &v["data"][1];
    assert_eq!(
        row["fatalities"], "12",
        "ACLED's JSON carries every value as a string"
    );
    assert_eq!(row["event_date"], "2025-03-17");
    assert_eq!(
        row.as_object().map(|o| o.len()),
        Some(31),
        "ACLED's 31 columns by default"
    );
}

#[tokio::test]
async fn text_filter_is_like_and_pipe_is_or() {
    let (app, store) = app();
    let (_, v) = get(
        &app,
        "/api/acled/read?actor1=military%20forces%20of%20niger",
    )
    .await;
    assert_eq!(ids(&v), ["T1"]);
    let q = store.last_query().unwrap();
    assert_eq!(q.conditions[0].op, cw_store::Op::Like);
    let (_, v) = get(&app, "/api/acled/read?country=Mali|Burkina%20Faso").await;
    assert_eq!(ids(&v), ["T3", "T4"]);
}

#[tokio::test]
async fn dates_and_numbers_match_by_equality() {
    let (app, store) = app();
    let (_, v) = get(&app, "/api/acled/read?event_date=2025-03-17").await;
    assert_eq!(ids(&v), ["T1"]);
    assert_eq!(
        store.last_query().unwrap().conditions[0].op,
        cw_store::Op::Eq
    );
    let (_, v) = get(&app, "/api/acled/read?fatalities=30").await;
    assert_eq!(ids(&v), ["T4"]);
    let (_, v) = get(&app, "/api/acled/read?iso=562").await;
    assert_eq!(ids(&v), ["T1", "T2"]);
}

#[tokio::test]
async fn where_overrides_between_ge_le_like() {
    let (app, store) = app();
    let (_, v) = get(
        &app,
        "/api/acled/read?event_date=2025-03-01|2025-03-31&event_date_where=BETWEEN",
    )
    .await;
    assert_eq!(ids(&v), ["T3", "T1"]);
    let q = store.last_query().unwrap();
    assert_eq!(q.conditions[0].op, cw_store::Op::Between);
    assert_eq!(q.conditions[0].values, ["2025-03-01", "2025-03-31"]);
    let (_, v) = get(
        &app,
        "/api/acled/read?fatalities=12&fatalities_where=%3E%3D",
    )
    .await;
    assert_eq!(ids(&v), ["T1", "T4"]);
    let (_, v) = get(&app, "/api/acled/read?fatalities=5&fatalities_where=%3C%3D").await;
    assert_eq!(ids(&v), ["T3", "T2"]);
    let (_, v) = get(&app, "/api/acled/read?year=2025&year_where=%3C").await;
    assert_eq!(ids(&v), ["T4"]);
    let (_, v) = get(&app, "/api/acled/read?location=jib&location_where=LIKE").await;
    assert_eq!(ids(&v), ["T4"]);
}

#[tokio::test]
async fn limit_page_and_counts() {
    let (app, store) = app();
    let (_, v) = get(&app, "/api/acled/read?limit=2&page=2").await;
    assert_eq!(ids(&v), ["T2", "T4"]);
    assert_eq!(v["count"], 2);
    assert_eq!(v["total_count"], 4);
    let q = store.queries.lock().unwrap()[0].clone();
    assert_eq!(
        (q.limit, q.offset),
        (Some(2), 2),
        "page 2 of 2 skips 2 rows"
    );
    let (_, v) = get(&app, "/api/acled/read?limit=2&page=3").await;
    assert_eq!(v["count"], 0);
}

#[tokio::test]
async fn fields_select_and_order_columns() {
    let (app, _) = app();
    let (_, _, body) = send(
        &app,
        Request::get("/api/acled/read?fields=fatalities|event_id_cnty&limit=1")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let text = String::from_utf8(body).unwrap();
    assert!(
        text.contains(r#"{"fatalities":"5","event_id_cnty":"T3"}"#),
        "{text}"
    );
}

#[tokio::test]
async fn inter_num_gives_numeric_codes() {
    let (app, _) = app();
    let (_, v) = get(
        &app,
        "/api/acled/read?event_id_cnty=T1&fields=inter1|inter2|interaction",
    )
    .await;
    assert_eq!(v["data"][0]["inter1"], "State forces");
    let (_, v) = get(
        &app,
        "/api/acled/read?event_id_cnty=T1&fields=inter1|inter2|interaction&inter_num=1",
    )
    .await;
    assert_eq!(v["data"][0]["inter1"], "1");
    assert_eq!(v["data"][0]["inter2"], "2");
    assert_eq!(v["data"][0]["interaction"], "12");
}

#[tokio::test]
async fn csv_in_acleds_column_order() {
    let (app, _) = app();
    let (s, ctype, body) = send(
        &app,
        Request::get("/api/acled/read?_format=csv&country=Niger")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert!(ctype.starts_with("text/csv"));
    let mut r = csv::Reader::from_reader(body.as_slice());
    let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(headers, cw_record::ACLED_COLUMNS);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], "T1");
}

#[tokio::test]
async fn unknown_fields_and_bad_values_are_400_with_a_message() {
    let (app, _) = app();
    for uri in [
        "/api/acled/read?contry=Mali",
        "/api/acled/read?fields=nope",
        "/api/acled/read?event_date=2025-03-01&event_date_where=BETWEEN",
        "/api/acled/read?year=twenty",
        "/api/acled/read?year=2020&year_where=ABOUT",
        "/api/acled/read?_format=xml",
        "/api/stats?limit=5",
        "/api/map?contry=Mali",
    ] {
        let (s, v) = get(&app, uri).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(v["success"], false, "{uri}");
        assert!(
            v["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{uri}"
        );
    }
    let (_, v) = get(&app, "/api/acled/read?contry=Mali").await;
    assert!(v["error"]["message"].as_str().unwrap().contains("contry"));
}

#[tokio::test]
async fn event_page_has_sources_and_evidence() {
    let (app, _) = app();
    let (s, v) = get(&app, "/api/events/T1").await;
    assert_eq!(s, StatusCode::OK);
    let ev = &v["data"]["event"];
    assert_eq!(ev["event_id_cnty"], "T1");
    let src = &v["data"]["sources"][0];
    let text = src["text"].as_str().unwrap();
    let e = &src["event"]["evidence"][0];
    let (a, b) = (
        e["start"].as_u64().unwrap() as usize,
        e["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[a..b], e["text"].as_str().unwrap());
    let (s, v) = get(&app, "/api/events/NOPE").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert_eq!(v["success"], false);
}

#[tokio::test]
async fn stats_by_week_admin1_and_type_follow_filters() {
    let (app, _) = app();
    let (s, v) = get(&app, "/api/stats?country=Niger").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["events"], 2);
    assert_eq!(v["fatalities"], 12);
    assert_eq!(v["by_admin1"].as_array().unwrap().len(), 2);
    assert_eq!(v["by_week"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn map_groups_points_and_caps_events() {
    let (app, store) = app();
    let (s, v) = get(&app, "/api/map?country=Niger|Mali").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["total"], 3);
    assert_eq!(v["points"].as_array().unwrap().len(), 3);
    assert_eq!(
        store.last_query().unwrap().limit,
        Some(cw_server::MAP_EVENT_LIMIT)
    );
}

#[tokio::test]
async fn openapi_describes_every_endpoint() {
    let (app, _) = app();
    let (s, v) = get(&app, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert!(v["openapi"].as_str().unwrap().starts_with("3."));
    for p in [
        "/api/acled/read",
        "/api/events/{id}",
        "/api/stats",
        "/api/map",
        "/api/reports",
        "/api/openapi.json",
    ] {
        assert!(v["paths"][p].is_object(), "{p} missing");
    }
    let params: Vec<&str> = v["paths"]["/api/acled/read"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    for p in [
        "event_date",
        "event_date_where",
        "country",
        "limit",
        "page",
        "fields",
        "inter_num",
        "_format",
    ] {
        assert!(params.contains(&p), "{p} not documented");
    }
}

#[tokio::test]
async fn dashboard_and_assets_are_served() {
    let (app, _) = app();
    let resp = match app
        .clone()
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
    {
        Ok(r) => r,
        Err(e) => match e {},
    };
    let csp = resp
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(
        csp.contains("default-src 'self'"),
        "the page may load nothing from elsewhere: {csp}"
    );
    for (uri, needle) in [
        ("/", "GeoNames"),
        ("/app.js", "/api/acled/read"),
        ("/vendor/leaflet.js", "Leaflet"),
        ("/data/admin1.geojson", "Tillab"),
    ] {
        let (s, _, b) = send(&app, Request::get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(s, StatusCode::OK, "{uri}");
        assert!(
            String::from_utf8_lossy(&b).contains(needle),
            "{uri} lacks {needle}"
        );
    }
}

// ---------------------------------------------------------------- writes

fn post(body: &str, ctype: &str, token: Option<&str>) -> Request<Body> {
    let mut r = Request::post("/api/reports").header(header::CONTENT_TYPE, ctype);
    if let Some(t) = token {
        r = r.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    r.body(Body::from(body.to_string())).unwrap()
}

#[tokio::test]
async fn writes_are_refused_without_a_configured_token() {
    let (app, store) = app();
    let (s, _, _) = send(
        &app,
        post("Gunmen attacked a village.", "text/plain", Some("anything")),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert_eq!(store.events.lock().unwrap().len(), 4, "nothing written");
    // A blank configured token is no token.
    let app = app_with(Arc::new(MemStore::default()), Some("  "));
    let (s, _, _) = send(&app, post("x", "text/plain", Some(""))).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn writes_need_the_right_bearer_token() {
    let store = Arc::new(MemStore::default());
    let app = app_with(store.clone(), Some("s3cret"));
    let (s, _, _) = send(&app, post("Gunmen attacked a village.", "text/plain", None)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _, _) = send(
        &app,
        post("Gunmen attacked a village.", "text/plain", Some("wrong")),
    )
    .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _, b) = send(
        &app,
        post("Gunmen attacked a village.", "text/plain", Some("s3cret")),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{}", String::from_utf8_lossy(&b));
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(v["success"], true);
    assert_eq!(v["report_new"], true);
    assert!(v["data"].is_array());
    // The same text again is a known report: nothing new.
    let (s, _, b) = send(
        &app,
        post("Gunmen attacked a village.", "text/plain", Some("s3cret")),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(v["report_new"], false);
}

#[tokio::test]
async fn json_reports_are_accepted_and_validated() {
    let app = app_with(Arc::new(MemStore::default()), Some("t"));
    let body = r#"{"id":"r1","text":"Soldiers clashed with gunmen near Torodi.","published":"2025-03-19","source":"Wire","url":"https://example.org/a"}"#;
    let (s, _, b) = send(&app, post(body, "application/json", Some("t"))).await;
    assert_eq!(s, StatusCode::CREATED, "{}", String::from_utf8_lossy(&b));
    let (s, _, _) = send(&app, post(r#"{"txt":"x"}"#, "application/json", Some("t"))).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _, _) = send(
        &app,
        post(r#"{"text":"  "}"#, "application/json", Some("t")),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _, _) = send(&app, post("<x/>", "application/xml", Some("t"))).await;
    assert_eq!(s, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn bodies_over_the_limit_are_413() {
    let app = app_with(Arc::new(MemStore::default()), Some("t"));
    let big = "a".repeat(cw_server::MAX_BODY_BYTES + 1);
    let (s, _, _) = send(&app, post(&big, "text/plain", Some("t"))).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    let ok = "a ".repeat(1000);
    let (s, _, _) = send(&app, post(&ok, "text/plain", Some("t"))).await;
    assert_eq!(s, StatusCode::CREATED);
}

#[tokio::test]
async fn hostile_query_strings_never_crash() {
    let (app, _) = app();
    for uri in [
        "/api/acled/read?%",
        "/api/acled/read?country=%27%20OR%201%3D1%20--",
        "/api/acled/read?country=%FF%FE",
        "/api/acled/read?limit=99999999999999999999",
        "/api/events/%00",
        "/api/stats?event_date=x|y&event_date_where=BETWEEN",
    ] {
        let (s, _) = get(&app, uri).await;
        assert!(s.is_client_error() || s.is_success(), "{uri}: {s}");
    }
    let (_, v) = get(&app, "/api/acled/read?country=%27%20OR%201%3D1%20--").await;
    assert_eq!(
        v["count"], 0,
        "an injection attempt is just a value that matches nothing"
    );
}

#[tokio::test]
async fn stats_are_cached_until_a_write() {
    let store = Arc::new(MemStore::with(fixture_events()));
    let app = app_with(store.clone(), Some("t"));
    let (_, v) = get(&app, "/api/stats").await;
    assert_eq!(v["events"], 4);
    // A write behind the server's back is not seen while the answer is fresh…
    let mut extra = fixture_events().remove(0);
    extra.event_id_cnty = Some("X1".into());
    store
        .events
        .lock()
        .unwrap()
        .push((extra.clone(), support::synthetic_report(&extra)));
    let (_, v) = get(&app, "/api/stats").await;
    assert_eq!(v["events"], 4, "cached");
    let (_, v) = get(&app, "/api/stats?country=Niger").await;
    assert_eq!(v["events"], 3, "another filter is another entry");
    // …and a write through the API clears the cache.
    let (s, _, _) = send(
        &app,
        post(
            "A new report about a protest in Niamey.",
            "text/plain",
            Some("t"),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED);
    let (_, v) = get(&app, "/api/stats").await;
    assert!(v["events"].as_u64().unwrap_or(0) >= 5, "{v}");
}
