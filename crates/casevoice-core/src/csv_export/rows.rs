//! Each file's header and rows. Headers are stable snake_case names, never the
//! interface's wording, so a spreadsheet or script built on them keeps working
//! when the wording changes. Values are as stored: text as typed, choices as their
//! official codes (several joined with `;`), yes or no as `yes`/`no`, real dates
//! as `YYYY-MM-DD` and moments as RFC 3339 in UTC.

use time::format_description::well_known::Rfc3339;
use time::{OffsetDateTime, UtcOffset};

use super::{iso_date, CsvSection};
use crate::dates::{parse_date_parts, DateParts};
use crate::messages::{Lang, Msg};
use crate::questions::yes_no;
use crate::record::CaseRecord;
use crate::voice::{Author, Closeness, Content, VoiceItem, VoiceSession, WriteBack};

pub(super) struct Table {
    pub header: &'static [&'static str],
    pub rows: Vec<Vec<String>>,
}

pub(super) fn table(
    record: &CaseRecord,
    lang: Lang,
    section: CsvSection,
    exported_on: time::Date,
) -> Table {
    let id = record.id.to_string();
    // Every row starts with the record id, so files from several records can be
    // put together and still be told apart.
    let row = |cells: Vec<String>| [vec![id.clone()], cells].concat();
    let (header, rows): (&'static [&'static str], Vec<Vec<String>>) = match section {
        CsvSection::CaseDetails => (CASE_DETAILS, vec![row(case_details(record))]),
        CsvSection::Children => (
            CHILDREN,
            record.children.iter().map(|c| row(child(c))).collect(),
        ),
        CsvSection::Adults => (
            ADULTS,
            record.adults.iter().map(|a| row(adult(a))).collect(),
        ),
        CsvSection::AdultRelationships => (
            ADULT_RELATIONSHIPS,
            // Every pair, blank where not answered yet, so a missing answer shows.
            record
                .adults
                .iter()
                .flat_map(|a| {
                    record.children.iter().map(move |c| {
                        vec![
                            a.id.to_string(),
                            c.id.to_string(),
                            a.relationship_to(c.id).to_string(),
                        ]
                    })
                })
                .map(row)
                .collect(),
        ),
        CsvSection::Visits => (
            VISITS,
            record.visits.iter().map(|v| row(visit(v))).collect(),
        ),
        CsvSection::VisitChildren => (
            VISIT_CHILDREN,
            record
                .visits
                .iter()
                .flat_map(|v| {
                    record.children.iter().map(move |c| {
                        let seen = v.seen(c.id);
                        vec![
                            v.id.to_string(),
                            c.id.to_string(),
                            yes_no_or_blank(seen.seen),
                            yes_no_or_blank(seen.alone),
                        ]
                    })
                })
                .map(row)
                .collect(),
        ),
        CsvSection::Checks => (
            CHECKS,
            record.adults.iter().map(|a| row(checks(a))).collect(),
        ),
        CsvSection::ChildVoiceSessions => (
            CHILD_VOICE_SESSIONS,
            record
                .voice_sessions
                .iter()
                .map(|s| row(session(s)))
                .collect(),
        ),
        CsvSection::ChildVoiceItems => (
            CHILD_VOICE_ITEMS,
            // What the child gave, as read back to them: empty items are left out.
            record
                .voice_sessions
                .iter()
                .flat_map(|s| s.said().map(move |i| row(item(s, i, lang))))
                .collect(),
        ),
        // Case audit
        CsvSection::Audit => (
            super::audit_rows::AUDIT,
            record
                .audit
                .iter()
                .map(|a| row(super::audit_rows::audit(a)))
                .collect(),
        ),
        CsvSection::AuditActions => (
            super::audit_rows::AUDIT_ACTIONS,
            record
                .audit
                .iter()
                .flat_map(super::audit_rows::actions)
                .map(row)
                .collect(),
        ),
        CsvSection::AuditIndicators => (
            super::audit_rows::AUDIT_INDICATORS,
            super::audit_rows::indicator_rows(record, exported_on)
                .into_iter()
                .map(row)
                .collect(),
        ),
    };
    Table { header, rows }
}

const CASE_DETAILS: &[&str] = &[
    "record_id",
    "case_number",
    "court",
    "proceedings",
    "proceedings_other",
    "application_date",
    "next_hearing_date",
    "next_hearing_type",
    "practitioner_name",
    "practitioner_team",
    "local_authority",
    "factors",
    "immediate_actions",
    "referral_date",
    "referral_reference",
    "recommendation",
    "further_report",
    "declaration_confirmed",
    "manager_name",
    "manager_review_date",
    "manager_decision",
    "manager_comments",
    "created_at",
    "updated_at",
    "completed_at",
];

fn case_details(record: &CaseRecord) -> Vec<String> {
    let d = &record.case_details;
    let s = &record.safeguarding;
    let r = &record.recommendation;
    vec![
        d.case_number.clone(),
        d.court.clone(),
        joined(d.proceedings.iter().map(|p| p.code())),
        d.proceedings_other.clone(),
        date(&d.application_date),
        date(&d.next_hearing_date),
        code(d.next_hearing_type.map(|h| h.code())),
        d.practitioner_name.clone(),
        d.practitioner_team.clone(),
        d.local_authority.clone(),
        joined(s.factors.iter().map(|f| f.code())),
        s.immediate_actions.clone(),
        date(&s.referral_date),
        s.referral_reference.clone(),
        r.recommendation.clone(),
        code(r.further_report.map(|f| f.code())),
        yes_no(r.declaration_confirmed).to_string(),
        r.manager_name.clone(),
        date(&r.manager_review_date),
        code(r.manager_decision.map(|m| m.code())),
        r.manager_comments.clone(),
        moment(record.created_at),
        moment(record.updated_at),
        record.completed_at.map(moment).unwrap_or_default(),
    ]
}

const CHILDREN: &[&str] = &[
    "record_id",
    "child_id",
    "first_names",
    "last_name",
    "known_as",
    "date_of_birth",
    "sex",
    "gender_identity",
    "ethnicity",
    "first_language",
    "interpreter_needed",
    "disabilities",
    "nhs_number",
    "upn",
    "school",
    "address",
    "postcode",
    "lives_with",
    "harm",
    "what_is_happening",
    "welfare_wishes_and_feelings",
    "welfare_needs",
    "welfare_effect_of_change",
    "welfare_characteristics",
    "welfare_harm",
    "welfare_parenting_capability",
    "welfare_range_of_powers",
];

fn child(c: &crate::child::Child) -> Vec<String> {
    let w = &c.welfare;
    vec![
        c.id.to_string(),
        c.first_names.clone(),
        c.last_name.clone(),
        c.known_as.clone(),
        date(&c.date_of_birth),
        code(c.sex.map(|s| s.code())),
        c.gender_identity.clone(),
        code(c.ethnicity.map(|e| e.code())),
        c.first_language.clone(),
        yes_no_or_blank(c.interpreter_needed),
        joined(c.disabilities.iter().map(|d| d.code())),
        c.nhs_number.clone(),
        c.upn.clone(),
        c.school.clone(),
        c.address.clone(),
        c.postcode.clone(),
        c.lives_with.clone(),
        code(c.harm.map(|h| h.code())),
        c.what_is_happening.clone(),
        w.wishes_and_feelings.clone(),
        w.needs.clone(),
        w.effect_of_change.clone(),
        w.characteristics.clone(),
        w.harm.clone(),
        w.parenting_capability.clone(),
        w.range_of_powers.clone(),
    ]
}

const ADULTS: &[&str] = &[
    "record_id",
    "adult_id",
    "name",
    "role",
    "date_of_birth",
    "address",
    "postcode",
    "phone",
    "email",
    "legal_representative",
    "interpreter_needed",
    "contact_confidential",
];

fn adult(a: &crate::adult::Adult) -> Vec<String> {
    vec![
        a.id.to_string(),
        a.name.clone(),
        code(a.role.map(|r| r.code())),
        date(&a.date_of_birth),
        a.address.clone(),
        a.postcode.clone(),
        a.phone.clone(),
        a.email.clone(),
        a.legal_representative.clone(),
        yes_no_or_blank(a.interpreter_needed),
        yes_no_or_blank(a.contact_confidential),
    ]
}

const ADULT_RELATIONSHIPS: &[&str] = &["record_id", "adult_id", "child_id", "relationship"];

const VISITS: &[&str] = &[
    "record_id",
    "visit_id",
    "date",
    "start_time",
    "end_time",
    "visit_type",
    "place",
    "present",
    "notes",
];

fn visit(v: &crate::visit::Visit) -> Vec<String> {
    vec![
        v.id.to_string(),
        date(&v.date),
        v.start_time.clone(),
        v.end_time.clone(),
        code(v.visit_type.map(|t| t.code())),
        v.place.clone(),
        v.present.clone(),
        v.notes.clone(),
    ]
}

const VISIT_CHILDREN: &[&str] = &["record_id", "visit_id", "child_id", "seen", "seen_alone"];

const CHECKS: &[&str] = &[
    "record_id",
    "adult_id",
    "police_requested",
    "police_received",
    "police_outcome",
    "local_authority_requested",
    "local_authority_received",
    "local_authority_outcome",
];

fn checks(a: &crate::adult::Adult) -> Vec<String> {
    let (p, la) = (&a.police_check, &a.local_authority_check);
    vec![
        a.id.to_string(),
        date(&p.requested),
        date(&p.received),
        p.outcome.clone(),
        date(&la.requested),
        date(&la.received),
        la.outcome.clone(),
    ]
}

const CHILD_VOICE_SESSIONS: &[&str] = &[
    "record_id",
    "session_id",
    "child_id",
    "created_at",
    "started_at",
    "finished_at",
    "present",
    "place",
    "version",
    "read_aloud",
    "scale_question",
    "scale_ten",
    "scale_zero",
    "declined",
    "observations",
    "support",
    "support_details",
    "understanding",
    "safety_action",
    "told_date",
    "told_how",
];

fn session(s: &VoiceSession) -> Vec<String> {
    vec![
        s.id.to_string(),
        s.child.to_string(),
        moment(s.created_at),
        s.started_at.map(moment).unwrap_or_default(),
        s.finished_at.map(moment).unwrap_or_default(),
        s.present.clone(),
        s.place.clone(),
        code(s.version.map(|v| v.code())),
        yes_no_or_blank(s.read_aloud),
        s.scale.question.clone(),
        s.scale.ten.clone(),
        s.scale.zero.clone(),
        // The questions the child chose not to answer: that they chose not to is
        // itself part of what the court hears.
        joined(s.declined.iter().map(|p| snake(p.slug()))),
        s.observations.clone(),
        joined(s.support.iter().map(|p| p.code())),
        s.support_details.clone(),
        s.understanding.clone(),
        s.safety_action.clone(),
        date(&s.told_date),
        s.told_how.clone(),
    ]
}

const CHILD_VOICE_ITEMS: &[&str] = &[
    "record_id",
    "session_id",
    "child_id",
    "item_id",
    "activity",
    "prompt",
    "author",
    "verbatim",
    "at",
    "kind",
    "text",
    "drawing_title",
    "closeness",
    "sharing_judge",
    "sharing_parents_or_carers",
    "safety_concern",
];

fn item(s: &VoiceSession, i: &VoiceItem, lang: Lang) -> Vec<String> {
    // The child's words go in exactly as kept: no trimming, no tidying.
    let (kind, text, title, closeness) = match &i.content {
        Content::Text { text } => ("text", text.clone(), String::new(), ""),
        Content::Drawing { title, .. } => (
            "drawing",
            Msg::CsvDrawingNote.text(lang).to_string(),
            title.clone(),
            "",
        ),
        Content::Feelings { feelings } => (
            "feelings",
            joined(feelings.iter().map(|f| f.slug())),
            String::new(),
            "",
        ),
        Content::Scale { value } => ("scale", value.to_string(), String::new(), ""),
        Content::Person { name, closeness } => (
            "person",
            name.clone(),
            String::new(),
            closeness.map_or("", closeness_code),
        ),
        Content::WriteBack { answer } => (
            "write_back",
            write_back_code(*answer).to_string(),
            String::new(),
            "",
        ),
    };
    vec![
        s.id.to_string(),
        s.child.to_string(),
        i.id.to_string(),
        snake(i.activity().slug()),
        snake(i.prompt.slug()),
        author_code(i.author).to_string(),
        yes_no(i.verbatim).to_string(),
        moment(i.at),
        kind.to_string(),
        text,
        title,
        closeness.to_string(),
        yes_no(i.sharing.judge).to_string(),
        yes_no(i.sharing.parents_or_carers).to_string(),
        yes_no(i.is_safety_concern()).to_string(),
    ]
}

/// A real date as `YYYY-MM-DD`; otherwise the boxes as typed, `day/month/year`,
/// so a half-typed date is not lost; blank when nothing was typed.
pub(super) fn date(parts: &DateParts) -> String {
    if parts.is_blank() {
        return String::new();
    }
    match parse_date_parts(parts) {
        Ok(real) => iso_date(real),
        Err(_) => format!("{}/{}/{}", parts.day, parts.month, parts.year),
    }
}

/// A moment in UTC, RFC 3339: spreadsheets and scripts read it without a time zone
/// guess.
pub(super) fn moment(at: OffsetDateTime) -> String {
    at.to_offset(UtcOffset::UTC)
        .format(&Rfc3339)
        .unwrap_or_default()
}

fn code(value: Option<&str>) -> String {
    value.unwrap_or_default().to_string()
}

fn yes_no_or_blank(value: Option<bool>) -> String {
    code(value.map(yes_no))
}

fn joined<S: AsRef<str>>(codes: impl Iterator<Item = S>) -> String {
    codes
        .map(|c| c.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(";")
}

/// The stored (serde) name from a slug: `good-at` is stored as `good_at`.
fn snake(slug: &str) -> String {
    slug.replace('-', "_")
}

// As the record stores them (serde `snake_case`), so the CSV and JSON agree.
fn author_code(author: Author) -> &'static str {
    match author {
        Author::Child => "child",
        Author::PractitionerForChild => "practitioner_for_child",
        Author::Practitioner => "practitioner",
    }
}

fn closeness_code(closeness: Closeness) -> &'static str {
    match closeness {
        Closeness::Near => "near",
        Closeness::Middle => "middle",
        Closeness::Far => "far",
    }
}

fn write_back_code(answer: WriteBack) -> &'static str {
    match answer {
        WriteBack::Yes => "yes",
        WriteBack::No => "no",
        WriteBack::NotSure => "not_sure",
    }
}
