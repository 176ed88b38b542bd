//! The monitoring service: ACLED's read API (`/api/acled/read`), event pages with their
//! evidence, statistics, report ingestion and the embedded dashboard.

pub mod params;
