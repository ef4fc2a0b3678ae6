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
    let names = ChoiceNames::of(choice.kind);
    let option = choice.option;
    // Made only for an option that has a hint or reveals content: a page of
    // many choices renders hundreds of options, and "Check answers" renders
    // every unanswered one again.
    let hint_id = option.hint.map(|_| format!("{}-item-hint", choice.id));
    let conditional_id = choice
        .conditional
        .map(|_| format!("conditional-{}", choice.id));
    html! {
        <>
            <div class={names.item}>
                <input
                    class={names.input}
                    id={choice.id.clone()}
                    name={choice.name.clone()}
                    type={names.input_type}
                    value={option.value.clone()}
                    checked={choice.checked}
                    aria-describedby={hint_id.clone()}
                    aria-controls={conditional_id.clone()}
                    onchange={choice.onchange}
                />
                <label class={classes!("label", names.label)} for={choice.id.clone()}>
                    { messages.t(option.label) }
                </label>
                if let (Some(hint), Some(hint_id)) = (option.hint, hint_id) {
                    <div id={hint_id} class={classes!("hint", names.hint)}>{ messages.t(hint) }</div>
                }
            </div>
            if let (Some(content), Some(conditional_id)) = (choice.conditional, conditional_id) {
                <div id={conditional_id} class={names.conditional} hidden={!choice.checked}>
                    { content.clone() }
                </div>
            }
        </>
    }
}

/// The GOV.UK class names of one kind of choice, written out so that no option
/// formats them.
struct ChoiceNames {
    input_type: &'static str,
    item: &'static str,
    input: &'static str,
    label: &'static str,
    hint: &'static str,
    conditional: &'static str,
}

impl ChoiceNames {
    fn of(kind: ChoiceKind) -> Self {
        match kind {
            ChoiceKind::Radio => ChoiceNames {
                input_type: "radio",
                item: "radios__item",
                input: "radios__input",
                label: "radios__label",
                hint: "radios__hint",
                conditional: "radios__conditional",
            },
            ChoiceKind::Checkbox => ChoiceNames {
                input_type: "checkbox",
                item: "checkboxes__item",
                input: "checkboxes__input",
                label: "checkboxes__label",
                hint: "checkboxes__hint",
                conditional: "checkboxes__conditional",
            },
        }
    }
}
