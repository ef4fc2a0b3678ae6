use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::Msg;
use uuid::Uuid;
use yew::prelude::*;

use super::session::{show_child_session, ChildScreen, ChildSession};
use crate::hooks::use_messages;
use crate::pages::use_record;
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct ChildFinishedScreenProps {
    pub id: Uuid,
    pub session: Uuid,
}

#[function_component(ChildFinishedScreen)]
pub fn child_finished_screen(props: &ChildFinishedScreenProps) -> Html {
    show_child_session(use_record(props.id), props.session, |child| {
        html! { <Finished {child} /> }
    })
}

#[derive(Properties, PartialEq)]
pub struct FinishedProps {
    pub child: ChildSession,
}

/// Thanks, and the device goes back to the practitioner, who needs their PIN to
/// leave child mode.
#[function_component(Finished)]
pub fn finished(props: &FinishedProps) -> Html {
    let messages = use_messages();
    html! {
        <ChildScreen child={props.child.clone()} title={Msg::Voice(VoiceMsg::FinishedTitle)} back_to_menu={false}>
            <p class="child-body child-body--large"><span aria-hidden="true">{ "🌟 " }</span>{ messages.t(VoiceMsg::ThankYou) }</p>
            <p class="child-body">{ messages.t(VoiceMsg::FinishedText) }</p>
            <p class="child-actions">
                <Link to={Route::Unlock} classes={classes!("child-button")}>
                    <span aria-hidden="true">{ "🤝 " }</span>{ messages.t(VoiceMsg::GiveBack) }
                </Link>
            </p>
        </ChildScreen>
    }
}
