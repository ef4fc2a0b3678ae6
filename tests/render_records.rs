//! Native render tests of the case records list, the delete confirmation, the edit
//! history and the settings page: rendered with Yew's server renderer and read the
//! way assistive technology reads them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::router::Route;
use casevoice::state::{Notice, StorageStatus};
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::{record_id, record_with_case_number, StateHarness, StateHarnessProps, StateSetup};
use scraper::{ElementRef, Html, Selector};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;
use yew::ServerRenderer;

async fn render_state(route: Route, setup: StateSetup) -> Html {
    let html =
        ServerRenderer::<StateHarness>::with_props(move || StateHarnessProps { route, setup })
            .hydratable(false)
            .render()
            .await;
    Html::parse_fragment(&html)
}

fn state_with(records: Vec<CaseRecord>) -> StateSetup {
    StateSetup {
        records,
        storage: StorageStatus::Ready,
        ..StateSetup::default()
    }
}

async fn render_page(route: Route, records: Vec<CaseRecord>) -> Html {
    render_state(route, state_with(records)).await
}

/// Elements inside one element, such as the cells of a row.
fn within<'a>(element: ElementRef<'a>, selector: &str) -> Vec<ElementRef<'a>> {
    element
        .select(&Selector::parse(selector).expect("test selectors are valid"))
        .collect()
}

fn one_within<'a>(element: ElementRef<'a>, selector: &str) -> ElementRef<'a> {
    let found = within(element, selector);
    assert_eq!(found.len(), 1, "{} elements match {selector}", found.len());
    found[0]
}

fn texts_within(element: ElementRef, selector: &str) -> Vec<String> {
    within(element, selector).into_iter().map(text).collect()
}

/// 25 November 2026 at 9:30am, when the fixtures are made.
fn start() -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_795_599_000).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

const OLA: Uuid = Uuid::from_u128(100);
const UNNAMED: Uuid = Uuid::from_u128(101);
const REMOVED: Uuid = Uuid::from_u128(102);

/// A record with a case number, two children (one not yet named) and a child who
/// was added and removed, by someone named in settings.
fn record_with_children(n: u128) -> CaseRecord {
    let mut record = record_with_case_number(n, "ZW19P01392");
    let mut minute = 0;
    let mut act = |record: &mut CaseRecord, by: &str, action: RecordAction| {
        minute += 10;
        let context = ChangeContext {
            at: start() + Duration::minutes(minute),
            by: by.to_string(),
        };
        apply(record, action, &context);
    };
    let sam = "Sam Okafor";
    act(&mut record, sam, RecordAction::AddChild { id: OLA });
    act(
        &mut record,
        sam,
        RecordAction::Set(
            Field::child(OLA, Question::ChildFirstNames),
            Answer::Text("Ola".into()),
        ),
    );
    act(&mut record, sam, RecordAction::AddChild { id: UNNAMED });
    act(&mut record, sam, RecordAction::AddChild { id: REMOVED });
    act(
        &mut record,
        sam,
        RecordAction::Set(
            Field::child(REMOVED, Question::ChildFirstNames),
            Answer::Text("Kai".into()),
        ),
    );
    act(&mut record, sam, RecordAction::RemoveChild { id: REMOVED });
    record
}

/// [`record_with_children`], then an application date typed at 10:40am. (Render
/// tests have no clock, so to rules about the past "today" is 1 January 1970: the
/// date counts as a problem on the task list.)
fn record_with_a_date(n: u128) -> CaseRecord {
    let mut record = record_with_children(n);
    let context = ChangeContext {
        at: start() + Duration::minutes(70),
        by: "Sam Okafor".into(),
    };
    let date = Answer::Date(casevoice_core::dates::DateParts {
        day: "3".into(),
        month: "4".into(),
        year: "2025".into(),
    });
    apply(
        &mut record,
        RecordAction::Set(Field::case(Question::ApplicationDate), date),
        &context,
    );
    record
}

#[tokio::test]
async fn every_page_links_to_settings_from_the_same_place_in_the_header() {
    for route in [
        Route::Home,
        Route::Settings,
        Route::Record(record_id(1)),
        Route::History(record_id(1)),
        Route::DeleteRecord(record_id(1)),
    ] {
        let page = render_page(route, vec![record_with_case_number(1, "ZW19P01392")]).await;
        let nav = one(&page, "header nav");
        assert_eq!(nav.attr("aria-label"), Some("Menu"), "{route:?}");
        let link = one(&page, "header nav a");
        assert_eq!(link.attr("href"), Some("/settings"));
        assert_eq!(text(link), "Settings");
    }
}

#[tokio::test]
async fn the_list_shows_each_record_with_its_children_status_and_actions() {
    let records = vec![record_with_children(1), record_with_case_number(2, "")];
    let page = render_page(Route::Home, records).await;
    assert_eq!(
        texts(&page, "thead th"),
        [
            "Case number",
            "Children",
            "Status",
            "Audit",
            "Last changed",
            "Actions"
        ]
    );
    assert_eq!(
        texts(&page, "thead th .visually-hidden"),
        ["Actions"],
        "the actions column is named for screen readers only"
    );
    let rows = all(&page, "tbody tr");
    assert_eq!(rows.len(), 2);

    // The record changed last comes first.
    let first = rows[0];
    assert_eq!(text(one_within(first, "th[scope=row]")), "ZW19P01392");
    let cells = texts_within(first, "td");
    assert_eq!(cells[0], "Ola, Child without a name yet");
    assert_eq!(cells[1], "In progress");
    assert_eq!(cells[2], "Not audited");
    assert_eq!(cells[3], "25 November 2026 at 10:30am");
    assert_eq!(
        within(first, ".tag")[0].attr("class"),
        Some("tag tag--blue")
    );
    let duplicate = one_within(first, "button");
    assert_eq!(duplicate.attr("type"), Some("button"));
    assert_eq!(text(duplicate), "Duplicate ZW19P01392");
    let links = within(first, "td a");
    assert_eq!(
        links[0].attr("href"),
        Some(format!("/records/{}/audit", record_id(1)).as_str())
    );
    assert_eq!(text(links[0]), "Audit ZW19P01392");
    let delete = links[1];
    assert_eq!(
        delete.attr("href"),
        Some(format!("/records/{}/delete", record_id(1)).as_str())
    );
    assert_eq!(text(delete), "Delete ZW19P01392");

    let second = rows[1];
    assert_eq!(
        text(one_within(second, "th[scope=row]")),
        "No case number yet"
    );
    assert_eq!(texts_within(second, "td")[0], "No children yet");
    assert_eq!(texts_within(second, "td")[1], "Not yet started");
    assert_eq!(
        text(one_within(second, "button")),
        "Duplicate record without a case number"
    );
}

#[tokio::test]
async fn each_cell_carries_its_column_name_for_the_narrow_screen_layout() {
    let page = render_page(Route::Home, vec![record_with_case_number(1, "ZW19P01392")]).await;
    let labels: Vec<&str> = all(&page, "tbody [data-label]")
        .into_iter()
        .filter_map(|cell| cell.attr("data-label"))
        .collect();
    assert_eq!(
        labels,
        ["Case number", "Children", "Status", "Audit", "Last changed"]
    );
    assert_eq!(one(&page, "table").attr("role"), Some("table"));
    assert_eq!(all(&page, "tbody td[role=cell]").len(), 5);
}

#[tokio::test]
async fn a_deletion_or_a_copy_is_confirmed_in_a_success_banner() {
    for (notice, words) in [
        (
            Notice::Deleted {
                case_number: Some("ZW19P01392".into()),
            },
            "Case record ZW19P01392 has been deleted",
        ),
        (
            Notice::Duplicated { case_number: None },
            "A copy of the case record has been made. It is at the top of the list.",
        ),
    ] {
        let state = StateSetup {
            notice: Some(notice),
            ..state_with(vec![record_with_case_number(1, "ZW19P01392")])
        };
        let page = render_state(Route::Home, state).await;
        let banner = one(&page, ".notification-banner--success");
        assert_eq!(banner.attr("role"), Some("alert"));
        assert_eq!(
            banner.attr("aria-labelledby"),
            Some("notification-banner-title")
        );
        assert_eq!(text(one(&page, "#notification-banner-title")), "Success");
        assert_eq!(text(one(&page, ".notification-banner__heading")), words);
    }
    let page = render_page(Route::Home, vec![]).await;
    assert!(all(&page, ".notification-banner").is_empty());
}

#[tokio::test]
async fn deleting_asks_first_and_says_exactly_what_will_be_deleted() {
    let record = record_with_children(1);
    let entries = record.history.len();
    let page = render_page(Route::DeleteRecord(record_id(1)), vec![record]).await;
    assert_eq!(text(one(&page, ".caption-l")), "ZW19P01392");
    assert_eq!(
        text(one(&page, "h1")),
        "Are you sure you want to delete this case record?"
    );
    assert_eq!(
        texts(&page, ".summary-list__key"),
        ["Case number", "Children", "Edit history"]
    );
    assert_eq!(
        texts(&page, ".summary-list__value"),
        [
            "ZW19P01392".to_string(),
            "Ola, Child without a name yet".to_string(),
            format!("{entries} changes")
        ]
    );
    assert!(text(one(&page, ".warning-text")).contains("This cannot be undone."));
    let yes = one(&page, "main button");
    assert_eq!(text(yes), "Yes, delete this record");
    assert_eq!(yes.attr("class"), Some("button button--warning"));
    assert_eq!(yes.attr("type"), Some("button"));
    let no = one(&page, ".button-group a");
    assert_eq!(text(no), "No, keep it");
    assert_eq!(no.attr("href"), Some("/"));
}

#[tokio::test]
async fn deleting_a_record_that_is_not_here_says_so() {
    let page = render_page(Route::DeleteRecord(record_id(9)), vec![]).await;
    assert_eq!(text(one(&page, "h1")), "Case record not found");
    assert!(all(&page, "main button").is_empty());
}

#[tokio::test]
async fn the_record_page_links_to_its_edit_history() {
    let page = render_page(
        Route::Record(record_id(1)),
        vec![record_with_case_number(1, "ZW19P01392")],
    )
    .await;
    let link = one(
        &page,
        &format!("a[href='/records/{}/history']", record_id(1)),
    );
    assert_eq!(text(link), "See the edit history");
}

#[tokio::test]
async fn the_history_lists_changes_newest_first_with_who_what_and_from_what() {
    let page = render_page(Route::History(record_id(1)), vec![record_with_a_date(1)]).await;
    assert_eq!(text(one(&page, "h1")), "Edit history");
    assert_eq!(
        one(&page, "a.back-link").attr("href"),
        Some(format!("/records/{}", record_id(1)).as_str())
    );
    let times = texts(&page, "ol.history > li > h2");
    assert_eq!(times.len(), 8);
    assert_eq!(times[0], "25 November 2026 at 10:40am");
    assert_eq!(times[7], "25 November 2026 at 9:30am");

    let entries = all(&page, "ol.history > li");
    let entry = |i: usize| {
        let keys = texts_within(entries[i], "dt");
        let values = texts_within(entries[i], "dd");
        keys.into_iter().zip(values).collect::<Vec<_>>()
    };
    let pairs = |list: &[(&str, &str)]| {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        entry(0),
        pairs(&[
            ("Changed by", "Sam Okafor"),
            ("Question", "Application date"),
            ("Changed from", "(blank)"),
            ("Changed to", "3 April 2025"),
        ])
    );
    assert_eq!(
        entry(1),
        pairs(&[
            ("Changed by", "Sam Okafor"),
            ("What happened", "Child removed"),
            ("Child", "Kai"),
        ])
    );
    // A child removed since is still named, from the removal entry.
    assert_eq!(
        entry(2),
        pairs(&[
            ("Changed by", "Sam Okafor"),
            ("Question", "First names"),
            ("Child", "Kai"),
            ("Changed from", "(blank)"),
            ("Changed to", "Kai"),
        ])
    );
    assert_eq!(
        entry(4),
        pairs(&[
            ("Changed by", "Sam Okafor"),
            ("What happened", "Child added"),
            ("Child", "Child without a name yet"),
        ])
    );
    // The case number was typed before a name was set in settings.
    assert_eq!(
        entry(7),
        pairs(&[
            ("Changed by", "No name was set"),
            ("Question", "Case number"),
            ("Changed from", "(blank)"),
            ("Changed to", "ZW19P01392"),
        ])
    );
}

#[tokio::test]
async fn a_copy_history_starts_by_naming_the_original() {
    let original = record_with_case_number(1, "ZW19P01392");
    let context = ChangeContext {
        at: start(),
        by: "Alex Brown".into(),
    };
    let copy = casevoice_core::duplicate_record(&original, record_id(2), &context);
    let page = render_page(Route::History(record_id(2)), vec![original, copy]).await;
    assert_eq!(
        texts(&page, "ol.history dd"),
        [
            "Alex Brown",
            "Record made as a copy of another",
            "ZW19P01392"
        ]
    );
    assert_eq!(
        texts(&page, "ol.history dt"),
        ["Changed by", "What happened", "Copied from"]
    );
}

#[tokio::test]
async fn a_record_with_no_changes_says_so() {
    let record = CaseRecord::new(record_id(1), start());
    let page = render_page(Route::History(record_id(1)), vec![record]).await;
    assert!(text(one(&page, "main")).contains("No changes have been made to this record yet."));
    assert!(all(&page, "ol.history").is_empty());
}

#[tokio::test]
async fn settings_ask_for_the_name_with_a_hint_and_the_team_as_optional() {
    let state = StateSetup {
        practitioner: "Sam Okafor".into(),
        practitioner_team: String::new(),
        ..state_with(vec![])
    };
    let page = render_state(Route::Settings, state).await;
    assert_eq!(text(one(&page, "h1")), "Settings");
    assert_eq!(text(one(&page, "label[for=your-name]")), "Your name");
    let name = one(&page, "input#your-name");
    assert_eq!(name.attr("value"), Some("Sam Okafor"));
    // Not "name": the browser would keep it in its autofill data on disk.
    assert_eq!(name.attr("autocomplete"), Some("off"));
    assert_eq!(name.attr("aria-describedby"), Some("your-name-hint"));
    assert!(text(one(&page, "#your-name-hint")).contains("edit history"));
    assert_eq!(name.attr("aria-invalid"), None);
    assert_eq!(
        text(one(&page, "label[for=your-team]")),
        "Your team (optional)"
    );
    assert_eq!(one(&page, "input#your-team").attr("value"), Some(""));
    // Child mode safety: the PIN has a form of its own, in its own section.
    assert!(one(&page, "main > form").attr("novalidate").is_some());
    let save = one(&page, "main > form button");
    assert_eq!(save.attr("type"), Some("submit"));
    assert_eq!(text(save), "Save settings");
    assert!(all(&page, ".error-summary, .notification-banner").is_empty());
}

#[tokio::test]
async fn settings_wait_for_storage_so_the_form_starts_from_what_is_stored() {
    let state = StateSetup {
        storage: StorageStatus::Loading,
        ..StateSetup::default()
    };
    let page = render_state(Route::Settings, state).await;
    assert!(all(&page, "form").is_empty());
    // Child mode safety: a neutral word, since the device may be in child mode.
    assert_eq!(text(one(&page, "main [role=status]")), "Loading…");
}
