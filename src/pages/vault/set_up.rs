use casevoice_core::vault_messages::{chosen_passphrase_problem, ChosenBox, VaultMsg};
use casevoice_core::Msg;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::{field, let_the_page_paint};
use crate::components::{FormErrorSummary, Notification, PassphraseInput};
use crate::hooks::{use_messages, use_title};
use crate::vault::keys::{create_vault, CreateProblem};
use crate::vault::use_vault;

#[derive(Properties, PartialEq)]
pub struct SetUpPassphrasePageProps {
    /// An earlier casevoice left records here in the clear.
    #[prop_or_default]
    pub earlier_records: bool,
    /// The device was wiped a moment ago.
    #[prop_or_default]
    pub wiped: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Outcome {
    errors: Vec<(&'static str, Msg)>,
    count: u32,
}

/// First use on this device: the passphrase that every key is derived from.
/// Nothing is stored, in the clear or otherwise, before it is set.
#[function_component(SetUpPassphrasePage)]
pub fn set_up_passphrase_page(props: &SetUpPassphrasePageProps) -> Html {
    let messages = use_messages();
    let vault = use_vault();
    let passphrase = use_state(String::new);
    let confirm = use_state(String::new);
    let outcome = use_state(Outcome::default);
    let working = use_state(|| false);
    use_title(VaultMsg::SetUpTitle.into(), !outcome.errors.is_empty());

    let onsubmit = {
        let (passphrase, confirm, outcome, working) = (
            passphrase.clone(),
            confirm.clone(),
            outcome.clone(),
            working.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *working {
                return;
            }
            let count = outcome.count + 1;
            let mut errors = Vec::new();
            if let Some((which, msg)) = chosen_passphrase_problem(&passphrase, &confirm) {
                let id = match which {
                    ChosenBox::Passphrase => field::PASSPHRASE,
                    ChosenBox::Confirmation => field::CONFIRM,
                };
                errors.push((id, msg.into()));
            }
            if !errors.is_empty() {
                outcome.set(Outcome { errors, count });
                return;
            }
            let Some(vault) = vault.clone() else {
                return;
            };
            working.set(true);
            let (chosen, outcome, working) =
                ((*passphrase).clone(), outcome.clone(), working.clone());
            spawn_local(async move {
                let_the_page_paint().await;
                let refuse = |msg: VaultMsg| Outcome {
                    errors: vec![(field::PASSPHRASE, msg.into())],
                    count,
                };
                let (header, key) = match create_vault(&chosen).await {
                    Ok(made) => made,
                    Err(problem) => {
                        working.set(false);
                        outcome.set(refuse(match problem {
                            CreateProblem::Passphrase(problem) => VaultMsg::Problem(problem),
                            CreateProblem::NotDerived => VaultMsg::NotDerived,
                        }));
                        return;
                    }
                };
                let stored = match &vault.backend {
                    Some(backend) => backend.save_vault_header(&header).await,
                    None => Err(crate::storage::StoreError::Locked),
                };
                if let Err(error) = stored {
                    gloo::console::warn!(format!("casevoice: vault header not stored: {error:?}"));
                    working.set(false);
                    outcome.set(refuse(VaultMsg::NotStored));
                    return;
                }
                vault.keyring.set(key);
                vault.unlocked.emit(header);
            });
        })
    };

    let error_for = |id: &str| {
        outcome
            .errors
            .iter()
            .find(|(field, _)| *field == id)
            .map(|(_, msg)| AttrValue::from(messages.t(*msg)))
    };
    let on_passphrase = {
        let passphrase = passphrase.clone();
        Callback::from(move |value| passphrase.set(value))
    };
    let on_confirm = {
        let confirm = confirm.clone();
        Callback::from(move |value| confirm.set(value))
    };

    html! {
        <>
            if props.wiped {
                <Notification>{ messages.t(VaultMsg::Wiped) }</Notification>
            }
            <FormErrorSummary errors={outcome.errors.clone()} submission={outcome.count} />
            <h1 class="heading-l">{ messages.t(VaultMsg::SetUpTitle) }</h1>
            <p class="body">{ messages.t(VaultMsg::SetUpIntro) }</p>
            <p class="body warning-text">{ messages.t(VaultMsg::SetUpNoRecovery) }</p>
            if props.earlier_records {
                <p class="body">{ messages.t(VaultMsg::SetUpEarlierRecords) }</p>
            }
            <form novalidate=true {onsubmit}>
                <PassphraseInput id={field::PASSPHRASE} label={Msg::from(VaultMsg::Passphrase)}
                    hint={Some(Msg::from(VaultMsg::PassphraseHint))} autocomplete="new-password"
                    value={(*passphrase).clone()} error={error_for(field::PASSPHRASE)} on_input={on_passphrase} />
                <PassphraseInput id={field::CONFIRM} label={Msg::from(VaultMsg::ConfirmPassphrase)}
                    autocomplete="new-password"
                    value={(*confirm).clone()} error={error_for(field::CONFIRM)} on_input={on_confirm} />
                <button type="submit" class="button" disabled={*working} aria-disabled={working.then_some("true")}>
                    { messages.t(VaultMsg::SetPassphrase) }
                </button>
                if *working {
                    <p class="body" role="status">{ messages.t(VaultMsg::SettingUp) }</p>
                }
            </form>
        </>
    }
}
