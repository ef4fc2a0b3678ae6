//! The pieces every question shares: the question's words, hint, error message and
//! the fieldset that groups several inputs under one legend. Keeping them in one
//! place keeps the ids that `aria-describedby` points at the same in every field.

use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::{use_messages, Messages};

pub(crate) fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

pub(crate) fn error_id(id: &str) -> String {
    format!("{id}-error")
}

/// The ids present, space-separated, or no attribute at all: an empty
/// `aria-describedby` would point at nothing.
pub(crate) fn described_by<const N: usize>(ids: [Option<String>; N]) -> Option<AttrValue> {
    let ids: Vec<String> = ids.into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" ").into())
}

/// The hint and error ids a field's description lists, in reading order.
pub(crate) fn hint_and_error_ids(
    id: &str,
    hint: Option<Msg>,
    error: Option<&AttrValue>,
) -> [Option<String>; 2] {
    [hint.map(|_| hint_id(id)), error.map(|_| error_id(id))]
}

/// The question's words, with "(optional)" after them when it need not be answered,
/// so that no one has to guess from an absent asterisk.
pub(crate) fn question_text(messages: Messages, label: Msg, optional: bool) -> String {
    if optional {
        format!("{} {}", messages.t(label), messages.t(Msg::Optional))
    } else {
        messages.t(label).to_string()
    }
}

pub(crate) fn hint(messages: Messages, id: &str, hint: Option<Msg>) -> Html {
    match hint {
        Some(hint) => html! { <div id={hint_id(id)} class="hint">{ messages.t(hint) }</div> },
        None => Html::default(),
    }
}

/// The inline error, worded by the page, with "Error:" for screen readers so the
/// message is not signalled by its red colour alone.
pub(crate) fn error_message(messages: Messages, id: &str, error: Option<&AttrValue>) -> Html {
    match error {
        Some(error) => html! {
            <p id={error_id(id)} class="error-message">
                <span class="visually-hidden">{ messages.t(Msg::ErrorInlinePrefix) }</span>
                { " " }{ error.clone() }
            </p>
        },
        None => Html::default(),
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct FieldsetProps {
    /// The field's id, from which the hint and error ids are made.
    pub id: AttrValue,
    pub legend: Msg,
    pub optional: bool,
    pub legend_is_page_heading: bool,
    pub hint: Option<Msg>,
    pub error: Option<AttrValue>,
    /// `role="group"`, which GOV.UK adds to date inputs so that VoiceOver reads
    /// the legend with each box.
    #[prop_or_default]
    pub is_group: bool,
    pub children: Html,
    // Visits
    /// The legend's words in full when they name someone; see `RadiosProps`.
    #[prop_or_default]
    pub legend_words: Option<AttrValue>,
}

/// A form group holding one question answered with several inputs: the legend
/// names the question, and the hint and error are the fieldset's description, so
/// they are read once on entering it rather than with every input.
#[function_component(Fieldset)]
pub(crate) fn fieldset(props: &FieldsetProps) -> Html {
    let messages = use_messages();
    let legend = match &props.legend_words {
        // Visits
        Some(words) if props.optional => format!("{words} {}", messages.t(Msg::Optional)),
        Some(words) => words.to_string(),
        None => question_text(messages, props.legend, props.optional),
    };
    let describedby = described_by(hint_and_error_ids(
        &props.id,
        props.hint,
        props.error.as_ref(),
    ));
    html! {
        <div class={classes!("form-group", props.error.as_ref().map(|_| "form-group--error"))}>
            <fieldset class="fieldset" role={props.is_group.then_some("group")} aria-describedby={describedby}>
                if props.legend_is_page_heading {
                    <legend class="fieldset__legend fieldset__legend--l">
                        <h1 class="fieldset__heading">{ legend }</h1>
                    </legend>
                } else {
                    <legend class="fieldset__legend">{ legend }</legend>
                }
                { hint(messages, &props.id, props.hint) }
                { error_message(messages, &props.id, props.error.as_ref()) }
                { props.children.clone() }
            </fieldset>
        </div>
    }
}
