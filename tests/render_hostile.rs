//! Hostile input rendered natively with `yew::ServerRenderer`: every hostile
//! string (`tests/fixtures/hostile/`) in every field component, and the hostile
//! export files (every free-text field of a full record holding one of the
//! strings, every string in some field) on every page of the app that shows a
//! record, the child's screens, the settings page and the import confirmation.
//! Each must come out as text: escaped in the HTML, no element or attribute the
//! page does not have with ordinary text, no event handler, no `javascript:`
//! address, and the string itself there, exactly, where the field shows it.
#![cfg(not(target_arch = "wasm32"))]

mod common;
// The core's finder of free-text fields, to make a baseline record with
// ordinary text in every field.
#[path = "../crates/casevoice-core/tests/common/hostile.rs"]
#[allow(dead_code)]
mod core_hostile;

use std::collections::BTreeSet;
use std::rc::Rc;

use casevoice::app::CurrentPage;
use casevoice::components::{
    DateInput, DateInputProps, Layout, NumberInput, NumberInputProps, PassphraseInput,
    PassphraseInputProps, PinInput, PinInputProps, TextInput, TextInputProps, Textarea,
    TextareaProps,
};
use casevoice::pages::ImportConfirmView;
use casevoice::router::{Route, RouterProvider};
use casevoice::state::{AppContext, AppState, StorageStatus};
use casevoice_core::dates::DateParts;
use casevoice_core::export::ExportEnvelope;
use casevoice_core::import::{plan_import, read_import};
use casevoice_core::settings::{ChildMode, PinHash};
use casevoice_core::voice::Activity;
use casevoice_core::{CaseRecord, Msg};
use scraper::Html as Doc;
use yew::prelude::*;
use yew::{props, ServerRenderer};

fn hostile_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile")
}

/// Every hostile string, as the core's tests read them: the three lists in
/// order, without repeats.
fn hostile_strings() -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut all = Vec::new();
    for file in ["blns.json", "owasp-xss.json", "casevoice-extra.json"] {
        let text = std::fs::read_to_string(hostile_dir().join(file)).unwrap();
        let strings: Vec<String> = serde_json::from_str(&text).unwrap();
        for s in strings {
            if seen.insert(s.clone()) {
                all.push(s);
            }
        }
    }
    all
}

/// The committed hostile exports, read as the import page reads them.
fn hostile_envelopes() -> Vec<ExportEnvelope> {
    let mut names: Vec<String> = std::fs::read_dir(hostile_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("export-hostile-"))
        .collect();
    names.sort();
    assert!(names.len() >= 3, "{names:?}");
    names
        .iter()
        .map(|n| read_import(&std::fs::read_to_string(hostile_dir().join(n)).unwrap()).unwrap())
        .collect()
}

fn plain_envelope() -> ExportEnvelope {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/casevoice-core/tests/fixtures/export-v1.json");
    read_import(&std::fs::read_to_string(path).unwrap()).unwrap()
}

async fn render_html<C: BaseComponent>(
    props: impl FnOnce() -> C::Properties + Send + 'static,
) -> String {
    ServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// What an HTML parser makes of text: line breaks as LF, NUL as U+FFFD.
fn as_parsed(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\0', "\u{fffd}")
}

/// Elements that would run or load something if text ever became markup.
const ACTIVE: [&str; 14] = [
    "script", "iframe", "frame", "frameset", "object", "embed", "style", "link", "meta", "base",
    "svg", "math", "applet", "xml",
];

/// Every (element, attribute) pair in the page.
fn shape(page: &Doc) -> BTreeSet<(String, String)> {
    let mut pairs = BTreeSet::new();
    for element in page.root_element().descendent_elements() {
        let name = element.value().name().to_string();
        pairs.insert((name.clone(), String::new()));
        for (attr, _) in element.value().attrs() {
            pairs.insert((name.clone(), attr.to_string()));
        }
    }
    pairs
}

/// The checks every render with hostile text must pass, against a render of
/// the same thing with ordinary text (`baseline`).
fn assert_inert(raw: &str, baseline: &BTreeSet<(String, String)>, strings: &[&str], what: &str) {
    let page = Doc::parse_fragment(raw);
    for (element, attr) in shape(&page) {
        assert!(
            baseline.contains(&(element.clone(), attr.clone())),
            "{what}: <{element} {attr}> appears only with hostile text"
        );
        assert!(
            !attr.starts_with("on"),
            "{what}: event handler {attr} on <{element}>"
        );
        assert!(
            !ACTIVE.contains(&element.as_str())
                || baseline.contains(&(element.clone(), String::new())),
            "{what}: <{element}>"
        );
    }
    for element in page.root_element().descendent_elements() {
        for attr in ["href", "src", "action", "formaction", "xlink:href"] {
            if let Some(url) = element.value().attr(attr) {
                let url = url.trim().to_ascii_lowercase();
                assert!(
                    !url.starts_with("javascript:")
                        && !url.starts_with("vbscript:")
                        && (!url.starts_with("data:") || url.starts_with("data:image/png;base64,")),
                    "{what}: {attr}={url:?}"
                );
            }
        }
    }
    for s in strings {
        if s.contains('<') {
            assert!(!raw.contains(s), "{what}: {s:?} is in the HTML unescaped");
        }
    }
}

/// Every attribute value and text node of the page, for finding a string.
fn everything_shown(raw: &str) -> String {
    let page = Doc::parse_fragment(raw);
    let mut out = String::new();
    for node in page.root_element().descendants() {
        if let Some(text) = node.value().as_text() {
            out.push_str(text);
            out.push('\u{1}');
        } else if let Some(element) = node.value().as_element() {
            for (_, value) in element.attrs() {
                out.push_str(value);
                out.push('\u{1}');
            }
        }
    }
    out
}

// ------------------------------------------------------------------------
// Field components: every string in each.
// ------------------------------------------------------------------------

fn text_input(value: String) -> TextInputProps {
    props!(TextInputProps {
        id: "hostile",
        label: Msg::CaseNumberLabel,
        value,
        on_input: Callback::noop(),
    })
}

fn textarea(value: String) -> TextareaProps {
    props!(TextareaProps {
        id: "hostile",
        label: Msg::CaseNumberLabel,
        value,
        on_input: Callback::noop(),
        limit: Some(500),
    })
}

fn date_input(value: String) -> DateInputProps {
    props!(DateInputProps {
        id: "hostile",
        legend: Msg::CaseNumberLabel,
        value: DateParts {
            day: value.clone(),
            month: value.clone(),
            year: value,
        },
        on_change: Callback::noop(),
    })
}

fn passphrase_input(value: String) -> PassphraseInputProps {
    props!(PassphraseInputProps {
        id: "hostile",
        label: Msg::CaseNumberLabel,
        value,
        on_input: Callback::noop(),
        autocomplete: "new-password",
    })
}

fn pin_input(value: String) -> PinInputProps {
    props!(PinInputProps {
        id: "hostile",
        label: Msg::CaseNumberLabel,
        value,
        on_input: Callback::noop(),
    })
}

fn number_input(value: String) -> NumberInputProps {
    props!(NumberInputProps {
        id: "hostile",
        label: Msg::CaseNumberLabel,
        suffix: Msg::CaseNumberLabel,
        value,
        on_input: Callback::noop(),
    })
}

/// Renders component `C` with each string, and checks it is inert and shown
/// exactly as the field's value (attribute or, for a textarea, its text).
async fn every_string_in<C: BaseComponent>(
    name: &str,
    make: fn(String) -> C::Properties,
    boxes: usize,
) -> usize {
    let baseline = shape(&Doc::parse_fragment(
        &render_html::<C>(move || make("x".into())).await,
    ));
    let strings = hostile_strings();
    for s in &strings {
        let value = s.clone();
        let raw = render_html::<C>(move || make(value)).await;
        assert_inert(&raw, &baseline, &[s], &format!("{name} with {s:?}"));
        let page = Doc::parse_fragment(&raw);
        let values: Vec<String> = common::html::all(&page, "input[id^=hostile], textarea")
            .into_iter()
            .map(|e| {
                if e.value().name() == "textarea" {
                    e.text().collect()
                } else {
                    e.attr("value").unwrap_or_default().to_string()
                }
            })
            .collect();
        let expected = as_parsed(s);
        // A parser drops one line break straight after <textarea>.
        let expected_in_textarea = expected.strip_prefix('\n').unwrap_or(&expected).to_string();
        assert_eq!(values.len(), boxes, "{name}");
        for v in values {
            assert!(
                v == expected || v == expected_in_textarea,
                "{name}: {s:?} shown as {v:?}"
            );
        }
    }
    strings.len() * boxes
}

#[tokio::test]
async fn every_hostile_string_in_every_field_component_is_inert_and_kept() {
    let mut tried = 0;
    tried += every_string_in::<TextInput>("TextInput", text_input, 1).await;
    tried += every_string_in::<Textarea>("Textarea", textarea, 1).await;
    tried += every_string_in::<DateInput>("DateInput", date_input, 3).await;
    tried += every_string_in::<PassphraseInput>("PassphraseInput", passphrase_input, 1).await;
    tried += every_string_in::<PinInput>("PinInput", pin_input, 1).await;
    tried += every_string_in::<NumberInput>("NumberInput", number_input, 1).await;
    println!("field components: {tried} string × box renders");
}

// ------------------------------------------------------------------------
// Pages: the hostile exports on every page of a record.
// ------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct PageProps {
    route: Route,
    record: CaseRecord,
    practitioner: String,
    team: String,
    child_mode: Option<ChildMode>,
}

#[function_component(PageHarness)]
fn page_harness(props: &PageProps) -> Html {
    let record = props.record.clone();
    let (practitioner, team, child_mode) = (
        props.practitioner.clone(),
        props.team.clone(),
        props.child_mode,
    );
    let state = use_reducer(move || AppState {
        records: [(record.id, Rc::new(record))].into_iter().collect(),
        storage: StorageStatus::Ready,
        practitioner,
        practitioner_team: team,
        pin: Some(PinHash::default()),
        child_mode,
        ..AppState::default()
    });
    html! {
        <ContextProvider<AppContext> context={state}>
            <RouterProvider route={props.route}>
                <Layout><CurrentPage /></Layout>
            </RouterProvider>
        </ContextProvider<AppContext>>
    }
}

/// Every page that shows something of `record`: the practitioner's pages (with
/// child mode off) and the child's screens (with child mode on for its session).
fn pages(record: &CaseRecord) -> Vec<(Route, bool)> {
    let r = record.id;
    let child = record.children[0].id;
    let adult = record.adults[0].id;
    let visit = record.visits[0].id;
    let session = record.voice_sessions[0].id;
    let mut pages: Vec<(Route, bool)> = [
        Route::Home,
        Route::Record(r),
        Route::CaseNumber(r),
        Route::CaseDetails(r),
        Route::Children(r),
        Route::Child(r, child),
        Route::RemoveChild(r, child),
        Route::Adults(r),
        Route::Adult(r, adult),
        Route::RemoveAdult(r, adult),
        Route::Checks(r),
        Route::Risk(r),
        Route::Visits(r),
        Route::Visit(r, visit),
        Route::RemoveVisit(r, visit),
        Route::Settings,
        Route::DeleteRecord(r),
        Route::History(r),
        Route::Welfare(r),
        Route::ChildWelfare(r, child),
        Route::Recommendation(r),
        Route::CheckAnswers(r),
        Route::Voice(r),
        Route::SessionSetup(r, session),
        Route::SessionAfter(r, session),
        Route::SessionSafety(r, session),
        Route::SessionTold(r, session),
        Route::CsvExport(r),
        Route::PrintRecord(r),
        Route::Export(r),
    ]
    .into_iter()
    .map(|route| (route, false))
    .collect();
    pages.push((Route::ChildMenu(r, session), true));
    for activity in Activity::ALL {
        pages.push((Route::ChildActivity(r, session, activity), true));
    }
    pages.extend([
        (Route::ChildSharing(r, session), true),
        (Route::ChildReadBack(r, session), true),
    ]);
    pages
}

async fn render_page(route: Route, mut record: CaseRecord, in_child_mode: bool) -> String {
    if in_child_mode {
        // Started, not finished, so the child's screens show their boxes.
        record.voice_sessions[0].finished_at = None;
    }
    let child_mode = in_child_mode.then(|| ChildMode {
        record: record.id,
        session: record.voice_sessions[0].id,
        exited: false,
    });
    // The practitioner's own name and team, from settings, are hostile too.
    let practitioner = record.case_details.practitioner_name.clone();
    let team = record.case_details.practitioner_team.clone();
    render_html::<PageHarness>(move || PageProps {
        route,
        record,
        practitioner,
        team,
        child_mode,
    })
    .await
}

/// The record's free-text answers: what the hostile exports put hostile strings in.
fn texts_of(record: &CaseRecord) -> Vec<String> {
    let child = &record.children[0];
    let session = &record.voice_sessions[0];
    let mut texts = vec![
        record.case_details.case_number.clone(),
        record.case_details.court.clone(),
        child.first_names.clone(),
        child.address.clone(),
        record.adults[0].name.clone(),
        record.visits[0].notes.clone(),
        session.scale.question.clone(),
    ];
    texts.extend(
        serde_json::to_value(&session.items)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|item| {
                let content = &item["content"];
                content["text"]
                    .as_str()
                    .or(content["title"].as_str())
                    .or(content["name"].as_str())
                    .map(str::to_string)
            }),
    );
    texts
}

/// The full record with `x` in every free-text field: with the fixture's own
/// answers (real dates, empty optional answers), the baseline for every page,
/// since a page may show an element only when an answer is there.
fn x_everywhere() -> CaseRecord {
    let export = core_hostile::full_export();
    let fields = core_hostile::text_fields(&export["record"]);
    core_hostile::as_record(core_hostile::with_strings(
        &export["record"],
        &fields,
        &["x".to_string()],
        0,
    ))
}

#[tokio::test]
async fn every_page_shows_the_hostile_exports_as_text() {
    let plain = plain_envelope().record;
    let with_x = x_everywhere();
    let mut renders = 0;
    let envelopes = hostile_envelopes();
    let strings = hostile_strings();
    let all: Vec<&str> = strings.iter().map(String::as_str).collect();
    let mut print_text = String::new();
    for (route, child_mode) in pages(&plain) {
        let mut baseline = shape(&Doc::parse_fragment(
            &render_page(route, plain.clone(), child_mode).await,
        ));
        baseline.extend(shape(&Doc::parse_fragment(
            &render_page(route, with_x.clone(), child_mode).await,
        )));
        for envelope in &envelopes {
            let record = envelope.record.clone();
            let raw = render_page(route, record.clone(), child_mode).await;
            assert_inert(&raw, &baseline, &all, &format!("{route:?}"));
            if matches!(route, Route::PrintRecord(_)) {
                print_text.push_str(&everything_shown(&raw));
            }
            renders += 1;
        }
    }
    // The print view shows the whole record: each of these answers is there exactly.
    for envelope in &envelopes {
        for text in texts_of(&envelope.record) {
            assert!(
                print_text.contains(&as_parsed(&text)),
                "the print view does not show {text:?}"
            );
        }
    }
    println!(
        "pages: {} pages × {} hostile exports = {renders} renders",
        pages(&plain).len(),
        envelopes.len()
    );
}

#[tokio::test]
async fn the_import_confirmation_shows_a_hostile_file_as_text() {
    #[derive(Properties, PartialEq)]
    struct ConfirmProps {
        envelope: ExportEnvelope,
        stored: Option<CaseRecord>,
    }
    #[function_component(Confirm)]
    fn confirm(props: &ConfirmProps) -> Html {
        let plan = plan_import(&props.envelope.record, props.stored.as_ref());
        html! {
            <RouterProvider route={Route::Import}>
                <ImportConfirmView envelope={Rc::new(props.envelope.clone())} {plan} />
            </RouterProvider>
        }
    }
    let strings = hostile_strings();
    let all: Vec<&str> = strings.iter().map(String::as_str).collect();
    let plain = plain_envelope();
    // The baseline: an ordinary file opened anew, and one with text in every
    // field replacing a stored copy.
    let mut with_x = plain.clone();
    with_x.record = x_everywhere();
    let mut baseline = BTreeSet::new();
    for (envelope, stored) in [
        (plain.clone(), None),
        (with_x.clone(), Some(plain.record.clone())),
        (plain.clone(), Some(with_x.record.clone())),
    ] {
        baseline.extend(shape(&Doc::parse_fragment(
            &render_html::<Confirm>(move || ConfirmProps { envelope, stored }).await,
        )));
    }
    for stored in [None, Some(plain.record.clone())] {
        for envelope in hostile_envelopes() {
            let name = envelope.record.children[0]
                .display_name()
                .unwrap_or_default();
            let stored = stored.clone().map(|mut s: CaseRecord| {
                s.id = envelope.record.id;
                s
            });
            let raw = render_html::<Confirm>(move || ConfirmProps { envelope, stored }).await;
            assert_inert(&raw, &baseline, &all, "import confirmation");
            assert!(
                everything_shown(&raw).contains(&as_parsed(&name)),
                "{name:?}"
            );
        }
    }
}

#[test]
fn the_hostile_exports_put_every_string_somewhere() {
    let mut found = BTreeSet::new();
    for envelope in hostile_envelopes() {
        let json = serde_json::to_value(&envelope.record).unwrap();
        fn walk(v: &serde_json::Value, out: &mut BTreeSet<String>) {
            match v {
                serde_json::Value::String(s) => {
                    out.insert(s.clone());
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        walk(&json, &mut found);
    }
    for s in hostile_strings() {
        assert!(found.contains(&s), "{s:?} is in no hostile export");
    }
}

/// A child's answer, drawing title or name over `CHILD_TEXT_LIMIT` characters
/// is refused by the core, so a box that held more would show words that were
/// never stored (found by typing the very long hostile strings): every box on
/// the child's screens takes no more than the limit.
#[tokio::test]
async fn the_childs_boxes_take_no_more_than_is_stored() {
    use casevoice_core::voice_action::CHILD_TEXT_LIMIT;
    let record = plain_envelope().record;
    let mut boxes = 0;
    for activity in Activity::ALL {
        let route = Route::ChildActivity(record.id, record.voice_sessions[0].id, activity);
        let raw = render_page(route, record.clone(), true).await;
        let page = Doc::parse_fragment(&raw);
        for element in common::html::all(&page, "main textarea, main input[type=text]") {
            assert_eq!(
                element.attr("maxlength"),
                Some(CHILD_TEXT_LIMIT.to_string().as_str()),
                "{activity:?}: {:?}",
                element.attr("id")
            );
            boxes += 1;
        }
    }
    assert!(boxes >= 5, "{boxes} boxes");
}
