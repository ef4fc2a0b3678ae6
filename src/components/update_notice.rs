use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::use_messages;
use crate::offline::{use_offline, Update};

/// A newer release is ready: said quietly under the practitioner's header (a
/// status, not an alert: nothing is wrong, and the form keeps the focus), with
/// the button that moves to it once what is typed is stored. Child screens
/// have their own frame, without it.
#[function_component(UpdateNotice)]
pub fn update_notice() -> Html {
    let messages = use_messages();
    let Some(offline) = use_offline() else {
        return Html::default();
    };
    let text = match offline.update {
        Update::None => return Html::default(),
        Update::Ready | Update::Applying => Msg::UpdateReady,
        Update::NotSaved => Msg::UpdateNotSaved,
    };
    let apply = offline.apply.clone();
    html! {
        <div class="update-notice" role="status">
            <div class="width-container update-notice__inner">
                <p class="update-notice__text">{ messages.t(text) }</p>
                <button type="button" class="update-notice__button" onclick={move |_| apply.emit(())}>
                    { messages.t(Msg::ReloadToUpdate) }
                </button>
            </div>
        </div>
    }
}
