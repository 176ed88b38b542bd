//! Routes and handlers.

use crate::params::{self, Filter, Format, ParamError, ReadRequest};
use crate::{assets, openapi, AppState, MAX_BODY_BYTES};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, RawQuery, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use cw_record::{Event, Report, ACLED_COLUMNS};
use cw_store::{Condition, Query, StoreError, StoredReport};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::HashMap;

/// The map never receives more than this many events: the most recent ones matching the
/// filters, aggregated by place. (100,000 markers would freeze a browser.)
pub const MAP_EVENT_LIMIT: usize = 5000;

/// The whole application.
pub fn router(state: AppState) -> Router {
    let writes = Router::new()
        .route("/api/reports", post(post_report))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_token));
    Router::new()
        .route("/api/acled/read", get(acled_read))
        .route("/api/events/{id}", get(event_detail))
        .route("/api/stats", get(stats))
        .route("/api/map", get(map_points))
        .route("/api/openapi.json", get(openapi_doc))
        .merge(writes)
        .merge(assets::routes())
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

// ---------------------------------------------------------------- errors

/// An API error, answered in ACLED's error envelope.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }
}

impl From<ParamError> for ApiError {
    fn from(e: ParamError) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, e.to_string())
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::InvalidQuery(m) => ApiError::new(StatusCode::BAD_REQUEST, m),
            other => {
                tracing::error!(error = %other, "store error");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the store failed; see the server log",
                )
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let code = self.status.as_u16();
        let body = json!({"status": code, "success": false, "error": {"status": code, "message": self.message}});
        (self.status, Json(body)).into_response()
    }
}

/// Run blocking store/coder work off the async workers.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| {
        tracing::error!(error = %e, "blocking task failed");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
    })?
}

// ---------------------------------------------------------------- read API

/// The store query for a parsed request's filters.
pub(crate) fn store_query(filters: &[Filter], limit: Option<usize>, offset: usize) -> Query {
    Query {
        conditions: filters
            .iter()
            .map(|f| Condition {
                field: f.field.clone(),
                op: f.op,
                values: f.values.clone(),
            })
            .collect(),
        limit,
        offset,
    }
}

/// One data row in ACLED's JSON form: the requested columns, in order, as strings.
struct Row<'a> {
    event: &'a Event,
    columns: &'a [&'a str],
    inter_numeric: bool,
}

impl Serialize for Row<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.columns.len()))?;
        for c in self.columns {
            m.serialize_entry(c, &self.event.column(c, self.inter_numeric))?;
        }
        m.end()
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    status: u16,
    success: bool,
    /// Rows in this response (ACLED's `count`).
    count: usize,
    /// Rows matching the filters over all pages.
    total_count: u64,
    page: usize,
    limit: usize,
    data: Vec<Row<'a>>,
}

async fn acled_read(
    State(st): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let req = params::parse_query_string(q.as_deref().unwrap_or(""))?;
    let store = st.store.clone();
    let filters = req.filters.clone();
    let (limit, offset) = (req.limit, req.offset());
    let (events, total) = blocking(move || {
        let query = store_query(&filters, Some(limit), offset);
        let events = store.query(&query)?;
        // A short first page is the whole result: skip the second scan.
        let total = if offset == 0 && events.len() < limit {
            events.len() as u64
        } else {
            store.count(&query)?
        };
        Ok((events, total))
    })
    .await?;
    render_rows(&req, &events, total)
}

fn render_rows(req: &ReadRequest, events: &[Event], total: u64) -> Result<Response, ApiError> {
    let owned: Vec<&str>;
    let columns: &[&str] = match &req.fields {
        Some(f) => {
            owned = f.iter().map(String::as_str).collect();
            &owned
        }
        None => ACLED_COLUMNS,
    };
    match req.format {
        Format::Json => {
            let env = Envelope {
                status: 200,
                success: true,
                count: events.len(),
                total_count: total,
                page: req.page,
                limit: req.limit,
                data: events
                    .iter()
                    .map(|event| Row {
                        event,
                        columns,
                        inter_numeric: req.inter_numeric,
                    })
                    .collect(),
            };
            let body = serde_json::to_vec(&env)
                .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
            Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let fail =
                |e: csv::Error| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
            w.write_record(columns).map_err(fail)?;
            for e in events {
                w.write_record(columns.iter().map(|c| e.column(c, req.inter_numeric)))
                    .map_err(fail)?;
            }
            let body = w
                .into_inner()
                .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
            Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], body).into_response())
        }
    }
}

/// `/api/stats` and `/api/map` take the read API's filters; paging and output options are
/// refused there rather than silently ignored.
fn filters_only(q: Option<&str>) -> Result<Vec<Filter>, ApiError> {
    let req = params::parse_query_string(q.unwrap_or(""))?;
    let defaults = params::parse_query_string("")?;
    if req.fields.is_some()
        || req.format != Format::Json
        || req.limit != defaults.limit
        || req.page != 1
    {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "this endpoint takes filters only (no fields, _format, limit or page)",
        ));
    }
    Ok(req.filters)
}

async fn stats(State(st): State<AppState>, RawQuery(q): RawQuery) -> Result<Response, ApiError> {
    let filters = filters_only(q.as_deref())?;
    let key = format!("{filters:?}");
    if let Some(v) = st.stats_cache.get(&key) {
        return Ok(Json(&*v).into_response());
    }
    let flight = st.stats_cache.flight(&key);
    let _computing = flight.lock().await;
    // Someone else may have computed it while we waited.
    if let Some(v) = st.stats_cache.get(&key) {
        return Ok(Json(&*v).into_response());
    }
    let store = st.store.clone();
    let v = blocking(move || compute_stats(store.as_ref(), &filters)).await?;
    let v = std::sync::Arc::new(v);
    st.stats_cache.put(key, v.clone());
    Ok(Json(&*v).into_response())
}

fn compute_stats(
    store: &dyn cw_store::EventStore,
    filters: &[Filter],
) -> Result<serde_json::Value, ApiError> {
    let stats = store.stats(&store_query(filters, None, 0))?;
    let events: u64 = stats.by_event_type.iter().map(|t| t.events).sum();
    let fatalities: u64 = stats.by_event_type.iter().map(|t| t.fatalities).sum();
    Ok(json!({
        "status": 200,
        "success": true,
        "events": events,
        "fatalities": fatalities,
        "by_week": stats.by_week,
        "by_admin1": stats.by_admin1,
        "by_event_type": stats.by_event_type,
    }))
}

/// Compute the unfiltered statistics in the background and cache them; a request arriving
/// meanwhile waits for this computation rather than starting its own.
pub(crate) fn prewarm(st: &AppState) {
    let st = st.clone();
    tokio::spawn(async move {
        let filters: Vec<Filter> = Vec::new();
        let key = format!("{filters:?}");
        let flight = st.stats_cache.flight(&key);
        let _computing = flight.lock().await;
        let store = st.store.clone();
        match blocking(move || compute_stats(store.as_ref(), &filters)).await {
            Ok(v) => st.stats_cache.put(key, std::sync::Arc::new(v)),
            Err(e) => tracing::warn!(error = e.message, "could not precompute statistics"),
        }
    });
}

/// One place on the map: the events there among the most recent [`MAP_EVENT_LIMIT`].
#[derive(Debug, Serialize)]
struct MapPoint {
    lat: f64,
    lon: f64,
    location: String,
    admin1: String,
    country: String,
    events: u64,
    fatalities: u64,
    /// The event type with the most events here (colours the marker).
    event_type: String,
    latest: String,
    /// The most recent event here (the marker links to it).
    event_id: String,
}

async fn map_points(
    State(st): State<AppState>,
    RawQuery(q): RawQuery,
) -> Result<Response, ApiError> {
    let filters = filters_only(q.as_deref())?;
    let store = st.store.clone();
    let (events, total) = blocking(move || {
        let query = store_query(&filters, Some(MAP_EVENT_LIMIT), 0);
        let events = store.query(&query)?;
        let total = if events.len() < MAP_EVENT_LIMIT {
            events.len() as u64
        } else {
            store.count(&query)?
        };
        Ok((events, total))
    })
    .await?;
    let points = aggregate_points(&events);
    Ok(Json(json!({
        "status": 200,
        "success": true,
        "total": total,
        "shown": events.len(),
        "points": points,
    }))
    .into_response())
}

/// Group events by place (coordinates to 0.01°, about 1 km). Events come newest first, so
/// the first event of a group is its latest.
fn aggregate_points(events: &[Event]) -> Vec<MapPoint> {
    let mut index: HashMap<(i64, i64), usize> = HashMap::new();
    let mut points: Vec<MapPoint> = Vec::new();
    let mut types: Vec<HashMap<&str, u64>> = Vec::new();
    for e in events {
        let (Some(lat), Some(lon)) = (e.latitude, e.longitude) else {
            continue;
        };
        if !lat.is_finite() || !lon.is_finite() {
            continue;
        }
        let key = ((lat * 100.0).round() as i64, (lon * 100.0).round() as i64);
        let i = *index.entry(key).or_insert_with(|| {
            points.push(MapPoint {
                lat,
                lon,
                location: e.location.clone(),
                admin1: e.admin1.clone(),
                country: e.country.clone(),
                events: 0,
                fatalities: 0,
                event_type: String::new(),
                latest: e.event_date.to_string(),
                event_id: e.event_id_cnty.clone().unwrap_or_default(),
            });
            types.push(HashMap::new());
            points.len() - 1
        });
        points[i].events += 1;
        points[i].fatalities += e.fatalities;
        *types[i].entry(e.event_type.as_str()).or_insert(0) += 1;
    }
    for (p, t) in points.iter_mut().zip(&types) {
        // Ties resolve by name so the colour is stable between requests.
        if let Some((name, _)) = t.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
            p.event_type = name.to_string();
        }
    }
    points
}

async fn event_detail(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let store = st.store.clone();
    let lookup = id.clone();
    let detail = blocking(move || Ok(store.get(&lookup)?)).await?;
    match detail {
        Some(d) => Ok(Json(json!({"status": 200, "success": true, "data": d})).into_response()),
        None => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no event {id}"),
        )),
    }
}

async fn openapi_doc() -> Response {
    Json(openapi::document()).into_response()
}

// ---------------------------------------------------------------- writes

/// Write endpoints need `Authorization: Bearer <token>`; with no token configured the
/// server is read-only (403), a missing or wrong token is 401.
async fn require_token(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let Some(expected) = st.token.as_deref() else {
        return ApiError::new(
            StatusCode::FORBIDDEN,
            "writes are disabled: start the server with --token or CONFLICTWATCH_TOKEN",
        )
        .into_response();
    };
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(str::trim);
    match given {
        Some(t) if constant_time_eq(t.as_bytes(), expected.as_bytes()) => next.run(req).await,
        _ => {
            let mut r = ApiError::new(StatusCode::UNAUTHORIZED, "a valid bearer token is required")
                .into_response();
            r.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            r
        }
    }
}

/// Compare without an early exit, so response time does not reveal how much of a guess matched.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = a.len() ^ b.len();
    for i in 0..a.len().max(b.len()) {
        diff |= usize::from(a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0));
    }
    diff == 0
}

/// The JSON form of `POST /api/reports`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReportIn {
    #[serde(default)]
    id: Option<String>,
    text: String,
    #[serde(default)]
    published: Option<chrono::NaiveDate>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    url: Option<String>,
    /// The country the source covers (ISO code or name).
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    title: Option<String>,
    /// The day whose ACLED actor names to use (default: `published`).
    #[serde(default)]
    names_as_of: Option<chrono::NaiveDate>,
}

fn parse_report(headers: &HeaderMap, body: &[u8]) -> Result<Report, ApiError> {
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("text/plain");
    let bad = |m: String| ApiError::new(StatusCode::BAD_REQUEST, m);
    let r = if ctype.starts_with("application/json") {
        let r: ReportIn =
            serde_json::from_slice(body).map_err(|e| bad(format!("bad report JSON: {e}")))?;
        Report {
            id: r.id.unwrap_or_default(),
            text: r.text,
            published: r.published,
            source: r.source,
            url: r.url,
            title: r.title,
            country: r.country,
            names_as_of: r.names_as_of,
        }
    } else if ctype.starts_with("text/plain") {
        let text =
            std::str::from_utf8(body).map_err(|_| bad("the report must be UTF-8 text".into()))?;
        Report {
            id: String::new(),
            text: text.to_string(),
            published: None,
            source: None,
            url: None,
            title: None,
            country: None,
            names_as_of: None,
        }
    } else {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send text/plain or application/json {id, text, published, source, url}",
        ));
    };
    if r.country.is_some() && cw_coder::report_country(&r).is_none() {
        return Err(bad(format!(
            "country {:?} is not a country this coder knows (give an ISO code like BF, or a name)",
            r.country.as_deref().unwrap_or("")
        )));
    }
    if r.text.trim().is_empty() {
        return Err(bad("the report text is empty".into()));
    }
    Ok(r)
}

async fn post_report(
    State(st): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let mut report = parse_report(&headers, &body)?;
    let (store, coder) = (st.store.clone(), st.coder.clone());
    let (outcome, events) = blocking(move || {
        let mut stored = StoredReport::from_report(&report);
        if report.id.trim().is_empty() {
            // Without a client id the content hash names the report: re-posting it is a no-op.
            report.id = format!("r-{}", stored.hash.get(..16).unwrap_or(&stored.hash));
            stored.id = report.id.clone();
        }
        let coded = coder.code(&report);
        let outcome = store.ingest(&stored, &coded)?;
        let mut events = Vec::with_capacity(outcome.event_ids.len());
        for id in &outcome.event_ids {
            if let Some(d) = store.get(id)? {
                events.push(d.event);
            }
        }
        Ok((outcome, events))
    })
    .await?;
    if outcome.report_new {
        // New events change every aggregate.
        st.stats_cache.clear();
    }
    let status = if outcome.report_new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    tracing::info!(
        new = outcome.events_new,
        merged = outcome.events_merged,
        "report ingested"
    );
    Ok((
        status,
        Json(json!({
            "status": status.as_u16(),
            "success": true,
            "report_new": outcome.report_new,
            "events_new": outcome.events_new,
            "events_merged": outcome.events_merged,
            "count": events.len(),
            "data": events,
        })),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_time_eq_compares_whole_strings() {
        assert!(constant_time_eq(b"secret", b"secret"));
        assert!(!constant_time_eq(b"secret", b"secreT"));
        assert!(!constant_time_eq(b"secret", b"secret2"));
        assert!(!constant_time_eq(b"", b"x"));
    }
}
