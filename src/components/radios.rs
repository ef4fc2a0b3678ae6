use casevoice_core::Msg;
use yew::prelude::*;

use super::field_parts::Fieldset;
use crate::hooks::{use_messages, Messages};

/// One answer to choose, for radios and checkboxes alike.
#[derive(Clone, Debug, PartialEq)]
pub struct RadioOption {
    /// What the record stores when this answer is chosen.
    pub value: AttrValue,
    pub label: Msg,
    pub hint: Option<Msg>,
}

impl RadioOption {
    pub fn new(value: impl Into<AttrValue>, label: Msg) -> Self {
        RadioOption {
            value: value.into(),
            label,
            hint: None,
        }
    }

    pub fn with_hint(self, hint: Msg) -> Self {
        RadioOption {
            hint: Some(hint),
            ..self
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    /// The field's id: the first radio's id, which error summary links point at.
    pub id: AttrValue,
    pub legend: Msg,
    #[prop_or_default]
    pub legend_is_page_heading: bool,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub hint: Option<Msg>,
    /// The inline error, already worded by the page.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub options: Vec<RadioOption>,
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    pub on_change: Callback<AttrValue>,
    /// Side by side, for two short answers such as yes and no.
    #[prop_or_default]
    pub inline: bool,
    /// Content shown under the option with this value only while it is chosen.
    #[prop_or_default]
    pub conditional: Option<(AttrValue, Html)>,
    // Visits
    /// The legend's words in full, for a question asked once per child that names
    /// the child ("Was Ola Nowak seen?"); `legend`'s words otherwise.
    #[prop_or_default]
    pub legend_words: Option<AttrValue>,
}

/// GOV.UK radios: one answer from a few. The error is part of the fieldset's
/// description rather than `aria-invalid` on each radio, which ARIA 1.2
/// deprecates for radios: it is the group that is unanswered, not one radio.
#[function_component(Radios)]
pub fn radios(props: &RadiosProps) -> Html {
    let messages = use_messages();
    let items = props.options.iter().enumerate().map(|(index, option)| {
        let on_change = props.on_change.clone();
        let value = option.value.clone();
        choice_item(
            messages,
            Choice {
                kind: ChoiceKind::Radio,
                id: option_id(&props.id, index),
                name: &props.id,
                option,
                checked: props.selected.as_ref() == Some(&option.value),
                onchange: Callback::from(move |_: Event| on_change.emit(value.clone())),
                conditional: conditional_for(&props.conditional, option),
            },
        )
    });
    html! {
        <Fieldset
            id={props.id.clone()}
            legend={props.legend}
            optional={props.optional}
            legend_is_page_heading={props.legend_is_page_heading}
            hint={props.hint}
            error={props.error.clone()}
            legend_words={props.legend_words.clone()}
        >
            <div class={classes!("radios", props.inline.then_some("radios--inline"))}>
                { for items }
            </div>
        </Fieldset>
    }
}

/// The first option's id is the field's own, so that a link to the field lands
/// on it; GOV.UK numbers the rest from 2.
pub(crate) fn option_id(id: &str, index: usize) -> String {
    match index {
        0 => id.to_string(),
        _ => format!("{id}-{}", index + 1),
    }
}

pub(crate) fn conditional_for<'a>(
    conditional: &'a Option<(AttrValue, Html)>,
    option: &RadioOption,
) -> Option<&'a Html> {
    conditional
        .as_ref()
        .filter(|(value, _)| *value == option.value)
        .map(|(_, content)| content)
}

#[derive(Clone, Copy)]
pub(crate) enum ChoiceKind {
    Radio,
    Checkbox,
}

pub(crate) struct Choice<'a> {
    pub kind: ChoiceKind,
    pub id: String,
    pub name: &'a AttrValue,
    pub option: &'a RadioOption,
    pub checked: bool,
    pub onchange: Callback<Event>,
    pub conditional: Option<&'a Html>,
}

/// One radio or checkbox with its label and hint, and any content it reveals.
/// Revealed content stays in the page, hidden, while its option is not chosen, so
/// `aria-controls` always points at something, as GOV.UK's conditional reveal does.
pub(crate) fn choice_item(messages: Messages, choice: Choice) -> Html {
    let (block, input_type) = match choice.kind {
        ChoiceKind::Radio => ("radios", "radio"),
        ChoiceKind::Checkbox => ("checkboxes", "checkbox"),
    };
    let hint_id = format!("{}-item-hint", choice.id);
    let conditional_id = format!("conditional-{}", choice.id);
    let option = choice.option;
    html! {
        <>
            <div class={format!("{block}__item")}>
                <input
                    class={format!("{block}__input")}
                    id={choice.id.clone()}
                    name={choice.name.clone()}
                    type={input_type}
                    value={option.value.clone()}
                    checked={choice.checked}
                    aria-describedby={option.hint.map(|_| hint_id.clone())}
                    aria-controls={choice.conditional.map(|_| conditional_id.clone())}
                    onchange={choice.onchange}
                />
                <label class={classes!("label", format!("{block}__label"))} for={choice.id.clone()}>
                    { messages.t(option.label) }
                </label>
                if let Some(hint) = option.hint {
                    <div id={hint_id} class={classes!("hint", format!("{block}__hint"))}>{ messages.t(hint) }</div>
                }
            </div>
            if let Some(content) = choice.conditional {
                <div id={conditional_id} class={format!("{block}__conditional")} hidden={!choice.checked}>
                    { content.clone() }
                </div>
            }
        </>
    }
}
