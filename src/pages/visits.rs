use std::rc::Rc;

use casevoice_core::visit::{newest_first, Visit};
use casevoice_core::{CaseRecord, Lang, Msg, RecordAction};
use uuid::Uuid;
use yew::prelude::*;

use super::form::Editor;
use super::{use_record, LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::{use_navigate, Link, Route};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct VisitsListPageProps {
    pub id: Uuid,
}

#[function_component(VisitsListPage)]
pub fn visits_list_page(props: &VisitsListPageProps) -> Html {
    match use_record(props.id) {
        RecordLookup::Found(record) => html! { <VisitsList {record} /> },
        RecordLookup::Loading => html! { <LoadingPage /> },
        RecordLookup::Missing => html! { <RecordNotFoundPage /> },
    }
}

/// The name a visit goes by in lists and on its remove page.
pub(super) fn visit_name(visit: &Visit, lang: Lang) -> String {
    visit
        .display_name(lang)
        .unwrap_or_else(|| Msg::UndatedVisit.text(lang).to_string())
}

#[derive(Properties, PartialEq)]
struct VisitsListProps {
    record: Rc<CaseRecord>,
}

/// The visits and contacts in the record, newest first (see
/// [`casevoice_core::visit::newest_first`]), each with links to change or remove
/// it, and a way to add another.
#[function_component(VisitsList)]
fn visits_list(props: &VisitsListProps) -> Html {
    let messages = use_messages();
    use_title(Msg::VisitsTitle, false);
    let editor = Editor::new(use_context::<AppContext>(), props.record.id);
    let navigate = use_navigate();
    let id = props.record.id;

    let add = Callback::from(move |_: MouseEvent| {
        let visit = Uuid::new_v4();
        editor.act(RecordAction::AddVisit { id: visit });
        navigate.emit(Route::Visit(id, visit));
    });
    let visits = newest_first(&props.record.visits);

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            <h1 class="heading-l">{ messages.t(Msg::VisitsTitle) }</h1>
            if visits.is_empty() {
                <p class="body">{ messages.t(Msg::VisitsNone) }</p>
            } else {
                <dl class="summary-list">
                    { for visits.into_iter().map(|visit| {
                        let name = visit_name(visit, messages.lang);
                        html! {
                            <div class="summary-list__row" key={visit.id.to_string()}>
                                <dt class="summary-list__key">{ name.clone() }</dt>
                                <dd class="summary-list__actions">
                                    <Link to={Route::Visit(id, visit.id)} classes={classes!("link", "link--target")}>
                                        { messages.t(Msg::Change) }
                                        <span class="visually-hidden">{ format!(" {name}") }</span>
                                    </Link>
                                    { " " }
                                    <Link to={Route::RemoveVisit(id, visit.id)} classes={classes!("link", "link--target")}>
                                        { messages.t(Msg::Remove) }
                                        <span class="visually-hidden">{ format!(" {name}") }</span>
                                    </Link>
                                </dd>
                            </div>
                        }
                    }) }
                </dl>
            }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={add}>{ messages.t(Msg::AddAVisit) }</button>
                <Link to={Route::Record(id)} classes={classes!("link", "link--target")}>
                    { messages.t(Msg::ReturnToTaskList) }
                </Link>
            </div>
        </>
    }
}
