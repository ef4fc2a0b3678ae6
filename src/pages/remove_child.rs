use casevoice_core::{Msg, RecordAction};
use uuid::Uuid;
use yew::prelude::*;

use super::form::Editor;
use super::{use_record, LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::{use_navigate, Link, Route};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct RemoveChildPageProps {
    pub id: Uuid,
    pub child: Uuid,
}

/// Asks before removing a child, naming them, because everything recorded about
/// them goes too.
#[function_component(RemoveChildPage)]
pub fn remove_child_page(props: &RemoveChildPageProps) -> Html {
    let messages = use_messages();
    use_title(Msg::RemoveChildTitle, false);
    let editor = Editor::new(use_context::<AppContext>(), props.id);
    let navigate = use_navigate();
    let record = match use_record(props.id) {
        RecordLookup::Found(record) => record,
        RecordLookup::Loading => return html! { <LoadingPage /> },
        RecordLookup::Missing => return html! { <RecordNotFoundPage /> },
    };
    let Some(child) = record.child(props.child) else {
        return html! { <RecordNotFoundPage /> };
    };
    let name = child
        .display_name()
        .unwrap_or_else(|| messages.t(Msg::UnnamedChild).to_string());
    let (id, child_id) = (props.id, props.child);
    let remove = Callback::from(move |_: MouseEvent| {
        editor.act(RecordAction::RemoveChild { id: child_id });
        navigate.emit(Route::Children(id));
    });

    html! {
        <>
            <BackLink to={Route::Children(id)} />
            <span class="caption-l">{ name }</span>
            <h1 class="heading-l">{ messages.t(Msg::RemoveChildTitle) }</h1>
            <p class="body">{ messages.t(Msg::RemoveChildWarning) }</p>
            <div class="button-group">
                <button type="button" class="button button--warning" onclick={remove}>{ messages.t(Msg::YesRemove) }</button>
                <Link to={Route::Children(id)} classes={classes!("link", "link--target")}>{ messages.t(Msg::NoKeep) }</Link>
            </div>
        </>
    }
}
