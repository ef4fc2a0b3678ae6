//! Validation as data: each page's rules produce problems in the order the fields
//! appear, each naming the field by its input's DOM id and a stable code. Wording
//! lives in the message catalogue ([`crate::messages::problem_text`]), so the
//! browser and the record check say the same thing.

use std::borrow::Cow;

use time::Date;
use uuid::Uuid;

use crate::case_number::parse_case_number;
use crate::child::Child;
use crate::choices::Proceeding;
use crate::codes::Disabilities;
use crate::dates::{age_in_years, check_date, DateParts, DateProblem, DateRule};
use crate::email::{parse_email, EmailProblem};
use crate::nhs_number::{parse_nhs_number, NhsNumberProblem};
use crate::phone::{parse_uk_phone, PhoneProblem};
use crate::postcode::{parse_postcode, PostcodeProblem};
use crate::questions::{adult_dom_id, child_dom_id, Question};
use crate::record::CaseRecord;
use crate::upn::{parse_upn, UpnProblem};
// Welfare checklist and recommendation
use crate::text_length::check_length;
use crate::welfare::WELFARE_QUESTIONS;
// Visits
use crate::dates::{check_end_after_start, parse_time_of_day, TimeProblem};
use crate::questions::visit_dom_id;
use crate::visit::NOTES_LIMIT;

/// The question pages of a case record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PageId {
    CaseNumber,
    CaseDetails,
    Child(Uuid),
    Adult(Uuid),
    // Checks and safeguarding
    Checks,
    Risk,
    // Welfare checklist and recommendation
    /// The welfare checklist about one child.
    Welfare(Uuid),
    Recommendation,
    // Visits
    Visit(Uuid),
    // The child's voice
    /// Setting up a session, before child mode.
    SessionSetup(Uuid),
    /// The practitioner's answers after the session.
    SessionAfter(Uuid),
    /// What the practitioner did about a safety concern from the session.
    SessionSafety(Uuid),
    /// What the child was told, later, about how their views were used.
    SessionTold(Uuid),
}

/// Ids of single inputs that problems point at.
pub mod field {
    pub const CASE_NUMBER: &str = "case-number";
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemCode {
    CaseNumberMissing,
    CaseNumberFormat,
    /// A required answer was not given.
    Missing(Question),
    Date(Question, DateProblem),
    NhsNumber(NhsNumberProblem),
    Upn(UpnProblem),
    Postcode(PostcodeProblem),
    Phone(PhoneProblem),
    Email(EmailProblem),
    /// "No factors identified" chosen together with factors.
    FactorsNoneWithOthers,
    /// "No disability" chosen together with disabilities.
    DisabilitiesNoneWithOthers,
    /// Children Act proceedings are about children under 18.
    ChildEighteenOrOver,
    // Welfare checklist and recommendation
    /// A long answer is over its [`Question::character_limit`], counted in
    /// characters as people see them.
    TooLong(Question),
    // Visits
    /// A time of day typed into one box.
    Time(Question, TimeProblem),
    /// A visit's notes are over [`NOTES_LIMIT`] characters.
    VisitNotesTooLong,
    // The child's voice
    /// "None" chosen together with kinds of support.
    SupportNoneWithOthers,
    // Case audit
    /// A problem with the audit of the record, not the record itself.
    Audit(crate::audit_rules::AuditProblem),
}

impl ProblemCode {
    /// The stable code written into reports, for systems that act on it:
    /// `court_missing`, `date_of_birth_not_real`.
    pub fn code(self) -> String {
        self.code_text().into_owned()
    }

    /// [`ProblemCode::code`] without a copy when the code is fixed:
    /// `casevoice-check` asks for every problem's code.
    pub fn code_text(self) -> Cow<'static, str> {
        // The question's slug with underscores, then `_` and the problem, built in
        // one allocation, byte by byte: a hyphen and an underscore are both one
        // byte, so the text stays UTF-8.
        let slug = |q: Question, problem: &str| -> Cow<'static, str> {
            let slug = q.slug();
            let mut code = Vec::with_capacity(slug.len() + 1 + problem.len());
            code.extend(slug.bytes().map(|b| if b == b'-' { b'_' } else { b }));
            code.push(b'_');
            code.extend_from_slice(problem.as_bytes());
            String::from_utf8(code)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
                .into()
        };
        match self {
            ProblemCode::CaseNumberMissing => "case_number_missing".into(),
            ProblemCode::CaseNumberFormat => "case_number_format".into(),
            ProblemCode::Missing(q) => slug(q, "missing"),
            ProblemCode::Date(q, problem) => slug(q, date_problem_code(problem)),
            ProblemCode::NhsNumber(p) => p.as_str().into(),
            ProblemCode::Upn(p) => p.as_str().into(),
            ProblemCode::Postcode(p) => p.as_str().into(),
            ProblemCode::Phone(p) => p.as_str().into(),
            ProblemCode::Email(p) => p.as_str().into(),
            ProblemCode::DisabilitiesNoneWithOthers => "disabilities_none_with_others".into(),
            ProblemCode::FactorsNoneWithOthers => "risk_factors_none_with_others".into(),
            ProblemCode::ChildEighteenOrOver => "child_eighteen_or_over".into(),
            // Welfare checklist and recommendation
            ProblemCode::TooLong(q) => slug(q, "too_long"),
            // Visits
            ProblemCode::Time(q, problem) => slug(q, time_problem_code(problem)),
            ProblemCode::VisitNotesTooLong => "notes_too_long".into(),
            ProblemCode::SupportNoneWithOthers => "support_none_with_others".into(),
            // Case audit
            ProblemCode::Audit(problem) => problem.code().into(),
        }
    }
}

impl std::fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code())
    }
}

pub(crate) fn date_problem_code(problem: DateProblem) -> &'static str {
    match problem {
        DateProblem::Missing => "missing",
        DateProblem::Incomplete { .. } => "incomplete",
        DateProblem::NotReal => "not_real",
        DateProblem::YearNotFourDigits => "year_not_four_digits",
        DateProblem::MustBeInPast | DateProblem::MustBeTodayOrInPast => "in_the_future",
        DateProblem::MustBeSameAsOrAfter(_) | DateProblem::MustBeAfter(_) => "too_early",
        DateProblem::MustBeSameAsOrBefore(_) => "too_late",
    }
}

// Visits
fn time_problem_code(problem: TimeProblem) -> &'static str {
    match problem {
        TimeProblem::Missing => "missing",
        TimeProblem::NotReal => "not_real",
        TimeProblem::EndNotAfterStart => "not_after_start",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The id of the input the problem is about.
    pub field: String,
    pub code: ProblemCode,
}

/// The problems with what has been entered on one page, in the order of its
/// fields. `today` is the practitioner's date, for rules about the past.
pub fn validate_page(page: PageId, record: &CaseRecord, today: Date) -> Vec<Problem> {
    let mut problems = Problems::default();
    match page {
        PageId::CaseNumber => {
            if let Err(code) = parse_case_number(&record.case_details.case_number) {
                problems.add(field::CASE_NUMBER.into(), code);
            }
        }
        PageId::CaseDetails => case_details(record, today, &mut problems),
        PageId::Child(id) => {
            if let Some(position) = record.children.iter().position(|c| c.id == id) {
                child(record, position, today, &mut problems);
            }
        }
        PageId::Checks => crate::safeguarding_rules::checks(record, today, &mut problems),
        PageId::Risk => crate::safeguarding_rules::risk(record, today, &mut problems),
        PageId::Adult(id) => {
            if let Some(position) = record.adults.iter().position(|a| a.id == id) {
                adult(record, position, today, &mut problems);
            }
        }
        // Welfare checklist and recommendation
        PageId::Welfare(id) => {
            if let Some(position) = record.children.iter().position(|c| c.id == id) {
                welfare(record, position, &mut problems);
            }
        }
        PageId::Recommendation => recommendation(record, today, &mut problems),
        // Visits
        PageId::Visit(id) => {
            if let Some(position) = record.visits.iter().position(|v| v.id == id) {
                visit(record, position, today, &mut problems);
            }
        }
        // The child's voice
        PageId::SessionSetup(id) => crate::voice_rules::setup(record, id, &mut problems),
        PageId::SessionAfter(id) => crate::voice_rules::after(record, id, &mut problems),
        PageId::SessionSafety(id) => crate::voice_rules::safety(record, id, &mut problems),
        PageId::SessionTold(id) => crate::voice_rules::told(record, id, today, &mut problems),
    }
    problems.0
}

/// Every page's problems, in journey order.
pub fn validate_record(record: &CaseRecord, today: Date) -> Vec<Problem> {
    validate_record_by_page(record, today)
        .into_iter()
        .map(|(_, problem)| problem)
        .collect()
}

/// Every page's problems in journey order, each with its page, so a summary of the
/// whole record can link to where each one is.
pub fn validate_record_by_page(record: &CaseRecord, today: Date) -> Vec<(PageId, Problem)> {
    crate::tasks::Task::ALL
        .iter()
        .flat_map(|task| task.pages(record))
        .flat_map(|page| {
            validate_page(page, record, today)
                .into_iter()
                .map(move |problem| (page, problem))
        })
        .collect()
}

#[derive(Default)]
pub(crate) struct Problems(Vec<Problem>);

impl Problems {
    pub(crate) fn add(&mut self, field: String, code: ProblemCode) {
        self.0.push(Problem { field, code });
    }

    // The checks below take the field's id as a function, called only when
    // there is a problem: most answers have none, and making every id was
    // about a third of validating a large record.

    pub(crate) fn required_text(
        &mut self,
        field: impl FnOnce() -> String,
        question: Question,
        text: &str,
    ) {
        if text.trim().is_empty() {
            self.add(field(), ProblemCode::Missing(question));
        }
    }

    pub(crate) fn date(
        &mut self,
        field: impl FnOnce() -> String,
        question: Question,
        parts: &DateParts,
        rules: &[DateRule],
    ) -> Option<Date> {
        check_date(parts, rules)
            .map_err(|problem| self.add(field(), ProblemCode::Date(question, problem)))
            .ok()
    }
}

/// The application date, once it passes its own rule (a real date, not in the
/// future). Later dates are checked against it only then, so a mistyped
/// application date is one problem on one page, not one on every page.
pub(crate) fn application_date(record: &CaseRecord, today: Date) -> Option<Date> {
    check_date(
        &record.case_details.application_date,
        &[DateRule::TodayOrInThePast { today }],
    )
    .ok()
}

/// The rules for the date of something that happened during the case: not in
/// the future, and not before the application.
pub(crate) fn during_the_case(record: &CaseRecord, today: Date) -> Vec<DateRule> {
    let mut rules = vec![DateRule::TodayOrInThePast { today }];
    rules.extend(application_date(record, today).map(DateRule::NotBefore));
    rules
}

fn case_details(record: &CaseRecord, today: Date, problems: &mut Problems) {
    let details = &record.case_details;
    let id = |q: Question| q.slug().to_string();
    problems.required_text(|| id(Question::Court), Question::Court, &details.court);
    if details.proceedings.is_empty() {
        problems.add(
            id(Question::Proceedings),
            ProblemCode::Missing(Question::Proceedings),
        );
    }
    if details.proceedings.contains(&Proceeding::Other) {
        problems.required_text(
            || id(Question::ProceedingsOther),
            Question::ProceedingsOther,
            &details.proceedings_other,
        );
    }
    let applied = problems.date(
        || id(Question::ApplicationDate),
        Question::ApplicationDate,
        &details.application_date,
        &[DateRule::TodayOrInThePast { today }],
    );
    // The next hearing may not be listed yet; when it is, it comes after the application.
    if !details.next_hearing_date.is_blank() {
        let rules: Vec<DateRule> = applied.map(DateRule::NotBefore).into_iter().collect();
        problems.date(
            || id(Question::NextHearingDate),
            Question::NextHearingDate,
            &details.next_hearing_date,
            &rules,
        );
        if details.next_hearing_type.is_none() {
            problems.add(
                id(Question::NextHearingType),
                ProblemCode::Missing(Question::NextHearingType),
            );
        }
    }
    problems.required_text(
        || id(Question::PractitionerName),
        Question::PractitionerName,
        &details.practitioner_name,
    );
    if record.is_public_law() {
        problems.required_text(
            || id(Question::LocalAuthority),
            Question::LocalAuthority,
            &details.local_authority,
        );
    }
}

fn child(record: &CaseRecord, position: usize, today: Date, problems: &mut Problems) {
    let Some(c) = record.children.get(position) else {
        return;
    };
    let id = |q: Question| child_dom_id(position, q);
    problems.required_text(
        || id(Question::ChildFirstNames),
        Question::ChildFirstNames,
        &c.first_names,
    );
    problems.required_text(
        || id(Question::ChildLastName),
        Question::ChildLastName,
        &c.last_name,
    );
    date_of_birth(record, c, id(Question::ChildDateOfBirth), today, problems);
    if c.sex.is_none() {
        problems.add(
            id(Question::ChildSex),
            ProblemCode::Missing(Question::ChildSex),
        );
    }
    if c.ethnicity.is_none() {
        problems.add(
            id(Question::ChildEthnicity),
            ProblemCode::Missing(Question::ChildEthnicity),
        );
    }
    problems.required_text(
        || id(Question::ChildFirstLanguage),
        Question::ChildFirstLanguage,
        &c.first_language,
    );
    if c.interpreter_needed.is_none() {
        problems.add(
            id(Question::ChildInterpreterNeeded),
            ProblemCode::Missing(Question::ChildInterpreterNeeded),
        );
    }
    if let Err(problem) = Disabilities::new(c.disabilities.iter().copied()) {
        let code = match problem {
            crate::codes::DisabilityProblem::NoneSelected => {
                ProblemCode::Missing(Question::ChildDisabilities)
            }
            crate::codes::DisabilityProblem::NoneWithOthers => {
                ProblemCode::DisabilitiesNoneWithOthers
            }
        };
        problems.add(id(Question::ChildDisabilities), code);
    }
    if !c.nhs_number.trim().is_empty() {
        if let Err(p) = parse_nhs_number(&c.nhs_number) {
            problems.add(id(Question::ChildNhsNumber), ProblemCode::NhsNumber(p));
        }
    }
    if !c.upn.trim().is_empty() {
        if let Err(p) = parse_upn(&c.upn) {
            problems.add(id(Question::ChildUpn), ProblemCode::Upn(p));
        }
    }
    if !c.postcode.trim().is_empty() {
        if let Err(p) = parse_postcode(&c.postcode) {
            problems.add(id(Question::ChildPostcode), ProblemCode::Postcode(p));
        }
    }
    problems.required_text(
        || id(Question::ChildLivesWith),
        Question::ChildLivesWith,
        &c.lives_with,
    );
}

fn date_of_birth(
    record: &CaseRecord,
    c: &Child,
    field: String,
    today: Date,
    problems: &mut Problems,
) {
    let rules = [DateRule::TodayOrInThePast { today }];
    let Some(born) = problems.date(
        || field.clone(),
        Question::ChildDateOfBirth,
        &c.date_of_birth,
        &rules,
    ) else {
        return;
    };
    if let Some(age) = application_date(record, today).and_then(|on| age_in_years(born, on)) {
        if age >= 18 {
            problems.add(field, ProblemCode::ChildEighteenOrOver);
        }
    }
}

fn adult(record: &CaseRecord, position: usize, today: Date, problems: &mut Problems) {
    let Some(a) = record.adults.get(position) else {
        return;
    };
    let id = |q: Question| adult_dom_id(position, q);
    problems.required_text(|| id(Question::AdultName), Question::AdultName, &a.name);
    if a.role.is_none() {
        problems.add(
            id(Question::AdultRole),
            ProblemCode::Missing(Question::AdultRole),
        );
    }
    for (child_position, child) in record.children.iter().enumerate() {
        problems.required_text(
            || {
                format!(
                    "{}-child-{}",
                    id(Question::AdultRelationship),
                    child_position + 1
                )
            },
            Question::AdultRelationship,
            a.relationship_to(child.id),
        );
    }
    problems.date(
        || id(Question::AdultDateOfBirth),
        Question::AdultDateOfBirth,
        &a.date_of_birth,
        &[DateRule::InThePast { today }],
    );
    problems.required_text(
        || id(Question::AdultAddress),
        Question::AdultAddress,
        &a.address,
    );
    if a.postcode.trim().is_empty() {
        problems.add(
            id(Question::AdultPostcode),
            ProblemCode::Missing(Question::AdultPostcode),
        );
    } else if let Err(p) = parse_postcode(&a.postcode) {
        problems.add(id(Question::AdultPostcode), ProblemCode::Postcode(p));
    }
    if let Err(p) = parse_uk_phone(&a.phone) {
        problems.add(id(Question::AdultPhone), ProblemCode::Phone(p));
    }
    if !a.email.trim().is_empty() {
        if let Err(p) = parse_email(&a.email) {
            problems.add(id(Question::AdultEmail), ProblemCode::Email(p));
        }
    }
    if a.interpreter_needed.is_none() {
        problems.add(
            id(Question::AdultInterpreterNeeded),
            ProblemCode::Missing(Question::AdultInterpreterNeeded),
        );
    }
    if a.contact_confidential.is_none() {
        problems.add(
            id(Question::AdultContactConfidential),
            ProblemCode::Missing(Question::AdultContactConfidential),
        );
    }
}

// Welfare checklist and recommendation

impl Problems {
    /// A long answer: required unless `required` is false, and within its
    /// character limit (counted as people see characters, so an emoji is one).
    pub(crate) fn long_text(
        &mut self,
        field: impl FnOnce() -> String,
        question: Question,
        text: &str,
        required: bool,
    ) {
        if required && text.trim().is_empty() {
            self.add(field(), ProblemCode::Missing(question));
        } else if let Some(limit) = question.character_limit() {
            if check_length(text, limit).is_err() {
                self.add(field(), ProblemCode::TooLong(question));
            }
        }
    }
}

/// Every item of the child's welfare checklist, (a) to (g), is required.
fn welfare(record: &CaseRecord, position: usize, problems: &mut Problems) {
    let Some(c) = record.children.get(position) else {
        return;
    };
    for question in WELFARE_QUESTIONS {
        problems.long_text(
            || child_dom_id(position, question),
            question,
            c.welfare.text(question),
            true,
        );
    }
}

/// The recommendation, whether a further report is needed and the declaration
/// are required. The manager review is optional as a group, since a manager may
/// review the record later; once any of it is given, the manager's name, the
/// review date and the decision are required. The review cannot be in the future
/// or before the application date (when that date is itself right).
fn recommendation(record: &CaseRecord, today: Date, problems: &mut Problems) {
    let r = &record.recommendation;
    let id = |q: Question| q.slug().to_string();
    problems.long_text(
        || id(Question::Recommendation),
        Question::Recommendation,
        &r.recommendation,
        true,
    );
    if r.further_report.is_none() {
        problems.add(
            id(Question::FurtherReport),
            ProblemCode::Missing(Question::FurtherReport),
        );
    }
    if !r.declaration_confirmed {
        problems.add(
            id(Question::PractitionerDeclaration),
            ProblemCode::Missing(Question::PractitionerDeclaration),
        );
    }
    if r.manager_review_started() {
        problems.required_text(
            || id(Question::ManagerName),
            Question::ManagerName,
            &r.manager_name,
        );
        problems.date(
            || id(Question::ManagerReviewDate),
            Question::ManagerReviewDate,
            &r.manager_review_date,
            &during_the_case(record, today),
        );
        if r.manager_decision.is_none() {
            problems.add(
                id(Question::ManagerDecision),
                ProblemCode::Missing(Question::ManagerDecision),
            );
        }
    }
    problems.long_text(
        || id(Question::ManagerComments),
        Question::ManagerComments,
        &r.manager_comments,
        false,
    );
}

// Visits
fn visit(record: &CaseRecord, position: usize, today: Date, problems: &mut Problems) {
    let Some(v) = record.visits.get(position) else {
        return;
    };
    let id = |q: Question| visit_dom_id(position, q);
    let rules = during_the_case(record, today);
    problems.date(
        || id(Question::VisitDate),
        Question::VisitDate,
        &v.date,
        &rules,
    );
    let start = problems.time(
        || id(Question::VisitStartTime),
        Question::VisitStartTime,
        &v.start_time,
    );
    let end = problems.time(
        || id(Question::VisitEndTime),
        Question::VisitEndTime,
        &v.end_time,
    );
    if let (Some(start), Some(end)) = (start, end) {
        if let Err(problem) = check_end_after_start(start, end) {
            problems.add(
                id(Question::VisitEndTime),
                ProblemCode::Time(Question::VisitEndTime, problem),
            );
        }
    }
    if v.visit_type.is_none() {
        problems.add(
            id(Question::VisitType),
            ProblemCode::Missing(Question::VisitType),
        );
    }
    if !v.place_is_optional() {
        problems.required_text(|| id(Question::VisitPlace), Question::VisitPlace, &v.place);
    }
    problems.required_text(
        || id(Question::VisitPresent),
        Question::VisitPresent,
        &v.present,
    );
    for (child_position, child) in record.children.iter().enumerate() {
        let about = |q: Question| format!("{}-child-{}", id(q), child_position + 1);
        let seen = v.seen(child.id);
        match seen.seen {
            None => problems.add(
                about(Question::VisitSeen),
                ProblemCode::Missing(Question::VisitSeen),
            ),
            Some(true) if seen.alone.is_none() => problems.add(
                about(Question::VisitSeenAlone),
                ProblemCode::Missing(Question::VisitSeenAlone),
            ),
            Some(_) => {}
        }
    }
    problems.required_text(|| id(Question::VisitNotes), Question::VisitNotes, &v.notes);
    // Characters as people see them are never more than code points, and code
    // points never more than bytes: only a long note needs the slower count.
    if v.notes.len() > NOTES_LIMIT
        && v.notes.chars().count() > NOTES_LIMIT
        && check_length(&v.notes, NOTES_LIMIT).is_err()
    {
        problems.add(id(Question::VisitNotes), ProblemCode::VisitNotesTooLong);
    }
}

impl Problems {
    /// Reads a time of day, adding its problem if it has one.
    fn time(
        &mut self,
        field: impl FnOnce() -> String,
        question: Question,
        typed: &str,
    ) -> Option<time::Time> {
        parse_time_of_day(typed)
            .map_err(|problem| self.add(field(), ProblemCode::Time(question, problem)))
            .ok()
    }
}
