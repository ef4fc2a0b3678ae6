use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::Msg;
use yew::prelude::*;

use super::{use_exit_shortcut, use_exit_this_page, ExitThisPageButton};
use crate::components::{LanguageSwitch, StoppedNotice, MAIN_ID};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct ChildModeFrameProps {
    /// Controls for the child beside the header's words (the read-aloud button).
    #[prop_or_default]
    pub tools: Html,
    pub children: Html,
}

/// The frame of every child-mode screen: "Exit this page" first, a calm header
/// with no way out to a practitioner's page (no service name link, no
/// settings), and the main landmark for the screen. `child-mode` on the wrapper
/// makes type and targets larger for children.
#[function_component(ChildModeFrame)]
pub fn child_mode_frame(props: &ChildModeFrameProps) -> Html {
    let messages = use_messages();
    let exit = use_exit_this_page();
    use_exit_shortcut(exit);
    html! {
        <div class="child-mode">
            <a href={format!("#{MAIN_ID}")} class="skip-link">{ messages.t(Msg::SkipToMainContent) }</a>
            <div class="exit-this-page">
                <ExitThisPageButton />
            </div>
            <header class="child-header">
                <div class="width-container child-header__inner">
                    <p class="child-header__label">{ messages.t(VoiceMsg::ChildModeLabel) }</p>
                    <div class="child-header__tools"><LanguageSwitch />{ props.tools.clone() }</div>
                </div>
            </header>
            <div class="width-container child-mode__body">
                <main id={MAIN_ID} class="main" tabindex="-1">{ props.children.clone() }</main>
            </div>
            <StoppedNotice for_child=true />
        </div>
    }
}
