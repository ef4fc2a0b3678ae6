//! The case audit in the core: starting, grading, feedback and actions through
//! the record's one `apply`, kept in the audit's own history and never touching
//! the record's answers, history or completion; the checks that stop an audit
//! being completed; the records list's filters and the summary; and the audit
//! in the JSON export, the CSV files and the record check's report.

mod common;

use casevoice_core::audit::{Grade, Graded};
use casevoice_core::audit_action::AuditAction;
use casevoice_core::audit_history::AuditChangeKind;
use casevoice_core::audit_history_text::describe_audit_change;
use casevoice_core::audit_indicators::Indicator;
use casevoice_core::audit_rules::{
    audit_task_status, validate_audit, validate_audit_page, AuditPage, AuditTask, AuditTaskStatus,
};
use casevoice_core::audit_summary::{audit_summary, GradeFilter, RecordFilter};
use casevoice_core::check::check_export;
use casevoice_core::csv_export::{csv_file, CsvSection};
use casevoice_core::dates::DateParts;
use casevoice_core::export::{export_json, read_export};
use casevoice_core::messages::problem_text;
use casevoice_core::{apply, CaseRecord, ChangeContext, Lang, RecordAction};
use time::macros::{date, datetime};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

const STARTED: OffsetDateTime = datetime!(2026-11-25 10:00 UTC);
const ACTION: Uuid = Uuid::from_u128(0xac);

fn context(minutes: i64) -> ChangeContext {
    ChangeContext {
        at: STARTED + Duration::minutes(minutes),
        // The name in settings on this device: the audit records its auditor instead.
        by: "Sam Practitioner".into(),
    }
}

fn audit(record: &mut CaseRecord, minutes: i64, action: AuditAction) -> bool {
    apply(record, RecordAction::Audit(action), &context(minutes))
}

fn a_record() -> CaseRecord {
    let mut record = CaseRecord::new(Uuid::from_u128(1), datetime!(2026-09-01 09:00 UTC));
    let set = RecordAction::Set(
        casevoice_core::Field::case(casevoice_core::Question::Court),
        casevoice_core::Answer::Text("Family Court at Cardiff".into()),
    );
    apply(&mut record, set, &context(-60));
    record
}

fn due(day: &str, month: &str, year: &str) -> DateParts {
    DateParts {
        day: day.into(),
        month: month.into(),
        year: year.into(),
    }
}

/// An audit with every part answered, ready to complete.
fn a_full_audit(record: &mut CaseRecord) {
    assert!(audit(
        record,
        0,
        AuditAction::Start {
            auditor: "Jo Manager".into()
        }
    ));
    for (n, part) in Graded::ALL.into_iter().enumerate() {
        audit(
            record,
            1,
            AuditAction::Grade {
                part,
                grade: Grade::ALL[n % 2],
            },
        );
    }
    audit(
        record,
        2,
        AuditAction::SetFeedback("Clear analysis.".into()),
    );
    audit(record, 3, AuditAction::AddAction { id: ACTION });
    audit(
        record,
        3,
        AuditAction::SetActionText {
            id: ACTION,
            text: "See Ola alone before the hearing".into(),
        },
    );
    audit(
        record,
        3,
        AuditAction::SetActionDue {
            id: ACTION,
            due: due("9", "December", "2026"),
        },
    );
}

#[test]
fn starting_an_audit_needs_a_name_and_happens_once() {
    let mut record = a_record();
    let revision = record.revision;
    assert!(!audit(
        &mut record,
        0,
        AuditAction::Start {
            auditor: "  ".into()
        }
    ));
    assert!(record.audit.is_none());
    assert!(audit(
        &mut record,
        0,
        AuditAction::Start {
            auditor: "Jo Manager".into()
        }
    ));
    assert!(!audit(
        &mut record,
        1,
        AuditAction::Start {
            auditor: "Alex".into()
        }
    ));
    let started = record.audit.as_ref().unwrap();
    assert_eq!(started.auditor, "Jo Manager");
    assert_eq!(started.started_at, STARTED);
    assert_eq!(record.revision, revision + 1);
    // Nothing but the audit changes without an audit to change.
    let mut unaudited = a_record();
    assert!(!audit(
        &mut unaudited,
        0,
        AuditAction::SetFeedback("x".into())
    ));
}

#[test]
fn the_audit_never_changes_the_record_its_history_or_its_completion() {
    let mut record = a_record();
    record.completed_at = Some(STARTED - Duration::days(1));
    let before = record.clone();
    a_full_audit(&mut record);
    assert!(audit(&mut record, 4, AuditAction::Complete));
    assert_eq!(record.history, before.history);
    assert_eq!(record.updated_at, before.updated_at);
    assert_eq!(record.completed_at, before.completed_at);
    assert_eq!(record.case_details, before.case_details);
    assert!(record.revision > before.revision, "stored as a change");
    let audit = record.audit.as_ref().unwrap();
    // Changes are recorded under the auditor's name, not the device's settings.
    assert!(audit.history.iter().all(|c| c.by == "Jo Manager"));
    let kinds: Vec<&AuditChangeKind> = audit.history.iter().map(|c| &c.what).collect();
    assert!(matches!(kinds[0], AuditChangeKind::Started { .. }));
    assert_eq!(kinds.last(), Some(&&AuditChangeKind::Completed));
}

#[test]
fn typing_makes_one_history_entry_and_a_grade_change_is_from_and_to() {
    let mut record = a_record();
    audit(
        &mut record,
        0,
        AuditAction::Start {
            auditor: "Jo".into(),
        },
    );
    for (minute, text) in [(1, "G"), (1, "Go"), (2, "Good")] {
        audit(&mut record, minute, AuditAction::SetFeedback(text.into()));
    }
    audit(
        &mut record,
        3,
        AuditAction::Grade {
            part: Graded::Analysis,
            grade: Grade::Good,
        },
    );
    assert!(!audit(
        &mut record,
        3,
        AuditAction::Grade {
            part: Graded::Analysis,
            grade: Grade::Good,
        }
    ));
    audit(
        &mut record,
        4,
        AuditAction::Grade {
            part: Graded::Analysis,
            grade: Grade::Outstanding,
        },
    );
    let history = &record.audit.as_ref().unwrap().history;
    assert_eq!(history.len(), 4);
    let text = describe_audit_change(record.audit.as_ref().unwrap(), &history[1].what, Lang::En);
    assert_eq!(text.what, "Feedback for the practitioner");
    assert_eq!(
        (text.old.as_deref(), text.new.as_deref()),
        (Some("(blank)"), Some("Good"))
    );
    let text = describe_audit_change(record.audit.as_ref().unwrap(), &history[3].what, Lang::En);
    assert_eq!(text.what, "Analysis");
    assert_eq!(
        (text.old.as_deref(), text.new.as_deref()),
        (Some("Good"), Some("Outstanding"))
    );
    let welsh = describe_audit_change(record.audit.as_ref().unwrap(), &history[3].what, Lang::Cy);
    assert_eq!(
        (welsh.what, welsh.new.as_deref()),
        ("Dadansoddi", Some("Rhagorol"))
    );
}

#[test]
fn an_audit_is_completed_only_once_every_part_passes() {
    let mut record = a_record();
    audit(
        &mut record,
        0,
        AuditAction::Start {
            auditor: "Jo".into(),
        },
    );
    audit(&mut record, 1, AuditAction::AddAction { id: ACTION });
    assert!(!audit(&mut record, 2, AuditAction::Complete));
    let problems: Vec<(String, String)> = validate_audit(&record)
        .into_iter()
        .map(|p| (p.field, p.code.code()))
        .collect();
    let expected: Vec<(String, String)> = [
        (
            "audit-grade-childs-voice",
            "audit_grade_childs_voice_missing",
        ),
        (
            "audit-grade-risk-and-safety",
            "audit_grade_risk_and_safety_missing",
        ),
        ("audit-grade-analysis", "audit_grade_analysis_missing"),
        (
            "audit-grade-recording-quality",
            "audit_grade_recording_quality_missing",
        ),
        (
            "audit-grade-management-oversight",
            "audit_grade_management_oversight_missing",
        ),
        ("audit-grade-overall", "audit_grade_overall_missing"),
        ("audit-feedback", "audit_feedback_missing"),
        ("audit-action-1-text", "audit_action_missing"),
        ("audit-action-1-due", "audit_action_due_missing"),
    ]
    .into_iter()
    .map(|(f, c)| (f.to_string(), c.to_string()))
    .collect();
    assert_eq!(problems, expected);
    assert!(record.audit.as_ref().unwrap().completed_at.is_none());
}

#[test]
fn the_checks_say_what_to_do_in_english_and_welsh() {
    let mut record = a_record();
    a_full_audit(&mut record);
    let page = AuditPage::Action(ACTION);
    let message = |record: &CaseRecord, lang| {
        validate_audit_page(page, record)
            .into_iter()
            .map(|p| problem_text(p.code, lang))
            .collect::<Vec<_>>()
    };
    assert!(message(&record, Lang::En).is_empty());
    for (typed, english) in [
        (due("", "", ""), "Enter the date the action is due"),
        (due("9", "", "2026"), "Due date must include a month"),
        (due("31", "11", "2026"), "Due date must be a real date"),
        (
            due("24", "11", "2026"),
            "Due date must be the same as or after 25 November 2026",
        ),
    ] {
        audit(
            &mut record,
            5,
            AuditAction::SetActionDue {
                id: ACTION,
                due: typed,
            },
        );
        assert_eq!(message(&record, Lang::En), [english]);
    }
    assert_eq!(
        message(&record, Lang::Cy),
        ["Dyddiad dyledus: rhaid i'r dyddiad fod ar 25 Tachwedd 2026 neu ar ôl hynny"]
    );
    audit(&mut record, 6, AuditAction::SetFeedback("x".repeat(5_001)));
    let feedback = validate_audit_page(AuditPage::Feedback, &record);
    assert_eq!(
        problem_text(feedback[0].code, Lang::En),
        "Feedback must be 5,000 characters or fewer"
    );
    audit(&mut record, 6, AuditAction::SetAuditor(" ".into()));
    assert_eq!(
        record.audit.as_ref().unwrap().auditor,
        "Jo Manager",
        "never blank"
    );
}

#[test]
fn changing_a_completed_audit_makes_it_incomplete_and_says_so() {
    let mut record = a_record();
    a_full_audit(&mut record);
    assert!(audit(&mut record, 4, AuditAction::Complete));
    assert!(!audit(&mut record, 4, AuditAction::Complete), "once");
    audit(&mut record, 5, AuditAction::RemoveAction { id: ACTION });
    let audit = record.audit.as_ref().unwrap();
    assert!(audit.completed_at.is_none());
    let last: Vec<&AuditChangeKind> = audit
        .history
        .iter()
        .rev()
        .take(2)
        .map(|c| &c.what)
        .collect();
    assert_eq!(last[0], &AuditChangeKind::Reopened);
    assert_eq!(
        last[1],
        &AuditChangeKind::ActionRemoved {
            action: ACTION,
            text: "See Ola alone before the hearing".into(),
            due: due("9", "December", "2026"),
        }
    );
    let removed = describe_audit_change(audit, last[1], Lang::En);
    assert_eq!(
        removed.old.as_deref(),
        Some("See Ola alone before the hearing (Due 9 December 2026)")
    );
}

#[test]
fn the_records_list_filters_by_overall_grade_and_by_an_indicator_not_met() {
    let today = date!(2026 - 11 - 25);
    let mut graded = a_record();
    a_full_audit(&mut graded);
    let overall = graded.audit.as_ref().unwrap().grades.get(Graded::Overall);
    assert_eq!(overall, Some(Grade::Good));
    let mut unaudited = a_record();
    unaudited.id = Uuid::from_u128(2);
    let mut child = casevoice_core::child::Child::new(Uuid::from_u128(9));
    child.first_names = "Ola".into();
    unaudited.children.push(child);
    let matching = |filter: RecordFilter| {
        [&graded, &unaudited]
            .into_iter()
            .filter(|r| filter.matches(r, today))
            .map(|r| r.id.as_u128())
            .collect::<Vec<_>>()
    };
    assert_eq!(matching(RecordFilter::default()), [1, 2]);
    let by_grade = |g| RecordFilter {
        grade: Some(g),
        not_met: None,
    };
    assert_eq!(matching(by_grade(GradeFilter::Grade(Grade::Good))), [1]);
    assert_eq!(
        matching(by_grade(GradeFilter::Grade(Grade::Inadequate))),
        [] as [u128; 0]
    );
    assert_eq!(matching(by_grade(GradeFilter::NotGraded)), [2]);
    let not_seen = RecordFilter {
        grade: None,
        not_met: Some(Indicator::ChildSeen),
    };
    assert_eq!(matching(not_seen), [2]);
    // The address keeps the filters, and ignores what it does not know.
    let both = RecordFilter {
        grade: Some(GradeFilter::NotGraded),
        not_met: Some(Indicator::ChildSeenAlone),
    };
    assert_eq!(
        both.to_query(),
        "?grade=not_graded&not-met=child-seen-alone"
    );
    assert_eq!(RecordFilter::from_query(&both.to_query()), both);
    assert_eq!(
        RecordFilter::from_query("?grade=superb&x=1"),
        RecordFilter::default()
    );
    assert_eq!(RecordFilter::default().to_query(), "");
}

#[test]
fn the_summary_counts_completed_audits_by_grade_and_each_indicator() {
    let today = date!(2026 - 11 - 25);
    let mut completed = a_record();
    a_full_audit(&mut completed);
    audit(&mut completed, 4, AuditAction::Complete);
    let mut in_progress = a_record();
    in_progress.id = Uuid::from_u128(2);
    audit(
        &mut in_progress,
        0,
        AuditAction::Start {
            auditor: "Jo".into(),
        },
    );
    let mut with_child = a_record();
    with_child.id = Uuid::from_u128(3);
    with_child
        .children
        .push(casevoice_core::child::Child::new(Uuid::from_u128(9)));
    let summary = audit_summary([&completed, &in_progress, &with_child], today);
    assert_eq!(
        (summary.records, summary.completed, summary.in_progress),
        (3, 1, 1)
    );
    // Overall was graded Good, the child's voice Outstanding.
    assert_eq!(summary.grades[&Graded::Overall], [0, 1, 0, 0]);
    assert_eq!(summary.grades[&Graded::ChildsVoice], [1, 0, 0, 0]);
    let (indicator, seen) = summary.indicators[0];
    assert_eq!(indicator, Indicator::ChildSeen);
    assert_eq!((seen.met, seen.not_met, seen.not_applicable), (0, 1, 2));
    assert_eq!(seen.applicable(), 1);
}

#[test]
fn a_record_without_an_audit_exports_exactly_as_before() {
    let record = a_record();
    let json = export_json(&record, "0.1.0", STARTED);
    assert!(!json.contains("\"audit\""));
}

#[test]
fn the_audit_is_exported_read_back_and_reported_by_the_record_check() {
    let mut record = a_record();
    a_full_audit(&mut record);
    let json = export_json(&record, "0.1.0", STARTED);
    let read = read_export(&json).unwrap();
    assert!(read.hash_matches);
    assert_eq!(read.envelope.record, record);
    let report = check_export("audited.json", json.as_bytes(), date!(2026 - 11 - 25));
    let report = serde_json::to_value(report).unwrap();
    let audit = &report["audit"];
    assert_eq!(audit["auditor"], "Jo Manager");
    assert_eq!(audit["status"], "in_progress");
    assert_eq!(audit["grades"]["overall"], "good");
    assert_eq!(
        audit["actions"][0]["text"],
        "See Ola alone before the hearing"
    );
    assert_eq!(audit["problems"], serde_json::json!([]));
    assert_eq!(
        report["indicators"].as_array().unwrap().len(),
        Indicator::ALL.len()
    );
    assert_eq!(report["indicators"][1]["indicator"], "child_seen_alone");
    // The audit's problems are its own: the record's validity is the record's.
    let mut changed = record.clone();
    apply(
        &mut changed,
        RecordAction::Audit(AuditAction::SetFeedback(String::new())),
        &context(9),
    );
    let json = export_json(&changed, "0.1.0", STARTED);
    let report = serde_json::to_value(check_export(
        "x.json",
        json.as_bytes(),
        date!(2026 - 11 - 25),
    ))
    .unwrap();
    assert_eq!(
        report["audit"]["problems"][0]["code"],
        "audit_feedback_missing"
    );
    assert_eq!(report["audit"]["problems"][0]["path"], "audit-feedback");
    assert_eq!(
        report["audit"]["problems"][0]["message"],
        "Enter feedback for the practitioner"
    );
}

#[test]
fn the_audit_has_csv_files_of_its_own() {
    let exported = date!(2026 - 11 - 26);
    let mut record = a_record();
    assert_eq!(
        CsvSection::offered(&record).len(),
        9,
        "no audit, no audit files"
    );
    a_full_audit(&mut record);
    assert_eq!(CsvSection::offered(&record), CsvSection::ALL);
    let text =
        |section| String::from_utf8(csv_file(&record, Lang::En, exported, section).bytes).unwrap();
    let audit = text(CsvSection::Audit);
    let lines: Vec<&str> = audit.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "record_id,auditor,started_at,completed_at,grade_childs_voice,grade_risk_and_safety,\
         grade_analysis,grade_recording_quality,grade_management_oversight,grade_overall,feedback"
    );
    assert_eq!(
        lines[1],
        format!(
            "{},Jo Manager,2026-11-25T10:00:00Z,,outstanding,good,outstanding,good,outstanding,good,Clear analysis.",
            record.id
        )
    );
    let actions = text(CsvSection::AuditActions);
    assert!(actions.contains(&format!(
        "{},{ACTION},See Ola alone before the hearing,2026-12-09\r\n",
        record.id
    )));
    let indicators = text(CsvSection::AuditIndicators);
    assert!(indicators.contains(&format!(
        "{},child_seen,record,,not_applicable,,\r\n",
        record.id
    )));
}

#[test]
fn each_part_of_the_audit_says_how_far_it_has_got() {
    let mut record = a_record();
    let status = |record: &CaseRecord, task| audit_task_status(record, task);
    audit(
        &mut record,
        0,
        AuditAction::Start {
            auditor: "Jo".into(),
        },
    );
    for task in [AuditTask::Grades, AuditTask::Feedback, AuditTask::Actions] {
        assert_eq!(status(&record, task), AuditTaskStatus::NotYetStarted);
    }
    audit(
        &mut record,
        1,
        AuditAction::Grade {
            part: Graded::Analysis,
            grade: Grade::Good,
        },
    );
    audit(&mut record, 1, AuditAction::AddAction { id: ACTION });
    assert_eq!(
        status(&record, AuditTask::Grades),
        AuditTaskStatus::InProgress
    );
    assert_eq!(
        status(&record, AuditTask::Actions),
        AuditTaskStatus::InProgress
    );
    let mut full = a_record();
    a_full_audit(&mut full);
    for task in [AuditTask::Grades, AuditTask::Feedback, AuditTask::Actions] {
        assert_eq!(status(&full, task), AuditTaskStatus::Completed);
    }
}
