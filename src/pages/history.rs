use std::rc::Rc;

use casevoice_core::history::Change;
use casevoice_core::history_text::{describe_change, ChangeText};
use casevoice_core::timestamp::format_date_time;
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::{use_record, LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title, Messages};
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct HistoryPageProps {
    pub id: Uuid,
}

#[function_component(HistoryPage)]
pub fn history_page(props: &HistoryPageProps) -> Html {
    match use_record(props.id) {
        RecordLookup::Found(record) => html! { <HistoryList {record} /> },
        RecordLookup::Loading => html! { <LoadingPage /> },
        RecordLookup::Missing => html! { <RecordNotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct HistoryListProps {
    record: Rc<CaseRecord>,
}

/// Every change to the record, newest first: when, who, and what changed from
/// what to what. Each entry is a heading (its time) and a summary list, which
/// stacks into one column on a narrow screen.
#[function_component(HistoryList)]
fn history_list(props: &HistoryListProps) -> Html {
    let messages = use_messages();
    use_title(Msg::EditHistory, false);
    let record = &props.record;

    html! {
        <>
            <BackLink to={Route::Record(record.id)} />
            if let Some(number) = record.case_number() {
                <span class="caption-l">{ number.to_string() }</span>
            }
            <h1 class="heading-l">{ messages.t(Msg::EditHistory) }</h1>
            if record.history.is_empty() {
                <p class="body">{ messages.t(Msg::HistoryEmpty) }</p>
            } else {
                <ol class="history">
                    { for record.history.iter().rev().map(|change| entry(record, change, messages)) }
                </ol>
            }
        </>
    }
}

fn entry(record: &CaseRecord, change: &Change, messages: Messages) -> Html {
    let at = format_date_time(
        change.at,
        clock::local_offset_minutes(change.at),
        messages.lang,
    );
    let by = if change.by.trim().is_empty() {
        messages.t(Msg::NameNotSet).to_string()
    } else {
        change.by.clone()
    };
    let mut rows = vec![(Msg::ChangedBy, by)];
    rows.extend(what_rows(
        describe_change(record, &change.what, messages.lang),
        messages,
    ));
    html! {
        <li class="history__entry">
            <h2 class="heading-s">{ at }</h2>
            <dl class="summary-list history__details">
                { for rows.into_iter().map(|(key, value)| html! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{ messages.t(key) }</dt>
                        <dd class="summary-list__value history__value">{ value }</dd>
                    </div>
                }) }
            </dl>
        </li>
    }
}

fn what_rows(text: ChangeText, messages: Messages) -> Vec<(Msg, String)> {
    let happened = |msg: Msg| (Msg::HistoryWhatHappened, messages.t(msg).to_string());
    match text {
        ChangeText::Answered {
            question,
            child,
            adult,
            old,
            new,
        } => {
            let mut rows = vec![(Msg::HistoryQuestion, question.to_string())];
            rows.extend(adult.map(|name| (Msg::HistoryAdult, name)));
            rows.extend(child.map(|name| (Msg::HistoryChild, name)));
            rows.push((Msg::ChangedFrom, old));
            rows.push((Msg::ChangedTo, new));
            rows
        }
        ChangeText::ChildAdded { child } => {
            vec![happened(Msg::ChildAdded), (Msg::HistoryChild, child)]
        }
        ChangeText::ChildRemoved { child } => {
            vec![happened(Msg::ChildRemoved), (Msg::HistoryChild, child)]
        }
        ChangeText::AdultAdded { adult } => {
            vec![happened(Msg::AdultAddedEntry), (Msg::HistoryAdult, adult)]
        }
        ChangeText::AdultRemoved { adult } => {
            vec![happened(Msg::AdultRemovedEntry), (Msg::HistoryAdult, adult)]
        }
        ChangeText::MarkedComplete => vec![happened(Msg::MarkedCompleteEntry)],
        ChangeText::VisitAdded { visit } => {
            vec![happened(Msg::VisitAddedEntry), (Msg::HistoryVisit, visit)]
        }
        ChangeText::VisitRemoved { visit } => {
            vec![happened(Msg::VisitRemovedEntry), (Msg::HistoryVisit, visit)]
        }
        ChangeText::Reopened => vec![happened(Msg::ReopenedEntry)],
        // JSON export and import
        ChangeText::Imported {
            exported_at,
            app_version,
        } => vec![
            happened(Msg::ImportedEntry),
            (
                Msg::ExportedAt,
                format_date_time(
                    exported_at,
                    clock::local_offset_minutes(exported_at),
                    messages.lang,
                ),
            ),
            (Msg::ExportedBy, format!("casevoice {app_version}")),
        ],
        ChangeText::Duplicated { from } => {
            vec![happened(Msg::RecordMadeAsCopy), (Msg::CopiedFrom, from)]
        }
        // The child's voice
        ChangeText::Voice {
            what,
            child,
            question,
            old,
            new,
        } => {
            let mut rows = vec![
                (Msg::HistoryWhatHappened, what.to_string()),
                (Msg::HistoryChild, child),
            ];
            rows.extend(question.map(|q| (Msg::Voice(VoiceMsg::HistoryActivity), q)));
            rows.extend(old.map(|o| (Msg::ChangedFrom, o)));
            rows.extend(new.map(|n| (Msg::ChangedTo, n)));
            rows
        }
    }
}
