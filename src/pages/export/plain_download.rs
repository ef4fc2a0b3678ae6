use casevoice_core::Msg;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::FormErrorSummary;
use crate::hooks::use_messages;

const CONFIRM_ID: &str = "confirm-not-encrypted";

#[derive(Properties, PartialEq)]
pub struct PlainDownloadProps {
    pub on_download: Callback<()>,
}

/// A plain download where the deployment meant exports to be encrypted: only
/// after ticking "I understand this file is not encrypted", with GOV.UK's error
/// pattern when the box is not ticked.
#[function_component(PlainDownload)]
pub fn plain_download(props: &PlainDownloadProps) -> Html {
    let messages = use_messages();
    let confirmed = use_state(|| false);
    let missing = use_state(|| false);
    let submission = use_state(|| 0u32);

    let on_toggle = {
        let confirmed = confirmed.clone();
        Callback::from(move |event: Event| {
            confirmed.set(event.target_unchecked_into::<HtmlInputElement>().checked());
        })
    };
    let on_download = {
        let (confirmed, missing, submission) =
            (confirmed.clone(), missing.clone(), submission.clone());
        let on_download = props.on_download.clone();
        Callback::from(move |_: MouseEvent| {
            missing.set(!*confirmed);
            submission.set(*submission + 1);
            if *confirmed {
                on_download.emit(());
            }
        })
    };
    let errors = if *missing {
        vec![(CONFIRM_ID, Msg::ConfirmNotEncryptedMissing)]
    } else {
        Vec::new()
    };
    let error_id = format!("{CONFIRM_ID}-error");

    html! {
        <>
            <FormErrorSummary {errors} submission={*submission} />
            <h2 class="heading-m">{ messages.t(Msg::DownloadWithoutEncryptionHeading) }</h2>
            <p class="body warning-text">{ messages.t(Msg::DownloadWithoutEncryptionWarning) }</p>
            <div class={classes!("form-group", missing.then_some("form-group--error"))}>
                if *missing {
                    <p id={error_id.clone()} class="error-message">
                        <span class="visually-hidden">{ messages.t(Msg::ErrorInlinePrefix) }</span>
                        { " " }{ messages.t(Msg::ConfirmNotEncryptedMissing) }
                    </p>
                }
                <div class="checkboxes">
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" id={CONFIRM_ID} name={CONFIRM_ID} type="checkbox"
                            checked={*confirmed} onchange={on_toggle}
                            aria-describedby={missing.then_some(error_id)} />
                        <label class="label checkboxes__label" for={CONFIRM_ID}>
                            { messages.t(Msg::ConfirmNotEncrypted) }
                        </label>
                    </div>
                </div>
            </div>
            <button type="button" class="button button--secondary" onclick={on_download}>
                { messages.t(Msg::DownloadWithoutEncryption) }
            </button>
        </>
    }
}
