use std::rc::Rc;

use casevoice_core::messages::problem_text;
use casevoice_core::problem_subject::{distinguishing_subjects, problem_subject, Subject};
use casevoice_core::{CaseRecord, Lang, Msg, Problem};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub problems: Vec<Problem>,
    /// Changes on every submission, so the summary takes focus again even when the
    /// same problems come back.
    pub submission: u32,
    /// The record the problems are in: when they are about more than one person,
    /// each problem names whom it is about.
    #[prop_or_default]
    pub record: Option<Rc<CaseRecord>>,
}

/// "There is a problem", listing each problem as a link to its field. It takes focus
/// when shown so keyboard and screen reader users start from it.
#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
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
                <h2 class="error-summary__title" id="error-summary-title">{ messages.t(Msg::ErrorSummaryTitle) }</h2>
                <ul class="error-summary__list">
                    { for props.problems.iter().zip(subjects(props, messages.lang)).map(|(problem, subject)| {
                        let field = problem.field.clone();
                        let href = format!("#{field}");
                        let onclick = Callback::from(move |event: MouseEvent| {
                            event.prevent_default();
                            focus_field(&field);
                        });
                        html! {
                            <li><a {href} {onclick}>{ with_subject(problem_text(problem.code, messages.lang), subject) }</a></li>
                        }
                    }) }
                </ul>
            </div>
        </div>
    }
}

/// What each problem needs added to say whom it is about, if anything.
fn subjects(props: &ErrorSummaryProps, lang: Lang) -> Vec<Option<String>> {
    let found: Vec<Option<Subject>> = props
        .problems
        .iter()
        .map(|p| {
            props
                .record
                .as_ref()
                .and_then(|record| problem_subject(record, &p.field, lang))
        })
        .collect();
    distinguishing_subjects(&found)
}

/// "Select the harm to the child (Ola Nowak)".
pub fn with_subject(message: String, subject: Option<String>) -> String {
    match subject {
        Some(subject) => format!("{message} ({subject})"),
        None => message,
    }
}

/// Moves focus to a field and brings its label into view too, which the browser's
/// own jump to `#id` would leave scrolled off the top.
pub fn focus_field(id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(input) = document
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let label = document
        .query_selector(&format!("label[for=\"{id}\"]"))
        .ok()
        .flatten();
    let _ = input.focus();
    if let Some(label) = label {
        label.scroll_into_view();
    }
}
