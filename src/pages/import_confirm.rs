//! The confirmation before an exported record is opened: which record, from
//! which export, and, when a copy is stored here already, what replacing it
//! changes. Nothing is stored until the practitioner presses the button.

use std::rc::Rc;

use casevoice_core::export::ExportEnvelope;
use casevoice_core::import::ImportPlan;
use casevoice_core::import_text::{count_changes, replace_sentence};
use casevoice_core::timestamp::format_date_time;
use casevoice_core::Msg;
use time::OffsetDateTime;
use yew::prelude::*;

use super::home::children_names;
use crate::clock;
use crate::hooks::{use_messages, use_title, Messages};
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct ImportConfirmViewProps {
    pub envelope: Rc<ExportEnvelope>,
    pub plan: ImportPlan,
    #[prop_or_default]
    pub on_confirm: Callback<MouseEvent>,
}

#[function_component(ImportConfirmView)]
pub fn import_confirm_view(props: &ImportConfirmViewProps) -> Html {
    let messages = use_messages();
    let title = match props.plan {
        ImportPlan::New => Msg::ImportNewTitle,
        ImportPlan::Same => Msg::ImportSameTitle,
        ImportPlan::Replace(_) => Msg::ImportReplaceTitle,
    };
    use_title(title, false);
    // The page changed without the address changing: the heading takes focus so
    // screen reader users hear that it did.
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let envelope = &props.envelope;
    let record = &envelope.record;
    let number = record.case_number().map(|n| n.to_string());
    let at = |t: OffsetDateTime| format_date_time(t, clock::local_offset_minutes(t), messages.lang);
    let rows = [
        (
            Msg::CaseNumberLabel,
            number
                .clone()
                .unwrap_or_else(|| messages.t(Msg::NoCaseNumberYet).to_string()),
        ),
        (Msg::ChildrenColumn, children_names(record, messages)),
        (Msg::LastChanged, at(record.updated_at)),
        (Msg::ExportedAt, at(envelope.exported_at)),
        (
            Msg::ExportedBy,
            format!("casevoice {}", envelope.app_version),
        ),
    ];

    html! {
        <>
            if let Some(number) = number {
                <span class="caption-l">{ number }</span>
            }
            <h1 class="heading-l" tabindex="-1" ref={heading}>{ messages.t(title) }</h1>
            <dl class="summary-list">
                { for rows.into_iter().map(|(key, value)| html! {
                    <div class="summary-list__row">
                        <dt class="summary-list__key">{ messages.t(key) }</dt>
                        <dd class="summary-list__value">{ value }</dd>
                    </div>
                }) }
            </dl>
            { what_happens(props, messages) }
        </>
    }
}

fn what_happens(props: &ImportConfirmViewProps, messages: Messages) -> Html {
    let buttons = |class: &'static str, label: Msg| {
        html! {
            <div class="button-group">
                <button type="button" class={classes!("button", class)} onclick={props.on_confirm.clone()}>{ messages.t(label) }</button>
                <Link to={Route::Home} classes={classes!("link", "link--target")}>{ messages.t(Msg::Cancel) }</Link>
            </div>
        }
    };
    match &props.plan {
        ImportPlan::New => html! {
            <>
                <p class="body">{ messages.t(Msg::ImportNewText) }</p>
                { buttons("", Msg::OpenTheRecord) }
            </>
        },
        ImportPlan::Same => html! {
            <>
                <p class="body">{ messages.t(Msg::ImportSameText) }</p>
                { buttons("", Msg::OpenTheRecord) }
            </>
        },
        ImportPlan::Replace(plan) => {
            let sentence = replace_sentence(
                plan,
                props.envelope.exported_at,
                clock::local_offset_minutes,
                messages.lang,
            );
            let mut changes = count_changes(plan.before, plan.after, messages.lang);
            if changes.is_empty() {
                changes.push(messages.t(Msg::ImportNoCountChanges).to_string());
            }
            html! {
                <>
                    <p class="body">{ sentence }</p>
                    <ul class="list list--bullet import-changes">
                        { for changes.into_iter().map(|c| html! { <li>{ c }</li> }) }
                    </ul>
                    if plan.stored_is_newer {
                        <p class="body warning-text">{ messages.t(Msg::ImportStoredIsNewer) }</p>
                    }
                    { buttons("button--warning", Msg::ReplaceStoredRecord) }
                </>
            }
        }
    }
}
