//! The benchmark page (README, "Benchmark page"), built only with the `bench`
//! feature: N questions of a generated record on one page, for measuring
//! casevoice against another forms library. It runs the app's real parts —
//! field components, reducer, validation, store and autosave — on a record and
//! a database of its own, sealed under a key made for this page load, so it
//! never opens the practitioner's records and needs no passphrase.

mod question;
mod store;
mod summary;

use std::rc::Rc;

use casevoice_core::bench_record::bench_record;
use casevoice_core::l10n::{self, Id};
use casevoice_core::questions::Scope;
use casevoice_core::vault::DataKey;
use casevoice_core::Msg;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::autosave::{Autosaver, Written};
use crate::clock;
use crate::components::MAIN_ID;
use crate::hooks::{use_messages, Messages};
use crate::language::{browser_language, use_document_language};
use crate::state::SaveStatus;
use crate::storage::{AppStore, Backend, IndexedDbStore, Keyring, MemoryStore};

pub use question::{BenchQuestion, BenchQuestionProps};
pub use store::{BenchHandle, BenchStore};
pub use summary::{BenchSummary, BenchSummaryProps};

/// The benchmark page's own database, never the practitioner's.
pub const BENCH_DATABASE: &str = "casevoice-bench";

#[derive(Properties, PartialEq)]
pub struct BenchProps {
    /// How many questions.
    pub n: usize,
}

/// The whole app when the address is `/bench/N`: the page in the browser's
/// language, without the vault, the practitioner's storage or their settings.
#[function_component(BenchRoot)]
pub fn bench_root(props: &BenchProps) -> Html {
    let lang = *use_memo((), |_| browser_language());
    use_document_language(lang);
    html! {
        <ContextProvider<Messages> context={Messages { lang }}>
            <header class="header">
                <div class="width-container header__inner">
                    <span class="header__service">{ Msg::ServiceName.text(lang) }</span>
                </div>
            </header>
            <div class="width-container">
                <BenchPage n={props.n} />
            </div>
        </ContextProvider<Messages>>
    }
}

/// N questions on one page, and "Check answers".
#[function_component(BenchPage)]
pub fn bench_page(props: &BenchProps) -> Html {
    let messages = use_messages();
    let lang = messages.lang;
    let made = use_memo(props.n, |&n| {
        let form = bench_record(n);
        let required = form.required(clock::today());
        (BenchHandle(Rc::new(BenchStore::new(form))), required)
    });
    let (store, required) = (made.0.clone(), made.1);
    {
        let store = store.clone();
        use_effect_with(props.n, move |_| spawn_local(start_autosave(store)));
    }
    let title = l10n::bench_title(lang, props.n as u64);
    use_effect_with(title.clone(), |title| {
        gloo::utils::document().set_title(title)
    });

    // Keyed, headings and questions alike, and never reordered.
    let questions = (0..store.0.len()).flat_map(|index| {
        let heading = section_heading(&store.0, index, messages).map(|heading| {
            html! { <h2 class="heading-m" key={format!("heading-{index}")}>{ heading }</h2> }
        });
        let question = html! {
            <BenchQuestion key={store.0.id(index).to_string()} store={store.clone()} {index} />
        };
        heading.into_iter().chain([question])
    });
    let check = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| store.0.check())
    };
    html! {
        <main id={MAIN_ID} class="main" tabindex="-1" ref={store.0.main.clone()}
            data-bench-questions={props.n.to_string()} data-bench-required={required.to_string()}>
            <BenchSummary store={store.clone()} />
            <h1 class="heading-l">{ title }</h1>
            <p class="body">{ l10n::text(lang, Id::BenchIntro) }</p>
            <form novalidate=true onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                { for questions }
                <button id="bench-submit" type="button" class="button" onclick={check}>
                    { l10n::text(lang, Id::BenchCheckAnswers) }
                </button>
            </form>
        </main>
    }
}

/// "The case", "Child 2" or "Adult 1" above the first question of each.
fn section_heading(store: &BenchStore, index: usize, messages: Messages) -> Option<String> {
    let field = store.field(index);
    let previous = index.checked_sub(1).map(|i| store.field(i));
    if previous.is_some_and(|p| p.item == field.item) {
        return None;
    }
    let record = store.record();
    let lang = messages.lang;
    let position = |ids: Vec<uuid::Uuid>| {
        field
            .item
            .and_then(|item| ids.iter().position(|&id| id == item))
            .map_or(1, |p| p + 1)
            .to_string()
    };
    Some(match field.question.scope() {
        Scope::Case => l10n::text(lang, Id::BenchCase).to_string(),
        Scope::Child | Scope::ChildWelfare => l10n::bench_child(
            lang,
            &position(record.children.iter().map(|c| c.id).collect()),
        ),
        _ => l10n::bench_adult(
            lang,
            &position(record.adults.iter().map(|a| a.id).collect()),
        ),
    })
}

/// Opens the page's own database with a key made now, and starts autosave;
/// where the browser will not store anything, autosave writes to memory.
async fn start_autosave(store: BenchHandle) {
    let backend = match IndexedDbStore::open(BENCH_DATABASE).await {
        Ok(database) => Backend::IndexedDb(database),
        Err(error) => {
            gloo::console::warn!(format!("casevoice: bench storage unavailable: {error:?}"));
            Backend::Memory(MemoryStore::default())
        }
    };
    let app_store = AppStore::new(backend, Keyring::unlocked(DataKey::generate()));
    let on_status = {
        let store = store.clone();
        Callback::from(move |status: SaveStatus| {
            let word = match status {
                SaveStatus::Idle => "idle",
                SaveStatus::Saving => "saving",
                SaveStatus::Saved { .. } => "saved",
                SaveStatus::NotSaved(_) => "not-saved",
            };
            store.0.mark("data-bench-save", word);
        })
    };
    let autosaver = Autosaver::new(app_store, on_status, &[]);
    {
        let store = store.clone();
        autosaver.on_written(Callback::from(move |written| {
            if let Written::Saved(_, revision) = written {
                store.0.mark("data-bench-saved-revision", revision);
            }
        }));
    }
    store.0.start_autosave(autosaver);
    store.0.mark("data-bench-autosave", "on");
}
