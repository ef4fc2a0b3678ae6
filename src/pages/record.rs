use std::rc::Rc;

use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::{use_record, LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct RecordPageProps {
    pub id: Uuid,
}

#[function_component(RecordPage)]
pub fn record_page(props: &RecordPageProps) -> Html {
    match use_record(props.id) {
        RecordLookup::Found(record) => html! { <RecordSummary {record} /> },
        RecordLookup::Loading => html! { <LoadingPage /> },
        RecordLookup::Missing => html! { <RecordNotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct RecordSummaryProps {
    record: Rc<CaseRecord>,
}

/// One case record's answers so far, each with a way to change it.
#[function_component(RecordSummary)]
fn record_summary(props: &RecordSummaryProps) -> Html {
    let messages = use_messages();
    use_title(Msg::RecordTitle, false);
    let case_number = props.record.case_number();

    html! {
        <>
            <BackLink to={Route::Home} />
            if let Some(number) = &case_number {
                <span class="caption-l">{ number.to_string() }</span>
            }
            <h1 class="heading-l">{ messages.t(Msg::RecordTitle) }</h1>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ messages.t(Msg::CaseNumberLabel) }</dt>
                    <dd class="summary-list__value">
                        { case_number.map_or_else(|| messages.t(Msg::NotYetGiven).to_string(), |n| n.to_string()) }
                    </dd>
                    <dd class="summary-list__actions">
                        <Link to={Route::CaseNumber(props.record.id)} classes={classes!("link", "link--target")}>
                            { messages.t(Msg::Change) }
                            <span class="visually-hidden">{ " " }{ messages.t(Msg::CaseNumberInSentence) }</span>
                        </Link>
                    </dd>
                </div>
            </dl>
        </>
    }
}
