//! Records for the schema's fixtures: an empty one, a full one that uses every kind
//! of answer, history entry and child's-voice content, and one with awkward text.
//! Built from struct literals rather than through actions, so every variant is
//! there on purpose; `every_variant_is_used` fails to compile when a variant is
//! added, which is the reminder to add it here too.

use std::collections::{BTreeMap, BTreeSet};

use casevoice_core::adult::Adult;
use casevoice_core::audit::{AgreedAction, Audit, Grade, Graded};
use casevoice_core::audit_history::{AuditChange, AuditChangeKind};
use casevoice_core::child::Child;
use casevoice_core::choices::{AdultRole, HearingType, Proceeding, Sex, VisitType};
use casevoice_core::codes::{Disability, Ethnicity, Factor};
use casevoice_core::dates::DateParts;
use casevoice_core::history::{Change, ChangeKind};
use casevoice_core::recommendation::{FurtherReport, ManagerDecision};
use casevoice_core::safeguarding::Harm;
use casevoice_core::visit::{ChildSeen, Visit};
use casevoice_core::voice::{
    Author, Closeness, Content, Feeling, Prompt, ScaleWording, Sharing, Support, Version,
    VoiceItem, VoiceSession, WriteBack,
};
use casevoice_core::voice_action::VoiceChange;
use casevoice_core::{Answer, CaseRecord, Field, Question};
use time::macros::datetime;
use time::OffsetDateTime;
use uuid::Uuid;

const CHILD: Uuid = Uuid::from_u128(0xc1);
const ADULT: Uuid = Uuid::from_u128(0xad);
const VISIT: Uuid = Uuid::from_u128(0x71);
const SESSION: Uuid = Uuid::from_u128(0x51);
/// A 1 × 1 white PNG, base64, as the drawing pad hands over (no data: prefix).
const PNG: &str =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==";
const AT: OffsetDateTime = datetime!(2026-11-25 10:00 UTC);

fn date(day: &str, month: &str, year: &str) -> DateParts {
    DateParts {
        day: day.into(),
        month: month.into(),
        year: year.into(),
    }
}

pub fn empty() -> CaseRecord {
    CaseRecord::new(Uuid::from_u128(0xe0), AT)
}

pub fn full() -> CaseRecord {
    let mut record = CaseRecord::new(Uuid::from_u128(0xf0), AT);
    record.revision = 42;
    let details = &mut record.case_details;
    details.case_number = "ZW25C00123".into();
    details.court = "Family Court at Leeds".into();
    details.proceedings = vec![Proceeding::ChildArrangements, Proceeding::Care];
    details.application_date = date("3", "April", "2025");
    details.next_hearing_type = Some(HearingType::FirstHearing);
    details.local_authority = "Leeds City Council".into();
    record.children = vec![child()];
    record.adults = vec![adult()];
    record.visits = vec![visit()];
    record.safeguarding.factors = vec![Factor::DomesticAbuseParent, Factor::Neglect];
    record.safeguarding.referral_date = date("4", "4", "2025");
    record.recommendation.further_report = Some(FurtherReport::Section7);
    record.recommendation.declaration_confirmed = true;
    record.recommendation.manager_decision = Some(ManagerDecision::AgreedWithChanges);
    record.voice_sessions = vec![session()];
    record.history = every_change();
    record.completed_at = Some(datetime!(2026-11-26 16:45 +1));
    record.audit = Some(audit());
    record
}

// Case audit
const ACTION: Uuid = Uuid::from_u128(0xac);

fn audit() -> Audit {
    let mut audit = Audit::new("Jo Manager".into(), AT);
    for part in Graded::ALL {
        audit.grades.set(part, Some(Grade::RequiresImprovement));
    }
    audit.grades.set(Graded::Overall, Some(Grade::Good));
    audit.feedback = "Ola's voice is clear throughout.".into();
    audit.actions = vec![AgreedAction {
        id: ACTION,
        text: "Tell Ola how her views were used".into(),
        due: date("9", "12", "2026"),
    }];
    audit.completed_at = Some(datetime!(2026-11-27 11:00 UTC));
    audit.history = audit_change_kinds()
        .into_iter()
        .map(|what| AuditChange {
            at: AT,
            by: "Jo Manager".into(),
            what,
        })
        .collect();
    audit
}

fn audit_change_kinds() -> Vec<AuditChangeKind> {
    vec![
        AuditChangeKind::Started {
            auditor: "Jo".into(),
        },
        AuditChangeKind::AuditorChanged {
            old: "Jo".into(),
            new: "Jo Manager".into(),
        },
        AuditChangeKind::Graded {
            part: Graded::Overall,
            old: None,
            new: Some(Grade::Good),
        },
        AuditChangeKind::FeedbackChanged {
            old: String::new(),
            new: "Ola's voice is clear throughout.".into(),
        },
        AuditChangeKind::ActionAdded { action: ACTION },
        AuditChangeKind::ActionTextChanged {
            action: ACTION,
            old: String::new(),
            new: "Tell Ola how her views were used".into(),
        },
        AuditChangeKind::ActionDueChanged {
            action: ACTION,
            old: DateParts::default(),
            new: date("9", "12", "2026"),
        },
        AuditChangeKind::ActionRemoved {
            action: Uuid::from_u128(0xad),
            text: "Duplicate".into(),
            due: DateParts::default(),
        },
        AuditChangeKind::Completed,
        AuditChangeKind::Reopened,
    ]
}

fn child() -> Child {
    let mut child = Child::new(CHILD);
    child.first_names = "Amy".into();
    child.date_of_birth = date("12", "3", "2016");
    child.sex = Some(Sex::Female);
    child.ethnicity = Some(Ethnicity::WhiteAndBlackCaribbean);
    child.interpreter_needed = Some(false);
    child.disabilities = vec![Disability::Hearing, Disability::Vision];
    child.harm = Some(Harm::Likely);
    child.welfare.wishes_and_feelings = "Amy wants to live with her mum.".into();
    child
}

fn adult() -> Adult {
    let mut adult = Adult::new(ADULT);
    adult.name = "Jo Smith".into();
    adult.role = Some(AdultRole::Applicant);
    adult.relationships = BTreeMap::from([(CHILD, "mother".to_string())]);
    adult.contact_confidential = Some(true);
    adult.police_check.requested = date("1", "5", "2025");
    adult.police_check.outcome = "No trace".into();
    adult
}

fn visit() -> Visit {
    let mut visit = Visit::new(VISIT);
    visit.date = date("2", "5", "2025");
    visit.start_time = "2pm".into();
    visit.visit_type = Some(VisitType::HomeVisit);
    visit.children = BTreeMap::from([(
        CHILD,
        ChildSeen {
            seen: Some(true),
            alone: None,
        },
    )]);
    visit
}

/// Every kind of content, one item each.
fn contents() -> Vec<(Prompt, Content)> {
    vec![
        (
            Prompt::Likes,
            Content::Text {
                text: "Football\nand my dog".into(),
            },
        ),
        (
            Prompt::JudgeLetter,
            Content::Drawing {
                png: PNG.into(),
                title: "My house".into(),
            },
        ),
        (
            Prompt::Feelings,
            Content::Feelings {
                feelings: vec![Feeling::Happy, Feeling::Scared],
            },
        ),
        (Prompt::Scale, Content::Scale { value: 7 }),
        (
            Prompt::People,
            Content::Person {
                name: "Nan".into(),
                closeness: Some(Closeness::Near),
            },
        ),
        (
            Prompt::People,
            Content::Person {
                name: "Dad".into(),
                closeness: None,
            },
        ),
        (
            Prompt::JudgeWriteBack,
            Content::WriteBack {
                answer: WriteBack::NotSure,
            },
        ),
    ]
}

fn session() -> VoiceSession {
    let items = contents()
        .into_iter()
        .enumerate()
        .map(|(n, (prompt, content))| VoiceItem {
            id: Uuid::from_u128(0x1000 + n as u128),
            prompt,
            author: if n == 1 {
                Author::PractitionerForChild
            } else {
                Author::Child
            },
            verbatim: true,
            at: AT,
            // Welsh: some written on Welsh screens, some from before languages.
            lang: (n % 2 == 0).then_some(casevoice_core::Lang::Cy),
            content,
            sharing: Sharing {
                judge: n % 2 == 0,
                parents_or_carers: n % 3 == 0,
            },
            safety_concern: n == 2,
        })
        .collect();
    VoiceSession {
        id: SESSION,
        child: CHILD,
        created_at: AT,
        started_at: Some(AT),
        finished_at: Some(datetime!(2026-11-25 10:40 UTC)),
        present: "Amy and me".into(),
        place: "School".into(),
        version: Some(Version::Younger),
        read_aloud: Some(true),
        scale: ScaleWording {
            question: "How are things at home?".into(),
            ten: "Really good".into(),
            zero: "Really bad".into(),
        },
        items,
        declined: vec![Prompt::Wishes],
        observations: "Relaxed".into(),
        support: vec![Support::Breaks],
        support_details: "A break after the feelings faces".into(),
        understanding: "Amy knows the judge decides".into(),
        safety_action: "Spoke to the school's safeguarding lead".into(),
        told_date: date("1", "12", "2026"),
        told_how: "By letter".into(),
    }
}

fn voice_changes() -> Vec<VoiceChange> {
    let item = Uuid::from_u128(0x1000);
    let text = |t: &str| Content::Text { text: t.into() };
    vec![
        VoiceChange::SessionAdded { child: CHILD },
        VoiceChange::SessionRemoved { child: CHILD },
        VoiceChange::SessionStarted,
        VoiceChange::SessionFinished,
        VoiceChange::ItemAdded {
            item,
            prompt: Prompt::Likes,
            author: Author::Child,
            content: text("F"),
        },
        VoiceChange::ItemChanged {
            item,
            old: text("F"),
            new: text("Football"),
        },
        VoiceChange::ItemRemoved {
            item,
            prompt: Prompt::Likes,
            content: text("Football"),
        },
        VoiceChange::SharingChanged {
            item,
            old: Sharing::default(),
            new: Sharing {
                judge: true,
                parents_or_carers: false,
            },
        },
        VoiceChange::Declined {
            prompt: Prompt::Wishes,
        },
        VoiceChange::SafetyConcernMarked {
            item,
            concern: true,
        },
    ]
}

fn change_kinds() -> Vec<ChangeKind> {
    let answered = |question, old, new| ChangeKind::Answered {
        field: Field::child(CHILD, question),
        old,
        new,
    };
    let mut kinds = vec![
        answered(
            Question::ChildFirstNames,
            Answer::Text(String::new()),
            Answer::Text("Amy".into()),
        ),
        answered(
            Question::ChildDateOfBirth,
            Answer::Date(DateParts::default()),
            Answer::Date(date("12", "3", "2016")),
        ),
        answered(
            Question::ChildSex,
            Answer::Choice(None),
            Answer::Choice(Some("F".into())),
        ),
        answered(
            Question::ChildDisabilities,
            Answer::Choices(vec![]),
            Answer::Choices(vec!["HEAR".into(), "VIS".into()]),
        ),
        ChangeKind::Answered {
            field: Field::adult_about_child(ADULT, CHILD, Question::AdultRelationship),
            old: Answer::Text(String::new()),
            new: Answer::Text("mother".into()),
        },
        ChangeKind::ChildAdded { child: CHILD },
        ChangeKind::ChildRemoved {
            child: Uuid::from_u128(0xc2),
            name: Some("Ben".into()),
        },
        ChangeKind::ChildRemoved {
            child: Uuid::from_u128(0xc3),
            name: None,
        },
        ChangeKind::MarkedComplete,
        ChangeKind::Reopened,
        ChangeKind::AdultAdded { adult: ADULT },
        ChangeKind::AdultRemoved {
            adult: Uuid::from_u128(0xae),
            name: None,
        },
        ChangeKind::Duplicated {
            from: Uuid::from_u128(0xd0),
            case_number: "ZW25C00122".into(),
        },
        ChangeKind::VisitAdded { visit: VISIT },
        ChangeKind::Imported {
            exported_at: time::macros::datetime!(2026-11-20 09:00 UTC),
            app_version: "0.1.0".into(),
        },
        ChangeKind::VisitRemoved {
            visit: Uuid::from_u128(0x72),
            date: date("1", "1", "2025"),
            visit_type: Some(VisitType::PhoneCall),
        },
    ];
    kinds.extend(voice_changes().into_iter().map(|change| ChangeKind::Voice {
        session: SESSION,
        change,
    }));
    kinds
}

fn every_change() -> Vec<Change> {
    change_kinds()
        .into_iter()
        .map(|what| Change {
            at: AT,
            by: "A. Practitioner".into(),
            what,
        })
        .collect()
}

/// Text a schema or a validator could trip on: every script, emoji, quotes,
/// backslashes, control characters, a lone line break, nothing at all.
pub fn awkward_text() -> CaseRecord {
    let mut record = CaseRecord::new(Uuid::from_u128(0xa0), datetime!(2024-02-29 23:59:59.999 -5));
    let mut child = Child::new(CHILD);
    child.first_names = "Zoë Ñandú 李小龙 محمد".into();
    child.known_as = "\"Bee\" \\ 🐝👩‍👧".into();
    child.what_is_happening = "line one\r\nline two\ttab \u{0007} bell \u{200d}".into();
    child.disabilities = vec![Disability::NoDisability];
    child.ethnicity = Some(Ethnicity::NotYetObtained);
    record.children = vec![child];
    record.safeguarding.factors = vec![Factor::NoFactors];
    record.case_details.next_hearing_date = date("31", "Feb", "twenty");
    record
}

/// The names of every variant the full record uses, against every variant there
/// is: the matches are exhaustive, so a new variant will not compile until it is
/// named here (and then the assertion asks for it in the full record).
pub fn every_variant_is_used() {
    let kind = |k: &ChangeKind| match k {
        ChangeKind::Answered { .. } => "answered",
        ChangeKind::ChildAdded { .. } => "child_added",
        ChangeKind::ChildRemoved { .. } => "child_removed",
        ChangeKind::MarkedComplete => "marked_complete",
        ChangeKind::Reopened => "reopened",
        ChangeKind::AdultAdded { .. } => "adult_added",
        ChangeKind::AdultRemoved { .. } => "adult_removed",
        ChangeKind::Duplicated { .. } => "duplicated",
        ChangeKind::VisitAdded { .. } => "visit_added",
        ChangeKind::VisitRemoved { .. } => "visit_removed",
        ChangeKind::Voice { .. } => "voice",
        ChangeKind::Imported { .. } => "imported",
    };
    let voice = |v: &VoiceChange| match v {
        VoiceChange::SessionAdded { .. } => "session_added",
        VoiceChange::SessionRemoved { .. } => "session_removed",
        VoiceChange::SessionStarted => "session_started",
        VoiceChange::SessionFinished => "session_finished",
        VoiceChange::ItemAdded { .. } => "item_added",
        VoiceChange::ItemChanged { .. } => "item_changed",
        VoiceChange::ItemRemoved { .. } => "item_removed",
        VoiceChange::SharingChanged { .. } => "sharing_changed",
        VoiceChange::Declined { .. } => "declined",
        VoiceChange::SafetyConcernMarked { .. } => "safety_concern_marked",
    };
    let content = |c: &Content| match c {
        Content::Text { .. } => "text",
        Content::Drawing { .. } => "drawing",
        Content::Feelings { .. } => "feelings",
        Content::Scale { .. } => "scale",
        Content::Person { .. } => "person",
        Content::WriteBack { .. } => "write_back",
    };
    let answer = |a: &Answer| match a {
        Answer::Text(_) => "text",
        Answer::Date(_) => "date",
        Answer::Choice(_) => "choice",
        Answer::Choices(_) => "choices",
    };
    let audit_kind = |k: &AuditChangeKind| match k {
        AuditChangeKind::Started { .. } => "started",
        AuditChangeKind::AuditorChanged { .. } => "auditor_changed",
        AuditChangeKind::Graded { .. } => "graded",
        AuditChangeKind::FeedbackChanged { .. } => "feedback_changed",
        AuditChangeKind::ActionAdded { .. } => "action_added",
        AuditChangeKind::ActionTextChanged { .. } => "action_text_changed",
        AuditChangeKind::ActionDueChanged { .. } => "action_due_changed",
        AuditChangeKind::ActionRemoved { .. } => "action_removed",
        AuditChangeKind::Completed => "completed",
        AuditChangeKind::Reopened => "reopened",
    };
    let names = |found: Vec<&'static str>| found.into_iter().collect::<BTreeSet<_>>().len();
    assert_eq!(
        names(audit_change_kinds().iter().map(audit_kind).collect()),
        10,
        "an AuditChangeKind is missing"
    );
    let kinds = change_kinds();
    assert_eq!(
        names(kinds.iter().map(kind).collect()),
        12,
        "a ChangeKind is missing"
    );
    assert_eq!(
        names(voice_changes().iter().map(voice).collect()),
        10,
        "a VoiceChange is missing"
    );
    assert_eq!(
        names(contents().iter().map(|(_, c)| content(c)).collect()),
        6,
        "a Content is missing"
    );
    let answers = kinds.iter().filter_map(|k| match k {
        ChangeKind::Answered { new, .. } => Some(answer(new)),
        _ => None,
    });
    assert_eq!(names(answers.collect()), 4, "an Answer kind is missing");
}
