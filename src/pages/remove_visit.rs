use std::rc::Rc;

use casevoice_core::{CaseRecord, Msg, RecordAction};
use uuid::Uuid;
use yew::prelude::*;

use super::form::Editor;
use super::visits::visit_name;
use super::{show_record_holding, use_record};
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::{use_navigate, Link, Route};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct RemoveVisitPageProps {
    pub id: Uuid,
    pub visit: Uuid,
}

#[function_component(RemoveVisitPage)]
pub fn remove_visit_page(props: &RemoveVisitPageProps) -> Html {
    let visit = props.visit;
    show_record_holding(
        use_record(props.id),
        |record| record.visit(visit).is_some(),
        |record| html! { <RemoveVisit {record} {visit} /> },
    )
}

#[derive(Properties, PartialEq)]
struct RemoveVisitProps {
    record: Rc<CaseRecord>,
    visit: Uuid,
}

/// Asks before removing a visit, naming it, because everything recorded about it
/// goes too.
#[function_component(RemoveVisit)]
fn remove_visit(props: &RemoveVisitProps) -> Html {
    let messages = use_messages();
    use_title(Msg::RemoveVisitTitle, false);
    let editor = Editor::new(use_context::<AppContext>(), props.record.id);
    let navigate = use_navigate();
    let (id, visit) = (props.record.id, props.visit);
    let remove = Callback::from(move |_: MouseEvent| {
        editor.act(RecordAction::RemoveVisit { id: visit });
        navigate.emit(Route::Visits(id));
    });
    let name = props
        .record
        .visit(visit)
        .map(|v| visit_name(v, messages.lang))
        .unwrap_or_default();

    html! {
        <>
            <BackLink to={Route::Visits(id)} />
            <span class="caption-l">{ name }</span>
            <h1 class="heading-l">{ messages.t(Msg::RemoveVisitTitle) }</h1>
            <p class="body">{ messages.t(Msg::RemoveVisitWarning) }</p>
            <div class="button-group">
                <button type="button" class="button button--warning" onclick={remove}>{ messages.t(Msg::YesRemoveVisit) }</button>
                <Link to={Route::Visits(id)} classes={classes!("link", "link--target")}>{ messages.t(Msg::NoKeepVisit) }</Link>
            </div>
        </>
    }
}
