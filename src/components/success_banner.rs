use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct SuccessBannerProps {
    /// What worked, as a sentence.
    pub message: AttrValue,
}

/// GOV.UK's success notification banner, confirming what the user just did. It
/// takes focus when it appears, as GOV.UK's does, so the confirmation is the next
/// thing read and seen; `role="alert"` announces it as well.
#[function_component(SuccessBanner)]
pub fn success_banner(props: &SuccessBannerProps) -> Html {
    let messages = use_messages();
    let banner = use_node_ref();
    {
        let banner = banner.clone();
        use_effect_with(props.message.clone(), move |_| {
            if let Some(element) = banner.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    html! {
        <div class="notification-banner notification-banner--success" role="alert"
            aria-labelledby="notification-banner-title" tabindex="-1" ref={banner}>
            <div class="notification-banner__header">
                <h2 class="notification-banner__title" id="notification-banner-title">{ messages.t(Msg::Success) }</h2>
            </div>
            <div class="notification-banner__content">
                <p class="notification-banner__heading">{ props.message.clone() }</p>
            </div>
        </div>
    }
}
