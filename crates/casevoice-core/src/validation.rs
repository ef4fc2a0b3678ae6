//! Validation as data: each page's rules produce problems in the order the fields
//! appear, each naming the field (by the id the page gives its input) and a stable
//! code. Wording lives in the message catalogue, so the browser and the record
//! check say the same thing.

use serde::Serialize;

use crate::case_number::parse_case_number;
use crate::record::CaseRecord;

/// The question pages of a case record, in journey order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PageId {
    CaseNumber,
}

/// Ids of the inputs that problems point at; the pages use the same ids, so an
/// error summary link lands on its field.
pub mod field {
    pub const CASE_NUMBER: &str = "case-number";
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    CaseNumberMissing,
    CaseNumberFormat,
}

impl ProblemCode {
    /// The stable code written into reports, for systems that act on it.
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemCode::CaseNumberMissing => "case_number_missing",
            ProblemCode::CaseNumberFormat => "case_number_format",
        }
    }
}

impl std::fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The id of the input the problem is about.
    pub field: &'static str,
    pub code: ProblemCode,
}

/// The problems with what has been entered on one page, in the order of its fields.
pub fn validate_page(page: PageId, record: &CaseRecord) -> Vec<Problem> {
    match page {
        PageId::CaseNumber => parse_case_number(&record.case_details.case_number)
            .err()
            .map(|code| Problem {
                field: field::CASE_NUMBER,
                code,
            })
            .into_iter()
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record_action::{apply, RecordAction};
    use crate::timestamp::tests::a_moment;

    fn record_with_case_number(typed: &str) -> CaseRecord {
        let mut record = CaseRecord::new(uuid::Uuid::nil(), a_moment());
        apply(
            &mut record,
            RecordAction::SetCaseNumber(typed.to_string()),
            a_moment(),
        );
        record
    }

    #[test]
    fn an_empty_case_number_page_has_one_problem_pointing_at_its_input() {
        let problems = validate_page(PageId::CaseNumber, &record_with_case_number(""));
        assert_eq!(
            problems,
            vec![Problem {
                field: "case-number",
                code: ProblemCode::CaseNumberMissing
            }]
        );
    }

    #[test]
    fn a_case_number_in_the_wrong_format_is_a_format_problem() {
        let problems = validate_page(PageId::CaseNumber, &record_with_case_number("ZW19X"));
        assert_eq!(problems[0].code, ProblemCode::CaseNumberFormat);
        assert_eq!(problems[0].code.as_str(), "case_number_format");
    }

    #[test]
    fn a_good_case_number_page_has_no_problems() {
        assert!(
            validate_page(PageId::CaseNumber, &record_with_case_number(" rg21p00751 ")).is_empty()
        );
    }
}
