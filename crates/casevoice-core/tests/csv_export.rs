//! The CSV export read back as a spreadsheet would read it: every string survives
//! quoting, every formula starter is neutralised, the BOM is there, every row
//! starts with the record id, and no file name holds anything personal.

mod common;

use casevoice_core::audit_action::AuditAction;
use casevoice_core::csv_export::{
    csv_file, csv_files, is_formula_starter, write_table, CsvSection, BOM,
};
use casevoice_core::voice::{
    Author, Closeness, Content, Feeling, Prompt, Sharing, VoiceItem, VoiceSession,
};
use casevoice_core::{CaseRecord, Field, Lang, Question, RecordAction};
use common::{choice, choices, context, date_parts, set, text};
use proptest::prelude::*;
use time::macros::{date, datetime};
use uuid::Uuid;

const CHILD: Uuid = Uuid::from_u128(0xc1);
const ADULT: Uuid = Uuid::from_u128(0xa1);
const VISIT: Uuid = Uuid::from_u128(0x71);
const SESSION: Uuid = Uuid::from_u128(0x51);
const EXPORTED: time::Date = date!(2026 - 11 - 25);

/// A small RFC 4180 reader, for the tests only: the BOM off, then fields split on
/// commas and CRLF, with quoted fields taking doubled quotes as one. It refuses a
/// bare CR or LF outside quotes and any line not ended by CRLF, so a writer that
/// got either wrong fails here.
fn parse(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let text = text.strip_prefix(BOM).expect("starts with the BOM");
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                other => field.push(other),
            }
            continue;
        }
        match c {
            '"' if at_start => quoted = true,
            '"' => panic!("a quote inside an unquoted field"),
            ',' => {
                row.push(std::mem::take(&mut field));
                at_start = true;
                continue;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_start = true;
                continue;
            }
            '\n' => panic!("LF without CR outside quotes"),
            other => field.push(other),
        }
        at_start = false;
    }
    assert!(!quoted, "unterminated quotes");
    assert!(
        field.is_empty() && row.is_empty(),
        "the last row has no CRLF"
    );
    rows
}

/// What a spreadsheet shows for a value: the value, with `'` in front when it
/// starts like a formula.
fn shown(value: &str) -> String {
    if value.chars().next().is_some_and(is_formula_starter) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

fn record() -> CaseRecord {
    let mut record = CaseRecord::new(Uuid::from_u128(0x5ec0), datetime!(2026-11-20 9:30 UTC));
    let act = |record: &mut CaseRecord, action| {
        casevoice_core::apply(record, action, &context());
    };
    act(&mut record, RecordAction::AddChild { id: CHILD });
    act(&mut record, RecordAction::AddAdult { id: ADULT });
    act(&mut record, RecordAction::AddVisit { id: VISIT });
    set(
        &mut record,
        Field::case(Question::CaseNumber),
        text("ZW19P01392"),
    );
    set(
        &mut record,
        Field::case(Question::ApplicationDate),
        date_parts("3", "April", "2025"),
    );
    set(
        &mut record,
        Field::case(Question::NextHearingDate),
        date_parts("31", "2", "2027"),
    );
    let child = |q| Field::child(CHILD, q);
    set(
        &mut record,
        child(Question::ChildFirstNames),
        text("=1+1 Zoë"),
    );
    set(
        &mut record,
        child(Question::ChildLastName),
        text("Łukasz, \"Jr\""),
    );
    set(&mut record, child(Question::ChildEthnicity), choice("WBRI"));
    set(
        &mut record,
        child(Question::ChildDisabilities),
        choices(&["HEAR", "VIS"]),
    );
    set(
        &mut record,
        Field::adult(ADULT, Question::AdultName),
        text("Ann Smith"),
    );
    set(
        &mut record,
        Field::adult(ADULT, Question::AdultPhone),
        text("+44 7700 900123"),
    );
    set(
        &mut record,
        Field::adult_about_child(ADULT, CHILD, Question::AdultRelationship),
        text("Mother"),
    );
    set(
        &mut record,
        Field::adult(ADULT, Question::AdultPoliceRequested),
        date_parts("1", "10", "2026"),
    );
    set(
        &mut record,
        Field::visit(VISIT, Question::VisitNotes),
        text("line one\nline two"),
    );
    set(
        &mut record,
        Field::visit_about_child(VISIT, CHILD, Question::VisitSeen),
        choice("yes"),
    );
    let mut session = VoiceSession::new(SESSION, CHILD, datetime!(2026-11-21 10:00 UTC));
    session.declined = vec![Prompt::GoodAt];
    let item = |n, prompt, author, content| VoiceItem {
        id: Uuid::from_u128(n),
        prompt,
        author,
        verbatim: true,
        at: datetime!(2026-11-21 10:05 UTC),
        lang: None,
        content,
        sharing: Sharing {
            judge: true,
            parents_or_carers: false,
        },
        safety_concern: false,
    };
    session.items = vec![
        item(
            1,
            Prompt::Worries,
            Author::PractitionerForChild,
            Content::Text {
                text: "  When Mum and Dad shout\n".into(),
            },
        ),
        item(
            2,
            Prompt::JudgeLetter,
            Author::Child,
            Content::Drawing {
                png: "iVBORw0KGgo=".into(),
                title: "My house".into(),
            },
        ),
        item(
            3,
            Prompt::Feelings,
            Author::Child,
            Content::Feelings {
                feelings: vec![Feeling::Happy, Feeling::Scared],
            },
        ),
        item(
            4,
            Prompt::People,
            Author::Child,
            Content::Person {
                name: "Nan".into(),
                closeness: Some(Closeness::Near),
            },
        ),
        // Empty: not given, so not exported.
        item(
            5,
            Prompt::Likes,
            Author::Child,
            Content::Text { text: " ".into() },
        ),
    ];
    record.voice_sessions.push(session);
    // Case audit: with an audit, every file is offered.
    for action in [
        AuditAction::Start {
            auditor: "=Jo, \"the\" manager".into(),
        },
        AuditAction::AddAction {
            id: Uuid::from_u128(0xac),
        },
        AuditAction::SetActionText {
            id: Uuid::from_u128(0xac),
            text: "+Call Nan".into(),
        },
    ] {
        act(&mut record, RecordAction::Audit(action));
    }
    record
}

fn file(section: CsvSection) -> Vec<Vec<String>> {
    parse(&csv_file(&record(), Lang::En, EXPORTED, section).bytes)
}

/// The rows as maps from header to value.
fn rows(section: CsvSection) -> Vec<std::collections::BTreeMap<String, String>> {
    let table = file(section);
    let (header, rows) = table.split_first().expect("a header row");
    rows.iter()
        .map(|row| header.iter().cloned().zip(row.iter().cloned()).collect())
        .collect()
}

#[test]
fn every_file_has_the_bom_a_header_and_the_record_id_on_every_row() {
    let record = record();
    let files = csv_files(&record, Lang::En, EXPORTED);
    assert_eq!(files.len(), CsvSection::ALL.len());
    let mut unaudited = record.clone();
    unaudited.audit = None;
    let without = csv_files(&unaudited, Lang::En, EXPORTED);
    assert!(
        without.iter().all(|f| !f.section.is_audit()),
        "audit files only with an audit"
    );
    for file in files {
        assert!(file.bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "{}", file.name);
        let table = parse(&file.bytes);
        assert_eq!(table[0][0], "record_id", "{}", file.name);
        assert!(table.len() > 1, "{} has rows", file.name);
        for row in &table[1..] {
            assert_eq!(row[0], record.id.to_string(), "{}", file.name);
            assert_eq!(row.len(), table[0].len(), "{}", file.name);
        }
    }
}

#[test]
fn the_children_file_neutralises_a_formula_and_keeps_accents_and_quotes() {
    let children = rows(CsvSection::Children);
    assert_eq!(children.len(), 1);
    let child = &children[0];
    assert_eq!(child["child_id"], CHILD.to_string());
    assert_eq!(child["first_names"], "'=1+1 Zoë");
    assert_eq!(child["last_name"], "Łukasz, \"Jr\"");
    assert_eq!(child["ethnicity"], "WBRI");
    assert_eq!(child["disabilities"], "HEAR;VIS");
    assert_eq!(child["date_of_birth"], "");
}

#[test]
fn real_dates_are_iso_and_other_dates_are_kept_as_typed() {
    let case = &rows(CsvSection::CaseDetails)[0];
    assert_eq!(case["case_number"], "ZW19P01392");
    assert_eq!(case["application_date"], "2025-04-03");
    assert_eq!(case["next_hearing_date"], "31/2/2027");
    assert_eq!(case["created_at"], "2026-11-20T09:30:00Z");
    let checks = &rows(CsvSection::Checks)[0];
    assert_eq!(checks["adult_id"], ADULT.to_string());
    assert_eq!(checks["police_requested"], "2026-10-01");
    assert_eq!(checks["police_received"], "");
}

#[test]
fn relationships_and_who_was_seen_have_a_row_per_pair() {
    let relationship = &rows(CsvSection::AdultRelationships)[0];
    assert_eq!(relationship["child_id"], CHILD.to_string());
    assert_eq!(relationship["relationship"], "Mother");
    assert_eq!(rows(CsvSection::Adults)[0]["phone"], "'+44 7700 900123");
    let seen = &rows(CsvSection::VisitChildren)[0];
    assert_eq!(
        (seen["seen"].as_str(), seen["seen_alone"].as_str()),
        ("yes", "")
    );
    assert_eq!(rows(CsvSection::Visits)[0]["notes"], "line one\nline two");
}

#[test]
fn the_childs_words_are_exact_and_drawings_are_a_note() {
    let items = rows(CsvSection::ChildVoiceItems);
    assert_eq!(items.len(), 4, "the empty item is left out");
    let worry = &items[0];
    assert_eq!(worry["text"], "  When Mum and Dad shout\n");
    assert_eq!(worry["author"], "practitioner_for_child");
    assert_eq!(worry["prompt"], "worries");
    assert_eq!(worry["activity"], "three_houses");
    assert_eq!(worry["sharing_judge"], "yes");
    assert_eq!(worry["sharing_parents_or_carers"], "no");
    assert_eq!(worry["at"], "2026-11-21T10:05:00Z");
    let drawing = &items[1];
    assert_eq!(drawing["kind"], "drawing");
    assert_eq!(drawing["text"], "drawing (PNG in the JSON export)");
    assert_eq!(drawing["drawing_title"], "My house");
    assert!(!file(CsvSection::ChildVoiceItems)
        .concat()
        .concat()
        .contains("iVBOR"));
    assert_eq!(items[2]["text"], "happy;scared");
    assert_eq!(items[2]["safety_concern"], "yes");
    assert_eq!(
        (items[3]["text"].as_str(), items[3]["closeness"].as_str()),
        ("Nan", "near")
    );
    let session = &rows(CsvSection::ChildVoiceSessions)[0];
    assert_eq!(session["declined"], "good_at");
    assert_eq!(session["child_id"], CHILD.to_string());
}

#[test]
fn file_names_hold_nothing_personal() {
    let record = record();
    for file in csv_files(&record, Lang::En, EXPORTED) {
        let expected = format!(
            "casevoice-{}-2026-11-25-{}.csv",
            record.id,
            file.section.slug()
        );
        assert_eq!(file.name, expected);
        for personal in ["Zoë", "ukasz", "ZW19P01392", "Ann", "Smith"] {
            assert!(!file.name.contains(personal), "{}", file.name);
        }
    }
}

#[test]
fn every_formula_starter_is_neutralised() {
    for starter in [
        '=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠',
    ] {
        let value = format!("{starter}SUM(A1:A9)");
        let text = write_table(&["record_id"], &[vec![value.clone()]]);
        let table = parse(text.as_bytes());
        assert_eq!(table[1][0], format!("'{value}"), "{starter:?}");
    }
}

proptest! {
    #[test]
    fn any_strings_survive_quoting(cells in prop::collection::vec(any::<String>(), 1..6)) {
        let text = write_table(&["record_id"], std::slice::from_ref(&cells));
        let table = parse(text.as_bytes());
        let expected: Vec<String> = cells.iter().map(|c| shown(c)).collect();
        prop_assert_eq!(&table[1], &expected);
    }

    #[test]
    fn tricky_strings_survive_quoting(
        cells in prop::collection::vec("[=+\\-@\t\r\n\0＝＋－＠,\"' a-zé]{0,12}", 1..6)
    ) {
        let text = write_table(&["record_id"], std::slice::from_ref(&cells));
        let table = parse(text.as_bytes());
        for (read, written) in table[1].iter().zip(&cells) {
            prop_assert_eq!(read, &shown(written));
            prop_assert!(!read.chars().next().is_some_and(is_formula_starter));
        }
    }

    #[test]
    fn any_childs_name_is_read_back_with_the_record_id(name in any::<String>()) {
        let mut record = record();
        record.children[0].first_names = name.clone();
        let file = csv_file(&record, Lang::En, EXPORTED, CsvSection::Children);
        let table = parse(&file.bytes);
        prop_assert_eq!(&table[1][0], &record.id.to_string());
        prop_assert_eq!(&table[1][2], &shown(&name));
        // The name never reaches the file name, whatever it is.
        prop_assert_eq!(
            file.name,
            format!("casevoice-{}-2026-11-25-children.csv", record.id)
        );
    }
}

/// Every hostile string in every text field (as in `tests/hostile.rs`): every
/// file reads back as RFC 4180, no cell starts like a formula, and every string
/// is in some cell exactly as typed, or with `'` in front when it starts like
/// a formula.
#[test]
fn hostile_strings_in_every_field_are_quoted_and_neutralised() {
    use common::hostile::{as_record, full_export, hostile_strings, text_fields, with_strings};
    let strings = hostile_strings();
    let export = full_export();
    let record = &export["record"];
    let fields = text_fields(record);
    let mut cells = std::collections::HashSet::new();
    let mut checked = 0usize;
    for offset in 0..strings.len() {
        let record = as_record(with_strings(record, &fields, &strings, offset));
        for file in csv_files(&record, Lang::En, EXPORTED) {
            for row in parse(&file.bytes) {
                for cell in row {
                    assert!(
                        !cell.chars().next().is_some_and(is_formula_starter),
                        "{}: {cell:?} starts like a formula",
                        file.name
                    );
                    checked += 1;
                    cells.insert(cell);
                }
            }
        }
    }
    for s in &strings {
        assert!(cells.contains(&shown(s)), "{s:?} is in no cell");
    }
    let starters = strings
        .iter()
        .filter(|s| s.chars().next().is_some_and(is_formula_starter))
        .count();
    println!(
        "CSV: {} strings × {} text fields, {checked} cells read back, {starters} strings start like a formula",
        strings.len(),
        fields.len()
    );
}

#[test]
fn hostile_formula_starters_get_an_apostrophe_and_nothing_else_changes() {
    for (typed, cell) in [
        ("=1+1", "'=1+1"),
        ("+44 7700 900123", "'+44 7700 900123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        (
            "=HYPERLINK(\"http://example.invalid/\",\"Open\")",
            "'=HYPERLINK(\"http://example.invalid/\",\"Open\")",
        ),
    ] {
        let text = write_table(&["a"], &[vec![typed.to_string()]]);
        let rows = parse(text.as_bytes());
        assert_eq!(rows[1], vec![cell.to_string()], "{typed:?}");
    }
}
