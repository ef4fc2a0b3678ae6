use std::rc::Rc;

use gloo::events::EventListener;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::autosave::Autosaver;
use crate::components::Layout;
use crate::hooks::Messages;
// Welsh
use crate::language::{browser_language, use_document_language, LanguageChoice};
use crate::pages::{
    AdultPage, CaseDetailsPage, CaseNumberPage, CheckAnswersPage, ChecksPage, ChildPage, HomePage,
    NotFoundPage, People, PeopleListPage, RecordPage, RemovePersonPage, RiskPage,
};
use crate::pages::{DeleteRecordPage, HistoryPage, SettingsPage};
use casevoice_core::Lang;
// Welfare checklist and recommendation
use crate::pages::{ChildWelfarePage, RecommendationPage, WelfareListPage};
use crate::router::{BrowserRouter, Route};
// Visits
use crate::pages::{RemoveVisitPage, VisitPage, VisitsListPage};
// The child's voice
use crate::pages::{
    ChildActivityScreen, ChildFinishedScreen, ChildMenuScreen, ChildReadBackScreen,
    ChildSharingScreen, SessionAfterPage, SessionSafetyPage, SessionSetupPage, SessionToldPage,
    VoiceListPage,
};
use crate::state::{AppAction, AppContext, AppState};
// JSON export and import
use crate::pages::ImportPage;
// Child mode safety
use crate::child_mode::{
    use_guarded_route, use_save_child_mode, NeutralPage, Shown, StartingPage, UnlockPage,
};
use crate::storage::StoreContext;
use crate::storage::{AppStore, IndexedDbStore, MemoryStore, RecordStore};
// Protect the data
use crate::pages::{ChangePassphrasePage, WipePage};
use crate::retention::RetentionKeeper;
use crate::storage::{Backend, Keyring, RawStore};
use crate::vault::{use_idle_lock, use_lock_shortcut, Phase, VaultContext, VaultGate};
use casevoice_core::settings::{ChildMode, DeviceState};
use casevoice_core::stored_record::{from_stored_json, to_stored_json};
use casevoice_core::vault::VaultHeader;
// Two tabs on one record
use crate::record_lock_keeper::RecordLockKeeper;
use crate::tabs::TabSync;
use std::cell::RefCell;
use uuid::Uuid;
// CSV export
use crate::pages::CsvExportPage;
// Print view
use crate::pages::PrintRecordPage;
// Encrypted export and upload
use crate::export::{fetch_deployment, Deployment};
use crate::outbox::OutboxProvider;
use crate::pages::{ExportPage, OutboxPage};
// Accessibility
use crate::pages::HelpPage;
// Offline
use crate::offline::{use_offline_state, Offline};
// Case audit
use crate::pages::{
    AuditActionPage, AuditActionsPage, AuditAuditorPage, AuditCheckPage, AuditFeedbackPage,
    AuditGradesPage, AuditHistoryPage, AuditIndicatorsPage, AuditOverviewPage, AuditPrintPage,
    AuditRecordPage, AuditSummaryPage, RemoveAuditActionPage,
};

/// The whole app: storage, the vault, state, language and routing around the
/// page for the current address.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let autosaver = use_state(|| None::<Rc<Autosaver>>);
    // The same autosaver, for locking to find as it is at that moment.
    let current_autosaver = use_mut_ref(|| None::<Rc<Autosaver>>);
    let store = use_state(StoreContext::default);
    // Protect the data
    let phase = use_state(|| Phase::Opening);
    let backend = use_state(|| None::<Backend>);
    let device = use_state(DeviceState::default);
    let keyring = use_memo((), |_| Keyring::default());
    let pending = use_mut_ref(Vec::<(Uuid, String)>::new);
    let wipe_failed = use_state(|| false);
    let locking = use_mut_ref(|| false);
    // The phase as it is now, for handlers made in an earlier render (the idle
    // lock and the shortcut): after a passphrase change they must lock under
    // the new header, not the one they were made with.
    let current_phase = use_mut_ref(|| Phase::Opening);
    *current_phase.borrow_mut() = (*phase).clone();
    let current_child_mode = use_mut_ref(|| None);
    *current_child_mode.borrow_mut() = state.child_mode;
    // Welsh: the language chosen on this device, as it is now, for the same
    // handlers and for every write of the device state.
    let current_lang_choice = use_mut_ref(|| None::<Lang>);
    *current_lang_choice.borrow_mut() = device.lang;
    let browser_lang = use_memo((), |_| browser_language());
    let lang = device.lang.unwrap_or(*browser_lang);
    use_document_language(lang);

    {
        let (phase, backend, device) = (phase.clone(), backend.clone(), device.clone());
        let lang_choice = current_lang_choice.clone();
        use_effect_with((), move |_| {
            spawn_local(open_backend(phase, backend, device, lang_choice, false));
        });
    }

    {
        let autosaver = (*autosaver).clone();
        // The edit that made these records, if any: this render's, as the effect
        // runs only when the records changed.
        let last_edit = state.last_edit.clone();
        use_effect_with(
            (state.records.clone(), autosaver),
            move |(records, autosaver)| {
                if let Some(autosaver) = autosaver {
                    autosaver.records_changed(records, last_edit.as_ref());
                }
            },
        );
    }

    // Encrypted export and upload: config.json is read once, at start-up.
    let deployment = use_state(Deployment::default);
    {
        let deployment = deployment.clone();
        use_effect_with((), move |_| {
            spawn_local(async move { deployment.set(fetch_deployment().await) });
        });
    }

    // Child mode safety: a reload stays in child mode, or on the neutral page.
    use_save_child_mode(&state, &store, current_lang_choice.clone());

    use_effect_with((*autosaver).clone(), |autosaver| {
        let listeners = autosaver.clone().map(flush_when_page_is_left);
        move || drop(listeners)
    });

    // Protect the data
    let parts = Parts {
        state: state.clone(),
        autosaver: autosaver.clone(),
        current_autosaver: current_autosaver.clone(),
        store: store.clone(),
        phase: phase.clone(),
        backend: backend.clone(),
        device: device.clone(),
        keyring: (*keyring).clone(),
        pending: pending.clone(),
        wipe_failed: wipe_failed.clone(),
        locking: locking.clone(),
        current_phase: current_phase.clone(),
        current_child_mode: current_child_mode.clone(),
        current_lang_choice: current_lang_choice.clone(),
    };
    let unlocked = {
        let parts = parts.clone();
        Callback::from(move |header| spawn_local(load_unlocked(parts.clone(), header)))
    };
    let lock = {
        let parts = parts.clone();
        Callback::from(move |()| spawn_local(lock_app(parts.clone())))
    };
    let wipe = {
        let parts = parts.clone();
        Callback::from(move |()| spawn_local(wipe_device(parts.clone())))
    };
    let header_changed = {
        let phase = phase.clone();
        Callback::from(move |header| phase.set(Phase::Unlocked { header }))
    };
    let is_unlocked = matches!(*phase, Phase::Unlocked { .. });
    // One callback for the app's life, reading the parts as they are now: a new
    // one each render would re-render every language switch on every keystroke.
    let latest_parts = use_mut_ref(|| None::<Parts>);
    *latest_parts.borrow_mut() = Some(parts.clone());
    let choose_language = (*use_memo((), move |_| {
        LanguageChoice(Callback::from(move |lang| {
            if let Some(parts) = latest_parts.borrow().as_ref() {
                choose_language(parts, lang);
            }
        }))
    }))
    .clone();
    // Two tabs on one record
    let tab_sync = TabSync::new(current_autosaver.clone(), state.clone());
    {
        let tab_sync = tab_sync.clone();
        use_effect_with(is_unlocked, move |unlocked| {
            let connection = unlocked.then(|| tab_sync.connect()).flatten();
            move || drop(connection)
        });
    }
    let idle_warning = use_idle_lock(is_unlocked, state.lock_after_minutes, lock.clone());
    use_lock_shortcut(is_unlocked, lock.clone());
    use_effect_with(phase.name(), |name| {
        let _ = gloo::utils::document_element().set_attribute("data-vault", name);
    });
    // Offline: a newer release moves in only once what is typed is stored.
    let offline = use_offline_state(current_autosaver.clone());
    let vault = VaultContext {
        phase: (*phase).clone(),
        backend: (*backend).clone(),
        keyring: (*keyring).clone(),
        device: *device,
        unlocked,
        header_changed,
        lock,
        wipe,
        wipe_failed: *wipe_failed,
        idle_warning,
    };

    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<Messages> context={Messages { lang }}>
            <ContextProvider<LanguageChoice> context={choose_language}>
                <ContextProvider<Offline> context={offline}>
                    <BrowserRouter>
                        <ContextProvider<VaultContext> context={vault}>
                            if is_unlocked {
                                <ContextProvider<StoreContext> context={(*store).clone()}>
                                    <ContextProvider<Deployment> context={(*deployment).clone()}>
                                        <ContextProvider<TabSync> context={tab_sync}>
                                            <OutboxProvider>
                                                <RetentionKeeper />
                                                <RecordLockKeeper />
                                                <Layout><CurrentPage /></Layout>
                                            </OutboxProvider>
                                        </ContextProvider<TabSync>>
                                    </ContextProvider<Deployment>>
                                </ContextProvider<StoreContext>>
                            } else {
                                <VaultGate />
                            }
                        </ContextProvider<VaultContext>>
                    </BrowserRouter>
                </ContextProvider<Offline>>
            </ContextProvider<LanguageChoice>>
            </ContextProvider<Messages>>
        </ContextProvider<AppContext>>
    }
}

/// The page for the current address.
#[function_component(CurrentPage)]
pub fn current_page() -> Html {
    // Child mode safety: what child mode lets show at this address.
    let route = match use_guarded_route() {
        Shown::Page(route) => route,
        Shown::Starting => return html! { <StartingPage /> },
        Shown::Neutral => return html! { <NeutralPage /> },
    };
    match route {
        Route::Home => html! { <HomePage /> },
        // Keyed by record, so nothing typed on one record's page shows on another's.
        Route::Record(id) => html! { <RecordPage key={id.to_string()} {id} /> },
        Route::CaseNumber(id) => html! { <CaseNumberPage key={id.to_string()} {id} /> },
        Route::CaseDetails(id) => html! { <CaseDetailsPage key={id.to_string()} {id} /> },
        Route::Children(id) => {
            html! { <PeopleListPage key={id.to_string()} {id} people={People::Children} /> }
        }
        Route::Child(id, child) => html! { <ChildPage key={child.to_string()} {id} {child} /> },
        Route::RemoveChild(id, person) => html! {
            <RemovePersonPage key={person.to_string()} {id} {person} people={People::Children} />
        },
        Route::Adults(id) => {
            html! { <PeopleListPage key={format!("adults-{id}")} {id} people={People::Adults} /> }
        }
        Route::Adult(id, adult) => html! { <AdultPage key={adult.to_string()} {id} {adult} /> },
        Route::RemoveAdult(id, person) => html! {
            <RemovePersonPage key={person.to_string()} {id} {person} people={People::Adults} />
        },
        Route::Checks(id) => html! { <ChecksPage key={format!("checks-{id}")} {id} /> },
        Route::Risk(id) => html! { <RiskPage key={format!("risk-{id}")} {id} /> },
        // Visits
        Route::Visits(id) => html! { <VisitsListPage key={format!("visits-{id}")} {id} /> },
        Route::Visit(id, visit) => html! { <VisitPage key={visit.to_string()} {id} {visit} /> },
        Route::RemoveVisit(id, visit) => {
            html! { <RemoveVisitPage key={format!("remove-{visit}")} {id} {visit} /> }
        }
        Route::CheckAnswers(id) => html! { <CheckAnswersPage key={format!("check-{id}")} {id} /> },
        Route::NotFound => html! { <NotFoundPage /> },
        // Added with the settings page, the case records list and the edit history.
        Route::Settings => html! { <SettingsPage /> },
        Route::DeleteRecord(id) => html! { <DeleteRecordPage key={id.to_string()} {id} /> },
        Route::History(id) => html! { <HistoryPage key={id.to_string()} {id} /> },
        // Welfare checklist and recommendation
        Route::Welfare(id) => html! { <WelfareListPage key={format!("welfare-{id}")} {id} /> },
        Route::ChildWelfare(id, child) => {
            html! { <ChildWelfarePage key={format!("welfare-{child}")} {id} {child} /> }
        }
        Route::Recommendation(id) => {
            html! { <RecommendationPage key={format!("recommendation-{id}")} {id} /> }
        }
        // The child's voice
        Route::Voice(id) => html! { <VoiceListPage key={format!("voice-{id}")} {id} /> },
        Route::SessionSetup(id, session) => {
            html! { <SessionSetupPage key={format!("setup-{session}")} {id} {session} /> }
        }
        Route::SessionAfter(id, session) => {
            html! { <SessionAfterPage key={format!("after-{session}")} {id} {session} /> }
        }
        Route::SessionSafety(id, session) => {
            html! { <SessionSafetyPage key={format!("safety-{session}")} {id} {session} /> }
        }
        Route::SessionTold(id, session) => {
            html! { <SessionToldPage key={format!("told-{session}")} {id} {session} /> }
        }
        Route::ChildMenu(id, session) => {
            html! { <ChildMenuScreen key={format!("menu-{session}")} {id} {session} /> }
        }
        Route::ChildActivity(id, session, activity) => html! {
            <ChildActivityScreen key={format!("{}-{session}", activity.slug())} {id} {session} {activity} />
        },
        Route::ChildSharing(id, session) => {
            html! { <ChildSharingScreen key={format!("sharing-{session}")} {id} {session} /> }
        }
        Route::ChildReadBack(id, session) => {
            html! { <ChildReadBackScreen key={format!("read-back-{session}")} {id} {session} /> }
        }
        Route::ChildFinished(id, session) => {
            html! { <ChildFinishedScreen key={format!("finished-{session}")} {id} {session} /> }
        }
        // Child mode safety
        Route::Unlock => html! { <UnlockPage /> },
        // CSV export
        Route::CsvExport(id) => html! { <CsvExportPage key={format!("csv-{id}")} {id} /> },
        // Print view
        Route::PrintRecord(id) => html! { <PrintRecordPage key={format!("print-{id}")} {id} /> },
        // JSON export and import
        Route::Import => html! { <ImportPage /> },
        // Encrypted export and upload
        Route::Export(id) => html! { <ExportPage key={format!("export-{id}")} {id} /> },
        Route::Outbox => html! { <OutboxPage /> },
        // Protect the data
        Route::ChangePassphrase => html! { <ChangePassphrasePage /> },
        Route::Wipe => html! { <WipePage /> },
        // Accessibility
        Route::Help => html! { <HelpPage /> },
        // Case audit
        Route::Audit(id) => html! { <AuditOverviewPage key={format!("audit-{id}")} {id} /> },
        Route::AuditAuditor(id) => {
            html! { <AuditAuditorPage key={format!("audit-auditor-{id}")} {id} /> }
        }
        Route::AuditIndicators(id) => {
            html! { <AuditIndicatorsPage key={format!("audit-indicators-{id}")} {id} /> }
        }
        Route::AuditRecord(id) => {
            html! { <AuditRecordPage key={format!("audit-record-{id}")} {id} /> }
        }
        Route::AuditGrades(id) => {
            html! { <AuditGradesPage key={format!("audit-grades-{id}")} {id} /> }
        }
        Route::AuditFeedback(id) => {
            html! { <AuditFeedbackPage key={format!("audit-feedback-{id}")} {id} /> }
        }
        Route::AuditActions(id) => {
            html! { <AuditActionsPage key={format!("audit-actions-{id}")} {id} /> }
        }
        Route::AuditAction(id, action) => {
            html! { <AuditActionPage key={format!("audit-action-{action}")} {id} {action} /> }
        }
        Route::RemoveAuditAction(id, action) => html! {
            <RemoveAuditActionPage key={format!("remove-audit-action-{action}")} {id} {action} />
        },
        Route::AuditCheck(id) => {
            html! { <AuditCheckPage key={format!("audit-check-{id}")} {id} /> }
        }
        Route::AuditHistory(id) => {
            html! { <AuditHistoryPage key={format!("audit-history-{id}")} {id} /> }
        }
        Route::AuditPrint(id) => {
            html! { <AuditPrintPage key={format!("audit-print-{id}")} {id} /> }
        }
        Route::AuditSummary => html! { <AuditSummaryPage /> },
        // Benchmarks: only reached by loading its address, which `start` shows
        // in place of the app (see `pages::bench`); never inside it.
        #[cfg(feature = "bench")]
        Route::Bench(_) => html! { <NotFoundPage /> },
    }
}

/// Everything locking, unlocking and wiping change.
#[derive(Clone)]
struct Parts {
    state: AppContext,
    autosaver: UseStateHandle<Option<Rc<Autosaver>>>,
    current_autosaver: Rc<RefCell<Option<Rc<Autosaver>>>>,
    store: UseStateHandle<StoreContext>,
    phase: UseStateHandle<Phase>,
    backend: UseStateHandle<Option<Backend>>,
    device: UseStateHandle<DeviceState>,
    keyring: Keyring,
    /// Records storage did not take before a lock, sealed, by id.
    pending: Rc<RefCell<Vec<(Uuid, String)>>>,
    wipe_failed: UseStateHandle<bool>,
    locking: Rc<RefCell<bool>>,
    current_phase: Rc<RefCell<Phase>>,
    current_child_mode: Rc<RefCell<Option<ChildMode>>>,
    current_lang_choice: Rc<RefCell<Option<Lang>>>,
}

// Welsh
/// Shows every page in `lang` at once and keeps the choice on this device. The
/// device state also holds child mode: while unlocked the app's state has it as
/// it is now, while locked the device state read at start-up or lock does.
fn choose_language(parts: &Parts, lang: Lang) {
    let child_mode = if parts.store.0.is_some() {
        *parts.current_child_mode.borrow()
    } else {
        parts.device.child_mode
    };
    let device = DeviceState {
        child_mode,
        lang: Some(lang),
    };
    *parts.current_lang_choice.borrow_mut() = Some(lang);
    parts.device.set(device);
    let Some(backend) = (*parts.backend).clone() else {
        return;
    };
    spawn_local(async move {
        if let Err(error) = backend.save_device_state(&device).await {
            gloo::console::warn!(format!("casevoice: language not saved: {error:?}"));
        }
    });
}

/// Opens browser storage at start-up (or after a wipe) and reads what can be
/// read before unlocking: the vault header and the device state. Where the
/// browser will not store anything the app works in memory and says so.
async fn open_backend(
    phase: UseStateHandle<Phase>,
    backend: UseStateHandle<Option<Backend>>,
    device: UseStateHandle<DeviceState>,
    lang_choice: Rc<RefCell<Option<Lang>>>,
    wiped: bool,
) {
    let opened = match IndexedDbStore::open(crate::storage::DATABASE_NAME).await {
        Ok(indexed_db) => Backend::IndexedDb(indexed_db),
        Err(error) => {
            gloo::console::warn!(format!("casevoice: browser storage unavailable: {error:?}"));
            Backend::Memory(MemoryStore::default())
        }
    };
    let mut stored = opened.device_state().await;
    // After a wipe the language chosen before it still applies.
    stored.lang = stored.lang.or(*lang_choice.borrow());
    device.set(stored);
    let next = match opened.vault_header().await {
        Ok(Some(header)) => Phase::Locked {
            header,
            after_lock: false,
        },
        Ok(None) => Phase::SetUp {
            earlier_records: opened.holds_clear_entries().await,
            wiped,
        },
        Err(error) => {
            gloo::console::warn!(format!("casevoice: vault header unreadable: {error:?}"));
            Phase::Damaged
        }
    };
    backend.set(Some(opened));
    phase.set(next);
}

/// Once the key is in the keyring: seals anything an earlier casevoice stored
/// in the clear, reads records and settings, puts back what a lock kept in
/// memory, and starts autosave.
async fn load_unlocked(parts: Parts, header: VaultHeader) {
    let Some(backend) = (*parts.backend).clone() else {
        return;
    };
    let memory_only = matches!(backend, Backend::Memory(_));
    let store = AppStore::new(backend, parts.keyring.clone());
    match store.seal_clear_entries().await {
        Ok(0) => {}
        Ok(count) => gloo::console::log!(format!(
            "casevoice: sealed {count} entries kept in the clear"
        )),
        Err(error) => {
            gloo::console::warn!(format!("casevoice: clear entries not sealed: {error:?}"))
        }
    }
    let state = parts.state.clone();
    // Said after the records are loaded, which would otherwise mark storage ready.
    let mut unavailable = memory_only;
    let loaded = match store.list().await {
        Ok(loaded) => loaded,
        Err(error) => {
            gloo::console::warn!(format!("casevoice: records not read: {error:?}"));
            unavailable = true;
            Default::default()
        }
    };
    // Settings first, so nothing is recorded under no name once records are shown.
    match store.load_settings().await {
        Ok(settings) => state.dispatch(AppAction::Settings(settings)),
        Err(error) => {
            gloo::console::warn!(format!("casevoice: settings not read: {error:?}"));
        }
    }
    let mut records = loaded.records.clone();
    for (id, sealed) in parts.pending.borrow_mut().drain(..) {
        let opened = parts
            .keyring
            .with_key(|key| key.open_text(&id.to_string(), &sealed));
        let Some(record) = opened
            .ok()
            .and_then(|text| text.ok())
            .and_then(|text| from_stored_json(&text).ok())
        else {
            continue;
        };
        match records.iter_mut().find(|stored| stored.id == id) {
            Some(stored) if stored.revision >= record.revision => {}
            Some(stored) => *stored = record,
            None => records.push(record),
        }
    }
    parts.store.set(StoreContext(Some(store.clone())));
    let dispatcher = state.dispatcher();
    let on_status =
        Callback::from(move |status| dispatcher.dispatch(AppAction::SaveStatus(status)));
    let autosaver = Autosaver::new(store, on_status, &loaded.records);
    *parts.current_autosaver.borrow_mut() = Some(Rc::clone(&autosaver));
    parts.autosaver.set(Some(autosaver));
    state.dispatch(AppAction::Loaded {
        records,
        unreadable: loaded.unreadable,
    });
    if unavailable {
        state.dispatch(AppAction::StorageUnavailable);
    }
    parts.wipe_failed.set(false);
    parts.phase.set(Phase::Unlocked { header });
}

/// Locks: waits for writes in flight, seals in memory whatever storage did not
/// take, then drops the key and everything personal from the state, so the
/// page shows nothing but the unlock form.
async fn lock_app(parts: Parts) {
    let current = parts.current_phase.borrow().clone();
    let Phase::Unlocked { header } = current else {
        return;
    };
    if parts.locking.replace(true) {
        return;
    }
    let autosaver = parts.current_autosaver.borrow_mut().take();
    if let Some(autosaver) = autosaver {
        autosaver.settle().await;
        for record in autosaver.unsaved() {
            let sealed = parts.keyring.with_key(|key| {
                key.seal_text_checked(&record.id.to_string(), &to_stored_json(&record))
            });
            match sealed {
                Ok(Ok(sealed)) => parts.pending.borrow_mut().push((record.id, sealed)),
                Ok(Err(_)) => gloo::console::error!("casevoice: a record did not seal so that it reads back; not kept across the lock"),
                Err(_) => {}
            }
        }
    }
    // After "Exit this page" the neutral page, not the unlock form, shows.
    let child_mode = *parts.current_child_mode.borrow();
    let lang = *parts.current_lang_choice.borrow();
    parts.device.set(DeviceState { child_mode, lang });
    clear_unlocked(&parts);
    parts.phase.set(Phase::Locked {
        header,
        after_lock: true,
    });
    parts.locking.replace(false);
}

fn clear_unlocked(parts: &Parts) {
    parts.current_autosaver.borrow_mut().take();
    parts.autosaver.set(None);
    parts.store.set(StoreContext(None));
    parts.state.dispatch(AppAction::Lock);
    parts.keyring.lock();
}

/// Deletes everything stored on this device, then starts again as on first use.
async fn wipe_device(parts: Parts) {
    clear_unlocked(&parts);
    parts.pending.borrow_mut().clear();
    let Some(backend) = (*parts.backend).clone() else {
        return;
    };
    match backend.wipe().await {
        Ok(()) => {
            parts.wipe_failed.set(false);
            open_backend(
                parts.phase,
                parts.backend,
                parts.device,
                parts.current_lang_choice,
                true,
            )
            .await;
        }
        Err(error) => {
            gloo::console::warn!(format!("casevoice: device not wiped: {error:?}"));
            parts.wipe_failed.set(true);
            // The connection may be closed: open it again for the next try.
            open_backend(
                parts.phase,
                parts.backend,
                parts.device,
                parts.current_lang_choice,
                false,
            )
            .await;
        }
    }
}

/// A hidden page may be closed or killed without warning (tablets do this to
/// background tabs), so pending changes are written as soon as it is hidden.
fn flush_when_page_is_left(autosaver: Rc<Autosaver>) -> [EventListener; 2] {
    let document = gloo::utils::document();
    let on_hidden = {
        let autosaver = Rc::clone(&autosaver);
        let document = document.clone();
        move |_: &Event| {
            if document.visibility_state() == web_sys::VisibilityState::Hidden {
                autosaver.flush();
            }
        }
    };
    [
        EventListener::new(&document, "visibilitychange", on_hidden),
        EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
            autosaver.flush()
        }),
    ]
}
