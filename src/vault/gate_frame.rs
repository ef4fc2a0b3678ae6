use casevoice_core::Msg;
use yew::prelude::*;

use crate::components::{Footer, LanguageSwitch, StoppedNotice, MAIN_ID};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct GateFrameProps {
    pub children: Html,
}

/// The frame of the pages before unlocking: the service's name, and no links
/// but help, since nothing else behind them can be shown until the passphrase
/// is given.
#[function_component(GateFrame)]
pub fn gate_frame(props: &GateFrameProps) -> Html {
    let messages = use_messages();
    html! {
        <>
            <a href={format!("#{MAIN_ID}")} class="skip-link">{ messages.t(Msg::SkipToMainContent) }</a>
            <header class="header">
                <div class="width-container header__inner">
                    <span class="header__service">{ messages.t(Msg::ServiceName) }</span>
                    <p class="header__description">{ messages.t(Msg::ServiceDescription) }</p>
                    <div class="header__navigation"><LanguageSwitch /></div>
                </div>
            </header>
            <div class="width-container">
                <main id={MAIN_ID} class="main" tabindex="-1">{ props.children.clone() }</main>
            </div>
            <Footer />
            <StoppedNotice />
        </>
    }
}
