//! Retention: a record is kept on this device only as long as it is needed. Once
//! the case system has acknowledged an export of the record exactly as it is now,
//! the record is deleted a set number of days later, with a warning in the
//! records list for the last few days. A record changed after it was sent is
//! not what the case system holds, so it is kept until it is sent again.

use time::{Duration, OffsetDateTime};

use crate::export::content_hash;
use crate::outbox::{Outbox, OutboxState};
use crate::CaseRecord;

/// The records list warns this many days before a record is deleted.
pub const WARNING_DAYS: i64 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retention {
    /// Not sent, not yet acknowledged, or changed since: kept.
    Kept,
    /// Acknowledged; deleted at `delete_at`, more than [`WARNING_DAYS`] away.
    Scheduled { delete_at: OffsetDateTime },
    /// Acknowledged, and deleted in `days_left` days or fewer (at least 1).
    DeletedSoon {
        delete_at: OffsetDateTime,
        days_left: i64,
    },
    /// Past its time: delete it now.
    Due,
}

/// When the case system acknowledged this record's current content, if it has.
pub fn acknowledged_at(record: &CaseRecord, outbox: &Outbox) -> Option<OffsetDateTime> {
    let mut hash = None;
    outbox
        .items
        .iter()
        .filter(|item| item.record_id == record.id)
        .filter_map(|item| match item.state {
            OutboxState::Sent { at } => Some((item, at)),
            _ => None,
        })
        .filter(|(item, _)| {
            let hash = hash.get_or_insert_with(|| content_hash(record));
            item.content_sha256 == *hash
        })
        .map(|(_, at)| at)
        .min()
}

/// What retention means for `record` at `now`, keeping acknowledged records
/// for `days`.
pub fn retention_of(
    record: &CaseRecord,
    outbox: &Outbox,
    now: OffsetDateTime,
    days: u32,
) -> Retention {
    let Some(acknowledged) = acknowledged_at(record, outbox) else {
        return Retention::Kept;
    };
    let delete_at = acknowledged + Duration::days(i64::from(days));
    if delete_at <= now {
        return Retention::Due;
    }
    // Whole days, rounded up: 1 hour left is "1 day".
    let left = delete_at - now;
    let days_left = (left.whole_seconds() + 86_399) / 86_400;
    if days_left <= WARNING_DAYS {
        Retention::DeletedSoon {
            delete_at,
            days_left,
        }
    } else {
        Retention::Scheduled { delete_at }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outbox::OutboxItem;
    use crate::{apply, ChangeContext, Field, Question, RecordAction};
    use time::macros::datetime;
    use uuid::Uuid;

    const SENT: OffsetDateTime = datetime!(2026-11-01 10:00 UTC);

    fn record() -> CaseRecord {
        CaseRecord::new(Uuid::from_u128(7), datetime!(2026-10-01 09:00 UTC))
    }

    fn outbox_with(record: &CaseRecord, state: OutboxState) -> Outbox {
        let mut item = OutboxItem::new(
            Uuid::from_u128(1),
            record.id,
            &content_hash(record),
            "{}".into(),
            "application/json",
            SENT - Duration::minutes(1),
        );
        item.state = state;
        Outbox { items: vec![item] }
    }

    #[test]
    fn a_record_never_sent_is_kept() {
        let record = record();
        let now = SENT + Duration::days(400);
        assert_eq!(
            retention_of(&record, &Outbox::default(), now, 30),
            Retention::Kept
        );
    }

    #[test]
    fn a_record_waiting_or_failing_to_send_is_kept() {
        let record = record();
        let now = SENT + Duration::days(400);
        let waiting = outbox_with(&record, OutboxState::Waiting { next_try: SENT });
        assert_eq!(retention_of(&record, &waiting, now, 30), Retention::Kept);
        let sending = outbox_with(&record, OutboxState::Sending);
        assert_eq!(retention_of(&record, &sending, now, 30), Retention::Kept);
    }

    #[test]
    fn an_acknowledged_record_is_scheduled_then_warned_about_then_due() {
        let record = record();
        let outbox = outbox_with(&record, OutboxState::Sent { at: SENT });
        let delete_at = SENT + Duration::days(30);
        assert_eq!(
            retention_of(&record, &outbox, SENT + Duration::days(1), 30),
            Retention::Scheduled { delete_at }
        );
        assert_eq!(
            retention_of(&record, &outbox, SENT + Duration::days(25), 30),
            Retention::DeletedSoon {
                delete_at,
                days_left: 5
            }
        );
        assert_eq!(
            retention_of(&record, &outbox, delete_at - Duration::hours(1), 30),
            Retention::DeletedSoon {
                delete_at,
                days_left: 1
            }
        );
        assert_eq!(
            retention_of(&record, &outbox, delete_at, 30),
            Retention::Due
        );
        // A shorter setting brings the day forward.
        assert_eq!(
            retention_of(&record, &outbox, SENT + Duration::days(8), 7),
            Retention::Due
        );
    }

    #[test]
    fn a_record_changed_after_it_was_sent_is_kept_until_sent_again() {
        let record = record();
        let outbox = outbox_with(&record, OutboxState::Sent { at: SENT });
        let mut changed = record.clone();
        apply(
            &mut changed,
            RecordAction::Set(
                Field::case(Question::Court),
                crate::Answer::Text("Leeds".into()),
            ),
            &ChangeContext {
                at: SENT + Duration::hours(1),
                by: "Sam Okafor".into(),
            },
        );
        assert_eq!(
            retention_of(&changed, &outbox, SENT + Duration::days(40), 30),
            Retention::Kept
        );
    }

    #[test]
    fn another_records_acknowledgement_does_not_count() {
        let record = record();
        let other = CaseRecord::new(Uuid::from_u128(8), SENT);
        let outbox = outbox_with(&other, OutboxState::Sent { at: SENT });
        assert_eq!(
            retention_of(&record, &outbox, SENT + Duration::days(40), 30),
            Retention::Kept
        );
    }
}
