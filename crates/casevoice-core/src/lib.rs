//! The casevoice case record with everything about it that does not need a browser:
//! the record model, the changes a user can make to it, the validation rules, the
//! message catalogue and the stored form. The browser app and the case system's
//! record check both build on this crate, so the same rules run everywhere.

pub mod adult;
// Benchmarks: a record of n questions for one page
pub mod bench_record;
pub mod case_number;
pub mod child;
pub mod choices;
pub mod codes;
pub mod dates;
pub mod email;
pub mod history;
pub mod journal;
pub mod l10n;
pub mod messages;
pub mod nhs_number;
pub mod page_fields;
pub mod phone;
pub mod postcode;
pub mod problem_subject;
pub mod questions;
pub mod record;
pub mod record_action;
pub mod safeguarding;
mod safeguarding_rules;
pub mod stored_record;
pub mod tasks;
pub mod text_length;
pub mod timestamp;
pub mod upn;
pub mod validation;
// Visits
pub mod visit;

// Added with the settings page, the case records list and the edit history.
pub mod duplicate;
pub mod history_text;
pub mod record_status;
pub mod settings;
// Welfare checklist and recommendation
pub mod recommendation;
pub mod welfare;
// The child's voice
pub mod voice;
pub mod voice_action;
pub mod voice_messages;
// Export, import and the record check
pub mod check;
pub mod export;
pub mod import;
pub mod import_text;
#[cfg(feature = "schema")]
pub mod schema;
mod voice_rules;
// Child mode safety
pub mod pin;
// CSV export
pub mod csv_export;
// Encrypted export and upload
pub mod base64url;
pub mod deployment;
pub mod jwe;
pub mod outbox;
// Protect the data
pub mod retention;
pub mod vault;
pub mod vault_messages;
// Case audit
pub mod audit;
pub mod audit_action;
pub mod audit_history;
pub mod audit_history_text;
pub mod audit_indicators;
pub mod audit_messages;
pub mod audit_rules;
pub mod audit_summary;

pub use case_number::{parse_case_number, CaseNumber};
pub use messages::{Lang, Msg};
pub use questions::{Answer, Field, Question};
pub use record::{CaseDetails, CaseRecord};
pub use record_action::{apply, ChangeContext, RecordAction};
pub use validation::{
    validate_page, validate_record, validate_record_by_page, PageId, Problem, ProblemCode,
};

// Added with the case records list and settings.
pub use duplicate::duplicate_record;
pub use record_status::record_status;
pub use settings::Settings;
