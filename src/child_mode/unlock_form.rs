use casevoice_core::pin::{field, is_pin};
use casevoice_core::Msg;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::{FormErrorSummary, PinInput};
use crate::hooks::use_messages;
use crate::pin_hash::verify_pin;
use crate::router::{use_navigate, Route};
use crate::state::{AppAction, AppContext};

#[derive(Properties, PartialEq)]
pub struct UnlockFormProps {
    pub heading: Msg,
    /// After "Exit this page": the title names nothing, not even the service.
    pub neutral: bool,
}

/// What the last try said, if anything.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Outcome {
    error: Option<Msg>,
    /// Changes on every try, so the error summary takes focus again each time.
    count: u32,
}

/// The PIN, checked against the stored hash. The right PIN leaves child mode
/// for the practitioner's page about the session; wrong ones are counted in the
/// app state, and the fifth in a row holds the screen off for 30 seconds.
#[function_component(UnlockForm)]
pub fn unlock_form(props: &UnlockFormProps) -> Html {
    let messages = use_messages();
    let app = use_context::<AppContext>();
    let navigate = use_navigate();
    let typed = use_state(String::new);
    let outcome = use_state(Outcome::default);
    let checking = use_mut_ref(|| false);
    use_unlock_title(props.heading, props.neutral, outcome.error.is_some());

    let on_input = {
        let typed = typed.clone();
        Callback::from(move |value| typed.set(value))
    };
    let onsubmit = {
        let (typed, outcome) = (typed.clone(), outcome.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(app) = app.clone() else {
                return;
            };
            if *checking.borrow() {
                return;
            }
            let count = outcome.count + 1;
            let now = js_sys::Date::now();
            let pin = (*typed).clone();
            let refuse = move |error| Outcome {
                error: Some(error),
                count,
            };
            if app.pin_attempts.is_held_off(now) {
                typed.set(String::new());
                outcome.set(refuse(Msg::PinHeldOff));
                return;
            }
            if pin.is_empty() {
                outcome.set(refuse(Msg::PinMissing));
                return;
            }
            let (Some(stored), Some(mode)) = (app.pin.clone(), app.child_mode) else {
                outcome.set(refuse(Msg::PinNotChecked));
                return;
            };
            *checking.borrow_mut() = true;
            let (typed, outcome, navigate, checking) = (
                typed.clone(),
                outcome.clone(),
                navigate.clone(),
                checking.clone(),
            );
            spawn_local(async move {
                // Anything but 4 to 8 digits cannot be the PIN: no need to hash it.
                let verified = if is_pin(&pin) {
                    verify_pin(&pin, &stored).await
                } else {
                    Ok(false)
                };
                *checking.borrow_mut() = false;
                match verified {
                    Ok(true) => {
                        app.dispatch(AppAction::LeaveChildMode);
                        navigate.emit(Route::SessionAfter(mode.record, mode.session));
                    }
                    Ok(false) => {
                        // Read before dispatching: the handle shows the state as it
                        // is now, and the dispatch changes it at once.
                        let held_off = app.pin_attempts.wrong(now).is_held_off(now);
                        app.dispatch(AppAction::WrongPin { at: now });
                        typed.set(String::new());
                        outcome.set(refuse(if held_off {
                            Msg::PinHeldOff
                        } else {
                            Msg::PinWrong
                        }));
                    }
                    Err(error) => {
                        gloo::console::warn!(format!("casevoice: PIN not checked: {error:?}"));
                        typed.set(String::new());
                        outcome.set(refuse(Msg::PinNotChecked));
                    }
                }
            });
        })
    };

    let errors: Vec<(&'static str, Msg)> =
        outcome.error.map(|e| (field::PIN, e)).into_iter().collect();
    let error = outcome.error.map(|e| AttrValue::from(messages.t(e)));
    html! {
        <>
            <FormErrorSummary {errors} submission={outcome.count} />
            <h1 class="heading-l">{ messages.t(props.heading) }</h1>
            <form novalidate=true {onsubmit}>
                <PinInput id={field::PIN} label={Msg::PinLabel}
                    value={(*typed).clone()} {error} {on_input} />
                <button type="submit" class="button">{ messages.t(Msg::LeaveChildMode) }</button>
            </form>
        </>
    }
}

/// The document title as `use_title` makes it, but on the neutral side the
/// page's words alone, without the service's name.
#[hook]
fn use_unlock_title(page: Msg, neutral: bool, has_error: bool) {
    let messages = use_messages();
    let prefix = if has_error {
        messages.t(Msg::ErrorTitlePrefix)
    } else {
        ""
    };
    let title = if neutral {
        format!("{prefix}{}", messages.t(page))
    } else {
        format!(
            "{prefix}{}{}{}",
            messages.t(page),
            messages.t(Msg::TitleSeparator),
            messages.t(Msg::ServiceName)
        )
    };
    use_effect_with(title, |title| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    });
}
