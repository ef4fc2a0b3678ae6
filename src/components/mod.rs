mod back_link;
mod error_summary;
mod layout;
mod notification;
mod text_input;

pub use back_link::BackLink;
pub use error_summary::{focus_field, ErrorSummary, ErrorSummaryProps};
pub use layout::Layout;
pub use notification::Notification;
pub use text_input::{TextInput, TextInputProps};
