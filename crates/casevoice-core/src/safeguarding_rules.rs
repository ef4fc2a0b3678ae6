//! The rules of the checks and safeguarding pages.

use time::Date;

use crate::codes::{FactorProblem, Factors};
use crate::dates::DateRule;
use crate::questions::{adult_dom_id, child_dom_id, Question};
use crate::record::CaseRecord;
use crate::safeguarding::AgencyCheck;
use crate::validation::{during_the_case, ProblemCode, Problems};

/// Each adult's police and local authority checks: asked for on or after the
/// application and not in the future; results, when in, not before the request
/// and with what they found.
pub(crate) fn checks(record: &CaseRecord, today: Date, problems: &mut Problems) {
    let during_the_case = during_the_case(record, today);
    for (position, adult) in record.adults.iter().enumerate() {
        let questions = [
            (
                &adult.police_check,
                Question::AdultPoliceRequested,
                Question::AdultPoliceReceived,
                Question::AdultPoliceOutcome,
            ),
            (
                &adult.local_authority_check,
                Question::AdultLocalAuthorityRequested,
                Question::AdultLocalAuthorityReceived,
                Question::AdultLocalAuthorityOutcome,
            ),
        ];
        for (check, requested, received, outcome) in questions {
            agency_check(
                check,
                [requested, received, outcome],
                position,
                &during_the_case,
                today,
                problems,
            );
        }
    }
}

fn agency_check(
    check: &AgencyCheck,
    [requested, received, outcome]: [Question; 3],
    position: usize,
    during_the_case: &[DateRule],
    today: Date,
    problems: &mut Problems,
) {
    let id = |q| adult_dom_id(position, q);
    let asked = problems.date(
        || id(requested),
        requested,
        &check.requested,
        during_the_case,
    );
    if check.received.is_blank() {
        return;
    }
    let mut rules = vec![DateRule::TodayOrInThePast { today }];
    rules.extend(asked.map(DateRule::NotBefore));
    problems.date(|| id(received), received, &check.received, &rules);
    problems.required_text(|| id(outcome), outcome, &check.outcome);
}

/// Risk factors, the harm to each child and what is happening for them, and a
/// referral to the local authority whenever harm is likely or actual.
pub(crate) fn risk(record: &CaseRecord, today: Date, problems: &mut Problems) {
    let safeguarding = &record.safeguarding;
    let factors_id = Question::RiskFactors.slug().to_string();
    match Factors::new(safeguarding.factors.iter().copied()) {
        Ok(_) => {}
        Err(FactorProblem::NoneSelected) => {
            problems.add(factors_id, ProblemCode::Missing(Question::RiskFactors))
        }
        Err(FactorProblem::NoFactorsWithOthers) => {
            problems.add(factors_id, ProblemCode::FactorsNoneWithOthers)
        }
    }
    for (position, child) in record.children.iter().enumerate() {
        if child.harm.is_none() {
            problems.add(
                child_dom_id(position, Question::ChildHarm),
                ProblemCode::Missing(Question::ChildHarm),
            );
        }
        problems.required_text(
            || child_dom_id(position, Question::ChildWhatIsHappening),
            Question::ChildWhatIsHappening,
            &child.what_is_happening,
        );
    }
    let needs_referral = record
        .children
        .iter()
        .any(|c| c.harm.is_some_and(|h| h.needs_referral()));
    let given = !safeguarding.referral_date.is_blank()
        || !safeguarding.referral_reference.trim().is_empty();
    if needs_referral || given {
        let rules = during_the_case(record, today);
        problems.date(
            || Question::ReferralDate.slug().to_string(),
            Question::ReferralDate,
            &safeguarding.referral_date,
            &rules,
        );
        problems.required_text(
            || Question::ReferralReference.slug().to_string(),
            Question::ReferralReference,
            &safeguarding.referral_reference,
        );
    }
}
