//! What the child said, wrote, drew and chose in a session, exactly as given,
//! grouped by activity and question. The practitioner reads it here but cannot
//! change it: the only thing they can do to an item is mark it as a safety concern.

use std::rc::Rc;

use casevoice_core::history_text::sharing_text;
use casevoice_core::voice::{Activity, Author, Content, VoiceItem, VoiceSession};
use casevoice_core::voice_action::SessionAction;
use casevoice_core::voice_messages::{content_text, prompt_text, VoiceMsg};
use casevoice_core::{CaseRecord, RecordAction};
use uuid::Uuid;
use yew::prelude::*;

use super::super::form::Editor;
use crate::hooks::{use_messages, Messages};
use crate::state::AppContext;

#[derive(Properties, PartialEq)]
pub struct ChildsWordsProps {
    pub record: Rc<CaseRecord>,
    pub session: Uuid,
    /// Only the items that are safety concerns, without the buttons to mark
    /// them: for the safety page.
    #[prop_or_default]
    pub concerns_only: bool,
}

#[function_component(ChildsWords)]
pub fn childs_words(props: &ChildsWordsProps) -> Html {
    let messages = use_messages();
    let editor = Editor::new(use_context::<AppContext>(), props.record.id);
    let Some(session) = props.record.voice_session(props.session) else {
        return html! {};
    };
    let shows = |item: &VoiceItem| !props.concerns_only || item.is_safety_concern();
    let activities: Vec<Html> = Activity::ALL
        .into_iter()
        .filter_map(|activity| {
            let prompts: Vec<Html> = activity
                .prompts()
                .iter()
                .filter_map(|prompt| {
                    let items: Vec<&VoiceItem> =
                        session.items_for(*prompt).filter(|i| shows(i)).collect();
                    let declined = !props.concerns_only && session.is_declined(*prompt);
                    if items.is_empty() && !declined {
                        return None;
                    }
                    Some(html! {
                        <div class="voice-prompt" key={prompt.slug()}>
                            <h4 class="heading-s">{ prompt_text(*prompt, messages.lang) }</h4>
                            if items.is_empty() {
                                <p class="body voice-declined">{ messages.t(VoiceMsg::Declined) }</p>
                            }
                            { for items.into_iter().map(|item| {
                                item_view(session, item, !props.concerns_only, &editor, messages)
                            }) }
                        </div>
                    })
                })
                .collect();
            (!prompts.is_empty()).then(|| {
                html! {
                    <section class="voice-activity" key={activity.slug()}>
                        <h3 class="heading-m">{ messages.t(VoiceMsg::ActivityName(activity)) }</h3>
                        { for prompts }
                    </section>
                }
            })
        })
        .collect();
    if activities.is_empty() {
        let empty = if props.concerns_only {
            VoiceMsg::NoSafetyConcerns
        } else {
            VoiceMsg::NothingSaid
        };
        return html! { <p class="body">{ messages.t(empty) }</p> };
    }
    html! { <div class="voice-words-list">{ for activities }</div> }
}

/// One item: what it holds, who put it in, who may see it, and whether it is a
/// safety concern.
fn item_view(
    session: &VoiceSession,
    item: &VoiceItem,
    can_mark: bool,
    editor: &Editor,
    messages: Messages,
) -> Html {
    let position = session
        .items
        .iter()
        .position(|i| i.id == item.id)
        .map_or(0, |p| p + 1);
    let content_id = format!("voice-item-{position}");
    let (session_id, item_id) = (session.id, item.id);
    // A feeling of being scared or unsafe is a concern in itself and cannot be
    // unmarked; anything else the practitioner can mark and unmark.
    let toggle = if item.safety_concern {
        Some((false, VoiceMsg::UnmarkSafetyConcern))
    } else if !item.is_safety_concern() {
        Some((true, VoiceMsg::MarkSafetyConcern))
    } else {
        None
    };
    let author = match item.author {
        Author::Child => None,
        Author::PractitionerForChild => Some(VoiceMsg::WrittenForChild),
        Author::Practitioner => Some(VoiceMsg::Author(Author::Practitioner)),
    };
    html! {
        <div class="voice-item" key={item.id.to_string()}>
            <div id={content_id.clone()}>{ content_view(&item.content, item.lang.map(|l| l.tag()), messages) }</div>
            <ul class="voice-item__about">
                if let Some(author) = author {
                    <li><strong class="tag tag--grey">{ messages.t(author) }</strong></li>
                }
                if item.is_safety_concern() {
                    <li><strong class="tag tag--red">{ messages.t(VoiceMsg::SafetyConcernTag) }</strong></li>
                }
                <li>{ format!("{}: {}", messages.t(VoiceMsg::SharedWith), sharing_text(item.sharing, messages.lang)) }</li>
            </ul>
            if let (true, Some((concern, words))) = (can_mark, toggle) {
                <button type="button" class="button button--secondary button--small"
                    aria-describedby={content_id}
                    onclick={
                        let editor = editor.clone();
                        Callback::from(move |_: MouseEvent| editor.act(RecordAction::Session {
                            session: session_id,
                            action: SessionAction::MarkSafetyConcern { item: item_id, concern },
                        }))
                    }>
                    { messages.t(words) }
                </button>
            }
        </div>
    }
}

/// What an item holds. The child's own words are shown exactly, line breaks and
/// spaces kept, as text (never as markup).
/// `words_lang` is the language of the child's screens when they wrote it,
/// marked on their own words (which may differ from this page's language).
fn content_view(content: &Content, words_lang: Option<&'static str>, messages: Messages) -> Html {
    let lang = messages.lang;
    match content {
        Content::Text { text } => {
            html! { <blockquote class="voice-words" lang={words_lang}>{ text.clone() }</blockquote> }
        }
        Content::Drawing { png, title } => {
            let alt = if title.trim().is_empty() {
                messages.t(VoiceMsg::DrawingAlt).to_string()
            } else {
                title.clone()
            };
            html! {
                <figure class="voice-drawing">
                    <img src={format!("data:image/png;base64,{png}")} {alt} />
                    if !title.trim().is_empty() {
                        <figcaption><blockquote class="voice-words" lang={words_lang}>{ title.clone() }</blockquote></figcaption>
                    }
                </figure>
            }
        }
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
            html! { <p class="body">{ content_text(content, lang) }</p> }
        }
    }
}
