use casevoice_core::voice::Activity;
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::Msg;
use uuid::Uuid;
use yew::prelude::*;

use super::session::{show_child_session, ChildScreen, ChildSession};
use crate::hooks::use_messages;
use crate::pages::use_record;
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct ChildMenuScreenProps {
    pub id: Uuid,
    pub session: Uuid,
}

/// The child's own list of activities, in any order, each optional; then who can
/// see what they said, and everything read back before finishing.
#[function_component(ChildMenuScreen)]
pub fn child_menu_screen(props: &ChildMenuScreenProps) -> Html {
    show_child_session(use_record(props.id), props.session, |child| {
        html! { <ChildMenu {child} /> }
    })
}

#[derive(Properties, PartialEq)]
struct ChildMenuProps {
    child: ChildSession,
}

/// The picture that goes with each activity on the menu.
pub fn activity_icon(activity: Activity) -> &'static str {
    match activity {
        Activity::AboutMe => "🙂",
        Activity::Feelings => "🌈",
        Activity::ThreeHouses => "🏠",
        Activity::People => "👪",
        Activity::ForTheJudge => "✉️",
        Activity::Wishes => "⭐",
    }
}

#[function_component(ChildMenu)]
fn child_menu(props: &ChildMenuProps) -> Html {
    let messages = use_messages();
    let child = &props.child;
    let session = child.session();
    let (record, id) = (child.record.id, child.session);
    let intro = if child.is_younger() {
        VoiceMsg::ChildMenuIntroYounger
    } else {
        VoiceMsg::ChildMenuIntroOlder
    };
    html! {
        <ChildScreen child={child.clone()} title={Msg::Voice(VoiceMsg::ChildMenuTitle)} back_to_menu={false}>
            <p class="child-body">{ messages.t(intro) }</p>
            <ul class="child-menu">
                { for Activity::ALL.into_iter().map(|activity| {
                    let done = session.activity_done(activity);
                    html! {
                        <li class="child-menu__item">
                            <Link to={Route::ChildActivity(record, id, activity)} classes={classes!("child-card", done.then_some("child-card--done"))}>
                                <span class="child-card__icon" aria-hidden="true">{ activity_icon(activity) }</span>
                                <span class="child-card__name">{ messages.t(VoiceMsg::ActivityName(activity)) }</span>
                                if !child.is_younger() {
                                    <span class="child-card__blurb">{ messages.t(VoiceMsg::ActivityBlurb(activity)) }</span>
                                }
                                if done {
                                    <span class="child-card__done">
                                        <span aria-hidden="true">{ "✔ " }</span>{ messages.t(VoiceMsg::Done) }
                                    </span>
                                }
                            </Link>
                        </li>
                    }
                }) }
            </ul>
            <div class="child-actions">
                <Link to={Route::ChildSharing(record, id)} classes={classes!("child-button", "child-button--secondary")}>
                    <span aria-hidden="true">{ "👀 " }</span>{ messages.t(VoiceMsg::SharingLink) }
                </Link>
                <Link to={Route::ChildReadBack(record, id)} classes={classes!("child-button")}>
                    <span aria-hidden="true">{ "📖 " }</span>{ messages.t(VoiceMsg::ReadBackLink) }
                </Link>
            </div>
        </ChildScreen>
    }
}
