//! The form a record takes in browser storage: JSON in a small envelope that names
//! the format and its version, so later versions can recognise and migrate it.
//! (Encryption at rest will wrap these bytes; it does not change them.)

use serde::{Deserialize, Serialize};

use crate::record::CaseRecord;

pub const STORED_FORMAT: &str = "casevoice-record";
pub const STORED_VERSION: u32 = 1;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    record: &'a CaseRecord,
}

/// Read first, ignoring the record, so a newer or foreign format is recognised
/// before its record is interpreted.
#[derive(Deserialize)]
struct EnvelopeHeader {
    format: String,
    version: u32,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    record: CaseRecord,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredRecordError {
    /// The bytes are not JSON at all.
    NotJson,
    /// JSON, but not a casevoice record.
    NotARecord,
    /// Written by a newer casevoice than this one.
    NewerVersion(u32),
    /// A casevoice record of a known version that does not hold together.
    Damaged(String),
}

pub fn to_stored_json(record: &CaseRecord) -> String {
    let envelope = EnvelopeOut {
        format: STORED_FORMAT,
        version: STORED_VERSION,
        record,
    };
    serde_json::to_string(&envelope)
        .expect("a CaseRecord has only string keys and no floats, so it always serialises")
}

// Parsing the text twice with typed structs, rather than once into a
// `serde_json::Value`, keeps the generic JSON value code out of the wasm build.
pub fn from_stored_json(text: &str) -> Result<CaseRecord, StoredRecordError> {
    let header: EnvelopeHeader = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            StoredRecordError::NotJson
        } else {
            StoredRecordError::NotARecord
        }
    })?;
    if header.format != STORED_FORMAT {
        return Err(StoredRecordError::NotARecord);
    }
    if header.version > STORED_VERSION {
        return Err(StoredRecordError::NewerVersion(header.version));
    }
    serde_json::from_str::<EnvelopeIn>(text)
        .map(|envelope| envelope.record)
        .map_err(|e| StoredRecordError::Damaged(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::{Answer, Field, Question};
    use crate::record_action::{apply, ChangeContext, RecordAction};
    use crate::timestamp::tests::a_moment;
    use proptest::prelude::*;
    use serde_json::Value;

    fn a_record(case_number: &str) -> CaseRecord {
        let mut record = CaseRecord::new(uuid::Uuid::from_u128(7), a_moment());
        let context = ChangeContext {
            at: a_moment(),
            by: "Sam".into(),
        };
        let set = RecordAction::Set(
            Field::case(Question::CaseNumber),
            Answer::Text(case_number.into()),
        );
        apply(&mut record, set, &context);
        record
    }

    #[test]
    fn a_record_reads_back_as_it_was_written() {
        let record = a_record("ZW19P01392");
        assert_eq!(from_stored_json(&to_stored_json(&record)), Ok(record));
    }

    #[test]
    fn the_stored_form_names_its_format_version_and_uses_iso_dates() {
        let json = to_stored_json(&a_record("ZW19P01392"));
        let value: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["format"], "casevoice-record");
        assert_eq!(value["version"], 1);
        assert_eq!(value["record"]["case_details"]["case_number"], "ZW19P01392");
        assert_eq!(value["record"]["created_at"], "2026-11-25T09:30:00Z");
        assert_eq!(
            value["record"]["id"],
            "00000000-0000-0000-0000-000000000007"
        );
    }

    #[test]
    fn says_why_stored_bytes_cannot_be_read() {
        assert_eq!(
            from_stored_json("not json"),
            Err(StoredRecordError::NotJson)
        );
        assert_eq!(
            from_stored_json("[1,2]"),
            Err(StoredRecordError::NotARecord)
        );
        assert_eq!(
            from_stored_json(r#"{"format":"other","version":1,"record":{}}"#),
            Err(StoredRecordError::NotARecord)
        );
        assert_eq!(
            from_stored_json(r#"{"format":"casevoice-record","version":9,"record":{}}"#),
            Err(StoredRecordError::NewerVersion(9))
        );
        assert!(matches!(
            from_stored_json(r#"{"format":"casevoice-record","version":1,"record":{"id":"x"}}"#),
            Err(StoredRecordError::Damaged(_))
        ));
    }

    proptest! {
        #[test]
        fn any_typed_text_survives_storage_exactly(typed in any::<String>()) {
            let record = a_record(&typed);
            prop_assert_eq!(from_stored_json(&to_stored_json(&record)), Ok(record));
        }

        #[test]
        fn reading_arbitrary_bytes_never_panics(text in any::<String>()) {
            let _ = from_stored_json(&text);
        }
    }
}
