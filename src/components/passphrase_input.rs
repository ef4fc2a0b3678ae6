use casevoice_core::Msg;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_parts::{described_by, error_message, hint, hint_and_error_ids};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct PassphraseInputProps {
    /// The input's id, which error summary links point at.
    pub id: AttrValue,
    pub label: Msg,
    #[prop_or_default]
    pub hint: Option<Msg>,
    pub value: AttrValue,
    /// The inline error, already worded by the page.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_input: Callback<String>,
    /// `new-password` where one is chosen, `current-password` where one is
    /// given, so a password manager can help.
    pub autocomplete: AttrValue,
}

/// A passphrase field: masked, wide enough for a few words, and never checked
/// for spelling (a spellchecker could send the words to a server).
#[function_component(PassphraseInput)]
pub fn passphrase_input(props: &PassphraseInputProps) -> Html {
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
            <input
                id={props.id.clone()}
                name={props.id.clone()}
                type="password"
                autocomplete={props.autocomplete.clone()}
                spellcheck="false"
                autocapitalize="off"
                class={classes!("input", "input--width-20", error.map(|_| "input--error"))}
                value={props.value.clone()}
                aria-describedby={described_by(hint_and_error_ids(&props.id, props.hint, error))}
                aria-invalid={error.map(|_| "true")}
                {oninput}
            />
        </div>
    }
}
