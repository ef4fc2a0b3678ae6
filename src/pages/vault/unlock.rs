use casevoice_core::vault::{PassphraseProblem, VaultHeader};
use casevoice_core::vault_messages::{unlock_error_msg, VaultMsg};
use casevoice_core::Msg;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::{field, let_the_page_paint};
use crate::components::{FormErrorSummary, PassphraseInput};
use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};
use crate::vault::keys::unlock;
use crate::vault::use_vault;

#[derive(Properties, PartialEq)]
pub struct UnlockDataPageProps {
    pub header: VaultHeader,
    /// Locked while in use: what the practitioner was doing is waiting.
    #[prop_or_default]
    pub after_lock: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Outcome {
    error: Option<VaultMsg>,
    count: u32,
}

/// The passphrase, which derives the key that unwraps the data key. The PIN
/// that leaves child mode is not asked for and can never stand in for it.
#[function_component(UnlockDataPage)]
pub fn unlock_data_page(props: &UnlockDataPageProps) -> Html {
    let messages = use_messages();
    let vault = use_vault();
    let typed = use_state(String::new);
    let outcome = use_state(Outcome::default);
    let working = use_state(|| false);
    use_title(VaultMsg::UnlockTitle.into(), outcome.error.is_some());

    let onsubmit = {
        let (typed, outcome, working, header) = (
            typed.clone(),
            outcome.clone(),
            working.clone(),
            props.header.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *working {
                return;
            }
            let count = outcome.count + 1;
            if typed.is_empty() {
                outcome.set(Outcome {
                    error: Some(VaultMsg::Problem(PassphraseProblem::Empty)),
                    count,
                });
                return;
            }
            let Some(vault) = vault.clone() else {
                return;
            };
            working.set(true);
            let (typed, outcome, working, header) = (
                typed.clone(),
                outcome.clone(),
                working.clone(),
                header.clone(),
            );
            let passphrase = (*typed).clone();
            spawn_local(async move {
                let_the_page_paint().await;
                let started = js_sys::Date::now();
                let unlocked = unlock(&header, &passphrase).await;
                // Reported so the cost of Argon2id on a device can be seen
                // (the end-to-end tests print it).
                gloo::console::info!(format!(
                    "casevoice: passphrase checked in {:.0} ms",
                    js_sys::Date::now() - started
                ));
                match unlocked {
                    Ok(unlocked) => {
                        let header = match (unlocked.upgraded, &vault.backend) {
                            // Stronger parameters than when it was set: stored
                            // now, so the next unlock uses them.
                            (Some(upgraded), Some(backend)) => {
                                match backend.save_vault_header(&upgraded).await {
                                    Ok(()) => upgraded,
                                    Err(error) => {
                                        gloo::console::warn!(format!(
                                            "casevoice: stronger key parameters not stored: {error:?}"
                                        ));
                                        header
                                    }
                                }
                            }
                            _ => header,
                        };
                        vault.keyring.set(unlocked.key);
                        vault.unlocked.emit(header);
                    }
                    Err(error) => {
                        working.set(false);
                        typed.set(String::new());
                        outcome.set(Outcome {
                            error: Some(unlock_error_msg(error)),
                            count,
                        });
                    }
                }
            });
        })
    };

    let errors: Vec<(&'static str, Msg)> = outcome
        .error
        .map(|e| (field::PASSPHRASE, e.into()))
        .into_iter()
        .collect();
    let error = outcome.error.map(|e| AttrValue::from(messages.t(e)));
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |value| typed.set(value))
    };
    let intro = if props.after_lock {
        VaultMsg::UnlockIdleIntro
    } else {
        VaultMsg::UnlockIntro
    };

    html! {
        <>
            <FormErrorSummary {errors} submission={outcome.count} />
            <h1 class="heading-l">{ messages.t(VaultMsg::UnlockTitle) }</h1>
            <p class="body">{ messages.t(intro) }</p>
            <form novalidate=true {onsubmit}>
                <PassphraseInput id={field::PASSPHRASE} label={Msg::from(VaultMsg::Passphrase)}
                    autocomplete="current-password"
                    value={(*typed).clone()} {error} {on_input} />
                <button type="submit" class="button" disabled={*working}>
                    { messages.t(VaultMsg::Unlock) }
                </button>
                if *working {
                    <p class="body" role="status">{ messages.t(VaultMsg::Unlocking) }</p>
                }
            </form>
            <p class="body">
                <Link to={Route::Wipe} classes={classes!("link")}>{ messages.t(VaultMsg::ForgottenPassphrase) }</Link>
            </p>
        </>
    }
}
