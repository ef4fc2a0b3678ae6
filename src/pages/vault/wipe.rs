use casevoice_core::vault_messages::VaultMsg;
use casevoice_core::Msg;
use yew::prelude::*;

use super::field;
use crate::components::{FormErrorSummary, Notification, TextInput};
use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};
use crate::vault::use_vault;

/// What must be typed to wipe the device, so it is never done by a slip.
const CONFIRMATION: &str = "WIPE";

#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Outcome {
    error: bool,
    count: u32,
}

/// Deletes everything casevoice keeps in this browser, once "WIPE" is typed:
/// the way back from a forgotten passphrase, and the way to clear a device.
#[function_component(WipePage)]
pub fn wipe_page() -> Html {
    let messages = use_messages();
    let vault = use_vault();
    let typed = use_state(String::new);
    let outcome = use_state(Outcome::default);
    use_title(VaultMsg::WipeTitle.into(), outcome.error);

    let onsubmit = {
        let (typed, outcome, vault) = (typed.clone(), outcome.clone(), vault.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let count = outcome.count + 1;
            if typed.trim() != CONFIRMATION {
                outcome.set(Outcome { error: true, count });
                return;
            }
            outcome.set(Outcome {
                error: false,
                count,
            });
            if let Some(vault) = &vault {
                vault.wipe.emit(());
            }
        })
    };
    let errors: Vec<(&'static str, Msg)> = outcome
        .error
        .then_some((field::WIPE_CONFIRM, VaultMsg::WipeConfirmMissing.into()))
        .into_iter()
        .collect();
    let error = outcome
        .error
        .then(|| AttrValue::from(messages.t(VaultMsg::WipeConfirmMissing)));
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |value| typed.set(value))
    };
    let failed = vault.as_ref().is_some_and(|vault| vault.wipe_failed);

    html! {
        <>
            if failed {
                <Notification>{ messages.t(VaultMsg::WipeFailed) }</Notification>
            }
            <FormErrorSummary {errors} submission={outcome.count} />
            <h1 class="heading-l">{ messages.t(VaultMsg::WipeTitle) }</h1>
            <p class="body">{ messages.t(VaultMsg::WipeIntro) }</p>
            <p class="body warning-text">{ messages.t(VaultMsg::WipeExportFirst) }</p>
            <form novalidate=true {onsubmit}>
                <TextInput id={field::WIPE_CONFIRM} label={Msg::from(VaultMsg::WipeConfirmLabel)}
                    hint={Some(Msg::from(VaultMsg::WipeConfirmHint))} is_code=true
                    value={(*typed).clone()} {error} {on_input}
                    width={classes!("input--width-10")}
                    autocomplete={AttrValue::from("off")} />
                <div class="button-group">
                    <button type="submit" class="button button--warning">{ messages.t(VaultMsg::WipeDevice) }</button>
                    <Link to={Route::Home} classes={classes!("link", "link--target")}>{ messages.t(VaultMsg::WipeCancel) }</Link>
                </div>
            </form>
        </>
    }
}
