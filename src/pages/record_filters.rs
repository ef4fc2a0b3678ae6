//! The records list's filters: by the audit's overall grade and by an
//! indicator not met. They act only when "Apply filters" is pressed, and they
//! are kept in the address (`/?grade=good&not-met=child-seen-alone`), so a
//! reload or the back button keeps them. The address holds only codes.

use casevoice_core::audit_indicators::Indicator;
use casevoice_core::audit_messages::{filter_showing, indicator_not_met, AuditMsg};
use casevoice_core::audit_summary::{GradeFilter, RecordFilter};
use casevoice_core::Msg;
use yew::prelude::*;

use crate::components::{Select, SelectOption};
use crate::hooks::use_messages;

/// The filters in the address when the list opened, and a way to change them.
#[hook]
pub fn use_record_filter() -> (RecordFilter, Callback<RecordFilter>) {
    let filter = use_state(|| RecordFilter::from_query(&address_query()));
    let set = {
        let filter = filter.clone();
        Callback::from(move |chosen: RecordFilter| {
            replace_query(&chosen.to_query());
            filter.set(chosen);
        })
    };
    (*filter, set)
}

/// The address's query, `?…`; none in native render tests, which have no browser.
#[cfg(target_arch = "wasm32")]
fn address_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
fn address_query() -> String {
    String::new()
}

/// Puts the filters in the list's address without a new history entry.
fn replace_query(query: &str) {
    let address = format!("/{query}");
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

#[derive(Properties, PartialEq)]
pub struct RecordFiltersProps {
    pub filter: RecordFilter,
    pub on_apply: Callback<RecordFilter>,
    /// How many records the filters let through, and of how many.
    pub shown: usize,
    pub total: usize,
}

const GRADE_ID: &str = "filter-grade";
const INDICATOR_ID: &str = "filter-not-met";

#[function_component(RecordFilters)]
pub fn record_filters(props: &RecordFiltersProps) -> Html {
    let messages = use_messages();
    let lang = messages.lang;
    let chosen = use_state(|| props.filter);
    let grade_options: Vec<SelectOption> = std::iter::once(SelectOption {
        value: "".into(),
        label: messages.t(AuditMsg::FilterAnyGrade).into(),
    })
    .chain(GradeFilter::ALL.into_iter().map(|g| {
        SelectOption {
            value: g.code().into(),
            label: match g {
                GradeFilter::Grade(grade) => messages.t(AuditMsg::Grade(grade)),
                GradeFilter::NotGraded => messages.t(AuditMsg::FilterNotGraded),
            }
            .into(),
        }
    }))
    .collect();
    let indicator_options: Vec<SelectOption> = std::iter::once(SelectOption {
        value: "".into(),
        label: messages.t(AuditMsg::FilterAnyIndicator).into(),
    })
    .chain(Indicator::ALL.into_iter().map(|i| SelectOption {
        value: i.slug().into(),
        label: indicator_not_met(i, lang).into(),
    }))
    .collect();
    let on_grade = {
        let chosen = chosen.clone();
        Callback::from(move |code: AttrValue| {
            chosen.set(RecordFilter {
                grade: GradeFilter::from_code(&code),
                ..*chosen
            })
        })
    };
    let on_indicator = {
        let chosen = chosen.clone();
        Callback::from(move |slug: AttrValue| {
            chosen.set(RecordFilter {
                not_met: Indicator::from_slug(&slug),
                ..*chosen
            })
        })
    };
    let onsubmit = {
        let (chosen, on_apply) = (chosen.clone(), props.on_apply.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_apply.emit(*chosen);
        })
    };
    let clear = {
        let (chosen, on_apply) = (chosen.clone(), props.on_apply.clone());
        Callback::from(move |_: MouseEvent| {
            chosen.set(RecordFilter::default());
            on_apply.emit(RecordFilter::default());
        })
    };
    html! {
        <form class="record-filters" novalidate=true aria-labelledby="record-filters-heading" {onsubmit}>
            <h2 class="heading-s" id="record-filters-heading">{ messages.t(AuditMsg::FilterHeading) }</h2>
            <div class="record-filters__fields">
                <Select id={GRADE_ID} label={Msg::Audit(AuditMsg::FilterGrade)} options={grade_options}
                    selected={AttrValue::from(chosen.grade.map_or("", |g| g.code()))} on_change={on_grade} />
                <Select id={INDICATOR_ID} label={Msg::Audit(AuditMsg::FilterIndicator)} options={indicator_options}
                    selected={AttrValue::from(chosen.not_met.map_or("", |i| i.slug()))} on_change={on_indicator} />
            </div>
            <div class="button-group">
                <button type="submit" class="button button--secondary">{ messages.t(AuditMsg::FilterApply) }</button>
                if !props.filter.is_empty() {
                    <button type="button" class="button button--secondary" onclick={clear}>{ messages.t(AuditMsg::FilterClear) }</button>
                }
            </div>
            <p class="body" aria-live="polite">
                if !props.filter.is_empty() {
                    { filter_showing(props.shown, props.total, lang) }
                }
            </p>
        </form>
    }
}
