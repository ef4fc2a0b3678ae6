use std::rc::Rc;

use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{use_page_form, PageForm};
use super::questions::Questions;
use super::{show_record, use_record};
use crate::components::{BackLink, ErrorSummary};
use crate::hooks::use_messages;
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct ChecksPageProps {
    pub id: Uuid,
}

#[function_component(ChecksPage)]
pub fn checks_page(props: &ChecksPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <ChecksForm {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct ChecksFormProps {
    record: Rc<CaseRecord>,
}

/// The police and local authority checks on each adult.
#[function_component(ChecksForm)]
fn checks_form(props: &ChecksFormProps) -> Html {
    let messages = use_messages();
    let id = props.record.id;
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        &props.record,
        PageId::Checks,
        Msg::ChecksTitle,
        Route::Risk(id),
    );
    let q = Questions {
        record: &props.record,
        editor: &editor,
        submitted: &submitted,
        lang: messages.lang,
    };
    let check = |adult: Uuid, title: Msg, [requested, received, outcome]: [Question; 3]| {
        html! {
            <fieldset class="fieldset fieldset--group">
                <legend class="fieldset__legend fieldset__legend--m">{ messages.t(title) }</legend>
                { q.date(Field::adult(adult, requested)) }
                { q.date(Field::adult(adult, received)) }
                { q.textarea(Field::adult(adult, outcome), 3) }
            </fieldset>
        }
    };
    let adults = props.record.adults.iter().map(|adult| {
        let name = adult.display_name().unwrap_or_else(|| messages.t(Msg::UnnamedAdult).to_string());
        html! {
            <section key={adult.id.to_string()}>
                <h2 class="heading-m">{ name }</h2>
                { check(adult.id, Msg::PoliceCheck, [
                    Question::AdultPoliceRequested, Question::AdultPoliceReceived, Question::AdultPoliceOutcome,
                ]) }
                { check(adult.id, Msg::LocalAuthorityCheck, [
                    Question::AdultLocalAuthorityRequested,
                    Question::AdultLocalAuthorityReceived,
                    Question::AdultLocalAuthorityOutcome,
                ]) }
            </section>
        }
    });

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(&props.record))} />
            <h1 class="heading-l">{ messages.t(Msg::ChecksTitle) }</h1>
            if props.record.adults.is_empty() {
                <p class="body">{ messages.t(Msg::ChecksNoAdults) }</p>
                <p class="body">
                    <Link to={Route::Adults(id)} classes={classes!("link")}>{ messages.t(Msg::AdultsTitle) }</Link>
                </p>
            } else {
                <p class="body">{ messages.t(Msg::ChecksIntro) }</p>
            }
            <form novalidate=true {onsubmit}>
                { for adults }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
