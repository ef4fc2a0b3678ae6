//! The welfare checklist: a list of the children, each with a link to their
//! checklist and its status, and one page per child with the seven matters of
//! section 1(3) of the Children Act 1989 as its questions.

use std::rc::Rc;

use casevoice_core::tasks::{welfare_status, TaskStatus};
use casevoice_core::welfare::WELFARE_QUESTIONS;
use casevoice_core::{CaseRecord, Field, Msg, PageId};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{use_page_form, PageForm};
use super::questions::Questions;
use super::record::status_class;
use super::voice::WelfareSessions;
use super::{show_record_holding, use_record, LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::clock;
use crate::components::{BackLink, ErrorSummary};
use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct WelfareListPageProps {
    pub id: Uuid,
}

#[function_component(WelfareListPage)]
pub fn welfare_list_page(props: &WelfareListPageProps) -> Html {
    match use_record(props.id) {
        RecordLookup::Found(record) => html! { <WelfareList {record} /> },
        RecordLookup::Loading => html! { <LoadingPage /> },
        RecordLookup::Missing => html! { <RecordNotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct WelfareListProps {
    record: Rc<CaseRecord>,
}

/// Each child with a link to their checklist and its status, task list style;
/// or, before any child is added, where to add them.
#[function_component(WelfareList)]
fn welfare_list(props: &WelfareListProps) -> Html {
    let messages = use_messages();
    use_title(Msg::WelfareListTitle, false);
    let record = &props.record;
    let id = record.id;
    let today = clock::today();

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            <h1 class="heading-l">{ messages.t(Msg::WelfareListTitle) }</h1>
            if record.children.is_empty() {
                <p class="body">{ messages.t(Msg::WelfareNoChildren) }</p>
            } else {
                <p class="body">{ messages.t(Msg::WelfareListIntro) }</p>
                <ul class="task-list">
                    { for record.children.iter().enumerate().map(|(position, child)| {
                        // Every child listed is in the record, so there is always a status.
                        let status = welfare_status(record, child.id, today).unwrap_or(TaskStatus::NotYetStarted);
                        let status_id = format!("welfare-child-{}-status", position + 1);
                        let name = child
                            .display_name()
                            .unwrap_or_else(|| messages.t(Msg::UnnamedChild).to_string());
                        html! {
                            <li class="task-list__item" key={child.id.to_string()}>
                                <Link to={Route::ChildWelfare(id, child.id)} classes={classes!("link", "task-list__link")}
                                    described_by={status_id.clone()}>
                                    { name }
                                </Link>
                                <strong id={status_id} class={classes!("tag", status_class(status))}>
                                    { messages.t(Msg::TaskStatus(status)) }
                                </strong>
                            </li>
                        }
                    }) }
                </ul>
            }
            <div class="button-group">
                if record.children.is_empty() {
                    <Link to={Route::Children(id)} classes={classes!("link", "link--target")}>
                        { messages.t(Msg::GoToChildren) }
                    </Link>
                }
                <Link to={Route::Record(id)} classes={classes!("link", "link--target")}>
                    { messages.t(Msg::ReturnToTaskList) }
                </Link>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChildWelfarePageProps {
    pub id: Uuid,
    pub child: Uuid,
}

#[function_component(ChildWelfarePage)]
pub fn child_welfare_page(props: &ChildWelfarePageProps) -> Html {
    let child = props.child;
    show_record_holding(
        use_record(props.id),
        |record| record.child(child).is_some(),
        |record| html! { <ChildWelfareForm {record} {child} /> },
    )
}

#[derive(Properties, PartialEq)]
struct ChildWelfareFormProps {
    record: Rc<CaseRecord>,
    child: Uuid,
}

/// The seven matters of the welfare checklist for one child, each labelled with
/// the statute's own words and a plain-English hint.
#[function_component(ChildWelfareForm)]
fn child_welfare_form(props: &ChildWelfareFormProps) -> Html {
    let messages = use_messages();
    let (id, child) = (props.record.id, props.child);
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        &props.record,
        PageId::Welfare(child),
        Msg::WelfareChildTitle,
        Route::Welfare(id),
    );

    let q = Questions {
        record: &props.record,
        editor: &editor,
        submitted: &submitted,
        lang: messages.lang,
    };
    let name = props
        .record
        .child(child)
        .and_then(|c| c.display_name())
        .unwrap_or_else(|| messages.t(Msg::UnnamedChild).to_string());

    html! {
        <>
            <BackLink to={Route::Welfare(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(&props.record))} />
            <span class="caption-l">{ name }</span>
            <h1 class="heading-l">{ messages.t(Msg::WelfareChildTitle) }</h1>
            <p class="body">{ messages.t(Msg::WelfareChildIntro) }</p>
            <form novalidate=true {onsubmit}>
                { for WELFARE_QUESTIONS.iter().enumerate().map(|(position, question)| html! {
                    <>
                        { q.long_text(Field::child(child, *question), 6) }
                        // The child's voice: the child's own sessions, beside (a) wishes and feelings.
                        if position == 0 {
                            <WelfareSessions record={Rc::clone(&props.record)} {child} />
                        }
                    </>
                }) }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
