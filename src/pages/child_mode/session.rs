//! What every child screen shares: finding the session, sending the child's
//! actions, and the frame of the screen (heading, the way back to the list, and
//! the region read aloud).

use std::rc::Rc;

use casevoice_core::voice::{Version, VoiceSession};
use casevoice_core::voice_action::ChildAction;
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::{CaseRecord, Msg, RecordAction};
use uuid::Uuid;
use yew::prelude::*;

use crate::clock;
use crate::components::ReadAloudButton;
use crate::hooks::{use_messages, use_title};
use crate::pages::{LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::router::{Link, Route};
use crate::state::{AppAction, AppContext};

/// The id of the part of a child screen that "Read this to me" reads.
pub const SCREEN_TEXT_ID: &str = "child-screen";

/// The session a child screen shows, with its record.
#[derive(Clone, PartialEq)]
pub struct ChildSession {
    pub record: Rc<CaseRecord>,
    pub session: Uuid,
}

impl ChildSession {
    pub fn session(&self) -> &VoiceSession {
        self.record
            .voice_session(self.session)
            .expect("ChildSession is only made for a session in its record")
    }

    pub fn is_younger(&self) -> bool {
        self.session().version == Some(Version::Younger)
    }
}

/// Shows `found` with the session once the record is read; a finished session
/// shows the finished screen, since the child can no longer change it.
pub fn show_child_session(
    lookup: RecordLookup,
    session: Uuid,
    found: impl FnOnce(ChildSession) -> Html,
) -> Html {
    match lookup {
        RecordLookup::Found(record) if record.voice_session(session).is_some() => {
            let child = ChildSession { record, session };
            if child.session().is_finished() {
                html! { <super::finished::Finished {child} /> }
            } else {
                found(child)
            }
        }
        RecordLookup::Loading => html! { <LoadingPage /> },
        _ => html! { <RecordNotFoundPage /> },
    }
}

/// Sends one of the child's actions on their session through the record reducer.
#[hook]
pub fn use_child_action(id: Uuid, session: Uuid) -> Callback<ChildAction> {
    let app = use_context::<AppContext>();
    let lang = use_messages().lang;
    Callback::from(move |action: ChildAction| {
        if let Some(app) = &app {
            app.dispatch(AppAction::Edit {
                id,
                action: RecordAction::Child {
                    session,
                    action,
                    lang,
                },
                at: clock::now(),
            });
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct ChildScreenProps {
    pub child: ChildSession,
    pub title: Msg,
    /// Whether the screen has a way back to the list of activities.
    #[prop_or(true)]
    pub back_to_menu: bool,
    pub children: Html,
}

/// The frame of a child screen: a big heading, the screen's content in the region
/// read aloud, and the way back to the list.
#[function_component(ChildScreen)]
pub fn child_screen(props: &ChildScreenProps) -> Html {
    let messages = use_messages();
    use_title(props.title, false);
    let record = props.child.record.id;
    let session = props.child.session;
    let read_aloud = props.child.session().read_aloud == Some(true);
    html! {
        <div class={classes!("child-screen", props.child.is_younger().then_some("child-screen--younger"))}>
            <div class="child-screen__tools">
                <ReadAloudButton target={SCREEN_TEXT_ID} auto={read_aloud}
                    content_key={messages.t(props.title)} />
            </div>
            <div id={SCREEN_TEXT_ID} class="child-screen__content">
                <h1 class="child-heading">{ messages.t(props.title) }</h1>
                { props.children.clone() }
            </div>
            if props.back_to_menu {
                <p class="child-screen__back">
                    <Link to={Route::ChildMenu(record, session)} classes={classes!("child-button", "child-button--secondary")}>
                        <span aria-hidden="true">{ "⬅️ " }</span>{ messages.t(VoiceMsg::BackToMenu) }
                    </Link>
                </p>
            }
        </div>
    }
}
