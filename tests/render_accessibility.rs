//! Render tests of what WCAG 2.2 added or the accessibility work changed: help
//! in the same place on every page (3.2.6), the idle lock's warning (2.2.1),
//! and an address already given offered rather than asked for again (3.3.7).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use casevoice::components::IdleLockWarning;
use casevoice::router::Route;
use casevoice::storage::Keyring;
use casevoice::vault::{GateFrame, GateFrameProps, Phase, VaultContext};
use casevoice_core::settings::DeviceState;
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::html::*;
use common::record_with_case_number;
use time::OffsetDateTime;
use uuid::Uuid;
use yew::prelude::*;

const CHILD: Uuid = Uuid::from_u128(0xc1);
const SISTER: Uuid = Uuid::from_u128(0xc2);
const ADULT: Uuid = Uuid::from_u128(0xad);

fn set(record: &mut CaseRecord, action: RecordAction) {
    let context = ChangeContext {
        at: OffsetDateTime::UNIX_EPOCH,
        by: String::new(),
    };
    apply(record, action, &context);
}

fn text_answer(record: &mut CaseRecord, field: Field, text: &str) {
    set(record, RecordAction::Set(field, Answer::Text(text.into())));
}

/// Ola, with an address; her sister Maja, without one; and their mother.
fn family() -> CaseRecord {
    let mut record = record_with_case_number(1, "ZW19P01392");
    for (id, first) in [(CHILD, "Aleksandra"), (SISTER, "Maja")] {
        set(&mut record, RecordAction::AddChild { id });
        text_answer(
            &mut record,
            Field::child(id, Question::ChildFirstNames),
            first,
        );
        text_answer(
            &mut record,
            Field::child(id, Question::ChildLastName),
            "Nowak",
        );
    }
    text_answer(
        &mut record,
        Field::child(CHILD, Question::ChildKnownAs),
        "Ola",
    );
    text_answer(
        &mut record,
        Field::child(CHILD, Question::ChildAddress),
        "1 Example Street\nBristol",
    );
    text_answer(
        &mut record,
        Field::child(CHILD, Question::ChildPostcode),
        "BS1 6AH",
    );
    set(&mut record, RecordAction::AddAdult { id: ADULT });
    text_answer(
        &mut record,
        Field::adult(ADULT, Question::AdultName),
        "Joanna Nowak",
    );
    record
}

const HELP_SECTIONS: [&str; 4] = [
    "If a page will not save",
    "Locking and unlocking",
    "If you have forgotten your passphrase",
    "Getting a record off this device",
];

#[tokio::test]
async fn help_is_the_first_link_in_the_footer_of_every_page() {
    let id = common::record_id(1);
    for route in [
        Route::Home,
        Route::Record(id),
        Route::CaseDetails(id),
        Route::Settings,
        Route::Import,
        Route::NotFound,
        Route::Help,
    ] {
        let page = render_page(route, vec![family()]).await;
        let links = all(&page, "footer a");
        assert!(!links.is_empty(), "{route:?} has no link in its footer");
        assert_eq!(links[0].attr("href"), Some("/help"), "{route:?}");
        assert_eq!(text(links[0]), "Help", "{route:?}");
    }
}

#[tokio::test]
async fn the_pages_before_unlocking_have_help_in_the_same_place() {
    let page = render::<GateFrame>(|| GateFrameProps {
        children: html! { <h1>{ "casevoice is locked" }</h1> },
    })
    .await;
    let links = all(&page, "footer a");
    assert_eq!(
        links.len(),
        1,
        "help is the only way on from a locked page's frame"
    );
    assert_eq!(links[0].attr("href"), Some("/help"));
    assert_eq!(text(links[0]), "Help");
}

#[tokio::test]
async fn the_help_page_says_what_to_do_when_stuck_locked_out_or_needing_the_record_elsewhere() {
    let page = render_page(Route::Help, vec![]).await;
    assert_eq!(text(one(&page, "main h1")), "Help");
    assert_eq!(texts(&page, "main h2"), HELP_SECTIONS);
    let words = text(one(&page, "main"));
    assert!(words.contains("Ctrl+Alt+L"), "{words}");
    assert!(words.contains("Nothing you entered is lost"), "{words}");
    assert_eq!(one(&page, "main a").attr("href"), Some("/"));
}

#[tokio::test]
async fn an_adults_page_offers_each_childs_address_that_is_given() {
    let page = render_page(Route::Adult(common::record_id(1), ADULT), vec![family()]).await;
    let offers = texts(&page, ".same-address button");
    assert_eq!(offers, ["Same address as Ola Nowak"]);
    let button = one(&page, ".same-address button");
    assert_eq!(
        button.attr("type"),
        Some("button"),
        "it must not submit the form"
    );
    // Offered just before the address it fills, in reading order.
    let form = text(one(&page, "form"));
    assert!(
        form.find("Same address as").unwrap() < form.find("Address").unwrap(),
        "{form}"
    );
}

#[tokio::test]
async fn a_childs_page_offers_another_persons_address_but_never_their_own() {
    let id = common::record_id(1);
    let page = render_page(Route::Child(id, SISTER), vec![family()]).await;
    assert_eq!(
        texts(&page, ".same-address button"),
        ["Same address as Ola Nowak"]
    );
    // Ola's own page has nobody else with an address to offer.
    let page = render_page(Route::Child(id, CHILD), vec![family()]).await;
    assert_eq!(count(&page, ".same-address"), 0);
    // Once the sister has the same address, it is not offered again.
    let mut record = family();
    text_answer(
        &mut record,
        Field::child(SISTER, Question::ChildAddress),
        "1 Example Street\nBristol",
    );
    text_answer(
        &mut record,
        Field::child(SISTER, Question::ChildPostcode),
        "BS1 6AH",
    );
    let page = render_page(Route::Child(id, SISTER), vec![record]).await;
    assert_eq!(count(&page, ".same-address"), 0);
}

#[derive(Properties, PartialEq)]
struct WarningHarnessProps {
    near: bool,
}

#[function_component(WarningHarness)]
fn warning_harness(props: &WarningHarnessProps) -> Html {
    let vault = VaultContext {
        phase: Phase::Opening,
        backend: None,
        keyring: Keyring::default(),
        device: DeviceState::default(),
        unlocked: Callback::noop(),
        header_changed: Callback::noop(),
        lock: Callback::noop(),
        wipe: Callback::noop(),
        wipe_failed: false,
        idle_warning: props.near,
    };
    html! {
        <ContextProvider<VaultContext> context={vault}>
            <IdleLockWarning />
        </ContextProvider<VaultContext>>
    }
}

#[tokio::test]
async fn the_idle_lock_warning_is_an_alert_only_when_the_lock_is_near() {
    let page = render::<WarningHarness>(|| WarningHarnessProps { near: false }).await;
    assert_eq!(count(&page, "[role=alert]"), 0);
    let page = render::<WarningHarness>(|| WarningHarnessProps { near: true }).await;
    let warning = one(&page, "[role=alert]");
    assert!(text(warning).starts_with("casevoice will lock in less than a minute"));
    assert!(text(warning).contains("Press any key or move the pointer to keep it unlocked."));
    assert!(text(warning).contains("Nothing you entered will be lost."));
}
