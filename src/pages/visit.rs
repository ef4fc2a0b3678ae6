use std::rc::Rc;

use casevoice_core::choices::VisitType;
use casevoice_core::messages::{about_child_legend, hint};
use casevoice_core::visit::NOTES_LIMIT;
use casevoice_core::{CaseRecord, Field, Msg, PageId, Question};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{use_page_form, Answers, PageForm};
use super::questions::{options, yes_no_options, Questions};
use super::{show_record_holding, use_record};
use crate::components::{BackLink, ErrorSummary, Radios, TextInput, Textarea};
use crate::hooks::use_messages;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct VisitPageProps {
    pub id: Uuid,
    pub visit: Uuid,
}

#[function_component(VisitPage)]
pub fn visit_page(props: &VisitPageProps) -> Html {
    let visit = props.visit;
    show_record_holding(
        use_record(props.id),
        |record| record.visit(visit).is_some(),
        |record| html! { <VisitForm {record} {visit} /> },
    )
}

#[derive(Properties, PartialEq)]
struct VisitFormProps {
    record: Rc<CaseRecord>,
    visit: Uuid,
}

/// One visit or contact: when, what kind, where and with whom, whether each child
/// in the record was seen and seen alone, and the notes.
#[function_component(VisitForm)]
fn visit_form(props: &VisitFormProps) -> Html {
    let messages = use_messages();
    let (id, visit) = (props.record.id, props.visit);
    let PageForm {
        editor,
        submitted,
        onsubmit,
    } = use_page_form(
        &props.record,
        PageId::Visit(visit),
        Msg::VisitDetailsTitle,
        Route::Visits(id),
    );

    let q = Questions {
        record: &props.record,
        editor: &editor,
        submitted: &submitted,
        lang: messages.lang,
    };
    let field = |question| Field::visit(visit, question);
    let dom_id = |field: Field| field.dom_id(&props.record).unwrap_or_default();
    let answers = Answers(&props.record);
    let types = options(VisitType::ALL.iter(), VisitType::code, Msg::VisitType);
    let this_visit = props.record.visit(visit);
    let caption = this_visit.and_then(|v| v.display_name(messages.lang));
    let place_is_optional = this_visit.is_some_and(|v| v.place_is_optional());

    let place = {
        let field = field(Question::VisitPlace);
        let id = dom_id(field);
        html! {
            <TextInput id={id.clone()} label={Msg::Label(Question::VisitPlace)} optional={place_is_optional}
                hint={hint(Question::VisitPlace)} value={answers.text(field)}
                error={submitted.error(&id, messages.lang)} on_input={editor.on_text(field)} />
        }
    };

    let per_child = props.record.children.iter().map(|child| {
        let name = child
            .display_name()
            .unwrap_or_else(|| messages.t(Msg::UnnamedChild).to_string());
        let radios = |question: Question, inline: bool, conditional: Option<(AttrValue, Html)>| {
            let field = Field::visit_about_child(visit, child.id, question);
            let id = dom_id(field);
            html! {
                <Radios id={id.clone()} legend={Msg::Label(question)}
                    legend_words={AttrValue::from(about_child_legend(question, &name, messages.lang))}
                    hint={hint(question)} options={yes_no_options()} {inline} {conditional}
                    selected={answers.choice(field)} error={submitted.error(&id, messages.lang)}
                    on_change={editor.on_choice(field)} />
            }
        };
        let alone = radios(Question::VisitSeenAlone, true, None);
        // Not inline: GOV.UK reveals a follow-up question only under stacked radios.
        radios(Question::VisitSeen, false, Some((AttrValue::from("yes"), alone)))
    });

    let notes = {
        let field = field(Question::VisitNotes);
        let id = dom_id(field);
        html! {
            <Textarea id={id.clone()} label={Msg::Label(Question::VisitNotes)} hint={hint(Question::VisitNotes)}
                value={answers.text(field)} error={submitted.error(&id, messages.lang)}
                on_input={editor.on_text(field)} limit={Some(NOTES_LIMIT)} rows={8} />
        }
    };

    html! {
        <>
            <BackLink to={Route::Visits(id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} record={Some(Rc::clone(&props.record))} />
            if let Some(caption) = caption {
                <span class="caption-l">{ caption }</span>
            }
            <h1 class="heading-l">{ messages.t(Msg::VisitDetailsTitle) }</h1>
            <form novalidate=true {onsubmit}>
                { q.date(field(Question::VisitDate)) }
                { q.text(field(Question::VisitStartTime), "input--width-10") }
                { q.text(field(Question::VisitEndTime), "input--width-10") }
                { q.radios(field(Question::VisitType), types, false) }
                { place }
                { q.text(field(Question::VisitPresent), "") }
                { for per_child }
                { notes }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
