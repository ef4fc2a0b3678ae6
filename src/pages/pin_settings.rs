use casevoice_core::pin::{field, new_pin_problems, PinProblem};
use casevoice_core::{Msg, Settings};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::{FormErrorSummary, Notification, PinInput};
use crate::hooks::use_messages;
use crate::pin_hash::hash_pin;
use crate::state::{AppAction, AppContext};
use crate::storage::{RecordStore, StoreContext};

#[derive(Properties, PartialEq)]
pub struct PinSettingsProps {
    /// Whether the form shows problems, for the page's title.
    #[prop_or_default]
    pub on_problems: Callback<bool>,
}

/// What happened when the PIN form was last submitted.
#[derive(Clone, Debug, Default, PartialEq)]
struct Outcome {
    problems: Vec<PinProblem>,
    /// Changes on every submission, so the error summary takes focus again.
    count: u32,
    saved: Option<bool>,
}

/// Settings' own form for the PIN that leaves child mode: typed twice, never
/// shown back, and kept only as a salted hash. It is saved as soon as it is
/// set, with the rest of the settings as they are now.
#[function_component(PinSettings)]
pub fn pin_settings(props: &PinSettingsProps) -> Html {
    let messages = use_messages();
    let app = use_context::<AppContext>();
    let store = use_context::<StoreContext>().unwrap_or_default();
    let pin = use_state(String::new);
    let confirm = use_state(String::new);
    let outcome = use_state(Outcome::default);
    let busy = use_mut_ref(|| false);
    {
        let on_problems = props.on_problems.clone();
        use_effect_with(!outcome.problems.is_empty(), move |shown| {
            on_problems.emit(*shown)
        });
    }

    let on_pin = {
        let pin = pin.clone();
        Callback::from(move |typed| pin.set(typed))
    };
    let on_confirm = {
        let confirm = confirm.clone();
        Callback::from(move |typed| confirm.set(typed))
    };
    let onsubmit = {
        let (pin, confirm, outcome, app) =
            (pin.clone(), confirm.clone(), outcome.clone(), app.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if *busy.borrow() {
                return;
            }
            let count = outcome.count + 1;
            let problems = new_pin_problems(&pin, &confirm);
            if !problems.is_empty() {
                // What was typed is not shown back: it is a secret.
                pin.set(String::new());
                confirm.set(String::new());
                outcome.set(Outcome {
                    problems,
                    count,
                    saved: None,
                });
                return;
            }
            *busy.borrow_mut() = true;
            let typed = (*pin).clone();
            let (pin, confirm, outcome, app, store, busy) = (
                pin.clone(),
                confirm.clone(),
                outcome.clone(),
                app.clone(),
                store.0.clone(),
                busy.clone(),
            );
            spawn_local(async move {
                let saved = save_pin(&typed, app.as_ref(), store).await;
                *busy.borrow_mut() = false;
                pin.set(String::new());
                confirm.set(String::new());
                outcome.set(Outcome {
                    problems: Vec::new(),
                    count,
                    saved: Some(saved),
                });
            });
        })
    };

    let error = |problem_field: &str| {
        outcome
            .problems
            .iter()
            .find(|p| p.field() == problem_field)
            .map(|p| AttrValue::from(messages.t(Msg::PinProblem(*p))))
    };
    let errors: Vec<(&'static str, Msg)> = outcome
        .problems
        .iter()
        .map(|p| (p.field(), Msg::PinProblem(*p)))
        .collect();
    let is_set = app.as_ref().is_some_and(|app| app.pin.is_some());
    html! {
        <section class="pin-settings" aria-labelledby="pin-settings-heading">
            <FormErrorSummary {errors} submission={outcome.count} />
            <h2 class="heading-m" id="pin-settings-heading">{ messages.t(Msg::PinSectionHeading) }</h2>
            <p class="body">{ messages.t(Msg::PinSectionIntro) }</p>
            if outcome.saved == Some(false) {
                <Notification>{ messages.t(Msg::PinNotSaved) }</Notification>
            }
            // Always in the page, so what is put in it is announced.
            <div role="status">
                if outcome.saved == Some(true) {
                    <p class="body pin-settings__saved">{ messages.t(Msg::PinSaved) }</p>
                }
            </div>
            <p class="body pin-settings__state">
                if is_set {
                    { messages.t(Msg::PinIsSet) }
                } else {
                    { messages.t(Msg::PinIsNotSet) }
                }
            </p>
            <form novalidate=true {onsubmit}>
                <PinInput id={field::NEW_PIN} label={Msg::NewPinLabel} hint={Msg::NewPinHint}
                    value={(*pin).clone()} error={error(field::NEW_PIN)} on_input={on_pin} />
                <PinInput id={field::CONFIRM_PIN} label={Msg::ConfirmPinLabel}
                    value={(*confirm).clone()} error={error(field::CONFIRM_PIN)} on_input={on_confirm} />
                <button type="submit" class="button">{ messages.t(Msg::SavePin) }</button>
            </form>
        </section>
    }
}

/// Hashes the PIN and writes it with the settings as they are now; true once
/// the write is durable. The app state learns the new PIN only then, so it never
/// holds a PIN that a reload would forget.
async fn save_pin(
    typed: &str,
    app: Option<&AppContext>,
    store: Option<crate::storage::AppStore>,
) -> bool {
    let (Some(app), Some(store)) = (app, store) else {
        return false;
    };
    let hash = match hash_pin(typed).await {
        Ok(hash) => hash,
        Err(error) => {
            gloo::console::warn!(format!("casevoice: PIN not hashed: {error:?}"));
            return false;
        }
    };
    let settings = Settings {
        pin: Some(hash.clone()),
        ..app.settings()
    };
    if store.save_settings(&settings).await.is_err() {
        return false;
    }
    app.dispatch(AppAction::Pin(hash));
    true
}
