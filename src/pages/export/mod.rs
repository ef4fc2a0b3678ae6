//! "Export the record": the JSON export as a file, encrypted to the case
//! system's key when the deployment configures one (then a plain file needs an
//! explicit confirmation), plain when it does not, and saying which.

mod plain_download;
mod send;

use std::rc::Rc;

use casevoice_core::export::{content_hash, export_file_name, export_json};
use casevoice_core::jwe::jwe_file_name;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::{show_record, use_record};
use crate::clock;
use crate::components::BackLink;
use crate::download::download_text;
use crate::export::{encrypt_export, Deployment};
use crate::hooks::{use_messages, use_title};
use crate::router::Route;
use plain_download::PlainDownload;
use send::SendToCaseSystem;

/// The app's version, written into every export.
const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Properties, PartialEq)]
pub struct ExportPageProps {
    pub id: Uuid,
}

#[function_component(ExportPage)]
pub fn export_page(props: &ExportPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <ExportRecord {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct ExportRecordProps {
    record: Rc<CaseRecord>,
}

#[function_component(ExportRecord)]
fn export_record(props: &ExportRecordProps) -> Html {
    let messages = use_messages();
    use_title(Msg::ExportTitle, false);
    let deployment = use_context::<Deployment>().unwrap_or_default();
    // The export is made once, when the page opens: nothing on this page changes
    // the record, and both downloads then carry the same bytes, so an encrypted
    // file decrypts to exactly what the plain file holds.
    let export = {
        let record = Rc::clone(&props.record);
        use_memo((), move |_| export_json(&record, APP_VERSION, clock::now()))
    };
    let encryption_failed = use_state(|| false);
    let id = props.record.id;

    let download_plain = {
        let export = Rc::clone(&export);
        Callback::from(move |_: ()| {
            let name = export_file_name(id, clock::today());
            if let Err(error) = download_text(&name, "application/json", &export) {
                gloo::console::error!(format!("casevoice: download failed: {error:?}"));
            }
        })
    };
    let download_encrypted = {
        let export = Rc::clone(&export);
        let key = deployment.key().cloned();
        let encryption_failed = encryption_failed.clone();
        Callback::from(move |_: MouseEvent| {
            let (export, key, failed) =
                (Rc::clone(&export), key.clone(), encryption_failed.clone());
            let Some(key) = key else { return };
            spawn_local(async move {
                match encrypt_export(&key, export.as_bytes()).await {
                    Ok(jwe) => {
                        failed.set(false);
                        let name = jwe_file_name(id, clock::today());
                        if let Err(error) = download_text(&name, "application/jose", &jwe) {
                            gloo::console::error!(format!("casevoice: download failed: {error:?}"));
                        }
                    }
                    Err(error) => {
                        gloo::console::warn!(format!("casevoice: export not encrypted: {error:?}"));
                        failed.set(true);
                    }
                }
            });
        })
    };

    let plain_button = |on_download: Callback<()>| {
        html! {
            <button type="button" class="button" onclick={move |_| on_download.emit(())}>
                { messages.t(Msg::DownloadPlain) }
            </button>
        }
    };

    html! {
        <>
            <BackLink to={Route::Record(id)} />
            if let Some(number) = props.record.case_number() {
                <span class="caption-l">{ number.to_string() }</span>
            }
            <h1 class="heading-l">{ messages.t(Msg::ExportTitle) }</h1>
            if *encryption_failed {
                <p class="body warning-text" role="alert">{ messages.t(Msg::EncryptionFailed) }</p>
            }
            {
                match &deployment {
                    Deployment::Checking => html! {
                        <p class="body">{ messages.t(Msg::ExportCheckingSettings) }</p>
                    },
                    Deployment::Problem(problem) => html! {
                        <>
                            <p class="body warning-text" data-export-settings-problem="">
                                { messages.t(Msg::ExportSettingsProblem) }{ " " }
                                { messages.t(Msg::DeploymentProblem(*problem)) }{ " " }
                                { messages.t(Msg::ExportTellSupport) }
                            </p>
                            <PlainDownload on_download={download_plain} />
                        </>
                    },
                    _ if deployment.key().is_some() => html! {
                        <>
                            <p class="body">{ messages.t(Msg::ExportEncryptedIntro) }</p>
                            <p class="body">
                                <button type="button" class="button" onclick={download_encrypted}>
                                    { messages.t(Msg::DownloadEncrypted) }
                                </button>
                            </p>
                            <PlainDownload on_download={download_plain} />
                        </>
                    },
                    _ => html! {
                        <>
                            <p class="body inset-text">{ messages.t(Msg::ExportNotEncrypted) }</p>
                            <p class="body">{ plain_button(download_plain) }</p>
                        </>
                    },
                }
            }
            <SendToCaseSystem record_id={id} content_sha256={content_hash(&props.record)} {export} />
        </>
    }
}
