use std::rc::Rc;

use gloo::events::EventListener;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::autosave::Autosaver;
use crate::components::Layout;
use crate::hooks::Messages;
use crate::pages::{
    AdultPage, CaseDetailsPage, CaseNumberPage, CheckAnswersPage, ChecksPage, ChildPage, HomePage,
    NotFoundPage, People, PeopleListPage, RecordPage, RemovePersonPage, RiskPage,
};
use crate::pages::{DeleteRecordPage, HistoryPage, SettingsPage};
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
// CSV export
use crate::pages::CsvExportPage;
// Print view
use crate::pages::PrintRecordPage;
// Encrypted export and upload
use crate::export::{fetch_deployment, Deployment};
use crate::outbox::OutboxProvider;
use crate::pages::{ExportPage, OutboxPage};

/// The whole app: storage, state, language and routing around the page for the
/// current address.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let autosaver = use_state(|| None::<Rc<Autosaver>>);
    let store = use_state(StoreContext::default);

    {
        let state = state.clone();
        let autosaver = autosaver.clone();
        let store = store.clone();
        use_effect_with((), move |_| {
            spawn_local(open_storage(state, autosaver, store));
        });
    }

    {
        let autosaver = (*autosaver).clone();
        use_effect_with(
            (state.records.clone(), autosaver),
            |(records, autosaver)| {
                if let Some(autosaver) = autosaver {
                    autosaver.records_changed(records);
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
    use_save_child_mode(&state, &store);

    use_effect_with((*autosaver).clone(), |autosaver| {
        let listeners = autosaver.clone().map(flush_when_page_is_left);
        move || drop(listeners)
    });

    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<Messages> context={Messages::default()}>
                <BrowserRouter>
                    <ContextProvider<StoreContext> context={(*store).clone()}>
                        <ContextProvider<Deployment> context={(*deployment).clone()}>
                            <OutboxProvider><Layout><CurrentPage /></Layout></OutboxProvider>
                        </ContextProvider<Deployment>>
                    </ContextProvider<StoreContext>>
                </BrowserRouter>
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
    }
}

/// Reads stored records and settings once, at start-up, then starts autosave.
/// Where the browser will not store anything the app keeps working in memory and
/// says so.
async fn open_storage(
    state: AppContext,
    autosaver: UseStateHandle<Option<Rc<Autosaver>>>,
    store_context: UseStateHandle<StoreContext>,
) {
    let opened = IndexedDbStore::open(crate::storage::DATABASE_NAME).await;
    let (store, listed) = match opened {
        Ok(indexed_db) => {
            let store = AppStore::IndexedDb(indexed_db);
            let listed = store.list().await;
            (store, listed)
        }
        Err(error) => {
            gloo::console::warn!(format!("casevoice: browser storage unavailable: {error:?}"));
            (AppStore::Memory(MemoryStore::default()), Err(error))
        }
    };
    let loaded = match listed {
        Ok(loaded) => loaded,
        Err(_) => {
            state.dispatch(AppAction::StorageUnavailable);
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
    store_context.set(StoreContext(Some(store.clone())));
    let dispatcher = state.dispatcher();
    let on_status =
        Callback::from(move |status| dispatcher.dispatch(AppAction::SaveStatus(status)));
    autosaver.set(Some(Autosaver::new(store, on_status, &loaded.records)));
    state.dispatch(AppAction::Loaded {
        records: loaded.records,
        unreadable: loaded.unreadable,
    });
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
