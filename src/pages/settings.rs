use casevoice_core::settings::{field, SettingsProblem};
// Protect the data
use casevoice_core::settings::{
    parse_lock_after, parse_retention_days, DEFAULT_LOCK_AFTER_MINUTES, DEFAULT_RETENTION_DAYS,
};
use casevoice_core::vault_messages::VaultMsg;
use casevoice_core::{Msg, Settings};
use yew::platform::spawn_local;
use yew::prelude::*;

use super::LoadingPage;
// Child mode safety
use super::PinSettings;
// Offline
use super::working_offline::WorkingOffline;
use crate::components::{focus_field, Notification, NumberInput, SuccessBanner, TextInput};
use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};
use crate::state::{AppAction, AppContext, StorageStatus};
use crate::storage::{RecordStore, StoreContext};
// Storage faults
use crate::storage::{use_persistence, Persistence};

/// The practitioner's name and team. Shown once storage has been read, so the
/// form starts from what is stored.
#[function_component(SettingsPage)]
pub fn settings_page() -> Html {
    let app = use_context::<AppContext>();
    match app {
        Some(app) if app.storage == StorageStatus::Loading => html! { <LoadingPage /> },
        app => {
            let stored = app.map(|app| app.settings());
            html! { <SettingsForm stored={stored.unwrap_or_default()} /> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct SettingsFormProps {
    stored: Settings,
}

/// What happened when the form was last saved.
#[derive(Clone, Debug, Default, PartialEq)]
struct Outcome {
    problems: Vec<SettingsProblem>,
    /// Changes on every save, so the error summary takes focus again each time.
    count: u32,
    saved: Option<bool>,
}

#[function_component(SettingsForm)]
fn settings_form(props: &SettingsFormProps) -> Html {
    let messages = use_messages();
    let app = use_context::<AppContext>();
    let store = use_context::<StoreContext>().unwrap_or_default();
    let typed = use_state(|| props.stored.clone());
    // Protect the data: numbers as typed, read when the form is saved.
    let lock_after = use_state(|| props.stored.lock_after_minutes.to_string());
    let retention = use_state(|| props.stored.retention_days.to_string());
    let outcome = use_state(Outcome::default);
    // Child mode safety: the PIN form's problems count for the title too.
    let pin_problems = use_state(|| false);
    use_title(Msg::Settings, !outcome.problems.is_empty() || *pin_problems);

    let on_name = {
        let typed = typed.clone();
        Callback::from(move |name| {
            typed.set(Settings {
                name,
                ..(*typed).clone()
            })
        })
    };
    let on_team = {
        let typed = typed.clone();
        Callback::from(move |team| {
            typed.set(Settings {
                team,
                ..(*typed).clone()
            })
        })
    };

    let onsubmit = {
        let (typed, outcome) = (typed.clone(), outcome.clone());
        let (lock_after, retention) = (lock_after.clone(), retention.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let count = outcome.count + 1;
            let mut problems = typed.problems();
            let lock_after_minutes = parse_lock_after(&lock_after);
            let retention_days = parse_retention_days(&retention);
            problems.extend(lock_after_minutes.err());
            problems.extend(retention_days.err());
            if !problems.is_empty() {
                outcome.set(Outcome {
                    problems,
                    count,
                    saved: None,
                });
                return;
            }
            let settings = Settings {
                lock_after_minutes: lock_after_minutes.unwrap_or(DEFAULT_LOCK_AFTER_MINUTES),
                retention_days: retention_days.unwrap_or(DEFAULT_RETENTION_DAYS),
                ..typed.normalised()
            };
            typed.set(settings.clone());
            lock_after.set(settings.lock_after_minutes.to_string());
            retention.set(settings.retention_days.to_string());
            // Child mode safety: the PIN and child mode as they are now, not as
            // they were when the page opened (a PIN may have been set since).
            let settings = Settings {
                pin: app.as_ref().and_then(|app| app.pin.clone()),
                child_mode: app.as_ref().and_then(|app| app.child_mode),
                ..settings
            };
            let (app, store, outcome) = (app.clone(), store.0.clone(), outcome.clone());
            spawn_local(async move {
                let saved = match store {
                    Some(store) => store.save_settings(&settings).await.is_ok(),
                    None => false,
                };
                if saved {
                    if let Some(app) = app {
                        app.dispatch(AppAction::Settings(settings));
                    }
                }
                outcome.set(Outcome {
                    problems: Vec::new(),
                    count,
                    saved: Some(saved),
                });
            });
        })
    };

    let error_for = |problem: SettingsProblem| {
        outcome
            .problems
            .contains(&problem)
            .then(|| AttrValue::from(messages.t(Msg::SettingsProblem(problem))))
    };
    let error = error_for(SettingsProblem::NameMissing);
    let on_lock_after = {
        let lock_after = lock_after.clone();
        Callback::from(move |value| lock_after.set(value))
    };
    let on_retention = {
        let retention = retention.clone();
        Callback::from(move |value| retention.set(value))
    };

    html! {
        <>
            if outcome.saved == Some(true) {
                // Keyed by save, so saving again announces and focuses it again.
                <SuccessBanner key={outcome.count.to_string()} message={messages.t(Msg::SettingsSaved)} />
            }
            if outcome.saved == Some(false) {
                <Notification>{ messages.t(Msg::SettingsNotSaved) }</Notification>
            }
            <SettingsErrorSummary problems={outcome.problems.clone()} submission={outcome.count} />
            <h1 class="heading-l">{ messages.t(Msg::Settings) }</h1>
            <form novalidate=true {onsubmit}>
                <TextInput
                    id={field::NAME}
                    label={Msg::YourName}
                    hint={Msg::YourNameHint}
                    value={typed.name.clone()}
                    {error}
                    on_input={on_name}
                    width={classes!("input--width-20")}
                    // Not "name" (WCAG 1.3.5's technique): the browser would then
                    // keep the name in its autofill data on disk, in the clear.
                    autocomplete={AttrValue::from("off")}
                />
                <TextInput
                    id={field::TEAM}
                    label={Msg::YourTeam}
                    optional=true
                    value={typed.team.clone()}
                    on_input={on_team}
                    width={classes!("input--width-20")}
                />
                // Protect the data
                <h2 class="heading-m">{ messages.t(VaultMsg::SecurityHeading) }</h2>
                <p class="body">{ messages.t(VaultMsg::SecurityIntro) }</p>
                <NumberInput id={field::LOCK_AFTER} label={Msg::from(VaultMsg::LockAfter)}
                    hint={Msg::from(VaultMsg::LockAfterHint)} suffix={Msg::from(VaultMsg::Minutes)}
                    value={(*lock_after).clone()} error={error_for(SettingsProblem::LockAfterInvalid)}
                    on_input={on_lock_after} />
                <NumberInput id={field::RETENTION} label={Msg::from(VaultMsg::RetentionDays)}
                    hint={Msg::from(VaultMsg::RetentionDaysHint)} suffix={Msg::from(VaultMsg::Days)}
                    value={(*retention).clone()} error={error_for(SettingsProblem::RetentionInvalid)}
                    on_input={on_retention} />
                <div class="button-group">
                    <button type="submit" class="button">{ messages.t(Msg::SaveSettings) }</button>
                    <Link to={Route::Home} classes={classes!("link", "link--target")}>{ messages.t(Msg::GoToCaseRecords) }</Link>
                </div>
            </form>
            // Protect the data
            <ul class="list">
                <li><Link to={Route::ChangePassphrase} classes={classes!("link")}>{ messages.t(VaultMsg::ChangePassphraseLink) }</Link></li>
                <li><Link to={Route::Wipe} classes={classes!("link")}>{ messages.t(VaultMsg::WipeDeviceLink) }</Link></li>
            </ul>
            // Storage faults
            <StorageOnThisDevice />
            // Offline
            <WorkingOffline />
            // Child mode safety
            <PinSettings on_problems={Callback::from(move |shown| pin_problems.set(shown))} />
        </>
    }
}

// Storage faults
/// Whether the browser keeps what is stored until it is deleted, or may clear
/// it (or stores nothing at all).
#[function_component(StorageOnThisDevice)]
fn storage_on_this_device() -> Html {
    let messages = use_messages();
    let (text, warning, state) = match use_persistence() {
        Persistence::Checking => (VaultMsg::StorageChecking, false, "checking"),
        Persistence::Persistent => (VaultMsg::StorageKept, false, "persistent"),
        Persistence::BestEffort => (VaultMsg::StorageMayBeCleared, true, "best-effort"),
        Persistence::MemoryOnly => (VaultMsg::StorageMemoryOnly, true, "memory-only"),
    };
    html! {
        <>
            <h2 class="heading-m" id="storage">{ messages.t(VaultMsg::StorageHeading) }</h2>
            <p class={classes!("body", warning.then_some("warning-text"))} data-storage-persistence={state}>
                { messages.t(text) }
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SettingsErrorSummaryProps {
    problems: Vec<SettingsProblem>,
    submission: u32,
}

/// The GOV.UK error summary for the settings form. Its problems are settings
/// problems rather than a record's, so it is not the record pages' summary, but it
/// looks and behaves the same: focused when shown, each item a link to its field.
#[function_component(SettingsErrorSummary)]
fn settings_error_summary(props: &SettingsErrorSummaryProps) -> Html {
    let messages = use_messages();
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with(props.submission, move |_| {
            if let Some(element) = summary.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    if props.problems.is_empty() {
        return Html::default();
    }
    html! {
        <div class="error-summary" tabindex="-1" ref={summary}>
            <div role="alert">
                <h2 class="error-summary__title">{ messages.t(Msg::ErrorSummaryTitle) }</h2>
                <ul class="error-summary__list">
                    { for props.problems.iter().map(|problem| {
                        let id = problem.field();
                        let onclick = Callback::from(move |event: MouseEvent| {
                            event.prevent_default();
                            focus_field(id);
                        });
                        html! {
                            <li><a href={format!("#{id}")} {onclick}>{ messages.t(Msg::SettingsProblem(*problem)) }</a></li>
                        }
                    }) }
                </ul>
            </div>
        </div>
    }
}
