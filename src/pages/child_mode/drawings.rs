use casevoice_core::voice::{Content, Prompt};
use casevoice_core::voice_action::ChildAction;

use super::prompt_answers::MAX_LENGTH;
use casevoice_core::voice_messages::VoiceMsg;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::session::{use_child_action, ChildSession};
use crate::components::DrawingPad;
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct PromptDrawingsProps {
    pub child: ChildSession,
    pub prompt: Prompt,
}

/// The child's drawings for one question, each with a title in their own words,
/// and the drawing pad for a new one.
#[function_component(PromptDrawings)]
pub fn prompt_drawings(props: &PromptDrawingsProps) -> Html {
    let messages = use_messages();
    let child = &props.child;
    let on_action = use_child_action(child.record.id, child.session);
    let drawing = use_state(|| false);
    let prompt = props.prompt;
    let drawings: Vec<_> = child
        .session()
        .items
        .iter()
        .filter(|i| i.prompt == prompt)
        .filter_map(|i| match &i.content {
            Content::Drawing { png, title } => Some((i.id, png.clone(), title.clone())),
            _ => None,
        })
        .collect();

    let on_finish = {
        let (on_action, drawing) = (on_action.clone(), drawing.clone());
        Callback::from(move |png: String| {
            on_action.emit(ChildAction::Draw {
                item: Uuid::new_v4(),
                prompt,
                png,
            });
            drawing.set(false);
        })
    };
    let start = {
        let drawing = drawing.clone();
        Callback::from(move |_| drawing.set(true))
    };

    html! {
        <div class="child-drawings">
            { for drawings.into_iter().enumerate().map(|(n, (item, png, title))| {
                let title_id = format!("{}-drawing-{}-title", prompt.slug(), n + 1);
                let on_title = {
                    let on_action = on_action.clone();
                    Callback::from(move |event: InputEvent| {
                        if let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            on_action.emit(ChildAction::TitleDrawing { item, title: input.value() });
                        }
                    })
                };
                let remove = {
                    let on_action = on_action.clone();
                    Callback::from(move |_| on_action.emit(ChildAction::Remove { item }))
                };
                let alt = if title.trim().is_empty() { messages.t(VoiceMsg::DrawingAlt).to_string() } else { title.clone() };
                html! {
                    <figure key={item.to_string()} class="child-drawing">
                        <img class="child-drawing__image" src={format!("data:image/png;base64,{png}")} {alt} />
                        <figcaption>
                            <label for={title_id.clone()} class="child-label">{ messages.t(VoiceMsg::DrawingTitle) }</label>
                            <input id={title_id} class="child-input" type="text" value={title} oninput={on_title} spellcheck="false" autocomplete="off" maxlength={MAX_LENGTH} />
                            <button type="button" class="child-button child-button--small child-button--secondary" onclick={remove}>
                                <span aria-hidden="true">{ "🗑️ " }</span>{ messages.t(VoiceMsg::Remove) }
                            </button>
                        </figcaption>
                    </figure>
                }
            }) }
            if *drawing {
                <DrawingPad label={messages.t(VoiceMsg::DrawInstead)} {on_finish} />
            } else {
                <button type="button" class="child-button child-button--secondary" onclick={start}>
                    <span aria-hidden="true">{ "🖍️ " }</span>{ messages.t(VoiceMsg::DrawInstead) }
                </button>
            }
        </div>
    }
}
