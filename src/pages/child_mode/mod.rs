//! Child mode: the screens a child fills in with a practitioner. Nothing here links
//! to a practitioner's page.

mod activity;
mod finished;
mod menu;
mod read_back;
mod sharing;

pub use activity::ChildActivityScreen;
pub use finished::ChildFinishedScreen;
pub use menu::ChildMenuScreen;
pub use read_back::ChildReadBackScreen;
pub use sharing::ChildSharingScreen;
