use casevoice_core::{Lang, Msg};
use yew::prelude::*;

/// The message catalogue in the user's language. Components take words only from
/// here, so switching language is a change of context, not of components.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Messages {
    pub lang: Lang,
}

impl Messages {
    pub fn t(&self, msg: impl Into<Msg>) -> &'static str {
        msg.into().text(self.lang)
    }
}

#[hook]
pub fn use_messages() -> Messages {
    use_context::<Messages>().unwrap_or_default()
}
