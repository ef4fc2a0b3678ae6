//! Audits across every record in this browser (`/audit-summary`): completed
//! audits by grade, and each indicator as a bar chart with the same numbers in
//! a table after it.

mod grades_table;
mod indicator_chart;
mod indicators_table;

use casevoice_core::audit_messages::{summary_audits, summary_intro, AuditMsg};
use casevoice_core::audit_summary::audit_summary;
use casevoice_core::Msg;
use yew::prelude::*;

use super::LoadingPage;
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::Route;
use crate::state::{AppContext, StorageStatus};
use grades_table::GradesTable;
use indicator_chart::IndicatorChart;
use indicators_table::IndicatorsTable;

#[function_component(AuditSummaryPage)]
pub fn audit_summary_page() -> Html {
    let messages = use_messages();
    use_title(Msg::Audit(AuditMsg::SummaryTitle), false);
    let app = use_context::<AppContext>();
    let Some(app) = app else {
        return Html::default();
    };
    if app.storage == StorageStatus::Loading {
        return html! { <LoadingPage /> };
    }
    let summary = audit_summary(app.records.values().map(|r| r.as_ref()), clock::today());
    html! {
        <>
            <BackLink to={Route::Home} />
            <h1 class="heading-l">{ messages.t(AuditMsg::SummaryTitle) }</h1>
            if summary.records == 0 {
                <p class="body">{ messages.t(AuditMsg::SummaryEmpty) }</p>
            } else {
                <p class="body">{ summary_intro(summary.records, messages.lang) }</p>
                <h2 class="heading-m">{ messages.t(AuditMsg::SummaryGradesHeading) }</h2>
                <p class="body">{ summary_audits(summary.completed, summary.in_progress, messages.lang) }</p>
                <GradesTable grades={summary.grades.clone()} />
                <h2 class="heading-m">{ messages.t(AuditMsg::SummaryIndicatorsHeading) }</h2>
                <div class="audit-summary__indicators">
                    <IndicatorChart indicators={summary.indicators.clone()} />
                    <IndicatorsTable indicators={summary.indicators.clone()} />
                </div>
            }
        </>
    }
}
