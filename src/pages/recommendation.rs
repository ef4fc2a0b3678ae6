//! The recommendation and sign-off: one page of case-level questions, with the
//! manager review as an optional group at the end (see
//! [`casevoice_core::recommendation`] for its rule).

use std::rc::Rc;

use casevoice_core::recommendation::{FurtherReport, ManagerDecision, DECLARATION_CONFIRMED};
use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{use_page_form, PageForm};
use super::questions::{options, Questions};
use super::{use_record, LoadingPage, RecordLookup, RecordNotFoundPage};
use crate::components::{BackLink, ErrorSummary, RadioOption};
use crate::hooks::use_messages;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct RecommendationPageProps {
    pub id: Uuid,
}

#[function_component(RecommendationPage)]
pub fn recommendation_page(props: &RecommendationPageProps) -> Html {
    match use_record(props.id) {
        RecordLookup::Found(record) => html! { <RecommendationForm {record} /> },
        RecordLookup::Loading => html! { <LoadingPage /> },
        RecordLookup::Missing => html! { <RecordNotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
struct RecommendationFormProps {
    record: Rc<CaseRecord>,
}

/// The recommendation, whether a further report is needed, the practitioner's
/// declaration and the manager's review.
#[function_component(RecommendationForm)]
fn recommendation_form(props: &RecommendationFormProps) -> Html {
    let messages = use_messages();
    let id = props.record.id;
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        &props.record,
        PageId::Recommendation,
        Msg::RecommendationTitle,
        Route::Record(id),
    );

    let q = Questions {
        record: &props.record,
        editor: &editor,
        submitted: &submitted,
        lang: messages.lang,
    };
    let case = Field::case;
    let reports: Vec<RadioOption> = options(
        FurtherReport::ALL.iter(),
        FurtherReport::code,
        Msg::FurtherReport,
    );
    let decisions: Vec<RadioOption> = options(
        ManagerDecision::ALL.iter(),
        ManagerDecision::code,
        Msg::ManagerDecision,
    );
    let declaration = vec![RadioOption::new(
        DECLARATION_CONFIRMED,
        Msg::DeclarationConfirm,
    )];
    let manager_heading = format!(
        "{} {}",
        messages.t(Msg::ManagerReviewHeading),
        messages.t(Msg::Optional)
    );

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(&props.record))} />
            <h1 class="heading-l">{ messages.t(Msg::RecommendationTitle) }</h1>
            <form novalidate=true {onsubmit}>
                { q.long_text(case(Question::Recommendation), 10) }
                { q.radios(case(Question::FurtherReport), reports, false) }
                { q.checkboxes(case(Question::PractitionerDeclaration), declaration, None, None) }
                <h2 class="heading-m">{ manager_heading }</h2>
                <p class="body">{ messages.t(Msg::ManagerReviewIntro) }</p>
                { q.text(case(Question::ManagerName), "input--width-20") }
                { q.date(case(Question::ManagerReviewDate)) }
                { q.radios(case(Question::ManagerDecision), decisions, false) }
                { q.long_text(case(Question::ManagerComments), 5) }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
