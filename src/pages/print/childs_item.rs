//! One thing a child said, wrote, drew or chose, for paper: who put it there in
//! words printed above it (so it reads the same in black and white), the child's
//! own words in a bordered block, who may see it, and any safety concern.

use casevoice_core::history_text::sharing_text;
use casevoice_core::voice::{Author, Content, VoiceItem};
use casevoice_core::voice_messages::{content_text, VoiceMsg};
use casevoice_core::Msg;
use yew::prelude::*;

use crate::hooks::Messages;

pub fn item_view(item: &VoiceItem, messages: Messages) -> Html {
    let by = attribution(item);
    let block = if item.author.is_verbatim() {
        "print-childs-words"
    } else {
        "print-practitioners-words"
    };
    html! {
        <div class={classes!("print-item", block)} key={item.id.to_string()}>
            <p class="print-item__by">{ messages.t(by) }</p>
            { content_view(&item.content, item.lang.map(|l| l.tag()), messages) }
            <p class="print-item__about">
                { format!("{}: {}", messages.t(VoiceMsg::SharedWith), sharing_text(item.sharing, messages.lang)) }
                if item.is_safety_concern() {
                    { " " }<strong class="tag tag--red">{ messages.t(VoiceMsg::SafetyConcernTag) }</strong>
                }
            </p>
        </div>
    }
}

/// Who put the item in, in words: the child (their words, their drawing, their
/// choice), the practitioner writing the child's words for them, or the
/// practitioner's own observation.
fn attribution(item: &VoiceItem) -> Msg {
    match (item.author, &item.content) {
        (Author::Child, Content::Text { .. } | Content::Person { .. }) => Msg::PrintChildsOwnWords,
        (Author::Child, Content::Drawing { .. }) => Msg::PrintDrawnByChild,
        (Author::Child, _) => Msg::PrintChosenByChild,
        (author, _) => VoiceMsg::Author(author).into(),
    }
}

/// What an item holds. Words are printed exactly, spaces and line breaks kept,
/// as text (never as markup).
/// `words_lang` is the language of the child's screens when they wrote it,
/// marked on their own words (which may differ from this page's language).
fn content_view(content: &Content, words_lang: Option<&'static str>, messages: Messages) -> Html {
    match content {
        Content::Text { text } => {
            html! { <blockquote class="voice-words" lang={words_lang}>{ text.clone() }</blockquote> }
        }
        Content::Drawing { png, title } => drawing(png, title, messages),
        Content::Feelings { feelings } => html! {
            <ul class="voice-feelings">
                { for feelings.iter().map(|f| html! {
                    <li>
                        <span class="voice-feelings__face" aria-hidden="true">{ f.emoji() }</span>
                        { " " }{ messages.t(VoiceMsg::Feeling(*f)) }
                    </li>
                }) }
            </ul>
        },
        Content::Person { name, closeness } => html! {
            <p class="body">
                <span class="voice-words" lang={words_lang}>{ name.clone() }</span>
                if let Some(closeness) = closeness {
                    { format!(" ({})", messages.t(VoiceMsg::Closeness(*closeness)).to_lowercase()) }
                }
            </p>
        },
        Content::Scale { .. } | Content::WriteBack { .. } => {
            html! { <p class="body">{ content_text(content, messages.lang) }</p> }
        }
    }
}

/// The drawing at its own proportions, with the child's title under it: the
/// title is the child's words too, so it is quoted and labelled.
fn drawing(png: &str, title: &str, messages: Messages) -> Html {
    let has_title = !title.trim().is_empty();
    let alt = if has_title {
        title.to_string()
    } else {
        messages.t(VoiceMsg::DrawingAlt).to_string()
    };
    html! {
        <figure class="voice-drawing print-drawing">
            <img src={format!("data:image/png;base64,{png}")} {alt} />
            <figcaption>
                <p class="print-item__by">{ messages.t(Msg::PrintDrawingTitle) }</p>
                if has_title {
                    <blockquote class="voice-words">{ title.to_string() }</blockquote>
                } else {
                    <p class="body">{ messages.t(VoiceMsg::NoTitle) }</p>
                }
            </figcaption>
        </figure>
    }
}
