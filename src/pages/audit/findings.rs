//! One indicator as the audit shows it: what it looks for, how it is worked
//! out, its outcome for the record, and what the record shows for each child
//! or adult. Used by the indicators page and the audit's print view.

use casevoice_core::audit_indicators::{Indicator, IndicatorResult, Subject};
use casevoice_core::audit_messages::{detail_text, indicator_how, indicator_name, AuditMsg};
use casevoice_core::history_text::{adult_name, child_name};
use casevoice_core::CaseRecord;
use yew::prelude::*;

use super::outcome_class;
use crate::hooks::Messages;

/// `h2` on the indicators page, `h3` under the print view's own heading.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum HeadingLevel {
    Two,
    Three,
}

pub(crate) struct IndicatorFindings;

impl IndicatorFindings {
    pub(crate) fn view(
        record: &CaseRecord,
        result: &IndicatorResult,
        level: HeadingLevel,
        messages: Messages,
    ) -> Html {
        let lang = messages.lang;
        let name = indicator_name(result.indicator, lang);
        let heading_id = format!("indicator-{}", result.indicator.slug());
        let heading = match level {
            HeadingLevel::Two => {
                html! { <h2 class="heading-m" id={heading_id.clone()}>{ name }</h2> }
            }
            HeadingLevel::Three => {
                html! { <h3 class="heading-s" id={heading_id.clone()}>{ name }</h3> }
            }
        };
        let none = if result.indicator == Indicator::ChecksReceived {
            AuditMsg::NoAdults
        } else {
            AuditMsg::NoChildren
        };
        html! {
            <section class="audit-indicator" aria-labelledby={heading_id}>
                { heading }
                <p class="hint">{ indicator_how(result.indicator, lang) }</p>
                <p class="body">
                    <strong class={classes!("tag", outcome_class(result.outcome))}>
                        { messages.t(AuditMsg::Outcome(result.outcome)) }
                    </strong>
                </p>
                if result.findings.is_empty() {
                    <p class="body">{ messages.t(none) }</p>
                } else {
                    <dl class="summary-list audit-findings">
                        { for result.findings.iter().map(|finding| {
                            let who = match finding.subject {
                                Subject::Child(id) => child_name(record, id, lang),
                                Subject::Adult(id) => adult_name(record, id, lang),
                            };
                            html! {
                                <div class="summary-list__row">
                                    <dt class="summary-list__key">{ who }</dt>
                                    <dd class="summary-list__value">{ detail_text(finding.detail, lang) }</dd>
                                    <dd class="summary-list__actions">
                                        <strong class={classes!("tag", outcome_class(finding.outcome))}>
                                            { messages.t(AuditMsg::Outcome(finding.outcome)) }
                                        </strong>
                                    </dd>
                                </div>
                            }
                        }) }
                    </dl>
                }
            </section>
        }
    }
}
