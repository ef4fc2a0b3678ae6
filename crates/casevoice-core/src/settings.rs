//! The practitioner's settings: who is using this browser. Their name goes into
//! every edit-history entry they make. Settings are stored beside the records, in
//! the same kind of envelope, so a later version can recognise and migrate them.

use serde::{Deserialize, Serialize};

pub const SETTINGS_FORMAT: &str = "casevoice-settings";
pub const SETTINGS_VERSION: u32 = 1;

/// The settings page's input ids, which its error summary links point at.
pub mod field {
    pub const NAME: &str = "your-name";
    pub const TEAM: &str = "your-team";
    // Protect the data
    pub const LOCK_AFTER: &str = "lock-after";
    pub const RETENTION: &str = "retention-days";
}

// Protect the data
/// Minutes without a key press, click or touch before the app locks itself.
pub const DEFAULT_LOCK_AFTER_MINUTES: u32 = 10;
/// The longest idle time allowed: a device left open for longer is not protected.
pub const MAX_LOCK_AFTER_MINUTES: u32 = 60;
/// Days a record is kept after the case system acknowledged its export.
pub const DEFAULT_RETENTION_DAYS: u32 = 30;
pub const MAX_RETENTION_DAYS: u32 = 365;

fn default_lock_after() -> u32 {
    DEFAULT_LOCK_AFTER_MINUTES
}

fn default_retention() -> u32 {
    DEFAULT_RETENTION_DAYS
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The practitioner's name, as they want it shown in the edit history.
    pub name: String,
    /// Their team; optional.
    pub team: String,
    // The child's voice
    /// The PIN that leaves child mode, as a salted hash; never the PIN itself.
    pub pin: Option<PinHash>,
    /// Set while the device is in child mode, so a reload stays in it.
    pub child_mode: Option<ChildMode>,
    // Protect the data
    /// Minutes idle before the app locks, 1 to [`MAX_LOCK_AFTER_MINUTES`].
    #[serde(default = "default_lock_after")]
    pub lock_after_minutes: u32,
    /// Days to keep a record once the case system has acknowledged its export.
    #[serde(default = "default_retention")]
    pub retention_days: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            name: String::new(),
            team: String::new(),
            pin: None,
            child_mode: None,
            lock_after_minutes: DEFAULT_LOCK_AFTER_MINUTES,
            retention_days: DEFAULT_RETENTION_DAYS,
        }
    }
}

/// A salted, slow hash of the practitioner's PIN. The algorithm and its cost are
/// stored with it so they can be raised later.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinHash {
    /// "PBKDF2-SHA-256".
    pub algorithm: String,
    pub iterations: u32,
    /// Hex.
    pub salt: String,
    /// Hex.
    pub hash: String,
}

/// The device is in child mode for one session: only that session's child
/// screens can be reached until the practitioner's PIN is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildMode {
    pub record: uuid::Uuid,
    pub session: uuid::Uuid,
    /// "Exit this page" was used: a neutral page shows until the PIN is given.
    #[serde(default)]
    pub exited: bool,
}

// Protect the data
/// What the app must know before it is unlocked, kept in the clear: it names
/// nobody. Only "Exit this page" needs it: after a reload the neutral page must
/// show at once, not a screen saying what this app is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceState {
    pub child_mode: Option<ChildMode>,
    // Welsh
    /// The language the user chose, so every page, the unlock page included,
    /// opens in it. Nothing personal: it is a choice of two. `None` until a
    /// choice is made, when the browser's preferred languages decide.
    #[serde(deserialize_with = "crate::l10n::lenient_lang")]
    pub lang: Option<crate::Lang>,
}

impl DeviceState {
    pub fn exited(&self) -> bool {
        self.child_mode.is_some_and(|mode| mode.exited)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    pub fn from_json(text: &str) -> Option<DeviceState> {
        serde_json::from_str(text).ok()
    }
}

/// What is wrong with settings as entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SettingsProblem {
    /// "Enter your name".
    NameMissing,
    // Protect the data
    /// Not a whole number of minutes from 1 to 60.
    LockAfterInvalid,
    /// Not a whole number of days from 1 to 365.
    RetentionInvalid,
}

impl SettingsProblem {
    /// The id of the input the problem is about.
    pub fn field(self) -> &'static str {
        match self {
            SettingsProblem::NameMissing => field::NAME,
            SettingsProblem::LockAfterInvalid => field::LOCK_AFTER,
            SettingsProblem::RetentionInvalid => field::RETENTION,
        }
    }
}

impl Settings {
    /// The settings as they are kept: spaces around each answer removed, since the
    /// name is repeated in every history entry.
    pub fn normalised(&self) -> Settings {
        Settings {
            name: self.name.trim().to_string(),
            team: self.team.trim().to_string(),
            ..self.clone()
        }
    }

    /// The problems, in the order of the page's fields.
    pub fn problems(&self) -> Vec<SettingsProblem> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(SettingsProblem::NameMissing);
        }
        problems
    }
}

// Protect the data
/// Reads minutes typed on the settings page: a whole number from 1 to 60,
/// spaces around it ignored.
pub fn parse_lock_after(typed: &str) -> Result<u32, SettingsProblem> {
    parse_in_range(typed, MAX_LOCK_AFTER_MINUTES).ok_or(SettingsProblem::LockAfterInvalid)
}

/// Reads days typed on the settings page: a whole number from 1 to 365.
pub fn parse_retention_days(typed: &str) -> Result<u32, SettingsProblem> {
    parse_in_range(typed, MAX_RETENTION_DAYS).ok_or(SettingsProblem::RetentionInvalid)
}

fn parse_in_range(typed: &str, max: u32) -> Option<u32> {
    let trimmed = typed.trim();
    if trimmed.is_empty() || !trimmed.bytes().all(|b| b.is_ascii_digit()) || trimmed.len() > 4 {
        return None;
    }
    trimmed.parse().ok().filter(|n| (1..=max).contains(n))
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    settings: &'a Settings,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    format: String,
    version: u32,
    #[serde(default)]
    settings: Settings,
}

/// Why stored settings could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredSettingsError {
    /// Not casevoice settings, or not JSON at all.
    NotSettings,
    /// Written by a newer casevoice than this one.
    NewerVersion(u32),
}

pub fn settings_to_json(settings: &Settings) -> String {
    let envelope = EnvelopeOut {
        format: SETTINGS_FORMAT,
        version: SETTINGS_VERSION,
        settings,
    };
    serde_json::to_string(&envelope).expect("settings are two strings, so they always serialise")
}

pub fn settings_from_json(text: &str) -> Result<Settings, StoredSettingsError> {
    let envelope: EnvelopeIn =
        serde_json::from_str(text).map_err(|_| StoredSettingsError::NotSettings)?;
    if envelope.format != SETTINGS_FORMAT {
        return Err(StoredSettingsError::NotSettings);
    }
    if envelope.version > SETTINGS_VERSION {
        return Err(StoredSettingsError::NewerVersion(envelope.version));
    }
    Ok(envelope.settings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_name_is_needed_and_a_team_is_not() {
        let mut settings = Settings::default();
        assert_eq!(settings.problems(), vec![SettingsProblem::NameMissing]);
        settings.name = "   ".into();
        assert_eq!(settings.problems(), vec![SettingsProblem::NameMissing]);
        settings.name = "Siobhán O'Brien-Nowak".into();
        assert_eq!(settings.problems(), vec![]);
        assert_eq!(SettingsProblem::NameMissing.field(), "your-name");
    }

    #[test]
    fn idle_minutes_and_retention_days_are_whole_numbers_in_range() {
        assert_eq!(parse_lock_after(" 10 "), Ok(10));
        assert_eq!(parse_lock_after("1"), Ok(1));
        assert_eq!(parse_lock_after("60"), Ok(60));
        for bad in ["", "0", "61", "-5", "2.5", "ten", "99999999999", "１０"] {
            assert_eq!(
                parse_lock_after(bad),
                Err(SettingsProblem::LockAfterInvalid),
                "{bad}"
            );
        }
        assert_eq!(parse_retention_days("365"), Ok(365));
        assert_eq!(
            parse_retention_days("366"),
            Err(SettingsProblem::RetentionInvalid)
        );
        assert_eq!(SettingsProblem::LockAfterInvalid.field(), "lock-after");
        assert_eq!(SettingsProblem::RetentionInvalid.field(), "retention-days");
    }

    #[test]
    fn settings_stored_before_locking_existed_get_the_defaults() {
        let old = r#"{"format":"casevoice-settings","version":1,"settings":{"name":"Sam"}}"#;
        let settings = settings_from_json(old).unwrap();
        assert_eq!(settings.lock_after_minutes, 10);
        assert_eq!(settings.retention_days, 30);
    }

    #[test]
    fn settings_are_kept_without_spaces_around_them() {
        let typed = Settings {
            name: "  Sam Okafor ".into(),
            team: " South West ".into(),
            ..Settings::default()
        };
        assert_eq!(
            typed.normalised(),
            Settings {
                name: "Sam Okafor".into(),
                team: "South West".into(),
                ..Settings::default()
            }
        );
    }

    #[test]
    fn stored_settings_name_their_format_and_read_back() {
        let settings = Settings {
            name: "Sam Okafor".into(),
            team: String::new(),
            ..Settings::default()
        };
        let json = settings_to_json(&settings);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["format"], "casevoice-settings");
        assert_eq!(value["version"], 1);
        assert_eq!(value["settings"]["name"], "Sam Okafor");
        assert_eq!(settings_from_json(&json), Ok(settings));
    }

    #[test]
    fn says_why_stored_settings_cannot_be_read() {
        assert_eq!(
            settings_from_json("{not json"),
            Err(StoredSettingsError::NotSettings)
        );
        assert_eq!(
            settings_from_json(r#"{"format":"casevoice-record","version":1}"#),
            Err(StoredSettingsError::NotSettings)
        );
        assert_eq!(
            settings_from_json(r#"{"format":"casevoice-settings","version":2}"#),
            Err(StoredSettingsError::NewerVersion(2))
        );
        assert_eq!(
            settings_from_json(r#"{"format":"casevoice-settings","version":1}"#),
            Ok(Settings::default())
        );
    }

    proptest! {
        #[test]
        fn any_name_survives_storage_exactly(name in any::<String>(), team in any::<String>()) {
            let settings = Settings { name, team, ..Settings::default() };
            prop_assert_eq!(settings_from_json(&settings_to_json(&settings)), Ok(settings));
        }
    }
}

#[cfg(test)]
mod device_language_tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn the_chosen_language_is_kept_and_an_unknown_one_loses_nothing_else() {
        let chosen = DeviceState {
            lang: Some(Lang::Cy),
            ..DeviceState::default()
        };
        assert_eq!(DeviceState::from_json(&chosen.to_json()), Some(chosen));
        assert!(chosen.to_json().contains(r#""lang":"cy""#));
        let id = "6f1c2a52-3b8e-4d2f-9a51-0c8e3f1d7b20";
        let later = format!(
            r#"{{"child_mode":{{"record":"{id}","session":"{id}","exited":true}},"lang":"xx"}}"#
        );
        let read = DeviceState::from_json(&later);
        assert_eq!(read.map(|d| (d.lang, d.exited())), Some((None, true)));
        // Device state written before languages existed.
        assert_eq!(DeviceState::from_json("{}").map(|d| d.lang), Some(None));
    }
}
