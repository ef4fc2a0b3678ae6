use std::rc::Rc;

use casevoice_core::{CaseRecord, Field, Msg};
use uuid::Uuid;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::form::{Answers, Editor};
use crate::hooks::use_messages;

/// The buttons for `person`'s page, just before their address: choosing one
/// sets `address` and `postcode` to another person's.
pub fn same_address(
    record: &Rc<CaseRecord>,
    editor: &Editor,
    person: Uuid,
    address: Field,
    postcode: Field,
) -> Html {
    let on_choose = {
        let (set_address, set_postcode) = (editor.on_text(address), editor.on_text(postcode));
        Callback::from(move |(a, p): (String, String)| {
            set_address.emit(a);
            set_postcode.emit(p);
        })
    };
    html! {
        <SameAddressAs record={Rc::clone(record)} {person}
            address={Answers(record).text(address).to_string()} postcode={Answers(record).text(postcode).to_string()}
            address_id={address.dom_id(record).unwrap_or_default()} {on_choose} />
    }
}

#[derive(Properties, PartialEq)]
pub struct SameAddressAsProps {
    pub record: Rc<CaseRecord>,
    /// The child or adult whose page this is.
    pub person: Uuid,
    /// Their address and postcode as they are now.
    pub address: String,
    pub postcode: String,
    /// The id of their address box, which takes the focus once it is filled.
    pub address_id: String,
    /// Copies an address and postcode into this person's answers.
    pub on_choose: Callback<(String, String)>,
}

/// "Same address as …" for each other person in the record whose address is
/// given and differs from this one's, so an address already typed need not be
/// typed again (WCAG 3.3.7). The focus then goes to the address, so a screen
/// reader reads what it now holds.
#[function_component(SameAddressAs)]
pub fn same_address_as(props: &SameAddressAsProps) -> Html {
    let messages = use_messages();
    let children = props
        .record
        .children
        .iter()
        .map(|c| (c.id, c.display_name(), &c.address, &c.postcode));
    let adults = props
        .record
        .adults
        .iter()
        .map(|a| (a.id, a.display_name(), &a.address, &a.postcode));
    let buttons: Vec<Html> = children
        .chain(adults)
        .filter(|(id, _, address, postcode)| {
            *id != props.person
                && !address.trim().is_empty()
                && (address.as_str(), postcode.as_str()) != (props.address.as_str(), props.postcode.as_str())
        })
        .filter_map(|(id, name, address, postcode)| {
            let name = name?;
            let choose = {
                let (on_choose, address_id) = (props.on_choose.clone(), props.address_id.clone());
                let copied = (address.clone(), postcode.clone());
                Callback::from(move |_| {
                    on_choose.emit(copied.clone());
                    focus(&address_id);
                })
            };
            Some(html! {
                <button key={id.to_string()} type="button" class="button button--secondary button--small" onclick={choose}>
                    { messages.t(Msg::SameAddressAs) }{ " " }{ name }
                </button>
            })
        })
        .collect();
    if buttons.is_empty() {
        return Html::default();
    }
    html! { <div class="same-address">{ for buttons }</div> }
}

fn focus(id: &str) {
    let field = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
    }
}
