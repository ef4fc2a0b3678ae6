//! Native render tests of the child's screens: what the child sees, with the
//! device in child mode for their session.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use casevoice::app::CurrentPage;
use casevoice::components::Layout;
use casevoice::router::{Route, RouterProvider};
use casevoice::state::{AppContext, AppState, StorageStatus};
use casevoice_core::settings::ChildMode;
use casevoice_core::voice::{Activity, Author, Closeness, Feeling, Prompt, ScaleWording};
use casevoice_core::voice_action::{ChildAction, SessionAction};
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::html::*;
use common::record_with_case_number;
use scraper::Html as Page;
use time::macros::date;
use uuid::Uuid;
use yew::prelude::*;

const CHILD: Uuid = Uuid::from_u128(50);
const SESSION: Uuid = Uuid::from_u128(60);

fn act(record: &mut CaseRecord, action: RecordAction) {
    let at = record.created_at;
    assert!(
        apply(
            record,
            action,
            &ChangeContext {
                at,
                by: String::new()
            }
        ),
        "the fixture's action changes the record"
    );
}

fn child(record: &mut CaseRecord, action: ChildAction) {
    act(
        record,
        RecordAction::Child {
            session: SESSION,
            action,
            lang: casevoice_core::Lang::En,
        },
    );
}

/// A record with a child, Amy, and a started session in the given version.
fn record_in_session(version: &str) -> CaseRecord {
    let mut record = record_with_case_number(1, "ZW19P01392");
    act(&mut record, RecordAction::AddChild { id: CHILD });
    act(
        &mut record,
        RecordAction::Set(
            Field::child(CHILD, Question::ChildFirstNames),
            Answer::Text("Amy".into()),
        ),
    );
    act(
        &mut record,
        RecordAction::Session {
            session: SESSION,
            action: SessionAction::Add {
                child: CHILD,
                scale: ScaleWording {
                    question: "How are things at school?".into(),
                    ten: "10 means school is great".into(),
                    zero: "0 means school is awful".into(),
                },
            },
        },
    );
    for (question, answer) in [
        (Question::SessionPresent, Answer::Text("Amy and me".into())),
        (Question::SessionPlace, Answer::Text("School".into())),
        (
            Question::SessionVersion,
            Answer::Choice(Some(version.into())),
        ),
        (
            Question::SessionReadAloud,
            Answer::Choice(Some("no".into())),
        ),
    ] {
        act(
            &mut record,
            RecordAction::Set(Field::session(SESSION, question), answer),
        );
    }
    act(
        &mut record,
        RecordAction::Session {
            session: SESSION,
            action: SessionAction::Start {
                today: date!(2026 - 11 - 25),
            },
        },
    );
    record
}

#[derive(Properties, PartialEq)]
struct InChildModeProps {
    route: Route,
    record: CaseRecord,
}

#[function_component(InChildMode)]
fn in_child_mode(props: &InChildModeProps) -> Html {
    let record = props.record.clone();
    let state = use_reducer(move || AppState {
        child_mode: Some(ChildMode {
            record: record.id,
            session: SESSION,
            exited: false,
        }),
        records: [(record.id, Rc::new(record))].into_iter().collect(),
        storage: StorageStatus::Ready,
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

async fn show(record: CaseRecord, route: impl FnOnce(Uuid) -> Route) -> Page {
    let route = route(record.id);
    render::<InChildMode>(move || InChildModeProps { route, record }).await
}

fn in_main(page: &Page, selector: &str) -> Vec<String> {
    all(page, &format!("main {selector}"))
        .into_iter()
        .map(spoken)
        .collect()
}

/// An element's words as a screen reader hears them: without the pictures marked
/// `aria-hidden`, spaces run together.
fn spoken(element: scraper::ElementRef) -> String {
    let words: String = element
        .descendants()
        .filter_map(|node| node.value().as_text().map(|t| (node, t)))
        .filter(|(node, _)| {
            !node.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| e.attr("aria-hidden") == Some("true"))
            })
        })
        .map(|(_, t)| t.to_string())
        .collect();
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn the_menu_offers_every_activity_and_only_the_childs_own_screens() {
    let record = record_in_session("older");
    let page = show(record, |id| Route::ChildMenu(id, SESSION)).await;
    assert_eq!(
        in_main(&page, "h1"),
        ["What would you like to do?".to_string()]
    );
    let names = in_main(&page, ".child-card__name");
    assert_eq!(
        names,
        [
            "About me",
            "How I feel",
            "Three houses",
            "People who matter to me",
            "For the judge",
            "What I would like to happen"
        ]
    );
    for link in all(&page, "main a") {
        let href = link.attr("href").unwrap_or_default();
        assert!(
            href.starts_with("/child/"),
            "{href} leads out of child mode"
        );
    }
    assert!(in_main(&page, "a")
        .iter()
        .any(|t| t.contains("Look at everything I said")));
    // Older children see a line about each activity; younger ones only its name.
    assert_eq!(count(&page, "main .child-card__blurb"), 6);
    let younger = show(record_in_session("younger"), |id| {
        Route::ChildMenu(id, SESSION)
    })
    .await;
    assert_eq!(count(&younger, "main .child-card__blurb"), 0);
}

#[tokio::test]
async fn every_screen_has_read_aloud_and_a_way_not_to_answer() {
    for activity in Activity::ALL {
        let page = show(record_in_session("younger"), move |id| {
            Route::ChildActivity(id, SESSION, activity)
        })
        .await;
        assert_eq!(
            all(&page, ".read-aloud__button")
                .into_iter()
                .map(spoken)
                .collect::<Vec<_>>(),
            ["Read this to me".to_string()],
            "{activity:?}"
        );
        let buttons = in_main(&page, "a, button");
        assert!(
            buttons.iter().any(|b| b.contains("Skip for now")),
            "{activity:?}"
        );
        if activity != Activity::ThreeHouses {
            assert!(
                buttons
                    .iter()
                    .any(|b| b.contains("I don't want to answer this")),
                "{activity:?}"
            );
        }
    }
}

#[tokio::test]
async fn the_childs_words_come_back_exactly_and_say_who_wrote_them() {
    let mut record = record_in_session("older");
    let typed = "I like <b>football</b> & my dog 🐶\n  and Nan's cakes";
    child(
        &mut record,
        ChildAction::Write {
            item: Uuid::from_u128(1),
            prompt: Prompt::Likes,
            author: Author::Child,
            text: typed.into(),
        },
    );
    child(
        &mut record,
        ChildAction::Write {
            item: Uuid::from_u128(2),
            prompt: Prompt::GoodAt,
            author: Author::PractitionerForChild,
            text: "Drawing".into(),
        },
    );
    let page = show(record, |id| {
        Route::ChildActivity(id, SESSION, Activity::AboutMe)
    })
    .await;
    let first = one(&page, "#likes-answer-1");
    assert_eq!(first.text().collect::<String>(), typed);
    assert_eq!(count(&page, "main b"), 0, "typed markup stays text");
    // Every box is named by its question as well as "Your words".
    for area in all(&page, "main textarea") {
        let ids = area.attr("aria-labelledby").unwrap_or_default();
        for id in ids.split_whitespace() {
            assert_eq!(count(&page, &format!("#{id}")), 1, "{id}");
        }
    }
    assert!(in_main(&page, ".child-answer__by")
        .iter()
        .any(|t| t == "Written by the grown-up for you"));
}

#[tokio::test]
async fn feelings_can_be_several_and_the_scale_says_what_10_means_first() {
    let mut record = record_in_session("younger");
    child(
        &mut record,
        ChildAction::ChooseFeelings(vec![Feeling::Happy, Feeling::Worried]),
    );
    child(&mut record, ChildAction::Scale(4));
    let page = show(record, |id| {
        Route::ChildActivity(id, SESSION, Activity::Feelings)
    })
    .await;
    let faces = all(&page, "main .child-face");
    assert!(faces.len() >= 8);
    let pressed: Vec<String> = faces
        .iter()
        .filter(|f| f.attr("aria-pressed") == Some("true"))
        .map(|f| spoken(*f))
        .collect();
    assert_eq!(pressed, ["Happy", "Worried"]);
    let body = in_main(&page, ".child-body").join("\n");
    let ten = body
        .find("10 means school is great")
        .expect("what 10 means");
    let zero = body.find("0 means school is awful").expect("what 0 means");
    assert!(ten < zero, "10 is explained before 0");
    assert_eq!(count(&page, "main input[type=radio][name=scale]"), 11);
    assert_eq!(count(&page, "main input[name=scale][checked]"), 1);
}

#[tokio::test]
async fn closeness_is_chosen_by_tapping_a_button_not_by_dragging() {
    let mut record = record_in_session("older");
    child(
        &mut record,
        ChildAction::Person {
            item: Uuid::from_u128(3),
            name: "Nan".into(),
            closeness: Some(Closeness::Near),
        },
    );
    let page = show(record, |id| {
        Route::ChildActivity(id, SESSION, Activity::People)
    })
    .await;
    let circles: Vec<_> = all(&page, "main .child-circle");
    // Nan's three circles, and three for the next person.
    assert_eq!(circles.len(), 6);
    assert!(circles.iter().all(|c| c.value().name() == "button"));
    assert_eq!(circles[0].attr("aria-pressed"), Some("true"));
    assert_eq!(count(&page, "[draggable=true]"), 0);
}

#[tokio::test]
async fn nothing_is_shared_until_the_child_chooses() {
    let mut record = record_in_session("older");
    child(
        &mut record,
        ChildAction::Write {
            item: Uuid::from_u128(1),
            prompt: Prompt::Wishes,
            author: Author::Child,
            text: "Live with Mum".into(),
        },
    );
    let page = show(record, |id| Route::ChildSharing(id, SESSION)).await;
    let toggles = all(&page, "main .child-toggle");
    let state: Vec<(String, Option<&str>)> = toggles
        .iter()
        .map(|t| (spoken(*t), t.attr("aria-pressed")))
        .collect();
    assert_eq!(
        state,
        [
            ("The judge".to_string(), Some("false")),
            ("My parents or carers".to_string(), Some("false")),
            ("Nobody else yet".to_string(), Some("true")),
        ]
    );
    let words = in_main(&page, ".child-callout").join(" ");
    assert!(words.contains("The judge decides in the end"));
    assert!(words.contains("must tell people who can help keep you safe"));
}

#[tokio::test]
async fn reading_back_shows_everything_and_is_where_the_child_finishes() {
    let mut record = record_in_session("older");
    child(
        &mut record,
        ChildAction::Write {
            item: Uuid::from_u128(1),
            prompt: Prompt::Worries,
            author: Author::Child,
            text: "Shouting".into(),
        },
    );
    child(&mut record, ChildAction::Decline(Prompt::People));
    let page = show(record, |id| Route::ChildReadBack(id, SESSION)).await;
    assert_eq!(
        in_main(&page, "h2"),
        [
            "Three houses".to_string(),
            "People who matter to me".to_string()
        ]
    );
    assert!(in_main(&page, ".child-words").contains(&"Shouting".to_string()));
    assert!(in_main(&page, ".child-note")
        .iter()
        .any(|t| t.starts_with("You chose not to answer this")));
    assert!(in_main(&page, "button")
        .iter()
        .any(|t| t.contains("I'm finished")));
}

#[tokio::test]
async fn a_finished_session_only_says_thank_you() {
    let mut record = record_in_session("older");
    child(&mut record, ChildAction::Finish);
    for route in [
        Route::ChildMenu as fn(Uuid, Uuid) -> Route,
        Route::ChildReadBack,
        Route::ChildSharing,
    ] {
        let page = show(record.clone(), move |id| route(id, SESSION)).await;
        assert_eq!(in_main(&page, "h1"), ["Thank you".to_string()]);
        assert_eq!(count(&page, "main textarea, main input"), 0);
    }
}
