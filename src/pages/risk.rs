use std::rc::Rc;

use casevoice_core::codes::Factor;
use casevoice_core::safeguarding::Harm;
use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{use_page_form, PageForm};
use super::questions::{options, Questions};
use super::voice::SessionSafetyActions;
use super::{show_record, use_record};
use crate::components::{BackLink, ErrorSummary, RadioOption};
use crate::hooks::use_messages;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct RiskPageProps {
    pub id: Uuid,
}

#[function_component(RiskPage)]
pub fn risk_page(props: &RiskPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <RiskForm {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct RiskFormProps {
    record: Rc<CaseRecord>,
}

/// Risk factors, the harm to each child and what is happening for them, what
/// has been done, and the referral to the local authority.
#[function_component(RiskForm)]
fn risk_form(props: &RiskFormProps) -> Html {
    let messages = use_messages();
    let id = props.record.id;
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        &props.record,
        PageId::Risk,
        Msg::RiskTitle,
        Route::Record(id),
    );
    let q = Questions {
        record: &props.record,
        editor: &editor,
        submitted: &submitted,
        lang: messages.lang,
    };
    let factors = options(
        Factor::ALL.iter().filter(|f| **f != Factor::NoFactors),
        Factor::code,
        Msg::Factor,
    );
    let no_factors = RadioOption::new(Factor::NoFactors.code(), Msg::Factor(Factor::NoFactors));
    let harms: Vec<RadioOption> = options(Harm::ALL.iter(), Harm::code, Msg::Harm);
    let children = props.record.children.iter().map(|child| {
        let name = child
            .display_name()
            .unwrap_or_else(|| messages.t(Msg::UnnamedChild).to_string());
        html! {
            <section key={child.id.to_string()}>
                <h2 class="heading-m">{ format!("{} {name}", messages.t(Msg::HarmForChild)) }</h2>
                { q.radios(Field::child(child.id, Question::ChildHarm), harms.clone(), false) }
                { q.textarea(Field::child(child.id, Question::ChildWhatIsHappening), 5) }
            </section>
        }
    });

    html! {
        <>
            <BackLink to={Route::Checks(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(&props.record))} />
            <h1 class="heading-l">{ messages.t(Msg::RiskTitle) }</h1>
            <form novalidate=true {onsubmit}>
                { q.checkboxes(Field::case(Question::RiskFactors), factors, Some(no_factors), None) }
                { for children }
                { q.textarea(Field::case(Question::ImmediateActions), 5) }
                // The child's voice: actions recorded on the children's sessions, read-only here.
                <SessionSafetyActions record={Rc::clone(&props.record)} />
                { q.date(Field::case(Question::ReferralDate)) }
                { q.text(Field::case(Question::ReferralReference), "input--width-20") }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
