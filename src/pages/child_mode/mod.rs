//! Child mode: the screens a child fills in with a practitioner. Nothing here links
//! to a practitioner's page, and every change is one of the child's own actions on
//! their session.

mod about_me;
mod activity;
mod activity_end;
mod decline;
mod drawings;
mod feelings;
mod finished;
mod houses;
mod item_view;
mod judge;
mod menu;
mod people;
mod prompt_answers;
mod read_back;
mod session;
mod sharing;
mod wishes;

pub use activity::ChildActivityScreen;
pub use finished::ChildFinishedScreen;
pub use menu::ChildMenuScreen;
pub use read_back::ChildReadBackScreen;
pub use sharing::ChildSharingScreen;
