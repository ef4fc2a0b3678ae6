//! The practitioner's pages for the child's voice: each child's sessions, setting
//! one up, and what the practitioner records after it.

mod after;
mod childs_words;
mod list;
mod safety;
mod safety_prompts;
mod session_parts;
mod session_summary;
mod setup;
mod told;

pub use after::SessionAfterPage;
pub use list::VoiceListPage;
pub use safety::SessionSafetyPage;
pub use safety_prompts::SafetyPrompts;
pub use setup::SessionSetupPage;
pub use told::SessionToldPage;
