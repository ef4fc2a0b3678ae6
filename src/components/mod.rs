mod back_link;
mod checkboxes;
mod date_input;
mod drawing_pad;
mod error_summary;
mod field_parts;
mod layout;
mod notification;
mod radios;
mod read_aloud_button;
mod save_failed_notice;
mod save_indicator;
mod success_banner;
mod text_input;
mod textarea;

pub use back_link::BackLink;
pub use checkboxes::{Checkboxes, CheckboxesProps};
pub use date_input::{DateInput, DateInputProps};
pub use error_summary::{focus_field, with_subject, ErrorSummary, ErrorSummaryProps};
pub use layout::Layout;
pub use notification::Notification;
pub use radios::{RadioOption, Radios, RadiosProps};
pub use read_aloud_button::{ReadAloudButton, ReadAloudButtonProps};
pub use save_failed_notice::SaveFailedNotice;
pub use save_indicator::SaveIndicator;
pub use text_input::{TextInput, TextInputProps};
pub use textarea::{Textarea, TextareaProps};

// Added with the settings page and the case records list.
pub use success_banner::SuccessBanner;

// Added with the drawing pad.
pub use drawing_pad::{DrawingPad, DrawingPadProps};

// Child mode safety
mod form_error_summary;
mod pin_input;
pub use form_error_summary::{FormErrorSummary, FormErrorSummaryProps};
pub use layout::MAIN_ID;
pub use pin_input::{PinInput, PinInputProps};
// Protect the data
mod passphrase_input;
pub use passphrase_input::{PassphraseInput, PassphraseInputProps};
mod number_input;
pub use number_input::{NumberInput, NumberInputProps};
// Accessibility
mod footer;
pub use footer::Footer;
mod idle_lock_warning;
pub use idle_lock_warning::IdleLockWarning;
// Welsh
mod language_switch;
pub use language_switch::LanguageSwitch;
// Offline
mod update_notice;
pub use update_notice::UpdateNotice;
// A failure of casevoice itself
mod stopped_notice;
pub use stopped_notice::{StoppedNotice, STOPPED_NOTICE_ID};
// Case audit
mod select;
pub use select::{Select, SelectOption, SelectProps};
