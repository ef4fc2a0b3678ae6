//! The grades: each area of practice, then the work overall, on the
//! four-point scale.

use std::rc::Rc;

use casevoice_core::audit::{grade_dom_id, Grade, Graded};
use casevoice_core::audit_action::AuditAction;
use casevoice_core::audit_messages::AuditMsg;
use casevoice_core::audit_rules::AuditPage;
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::form::{act, use_audit_form, AuditForm};
use super::{caption, show_audit};
use crate::components::{BackLink, ErrorSummary, RadioOption, Radios};
use crate::hooks::use_messages;
use crate::pages::use_record;
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct AuditGradesPageProps {
    pub id: Uuid,
}

#[function_component(AuditGradesPage)]
pub fn audit_grades_page(props: &AuditGradesPageProps) -> Html {
    show_audit(
        use_record(props.id),
        |record| html! { <AuditGrades {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct AuditGradesProps {
    record: Rc<CaseRecord>,
}

#[function_component(AuditGrades)]
fn audit_grades(props: &AuditGradesProps) -> Html {
    let messages = use_messages();
    let record = &props.record;
    let AuditForm {
        editor,
        submitted,
        onsubmit,
    } = use_audit_form(
        record,
        AuditPage::Grades,
        Msg::Audit(AuditMsg::GradesTitle),
        Route::Audit(record.id),
    );
    let Some(audit) = &record.audit else {
        return Html::default();
    };
    let options: Vec<RadioOption> = Grade::ALL
        .iter()
        .map(|g| RadioOption::new(g.code(), Msg::Audit(AuditMsg::Grade(*g))))
        .collect();
    let radios = |part: Graded| {
        let id = grade_dom_id(part);
        let editor = editor.clone();
        let on_change = Callback::from(move |code: AttrValue| {
            if let Some(grade) = Grade::from_code(&code) {
                act(&editor, AuditAction::Grade { part, grade });
            }
        });
        html! {
            <Radios id={id.clone()} legend={Msg::Audit(AuditMsg::Graded(part))} options={options.clone()}
                selected={audit.grades.get(part).map(|g| AttrValue::from(g.code()))}
                error={submitted.error(&id, messages.lang)} {on_change} />
        }
    };
    html! {
        <>
            <BackLink to={Route::Audit(record.id)} />
            <ErrorSummary problems={submitted.problems.clone()} submission={submitted.count} />
            { caption(record, messages) }
            <h1 class="heading-l">{ messages.t(AuditMsg::GradesTitle) }</h1>
            <p class="body">{ messages.t(AuditMsg::GradesIntro) }</p>
            <form novalidate=true {onsubmit}>
                { for Graded::ALL.into_iter().map(radios) }
                <button type="submit" class="button">{ messages.t(Msg::SaveAndContinue) }</button>
            </form>
        </>
    }
}
