use casevoice_core::messages::{record_deleted, record_duplicated};
use casevoice_core::record_status::record_status;
use casevoice_core::tasks::TaskStatus;
use casevoice_core::timestamp::format_date_time;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use crate::clock;
// Protect the data
use crate::components::SuccessBanner;
use crate::hooks::{use_messages, use_title, Messages};
use crate::outbox::OutboxContext;
use crate::router::{use_navigate, Link, Route};
use crate::state::{AppAction, AppContext, Notice, StorageStatus};
use casevoice_core::retention::{retention_of, Retention};
use casevoice_core::vault_messages::retention_warning;
// Case audit
use super::audit_tag::audit_tag;
use super::record_filters::{use_record_filter, RecordFilters};
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::audit_summary::RecordFilter;

/// "Case records": what is stored in this browser, and where a new record starts.
#[function_component(HomePage)]
pub fn home_page() -> Html {
    let messages = use_messages();
    use_title(Msg::HomeTitle, false);
    let app = use_context::<AppContext>();
    // Protect the data: retention warnings need what the case system has.
    let outbox = use_context::<OutboxContext>();
    let navigate = use_navigate();
    use_dismiss_notice_when_left(app.clone());
    // Case audit
    let (filter, set_filter) = use_record_filter();

    let start = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(app) = app.as_ref() else { return };
            let record = app.new_record(uuid::Uuid::new_v4(), clock::now());
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
        Some(app) => filtered_records(app, filter, set_filter, messages, outbox.as_ref()),
    };
    let unreadable = app.as_ref().is_some_and(|app| app.unreadable > 0);
    let notice = app.as_ref().and_then(|app| app.notice.clone());

    html! {
        <>
            if let Some(notice) = notice {
                <SuccessBanner message={notice_text(&notice, messages)} />
            }
            <h1 class="heading-l">{ messages.t(Msg::HomeTitle) }</h1>
            if unreadable {
                <p class="body warning-text">{ messages.t(Msg::UnreadableRecords) }</p>
            }
            <button type="button" class="button" onclick={start}>{ messages.t(Msg::StartNewRecord) }</button>
            // JSON export and import
            <p class="body"><Link to={Route::Import} classes={classes!("link", "link--target")}>{ messages.t(Msg::ImportLink) }</Link></p>
            // Case audit
            <p class="body"><Link to={Route::AuditSummary} classes={classes!("link", "link--target")}>{ messages.t(AuditMsg::SummaryLink) }</Link></p>
            { body }
        </>
    }
}

/// The banner about a deletion or a copy shows until the list is left.
#[hook]
fn use_dismiss_notice_when_left(app: Option<AppContext>) {
    use_effect_with((), move |_| {
        let dispatcher = app.map(|app| app.dispatcher());
        move || {
            if let Some(dispatcher) = dispatcher {
                dispatcher.dispatch(AppAction::DismissNotice);
            }
        }
    });
}

fn notice_text(notice: &Notice, messages: Messages) -> AttrValue {
    match notice {
        Notice::Deleted { case_number } => record_deleted(case_number.as_deref(), messages.lang),
        Notice::Duplicated { case_number } => {
            record_duplicated(case_number.as_deref(), messages.lang)
        }
        // Protect the data
        Notice::Expired { count } => {
            casevoice_core::vault_messages::retention_deleted(*count, messages.lang)
        }
    }
    .into()
}

// Case audit
/// The filters, then the records they let through.
fn filtered_records(
    app: &AppContext,
    filter: RecordFilter,
    on_apply: Callback<RecordFilter>,
    messages: Messages,
    outbox: Option<&OutboxContext>,
) -> Html {
    let all = app.records_newest_first();
    let today = clock::today();
    let shown: Vec<&CaseRecord> = all
        .iter()
        .copied()
        .filter(|r| filter.matches(r, today))
        .collect();
    html! {
        <>
            <RecordFilters {filter} {on_apply} shown={shown.len()} total={all.len()} />
            if shown.is_empty() {
                <p class="body">{ messages.t(AuditMsg::FilterNoneMatch) }</p>
            } else {
                { records_table(&shown, messages, app, outbox) }
            }
        </>
    }
}

/// The records as a table that becomes one card per record on narrow screens.
/// Roles are given explicitly because some browsers drop a table's semantics
/// when CSS changes how it is displayed.
fn records_table(
    records: &[&CaseRecord],
    messages: Messages,
    app: &AppContext,
    outbox: Option<&OutboxContext>,
) -> Html {
    let today = clock::today();
    html! {
        <table class="table table--records" role="table">
            <caption class="table__caption">{ messages.t(Msg::HomeTableCaption) }</caption>
            <thead role="rowgroup">
                <tr role="row">
                    <th scope="col" role="columnheader">{ messages.t(Msg::CaseNumberLabel) }</th>
                    <th scope="col" role="columnheader">{ messages.t(Msg::ChildrenColumn) }</th>
                    <th scope="col" role="columnheader">{ messages.t(Msg::StatusColumn) }</th>
                    // Case audit
                    <th scope="col" role="columnheader">{ messages.t(AuditMsg::Column) }</th>
                    <th scope="col" role="columnheader">{ messages.t(Msg::LastChanged) }</th>
                    <th scope="col" role="columnheader"><span class="visually-hidden">{ messages.t(Msg::ActionsColumn) }</span></th>
                </tr>
            </thead>
            <tbody role="rowgroup">
                { for records.iter().map(|record| record_row(record, messages, app, today, outbox)) }
            </tbody>
        </table>
    }
}

fn record_row(
    record: &CaseRecord,
    messages: Messages,
    app: &AppContext,
    today: time::Date,
    outbox: Option<&OutboxContext>,
) -> Html {
    let number = record.case_number().map(|n| n.to_string());
    let name = number
        .clone()
        .unwrap_or_else(|| messages.t(Msg::NoCaseNumberYet).to_string());
    // Said after "Duplicate" and "Delete" so each button and link names its record.
    let which = format!(
        " {}",
        number.unwrap_or_else(|| messages.t(Msg::RecordWithoutCaseNumber).to_string())
    );
    let changed = format_date_time(
        record.updated_at,
        clock::local_offset_minutes(record.updated_at),
        messages.lang,
    );
    let status = record_status(record, today);
    // Protect the data
    let deleted_in = match outbox
        .map(|outbox| retention_of(record, &outbox.outbox, clock::now(), app.retention_days))
    {
        Some(Retention::DeletedSoon { days_left, .. }) => Some(days_left),
        _ => None,
    };
    let duplicate = {
        let app = app.clone();
        let of = record.id;
        Callback::from(move |_: MouseEvent| {
            app.dispatch(AppAction::Duplicate {
                of,
                id: Uuid::new_v4(),
                at: clock::now(),
            });
        })
    };
    let label = |msg: Msg| messages.t(msg);
    html! {
        <tr key={record.id.to_string()} role="row">
            <th scope="row" role="rowheader" data-label={label(Msg::CaseNumberLabel)}>
                <Link to={Route::Record(record.id)} classes={classes!("link", "link--target")}>{ name }</Link>
            </th>
            <td role="cell" data-label={label(Msg::ChildrenColumn)}>{ children_names(record, messages) }</td>
            <td role="cell" data-label={label(Msg::StatusColumn)}>
                <strong class={classes!("tag", status_class(status))}>{ messages.t(Msg::TaskStatus(status)) }</strong>
                // Protect the data
                if let Some(days_left) = deleted_in {
                    <p class="records__retention">{ retention_warning(days_left, messages.lang) }</p>
                }
            </td>
            // Case audit
            <td role="cell" data-label={messages.t(AuditMsg::Column)}>{ audit_tag(record, messages, None) }</td>
            <td role="cell" data-label={label(Msg::LastChanged)}>{ changed }</td>
            <td role="cell">
                <div class="table__actions">
                    <button type="button" class="button button--secondary button--small" onclick={duplicate}>
                        { messages.t(Msg::Duplicate) }<span class="visually-hidden">{ which.clone() }</span>
                    </button>
                    // Case audit
                    <Link to={Route::Audit(record.id)} classes={classes!("link", "link--target")}>
                        { messages.t(AuditMsg::RowLink) }<span class="visually-hidden">{ which.clone() }</span>
                    </Link>
                    <Link to={Route::DeleteRecord(record.id)} classes={classes!("link", "link--target")}>
                        { messages.t(Msg::Delete) }<span class="visually-hidden">{ which }</span>
                    </Link>
                </div>
            </td>
        </tr>
    }
}

/// The children's names, or words saying there are none yet.
pub(crate) fn children_names(record: &CaseRecord, messages: Messages) -> String {
    if record.children.is_empty() {
        return messages.t(Msg::NoChildrenYet).to_string();
    }
    record
        .children
        .iter()
        .map(|child| {
            child
                .display_name()
                .unwrap_or_else(|| messages.t(Msg::UnnamedChild).to_string())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn status_class(status: TaskStatus) -> &'static str {
    match status {
        TaskStatus::NotYetStarted => "tag--grey",
        TaskStatus::InProgress => "tag--blue",
        TaskStatus::Completed => "tag--complete",
        TaskStatus::ThereIsAProblem => "tag--red",
    }
}
