use std::rc::Rc;

use casevoice_core::CaseRecord;
use uuid::Uuid;
use yew::prelude::*;

use super::form::Editor;
use super::people::People;
use super::{show_record, use_record};
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::{use_navigate, Link, Route};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct PeopleListPageProps {
    pub id: Uuid,
    pub people: People,
}

#[function_component(PeopleListPage)]
pub fn people_list_page(props: &PeopleListPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <PeopleList {record} people={props.people} /> },
    )
}

#[derive(Properties, PartialEq)]
struct PeopleListProps {
    record: Rc<CaseRecord>,
    people: People,
}

/// The children (or adults) in the record, each with links to change or remove
/// them, and a way to add another.
#[function_component(PeopleList)]
fn people_list(props: &PeopleListProps) -> Html {
    let messages = use_messages();
    let people = props.people;
    use_title(people.title(), false);
    let editor = Editor::new(use_context::<AppContext>(), props.record.id);
    let navigate = use_navigate();
    let id = props.record.id;

    let add = Callback::from(move |_: MouseEvent| {
        let person = Uuid::new_v4();
        editor.act(people.add_action(person));
        navigate.emit(people.person_route(id, person));
    });
    let names = people.names(&props.record);

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            <h1 class="heading-l">{ messages.t(people.title()) }</h1>
            if names.is_empty() {
                <p class="body">{ messages.t(people.none_yet()) }</p>
            } else {
                <dl class="summary-list">
                    { for names.into_iter().map(|(person, name)| {
                        let name = name.unwrap_or_else(|| messages.t(people.unnamed()).to_string());
                        html! {
                            <div class="summary-list__row" key={person.to_string()}>
                                <dt class="summary-list__key">{ name.clone() }</dt>
                                <dd class="summary-list__actions">
                                    <Link to={people.person_route(id, person)} classes={classes!("link", "link--target")}>
                                        { messages.t(casevoice_core::Msg::Change) }
                                        <span class="visually-hidden">{ format!(" {name}") }</span>
                                    </Link>
                                    { " " }
                                    <Link to={people.remove_route(id, person)} classes={classes!("link", "link--target")}>
                                        { messages.t(casevoice_core::Msg::Remove) }
                                        <span class="visually-hidden">{ format!(" {name}") }</span>
                                    </Link>
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
            }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={add}>{ messages.t(people.add()) }</button>
                <Link to={Route::Record(id)} classes={classes!("link", "link--target")}>
                    { messages.t(casevoice_core::Msg::ReturnToTaskList) }
                </Link>
            </div>
        </>
    }
}
