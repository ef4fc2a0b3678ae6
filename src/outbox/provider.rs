use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::upload::post;
use super::{OutboxAction, OutboxContext, OutboxModel};
use crate::clock;
use crate::export::Deployment;
use crate::storage::{RecordStore, StoreContext};

#[derive(Properties, PartialEq)]
pub struct OutboxProviderProps {
    pub children: Html,
}

/// Gives pages the outbox, and in the background: reads it from storage once
/// storage is open, stores every change, follows the connection, and sends what
/// is due, one item at a time, only ever to the configured upload URL.
#[function_component(OutboxProvider)]
pub fn outbox_provider(props: &OutboxProviderProps) -> Html {
    let model = use_reducer(OutboxModel::default);
    let store = use_context::<StoreContext>().unwrap_or_default();
    let deployment = use_context::<Deployment>().unwrap_or_default();

    {
        let model = model.clone();
        use_effect_with(store.clone(), move |store| {
            if let (Some(store), false) = (store.0.clone(), model.loaded) {
                spawn_local(async move {
                    let stored = store.load_outbox().await.unwrap_or_else(|error| {
                        gloo::console::warn!(format!("casevoice: outbox not read: {error:?}"));
                        Default::default()
                    });
                    model.dispatch(OutboxAction::Loaded(stored.resume(clock::now())));
                });
            }
        });
    }

    use_follow_connection(&model);

    {
        let (outbox, loaded) = (model.outbox.clone(), model.loaded);
        use_effect_with((model.revision, store), move |(_, store)| {
            if let (Some(store), true) = (store.0.clone(), loaded) {
                spawn_local(async move {
                    if let Err(error) = store.save_outbox(&outbox).await {
                        gloo::console::warn!(format!("casevoice: outbox not saved: {error:?}"));
                    }
                });
            }
        });
    }

    use_sender(&model, deployment.upload_url().map(str::to_string));

    html! {
        <ContextProvider<OutboxContext> context={model}>{ props.children.clone() }</ContextProvider<OutboxContext>>
    }
}

/// Tracks `navigator.onLine` and its `online` and `offline` events.
#[hook]
fn use_follow_connection(model: &OutboxContext) {
    let dispatcher = model.dispatcher();
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        dispatcher.dispatch(OutboxAction::Online(
            window.navigator().on_line(),
            clock::now(),
        ));
        let listen = |name: &'static str, online: bool| {
            let dispatcher = dispatcher.clone();
            EventListener::new(&window, name, move |_| {
                dispatcher.dispatch(OutboxAction::Online(online, clock::now()))
            })
        };
        let listeners = [listen("online", true), listen("offline", false)];
        move || drop(listeners)
    });
}

/// After every change: sends the item that is due, or sets a timer for when the
/// next one will be. The timer is replaced at each change, so there is one.
#[hook]
fn use_sender(model: &OutboxContext, upload_url: Option<String>) {
    let timer = use_mut_ref(|| None::<Timeout>);
    let model = model.clone();
    let deps = (
        model.revision,
        model.tick,
        model.online,
        model.loaded,
        upload_url,
    );
    use_effect_with(deps, move |(_, _, online, loaded, upload_url)| {
        timer.borrow_mut().take();
        let Some(url) = upload_url.clone().filter(|_| *online && *loaded) else {
            return;
        };
        let now = clock::now();
        let due = model.outbox.next_due(now);
        let item = due.and_then(|id| model.outbox.items.iter().find(|i| i.id == id).cloned());
        if let Some(item) = item {
            model.dispatch(OutboxAction::Sending(item.id));
            let dispatcher = model.dispatcher();
            spawn_local(async move {
                let result = post(&url, &item).await;
                dispatcher.dispatch(match result {
                    Ok(()) => OutboxAction::Sent(item.id, clock::now()),
                    Err(reason) => OutboxAction::Failed(item.id, reason, clock::now()),
                });
            });
        } else if let Some(wake) = model.outbox.next_wake() {
            let wait = (wake - now).whole_milliseconds().clamp(0, 300_000) as u32;
            let dispatcher = model.dispatcher();
            set_timer(
                &timer,
                Timeout::new(wait, move || dispatcher.dispatch(OutboxAction::Tick)),
            );
        }
    });
}

fn set_timer(slot: &Rc<RefCell<Option<Timeout>>>, timeout: Timeout) {
    *slot.borrow_mut() = Some(timeout);
}
