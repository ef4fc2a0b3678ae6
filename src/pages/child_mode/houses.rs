use casevoice_core::voice::{Activity, Prompt};
use casevoice_core::voice_messages::VoiceMsg;
use casevoice_core::Msg;
use yew::prelude::*;

use super::activity_end::ActivityEnd;
use super::prompt_answers::PromptAnswers;
use super::session::{ChildScreen, ChildSession};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct ThreeHousesProps {
    pub child: ChildSession,
}

fn house_icon(house: Prompt) -> &'static str {
    match house {
        Prompt::Worries => "🌧️",
        Prompt::GoodThings => "☀️",
        _ => "🌟",
    }
}

/// The house of worries, of good things and of dreams. The child picks which
/// house to start with, and can go to the others in any order.
#[function_component(ThreeHouses)]
pub fn three_houses(props: &ThreeHousesProps) -> Html {
    let messages = use_messages();
    let open = use_state(|| None::<Prompt>);
    // A keyboard or screen reader user lands in the house they chose.
    use_effect_with(*open, |open| {
        if let Some(house) = open {
            let heading = gloo::utils::document()
                .get_element_by_id(&format!("{}-question", house.slug()))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        }
    });
    let child = &props.child;
    let choose = |house: Prompt| {
        let open = open.clone();
        Callback::from(move |_| open.set(Some(house)))
    };
    let house_buttons = |except: Option<Prompt>| {
        html! {
            <ul class="child-houses">
                { for Prompt::HOUSES.into_iter().filter(|h| Some(*h) != except).map(|house| html! {
                    <li>
                        <button type="button" class={classes!("child-house", format!("child-house--{}", house.slug()))} onclick={choose(house)}>
                            <span class="child-house__icon" aria-hidden="true">{ house_icon(house) }</span>
                            <span class="child-house__name">{ messages.t(VoiceMsg::HouseOf(house)) }</span>
                        </button>
                    </li>
                }) }
            </ul>
        }
    };

    html! {
        <ChildScreen child={child.clone()} title={Msg::Voice(VoiceMsg::ActivityName(Activity::ThreeHouses))}>
            if let Some(house) = *open {
                <div class={classes!("child-house-open", format!("child-house--{}", house.slug()))}>
                    <PromptAnswers key={house.slug()} child={child.clone()} prompt={house}
                        question={messages.t(VoiceMsg::HouseOf(house))}
                        blurb={messages.t(VoiceMsg::HouseBlurb(house))} />
                </div>
                <h2 class="child-question">{ messages.t(VoiceMsg::NextHouse) }</h2>
                { house_buttons(Some(house)) }
            } else {
                <h2 class="child-question">{ messages.t(VoiceMsg::HousesChooseFirst) }</h2>
                { house_buttons(None) }
            }
            <ActivityEnd child={child.clone()} />
        </ChildScreen>
    }
}
