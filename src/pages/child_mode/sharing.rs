use casevoice_core::voice::Sharing;
use casevoice_core::voice_action::ChildAction;
use casevoice_core::voice_messages::{prompt_text, VoiceMsg};
use casevoice_core::Msg;
use uuid::Uuid;
use yew::prelude::*;

use super::item_view::ItemView;
use super::session::{show_child_session, use_child_action, ChildScreen, ChildSession};
use crate::hooks::use_messages;
use crate::pages::use_record;

#[derive(Properties, PartialEq)]
pub struct ChildSharingScreenProps {
    pub id: Uuid,
    pub session: Uuid,
}

/// Who can see what I said: for each thing, the judge, my parents or carers, or
/// nobody else yet, with what the judge and the practitioner must do explained.
#[function_component(ChildSharingScreen)]
pub fn child_sharing_screen(props: &ChildSharingScreenProps) -> Html {
    show_child_session(use_record(props.id), props.session, |child| {
        html! { <SharingChoices {child} /> }
    })
}

#[derive(Properties, PartialEq)]
struct SharingChoicesProps {
    child: ChildSession,
}

#[function_component(SharingChoices)]
fn sharing_choices(props: &SharingChoicesProps) -> Html {
    let messages = use_messages();
    let child = &props.child;
    let on_action = use_child_action(child.record.id, child.session);
    let items: Vec<_> = child.session().said().cloned().collect();

    html! {
        <ChildScreen child={child.clone()} title={Msg::Voice(VoiceMsg::SharingTitle)}>
            <p class="child-body">{ messages.t(VoiceMsg::SharingIntro) }</p>
            <div class="child-callout">
                <p class="child-body"><span aria-hidden="true">{ "⚖️ " }</span>{ messages.t(VoiceMsg::SharingJudgeDecides) }</p>
                <p class="child-body"><span aria-hidden="true">{ "🛟 " }</span>{ messages.t(VoiceMsg::SharingKeepSafe) }</p>
            </div>
            if items.is_empty() {
                <p class="child-body">{ messages.t(VoiceMsg::SharingNothingYet) }</p>
            }
            <ol class="child-list">
                { for items.into_iter().enumerate().map(|(n, item)| {
                    let legend_id = format!("share-{}", n + 1);
                    let choose = |sharing: Sharing| {
                        let on_action = on_action.clone();
                        let id = item.id;
                        Callback::from(move |_| on_action.emit(ChildAction::Share { item: id, sharing }))
                    };
                    let now = item.sharing;
                    let judge = choose(Sharing { judge: !now.judge, ..now });
                    let parents = choose(Sharing { parents_or_carers: !now.parents_or_carers, ..now });
                    let nobody = choose(Sharing::default());
                    html! {
                        <li key={item.id.to_string()} class="child-share">
                            <p id={legend_id.clone()} class="child-label">{ prompt_text(item.prompt, messages.lang) }</p>
                            <ItemView item={item.clone()} />
                            <div class="child-share__choices" role="group" aria-labelledby={legend_id}>
                                <button type="button" class="child-toggle" aria-pressed={now.judge.to_string()} onclick={judge}>
                                    <span aria-hidden="true">{ "⚖️ " }</span>{ messages.t(VoiceMsg::SharingJudge) }
                                </button>
                                <button type="button" class="child-toggle" aria-pressed={now.parents_or_carers.to_string()} onclick={parents}>
                                    <span aria-hidden="true">{ "👪 " }</span>{ messages.t(VoiceMsg::SharingParents) }
                                </button>
                                <button type="button" class="child-toggle" aria-pressed={now.is_nobody_else_yet().to_string()} onclick={nobody}>
                                    <span aria-hidden="true">{ "🔒 " }</span>{ messages.t(VoiceMsg::SharingNobody) }
                                </button>
                            </div>
                        </li>
                    }
                }) }
            </ol>
        </ChildScreen>
    }
}
