use std::rc::Rc;

use casevoice_core::choices::AdultRole;
use casevoice_core::messages::hint;
use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{use_page_form, Answers, PageForm};
use super::questions::{options, yes_no_options, Questions};
use super::same_address::same_address;
use super::{show_record_holding, use_record};
use crate::components::{BackLink, ErrorSummary, TextInput};
use crate::hooks::use_messages;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct AdultPageProps {
    pub id: Uuid,
    pub adult: Uuid,
}

#[function_component(AdultPage)]
pub fn adult_page(props: &AdultPageProps) -> Html {
    let adult = props.adult;
    show_record_holding(
        use_record(props.id),
        |record| record.adult(adult).is_some(),
        |record| html! { <AdultForm {record} {adult} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AdultFormProps {
    record: Rc<CaseRecord>,
    adult: Uuid,
}

/// Everything the record holds about one adult, with their relationship to each
/// child in the record.
#[function_component(AdultForm)]
fn adult_form(props: &AdultFormProps) -> Html {
    let messages = use_messages();
    let (id, adult) = (props.record.id, props.adult);
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        &props.record,
        PageId::Adult(adult),
        Msg::AdultDetailsTitle,
        Route::Adults(id),
    );

    let q = Questions {
        record: &props.record,
        editor: &editor,
        submitted: &submitted,
        lang: messages.lang,
    };
    let field = |question| Field::adult(adult, question);
    let roles = options(AdultRole::ALL.iter(), AdultRole::code, Msg::AdultRole);
    let relationships = props.record.children.iter().map(|child| {
        let field = Field::adult_about_child(adult, child.id, Question::AdultRelationship);
        let dom_id = field.dom_id(&props.record).unwrap_or_default();
        let name = child.display_name().unwrap_or_else(|| messages.t(Msg::UnnamedChild).to_string());
        html! {
            <TextInput id={dom_id.clone()} label={Msg::Label(Question::AdultRelationship)} label_suffix={AttrValue::from(name)}
                hint={hint(Question::AdultRelationship)} value={Answers(&props.record).text(field)}
                error={submitted.error(&dom_id, messages.lang)} on_input={editor.on_text(field)}
                width={classes!("input--width-20")} />
        }
    });
    let name = props.record.adult(adult).and_then(|a| a.display_name());

    html! {
        <>
            <BackLink to={Route::Adults(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(&props.record))} />
            if let Some(name) = name {
                <span class="caption-l">{ name }</span>
            }
            <h1 class="heading-l">{ messages.t(Msg::AdultDetailsTitle) }</h1>
            <form novalidate=true {onsubmit}>
                { q.text(field(Question::AdultName), "input--width-20") }
                { q.radios(field(Question::AdultRole), roles, false) }
                { for relationships }
                { q.date(field(Question::AdultDateOfBirth)) }
                { same_address(&props.record, &editor, adult, field(Question::AdultAddress), field(Question::AdultPostcode)) }
                { q.textarea(field(Question::AdultAddress), 3) }
                { q.code(field(Question::AdultPostcode), "input--width-10") }
                { q.text(field(Question::AdultPhone), "input--width-20") }
                { q.text(field(Question::AdultEmail), "input--width-20") }
                { q.text(field(Question::AdultLegalRepresentative), "") }
                { q.radios(field(Question::AdultInterpreterNeeded), yes_no_options(), true) }
                { q.radios(field(Question::AdultContactConfidential), yes_no_options(), true) }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
