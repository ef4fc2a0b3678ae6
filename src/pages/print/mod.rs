//! The print view: the whole record laid out like "Check your answers", read-only,
//! with each child's sessions and words, for printing or saving as a PDF for a
//! court bundle. styles/print.css takes away everything that belongs to the
//! screen; `page_margins` puts the case number and page numbers on every page.

// Case audit: the audit reads the record, read-only, with these sections, and
// prints itself under the same running head.
pub(crate) mod answers;
mod childs_item;
pub(crate) mod page_margins;
pub(crate) mod sessions;

use std::collections::HashSet;
use std::rc::Rc;

use casevoice_core::tasks::Task;
use casevoice_core::timestamp::format_date_time;
use casevoice_core::{validate_record_by_page, CaseRecord, Msg};
use time::OffsetDateTime;
use uuid::Uuid;
use yew::prelude::*;

use super::{show_record, use_record};
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title, Messages};
use crate::router::Route;
use page_margins::{page_margins_css, use_page_margins};

#[derive(Properties, PartialEq)]
pub struct PrintRecordPageProps {
    pub id: Uuid,
}

#[function_component(PrintRecordPage)]
pub fn print_record_page(props: &PrintRecordPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <PrintRecord {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct PrintRecordProps {
    record: Rc<CaseRecord>,
}

#[function_component(PrintRecord)]
fn print_record(props: &PrintRecordProps) -> Html {
    let messages = use_messages();
    use_title(Msg::PrintTitle, false);
    let record = &props.record;
    let case_number = record.case_number();
    // As on "Check your answers": a blank answer is printed, as "Not answered",
    // only where the record needs one.
    let unanswered: HashSet<String> = validate_record_by_page(record, clock::today())
        .into_iter()
        .map(|(_, problem)| problem.field)
        .collect();
    // In the document only while this view is shown, so that no other page
    // prints under this record's case number.
    use_page_margins(page_margins_css(case_number.as_ref(), messages.lang));
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });

    html! {
        <div class="print-record">
            <BackLink to={Route::Record(record.id)} />
            <span class="caption-l">{
                case_number.map_or_else(|| messages.t(Msg::PrintNoCaseNumber).to_string(), |n| n.to_string())
            }</span>
            <h1 class="heading-l">{ messages.t(Msg::RecordTitle) }</h1>
            <div class="print-screen-only">
                <p class="body">{ messages.t(Msg::PrintIntro) }</p>
                <button type="button" class="button button--secondary" onclick={print}>
                    { messages.t(Msg::PrintButton) }
                </button>
            </div>
            { record_state(record, messages) }
            { for Task::ALL.iter().map(|task| match task {
                Task::ChildVoice => sessions::childrens_views(record, &unanswered, messages),
                task => answers::task_section(record, *task, &unanswered, messages),
            }) }
        </div>
    }
}

/// When the record last changed and whether it is complete: a reader of a
/// printed copy needs to know which version of the record they hold.
fn record_state(record: &CaseRecord, messages: Messages) -> Html {
    let at =
        |at: OffsetDateTime| format_date_time(at, clock::local_offset_minutes(at), messages.lang);
    let complete = record
        .completed_at
        .map_or_else(|| messages.t(Msg::PrintNotComplete).to_string(), at);
    html! {
        <dl class="summary-list print-answers">
            <div class="summary-list__row">
                <dt class="summary-list__key">{ messages.t(Msg::PrintLastChanged) }</dt>
                <dd class="summary-list__value">{ at(record.updated_at) }</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{ messages.t(Msg::PrintMarkedComplete) }</dt>
                <dd class="summary-list__value">{ complete }</dd>
            </div>
        </dl>
    }
}
