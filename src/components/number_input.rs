use casevoice_core::Msg;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_parts::{described_by, error_message, hint, hint_and_error_ids};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    /// The input's id, which error summary links point at.
    pub id: AttrValue,
    pub label: Msg,
    #[prop_or_default]
    pub hint: Option<Msg>,
    /// The unit, shown after the box ("minutes").
    pub suffix: Msg,
    pub value: AttrValue,
    /// The inline error, already worded by the page.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_input: Callback<String>,
}

/// A whole number with its unit after it, as GOV.UK's input with a suffix. A
/// text input with the number keyboard rather than `type="number"`, which
/// changes its value on a scroll and accepts "1e3".
#[function_component(NumberInput)]
pub fn number_input(props: &NumberInputProps) -> Html {
    let messages = use_messages();
    let error = props.error.as_ref();
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        on_input.emit(event.target_unchecked_into::<HtmlInputElement>().value());
    });
    html! {
        <div class={classes!("form-group", error.map(|_| "form-group--error"))}>
            <label class="label" for={props.id.clone()}>{ messages.t(props.label) }</label>
            { hint(messages, &props.id, props.hint) }
            { error_message(messages, &props.id, error) }
            <div class="input__wrapper">
                <input
                    id={props.id.clone()}
                    name={props.id.clone()}
                    type="text"
                    inputmode="numeric"
                    spellcheck="false"
                    autocomplete="off"
                    class={classes!("input", "input--width-3", error.map(|_| "input--error"))}
                    value={props.value.clone()}
                    aria-describedby={described_by(hint_and_error_ids(&props.id, props.hint, error))}
                    aria-invalid={error.map(|_| "true")}
                    {oninput}
                />
                <span class="input__suffix" aria-hidden="true">{ messages.t(props.suffix) }</span>
            </div>
        </div>
    }
}
