use casevoice_core::voice::{Author, Content, VoiceItem};
use casevoice_core::voice_messages::{content_text, VoiceMsg};
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct ItemViewProps {
    pub item: VoiceItem,
}

/// One thing the child said, shown back to them as they gave it: their words
/// exactly, their drawing with its title, their faces.
#[function_component(ItemView)]
pub fn item_view(props: &ItemViewProps) -> Html {
    let messages = use_messages();
    let item = &props.item;
    let by = (item.author == Author::PractitionerForChild).then(|| {
        html! { <span class="child-answer__by">{ messages.t(VoiceMsg::WrittenByGrownUp) }</span> }
    });
    let shown = match &item.content {
        Content::Drawing { png, .. } => {
            let caption = content_text(&item.content, messages.lang);
            // The caption names the drawing, so the picture itself is not named
            // again: a screen reader (and read-aloud) hears the title once.
            html! {
                <figure class="child-drawing">
                    <img class="child-drawing__image" src={format!("data:image/png;base64,{png}")} alt="" />
                    <figcaption class="child-words">{ caption }</figcaption>
                </figure>
            }
        }
        Content::Feelings { feelings } => html! {
            <p class="child-words">
                { for feelings.iter().map(|f| html! {
                    <span class="child-words__feeling"><span aria-hidden="true">{ f.emoji() }{ " " }</span>{ messages.t(VoiceMsg::Feeling(*f)) }</span>
                }) }
            </p>
        },
        // Their words in the language they wrote them in, which the screens
        // may since have left.
        Content::Text { text } => html! {
            <p class="child-words" lang={item.lang.map(|l| l.tag())}>{ text.clone() }</p>
        },
        content => html! { <p class="child-words">{ content_text(content, messages.lang) }</p> },
    };
    html! { <div class="child-item">{ shown }{ for by }</div> }
}
