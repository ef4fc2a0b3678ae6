//! The benchmark page's record and everything that happens on a change: the
//! real reducer, validation of the whole record, autosave, and a new render of
//! the one question that changed. Questions subscribe to their own slot, so a
//! keystroke re-renders one question, not N.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use casevoice_core::bench_record::BenchForm;
use casevoice_core::{
    apply, validate_record, Answer, CaseRecord, ChangeContext, Field, Problem, ProblemCode,
    RecordAction,
};
use yew::prelude::*;

use crate::autosave::{Autosaver, LastEdit};
use crate::clock;
use casevoice_core::journal::JournalEntry;

/// The record, its page's questions and who is listening.
pub struct BenchStore {
    fields: Vec<Field>,
    /// Each question's DOM id, in page order.
    ids: Vec<AttrValue>,
    index_of: HashMap<String, usize>,
    record: RefCell<Rc<CaseRecord>>,
    /// Set once the page's own database is open; changes made before then are
    /// written with the first change after it.
    autosaver: RefCell<Option<Rc<Autosaver>>>,
    /// Each question's problem as "Check answers" last found it.
    shown: RefCell<Vec<Option<ProblemCode>>>,
    /// The problems "Check answers" last found, on this page's questions.
    checked: RefCell<Vec<Problem>>,
    checks: Cell<u32>,
    /// Each question's re-render, once it has rendered.
    listeners: RefCell<Vec<Option<Callback<()>>>>,
    on_checked: RefCell<Option<Callback<()>>>,
    /// The page's `<main>`, which carries the live figures as attributes.
    pub main: NodeRef,
}

/// The store, shared by the page and its questions: equal only to itself, so a
/// question's props never change.
#[derive(Clone)]
pub struct BenchHandle(pub Rc<BenchStore>);

impl PartialEq for BenchHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl BenchStore {
    pub fn new(form: BenchForm) -> Self {
        let ids: Vec<AttrValue> = form.dom_ids().into_iter().map(AttrValue::from).collect();
        let index_of = ids
            .iter()
            .enumerate()
            .map(|(index, id)| (id.to_string(), index))
            .collect();
        let n = form.fields.len();
        BenchStore {
            fields: form.fields,
            ids,
            index_of,
            record: RefCell::new(Rc::new(form.record)),
            autosaver: RefCell::default(),
            shown: RefCell::new(vec![None; n]),
            checked: RefCell::default(),
            checks: Cell::new(0),
            listeners: RefCell::new(vec![None; n]),
            on_checked: RefCell::default(),
            main: NodeRef::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.fields.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    pub fn field(&self, index: usize) -> Field {
        self.fields[index]
    }

    pub fn id(&self, index: usize) -> AttrValue {
        self.ids[index].clone()
    }

    pub fn answer(&self, index: usize) -> Option<Answer> {
        self.record.borrow().answer(self.fields[index])
    }

    pub fn record(&self) -> Rc<CaseRecord> {
        Rc::clone(&self.record.borrow())
    }

    /// The question's problem as last checked.
    pub fn shown(&self, index: usize) -> Option<ProblemCode> {
        self.shown.borrow()[index]
    }

    pub fn checked(&self) -> (Vec<Problem>, u32) {
        (self.checked.borrow().clone(), self.checks.get())
    }

    pub fn listen(&self, index: usize, rerender: Callback<()>) {
        self.listeners.borrow_mut()[index] = Some(rerender);
    }

    pub fn listen_to_checks(&self, rerender: Callback<()>) {
        *self.on_checked.borrow_mut() = Some(rerender);
    }

    /// Autosave starts; anything changed so far is written now.
    pub fn start_autosave(&self, autosaver: Rc<Autosaver>) {
        autosaver.records_changed(&self.as_records(), None);
        *self.autosaver.borrow_mut() = Some(autosaver);
    }

    fn as_records(&self) -> BTreeMap<uuid::Uuid, Rc<CaseRecord>> {
        let record = self.record();
        BTreeMap::from([(record.id, record)])
    }

    /// An answer given to the question at `index`: applied by the real reducer,
    /// the whole record validated (as "Check your answers" validates it), the
    /// record handed to autosave, and the question rendered again.
    pub fn change(&self, index: usize, answer: Answer) {
        let context = ChangeContext {
            at: clock::now(),
            by: String::new(),
        };
        let before = self.record();
        let action = RecordAction::Set(self.fields[index], answer);
        let entry = JournalEntry::for_action(before.id, before.revision + 1, &action, &context);
        let mut record = CaseRecord::clone(&before);
        if !apply(&mut record, action, &context) {
            return;
        }
        let after = Rc::new(record);
        *self.record.borrow_mut() = Rc::clone(&after);
        let edit = LastEdit::new(before, after, entry);
        let problems = validate_record(&self.record.borrow(), clock::today());
        self.mark("data-bench-problems", problems.len());
        if let Some(autosaver) = self.autosaver.borrow().as_ref() {
            autosaver.records_changed(&self.as_records(), edit.as_ref());
        }
        let listener = self.listeners.borrow()[index].clone();
        if let Some(rerender) = listener {
            rerender.emit(());
        }
    }

    /// "Check answers": validates the whole record and shows each question's
    /// first problem and the summary; only the questions whose problem changed
    /// render again.
    pub fn check(&self) {
        let problems: Vec<Problem> = validate_record(&self.record.borrow(), clock::today())
            .into_iter()
            .filter(|p| self.index_of.contains_key(&p.field))
            .collect();
        let mut now_shown = vec![None; self.fields.len()];
        for problem in &problems {
            if let Some(&index) = self.index_of.get(&problem.field) {
                now_shown[index].get_or_insert(problem.code);
            }
        }
        let before = std::mem::replace(&mut *self.shown.borrow_mut(), now_shown.clone());
        *self.checked.borrow_mut() = problems;
        self.checks.set(self.checks.get() + 1);
        let listeners = self.listeners.borrow().clone();
        for (index, rerender) in listeners.iter().enumerate() {
            if before[index] != now_shown[index] {
                if let Some(rerender) = rerender {
                    rerender.emit(());
                }
            }
        }
        let on_checked = self.on_checked.borrow().clone();
        if let Some(rerender) = on_checked {
            rerender.emit(());
        }
    }

    /// Puts a figure on `<main>` for the benchmark to read, without rendering
    /// the page again.
    pub fn mark(&self, name: &str, value: impl ToString) {
        if let Some(main) = self.main.cast::<web_sys::Element>() {
            let _ = main.set_attribute(name, &value.to_string());
        }
    }
}
