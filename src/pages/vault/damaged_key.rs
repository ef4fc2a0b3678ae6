use casevoice_core::vault_messages::VaultMsg;
use yew::prelude::*;

use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};

/// The stored key cannot be read, so nothing on this device can be unlocked:
/// says so, and leads to wiping it.
#[function_component(DamagedKeyPage)]
pub fn damaged_key_page() -> Html {
    let messages = use_messages();
    use_title(VaultMsg::UnlockTitle.into(), true);
    html! {
        <>
            <h1 class="heading-l">{ messages.t(VaultMsg::UnlockTitle) }</h1>
            <p class="body">{ messages.t(VaultMsg::KeyDamaged) }</p>
            <p class="body">
                <Link to={Route::Wipe} classes={classes!("link")}>{ messages.t(VaultMsg::WipeDeviceLink) }</Link>
            </p>
        </>
    }
}
