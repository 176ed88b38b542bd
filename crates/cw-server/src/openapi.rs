//! The OpenAPI 3 document served at `/api/openapi.json`.

use cw_record::{ACLED_COLUMNS, EXTENSION_COLUMNS};
use serde_json::{json, Value};

fn filter_params() -> Vec<Value> {
    let mut out = Vec::new();
    for c in ACLED_COLUMNS.iter().chain(EXTENSION_COLUMNS) {
        if crate::params::filter_kind(c).is_none() {
            continue;
        }
        out.push(json!({
            "name": c, "in": "query", "required": false, "schema": {"type": "string"},
            "description": format!("Filter on `{c}`; several values joined with `|` (OR). Text columns match with LIKE (substring, case-insensitive, `%` wildcard), numbers and dates with `=` unless `{c}_where` says otherwise."),
        }));
        out.push(json!({
            "name": format!("{c}_where"), "in": "query", "required": false,
            "schema": {"type": "string", "enum": ["=", "LIKE", "BETWEEN", ">=", "<=", ">", "<"]},
            "description": format!("Operator for `{c}`. BETWEEN takes two values: `{c}=a|b&{c}_where=BETWEEN`."),
        }));
    }
    out.push(
        json!({"name": "actor", "in": "query", "required": false, "schema": {"type": "string"},
        "description": "Any of actor1, actor2, assoc_actor_1, assoc_actor_2 (LIKE)."}),
    );
    out
}

fn page_params() -> Vec<Value> {
    vec![
        json!({"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": crate::params::DEFAULT_LIMIT},
               "description": format!("Rows per page; 0 or more than {} means {}.", crate::params::MAX_LIMIT, crate::params::MAX_LIMIT)}),
        json!({"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "default": 1}}),
        json!({"name": "fields", "in": "query", "schema": {"type": "string"},
               "description": "Columns to return, joined with `|` (default: ACLED's 31 columns)."}),
        json!({"name": "inter_num", "in": "query", "schema": {"type": "integer", "enum": [0, 1]},
               "description": "1: legacy numeric inter1/inter2/interaction codes."}),
        json!({"name": "_format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"]}}),
        json!({"name": "export_type", "in": "query", "schema": {"type": "string", "enum": ["dyadic"]}}),
    ]
}

fn error_response(what: &str) -> Value {
    json!({"description": what, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
}

/// The whole document.
pub fn document() -> Value {
    let mut read_params = filter_params();
    read_params.extend(page_params());
    let filters = filter_params();
    let mut columns: Vec<&str> = ACLED_COLUMNS.to_vec();
    columns.extend(EXTENSION_COLUMNS);
    let row_props: serde_json::Map<String, Value> = columns
        .iter()
        .map(|c| (c.to_string(), json!({"type": "string"})))
        .collect();
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "conflictwatch",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "ACLED-style event data coded from news reports. `/api/acled/read` takes ACLED's API parameters, so ACLED clients work by changing the base URL. Place names: GeoNames (CC-BY 4.0); boundaries: Natural Earth.",
        },
        "paths": {
            "/api/acled/read": {"get": {
                "summary": "Events, as ACLED's API returns them (event_date descending).",
                "parameters": read_params,
                "responses": {
                    "200": {"description": "Rows (every value a string, as in ACLED).", "content": {
                        "application/json": {"schema": {"type": "object", "properties": {
                            "status": {"type": "integer"}, "success": {"type": "boolean"},
                            "count": {"type": "integer", "description": "rows in this page"},
                            "total_count": {"type": "integer", "description": "rows matching the filters"},
                            "page": {"type": "integer"}, "limit": {"type": "integer"},
                            "data": {"type": "array", "items": {"type": "object", "properties": row_props}}}}},
                        "text/csv": {"schema": {"type": "string"}}}},
                    "400": error_response("Unknown column or parameter, bad operator or value."),
                }
            }},
            "/api/events/{id}": {"get": {
                "summary": "One event with every source report's text, its own reading, and the evidence spans (UTF-8 byte offsets into the report text).",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "description": "event_id_cnty"}],
                "responses": {"200": {"description": "`data`: {event, sources: [{report_id, title, url, source, published, text, event}]}"},
                              "404": error_response("No such event.")}
            }},
            "/api/stats": {"get": {
                "summary": "Events and fatalities by ISO week, by admin1 and by event type, over the events matching the filters.",
                "parameters": filters,
                "responses": {"200": {"description": "`events`, `fatalities`, `by_week`, `by_admin1`, `by_event_type`."},
                              "400": error_response("Bad filter.")}
            }},
            "/api/map": {"get": {
                "summary": format!("Map points: the {} most recent matching events grouped by place (0.01°).", crate::MAP_EVENT_LIMIT),
                "parameters": filter_params(),
                "responses": {"200": {"description": "`total`, `shown`, `points`: [{lat, lon, location, admin1, country, events, fatalities, event_type, latest, event_id}]."},
                              "400": error_response("Bad filter.")}
            }},
            "/api/reports": {"post": {
                "summary": "Code a report, store its events (de-duplicated against the store) and return them.",
                "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {
                    "text/plain": {"schema": {"type": "string"}},
                    "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
                        "id": {"type": "string"}, "text": {"type": "string"},
                        "published": {"type": "string", "format": "date"},
                        "source": {"type": "string"}, "url": {"type": "string"}, "title": {"type": "string"}, "country": {"type": "string", "description": "country the source covers (ISO code or name)"},
                        "names_as_of": {"type": "string", "format": "date", "description": "name actors as ACLED's data does on this day (default: published)"}}}}}},
                "responses": {
                    "201": {"description": "New report: `events_new`, `events_merged`, `data` (the stored events)."},
                    "200": {"description": "Known report (same text or URL): nothing written, its events returned."},
                    "400": error_response("Empty or malformed report."),
                    "401": error_response("Missing or wrong bearer token."),
                    "403": error_response("The server has no token configured: writes are disabled."),
                    "413": {"description": format!("Body larger than {} bytes.", crate::MAX_BODY_BYTES)},
                    "415": error_response("Unsupported content type."),
                }
            }},
            "/api/openapi.json": {"get": {"summary": "This document.", "responses": {"200": {"description": "OpenAPI 3"}}}},
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {"Error": {"type": "object", "properties": {
                "status": {"type": "integer"}, "success": {"type": "boolean"},
                "error": {"type": "object", "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}}}
        }
    })
}
