use std::rc::Rc;

use casevoice_core::messages::history_entries;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::home::children_names;
use super::{use_record, LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::{use_navigate, Link, Route};
use crate::state::{AppAction, AppContext};

#[derive(Properties, PartialEq)]
pub struct DeleteRecordPageProps {
    pub id: Uuid,
}

#[function_component(DeleteRecordPage)]
pub fn delete_record_page(props: &DeleteRecordPageProps) -> Html {
    match use_record(props.id) {
        RecordLookup::Found(record) => html! { <DeleteRecordQuestion {record} /> },
        RecordLookup::Loading => html! { <LoadingPage /> },
        RecordLookup::Missing => html! { <RecordNotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct DeleteRecordQuestionProps {
    record: Rc<CaseRecord>,
}

/// Asks before deleting a record, saying exactly what will go: the case number,
/// the children and how much edit history. Deleting takes a deliberate press of a
/// warning button; keeping it is the other, quieter, choice.
#[function_component(DeleteRecordQuestion)]
fn delete_record_question(props: &DeleteRecordQuestionProps) -> Html {
    let messages = use_messages();
    use_title(Msg::DeleteRecordTitle, false);
    let app = use_context::<AppContext>();
    let navigate = use_navigate();
    let record = &props.record;
    let id = record.id;
    let number = record.case_number().map(|n| n.to_string());

    let delete = Callback::from(move |_: MouseEvent| {
        if let Some(app) = &app {
            app.dispatch(AppAction::Delete(id));
        }
        navigate.emit(Route::Home);
    });

    let rows = [
        (
            Msg::CaseNumberLabel,
            number
                .clone()
                .unwrap_or_else(|| messages.t(Msg::NoCaseNumberYet).to_string()),
        ),
        (Msg::ChildrenColumn, children_names(record, messages)),
        (
            Msg::EditHistory,
            history_entries(record.history.len(), messages.lang),
        ),
    ];

    html! {
        <>
            <BackLink to={Route::Home} />
            if let Some(number) = number {
                <span class="caption-l">{ number }</span>
            }
            <h1 class="heading-l">{ messages.t(Msg::DeleteRecordTitle) }</h1>
            <dl class="summary-list">
                { for rows.into_iter().map(|(key, value)| html! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{ messages.t(key) }</dt>
                        <dd class="summary-list__value">{ value }</dd>
                    </div>
                }) }
            </dl>
            <p class="body warning-text">{ messages.t(Msg::DeleteRecordWarning) }</p>
            <div class="button-group">
                <button type="button" class="button button--warning" onclick={delete}>{ messages.t(Msg::YesDeleteRecord) }</button>
                <Link to={Route::Home} classes={classes!("link", "link--target")}>{ messages.t(Msg::NoKeepIt) }</Link>
            </div>
        </>
    }
}
