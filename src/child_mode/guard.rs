//! What child mode lets through, as pure functions of the mode and the address,
//! so every case is tested without a browser.

use casevoice_core::settings::ChildMode;

use crate::router::Route;
use crate::state::StorageStatus;

/// What to do with the address asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guard {
    /// Show its page.
    Allow,
    /// Show this page instead, and put its address in place of the one asked for.
    Redirect(Route),
    /// Show the neutral page ("Exit this page" was used).
    Neutral,
}

pub fn guard(mode: Option<ChildMode>, route: Route) -> Guard {
    match mode {
        // A child's screen outside child mode (the back button after leaving it)
        // becomes the practitioner's page for that session.
        None => match (route, route.child_mode_session()) {
            (Route::Unlock, _) => Guard::Redirect(Route::Home),
            (_, Some((record, session))) => Guard::Redirect(Route::SessionAfter(record, session)),
            (_, None) => Guard::Allow,
        },
        Some(mode) if mode.exited => match route {
            Route::Unlock => Guard::Allow,
            Route::Home => Guard::Neutral,
            _ => Guard::Redirect(Route::Home),
        },
        Some(mode) => {
            let own = route.child_mode_session() == Some((mode.record, mode.session));
            if own || route == Route::Unlock {
                Guard::Allow
            } else {
                Guard::Redirect(Route::ChildMenu(mode.record, mode.session))
            }
        }
    }
}

/// The frame around the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// The practitioner's header, with the service's name and settings.
    Practitioner,
    /// Child mode's calm header with "Exit this page".
    Child,
    /// No header at all: the neutral page, and the start-up wait, before it is
    /// known which of the others it should be.
    Plain,
}

pub fn frame_for(storage: StorageStatus, mode: Option<ChildMode>) -> Frame {
    match (storage, mode) {
        (StorageStatus::Loading, _) => Frame::Plain,
        (_, None) => Frame::Practitioner,
        (_, Some(mode)) if mode.exited => Frame::Plain,
        (_, Some(_)) => Frame::Child,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use casevoice_core::voice::Activity;
    use uuid::Uuid;

    const RECORD: Uuid = Uuid::from_u128(1);
    const SESSION: Uuid = Uuid::from_u128(2);
    const OTHER: Uuid = Uuid::from_u128(3);

    fn mode(exited: bool) -> Option<ChildMode> {
        Some(ChildMode {
            record: RECORD,
            session: SESSION,
            exited,
        })
    }

    fn practitioner_routes() -> Vec<Route> {
        vec![
            Route::Home,
            Route::Settings,
            Route::Record(RECORD),
            Route::CaseNumber(RECORD),
            Route::History(RECORD),
            Route::Voice(RECORD),
            Route::SessionSetup(RECORD, SESSION),
            Route::SessionAfter(RECORD, SESSION),
            Route::SessionSafety(RECORD, SESSION),
            Route::NotFound,
            Route::Record(OTHER),
        ]
    }

    fn child_routes(record: Uuid, session: Uuid) -> Vec<Route> {
        vec![
            Route::ChildMenu(record, session),
            Route::ChildActivity(record, session, Activity::ThreeHouses),
            Route::ChildSharing(record, session),
            Route::ChildReadBack(record, session),
            Route::ChildFinished(record, session),
        ]
    }

    #[test]
    fn in_child_mode_only_the_childs_own_screens_and_the_pin_screen_show() {
        for route in child_routes(RECORD, SESSION) {
            assert_eq!(guard(mode(false), route), Guard::Allow, "{route:?}");
        }
        assert_eq!(guard(mode(false), Route::Unlock), Guard::Allow);
        let menu = Guard::Redirect(Route::ChildMenu(RECORD, SESSION));
        for route in practitioner_routes()
            .into_iter()
            .chain(child_routes(OTHER, SESSION))
            .chain(child_routes(RECORD, OTHER))
        {
            assert_eq!(guard(mode(false), route), menu, "{route:?}");
        }
    }

    #[test]
    fn after_exit_this_page_every_address_is_the_neutral_page_but_the_pin_screen() {
        assert_eq!(guard(mode(true), Route::Home), Guard::Neutral);
        assert_eq!(guard(mode(true), Route::Unlock), Guard::Allow);
        for route in practitioner_routes()
            .into_iter()
            .chain(child_routes(RECORD, SESSION))
            .filter(|r| *r != Route::Home)
        {
            assert_eq!(
                guard(mode(true), route),
                Guard::Redirect(Route::Home),
                "{route:?}"
            );
        }
    }

    #[test]
    fn outside_child_mode_a_childs_screen_is_the_practitioners_page_for_the_session() {
        for route in practitioner_routes() {
            assert_eq!(guard(None, route), Guard::Allow, "{route:?}");
        }
        for route in child_routes(RECORD, SESSION) {
            assert_eq!(
                guard(None, route),
                Guard::Redirect(Route::SessionAfter(RECORD, SESSION))
            );
        }
        assert_eq!(guard(None, Route::Unlock), Guard::Redirect(Route::Home));
    }

    #[test]
    fn nothing_shows_a_header_until_stored_settings_say_which_frame_is_safe() {
        for m in [None, mode(false), mode(true)] {
            assert_eq!(frame_for(StorageStatus::Loading, m), Frame::Plain);
        }
        assert_eq!(frame_for(StorageStatus::Ready, None), Frame::Practitioner);
        assert_eq!(frame_for(StorageStatus::Ready, mode(false)), Frame::Child);
        assert_eq!(
            frame_for(StorageStatus::Unavailable, mode(true)),
            Frame::Plain
        );
    }
}
