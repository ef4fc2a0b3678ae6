//! Each indicator across the records, in numbers: met, not met, cannot tell
//! and does not apply. The chart before it shows the same.

use casevoice_core::audit_indicators::{Indicator, Outcome};
use casevoice_core::audit_messages::{indicator_name, AuditMsg};
use casevoice_core::audit_summary::IndicatorTally;
use casevoice_core::l10n::number as lang_number;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub(super) struct IndicatorsTableProps {
    pub indicators: Vec<(Indicator, IndicatorTally)>,
}

#[function_component(IndicatorsTable)]
pub(super) fn indicators_table(props: &IndicatorsTableProps) -> Html {
    let messages = use_messages();
    let outcomes = [
        Outcome::Met,
        Outcome::NotMet,
        Outcome::NotKnown,
        Outcome::NotApplicable,
    ];
    let heading = |o: Outcome| messages.t(AuditMsg::Outcome(o));
    html! {
        <table class="table audit-table" role="table" id="audit-indicators-table">
            <caption class="table__caption">{ messages.t(AuditMsg::SummaryIndicatorsCaption) }</caption>
            <thead role="rowgroup">
                <tr role="row">
                    <th scope="col" role="columnheader">{ messages.t(AuditMsg::SummaryIndicatorColumn) }</th>
                    { for outcomes.iter().map(|o| html! {
                        <th scope="col" role="columnheader" class="audit-table__number">{ heading(*o) }</th>
                    }) }
                </tr>
            </thead>
            <tbody role="rowgroup">
                { for props.indicators.iter().map(|(indicator, tally)| {
                    let counts = [tally.met, tally.not_met, tally.not_known, tally.not_applicable];
                    html! {
                        <tr role="row">
                            <th scope="row" role="rowheader">{ indicator_name(*indicator, messages.lang) }</th>
                            { for outcomes.iter().zip(counts).map(|(o, n)| html! {
                                <td role="cell" class="audit-table__number" data-label={heading(*o)}>{ lang_number(n as u64) }</td>
                            }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
