//! The `events` table: app events, newest first when read.

use super::{Store, StoreError};
use crate::model::Event;

impl Store {
    /// Stores a batch of `(app uid, event)` in one transaction, in order.
    pub async fn append_events(&self, events: Vec<(String, Event)>) -> Result<(), StoreError> {
        self.run(move |c| {
            let tx = c.transaction()?;
            for (app_uid, e) in &events {
                tx.execute(
                    "INSERT INTO events (app_uid, type, source, message, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    (app_uid, &e.event_type, &e.source, &e.message, &e.created_at),
                )?;
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    /// Events of an app, newest first, at most `limit` after skipping `offset`.
    pub async fn events(
        &self,
        app_uid: &str,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<Event>, StoreError> {
        let app_uid = app_uid.to_string();
        self.run(move |c| {
            let mut stmt = c.prepare_cached(
                "SELECT type, source, message, created_at FROM events WHERE app_uid = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3",
            )?;
            let rows = stmt.query_map((&app_uid, limit, offset), |r| {
                Ok(Event {
                    event_type: r.get(0)?,
                    source: r.get(1)?,
                    message: r.get(2)?,
                    created_at: r.get(3)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
    }
}
