//! The two kinds of people a record lists — children, and adults and parties —
//! share their list page and their remove page; this says what differs.

use casevoice_core::{CaseRecord, Msg, RecordAction};
use uuid::Uuid;

use crate::router::Route;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum People {
    Children,
    Adults,
}

impl People {
    pub fn title(self) -> Msg {
        match self {
            People::Children => Msg::ChildrenTitle,
            People::Adults => Msg::AdultsTitle,
        }
    }

    pub fn none_yet(self) -> Msg {
        match self {
            People::Children => Msg::ChildrenNone,
            People::Adults => Msg::AdultsNone,
        }
    }

    pub fn add(self) -> Msg {
        match self {
            People::Children => Msg::AddAChild,
            People::Adults => Msg::AddAnAdult,
        }
    }

    pub fn unnamed(self) -> Msg {
        match self {
            People::Children => Msg::UnnamedChild,
            People::Adults => Msg::UnnamedAdult,
        }
    }

    /// Title, warning, confirm and keep wording of the remove page.
    pub fn remove_wording(self) -> [Msg; 4] {
        match self {
            People::Children => [
                Msg::RemoveChildTitle,
                Msg::RemoveChildWarning,
                Msg::YesRemove,
                Msg::NoKeep,
            ],
            People::Adults => [
                Msg::RemoveAdultTitle,
                Msg::RemoveAdultWarning,
                Msg::YesRemoveAdult,
                Msg::NoKeepAdult,
            ],
        }
    }

    pub fn list_route(self, record: Uuid) -> Route {
        match self {
            People::Children => Route::Children(record),
            People::Adults => Route::Adults(record),
        }
    }

    pub fn person_route(self, record: Uuid, person: Uuid) -> Route {
        match self {
            People::Children => Route::Child(record, person),
            People::Adults => Route::Adult(record, person),
        }
    }

    pub fn remove_route(self, record: Uuid, person: Uuid) -> Route {
        match self {
            People::Children => Route::RemoveChild(record, person),
            People::Adults => Route::RemoveAdult(record, person),
        }
    }

    pub fn add_action(self, id: Uuid) -> RecordAction {
        match self {
            People::Children => RecordAction::AddChild { id },
            People::Adults => RecordAction::AddAdult { id },
        }
    }

    pub fn remove_action(self, id: Uuid) -> RecordAction {
        match self {
            People::Children => RecordAction::RemoveChild { id },
            People::Adults => RecordAction::RemoveAdult { id },
        }
    }

    /// Each person's id and name (if they have one yet), in record order.
    pub fn names(self, record: &CaseRecord) -> Vec<(Uuid, Option<String>)> {
        match self {
            People::Children => record
                .children
                .iter()
                .map(|c| (c.id, c.display_name()))
                .collect(),
            People::Adults => record
                .adults
                .iter()
                .map(|a| (a.id, a.display_name()))
                .collect(),
        }
    }
}
