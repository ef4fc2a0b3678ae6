use std::rc::Rc;

use casevoice_core::messages::problem_text;
use casevoice_core::validation::field;
use casevoice_core::{
    validate_page, Answer, CaseRecord, Field, Msg, PageId, Problem, Question, RecordAction,
};
use uuid::Uuid;
use yew::prelude::*;

use super::{use_record, LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::clock;
use crate::components::{BackLink, ErrorSummary, TextInput};
use crate::hooks::{use_messages, use_title};
use crate::router::{use_navigate, Route};
use crate::state::{AppAction, AppContext};

#[derive(Properties, PartialEq)]
pub struct CaseNumberPageProps {
    pub id: Uuid,
}

#[function_component(CaseNumberPage)]
pub fn case_number_page(props: &CaseNumberPageProps) -> Html {
    match use_record(props.id) {
        RecordLookup::Found(record) => html! { <CaseNumberQuestion {record} /> },
        RecordLookup::Loading => html! { <LoadingPage /> },
        RecordLookup::Missing => html! { <RecordNotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct CaseNumberQuestionProps {
    record: Rc<CaseRecord>,
}

/// Problems found when the page was last submitted; they stay on show until the
/// next submission, as GOV.UK forms do, rather than changing while the user types.
#[derive(Clone, Default, PartialEq)]
struct Submitted {
    problems: Vec<Problem>,
    count: u32,
}

#[function_component(CaseNumberQuestion)]
fn case_number_question(props: &CaseNumberQuestionProps) -> Html {
    let messages = use_messages();
    let app = use_context::<AppContext>();
    let navigate = use_navigate();
    let submitted = use_state(Submitted::default);
    use_title(Msg::CaseNumberLabel, !submitted.problems.is_empty());
    let id = props.record.id;

    let on_input = {
        let app = app.clone();
        Callback::from(move |typed: String| {
            if let Some(app) = &app {
                app.dispatch(AppAction::Edit {
                    id,
                    action: RecordAction::Set(
                        Field::case(Question::CaseNumber),
                        Answer::Text(typed),
                    ),
                    at: clock::now(),
                });
            }
        })
    };

    let onsubmit = {
        let submitted = submitted.clone();
        let record = Rc::clone(&props.record);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let problems = validate_page(PageId::CaseNumber, &record, clock::today());
            let passed = problems.is_empty();
            submitted.set(Submitted {
                problems,
                count: submitted.count + 1,
            });
            if passed {
                if let Some(app) = &app {
                    app.dispatch(AppAction::Edit {
                        id,
                        action: RecordAction::SubmitPage(PageId::CaseNumber),
                        at: clock::now(),
                    });
                }
                navigate.emit(Route::CaseDetails(id));
            }
        })
    };

    let error = submitted
        .problems
        .iter()
        .find(|p| p.field == field::CASE_NUMBER)
        .map(|p| AttrValue::from(problem_text(p.code, messages.lang)));

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} />
            <form novalidate=true {onsubmit}>
                <TextInput
                    id={field::CASE_NUMBER}
                    label={Msg::CaseNumberLabel}
                    label_is_page_heading=true
                    hint={Msg::CaseNumberHint}
                    value={props.record.case_details.case_number.clone()}
                    {error}
                    {on_input}
                    width={classes!("input--width-10")}
                    is_code=true
                />
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
