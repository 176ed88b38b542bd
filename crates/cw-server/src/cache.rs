//! A small time-bounded cache of JSON answers, keyed by the normalised request.

use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub(crate) struct TtlCache {
    ttl: Duration,
    capacity: usize,
    entries: Mutex<HashMap<String, (Instant, Arc<Value>)>>,
    /// One lock per key being computed, so concurrent misses for the same key wait for
    /// one computation instead of each scanning the store.
    inflight: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl TtlCache {
    pub(crate) fn new(ttl: Duration, capacity: usize) -> TtlCache {
        TtlCache {
            ttl,
            capacity,
            entries: Mutex::new(HashMap::new()),
            inflight: Mutex::new(HashMap::new()),
        }
    }

    /// The computation lock for a key (hold it while computing, then re-check [`Self::get`]).
    pub(crate) fn flight(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        match self.inflight.lock() {
            Ok(mut m) => {
                // Forget locks nobody holds or waits on, so the map stays small.
                m.retain(|_, l| Arc::strong_count(l) > 1);
                m.entry(key.to_string()).or_default().clone()
            }
            Err(_) => Arc::default(),
        }
    }

    pub(crate) fn get(&self, key: &str) -> Option<Arc<Value>> {
        let entries = self.entries.lock().ok()?;
        entries
            .get(key)
            .filter(|(at, _)| at.elapsed() < self.ttl)
            .map(|(_, v)| v.clone())
    }

    pub(crate) fn put(&self, key: String, value: Arc<Value>) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= self.capacity {
                // Many distinct filters: drop the stale ones, and everything if none is stale.
                entries.retain(|_, (at, _)| at.elapsed() < self.ttl);
                if entries.len() >= self.capacity {
                    entries.clear();
                }
            }
            entries.insert(key, (Instant::now(), value));
        }
    }

    pub(crate) fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_expire_and_capacity_is_bounded() {
        let c = TtlCache::new(Duration::from_millis(50), 2);
        c.put("a".into(), Arc::new(Value::from(1)));
        assert_eq!(c.get("a").as_deref(), Some(&Value::from(1)));
        c.put("b".into(), Arc::new(Value::from(2)));
        c.put("c".into(), Arc::new(Value::from(3)));
        assert!(c.entries.lock().map(|e| e.len()).unwrap_or(0) <= 2);
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(c.get("c"), None, "expired");
        c.put("d".into(), Arc::new(Value::from(4)));
        c.clear();
        assert_eq!(c.get("d"), None);
    }
}
