//! The one message catalogue: every word the interface shows a user is a [`Msg`],
//! written out per language here. Adding a language means adding a [`Lang`] and a
//! match arm per message; the compiler then lists every message still to translate.

use std::borrow::Cow;

use time::Month;

use crate::choices::{AdultRole, HearingType, Proceeding, Sex};
use crate::codes::{Disability, Ethnicity, Factor};
use crate::dates::DateProblem;
use crate::email::EmailProblem;
use crate::nhs_number::NhsNumberProblem;
use crate::phone::PhoneProblem;
use crate::postcode::PostcodeProblem;
use crate::questions::Question;
use crate::safeguarding::Harm;
use crate::settings::SettingsProblem;
use crate::tasks::{Task, TaskStatus};
use crate::upn::UpnProblem;
use crate::validation::ProblemCode;
// Welfare checklist and recommendation
use crate::recommendation::{FurtherReport, ManagerDecision};

// Visits
use crate::choices::VisitType;
use crate::dates::TimeProblem;
use time::Date;
// Encrypted export and upload
use crate::deployment::DeploymentProblem;

pub use crate::l10n::Lang;
use crate::l10n::{self, text as t, Id};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    ServiceName,
    ServiceDescription,
    SkipToMainContent,
    FooterPrivacy,
    TitleSeparator,
    ErrorTitlePrefix,
    ErrorInlinePrefix,
    ErrorSummaryTitle,
    Back,
    Loading,
    StorageUnavailable,
    Saving,
    SavedAt,
    NotSavedStorageFull,
    NotSavedNoStorage,
    NotSavedRefused,
    UnreadableRecords,

    HomeTitle,
    HomeEmpty,
    HomeEmptyHint,
    HomeTableCaption,
    StartNewRecord,
    NoCaseNumberYet,
    LastChanged,

    CaseNumberLabel,
    CaseNumberHint,
    /// The question's name inside a sentence, as in "Change case number".
    CaseNumberInSentence,
    SaveAndContinue,
    /// After a question's label or legend when it need not be answered.
    Optional,
    DateDay,
    DateMonth,
    DateYear,
    /// Between the checkboxes and the one answer that rules out all the others.
    Or,

    RecordTitle,
    NotYetGiven,
    Change,

    NotFoundTitle,
    NotFoundBody,
    RecordNotFoundTitle,
    RecordNotFoundBody,
    GoToCaseRecords,

    Month(Month),
    Ethnicity(Ethnicity),
    Disability(Disability),
    Factor(Factor),
    DateTimeJoin,
    Am,
    Pm,
    Midday,
    Midnight,

    /// A question's label (or legend), without "(optional)": the field adds that.
    Label(Question),
    /// A question's hint; see [`hint`] for which questions have one.
    Hint(Question),
    TaskListHeading,
    Task(Task),
    TaskStatus(TaskStatus),
    CaseDetailsTitle,
    ChildrenTitle,
    ChildrenNone,
    AddAChild,
    ChildDetailsTitle,
    UnnamedChild,
    Remove,
    RemoveChildTitle,
    RemoveChildWarning,
    YesRemove,
    NoKeep,
    ReturnToTaskList,
    // Check your answers
    CheckAnswersTitle,
    CheckAnswersLink,
    CheckAnswersIntro,
    MarkAsComplete,
    RecordComplete,
    NotAnswered,
    // Checks and safeguarding
    Harm(Harm),
    ChecksTitle,
    ChecksIntro,
    ChecksNoAdults,
    PoliceCheck,
    LocalAuthorityCheck,
    RiskTitle,
    HarmForChild,
    AdultRole(AdultRole),
    AdultsTitle,
    AdultsNone,
    AddAnAdult,
    AdultDetailsTitle,
    UnnamedAdult,
    RemoveAdultTitle,
    RemoveAdultWarning,
    YesRemoveAdult,
    NoKeepAdult,
    // Visits
    VisitType(VisitType),
    VisitsTitle,
    VisitsNone,
    AddAVisit,
    VisitDetailsTitle,
    UndatedVisit,
    RemoveVisitTitle,
    RemoveVisitWarning,
    YesRemoveVisit,
    NoKeepVisit,
    Proceeding(Proceeding),
    HearingType(HearingType),
    Sex(Sex),
    Yes,
    No,

    // Added with the settings page, the case records list and the edit history.
    /// The header's link to the settings page, and that page's title.
    Settings,
    /// The accessible name of the header's navigation.
    HeaderNavigation,
    YourName,
    YourNameHint,
    YourTeam,
    SettingsProblem(SettingsProblem),
    SaveSettings,
    /// The title of a notification banner saying something worked.
    Success,
    SettingsSaved,
    SettingsNotSaved,
    ChildrenColumn,
    StatusColumn,
    ActionsColumn,
    NoChildrenYet,
    Duplicate,
    Delete,
    /// Names a record in a row's link or button when it has no case number yet.
    RecordWithoutCaseNumber,
    DeleteRecordTitle,
    DeleteRecordWarning,
    YesDeleteRecord,
    NoKeepIt,
    EditHistory,
    /// The record page's link to its edit history.
    SeeEditHistory,
    HistoryEmpty,
    ChangedBy,
    /// Who made a change when no name was set in settings.
    NameNotSet,
    HistoryQuestion,
    HistoryChild,
    ChangedFrom,
    ChangedTo,
    HistoryWhatHappened,
    /// An answer that was empty.
    Blank,
    RemovedChild,
    ChildAdded,
    ChildRemoved,
    RecordMadeAsCopy,
    CopiedFrom,
    HistoryAdult,
    RemovedAdult,
    AdultAddedEntry,
    AdultRemovedEntry,
    MarkedCompleteEntry,
    VisitAddedEntry,
    VisitRemovedEntry,
    HistoryVisit,
    ReopenedEntry,
    // Welfare checklist and recommendation
    WelfareListTitle,
    WelfareListIntro,
    WelfareNoChildren,
    GoToChildren,
    WelfareChildTitle,
    WelfareChildIntro,
    RecommendationTitle,
    FurtherReport(FurtherReport),
    ManagerDecision(ManagerDecision),
    DeclarationConfirm,
    ManagerReviewHeading,
    ManagerReviewIntro,
    // The child's voice: its own part of the catalogue
    Voice(crate::voice_messages::VoiceMsg),
    // Protect the data: its own part of the catalogue
    Vault(crate::vault_messages::VaultMsg),
    // Case audit: its own part of the catalogue
    Audit(crate::audit_messages::AuditMsg),
    // Two tabs on one record
    RecordOpenElsewhere,
    RecordEditableHere,
    RecordTabsUnguarded,
    // Drawing pad
    DrawingInstructions,
    DrawingKeyboardPenDown,
    DrawingColours,
    DrawingColourBlack,
    DrawingColourRed,
    DrawingColourOrange,
    DrawingColourYellow,
    DrawingColourGreen,
    DrawingColourBlue,
    DrawingColourPurple,
    DrawingColourBrown,
    DrawingPens,
    DrawingThinPen,
    DrawingThickPen,
    DrawingShapes,
    DrawingShapesHint,
    DrawingCircle,
    DrawingHeart,
    DrawingStar,
    DrawingSun,
    DrawingUndo,
    DrawingClear,
    DrawingFinish,
    DrawingNothingDrawn,
    // Read aloud
    /// The read-aloud button while it is not reading.
    ReadAloud,
    /// The read-aloud button while it is reading: pressing it stops.
    ReadAloudStop,
    /// The browser has no speech synthesis at all.
    ReadAloudNotSupported,
    /// The browser has speech synthesis but no voice for the screen's language.
    ReadAloudNoVoice,
    // Child mode safety
    /// The start-up wait: neutral, since it shows before anyone knows whether
    /// the device was left on the neutral page.
    StartingUp,
    ExitThisPage,
    /// The neutral page: nothing on it may say what this app is.
    NeutralTitle,
    NeutralText,
    NeutralContinue,
    UnlockTitle,
    UnlockTitleNeutral,
    LeaveChildMode,
    BackToChildScreens,
    PinMissing,
    PinWrong,
    PinHeldOff,
    PinNotChecked,
    PinSectionHeading,
    PinSectionIntro,
    PinIsSet,
    PinIsNotSet,
    NewPinLabel,
    NewPinHint,
    ConfirmPinLabel,
    SavePin,
    PinSaved,
    PinNotSaved,
    PinProblem(crate::pin::PinProblem),
    PinLabel,
    // CSV export
    CsvExportLink,
    CsvExportTitle,
    CsvExportIntro,
    CsvExportFormats,
    CsvExportFormulas,
    CsvExportKeepSafe,
    CsvExportFileName,
    /// A file's heading on the download page.
    CsvSectionTitle(crate::csv_export::CsvSection),
    /// What one row of the file is.
    CsvSectionRows(crate::csv_export::CsvSection),
    /// The file's download button, naming the file, so each button's name differs.
    CsvDownload(crate::csv_export::CsvSection),
    CsvDownloadFailed,
    /// The text cell of a drawing in the child's-voice file: the picture itself
    /// cannot go in a spreadsheet.
    CsvDrawingNote,
    // Print view
    PrintLink,
    PrintTitle,
    PrintIntro,
    PrintButton,
    /// The running head on each printed page: "Case number ZW19P01392".
    PrintCaseNumber,
    PrintNoCaseNumber,
    /// The running foot: "Page 2 of 9".
    PrintPage,
    PrintPageOf,
    PrintLastChanged,
    PrintMarkedComplete,
    PrintNotComplete,
    PrintNothingRecorded,
    PrintChildsOwnWords,
    PrintDrawnByChild,
    PrintDrawingTitle,
    PrintChosenByChild,
    PrintSessionSetUp,
    PrintPractitionerRecord,
    PrintPractitionerRecordIntro,
    PrintNoSessions,
    // JSON export and import
    DownloadJson,
    ImportLink,
    ImportTitle,
    ImportIntro,
    ImportFileLabel,
    ImportFileHint,
    ImportContinue,
    ImportReading,
    ImportNoFile,
    ImportUnreadable,
    ImportNotJson,
    ImportOtherFormat,
    ImportNewerVersion,
    ImportChanged,
    /// Followed by what is wrong with the file.
    ImportDamaged,
    ImportNewTitle,
    ImportNewText,
    ImportSameTitle,
    ImportSameText,
    ImportReplaceTitle,
    ImportStoredIsNewer,
    ImportNoCountChanges,
    OpenTheRecord,
    ReplaceStoredRecord,
    Cancel,
    ImportedEntry,
    ExportedAt,
    ExportedBy,
    // Encrypted export and upload
    ExportTitle,
    ExportCheckingSettings,
    ExportEncryptedIntro,
    ExportNotEncrypted,
    /// config.json was served but cannot be used; followed by the problem.
    ExportSettingsProblem,
    DeploymentProblem(crate::deployment::DeploymentProblem),
    ExportTellSupport,
    DownloadEncrypted,
    DownloadPlain,
    DownloadWithoutEncryptionHeading,
    DownloadWithoutEncryptionWarning,
    DownloadWithoutEncryption,
    ConfirmNotEncrypted,
    ConfirmNotEncryptedMissing,
    EncryptionFailed,
    SendHeading,
    SendIntro,
    SendToCaseSystem,
    SendQueued,
    SendEncryptionFailed,
    SeeOutbox,
    OutboxTitle,
    OutboxIntro,
    OutboxEmpty,
    OutboxCaption,
    OutboxRecordColumn,
    OutboxAddedColumn,
    OutboxStateColumn,
    OutboxWaiting,
    OutboxWaitingForConnection,
    OutboxSending,
    OutboxSentAt,
    OutboxFailed,
    OutboxNextTry,
    UploadFailure(crate::outbox::UploadFailure),
    // Offline
    UpdateReady,
    ReloadToUpdate,
    UpdateNotSaved,
    // A failure of casevoice itself
    StoppedHeading,
    StoppedBody,
    StoppedReload,
    StoppedChildHeading,
    StoppedChildBody,
    OfflineHeading,
    OfflineAvailable,
    OfflineNotAvailable,
    AppVersion,
    // Accessibility
    /// The help page's title, and the link to it in the footer of every page.
    Help,
    HelpStuckHeading,
    HelpStuckText,
    HelpLockHeading,
    HelpLockText,
    HelpPassphraseHeading,
    HelpPassphraseText,
    HelpExportHeading,
    HelpExportText,
    /// Shown, and announced, a while before the idle lock.
    IdleLockWarning,
    /// Followed by a person's name, on a button that copies their address.
    SameAddressAs,
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        words(self, lang)
    }
}

fn words(msg: Msg, lang: Lang) -> &'static str {
    match msg {
        Msg::ServiceName => t(lang, Id::ServiceName),
        Msg::ServiceDescription => t(lang, Id::ServiceDescription),
        Msg::SkipToMainContent => t(lang, Id::SkipToMainContent),
        Msg::FooterPrivacy => t(lang, Id::FooterPrivacy),
        Msg::TitleSeparator => t(lang, Id::TitleSeparator),
        Msg::ErrorTitlePrefix => t(lang, Id::ErrorTitlePrefix),
        Msg::ErrorInlinePrefix => t(lang, Id::ErrorInlinePrefix),
        Msg::ErrorSummaryTitle => t(lang, Id::ErrorSummaryTitle),
        Msg::Back => t(lang, Id::Back),
        Msg::Loading => t(lang, Id::Loading),
        Msg::StorageUnavailable => t(lang, Id::StorageUnavailable),
        Msg::Saving => t(lang, Id::Saving),
        Msg::SavedAt => t(lang, Id::SavedAt),
        Msg::NotSavedStorageFull => t(lang, Id::NotSavedStorageFull),
        Msg::NotSavedNoStorage => t(lang, Id::NotSavedNoStorage),
        Msg::NotSavedRefused => t(lang, Id::NotSavedRefused),
        Msg::UnreadableRecords => t(lang, Id::UnreadableRecords),

        Msg::HomeTitle => t(lang, Id::HomeTitle),
        Msg::HomeEmpty => t(lang, Id::HomeEmpty),
        Msg::HomeEmptyHint => t(lang, Id::HomeEmptyHint),
        Msg::HomeTableCaption => t(lang, Id::HomeTableCaption),
        Msg::StartNewRecord => t(lang, Id::StartNewRecord),
        Msg::NoCaseNumberYet => t(lang, Id::NoCaseNumberYet),
        Msg::LastChanged => t(lang, Id::LastChanged),

        Msg::CaseNumberLabel => t(lang, Id::CaseNumberLabel),
        Msg::CaseNumberHint => t(lang, Id::CaseNumberHint),
        Msg::CaseNumberInSentence => t(lang, Id::CaseNumberInSentence),
        Msg::SaveAndContinue => t(lang, Id::SaveAndContinue),
        Msg::Optional => t(lang, Id::Optional),
        Msg::DateDay => t(lang, Id::DateDay),
        Msg::DateMonth => t(lang, Id::DateMonth),
        Msg::DateYear => t(lang, Id::DateYear),
        Msg::Or => t(lang, Id::Or),

        Msg::RecordTitle => t(lang, Id::RecordTitle),
        Msg::NotYetGiven => t(lang, Id::NotYetGiven),
        Msg::Change => t(lang, Id::Change),

        Msg::NotFoundTitle => t(lang, Id::NotFoundTitle),
        Msg::NotFoundBody => t(lang, Id::NotFoundBody),
        Msg::RecordNotFoundTitle => t(lang, Id::RecordNotFoundTitle),
        Msg::RecordNotFoundBody => t(lang, Id::RecordNotFoundBody),
        Msg::GoToCaseRecords => t(lang, Id::GoToCaseRecords),

        Msg::Month(month) => month_words(month, lang),
        Msg::Ethnicity(ethnicity) => ethnicity_words(ethnicity, lang),
        Msg::Disability(disability) => disability_words(disability, lang),
        Msg::Factor(factor) => factor_words(factor, lang),
        Msg::DateTimeJoin => t(lang, Id::DateTimeJoin),
        Msg::Am => t(lang, Id::Am),
        Msg::Pm => t(lang, Id::Pm),
        Msg::Midday => t(lang, Id::Midday),
        Msg::Midnight => t(lang, Id::Midnight),

        Msg::Label(question) => label_words(question, lang),
        Msg::Hint(question) => hint_words(question, lang).unwrap_or_default(),
        Msg::TaskListHeading => t(lang, Id::TaskListHeading),
        Msg::Task(task) => match task {
            Task::CaseDetails => t(lang, Id::TaskCaseDetails),
            Task::Children => t(lang, Id::TaskChildren),
            Task::Adults => t(lang, Id::TaskAdults),
            Task::Safeguarding => t(lang, Id::TaskSafeguarding),
            // Welfare checklist and recommendation
            Task::Welfare => t(lang, Id::TaskWelfare),
            Task::Recommendation => t(lang, Id::TaskRecommendation),
            // Visits
            Task::Visits => t(lang, Id::TaskVisits),
            Task::ChildVoice => t(lang, Id::TaskChildVoice),
        },
        Msg::TaskStatus(status) => match status {
            TaskStatus::NotYetStarted => t(lang, Id::TaskStatusNotYetStarted),
            TaskStatus::InProgress => t(lang, Id::TaskStatusInProgress),
            TaskStatus::Completed => t(lang, Id::TaskStatusCompleted),
            TaskStatus::ThereIsAProblem => t(lang, Id::TaskStatusThereIsAProblem),
        },
        Msg::CaseDetailsTitle => t(lang, Id::CaseDetailsTitle),
        Msg::ChildrenTitle => t(lang, Id::ChildrenTitle),
        Msg::ChildrenNone => t(lang, Id::ChildrenNone),
        Msg::AddAChild => t(lang, Id::AddAChild),
        Msg::ChildDetailsTitle => t(lang, Id::ChildDetailsTitle),
        Msg::UnnamedChild => t(lang, Id::UnnamedChild),
        Msg::Remove => t(lang, Id::Remove),
        Msg::RemoveChildTitle => t(lang, Id::RemoveChildTitle),
        Msg::RemoveChildWarning => t(lang, Id::RemoveChildWarning),
        Msg::YesRemove => t(lang, Id::YesRemove),
        Msg::NoKeep => t(lang, Id::NoKeep),
        Msg::ReturnToTaskList => t(lang, Id::ReturnToTaskList),
        // Check your answers
        Msg::CheckAnswersTitle => t(lang, Id::CheckAnswersTitle),
        Msg::CheckAnswersLink => t(lang, Id::CheckAnswersLink),
        Msg::CheckAnswersIntro => t(lang, Id::CheckAnswersIntro),
        Msg::MarkAsComplete => t(lang, Id::MarkAsComplete),
        Msg::RecordComplete => t(lang, Id::RecordComplete),
        Msg::NotAnswered => t(lang, Id::NotAnswered),
        // Checks and safeguarding
        Msg::Harm(harm) => match harm {
            Harm::None => t(lang, Id::HarmNone),
            Harm::Possible => t(lang, Id::HarmPossible),
            Harm::Likely => t(lang, Id::HarmLikely),
            Harm::Actual => t(lang, Id::HarmActual),
        },
        Msg::ChecksTitle => t(lang, Id::ChecksTitle),
        Msg::ChecksIntro => t(lang, Id::ChecksIntro),
        Msg::ChecksNoAdults => t(lang, Id::ChecksNoAdults),
        Msg::PoliceCheck => t(lang, Id::PoliceCheck),
        Msg::LocalAuthorityCheck => t(lang, Id::LocalAuthorityCheck),
        Msg::RiskTitle => t(lang, Id::RiskTitle),
        Msg::HarmForChild => t(lang, Id::HarmForChild),
        Msg::AdultRole(role) => match role {
            AdultRole::Applicant => t(lang, Id::AdultRoleApplicant),
            AdultRole::Respondent => t(lang, Id::AdultRoleRespondent),
            AdultRole::OtherParty => t(lang, Id::AdultRoleOtherParty),
            AdultRole::OtherSignificantAdult => t(lang, Id::AdultRoleOtherSignificantAdult),
        },
        Msg::AdultsTitle => t(lang, Id::AdultsTitle),
        Msg::AdultsNone => t(lang, Id::AdultsNone),
        Msg::AddAnAdult => t(lang, Id::AddAnAdult),
        Msg::AdultDetailsTitle => t(lang, Id::AdultDetailsTitle),
        Msg::UnnamedAdult => t(lang, Id::UnnamedAdult),
        Msg::RemoveAdultTitle => t(lang, Id::RemoveAdultTitle),
        Msg::RemoveAdultWarning => t(lang, Id::RemoveAdultWarning),
        Msg::YesRemoveAdult => t(lang, Id::YesRemoveAdult),
        Msg::NoKeepAdult => t(lang, Id::NoKeepAdult),
        // Visits
        Msg::VisitType(visit_type) => match visit_type {
            VisitType::HomeVisit => t(lang, Id::VisitTypeHomeVisit),
            VisitType::SchoolVisit => t(lang, Id::VisitTypeSchoolVisit),
            VisitType::Office => t(lang, Id::VisitTypeOffice),
            VisitType::VideoCall => t(lang, Id::VisitTypeVideoCall),
            VisitType::PhoneCall => t(lang, Id::VisitTypePhoneCall),
        },
        Msg::VisitsTitle => t(lang, Id::VisitsTitle),
        Msg::VisitsNone => t(lang, Id::VisitsNone),
        Msg::AddAVisit => t(lang, Id::AddAVisit),
        Msg::VisitDetailsTitle => t(lang, Id::VisitDetailsTitle),
        Msg::UndatedVisit => t(lang, Id::UndatedVisit),
        Msg::RemoveVisitTitle => t(lang, Id::RemoveVisitTitle),
        Msg::RemoveVisitWarning => t(lang, Id::RemoveVisitWarning),
        Msg::YesRemoveVisit => t(lang, Id::YesRemoveVisit),
        Msg::NoKeepVisit => t(lang, Id::NoKeepVisit),
        Msg::Proceeding(proceeding) => proceeding_words(proceeding, lang),
        Msg::HearingType(hearing) => hearing_type_words(hearing, lang),
        Msg::Sex(sex) => match sex {
            Sex::Female => t(lang, Id::SexFemale),
            Sex::Male => t(lang, Id::SexMale),
            Sex::NotKnown => t(lang, Id::SexNotKnown),
        },
        Msg::Yes => t(lang, Id::Yes),
        Msg::No => t(lang, Id::No),

        // Added with the settings page, the case records list and the edit history.
        Msg::Settings => t(lang, Id::Settings),
        Msg::HeaderNavigation => t(lang, Id::HeaderNavigation),
        Msg::YourName => t(lang, Id::YourName),
        Msg::YourNameHint => t(lang, Id::YourNameHint),
        Msg::YourTeam => t(lang, Id::YourTeam),
        Msg::SettingsProblem(problem) => match problem {
            SettingsProblem::NameMissing => t(lang, Id::SettingsProblemNameMissing),
            SettingsProblem::LockAfterInvalid => t(lang, Id::SettingsProblemLockAfterInvalid),
            SettingsProblem::RetentionInvalid => t(lang, Id::SettingsProblemRetentionInvalid),
        },
        Msg::SaveSettings => t(lang, Id::SaveSettings),
        Msg::Success => t(lang, Id::Success),
        Msg::SettingsSaved => t(lang, Id::SettingsSaved),
        Msg::SettingsNotSaved => t(lang, Id::SettingsNotSaved),
        Msg::ChildrenColumn => t(lang, Id::ChildrenColumn),
        Msg::StatusColumn => t(lang, Id::StatusColumn),
        Msg::ActionsColumn => t(lang, Id::ActionsColumn),
        Msg::NoChildrenYet => t(lang, Id::NoChildrenYet),
        Msg::Duplicate => t(lang, Id::Duplicate),
        Msg::Delete => t(lang, Id::Delete),
        Msg::RecordWithoutCaseNumber => t(lang, Id::RecordWithoutCaseNumber),
        Msg::DeleteRecordTitle => t(lang, Id::DeleteRecordTitle),
        Msg::DeleteRecordWarning => t(lang, Id::DeleteRecordWarning),
        Msg::YesDeleteRecord => t(lang, Id::YesDeleteRecord),
        Msg::NoKeepIt => t(lang, Id::NoKeepIt),
        Msg::EditHistory => t(lang, Id::EditHistory),
        Msg::SeeEditHistory => t(lang, Id::SeeEditHistory),
        Msg::HistoryEmpty => t(lang, Id::HistoryEmpty),
        Msg::ChangedBy => t(lang, Id::ChangedBy),
        Msg::NameNotSet => t(lang, Id::NameNotSet),
        Msg::HistoryQuestion => t(lang, Id::HistoryQuestion),
        Msg::HistoryChild => t(lang, Id::HistoryChild),
        Msg::ChangedFrom => t(lang, Id::ChangedFrom),
        Msg::ChangedTo => t(lang, Id::ChangedTo),
        Msg::HistoryWhatHappened => t(lang, Id::HistoryWhatHappened),
        Msg::Blank => t(lang, Id::Blank),
        Msg::RemovedChild => t(lang, Id::RemovedChild),
        Msg::ChildAdded => t(lang, Id::ChildAdded),
        Msg::ChildRemoved => t(lang, Id::ChildRemoved),
        Msg::RecordMadeAsCopy => t(lang, Id::RecordMadeAsCopy),
        Msg::CopiedFrom => t(lang, Id::CopiedFrom),
        Msg::HistoryAdult => t(lang, Id::HistoryAdult),
        Msg::RemovedAdult => t(lang, Id::RemovedAdult),
        Msg::AdultAddedEntry => t(lang, Id::AdultAddedEntry),
        Msg::AdultRemovedEntry => t(lang, Id::AdultRemovedEntry),
        Msg::MarkedCompleteEntry => t(lang, Id::MarkedCompleteEntry),
        Msg::VisitAddedEntry => t(lang, Id::VisitAddedEntry),
        Msg::VisitRemovedEntry => t(lang, Id::VisitRemovedEntry),
        Msg::HistoryVisit => t(lang, Id::HistoryVisit),
        Msg::ReopenedEntry => t(lang, Id::ReopenedEntry),
        // Welfare checklist and recommendation
        Msg::WelfareListTitle => t(lang, Id::WelfareListTitle),
        Msg::WelfareListIntro => t(lang, Id::WelfareListIntro),
        Msg::WelfareNoChildren => t(lang, Id::WelfareNoChildren),
        Msg::GoToChildren => t(lang, Id::GoToChildren),
        Msg::WelfareChildTitle => t(lang, Id::WelfareChildTitle),
        Msg::WelfareChildIntro => t(lang, Id::WelfareChildIntro),
        Msg::RecommendationTitle => t(lang, Id::RecommendationTitle),
        Msg::FurtherReport(report) => match report {
            FurtherReport::No => t(lang, Id::FurtherReportNo),
            FurtherReport::Section7 => t(lang, Id::FurtherReportSection7),
            FurtherReport::Addendum => t(lang, Id::FurtherReportAddendum),
        },
        Msg::ManagerDecision(decision) => match decision {
            ManagerDecision::Agreed => t(lang, Id::ManagerDecisionAgreed),
            ManagerDecision::AgreedWithChanges => t(lang, Id::ManagerDecisionAgreedWithChanges),
            ManagerDecision::NotAgreed => t(lang, Id::ManagerDecisionNotAgreed),
        },
        Msg::DeclarationConfirm => t(lang, Id::DeclarationConfirm),
        Msg::ManagerReviewHeading => t(lang, Id::ManagerReviewHeading),
        Msg::Voice(msg) => crate::voice_messages::words(msg, lang),
        Msg::Vault(msg) => crate::vault_messages::words(msg, lang),
        Msg::Audit(msg) => crate::audit_messages::words(msg, lang),
        Msg::RecordOpenElsewhere => t(lang, Id::RecordOpenElsewhere),
        Msg::RecordEditableHere => t(lang, Id::RecordEditableHere),
        Msg::RecordTabsUnguarded => t(lang, Id::RecordTabsUnguarded),
        Msg::ManagerReviewIntro => t(lang, Id::ManagerReviewIntro),
        // Drawing pad
        Msg::DrawingInstructions => t(lang, Id::DrawingInstructions),
        Msg::DrawingKeyboardPenDown => t(lang, Id::DrawingKeyboardPenDown),
        Msg::DrawingColours => t(lang, Id::DrawingColours),
        Msg::DrawingColourBlack => t(lang, Id::DrawingColourBlack),
        Msg::DrawingColourRed => t(lang, Id::DrawingColourRed),
        Msg::DrawingColourOrange => t(lang, Id::DrawingColourOrange),
        Msg::DrawingColourYellow => t(lang, Id::DrawingColourYellow),
        Msg::DrawingColourGreen => t(lang, Id::DrawingColourGreen),
        Msg::DrawingColourBlue => t(lang, Id::DrawingColourBlue),
        Msg::DrawingColourPurple => t(lang, Id::DrawingColourPurple),
        Msg::DrawingColourBrown => t(lang, Id::DrawingColourBrown),
        Msg::DrawingPens => t(lang, Id::DrawingPens),
        Msg::DrawingThinPen => t(lang, Id::DrawingThinPen),
        Msg::DrawingThickPen => t(lang, Id::DrawingThickPen),
        Msg::DrawingShapes => t(lang, Id::DrawingShapes),
        Msg::DrawingShapesHint => t(lang, Id::DrawingShapesHint),
        Msg::DrawingCircle => t(lang, Id::DrawingCircle),
        Msg::DrawingHeart => t(lang, Id::DrawingHeart),
        Msg::DrawingStar => t(lang, Id::DrawingStar),
        Msg::DrawingSun => t(lang, Id::DrawingSun),
        Msg::DrawingUndo => t(lang, Id::DrawingUndo),
        Msg::DrawingClear => t(lang, Id::DrawingClear),
        Msg::DrawingFinish => t(lang, Id::DrawingFinish),
        Msg::DrawingNothingDrawn => t(lang, Id::DrawingNothingDrawn),
        // Read aloud
        Msg::ReadAloud => t(lang, Id::ReadAloud),
        Msg::ReadAloudStop => t(lang, Id::ReadAloudStop),
        Msg::ReadAloudNotSupported => t(lang, Id::ReadAloudNotSupported),
        Msg::ReadAloudNoVoice => t(lang, Id::ReadAloudNoVoice),
        // Child mode safety
        Msg::StartingUp => t(lang, Id::StartingUp),
        Msg::ExitThisPage => t(lang, Id::ExitThisPage),
        Msg::NeutralTitle => t(lang, Id::NeutralTitle),
        Msg::NeutralText => t(lang, Id::NeutralText),
        Msg::NeutralContinue => t(lang, Id::NeutralContinue),
        Msg::UnlockTitle => t(lang, Id::UnlockTitle),
        Msg::UnlockTitleNeutral => t(lang, Id::UnlockTitleNeutral),
        Msg::LeaveChildMode => t(lang, Id::LeaveChildMode),
        Msg::BackToChildScreens => t(lang, Id::BackToChildScreens),
        Msg::PinMissing => t(lang, Id::PinMissing),
        Msg::PinWrong => t(lang, Id::PinWrong),
        Msg::PinHeldOff => t(lang, Id::PinHeldOff),
        Msg::PinNotChecked => t(lang, Id::PinNotChecked),
        Msg::PinSectionHeading => t(lang, Id::PinSectionHeading),
        Msg::PinSectionIntro => t(lang, Id::PinSectionIntro),
        Msg::PinIsSet => t(lang, Id::PinIsSet),
        Msg::PinIsNotSet => t(lang, Id::PinIsNotSet),
        Msg::NewPinLabel => t(lang, Id::NewPinLabel),
        Msg::NewPinHint => t(lang, Id::NewPinHint),
        Msg::ConfirmPinLabel => t(lang, Id::ConfirmPinLabel),
        Msg::SavePin => t(lang, Id::SavePin),
        Msg::PinSaved => t(lang, Id::PinSaved),
        Msg::PinNotSaved => t(lang, Id::PinNotSaved),
        Msg::PinProblem(problem) => match problem {
            crate::pin::PinProblem::Format => t(lang, Id::PinProblemFormat),
            crate::pin::PinProblem::ConfirmMissing => t(lang, Id::PinProblemConfirmMissing),
            crate::pin::PinProblem::Mismatch => t(lang, Id::PinProblemMismatch),
        },
        Msg::PinLabel => t(lang, Id::PinLabel),
        // CSV export
        Msg::CsvExportLink | Msg::CsvExportTitle => t(lang, Id::CsvExportLink),
        Msg::CsvExportIntro => t(lang, Id::CsvExportIntro),
        Msg::CsvExportFormats => t(lang, Id::CsvExportFormats),
        Msg::CsvExportFormulas => t(lang, Id::CsvExportFormulas),
        Msg::CsvExportKeepSafe => t(lang, Id::CsvExportKeepSafe),
        Msg::CsvExportFileName => t(lang, Id::CsvExportFileName),
        Msg::CsvSectionTitle(section) => csv_section_title(section, lang),
        Msg::CsvSectionRows(section) => csv_section_rows(section, lang),
        Msg::CsvDownload(section) => csv_download(section, lang),
        Msg::CsvDownloadFailed => t(lang, Id::CsvDownloadFailed),
        Msg::CsvDrawingNote => t(lang, Id::CsvDrawingNote),
        // Print view
        Msg::PrintLink => t(lang, Id::PrintLink),
        Msg::PrintTitle => t(lang, Id::PrintTitle),
        Msg::PrintIntro => t(lang, Id::PrintIntro),
        Msg::PrintButton => t(lang, Id::PrintButton),
        Msg::PrintCaseNumber => t(lang, Id::PrintCaseNumber),
        Msg::PrintNoCaseNumber => t(lang, Id::PrintNoCaseNumber),
        Msg::PrintPage => t(lang, Id::PrintPage),
        Msg::PrintPageOf => t(lang, Id::PrintPageOf),
        Msg::PrintLastChanged => t(lang, Id::PrintLastChanged),
        Msg::PrintMarkedComplete => t(lang, Id::PrintMarkedComplete),
        Msg::PrintNotComplete => t(lang, Id::PrintNotComplete),
        Msg::PrintNothingRecorded => t(lang, Id::PrintNothingRecorded),
        Msg::PrintChildsOwnWords => t(lang, Id::PrintChildsOwnWords),
        Msg::PrintDrawnByChild => t(lang, Id::PrintDrawnByChild),
        Msg::PrintDrawingTitle => t(lang, Id::PrintDrawingTitle),
        Msg::PrintChosenByChild => t(lang, Id::PrintChosenByChild),
        Msg::PrintSessionSetUp => t(lang, Id::PrintSessionSetUp),
        Msg::PrintPractitionerRecord => t(lang, Id::PrintPractitionerRecord),
        Msg::PrintPractitionerRecordIntro => t(lang, Id::PrintPractitionerRecordIntro),
        Msg::PrintNoSessions => t(lang, Id::PrintNoSessions),
        // JSON export and import
        Msg::DownloadJson => t(lang, Id::DownloadJson),
        Msg::ImportLink => t(lang, Id::ImportLink),
        Msg::ImportTitle => t(lang, Id::ImportTitle),
        Msg::ImportIntro => t(lang, Id::ImportIntro),
        Msg::ImportFileLabel => t(lang, Id::ImportFileLabel),
        Msg::ImportFileHint => t(lang, Id::ImportFileHint),
        Msg::ImportContinue => t(lang, Id::ImportContinue),
        Msg::ImportReading => t(lang, Id::ImportReading),
        Msg::ImportNoFile => t(lang, Id::ImportNoFile),
        Msg::ImportUnreadable => t(lang, Id::ImportUnreadable),
        Msg::ImportNotJson => t(lang, Id::ImportNotJson),
        Msg::ImportOtherFormat => t(lang, Id::ImportOtherFormat),
        Msg::ImportNewerVersion => t(lang, Id::ImportNewerVersion),
        Msg::ImportChanged => t(lang, Id::ImportChanged),
        Msg::ImportDamaged => t(lang, Id::ImportDamaged),
        Msg::ImportNewTitle => t(lang, Id::ImportNewTitle),
        Msg::ImportNewText => t(lang, Id::ImportNewText),
        Msg::ImportSameTitle => t(lang, Id::ImportSameTitle),
        Msg::ImportSameText => t(lang, Id::ImportSameText),
        Msg::ImportReplaceTitle => t(lang, Id::ImportReplaceTitle),
        Msg::ImportStoredIsNewer => t(lang, Id::ImportStoredIsNewer),
        Msg::ImportNoCountChanges => t(lang, Id::ImportNoCountChanges),
        Msg::OpenTheRecord => t(lang, Id::OpenTheRecord),
        Msg::ReplaceStoredRecord => t(lang, Id::ReplaceStoredRecord),
        Msg::Cancel => t(lang, Id::Cancel),
        Msg::ImportedEntry => t(lang, Id::ImportedEntry),
        Msg::ExportedAt => t(lang, Id::ExportedAt),
        Msg::ExportedBy => t(lang, Id::ExportedBy),
        // Encrypted export and upload
        Msg::ExportTitle => t(lang, Id::ExportTitle),
        Msg::ExportCheckingSettings => t(lang, Id::ExportCheckingSettings),
        Msg::ExportEncryptedIntro => t(lang, Id::ExportEncryptedIntro),
        Msg::ExportNotEncrypted => t(lang, Id::ExportNotEncrypted),
        Msg::ExportSettingsProblem => t(lang, Id::ExportSettingsProblem),
        Msg::DeploymentProblem(problem) => match problem {
            DeploymentProblem::NotReadable => t(lang, Id::DeploymentProblemNotReadable),
            DeploymentProblem::KeyNotRsa => t(lang, Id::DeploymentProblemKeyNotRsa),
            DeploymentProblem::KeyDamaged => t(lang, Id::DeploymentProblemKeyDamaged),
            DeploymentProblem::KeyTooSmall => t(lang, Id::DeploymentProblemKeyTooSmall),
            DeploymentProblem::KeyIsPrivate => t(lang, Id::DeploymentProblemKeyIsPrivate),
            DeploymentProblem::KeyNotForEncryption => {
                t(lang, Id::DeploymentProblemKeyNotForEncryption)
            }
            DeploymentProblem::UploadUrlNotSecure => {
                t(lang, Id::DeploymentProblemUploadUrlNotSecure)
            }
        },
        Msg::ExportTellSupport => t(lang, Id::ExportTellSupport),
        Msg::DownloadEncrypted => t(lang, Id::DownloadEncrypted),
        Msg::DownloadPlain => t(lang, Id::DownloadPlain),
        Msg::DownloadWithoutEncryptionHeading => t(lang, Id::DownloadWithoutEncryptionHeading),
        Msg::DownloadWithoutEncryptionWarning => t(lang, Id::DownloadWithoutEncryptionWarning),
        Msg::DownloadWithoutEncryption => t(lang, Id::DownloadWithoutEncryption),
        Msg::ConfirmNotEncrypted => t(lang, Id::ConfirmNotEncrypted),
        Msg::ConfirmNotEncryptedMissing => t(lang, Id::ConfirmNotEncryptedMissing),
        Msg::EncryptionFailed => t(lang, Id::EncryptionFailed),
        Msg::SendHeading => t(lang, Id::SendHeading),
        Msg::SendIntro => t(lang, Id::SendIntro),
        Msg::SendToCaseSystem => t(lang, Id::SendToCaseSystem),
        Msg::SendQueued => t(lang, Id::SendQueued),
        Msg::SendEncryptionFailed => t(lang, Id::SendEncryptionFailed),
        Msg::SeeOutbox => t(lang, Id::SeeOutbox),
        Msg::OutboxTitle => t(lang, Id::OutboxTitle),
        Msg::OutboxIntro => t(lang, Id::OutboxIntro),
        Msg::OutboxEmpty => t(lang, Id::OutboxEmpty),
        Msg::OutboxCaption => t(lang, Id::OutboxCaption),
        Msg::OutboxRecordColumn => t(lang, Id::OutboxRecordColumn),
        Msg::OutboxAddedColumn => t(lang, Id::OutboxAddedColumn),
        Msg::OutboxStateColumn => t(lang, Id::OutboxStateColumn),
        Msg::OutboxWaiting => t(lang, Id::OutboxWaiting),
        Msg::OutboxWaitingForConnection => t(lang, Id::OutboxWaitingForConnection),
        Msg::OutboxSending => t(lang, Id::OutboxSending),
        Msg::OutboxSentAt => t(lang, Id::OutboxSentAt),
        Msg::OutboxFailed => t(lang, Id::OutboxFailed),
        Msg::OutboxNextTry => t(lang, Id::OutboxNextTry),
        Msg::UploadFailure(failure) => match failure {
            crate::outbox::UploadFailure::NoConnection => t(lang, Id::UploadFailureNoConnection),
            crate::outbox::UploadFailure::Status(_) => t(lang, Id::UploadFailureStatus),
        },
        // Offline
        Msg::UpdateReady => t(lang, Id::UpdateReady),
        Msg::ReloadToUpdate => t(lang, Id::ReloadToUpdate),
        Msg::UpdateNotSaved => t(lang, Id::UpdateNotSaved),
        Msg::StoppedHeading => t(lang, Id::StoppedHeading),
        Msg::StoppedBody => t(lang, Id::StoppedBody),
        Msg::StoppedReload => t(lang, Id::StoppedReload),
        Msg::StoppedChildHeading => t(lang, Id::StoppedChildHeading),
        Msg::StoppedChildBody => t(lang, Id::StoppedChildBody),
        Msg::OfflineHeading => t(lang, Id::OfflineHeading),
        Msg::OfflineAvailable => t(lang, Id::OfflineAvailable),
        Msg::OfflineNotAvailable => t(lang, Id::OfflineNotAvailable),
        Msg::AppVersion => t(lang, Id::AppVersion),
        // Accessibility
        Msg::Help => t(lang, Id::Help),
        Msg::HelpStuckHeading => t(lang, Id::HelpStuckHeading),
        Msg::HelpStuckText => t(lang, Id::HelpStuckText),
        Msg::HelpLockHeading => t(lang, Id::HelpLockHeading),
        Msg::HelpLockText => t(lang, Id::HelpLockText),
        Msg::HelpPassphraseHeading => t(lang, Id::HelpPassphraseHeading),
        Msg::HelpPassphraseText => t(lang, Id::HelpPassphraseText),
        Msg::HelpExportHeading => t(lang, Id::HelpExportHeading),
        Msg::HelpExportText => t(lang, Id::HelpExportText),
        Msg::IdleLockWarning => t(lang, Id::IdleLockWarning),
        Msg::SameAddressAs => t(lang, Id::SameAddressAs),
    }
}

// CSV export
fn csv_section_title(section: crate::csv_export::CsvSection, lang: Lang) -> &'static str {
    use crate::csv_export::CsvSection as S;
    match section {
        S::CaseDetails => t(lang, Id::CsvSectionTitleCaseDetails),
        S::Children => t(lang, Id::CsvSectionTitleChildren),
        S::Adults => t(lang, Id::CsvSectionTitleAdults),
        S::AdultRelationships => t(lang, Id::CsvSectionTitleAdultRelationships),
        S::Visits => t(lang, Id::CsvSectionTitleVisits),
        S::VisitChildren => t(lang, Id::CsvSectionTitleVisitChildren),
        S::Checks => t(lang, Id::CsvSectionTitleChecks),
        S::ChildVoiceSessions => t(lang, Id::CsvSectionTitleChildVoiceSessions),
        S::ChildVoiceItems => t(lang, Id::CsvSectionTitleChildVoiceItems),
        S::Audit => t(lang, Id::CsvSectionTitleAudit),
        S::AuditActions => t(lang, Id::CsvSectionTitleAuditActions),
        S::AuditIndicators => t(lang, Id::CsvSectionTitleAuditIndicators),
    }
}

fn csv_section_rows(section: crate::csv_export::CsvSection, lang: Lang) -> &'static str {
    use crate::csv_export::CsvSection as S;
    match section {
        S::CaseDetails => t(lang, Id::CsvSectionRowsCaseDetails),
        S::Children => t(lang, Id::CsvSectionRowsChildren),
        S::Adults => t(lang, Id::CsvSectionRowsAdults),
        S::AdultRelationships => t(lang, Id::CsvSectionRowsAdultRelationships),
        S::Visits => t(lang, Id::CsvSectionRowsVisits),
        S::VisitChildren => t(lang, Id::CsvSectionRowsVisitChildren),
        S::Checks => t(lang, Id::CsvSectionRowsChecks),
        S::ChildVoiceSessions => t(lang, Id::CsvSectionRowsChildVoiceSessions),
        S::ChildVoiceItems => t(lang, Id::CsvSectionRowsChildVoiceItems),
        S::Audit => t(lang, Id::CsvSectionRowsAudit),
        S::AuditActions => t(lang, Id::CsvSectionRowsAuditActions),
        S::AuditIndicators => t(lang, Id::CsvSectionRowsAuditIndicators),
    }
}

fn csv_download(section: crate::csv_export::CsvSection, lang: Lang) -> &'static str {
    use crate::csv_export::CsvSection as S;
    match section {
        S::CaseDetails => t(lang, Id::CsvDownloadCaseDetails),
        S::Children => t(lang, Id::CsvDownloadChildren),
        S::Adults => t(lang, Id::CsvDownloadAdults),
        S::AdultRelationships => t(lang, Id::CsvDownloadAdultRelationships),
        S::Visits => t(lang, Id::CsvDownloadVisits),
        S::VisitChildren => t(lang, Id::CsvDownloadVisitChildren),
        S::Checks => t(lang, Id::CsvDownloadChecks),
        S::ChildVoiceSessions => t(lang, Id::CsvDownloadChildVoiceSessions),
        S::ChildVoiceItems => t(lang, Id::CsvDownloadChildVoiceItems),
        S::Audit => t(lang, Id::CsvDownloadAudit),
        S::AuditActions => t(lang, Id::CsvDownloadAuditActions),
        S::AuditIndicators => t(lang, Id::CsvDownloadAuditIndicators),
    }
}

/// A problem's message in GOV.UK style: it says what to do.
pub fn problem_text(code: ProblemCode, lang: Lang) -> String {
    problem_words(code, lang).into_owned()
}

/// [`problem_text`] without a copy when the text is fixed, as most are:
/// `casevoice-check` asks for a hundred of them a record.
pub fn problem_words(code: ProblemCode, lang: Lang) -> Cow<'static, str> {
    match code {
        ProblemCode::CaseNumberMissing => t(lang, Id::ProblemCaseNumberMissing).into(),
        ProblemCode::CaseNumberFormat => t(lang, Id::ProblemCaseNumberFormat).into(),
        ProblemCode::Missing(question) => missing_words(question, lang).into(),
        ProblemCode::Date(question, problem) => date_problem_words(question, problem, lang).into(),
        ProblemCode::NhsNumber(problem) => match problem {
            NhsNumberProblem::Missing => t(lang, Id::ProblemNhsNumberMissing),
            NhsNumberProblem::NotDigits => t(lang, Id::ProblemNhsNumberNotDigits),
            NhsNumberProblem::WrongLength => t(lang, Id::ProblemNhsNumberWrongLength),
            NhsNumberProblem::CheckDigit => t(lang, Id::ProblemNhsNumberCheckDigit),
        }
        .into(),
        ProblemCode::Upn(problem) => match problem {
            UpnProblem::Missing => t(lang, Id::ProblemUpnMissing),
            UpnProblem::WrongLength => t(lang, Id::ProblemUpnWrongLength),
            UpnProblem::WrongCharacters | UpnProblem::CheckLetter => t(lang, Id::ProblemUpnFormat),
        }
        .into(),
        ProblemCode::Postcode(problem) => match problem {
            PostcodeProblem::Missing => t(lang, Id::ProblemPostcodeMissing),
            PostcodeProblem::Format => t(lang, Id::ProblemPostcodeFormat),
        }
        .into(),
        ProblemCode::Phone(problem) => match problem {
            PhoneProblem::Missing => t(lang, Id::ProblemPhoneMissing),
            PhoneProblem::Format => t(lang, Id::ProblemPhoneFormat),
        }
        .into(),
        ProblemCode::Email(problem) => match problem {
            EmailProblem::Missing => t(lang, Id::ProblemEmailMissing),
            EmailProblem::Format => t(lang, Id::ProblemEmailFormat),
        }
        .into(),
        ProblemCode::FactorsNoneWithOthers => t(lang, Id::ProblemFactorsNoneWithOthers).into(),
        ProblemCode::DisabilitiesNoneWithOthers => {
            t(lang, Id::ProblemDisabilitiesNoneWithOthers).into()
        }
        ProblemCode::ChildEighteenOrOver => t(lang, Id::ProblemChildEighteenOrOver).into(),
        // Welfare checklist and recommendation
        ProblemCode::TooLong(question) => l10n::too_long(
            lang,
            question.character_limit().unwrap_or_default() as u64,
            long_text_name_words(question, lang),
        )
        .into(),
        // Visits
        ProblemCode::Time(question, problem) => time_problem_words(question, problem, lang).into(),
        ProblemCode::VisitNotesTooLong => t(lang, Id::ProblemVisitNotesTooLong).into(),
        // The child's voice
        ProblemCode::SupportNoneWithOthers => t(lang, Id::ProblemSupportNoneWithOthers).into(),
        // Case audit
        ProblemCode::Audit(problem) => {
            crate::audit_messages::audit_problem_text(problem, lang).into()
        }
    }
}

fn missing_words(question: Question, lang: Lang) -> &'static str {
    match question {
        Question::CaseNumber => t(lang, Id::MissingCaseNumber),
        Question::Court => t(lang, Id::MissingCourt),
        Question::Proceedings => t(lang, Id::MissingProceedings),
        Question::ProceedingsOther => t(lang, Id::MissingProceedingsOther),
        Question::NextHearingType => t(lang, Id::MissingNextHearingType),
        Question::PractitionerName => t(lang, Id::MissingPractitionerName),
        Question::PractitionerTeam => t(lang, Id::MissingPractitionerTeam),
        Question::LocalAuthority => t(lang, Id::MissingLocalAuthority),
        Question::ChildFirstNames => t(lang, Id::MissingChildFirstNames),
        Question::ChildLastName => t(lang, Id::MissingChildLastName),
        Question::ChildSex => t(lang, Id::MissingChildSex),
        Question::ChildEthnicity => t(lang, Id::MissingChildEthnicity),
        Question::ChildFirstLanguage => t(lang, Id::MissingChildFirstLanguage),
        Question::ChildInterpreterNeeded => t(lang, Id::MissingChildInterpreterNeeded),
        Question::ChildDisabilities => t(lang, Id::MissingChildDisabilities),
        Question::ChildLivesWith => t(lang, Id::MissingChildLivesWith),
        // Checks and safeguarding
        Question::AdultPoliceRequested => t(lang, Id::MissingAdultPoliceRequested),
        Question::AdultLocalAuthorityRequested => t(lang, Id::MissingAdultLocalAuthorityRequested),
        Question::AdultPoliceOutcome => t(lang, Id::MissingAdultPoliceOutcome),
        Question::AdultLocalAuthorityOutcome => t(lang, Id::MissingAdultLocalAuthorityOutcome),
        Question::RiskFactors => t(lang, Id::MissingRiskFactors),
        Question::ChildHarm => t(lang, Id::MissingChildHarm),
        Question::ChildWhatIsHappening => t(lang, Id::MissingChildWhatIsHappening),
        Question::ReferralDate => t(lang, Id::MissingReferralDate),
        Question::ReferralReference => t(lang, Id::MissingReferralReference),
        Question::AdultName => t(lang, Id::MissingAdultName),
        Question::AdultRole => t(lang, Id::MissingAdultRole),
        Question::AdultRelationship => t(lang, Id::MissingAdultRelationship),
        Question::AdultAddress => t(lang, Id::MissingAdultAddress),
        Question::AdultPostcode => t(lang, Id::MissingAdultPostcode),
        Question::AdultPhone => t(lang, Id::MissingAdultPhone),
        Question::AdultInterpreterNeeded => t(lang, Id::MissingAdultInterpreterNeeded),
        Question::AdultContactConfidential => t(lang, Id::MissingAdultContactConfidential),
        Question::AdultDateOfBirth => t(lang, Id::MissingAdultDateOfBirth),
        // Visits
        Question::VisitDate => t(lang, Id::MissingVisitDate),
        Question::VisitStartTime => t(lang, Id::MissingVisitStartTime),
        Question::VisitEndTime => t(lang, Id::MissingVisitEndTime),
        Question::VisitType => t(lang, Id::MissingVisitType),
        Question::VisitPlace => t(lang, Id::MissingVisitPlace),
        Question::VisitPresent => t(lang, Id::MissingVisitPresent),
        Question::VisitSeen => t(lang, Id::MissingVisitSeen),
        Question::VisitSeenAlone => t(lang, Id::MissingVisitSeenAlone),
        Question::VisitNotes => t(lang, Id::MissingVisitNotes),
        Question::ApplicationDate => t(lang, Id::MissingApplicationDate),
        Question::NextHearingDate => t(lang, Id::MissingNextHearingDate),
        Question::ChildDateOfBirth => t(lang, Id::MissingChildDateOfBirth),
        Question::ChildKnownAs
        | Question::ChildGenderIdentity
        | Question::ChildNhsNumber
        | Question::ChildUpn
        | Question::ChildSchool
        | Question::ChildAddress
        | Question::ChildPostcode
        | Question::AdultEmail
        | Question::AdultLegalRepresentative
        | Question::AdultPoliceReceived
        | Question::AdultLocalAuthorityReceived
        | Question::ImmediateActions => t(lang, Id::MissingChildKnownAs),
        // Welfare checklist and recommendation
        Question::WelfareWishesAndFeelings => t(lang, Id::MissingWelfareWishesAndFeelings),
        Question::WelfareNeeds => t(lang, Id::MissingWelfareNeeds),
        Question::WelfareEffectOfChange => t(lang, Id::MissingWelfareEffectOfChange),
        Question::WelfareCharacteristics => t(lang, Id::MissingWelfareCharacteristics),
        Question::WelfareHarm => t(lang, Id::MissingWelfareHarm),
        Question::WelfareParentingCapability => t(lang, Id::MissingWelfareParentingCapability),
        Question::WelfareRangeOfPowers => t(lang, Id::MissingWelfareRangeOfPowers),
        Question::Recommendation => t(lang, Id::MissingRecommendation),
        Question::FurtherReport => t(lang, Id::MissingFurtherReport),
        Question::PractitionerDeclaration => t(lang, Id::MissingPractitionerDeclaration),
        Question::ManagerName => t(lang, Id::MissingManagerName),
        Question::ManagerReviewDate => t(lang, Id::MissingManagerReviewDate),
        Question::ManagerDecision => t(lang, Id::MissingManagerDecision),
        Question::ManagerComments => t(lang, Id::MissingManagerComments),
        // The child's voice
        Question::SessionPresent => t(lang, Id::MissingSessionPresent),
        Question::SessionPlace => t(lang, Id::MissingSessionPlace),
        Question::SessionVersion => t(lang, Id::MissingSessionVersion),
        Question::SessionReadAloud => t(lang, Id::MissingSessionReadAloud),
        Question::SessionScaleQuestion => t(lang, Id::MissingSessionScaleQuestion),
        Question::SessionScaleTen => t(lang, Id::MissingSessionScaleTen),
        Question::SessionScaleZero => t(lang, Id::MissingSessionScaleZero),
        Question::SessionObservations => t(lang, Id::MissingSessionObservations),
        Question::SessionSupport => t(lang, Id::MissingSessionSupport),
        Question::SessionSupportDetails => t(lang, Id::MissingSessionSupportDetails),
        Question::SessionUnderstanding => t(lang, Id::MissingSessionUnderstanding),
        Question::SessionSafetyAction => t(lang, Id::MissingSessionSafetyAction),
        Question::SessionToldDate => t(lang, Id::MissingSessionToldDate),
        Question::SessionToldHow => t(lang, Id::MissingSessionToldHow),
    }
}

/// A child's age as shown beside their date of birth: "Age 9", "Age under 1".
pub fn age_text(years: u16, lang: Lang) -> String {
    l10n::age(lang, u64::from(years))
}

/// The name a date question goes by inside a message, capitalised as it starts one.
fn date_name_words(question: Question, lang: Lang) -> &'static str {
    match question {
        Question::ApplicationDate => t(lang, Id::DateNameApplicationDate),
        Question::NextHearingDate => t(lang, Id::DateNameNextHearingDate),
        Question::ChildDateOfBirth | Question::AdultDateOfBirth => {
            t(lang, Id::DateNameChildDateOfBirth)
        }
        Question::AdultPoliceRequested | Question::AdultLocalAuthorityRequested => {
            t(lang, Id::DateNameAdultPoliceRequested)
        }
        Question::AdultPoliceReceived | Question::AdultLocalAuthorityReceived => {
            t(lang, Id::DateNameAdultPoliceReceived)
        }
        Question::ReferralDate => t(lang, Id::DateNameReferralDate),
        // Welfare checklist and recommendation
        Question::ManagerReviewDate => t(lang, Id::DateNameManagerReviewDate),
        // Visits
        Question::VisitDate => t(lang, Id::DateNameVisitDate),
        // The child's voice
        Question::SessionToldDate => t(lang, Id::DateNameSessionToldDate),
        _ => t(lang, Id::DateNameOther),
    }
}

fn date_problem_words(question: Question, problem: DateProblem, lang: Lang) -> String {
    date_problem_named(
        problem,
        date_name_words(question, lang),
        missing_words(question, lang),
        lang,
    )
}

/// A date's problem in words, for a date called `name` ("Due date") whose
/// missing answer reads `missing` ("Enter the date the action is due").
pub(crate) fn date_problem_named(
    problem: DateProblem,
    name: &str,
    missing: &str,
    lang: Lang,
) -> String {
    let date = |d| crate::timestamp::format_date(d, lang);
    match problem {
        DateProblem::Missing => missing.into(),
        DateProblem::Incomplete { day, month, year } => {
            let parts = match (day, month, year) {
                (true, true, false) => t(lang, Id::DateProblemADayAndMonth),
                (true, false, true) => t(lang, Id::DateProblemADayAndYear),
                (false, true, true) => t(lang, Id::DateProblemAMonthAndYear),
                (true, false, false) => t(lang, Id::DateProblemADay),
                (false, true, false) => t(lang, Id::DateProblemAMonth),
                _ => t(lang, Id::DateProblemOther),
            };
            l10n::date_must_include(lang, name, parts)
        }
        DateProblem::NotReal => l10n::date_not_real(lang, name),
        DateProblem::YearNotFourDigits => t(lang, Id::DateProblemYearNotFourDigits).into(),
        DateProblem::MustBeInPast => l10n::date_must_be_in_past(lang, name),
        DateProblem::MustBeTodayOrInPast => l10n::date_must_be_today_or_in_past(lang, name),
        DateProblem::MustBeSameAsOrAfter(d) => {
            l10n::date_must_be_same_as_or_after(lang, &date(d), name)
        }
        DateProblem::MustBeAfter(d) => l10n::date_must_be_after(lang, &date(d), name),
        DateProblem::MustBeSameAsOrBefore(d) => {
            l10n::date_must_be_same_as_or_before(lang, &date(d), name)
        }
    }
}

fn label_words(question: Question, lang: Lang) -> &'static str {
    match question {
        Question::CaseNumber => t(lang, Id::LabelCaseNumber),
        Question::Court => t(lang, Id::LabelCourt),
        Question::Proceedings => t(lang, Id::LabelProceedings),
        Question::ProceedingsOther => t(lang, Id::LabelProceedingsOther),
        Question::ApplicationDate => t(lang, Id::LabelApplicationDate),
        Question::NextHearingDate => t(lang, Id::LabelNextHearingDate),
        Question::NextHearingType => t(lang, Id::LabelNextHearingType),
        Question::PractitionerName => t(lang, Id::LabelPractitionerName),
        Question::PractitionerTeam => t(lang, Id::LabelPractitionerTeam),
        Question::LocalAuthority => t(lang, Id::LabelLocalAuthority),
        Question::ChildFirstNames => t(lang, Id::LabelChildFirstNames),
        Question::ChildLastName => t(lang, Id::LabelChildLastName),
        Question::ChildKnownAs => t(lang, Id::LabelChildKnownAs),
        Question::ChildDateOfBirth => t(lang, Id::LabelChildDateOfBirth),
        Question::ChildSex => t(lang, Id::LabelChildSex),
        Question::ChildGenderIdentity => t(lang, Id::LabelChildGenderIdentity),
        Question::ChildEthnicity => t(lang, Id::LabelChildEthnicity),
        Question::ChildFirstLanguage => t(lang, Id::LabelChildFirstLanguage),
        Question::ChildInterpreterNeeded => t(lang, Id::LabelChildInterpreterNeeded),
        Question::ChildDisabilities => t(lang, Id::LabelChildDisabilities),
        Question::ChildNhsNumber => t(lang, Id::LabelChildNhsNumber),
        Question::ChildUpn => t(lang, Id::LabelChildUpn),
        Question::ChildSchool => t(lang, Id::LabelChildSchool),
        Question::ChildAddress => t(lang, Id::LabelChildAddress),
        Question::ChildPostcode => t(lang, Id::LabelChildPostcode),
        Question::ChildLivesWith => t(lang, Id::LabelChildLivesWith),
        // Checks and safeguarding
        Question::AdultPoliceRequested | Question::AdultLocalAuthorityRequested => {
            t(lang, Id::LabelAdultPoliceRequested)
        }
        Question::AdultPoliceReceived | Question::AdultLocalAuthorityReceived => {
            t(lang, Id::LabelAdultPoliceReceived)
        }
        Question::AdultPoliceOutcome | Question::AdultLocalAuthorityOutcome => {
            t(lang, Id::LabelAdultPoliceOutcome)
        }
        Question::RiskFactors => t(lang, Id::LabelRiskFactors),
        Question::ChildHarm => t(lang, Id::LabelChildHarm),
        Question::ChildWhatIsHappening => t(lang, Id::LabelChildWhatIsHappening),
        Question::ImmediateActions => t(lang, Id::LabelImmediateActions),
        Question::ReferralDate => t(lang, Id::LabelReferralDate),
        Question::ReferralReference => t(lang, Id::LabelReferralReference),
        Question::AdultName => t(lang, Id::LabelAdultName),
        Question::AdultRole => t(lang, Id::LabelAdultRole),
        Question::AdultRelationship => t(lang, Id::LabelAdultRelationship),
        Question::AdultDateOfBirth => t(lang, Id::LabelAdultDateOfBirth),
        Question::AdultAddress => t(lang, Id::LabelAdultAddress),
        Question::AdultPostcode => t(lang, Id::LabelAdultPostcode),
        Question::AdultPhone => t(lang, Id::LabelAdultPhone),
        Question::AdultEmail => t(lang, Id::LabelAdultEmail),
        Question::AdultLegalRepresentative => t(lang, Id::LabelAdultLegalRepresentative),
        Question::AdultInterpreterNeeded => t(lang, Id::LabelAdultInterpreterNeeded),
        Question::AdultContactConfidential => t(lang, Id::LabelAdultContactConfidential),
        // Welfare checklist and recommendation
        // Section 1(3) of the Children Act 1989, word for word.
        Question::WelfareWishesAndFeelings => t(lang, Id::LabelWelfareWishesAndFeelings),
        Question::WelfareNeeds => t(lang, Id::LabelWelfareNeeds),
        Question::WelfareEffectOfChange => t(lang, Id::LabelWelfareEffectOfChange),
        Question::WelfareCharacteristics => t(lang, Id::LabelWelfareCharacteristics),
        Question::WelfareHarm => t(lang, Id::LabelWelfareHarm),
        Question::WelfareParentingCapability => t(lang, Id::LabelWelfareParentingCapability),
        Question::WelfareRangeOfPowers => t(lang, Id::LabelWelfareRangeOfPowers),
        Question::Recommendation => t(lang, Id::LabelRecommendation),
        Question::FurtherReport => t(lang, Id::LabelFurtherReport),
        Question::PractitionerDeclaration => t(lang, Id::LabelPractitionerDeclaration),
        Question::ManagerName => t(lang, Id::LabelManagerName),
        Question::ManagerReviewDate => t(lang, Id::LabelManagerReviewDate),
        Question::ManagerDecision => t(lang, Id::LabelManagerDecision),
        Question::ManagerComments => t(lang, Id::LabelManagerComments),
        // The child's voice
        Question::SessionPresent => t(lang, Id::LabelSessionPresent),
        Question::SessionPlace => t(lang, Id::LabelSessionPlace),
        Question::SessionVersion => t(lang, Id::LabelSessionVersion),
        Question::SessionReadAloud => t(lang, Id::LabelSessionReadAloud),
        Question::SessionScaleQuestion => t(lang, Id::LabelSessionScaleQuestion),
        Question::SessionScaleTen => t(lang, Id::LabelSessionScaleTen),
        Question::SessionScaleZero => t(lang, Id::LabelSessionScaleZero),
        Question::SessionObservations => t(lang, Id::LabelSessionObservations),
        Question::SessionSupport => t(lang, Id::LabelSessionSupport),
        Question::SessionSupportDetails => t(lang, Id::LabelSessionSupportDetails),
        Question::SessionUnderstanding => t(lang, Id::LabelSessionUnderstanding),
        Question::SessionSafetyAction => t(lang, Id::LabelSessionSafetyAction),
        Question::SessionToldDate => t(lang, Id::LabelSessionToldDate),
        Question::SessionToldHow => t(lang, Id::LabelSessionToldHow),
        // Visits
        Question::VisitDate => t(lang, Id::LabelVisitDate),
        Question::VisitStartTime => t(lang, Id::LabelVisitStartTime),
        Question::VisitEndTime => t(lang, Id::LabelVisitEndTime),
        Question::VisitType => t(lang, Id::LabelVisitType),
        Question::VisitPlace => t(lang, Id::LabelVisitPlace),
        Question::VisitPresent => t(lang, Id::LabelVisitPresent),
        Question::VisitSeen => t(lang, Id::LabelVisitSeen),
        Question::VisitSeenAlone => t(lang, Id::LabelVisitSeenAlone),
        Question::VisitNotes => t(lang, Id::LabelVisitNotes),
    }
}

/// The hint under a question's label, if it has one.
pub fn hint(question: Question) -> Option<Msg> {
    hint_words(question, Lang::En).map(|_| Msg::Hint(question))
}

fn hint_words(question: Question, lang: Lang) -> Option<&'static str> {
    match question {
        Question::CaseNumber => Some(t(lang, Id::HintCaseNumber)),
        Question::Proceedings => Some(t(lang, Id::HintProceedings)),
        Question::ApplicationDate => Some(t(lang, Id::HintApplicationDate)),
        Question::NextHearingDate => Some(t(lang, Id::HintNextHearingDate)),
        Question::ChildDateOfBirth => Some(t(lang, Id::HintChildDateOfBirth)),
        Question::ChildKnownAs => Some(t(lang, Id::HintChildKnownAs)),
        Question::ChildDisabilities => Some(t(lang, Id::HintChildDisabilities)),
        Question::ChildNhsNumber => Some(t(lang, Id::HintChildNhsNumber)),
        Question::ChildUpn => Some(t(lang, Id::HintChildUpn)),
        Question::ChildLivesWith => Some(t(lang, Id::HintChildLivesWith)),
        // Checks and safeguarding
        Question::AdultPoliceReceived | Question::AdultLocalAuthorityReceived => {
            Some(t(lang, Id::HintAdultPoliceReceived))
        }
        Question::AdultPoliceOutcome | Question::AdultLocalAuthorityOutcome => {
            Some(t(lang, Id::HintAdultPoliceOutcome))
        }
        Question::RiskFactors => Some(t(lang, Id::HintRiskFactors)),
        Question::ChildHarm => Some(t(lang, Id::HintChildHarm)),
        Question::ChildWhatIsHappening => Some(t(lang, Id::HintChildWhatIsHappening)),
        Question::ImmediateActions => Some(t(lang, Id::HintImmediateActions)),
        Question::ReferralDate => Some(t(lang, Id::HintReferralDate)),
        Question::AdultRelationship => Some(t(lang, Id::HintAdultRelationship)),
        Question::AdultDateOfBirth => Some(t(lang, Id::HintAdultDateOfBirth)),
        Question::AdultPhone => Some(t(lang, Id::HintAdultPhone)),
        Question::AdultLegalRepresentative => Some(t(lang, Id::HintAdultLegalRepresentative)),
        Question::AdultContactConfidential => Some(t(lang, Id::HintAdultContactConfidential)),
        // Welfare checklist and recommendation
        Question::WelfareWishesAndFeelings => Some(t(lang, Id::HintWelfareWishesAndFeelings)),
        Question::WelfareNeeds => Some(t(lang, Id::HintWelfareNeeds)),
        Question::WelfareEffectOfChange => Some(t(lang, Id::HintWelfareEffectOfChange)),
        Question::WelfareCharacteristics => Some(t(lang, Id::HintWelfareCharacteristics)),
        Question::WelfareHarm => Some(t(lang, Id::HintWelfareHarm)),
        Question::WelfareParentingCapability => Some(t(lang, Id::HintWelfareParentingCapability)),
        Question::WelfareRangeOfPowers => Some(t(lang, Id::HintWelfareRangeOfPowers)),
        Question::Recommendation => Some(t(lang, Id::HintRecommendation)),
        Question::FurtherReport => Some(t(lang, Id::HintFurtherReport)),
        Question::ManagerReviewDate => Some(t(lang, Id::HintManagerReviewDate)),
        Question::ManagerComments => Some(t(lang, Id::HintManagerComments)),
        // Visits
        Question::VisitDate => Some(t(lang, Id::HintVisitDate)),
        Question::VisitStartTime | Question::VisitEndTime => Some(t(lang, Id::HintVisitStartTime)),
        Question::VisitPlace => Some(t(lang, Id::HintVisitPlace)),
        Question::VisitPresent => Some(t(lang, Id::HintVisitPresent)),
        Question::VisitNotes => Some(t(lang, Id::HintVisitNotes)),
        // The child's voice
        Question::SessionPresent => Some(t(lang, Id::HintSessionPresent)),
        Question::SessionPlace => Some(t(lang, Id::HintSessionPlace)),
        Question::SessionReadAloud => Some(t(lang, Id::HintSessionReadAloud)),
        Question::SessionScaleQuestion => Some(t(lang, Id::HintSessionScaleQuestion)),
        Question::SessionObservations => Some(t(lang, Id::HintSessionObservations)),
        Question::SessionSupport => Some(t(lang, Id::HintSessionSupport)),
        Question::SessionSupportDetails => Some(t(lang, Id::HintSessionSupportDetails)),
        Question::SessionUnderstanding => Some(t(lang, Id::HintSessionUnderstanding)),
        Question::SessionSafetyAction => Some(t(lang, Id::HintSessionSafetyAction)),
        Question::SessionToldDate => Some(t(lang, Id::HintSessionToldDate)),
        Question::SessionToldHow => Some(t(lang, Id::HintSessionToldHow)),
        _ => None,
    }
}

fn proceeding_words(proceeding: Proceeding, lang: Lang) -> &'static str {
    match proceeding {
        Proceeding::ChildArrangements => t(lang, Id::ProceedingChildArrangements),
        Proceeding::ProhibitedSteps => t(lang, Id::ProceedingProhibitedSteps),
        Proceeding::SpecificIssue => t(lang, Id::ProceedingSpecificIssue),
        Proceeding::Care => t(lang, Id::ProceedingCare),
        Proceeding::Supervision => t(lang, Id::ProceedingSupervision),
        Proceeding::Other => t(lang, Id::ProceedingOther),
    }
}

fn hearing_type_words(hearing: HearingType, lang: Lang) -> &'static str {
    match hearing {
        HearingType::FirstHearing => t(lang, Id::HearingTypeFirstHearing),
        HearingType::DisputeResolution => t(lang, Id::HearingTypeDisputeResolution),
        HearingType::FactFinding => t(lang, Id::HearingTypeFactFinding),
        HearingType::CaseManagement => t(lang, Id::HearingTypeCaseManagement),
        HearingType::IssuesResolution => t(lang, Id::HearingTypeIssuesResolution),
        HearingType::Final => t(lang, Id::HearingTypeFinal),
        HearingType::Other => t(lang, Id::HearingTypeOther),
    }
}

fn month_words(month: Month, lang: Lang) -> &'static str {
    match month {
        Month::January => t(lang, Id::MonthJanuary),
        Month::February => t(lang, Id::MonthFebruary),
        Month::March => t(lang, Id::MonthMarch),
        Month::April => t(lang, Id::MonthApril),
        Month::May => t(lang, Id::MonthMay),
        Month::June => t(lang, Id::MonthJune),
        Month::July => t(lang, Id::MonthJuly),
        Month::August => t(lang, Id::MonthAugust),
        Month::September => t(lang, Id::MonthSeptember),
        Month::October => t(lang, Id::MonthOctober),
        Month::November => t(lang, Id::MonthNovember),
        Month::December => t(lang, Id::MonthDecember),
    }
}

/// The DfE's own descriptions, in sentence case, so a practitioner choosing a
/// code sees the words the census guidance uses.
fn ethnicity_words(ethnicity: Ethnicity, lang: Lang) -> &'static str {
    match ethnicity {
        Ethnicity::WhiteBritish => t(lang, Id::EthnicityWhiteBritish),
        Ethnicity::WhiteIrish => t(lang, Id::EthnicityWhiteIrish),
        Ethnicity::WhiteOther => t(lang, Id::EthnicityWhiteOther),
        Ethnicity::TravellerOfIrishHeritage => t(lang, Id::EthnicityTravellerOfIrishHeritage),
        Ethnicity::GypsyRoma => t(lang, Id::EthnicityGypsyRoma),
        Ethnicity::WhiteAndBlackCaribbean => t(lang, Id::EthnicityWhiteAndBlackCaribbean),
        Ethnicity::WhiteAndBlackAfrican => t(lang, Id::EthnicityWhiteAndBlackAfrican),
        Ethnicity::WhiteAndAsian => t(lang, Id::EthnicityWhiteAndAsian),
        Ethnicity::MixedOther => t(lang, Id::EthnicityMixedOther),
        Ethnicity::Indian => t(lang, Id::EthnicityIndian),
        Ethnicity::Pakistani => t(lang, Id::EthnicityPakistani),
        Ethnicity::Bangladeshi => t(lang, Id::EthnicityBangladeshi),
        Ethnicity::Chinese => t(lang, Id::EthnicityChinese),
        Ethnicity::AsianOther => t(lang, Id::EthnicityAsianOther),
        Ethnicity::BlackCaribbean => t(lang, Id::EthnicityBlackCaribbean),
        Ethnicity::BlackAfrican => t(lang, Id::EthnicityBlackAfrican),
        Ethnicity::BlackOther => t(lang, Id::EthnicityBlackOther),
        Ethnicity::OtherEthnicGroup => t(lang, Id::EthnicityOtherEthnicGroup),
        Ethnicity::Refused => t(lang, Id::EthnicityRefused),
        Ethnicity::NotYetObtained => t(lang, Id::EthnicityNotYetObtained),
    }
}

fn disability_words(disability: Disability, lang: Lang) -> &'static str {
    match disability {
        Disability::NoDisability => t(lang, Id::DisabilityNoDisability),
        Disability::Mobility => t(lang, Id::DisabilityMobility),
        Disability::HandFunction => t(lang, Id::DisabilityHandFunction),
        Disability::PersonalCare => t(lang, Id::DisabilityPersonalCare),
        Disability::Incontinence => t(lang, Id::DisabilityIncontinence),
        Disability::Communication => t(lang, Id::DisabilityCommunication),
        Disability::Learning => t(lang, Id::DisabilityLearning),
        Disability::Hearing => t(lang, Id::DisabilityHearing),
        Disability::Vision => t(lang, Id::DisabilityVision),
        Disability::Behaviour => t(lang, Id::DisabilityBehaviour),
        Disability::Consciousness => t(lang, Id::DisabilityConsciousness),
        Disability::Autism => t(lang, Id::DisabilityAutism),
        Disability::Other => t(lang, Id::DisabilityOther),
    }
}

/// Each factor spelt out in full, subject included, because a checkbox label is
/// read on its own (a screen reader does not repeat a group heading per box).
fn factor_words(factor: Factor, lang: Lang) -> &'static str {
    match factor {
        Factor::AlcoholChild => t(lang, Id::FactorAlcoholChild),
        Factor::AlcoholParent => t(lang, Id::FactorAlcoholParent),
        Factor::AlcoholOtherPerson => t(lang, Id::FactorAlcoholOtherPerson),
        Factor::DrugsChild => t(lang, Id::FactorDrugsChild),
        Factor::DrugsParent => t(lang, Id::FactorDrugsParent),
        Factor::DrugsOtherPerson => t(lang, Id::FactorDrugsOtherPerson),
        Factor::DomesticAbuseChild => t(lang, Id::FactorDomesticAbuseChild),
        Factor::DomesticAbuseParent => t(lang, Id::FactorDomesticAbuseParent),
        Factor::DomesticAbuseOtherPerson => t(lang, Id::FactorDomesticAbuseOtherPerson),
        Factor::MentalHealthChild => t(lang, Id::FactorMentalHealthChild),
        Factor::MentalHealthParent => t(lang, Id::FactorMentalHealthParent),
        Factor::MentalHealthOtherPerson => t(lang, Id::FactorMentalHealthOtherPerson),
        Factor::LearningDisabilityChild => t(lang, Id::FactorLearningDisabilityChild),
        Factor::LearningDisabilityParent => t(lang, Id::FactorLearningDisabilityParent),
        Factor::LearningDisabilityOtherPerson => t(lang, Id::FactorLearningDisabilityOtherPerson),
        Factor::PhysicalDisabilityChild => t(lang, Id::FactorPhysicalDisabilityChild),
        Factor::PhysicalDisabilityParent => t(lang, Id::FactorPhysicalDisabilityParent),
        Factor::PhysicalDisabilityOtherPerson => t(lang, Id::FactorPhysicalDisabilityOtherPerson),
        Factor::YoungCarer => t(lang, Id::FactorYoungCarer),
        Factor::UnaccompaniedAsylumSeekingChild => {
            t(lang, Id::FactorUnaccompaniedAsylumSeekingChild)
        }
        Factor::GoingMissing => t(lang, Id::FactorGoingMissing),
        Factor::ChildSexualExploitation => t(lang, Id::FactorChildSexualExploitation),
        Factor::Trafficking => t(lang, Id::FactorTrafficking),
        Factor::Gangs => t(lang, Id::FactorGangs),
        Factor::SelfHarm => t(lang, Id::FactorSelfHarm),
        Factor::Neglect => t(lang, Id::FactorNeglect),
        Factor::EmotionalAbuse => t(lang, Id::FactorEmotionalAbuse),
        Factor::PhysicalAbuseChild => t(lang, Id::FactorPhysicalAbuseChild),
        Factor::PhysicalAbuseParent => t(lang, Id::FactorPhysicalAbuseParent),
        Factor::PhysicalAbuseOtherPerson => t(lang, Id::FactorPhysicalAbuseOtherPerson),
        Factor::SexualAbuseChild => t(lang, Id::FactorSexualAbuseChild),
        Factor::SexualAbuseParent => t(lang, Id::FactorSexualAbuseParent),
        Factor::SexualAbuseOtherPerson => t(lang, Id::FactorSexualAbuseOtherPerson),
        Factor::Other => t(lang, Id::FactorOther),
        Factor::NoFactors => t(lang, Id::FactorNoFactors),
        Factor::FemaleGenitalMutilation => t(lang, Id::FactorFemaleGenitalMutilation),
        Factor::AbuseLinkedToFaithOrBelief => t(lang, Id::FactorAbuseLinkedToFaithOrBelief),
        Factor::ChildCriminalExploitation => t(lang, Id::FactorChildCriminalExploitation),
    }
}

// Welfare checklist and recommendation

/// What a long answer is called at the start of the message saying it is too long.
fn long_text_name_words(question: Question, lang: Lang) -> &'static str {
    match question {
        Question::WelfareWishesAndFeelings => t(lang, Id::LongTextNameWelfareWishesAndFeelings),
        Question::WelfareNeeds => t(lang, Id::LongTextNameWelfareNeeds),
        Question::WelfareEffectOfChange => t(lang, Id::LongTextNameWelfareEffectOfChange),
        Question::WelfareCharacteristics => t(lang, Id::LongTextNameWelfareCharacteristics),
        Question::WelfareHarm => t(lang, Id::LongTextNameWelfareHarm),
        Question::WelfareParentingCapability => t(lang, Id::LongTextNameWelfareParentingCapability),
        Question::WelfareRangeOfPowers => t(lang, Id::LongTextNameWelfareRangeOfPowers),
        Question::Recommendation => t(lang, Id::LongTextNameRecommendation),
        Question::ManagerComments => t(lang, Id::LongTextNameManagerComments),
        // The child's voice
        Question::SessionObservations => t(lang, Id::LongTextNameSessionObservations),
        Question::SessionSupportDetails => t(lang, Id::LongTextNameSessionSupportDetails),
        Question::SessionUnderstanding => t(lang, Id::LongTextNameSessionUnderstanding),
        Question::SessionSafetyAction => t(lang, Id::LongTextNameSessionSafetyAction),
        Question::SessionToldHow => t(lang, Id::LongTextNameSessionToldHow),
        _ => t(lang, Id::LongTextNameOther),
    }
}

// Visits
fn time_problem_words(question: Question, problem: TimeProblem, lang: Lang) -> &'static str {
    match (question, problem) {
        (_, TimeProblem::Missing) => missing_words(question, lang),
        (Question::VisitEndTime, TimeProblem::NotReal) => {
            t(lang, Id::TimeProblemVisitEndTimeNotReal)
        }
        (_, TimeProblem::NotReal) => t(lang, Id::TimeProblemNotReal),
        (_, TimeProblem::EndNotAfterStart) => t(lang, Id::TimeProblemEndNotAfterStart),
    }
}

/// A visit's name in lists: "3 April 2025 – Home visit", or the date alone while
/// it has no type.
pub fn visit_name(date: Date, visit_type: Option<VisitType>, lang: Lang) -> String {
    let date = crate::timestamp::format_date(date, lang);
    match visit_type {
        Some(visit_type) => l10n::visit_name(lang, &date, Msg::VisitType(visit_type).text(lang)),
        None => date,
    }
}

/// The legend of a question asked once per child, naming the child: "Was Ola
/// Nowak seen?".
pub fn about_child_legend(question: Question, name: &str, lang: Lang) -> String {
    match question {
        Question::VisitSeen => l10n::was_child_seen(lang, name),
        Question::VisitSeenAlone => l10n::was_child_seen_alone(lang, name),
        _ => l10n::question_about_child(lang, name, label_words(question, lang)),
    }
}

/// The character count under a long answer while it is within its limit:
/// "You have 27 characters remaining".
pub fn characters_remaining(n: usize, lang: Lang) -> String {
    l10n::characters_remaining(lang, n as u64)
}

/// The character count once the answer is over its limit: "You have 1 character
/// too many".
pub fn characters_too_many(n: usize, lang: Lang) -> String {
    l10n::characters_too_many(lang, n as u64)
}

// Added with the case records list: sentences with a number or a case number in them.

/// How many entries a record's edit history has: "12 changes".
pub fn history_entries(n: usize, lang: Lang) -> String {
    l10n::history_entries(lang, n as u64)
}

/// The banner after a record was deleted.
pub fn record_deleted(case_number: Option<&str>, lang: Lang) -> String {
    match case_number {
        Some(number) => l10n::record_deleted(lang, number),
        None => t(lang, Id::RecordWithoutNumberDeleted).to_string(),
    }
}

/// The banner after a record was duplicated.
pub fn record_duplicated(case_number: Option<&str>, lang: Lang) -> String {
    match case_number {
        Some(number) => l10n::record_duplicated(lang, number),
        None => t(lang, Id::RecordWithoutNumberDuplicated).to_string(),
    }
}

#[cfg(test)]
mod record_list_tests {
    use super::*;

    #[test]
    fn counts_and_banners_read_as_sentences() {
        assert_eq!(history_entries(0, Lang::En), "No changes");
        assert_eq!(history_entries(1, Lang::En), "1 change");
        assert_eq!(history_entries(12, Lang::En), "12 changes");
        assert_eq!(
            record_deleted(Some("ZW19P01392"), Lang::En),
            "Case record ZW19P01392 has been deleted"
        );
        assert!(record_duplicated(None, Lang::En).starts_with("A copy of the case record"));
    }

    #[test]
    fn the_settings_problem_says_what_to_do() {
        assert_eq!(
            Msg::SettingsProblem(SettingsProblem::NameMissing).text(Lang::En),
            "Enter your name"
        );
    }
}

#[cfg(test)]
mod character_count_tests {
    use super::*;

    #[test]
    fn character_counts_use_the_singular_for_one() {
        assert_eq!(
            characters_remaining(0, Lang::En),
            "You have 0 characters remaining"
        );
        assert_eq!(
            characters_remaining(1, Lang::En),
            "You have 1 character remaining"
        );
        assert_eq!(
            characters_remaining(27, Lang::En),
            "You have 27 characters remaining"
        );
        assert_eq!(
            characters_too_many(1, Lang::En),
            "You have 1 character too many"
        );
        assert_eq!(
            characters_too_many(2, Lang::En),
            "You have 2 characters too many"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_messages_follow_the_gov_uk_style() {
        for code in [
            ProblemCode::CaseNumberMissing,
            ProblemCode::CaseNumberFormat,
        ] {
            let text = problem_text(code, Lang::En);
            let lower = text.to_lowercase();
            assert!(!lower.contains("please"), "{text}");
            assert!(!lower.contains("valid"), "{text}");
            assert!(text.starts_with("Enter "), "{text}");
        }
    }

    /// Every code's words, as (list name, messages) pairs.
    fn code_messages() -> [(&'static str, Vec<Msg>); 3] {
        [
            (
                "ethnicity",
                Ethnicity::ALL.iter().map(|e| Msg::Ethnicity(*e)).collect(),
            ),
            (
                "disability",
                Disability::ALL
                    .iter()
                    .map(|d| Msg::Disability(*d))
                    .collect(),
            ),
            (
                "factor",
                Factor::ALL.iter().map(|f| Msg::Factor(*f)).collect(),
            ),
        ]
    }

    #[test]
    fn every_code_has_plain_words_of_its_own() {
        for (list, messages) in code_messages() {
            let mut seen = std::collections::HashSet::new();
            for msg in messages {
                let text = msg.text(Lang::En);
                let lower = text.to_lowercase();
                assert!(!text.trim().is_empty(), "{msg:?}");
                assert_eq!(text, text.trim(), "{msg:?}");
                assert!(!lower.contains("please"), "{text}");
                assert!(!lower.contains("invalid"), "{text}");
                assert!(
                    text.chars().next().is_some_and(char::is_uppercase),
                    "{text}"
                );
                assert!(seen.insert(text), "two {list} codes both read {text:?}");
            }
        }
    }

    #[test]
    fn the_none_answers_say_so_in_the_words_their_problems_refer_to() {
        // The problems' GOV.UK wording quotes these labels.
        assert_eq!(
            Msg::Disability(Disability::NoDisability).text(Lang::En),
            "No disability"
        );
        assert_eq!(
            Msg::Factor(Factor::NoFactors).text(Lang::En),
            "No factors identified"
        );
    }

    #[test]
    fn ages_read_as_a_whole_number_of_years() {
        assert_eq!(age_text(0, Lang::En), "Age under 1");
        assert_eq!(age_text(9, Lang::En), "Age 9");
    }

    #[test]
    fn the_page_language_is_british_english() {
        assert_eq!(Lang::En.tag(), "en-GB");
    }
}

#[cfg(test)]
mod welsh_tests {
    use super::*;
    use crate::import::Counts;
    use crate::import_text::count_changes;
    use time::macros::{date, datetime};

    #[test]
    fn welsh_counts_mutate_and_choose_the_form_for_each_number() {
        let children = |n| {
            let before = Counts {
                children: 0,
                adults: 0,
                visits: 0,
                sessions: 0,
                history: 0,
            };
            let after = Counts {
                children: n,
                ..before
            };
            count_changes(before, after, Lang::Cy).join("")
        };
        assert!(children(1).ends_with("→ 1 plentyn"), "{}", children(1));
        assert!(children(2).ends_with("→ 2 blentyn"), "{}", children(2));
        assert!(children(3).ends_with("→ 3 phlentyn"), "{}", children(3));
        assert!(children(5).ends_with("→ 5 o blant"), "{}", children(5));
        assert_eq!(history_entries(0, Lang::Cy), "Dim newidiadau");
        assert_eq!(history_entries(7, Lang::Cy), "7 o newidiadau");
        assert_eq!(history_entries(7, Lang::En), "7 changes");
    }

    #[test]
    fn dates_and_times_are_written_in_welsh() {
        assert_eq!(
            crate::timestamp::format_date(date!(2025 - 04 - 03), Lang::Cy),
            "3 Ebrill 2025"
        );
        let at = crate::timestamp::format_date_time(datetime!(2025-04-03 14:02 UTC), 0, Lang::Cy);
        assert_eq!(at, "3 Ebrill 2025 am 2:02yh");
    }

    #[test]
    fn every_message_has_words_in_welsh_that_differ_from_the_english_somewhere() {
        // A Welsh file copied from the English would pass the key check; this
        // catches it. Names, codes and examples may stay the same.
        let same = [
            Msg::ServiceName,
            Msg::Label(Question::CaseNumber),
            Msg::Change,
            Msg::HomeTitle,
        ]
        .iter()
        .filter(|msg| msg.text(Lang::Cy) == msg.text(Lang::En))
        .count();
        assert_eq!(same, 1, "only the service's name is the same in both");
    }
}
