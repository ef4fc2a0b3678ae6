//! Native render tests of the practitioner's child's-voice pages: the list of
//! sessions, setting one up, the child's words after it (exactly as given, and
//! never editable here), and the safety prompts elsewhere in the record.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::router::Route;
use casevoice_core::voice::{Author, Feeling, Prompt, ScaleWording};
use casevoice_core::voice_action::{ChildAction, SessionAction};
use casevoice_core::{apply, Answer, CaseRecord, ChangeContext, Field, Question, RecordAction};
use common::{record_id, record_with_case_number};
use uuid::Uuid;

const OLA: Uuid = Uuid::from_u128(50);
const NOT_STARTED: Uuid = Uuid::from_u128(60);
const IN_PROGRESS: Uuid = Uuid::from_u128(61);
const FINISHED: Uuid = Uuid::from_u128(62);

fn act(record: &mut CaseRecord, action: RecordAction) {
    let at = record.created_at;
    assert!(
        apply(
            record,
            action,
            &ChangeContext {
                at,
                by: String::new(),
            },
        ),
        "the fixture's actions all change the record"
    );
}

fn set(record: &mut CaseRecord, field: Field, answer: Answer) {
    act(record, RecordAction::Set(field, answer));
}

fn session(record: &mut CaseRecord, session: Uuid, action: SessionAction) {
    act(record, RecordAction::Session { session, action });
}

fn child(record: &mut CaseRecord, session: Uuid, action: ChildAction) {
    act(
        record,
        RecordAction::Child {
            session,
            action,
            lang: casevoice_core::Lang::Cy,
        },
    );
}

/// A record with one child, Ola Nowak, and no sessions.
fn record_with_ola() -> CaseRecord {
    let mut record = record_with_case_number(1, "ZW19P01392");
    act(&mut record, RecordAction::AddChild { id: OLA });
    for (question, name) in [
        (Question::ChildFirstNames, "Ola"),
        (Question::ChildLastName, "Nowak"),
    ] {
        set(
            &mut record,
            Field::child(OLA, question),
            Answer::Text(name.into()),
        );
    }
    record
}

/// Adds a session for Ola with every set-up answer given.
fn add_set_up_session(record: &mut CaseRecord, id: Uuid) {
    session(
        record,
        id,
        SessionAction::Add {
            child: OLA,
            scale: ScaleWording {
                question: "How are things at home?".into(),
                ten: "10 means really good".into(),
                zero: "0 means really bad".into(),
            },
        },
    );
    for (question, answer) in [
        (Question::SessionPresent, Answer::Text("Ola and me".into())),
        (Question::SessionPlace, Answer::Text("Ola's school".into())),
        (
            Question::SessionVersion,
            Answer::Choice(Some("younger".into())),
        ),
        (
            Question::SessionReadAloud,
            Answer::Choice(Some("yes".into())),
        ),
    ] {
        set(record, Field::session(id, question), answer);
    }
}

fn start(record: &mut CaseRecord, id: Uuid) {
    let today =
        time::Date::from_calendar_date(2026, time::Month::November, 25).unwrap_or(time::Date::MIN);
    session(record, id, SessionAction::Start { today });
}

/// Ola with three sessions: not started, in progress, and finished.
fn record_with_a_session_of_each_status() -> CaseRecord {
    let mut record = record_with_ola();
    for id in [NOT_STARTED, IN_PROGRESS, FINISHED] {
        add_set_up_session(&mut record, id);
    }
    start(&mut record, IN_PROGRESS);
    start(&mut record, FINISHED);
    child(&mut record, FINISHED, ChildAction::Finish);
    record
}

fn href(route: Route) -> String {
    route.to_path()
}

#[tokio::test]
async fn the_list_shows_each_session_with_its_status_and_what_can_be_done_next() {
    let id = record_id(1);
    let page = render_page(
        Route::Voice(id),
        vec![record_with_a_session_of_each_status()],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "The child's voice");
    assert_eq!(texts(&page, "main h2"), ["Ola Nowak"]);
    assert_eq!(
        texts(&page, ".voice-session h3"),
        ["Session 1", "Session 2", "Session 3"]
    );
    assert_eq!(
        texts(&page, ".voice-session .tag"),
        ["Not started", "In progress", "Finished"]
    );
    let setup = one(
        &page,
        &format!("a[href='{}']", href(Route::SessionSetup(id, NOT_STARTED))),
    );
    assert_eq!(text(setup), "Continue setting up (Ola Nowak, Session 1)");
    // Only the unfinished session goes back to the child.
    let continue_buttons = all(&page, ".voice-session button");
    assert_eq!(continue_buttons.len(), 1);
    assert_eq!(
        text(continue_buttons[0]),
        "Continue the session with the child (Ola Nowak, Session 2)"
    );
    for started in [IN_PROGRESS, FINISHED] {
        one(
            &page,
            &format!("a[href='{}']", href(Route::SessionAfter(id, started))),
        );
        one(
            &page,
            &format!("a[href='{}']", href(Route::SessionTold(id, started))),
        );
    }
    // Started and finished times show only once there are some.
    assert_eq!(count(&page, ".voice-session .summary-list__row"), 1 + 2 + 3);
    let set_up = one(&page, ".voice-child > button");
    assert_eq!(text(set_up), "Set up a session with the child (Ola Nowak)");
    assert_eq!(
        text(one(&page, ".voice-child > button .visually-hidden")),
        "(Ola Nowak)"
    );
}

#[tokio::test]
async fn without_children_the_list_says_to_add_them_first() {
    let id = record_id(1);
    let page = render_page(
        Route::Voice(id),
        vec![record_with_case_number(1, "ZW19P01392")],
    )
    .await;
    assert!(text(one(&page, "main")).contains("No children have been added yet."));
    assert_eq!(
        text(one(
            &page,
            &format!("main a[href='{}']", href(Route::Children(id)))
        )),
        "Add children"
    );
    assert_eq!(count(&page, "main button"), 0);
}

#[tokio::test]
async fn the_setup_page_asks_the_setup_questions_and_starts_the_session() {
    let id = record_id(1);
    let page = render_page(
        Route::SessionSetup(id, NOT_STARTED),
        vec![record_with_a_session_of_each_status()],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "Set up a session with the child");
    assert_eq!(text(one(&page, ".caption-l")), "Ola Nowak");
    assert_eq!(
        texts(&page, "form .label:not(.radios__label), form legend"),
        [
            "Who is present?",
            "Where is the session taking place?",
            "Which version will the child use?",
            "Read each screen aloud when it opens?",
            "The scale's question",
            "What 10 means",
            "What 0 means",
        ]
    );
    assert_eq!(
        texts(&page, ".radios__hint"),
        [
            "Pictures first, very short sentences, read aloud",
            "More words, for children who read and write well",
        ]
    );
    assert_eq!(
        one(&page, "#session-scale-question").attr("value"),
        Some("How are things at home?")
    );
    assert_eq!(
        text(one(&page, "form button[type='submit']")),
        "Start the session"
    );
    assert_eq!(
        text(one(&page, "form button[type='button']")),
        "Delete this session"
    );
}

#[tokio::test]
async fn a_started_session_shows_its_setup_read_only() {
    let id = record_id(1);
    let page = render_page(
        Route::SessionSetup(id, IN_PROGRESS),
        vec![record_with_a_session_of_each_status()],
    )
    .await;
    assert_eq!(count(&page, "main input, main form, main button"), 0);
    assert!(texts(&page, ".summary-list__value").contains(&"Younger children".to_string()));
    one(
        &page,
        &format!(
            "main a[href='{}']",
            href(Route::SessionAfter(id, IN_PROGRESS))
        ),
    );
}

#[tokio::test]
async fn a_session_no_longer_in_the_record_is_not_found() {
    let page = render_page(
        Route::SessionSetup(record_id(1), Uuid::from_u128(99)),
        vec![record_with_ola()],
    )
    .await;
    assert_eq!(count(&page, "form"), 0);
}

fn words(
    record: &mut CaseRecord,
    session_id: Uuid,
    item: u128,
    prompt: Prompt,
    author: Author,
    text: &str,
) {
    child(
        record,
        session_id,
        ChildAction::Write {
            item: Uuid::from_u128(item),
            prompt,
            author,
            text: text.into(),
        },
    );
}

const TYPED: &str = "I miss  Dad <script>alert(1)</script> 🐶\nand my dog 💙";

/// Ola's finished session with words typed by her and for her, feelings (one of
/// them a safety concern), a scale, a drawing and a question she chose to skip.
fn record_with_said_things() -> CaseRecord {
    let mut record = record_with_a_session_of_each_status();
    let mut record2 = record_with_ola();
    std::mem::swap(&mut record, &mut record2);
    add_set_up_session(&mut record, IN_PROGRESS);
    start(&mut record, IN_PROGRESS);
    words(
        &mut record,
        IN_PROGRESS,
        1,
        Prompt::Worries,
        Author::Child,
        TYPED,
    );
    words(
        &mut record,
        IN_PROGRESS,
        2,
        Prompt::Wishes,
        Author::PractitionerForChild,
        "To live with Mum and see Dad at weekends",
    );
    child(
        &mut record,
        IN_PROGRESS,
        ChildAction::ChooseFeelings(vec![Feeling::Happy, Feeling::Scared]),
    );
    child(&mut record, IN_PROGRESS, ChildAction::Scale(7));
    child(
        &mut record,
        IN_PROGRESS,
        ChildAction::Draw {
            item: Uuid::from_u128(3),
            prompt: Prompt::Dreams,
            png: "iVBORw0KGgo=".into(),
        },
    );
    child(
        &mut record,
        IN_PROGRESS,
        ChildAction::TitleDrawing {
            item: Uuid::from_u128(3),
            title: "My house".into(),
        },
    );
    child(
        &mut record,
        IN_PROGRESS,
        ChildAction::Decline(Prompt::Likes),
    );
    record
}

#[tokio::test]
async fn the_after_page_shows_the_childs_words_exactly_as_text() {
    let page = render_page(
        Route::SessionAfter(record_id(1), IN_PROGRESS),
        vec![record_with_said_things()],
    )
    .await;
    assert_eq!(text(one(&page, "h1")), "After the session");
    let quotes = all(&page, "blockquote.voice-words");
    // Exactly as typed: double spaces, the line break, markup as text, emoji.
    let first: String = quotes[0].text().collect();
    assert_eq!(first, TYPED);
    // Welsh: written on Welsh screens, so marked as Welsh on this English page.
    assert_eq!(quotes[0].value().attr("lang"), Some("cy"));
    assert_eq!(count(&page, "main script"), 0);
    assert!(texts(&page, "blockquote.voice-words")
        .contains(&"To live with Mum and see Dad at weekends".to_string()));
    // Practitioner-written words are labelled; the child's own are not.
    assert_eq!(
        texts(&page, ".voice-item .tag--grey"),
        ["Written for the child"]
    );
    // Feelings: faces hidden from screen readers, words read.
    let faces = all(&page, ".voice-feelings__face");
    assert_eq!(faces.len(), 2);
    assert!(faces.iter().all(|f| f.attr("aria-hidden") == Some("true")));
    assert_eq!(
        texts(&page, ".voice-feelings li"),
        ["😀 Happy", "😨 Scared"]
    );
    assert!(text(one(&page, "main")).contains("7 out of 10"));
    let drawing = one(&page, ".voice-drawing img");
    assert_eq!(
        drawing.attr("src"),
        Some("data:image/png;base64,iVBORw0KGgo=")
    );
    assert_eq!(drawing.attr("alt"), Some("My house"));
    assert_eq!(
        texts(&page, ".voice-declined"),
        ["The child chose not to answer"]
    );
    assert_eq!(texts(&page, ".voice-item .tag--red"), ["Safety concern"]);
    assert!(texts(&page, ".voice-item__about li")
        .contains(&"Who can see it: Nobody else yet".to_string()));
}

#[tokio::test]
async fn the_after_page_has_no_way_to_change_the_childs_words() {
    let page = render_page(
        Route::SessionAfter(record_id(1), IN_PROGRESS),
        vec![record_with_said_things()],
    )
    .await;
    // The only inputs are the practitioner's own questions.
    let mut ids: Vec<String> = all(&page, "main input, main textarea, main select")
        .into_iter()
        .filter_map(|e| e.attr("id").map(|id| id.to_string()))
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "session-observations",
            "session-support",
            "session-support-2",
            "session-support-3",
            "session-support-4",
            "session-support-details",
            "session-understanding",
        ]
    );
    assert_eq!(count(&page, "[contenteditable]"), 0);
    // Each item can be marked, except the feelings, which are a concern already.
    let marks = all(&page, ".voice-item button");
    assert_eq!(marks.len(), 4);
    for mark in marks {
        assert_eq!(text(mark), "Mark as a safety concern");
        let described = mark.attr("aria-describedby").expect("names its item");
        one(&page, &format!("#{described}"));
    }
}

#[tokio::test]
async fn sessions_needing_a_safety_action_are_announced_on_the_task_list_and_the_list() {
    for route in [Route::Record(record_id(1)), Route::Voice(record_id(1))] {
        let page = render_page(route, vec![record_with_said_things()]).await;
        one(&page, ".notification-banner--important");
        assert_eq!(text(one(&page, ".notification-banner__title")), "Important");
        assert!(
            text(one(&page, ".notification-banner__content")).starts_with(
                "Record what you did about a safety concern from a session with Ola Nowak."
            )
        );
        let link = one(&page, ".notification-banner a");
        assert_eq!(
            link.attr("href"),
            Some(href(Route::SessionSafety(record_id(1), IN_PROGRESS)).as_str())
        );
        assert_eq!(text(link), "Record what you did (Ola Nowak)");
    }
    let page = render_page(
        Route::Record(record_id(1)),
        vec![record_with_a_session_of_each_status()],
    )
    .await;
    assert_eq!(count(&page, ".notification-banner"), 0);
}

#[tokio::test]
async fn the_safety_page_shows_only_the_concerns_read_only() {
    let page = render_page(
        Route::SessionSafety(record_id(1), IN_PROGRESS),
        vec![record_with_said_things()],
    )
    .await;
    assert_eq!(
        text(one(&page, "h1")),
        "What you did about a safety concern"
    );
    assert_eq!(
        texts(&page, ".voice-feelings li"),
        ["😀 Happy", "😨 Scared"]
    );
    assert_eq!(count(&page, "blockquote.voice-words"), 0);
    assert_eq!(count(&page, ".voice-item button"), 0);
    one(&page, "textarea#session-safety-action");
}

#[tokio::test]
async fn the_welfare_checklist_sums_up_the_childs_sessions_beside_wishes_and_feelings() {
    let page = render_page(
        Route::ChildWelfare(record_id(1), OLA),
        vec![record_with_said_things()],
    )
    .await;
    let summary = one(&page, "aside.voice-welfare-summary");
    assert_eq!(text(one(&page, "aside h2")), "From the child's sessions");
    // Right after (a), before (b).
    let fields: Vec<String> = all(&page, "form textarea, form aside")
        .into_iter()
        .map(|e| e.attr("id").unwrap_or("aside").to_string())
        .collect();
    assert_eq!(
        fields[..3],
        [
            "child-1-welfare-wishes-and-feelings",
            "aside",
            "child-1-welfare-needs"
        ]
    );
    assert_eq!(
        texts(&page, ".voice-welfare-summary__facts li"),
        [
            "Things the child said: 5",
            "Feelings chosen: 😀😨 Happy, Scared",
            "On the scale: 7 out of 10",
        ]
    );
    let link = one(&page, "aside a");
    assert_eq!(
        link.attr("href"),
        Some(href(Route::SessionAfter(record_id(1), IN_PROGRESS)).as_str())
    );
    assert!(text(summary).contains("View the session"));

    let none = render_page(
        Route::ChildWelfare(record_id(1), OLA),
        vec![record_with_ola()],
    )
    .await;
    assert_eq!(
        text(one(&none, "aside p")),
        "No child's-voice sessions with this child yet."
    );
}

#[tokio::test]
async fn the_risk_page_lists_actions_from_the_sessions_read_only() {
    let mut record = record_with_said_things();
    set(
        &mut record,
        Field::session(IN_PROGRESS, Question::SessionSafetyAction),
        Answer::Text("Rang the duty social worker".into()),
    );
    let page = render_page(Route::Risk(record_id(1)), vec![record]).await;
    assert_eq!(
        text(one(&page, ".voice-safety-actions h2")),
        "Actions from the children's sessions"
    );
    assert_eq!(text(one(&page, ".voice-safety-actions dt")), "Ola Nowak");
    assert_eq!(
        text(one(&page, ".voice-safety-actions .summary-list__value")),
        "Rang the duty social worker"
    );
    assert_eq!(
        one(&page, ".voice-safety-actions a").attr("href"),
        Some(href(Route::SessionSafety(record_id(1), IN_PROGRESS)).as_str())
    );
    let none = render_page(Route::Risk(record_id(1)), vec![record_with_said_things()]).await;
    assert_eq!(count(&none, ".voice-safety-actions"), 0);
}

#[tokio::test]
async fn a_child_with_a_started_session_cannot_be_removed() {
    let page = render_page(
        Route::RemoveChild(record_id(1), OLA),
        vec![record_with_said_things()],
    )
    .await;
    assert!(text(one(&page, "main")).contains("You cannot remove this child"));
    assert_eq!(count(&page, "main button"), 0);
    let removable = render_page(
        Route::RemoveChild(record_id(1), OLA),
        vec![record_with_ola()],
    )
    .await;
    assert_eq!(count(&removable, "main button.button--warning"), 1);
}

#[tokio::test]
async fn check_your_answers_lists_the_practitioners_session_answers_not_the_childs_words() {
    let page = render_page(
        Route::CheckAnswers(record_id(1)),
        vec![record_with_said_things()],
    )
    .await;
    let main = text(one(&page, "main"));
    assert!(!main.contains("I miss"));
    assert!(!main.contains("To live with Mum"));
    let keys = texts(&page, ".summary-list__key");
    assert!(
        keys.contains(&"Your observations (Ola Nowak, Session 1)".to_string()),
        "{keys:?}"
    );
    let change = all(&page, "a")
        .into_iter()
        .find(|a| text(*a) == "Change Your observations (Ola Nowak, Session 1)")
        .expect("a change link for the observations");
    assert_eq!(
        change.attr("href"),
        Some(href(Route::SessionAfter(record_id(1), IN_PROGRESS)).as_str())
    );
}
