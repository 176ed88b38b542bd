//! The dashboard's files, embedded at compile time (built from web/ by `npm run vendor`,
//! boundaries from data/boundaries/), so the binary serves everything offline.

use crate::AppState;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;

/// (path, content type, bytes). Vendored libraries never change under one path, so they
/// may be cached; the app and data are revalidated.
pub const FILES: &[(&str, &str, &[u8])] = &[
    (
        "/",
        "text/html; charset=utf-8",
        include_bytes!("../../../web/src/index.html"),
    ),
    (
        "/app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../web/src/app.js"),
    ),
    (
        "/app.css",
        "text/css; charset=utf-8",
        include_bytes!("../../../web/src/app.css"),
    ),
    (
        "/vendor/leaflet.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/vendor/leaflet.js"),
    ),
    (
        "/vendor/leaflet.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/vendor/leaflet.css"),
    ),
    (
        "/vendor/uPlot.iife.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/vendor/uPlot.iife.min.js"),
    ),
    (
        "/vendor/uPlot.min.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/vendor/uPlot.min.css"),
    ),
    (
        "/vendor/LICENSES.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../assets/vendor/LICENSES.txt"),
    ),
    (
        "/data/countries.geojson",
        "application/geo+json",
        include_bytes!("../../../data/boundaries/countries.geojson"),
    ),
    (
        "/data/admin1.geojson",
        "application/geo+json",
        include_bytes!("../../../data/boundaries/admin1.geojson"),
    ),
];

/// Everything comes from this server: no CDN, no tiles, no inline script. Inline style
/// attributes are allowed (Leaflet and the app's colour swatches set them).
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

pub(crate) fn routes() -> Router<AppState> {
    let mut r = Router::new();
    for &(path, ctype, bytes) in FILES {
        let cache = if path.starts_with("/vendor/") {
            "public, max-age=86400"
        } else {
            "no-cache"
        };
        r = r.route(
            path,
            get(move || async move {
                (
                    [
                        (header::CONTENT_TYPE, ctype),
                        (header::CACHE_CONTROL, cache),
                        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
                        (header::CONTENT_SECURITY_POLICY, CSP),
                    ],
                    bytes,
                )
                    .into_response()
            }),
        );
    }
    r
}
