//! Each indicator as a bar: the share of the records it applies to in which it
//! is met. Every bar has its words and numbers beside it ("3 of 5"), so the
//! length is never the only way to read it, and nothing depends on colour.
//! The bars are drawn in SVG with attributes rather than inline styles, which
//! the content security policy refuses. Screen readers skip the drawing and
//! read the table after it, which has the same numbers.

use casevoice_core::audit_indicators::Indicator;
use casevoice_core::audit_messages::{indicator_name, met_of, AuditMsg};
use casevoice_core::audit_summary::IndicatorTally;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub(super) struct IndicatorChartProps {
    pub indicators: Vec<(Indicator, IndicatorTally)>,
}

/// The bar's length out of 100.
fn share(tally: &IndicatorTally) -> u64 {
    (tally.met as u64 * 100)
        .checked_div(tally.applicable() as u64)
        .unwrap_or(0)
}

#[function_component(IndicatorChart)]
pub(super) fn indicator_chart(props: &IndicatorChartProps) -> Html {
    let messages = use_messages();
    html! {
        <figure class="audit-chart" aria-labelledby="audit-chart-caption">
            <figcaption class="body" id="audit-chart-caption">{ messages.t(AuditMsg::SummaryChartCaption) }</figcaption>
            <ul class="audit-chart__bars" aria-hidden="true">
                { for props.indicators.iter().map(|(indicator, tally)| {
                    let value = if tally.applicable() == 0 {
                        messages.t(AuditMsg::SummaryNoRecordsApply).to_string()
                    } else {
                        met_of(tally.met, tally.applicable(), messages.lang)
                    };
                    html! {
                        <li class="audit-chart__bar">
                            <span class="audit-chart__label">{ indicator_name(*indicator, messages.lang) }</span>
                            <span class="audit-chart__row">
                                <svg class="audit-chart__svg" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                                    <rect class="audit-chart__fill" x="0" y="0" width={share(tally).to_string()} height="10" />
                                    <rect class="audit-chart__track" x="0" y="0" width="100" height="10" />
                                </svg>
                                <span class="audit-chart__value">{ value }</span>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </figure>
    }
}
