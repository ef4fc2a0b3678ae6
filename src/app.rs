use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use uuid::Uuid;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::components::Layout;
use crate::hooks::Messages;
use crate::pages::{CaseNumberPage, HomePage, NotFoundPage, RecordPage};
use crate::router::{use_route, BrowserRouter, Route};
use crate::state::{AppAction, AppContext, AppState};
use crate::storage::{AppStore, IndexedDbStore, MemoryStore, RecordStore};

/// The whole app: storage, state, language and routing around the page for the
/// current address.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    let store = use_state(|| None::<AppStore>);
    // The revision of each record last handed to storage.
    let saved = use_mut_ref(HashMap::<Uuid, u64>::new);

    {
        let state = state.clone();
        let store = store.clone();
        let saved = saved.clone();
        use_effect_with((), move |_| {
            spawn_local(open_storage(state, store, saved));
        });
    }

    {
        let state = state.clone();
        let store = (*store).clone();
        use_effect_with((state.records.clone(), store), move |(_, store)| {
            if let Some(store) = store {
                save_changed_records(&state, store, &saved);
            }
        });
    }

    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<Messages> context={Messages::default()}>
                <BrowserRouter>
                    <Layout><CurrentPage /></Layout>
                </BrowserRouter>
            </ContextProvider<Messages>>
        </ContextProvider<AppContext>>
    }
}

/// The page for the current address.
#[function_component(CurrentPage)]
pub fn current_page() -> Html {
    match use_route() {
        Route::Home => html! { <HomePage /> },
        // Keyed by record, so nothing typed on one record's page shows on another's.
        Route::Record(id) => html! { <RecordPage key={id.to_string()} {id} /> },
        Route::CaseNumber(id) => html! { <CaseNumberPage key={id.to_string()} {id} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// Reads stored records once, at start-up. Where the browser will not store
/// anything the app keeps working in memory and says so.
async fn open_storage(
    state: AppContext,
    store: UseStateHandle<Option<AppStore>>,
    saved: Rc<RefCell<HashMap<Uuid, u64>>>,
) {
    let opened = IndexedDbStore::open(crate::storage::DATABASE_NAME).await;
    let (app_store, listed) = match opened {
        Ok(indexed_db) => {
            let app_store = AppStore::IndexedDb(indexed_db);
            let listed = app_store.list().await;
            (app_store, listed)
        }
        Err(error) => {
            gloo::console::warn!(format!("casevoice: browser storage unavailable: {error:?}"));
            (AppStore::Memory(MemoryStore::default()), Err(error))
        }
    };
    match listed {
        Ok(loaded) => {
            saved
                .borrow_mut()
                .extend(loaded.records.iter().map(|r| (r.id, r.revision)));
            state.dispatch(AppAction::Loaded {
                records: loaded.records,
                unreadable: loaded.unreadable,
            });
        }
        Err(_) => state.dispatch(AppAction::StorageUnavailable),
    }
    store.set(Some(app_store));
}

/// Hands every record changed since its last save to storage. IndexedDB runs
/// write transactions on one store in the order they were made, so the last
/// write of a record is always its newest revision.
fn save_changed_records(
    state: &AppContext,
    store: &AppStore,
    saved: &Rc<RefCell<HashMap<Uuid, u64>>>,
) {
    for record in state.records.values() {
        let already = saved.borrow().get(&record.id).copied();
        if already.is_some_and(|revision| revision >= record.revision) {
            continue;
        }
        saved.borrow_mut().insert(record.id, record.revision);
        let (state, store, saved, record) =
            (state.clone(), store.clone(), saved.clone(), record.clone());
        spawn_local(async move {
            match store.save(&record).await {
                Ok(()) => state.dispatch(AppAction::Saved),
                Err(error) => {
                    gloo::console::error!(format!("casevoice: save failed: {error:?}"));
                    // Forget the save so the next change tries again.
                    saved.borrow_mut().remove(&record.id);
                    state.dispatch(AppAction::SaveFailed);
                }
            }
        });
    }
}
