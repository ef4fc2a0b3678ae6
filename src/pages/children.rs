use std::rc::Rc;

use casevoice_core::{CaseRecord, Msg, RecordAction};
use uuid::Uuid;
use yew::prelude::*;

use super::form::Editor;
use super::{use_record, LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::{use_navigate, Link, Route};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct ChildrenPageProps {
    pub id: Uuid,
}

#[function_component(ChildrenPage)]
pub fn children_page(props: &ChildrenPageProps) -> Html {
    match use_record(props.id) {
        RecordLookup::Found(record) => html! { <ChildrenList {record} /> },
        RecordLookup::Loading => html! { <LoadingPage /> },
        RecordLookup::Missing => html! { <RecordNotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct ChildrenListProps {
    record: Rc<CaseRecord>,
}

/// The children the application is about, each with links to change or remove
/// them, and a way to add another.
#[function_component(ChildrenList)]
fn children_list(props: &ChildrenListProps) -> Html {
    let messages = use_messages();
    use_title(Msg::ChildrenTitle, false);
    let editor = Editor::new(use_context::<AppContext>(), props.record.id);
    let navigate = use_navigate();
    let id = props.record.id;

    let add = Callback::from(move |_: MouseEvent| {
        let child = Uuid::new_v4();
        editor.act(RecordAction::AddChild { id: child });
        navigate.emit(Route::Child(id, child));
    });

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            <h1 class="heading-l">{ messages.t(Msg::ChildrenTitle) }</h1>
            if props.record.children.is_empty() {
                <p class="body">{ messages.t(Msg::ChildrenNone) }</p>
            } else {
                <dl class="summary-list">
                    { for props.record.children.iter().map(|child| {
                        let name = child.display_name().unwrap_or_else(|| messages.t(Msg::UnnamedChild).to_string());
                        html! {
                            <div class="summary-list__row" key={child.id.to_string()}>
                                <dt class="summary-list__key">{ name.clone() }</dt>
                                <dd class="summary-list__actions">
                                    <Link to={Route::Child(id, child.id)} classes={classes!("link", "link--target")}>
                                        { messages.t(Msg::Change) }<span class="visually-hidden">{ format!(" {name}") }</span>
                                    </Link>
                                    { " " }
                                    <Link to={Route::RemoveChild(id, child.id)} classes={classes!("link", "link--target")}>
                                        { messages.t(Msg::Remove) }<span class="visually-hidden">{ format!(" {name}") }</span>
                                    </Link>
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
            }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={add}>{ messages.t(Msg::AddAChild) }</button>
                <Link to={Route::Record(id)} classes={classes!("link", "link--target")}>{ messages.t(Msg::ReturnToTaskList) }</Link>
            </div>
        </>
    }
}
