//! "Open an exported record": choose a file, read it on this device, and confirm
//! what opening it will do before anything stored changes. The file's text is
//! checked by the core (`read_import`); this page only reads it and asks.

use std::rc::Rc;

use casevoice_core::export::ExportEnvelope;
use casevoice_core::import::{plan_import, read_import, ImportPlan};
use casevoice_core::import_text::import_problem_text;
use casevoice_core::Msg;
use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::import_confirm::ImportConfirmView;
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::{use_navigate, Route};
use crate::state::{AppAction, AppContext};

/// The file input's id, which the error summary links to.
pub const FILE_INPUT_ID: &str = "import-file";

/// Where the page is: choosing (with the last problem, if any), reading, or
/// asking to confirm a file that was read. The file's record is held only here
/// until confirmed, so leaving the page leaves nothing behind.
#[derive(Clone, PartialEq)]
enum Stage {
    Choose(Option<AttrValue>),
    Reading,
    Confirm(Rc<ExportEnvelope>),
}

#[function_component(ImportPage)]
pub fn import_page() -> Html {
    let messages = use_messages();
    let stage = use_state(|| Stage::Choose(None));
    let submission = use_state(|| 0u32);
    let input = use_node_ref();
    let app = use_context::<AppContext>();
    let navigate = use_navigate();

    let on_submit = {
        let (stage, submission, input) = (stage.clone(), submission.clone(), input.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            submission.set(*submission + 1);
            let file = input
                .cast::<HtmlInputElement>()
                .and_then(|i| i.files())
                .and_then(|files| files.get(0));
            let Some(file) = file else {
                stage.set(Stage::Choose(Some(messages.t(Msg::ImportNoFile).into())));
                return;
            };
            stage.set(Stage::Reading);
            let stage = stage.clone();
            spawn_local(async move {
                stage.set(match read_file(&file).await {
                    None => Stage::Choose(Some(messages.t(Msg::ImportUnreadable).into())),
                    Some(text) => match read_import(&text) {
                        Ok(envelope) => Stage::Confirm(Rc::new(envelope)),
                        Err(problem) => {
                            Stage::Choose(Some(import_problem_text(&problem, messages.lang).into()))
                        }
                    },
                });
            });
        })
    };

    match &*stage {
        Stage::Confirm(envelope) => {
            let stored = app.as_ref().and_then(|a| a.record(envelope.record.id));
            let plan = plan_import(&envelope.record, stored);
            let on_confirm = {
                let (envelope, plan, navigate) =
                    (Rc::clone(envelope), plan.clone(), navigate.clone());
                Callback::from(move |_: MouseEvent| {
                    let id = envelope.record.id;
                    if let (Some(app), false) = (&app, plan == ImportPlan::Same) {
                        app.dispatch(AppAction::Import {
                            envelope: Box::new(ExportEnvelope::clone(&envelope)),
                            at: clock::now(),
                        });
                    }
                    navigate.emit(Route::Record(id));
                })
            };
            html! {
                <ImportConfirmView envelope={Rc::clone(envelope)} {plan} {on_confirm} />
            }
        }
        Stage::Choose(problem) => html! {
            <ImportChooseView problem={problem.clone()} reading={false} submission={*submission} {on_submit} {input} />
        },
        Stage::Reading => html! {
            <ImportChooseView problem={None::<AttrValue>} reading={true} submission={*submission} {on_submit} {input} />
        },
    }
}

/// The file's text, or `None` when the browser could not read it (moved,
/// deleted, or not text). `Blob.text()` decodes as UTF-8, replacing bad bytes,
/// so a binary file becomes text that is then refused as not JSON.
async fn read_file(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?
        .as_string()
}

#[derive(Properties, PartialEq, Default)]
pub struct ImportChooseViewProps {
    /// What was wrong with the last file, already in words.
    #[prop_or_default]
    pub problem: Option<AttrValue>,
    #[prop_or_default]
    pub reading: bool,
    /// Changes on every submission, so the error summary takes focus again.
    #[prop_or_default]
    pub submission: u32,
    #[prop_or_default]
    pub on_submit: Callback<SubmitEvent>,
    #[prop_or_default]
    pub input: NodeRef,
}

/// The GOV.UK file upload pattern: label, hint, inline error and an error summary
/// that takes focus and links to the input.
#[function_component(ImportChooseView)]
pub fn import_choose_view(props: &ImportChooseViewProps) -> Html {
    let messages = use_messages();
    use_title(Msg::ImportTitle, props.problem.is_some());
    let summary = use_node_ref();
    {
        let summary = summary.clone();
        use_effect_with((props.submission, props.problem.clone()), move |_| {
            if let Some(element) = summary.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let error_id = format!("{FILE_INPUT_ID}-error");
    let hint_id = format!("{FILE_INPUT_ID}-hint");
    let described_by = match props.problem {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let focus_input = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        crate::components::focus_field(FILE_INPUT_ID);
    });
    html! {
        <>
            <BackLink to={Route::Home} />
            if let Some(problem) = &props.problem {
                <div class="error-summary" tabindex="-1" ref={summary}>
                    <div role="alert">
                        <h2 class="error-summary__title">{ messages.t(Msg::ErrorSummaryTitle) }</h2>
                        <ul class="error-summary__list">
                            <li><a href={format!("#{FILE_INPUT_ID}")} onclick={focus_input}>{ problem.clone() }</a></li>
                        </ul>
                    </div>
                </div>
            }
            <h1 class="heading-l">{ messages.t(Msg::ImportTitle) }</h1>
            <p class="body">{ messages.t(Msg::ImportIntro) }</p>
            <form novalidate=true onsubmit={props.on_submit.clone()}>
                <div class={classes!("form-group", props.problem.is_some().then_some("form-group--error"))}>
                    <label class="label" for={FILE_INPUT_ID}>{ messages.t(Msg::ImportFileLabel) }</label>
                    <div id={hint_id} class="hint">{ messages.t(Msg::ImportFileHint) }</div>
                    if let Some(problem) = &props.problem {
                        <p id={error_id} class="error-message">
                            <span class="visually-hidden">{ messages.t(Msg::ErrorInlinePrefix) }{ " " }</span>
                            { problem.clone() }
                        </p>
                    }
                    <input type="file" id={FILE_INPUT_ID} name={FILE_INPUT_ID} accept=".json,application/json"
                        class={classes!("file-upload", props.problem.is_some().then_some("file-upload--error"))}
                        aria-describedby={described_by}
                        aria-invalid={props.problem.is_some().then_some("true")}
                        ref={props.input.clone()} />
                </div>
                if props.reading {
                    <p class="body" role="status">{ messages.t(Msg::ImportReading) }</p>
                }
                <button type="submit" class="button" disabled={props.reading}>{ messages.t(Msg::ImportContinue) }</button>
            </form>
        </>
    }
}
