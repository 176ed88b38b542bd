//! `cargo run -p xtask -- <task>`: regenerate committed, derived files.
//!
//! - `schema`: writes `schema/event.schema.json` from the `Event` type.
//! - `gazetteer`: rebuilds `data/geo/gazetteer.tsv.z` from GeoNames material (see `gazetteer.rs`).

mod gazetteer;

use anyhow::{bail, Context, Result};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn main() -> Result<()> {
    let task = std::env::args().nth(1).unwrap_or_default();
    match task.as_str() {
        "schema" => {
            let path = root().join("schema/event.schema.json");
            let text = serde_json::to_string_pretty(&cw_record::event_schema())? + "\n";
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            println!("wrote {}", path.display());
            Ok(())
        }
        "gazetteer" => {
            let args: Vec<String> = std::env::args().skip(2).collect();
            gazetteer::run(&root(), &args)
        }
        other => bail!("unknown task {other:?}; tasks: schema, gazetteer"),
    }
}
