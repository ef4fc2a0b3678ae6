//! The audit on paper, or as a PDF: who audited and when, the grades, the
//! feedback, the agreed actions and the indicators. It is printed apart from
//! the record: the record's print view goes in court bundles, and a manager's
//! review of the practitioner's work does not.

use std::rc::Rc;

use casevoice_core::audit_indicators::indicators;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::timestamp::format_date_time;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::findings::HeadingLevel;
use super::summary_rows::AuditRows;
use super::{caption, show_audit, IndicatorFindings};
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::pages::print::page_margins::{page_margins_css, use_page_margins};
use crate::pages::use_record;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct AuditPrintPageProps {
    pub id: Uuid,
}

#[function_component(AuditPrintPage)]
pub fn audit_print_page(props: &AuditPrintPageProps) -> Html {
    show_audit(
        use_record(props.id),
        |record| html! { <AuditPrint {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AuditPrintProps {
    record: Rc<CaseRecord>,
}

#[function_component(AuditPrint)]
fn audit_print(props: &AuditPrintProps) -> Html {
    let messages = use_messages();
    use_title(Msg::Audit(AuditMsg::PrintTitle), false);
    let record = &props.record;
    use_page_margins(page_margins_css(
        record.case_number().as_ref(),
        messages.lang,
    ));
    let Some(audit) = &record.audit else {
        return Html::default();
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let at = |at| format_date_time(at, clock::local_offset_minutes(at), messages.lang);
    let rows = AuditRows {
        changes: None,
        messages,
    };
    html! {
        <div class="print-record">
            <BackLink to={Route::Audit(record.id)} />
            { caption(record, messages) }
            <h1 class="heading-l">{ messages.t(AuditMsg::PrintTitle) }</h1>
            <div class="print-screen-only">
                <p class="body">{ messages.t(AuditMsg::PrintIntro) }</p>
                <button type="button" class="button button--secondary" onclick={print}>
                    { messages.t(Msg::PrintButton) }
                </button>
            </div>
            <dl class="summary-list">
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ messages.t(AuditMsg::Auditor) }</dt>
                    <dd class="summary-list__value audit__value">{ audit.auditor.clone() }</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ messages.t(AuditMsg::Started) }</dt>
                    <dd class="summary-list__value">{ at(audit.started_at) }</dd>
                </div>
                <div class="summary-list__row">
                    <dt class="summary-list__key">{ messages.t(AuditMsg::AuditStatusKey) }</dt>
                    <dd class="summary-list__value">{
                        match audit.completed_at {
                            Some(done) => format!("{} {}", messages.t(AuditMsg::Status(audit.status())), at(done)),
                            None => messages.t(AuditMsg::Status(audit.status())).to_string(),
                        }
                    }</dd>
                </div>
            </dl>
            <section class="print-section">
                <h2 class="heading-m">{ messages.t(AuditMsg::GradesTitle) }</h2>
                { rows.grades(audit) }
            </section>
            <section class="print-section">
                <h2 class="heading-m">{ messages.t(AuditMsg::FeedbackTitle) }</h2>
                { rows.feedback(audit) }
            </section>
            <section class="print-section">
                <h2 class="heading-m">{ messages.t(AuditMsg::ActionsTitle) }</h2>
                { rows.actions(audit) }
            </section>
            <section class="print-section">
                <h2 class="heading-m">{ messages.t(AuditMsg::PrintIndicators) }</h2>
                <p class="body">{ messages.t(AuditMsg::IndicatorsIntro) }</p>
                { for indicators(record, clock::today()).iter().map(|result| {
                    IndicatorFindings::view(record, result, HeadingLevel::Three, messages)
                }) }
            </section>
        </div>
    }
}
