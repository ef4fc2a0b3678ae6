use casevoice_core::Msg;
use yew::prelude::*;

use super::focus_field;
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct FormErrorSummaryProps {
    /// Each problem's field id and message, in the order of the fields.
    pub errors: Vec<(&'static str, Msg)>,
    /// Changes on every submission, so the summary takes focus again each time.
    pub submission: u32,
}

/// The GOV.UK error summary for a small form whose problems are messages rather
/// than a record's problems (the PIN forms): focused when shown, each item a
/// link to its field.
#[function_component(FormErrorSummary)]
pub fn form_error_summary(props: &FormErrorSummaryProps) -> Html {
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
    if props.errors.is_empty() {
        return Html::default();
    }
    html! {
        <div class="error-summary" tabindex="-1" ref={summary}>
            <div role="alert">
                <h2 class="error-summary__title">{ messages.t(Msg::ErrorSummaryTitle) }</h2>
                <ul class="error-summary__list">
                    { for props.errors.iter().map(|&(id, message)| {
                        let onclick = Callback::from(move |event: MouseEvent| {
                            event.prevent_default();
                            focus_field(id);
                        });
                        html! {
                            <li><a href={format!("#{id}")} {onclick}>{ messages.t(message) }</a></li>
                        }
                    }) }
                </ul>
            </div>
        </div>
    }
}
