use std::cell::RefCell;
use std::rc::Rc;

use casevoice_core::{Lang, Msg};
use yew::prelude::*;

use crate::hooks::use_messages;
use crate::speech::{self, SpeechProblem};

#[derive(Properties, PartialEq, Clone)]
pub struct ReadAloudButtonProps {
    /// The id of the element whose words are read: the screen's main content.
    pub target: AttrValue,
    /// Reads the screen as soon as it is shown, for children who cannot read yet.
    #[prop_or_default]
    pub auto: bool,
    /// Changes when the screen's words change while the button stays (the next
    /// question in the same place), so that `auto` reads the new words too.
    #[prop_or_default]
    pub content_key: AttrValue,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Idle,
    Reading,
    Problem(SpeechProblem),
}

/// A large "Read this to me" button that reads the target's visible words aloud in
/// the user's language, and stops when pressed again. The button, and the message
/// under it, are left out of what is read. Where the device cannot read aloud it
/// says so in a status message and asks the child to ask the adult with them.
#[function_component(ReadAloudButton)]
pub fn read_aloud_button(props: &ReadAloudButtonProps) -> Html {
    let messages = use_messages();
    let status = use_state_eq(|| Status::Idle);
    // Whether the reading going on was started here: leaving the screen stops this
    // button's reading, never the next screen's.
    let reading_ours = use_mut_ref(|| false);

    {
        let reading_ours = reading_ours.clone();
        use_effect_with((), move |_| {
            speech::is_supported();
            move || {
                if *reading_ours.borrow() {
                    speech::stop();
                }
            }
        });
    }
    {
        let reader = Reader::new(messages.lang, &status, &reading_ours);
        use_effect_with(
            (props.target.clone(), props.content_key.clone(), props.auto),
            move |(target, _, auto)| {
                if *auto {
                    reader.read(target);
                }
            },
        );
    }

    let reading = *status == Status::Reading;
    let on_click = {
        let reader = Reader::new(messages.lang, &status, &reading_ours);
        let target = props.target.clone();
        Callback::from(move |_: MouseEvent| {
            if reading {
                speech::stop();
                reader.status.set(Status::Idle);
            } else {
                reader.read(&target);
            }
        })
    };
    let (icon, label) = if reading {
        ("⏹", Msg::ReadAloudStop)
    } else {
        ("🔊", Msg::ReadAloud)
    };
    let message = match *status {
        Status::Problem(SpeechProblem::NotSupported) => messages.t(Msg::ReadAloudNotSupported),
        Status::Problem(SpeechProblem::NoVoice) => messages.t(Msg::ReadAloudNoVoice),
        Status::Idle | Status::Reading => "",
    };
    html! {
        <div class="read-aloud" data-read-aloud="skip">
            <button type="button" class="read-aloud__button" onclick={on_click}>
                <span class="read-aloud__icon" aria-hidden="true">{ icon }</span>
                <span>{ messages.t(label) }</span>
            </button>
            // Always in the page, so that filling it is announced.
            <p class="read-aloud__message" role="status">{ message }</p>
        </div>
    }
}

/// What starting a reading needs, gathered once for the button and the effect.
struct Reader {
    lang: Lang,
    status: UseStateSetter<Status>,
    reading_ours: Rc<RefCell<bool>>,
}

impl Reader {
    fn new(lang: Lang, status: &UseStateHandle<Status>, reading_ours: &Rc<RefCell<bool>>) -> Self {
        Reader {
            lang,
            status: status.setter(),
            reading_ours: reading_ours.clone(),
        }
    }

    /// Reads the element `target`'s words now; nothing happens if it has none.
    fn read(&self, target: &str) {
        let Some(text) = speech::screen_text(target).filter(|text| !text.is_empty()) else {
            return;
        };
        let on_end = {
            let status = self.status.clone();
            let reading_ours = self.reading_ours.clone();
            move |outcome: Result<(), SpeechProblem>| {
                *reading_ours.borrow_mut() = false;
                status.set(match outcome {
                    Ok(()) => Status::Idle,
                    Err(problem) => Status::Problem(problem),
                });
            }
        };
        match speech::speak_then(&text, self.lang, on_end) {
            Ok(()) => {
                *self.reading_ours.borrow_mut() = true;
                self.status.set(Status::Reading);
            }
            Err(problem) => self.status.set(Status::Problem(problem)),
        }
    }
}
