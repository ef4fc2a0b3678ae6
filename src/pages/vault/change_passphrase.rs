use casevoice_core::vault::ChangeProblem;
use casevoice_core::vault_messages::{
    change_problem_msg, chosen_passphrase_problem, ChosenBox, VaultMsg,
};
use casevoice_core::Msg;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::{field, let_the_page_paint};
use crate::components::{FormErrorSummary, PassphraseInput, SuccessBanner};
use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};
use crate::vault::keys::change_passphrase;
use crate::vault::{use_vault, Phase};

#[derive(Clone, Debug, Default, PartialEq)]
struct Outcome {
    errors: Vec<(&'static str, Msg)>,
    count: u32,
    changed: bool,
}

/// A new passphrase: the same data key is wrapped under a key derived from it,
/// so no record needs encrypting again.
#[function_component(ChangePassphrasePage)]
pub fn change_passphrase_page() -> Html {
    let messages = use_messages();
    let vault = use_vault();
    let current = use_state(String::new);
    let new = use_state(String::new);
    let confirm = use_state(String::new);
    let outcome = use_state(Outcome::default);
    let working = use_state(|| false);
    use_title(VaultMsg::ChangeTitle.into(), !outcome.errors.is_empty());

    let onsubmit = {
        let (current, new, confirm, outcome, working) = (
            current.clone(),
            new.clone(),
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
            let mut errors: Vec<(&'static str, Msg)> = Vec::new();
            if current.is_empty() {
                errors.push((field::CURRENT, VaultMsg::CurrentPassphraseMissing.into()));
            }
            if let Some((which, msg)) = chosen_passphrase_problem(&new, &confirm) {
                let id = match which {
                    ChosenBox::Passphrase => field::NEW,
                    ChosenBox::Confirmation => field::CONFIRM_NEW,
                };
                errors.push((id, msg.into()));
            }
            if !errors.is_empty() {
                outcome.set(Outcome {
                    errors,
                    count,
                    changed: false,
                });
                return;
            }
            let Some(vault) = vault.clone() else {
                return;
            };
            let Phase::Unlocked { header } = vault.phase.clone() else {
                return;
            };
            working.set(true);
            let (old, chosen) = ((*current).clone(), (*new).clone());
            let (current, new, confirm, outcome, working) = (
                current.clone(),
                new.clone(),
                confirm.clone(),
                outcome.clone(),
                working.clone(),
            );
            spawn_local(async move {
                let_the_page_paint().await;
                let refuse = |id: &'static str, msg: VaultMsg| Outcome {
                    errors: vec![(id, msg.into())],
                    count,
                    changed: false,
                };
                let changed = match change_passphrase(&header, &old, &chosen).await {
                    Ok(changed) => changed,
                    Err(problem) => {
                        working.set(false);
                        let id = match problem {
                            ChangeProblem::New(_) => field::NEW,
                            _ => field::CURRENT,
                        };
                        outcome.set(refuse(id, change_problem_msg(problem)));
                        return;
                    }
                };
                let stored = match &vault.backend {
                    Some(backend) => backend.save_vault_header(&changed).await,
                    None => Err(crate::storage::StoreError::Locked),
                };
                working.set(false);
                if let Err(error) = stored {
                    gloo::console::warn!(format!(
                        "casevoice: new passphrase not stored: {error:?}"
                    ));
                    outcome.set(refuse(field::NEW, VaultMsg::NotStored));
                    return;
                }
                vault.header_changed.emit(changed);
                for typed in [&current, &new, &confirm] {
                    typed.set(String::new());
                }
                outcome.set(Outcome {
                    errors: Vec::new(),
                    count,
                    changed: true,
                });
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
    let setter = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |value| state.set(value))
    };

    html! {
        <>
            if outcome.changed {
                <SuccessBanner key={outcome.count.to_string()} message={messages.t(VaultMsg::Changed)} />
            }
            <FormErrorSummary errors={outcome.errors.clone()} submission={outcome.count} />
            <h1 class="heading-l">{ messages.t(VaultMsg::ChangeTitle) }</h1>
            <p class="body">{ messages.t(VaultMsg::ChangeIntro) }</p>
            <form novalidate=true {onsubmit}>
                <PassphraseInput id={field::CURRENT} label={Msg::from(VaultMsg::CurrentPassphrase)}
                    autocomplete="current-password"
                    value={(*current).clone()} error={error_for(field::CURRENT)} on_input={setter(&current)} />
                <PassphraseInput id={field::NEW} label={Msg::from(VaultMsg::NewPassphrase)}
                    hint={Some(Msg::from(VaultMsg::PassphraseHint))} autocomplete="new-password"
                    value={(*new).clone()} error={error_for(field::NEW)} on_input={setter(&new)} />
                <PassphraseInput id={field::CONFIRM_NEW} label={Msg::from(VaultMsg::ConfirmNewPassphrase)}
                    autocomplete="new-password"
                    value={(*confirm).clone()} error={error_for(field::CONFIRM_NEW)} on_input={setter(&confirm)} />
                <div class="button-group">
                    <button type="submit" class="button" disabled={*working}>{ messages.t(VaultMsg::ChangePassphrase) }</button>
                    <Link to={Route::Settings} classes={classes!("link", "link--target")}>{ messages.t(Msg::Settings) }</Link>
                </div>
                if *working {
                    <p class="body" role="status">{ messages.t(VaultMsg::Changing) }</p>
                }
            </form>
        </>
    }
}
