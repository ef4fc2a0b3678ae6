use yew::prelude::*;

use super::{use_vault, GateFrame, Phase};
use crate::child_mode::{NeutralPage, PlainFrame, StartingPage};
use crate::pages::{DamagedKeyPage, HelpPage, SetUpPassphrasePage, UnlockDataPage, WipePage};
use crate::router::{use_replace, use_route, Route};

/// What shows while nothing is unlocked: the set-up or unlock page (whatever
/// the address), the wipe and help pages at their own addresses, and, if the device was left
/// on "Exit this page", the neutral page until someone asks to unlock.
#[function_component(VaultGate)]
pub fn vault_gate() -> Html {
    let route = use_route();
    let replace = use_replace();
    let vault = use_vault();
    // After a wipe, or on a device with nothing to wipe, the set-up page shows
    // at the home address, so that setting a passphrase leads to the records.
    let first_use = matches!(vault.as_ref().map(|v| &v.phase), Some(Phase::SetUp { .. }));
    // After "Exit this page" the neutral page keeps the home address, as it
    // does when unlocked, so the address bar names nothing either.
    let exited = vault.as_ref().is_some_and(|v| v.device.exited());
    use_effect_with(
        (first_use, exited, route),
        move |(first_use, exited, route)| {
            let away_from_neutral =
                *exited && !matches!(route, Route::Home | Route::Unlock | Route::Wipe);
            if (*first_use && *route == Route::Wipe) || away_from_neutral {
                replace.emit(Route::Home);
            }
        },
    );
    let Some(vault) = vault else {
        return Html::default();
    };
    if vault.phase == Phase::Opening {
        return html! { <PlainFrame><StartingPage /></PlainFrame> };
    }
    if vault.device.exited() && route != Route::Unlock && route != Route::Wipe {
        return html! { <PlainFrame><NeutralPage /></PlainFrame> };
    }
    let page = match (&vault.phase, route) {
        // Accessibility: help is in every page's footer, locked or not.
        (_, Route::Help) => html! { <HelpPage /> },
        (
            Phase::SetUp {
                earlier_records,
                wiped,
            },
            _,
        ) => {
            html! { <SetUpPassphrasePage earlier_records={*earlier_records} wiped={*wiped} /> }
        }
        (_, Route::Wipe) => html! { <WipePage /> },
        (Phase::Locked { header, after_lock }, _) => {
            html! { <UnlockDataPage header={header.clone()} after_lock={*after_lock} /> }
        }
        _ => html! { <DamagedKeyPage /> },
    };
    html! { <GateFrame>{ page }</GateFrame> }
}
