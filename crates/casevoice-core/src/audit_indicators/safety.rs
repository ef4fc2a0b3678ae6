//! The indicators about keeping children safe: every adult's checks received,
//! and likely or actual harm matched by an action and a referral.

use super::{finding, Detail, Finding, Outcome, Subject};
use crate::adult::Adult;
use crate::child::Child;
use crate::dates::parse_date_parts;
use crate::record::CaseRecord;

/// Both of the adult's checks (police and local authority) have a real date
/// received.
pub(super) fn checks_in(adult: &Adult) -> Finding {
    let received = |parts| parse_date_parts(parts).is_ok();
    let police = !received(&adult.police_check.received);
    let local_authority = !received(&adult.local_authority_check.received);
    let (outcome, detail) = if police || local_authority {
        (
            Outcome::NotMet,
            Detail::ChecksOutstanding {
                police_missing: police,
                local_authority_missing: local_authority,
            },
        )
    } else {
        (Outcome::Met, Detail::ChecksIn)
    };
    finding(Subject::Adult(adult.id), outcome, detail)
}

/// Likely or actual harm to the child needs the immediate actions written and
/// a referral to the local authority with a real date and its reference.
pub(super) fn harm_referral(record: &CaseRecord, child: &Child) -> Finding {
    let subject = Subject::Child(child.id);
    let Some(harm) = child.harm else {
        return finding(subject, Outcome::NotKnown, Detail::HarmNotRecorded);
    };
    if !harm.needs_referral() {
        return finding(subject, Outcome::NotApplicable, Detail::NoReferralNeeded);
    }
    let safeguarding = &record.safeguarding;
    let action = !safeguarding.immediate_actions.trim().is_empty();
    let referral = parse_date_parts(&safeguarding.referral_date).is_ok()
        && !safeguarding.referral_reference.trim().is_empty();
    if action && referral {
        finding(subject, Outcome::Met, Detail::ActionAndReferral)
    } else {
        finding(
            subject,
            Outcome::NotMet,
            Detail::ActionOrReferralMissing {
                action_missing: !action,
                referral_missing: !referral,
            },
        )
    }
}
