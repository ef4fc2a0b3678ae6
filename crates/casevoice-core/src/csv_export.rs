//! CSV export for spreadsheets: one file per part of the record (case details,
//! children, adults and their relationships, visits and who was seen, checks, the
//! child's-voice sessions and items), each row starting with the record id so rows
//! from different files can be matched up.
//!
//! Written by hand rather than with the `csv` crate: the writer is a few lines,
//! and everything here ends up in the browser's wasm, where every dependency costs.
//!
//! - UTF-8 with a byte order mark, so spreadsheets read accents and non-Latin
//!   names correctly instead of guessing a legacy code page.
//! - CRLF line ends and RFC 4180 quoting: a field with a comma, a double quote, a
//!   CR or an LF is put in double quotes, with double quotes inside doubled.
//! - Formula neutralisation: a cell whose first character is `=`, `+`, `-`, `@`,
//!   tab, CR, LF or NUL, or the full-width `＝` `＋` `－` `＠`, gets `'` in front,
//!   so no spreadsheet runs it as a formula (CSV injection). Nothing else changes.
//! - File names carry only the record id, the export date and the section.

mod audit_rows;
mod rows;

use time::Date;
use uuid::Uuid;

use crate::messages::Lang;
use crate::record::CaseRecord;

/// One of the files. The order of [`CsvSection::ALL`] is the order they are offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CsvSection {
    CaseDetails,
    Children,
    Adults,
    /// One row per adult and child: each adult's relationship to each child. A
    /// file of its own rather than a column per child, so the columns stay the same
    /// whatever the number of children.
    AdultRelationships,
    Visits,
    /// One row per visit and child: whether the child was seen, and seen alone.
    VisitChildren,
    /// The police and local authority checks, one row per adult.
    Checks,
    ChildVoiceSessions,
    /// Everything the children said, chose or drew, in their exact words.
    ChildVoiceItems,
    // Case audit
    /// The audit: one row when the record has one.
    Audit,
    /// The audit's agreed actions, one row each.
    AuditActions,
    /// The indicators on the day of the export.
    AuditIndicators,
}

impl CsvSection {
    pub const ALL: [CsvSection; 12] = [
        CsvSection::CaseDetails,
        CsvSection::Children,
        CsvSection::Adults,
        CsvSection::AdultRelationships,
        CsvSection::Visits,
        CsvSection::VisitChildren,
        CsvSection::Checks,
        CsvSection::ChildVoiceSessions,
        CsvSection::ChildVoiceItems,
        CsvSection::Audit,
        CsvSection::AuditActions,
        CsvSection::AuditIndicators,
    ];

    /// The files offered for a record: the audit's only when it has one.
    pub fn offered(record: &CaseRecord) -> Vec<CsvSection> {
        CsvSection::ALL
            .into_iter()
            .filter(|s| record.audit.is_some() || !s.is_audit())
            .collect()
    }

    pub fn is_audit(self) -> bool {
        matches!(
            self,
            CsvSection::Audit | CsvSection::AuditActions | CsvSection::AuditIndicators
        )
    }

    /// The section's part of the file name: `child_voice_items`.
    pub fn slug(self) -> &'static str {
        match self {
            CsvSection::CaseDetails => "case_details",
            CsvSection::Children => "children",
            CsvSection::Adults => "adults",
            CsvSection::AdultRelationships => "adult_relationships",
            CsvSection::Visits => "visits",
            CsvSection::VisitChildren => "visit_children",
            CsvSection::Checks => "checks",
            CsvSection::ChildVoiceSessions => "child_voice_sessions",
            CsvSection::ChildVoiceItems => "child_voice_items",
            CsvSection::Audit => "audit",
            CsvSection::AuditActions => "audit_actions",
            CsvSection::AuditIndicators => "audit_indicators",
        }
    }
}

/// A file ready to download: its name and its bytes (BOM, UTF-8, CRLF).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvFile {
    pub section: CsvSection,
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Every file offered for the record, in the order of [`CsvSection::ALL`]. `exported_on` is the
/// practitioner's date, which goes in the file names (and is the day the
/// audit's indicators are worked out for).
pub fn csv_files(record: &CaseRecord, lang: Lang, exported_on: Date) -> Vec<CsvFile> {
    CsvSection::offered(record)
        .into_iter()
        .map(|section| csv_file(record, lang, exported_on, section))
        .collect()
}

/// One file, for a download button that needs only its own.
pub fn csv_file(
    record: &CaseRecord,
    lang: Lang,
    exported_on: Date,
    section: CsvSection,
) -> CsvFile {
    let table = rows::table(record, lang, section, exported_on);
    CsvFile {
        section,
        name: file_name(record.id, exported_on, section),
        bytes: write_table(table.header, &table.rows).into_bytes(),
    }
}

/// `casevoice-{record id}-{yyyy-mm-dd}-{section}.csv`: nothing personal, as a file
/// name shows in download lists, recent files and email attachments.
pub fn file_name(record: Uuid, exported_on: Date, section: CsvSection) -> String {
    format!(
        "casevoice-{record}-{}-{}.csv",
        iso_date(exported_on),
        section.slug()
    )
}

/// `2025-04-03`, whatever the year (the record's years are 1 to 9999).
pub(crate) fn iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// The byte order mark that tells spreadsheets the file is UTF-8.
pub const BOM: char = '\u{feff}';

/// The whole file as text: the BOM, the header row, then the rows, each ended by CRLF.
pub fn write_table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    write_row(&mut out, header.iter().copied());
    for row in rows {
        write_row(&mut out, row.iter().map(String::as_str));
    }
    out
}

fn write_row<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    for (i, value) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, value);
    }
    out.push_str("\r\n");
}

/// Whether a spreadsheet could take a cell starting with `first` as a formula (or
/// strip it and then take what follows as one, as some do with tab and CR).
pub fn is_formula_starter(first: char) -> bool {
    matches!(
        first,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '\n' | '\0' | '＝' | '＋' | '－' | '＠'
    )
}

/// One cell, neutralised then quoted.
fn push_cell(out: &mut String, value: &str) {
    let neutralise = value.chars().next().is_some_and(is_formula_starter);
    let quote = value.contains([',', '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if neutralise {
        out.push('\'');
    }
    if quote {
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// The text of one cell as [`write_table`] writes it, without the row around it.
pub fn cell(value: &str) -> String {
    let mut out = String::new();
    push_cell(&mut out, value);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_cells_are_written_as_they_are() {
        assert_eq!(cell("Nowak"), "Nowak");
        assert_eq!(cell(""), "");
        assert_eq!(cell("Zoë Łukasz"), "Zoë Łukasz");
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted() {
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("one\r\ntwo"), "\"one\r\ntwo\"");
        assert_eq!(cell("one\ntwo"), "\"one\ntwo\"");
    }

    #[test]
    fn formula_starters_get_an_apostrophe_inside_the_quotes() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("+44 7700 900123"), "'+44 7700 900123");
        assert_eq!(cell("＝SUM(A1)"), "'＝SUM(A1)");
        assert_eq!(cell("\nline"), "\"'\nline\"");
        assert_eq!(
            cell("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
        // Only the first character counts.
        assert_eq!(cell("1=1"), "1=1");
    }

    #[test]
    fn a_table_has_the_bom_and_crlf_line_ends() {
        let text = write_table(&["record_id", "name"], &[vec!["x".into(), "Zoë".into()]]);
        assert_eq!(text, "\u{feff}record_id,name\r\nx,Zoë\r\n");
    }

    #[test]
    fn file_names_hold_the_record_id_the_date_and_the_section() {
        let date = Date::from_calendar_date(2025, time::Month::April, 3).unwrap();
        assert_eq!(
            file_name(Uuid::from_u128(1), date, CsvSection::ChildVoiceItems),
            "casevoice-00000000-0000-0000-0000-000000000001-2025-04-03-child_voice_items.csv"
        );
    }
}
