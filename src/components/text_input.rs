use casevoice_core::Msg;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_parts::{described_by, error_message, hint, hint_and_error_ids, question_text};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct TextInputProps {
    /// The input's id, which error summary links point at.
    pub id: AttrValue,
    pub label: Msg,
    /// Words that finish the label, for a question asked once per person: the
    /// name in "Relationship to Ola Nowak".
    #[prop_or_default]
    pub label_suffix: Option<AttrValue>,
    /// The question is the whole page: its label is the page's `h1`.
    #[prop_or_default]
    pub label_is_page_heading: bool,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub hint: Option<Msg>,
    pub value: AttrValue,
    /// The inline error, already worded by the page.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_input: Callback<String>,
    /// A width class such as `input--width-10`, sized to the expected answer.
    #[prop_or_default]
    pub width: Classes,
    /// For codes and reference numbers, which a spellchecker would only mark wrong.
    #[prop_or_default]
    pub is_code: bool,
    /// What the answer is, for browsers to fill in. "off" when not given:
    /// what is typed here is about children and families, and a browser that
    /// remembered it (autofill, form restore in its session files) would keep
    /// it on disk in the clear, outside casevoice's encryption.
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
}

/// A labelled text input with hint and error message, wired for assistive
/// technology: the hint and error are read with the input, and an error marks
/// the input invalid with more than colour.
#[function_component(TextInput)]
pub fn text_input(props: &TextInputProps) -> Html {
    let messages = use_messages();
    let error = props.error.as_ref();
    let label = html! {
        <label class={classes!("label", props.label_is_page_heading.then_some("label--l"))} for={props.id.clone()}>
            { question_text(messages, props.label, props.optional) }
            if let Some(suffix) = &props.label_suffix {
                { " " }{ suffix.clone() }
            }
        </label>
    };
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        on_input.emit(event.target_unchecked_into::<HtmlInputElement>().value());
    });

    html! {
        <div class={classes!("form-group", error.map(|_| "form-group--error"))}>
            if props.label_is_page_heading {
                <h1 class="label-wrapper">{ label }</h1>
            } else {
                { label }
            }
            { hint(messages, &props.id, props.hint) }
            { error_message(messages, &props.id, error) }
            <input
                id={props.id.clone()}
                name={props.id.clone()}
                type="text"
                class={classes!("input", props.width.clone(), error.map(|_| "input--error"))}
                value={props.value.clone()}
                aria-describedby={described_by(hint_and_error_ids(&props.id, props.hint, error))}
                aria-invalid={error.map(|_| "true")}
                spellcheck={props.is_code.then_some("false")}
                autocomplete={props.autocomplete.clone().unwrap_or_else(|| "off".into())}
                autocapitalize={props.is_code.then_some("characters")}
                {oninput}
            />
        </div>
    }
}
