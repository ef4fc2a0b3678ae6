use std::rc::Rc;

use casevoice_core::outbox::OutboxItem;
use casevoice_core::Msg;
use uuid::Uuid;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::clock;
use crate::components::SuccessBanner;
use crate::export::{encrypt_export, Deployment};
use crate::hooks::use_messages;
use crate::outbox::{OutboxAction, OutboxContext};
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct SendProps {
    pub record_id: Uuid,
    pub content_sha256: AttrValue,
    /// The export as prepared by the page.
    pub export: Rc<String>,
}

/// "Send to case system": puts the export, encrypted when there is a key, into
/// the outbox, which sends it in the background. Shown only when config.json
/// names an upload URL.
#[function_component(SendToCaseSystem)]
pub fn send_to_case_system(props: &SendProps) -> Html {
    let messages = use_messages();
    let deployment = use_context::<Deployment>().unwrap_or_default();
    let outbox = use_context::<OutboxContext>();
    let outcome = use_state(|| None::<Msg>);
    if deployment.upload_url().is_none() {
        return Html::default();
    }

    let on_send = {
        let (key, export, outcome) = (
            deployment.key().cloned(),
            Rc::clone(&props.export),
            outcome.clone(),
        );
        let (record_id, hash) = (props.record_id, props.content_sha256.clone());
        Callback::from(move |_: MouseEvent| {
            let (key, export, outcome, hash, outbox) = (
                key.clone(),
                Rc::clone(&export),
                outcome.clone(),
                hash.clone(),
                outbox.clone(),
            );
            spawn_local(async move {
                let body = match &key {
                    Some(key) => match encrypt_export(key, export.as_bytes()).await {
                        Ok(jwe) => (jwe, "application/jose"),
                        Err(error) => {
                            gloo::console::warn!(format!("casevoice: not encrypted: {error:?}"));
                            outcome.set(Some(Msg::SendEncryptionFailed));
                            return;
                        }
                    },
                    // No key configured: the deployment sends plain JSON, over https.
                    None => (export.to_string(), "application/json"),
                };
                let item = OutboxItem::new(
                    Uuid::new_v4(),
                    record_id,
                    &hash,
                    body.0,
                    body.1,
                    clock::now(),
                );
                if let Some(outbox) = outbox {
                    outbox.dispatch(OutboxAction::Enqueue(item));
                }
                outcome.set(Some(Msg::SendQueued));
            });
        })
    };

    html! {
        <>
            <h2 class="heading-m">{ messages.t(Msg::SendHeading) }</h2>
            {
                match *outcome {
                    Some(Msg::SendQueued) => html! { <SuccessBanner message={messages.t(Msg::SendQueued)} /> },
                    Some(problem) => html! { <p class="body warning-text" role="alert">{ messages.t(problem) }</p> },
                    None => Html::default(),
                }
            }
            <p class="body">{ messages.t(Msg::SendIntro) }</p>
            <div class="button-group">
                <button type="button" class="button" onclick={on_send}>{ messages.t(Msg::SendToCaseSystem) }</button>
                <Link to={Route::Outbox} classes={classes!("link", "link--target")}>{ messages.t(Msg::SeeOutbox) }</Link>
            </div>
        </>
    }
}
