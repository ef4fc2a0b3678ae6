//! The practitioner's pages for the child's voice: each child's sessions, setting
//! one up, and what the practitioner records after it.

mod after;
mod childs_words;
mod list;
mod safety;
mod safety_prompts;
mod session_parts;
mod session_safety_actions;
mod session_summary;
mod setup;
mod told;
mod welfare_sessions;

pub use after::SessionAfterPage;
pub use list::VoiceListPage;
pub use safety::SessionSafetyPage;
pub use safety_prompts::SafetyPrompts;
pub use setup::SessionSetupPage;
pub use told::SessionToldPage;

// Parts of other pages of the record: the risk page, the welfare checklist and
// "Check your answers".
pub use session_parts::session_label;
pub use session_safety_actions::SessionSafetyActions;
pub use welfare_sessions::WelfareSessions;
