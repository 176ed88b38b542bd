//! The monitoring service: ACLED's read API (`/api/acled/read`), event pages with their
//! evidence, statistics, report ingestion and the embedded dashboard.
//!
//! The store is synchronous (SQLite / PostgreSQL clients); every store or coder call runs on
//! tokio's blocking pool so slow queries never stall the accept loop.

mod api;
pub mod assets;
mod cache;
pub mod openapi;
pub mod params;

use cw_coder::Coder;
use cw_store::EventStore;
use std::net::SocketAddr;
use std::sync::Arc;

pub use api::{router, MAP_EVENT_LIMIT};

/// Largest request body accepted (a report of a few hundred pages); larger → 413.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// What the handlers share.
#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn EventStore>,
    pub coder: Arc<Coder>,
    /// Bearer token for write endpoints; `None` = writes refused.
    pub token: Option<Arc<str>>,
    /// Recent `/api/stats` answers (aggregating a large store takes a scan).
    pub(crate) stats_cache: Arc<cache::TtlCache>,
}

impl AppState {
    pub fn new(store: Arc<dyn EventStore>, coder: Arc<Coder>, token: Option<String>) -> AppState {
        // A blank token would make every request with an empty bearer authorised.
        let token = token
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .map(Arc::from);
        AppState {
            store,
            coder,
            token,
            stats_cache: Arc::new(cache::TtlCache::new(STATS_TTL, 256)),
        }
    }
}

/// How long a `/api/stats` answer is reused. Writes through this server clear it at once;
/// writes by another process into the same database show up within this time.
pub const STATS_TTL: std::time::Duration = std::time::Duration::from_secs(30);

/// Errors of starting or running the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
}

/// Bind `addr` (port 0 picks a free one) and return the listener with its real address.
pub async fn bind(addr: &str) -> Result<(tokio::net::TcpListener, SocketAddr), ServerError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: addr.to_string(),
            source,
        })?;
    let local = listener.local_addr()?;
    Ok((listener, local))
}

/// Serve until Ctrl-C. The unfiltered statistics (the dashboard's first view) are computed
/// in the background right away, so the first visitor does not wait for the scan.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> Result<(), ServerError> {
    api::prewarm(&state);
    let app = router(state);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            // If the signal handler cannot be installed, run until killed.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
        .await?;
    Ok(())
}
