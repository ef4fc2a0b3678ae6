mod use_messages;
mod use_title;

pub use use_messages::{use_messages, Messages};
pub use use_title::use_title;
