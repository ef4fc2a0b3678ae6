//! One question of the benchmark page, drawn with the component, label, hint,
//! width and options its record page gives it (see `pages::questions` and the
//! child, adult, case details, checks, risk, welfare and recommendation pages).

use casevoice_core::choices::{AdultRole, Sex};
use casevoice_core::dates::{DateParts, PartsInError};
use casevoice_core::messages::{hint, problem_text};
use casevoice_core::safeguarding::Harm;
use casevoice_core::{Answer, Msg, ProblemCode, Question};
use yew::prelude::*;

use super::store::BenchHandle;
use crate::components::{DateInput, RadioOption, Radios, TextInput, Textarea};
use crate::hooks::use_messages;
use crate::pages::questions::{options, yes_no_options};

#[derive(Properties, PartialEq)]
pub struct BenchQuestionProps {
    pub store: BenchHandle,
    pub index: usize,
}

/// The change callbacks of one question, made once so that the field
/// component's props are equal from one render to the next.
struct Callbacks {
    text: Callback<String>,
    date: Callback<DateParts>,
    choice: Callback<AttrValue>,
}

/// Renders again only when its own answer or its problem changes: the store
/// calls it then, and nothing else does.
#[function_component(BenchQuestion)]
pub fn bench_question(props: &BenchQuestionProps) -> Html {
    let messages = use_messages();
    let rerender = use_force_update();
    let store = &props.store.0;
    let index = props.index;
    {
        let store = props.store.clone();
        use_effect_with(index, move |&index| {
            store
                .0
                .listen(index, Callback::from(move |()| rerender.force_update()));
        });
    }
    let callbacks = use_memo(index, |&index| {
        let (text, date, choice) = (
            props.store.clone(),
            props.store.clone(),
            props.store.clone(),
        );
        Callbacks {
            text: Callback::from(move |typed| text.0.change(index, Answer::Text(typed))),
            date: Callback::from(move |parts| date.0.change(index, Answer::Date(parts))),
            choice: Callback::from(move |code: AttrValue| {
                choice
                    .0
                    .change(index, Answer::Choice(Some(code.to_string())))
            }),
        }
    });

    let question = store.field(index).question;
    let id = store.id(index);
    let problem = store.shown(index);
    let error = problem.map(|code| AttrValue::from(problem_text(code, messages.lang)));
    // The case number's page words it as its own question.
    let (label, hint) = match question {
        Question::CaseNumber => (Msg::CaseNumberLabel, Some(Msg::CaseNumberHint)),
        _ => (Msg::Label(question), hint(question)),
    };
    let optional = question.is_optional();
    let field = match (kind(question), store.answer(index)) {
        (Kind::Text(width, is_code), Some(Answer::Text(text))) => html! {
            <TextInput {id} {label} {optional} {hint} value={text} {error}
                on_input={callbacks.text.clone()} width={classes!((!width.is_empty()).then_some(width))} {is_code} />
        },
        (Kind::Textarea(rows, limited), Some(Answer::Text(text))) => html! {
            <Textarea {id} {label} {optional} {hint} value={text} {error}
                on_input={callbacks.text.clone()} {rows}
                limit={limited.then(|| question.character_limit()).flatten()} />
        },
        (Kind::Date, Some(Answer::Date(value))) => html! {
            <DateInput {id} legend={label} {optional} {hint} {value} {error}
                error_parts={parts_in_error(problem)} on_change={callbacks.date.clone()} />
        },
        (Kind::Radios(inline), Some(Answer::Choice(selected))) => html! {
            <Radios {id} legend={label} {optional} {hint} options={radio_options(question)} {inline}
                selected={selected.map(AttrValue::from)} {error} on_change={callbacks.choice.clone()} />
        },
        _ => Html::default(),
    };
    html! { <div data-bench-question="">{ field }</div> }
}

/// How a question's record page draws it.
enum Kind {
    /// A GOV.UK width class, and whether the answer is a code (no spellcheck).
    Text(&'static str, bool),
    /// Rows, and whether the character count shows (the long answers).
    Textarea(u32, bool),
    Date,
    /// Whether the options sit side by side.
    Radios(bool),
}

fn kind(question: Question) -> Kind {
    use Question::*;
    match question {
        CaseNumber => Kind::Text("input--width-10", true),
        ChildNhsNumber | ChildPostcode | AdultPostcode => Kind::Text("input--width-10", true),
        ChildUpn => Kind::Text("input--width-20", true),
        Court | ChildSchool | ChildLivesWith | AdultLegalRepresentative => Kind::Text("", false),
        ApplicationDate
        | NextHearingDate
        | ChildDateOfBirth
        | AdultDateOfBirth
        | AdultPoliceRequested
        | AdultPoliceReceived
        | AdultLocalAuthorityRequested
        | AdultLocalAuthorityReceived => Kind::Date,
        ChildSex | ChildInterpreterNeeded | AdultInterpreterNeeded | AdultContactConfidential => {
            Kind::Radios(true)
        }
        ChildHarm | AdultRole | ChildEthnicity => Kind::Radios(false),
        AdultAddress | ChildAddress => Kind::Textarea(3, false),
        ChildWhatIsHappening => Kind::Textarea(5, false),
        Recommendation => Kind::Textarea(10, true),
        q if q.character_limit().is_some() => Kind::Textarea(6, true),
        _ => Kind::Text("input--width-20", false),
    }
}

fn radio_options(question: Question) -> Vec<RadioOption> {
    match question {
        Question::ChildSex => options(Sex::ALL.iter(), Sex::code, Msg::Sex),
        Question::ChildHarm => options(Harm::ALL.iter(), Harm::code, Msg::Harm),
        Question::AdultRole => options(AdultRole::ALL.iter(), AdultRole::code, Msg::AdultRole),
        Question::ChildEthnicity => options(
            casevoice_core::codes::Ethnicity::ALL.iter(),
            casevoice_core::codes::Ethnicity::code,
            Msg::Ethnicity,
        ),
        _ => yes_no_options(),
    }
}

/// The date boxes to mark, as `Submitted::date_parts_in_error` marks them.
fn parts_in_error(problem: Option<ProblemCode>) -> PartsInError {
    let all = |marked| PartsInError {
        day: marked,
        month: marked,
        year: marked,
    };
    match problem {
        Some(ProblemCode::Date(_, problem)) => problem.parts_in_error(),
        Some(_) => all(true),
        None => all(false),
    }
}
