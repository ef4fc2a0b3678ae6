//! Browser tests (wasm-bindgen-test in headless Chromium): storage against the real
//! IndexedDB, and component behaviour that needs a live DOM (focus, clicks).
#![cfg(target_arch = "wasm32")]

mod common;

use casevoice::components::{ErrorSummary, TextInput};
use casevoice::storage::{IndexedDbStore, MemoryStore, RawStore, RecordStore};
use casevoice_core::{Msg, Problem, ProblemCode};
use common::stores::{sealed, sealed_indexed_db, sealed_memory, unlocked_keyring};
use common::{record_id, record_with_case_number};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Each test gets its own database, so tests neither see nor disturb each other.
fn database_name(test: &str) -> String {
    format!("casevoice-test-{test}-{}", js_sys::Math::random())
}

/// The behaviour every store must have, run against each implementation.
async fn check_store_behaviour(store: &impl RecordStore) {
    assert_eq!(store.list().await.unwrap().records, vec![]);

    let first = record_with_case_number(1, "ZW19P01392");
    let second = record_with_case_number(2, "  typed, not yet checked ");
    store.save(&first).await.unwrap();
    store.save(&second).await.unwrap();
    assert_eq!(store.load(record_id(1)).await.unwrap(), Some(first.clone()));
    assert_eq!(
        store.load(record_id(2)).await.unwrap(),
        Some(second.clone())
    );
    assert_eq!(store.load(record_id(3)).await.unwrap(), None);

    let mut changed = first.clone();
    changed.case_details.case_number = "RG21P00751".into();
    changed.revision += 1;
    store.save(&changed).await.unwrap();
    let listed = store.list().await.unwrap();
    assert_eq!(listed.records.len(), 2);
    assert!(listed.records.contains(&changed));
    assert_eq!(listed.unreadable, 0);

    store.delete(record_id(2)).await.unwrap();
    assert_eq!(store.list().await.unwrap().records, vec![changed]);
}

#[wasm_bindgen_test]
async fn indexed_db_store_saves_lists_loads_and_deletes_records() {
    let store = sealed_indexed_db(&database_name("behaviour"), &unlocked_keyring()).await;
    check_store_behaviour(&store).await;
}

#[wasm_bindgen_test]
async fn memory_store_behaves_like_the_indexed_db_store() {
    check_store_behaviour(&sealed_memory(&MemoryStore::default())).await;
}

#[wasm_bindgen_test]
async fn a_saved_record_is_there_for_a_new_connection_as_after_a_reload() {
    let name = database_name("reopen");
    let record = record_with_case_number(1, "ZW19P01392");
    let keyring = unlocked_keyring();
    sealed_indexed_db(&name, &keyring)
        .await
        .save(&record)
        .await
        .unwrap();
    let reopened = sealed_indexed_db(&name, &keyring).await;
    assert_eq!(reopened.list().await.unwrap().records, vec![record]);
}

#[wasm_bindgen_test]
async fn a_damaged_stored_entry_is_counted_and_left_alone_while_others_load() {
    let raw = IndexedDbStore::open(&database_name("damaged"))
        .await
        .unwrap();
    let store = sealed(raw.clone(), &unlocked_keyring());
    let good = record_with_case_number(1, "ZW19P01392");
    store.save(&good).await.unwrap();
    raw.put_record_entry(record_id(2), "{not json")
        .await
        .unwrap();
    let listed = store.list().await.unwrap();
    assert_eq!(listed.records, vec![good]);
    assert_eq!(listed.unreadable, 1);
    assert_eq!(store.load(record_id(2)).await.unwrap(), None);
    // Still there, untouched, for a later version or a person to recover.
    assert_eq!(store.list().await.unwrap().unreadable, 1);
}

fn mount_point() -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    root
}

fn active_element_id() -> String {
    gloo::utils::document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct FormWithErrorsProps {
    submission: u32,
}

#[function_component(FormWithErrors)]
fn form_with_errors(props: &FormWithErrorsProps) -> Html {
    let problems = vec![Problem {
        field: "case-number".into(),
        code: ProblemCode::CaseNumberMissing,
    }];
    html! {
        <>
            <ErrorSummary problems={problems} submission={props.submission} />
            <TextInput id="case-number" label={Msg::CaseNumberLabel} value="" on_input={Callback::noop()}
                error={Some(AttrValue::from("Enter a case number"))} />
        </>
    }
}

#[wasm_bindgen_test]
async fn the_error_summary_takes_focus_and_its_link_moves_focus_to_the_field() {
    let root = mount_point();
    let mut app = yew::Renderer::<FormWithErrors>::with_root_and_props(
        root.clone(),
        FormWithErrorsProps { submission: 1 },
    )
    .render();
    yew::scheduler::flush().await;

    let summary = root.query_selector(".error-summary").unwrap().unwrap();
    assert_eq!(
        gloo::utils::document().active_element().as_ref(),
        Some(&summary),
        "the error summary has focus"
    );

    let link: web_sys::HtmlElement = root
        .query_selector(".error-summary a")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    link.click();
    assert_eq!(active_element_id(), "case-number");

    // Submitting again with the same problem brings focus back to the summary.
    app.update(FormWithErrorsProps { submission: 2 });
    yew::scheduler::flush().await;
    assert_eq!(
        gloo::utils::document().active_element().as_ref(),
        Some(&summary)
    );
    app.destroy();
    root.remove();
}

#[function_component(TypedField)]
fn typed_field() -> Html {
    let value = use_state(String::new);
    let on_input = {
        let value = value.clone();
        Callback::from(move |typed: String| value.set(typed))
    };
    html! {
        <>
            <TextInput id="typed" label={Msg::CaseNumberLabel} value={(*value).clone()} {on_input} />
            <output id="echo">{ (*value).clone() }</output>
        </>
    }
}

#[wasm_bindgen_test]
async fn typing_in_a_text_input_reports_exactly_what_was_typed() {
    let root = mount_point();
    let app = yew::Renderer::<TypedField>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let input: web_sys::HtmlInputElement = root
        .query_selector("#typed")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(" zw19 p01392 ✓");
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;

    let echo = root.query_selector("#echo").unwrap().unwrap();
    assert_eq!(echo.text_content().unwrap(), " zw19 p01392 ✓");
    app.destroy();
    root.remove();
}
