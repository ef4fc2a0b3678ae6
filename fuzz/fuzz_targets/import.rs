//! The import path: a file's text as the import page reads it (`read_import`,
//! which reads the envelope with `read_export`), the words shown for whatever
//! is wrong with it, what opening it would do, and the stored form. Beyond not
//! panicking: a file that opens exports again to a file that opens to the same
//! record.
#![no_main]

use casevoice_core::export::{export_json, read_export};
use casevoice_core::import::{imported_record, plan_import, read_import};
use casevoice_core::import_text::import_problem_text;
use casevoice_core::record_action::ChangeContext;
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::Lang;
use libfuzzer_sys::fuzz_target;
use time::macros::datetime;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = read_export(text);
    if let Ok(record) = from_stored_json(text) {
        assert_eq!(from_stored_json(&to_stored_json(&record)), Ok(record));
    }
    match read_import(text) {
        Err(problem) => {
            let _ = import_problem_text(&problem, Lang::En);
        }
        Ok(envelope) => {
            let again = export_json(&envelope.record, &envelope.app_version, envelope.exported_at);
            let reread = read_import(&again).expect("a file that opened exports to one that opens");
            assert_eq!(reread.record, envelope.record);
            let _ = plan_import(&envelope.record, Some(&envelope.record));
            let context = ChangeContext {
                at: datetime!(2026-11-25 09:00 UTC),
                by: "Fuzz".into(),
            };
            let _ = imported_record(envelope, None, &context);
        }
    }
});
