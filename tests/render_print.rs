//! Native render tests of the print view: every section of the record, each
//! child's sessions with the child's words marked as theirs, drawings as images
//! described by their titles, the practitioner's answers headed as theirs,
//! nothing to fill in, and the running head with the case number.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::router::Route;
use casevoice_core::voice::{Author, Closeness, Feeling, Prompt, ScaleWording, Sharing};
use casevoice_core::voice_action::{ChildAction, SessionAction};
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::{record_id, record_with_case_number};
use scraper::Html;
use uuid::Uuid;

const OLA: Uuid = Uuid::from_u128(50);
const ADULT: Uuid = Uuid::from_u128(51);
const VISIT: Uuid = Uuid::from_u128(52);
const SESSION: Uuid = Uuid::from_u128(60);
const TYPED: &str = "I miss  Dad <b>a lot</b>\nand my dog 💙";
const PNG: &str = "iVBORw0KGgo=";

fn act(record: &mut CaseRecord, action: RecordAction) {
    let at = record.created_at;
    let by = String::new();
    assert!(
        apply(record, action, &ChangeContext { at, by }),
        "the fixture's actions all change the record"
    );
}

fn set(record: &mut CaseRecord, field: Field, text: &str) {
    act(record, RecordAction::Set(field, Answer::Text(text.into())));
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

/// A record with Ola Nowak, her mother, a visit, and a finished session in which
/// Ola typed, had words written for her, drew, chose feelings, put someone on
/// her map and skipped a question; then the practitioner's observations.
fn record_with_a_session() -> CaseRecord {
    let mut record = record_with_case_number(1, "ZW19P01392");
    act(&mut record, RecordAction::AddChild { id: OLA });
    set(
        &mut record,
        Field::child(OLA, Question::ChildFirstNames),
        "Ola",
    );
    set(
        &mut record,
        Field::child(OLA, Question::ChildLastName),
        "Nowak",
    );
    act(&mut record, RecordAction::AddAdult { id: ADULT });
    set(
        &mut record,
        Field::adult(ADULT, Question::AdultName),
        "Anna Nowak",
    );
    act(&mut record, RecordAction::AddVisit { id: VISIT });
    set(
        &mut record,
        Field::visit(VISIT, Question::VisitPlace),
        "Home",
    );
    let scale = ScaleWording {
        question: "How are things at home?".into(),
        ten: "10 means really good".into(),
        zero: "0 means really bad".into(),
    };
    act(
        &mut record,
        RecordAction::Session {
            session: SESSION,
            action: SessionAction::Add { child: OLA, scale },
        },
    );
    let session = |q| Field::session(SESSION, q);
    set(&mut record, session(Question::SessionPresent), "Ola and me");
    set(&mut record, session(Question::SessionPlace), "Ola's school");
    for (question, code) in [
        (Question::SessionVersion, "older"),
        (Question::SessionReadAloud, "no"),
    ] {
        act(
            &mut record,
            RecordAction::Set(session(question), Answer::Choice(Some(code.into()))),
        );
    }
    let today = time::macros::date!(2026 - 11 - 25);
    act(
        &mut record,
        RecordAction::Session {
            session: SESSION,
            action: SessionAction::Start { today },
        },
    );
    let item = Uuid::from_u128;
    for (n, prompt, author, text) in [
        (1, Prompt::Worries, Author::Child, TYPED),
        (
            2,
            Prompt::Wishes,
            Author::PractitionerForChild,
            "To see Dad",
        ),
    ] {
        let (item, text) = (item(n), text.into());
        child(
            &mut record,
            ChildAction::Write {
                item,
                prompt,
                author,
                text,
            },
        );
    }
    child(
        &mut record,
        ChildAction::ChooseFeelings(vec![Feeling::Happy, Feeling::Scared]),
    );
    child(
        &mut record,
        ChildAction::Draw {
            item: item(3),
            prompt: Prompt::Dreams,
            png: PNG.into(),
        },
    );
    child(
        &mut record,
        ChildAction::TitleDrawing {
            item: item(3),
            title: "My house".into(),
        },
    );
    child(
        &mut record,
        ChildAction::Draw {
            item: item(4),
            prompt: Prompt::JudgeLetter,
            png: PNG.into(),
        },
    );
    child(
        &mut record,
        ChildAction::Person {
            item: item(5),
            name: "Grandma".into(),
            closeness: Some(Closeness::Near),
        },
    );
    let sharing = Sharing {
        judge: true,
        parents_or_carers: false,
    };
    child(
        &mut record,
        ChildAction::Share {
            item: item(1),
            sharing,
        },
    );
    child(&mut record, ChildAction::Decline(Prompt::Likes));
    child(&mut record, ChildAction::Finish);
    set(
        &mut record,
        session(Question::SessionObservations),
        "Quiet, then chatty.",
    );
    record
}

async fn print_view(record: CaseRecord) -> Html {
    render_page(Route::PrintRecord(record.id), vec![record]).await
}

#[tokio::test]
async fn every_section_of_the_record_is_there_in_task_list_order() {
    let page = print_view(record_with_a_session()).await;
    assert_eq!(text(one(&page, "h1")), "Case record");
    assert_eq!(text(one(&page, ".caption-l")), "ZW19P01392");
    assert_eq!(
        texts(&page, "main h2"),
        [
            "Case details",
            "Children",
            "Adults and parties",
            "Visits and contacts",
            "The children's views",
            "Checks and safeguarding",
            "Welfare checklist",
            "Recommendation and sign-off",
        ]
    );
    // Each child, adult and visit under their own heading; Ola three times: her
    // details, her sessions and her welfare checklist.
    assert_eq!(
        texts(&page, "h3"),
        [
            "Ola Nowak",
            "Anna Nowak",
            "Visit without a date yet",
            "Ola Nowak",
            "Ola Nowak"
        ]
    );
    let keys = texts(&page, ".summary-list__key");
    assert!(keys.iter().any(|k| k == "First names"), "{keys:?}");
    // The checks list each adult by name, as there is no heading for them there.
    assert!(keys.iter().any(|k| k.ends_with("(Anna Nowak)")), "{keys:?}");
    let values = texts(&page, ".summary-list__value");
    assert!(values.iter().any(|v| v == "Home"), "{values:?}");
    // Required answers not given are printed as such.
    assert!(values.iter().any(|v| v == "Not answered"), "{values:?}");
}

#[tokio::test]
async fn the_session_shows_its_set_up_the_childs_words_and_the_practitioners_record() {
    let page = print_view(record_with_a_session()).await;
    assert_eq!(texts(&page, "h4"), ["Session 1"]);
    assert_eq!(
        texts(&page, "h5"),
        [
            "How the session was set up",
            "What the child said",
            "The practitioner's record of the session",
        ]
    );
    assert_eq!(
        texts(&page, "h6"),
        [
            "About me",
            "How I feel",
            "Three houses",
            "People who matter to me",
            "For the judge",
            "What I would like to happen"
        ]
    );
    let values = texts(&page, ".summary-list__value");
    for given in [
        "Ola's school",
        "Older children",
        "How are things at home?",
        "Finished",
        "Quiet, then chatty.",
    ] {
        assert!(values.iter().any(|v| v == given), "{given} in {values:?}");
    }
    let first_prompt = texts(&page, ".print-prompt > p");
    assert_eq!(
        first_prompt[..2],
        ["What do you like?", "The child chose not to answer"],
        "the question Ola chose not to answer is there"
    );
}

#[tokio::test]
async fn the_childs_words_are_marked_as_theirs_in_words_and_kept_exactly() {
    let page = print_view(record_with_a_session()).await;
    let childs = all(&page, ".print-childs-words");
    let labels: Vec<String> = childs
        .iter()
        .filter_map(|block| block.select(&selector(".print-item__by")).next().map(text))
        .collect();
    assert_eq!(
        labels,
        [
            "Chosen by the child",
            "The child's own words",
            "Drawn by the child",
            "The child's own words",
            "Drawn by the child",
            "Written by the practitioner for the child, in the child's words",
        ],
        "the feelings, the worry, the drawing of dreams, Grandma, the judge's drawing, the wish"
    );
    // Exactly as typed: the double space, the line break and the markup as text.
    let quoted: Vec<String> = all(&page, ".print-childs-words blockquote.voice-words")
        .into_iter()
        .map(|q| q.text().collect())
        .collect();
    assert!(quoted.iter().any(|q| q == TYPED), "{quoted:?}");
    assert_eq!(count(&page, "b"), 0, "the child's markup is never markup");
    let about = texts(&page, ".print-item__about");
    assert!(
        about.iter().any(|a| a == "Who can see it: The judge"),
        "{about:?}"
    );
    assert!(
        about
            .iter()
            .any(|a| a == "Who can see it: Nobody else yet Safety concern"),
        "feeling scared is a safety concern: {about:?}"
    );
}

#[tokio::test]
async fn drawings_are_images_described_by_the_childs_title() {
    let page = print_view(record_with_a_session()).await;
    let images = all(&page, "img");
    assert_eq!(images.len(), 2);
    let alts: Vec<&str> = images.iter().filter_map(|img| img.attr("alt")).collect();
    assert_eq!(alts, ["My house", "A drawing"]);
    for img in images {
        assert_eq!(
            img.attr("src"),
            Some(format!("data:image/png;base64,{PNG}").as_str())
        );
    }
    assert_eq!(
        texts(&page, ".print-drawing figcaption > *"),
        [
            "The drawing's title, in the child's words",
            "My house",
            "The drawing's title, in the child's words",
            "No title",
        ]
    );
}

#[tokio::test]
async fn nothing_can_be_filled_in_and_the_only_button_prints() {
    let page = print_view(record_with_a_session()).await;
    for control in ["form", "input", "textarea", "select"] {
        assert_eq!(count(&page, control), 0, "{control}");
    }
    let button = one(&page, "main button");
    assert_eq!(text(button), "Print this page");
    assert_eq!(button.attr("type"), Some("button"));
    assert_eq!(
        count(&page, ".print-screen-only button"),
        1,
        "the button is left off the printout"
    );
}

#[tokio::test]
async fn the_running_head_is_not_an_inline_style_element() {
    // The `@page` rule with the case number and "Page 2 of 9" is adopted as a
    // constructed stylesheet while the view is shown, by an effect, which does
    // not run here: page_margins.rs tests the rule, and the end-to-end
    // policy.spec.js the stylesheet. A <style> element in the page would be
    // refused by the content security policy (style-src 'self').
    let page = print_view(record_with_a_session()).await;
    assert_eq!(count(&page, "style"), 0);
    assert_eq!(text(one(&page, ".caption-l")), "ZW19P01392");

    let mut unnumbered = record_with_a_session();
    act(
        &mut unnumbered,
        RecordAction::Set(
            Field::case(Question::CaseNumber),
            Answer::Text("not one".into()),
        ),
    );
    let page = print_view(unnumbered).await;
    assert_eq!(count(&page, "style"), 0);
    assert_eq!(text(one(&page, ".caption-l")), "No case number yet");
}

#[tokio::test]
async fn the_task_list_links_to_the_print_view() {
    let record = record_with_case_number(1, "ZW19P01392");
    let page = render_page(Route::Record(record_id(1)), vec![record]).await;
    let link = all(&page, "a")
        .into_iter()
        .find(|a| text(*a) == "Print or save as PDF")
        .expect("a link to the print view");
    assert_eq!(
        link.attr("href"),
        Some(Route::PrintRecord(record_id(1)).to_path().as_str())
    );
}

#[tokio::test]
async fn a_record_with_nothing_in_it_still_prints_every_section() {
    let page = print_view(record_with_case_number(1, "ZW19P01392")).await;
    assert_eq!(count(&page, "main h2"), 8);
    assert!(texts(&page, "p").iter().any(|p| p == "Nothing recorded"));
}

fn selector(css: &str) -> scraper::Selector {
    scraper::Selector::parse(css).expect("test selectors are valid")
}
