//! Completed audits by grade: a row for each area and overall, a column for
//! each grade. On a narrow screen each row becomes a card, its headings
//! beside its numbers.

use std::collections::BTreeMap;

use casevoice_core::audit::{Grade, Graded};
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::l10n::number as lang_number;
use yew::prelude::*;

use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub(super) struct GradesTableProps {
    pub grades: BTreeMap<Graded, [usize; 4]>,
}

#[function_component(GradesTable)]
pub(super) fn grades_table(props: &GradesTableProps) -> Html {
    let messages = use_messages();
    let column = |grade: &Grade| messages.t(AuditMsg::Grade(*grade));
    html! {
        <table class="table audit-table" role="table">
            <caption class="table__caption">{ messages.t(AuditMsg::SummaryGradesCaption) }</caption>
            <thead role="rowgroup">
                <tr role="row">
                    <th scope="col" role="columnheader">{ messages.t(AuditMsg::SummaryGradeColumn) }</th>
                    { for Grade::ALL.iter().map(|g| html! {
                        <th scope="col" role="columnheader" class="audit-table__number">{ column(g) }</th>
                    }) }
                </tr>
            </thead>
            <tbody role="rowgroup">
                { for Graded::ALL.into_iter().map(|part| {
                    let counts = props.grades.get(&part).copied().unwrap_or_default();
                    html! {
                        <tr role="row">
                            <th scope="row" role="rowheader">{ messages.t(AuditMsg::Graded(part)) }</th>
                            { for Grade::ALL.iter().zip(counts).map(|(g, n)| html! {
                                <td role="cell" class="audit-table__number" data-label={column(g)}>{ lang_number(n as u64) }</td>
                            }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
