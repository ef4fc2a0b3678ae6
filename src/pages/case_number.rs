use std::rc::Rc;

use casevoice_core::validation::field;
use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{use_page_form, Answers, PageForm};
use super::{show_record, use_record};
use crate::components::{BackLink, ErrorSummary, TextInput};
use crate::hooks::use_messages;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct CaseNumberPageProps {
    pub id: Uuid,
}

#[function_component(CaseNumberPage)]
pub fn case_number_page(props: &CaseNumberPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <CaseNumberQuestion {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct CaseNumberQuestionProps {
    record: Rc<CaseRecord>,
}

/// The first question of a new record, on a page of its own: the case number.
#[function_component(CaseNumberQuestion)]
fn case_number_question(props: &CaseNumberQuestionProps) -> Html {
    let messages = use_messages();
    let id = props.record.id;
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        &props.record,
        PageId::CaseNumber,
        Msg::CaseNumberLabel,
        Route::CaseDetails(id),
    );
    let case_number = Field::case(Question::CaseNumber);

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(&props.record))} />
            <form novalidate=true {onsubmit}>
                <TextInput
                    id={field::CASE_NUMBER}
                    label={Msg::CaseNumberLabel}
                    label_is_page_heading=true
                    hint={Msg::CaseNumberHint}
                    value={Answers(&props.record).text(case_number)}
                    error={submitted.error(field::CASE_NUMBER, messages.lang)}
                    on_input={editor.on_text(case_number)}
                    width={classes!("input--width-10")}
                    is_code=true
                />
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
