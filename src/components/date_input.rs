use casevoice_core::dates::{DateParts, PartsInError};
use casevoice_core::Msg;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field_parts::Fieldset;
use crate::hooks::use_messages;

const NO_PARTS: PartsInError = PartsInError {
    day: false,
    month: false,
    year: false,
};

#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    /// The field's id: the day box's id, which error summary links point at.
    pub id: AttrValue,
    pub legend: Msg,
    #[prop_or_default]
    pub legend_is_page_heading: bool,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub hint: Option<Msg>,
    /// The inline error, worded by the page because it names the date.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The boxes to mark, while there is an `error` to explain why.
    #[prop_or(NO_PARTS)]
    pub error_parts: PartsInError,
    pub value: DateParts,
    /// The three boxes after each keystroke, with the edited one replaced.
    pub on_change: Callback<DateParts>,
    /// An autocomplete token such as `bday`, giving `bday-day`, `bday-month` and
    /// `bday-year`.
    #[prop_or_default]
    pub autocomplete_prefix: Option<AttrValue>,
}

#[derive(Clone, Copy)]
enum Part {
    Day,
    Month,
    Year,
}

impl Part {
    const ALL: [Part; 3] = [Part::Day, Part::Month, Part::Year];

    fn name(self) -> &'static str {
        match self {
            Part::Day => "day",
            Part::Month => "month",
            Part::Year => "year",
        }
    }

    fn label(self) -> Msg {
        match self {
            Part::Day => Msg::DateDay,
            Part::Month => Msg::DateMonth,
            Part::Year => Msg::DateYear,
        }
    }

    /// GOV.UK's widths: two characters for day and month, four for the year.
    fn width(self) -> &'static str {
        match self {
            Part::Day | Part::Month => "input--width-2",
            Part::Year => "input--width-4",
        }
    }

    fn in_error(self, parts: PartsInError) -> bool {
        match self {
            Part::Day => parts.day,
            Part::Month => parts.month,
            Part::Year => parts.year,
        }
    }

    fn typed(self, value: &DateParts) -> &str {
        match self {
            Part::Day => &value.day,
            Part::Month => &value.month,
            Part::Year => &value.year,
        }
    }

    fn replaced(self, value: &DateParts, typed: String) -> DateParts {
        let mut value = value.clone();
        match self {
            Part::Day => value.day = typed,
            Part::Month => value.month = typed,
            Part::Year => value.year = typed,
        }
        value
    }

    /// The day box carries the field's own id, so a link to the field lands in it.
    fn box_id(self, id: &str) -> String {
        match self {
            Part::Day => id.to_string(),
            _ => format!("{id}-{}", self.name()),
        }
    }
}

/// A GOV.UK date input: day, month and year boxes under one legend. Focus never
/// jumps between boxes on its own, and there is no pattern attribute, because the
/// month may be typed as a name ("jan", "January").
#[function_component(DateInput)]
pub fn date_input(props: &DateInputProps) -> Html {
    let messages = use_messages();
    let error_parts = if props.error.is_some() {
        props.error_parts
    } else {
        NO_PARTS
    };
    let date_box = |part: Part| {
        let box_id = part.box_id(&props.id);
        let in_error = part.in_error(error_parts);
        let on_change = props.on_change.clone();
        let value = props.value.clone();
        let oninput = Callback::from(move |event: InputEvent| {
            let typed = event.target_unchecked_into::<HtmlInputElement>().value();
            on_change.emit(part.replaced(&value, typed));
        });
        html! {
            <div class="date-input__item">
                <label class="label date-input__label" for={box_id.clone()}>{ messages.t(part.label()) }</label>
                <input
                    class={classes!("input", "date-input__input", part.width(), in_error.then_some("input--error"))}
                    id={box_id}
                    name={format!("{}-{}", props.id, part.name())}
                    type="text"
                    inputmode="numeric"
                    value={part.typed(&props.value).to_string()}
                    autocomplete={props.autocomplete_prefix.as_ref().map_or_else(|| "off".to_string(), |p| format!("{p}-{}", part.name()))}
                    aria-invalid={in_error.then_some("true")}
                    {oninput}
                />
            </div>
        }
    };
    html! {
        <Fieldset
            id={props.id.clone()}
            legend={props.legend}
            optional={props.optional}
            legend_is_page_heading={props.legend_is_page_heading}
            hint={props.hint}
            error={props.error.clone()}
            is_group=true
        >
            <div class="date-input">
                { for Part::ALL.into_iter().map(date_box) }
            </div>
        </Fieldset>
    }
}
