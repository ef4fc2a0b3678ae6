//! The app's state: the case records in this browser and how storage is doing.
//! Record changes are applied by the core crate's `apply`; this reducer only keeps
//! the records together.

use std::collections::{BTreeMap, BTreeSet};

use crate::autosave::LastEdit;
use crate::record_lock::Editing;
use casevoice_core::journal::JournalEntry;
use std::rc::Rc;

use casevoice_core::settings::{ChildMode, PinHash};
// Child mode safety
use casevoice_core::pin::PinAttempts;
use casevoice_core::{apply, CaseRecord, ChangeContext, RecordAction};
use casevoice_core::{duplicate_record, Settings};
// JSON export and import
use casevoice_core::export::ExportEnvelope;
use casevoice_core::import::imported_record;
use time::OffsetDateTime;
use uuid::Uuid;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StorageStatus {
    /// Stored records are being read.
    #[default]
    Loading,
    Ready,
    /// The browser will not store anything: work is kept in memory only.
    Unavailable,
}

/// Why a save did not happen, in terms a practitioner can act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveFailure {
    StorageFull,
    NoStorage,
    Refused,
    // Storage faults
    /// The database was deleted under the app (cleared by the browser, or the
    /// device wiped in another tab).
    StorageCleared,
    /// A newer casevoice has upgraded the database.
    NewerVersion,
    /// The browser miscomputed the encryption, so nothing was written.
    NotReadBack,
}

/// Whether what is on screen is safely in storage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing has changed since the app started.
    #[default]
    Idle,
    /// Changes are waiting to be written or being written.
    Saving,
    /// Every change up to this moment has been written.
    Saved {
        at: OffsetDateTime,
    },
    NotSaved(SaveFailure),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub records: BTreeMap<Uuid, Rc<CaseRecord>>,
    pub storage: StorageStatus,
    /// Stored records that could not be read; they are left untouched in storage.
    pub unreadable: usize,
    pub save: SaveStatus,
    /// The record whose "Check your answers" page the practitioner left to change
    /// an answer: saving that page brings them back to it.
    pub return_to_check: Option<Uuid>,
    /// The practitioner's name, from settings, written into the edit history.
    pub practitioner: String,
    // Added with the settings page and the case records list.
    /// The practitioner's team, from settings.
    pub practitioner_team: String,
    /// What the last action on the list of records did, for its banner.
    pub notice: Option<Notice>,
    // The child's voice
    /// The salted hash of the PIN that leaves child mode, from settings.
    pub pin: Option<PinHash>,
    /// Set while the device is in child mode: only that session's child screens
    /// show, and only the child's actions on that session change a record.
    pub child_mode: Option<ChildMode>,
    // Child mode safety
    /// Wrong tries on the PIN screen; kept here, not in the screen, so leaving
    /// and coming back to it does not start the count again.
    pub pin_attempts: PinAttempts,
    // Protect the data
    /// Minutes without use before the app locks, from settings.
    pub lock_after_minutes: u32,
    /// Days to keep a record the case system has acknowledged, from settings.
    pub retention_days: u32,
    // Two tabs on one record
    /// Records another tab is changing: shown read-only here.
    pub elsewhere: BTreeSet<Uuid>,
    /// The record this tab could not change and now can (the other tab left it),
    /// for its banner.
    pub taken_over: Option<Uuid>,
    /// The browser has no Web Locks, so nothing stops two tabs changing one
    /// record at once: the record's pages say so.
    pub unguarded: bool,
    // The autosave journal
    /// The last action's change to a record, when autosave can journal it (a
    /// typed or chosen answer); `None` after any other action.
    pub last_edit: Option<LastEdit>,
}

impl Default for AppState {
    fn default() -> Self {
        let settings = Settings::default();
        AppState {
            records: BTreeMap::new(),
            storage: StorageStatus::default(),
            unreadable: 0,
            save: SaveStatus::default(),
            return_to_check: None,
            practitioner: String::new(),
            practitioner_team: String::new(),
            notice: None,
            pin: None,
            child_mode: None,
            pin_attempts: PinAttempts::default(),
            lock_after_minutes: settings.lock_after_minutes,
            retention_days: settings.retention_days,
            elsewhere: BTreeSet::new(),
            taken_over: None,
            unguarded: false,
            last_edit: None,
        }
    }
}

/// A change to the list of records to confirm on it. Records are named by their
/// case number when they have one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Deleted {
        case_number: Option<String>,
    },
    Duplicated {
        case_number: Option<String>,
    },
    // Protect the data
    /// Retention deleted this many records at start-up.
    Expired {
        count: usize,
    },
}

pub enum AppAction {
    Loaded {
        records: Vec<CaseRecord>,
        unreadable: usize,
    },
    StorageUnavailable,
    Create(Box<CaseRecord>),
    Edit {
        id: Uuid,
        action: RecordAction,
        at: OffsetDateTime,
    },
    SaveStatus(SaveStatus),
    ReturnToCheck(Option<Uuid>),
    // Added with the settings page and the case records list.
    /// Settings read at start-up, or saved on the settings page.
    Settings(Settings),
    /// Removes the record; autosave then deletes it from storage.
    Delete(Uuid),
    /// Makes a new record, `id`, as a copy of the record `of`.
    Duplicate {
        of: Uuid,
        id: Uuid,
        at: OffsetDateTime,
    },
    /// The list's banner has been seen: the page showing it was left.
    DismissNotice,
    // The child's voice
    /// A session started: the device is now in child mode for it.
    EnterChildMode {
        record: Uuid,
        session: Uuid,
    },
    /// "Exit this page": a neutral page shows until the PIN is given.
    ExitThisPage,
    /// The practitioner gave the right PIN.
    LeaveChildMode,
    /// A new PIN was set in settings.
    Pin(PinHash),
    // Child mode safety
    /// A wrong PIN was given on the PIN screen at this time (ms, browser clock).
    WrongPin {
        at: f64,
    },
    // JSON export and import
    /// Opens an exported record (read and checked by `read_import`), as a new
    /// record or in place of the stored copy with the same id, after the import
    /// page's confirmation. Its history is kept and the import added to it.
    Import {
        envelope: Box<ExportEnvelope>,
        at: OffsetDateTime,
    },
    // Protect the data
    /// The app locked: everything personal leaves the state (storage holds
    /// it, sealed, and what it could not take is sealed in memory).
    Lock,
    /// Retention deleted these records: the case system has them and their
    /// time on this device is over. Autosave deletes them from storage.
    Expired(Vec<Uuid>),
    // Two tabs on one record
    /// Whether this tab or another may change the record.
    Editing {
        record: Uuid,
        editing: Editing,
    },
    /// The record as storage holds it, written by another tab: taken if newer.
    Refreshed(Box<CaseRecord>),
    /// Another tab deleted the record.
    RemovedElsewhere(Uuid),
}

pub type AppContext = UseReducerHandle<AppState>;

impl AppState {
    /// The settings as they are now, to store after changing one of them.
    pub fn settings(&self) -> Settings {
        Settings {
            name: self.practitioner.clone(),
            team: self.practitioner_team.clone(),
            pin: self.pin.clone(),
            child_mode: self.child_mode,
            lock_after_minutes: self.lock_after_minutes,
            retention_days: self.retention_days,
        }
    }

    /// In child mode only the child's own actions on their session may change a
    /// record; after "Exit this page" nothing may until the PIN is given.
    pub fn allows(&self, record: Uuid, action: &RecordAction) -> bool {
        // Two tabs on one record: only the tab holding its lock changes it.
        if self.elsewhere.contains(&record) {
            return false;
        }
        match self.child_mode {
            None => !matches!(action, RecordAction::Child { .. }),
            Some(mode) => {
                !mode.exited
                    && mode.record == record
                    && matches!(action, RecordAction::Child { session, .. } if *session == mode.session)
            }
        }
    }

    // Accessibility
    /// A new, empty record, with the practitioner's name and team already in its
    /// case details from settings, so they are not asked for again with every
    /// record (WCAG 3.3.7); they can still be changed there.
    pub fn new_record(&self, id: Uuid, now: OffsetDateTime) -> CaseRecord {
        let mut record = CaseRecord::new(id, now);
        record.case_details.practitioner_name = self.practitioner.clone();
        record.case_details.practitioner_team = self.practitioner_team.clone();
        record
    }

    pub fn record(&self, id: Uuid) -> Option<&CaseRecord> {
        self.records.get(&id).map(Rc::as_ref)
    }

    /// Records with the most recently changed first.
    pub fn records_newest_first(&self) -> Vec<&CaseRecord> {
        let mut records: Vec<&CaseRecord> = self.records.values().map(Rc::as_ref).collect();
        records.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
        records
    }
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.last_edit = None;
        match action {
            AppAction::Loaded {
                records,
                unreadable,
            } => {
                // Records created while storage was loading are kept alongside.
                for record in records {
                    next.records
                        .entry(record.id)
                        .or_insert_with(|| Rc::new(record));
                }
                next.unreadable = unreadable;
                next.storage = StorageStatus::Ready;
            }
            AppAction::StorageUnavailable => next.storage = StorageStatus::Unavailable,
            AppAction::Create(record) => {
                next.records.insert(record.id, Rc::new(*record));
            }
            AppAction::Edit { id, action, at } => {
                if !self.allows(id, &action) {
                    return self;
                }
                let Some(current) = next.records.get(&id) else {
                    return self;
                };
                let before = Rc::clone(current);
                let mut record = CaseRecord::clone(current);
                let context = ChangeContext {
                    at,
                    by: self.practitioner.clone(),
                };
                let entry = JournalEntry::for_action(id, record.revision + 1, &action, &context);
                if !apply(&mut record, action, &context) {
                    return self;
                }
                let after = Rc::new(record);
                next.last_edit = LastEdit::new(before, Rc::clone(&after), entry);
                next.records.insert(id, after);
            }
            AppAction::ReturnToCheck(record) => {
                if self.return_to_check == record {
                    return self;
                }
                next.return_to_check = record;
            }
            AppAction::SaveStatus(status) => {
                if self.save == status {
                    return self;
                }
                next.save = status;
            }
            // Added with the settings page and the case records list.
            AppAction::Settings(settings) => {
                next.practitioner = settings.name;
                next.practitioner_team = settings.team;
                // The child's voice
                next.pin = settings.pin;
                next.child_mode = settings.child_mode;
                // Protect the data
                next.lock_after_minutes = settings.lock_after_minutes;
                next.retention_days = settings.retention_days;
            }
            AppAction::Lock => return Rc::new(AppState::default()),
            AppAction::Editing { record, editing } => {
                let was_elsewhere = next.elsewhere.contains(&record);
                match editing {
                    Editing::Here => {
                        next.elsewhere.remove(&record);
                        next.taken_over = was_elsewhere.then_some(record);
                    }
                    Editing::Elsewhere => {
                        next.elsewhere.insert(record);
                        next.taken_over = None;
                    }
                    Editing::Unguarded => next.unguarded = true,
                }
            }
            AppAction::Refreshed(record) => {
                let newer = next
                    .records
                    .get(&record.id)
                    .is_none_or(|current| current.revision < record.revision);
                if !newer {
                    return self;
                }
                next.records.insert(record.id, Rc::new(*record));
            }
            AppAction::RemovedElsewhere(id) => {
                if next.records.remove(&id).is_none() {
                    return self;
                }
            }
            AppAction::Expired(ids) => {
                let count = ids
                    .iter()
                    .filter(|id| next.records.remove(id).is_some())
                    .count();
                if count == 0 {
                    return self;
                }
                next.notice = Some(Notice::Expired { count });
            }
            AppAction::Delete(id) => {
                if self.elsewhere.contains(&id) {
                    return self;
                }
                let Some(deleted) = next.records.remove(&id) else {
                    return self;
                };
                next.notice = Some(Notice::Deleted {
                    case_number: case_number(&deleted),
                });
            }
            AppAction::Duplicate { of, id, at } => {
                let Some(original) = self.record(of) else {
                    return self;
                };
                let context = ChangeContext {
                    at,
                    by: self.practitioner.clone(),
                };
                let copy = duplicate_record(original, id, &context);
                next.records.insert(id, Rc::new(copy));
                next.notice = Some(Notice::Duplicated {
                    case_number: case_number(original),
                });
            }
            AppAction::DismissNotice => {
                if self.notice.is_none() {
                    return self;
                }
                next.notice = None;
            }
            // The child's voice
            AppAction::EnterChildMode { record, session } => {
                let started = self
                    .record(record)
                    .and_then(|r| r.voice_session(session))
                    .is_some_and(|s| s.is_started() && !s.is_finished());
                // Child mode safety: without a PIN nothing could leave child mode.
                if !started || self.child_mode.is_some() || self.pin.is_none() {
                    return self;
                }
                next.child_mode = Some(ChildMode {
                    record,
                    session,
                    exited: false,
                });
            }
            AppAction::ExitThisPage => {
                let Some(mode) = self.child_mode else {
                    return self;
                };
                next.child_mode = Some(ChildMode {
                    exited: true,
                    ..mode
                });
            }
            AppAction::LeaveChildMode => {
                next.child_mode = None;
                // Child mode safety: the next practitioner starts a fresh count.
                next.pin_attempts = PinAttempts::default();
            }
            AppAction::Pin(pin) => next.pin = Some(pin),
            // Child mode safety
            AppAction::WrongPin { at } => next.pin_attempts = self.pin_attempts.wrong(at),
            // JSON export and import
            AppAction::Import { envelope, at } => {
                // Nothing from a file replaces a record while a child holds the device.
                if self.child_mode.is_some() {
                    return self;
                }
                let context = ChangeContext {
                    at,
                    by: self.practitioner.clone(),
                };
                let stored = self.record(envelope.record.id);
                let record = imported_record(*envelope, stored, &context);
                next.records.insert(record.id, Rc::new(record));
            }
        }
        Rc::new(next)
    }
}

fn case_number(record: &CaseRecord) -> Option<String> {
    record.case_number().map(|n| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use casevoice_core::{Answer, Field, Question};

    fn record(n: u128, minute: u8) -> CaseRecord {
        let at = OffsetDateTime::UNIX_EPOCH + time::Duration::minutes(minute.into());
        CaseRecord::new(Uuid::from_u128(n), at)
    }

    fn reduce(state: AppState, action: AppAction) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    // Two tabs on one record
    #[test]
    fn a_record_another_tab_is_changing_cannot_be_changed_or_deleted_here() {
        let id = Uuid::from_u128(1);
        let state = reduce(
            AppState::default(),
            AppAction::Create(Box::new(record(1, 0))),
        );
        let state = reduce(
            state,
            AppAction::Editing {
                record: id,
                editing: Editing::Elsewhere,
            },
        );
        let edit = AppAction::Edit {
            id,
            action: RecordAction::Set(
                casevoice_core::Field::case(casevoice_core::Question::Court),
                casevoice_core::Answer::Text("Cardiff".into()),
            ),
            at: OffsetDateTime::UNIX_EPOCH,
        };
        let unchanged = reduce(state.clone(), edit);
        assert_eq!(unchanged.records, state.records);
        let still_there = reduce(state.clone(), AppAction::Delete(id));
        assert!(still_there.records.contains_key(&id));

        // The other tab leaves: this one may change it, and says so.
        let here = reduce(
            state,
            AppAction::Editing {
                record: id,
                editing: Editing::Here,
            },
        );
        assert!(here.elsewhere.is_empty());
        assert_eq!(here.taken_over, Some(id));
    }

    #[test]
    fn without_web_locks_the_record_is_changed_here_and_the_pages_say_two_tabs_are_not_guarded() {
        let id = Uuid::from_u128(1);
        let state = reduce(
            AppState::default(),
            AppAction::Create(Box::new(record(1, 0))),
        );
        let state = reduce(
            state,
            AppAction::Editing {
                record: id,
                editing: Editing::Unguarded,
            },
        );
        assert!(state.unguarded);
        assert!(state.elsewhere.is_empty());
        let edited = reduce(
            state.clone(),
            AppAction::Edit {
                id,
                action: RecordAction::Set(
                    casevoice_core::Field::case(casevoice_core::Question::Court),
                    casevoice_core::Answer::Text("Cardiff".into()),
                ),
                at: OffsetDateTime::UNIX_EPOCH,
            },
        );
        assert_ne!(edited.records, state.records);
    }

    #[test]
    fn a_record_read_again_from_storage_is_taken_only_if_newer() {
        let mut stored = record(1, 0);
        stored.revision = 5;
        let state = reduce(
            AppState::default(),
            AppAction::Refreshed(Box::new(stored.clone())),
        );
        assert_eq!(state.records[&stored.id].revision, 5);
        let mut older = stored.clone();
        older.revision = 3;
        let state = reduce(state, AppAction::Refreshed(Box::new(older)));
        assert_eq!(state.records[&stored.id].revision, 5);
        let state = reduce(state, AppAction::RemovedElsewhere(stored.id));
        assert!(state.records.is_empty());
    }

    #[test]
    fn loading_keeps_a_record_created_while_storage_was_still_being_read() {
        let state = reduce(
            AppState::default(),
            AppAction::Create(Box::new(record(1, 5))),
        );
        let state = reduce(
            state,
            AppAction::Loaded {
                records: vec![record(2, 1)],
                unreadable: 1,
            },
        );
        assert_eq!(state.records.len(), 2);
        assert_eq!(state.storage, StorageStatus::Ready);
        assert_eq!(state.unreadable, 1);
    }

    #[test]
    fn edits_go_through_the_core_reducer_and_count_revisions() {
        let state = reduce(
            AppState::default(),
            AppAction::Create(Box::new(record(1, 0))),
        );
        let state = reduce(
            state,
            AppAction::Edit {
                id: Uuid::from_u128(1),
                action: RecordAction::Set(
                    Field::case(Question::CaseNumber),
                    Answer::Text("zw19p01392".into()),
                ),
                at: OffsetDateTime::UNIX_EPOCH,
            },
        );
        let edited = state.record(Uuid::from_u128(1)).unwrap();
        assert_eq!(edited.case_details.case_number, "zw19p01392");
        assert_eq!(edited.revision, 1);
    }

    #[test]
    fn an_edit_to_a_record_that_is_not_there_changes_nothing() {
        let state = AppState::default();
        let next = reduce(
            state.clone(),
            AppAction::Edit {
                id: Uuid::from_u128(9),
                action: RecordAction::Set(Field::case(Question::Court), Answer::Text("x".into())),
                at: OffsetDateTime::UNIX_EPOCH,
            },
        );
        assert_eq!(next, state);
    }

    #[test]
    fn lists_the_most_recently_changed_record_first() {
        let mut state = AppState::default();
        for (n, minute) in [(1, 3), (2, 9), (3, 1)] {
            state = reduce(state, AppAction::Create(Box::new(record(n, minute))));
        }
        let order: Vec<u128> = state
            .records_newest_first()
            .iter()
            .map(|r| r.id.as_u128())
            .collect();
        assert_eq!(order, vec![2, 1, 3]);
    }

    #[test]
    fn a_successful_save_replaces_a_not_saved_warning() {
        let state = reduce(
            AppState::default(),
            AppAction::SaveStatus(SaveStatus::NotSaved(SaveFailure::StorageFull)),
        );
        assert_eq!(state.save, SaveStatus::NotSaved(SaveFailure::StorageFull));
        let at = OffsetDateTime::UNIX_EPOCH;
        let state = reduce(state, AppAction::SaveStatus(SaveStatus::Saved { at }));
        assert_eq!(state.save, SaveStatus::Saved { at });
    }

    #[test]
    fn the_same_save_status_again_keeps_the_same_state_so_nothing_re_renders() {
        let state = Rc::new(AppState::default());
        let next = Rc::clone(&state).reduce(AppAction::SaveStatus(SaveStatus::Idle));
        assert!(Rc::ptr_eq(&state, &next));
    }

    // Added with the settings page and the case records list.

    #[test]
    fn a_new_record_starts_with_the_practitioners_name_and_team_from_settings() {
        let state = reduce(
            AppState::default(),
            AppAction::Settings(Settings {
                name: "Sam Okafor".into(),
                team: "South West".into(),
                ..Settings::default()
            }),
        );
        let record = state.new_record(Uuid::from_u128(9), OffsetDateTime::UNIX_EPOCH);
        assert_eq!(record.case_details.practitioner_name, "Sam Okafor");
        assert_eq!(record.case_details.practitioner_team, "South West");
        assert_eq!(record.revision, 0);
        assert!(record.history.is_empty());
        // Without a name in settings the question is simply empty.
        let record = AppState::default().new_record(Uuid::from_u128(9), OffsetDateTime::UNIX_EPOCH);
        assert_eq!(record.case_details.practitioner_name, "");
    }

    #[test]
    fn edits_are_recorded_as_made_by_the_practitioner_named_in_settings() {
        let state = reduce(
            AppState::default(),
            AppAction::Settings(Settings {
                name: "Sam Okafor".into(),
                team: "South West".into(),
                ..Settings::default()
            }),
        );
        assert_eq!(state.practitioner, "Sam Okafor");
        assert_eq!(state.practitioner_team, "South West");
        let state = reduce(state, AppAction::Create(Box::new(record(1, 0))));
        let state = reduce(
            state,
            AppAction::Edit {
                id: Uuid::from_u128(1),
                action: RecordAction::Set(
                    Field::case(Question::Court),
                    Answer::Text("Bath".into()),
                ),
                at: OffsetDateTime::UNIX_EPOCH,
            },
        );
        let history = &state.record(Uuid::from_u128(1)).unwrap().history;
        assert_eq!(history[0].by, "Sam Okafor");
    }

    #[test]
    fn deleting_removes_the_record_and_says_which_it_was() {
        let numbered = common_record_with_case_number(1, "zw19p01392");
        let state = reduce(AppState::default(), AppAction::Create(Box::new(numbered)));
        let state = reduce(state, AppAction::Create(Box::new(record(2, 0))));
        let state = reduce(state, AppAction::Delete(Uuid::from_u128(1)));
        assert_eq!(state.records.len(), 1);
        assert!(state.record(Uuid::from_u128(1)).is_none());
        assert_eq!(
            state.notice,
            Some(Notice::Deleted {
                case_number: Some("ZW19P01392".into())
            })
        );
        let state = reduce(state, AppAction::DismissNotice);
        assert_eq!(state.notice, None);
    }

    #[test]
    fn deleting_a_record_that_is_not_there_changes_nothing() {
        let state = Rc::new(AppState::default());
        let next = Rc::clone(&state).reduce(AppAction::Delete(Uuid::from_u128(9)));
        assert!(Rc::ptr_eq(&state, &next));
    }

    #[test]
    fn duplicating_adds_a_copy_made_by_the_practitioner_and_leaves_the_original() {
        let state = reduce(
            AppState::default(),
            AppAction::Settings(Settings {
                name: "Alex Brown".into(),
                team: String::new(),
                ..Settings::default()
            }),
        );
        let original = common_record_with_case_number(1, "ZW19P01392");
        let state = reduce(state, AppAction::Create(Box::new(original.clone())));
        let at = OffsetDateTime::UNIX_EPOCH + time::Duration::hours(1);
        let state = reduce(
            state,
            AppAction::Duplicate {
                of: Uuid::from_u128(1),
                id: Uuid::from_u128(2),
                at,
            },
        );
        assert_eq!(state.record(Uuid::from_u128(1)), Some(&original));
        let copy = state.record(Uuid::from_u128(2)).unwrap();
        assert_eq!(copy.case_details, original.case_details);
        assert_eq!(copy.history.len(), 1);
        assert_eq!(copy.history[0].by, "Alex Brown");
        assert_eq!(state.records_newest_first()[0].id, Uuid::from_u128(2));
        assert_eq!(
            state.notice,
            Some(Notice::Duplicated {
                case_number: Some("ZW19P01392".into())
            })
        );
    }

    fn common_record_with_case_number(n: u128, typed: &str) -> CaseRecord {
        let mut record = record(n, 0);
        record.case_details.case_number = typed.into();
        record
    }

    // The child's voice

    #[test]
    fn in_child_mode_only_the_childs_actions_on_their_session_change_records() {
        use casevoice_core::voice_action::ChildAction;
        let (id, session) = (Uuid::from_u128(1), Uuid::from_u128(9));
        let child_action = RecordAction::Child {
            session,
            action: ChildAction::Scale(5),
            lang: casevoice_core::Lang::En,
        };
        let practitioner_action =
            RecordAction::Set(Field::case(Question::Court), Answer::Text("Leeds".into()));
        let mut state = AppState::default();
        assert!(state.allows(id, &practitioner_action));
        assert!(!state.allows(id, &child_action));
        state.child_mode = Some(ChildMode {
            record: id,
            session,
            exited: false,
        });
        assert!(state.allows(id, &child_action));
        assert!(!state.allows(id, &practitioner_action));
        assert!(!state.allows(Uuid::from_u128(2), &child_action));
        let other_session = RecordAction::Child {
            session: Uuid::from_u128(10),
            action: ChildAction::Scale(5),
            lang: casevoice_core::Lang::En,
        };
        assert!(!state.allows(id, &other_session));
        let state = reduce(state, AppAction::ExitThisPage);
        assert!(!state.allows(id, &child_action));
        let state = reduce(state, AppAction::LeaveChildMode);
        assert_eq!(state.child_mode, None);
    }
}
