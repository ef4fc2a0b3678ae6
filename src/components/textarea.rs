use casevoice_core::messages::{characters_remaining, characters_too_many};
use casevoice_core::text_length::count_characters;
use casevoice_core::{Lang, Msg};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::field_parts::{described_by, error_message, hint, hint_and_error_ids, question_text};
use crate::hooks::use_messages;

/// How long typing must pause before the count is read out, as GOV.UK's
/// character count waits, so a screen reader is not interrupted at every key.
const PAUSE_BEFORE_ANNOUNCING_MS: u32 = 1000;

#[derive(Properties, PartialEq)]
pub struct TextareaProps {
    /// The textarea's id, which error summary links point at.
    pub id: AttrValue,
    pub label: Msg,
    #[prop_or_default]
    pub label_is_page_heading: bool,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub hint: Option<Msg>,
    /// The inline error, already worded by the page.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub value: AttrValue,
    /// The text exactly as typed, never trimmed.
    pub on_input: Callback<String>,
    /// A limit in characters as people see them, shown as a count below the box.
    #[prop_or_default]
    pub limit: Option<usize>,
    #[prop_or(5)]
    pub rows: u32,
}

/// "You have 27 characters remaining" or "You have 1 character too many".
fn count_message(text: &str, limit: usize, lang: Lang) -> (String, bool) {
    let count = count_characters(text);
    if count > limit {
        (characters_too_many(count - limit, lang), true)
    } else {
        (characters_remaining(limit - count, lang), false)
    }
}

/// A GOV.UK textarea, with a character count when there is a limit. Going over
/// the limit marks the box at once, as GOV.UK does, but the text is never cut:
/// it is the practitioner's, or the child's, to shorten.
///
/// The count under the box is hidden from screen readers, which hear it as the
/// textarea's description instead; a separate live region repeats it once
/// typing pauses.
#[function_component(Textarea)]
pub fn textarea(props: &TextareaProps) -> Html {
    let messages = use_messages();
    let announced = use_state(|| None::<String>);
    let pause = use_mut_ref(|| None::<Timeout>);
    let info_id = format!("{}-info", props.id);
    let count = props
        .limit
        .map(|limit| count_message(&props.value, limit, messages.lang));
    let over_limit = count.as_ref().is_some_and(|(_, over)| *over);
    let [hint_id, error_id] = hint_and_error_ids(&props.id, props.hint, props.error.as_ref());
    let describedby = described_by([hint_id, error_id, count.as_ref().map(|_| info_id.clone())]);

    let oninput = {
        let on_input = props.on_input.clone();
        let limit = props.limit;
        let announced = announced.clone();
        let lang = messages.lang;
        Callback::from(move |event: InputEvent| {
            let typed = typed_value(&event);
            if let Some(limit) = limit {
                let (message, _) = count_message(&typed, limit, lang);
                let announced = announced.clone();
                // Replacing the timeout drops, and so cancels, the one before.
                *pause.borrow_mut() = Some(Timeout::new(PAUSE_BEFORE_ANNOUNCING_MS, move || {
                    announced.set(Some(message))
                }));
            }
            on_input.emit(typed);
        })
    };

    let label = html! {
        <label class={classes!("label", props.label_is_page_heading.then_some("label--l"))} for={props.id.clone()}>
            { question_text(messages, props.label, props.optional) }
        </label>
    };
    html! {
        <div class={classes!("form-group", props.limit.map(|_| "character-count"), props.error.as_ref().map(|_| "form-group--error"))}>
            if props.label_is_page_heading {
                <h1 class="label-wrapper">{ label }</h1>
            } else {
                { label }
            }
            { hint(messages, &props.id, props.hint) }
            { error_message(messages, &props.id, props.error.as_ref()) }
            <textarea
                autocomplete="off"
                id={props.id.clone()}
                name={props.id.clone()}
                class={classes!("textarea", (props.error.is_some() || over_limit).then_some("textarea--error"))}
                rows={props.rows.to_string()}
                value={props.value.clone()}
                aria-describedby={describedby}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                {oninput}
            />
            if let Some((message, over)) = count {
                <div
                    id={info_id}
                    class={classes!("character-count__message", if over { "error-message" } else { "hint" })}
                    aria-hidden="true"
                >
                    { message }
                </div>
                <div class="visually-hidden" aria-live="polite">{ (*announced).clone() }</div>
            }
        </div>
    }
}

/// The text typed, read as the `value` every form control has, without
/// pretending the textarea is some other element type.
fn typed_value(event: &InputEvent) -> String {
    event
        .target()
        .and_then(|target| js_sys::Reflect::get(&target, &"value".into()).ok())
        .and_then(|value| value.as_string())
        .unwrap_or_default()
}
