//! The indicators, worked out from the record as it is now.

use std::rc::Rc;

use casevoice_core::audit_indicators::indicators;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::findings::HeadingLevel;
use super::{caption, show_audit, IndicatorFindings};
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::pages::use_record;
use crate::router::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct AuditIndicatorsPageProps {
    pub id: Uuid,
}

#[function_component(AuditIndicatorsPage)]
pub fn audit_indicators_page(props: &AuditIndicatorsPageProps) -> Html {
    show_audit(
        use_record(props.id),
        |record| html! { <AuditIndicators {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AuditIndicatorsProps {
    record: Rc<CaseRecord>,
}

#[function_component(AuditIndicators)]
fn audit_indicators(props: &AuditIndicatorsProps) -> Html {
    let messages = use_messages();
    use_title(Msg::Audit(AuditMsg::TaskIndicators), false);
    let record = &props.record;
    let results = indicators(record, clock::today());
    html! {
        <>
            <BackLink to={Route::Audit(record.id)} />
            { caption(record, messages) }
            <h1 class="heading-l">{ messages.t(AuditMsg::TaskIndicators) }</h1>
            <p class="body">{ messages.t(AuditMsg::IndicatorsIntro) }</p>
            <p class="body"><Link to={Route::AuditRecord(record.id)} classes={classes!("link", "link--target")}>{ messages.t(AuditMsg::ReadRecord) }</Link></p>
            { for results.iter().map(|result| IndicatorFindings::view(record, result, HeadingLevel::Two, messages)) }
            <p class="body">
                <Link to={Route::Audit(record.id)} classes={classes!("button")}>{ messages.t(AuditMsg::Continue) }</Link>
            </p>
        </>
    }
}
