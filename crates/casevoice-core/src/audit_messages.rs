//! The case audit's part of the message catalogue ([`crate::messages`]): the
//! audit's pages, the indicators and their findings, the records list's
//! filters and the summary. Words are in `locales/*/audit.ftl`.

use crate::audit::{Grade, Graded, ACTION_LIMIT, FEEDBACK_LIMIT};
use crate::audit_indicators::{
    Detail, Indicator, Outcome, FIRST_CONTACT_WITHIN_DAYS, OWN_VIEWS_FROM_AGE,
};
use crate::audit_rules::AuditProblem;
use crate::l10n::{self, text as t, Id};
use crate::messages::{date_problem_named, Lang, Msg};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuditMsg {
    Title,
    Status(crate::audit::AuditStatus),
    Column,
    NotAudited,
    RowLink,
    SummaryLink,
    // Filters
    FilterHeading,
    FilterGrade,
    FilterAnyGrade,
    FilterNotGraded,
    FilterIndicator,
    FilterAnyIndicator,
    FilterApply,
    FilterClear,
    FilterNoneMatch,
    // Starting
    Intro,
    ReadOnlyNote,
    AuditorLabel,
    AuditorHint,
    Start,
    // The audit's task list
    Auditor,
    Started,
    CompletedAt,
    AuditStatusKey,
    TasksHeading,
    TaskIndicators,
    TaskGrades,
    TaskFeedback,
    TaskActions,
    TaskNotYetStarted,
    TaskInProgress,
    TaskCompleted,
    CheckLink,
    CompleteBanner,
    ReadRecord,
    HistoryLink,
    PrintLink,
    ChangeAuditor,
    // Indicators
    IndicatorsIntro,
    Outcome(Outcome),
    NoChildren,
    NoAdults,
    // The record, read-only
    RecordTitle,
    RecordIntro,
    // Grades
    GradesTitle,
    GradesIntro,
    Grade(Grade),
    /// The name of an area, or "Overall grade".
    Graded(Graded),
    NotGraded,
    // Feedback
    FeedbackTitle,
    FeedbackHint,
    // Actions
    ActionsTitle,
    ActionsIntro,
    ActionsNone,
    AddAction,
    Continue,
    ActionTitle,
    ActionLabel,
    ActionDueLabel,
    ActionDueHint,
    ActionDue,
    ActionName,
    RemoveActionTitle,
    RemoveActionYes,
    RemoveActionNo,
    // Check and complete
    CheckTitle,
    CheckIntro,
    Complete,
    // History
    HistoryTitle,
    HistoryEmpty,
    HistoryWhat,
    EntryStarted,
    EntryAuditorChanged,
    EntryFeedback,
    EntryActionAdded,
    EntryActionText,
    EntryActionDue,
    EntryActionRemoved,
    EntryCompleted,
    EntryReopened,
    // Print
    PrintTitle,
    PrintIntro,
    PrintIndicators,
    // Summary
    SummaryTitle,
    SummaryEmpty,
    SummaryGradesHeading,
    SummaryGradesCaption,
    SummaryGradeColumn,
    SummaryIndicatorsHeading,
    SummaryChartCaption,
    SummaryNoRecordsApply,
    SummaryIndicatorsCaption,
    SummaryIndicatorColumn,
    SummaryRecordsColumn,
}

impl From<AuditMsg> for Msg {
    fn from(msg: AuditMsg) -> Msg {
        Msg::Audit(msg)
    }
}

impl AuditMsg {
    pub fn text(self, lang: Lang) -> &'static str {
        words(self, lang)
    }
}

pub(crate) fn words(msg: AuditMsg, lang: Lang) -> &'static str {
    use AuditMsg::*;
    let id = match msg {
        Title => Id::AuditTitle,
        Status(status) => match status {
            crate::audit::AuditStatus::NotStarted => Id::AuditStatusNotStarted,
            crate::audit::AuditStatus::InProgress => Id::AuditStatusInProgress,
            crate::audit::AuditStatus::Completed => Id::AuditStatusCompleted,
        },
        Column => Id::AuditColumn,
        NotAudited => Id::AuditNotAudited,
        RowLink => Id::AuditRowLink,
        SummaryLink => Id::AuditSummaryLink,
        FilterHeading => Id::AuditFilterHeading,
        FilterGrade => Id::AuditFilterGrade,
        FilterAnyGrade => Id::AuditFilterAnyGrade,
        FilterNotGraded => Id::AuditFilterNotGraded,
        FilterIndicator => Id::AuditFilterIndicator,
        FilterAnyIndicator => Id::AuditFilterAnyIndicator,
        FilterApply => Id::AuditFilterApply,
        FilterClear => Id::AuditFilterClear,
        FilterNoneMatch => Id::AuditFilterNoneMatch,
        Intro => Id::AuditIntro,
        ReadOnlyNote => Id::AuditReadOnlyNote,
        AuditorLabel => Id::AuditAuditorLabel,
        AuditorHint => Id::AuditAuditorHint,
        Start => Id::AuditStart,
        Auditor => Id::AuditAuditor,
        Started => Id::AuditStarted,
        CompletedAt => Id::AuditCompletedAt,
        AuditStatusKey => Id::AuditStatus,
        TasksHeading => Id::AuditTasksHeading,
        TaskIndicators => Id::AuditTaskIndicators,
        TaskGrades => Id::AuditTaskGrades,
        TaskFeedback => Id::AuditTaskFeedback,
        TaskActions => Id::AuditTaskActions,
        TaskNotYetStarted => Id::AuditTaskNotYetStarted,
        TaskInProgress => Id::AuditTaskInProgress,
        TaskCompleted => Id::AuditTaskCompleted,
        CheckLink => Id::AuditCheckLink,
        CompleteBanner => Id::AuditCompleteBanner,
        ReadRecord => Id::AuditReadRecord,
        HistoryLink => Id::AuditHistoryLink,
        PrintLink => Id::AuditPrintLink,
        ChangeAuditor => Id::AuditChangeAuditor,
        IndicatorsIntro => Id::AuditIndicatorsIntro,
        Outcome(outcome) => match outcome {
            crate::audit_indicators::Outcome::Met => Id::AuditOutcomeMet,
            crate::audit_indicators::Outcome::NotMet => Id::AuditOutcomeNotMet,
            crate::audit_indicators::Outcome::NotKnown => Id::AuditOutcomeNotKnown,
            crate::audit_indicators::Outcome::NotApplicable => Id::AuditOutcomeNotApplicable,
        },
        NoChildren => Id::AuditIndicatorsNoChildren,
        NoAdults => Id::AuditIndicatorsNoAdults,
        RecordTitle => Id::AuditRecordTitle,
        RecordIntro => Id::AuditRecordIntro,
        GradesTitle => Id::AuditGradesTitle,
        GradesIntro => Id::AuditGradesIntro,
        Grade(grade) => grade_id(grade),
        Graded(part) => graded_id(part),
        NotGraded => Id::AuditNotGraded,
        FeedbackTitle => Id::AuditFeedbackTitle,
        FeedbackHint => Id::AuditFeedbackHint,
        ActionsTitle => Id::AuditActionsTitle,
        ActionsIntro => Id::AuditActionsIntro,
        ActionsNone => Id::AuditActionsNone,
        AddAction => Id::AuditAddAction,
        Continue => Id::AuditContinue,
        ActionTitle => Id::AuditActionTitle,
        ActionLabel => Id::AuditActionLabel,
        ActionDueLabel => Id::AuditActionDueLabel,
        ActionDueHint => Id::AuditActionDueHint,
        ActionDue => Id::AuditActionDue,
        ActionName => Id::AuditActionName,
        RemoveActionTitle => Id::AuditRemoveActionTitle,
        RemoveActionYes => Id::AuditRemoveActionYes,
        RemoveActionNo => Id::AuditRemoveActionNo,
        CheckTitle => Id::AuditCheckTitle,
        CheckIntro => Id::AuditCheckIntro,
        Complete => Id::AuditComplete,
        HistoryTitle => Id::AuditHistoryTitle,
        HistoryEmpty => Id::AuditHistoryEmpty,
        HistoryWhat => Id::AuditHistoryWhat,
        EntryStarted => Id::AuditEntryStarted,
        EntryAuditorChanged => Id::AuditEntryAuditorChanged,
        EntryFeedback => Id::AuditEntryFeedback,
        EntryActionAdded => Id::AuditEntryActionAdded,
        EntryActionText => Id::AuditEntryActionText,
        EntryActionDue => Id::AuditEntryActionDue,
        EntryActionRemoved => Id::AuditEntryActionRemoved,
        EntryCompleted => Id::AuditEntryCompleted,
        EntryReopened => Id::AuditEntryReopened,
        PrintTitle => Id::AuditPrintTitle,
        PrintIntro => Id::AuditPrintIntro,
        PrintIndicators => Id::AuditPrintIndicators,
        SummaryTitle => Id::AuditSummaryTitle,
        SummaryEmpty => Id::AuditSummaryEmpty,
        SummaryGradesHeading => Id::AuditSummaryGradesHeading,
        SummaryGradesCaption => Id::AuditSummaryGradesCaption,
        SummaryGradeColumn => Id::AuditSummaryGradeColumn,
        SummaryIndicatorsHeading => Id::AuditSummaryIndicatorsHeading,
        SummaryChartCaption => Id::AuditSummaryChartCaption,
        SummaryNoRecordsApply => Id::AuditSummaryNoRecordsApply,
        SummaryIndicatorsCaption => Id::AuditSummaryIndicatorsCaption,
        SummaryIndicatorColumn => Id::AuditSummaryIndicatorColumn,
        SummaryRecordsColumn => Id::AuditSummaryRecordsColumn,
    };
    t(lang, id)
}

fn grade_id(grade: Grade) -> Id {
    match grade {
        Grade::Outstanding => Id::AuditGradeOutstanding,
        Grade::Good => Id::AuditGradeGood,
        Grade::RequiresImprovement => Id::AuditGradeRequiresImprovement,
        Grade::Inadequate => Id::AuditGradeInadequate,
    }
}

fn graded_id(part: Graded) -> Id {
    match part {
        Graded::ChildsVoice => Id::AuditAreaChildsVoice,
        Graded::RiskAndSafety => Id::AuditAreaRiskAndSafety,
        Graded::Analysis => Id::AuditAreaAnalysis,
        Graded::RecordingQuality => Id::AuditAreaRecordingQuality,
        Graded::ManagementOversight => Id::AuditAreaManagementOversight,
        Graded::Overall => Id::AuditAreaOverall,
    }
}

/// What the indicator looks for: "Each child was seen alone".
pub fn indicator_name(indicator: Indicator, lang: Lang) -> String {
    let id = match indicator {
        Indicator::ChildSeen => Id::AuditIndicatorChildSeen,
        Indicator::ChildSeenAlone => Id::AuditIndicatorChildSeenAlone,
        Indicator::FirstContact => {
            return l10n::audit_indicator_first_contact(
                lang,
                &FIRST_CONTACT_WITHIN_DAYS.to_string(),
            )
        }
        Indicator::ChildsVoice => Id::AuditIndicatorChildsVoice,
        Indicator::WelfareChecklist => Id::AuditIndicatorWelfareChecklist,
        Indicator::ChecksReceived => Id::AuditIndicatorChecksReceived,
        Indicator::HarmReferral => Id::AuditIndicatorHarmReferral,
        Indicator::SharingRespected => Id::AuditIndicatorSharingRespected,
        Indicator::ToldHowViewsUsed => Id::AuditIndicatorToldHowViewsUsed,
    };
    t(lang, id).to_string()
}

/// How the indicator is worked out from the record.
pub fn indicator_how(indicator: Indicator, lang: Lang) -> String {
    let age = &OWN_VIEWS_FROM_AGE.to_string();
    let id = match indicator {
        Indicator::ChildSeen => Id::AuditHowChildSeen,
        Indicator::ChildSeenAlone => return l10n::audit_how_child_seen_alone(lang, age),
        Indicator::FirstContact => Id::AuditHowFirstContact,
        Indicator::ChildsVoice => return l10n::audit_how_childs_voice(lang, age),
        Indicator::WelfareChecklist => Id::AuditHowWelfareChecklist,
        Indicator::ChecksReceived => Id::AuditHowChecksReceived,
        Indicator::HarmReferral => Id::AuditHowHarmReferral,
        Indicator::SharingRespected => {
            let words = &crate::audit_indicators::MIN_QUOTED_WORDS.to_string();
            return l10n::audit_how_sharing_respected(lang, words);
        }
        Indicator::ToldHowViewsUsed => Id::AuditHowToldHowViewsUsed,
    };
    t(lang, id).to_string()
}

/// The records list's filter option for records where the indicator is not met.
pub fn indicator_not_met(indicator: Indicator, lang: Lang) -> String {
    let id = match indicator {
        Indicator::ChildSeen => Id::AuditNotMetChildSeen,
        Indicator::ChildSeenAlone => Id::AuditNotMetChildSeenAlone,
        Indicator::FirstContact => {
            return l10n::audit_not_met_first_contact(lang, &FIRST_CONTACT_WITHIN_DAYS.to_string())
        }
        Indicator::ChildsVoice => Id::AuditNotMetChildsVoice,
        Indicator::WelfareChecklist => Id::AuditNotMetWelfareChecklist,
        Indicator::ChecksReceived => Id::AuditNotMetChecksReceived,
        Indicator::HarmReferral => Id::AuditNotMetHarmReferral,
        Indicator::SharingRespected => Id::AuditNotMetSharingRespected,
        Indicator::ToldHowViewsUsed => Id::AuditNotMetToldHowViewsUsed,
    };
    t(lang, id).to_string()
}

/// What a finding says about one child or adult.
pub fn detail_text(detail: Detail, lang: Lang) -> String {
    let n = |v: u32| u64::from(v);
    let days = |d: i64| u64::try_from(d).unwrap_or_default();
    let id = match detail {
        Detail::Seen { visits } => return l10n::audit_detail_seen(lang, n(visits)),
        Detail::NotSeen => Id::AuditDetailNotSeen,
        Detail::SeenAlone { visits } => return l10n::audit_detail_seen_alone(lang, n(visits)),
        Detail::NotSeenAlone => Id::AuditDetailNotSeenAlone,
        Detail::TooYoung { age } => {
            let limit = OWN_VIEWS_FROM_AGE.to_string();
            return l10n::audit_detail_too_young(lang, &age.to_string(), &limit);
        }
        Detail::NoDateOfBirth => Id::AuditDetailNoDateOfBirth,
        Detail::FirstSeenAfter { days: d } => {
            return l10n::audit_detail_first_seen_after(lang, days(d))
        }
        Detail::NotSeenYet { days: d } => return l10n::audit_detail_not_seen_yet(lang, days(d)),
        Detail::NoApplicationDate => Id::AuditDetailNoApplicationDate,
        Detail::OwnWords { items } => return l10n::audit_detail_own_words(lang, n(items)),
        Detail::SessionWithoutWords => Id::AuditDetailSessionWithoutWords,
        Detail::NoSession => Id::AuditDetailNoSession,
        Detail::AllAnswered => Id::AuditDetailAllAnswered,
        Detail::Unanswered { count } => return l10n::audit_detail_unanswered(lang, n(count)),
        Detail::ChecksIn => Id::AuditDetailChecksIn,
        Detail::ChecksOutstanding {
            police_missing,
            local_authority_missing,
        } => match (police_missing, local_authority_missing) {
            (true, true) => Id::AuditDetailBothChecksMissing,
            (true, false) => Id::AuditDetailPoliceCheckMissing,
            _ => Id::AuditDetailLocalAuthorityCheckMissing,
        },
        Detail::NoReferralNeeded => Id::AuditDetailNoReferralNeeded,
        Detail::HarmNotRecorded => Id::AuditDetailHarmNotRecorded,
        Detail::ActionAndReferral => Id::AuditDetailActionAndReferral,
        Detail::ActionOrReferralMissing {
            action_missing,
            referral_missing,
        } => match (action_missing, referral_missing) {
            (true, true) => Id::AuditDetailActionAndReferralMissing,
            (true, false) => Id::AuditDetailActionMissing,
            _ => Id::AuditDetailReferralMissing,
        },
        Detail::PrivateWordsKept => Id::AuditDetailPrivateWordsKept,
        Detail::PrivateWordsQuoted { items } => {
            return l10n::audit_detail_private_words_quoted(lang, n(items))
        }
        Detail::NothingPrivate => Id::AuditDetailNothingPrivate,
        Detail::NoViews => Id::AuditDetailNoViews,
        Detail::Told => Id::AuditDetailTold,
        Detail::NotTold => Id::AuditDetailNotTold,
    };
    t(lang, id).to_string()
}

/// A problem with the audit, GOV.UK style: what to do.
pub(crate) fn audit_problem_text(problem: AuditProblem, lang: Lang) -> String {
    let id = match problem {
        AuditProblem::AuditorMissing => Id::ProblemAuditAuditorMissing,
        AuditProblem::GradeMissing(part) => match part {
            Graded::ChildsVoice => Id::ProblemAuditGradeChildsVoice,
            Graded::RiskAndSafety => Id::ProblemAuditGradeRiskAndSafety,
            Graded::Analysis => Id::ProblemAuditGradeAnalysis,
            Graded::RecordingQuality => Id::ProblemAuditGradeRecordingQuality,
            Graded::ManagementOversight => Id::ProblemAuditGradeManagementOversight,
            Graded::Overall => Id::ProblemAuditGradeOverall,
        },
        AuditProblem::FeedbackMissing => Id::ProblemAuditFeedbackMissing,
        AuditProblem::FeedbackTooLong => {
            return l10n::problem_audit_feedback_too_long(
                lang,
                &l10n::number(FEEDBACK_LIMIT as u64),
            )
        }
        AuditProblem::ActionMissing => Id::ProblemAuditActionMissing,
        AuditProblem::ActionTooLong => {
            return l10n::problem_audit_action_too_long(lang, &l10n::number(ACTION_LIMIT as u64))
        }
        AuditProblem::DueDate(problem) => {
            return date_problem_named(
                problem,
                t(lang, Id::AuditActionDueName),
                t(lang, Id::ProblemAuditActionDueMissing),
                lang,
            )
        }
    };
    t(lang, id).to_string()
}

/// "Showing 2 of 5 records".
pub fn filter_showing(shown: usize, total: usize, lang: Lang) -> String {
    l10n::audit_filter_showing(lang, &l10n::number(shown as u64), total as u64)
}

/// Beside "Indicators" on the audit's task list: "2 not met", or "All met".
pub fn indicators_not_met(n: usize, lang: Lang) -> String {
    l10n::audit_indicators_not_met(lang, n as u64)
}

/// "Across the 5 case records in this browser."
pub fn summary_intro(records: usize, lang: Lang) -> String {
    l10n::audit_summary_intro(lang, records as u64)
}

/// "3 audits completed, 1 in progress."
pub fn summary_audits(completed: usize, in_progress: usize, lang: Lang) -> String {
    l10n::audit_summary_audits(lang, completed as u64, &l10n::number(in_progress as u64))
}

/// "3 of 5", in the chart.
pub fn met_of(met: usize, applicable: usize, lang: Lang) -> String {
    l10n::audit_summary_met_of(
        lang,
        &l10n::number(applicable as u64),
        &l10n::number(met as u64),
    )
}
