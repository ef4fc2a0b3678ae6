use casevoice_core::settings::{field, SettingsProblem};
use casevoice_core::{Msg, Settings};
use yew::platform::spawn_local;
use yew::prelude::*;

use super::LoadingPage;
// Child mode safety
use super::PinSettings;
use crate::components::{focus_field, Notification, SuccessBanner, TextInput};
use crate::hooks::{use_messages, use_title};
use crate::router::{Link, Route};
use crate::state::{AppAction, AppContext, StorageStatus};
use crate::storage::{RecordStore, StoreContext};

/// The practitioner's name and team. Shown once storage has been read, so the
/// form starts from what is stored.
#[function_component(SettingsPage)]
pub fn settings_page() -> Html {
    let app = use_context::<AppContext>();
    match app {
        Some(app) if app.storage == StorageStatus::Loading => html! { <LoadingPage /> },
        app => {
            let stored = app.map(|app| Settings {
                name: app.practitioner.clone(),
                team: app.practitioner_team.clone(),
                pin: app.pin.clone(),
                child_mode: app.child_mode,
            });
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
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let count = outcome.count + 1;
            let problems = typed.problems();
            if !problems.is_empty() {
                outcome.set(Outcome {
                    problems,
                    count,
                    saved: None,
                });
                return;
            }
            let settings = typed.normalised();
            typed.set(settings.clone());
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

    let error = outcome
        .problems
        .contains(&SettingsProblem::NameMissing)
        .then(|| AttrValue::from(messages.t(Msg::SettingsProblem(SettingsProblem::NameMissing))));

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
                    autocomplete={AttrValue::from("name")}
                />
                <TextInput
                    id={field::TEAM}
                    label={Msg::YourTeam}
                    optional=true
                    value={typed.team.clone()}
                    on_input={on_team}
                    width={classes!("input--width-20")}
                />
                <div class="button-group">
                    <button type="submit" class="button">{ messages.t(Msg::SaveSettings) }</button>
                    <Link to={Route::Home} classes={classes!("link", "link--target")}>{ messages.t(Msg::GoToCaseRecords) }</Link>
                </div>
            </form>
            // Child mode safety
            <PinSettings on_problems={Callback::from(move |shown| pin_problems.set(shown))} />
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
