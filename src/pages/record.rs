use casevoice_core::Msg;
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

/// One case record's answers so far, each with a way to change it.
#[function_component(RecordPage)]
pub fn record_page(props: &RecordPageProps) -> Html {
    let messages = use_messages();
    use_title(Msg::RecordTitle, false);
    let record = match use_record(props.id) {
        RecordLookup::Found(record) => record,
        RecordLookup::Loading => return html! { <LoadingPage /> },
        RecordLookup::Missing => return html! { <RecordNotFoundPage /> },
    };
    let case_number = record.case_number();

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
                        <Link to={Route::CaseNumber(props.id)} classes={classes!("link", "link--target")}>
                            { messages.t(Msg::Change) }
                            <span class="visually-hidden">{ " " }{ messages.t(Msg::CaseNumberInSentence) }</span>
                        </Link>
                    </dd>
                </div>
            </dl>
        </>
    }
}
