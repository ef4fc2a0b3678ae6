//! The child's voice: a session a child fills in with a practitioner, and what the
//! child said, wrote and drew in it. Every item records who put it there and whether
//! it is the child's exact words, so the child's words are never mixed with the
//! adult's view of them. The practitioner's answers about the session (who was
//! there, observations, what the child was told later) are ordinary questions of
//! the record ([`crate::questions::Scope::VoiceSession`]).

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use std::fmt;

use crate::codes::{code_list, UnknownCode};
use crate::dates::{parse_date_parts, DateParts};
use crate::questions::Question;
use crate::questions::{code, codes, from_yes_no, parse_all, parse_choice, yes_no, Answer};

code_list! {
    /// Which version of the child's screens a session uses.
    pub enum Version in "session version" {
        /// Pictures and emoji first, very short sentences, read aloud by default.
        Younger = "younger",
        /// More text.
        Older = "older",
    }
}

code_list! {
    /// How the child was helped to take part.
    pub enum Support in "support" {
        Interpreter = "interpreter",
        CommunicationAids = "communication_aids",
        Breaks = "breaks",
        /// Nothing beyond the session itself; only on its own.
        None = "none",
    }
}

/// The child's activities, in the order the menu offers them. The child may do them
/// in any order, or not at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    AboutMe,
    Feelings,
    ThreeHouses,
    People,
    ForTheJudge,
    Wishes,
}

impl Activity {
    pub const ALL: [Activity; 6] = [
        Activity::AboutMe,
        Activity::Feelings,
        Activity::ThreeHouses,
        Activity::People,
        Activity::ForTheJudge,
        Activity::Wishes,
    ];

    /// The activity's part of its address: `three-houses`.
    pub fn slug(self) -> &'static str {
        match self {
            Activity::AboutMe => "about-me",
            Activity::Feelings => "feelings",
            Activity::ThreeHouses => "three-houses",
            Activity::People => "people",
            Activity::ForTheJudge => "for-the-judge",
            Activity::Wishes => "wishes",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Activity> {
        Activity::ALL.into_iter().find(|a| a.slug() == slug)
    }

    /// The questions the activity asks, in order.
    pub fn prompts(self) -> &'static [Prompt] {
        match self {
            Activity::AboutMe => &[Prompt::Likes, Prompt::GoodAt, Prompt::LivesWith],
            Activity::Feelings => &[Prompt::Feelings, Prompt::Scale],
            Activity::ThreeHouses => &[Prompt::Worries, Prompt::GoodThings, Prompt::Dreams],
            Activity::People => &[Prompt::People],
            Activity::ForTheJudge => &[Prompt::JudgeLetter, Prompt::JudgeWriteBack],
            Activity::Wishes => &[Prompt::Wishes],
        }
    }
}

/// The question an item answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Prompt {
    /// About me: what I like.
    Likes,
    /// About me: what I am good at.
    GoodAt,
    /// About me: who I live with.
    LivesWith,
    /// How I feel: the feelings faces.
    Feelings,
    /// How I feel: the 0 to 10 scale.
    Scale,
    /// Three Houses: the house of worries.
    Worries,
    /// Three Houses: the house of good things.
    GoodThings,
    /// Three Houses: the house of dreams.
    Dreams,
    /// People who matter to me.
    People,
    /// For the judge: a letter or drawing.
    JudgeLetter,
    /// For the judge: whether the child would like the judge to write back.
    JudgeWriteBack,
    /// What I would like to happen.
    Wishes,
}

impl Prompt {
    pub const ALL: [Prompt; 12] = [
        Prompt::Likes,
        Prompt::GoodAt,
        Prompt::LivesWith,
        Prompt::Feelings,
        Prompt::Scale,
        Prompt::Worries,
        Prompt::GoodThings,
        Prompt::Dreams,
        Prompt::People,
        Prompt::JudgeLetter,
        Prompt::JudgeWriteBack,
        Prompt::Wishes,
    ];

    pub fn activity(self) -> Activity {
        Activity::ALL
            .into_iter()
            .find(|a| a.prompts().contains(&self))
            .unwrap_or(Activity::AboutMe)
    }

    /// The prompt's part of DOM ids: `good-things`.
    pub fn slug(self) -> &'static str {
        match self {
            Prompt::Likes => "likes",
            Prompt::GoodAt => "good-at",
            Prompt::LivesWith => "lives-with",
            Prompt::Feelings => "feelings",
            Prompt::Scale => "scale",
            Prompt::Worries => "worries",
            Prompt::GoodThings => "good-things",
            Prompt::Dreams => "dreams",
            Prompt::People => "people",
            Prompt::JudgeLetter => "judge-letter",
            Prompt::JudgeWriteBack => "judge-write-back",
            Prompt::Wishes => "wishes",
        }
    }

    /// The Three Houses, in the order they are usually drawn.
    pub const HOUSES: [Prompt; 3] = [Prompt::Worries, Prompt::GoodThings, Prompt::Dreams];
}

/// Who put an item in the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Author {
    /// The child typed, chose or drew it.
    Child,
    /// The child asked the practitioner to write it for them: still the child's
    /// words, exactly as said.
    PractitionerForChild,
    /// The practitioner's own observation; never the child's words.
    Practitioner,
}

impl Author {
    /// Whether what this author puts in is the child's own words, kept exactly.
    pub fn is_verbatim(self) -> bool {
        matches!(self, Author::Child | Author::PractitionerForChild)
    }
}

/// Named feelings the child can pick, each shown as a face and a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    Happy,
    Calm,
    Loved,
    Excited,
    Sad,
    Worried,
    Angry,
    Scared,
    Unsafe,
    Lonely,
    Confused,
    Tired,
}

impl Feeling {
    pub const ALL: [Feeling; 12] = [
        Feeling::Happy,
        Feeling::Calm,
        Feeling::Loved,
        Feeling::Excited,
        Feeling::Sad,
        Feeling::Worried,
        Feeling::Angry,
        Feeling::Scared,
        Feeling::Unsafe,
        Feeling::Lonely,
        Feeling::Confused,
        Feeling::Tired,
    ];

    /// The face shown beside the word.
    pub fn emoji(self) -> &'static str {
        match self {
            Feeling::Happy => "😀",
            Feeling::Calm => "😌",
            Feeling::Loved => "🥰",
            Feeling::Excited => "🤩",
            Feeling::Sad => "😢",
            Feeling::Worried => "😟",
            Feeling::Angry => "😠",
            Feeling::Scared => "😨",
            Feeling::Unsafe => "😰",
            Feeling::Lonely => "😔",
            Feeling::Confused => "😕",
            Feeling::Tired => "😴",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Feeling::Happy => "happy",
            Feeling::Calm => "calm",
            Feeling::Loved => "loved",
            Feeling::Excited => "excited",
            Feeling::Sad => "sad",
            Feeling::Worried => "worried",
            Feeling::Angry => "angry",
            Feeling::Scared => "scared",
            Feeling::Unsafe => "unsafe",
            Feeling::Lonely => "lonely",
            Feeling::Confused => "confused",
            Feeling::Tired => "tired",
        }
    }

    /// A feeling that asks the practitioner to act after the session.
    pub fn is_safety_concern(self) -> bool {
        matches!(self, Feeling::Scared | Feeling::Unsafe)
    }
}

/// How close a person is to the child, chosen by tapping a circle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Closeness {
    Near,
    Middle,
    Far,
}

impl Closeness {
    pub const ALL: [Closeness; 3] = [Closeness::Near, Closeness::Middle, Closeness::Far];
}

/// Whether the child would like the judge to write back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WriteBack {
    Yes,
    No,
    NotSure,
}

impl WriteBack {
    pub const ALL: [WriteBack; 3] = [WriteBack::Yes, WriteBack::No, WriteBack::NotSure];
}

/// What an item holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Content {
    /// Words, exactly as typed or said.
    Text {
        text: String,
    },
    /// A drawing as a base64 PNG, with a title in the child's words.
    Drawing {
        #[cfg_attr(
            feature = "schema",
            schemars(extend("contentEncoding" = "base64", "contentMediaType" = "image/png"))
        )]
        png: String,
        title: String,
    },
    Feelings {
        feelings: Vec<Feeling>,
    },
    /// The 0 to 10 scale.
    Scale {
        value: u8,
    },
    Person {
        name: String,
        closeness: Option<Closeness>,
    },
    WriteBack {
        answer: WriteBack,
    },
}

impl Content {
    /// Nothing in it: blank words, a drawing with no picture, no feelings.
    pub fn is_empty(&self) -> bool {
        match self {
            Content::Text { text } => text.trim().is_empty(),
            Content::Drawing { png, .. } => png.is_empty(),
            Content::Feelings { feelings } => feelings.is_empty(),
            Content::Person { name, .. } => name.trim().is_empty(),
            Content::Scale { .. } | Content::WriteBack { .. } => false,
        }
    }
}

/// Who may see an item, as the child chose with the practitioner. The default,
/// neither, is "nobody else yet": the most private choice, as the ICO's Age
/// Appropriate Design Code asks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Sharing {
    pub judge: bool,
    pub parents_or_carers: bool,
}

impl Sharing {
    pub fn is_nobody_else_yet(self) -> bool {
        !self.judge && !self.parents_or_carers
    }
}

/// One thing the child said, chose or drew.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct VoiceItem {
    pub id: Uuid,
    pub prompt: Prompt,
    pub author: Author,
    /// The child's own words, kept exactly: only the child can change them, in
    /// child mode, and every change is in the edit history.
    pub verbatim: bool,
    /// When it was first put in.
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub at: OffsetDateTime,
    // Welsh
    /// The language of the child's screens when they put it in, so that their
    /// words are marked (`lang`) and read aloud in it wherever they are shown.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::l10n::lenient_lang"
    )]
    pub lang: Option<crate::Lang>,
    pub content: Content,
    #[serde(default)]
    pub sharing: Sharing,
    /// The practitioner marked it, after the session, as a safety concern.
    #[serde(default)]
    pub safety_concern: bool,
}

impl VoiceItem {
    pub fn activity(&self) -> Activity {
        self.prompt.activity()
    }

    /// Whether the item asks the practitioner to act: the child said they feel
    /// scared or unsafe, or the practitioner marked it.
    pub fn is_safety_concern(&self) -> bool {
        self.safety_concern
            || matches!(&self.content, Content::Feelings { feelings }
                if feelings.iter().any(|f| f.is_safety_concern()))
    }
}

/// The wording of the 0 to 10 scale, which the practitioner may change before the
/// session. The child hears what 10 means first, then what 0 means.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ScaleWording {
    pub question: String,
    pub ten: String,
    pub zero: String,
}

/// A session with one child.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct VoiceSession {
    pub id: Uuid,
    pub child: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub created_at: OffsetDateTime,
    /// When the device went into child mode; `None` while it is being set up.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>", extend("format" = "date-time")))]
    pub started_at: Option<OffsetDateTime>,
    /// When the child finished, after everything was read back.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<String>", extend("format" = "date-time")))]
    pub finished_at: Option<OffsetDateTime>,
    // Set up by the practitioner
    #[serde(default)]
    pub present: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub version: Option<Version>,
    #[serde(default)]
    pub read_aloud: Option<bool>,
    #[serde(default)]
    pub scale: ScaleWording,
    // The child's part
    #[serde(default)]
    pub items: Vec<VoiceItem>,
    /// The questions the child chose not to answer ("I don't want to answer this").
    #[serde(default)]
    pub declined: Vec<Prompt>,
    // After the session, by the practitioner
    #[serde(default)]
    pub observations: String,
    #[serde(default)]
    pub support: Vec<Support>,
    #[serde(default)]
    pub support_details: String,
    #[serde(default)]
    pub understanding: String,
    /// What the practitioner did about a safety concern; it is also shown as a
    /// safeguarding action of the record.
    #[serde(default)]
    pub safety_action: String,
    /// When, later, the child was told how their views were used (Lundy's
    /// Influence), and what they were told.
    #[serde(default)]
    pub told_date: DateParts,
    #[serde(default)]
    pub told_how: String,
}

/// The questions a practitioner answers about a session, by page.
pub const SETUP_QUESTIONS: [Question; 7] = [
    Question::SessionPresent,
    Question::SessionPlace,
    Question::SessionVersion,
    Question::SessionReadAloud,
    Question::SessionScaleQuestion,
    Question::SessionScaleTen,
    Question::SessionScaleZero,
];
pub const AFTER_QUESTIONS: [Question; 4] = [
    Question::SessionObservations,
    Question::SessionSupport,
    Question::SessionSupportDetails,
    Question::SessionUnderstanding,
];
pub const TOLD_QUESTIONS: [Question; 2] = [Question::SessionToldDate, Question::SessionToldHow];

/// The most characters, as people see them, of the practitioner's long answers.
pub const SESSION_TEXT_LIMIT: usize = 5_000;

impl VoiceSession {
    pub fn new(id: Uuid, child: Uuid, now: OffsetDateTime) -> Self {
        VoiceSession {
            id,
            child,
            created_at: now,
            started_at: None,
            finished_at: None,
            present: String::new(),
            place: String::new(),
            version: None,
            read_aloud: None,
            scale: ScaleWording::default(),
            items: Vec::new(),
            declined: Vec::new(),
            observations: String::new(),
            support: Vec::new(),
            support_details: String::new(),
            understanding: String::new(),
            safety_action: String::new(),
            told_date: DateParts::default(),
            told_how: String::new(),
        }
    }

    pub fn item(&self, id: Uuid) -> Option<&VoiceItem> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The items answering one prompt, in the order they were put in, without
    /// empty ones.
    pub fn items_for(&self, prompt: Prompt) -> impl Iterator<Item = &VoiceItem> {
        self.items
            .iter()
            .filter(move |i| i.prompt == prompt && !i.content.is_empty())
    }

    /// What the child gave, without empty items: what is read back and exported.
    pub fn said(&self) -> impl Iterator<Item = &VoiceItem> {
        self.items.iter().filter(|i| !i.content.is_empty())
    }

    pub fn is_declined(&self, prompt: Prompt) -> bool {
        self.declined.contains(&prompt)
    }

    /// Whether the child has done anything in an activity, or chose not to.
    pub fn activity_done(&self, activity: Activity) -> bool {
        activity
            .prompts()
            .iter()
            .any(|p| self.items_for(*p).next().is_some() || self.is_declined(*p))
    }

    /// What asks the practitioner to act after the session.
    pub fn safety_concerns(&self) -> Vec<&VoiceItem> {
        self.said().filter(|i| i.is_safety_concern()).collect()
    }

    /// A safety concern without a recorded action: the record's task list prompts
    /// the practitioner until there is one.
    pub fn needs_safety_action(&self) -> bool {
        !self.safety_concerns().is_empty() && self.safety_action.trim().is_empty()
    }

    pub fn is_started(&self) -> bool {
        self.started_at.is_some()
    }

    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// The date the child was told how their views were used, when it is real.
    pub fn told_date(&self) -> Option<time::Date> {
        parse_date_parts(&self.told_date).ok()
    }

    pub fn answer(&self, question: Question) -> Option<Answer> {
        let text = |s: &String| Some(Answer::Text(s.clone()));
        match question {
            Question::SessionPresent => text(&self.present),
            Question::SessionPlace => text(&self.place),
            Question::SessionVersion => Some(code(self.version.map(Version::code))),
            Question::SessionReadAloud => Some(code(self.read_aloud.map(yes_no))),
            Question::SessionScaleQuestion => text(&self.scale.question),
            Question::SessionScaleTen => text(&self.scale.ten),
            Question::SessionScaleZero => text(&self.scale.zero),
            Question::SessionObservations => text(&self.observations),
            Question::SessionSupport => Some(codes(&self.support, Support::code)),
            Question::SessionSupportDetails => text(&self.support_details),
            Question::SessionUnderstanding => text(&self.understanding),
            Question::SessionSafetyAction => text(&self.safety_action),
            Question::SessionToldDate => Some(Answer::Date(self.told_date.clone())),
            Question::SessionToldHow => text(&self.told_how),
            _ => None,
        }
    }

    /// Sets one of the practitioner's answers; `false` if it does not fit.
    pub fn set(&mut self, question: Question, answer: Answer) -> bool {
        match (question, answer) {
            (Question::SessionPresent, Answer::Text(t)) => self.present = t,
            (Question::SessionPlace, Answer::Text(t)) => self.place = t,
            (Question::SessionVersion, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, Version::from_code) else {
                    return false;
                };
                self.version = choice;
            }
            (Question::SessionReadAloud, Answer::Choice(c)) => {
                let Some(choice) = parse_choice(c, from_yes_no) else {
                    return false;
                };
                self.read_aloud = choice;
            }
            (Question::SessionScaleQuestion, Answer::Text(t)) => self.scale.question = t,
            (Question::SessionScaleTen, Answer::Text(t)) => self.scale.ten = t,
            (Question::SessionScaleZero, Answer::Text(t)) => self.scale.zero = t,
            (Question::SessionObservations, Answer::Text(t)) => self.observations = t,
            (Question::SessionSupport, Answer::Choices(c)) => {
                let Some(list) = parse_all(&c, Support::from_code) else {
                    return false;
                };
                self.support = list;
            }
            (Question::SessionSupportDetails, Answer::Text(t)) => self.support_details = t,
            (Question::SessionUnderstanding, Answer::Text(t)) => self.understanding = t,
            (Question::SessionSafetyAction, Answer::Text(t)) => self.safety_action = t,
            (Question::SessionToldDate, Answer::Date(d)) => self.told_date = d,
            (Question::SessionToldHow, Answer::Text(t)) => self.told_how = t,
            _ => return false,
        }
        true
    }
}
