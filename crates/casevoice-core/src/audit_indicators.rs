//! The audit's indicators: facts about the practice that the record itself
//! shows, worked out here so the browser, the record check and the CSV export
//! say the same. Each indicator is found for each child (or, for checks, each
//! adult), and the record's outcome is the worst of them: not met if any is,
//! then cannot tell, then met; not applicable when none applies.
//!
//! Two thresholds are the service's to set, and live only here:
//! [`OWN_VIEWS_FROM_AGE`] and [`FIRST_CONTACT_WITHIN_DAYS`].

mod children;
mod safety;
mod sharing;

pub use sharing::MIN_QUOTED_WORDS;

use serde::Serialize;
use time::Date;
use uuid::Uuid;

use crate::child::Child;
use crate::dates::{age_in_years, parse_date_parts};
use crate::record::CaseRecord;

/// From this age (in whole years, on the application date) a child is expected
/// to have been seen alone and to have given their views in a session in their
/// own words. Younger children are seen, but these two do not apply to them.
pub const OWN_VIEWS_FROM_AGE: u16 = 4;

/// A child first seen more than this many days after the application is
/// flagged as seen late. A local standard, not a statutory one.
pub const FIRST_CONTACT_WITHIN_DAYS: i64 = 28;

/// What the audit looks for in a record, in the order the indicators page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    ChildSeen,
    ChildSeenAlone,
    FirstContact,
    ChildsVoice,
    WelfareChecklist,
    ChecksReceived,
    HarmReferral,
    SharingRespected,
    ToldHowViewsUsed,
}

impl Indicator {
    pub const ALL: [Indicator; 9] = [
        Indicator::ChildSeen,
        Indicator::ChildSeenAlone,
        Indicator::FirstContact,
        Indicator::ChildsVoice,
        Indicator::WelfareChecklist,
        Indicator::ChecksReceived,
        Indicator::HarmReferral,
        Indicator::SharingRespected,
        Indicator::ToldHowViewsUsed,
    ];

    /// Its part of addresses and ids: `child-seen-alone`.
    pub fn slug(self) -> &'static str {
        match self {
            Indicator::ChildSeen => "child-seen",
            Indicator::ChildSeenAlone => "child-seen-alone",
            Indicator::FirstContact => "first-contact",
            Indicator::ChildsVoice => "childs-voice",
            Indicator::WelfareChecklist => "welfare-checklist",
            Indicator::ChecksReceived => "checks-received",
            Indicator::HarmReferral => "harm-referral",
            Indicator::SharingRespected => "sharing-respected",
            Indicator::ToldHowViewsUsed => "told-how-views-used",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Indicator> {
        Indicator::ALL.into_iter().find(|i| i.slug() == slug)
    }
}

/// Whether an indicator is met, worst first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    NotMet,
    /// The record does not say enough to tell (no date of birth, say).
    NotKnown,
    Met,
    NotApplicable,
}

/// Whom a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Child(Uuid),
    Adult(Uuid),
}

/// Why a finding came out as it did, with the numbers behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "detail")]
pub enum Detail {
    /// Seen on this many visits.
    Seen {
        visits: u32,
    },
    NotSeen,
    /// Seen alone on this many visits.
    SeenAlone {
        visits: u32,
    },
    NotSeenAlone,
    /// Under [`OWN_VIEWS_FROM_AGE`].
    TooYoung {
        age: u16,
    },
    NoDateOfBirth,
    /// First seen this many days after the application.
    FirstSeenAfter {
        days: i64,
    },
    /// Not seen yet, this many days after the application.
    NotSeenYet {
        days: i64,
    },
    NoApplicationDate,
    /// This many things the child said, wrote or drew, in sessions.
    OwnWords {
        items: u32,
    },
    /// Sessions started, with nothing of the child's in them.
    SessionWithoutWords,
    NoSession,
    AllAnswered,
    /// This many of the welfare checklist's seven matters have no answer.
    Unanswered {
        count: u32,
    },
    ChecksIn,
    /// Which checks have no date received.
    ChecksOutstanding {
        police_missing: bool,
        local_authority_missing: bool,
    },
    /// No harm, or only possible harm: no referral is needed.
    NoReferralNeeded,
    HarmNotRecorded,
    ActionAndReferral,
    /// Likely or actual harm: which of the two is missing.
    ActionOrReferralMissing {
        action_missing: bool,
        referral_missing: bool,
    },
    /// The child kept words from the judge, and none is quoted for the court.
    PrivateWordsKept,
    /// This many of the words the child kept from the judge are quoted in the
    /// welfare checklist, what is happening for a child or the recommendation.
    PrivateWordsQuoted {
        items: u32,
    },
    /// Nothing the child said is kept from the judge.
    NothingPrivate,
    /// The child gave no views in a session.
    NoViews,
    Told,
    NotTold,
}

impl Outcome {
    /// As the record check and the CSV write it: `not_met`.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::NotMet => "not_met",
            Outcome::NotKnown => "not_known",
            Outcome::Met => "met",
            Outcome::NotApplicable => "not_applicable",
        }
    }
}

impl Indicator {
    /// As the record check and the CSV write it: `child_seen_alone`.
    pub fn code(self) -> String {
        self.slug().replace('-', "_")
    }
}

impl Detail {
    /// As the record check and the CSV write it: `first_seen_after`.
    pub fn code(self) -> &'static str {
        match self {
            Detail::Seen { .. } => "seen",
            Detail::NotSeen => "not_seen",
            Detail::SeenAlone { .. } => "seen_alone",
            Detail::NotSeenAlone => "not_seen_alone",
            Detail::TooYoung { .. } => "too_young",
            Detail::NoDateOfBirth => "no_date_of_birth",
            Detail::FirstSeenAfter { .. } => "first_seen_after",
            Detail::NotSeenYet { .. } => "not_seen_yet",
            Detail::NoApplicationDate => "no_application_date",
            Detail::OwnWords { .. } => "own_words",
            Detail::SessionWithoutWords => "session_without_words",
            Detail::NoSession => "no_session",
            Detail::AllAnswered => "all_answered",
            Detail::Unanswered { .. } => "unanswered",
            Detail::ChecksIn => "checks_in",
            Detail::ChecksOutstanding {
                police_missing: true,
                local_authority_missing: true,
            } => "police_and_local_authority_checks_outstanding",
            Detail::ChecksOutstanding {
                police_missing: true,
                ..
            } => "police_check_outstanding",
            Detail::ChecksOutstanding { .. } => "local_authority_check_outstanding",
            Detail::NoReferralNeeded => "no_referral_needed",
            Detail::HarmNotRecorded => "harm_not_recorded",
            Detail::ActionAndReferral => "action_and_referral",
            Detail::ActionOrReferralMissing {
                action_missing: true,
                referral_missing: true,
            } => "action_and_referral_missing",
            Detail::ActionOrReferralMissing {
                action_missing: true,
                ..
            } => "action_missing",
            Detail::ActionOrReferralMissing { .. } => "referral_missing",
            Detail::PrivateWordsKept => "private_words_kept",
            Detail::PrivateWordsQuoted { .. } => "private_words_quoted",
            Detail::NothingPrivate => "nothing_private",
            Detail::NoViews => "no_views",
            Detail::Told => "told",
            Detail::NotTold => "not_told",
        }
    }

    /// The number a finding carries (visits, days, things said, age), if any.
    pub fn value(self) -> Option<i64> {
        match self {
            Detail::Seen { visits } | Detail::SeenAlone { visits } => Some(visits.into()),
            Detail::TooYoung { age } => Some(age.into()),
            Detail::FirstSeenAfter { days } | Detail::NotSeenYet { days } => Some(days),
            Detail::OwnWords { items } | Detail::PrivateWordsQuoted { items } => Some(items.into()),
            Detail::Unanswered { count } => Some(count.into()),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    #[serde(flatten)]
    pub subject: Subject,
    pub outcome: Outcome,
    #[serde(flatten)]
    pub detail: Detail,
}

/// One indicator for one record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IndicatorResult {
    pub indicator: Indicator,
    pub outcome: Outcome,
    pub findings: Vec<Finding>,
}

/// Every indicator for the record, in [`Indicator::ALL`]'s order. `today` is
/// for children whose age cannot be taken on the application date and for
/// children not seen yet.
pub fn indicators(record: &CaseRecord, today: Date) -> Vec<IndicatorResult> {
    Indicator::ALL
        .into_iter()
        .map(|i| indicator(record, i, today))
        .collect()
}

/// One indicator for the record.
pub fn indicator(record: &CaseRecord, indicator: Indicator, today: Date) -> IndicatorResult {
    let facts = Facts::new(record, today);
    let findings: Vec<Finding> = match indicator {
        Indicator::ChecksReceived => record.adults.iter().map(safety::checks_in).collect(),
        Indicator::HarmReferral => record
            .children
            .iter()
            .map(|c| safety::harm_referral(record, c))
            .collect(),
        Indicator::SharingRespected => record
            .children
            .iter()
            .map(|c| sharing::sharing_respected(record, c))
            .collect(),
        Indicator::ChildSeen => per_child(&facts, children::seen),
        Indicator::ChildSeenAlone => per_child(&facts, children::seen_alone),
        Indicator::FirstContact => per_child(&facts, children::first_contact),
        Indicator::ChildsVoice => per_child(&facts, children::childs_voice),
        Indicator::WelfareChecklist => per_child(&facts, children::welfare),
        Indicator::ToldHowViewsUsed => per_child(&facts, children::told),
    };
    IndicatorResult {
        indicator,
        outcome: overall(&findings),
        findings,
    }
}

fn per_child(facts: &Facts, find: fn(&Facts, &Child) -> (Outcome, Detail)) -> Vec<Finding> {
    facts
        .record
        .children
        .iter()
        .map(|child| {
            let (outcome, detail) = find(facts, child);
            finding(Subject::Child(child.id), outcome, detail)
        })
        .collect()
}

/// The worst outcome among the findings that apply.
fn overall(findings: &[Finding]) -> Outcome {
    findings
        .iter()
        .map(|f| f.outcome)
        .min()
        .unwrap_or(Outcome::NotApplicable)
}

/// What several indicators need from the record, read once.
pub(crate) struct Facts<'a> {
    pub record: &'a CaseRecord,
    pub today: Date,
    pub applied: Option<Date>,
}

impl<'a> Facts<'a> {
    fn new(record: &'a CaseRecord, today: Date) -> Self {
        Facts {
            record,
            today,
            applied: parse_date_parts(&record.case_details.application_date).ok(),
        }
    }

    /// The child's age on the application date (today when there is none);
    /// `None` without a real date of birth.
    pub fn age(&self, child: &Child) -> Option<u16> {
        let born = parse_date_parts(&child.date_of_birth).ok()?;
        age_in_years(born, self.applied.unwrap_or(self.today)).or(Some(0))
    }
}

fn finding(subject: Subject, outcome: Outcome, detail: Detail) -> Finding {
    Finding {
        subject,
        outcome,
        detail,
    }
}

/// A count as the findings carry it.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
