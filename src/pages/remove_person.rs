use std::rc::Rc;

use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::CaseRecord;
use uuid::Uuid;
use yew::prelude::*;

use super::form::Editor;
use super::people::People;
use super::{use_record, LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::{use_navigate, Link};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct RemovePersonPageProps {
    pub id: Uuid,
    pub person: Uuid,
    pub people: People,
}

#[function_component(RemovePersonPage)]
pub fn remove_person_page(props: &RemovePersonPageProps) -> Html {
    match use_record(props.id) {
        RecordLookup::Found(record) => {
            let known = props
                .people
                .names(&record)
                .into_iter()
                .find(|(id, _)| *id == props.person);
            match known {
                Some((_, name)) => html! {
                    <RemovePerson {record} person={props.person} people={props.people} name={name.map(AttrValue::from)} />
                },
                None => html! { <RecordNotFoundPage /> },
            }
        }
        RecordLookup::Loading => html! { <LoadingPage /> },
        RecordLookup::Missing => html! { <RecordNotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct RemovePersonProps {
    record: Rc<CaseRecord>,
    person: Uuid,
    people: People,
    name: Option<AttrValue>,
}

/// Asks before removing a child or adult, naming them, because everything
/// recorded about them goes too.
#[function_component(RemovePerson)]
fn remove_person(props: &RemovePersonProps) -> Html {
    let messages = use_messages();
    let people = props.people;
    let [title, warning, confirm, keep] = people.remove_wording();
    use_title(title, false);
    let editor = Editor::new(use_context::<AppContext>(), props.record.id);
    let navigate = use_navigate();
    let (id, person) = (props.record.id, props.person);
    let remove = Callback::from(move |_: MouseEvent| {
        editor.act(people.remove_action(person));
        navigate.emit(people.list_route(id));
    });
    // The child's voice: a child's own words are never deleted, so a child who has
    // started a session stays (the core refuses the removal too).
    let has_started_session =
        people == People::Children && props.record.sessions_of(person).any(|s| s.is_started());
    let name = props
        .name
        .clone()
        .unwrap_or_else(|| messages.t(people.unnamed()).into());

    html! {
        <>
            <BackLink to={people.list_route(id)} />
            <span class="caption-l">{ name }</span>
            <h1 class="heading-l">{ messages.t(title) }</h1>
            if has_started_session {
                <p class="body">{ messages.t(VoiceMsg::CannotRemoveChildWithSession) }</p>
                <div class="button-group">
                    <Link to={people.list_route(id)} classes={classes!("link", "link--target")}>{ messages.t(keep) }</Link>
                </div>
            } else {
                <p class="body">{ messages.t(warning) }</p>
                <div class="button-group">
                    <button type="button" class="button button--warning" onclick={remove}>{ messages.t(confirm) }</button>
                    <Link to={people.list_route(id)} classes={classes!("link", "link--target")}>{ messages.t(keep) }</Link>
                </div>
            }
        </>
    }
}
