//! App events (`everai app events`): recorded without blocking the caller
//! (they are often emitted under an app's lock) and written to the store in
//! order by one background task.

use super::store::Store;
use crate::model::{event_type, Event};
use tokio::sync::{mpsc, oneshot};

struct Record {
    app_uid: String,
    event: Event,
}

enum Message {
    Record(Record),
    /// Answered once everything sent before it is stored.
    Flush(oneshot::Sender<()>),
}

#[derive(Clone)]
pub struct EventLog {
    tx: mpsc::UnboundedSender<Message>,
}

impl EventLog {
    /// Starts the writer task, which stores events in batches, in order.
    pub fn start(store: Store) -> EventLog {
        let (tx, mut rx) = mpsc::unbounded_channel::<Message>();
        tokio::spawn(async move {
            while let Some(first) = rx.recv().await {
                let mut batch = vec![first];
                while let Ok(more) = rx.try_recv() {
                    batch.push(more);
                }
                let mut records = Vec::new();
                let mut flushed = Vec::new();
                for message in batch {
                    match message {
                        Message::Record(r) => records.push(r),
                        Message::Flush(done) => flushed.push(done),
                    }
                }
                write(&store, records).await;
                for done in flushed {
                    let _ = done.send(());
                }
            }
        });
        EventLog { tx }
    }

    /// Waits until every event recorded so far is stored (at shutdown).
    pub async fn flush(&self) {
        let (done, stored) = oneshot::channel();
        if self.tx.send(Message::Flush(done)).is_ok() {
            let _ = stored.await;
        }
    }

    fn record(&self, app_uid: &str, kind: &str, source: &str, message: &str) {
        let _ = self.tx.send(Message::Record(Record {
            app_uid: app_uid.to_string(),
            event: Event {
                event_type: kind.to_string(),
                source: source.to_string(),
                message: message.to_string(),
                created_at: crate::model::now_rfc3339(),
            },
        }));
    }

    pub fn normal(&self, app_uid: &str, source: &str, message: &str) {
        self.record(app_uid, event_type::NORMAL, source, message);
    }

    pub fn warning(&self, app_uid: &str, source: &str, message: &str) {
        self.record(app_uid, event_type::WARNING, source, message);
    }
}

/// Stores a batch of events in one transaction. A failure is logged: the
/// events are lost but the platform goes on.
async fn write(store: &Store, records: Vec<Record>) {
    if records.is_empty() {
        return;
    }
    let batch = records.into_iter().map(|r| (r.app_uid, r.event)).collect();
    if let Err(e) = store.append_events(batch).await {
        crate::platform::log::warn(&format!("cannot store app events: {e}"));
    }
}
