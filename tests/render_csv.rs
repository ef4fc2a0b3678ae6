//! Native render tests of the CSV export: the task list links to it, and its page
//! says what the files are and has one named download button per file, with file
//! names that hold nothing personal.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::router::Route;
use casevoice_core::csv_export::CsvSection;
use casevoice_core::{apply, Answer, ChangeContext, Field, Question, RecordAction};
use common::{record_id, record_with_case_number};
use uuid::Uuid;

fn record_with_a_child() -> casevoice_core::CaseRecord {
    let mut record = record_with_case_number(1, "ZW19P01392");
    let context = ChangeContext {
        at: record.created_at,
        by: String::new(),
    };
    let child = Uuid::from_u128(50);
    apply(&mut record, RecordAction::AddChild { id: child }, &context);
    apply(
        &mut record,
        RecordAction::Set(
            Field::child(child, Question::ChildFirstNames),
            Answer::Text("Zoë".into()),
        ),
        &context,
    );
    record
}

#[tokio::test]
async fn the_task_list_links_to_the_csv_export() {
    let page = render_page(Route::Record(record_id(1)), vec![record_with_a_child()]).await;
    let link = one(
        &page,
        &format!("a[href='/records/{}/export/csv']", record_id(1)),
    );
    assert_eq!(text(link), "Download spreadsheets (CSV)");
}

#[tokio::test]
async fn the_page_offers_one_named_download_per_file() {
    let id = record_id(1);
    // Case audit: the audit's files are offered only for a record with an audit.
    let offered = CsvSection::offered(&record_with_a_child());
    assert_eq!(offered.len(), 9);
    let page = render_page(Route::CsvExport(id), vec![record_with_a_child()]).await;
    assert_eq!(
        texts(&page, "h1"),
        ["Download spreadsheets (CSV)".to_string()]
    );
    assert_eq!(text(one(&page, ".caption-l")), "ZW19P01392");
    assert_eq!(
        one(&page, ".back-link").attr("href"),
        Some(format!("/records/{id}").as_str())
    );
    let buttons = texts(&page, "button.button");
    assert_eq!(buttons.len(), offered.len());
    assert!(buttons.contains(&"Download children (CSV)".to_string()));
    assert!(buttons.contains(&"Download what the children said (CSV)".to_string()));
    // Each file is a region named by its heading.
    for section in offered {
        let region = one(
            &page,
            &format!("section[aria-labelledby='csv-{}']", section.slug()),
        );
        assert!(text(region).contains(section.slug()), "{}", section.slug());
    }
    // Native tests' clock reads 1 January 1970.
    let names = texts(&page, ".csv-file__name code");
    assert!(names.contains(&format!("casevoice-{id}-1970-01-01-children.csv")));
    for name in names {
        assert!(
            !name.contains("Zo") && !name.contains("ZW19P01392"),
            "{name}"
        );
    }
    assert!(text(one(&page, "main")).contains("apostrophe (')"));
}

#[tokio::test]
async fn an_unknown_record_is_not_found() {
    let page = render_page(Route::CsvExport(record_id(9)), vec![record_with_a_child()]).await;
    assert_eq!(count(&page, "button.button"), 0);
}
