//! The record's answers as "Check your answers" lists them, read-only, with each
//! child, adult and visit under a heading of their own so a printed page says
//! whom its answers are about.

use std::collections::HashSet;

use casevoice_core::history_text::{adult_name, answer_text, child_name};
use casevoice_core::page_fields::page_fields;
use casevoice_core::questions::Scope;
use casevoice_core::tasks::Task;
use casevoice_core::{Answer, CaseRecord, Field, Lang, Msg, PageId};
use uuid::Uuid;
use yew::prelude::*;

use crate::hooks::Messages;

/// One section of the record: its heading, then its answers, with each person's
/// under their own heading.
pub fn task_section(
    record: &CaseRecord,
    task: Task,
    unanswered: &HashSet<String>,
    messages: Messages,
) -> Html {
    let mut parts: Vec<Html> = Vec::new();
    // Pages about no one in particular (case number and case details, checks and
    // risk) read as one list, as they do on "Check your answers".
    let mut shared: Vec<Html> = Vec::new();
    for page in task.pages(record) {
        match page_person(page) {
            Some(person) => {
                parts.extend(summary_list(std::mem::take(&mut shared)));
                parts.push(person_part(record, page, person, unanswered, messages));
            }
            None => shared.extend(answer_row_items(record, page, None, unanswered, messages)),
        }
    }
    parts.extend(summary_list(shared));
    html! {
        <section class={classes!("print-section", section_class(task))}>
            <h2 class="heading-m">{ messages.t(Msg::Task(task)) }</h2>
            if parts.is_empty() {
                <p class="body">{ messages.t(Msg::PrintNothingRecorded) }</p>
            } else {
                { for parts }
            }
        </section>
    }
}

/// Each child's welfare checklist starts a page of its own (see print.css): it is
/// the part of the record a court reads child by child.
fn section_class(task: Task) -> Option<&'static str> {
    (task == Task::Welfare).then_some("print-section--per-child")
}

/// A page about one person, under their name.
fn person_part(
    record: &CaseRecord,
    page: PageId,
    person: Uuid,
    unanswered: &HashSet<String>,
    messages: Messages,
) -> Html {
    let rows = answer_row_items(record, page, Some(person), unanswered, messages);
    html! {
        <div class="print-person">
            <h3 class="heading-s">{ person_heading(record, page, person, messages.lang) }</h3>
            { summary_list(rows).unwrap_or_else(|| html! {
                <p class="body">{ messages.t(Msg::PrintNothingRecorded) }</p>
            }) }
        </div>
    }
}

/// Rows in a summary list; `None` when there are none.
pub fn summary_list(rows: Vec<Html>) -> Option<Html> {
    (!rows.is_empty()).then(|| html! { <dl class="summary-list print-answers">{ for rows }</dl> })
}

/// A page's answers as summary list rows, chosen as "Check your answers" chooses
/// them: what was given, and what is missing where an answer is needed. `named`
/// is the person the heading above already names.
pub fn answer_row_items(
    record: &CaseRecord,
    page: PageId,
    named: Option<Uuid>,
    unanswered: &HashSet<String>,
    messages: Messages,
) -> Vec<Html> {
    page_fields(record, page)
        .into_iter()
        .filter_map(|field| Some((field, record.answer(field)?)))
        .filter(|(field, answer)| {
            !answer.is_blank()
                || field
                    .dom_id(record)
                    .is_some_and(|id| unanswered.contains(&id))
        })
        .map(|(field, answer)| row(record, field, &answer, named, messages))
        .collect()
}

fn row(
    record: &CaseRecord,
    field: Field,
    answer: &Answer,
    named: Option<Uuid>,
    messages: Messages,
) -> Html {
    let lang = messages.lang;
    let label = messages.t(Msg::Label(field.question));
    let key = match who(record, field, named, lang) {
        Some(who) => format!("{label} ({who})"),
        None => label.to_string(),
    };
    let value = if answer.is_blank() {
        messages.t(Msg::NotAnswered).to_string()
    } else {
        answer_text(field.question, answer, lang)
    };
    html! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{ key }</dt>
            <dd class="summary-list__value check-answers__value">{ value }</dd>
        </div>
    }
}

/// The one person a page is about, named by its heading.
fn page_person(page: PageId) -> Option<Uuid> {
    match page {
        PageId::Child(id) | PageId::Welfare(id) | PageId::Adult(id) | PageId::Visit(id) => Some(id),
        _ => None,
    }
}

fn person_heading(record: &CaseRecord, page: PageId, id: Uuid, lang: Lang) -> String {
    match page {
        PageId::Adult(_) => adult_name(record, id, lang),
        PageId::Visit(_) => record
            .visit(id)
            .and_then(|visit| visit.display_name(lang))
            .unwrap_or_else(|| Msg::UndatedVisit.text(lang).to_string()),
        _ => child_name(record, id, lang),
    }
}

/// Whom an answer is about, when the heading above it does not already say:
/// the checks list every adult, the risk page every child.
fn who(record: &CaseRecord, field: Field, named: Option<Uuid>, lang: Lang) -> Option<String> {
    let unnamed = |id: &Uuid| Some(*id) != named;
    match field.question.scope() {
        Scope::Case | Scope::Visit | Scope::VoiceSession => None,
        Scope::Adult => field
            .item
            .filter(unnamed)
            .map(|id| adult_name(record, id, lang)),
        Scope::AdultAboutChild | Scope::VisitAboutChild => {
            field.child.map(|id| child_name(record, id, lang))
        }
        Scope::Child | Scope::ChildWelfare => field
            .item
            .filter(unnamed)
            .map(|id| child_name(record, id, lang)),
    }
}
