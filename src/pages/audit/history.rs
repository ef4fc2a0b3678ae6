//! The audit's own edit history, newest first: when, who, what changed, from
//! what to what.

use std::rc::Rc;

use casevoice_core::audit::Audit;
use casevoice_core::audit_history::AuditChange;
use casevoice_core::audit_history_text::describe_audit_change;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::timestamp::format_date_time;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::{caption, show_audit};
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title, Messages};
use crate::pages::use_record;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct AuditHistoryPageProps {
    pub id: Uuid,
}

#[function_component(AuditHistoryPage)]
pub fn audit_history_page(props: &AuditHistoryPageProps) -> Html {
    show_audit(
        use_record(props.id),
        |record| html! { <AuditHistory {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AuditHistoryProps {
    record: Rc<CaseRecord>,
}

#[function_component(AuditHistory)]
fn audit_history(props: &AuditHistoryProps) -> Html {
    let messages = use_messages();
    use_title(Msg::Audit(AuditMsg::HistoryTitle), false);
    let record = &props.record;
    let Some(audit) = &record.audit else {
        return Html::default();
    };
    let history = &audit.history;
    html! {
        <>
            <BackLink to={Route::Audit(record.id)} />
            { caption(record, messages) }
            <h1 class="heading-l">{ messages.t(AuditMsg::HistoryTitle) }</h1>
            if history.is_empty() {
                <p class="body">{ messages.t(AuditMsg::HistoryEmpty) }</p>
            } else {
                <ol class="history">
                    { for history.iter().rev().map(|change| entry(audit, change, messages)) }
                </ol>
            }
        </>
    }
}

fn entry(audit: &Audit, change: &AuditChange, messages: Messages) -> Html {
    let at = format_date_time(
        change.at,
        clock::local_offset_minutes(change.at),
        messages.lang,
    );
    let text = describe_audit_change(audit, &change.what, messages.lang);
    let mut rows = vec![
        (messages.t(Msg::ChangedBy), change.by.clone()),
        (messages.t(AuditMsg::HistoryWhat), text.what.to_string()),
    ];
    rows.extend(
        text.action
            .map(|action| (messages.t(AuditMsg::ActionName), action)),
    );
    rows.extend(text.old.map(|old| (messages.t(Msg::ChangedFrom), old)));
    rows.extend(text.new.map(|new| (messages.t(Msg::ChangedTo), new)));
    html! {
        <li class="history__entry">
            <h2 class="heading-s">{ at }</h2>
            <dl class="summary-list history__details">
                { for rows.into_iter().map(|(key, value)| html! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{ key }</dt>
                        <dd class="summary-list__value history__value">{ value }</dd>
                    </div>
                }) }
            </dl>
        </li>
    }
}
