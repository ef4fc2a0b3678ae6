//! Child mode's safety: while a child has the device, only their own session's
//! screens show, whatever the address, the history or the keyboard asks for;
//! "Exit this page" (a button, or Shift three times) swaps them for a neutral
//! page at once; and only the practitioner's PIN leaves. The state itself
//! (`AppState::child_mode`) is kept in settings, so a reload stays where it was.

mod child_frame;
mod exit_button;
mod guard;
mod neutral_page;
mod plain_frame;
mod shift_presses;
mod starting_page;
mod unlock_form;
mod unlock_page;
mod use_exit_shortcut;
mod use_exit_this_page;
mod use_guarded_route;
mod use_save_child_mode;

pub use child_frame::{ChildModeFrame, ChildModeFrameProps};
pub use exit_button::ExitThisPageButton;
pub use guard::{frame_for, guard, Frame, Guard};
pub use neutral_page::NeutralPage;
pub use plain_frame::{PlainFrame, PlainFrameProps};
pub use shift_presses::ShiftPresses;
pub use starting_page::StartingPage;
pub use unlock_page::UnlockPage;
pub use use_exit_shortcut::use_exit_shortcut;
pub use use_exit_this_page::use_exit_this_page;
pub use use_guarded_route::{use_guarded_route, Shown};
pub use use_save_child_mode::use_save_child_mode;
