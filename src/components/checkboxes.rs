use casevoice_core::Msg;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_parts::Fieldset;
use super::radios::{choice_item, conditional_for, option_id, Choice, ChoiceKind, RadioOption};
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct CheckboxesProps {
    /// The field's id: the first checkbox's id, which error summary links point at.
    pub id: AttrValue,
    pub legend: Msg,
    #[prop_or_default]
    pub legend_is_page_heading: bool,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub hint: Option<Msg>,
    /// The inline error, already worded by the page.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub options: Vec<RadioOption>,
    #[prop_or_default]
    pub selected: Vec<AttrValue>,
    /// The whole selection after each change, in the order the options are shown.
    pub on_change: Callback<Vec<AttrValue>>,
    /// The answer that rules out all the others ("None of these"), shown last
    /// after "or".
    #[prop_or_default]
    pub exclusive: Option<RadioOption>,
    /// Content shown under the option with this value only while it is ticked.
    #[prop_or_default]
    pub conditional: Option<(AttrValue, Html)>,
}

/// GOV.UK checkboxes, with the "None" pattern: ticking the exclusive answer
/// unticks the rest, and ticking any other unticks it.
#[function_component(Checkboxes)]
pub fn checkboxes(props: &CheckboxesProps) -> Html {
    let messages = use_messages();
    let item = |index: usize, option: &RadioOption| {
        let on_change = props.on_change.clone();
        let options = props.options.clone();
        let exclusive = props.exclusive.clone();
        let selected = props.selected.clone();
        let value = option.value.clone();
        let onchange = Callback::from(move |event: Event| {
            let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
            on_change.emit(next_selection(
                &options,
                exclusive.as_ref(),
                &selected,
                &value,
                checked,
            ));
        });
        choice_item(
            messages,
            Choice {
                kind: ChoiceKind::Checkbox,
                id: option_id(&props.id, index),
                name: &props.id,
                option,
                checked: props.selected.contains(&option.value),
                onchange,
                conditional: conditional_for(&props.conditional, option),
            },
        )
    };
    let items = props.options.iter().enumerate().map(|(i, o)| item(i, o));
    html! {
        <Fieldset
            id={props.id.clone()}
            legend={props.legend}
            optional={props.optional}
            legend_is_page_heading={props.legend_is_page_heading}
            hint={props.hint}
            error={props.error.clone()}
        >
            <div class="checkboxes">
                { for items }
                if let Some(exclusive) = &props.exclusive {
                    <div class="checkboxes__divider">{ messages.t(Msg::Or) }</div>
                    { item(props.options.len(), exclusive) }
                }
            </div>
        </Fieldset>
    }
}

/// The selection once `value` is ticked (`checked`) or unticked: in option order,
/// the exclusive answer last. Stored values no longer offered are kept after them,
/// so that a click on another box never drops an answer the user cannot see; only
/// ticking the exclusive answer, which rules out everything else, clears them.
fn next_selection(
    options: &[RadioOption],
    exclusive: Option<&RadioOption>,
    selected: &[AttrValue],
    value: &AttrValue,
    checked: bool,
) -> Vec<AttrValue> {
    let is_exclusive = |v: &AttrValue| exclusive.is_some_and(|e| e.value == *v);
    if checked && is_exclusive(value) {
        return vec![value.clone()];
    }
    let is_ticked = |v: &AttrValue| {
        if v == value {
            checked
        } else {
            selected.contains(v) && !(checked && is_exclusive(v))
        }
    };
    let offered = options.iter().chain(exclusive).map(|o| &o.value);
    let unknown = selected
        .iter()
        .filter(|v| !options.iter().chain(exclusive).any(|o| o.value == **v));
    offered
        .filter(|v| is_ticked(v))
        .chain(unknown)
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use casevoice_core::codes::Disability;

    fn options() -> Vec<RadioOption> {
        [
            Disability::Mobility,
            Disability::Hearing,
            Disability::Vision,
        ]
        .iter()
        .map(|d| RadioOption::new(d.code(), Msg::Disability(*d)))
        .collect()
    }

    fn none() -> RadioOption {
        RadioOption::new("NONE", Msg::Disability(Disability::NoDisability))
    }

    fn values(list: &[&'static str]) -> Vec<AttrValue> {
        list.iter().map(|v| AttrValue::from(*v)).collect()
    }

    fn tick(selected: &[&'static str], value: &'static str, checked: bool) -> Vec<AttrValue> {
        next_selection(
            &options(),
            Some(&none()),
            &values(selected),
            &value.into(),
            checked,
        )
    }

    #[test]
    fn ticking_keeps_the_options_order() {
        assert_eq!(tick(&["VIS"], "MOB", true), values(&["MOB", "VIS"]));
        assert_eq!(tick(&["MOB", "VIS"], "MOB", false), values(&["VIS"]));
    }

    #[test]
    fn the_exclusive_answer_and_the_others_rule_each_other_out() {
        assert_eq!(tick(&["MOB", "VIS"], "NONE", true), values(&["NONE"]));
        assert_eq!(tick(&["NONE"], "HEAR", true), values(&["HEAR"]));
        assert_eq!(tick(&["NONE"], "NONE", false), values(&[]));
    }

    #[test]
    fn stored_answers_no_longer_offered_are_kept() {
        assert_eq!(tick(&["OLD"], "VIS", true), values(&["VIS", "OLD"]));
    }
}
