//! The child's-voice part of the message catalogue ([`crate::messages`]): the
//! practitioner's session pages and every child-mode screen. Child-mode words are
//! short and plain, written to be read aloud; younger children get the shortest.

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
        match lang {
            Lang::En => english(self),
        }
    }
}

pub(crate) fn english(msg: VoiceMsg) -> &'static str {
    use VoiceMsg::*;
    match msg {
        Version(v) => match v {
            crate::voice::Version::Younger => "Younger children",
            crate::voice::Version::Older => "Older children",
        },
        VersionHint(v) => match v {
            crate::voice::Version::Younger => "Pictures first, very short sentences, read aloud",
            crate::voice::Version::Older => "More words, for children who read and write well",
        },
        Support(s) => match s {
            crate::voice::Support::Interpreter => "An interpreter",
            crate::voice::Support::CommunicationAids => "Communication aids",
            crate::voice::Support::Breaks => "Breaks",
            crate::voice::Support::None => "No extra support",
        },
        Feeling(f) => match f {
            crate::voice::Feeling::Happy => "Happy",
            crate::voice::Feeling::Calm => "Calm",
            crate::voice::Feeling::Loved => "Loved",
            crate::voice::Feeling::Excited => "Excited",
            crate::voice::Feeling::Sad => "Sad",
            crate::voice::Feeling::Worried => "Worried",
            crate::voice::Feeling::Angry => "Angry",
            crate::voice::Feeling::Scared => "Scared",
            crate::voice::Feeling::Unsafe => "Not safe",
            crate::voice::Feeling::Lonely => "Lonely",
            crate::voice::Feeling::Confused => "Mixed up",
            crate::voice::Feeling::Tired => "Tired",
        },
        Closeness(c) => match c {
            crate::voice::Closeness::Near => "Very close to me",
            crate::voice::Closeness::Middle => "Quite close",
            crate::voice::Closeness::Far => "Not so close",
        },
        WriteBack(w) => match w {
            crate::voice::WriteBack::Yes => "Yes, please write back to me",
            crate::voice::WriteBack::No => "No, thank you",
            crate::voice::WriteBack::NotSure => "I'm not sure",
        },
        Author(a) => match a {
            crate::voice::Author::Child => "The child",
            crate::voice::Author::PractitionerForChild => "Written by the practitioner for the child, in the child's words",
            crate::voice::Author::Practitioner => "The practitioner's observation",
        },
        SessionsHeading => "The child's voice",
        SessionsIntro => "Sessions the child fills in with you, in their own words and drawings.",
        NoSessionsYet => "No sessions yet.",
        SessionFor => "Session",
        StartNewSession => "Set up a session with the child",
        SetupTitle => "Set up a session with the child",
        SetupIntro => "When you start, this device goes into child mode: the child sees only their own screens, and you need your PIN to leave.",
        ScaleHeading => "The feelings scale",
        ScaleIntro => "You can change the wording to suit the child.",
        StartChildMode => "Start the session",
        StartChildModeHint => "Hand the device to the child once the first screen shows.",
        NeedsPinFirst => "Set a PIN before you start a session: you need it to leave child mode.",
        SetPinLink => "Set a PIN in settings",
        DefaultScaleQuestion => "How are things at home?",
        DefaultScaleTen => "10 means everything is really good",
        DefaultScaleZero => "0 means everything is really bad",
        SessionNotStarted => "Not started",
        SessionInProgress => "In progress",
        SessionFinished => "Finished",
        ContinueSetup => "Continue setting up",
        ContinueWithChild => "Continue the session with the child",
        AfterTitle => "After the session",
        AfterIntro => "Your own record of the session. It is kept apart from the child's words.",
        ChildsWordsHeading => "What the child said",
        ChildsWordsIntro => "Exactly as the child said, wrote or drew it. Only the child can change these, in child mode.",
        NothingSaid => "The child did not put anything in this session.",
        Declined => "The child chose not to answer",
        SharedWith => "Who can see it",
        SharedNobodyElseYet => "Nobody else yet",
        SharedJudge => "The judge",
        SharedParents => "Parents or carers",
        MarkSafetyConcern => "Mark as a safety concern",
        UnmarkSafetyConcern => "Not a safety concern",
        SafetyConcernTag => "Safety concern",
        SafetyTitle => "What you did about a safety concern",
        SafetyIntro => "The child said something that needs action. Record what you did.",
        SafetyPrompt => "Record what you did about a safety concern from a session with",
        SafetyPromptLink => "Record what you did",
        ToldTitle => "What the child was told",
        ToldIntro => "Once the court has decided, tell the child how their views were used and, if the decision was different from what they wanted, why. Record it here.",
        SessionStartedAt => "Started",
        SessionFinishedAt => "Finished",
        ViewSession => "View the session",
        WelfareSessionsSummary => "From the child's sessions",
        WelfareNoSessions => "No child's-voice sessions with this child yet.",
        SafeguardingFromSessions => "Actions from the children's sessions",
        WrittenForChild => "Written for the child",
        ObservationLabel => "Practitioner's observation",
        CannotRemoveChildWithSession => "You cannot remove this child: they have a child's-voice session, and the child's own words are never deleted.",
        RemoveUnstartedSession => "Delete this session",
        PractitionerAnswers => "Your answers",
        DrawingAlt => "A drawing",
        NoTitle => "No title",
        ScaleValue => "out of 10",
        HistorySession => "Child's-voice session",
        HistoryActivity => "Question",
        EntrySessionAdded => "Session set up",
        EntrySessionRemoved => "Session deleted before it started",
        EntrySessionStarted => "Session started: child mode",
        EntrySessionFinished => "Session finished by the child",
        EntryItemAdded => "The child added",
        EntryItemChanged => "The child changed",
        EntryItemRemoved => "The child removed",
        EntrySharingChanged => "The child changed who can see",
        EntryDeclined => "The child chose not to answer",
        EntrySafetyMarked => "Marked as a safety concern",
        EntrySafetyUnmarked => "No longer marked as a safety concern",
        // Child mode
        ChildMenuTitle => "What would you like to do?",
        ChildMenuIntroYounger => "Pick one. You can stop or skip any time.",
        ChildMenuIntroOlder => "Pick anything, in any order. You do not have to answer anything you don't want to, and you can skip and come back.",
        ActivityName(a) => match a {
            Activity::AboutMe => "About me",
            Activity::Feelings => "How I feel",
            Activity::ThreeHouses => "Three houses",
            Activity::People => "People who matter to me",
            Activity::ForTheJudge => "For the judge",
            Activity::Wishes => "What I would like to happen",
        },
        ActivityBlurb(a) => match a {
            Activity::AboutMe => "What you like, what you are good at, who you live with",
            Activity::Feelings => "Pick faces, and use a scale",
            Activity::ThreeHouses => "Worries, good things and dreams",
            Activity::People => "Who is close to you",
            Activity::ForTheJudge => "A letter or a drawing for the judge",
            Activity::Wishes => "What you would like to happen next",
        },
        PromptQuestion(p) => match p {
            Prompt::Likes => "What do you like?",
            Prompt::GoodAt => "What are you good at?",
            Prompt::LivesWith => "Who do you live with?",
            Prompt::Feelings => "How do you feel?",
            Prompt::Scale => "The scale",
            Prompt::Worries => "What worries you?",
            Prompt::GoodThings => "What is good?",
            Prompt::Dreams => "What do you wish for?",
            Prompt::People => "People who matter to me",
            Prompt::JudgeLetter => "What would you like to tell the judge?",
            Prompt::JudgeWriteBack => "Would you like the judge to write back to you?",
            Prompt::Wishes => "What would you like to happen?",
        },
        Done => "Done",
        NotYet => "Not yet",
        Skip => "Skip for now",
        DontWantToAnswer => "I don't want to answer this",
        YouChoseNotToAnswer => "You chose not to answer this. That's OK. You can still answer if you change your mind.",
        BackToMenu => "Back to the list",
        TypeHere => "Your words",
        AskGrownUpToWrite => "Ask the grown-up to write it for you",
        WrittenByGrownUp => "Written by the grown-up for you",
        WhoIsWriting => "Who is writing?",
        IAmWriting => "I am writing",
        GrownUpIsWriting => "The grown-up is writing my words",
        AddAnother => "Add another",
        Remove => "Take this out",
        DrawInstead => "Draw a picture",
        DrawingTitle => "What is your drawing called?",
        YourDrawings => "Your drawings",
        FeelingsQuestion => "How do you feel?",
        FeelingsHint => "Pick as many as you like.",
        ScaleTenFirst => "10 is the top.",
        ScaleZeroNext => "0 is the bottom.",
        ScaleChoose => "Pick a number",
        HousesChooseFirst => "Which house do you want to start with?",
        HouseOf(p) => match p {
            Prompt::Worries => "House of worries",
            Prompt::GoodThings => "House of good things",
            _ => "House of dreams",
        },
        HouseBlurb(p) => match p {
            Prompt::Worries => "Things that worry you or make you sad.",
            Prompt::GoodThings => "Things that are good in your life.",
            _ => "What you wish for, and how things would be if they were just right.",
        },
        NextHouse => "Go to another house",
        PersonName => "Their name",
        HowClose => "How close are they to you?",
        AddPerson => "Add a person",
        PeopleIntro => "Put in the people who matter to you. Tap a circle to say how close they are.",
        JudgeIntro => "The judge is the person who decides. You can write a letter or draw a picture for them.",
        JudgeWriteBackQuestion => "Would you like the judge to write back to you?",
        WishesIntro => "What would you like to happen? There are no right or wrong answers.",
        SharingTitle => "Who can see what I said",
        SharingIntro => "For each thing you said, choose who can see it. You can choose more than one, or nobody else yet.",
        SharingJudgeDecides => "The judge decides in the end what is shared. We will tell them what you chose.",
        SharingKeepSafe => "If you tell us something that means you or someone else is not safe, the grown-up must tell people who can help keep you safe.",
        SharingNothingYet => "You have not said anything yet. Come back here after you have.",
        SharingJudge => "The judge",
        SharingParents => "My parents or carers",
        SharingNobody => "Nobody else yet",
        ReadBackTitle => "Everything you said",
        ReadBackIntro => "Here is everything you said and drew. You can change or take out anything before you finish.",
        ReadBackNothing => "You have not said anything yet. That's OK.",
        Change => "Change",
        ImFinished => "I'm finished",
        ReadBackLink => "Look at everything I said",
        SharingLink => "Choose who can see what I said",
        FinishedTitle => "Thank you",
        FinishedText => "You have finished. Please give the device back to the grown-up.",
        GiveBack => "Give the device back",
        ChildModeLabel => "Your screens",
        ThankYou => "Thank you for telling us.",
        // Practitioner pages (added)
        Important => "Important",
        VoiceNoChildren => "No children have been added yet. Add the children first, then set up a session with each of them.",
        SessionNumber => "Session",
        SessionStatus => "Status",
        SetupStartedReadOnly => "This session has started, so how it was set up cannot change now.",
        SessionChild => "Child",
        SessionSummaryHeading => "About the session",
        SessionVersionUsed => "Version",
        SessionReadAloudUsed => "Screens read aloud",
        ThingsSaid => "Things the child said",
        FeelingsChosen => "Feelings chosen",
        OnTheScale => "On the scale",
        NoSafetyConcerns => "Nothing the child said is marked as a safety concern.",
        ChangeSafetyAction => "Change",
        SafetyActionsHeading => "Safety concerns",
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
            assert!(!english(VoiceMsg::Feeling(feeling)).is_empty());
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
