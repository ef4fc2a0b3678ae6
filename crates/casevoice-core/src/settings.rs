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
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// What is wrong with settings as entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SettingsProblem {
    /// "Enter your name".
    NameMissing,
}

impl SettingsProblem {
    /// The id of the input the problem is about.
    pub fn field(self) -> &'static str {
        match self {
            SettingsProblem::NameMissing => field::NAME,
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
