use yew::prelude::*;

use super::{use_vault, GateFrame, Phase};
use crate::child_mode::{NeutralPage, PlainFrame, StartingPage};
use crate::pages::{DamagedKeyPage, SetUpPassphrasePage, UnlockDataPage, WipePage};
use crate::router::{use_route, Route};

/// What shows while nothing is unlocked: the set-up or unlock page (whatever
/// the address), the wipe page at its own address, and, if the device was left
/// on "Exit this page", the neutral page until someone asks to unlock.
#[function_component(VaultGate)]
pub fn vault_gate() -> Html {
    let route = use_route();
    let Some(vault) = use_vault() else {
        return Html::default();
    };
    if vault.phase == Phase::Opening {
        return html! { <PlainFrame><StartingPage /></PlainFrame> };
    }
    if vault.device.exited() && route != Route::Unlock && route != Route::Wipe {
        return html! { <PlainFrame><NeutralPage /></PlainFrame> };
    }
    let page = match (&vault.phase, route) {
        (_, Route::Wipe) => html! { <WipePage /> },
        (Phase::SetUp { earlier_records, wiped }, _) => {
            html! { <SetUpPassphrasePage earlier_records={*earlier_records} wiped={*wiped} /> }
        }
        (Phase::Locked { header, after_lock }, _) => {
            html! { <UnlockDataPage header={header.clone()} after_lock={*after_lock} /> }
        }
        _ => html! { <DamagedKeyPage /> },
    };
    html! { <GateFrame>{ page }</GateFrame> }
}
