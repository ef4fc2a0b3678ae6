//! Setting up a session before the device goes into child mode: who is there,
//! where, which version of the child's screens, and the wording of the scale.

use std::rc::Rc;

use casevoice_core::history_text::answer_text;
use casevoice_core::messages::hint;
use casevoice_core::questions::yes_no;
use casevoice_core::voice::{Version, SETUP_QUESTIONS};
use casevoice_core::voice_action::SessionAction;
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::{Answer, CaseRecord, Field, Msg, PageId, Question, RecordAction};
use uuid::Uuid;
use yew::prelude::*;

use super::super::form::{use_page_form, Answers, PageForm};
use super::super::questions::{yes_no_options, Questions};
use super::super::use_record;
use super::session_parts::{session_child_name, show_session};
use crate::clock;
use crate::components::{BackLink, ErrorSummary, RadioOption, Radios};
use crate::hooks::{use_messages, Messages};
use crate::router::{use_navigate, Link, Route};
use crate::state::{AppAction, AppContext};

#[derive(Properties, PartialEq)]
pub struct SessionSetupPageProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(SessionSetupPage)]
pub fn session_setup_page(props: &SessionSetupPageProps) -> Html {
    let session = props.session;
    show_session(
        use_record(props.id),
        session,
        |record| html! { <SessionSetupForm {record} {session} /> },
    )
}

#[derive(Properties, PartialEq)]
struct SessionSetupFormProps {
    record: Rc<CaseRecord>,
    session: Uuid,
}

/// The set-up questions and "Start the session", which goes into child mode once
/// the page passes and a PIN is set (the PIN is what lets the practitioner leave
/// child mode). A session that has started shows how it was set up, read-only: it
/// cannot start twice.
#[function_component(SessionSetupForm)]
fn session_setup_form(props: &SessionSetupFormProps) -> Html {
    let messages = use_messages();
    let app = use_context::<AppContext>();
    let navigate = use_navigate();
    let needs_pin = use_state(|| false);
    let (record, id, session_id) = (&props.record, props.record.id, props.session);
    let PageForm {
        editor,
        submitted,
        onsubmit: save_and_return,
    } = use_page_form(
        record,
        PageId::SessionSetup(session_id),
        Msg::Voice(VoiceMsg::SetupTitle),
        Route::Voice(id),
    );
    let Some(session) = record.voice_session(session_id) else {
        return html! {};
    };
    let name = session_child_name(record, session, messages.lang);
    if session.is_started() {
        return started_summary(record, session_id, &name, messages);
    }
    // Reached from "Check your answers", the page saves and goes back there; it
    // does not start the session.
    let returning = app
        .as_ref()
        .is_some_and(|app| app.return_to_check == Some(id));

    let start = {
        let (editor, record, submitted) = (editor.clone(), Rc::clone(record), submitted.clone());
        let (needs_pin, navigate, app) = (needs_pin.clone(), navigate.clone(), app.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            editor.save_page(
                PageId::SessionSetup(session_id),
                &record,
                &submitted,
                || {
                    let has_pin = app.as_ref().is_some_and(|app| app.pin.is_some());
                    needs_pin.set(!has_pin);
                    if !has_pin {
                        return;
                    }
                    editor.act(RecordAction::Session {
                        session: session_id,
                        action: SessionAction::Start {
                            today: clock::today(),
                        },
                    });
                    if let Some(app) = &app {
                        app.dispatch(AppAction::EnterChildMode {
                            record: id,
                            session: session_id,
                        });
                    }
                    navigate.emit(Route::ChildMenu(id, session_id));
                },
            );
        })
    };
    let delete = {
        let (editor, navigate) = (editor.clone(), navigate.clone());
        Callback::from(move |_: MouseEvent| {
            editor.act(RecordAction::Session {
                session: session_id,
                action: SessionAction::RemoveUnstarted,
            });
            navigate.emit(Route::Voice(id));
        })
    };

    let q = Questions {
        record,
        editor: &editor,
        submitted: &submitted,
        lang: messages.lang,
    };
    let field = move |question| Field::session(session_id, question);
    // Choosing a version first sets read-aloud to what suits it (on for younger
    // children), unless it has been answered already.
    let version_field = field(Question::SessionVersion);
    let on_version = {
        let editor = editor.clone();
        let read_aloud_unanswered = session.read_aloud.is_none();
        Callback::from(move |code: AttrValue| {
            editor.act(RecordAction::Set(
                version_field,
                Answer::Choice(Some(code.to_string())),
            ));
            let read_aloud = match Version::from_code(&code) {
                Some(Version::Younger) => true,
                Some(Version::Older) => false,
                None => return,
            };
            if read_aloud_unanswered {
                editor.act(RecordAction::Set(
                    field(Question::SessionReadAloud),
                    Answer::Choice(Some(yes_no(read_aloud).to_string())),
                ));
            }
        })
    };
    let version_id = version_field.dom_id(record).unwrap_or_default();
    let versions: Vec<RadioOption> = [Version::Younger, Version::Older]
        .into_iter()
        .map(|v| {
            RadioOption::new(v.code(), VoiceMsg::Version(v).into())
                .with_hint(VoiceMsg::VersionHint(v).into())
        })
        .collect();

    html! {
        <>
            <BackLink to={Route::Voice(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(record))} />
            if *needs_pin {
                <div class="notification-banner notification-banner--important" role="alert"
                    aria-labelledby="needs-pin-title">
                    <div class="notification-banner__header">
                        <h2 class="notification-banner__title" id="needs-pin-title">{ messages.t(VoiceMsg::Important) }</h2>
                    </div>
                    <div class="notification-banner__content">
                        <p class="notification-banner__heading">
                            { messages.t(VoiceMsg::NeedsPinFirst) }{ " " }
                            <Link to={Route::Settings} classes={classes!("notification-banner__link")}>
                                { messages.t(VoiceMsg::SetPinLink) }
                            </Link>
                        </p>
                    </div>
                </div>
            }
            <span class="caption-l">{ name }</span>
            <h1 class="heading-l">{ messages.t(VoiceMsg::SetupTitle) }</h1>
            <p class="body">{ messages.t(VoiceMsg::SetupIntro) }</p>
            <form novalidate=true onsubmit={if returning { save_and_return } else { start }}>
                { q.text(field(Question::SessionPresent), "") }
                { q.text(field(Question::SessionPlace), "") }
                <Radios id={version_id.clone()} legend={Msg::Label(Question::SessionVersion)}
                    hint={hint(Question::SessionVersion)} options={versions}
                    selected={Answers(record).choice(version_field)}
                    error={submitted.error(&version_id, messages.lang)} on_change={on_version} />
                { q.radios(field(Question::SessionReadAloud), yes_no_options(), true) }
                <h2 class="heading-m">{ messages.t(VoiceMsg::ScaleHeading) }</h2>
                <p class="body">{ messages.t(VoiceMsg::ScaleIntro) }</p>
                { q.text(field(Question::SessionScaleQuestion), "") }
                { q.text(field(Question::SessionScaleTen), "") }
                { q.text(field(Question::SessionScaleZero), "") }
                if returning {
                    <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
                } else {
                    <p class="hint">{ messages.t(VoiceMsg::StartChildModeHint) }</p>
                    <div class="button-group">
                        <button type="submit" class="button">{ messages.t(VoiceMsg::StartChildMode) }</button>
                        <button type="button" class="button button--warning" onclick={delete}>
                            { messages.t(VoiceMsg::RemoveUnstartedSession) }
                        </button>
                    </div>
                }
            </form>
        </>
    }
}

/// How a started session was set up, read-only, with the way on to what the child
/// said.
fn started_summary(record: &CaseRecord, session: Uuid, name: &str, messages: Messages) -> Html {
    let id = record.id;
    let rows = SETUP_QUESTIONS.iter().filter_map(|question| {
        let answer = record.answer(Field::session(session, *question))?;
        Some(html! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{ messages.t(Msg::Label(*question)) }</dt>
                <dd class="summary-list__value check-answers__value">{ answer_text(*question, &answer, messages.lang) }</dd>
            </div>
        })
    });
    html! {
        <>
            <BackLink to={Route::Voice(id)} />
            <span class="caption-l">{ name.to_string() }</span>
            <h1 class="heading-l">{ messages.t(VoiceMsg::SetupTitle) }</h1>
            <p class="body">{ messages.t(VoiceMsg::SetupStartedReadOnly) }</p>
            <dl class="summary-list">{ for rows }</dl>
            <div class="button-group">
                <Link to={Route::SessionAfter(id, session)} classes={classes!("button")}>
                    { messages.t(VoiceMsg::ViewSession) }
                </Link>
                <Link to={Route::Voice(id)} classes={classes!("link", "link--target")}>
                    { messages.t(VoiceMsg::SessionsHeading) }
                </Link>
            </div>
        </>
    }
}
