use casevoice_core::timestamp::format_date_time;
use casevoice_core::{CaseRecord, Msg};
use yew::prelude::*;

use crate::clock;
use crate::hooks::{use_messages, use_title, Messages};
use crate::router::{use_navigate, Link, Route};
use crate::state::{AppAction, AppContext, StorageStatus};

/// "Case records": what is stored in this browser, and where a new record starts.
#[function_component(HomePage)]
pub fn home_page() -> Html {
    let messages = use_messages();
    use_title(Msg::HomeTitle, false);
    let app = use_context::<AppContext>();
    let navigate = use_navigate();

    let start = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(app) = app.as_ref() else { return };
            let record = CaseRecord::new(uuid::Uuid::new_v4(), clock::now());
            let id = record.id;
            app.dispatch(AppAction::Create(Box::new(record)));
            navigate.emit(Route::CaseNumber(id));
        })
    };

    let body = match app.as_ref() {
        None => Html::default(),
        Some(app) if app.storage == StorageStatus::Loading => {
            html! { <p class="body" role="status">{ messages.t(Msg::Loading) }</p> }
        }
        Some(app) if app.records.is_empty() => html! {
            <>
                <p class="body">{ messages.t(Msg::HomeEmpty) }</p>
                <p class="body">{ messages.t(Msg::HomeEmptyHint) }</p>
            </>
        },
        Some(app) => records_table(&app.records_newest_first(), messages),
    };
    let unreadable = app.as_ref().is_some_and(|app| app.unreadable > 0);

    html! {
        <>
            <h1 class="heading-l">{ messages.t(Msg::HomeTitle) }</h1>
            if unreadable {
                <p class="body warning-text">{ messages.t(Msg::UnreadableRecords) }</p>
            }
            <button type="button" class="button" onclick={start}>{ messages.t(Msg::StartNewRecord) }</button>
            { body }
        </>
    }
}

fn records_table(records: &[&CaseRecord], messages: Messages) -> Html {
    html! {
        <table class="table">
            <caption class="table__caption">{ messages.t(Msg::HomeTableCaption) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ messages.t(Msg::CaseNumberLabel) }</th>
                    <th scope="col">{ messages.t(Msg::LastChanged) }</th>
                </tr>
            </thead>
            <tbody>
                { for records.iter().map(|record| {
                    let name = record
                        .case_number()
                        .map(|n| n.to_string())
                        .unwrap_or_else(|| messages.t(Msg::NoCaseNumberYet).to_string());
                    let changed = format_date_time(
                        record.updated_at,
                        clock::local_offset_minutes(record.updated_at),
                        messages.lang,
                    );
                    html! {
                        <tr key={record.id.to_string()}>
                            <td><Link to={Route::Record(record.id)} classes={classes!("link", "link--target")}>{ name }</Link></td>
                            <td>{ changed }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
