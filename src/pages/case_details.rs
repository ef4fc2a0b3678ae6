use std::rc::Rc;

use casevoice_core::choices::{HearingType, Proceeding};
use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{use_page_form, PageForm};
use super::questions::{options, Questions};
use super::{show_record, use_record};
use crate::components::{BackLink, ErrorSummary, RadioOption};
use crate::hooks::use_messages;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct CaseDetailsPageProps {
    pub id: Uuid,
}

#[function_component(CaseDetailsPage)]
pub fn case_details_page(props: &CaseDetailsPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <CaseDetailsForm {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct CaseDetailsFormProps {
    record: Rc<CaseRecord>,
}

/// The court, the proceedings, the dates and who is working on the case.
#[function_component(CaseDetailsForm)]
fn case_details_form(props: &CaseDetailsFormProps) -> Html {
    let messages = use_messages();
    let id = props.record.id;
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        &props.record,
        PageId::CaseDetails,
        Msg::CaseDetailsTitle,
        Route::Record(id),
    );

    let q = Questions {
        record: &props.record,
        editor: &editor,
        submitted: &submitted,
        lang: messages.lang,
    };
    let case = Field::case;
    let proceedings: Vec<RadioOption> =
        options(Proceeding::ALL.iter(), Proceeding::code, Msg::Proceeding);
    let hearing_types: Vec<RadioOption> =
        options(HearingType::ALL.iter(), HearingType::code, Msg::HearingType);
    let other = (
        AttrValue::from(Proceeding::Other.code()),
        q.text(case(Question::ProceedingsOther), ""),
    );

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(&props.record))} />
            <h1 class="heading-l">{ messages.t(Msg::CaseDetailsTitle) }</h1>
            <form novalidate=true {onsubmit}>
                { q.text(case(Question::Court), "") }
                { q.checkboxes(case(Question::Proceedings), proceedings, None, Some(other)) }
                if props.record.is_public_law() {
                    { q.text(case(Question::LocalAuthority), "") }
                }
                { q.date(case(Question::ApplicationDate)) }
                { q.date(case(Question::NextHearingDate)) }
                { q.radios(case(Question::NextHearingType), hearing_types, false) }
                { q.text(case(Question::PractitionerName), "input--width-20") }
                { q.text(case(Question::PractitionerTeam), "input--width-20") }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
