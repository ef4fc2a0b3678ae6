use std::collections::HashSet;
use std::rc::Rc;

use casevoice_core::history_text::{adult_name, answer_text, child_name};
use casevoice_core::messages::problem_text;
use casevoice_core::page_fields::page_fields;
use casevoice_core::problem_subject::problem_subject;
use casevoice_core::questions::Scope;
use casevoice_core::tasks::Task;
use casevoice_core::{
    validate_record_by_page, Answer, CaseRecord, Field, Msg, PageId, Problem, RecordAction,
};
use uuid::Uuid;
use yew::prelude::*;

use super::form::Editor;
use super::voice::session_label;
use super::{show_record, use_record};
use crate::clock;
use crate::components::{with_subject, BackLink, Notification};
use crate::hooks::{use_messages, use_title, Messages};
use crate::router::{Link, Route};
use crate::state::{AppAction, AppContext};

#[derive(Properties, PartialEq)]
pub struct CheckAnswersPageProps {
    pub id: Uuid,
}

#[function_component(CheckAnswersPage)]
pub fn check_answers_page(props: &CheckAnswersPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <CheckAnswers {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct CheckAnswersProps {
    record: Rc<CaseRecord>,
}

/// Every answer of the record, section by section, each with a "Change" link that
/// comes back here; "Mark as complete" is refused with every problem listed and
/// linked to its page until the whole record passes.
#[function_component(CheckAnswers)]
fn check_answers(props: &CheckAnswersProps) -> Html {
    let messages = use_messages();
    let app = use_context::<AppContext>();
    let problems = use_state(Vec::<(PageId, Problem)>::new);
    use_title(Msg::CheckAnswersTitle, !problems.is_empty());
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(problems.len(), move |_| {
            if let Some(element) = summary.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let record = &props.record;
    let id = record.id;
    // Blank answers are listed only where an answer is needed: a question that does
    // not apply (other proceedings, say) is left out rather than shown as missing.
    let unanswered: HashSet<String> = validate_record_by_page(record, clock::today())
        .into_iter()
        .map(|(_, problem)| problem.field)
        .collect();

    let mark_complete = {
        let (record, problems, editor) = (
            Rc::clone(record),
            problems.clone(),
            Editor::new(app.clone(), id),
        );
        Callback::from(move |_: MouseEvent| {
            let today = clock::today();
            let found = validate_record_by_page(&record, today);
            if found.is_empty() {
                editor.act(RecordAction::MarkComplete { today });
            }
            problems.set(found);
        })
    };

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            if !problems.is_empty() {
                <div class="error-summary" tabindex="-1" ref={summary}>
                    <div role="alert">
                        <h2 class="error-summary__title">{ messages.t(Msg::ErrorSummaryTitle) }</h2>
                        <ul class="error-summary__list">
                            { for problems.iter().map(|(page, problem)| html! {
                                <li><Link to={page_route(id, *page)}>{
                                    with_subject(
                                        problem_text(problem.code, messages.lang),
                                        problem_subject(record, &problem.field, messages.lang).map(|s| s.full()),
                                    )
                                }</Link></li>
                            }) }
                        </ul>
                    </div>
                </div>
            }
            <h1 class="heading-l">{ messages.t(Msg::CheckAnswersTitle) }</h1>
            if record.completed_at.is_some() {
                <Notification>{ messages.t(Msg::RecordComplete) }</Notification>
            } else {
                <p class="body">{ messages.t(Msg::CheckAnswersIntro) }</p>
            }
            { for Task::ALL.iter().map(|task| section(record, *task, &unanswered, messages, app.clone())) }
            if record.completed_at.is_none() {
                <button type="button" class="button" onclick={mark_complete}>{ messages.t(Msg::MarkAsComplete) }</button>
            }
        </>
    }
}

fn section(
    record: &Rc<CaseRecord>,
    task: Task,
    unanswered: &HashSet<String>,
    messages: Messages,
    app: Option<AppContext>,
) -> Html {
    let rows: Vec<Html> = task
        .pages(record)
        .into_iter()
        .flat_map(|page| {
            page_fields(record, page)
                .into_iter()
                .filter_map(move |field| Some((page, field, record.answer(field)?)))
        })
        .filter(|(_, field, answer)| {
            !answer.is_blank()
                || field
                    .dom_id(record)
                    .is_some_and(|id| unanswered.contains(&id))
        })
        .map(|(page, field, answer)| row(record, page, field, &answer, messages, app.clone()))
        .collect();
    html! {
        <section class="check-answers__section">
            <h2 class="heading-m">{ messages.t(Msg::Task(task)) }</h2>
            if rows.is_empty() {
                <p class="body">{ messages.t(Msg::TaskStatus(casevoice_core::tasks::TaskStatus::NotYetStarted)) }</p>
            } else {
                <dl class="summary-list">{ for rows }</dl>
            }
        </section>
    }
}

fn row(
    record: &CaseRecord,
    page: PageId,
    field: Field,
    answer: &Answer,
    messages: Messages,
    app: Option<AppContext>,
) -> Html {
    let lang = messages.lang;
    let who = match field.question.scope() {
        Scope::Case => None,
        Scope::Adult => field.item.map(|id| adult_name(record, id, lang)),
        Scope::AdultAboutChild => field.item.zip(field.child).map(|(adult, child)| {
            format!(
                "{}: {}",
                adult_name(record, adult, lang),
                child_name(record, child, lang)
            )
        }),
        Scope::VisitAboutChild => field.child.map(|child| child_name(record, child, lang)),
        Scope::Visit => None,
        // The child's voice: the session's child, and which of their sessions.
        Scope::VoiceSession => field
            .item
            .and_then(|id| record.voice_session(id))
            .map(|session| {
                format!(
                    "{}, {}",
                    child_name(record, session.child, lang),
                    session_label(record, session, lang)
                )
            }),
        _ => field.item.map(|id| child_name(record, id, lang)),
    };
    let key = match &who {
        Some(who) => format!("{} ({who})", messages.t(Msg::Label(field.question))),
        None => messages.t(Msg::Label(field.question)).to_string(),
    };
    let value = if answer.is_blank() {
        messages.t(Msg::NotAnswered).to_string()
    } else {
        answer_text(field.question, answer, lang)
    };
    let record_id = record.id;
    let to = page_route(record_id, page);
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(app) = &app {
            app.dispatch(AppAction::ReturnToCheck(Some(record_id)));
        }
    });
    html! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{ key.clone() }</dt>
            <dd class="summary-list__value check-answers__value">{ value }</dd>
            <dd class="summary-list__actions" {onclick}>
                <Link {to} classes={classes!("link", "link--target")}>
                    { messages.t(Msg::Change) }<span class="visually-hidden">{ format!(" {key}") }</span>
                </Link>
            </dd>
        </div>
    }
}

/// The page of the record that asks a page's questions.
pub fn page_route(record: Uuid, page: PageId) -> Route {
    match page {
        PageId::CaseNumber => Route::CaseNumber(record),
        PageId::CaseDetails => Route::CaseDetails(record),
        PageId::Child(child) => Route::Child(record, child),
        PageId::Adult(adult) => Route::Adult(record, adult),
        PageId::Visit(visit) => Route::Visit(record, visit),
        PageId::Checks => Route::Checks(record),
        PageId::Risk => Route::Risk(record),
        PageId::Welfare(child) => Route::ChildWelfare(record, child),
        PageId::Recommendation => Route::Recommendation(record),
        // The child's voice
        PageId::SessionSetup(session) => Route::SessionSetup(record, session),
        PageId::SessionAfter(session) => Route::SessionAfter(record, session),
        PageId::SessionSafety(session) => Route::SessionSafety(record, session),
        PageId::SessionTold(session) => Route::SessionTold(record, session),
    }
}
