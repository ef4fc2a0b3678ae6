//! The one message catalogue: every word the interface shows a user is a [`Msg`],
//! written out per language here. Adding a language means adding a [`Lang`] and a
//! match arm per message; the compiler then lists every message still to translate.

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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
        }
    }
}

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
    // Two tabs on one record
    RecordOpenElsewhere,
    RecordEditableHere,
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
    OfflineHeading,
    OfflineAvailable,
    OfflineNotAvailable,
    AppVersion,
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => english(self),
        }
    }
}

fn english(msg: Msg) -> &'static str {
    match msg {
        Msg::ServiceName => "casevoice",
        Msg::ServiceDescription => "Record family court cases and what each child needs, wants and feels",
        Msg::SkipToMainContent => "Skip to main content",
        Msg::FooterPrivacy => "Case records are kept in this browser on this device until you export them.",
        Msg::TitleSeparator => " – ",
        Msg::ErrorTitlePrefix => "Error: ",
        Msg::ErrorInlinePrefix => "Error:",
        Msg::ErrorSummaryTitle => "There is a problem",
        Msg::Back => "Back",
        Msg::Loading => "Loading case records…",
        Msg::StorageUnavailable => "This browser cannot store case records on this device (private browsing, or storage is turned off), so casevoice is keeping your work in memory only. It is lost when this page is closed or reloaded: export each record before you close it, or use another browser.",
        Msg::Saving => "Saving…",
        Msg::SavedAt => "Saved at",
        Msg::NotSavedStorageFull => "Not saved: this device's storage is full. Keep this page open: it still has your answers.",
        Msg::NotSavedNoStorage => "Not saved: this browser cannot store case records. Keep this page open: it still has your answers.",
        Msg::NotSavedRefused => "Not saved: the browser would not store your changes. Keep this page open: it still has your answers.",
        Msg::UnreadableRecords => "Some case records stored in this browser could not be read. They have been left as they are.",

        Msg::HomeTitle => "Case records",
        Msg::HomeEmpty => "There are no case records in this browser yet.",
        Msg::HomeEmptyHint => "Start a new case record to begin. It is saved in this browser as you go.",
        Msg::HomeTableCaption => "Case records in this browser",
        Msg::StartNewRecord => "Start a new case record",
        Msg::NoCaseNumberYet => "No case number yet",
        Msg::LastChanged => "Last changed",

        Msg::CaseNumberLabel => "Case number",
        Msg::CaseNumberHint => "This is on letters and orders from the court, for example ZW19P01392",
        Msg::CaseNumberInSentence => "case number",
        Msg::SaveAndContinue => "Save and continue",
        Msg::Optional => "(optional)",
        Msg::DateDay => "Day",
        Msg::DateMonth => "Month",
        Msg::DateYear => "Year",
        Msg::Or => "or",

        Msg::RecordTitle => "Case record",
        Msg::NotYetGiven => "Not yet given",
        Msg::Change => "Change",

        Msg::NotFoundTitle => "Page not found",
        Msg::NotFoundBody => "If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.",
        Msg::RecordNotFoundTitle => "Case record not found",
        Msg::RecordNotFoundBody => "There is no case record at this address in this browser. It may have been made in another browser or on another device.",
        Msg::GoToCaseRecords => "Go to case records",

        Msg::Month(month) => month_english(month),
        Msg::Ethnicity(ethnicity) => ethnicity_english(ethnicity),
        Msg::Disability(disability) => disability_english(disability),
        Msg::Factor(factor) => factor_english(factor),
        Msg::DateTimeJoin => "at",
        Msg::Am => "am",
        Msg::Pm => "pm",
        Msg::Midday => "midday",
        Msg::Midnight => "midnight",

        Msg::Label(question) => label_english(question),
        Msg::Hint(question) => hint_english(question).unwrap_or_default(),
        Msg::TaskListHeading => "Sections of the record",
        Msg::Task(task) => match task {
            Task::CaseDetails => "Case details",
            Task::Children => "Children",
            Task::Adults => "Adults and parties",
            Task::Safeguarding => "Checks and safeguarding",
            // Welfare checklist and recommendation
            Task::Welfare => "Welfare checklist",
            Task::Recommendation => "Recommendation and sign-off",
            // Visits
            Task::Visits => "Visits and contacts",
            Task::ChildVoice => "The children's views",
        },
        Msg::TaskStatus(status) => match status {
            TaskStatus::NotYetStarted => "Not yet started",
            TaskStatus::InProgress => "In progress",
            TaskStatus::Completed => "Completed",
            TaskStatus::ThereIsAProblem => "There is a problem",
        },
        Msg::CaseDetailsTitle => "Case details",
        Msg::ChildrenTitle => "Children",
        Msg::ChildrenNone => "No children have been added yet. Add each child the application is about.",
        Msg::AddAChild => "Add a child",
        Msg::ChildDetailsTitle => "About the child",
        Msg::UnnamedChild => "Child without a name yet",
        Msg::Remove => "Remove",
        Msg::RemoveChildTitle => "Are you sure you want to remove this child?",
        Msg::RemoveChildWarning => "Everything recorded about this child will be removed from the record. The edit history will still show that the child was removed.",
        Msg::YesRemove => "Yes, remove the child",
        Msg::NoKeep => "No, keep the child",
        Msg::ReturnToTaskList => "Return to the case record",
        // Check your answers
        Msg::CheckAnswersTitle => "Check your answers",
        Msg::CheckAnswersLink => "Check your answers and mark the record as complete",
        Msg::CheckAnswersIntro => "Check every answer before you mark the record as complete. Use a Change link to correct an answer: saving it brings you back here.",
        Msg::MarkAsComplete => "Mark as complete",
        Msg::RecordComplete => "This record is complete. Changing any answer will make it incomplete again.",
        Msg::NotAnswered => "Not answered",
        // Checks and safeguarding
        Msg::Harm(harm) => match harm {
            Harm::None => "No harm",
            Harm::Possible => "Possible harm",
            Harm::Likely => "Likely harm",
            Harm::Actual => "Actual harm",
        },
        Msg::ChecksTitle => "Police and local authority checks",
        Msg::ChecksIntro => "Record the checks on each adult: when they were asked for, when the results came and what they said.",
        Msg::ChecksNoAdults => "Add the adults and parties first: checks are recorded for each of them.",
        Msg::PoliceCheck => "Police check (PNC)",
        Msg::LocalAuthorityCheck => "Local authority check",
        Msg::RiskTitle => "Risk and safety",
        Msg::HarmForChild => "Harm and what is happening for",
        Msg::AdultRole(role) => match role {
            AdultRole::Applicant => "Applicant",
            AdultRole::Respondent => "Respondent",
            AdultRole::OtherParty => "Other party",
            AdultRole::OtherSignificantAdult => "Other significant adult",
        },
        Msg::AdultsTitle => "Adults and parties",
        Msg::AdultsNone => "No adults have been added yet. Add each party to the proceedings and any other adult who matters in the children's lives.",
        Msg::AddAnAdult => "Add an adult",
        Msg::AdultDetailsTitle => "About the adult",
        Msg::UnnamedAdult => "Adult without a name yet",
        Msg::RemoveAdultTitle => "Are you sure you want to remove this adult?",
        Msg::RemoveAdultWarning => "Everything recorded about this adult will be removed from the record. The edit history will still show that they were removed.",
        Msg::YesRemoveAdult => "Yes, remove the adult",
        Msg::NoKeepAdult => "No, keep the adult",
        // Visits
        Msg::VisitType(visit_type) => match visit_type {
            VisitType::HomeVisit => "Home visit",
            VisitType::SchoolVisit => "School visit",
            VisitType::Office => "Office visit",
            VisitType::VideoCall => "Video call",
            VisitType::PhoneCall => "Phone call",
        },
        Msg::VisitsTitle => "Visits and contacts",
        Msg::VisitsNone => "No visits or contacts have been added yet. Add each visit, meeting and call with the family.",
        Msg::AddAVisit => "Add a visit or contact",
        Msg::VisitDetailsTitle => "About the visit or contact",
        Msg::UndatedVisit => "Visit without a date yet",
        Msg::RemoveVisitTitle => "Are you sure you want to remove this visit?",
        Msg::RemoveVisitWarning => "Everything recorded about this visit will be removed from the record. The edit history will still show that it was removed.",
        Msg::YesRemoveVisit => "Yes, remove the visit",
        Msg::NoKeepVisit => "No, keep the visit",
        Msg::Proceeding(proceeding) => proceeding_english(proceeding),
        Msg::HearingType(hearing) => hearing_type_english(hearing),
        Msg::Sex(sex) => match sex {
            Sex::Female => "Female",
            Sex::Male => "Male",
            Sex::NotKnown => "Not known",
        },
        Msg::Yes => "Yes",
        Msg::No => "No",

        // Added with the settings page, the case records list and the edit history.
        Msg::Settings => "Settings",
        Msg::HeaderNavigation => "Menu",
        Msg::YourName => "Your name",
        Msg::YourNameHint => "It is shown in the edit history next to every change you make in this browser",
        Msg::YourTeam => "Your team",
        Msg::SettingsProblem(problem) => match problem {
            SettingsProblem::NameMissing => "Enter your name",
            SettingsProblem::LockAfterInvalid => {
                "Enter the minutes before casevoice locks as a whole number from 1 to 60"
            }
            SettingsProblem::RetentionInvalid => {
                "Enter the days to keep sent records as a whole number from 1 to 365"
            }
        },
        Msg::SaveSettings => "Save settings",
        Msg::Success => "Success",
        Msg::SettingsSaved => "Your settings have been saved",
        Msg::SettingsNotSaved => "Your settings have not been saved: this browser would not store them. Try again.",
        Msg::ChildrenColumn => "Children",
        Msg::StatusColumn => "Status",
        Msg::ActionsColumn => "Actions",
        Msg::NoChildrenYet => "No children yet",
        Msg::Duplicate => "Duplicate",
        Msg::Delete => "Delete",
        Msg::RecordWithoutCaseNumber => "record without a case number",
        Msg::DeleteRecordTitle => "Are you sure you want to delete this case record?",
        Msg::DeleteRecordWarning => "The record, with all its answers and its edit history, will be deleted from this browser. This cannot be undone.",
        Msg::YesDeleteRecord => "Yes, delete this record",
        Msg::NoKeepIt => "No, keep it",
        Msg::EditHistory => "Edit history",
        Msg::SeeEditHistory => "See the edit history",
        Msg::HistoryEmpty => "No changes have been made to this record yet.",
        Msg::ChangedBy => "Changed by",
        Msg::NameNotSet => "No name was set",
        Msg::HistoryQuestion => "Question",
        Msg::HistoryChild => "Child",
        Msg::ChangedFrom => "Changed from",
        Msg::ChangedTo => "Changed to",
        Msg::HistoryWhatHappened => "What happened",
        Msg::Blank => "(blank)",
        Msg::RemovedChild => "A child who was removed",
        Msg::ChildAdded => "Child added",
        Msg::ChildRemoved => "Child removed",
        Msg::RecordMadeAsCopy => "Record made as a copy of another",
        Msg::CopiedFrom => "Copied from",
        Msg::HistoryAdult => "Adult",
        Msg::RemovedAdult => "An adult who was removed",
        Msg::AdultAddedEntry => "Adult added",
        Msg::AdultRemovedEntry => "Adult removed",
        Msg::MarkedCompleteEntry => "Marked as complete",
        Msg::VisitAddedEntry => "Visit or contact added",
        Msg::VisitRemovedEntry => "Visit or contact removed",
        Msg::HistoryVisit => "Visit or contact",
        Msg::ReopenedEntry => "Changed after being marked complete, so no longer complete",
        // Welfare checklist and recommendation
        Msg::WelfareListTitle => "Welfare checklist",
        Msg::WelfareListIntro => "Record the welfare checklist for each child: the matters in section 1(3) of the Children Act 1989 that the court must have regard to.",
        Msg::WelfareNoChildren => "No children have been added yet. Add the children first, then record the welfare checklist for each of them.",
        Msg::GoToChildren => "Add children",
        Msg::WelfareChildTitle => "The child's welfare checklist",
        Msg::WelfareChildIntro => "Under section 1(3) of the Children Act 1989 the court must have regard in particular to each of these matters. Write about this child for each one.",
        Msg::RecommendationTitle => "Recommendation and sign-off",
        Msg::FurtherReport(report) => match report {
            FurtherReport::No => "No",
            FurtherReport::Section7 => "Yes, a section 7 report",
            FurtherReport::Addendum => "Yes, an addendum report",
        },
        Msg::ManagerDecision(decision) => match decision {
            ManagerDecision::Agreed => "Agreed",
            ManagerDecision::AgreedWithChanges => "Agreed with changes",
            ManagerDecision::NotAgreed => "Not agreed — returned to the practitioner",
        },
        Msg::DeclarationConfirm => "I confirm this record is accurate and complete to the best of my knowledge",
        Msg::ManagerReviewHeading => "Manager review",
        Msg::Voice(msg) => crate::voice_messages::english(msg),
        Msg::Vault(msg) => crate::vault_messages::english(msg),
        Msg::RecordOpenElsewhere => "This record is open in another tab or window, so you can only read it here. Close it there to change it here: this page will let you as soon as you do.",
        Msg::RecordEditableHere => "The other tab or window has closed this record. You can change it here now.",
        Msg::ManagerReviewIntro => "A manager fills this in when they review the record, so you can complete this section without it. Once any of it is filled in, give the manager's name, the review date and their decision.",
        // Drawing pad
        Msg::DrawingInstructions => "Draw with your finger, a pen or the mouse. Tap once to make a dot. To draw with the keyboard, move the ring with the arrow keys and press Space to put the pen down or lift it up.",
        Msg::DrawingKeyboardPenDown => "The pen is down. Move it with the arrow keys. Press Space to lift it up.",
        Msg::DrawingColours => "Colours",
        Msg::DrawingColourBlack => "Black",
        Msg::DrawingColourRed => "Red",
        Msg::DrawingColourOrange => "Orange",
        Msg::DrawingColourYellow => "Yellow",
        Msg::DrawingColourGreen => "Green",
        Msg::DrawingColourBlue => "Blue",
        Msg::DrawingColourPurple => "Purple",
        Msg::DrawingColourBrown => "Brown",
        Msg::DrawingPens => "Pens",
        Msg::DrawingThinPen => "Thin pen",
        Msg::DrawingThickPen => "Thick pen",
        Msg::DrawingShapes => "Shapes",
        Msg::DrawingShapesHint => "A shape goes where the ring is.",
        Msg::DrawingCircle => "Circle",
        Msg::DrawingHeart => "Heart",
        Msg::DrawingStar => "Star",
        Msg::DrawingSun => "Sun",
        Msg::DrawingUndo => "Undo",
        Msg::DrawingClear => "Clear",
        Msg::DrawingFinish => "I have finished my drawing",
        Msg::DrawingNothingDrawn => "Draw something first, or go back if you don't want to draw.",
        // Read aloud
        Msg::ReadAloud => "Read this to me",
        Msg::ReadAloudStop => "Stop reading",
        Msg::ReadAloudNotSupported => "This device cannot read out loud. Ask the grown-up with you to read it to you.",
        Msg::ReadAloudNoVoice => "This device has no voice that can read this out loud. Ask the grown-up with you to read it to you.",
        // Child mode safety
        Msg::StartingUp => "Loading…",
        Msg::ExitThisPage => "Exit this page",
        Msg::NeutralTitle => "Notes",
        Msg::NeutralText => "There are no notes.",
        Msg::NeutralContinue => "Continue",
        Msg::UnlockTitle => "Enter your PIN to leave child mode",
        Msg::UnlockTitleNeutral => "Enter your PIN",
        Msg::LeaveChildMode => "Continue",
        Msg::BackToChildScreens => "Back to the child's screens",
        Msg::PinMissing => "Enter your PIN",
        Msg::PinWrong => "The PIN is not right",
        Msg::PinHeldOff => "The wrong PIN was entered 5 times. Wait 30 seconds, then try again.",
        Msg::PinNotChecked => "The PIN could not be checked in this browser. Try again.",
        Msg::PinSectionHeading => "PIN for child mode",
        Msg::PinSectionIntro => "You need this PIN to leave child mode after a child has used this device. It only leaves child mode: it does not unlock or protect case records.",
        Msg::PinIsSet => "A PIN is set on this device.",
        Msg::PinIsNotSet => "No PIN is set yet. You need one before you start a session with a child.",
        Msg::NewPinLabel => "New PIN",
        Msg::NewPinHint => "4 to 8 digits",
        Msg::ConfirmPinLabel => "Enter the new PIN again",
        Msg::SavePin => "Save PIN",
        Msg::PinSaved => "Your PIN has been saved",
        Msg::PinNotSaved => "Your PIN has not been saved. Try again, or use another browser.",
        Msg::PinProblem(problem) => match problem {
            crate::pin::PinProblem::Format => "Enter a PIN of 4 to 8 digits",
            crate::pin::PinProblem::ConfirmMissing => "Enter the PIN again",
            crate::pin::PinProblem::Mismatch => "The PINs do not match",
        },
        Msg::PinLabel => "PIN",
        // CSV export
        Msg::CsvExportLink | Msg::CsvExportTitle => "Download spreadsheets (CSV)",
        Msg::CsvExportIntro => "Each part of this record is a separate CSV file that opens in a spreadsheet. Every row starts with the record's id, and people, visits and sessions have their own ids, so rows in different files can be matched up.",
        Msg::CsvExportFormats => "Dates are written as year-month-day (2025-04-03), answers chosen from a list as their codes (such as the DfE ethnicity codes), and several answers to one question are separated by semicolons. The children's words are exactly as they gave them.",
        Msg::CsvExportFormulas => "A cell that starts with =, +, - or @ has an apostrophe (') put in front of it, so that a spreadsheet shows it as text and never runs it as a formula.",
        Msg::CsvExportKeepSafe => "These files hold personal information about the children and adults in this case. Keep them as securely as the record itself and delete them when you no longer need them.",
        Msg::CsvExportFileName => "File name:",
        Msg::CsvSectionTitle(section) => csv_section_title(section),
        Msg::CsvSectionRows(section) => csv_section_rows(section),
        Msg::CsvDownload(section) => csv_download(section),
        Msg::CsvDownloadFailed => "The file could not be downloaded in this browser. Try again, or use another browser.",
        Msg::CsvDrawingNote => "drawing (PNG in the JSON export)",
        // Print view
        Msg::PrintLink => "Print or save as PDF",
        Msg::PrintTitle => "Print or save the case record",
        Msg::PrintIntro => "Every answer in the record, with what each child said, wrote and drew. To save a PDF, choose \"Save as PDF\" as the printer.",
        Msg::PrintButton => "Print this page",
        Msg::PrintCaseNumber => "Case number",
        Msg::PrintNoCaseNumber => "No case number yet",
        Msg::PrintPage => "Page",
        Msg::PrintPageOf => "of",
        Msg::PrintLastChanged => "Last changed",
        Msg::PrintMarkedComplete => "Marked as complete",
        Msg::PrintNotComplete => "No, the record is not complete",
        Msg::PrintNothingRecorded => "Nothing recorded",
        Msg::PrintChildsOwnWords => "The child's own words",
        Msg::PrintDrawnByChild => "Drawn by the child",
        Msg::PrintDrawingTitle => "The drawing's title, in the child's words",
        Msg::PrintChosenByChild => "Chosen by the child",
        Msg::PrintSessionSetUp => "How the session was set up",
        Msg::PrintPractitionerRecord => "The practitioner's record of the session",
        Msg::PrintPractitionerRecordIntro => "Written by the practitioner after the session. These are not the child's words.",
        Msg::PrintNoSessions => "No sessions with this child.",
        // JSON export and import
        Msg::DownloadJson => "Download the record (JSON)",
        Msg::ImportLink => "Open an exported record",
        Msg::ImportTitle => "Open an exported record",
        Msg::ImportIntro => "Open a record that casevoice exported, to review it or carry on with it. The file is read on this device and is not sent anywhere.",
        Msg::ImportFileLabel => "Upload the exported file",
        Msg::ImportFileHint => "The file casevoice downloaded, named like casevoice-…-2025-04-03.json",
        Msg::ImportContinue => "Continue",
        Msg::ImportReading => "Reading the file…",
        Msg::ImportNoFile => "Select the file casevoice exported",
        Msg::ImportUnreadable => "The file could not be read. Choose it again, or copy it to this device first",
        Msg::ImportNotJson => "The file is not a casevoice record. Choose a file that casevoice exported (it ends in .json)",
        Msg::ImportOtherFormat => "The file is not a casevoice export. Choose a file that casevoice exported (it ends in .json)",
        Msg::ImportNewerVersion => "This record was exported by a newer version of casevoice. Update casevoice, then open it again",
        Msg::ImportChanged => "The file has been changed since casevoice exported it, so it cannot be opened: the record's history would not show what was changed. Open the file as it was exported, or export the record again",
        Msg::ImportDamaged => "The file is damaged:",
        Msg::ImportNewTitle => "Open this record",
        Msg::ImportNewText => "This record is not stored in this browser yet. Opening it stores it here, and its history will say it was opened from this file.",
        Msg::ImportSameTitle => "This record is already stored here",
        Msg::ImportSameText => "The record in the file is the same as the one stored in this browser. Nothing will change.",
        Msg::ImportReplaceTitle => "Replace the stored record?",
        Msg::ImportStoredIsNewer => "The record stored in this browser was changed after the one in the file. Replacing it loses those changes.",
        Msg::ImportNoCountChanges => "The same number of children, adults, visits, sessions and history entries",
        Msg::OpenTheRecord => "Open the record",
        Msg::ReplaceStoredRecord => "Replace the stored record",
        Msg::Cancel => "Cancel",
        Msg::ImportedEntry => "Opened from an exported file",
        Msg::ExportedAt => "Exported",
        Msg::ExportedBy => "Exported by",
        // Encrypted export and upload
        Msg::ExportTitle => "Export the record",
        Msg::ExportCheckingSettings => "Checking this service's export settings…",
        Msg::ExportEncryptedIntro => "The file is encrypted for the case system: only the case system can open it.",
        Msg::ExportNotEncrypted => "Exports are not encrypted: no case system key is configured",
        Msg::ExportSettingsProblem => "Exports cannot be encrypted or sent to the case system:",
        Msg::DeploymentProblem(problem) => match problem {
            DeploymentProblem::NotReadable => "this service's settings file (config.json) could not be read.",
            DeploymentProblem::KeyNotRsa => "the case system key in config.json is not an RSA key.",
            DeploymentProblem::KeyDamaged => "the case system key in config.json is damaged.",
            DeploymentProblem::KeyTooSmall => "the case system key in config.json is too short. It must be an RSA key of at least 3072 bits.",
            DeploymentProblem::KeyIsPrivate => "config.json holds the case system's private key, which must never be published. Use the public key only.",
            DeploymentProblem::KeyNotForEncryption => "the case system key in config.json is not for RSA-OAEP-256 encryption.",
            DeploymentProblem::UploadUrlNotSecure => "the upload address in config.json does not start with https://.",
        },
        Msg::ExportTellSupport => "Tell whoever looks after casevoice for your service.",
        Msg::DownloadEncrypted => "Download the record (encrypted)",
        Msg::DownloadPlain => "Download the record",
        Msg::DownloadWithoutEncryptionHeading => "Download without encryption",
        Msg::DownloadWithoutEncryptionWarning => "Anyone who gets a file that is not encrypted can read everything in the record.",
        Msg::DownloadWithoutEncryption => "Download the record without encryption",
        Msg::ConfirmNotEncrypted => "I understand this file is not encrypted",
        Msg::ConfirmNotEncryptedMissing => "Confirm that you understand the file is not encrypted",
        Msg::EncryptionFailed => "The record could not be encrypted, so nothing was downloaded. Try again, or use another browser.",
        Msg::SendHeading => "Send to the case system",
        Msg::SendIntro => "The record goes into the outbox and is sent as soon as there is a connection. It stays on this device after it is sent.",
        Msg::SendToCaseSystem => "Send to case system",
        Msg::SendQueued => "The record is in the outbox",
        Msg::SendEncryptionFailed => "The record could not be encrypted, so it was not sent. Try again, or use another browser.",
        Msg::SeeOutbox => "See the outbox",
        Msg::OutboxTitle => "Outbox",
        Msg::OutboxIntro => "Exports sent to the case system from this device, and those waiting to be sent. Records stay on this device after they are sent.",
        Msg::OutboxEmpty => "Nothing has been sent to the case system from this device.",
        Msg::OutboxCaption => "Exports to the case system",
        Msg::OutboxRecordColumn => "Record",
        Msg::OutboxAddedColumn => "Added",
        Msg::OutboxStateColumn => "State",
        Msg::OutboxWaiting => "Waiting",
        Msg::OutboxWaitingForConnection => "Waiting for a connection",
        Msg::OutboxSending => "Sending",
        Msg::OutboxSentAt => "Sent at",
        Msg::OutboxFailed => "Failed:",
        Msg::OutboxNextTry => "Trying again at",
        Msg::UploadFailure(failure) => match failure {
            crate::outbox::UploadFailure::NoConnection => "no connection to the case system",
            crate::outbox::UploadFailure::Status(_) => "the case system answered with an error",
        },
        // Offline
        Msg::UpdateReady => "A new version of casevoice is ready.",
        Msg::ReloadToUpdate => "Reload to update",
        Msg::UpdateNotSaved => "casevoice has not updated, because your latest changes are not saved yet. Keep this page open.",
        Msg::OfflineHeading => "Working offline",
        Msg::OfflineAvailable => "casevoice is kept on this device and opens without a connection.",
        Msg::OfflineNotAvailable => "casevoice is not kept on this device yet, so it needs a connection to open.",
        Msg::AppVersion => "Version",
    }
}

// CSV export
fn csv_section_title(section: crate::csv_export::CsvSection) -> &'static str {
    use crate::csv_export::CsvSection as S;
    match section {
        S::CaseDetails => "Case details",
        S::Children => "Children",
        S::Adults => "Adults and parties",
        S::AdultRelationships => "Relationships",
        S::Visits => "Visits and contacts",
        S::VisitChildren => "Children seen at visits",
        S::Checks => "Checks",
        S::ChildVoiceSessions => "Sessions with the children",
        S::ChildVoiceItems => "What the children said",
    }
}

fn csv_section_rows(section: crate::csv_export::CsvSection) -> &'static str {
    use crate::csv_export::CsvSection as S;
    match section {
        S::CaseDetails => "One row: the case details, the case's risk factors and actions, and the recommendation and sign-off.",
        S::Children => "One row for each child, with their welfare checklist.",
        S::Adults => "One row for each adult.",
        S::AdultRelationships => "One row for each adult and each child: the adult's relationship to the child.",
        S::Visits => "One row for each visit or contact.",
        S::VisitChildren => "One row for each visit and each child: whether the child was seen, and seen alone.",
        S::Checks => "One row for each adult: the police and local authority checks.",
        S::ChildVoiceSessions => "One row for each session with a child: how it was set up, the questions the child chose not to answer, and your answers after it.",
        S::ChildVoiceItems => "One row for each thing a child said, chose or drew, in their exact words, with who wrote it and who may see it. Drawings are in the JSON export.",
    }
}

fn csv_download(section: crate::csv_export::CsvSection) -> &'static str {
    use crate::csv_export::CsvSection as S;
    match section {
        S::CaseDetails => "Download case details (CSV)",
        S::Children => "Download children (CSV)",
        S::Adults => "Download adults and parties (CSV)",
        S::AdultRelationships => "Download relationships (CSV)",
        S::Visits => "Download visits and contacts (CSV)",
        S::VisitChildren => "Download children seen at visits (CSV)",
        S::Checks => "Download checks (CSV)",
        S::ChildVoiceSessions => "Download sessions with the children (CSV)",
        S::ChildVoiceItems => "Download what the children said (CSV)",
    }
}

/// A problem's message in GOV.UK style: it says what to do.
pub fn problem_text(code: ProblemCode, lang: Lang) -> String {
    match lang {
        Lang::En => problem_english(code),
    }
}

fn problem_english(code: ProblemCode) -> String {
    match code {
        ProblemCode::CaseNumberMissing => "Enter a case number".into(),
        ProblemCode::CaseNumberFormat => {
            "Enter a case number in the correct format, like ZW19P01392".into()
        }
        ProblemCode::Missing(question) => missing_english(question).into(),
        ProblemCode::Date(question, problem) => date_problem_english(question, problem),
        ProblemCode::NhsNumber(problem) => match problem {
            NhsNumberProblem::Missing => "Enter the NHS number",
            NhsNumberProblem::NotDigits => "NHS number must only include numbers",
            NhsNumberProblem::WrongLength => "NHS number must be 10 digits",
            NhsNumberProblem::CheckDigit => {
                "Enter an NHS number in the correct format, like 943 476 5919"
            }
        }
        .into(),
        ProblemCode::Upn(problem) => match problem {
            UpnProblem::Missing => "Enter the unique pupil number",
            UpnProblem::WrongLength => "Unique pupil number must be 13 characters",
            UpnProblem::WrongCharacters | UpnProblem::CheckLetter => {
                "Enter a unique pupil number in the correct format, like B801200005001"
            }
        }
        .into(),
        ProblemCode::Postcode(problem) => match problem {
            PostcodeProblem::Missing => "Enter a postcode",
            PostcodeProblem::Format => "Enter a full UK postcode",
        }
        .into(),
        ProblemCode::Phone(problem) => match problem {
            PhoneProblem::Missing => "Enter a telephone number",
            PhoneProblem::Format => {
                "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"
            }
        }
        .into(),
        ProblemCode::Email(problem) => match problem {
            EmailProblem::Missing => "Enter an email address",
            EmailProblem::Format => {
                "Enter an email address in the correct format, like name@example.com"
            }
        }
        .into(),
        ProblemCode::FactorsNoneWithOthers => {
            "Select the risk factors, or select 'No factors identified', not both".into()
        }
        ProblemCode::DisabilitiesNoneWithOthers => {
            "Select the child's disabilities, or select 'No disability', not both".into()
        }
        ProblemCode::ChildEighteenOrOver => {
            "The child must be under 18 on the application date: check the date of birth".into()
        }
        // Welfare checklist and recommendation
        ProblemCode::TooLong(question) => format!(
            "{} must be {} characters or less",
            long_text_name_english(question),
            with_thousands_separator(question.character_limit().unwrap_or_default())
        ),
        // Visits
        ProblemCode::Time(question, problem) => time_problem_english(question, problem).into(),
        ProblemCode::VisitNotesTooLong => "Notes must be 5,000 characters or less".into(),
        // The child's voice
        ProblemCode::SupportNoneWithOthers => {
            "Select 'No extra support' on its own, or only the kinds of support given".into()
        }
    }
}

fn missing_english(question: Question) -> &'static str {
    match question {
        Question::CaseNumber => "Enter a case number",
        Question::Court => "Enter the court",
        Question::Proceedings => "Select what the court has been asked to decide",
        Question::ProceedingsOther => "Enter what the other proceedings are",
        Question::NextHearingType => "Select the type of the next hearing",
        Question::PractitionerName => "Enter the practitioner's name",
        Question::PractitionerTeam => "Enter the practitioner's team",
        Question::LocalAuthority => "Enter the local authority bringing the proceedings",
        Question::ChildFirstNames => "Enter the child's first names",
        Question::ChildLastName => "Enter the child's last name",
        Question::ChildSex => "Select the child's sex",
        Question::ChildEthnicity => "Select the child's ethnicity",
        Question::ChildFirstLanguage => "Enter the child's first language",
        Question::ChildInterpreterNeeded => "Select yes if the child needs an interpreter",
        Question::ChildDisabilities => "Select the child's disabilities, or select 'No disability'",
        Question::ChildLivesWith => "Enter who the child lives with",
        // Checks and safeguarding
        Question::AdultPoliceRequested => "Enter the date the police check was requested",
        Question::AdultLocalAuthorityRequested => "Enter the date the local authority check was requested",
        Question::AdultPoliceOutcome => "Enter what the police check found",
        Question::AdultLocalAuthorityOutcome => "Enter what the local authority check found",
        Question::RiskFactors => "Select the risk factors, or select 'No factors identified'",
        Question::ChildHarm => "Select the harm to the child",
        Question::ChildWhatIsHappening => "Enter what is happening for the child",
        Question::ReferralDate => "Enter the date of the referral to the local authority: it is needed when harm is likely or actual",
        Question::ReferralReference => "Enter the local authority's reference for the referral",
        Question::AdultName => "Enter the adult's full name",
        Question::AdultRole => "Select the adult's part in the proceedings",
        Question::AdultRelationship => "Enter the adult's relationship to the child",
        Question::AdultAddress => "Enter the adult's address",
        Question::AdultPostcode => "Enter the adult's postcode",
        Question::AdultPhone => "Enter a telephone number",
        Question::AdultInterpreterNeeded => "Select yes if the adult needs an interpreter",
        Question::AdultContactConfidential => {
            "Select yes if the adult's contact details must be kept from the other parties"
        }
        Question::AdultDateOfBirth => "Enter date of birth",
        // Visits
        Question::VisitDate => "Enter the date of the visit",
        Question::VisitStartTime => "Enter a start time",
        Question::VisitEndTime => "Enter an end time",
        Question::VisitType => "Select the type of visit or contact",
        Question::VisitPlace => "Enter where the visit took place",
        Question::VisitPresent => "Enter who was present",
        Question::VisitSeen => "Select yes if the child was seen",
        Question::VisitSeenAlone => "Select yes if the child was seen alone",
        Question::VisitNotes => "Enter notes about the visit",
        Question::ApplicationDate => "Enter the application date",
        Question::NextHearingDate => "Enter the next hearing date",
        Question::ChildDateOfBirth => "Enter date of birth",
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
        | Question::ImmediateActions => "Enter an answer",
        // Welfare checklist and recommendation
        Question::WelfareWishesAndFeelings => "Enter the child's wishes and feelings",
        Question::WelfareNeeds => "Enter the child's physical, emotional and educational needs",
        Question::WelfareEffectOfChange => {
            "Enter the likely effect on the child of any change in their circumstances"
        }
        Question::WelfareCharacteristics => {
            "Enter the child's age, sex, background and any relevant characteristics"
        }
        Question::WelfareHarm => "Enter any harm the child has suffered or is at risk of suffering",
        Question::WelfareParentingCapability => {
            "Enter how capable each parent, and anyone else relevant, is of meeting the child's needs"
        }
        Question::WelfareRangeOfPowers => "Enter the range of powers available to the court",
        Question::Recommendation => "Enter your recommendation",
        Question::FurtherReport => "Select whether a further welfare report is needed",
        Question::PractitionerDeclaration => {
            "Confirm the record is accurate and complete to the best of your knowledge"
        }
        Question::ManagerName => "Enter the manager's name",
        Question::ManagerReviewDate => "Enter the review date",
        Question::ManagerDecision => "Select the manager's decision",
        Question::ManagerComments => "Enter the manager's comments",
        // The child's voice
        Question::SessionPresent => "Enter who is present",
        Question::SessionPlace => "Enter where the session is taking place",
        Question::SessionVersion => "Select which version the child will use",
        Question::SessionReadAloud => "Select yes if the screens should be read aloud when they open",
        Question::SessionScaleQuestion => "Enter the question the scale asks",
        Question::SessionScaleTen => "Enter what 10 means",
        Question::SessionScaleZero => "Enter what 0 means",
        Question::SessionObservations => "Enter your observations",
        Question::SessionSupport => "Select how the child was supported, or select 'No extra support'",
        Question::SessionSupportDetails => "Enter more about the support",
        Question::SessionUnderstanding => "Enter what the child understood about why they were asked",
        Question::SessionSafetyAction => "Enter what you did about what the child said",
        Question::SessionToldDate => "Enter the date the child was told",
        Question::SessionToldHow => "Enter what the child was told about how their views were used",
    }
}

/// A child's age as shown beside their date of birth: "Age 9", "Age under 1".
pub fn age_text(years: u16, lang: Lang) -> String {
    match lang {
        Lang::En if years == 0 => "Age under 1".to_string(),
        Lang::En => format!("Age {years}"),
    }
}

/// The name a date question goes by inside a message, capitalised as it starts one.
fn date_name_english(question: Question) -> &'static str {
    match question {
        Question::ApplicationDate => "Application date",
        Question::NextHearingDate => "Next hearing date",
        Question::ChildDateOfBirth | Question::AdultDateOfBirth => "Date of birth",
        Question::AdultPoliceRequested | Question::AdultLocalAuthorityRequested => "Date requested",
        Question::AdultPoliceReceived | Question::AdultLocalAuthorityReceived => "Date received",
        Question::ReferralDate => "Referral date",
        // Welfare checklist and recommendation
        Question::ManagerReviewDate => "Review date",
        // Visits
        Question::VisitDate => "Date of the visit",
        // The child's voice
        Question::SessionToldDate => "The date the child was told",
        _ => "Date",
    }
}

fn date_problem_english(question: Question, problem: DateProblem) -> String {
    let name = date_name_english(question);
    let date = |d| crate::timestamp::format_date(d, Lang::En);
    match problem {
        DateProblem::Missing => missing_english(question).into(),
        DateProblem::Incomplete { day, month, year } => {
            let parts = match (day, month, year) {
                (true, true, false) => "a day and month",
                (true, false, true) => "a day and year",
                (false, true, true) => "a month and year",
                (true, false, false) => "a day",
                (false, true, false) => "a month",
                _ => "a year",
            };
            format!("{name} must include {parts}")
        }
        DateProblem::NotReal => format!("{name} must be a real date"),
        DateProblem::YearNotFourDigits => "Year must include 4 numbers".into(),
        DateProblem::MustBeInPast => format!("{name} must be in the past"),
        DateProblem::MustBeTodayOrInPast => format!("{name} must be today or in the past"),
        DateProblem::MustBeSameAsOrAfter(d) => {
            format!("{name} must be the same as or after {}", date(d))
        }
        DateProblem::MustBeAfter(d) => format!("{name} must be after {}", date(d)),
        DateProblem::MustBeSameAsOrBefore(d) => {
            format!("{name} must be the same as or before {}", date(d))
        }
    }
}

fn label_english(question: Question) -> &'static str {
    match question {
        Question::CaseNumber => "Case number",
        Question::Court => "Court",
        Question::Proceedings => "What has the court been asked to decide?",
        Question::ProceedingsOther => "What are the other proceedings?",
        Question::ApplicationDate => "Application date",
        Question::NextHearingDate => "Next hearing date",
        Question::NextHearingType => "Type of the next hearing",
        Question::PractitionerName => "Practitioner's name",
        Question::PractitionerTeam => "Practitioner's team",
        Question::LocalAuthority => "Local authority bringing the proceedings",
        Question::ChildFirstNames => "First names",
        Question::ChildLastName => "Last name",
        Question::ChildKnownAs => "Known as",
        Question::ChildDateOfBirth => "Date of birth",
        Question::ChildSex => "Sex",
        Question::ChildGenderIdentity => "Gender identity",
        Question::ChildEthnicity => "Ethnicity",
        Question::ChildFirstLanguage => "First language",
        Question::ChildInterpreterNeeded => "Does the child need an interpreter?",
        Question::ChildDisabilities => "Disabilities",
        Question::ChildNhsNumber => "NHS number",
        Question::ChildUpn => "Unique pupil number",
        Question::ChildSchool => "School or setting",
        Question::ChildAddress => "Address",
        Question::ChildPostcode => "Postcode",
        Question::ChildLivesWith => "Who does the child live with?",
        // Checks and safeguarding
        Question::AdultPoliceRequested | Question::AdultLocalAuthorityRequested => "Date requested",
        Question::AdultPoliceReceived | Question::AdultLocalAuthorityReceived => "Date received",
        Question::AdultPoliceOutcome | Question::AdultLocalAuthorityOutcome => "Outcome",
        Question::RiskFactors => "Risk factors identified",
        Question::ChildHarm => "Harm",
        Question::ChildWhatIsHappening => "What is happening for this child?",
        Question::ImmediateActions => "Immediate actions taken",
        Question::ReferralDate => "Date of the referral to the local authority",
        Question::ReferralReference => "Local authority's reference for the referral",
        Question::AdultName => "Full name",
        Question::AdultRole => "Part in the proceedings",
        Question::AdultRelationship => "Relationship to",
        Question::AdultDateOfBirth => "Date of birth",
        Question::AdultAddress => "Address",
        Question::AdultPostcode => "Postcode",
        Question::AdultPhone => "Telephone number",
        Question::AdultEmail => "Email address",
        Question::AdultLegalRepresentative => "Legal representative",
        Question::AdultInterpreterNeeded => "Does the adult need an interpreter?",
        Question::AdultContactConfidential => {
            "Must their contact details be kept from the other parties?"
        }
        // Welfare checklist and recommendation
        // Section 1(3) of the Children Act 1989, word for word.
        Question::WelfareWishesAndFeelings => "(a) the ascertainable wishes and feelings of the child concerned (considered in the light of his age and understanding)",
        Question::WelfareNeeds => "(b) his physical, emotional and educational needs",
        Question::WelfareEffectOfChange => "(c) the likely effect on him of any change in his circumstances",
        Question::WelfareCharacteristics => "(d) his age, sex, background and any characteristics of his which the court considers relevant",
        Question::WelfareHarm => "(e) any harm which he has suffered or is at risk of suffering",
        Question::WelfareParentingCapability => "(f) how capable each of his parents, and any other person in relation to whom the court considers the question to be relevant, is of meeting his needs",
        Question::WelfareRangeOfPowers => "(g) the range of powers available to the court under this Act in the proceedings in question",
        Question::Recommendation => "Recommendation",
        Question::FurtherReport => "Is a further welfare report needed?",
        Question::PractitionerDeclaration => "Practitioner declaration",
        Question::ManagerName => "Manager's name",
        Question::ManagerReviewDate => "Review date",
        Question::ManagerDecision => "Manager's decision",
        Question::ManagerComments => "Manager's comments",
        // The child's voice
        Question::SessionPresent => "Who is present?",
        Question::SessionPlace => "Where is the session taking place?",
        Question::SessionVersion => "Which version will the child use?",
        Question::SessionReadAloud => "Read each screen aloud when it opens?",
        Question::SessionScaleQuestion => "The scale's question",
        Question::SessionScaleTen => "What 10 means",
        Question::SessionScaleZero => "What 0 means",
        Question::SessionObservations => "Your observations",
        Question::SessionSupport => "How was the child supported?",
        Question::SessionSupportDetails => "More about the support",
        Question::SessionUnderstanding => "What did the child understand about why they were asked?",
        Question::SessionSafetyAction => "What did you do about it?",
        Question::SessionToldDate => "When was the child told?",
        Question::SessionToldHow => "What was the child told about how their views were used?",
        // Visits
        Question::VisitDate => "Date of the visit",
        Question::VisitStartTime => "Start time",
        Question::VisitEndTime => "End time",
        Question::VisitType => "Type of visit or contact",
        Question::VisitPlace => "Where did it take place?",
        Question::VisitPresent => "Who was present?",
        Question::VisitSeen => "Was the child seen?",
        Question::VisitSeenAlone => "Was the child seen alone?",
        Question::VisitNotes => "Notes",
    }
}

/// The hint under a question's label, if it has one.
pub fn hint(question: Question) -> Option<Msg> {
    hint_english(question).map(|_| Msg::Hint(question))
}

fn hint_english(question: Question) -> Option<&'static str> {
    match question {
        Question::CaseNumber => {
            Some("This is on letters and orders from the court, for example ZW19P01392")
        }
        Question::Proceedings => Some("Select all that apply"),
        Question::ApplicationDate => Some("For example, 3 4 2025"),
        Question::NextHearingDate => Some("For example, 27 11 2025"),
        Question::ChildDateOfBirth => Some("For example, 31 3 2016"),
        Question::ChildKnownAs => Some("The name the child likes to be called, if it is different"),
        Question::ChildDisabilities => Some("Select all that apply"),
        Question::ChildNhsNumber => Some("10 digits, for example 943 476 5919"),
        Question::ChildUpn => Some("13 characters, for example B801200005001"),
        Question::ChildLivesWith => Some("For example, mother and her partner, or grandparents"),
        // Checks and safeguarding
        Question::AdultPoliceReceived | Question::AdultLocalAuthorityReceived => {
            Some("Leave blank until the results come back")
        }
        Question::AdultPoliceOutcome | Question::AdultLocalAuthorityOutcome => {
            Some("What the results say, or that there is nothing known")
        }
        Question::RiskFactors => {
            Some("DfE factors identified at assessment. Select all that apply")
        }
        Question::ChildHarm => Some("What the child has suffered or is at risk of suffering"),
        Question::ChildWhatIsHappening => {
            Some("In plain words: the child may read this record one day")
        }
        Question::ImmediateActions => Some(
            "For example, a safety plan agreed with the mother, or a strategy discussion requested",
        ),
        Question::ReferralDate => {
            Some("Needed when harm is likely or actual. For example, 5 4 2025")
        }
        Question::AdultRelationship => Some("For example, mother, stepfather or grandmother"),
        Question::AdultDateOfBirth => Some("For example, 27 3 1990"),
        Question::AdultPhone => Some("For example, 01632 960 001 or 07700 900 982"),
        Question::AdultLegalRepresentative => Some("The solicitor or firm, if they have one"),
        Question::AdultContactConfidential => {
            Some("For example, when someone has left because of domestic abuse")
        }
        // Welfare checklist and recommendation
        Question::WelfareWishesAndFeelings => Some("What the child wants and how they feel, in their own words where you can, and how much weight their age and understanding give them"),
        Question::WelfareNeeds => Some("What the child needs to be well and safe, to feel loved and to learn"),
        Question::WelfareEffectOfChange => Some("What would change for the child, such as their home, school or who they see, and how it would affect them"),
        Question::WelfareCharacteristics => Some("Anything about the child that matters here, such as their identity, culture, religion, language, disability or history"),
        Question::WelfareHarm => Some("Harm the child has suffered or could suffer, including from seeing or hearing domestic abuse. If there is none, say so"),
        Question::WelfareParentingCapability => Some("How well each parent, and anyone else who matters here, can meet the child's needs"),
        Question::WelfareRangeOfPowers => Some("The orders the court could make, including making no order, and which would be best for the child"),
        Question::Recommendation => Some("What you recommend the court decides for each child and why, including whether an order is needed at all"),
        Question::FurtherReport => Some("A section 7 report is a welfare report under section 7 of the Children Act 1989. An addendum report updates a report already filed"),
        Question::ManagerReviewDate => Some("For example, 27 11 2025"),
        Question::ManagerComments => Some("For example, what needs to change before the record is agreed"),
        // Visits
        Question::VisitDate => Some("For example, 27 3 2025"),
        Question::VisitStartTime | Question::VisitEndTime => Some("For example, 9:30am or 14:30"),
        Question::VisitPlace => Some("For example, the family home or the child's school"),
        Question::VisitPresent => Some("For example, the child, their mother and her partner"),
        Question::VisitNotes => Some(
            "What happened, and what each child said and did, in their own words where you can",
        ),
        // The child's voice
        Question::SessionPresent => Some("For example, the child and me. Say if anyone else can hear"),
        Question::SessionPlace => Some("For example, a quiet room at the child's school"),
        Question::SessionReadAloud => Some("The child can turn this on or off on any screen"),
        Question::SessionScaleQuestion => Some("The child is told what 10 means first, then what 0 means"),
        Question::SessionObservations => Some(
            "What you saw and heard: the child's manner, how they engaged, anything they said outside the activities. This is kept as yours, apart from the child's own words",
        ),
        Question::SessionSupport => Some("Select all that apply"),
        Question::SessionSupportDetails => Some("For example, the interpreter's language, or how often the child had a break"),
        Question::SessionUnderstanding => Some("In the child's words where you can"),
        Question::SessionSafetyAction => Some(
            "For example, who you told, a referral made, or a safety plan agreed. This is also shown with the record's safeguarding actions",
        ),
        Question::SessionToldDate => Some("For example, 14 1 2027"),
        Question::SessionToldHow => Some(
            "What the court decided, how the child's views were used, and, if the decision was different from what they wanted, why",
        ),
        _ => None,
    }
}

fn proceeding_english(proceeding: Proceeding) -> &'static str {
    match proceeding {
        Proceeding::ChildArrangements => "Child arrangements order",
        Proceeding::ProhibitedSteps => "Prohibited steps order",
        Proceeding::SpecificIssue => "Specific issue order",
        Proceeding::Care => "Care order",
        Proceeding::Supervision => "Supervision order",
        Proceeding::Other => "Other",
    }
}

fn hearing_type_english(hearing: HearingType) -> &'static str {
    match hearing {
        HearingType::FirstHearing => "First hearing dispute resolution appointment (FHDRA)",
        HearingType::DisputeResolution => "Dispute resolution appointment (DRA)",
        HearingType::FactFinding => "Fact-finding hearing",
        HearingType::CaseManagement => "Case management hearing",
        HearingType::IssuesResolution => "Issues resolution hearing (IRH)",
        HearingType::Final => "Final hearing",
        HearingType::Other => "Other hearing",
    }
}

fn month_english(month: Month) -> &'static str {
    match month {
        Month::January => "January",
        Month::February => "February",
        Month::March => "March",
        Month::April => "April",
        Month::May => "May",
        Month::June => "June",
        Month::July => "July",
        Month::August => "August",
        Month::September => "September",
        Month::October => "October",
        Month::November => "November",
        Month::December => "December",
    }
}

/// The DfE's own descriptions, in sentence case, so a practitioner choosing a
/// code sees the words the census guidance uses.
fn ethnicity_english(ethnicity: Ethnicity) -> &'static str {
    match ethnicity {
        Ethnicity::WhiteBritish => "White – British",
        Ethnicity::WhiteIrish => "White – Irish",
        Ethnicity::WhiteOther => "Any other White background",
        Ethnicity::TravellerOfIrishHeritage => "Traveller of Irish heritage",
        Ethnicity::GypsyRoma => "Gypsy/Roma",
        Ethnicity::WhiteAndBlackCaribbean => "White and Black Caribbean",
        Ethnicity::WhiteAndBlackAfrican => "White and Black African",
        Ethnicity::WhiteAndAsian => "White and Asian",
        Ethnicity::MixedOther => "Any other mixed background",
        Ethnicity::Indian => "Indian",
        Ethnicity::Pakistani => "Pakistani",
        Ethnicity::Bangladeshi => "Bangladeshi",
        Ethnicity::Chinese => "Chinese",
        Ethnicity::AsianOther => "Any other Asian background",
        Ethnicity::BlackCaribbean => "Black Caribbean",
        Ethnicity::BlackAfrican => "Black African",
        Ethnicity::BlackOther => "Any other Black background",
        Ethnicity::OtherEthnicGroup => "Any other ethnic group",
        Ethnicity::Refused => "Refused",
        Ethnicity::NotYetObtained => "Information not yet obtained",
    }
}

fn disability_english(disability: Disability) -> &'static str {
    match disability {
        Disability::NoDisability => "No disability",
        Disability::Mobility => "Mobility",
        Disability::HandFunction => "Hand function",
        Disability::PersonalCare => "Personal care",
        Disability::Incontinence => "Incontinence",
        Disability::Communication => "Communication",
        Disability::Learning => "Learning",
        Disability::Hearing => "Hearing",
        Disability::Vision => "Vision",
        Disability::Behaviour => "Behaviour",
        Disability::Consciousness => "Consciousness",
        Disability::Autism => "Autism or Asperger syndrome",
        Disability::Other => "Other disability",
    }
}

/// Each factor spelt out in full, subject included, because a checkbox label is
/// read on its own (a screen reader does not repeat a group heading per box).
fn factor_english(factor: Factor) -> &'static str {
    match factor {
        Factor::AlcoholChild => "Alcohol misuse: concerns about the child",
        Factor::AlcoholParent => "Alcohol misuse: concerns about a parent or carer",
        Factor::AlcoholOtherPerson => {
            "Alcohol misuse: concerns about another person living in the household"
        }
        Factor::DrugsChild => "Drug misuse: concerns about the child",
        Factor::DrugsParent => "Drug misuse: concerns about a parent or carer",
        Factor::DrugsOtherPerson => {
            "Drug misuse: concerns about another person living in the household"
        }
        Factor::DomesticAbuseChild => "Domestic abuse: concerns about the child",
        Factor::DomesticAbuseParent => "Domestic abuse: concerns about a parent or carer",
        Factor::DomesticAbuseOtherPerson => {
            "Domestic abuse: concerns about another person living in the household"
        }
        Factor::MentalHealthChild => "Mental health: concerns about the child",
        Factor::MentalHealthParent => "Mental health: concerns about a parent or carer",
        Factor::MentalHealthOtherPerson => {
            "Mental health: concerns about another person living in the household"
        }
        Factor::LearningDisabilityChild => "Learning disability: concerns about the child",
        Factor::LearningDisabilityParent => "Learning disability: concerns about a parent or carer",
        Factor::LearningDisabilityOtherPerson => {
            "Learning disability: concerns about another person living in the household"
        }
        Factor::PhysicalDisabilityChild => {
            "Physical disability or illness: concerns about the child"
        }
        Factor::PhysicalDisabilityParent => {
            "Physical disability or illness: concerns about a parent or carer"
        }
        Factor::PhysicalDisabilityOtherPerson => {
            "Physical disability or illness: concerns about another person living in the household"
        }
        Factor::YoungCarer => "Young carer",
        Factor::UnaccompaniedAsylumSeekingChild => "Unaccompanied asylum-seeking child",
        Factor::GoingMissing => "Going missing",
        Factor::ChildSexualExploitation => "Child sexual exploitation",
        Factor::Trafficking => "Trafficking",
        Factor::Gangs => "Gangs",
        Factor::SelfHarm => "Self-harm",
        Factor::Neglect => "Neglect",
        Factor::EmotionalAbuse => "Emotional abuse",
        Factor::PhysicalAbuseChild => "Physical abuse: concerns about the child",
        Factor::PhysicalAbuseParent => "Physical abuse: concerns about a parent or carer",
        Factor::PhysicalAbuseOtherPerson => {
            "Physical abuse: concerns about another person living in the household"
        }
        Factor::SexualAbuseChild => "Sexual abuse: concerns about the child",
        Factor::SexualAbuseParent => "Sexual abuse: concerns about a parent or carer",
        Factor::SexualAbuseOtherPerson => {
            "Sexual abuse: concerns about another person living in the household"
        }
        Factor::Other => "Other",
        Factor::NoFactors => "No factors identified",
        Factor::FemaleGenitalMutilation => "Female genital mutilation (FGM)",
        Factor::AbuseLinkedToFaithOrBelief => "Abuse linked to faith or belief",
        Factor::ChildCriminalExploitation => "Child criminal exploitation",
    }
}

// Welfare checklist and recommendation

/// What a long answer is called at the start of the message saying it is too long.
fn long_text_name_english(question: Question) -> &'static str {
    match question {
        Question::WelfareWishesAndFeelings => "Wishes and feelings",
        Question::WelfareNeeds => "Needs",
        Question::WelfareEffectOfChange => "Effect of any change",
        Question::WelfareCharacteristics => "Age, sex, background and characteristics",
        Question::WelfareHarm => "Harm",
        Question::WelfareParentingCapability => "Capability of the parents and others",
        Question::WelfareRangeOfPowers => "Range of powers",
        Question::Recommendation => "Recommendation",
        Question::ManagerComments => "Manager's comments",
        // The child's voice
        Question::SessionObservations => "Observations",
        Question::SessionSupportDetails => "More about the support",
        Question::SessionUnderstanding => "What the child understood",
        Question::SessionSafetyAction => "What you did",
        Question::SessionToldHow => "What the child was told",
        _ => "Answer",
    }
}

/// A count as GOV.UK writes it in text: 5,000 and 10,000.
fn with_thousands_separator(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

// Visits
fn time_problem_english(question: Question, problem: TimeProblem) -> &'static str {
    match (question, problem) {
        (_, TimeProblem::Missing) => missing_english(question),
        (Question::VisitEndTime, TimeProblem::NotReal) => {
            "Enter a real end time, like 9:30am or 14:30"
        }
        (_, TimeProblem::NotReal) => "Enter a real start time, like 9:30am or 14:30",
        (_, TimeProblem::EndNotAfterStart) => "End time must be after the start time",
    }
}

/// A visit's name in lists: "3 April 2025 – Home visit", or the date alone while
/// it has no type.
pub fn visit_name(date: Date, visit_type: Option<VisitType>, lang: Lang) -> String {
    let date = crate::timestamp::format_date(date, lang);
    match (lang, visit_type) {
        (Lang::En, Some(visit_type)) => {
            format!("{date} – {}", Msg::VisitType(visit_type).text(lang))
        }
        (Lang::En, None) => date,
    }
}

/// The legend of a question asked once per child, naming the child: "Was Ola
/// Nowak seen?".
pub fn about_child_legend(question: Question, name: &str, lang: Lang) -> String {
    match (lang, question) {
        (Lang::En, Question::VisitSeen) => format!("Was {name} seen?"),
        (Lang::En, Question::VisitSeenAlone) => format!("Was {name} seen alone?"),
        (Lang::En, _) => format!("{} {name}", label_english(question)),
    }
}

/// The character count under a long answer while it is within its limit:
/// "You have 27 characters remaining".
pub fn characters_remaining(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En if n == 1 => "You have 1 character remaining".to_string(),
        Lang::En => format!("You have {n} characters remaining"),
    }
}

/// The character count once the answer is over its limit: "You have 1 character
/// too many".
pub fn characters_too_many(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En if n == 1 => "You have 1 character too many".to_string(),
        Lang::En => format!("You have {n} characters too many"),
    }
}

// Added with the case records list: sentences with a number or a case number in them.

/// How many entries a record's edit history has: "12 changes".
pub fn history_entries(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En if n == 0 => "No changes".to_string(),
        Lang::En if n == 1 => "1 change".to_string(),
        Lang::En => format!("{n} changes"),
    }
}

/// The banner after a record was deleted.
pub fn record_deleted(case_number: Option<&str>, lang: Lang) -> String {
    match (lang, case_number) {
        (Lang::En, Some(number)) => format!("Case record {number} has been deleted"),
        (Lang::En, None) => "The case record without a case number has been deleted".to_string(),
    }
}

/// The banner after a record was duplicated.
pub fn record_duplicated(case_number: Option<&str>, lang: Lang) -> String {
    match (lang, case_number) {
        (Lang::En, Some(number)) => {
            format!("A copy of case record {number} has been made. It is at the top of the list.")
        }
        (Lang::En, None) => {
            "A copy of the case record has been made. It is at the top of the list.".to_string()
        }
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
