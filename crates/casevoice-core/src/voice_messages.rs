//! The child's-voice part of the message catalogue ([`crate::messages`]): the
//! practitioner's session pages and every child-mode screen. Child-mode words are
//! short and plain, written to be read aloud; younger children get the shortest.

use crate::l10n::{text as t, Id};
use crate::messages::{Lang, Msg};
use crate::voice::{
    Activity, Author, Closeness, Content, Feeling, Prompt, Support, Version, WriteBack,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VoiceMsg {
    // Choices
    Version(Version),
    VersionHint(Version),
    Support(Support),
    Feeling(Feeling),
    Closeness(Closeness),
    WriteBack(WriteBack),
    Author(Author),
    // The practitioner's pages
    SessionsHeading,
    SessionsIntro,
    NoSessionsYet,
    SessionFor,
    StartNewSession,
    SetupTitle,
    SetupIntro,
    ScaleHeading,
    ScaleIntro,
    StartChildMode,
    StartChildModeHint,
    NeedsPinFirst,
    SetPinLink,
    DefaultScaleQuestion,
    DefaultScaleTen,
    DefaultScaleZero,
    SessionNotStarted,
    SessionInProgress,
    SessionFinished,
    ContinueSetup,
    ContinueWithChild,
    AfterTitle,
    AfterIntro,
    ChildsWordsHeading,
    ChildsWordsIntro,
    NothingSaid,
    Declined,
    SharedWith,
    SharedNobodyElseYet,
    SharedJudge,
    SharedParents,
    MarkSafetyConcern,
    UnmarkSafetyConcern,
    SafetyConcernTag,
    SafetyTitle,
    SafetyIntro,
    SafetyPrompt,
    SafetyPromptLink,
    ToldTitle,
    ToldIntro,
    SessionStartedAt,
    SessionFinishedAt,
    ViewSession,
    WelfareSessionsSummary,
    WelfareNoSessions,
    SafeguardingFromSessions,
    WrittenForChild,
    ObservationLabel,
    CannotRemoveChildWithSession,
    RemoveUnstartedSession,
    PractitionerAnswers,
    DrawingAlt,
    NoTitle,
    ScaleValue,
    HistorySession,
    HistoryActivity,
    EntrySessionAdded,
    EntrySessionRemoved,
    EntrySessionStarted,
    EntrySessionFinished,
    EntryItemAdded,
    EntryItemChanged,
    EntryItemRemoved,
    EntrySharingChanged,
    EntryDeclined,
    EntrySafetyMarked,
    EntrySafetyUnmarked,
    // Child mode
    ChildMenuTitle,
    ChildMenuIntroYounger,
    ChildMenuIntroOlder,
    ActivityName(Activity),
    ActivityBlurb(Activity),
    PromptQuestion(Prompt),
    Done,
    NotYet,
    Skip,
    DontWantToAnswer,
    YouChoseNotToAnswer,
    BackToMenu,
    TypeHere,
    AskGrownUpToWrite,
    WrittenByGrownUp,
    WhoIsWriting,
    IAmWriting,
    GrownUpIsWriting,
    AddAnother,
    Remove,
    DrawInstead,
    DrawingTitle,
    YourDrawings,
    FeelingsQuestion,
    FeelingsHint,
    ScaleTenFirst,
    ScaleZeroNext,
    ScaleChoose,
    HousesChooseFirst,
    HouseOf(Prompt),
    HouseBlurb(Prompt),
    NextHouse,
    PersonName,
    HowClose,
    AddPerson,
    PeopleIntro,
    JudgeIntro,
    JudgeWriteBackQuestion,
    WishesIntro,
    SharingTitle,
    SharingIntro,
    SharingJudgeDecides,
    SharingKeepSafe,
    SharingNothingYet,
    SharingJudge,
    SharingParents,
    SharingNobody,
    ReadBackTitle,
    ReadBackIntro,
    ReadBackNothing,
    Change,
    ImFinished,
    ReadBackLink,
    SharingLink,
    FinishedTitle,
    FinishedText,
    GiveBack,
    ChildModeLabel,
    ThankYou,
    // Practitioner pages (added)
    /// The title of GOV.UK's "important" notification banner.
    Important,
    VoiceNoChildren,
    SessionNumber,
    SessionStatus,
    SetupStartedReadOnly,
    SessionChild,
    SessionSummaryHeading,
    SessionVersionUsed,
    SessionReadAloudUsed,
    ThingsSaid,
    FeelingsChosen,
    OnTheScale,
    NoSafetyConcerns,
    ChangeSafetyAction,
    SafetyActionsHeading,
}

impl From<VoiceMsg> for Msg {
    fn from(msg: VoiceMsg) -> Msg {
        Msg::Voice(msg)
    }
}

impl VoiceMsg {
    pub fn text(self, lang: Lang) -> &'static str {
        words(self, lang)
    }
}

pub(crate) fn words(msg: VoiceMsg, lang: Lang) -> &'static str {
    use VoiceMsg::*;
    match msg {
        Version(v) => match v {
            crate::voice::Version::Younger => t(lang, Id::VoiceVersionYounger),
            crate::voice::Version::Older => t(lang, Id::VoiceVersionOlder),
        },
        VersionHint(v) => match v {
            crate::voice::Version::Younger => t(lang, Id::VoiceVersionHintYounger),
            crate::voice::Version::Older => t(lang, Id::VoiceVersionHintOlder),
        },
        Support(s) => match s {
            crate::voice::Support::Interpreter => t(lang, Id::VoiceSupportInterpreter),
            crate::voice::Support::CommunicationAids => t(lang, Id::VoiceSupportCommunicationAids),
            crate::voice::Support::Breaks => t(lang, Id::VoiceSupportBreaks),
            crate::voice::Support::None => t(lang, Id::VoiceSupportNone),
        },
        Feeling(f) => match f {
            crate::voice::Feeling::Happy => t(lang, Id::VoiceFeelingHappy),
            crate::voice::Feeling::Calm => t(lang, Id::VoiceFeelingCalm),
            crate::voice::Feeling::Loved => t(lang, Id::VoiceFeelingLoved),
            crate::voice::Feeling::Excited => t(lang, Id::VoiceFeelingExcited),
            crate::voice::Feeling::Sad => t(lang, Id::VoiceFeelingSad),
            crate::voice::Feeling::Worried => t(lang, Id::VoiceFeelingWorried),
            crate::voice::Feeling::Angry => t(lang, Id::VoiceFeelingAngry),
            crate::voice::Feeling::Scared => t(lang, Id::VoiceFeelingScared),
            crate::voice::Feeling::Unsafe => t(lang, Id::VoiceFeelingUnsafe),
            crate::voice::Feeling::Lonely => t(lang, Id::VoiceFeelingLonely),
            crate::voice::Feeling::Confused => t(lang, Id::VoiceFeelingConfused),
            crate::voice::Feeling::Tired => t(lang, Id::VoiceFeelingTired),
        },
        Closeness(c) => match c {
            crate::voice::Closeness::Near => t(lang, Id::VoiceClosenessNear),
            crate::voice::Closeness::Middle => t(lang, Id::VoiceClosenessMiddle),
            crate::voice::Closeness::Far => t(lang, Id::VoiceClosenessFar),
        },
        WriteBack(w) => match w {
            crate::voice::WriteBack::Yes => t(lang, Id::VoiceWriteBackYes),
            crate::voice::WriteBack::No => t(lang, Id::VoiceWriteBackNo),
            crate::voice::WriteBack::NotSure => t(lang, Id::VoiceWriteBackNotSure),
        },
        Author(a) => match a {
            crate::voice::Author::Child => t(lang, Id::VoiceAuthorChild),
            crate::voice::Author::PractitionerForChild => {
                t(lang, Id::VoiceAuthorPractitionerForChild)
            }
            crate::voice::Author::Practitioner => t(lang, Id::VoiceAuthorPractitioner),
        },
        SessionsHeading => t(lang, Id::VoiceSessionsHeading),
        SessionsIntro => t(lang, Id::VoiceSessionsIntro),
        NoSessionsYet => t(lang, Id::VoiceNoSessionsYet),
        SessionFor => t(lang, Id::VoiceSessionFor),
        StartNewSession => t(lang, Id::VoiceStartNewSession),
        SetupTitle => t(lang, Id::VoiceSetupTitle),
        SetupIntro => t(lang, Id::VoiceSetupIntro),
        ScaleHeading => t(lang, Id::VoiceScaleHeading),
        ScaleIntro => t(lang, Id::VoiceScaleIntro),
        StartChildMode => t(lang, Id::VoiceStartChildMode),
        StartChildModeHint => t(lang, Id::VoiceStartChildModeHint),
        NeedsPinFirst => t(lang, Id::VoiceNeedsPinFirst),
        SetPinLink => t(lang, Id::VoiceSetPinLink),
        DefaultScaleQuestion => t(lang, Id::VoiceDefaultScaleQuestion),
        DefaultScaleTen => t(lang, Id::VoiceDefaultScaleTen),
        DefaultScaleZero => t(lang, Id::VoiceDefaultScaleZero),
        SessionNotStarted => t(lang, Id::VoiceSessionNotStarted),
        SessionInProgress => t(lang, Id::VoiceSessionInProgress),
        SessionFinished => t(lang, Id::VoiceSessionFinished),
        ContinueSetup => t(lang, Id::VoiceContinueSetup),
        ContinueWithChild => t(lang, Id::VoiceContinueWithChild),
        AfterTitle => t(lang, Id::VoiceAfterTitle),
        AfterIntro => t(lang, Id::VoiceAfterIntro),
        ChildsWordsHeading => t(lang, Id::VoiceChildsWordsHeading),
        ChildsWordsIntro => t(lang, Id::VoiceChildsWordsIntro),
        NothingSaid => t(lang, Id::VoiceNothingSaid),
        Declined => t(lang, Id::VoiceDeclined),
        SharedWith => t(lang, Id::VoiceSharedWith),
        SharedNobodyElseYet => t(lang, Id::VoiceSharedNobodyElseYet),
        SharedJudge => t(lang, Id::VoiceSharedJudge),
        SharedParents => t(lang, Id::VoiceSharedParents),
        MarkSafetyConcern => t(lang, Id::VoiceMarkSafetyConcern),
        UnmarkSafetyConcern => t(lang, Id::VoiceUnmarkSafetyConcern),
        SafetyConcernTag => t(lang, Id::VoiceSafetyConcernTag),
        SafetyTitle => t(lang, Id::VoiceSafetyTitle),
        SafetyIntro => t(lang, Id::VoiceSafetyIntro),
        SafetyPrompt => t(lang, Id::VoiceSafetyPrompt),
        SafetyPromptLink => t(lang, Id::VoiceSafetyPromptLink),
        ToldTitle => t(lang, Id::VoiceToldTitle),
        ToldIntro => t(lang, Id::VoiceToldIntro),
        SessionStartedAt => t(lang, Id::VoiceSessionStartedAt),
        SessionFinishedAt => t(lang, Id::VoiceSessionFinishedAt),
        ViewSession => t(lang, Id::VoiceViewSession),
        WelfareSessionsSummary => t(lang, Id::VoiceWelfareSessionsSummary),
        WelfareNoSessions => t(lang, Id::VoiceWelfareNoSessions),
        SafeguardingFromSessions => t(lang, Id::VoiceSafeguardingFromSessions),
        WrittenForChild => t(lang, Id::VoiceWrittenForChild),
        ObservationLabel => t(lang, Id::VoiceObservationLabel),
        CannotRemoveChildWithSession => t(lang, Id::VoiceCannotRemoveChildWithSession),
        RemoveUnstartedSession => t(lang, Id::VoiceRemoveUnstartedSession),
        PractitionerAnswers => t(lang, Id::VoicePractitionerAnswers),
        DrawingAlt => t(lang, Id::VoiceDrawingAlt),
        NoTitle => t(lang, Id::VoiceNoTitle),
        ScaleValue => t(lang, Id::VoiceScaleValue),
        HistorySession => t(lang, Id::VoiceHistorySession),
        HistoryActivity => t(lang, Id::VoiceHistoryActivity),
        EntrySessionAdded => t(lang, Id::VoiceEntrySessionAdded),
        EntrySessionRemoved => t(lang, Id::VoiceEntrySessionRemoved),
        EntrySessionStarted => t(lang, Id::VoiceEntrySessionStarted),
        EntrySessionFinished => t(lang, Id::VoiceEntrySessionFinished),
        EntryItemAdded => t(lang, Id::VoiceEntryItemAdded),
        EntryItemChanged => t(lang, Id::VoiceEntryItemChanged),
        EntryItemRemoved => t(lang, Id::VoiceEntryItemRemoved),
        EntrySharingChanged => t(lang, Id::VoiceEntrySharingChanged),
        EntryDeclined => t(lang, Id::VoiceEntryDeclined),
        EntrySafetyMarked => t(lang, Id::VoiceEntrySafetyMarked),
        EntrySafetyUnmarked => t(lang, Id::VoiceEntrySafetyUnmarked),
        // Child mode
        ChildMenuTitle => t(lang, Id::VoiceChildMenuTitle),
        ChildMenuIntroYounger => t(lang, Id::VoiceChildMenuIntroYounger),
        ChildMenuIntroOlder => t(lang, Id::VoiceChildMenuIntroOlder),
        ActivityName(a) => match a {
            Activity::AboutMe => t(lang, Id::VoiceActivityNameAboutMe),
            Activity::Feelings => t(lang, Id::VoiceActivityNameFeelings),
            Activity::ThreeHouses => t(lang, Id::VoiceActivityNameThreeHouses),
            Activity::People => t(lang, Id::VoiceActivityNamePeople),
            Activity::ForTheJudge => t(lang, Id::VoiceActivityNameForTheJudge),
            Activity::Wishes => t(lang, Id::VoiceActivityNameWishes),
        },
        ActivityBlurb(a) => match a {
            Activity::AboutMe => t(lang, Id::VoiceActivityBlurbAboutMe),
            Activity::Feelings => t(lang, Id::VoiceActivityBlurbFeelings),
            Activity::ThreeHouses => t(lang, Id::VoiceActivityBlurbThreeHouses),
            Activity::People => t(lang, Id::VoiceActivityBlurbPeople),
            Activity::ForTheJudge => t(lang, Id::VoiceActivityBlurbForTheJudge),
            Activity::Wishes => t(lang, Id::VoiceActivityBlurbWishes),
        },
        PromptQuestion(p) => match p {
            Prompt::Likes => t(lang, Id::VoicePromptQuestionLikes),
            Prompt::GoodAt => t(lang, Id::VoicePromptQuestionGoodAt),
            Prompt::LivesWith => t(lang, Id::VoicePromptQuestionLivesWith),
            Prompt::Feelings => t(lang, Id::VoicePromptQuestionFeelings),
            Prompt::Scale => t(lang, Id::VoicePromptQuestionScale),
            Prompt::Worries => t(lang, Id::VoicePromptQuestionWorries),
            Prompt::GoodThings => t(lang, Id::VoicePromptQuestionGoodThings),
            Prompt::Dreams => t(lang, Id::VoicePromptQuestionDreams),
            Prompt::People => t(lang, Id::VoicePromptQuestionPeople),
            Prompt::JudgeLetter => t(lang, Id::VoicePromptQuestionJudgeLetter),
            Prompt::JudgeWriteBack => t(lang, Id::VoicePromptQuestionJudgeWriteBack),
            Prompt::Wishes => t(lang, Id::VoicePromptQuestionWishes),
        },
        Done => t(lang, Id::VoiceDone),
        NotYet => t(lang, Id::VoiceNotYet),
        Skip => t(lang, Id::VoiceSkip),
        DontWantToAnswer => t(lang, Id::VoiceDontWantToAnswer),
        YouChoseNotToAnswer => t(lang, Id::VoiceYouChoseNotToAnswer),
        BackToMenu => t(lang, Id::VoiceBackToMenu),
        TypeHere => t(lang, Id::VoiceTypeHere),
        AskGrownUpToWrite => t(lang, Id::VoiceAskGrownUpToWrite),
        WrittenByGrownUp => t(lang, Id::VoiceWrittenByGrownUp),
        WhoIsWriting => t(lang, Id::VoiceWhoIsWriting),
        IAmWriting => t(lang, Id::VoiceIAmWriting),
        GrownUpIsWriting => t(lang, Id::VoiceGrownUpIsWriting),
        AddAnother => t(lang, Id::VoiceAddAnother),
        Remove => t(lang, Id::VoiceRemove),
        DrawInstead => t(lang, Id::VoiceDrawInstead),
        DrawingTitle => t(lang, Id::VoiceDrawingTitle),
        YourDrawings => t(lang, Id::VoiceYourDrawings),
        FeelingsQuestion => t(lang, Id::VoiceFeelingsQuestion),
        FeelingsHint => t(lang, Id::VoiceFeelingsHint),
        ScaleTenFirst => t(lang, Id::VoiceScaleTenFirst),
        ScaleZeroNext => t(lang, Id::VoiceScaleZeroNext),
        ScaleChoose => t(lang, Id::VoiceScaleChoose),
        HousesChooseFirst => t(lang, Id::VoiceHousesChooseFirst),
        HouseOf(p) => match p {
            Prompt::Worries => t(lang, Id::VoiceHouseOfWorries),
            Prompt::GoodThings => t(lang, Id::VoiceHouseOfGoodThings),
            _ => t(lang, Id::VoiceHouseOf),
        },
        HouseBlurb(p) => match p {
            Prompt::Worries => t(lang, Id::VoiceHouseBlurbWorries),
            Prompt::GoodThings => t(lang, Id::VoiceHouseBlurbGoodThings),
            _ => t(lang, Id::VoiceHouseBlurb),
        },
        NextHouse => t(lang, Id::VoiceNextHouse),
        PersonName => t(lang, Id::VoicePersonName),
        HowClose => t(lang, Id::VoiceHowClose),
        AddPerson => t(lang, Id::VoiceAddPerson),
        PeopleIntro => t(lang, Id::VoicePeopleIntro),
        JudgeIntro => t(lang, Id::VoiceJudgeIntro),
        JudgeWriteBackQuestion => t(lang, Id::VoiceJudgeWriteBackQuestion),
        WishesIntro => t(lang, Id::VoiceWishesIntro),
        SharingTitle => t(lang, Id::VoiceSharingTitle),
        SharingIntro => t(lang, Id::VoiceSharingIntro),
        SharingJudgeDecides => t(lang, Id::VoiceSharingJudgeDecides),
        SharingKeepSafe => t(lang, Id::VoiceSharingKeepSafe),
        SharingNothingYet => t(lang, Id::VoiceSharingNothingYet),
        SharingJudge => t(lang, Id::VoiceSharingJudge),
        SharingParents => t(lang, Id::VoiceSharingParents),
        SharingNobody => t(lang, Id::VoiceSharingNobody),
        ReadBackTitle => t(lang, Id::VoiceReadBackTitle),
        ReadBackIntro => t(lang, Id::VoiceReadBackIntro),
        ReadBackNothing => t(lang, Id::VoiceReadBackNothing),
        Change => t(lang, Id::VoiceChange),
        ImFinished => t(lang, Id::VoiceImFinished),
        ReadBackLink => t(lang, Id::VoiceReadBackLink),
        SharingLink => t(lang, Id::VoiceSharingLink),
        FinishedTitle => t(lang, Id::VoiceFinishedTitle),
        FinishedText => t(lang, Id::VoiceFinishedText),
        GiveBack => t(lang, Id::VoiceGiveBack),
        ChildModeLabel => t(lang, Id::VoiceChildModeLabel),
        ThankYou => t(lang, Id::VoiceThankYou),
        // Practitioner pages (added)
        Important => t(lang, Id::VoiceImportant),
        VoiceNoChildren => t(lang, Id::VoiceVoiceNoChildren),
        SessionNumber => t(lang, Id::VoiceSessionNumber),
        SessionStatus => t(lang, Id::VoiceSessionStatus),
        SetupStartedReadOnly => t(lang, Id::VoiceSetupStartedReadOnly),
        SessionChild => t(lang, Id::VoiceSessionChild),
        SessionSummaryHeading => t(lang, Id::VoiceSessionSummaryHeading),
        SessionVersionUsed => t(lang, Id::VoiceSessionVersionUsed),
        SessionReadAloudUsed => t(lang, Id::VoiceSessionReadAloudUsed),
        ThingsSaid => t(lang, Id::VoiceThingsSaid),
        FeelingsChosen => t(lang, Id::VoiceFeelingsChosen),
        OnTheScale => t(lang, Id::VoiceOnTheScale),
        NoSafetyConcerns => t(lang, Id::VoiceNoSafetyConcerns),
        ChangeSafetyAction => t(lang, Id::VoiceChangeSafetyAction),
        SafetyActionsHeading => t(lang, Id::VoiceSafetyActionsHeading),
    }
}

/// What an item holds, in words, for the history and for reading back.
pub fn content_text(content: &Content, lang: Lang) -> String {
    match content {
        Content::Text { text } => text.clone(),
        Content::Drawing { title, .. } => {
            let drawing = VoiceMsg::DrawingAlt.text(lang);
            if title.trim().is_empty() {
                drawing.to_string()
            } else {
                format!("{drawing}: {title}")
            }
        }
        Content::Feelings { feelings } => feelings
            .iter()
            .map(|f| VoiceMsg::Feeling(*f).text(lang))
            .collect::<Vec<_>>()
            .join(", "),
        Content::Scale { value } => format!("{value} {}", VoiceMsg::ScaleValue.text(lang)),
        Content::Person { name, closeness } => match closeness {
            Some(c) => format!(
                "{name} ({})",
                VoiceMsg::Closeness(*c).text(lang).to_lowercase()
            ),
            None => name.clone(),
        },
        Content::WriteBack { answer } => VoiceMsg::WriteBack(*answer).text(lang).to_string(),
    }
}

/// The question an item answers, as the practitioner reads it: "Three houses:
/// House of worries".
pub fn prompt_text(prompt: Prompt, lang: Lang) -> String {
    let activity = VoiceMsg::ActivityName(prompt.activity()).text(lang);
    match prompt {
        Prompt::People | Prompt::Wishes => activity.to_string(),
        _ => format!("{activity}: {}", prompt_question(prompt, lang)),
    }
}

/// The question alone, for a list already grouped by activity.
pub fn prompt_question(prompt: Prompt, lang: Lang) -> &'static str {
    match prompt {
        Prompt::Worries | Prompt::GoodThings | Prompt::Dreams => {
            VoiceMsg::HouseOf(prompt).text(lang)
        }
        _ => VoiceMsg::PromptQuestion(prompt).text(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_at_least_eight_named_feelings_each_with_a_face_and_a_word() {
        assert!(Feeling::ALL.len() >= 8);
        for feeling in Feeling::ALL {
            assert!(!feeling.emoji().is_empty());
            assert!(!words(VoiceMsg::Feeling(feeling), Lang::En).is_empty());
        }
    }

    #[test]
    fn content_reads_as_words() {
        let lang = Lang::En;
        assert_eq!(
            content_text(&Content::Scale { value: 7 }, lang),
            "7 out of 10"
        );
        assert_eq!(
            content_text(
                &Content::Feelings {
                    feelings: vec![Feeling::Happy, Feeling::Scared]
                },
                lang
            ),
            "Happy, Scared"
        );
        assert_eq!(
            content_text(
                &Content::Drawing {
                    png: "iVBOR".into(),
                    title: "My dog".into()
                },
                lang
            ),
            "A drawing: My dog"
        );
        assert_eq!(
            prompt_text(Prompt::Worries, lang),
            "Three houses: House of worries"
        );
    }
}
