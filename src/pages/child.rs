use std::rc::Rc;

use casevoice_core::choices::Sex;
use casevoice_core::codes::{Disability, Ethnicity};
use casevoice_core::dates::{age_in_years, parse_date_parts};
use casevoice_core::messages::age_text;
use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{use_page_form, PageForm};
use super::questions::{options, yes_no_options, Questions};
use super::same_address::same_address;
use super::{show_record_holding, use_record};
use crate::components::{BackLink, ErrorSummary, RadioOption};
use crate::hooks::use_messages;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct ChildPageProps {
    pub id: Uuid,
    pub child: Uuid,
}

#[function_component(ChildPage)]
pub fn child_page(props: &ChildPageProps) -> Html {
    let child = props.child;
    show_record_holding(
        use_record(props.id),
        |record| record.child(child).is_some(),
        |record| html! { <ChildForm {record} {child} /> },
    )
}

#[derive(Properties, PartialEq)]
struct ChildFormProps {
    record: Rc<CaseRecord>,
    child: Uuid,
}

/// Everything the record holds about one child.
#[function_component(ChildForm)]
fn child_form(props: &ChildFormProps) -> Html {
    let messages = use_messages();
    let (id, child) = (props.record.id, props.child);
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        &props.record,
        PageId::Child(child),
        Msg::ChildDetailsTitle,
        Route::Children(id),
    );

    let q = Questions {
        record: &props.record,
        editor: &editor,
        submitted: &submitted,
        lang: messages.lang,
    };
    let field = |question| Field::child(child, question);
    let sexes = options(Sex::ALL.iter(), Sex::code, Msg::Sex);
    let ethnicities = options(Ethnicity::ALL.iter(), Ethnicity::code, Msg::Ethnicity);
    let disabilities = options(
        Disability::ALL
            .iter()
            .filter(|d| **d != Disability::NoDisability),
        Disability::code,
        Msg::Disability,
    );
    let no_disability = RadioOption::new(
        Disability::NoDisability.code(),
        Msg::Disability(Disability::NoDisability),
    );
    let name = props.record.child(child).and_then(|c| c.display_name());
    // Shown once the date of birth is a real date, so a typo in the year shows up
    // as an age that cannot be right.
    let age = props
        .record
        .child(child)
        .and_then(|c| parse_date_parts(&c.date_of_birth).ok())
        .and_then(|born| age_in_years(born, crate::clock::today()))
        .map(|years| age_text(years, messages.lang));

    html! {
        <>
            <BackLink to={Route::Children(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(&props.record))} />
            if let Some(name) = name {
                <span class="caption-l">{ name }</span>
            }
            <h1 class="heading-l">{ messages.t(Msg::ChildDetailsTitle) }</h1>
            <form novalidate=true {onsubmit}>
                { q.text(field(Question::ChildFirstNames), "input--width-20") }
                { q.text(field(Question::ChildLastName), "input--width-20") }
                { q.text(field(Question::ChildKnownAs), "input--width-20") }
                { q.date(field(Question::ChildDateOfBirth)) }
                if let Some(age) = age {
                    <p class="body age" data-age="">{ age }</p>
                }
                { q.radios(field(Question::ChildSex), sexes, true) }
                { q.text(field(Question::ChildGenderIdentity), "input--width-20") }
                { q.radios(field(Question::ChildEthnicity), ethnicities, false) }
                { q.text(field(Question::ChildFirstLanguage), "input--width-20") }
                { q.radios(field(Question::ChildInterpreterNeeded), yes_no_options(), true) }
                { q.checkboxes(field(Question::ChildDisabilities), disabilities, Some(no_disability), None) }
                { q.code(field(Question::ChildNhsNumber), "input--width-10") }
                { q.code(field(Question::ChildUpn), "input--width-20") }
                { q.text(field(Question::ChildSchool), "") }
                { same_address(&props.record, &editor, child, field(Question::ChildAddress), field(Question::ChildPostcode)) }
                { q.textarea(field(Question::ChildAddress), 3) }
                { q.code(field(Question::ChildPostcode), "input--width-10") }
                { q.text(field(Question::ChildLivesWith), "") }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
