//! The outbox: exports waiting to be sent to the case system, and those sent.
//! It is kept in browser storage, so nothing waiting is lost to a reload or a
//! day offline. Sending never touches the record itself: a record is deleted
//! only when the practitioner deletes it.
//!
//! Each item is sent with an `Idempotency-Key` of the record id and the
//! content hash, so the case system can recognise the same content sent twice
//! (a retry after a lost answer, or "Send" pressed again) and keep one copy.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// The first retry waits this long; each later one twice as long as the last.
pub const FIRST_RETRY: Duration = Duration::seconds(2);
/// No wait is longer than this, so a long outage ends in minutes, not hours.
pub const LONGEST_WAIT: Duration = Duration::minutes(5);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub id: Uuid,
    pub record_id: Uuid,
    pub content_sha256: String,
    /// What is sent: the JWE, or the plain JSON export where no key is configured.
    pub body: String,
    pub content_type: String,
    #[serde(with = "time::serde::rfc3339")]
    pub queued_at: OffsetDateTime,
    pub state: OutboxState,
    /// Failed tries so far.
    pub attempts: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum OutboxState {
    /// To be sent at `next_try` or as soon after as there is a connection.
    Waiting {
        #[serde(with = "time::serde::rfc3339")]
        next_try: OffsetDateTime,
    },
    Sending,
    Sent {
        #[serde(with = "time::serde::rfc3339")]
        at: OffsetDateTime,
    },
    /// The last try failed; the next is at `next_try`.
    Failed {
        reason: UploadFailure,
        #[serde(with = "time::serde::rfc3339")]
        next_try: OffsetDateTime,
    },
}

/// Why a send did not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UploadFailure {
    /// No answer at all: offline, the server down, or refused by the browser.
    NoConnection,
    /// The case system answered with this HTTP status.
    Status(u16),
}

impl OutboxItem {
    pub fn new(
        id: Uuid,
        record_id: Uuid,
        content_sha256: &str,
        body: String,
        content_type: &str,
        now: OffsetDateTime,
    ) -> Self {
        OutboxItem {
            id,
            record_id,
            content_sha256: content_sha256.to_string(),
            body,
            content_type: content_type.to_string(),
            queued_at: now,
            state: OutboxState::Waiting { next_try: now },
            attempts: 0,
        }
    }

    /// `{record id}.{content hash}`: the same for the same content, however
    /// often and however it is sent.
    pub fn idempotency_key(&self) -> String {
        format!("{}.{}", self.record_id, self.content_sha256)
    }

    fn next_try(&self) -> Option<OffsetDateTime> {
        match self.state {
            OutboxState::Waiting { next_try } | OutboxState::Failed { next_try, .. } => {
                Some(next_try)
            }
            OutboxState::Sending | OutboxState::Sent { .. } => None,
        }
    }
}

/// How long to wait after the `attempts`-th failure: 2 s, 4 s, 8 s, … up to 5 minutes.
pub fn backoff(attempts: u32) -> Duration {
    let doublings = attempts.saturating_sub(1).min(16);
    (FIRST_RETRY * 2i32.pow(doublings)).min(LONGEST_WAIT)
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    pub items: Vec<OutboxItem>,
}

impl Outbox {
    pub fn enqueue(&mut self, item: OutboxItem) {
        self.items.push(item);
    }

    /// The item to send now, oldest first; none while one is being sent, so
    /// items go one at a time and in order.
    pub fn next_due(&self, now: OffsetDateTime) -> Option<Uuid> {
        if self.is_sending() {
            return None;
        }
        self.items
            .iter()
            .find(|item| item.next_try().is_some_and(|at| at <= now))
            .map(|item| item.id)
    }

    /// When the next item falls due, if any is waiting.
    pub fn next_wake(&self) -> Option<OffsetDateTime> {
        self.items.iter().filter_map(OutboxItem::next_try).min()
    }

    pub fn is_sending(&self) -> bool {
        self.items
            .iter()
            .any(|item| item.state == OutboxState::Sending)
    }

    pub fn start_sending(&mut self, id: Uuid) {
        self.update(id, |item| item.state = OutboxState::Sending);
    }

    pub fn sent(&mut self, id: Uuid, at: OffsetDateTime) {
        self.update(id, |item| item.state = OutboxState::Sent { at });
    }

    pub fn failed(&mut self, id: Uuid, reason: UploadFailure, now: OffsetDateTime) {
        self.update(id, |item| {
            item.attempts = item.attempts.saturating_add(1);
            item.state = OutboxState::Failed {
                reason,
                next_try: now + backoff(item.attempts),
            };
        });
    }

    /// The connection is back: everything waiting is due now, not at the end
    /// of a backoff that was only waiting for it.
    pub fn retry_now(&mut self, now: OffsetDateTime) {
        for item in &mut self.items {
            match &mut item.state {
                OutboxState::Waiting { next_try } | OutboxState::Failed { next_try, .. } => {
                    *next_try = (*next_try).min(now);
                }
                OutboxState::Sending | OutboxState::Sent { .. } => {}
            }
        }
    }

    /// As read from storage at start-up: a send cut short by a reload may or
    /// may not have arrived, so it is sent again; its key lets the case system
    /// recognise it if it had.
    pub fn resume(mut self, now: OffsetDateTime) -> Self {
        for item in &mut self.items {
            if item.state == OutboxState::Sending {
                item.state = OutboxState::Waiting { next_try: now };
            }
        }
        self
    }

    fn update(&mut self, id: Uuid, change: impl FnOnce(&mut OutboxItem)) {
        if let Some(item) = self.items.iter_mut().find(|item| item.id == id) {
            change(item);
        }
    }
}

/// The outbox's stored form.
pub fn outbox_to_json(outbox: &Outbox) -> String {
    serde_json::to_string(outbox).expect("an outbox has only string keys, so it always serialises")
}

/// Reads the stored outbox; an error for anything this app did not write.
pub fn outbox_from_json(text: &str) -> Result<Outbox, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-11-26 10:00 UTC);

    fn item(n: u128) -> OutboxItem {
        OutboxItem::new(
            Uuid::from_u128(100 + n),
            Uuid::from_u128(n),
            "ab12",
            "eyJ.a.b.c.d".into(),
            "application/jose",
            NOW,
        )
    }

    #[test]
    fn the_key_is_the_record_id_and_the_content_hash() {
        assert_eq!(
            item(7).idempotency_key(),
            "00000000-0000-0000-0000-000000000007.ab12"
        );
        // A second send of the same content has the same key.
        let mut again = item(7);
        again.id = Uuid::from_u128(999);
        assert_eq!(again.idempotency_key(), item(7).idempotency_key());
    }

    #[test]
    fn the_wait_doubles_from_two_seconds_up_to_five_minutes() {
        let waits: Vec<i64> = (1..=10).map(|n| backoff(n).whole_seconds()).collect();
        assert_eq!(waits, [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
        assert_eq!(backoff(u32::MAX), LONGEST_WAIT);
    }

    #[test]
    fn sends_one_at_a_time_oldest_first() {
        let mut outbox = Outbox::default();
        outbox.enqueue(item(1));
        outbox.enqueue(item(2));
        let first = outbox.next_due(NOW).unwrap();
        assert_eq!(first, item(1).id);
        outbox.start_sending(first);
        assert_eq!(outbox.next_due(NOW), None);
        outbox.sent(first, NOW);
        assert_eq!(outbox.next_due(NOW), Some(item(2).id));
    }

    #[test]
    fn a_failure_waits_before_the_next_try_and_the_connection_coming_back_ends_the_wait() {
        let mut outbox = Outbox::default();
        outbox.enqueue(item(1));
        let id = item(1).id;
        outbox.start_sending(id);
        outbox.failed(id, UploadFailure::Status(500), NOW);
        outbox.start_sending(id);
        outbox.failed(id, UploadFailure::NoConnection, NOW);
        assert_eq!(outbox.items[0].attempts, 2);
        assert_eq!(outbox.next_due(NOW), None);
        assert_eq!(outbox.next_wake(), Some(NOW + Duration::seconds(4)));
        assert_eq!(outbox.next_due(NOW + Duration::seconds(4)), Some(id));
        outbox.retry_now(NOW + Duration::seconds(1));
        assert_eq!(outbox.next_due(NOW + Duration::seconds(1)), Some(id));
    }

    #[test]
    fn sent_items_stay_listed_and_are_never_sent_again() {
        let mut outbox = Outbox::default();
        outbox.enqueue(item(1));
        outbox.sent(item(1).id, NOW);
        outbox.retry_now(NOW);
        assert_eq!(outbox.next_due(NOW + Duration::days(1)), None);
        assert_eq!(outbox.next_wake(), None);
        assert_eq!(outbox.items.len(), 1);
    }

    #[test]
    fn a_send_cut_short_by_a_reload_is_sent_again() {
        let mut outbox = Outbox::default();
        outbox.enqueue(item(1));
        outbox.start_sending(item(1).id);
        let later = NOW + Duration::minutes(3);
        let read = outbox_from_json(&outbox_to_json(&outbox))
            .unwrap()
            .resume(later);
        assert_eq!(
            read.items[0].state,
            OutboxState::Waiting { next_try: later }
        );
        assert_eq!(read.next_due(later), Some(item(1).id));
    }

    #[test]
    fn the_stored_form_reads_back_the_same() {
        let mut outbox = Outbox::default();
        outbox.enqueue(item(1));
        outbox.enqueue(item(2));
        outbox.failed(item(1).id, UploadFailure::Status(503), NOW);
        outbox.sent(item(2).id, NOW);
        assert_eq!(outbox_from_json(&outbox_to_json(&outbox)), Ok(outbox));
        assert!(outbox_from_json("{not json").is_err());
    }
}
