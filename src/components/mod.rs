mod back_link;
mod error_summary;
mod layout;
mod notification;
mod save_failed_notice;
mod save_indicator;
mod text_input;

pub use back_link::BackLink;
pub use error_summary::{focus_field, ErrorSummary, ErrorSummaryProps};
pub use layout::Layout;
pub use notification::Notification;
pub use save_failed_notice::SaveFailedNotice;
pub use save_indicator::SaveIndicator;
pub use text_input::{TextInput, TextInputProps};
