use casevoice_core::Msg;
use yew::prelude::*;

use crate::components::{LanguageSwitch, MAIN_ID};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct PlainFrameProps {
    pub children: Html,
}

/// A frame with nothing in it but the skip link and the main landmark: for the
/// neutral page, where nothing may say what this app is, and for the moment at
/// start-up before it is known whether the device was left on that page.
#[function_component(PlainFrame)]
pub fn plain_frame(props: &PlainFrameProps) -> Html {
    let messages = use_messages();
    html! {
        <div class="plain-frame">
            <a href={format!("#{MAIN_ID}")} class="skip-link">{ messages.t(Msg::SkipToMainContent) }</a>
            <div class="width-container">
                <div class="plain-frame__language"><LanguageSwitch /></div>
                <main id={MAIN_ID} class="main" tabindex="-1">{ props.children.clone() }</main>
            </div>
        </div>
    }
}
