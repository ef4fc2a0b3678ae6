use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::use_messages;

/// One choice in a select: the value the page gets back, and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectOption {
    pub value: AttrValue,
    pub label: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: Msg,
    pub options: Vec<SelectOption>,
    pub selected: AttrValue,
    pub on_change: Callback<AttrValue>,
}

/// A GOV.UK select: a label and one choice from a list. Choosing does nothing
/// by itself; the form it is in says when to act on it, so choosing never
/// changes the page under the user (WCAG 3.2.2).
#[function_component(Select)]
pub fn select(props: &SelectProps) -> Html {
    let messages = use_messages();
    let on_change = props.on_change.clone();
    // Read as the `value` every form control has, as the textarea does, so no
    // web-sys feature is needed for the select element alone.
    let onchange = Callback::from(move |event: Event| {
        let value = event
            .target()
            .and_then(|target| js_sys::Reflect::get(&target, &"value".into()).ok())
            .and_then(|value| value.as_string())
            .unwrap_or_default();
        on_change.emit(value.into());
    });
    html! {
        <div class="form-group">
            <label class="label" for={props.id.clone()}>{ messages.t(props.label) }</label>
            <select id={props.id.clone()} name={props.id.clone()} class="select" {onchange}>
                { for props.options.iter().map(|option| html! {
                    <option value={option.value.clone()} selected={option.value == props.selected}>
                        { option.label.clone() }
                    </option>
                }) }
            </select>
        </div>
    }
}
