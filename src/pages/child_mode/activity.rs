use casevoice_core::voice::Activity;
use uuid::Uuid;
use yew::prelude::*;

use super::about_me::AboutMe;
use super::feelings::HowIFeel;
use super::houses::ThreeHouses;
use super::judge::ForTheJudge;
use super::people::PeopleWhoMatter;
use super::session::show_child_session;
use super::wishes::Wishes;
use crate::pages::use_record;

#[derive(Properties, PartialEq)]
pub struct ChildActivityScreenProps {
    pub id: Uuid,
    pub session: Uuid,
    pub activity: Activity,
}

/// One of the child's activities.
#[function_component(ChildActivityScreen)]
pub fn child_activity_screen(props: &ChildActivityScreenProps) -> Html {
    let activity = props.activity;
    show_child_session(
        use_record(props.id),
        props.session,
        |child| match activity {
            Activity::AboutMe => html! { <AboutMe {child} /> },
            Activity::Feelings => html! { <HowIFeel {child} /> },
            Activity::ThreeHouses => html! { <ThreeHouses {child} /> },
            Activity::People => html! { <PeopleWhoMatter {child} /> },
            Activity::ForTheJudge => html! { <ForTheJudge {child} /> },
            Activity::Wishes => html! { <Wishes {child} /> },
        },
    )
}
