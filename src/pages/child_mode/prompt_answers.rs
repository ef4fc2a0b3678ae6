use casevoice_core::voice::{Author, Content, Prompt};
use casevoice_core::voice_action::{ChildAction, CHILD_TEXT_LIMIT};
use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::decline::DeclineButton;
use super::drawings::PromptDrawings;
use super::session::{use_child_action, ChildSession};
use crate::hooks::use_messages;

/// The most a child's box takes, as `maxlength`: the core refuses a child's
/// answer, drawing title or name over [`CHILD_TEXT_LIMIT`] characters, so the box
/// must not hold more than is stored. `maxlength` counts UTF-16 units, never
/// fewer than characters, so what the box holds always fits.
pub(super) const MAX_LENGTH: &str = "10000";
const _: () = assert!(CHILD_TEXT_LIMIT == 10_000, "MAX_LENGTH is CHILD_TEXT_LIMIT");

#[derive(Properties, PartialEq)]
pub struct PromptAnswersProps {
    pub child: ChildSession,
    pub prompt: Prompt,
    /// The question as the heading above the answers.
    pub question: AttrValue,
    /// Words under the question, if any.
    #[prop_or_default]
    pub blurb: Option<AttrValue>,
}

/// One question the child answers in words or pictures: their answers so far,
/// each in its own box they can change or take out, a box for a new one, who is
/// writing it, and a drawing instead.
#[function_component(PromptAnswers)]
pub fn prompt_answers(props: &PromptAnswersProps) -> Html {
    let messages = use_messages();
    let child = &props.child;
    let on_action = use_child_action(child.record.id, child.session);
    // The next answer's id. Its box is keyed by it, so when the first letter
    // makes it an answer the same box stays, with the focus in it.
    let pending = use_state(Uuid::new_v4);
    let author = use_state(|| Author::Child);
    let new_box = use_node_ref();
    // "Add another" puts the focus in the new box, where the child types next; the
    // first render leaves the focus where the page put it.
    let focus_new = use_state(|| false);
    {
        let new_box = new_box.clone();
        use_effect_with((*pending, *focus_new), move |(_, focus)| {
            if *focus {
                if let Some(area) = new_box.cast::<web_sys::HtmlElement>() {
                    let _ = area.focus();
                }
            }
        });
    }
    let session = child.session();
    let prompt = props.prompt;
    let heading_id = format!("{}-question", prompt.slug());
    let answers: Vec<_> = session
        .items
        .iter()
        .filter(|i| i.prompt == prompt && matches!(i.content, Content::Text { .. }))
        .collect();
    let pending_is_answer = answers.iter().any(|i| i.id == *pending);
    let last_is_empty = answers.last().is_some_and(|i| i.content.is_empty());

    let write = |item: Uuid, item_author: Author| {
        let on_action = on_action.clone();
        Callback::from(move |event: InputEvent| {
            let Some(area) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            on_action.emit(ChildAction::Write {
                item,
                prompt,
                author: item_author,
                text: area.value(),
            });
        })
    };
    let box_id = |n: usize| format!("{}-answer-{}", prompt.slug(), n + 1);

    let mut boxes: Vec<Html> = answers
        .iter()
        .enumerate()
        .map(|(n, item)| {
            let Content::Text { text } = &item.content else {
                return html! {};
            };
            let id = box_id(n);
            let label_id = format!("{id}-label");
            let remove = {
                let on_action = on_action.clone();
                let item = item.id;
                Callback::from(move |_| on_action.emit(ChildAction::Remove { item }))
            };
            html! {
                <div key={item.id.to_string()} class="child-answer">
                    <label id={label_id.clone()} for={id.clone()} class="child-label">
                        { messages.t(VoiceMsg::TypeHere) }
                        if item.author == Author::PractitionerForChild {
                            <span class="child-answer__by">{ messages.t(VoiceMsg::WrittenByGrownUp) }</span>
                        }
                    </label>
                    <textarea {id} class="child-textarea" rows="3" autocomplete="off" aria-labelledby={format!("{heading_id} {label_id}")}
                        value={text.clone()} oninput={write(item.id, item.author)} spellcheck="false" maxlength={MAX_LENGTH} />
                    <button type="button" class="child-button child-button--small child-button--secondary" onclick={remove}>
                        <span aria-hidden="true">{ "🗑️ " }</span>{ messages.t(VoiceMsg::Remove) }
                    </button>
                </div>
            }
        })
        .collect();

    if !pending_is_answer {
        let n = answers.len();
        let id = box_id(n);
        let label_id = format!("{id}-label");
        let who_name = format!("{}-who", prompt.slug());
        let choose = |chosen: Author| {
            let author = author.clone();
            Callback::from(move |_| author.set(chosen))
        };
        boxes.push(html! {
            // The same label, box, then controls as an answer has, so the box is
            // kept (with the focus) when the first letter makes it an answer.
            <div key={pending.to_string()} class="child-answer child-answer--new">
                <label id={label_id.clone()} for={id.clone()} class="child-label">{ messages.t(VoiceMsg::TypeHere) }</label>
                <textarea {id} ref={new_box} class="child-textarea" rows="3" autocomplete="off" aria-labelledby={format!("{heading_id} {label_id}")}
                    value="" oninput={write(*pending, *author)} spellcheck="false" maxlength={MAX_LENGTH} />
                <fieldset class="child-who">
                    <legend class="child-label">{ messages.t(VoiceMsg::WhoIsWriting) }</legend>
                    <label class="child-choice">
                        <input type="radio" name={who_name.clone()} checked={*author == Author::Child} onchange={choose(Author::Child)} />
                        <span>{ messages.t(VoiceMsg::IAmWriting) }</span>
                    </label>
                    <label class="child-choice">
                        <input type="radio" name={who_name} checked={*author == Author::PractitionerForChild} onchange={choose(Author::PractitionerForChild)} />
                        <span>{ messages.t(VoiceMsg::GrownUpIsWriting) }</span>
                    </label>
                </fieldset>
            </div>
        });
    }

    let add_another = {
        let pending = pending.clone();
        Callback::from(move |_| {
            pending.set(Uuid::new_v4());
            focus_new.set(true);
        })
    };

    html! {
        <section class="child-prompt" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id.clone()} class="child-question" tabindex="-1">{ props.question.clone() }</h2>
            if let Some(blurb) = &props.blurb {
                <p class="child-body">{ blurb.clone() }</p>
            }
            if session.is_declined(prompt) {
                <p class="child-note">{ messages.t(VoiceMsg::YouChoseNotToAnswer) }</p>
            }
            { for boxes }
            if pending_is_answer && !last_is_empty {
                <button type="button" class="child-button child-button--secondary" onclick={add_another}>
                    <span aria-hidden="true">{ "➕ " }</span>{ messages.t(VoiceMsg::AddAnother) }
                </button>
            }
            <PromptDrawings child={child.clone()} {prompt} />
            <DeclineButton child={child.clone()} {prompt} />
        </section>
    }
}
