//! The per-app request trace: a bounded ring of the last routed requests
//! (arrival, wait, service), kept in memory for `everai app trace`. One
//! short lock per request, separate from the app's state lock.

use crate::model::trace::TraceRecord;
use std::collections::VecDeque;
use std::sync::Mutex;

pub struct TraceRing {
    capacity: usize,
    records: Mutex<VecDeque<TraceRecord>>,
}

impl TraceRing {
    pub fn new(capacity: usize) -> TraceRing {
        TraceRing {
            capacity,
            records: Mutex::new(VecDeque::with_capacity(capacity.min(1024))),
        }
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Keeps `record`, forgetting the oldest when full.
    pub fn push(&self, record: TraceRecord) {
        if self.capacity == 0 {
            return;
        }
        let mut records = self.records.lock().unwrap_or_else(|p| p.into_inner());
        if records.len() >= self.capacity {
            records.pop_front();
        }
        records.push_back(record);
    }

    /// Records that arrived at or after `since` (unix seconds), sorted by
    /// arrival (they are kept in completion order).
    pub fn since(&self, since: f64) -> Vec<TraceRecord> {
        let records = self.records.lock().unwrap_or_else(|p| p.into_inner());
        let mut out: Vec<TraceRecord> = records
            .iter()
            .filter(|r| r.arrival >= since)
            .cloned()
            .collect();
        drop(records);
        out.sort_by(|a, b| a.arrival.total_cmp(&b.arrival));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(arrival: f64) -> TraceRecord {
        TraceRecord {
            arrival,
            wait: Some(0.0),
            service: Some(1.0),
            status: Some(200),
        }
    }

    #[test]
    fn keeps_the_last_records_sorted_by_arrival() {
        let ring = TraceRing::new(3);
        for t in [5.0, 1.0, 4.0, 2.0] {
            ring.push(record(t));
        }
        let arrivals: Vec<f64> = ring.since(0.0).iter().map(|r| r.arrival).collect();
        assert_eq!(arrivals, [1.0, 2.0, 4.0]);
        assert_eq!(ring.since(2.0).len(), 2);
        let off = TraceRing::new(0);
        off.push(record(1.0));
        assert!(off.since(0.0).is_empty());
    }
}
