//! One line per question on a page: each method renders a field wired to the
//! record — its id, label, hint, "(optional)", answer, error and change action —
//! all worked out from the [`Field`].

use std::rc::Rc;

use casevoice_core::messages::hint;
use casevoice_core::{CaseRecord, Field, Lang, Msg};
use yew::prelude::*;

use super::form::{Answers, Editor, Submitted};
use crate::components::{Checkboxes, DateInput, RadioOption, Radios, TextInput, Textarea};

pub struct Questions<'a> {
    pub record: &'a Rc<CaseRecord>,
    pub editor: &'a Editor,
    pub submitted: &'a Submitted,
    pub lang: Lang,
}

impl Questions<'_> {
    fn id(&self, field: Field) -> String {
        field.dom_id(self.record).unwrap_or_default()
    }

    fn error(&self, field: Field) -> Option<AttrValue> {
        self.submitted.error(&self.id(field), self.lang)
    }

    /// `width` is a GOV.UK width class such as `input--width-20`, or empty.
    pub fn text(&self, field: Field, width: &'static str) -> Html {
        let q = field.question;
        html! {
            <TextInput id={self.id(field)} label={Msg::Label(q)} optional={q.is_optional()} hint={hint(q)}
                value={Answers(self.record).text(field)} error={self.error(field)}
                on_input={self.editor.on_text(field)} width={classes!((!width.is_empty()).then_some(width))} />
        }
    }

    pub fn code(&self, field: Field, width: &'static str) -> Html {
        let q = field.question;
        html! {
            <TextInput id={self.id(field)} label={Msg::Label(q)} optional={q.is_optional()} hint={hint(q)}
                value={Answers(self.record).text(field)} error={self.error(field)}
                on_input={self.editor.on_text(field)} width={classes!(width)} is_code=true />
        }
    }

    pub fn textarea(&self, field: Field, rows: u32) -> Html {
        let q = field.question;
        html! {
            <Textarea id={self.id(field)} label={Msg::Label(q)} optional={q.is_optional()} hint={hint(q)}
                value={Answers(self.record).text(field)} error={self.error(field)}
                on_input={self.editor.on_text(field)} {rows} />
        }
    }

    pub fn date(&self, field: Field) -> Html {
        let q = field.question;
        let id = self.id(field);
        html! {
            <DateInput id={id.clone()} legend={Msg::Label(q)} optional={q.is_optional()} hint={hint(q)}
                value={Answers(self.record).date(field)} error={self.error(field)}
                error_parts={self.submitted.date_parts_in_error(&id)}
                on_change={self.editor.on_date(field)} />
        }
    }

    pub fn radios(&self, field: Field, options: Vec<RadioOption>, inline: bool) -> Html {
        let q = field.question;
        html! {
            <Radios id={self.id(field)} legend={Msg::Label(q)} optional={q.is_optional()} hint={hint(q)}
                {options} {inline} selected={Answers(self.record).choice(field)} error={self.error(field)}
                on_change={self.editor.on_choice(field)} />
        }
    }

    pub fn checkboxes(
        &self,
        field: Field,
        options: Vec<RadioOption>,
        exclusive: Option<RadioOption>,
        conditional: Option<(AttrValue, Html)>,
    ) -> Html {
        let q = field.question;
        html! {
            <Checkboxes id={self.id(field)} legend={Msg::Label(q)} optional={q.is_optional()} hint={hint(q)}
                {options} {exclusive} {conditional} selected={Answers(self.record).choices(field)}
                error={self.error(field)} on_change={self.editor.on_choices(field)} />
        }
    }

    // Welfare checklist and recommendation
    /// A long answer, with a character count when its question has a limit.
    pub fn long_text(&self, field: Field, rows: u32) -> Html {
        let q = field.question;
        html! {
            <Textarea id={self.id(field)} label={Msg::Label(q)} optional={q.is_optional()} hint={hint(q)}
                value={Answers(self.record).text(field)} error={self.error(field)}
                on_input={self.editor.on_text(field)} limit={q.character_limit()} {rows} />
        }
    }
}

/// The answers of a code list as radio or checkbox options, in list order.
pub fn options<'a, T: Copy + 'a>(
    items: impl IntoIterator<Item = &'a T>,
    code: impl Fn(T) -> &'static str,
    words: impl Fn(T) -> Msg,
) -> Vec<RadioOption> {
    items
        .into_iter()
        .map(|&item| RadioOption::new(code(item), words(item)))
        .collect()
}

/// Yes and no, for yes/no questions.
pub fn yes_no_options() -> Vec<RadioOption> {
    vec![
        RadioOption::new("yes", Msg::Yes),
        RadioOption::new("no", Msg::No),
    ]
}
