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

#[cfg(test)]
mod tests {
    use casevoice_core::choices::Sex;
    use casevoice_core::codes::Disability;
    use casevoice_core::dates::DateParts;
    use casevoice_core::{apply, Answer, ChangeContext, Question, RecordAction};
    use time::macros::datetime;
    use uuid::Uuid;

    use super::*;

    fn act(record: &CaseRecord, action: RecordAction) -> Rc<CaseRecord> {
        let mut next = record.clone();
        let context = ChangeContext {
            at: datetime!(2026-11-27 09:00 UTC),
            by: "Practitioner".into(),
        };
        assert!(apply(&mut next, action, &context));
        Rc::new(next)
    }

    /// Every kind of question on one child's page, as the page renders them.
    fn page(record: &Rc<CaseRecord>, editor: &Editor, child: Uuid) -> Vec<(Question, Html)> {
        let submitted = Submitted::default();
        let q = Questions {
            record,
            editor,
            submitted: &submitted,
            lang: Lang::En,
        };
        let field = |question| Field::child(child, question);
        let sexes = options(Sex::ALL.iter(), Sex::code, Msg::Sex);
        let disabilities = options(Disability::ALL.iter(), Disability::code, Msg::Disability);
        vec![
            (
                Question::ChildFirstNames,
                q.text(field(Question::ChildFirstNames), "input--width-20"),
            ),
            (
                Question::ChildLastName,
                q.text(field(Question::ChildLastName), "input--width-20"),
            ),
            (
                Question::ChildDateOfBirth,
                q.date(field(Question::ChildDateOfBirth)),
            ),
            (
                Question::ChildSex,
                q.radios(field(Question::ChildSex), sexes, true),
            ),
            (
                Question::ChildDisabilities,
                q.checkboxes(field(Question::ChildDisabilities), disabilities, None, None),
            ),
            (
                Question::ChildNhsNumber,
                q.code(field(Question::ChildNhsNumber), "input--width-10"),
            ),
            (
                Question::ChildAddress,
                q.textarea(field(Question::ChildAddress), 3),
            ),
            (
                Question::ChildLivesWith,
                q.long_text(field(Question::ChildLivesWith), 3),
            ),
        ]
    }

    /// A keystroke changes one answer; every other question's virtual node is
    /// equal to the one before, so Yew re-renders only the field typed into.
    #[test]
    fn a_change_to_one_answer_leaves_every_other_field_equal() {
        let child = Uuid::from_u128(7);
        let empty = CaseRecord::new(Uuid::from_u128(1), datetime!(2026-11-27 08:00 UTC));
        let before = act(&empty, RecordAction::AddChild { id: child });
        let editor = Editor::new(None, before.id);
        let changes = [
            (Question::ChildFirstNames, Answer::Text("Amy".into())),
            (
                Question::ChildDateOfBirth,
                Answer::Date(DateParts {
                    day: "3".into(),
                    month: "4".into(),
                    year: "2019".into(),
                }),
            ),
            (
                Question::ChildSex,
                Answer::Choice(Some(Sex::ALL[0].code().into())),
            ),
            (
                Question::ChildDisabilities,
                Answer::Choices(vec![Disability::Mobility.code().into()]),
            ),
            (Question::ChildAddress, Answer::Text("1 High Street".into())),
        ];
        for (changed, answer) in changes {
            let after = act(
                &before,
                RecordAction::Set(Field::child(child, changed), answer),
            );
            let (old, new) = (page(&before, &editor, child), page(&after, &editor, child));
            for ((question, old), (_, new)) in old.iter().zip(&new) {
                assert_eq!(
                    old == new,
                    *question != changed,
                    "{question:?} after a change to {changed:?}"
                );
            }
        }
    }

    #[test]
    fn an_editor_gives_one_callback_per_field_and_kind() {
        let editor = Editor::new(None, Uuid::from_u128(1));
        let first = Field::child(Uuid::from_u128(7), Question::ChildFirstNames);
        let last = Field::child(Uuid::from_u128(7), Question::ChildLastName);
        assert_eq!(editor.on_text(first), editor.on_text(first));
        assert_eq!(editor.clone().on_text(first), editor.on_text(first));
        assert_ne!(editor.on_text(first), editor.on_text(last));
        assert_eq!(editor.on_date(first), editor.on_date(first));
        assert_eq!(editor.on_choice(first), editor.on_choice(first));
        assert_eq!(editor.on_choices(first), editor.on_choices(first));
        // Another editor (another page) makes its own.
        assert_ne!(
            Editor::new(None, Uuid::from_u128(1)).on_text(first),
            editor.on_text(first)
        );
    }
}
