//! What every question page shares: answers read from the record, changes sent
//! as actions, and the problems found when the page was last saved.

use std::cell::RefCell;
use std::rc::Rc;

use casevoice_core::dates::{DateParts, PartsInError};
use casevoice_core::messages::problem_text;
use casevoice_core::{
    validate_page, Answer, CaseRecord, Field, Lang, Msg, PageId, Problem, ProblemCode, RecordAction,
};
use uuid::Uuid;
use yew::prelude::*;

use crate::clock;
use crate::hooks::use_title;
use crate::router::{use_navigate, Route};
use crate::state::{AppAction, AppContext, AppState};

/// Problems found when the page was last saved; they stay on show until the next
/// save, as GOV.UK forms do, rather than changing while the user types.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Submitted {
    pub problems: Vec<Problem>,
    /// Changes on every save, so the error summary takes focus again each time.
    pub count: u32,
}

impl Submitted {
    /// The worded problem for the input with this id, if it has one.
    pub fn error(&self, id: &str, lang: Lang) -> Option<AttrValue> {
        self.problem(id).map(|p| problem_text(p.code, lang).into())
    }

    /// The date boxes to mark for the date input with this id.
    pub fn date_parts_in_error(&self, id: &str) -> PartsInError {
        match self.problem(id).map(|p| p.code) {
            Some(ProblemCode::Date(_, problem)) => problem.parts_in_error(),
            Some(_) => PartsInError {
                day: true,
                month: true,
                year: true,
            },
            None => PartsInError {
                day: false,
                month: false,
                year: false,
            },
        }
    }

    fn problem(&self, id: &str) -> Option<&Problem> {
        self.problems.iter().find(|p| p.field == id)
    }
}

/// Sends a record's changes to the app state: one callback per kind of answer.
///
/// A field's callback is made once and kept (`use_editor`), so the field's props
/// are equal from one render to the next unless its answer or error changed, and
/// Yew re-renders only that field: a keystroke re-renders its own input, not
/// every question on the page (README, "Typing on the real pages").
#[derive(Clone)]
pub struct Editor {
    sender: Sender,
    made: Rc<MadeCallbacks>,
}

impl PartialEq for Editor {
    fn eq(&self, other: &Self) -> bool {
        self.sender == other.sender && Rc::ptr_eq(&self.made, &other.made)
    }
}

/// Where a record's actions go. The kept callbacks hold this, not the editor,
/// so that they and the editor's store of them do not keep each other alive.
#[derive(Clone, PartialEq)]
struct Sender {
    dispatch: Option<UseReducerDispatcher<AppState>>,
    record: Uuid,
}

impl Sender {
    fn act(&self, action: RecordAction) {
        if let Some(dispatch) = &self.dispatch {
            dispatch.dispatch(AppAction::Edit {
                id: self.record,
                action,
                at: clock::now(),
            });
        }
    }
}

/// The callbacks an editor has made, one per field and kind of answer.
#[derive(Default)]
struct MadeCallbacks {
    text: Kept<String>,
    date: Kept<DateParts>,
    choice: Kept<AttrValue>,
    choices: Kept<Vec<AttrValue>>,
}

/// A page has a few dozen fields at most, so a list is enough (and smaller in
/// the wasm than a map per kind of answer).
type Kept<T> = RefCell<Vec<(Field, Callback<T>)>>;

/// The callback kept for `field`, made by `make` the first time it is asked for.
fn kept<T: 'static>(
    made: &Kept<T>,
    field: Field,
    make: impl FnOnce() -> Callback<T>,
) -> Callback<T> {
    let mut made = made.borrow_mut();
    if let Some((_, callback)) = made.iter().find(|(kept, _)| *kept == field) {
        return callback.clone();
    }
    let callback = make();
    made.push((field, callback.clone()));
    callback
}

impl Editor {
    /// An editor of its own, whose callbacks last only as long as it does: for
    /// pages whose callbacks go to buttons and links rather than to fields.
    /// Question pages get theirs from `use_page_form`, which keeps one across renders.
    pub fn new(app: Option<AppContext>, record: Uuid) -> Self {
        Self::with_dispatcher(app.map(|app| app.dispatcher()), record)
    }

    fn with_dispatcher(dispatch: Option<UseReducerDispatcher<AppState>>, record: Uuid) -> Self {
        Editor {
            sender: Sender { dispatch, record },
            made: Rc::default(),
        }
    }

    pub fn act(&self, action: RecordAction) {
        self.sender.act(action);
    }

    pub fn on_text(&self, field: Field) -> Callback<String> {
        kept(&self.made.text, field, || {
            let sender = self.sender.clone();
            Callback::from(move |text| sender.act(RecordAction::Set(field, Answer::Text(text))))
        })
    }

    pub fn on_date(&self, field: Field) -> Callback<DateParts> {
        kept(&self.made.date, field, || {
            let sender = self.sender.clone();
            Callback::from(move |parts| sender.act(RecordAction::Set(field, Answer::Date(parts))))
        })
    }

    pub fn on_choice(&self, field: Field) -> Callback<AttrValue> {
        kept(&self.made.choice, field, || {
            let sender = self.sender.clone();
            Callback::from(move |code: AttrValue| {
                sender.act(RecordAction::Set(
                    field,
                    Answer::Choice(Some(code.to_string())),
                ))
            })
        })
    }

    pub fn on_choices(&self, field: Field) -> Callback<Vec<AttrValue>> {
        kept(&self.made.choices, field, || {
            let sender = self.sender.clone();
            Callback::from(move |codes: Vec<AttrValue>| {
                let codes = codes.iter().map(|c| c.to_string()).collect();
                sender.act(RecordAction::Set(field, Answer::Choices(codes)))
            })
        })
    }

    /// Validates the page; when it passes, stores its answers in standard form and
    /// goes on. Either way the page shows what was found.
    pub fn save_page(
        &self,
        page: PageId,
        record: &CaseRecord,
        submitted: &UseStateHandle<Submitted>,
        on_passed: impl FnOnce(),
    ) {
        let problems = validate_page(page, record, clock::today());
        let passed = problems.is_empty();
        submitted.set(Submitted {
            problems,
            count: submitted.count + 1,
        });
        if passed {
            self.act(RecordAction::SubmitPage(page));
            on_passed();
        }
    }
}

/// The record's editor for a question page, the same from one render to the
/// next (and so its callbacks) while the record and the app's dispatcher are.
#[hook]
fn use_editor(app: Option<&AppContext>, record: Uuid) -> Editor {
    let dispatch = app.map(|app| app.dispatcher());
    (*use_memo((dispatch, record), |(dispatch, record)| {
        Editor::with_dispatcher(dispatch.clone(), *record)
    }))
    .clone()
}

/// What a question page needs: a way to change the record, what its last save
/// found, and the submit handler that validates the page and moves on to `next`.
pub struct PageForm {
    pub editor: Editor,
    pub submitted: UseStateHandle<Submitted>,
    pub onsubmit: Callback<SubmitEvent>,
}

#[hook]
pub fn use_page_form(record: &Rc<CaseRecord>, page: PageId, title: Msg, next: Route) -> PageForm {
    let app = use_context::<AppContext>();
    // Reached from "Check your answers": saving goes back there.
    let returning = app
        .as_ref()
        .is_some_and(|app| app.return_to_check == Some(record.id));
    let next = if returning {
        Route::CheckAnswers(record.id)
    } else {
        next
    };
    let editor = use_editor(app.as_ref(), record.id);
    let navigate = use_navigate();
    let submitted = use_state(Submitted::default);
    use_title(title, !submitted.problems.is_empty());
    let onsubmit = {
        let (editor, record, submitted) = (editor.clone(), Rc::clone(record), submitted.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            editor.save_page(page, &record, &submitted, || {
                if let (true, Some(app)) = (returning, &app) {
                    app.dispatch(AppAction::ReturnToCheck(None));
                }
                navigate.emit(next)
            });
        })
    };
    PageForm {
        editor,
        submitted,
        onsubmit,
    }
}

/// Answers of each kind, read from the record for a page's inputs.
pub struct Answers<'a>(pub &'a Rc<CaseRecord>);

impl Answers<'_> {
    pub fn text(&self, field: Field) -> AttrValue {
        match self.0.answer(field) {
            Some(Answer::Text(text)) => text.into(),
            _ => AttrValue::default(),
        }
    }

    pub fn date(&self, field: Field) -> DateParts {
        match self.0.answer(field) {
            Some(Answer::Date(parts)) => parts,
            _ => DateParts::default(),
        }
    }

    pub fn choice(&self, field: Field) -> Option<AttrValue> {
        match self.0.answer(field) {
            Some(Answer::Choice(choice)) => choice.map(AttrValue::from),
            _ => None,
        }
    }

    pub fn choices(&self, field: Field) -> Vec<AttrValue> {
        match self.0.answer(field) {
            Some(Answer::Choices(codes)) => codes.into_iter().map(AttrValue::from).collect(),
            _ => Vec::new(),
        }
    }
}
