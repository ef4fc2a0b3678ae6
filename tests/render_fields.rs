//! Native render tests of the form fields: each rendered to HTML with Yew's server
//! renderer and read the way assistive technology reads it — legends, labels,
//! ids, `aria-*` attributes and the words shown.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::components::{
    Checkboxes, CheckboxesProps, DateInput, DateInputProps, RadioOption, Radios, RadiosProps,
    TextInput, TextInputProps, Textarea, TextareaProps,
};
use casevoice_core::codes::{Disability, Ethnicity};
use casevoice_core::dates::{DateParts, PartsInError};
use casevoice_core::Msg;
use scraper::{ElementRef, Selector};
use yew::{props, AttrValue, Callback};

fn has_class(element: ElementRef, class: &str) -> bool {
    element.value().classes().any(|c| c == class)
}

const ERROR: &str = "Date of birth must include a month";

fn date_of_birth(error: bool, legend_is_page_heading: bool) -> DateInputProps {
    props!(DateInputProps {
        id: "child-dob",
        legend: Msg::CaseNumberLabel,
        legend_is_page_heading,
        hint: Some(Msg::CaseNumberHint),
        error: error.then_some(ERROR),
        error_parts: PartsInError {
            day: false,
            month: true,
            year: false,
        },
        value: DateParts {
            day: "3".into(),
            month: String::new(),
            year: "2019".into(),
        },
        on_change: Callback::noop(),
        autocomplete_prefix: Some("bday"),
    })
}

#[tokio::test]
async fn a_date_input_is_a_described_group_of_three_labelled_boxes() {
    let page = render::<DateInput>(|| date_of_birth(false, true)).await;
    let fieldset = one(&page, "fieldset");
    assert_eq!(fieldset.attr("role"), Some("group"));
    assert_eq!(fieldset.attr("aria-describedby"), Some("child-dob-hint"));
    assert_eq!(text(one(&page, "legend > h1")), "Case number");
    assert!(has_class(one(&page, "legend"), "fieldset__legend--l"));
    let labels: Vec<(String, Option<&str>)> = page
        .select(&Selector::parse("label").unwrap())
        .map(|l| (text(l), l.attr("for")))
        .collect();
    assert_eq!(
        labels,
        [
            ("Day".to_string(), Some("child-dob")),
            ("Month".to_string(), Some("child-dob-month")),
            ("Year".to_string(), Some("child-dob-year")),
        ]
    );
    for (id, width, value, autocomplete) in [
        ("child-dob", "input--width-2", "3", "bday-day"),
        ("child-dob-month", "input--width-2", "", "bday-month"),
        ("child-dob-year", "input--width-4", "2019", "bday-year"),
    ] {
        let input = one(&page, &format!("input#{id}"));
        assert_eq!(input.attr("type"), Some("text"));
        assert_eq!(input.attr("inputmode"), Some("numeric"));
        assert_eq!(input.attr("pattern"), None);
        assert_eq!(input.attr("value").unwrap_or_default(), value);
        assert_eq!(input.attr("autocomplete"), Some(autocomplete));
        assert!(has_class(input, width));
        assert_eq!(input.attr("aria-invalid"), None);
    }
    assert_eq!(count(&page, ".error-message"), 0);
}

#[tokio::test]
async fn a_date_in_error_marks_only_the_boxes_in_error() {
    let page = render::<DateInput>(|| date_of_birth(true, false)).await;
    assert_eq!(
        one(&page, "fieldset").attr("aria-describedby"),
        Some("child-dob-hint child-dob-error")
    );
    assert_eq!(
        text(one(&page, "#child-dob-error")),
        format!("Error: {ERROR}")
    );
    assert_eq!(
        text(one(&page, "#child-dob-error .visually-hidden")),
        "Error:"
    );
    assert_eq!(count(&page, ".form-group--error"), 1);
    let invalid: Vec<&str> = page
        .select(&Selector::parse("input[aria-invalid=true]").unwrap())
        .filter_map(|i| i.attr("id"))
        .collect();
    assert_eq!(invalid, ["child-dob-month"]);
    assert!(has_class(one(&page, "#child-dob-month"), "input--error"));
    assert!(!has_class(one(&page, "#child-dob"), "input--error"));
    assert_eq!(count(&page, "h1"), 0);
    assert_eq!(text(one(&page, "legend")), "Case number");
}

#[tokio::test]
async fn an_optional_date_says_so_and_turns_autocomplete_off_unless_asked() {
    let page = render::<DateInput>(|| {
        props!(DateInputProps {
            id: "visit-date",
            legend: Msg::LastChanged,
            optional: true,
            value: DateParts::default(),
            on_change: Callback::noop(),
        })
    })
    .await;
    assert_eq!(text(one(&page, "legend")), "Last changed (optional)");
    assert_eq!(one(&page, "fieldset").attr("aria-describedby"), None);
    // Off, so the browser keeps none of it in its autofill data on disk.
    assert_eq!(count(&page, "input[autocomplete='off']"), 3);
}

fn ethnicities() -> Vec<RadioOption> {
    [
        Ethnicity::WhiteBritish,
        Ethnicity::Indian,
        Ethnicity::Refused,
    ]
    .iter()
    .map(|e| RadioOption::new(e.code(), Msg::Ethnicity(*e)))
    .collect()
}

#[tokio::test]
async fn radios_number_their_ids_from_the_field_id_and_show_the_choice() {
    let page = render::<Radios>(|| {
        let mut options = ethnicities();
        options[2] = options[2].clone().with_hint(Msg::HomeEmptyHint);
        props!(RadiosProps {
            id: "ethnicity",
            legend: Msg::CaseNumberLabel,
            hint: Some(Msg::CaseNumberHint),
            error: Some("Select the child's ethnicity"),
            options,
            selected: Some("AIND"),
            on_change: Callback::noop(),
        })
    })
    .await;
    assert_eq!(
        one(&page, "fieldset").attr("aria-describedby"),
        Some("ethnicity-hint ethnicity-error")
    );
    assert_eq!(one(&page, "fieldset").attr("role"), None);
    assert_eq!(text(one(&page, "legend")), "Case number");
    assert_eq!(
        text(one(&page, "#ethnicity-error")),
        "Error: Select the child's ethnicity"
    );
    let radios: Vec<(&str, &str, bool)> = page
        .select(&Selector::parse("input[type=radio]").unwrap())
        .map(|r| {
            assert_eq!(r.attr("name"), Some("ethnicity"));
            assert_eq!(r.attr("aria-invalid"), None);
            let id = r.attr("id").unwrap_or_default();
            (
                id,
                r.attr("value").unwrap_or_default(),
                r.attr("checked").is_some(),
            )
        })
        .collect();
    assert_eq!(
        radios,
        [
            ("ethnicity", "WBRI", false),
            ("ethnicity-2", "AIND", true),
            ("ethnicity-3", "REFU", false),
        ]
    );
    assert_eq!(text(one(&page, "label[for=ethnicity-2]")), "Indian");
    assert_eq!(
        one(&page, "#ethnicity-3").attr("aria-describedby"),
        Some("ethnicity-3-item-hint")
    );
    assert!(text(one(&page, "#ethnicity-3-item-hint")).starts_with("Start a new case record"));
    assert_eq!(count(&page, ".radios--inline"), 0);
}

#[tokio::test]
async fn inline_optional_radios_can_be_the_page_heading() {
    let page = render::<Radios>(|| {
        props!(RadiosProps {
            id: "q",
            legend: Msg::CaseNumberLabel,
            legend_is_page_heading: true,
            optional: true,
            options: ethnicities(),
            on_change: Callback::noop(),
            inline: true,
        })
    })
    .await;
    assert_eq!(text(one(&page, "legend > h1")), "Case number (optional)");
    assert_eq!(count(&page, ".radios.radios--inline"), 1);
    assert_eq!(count(&page, "input[checked]"), 0);
    assert_eq!(one(&page, "fieldset").attr("aria-describedby"), None);
}

fn with_conditional(selected: Option<&'static str>) -> RadiosProps {
    props!(RadiosProps {
        id: "ethnicity",
        legend: Msg::CaseNumberLabel,
        options: ethnicities(),
        selected,
        on_change: Callback::noop(),
        conditional: Some((
            AttrValue::from("REFU"),
            yew::html! { <p id="more">{ "x" }</p> }
        )),
    })
}

#[tokio::test]
async fn conditional_content_sits_under_its_option_and_is_hidden_until_chosen() {
    let page = render::<Radios>(|| with_conditional(Some("WBRI"))).await;
    let reveal = one(&page, "#conditional-ethnicity-3");
    assert!(reveal.attr("hidden").is_some());
    assert_eq!(
        one(&page, "#ethnicity-3").attr("aria-controls"),
        Some("conditional-ethnicity-3")
    );
    assert_eq!(count(&page, "[aria-controls]"), 1);
    assert_eq!(
        count(&page, ".radios__item + .radios__conditional #more"),
        1
    );
    let page = render::<Radios>(|| with_conditional(Some("REFU"))).await;
    assert!(one(&page, "#conditional-ethnicity-3")
        .attr("hidden")
        .is_none());
}

fn disabilities(selected: &[&'static str], error: bool) -> CheckboxesProps {
    props!(CheckboxesProps {
        id: "disability",
        legend: Msg::CaseNumberLabel,
        legend_is_page_heading: true,
        hint: Some(Msg::CaseNumberHint),
        error: error.then_some("Select each disability, or No disability"),
        options: [Disability::Mobility, Disability::Hearing]
            .iter()
            .map(|d| RadioOption::new(d.code(), Msg::Disability(*d)))
            .collect::<Vec<_>>(),
        selected: selected
            .iter()
            .map(|s| AttrValue::from(*s))
            .collect::<Vec<_>>(),
        on_change: Callback::noop(),
        exclusive: Some(RadioOption::new(
            "NONE",
            Msg::Disability(Disability::NoDisability)
        )),
    })
}

#[tokio::test]
async fn checkboxes_show_each_ticked_answer_and_the_exclusive_one_after_or() {
    let page = render::<Checkboxes>(|| disabilities(&["HEAR"], false)).await;
    assert_eq!(text(one(&page, "legend > h1")), "Case number");
    assert_eq!(
        one(&page, "fieldset").attr("aria-describedby"),
        Some("disability-hint")
    );
    let boxes: Vec<(&str, bool)> = page
        .select(&Selector::parse("input[type=checkbox]").unwrap())
        .map(|c| {
            (
                c.attr("id").unwrap_or_default(),
                c.attr("checked").is_some(),
            )
        })
        .collect();
    assert_eq!(
        boxes,
        [
            ("disability", false),
            ("disability-2", true),
            ("disability-3", false)
        ]
    );
    assert_eq!(text(one(&page, ".checkboxes__divider")), "or");
    let after_divider = one(&page, ".checkboxes__divider + .checkboxes__item");
    let none = after_divider
        .select(&Selector::parse("input").unwrap())
        .next()
        .expect("the exclusive option follows the divider");
    assert_eq!(none.attr("value"), Some("NONE"));
    assert_eq!(text(one(&page, "label[for=disability-3]")), "No disability");
}

#[tokio::test]
async fn checkboxes_in_error_say_so_in_words() {
    let page = render::<Checkboxes>(|| disabilities(&[], true)).await;
    assert_eq!(
        text(one(&page, "#disability-error")),
        "Error: Select each disability, or No disability"
    );
    assert_eq!(
        one(&page, "fieldset").attr("aria-describedby"),
        Some("disability-hint disability-error")
    );
    assert_eq!(count(&page, ".form-group--error"), 1);
    assert_eq!(count(&page, "input[checked]"), 0);
}

fn wishes(value: &'static str, limit: Option<usize>) -> TextareaProps {
    props!(TextareaProps {
        id: "wishes",
        label: Msg::CaseNumberLabel,
        hint: Some(Msg::CaseNumberHint),
        value,
        on_input: Callback::noop(),
        limit,
    })
}

#[tokio::test]
async fn a_character_count_counts_what_people_see_and_is_read_with_the_textarea() {
    // The family emoji is five code points but one character as people see it.
    let page = render::<Textarea>(|| wishes("Hi 👨‍👩‍👧", Some(5))).await;
    assert_eq!(text(one(&page, "label[for=wishes]")), "Case number");
    let textarea = one(&page, "textarea#wishes");
    assert_eq!(textarea.attr("rows"), Some("5"));
    assert_eq!(textarea.text().collect::<String>(), "Hi 👨‍👩‍👧");
    assert_eq!(
        textarea.attr("aria-describedby"),
        Some("wishes-hint wishes-info")
    );
    assert!(!has_class(textarea, "textarea--error"));
    let info = one(&page, "#wishes-info");
    assert_eq!(text(info), "You have 1 character remaining");
    assert_eq!(info.attr("aria-live"), None);
    let live = one(&page, "[aria-live=polite]");
    assert!(has_class(live, "visually-hidden"));
    assert_eq!(text(live), "");
}

#[tokio::test]
async fn going_over_the_limit_marks_the_textarea_but_keeps_every_character() {
    let page = render::<Textarea>(|| wishes(" Hi 👨‍👩‍👧 ", Some(4))).await;
    let textarea = one(&page, "textarea#wishes");
    assert_eq!(textarea.text().collect::<String>(), " Hi 👨‍👩‍👧 ");
    assert!(has_class(textarea, "textarea--error"));
    assert_eq!(textarea.attr("aria-invalid"), None);
    let info = one(&page, "#wishes-info");
    assert_eq!(text(info), "You have 2 characters too many");
    assert!(has_class(info, "error-message"));
}

#[tokio::test]
async fn a_textarea_without_a_limit_has_no_count_and_shows_its_error() {
    let page = render::<Textarea>(|| {
        props!(TextareaProps {
            id: "notes",
            label: Msg::CaseNumberLabel,
            label_is_page_heading: true,
            optional: true,
            error: Some("Enter notes"),
            value: "",
            on_input: Callback::noop(),
            rows: 8u32,
        })
    })
    .await;
    assert_eq!(text(one(&page, "h1 > label")), "Case number (optional)");
    let textarea = one(&page, "textarea#notes");
    assert_eq!(textarea.attr("rows"), Some("8"));
    assert_eq!(textarea.attr("aria-invalid"), Some("true"));
    assert_eq!(textarea.attr("aria-describedby"), Some("notes-error"));
    assert_eq!(text(one(&page, "#notes-error")), "Error: Enter notes");
    assert_eq!(count(&page, "#notes-info, [aria-live]"), 0);
}

#[tokio::test]
async fn an_optional_text_input_says_so_in_its_label() {
    let page = render::<TextInput>(|| {
        props!(TextInputProps {
            id: "phone",
            label: Msg::CaseNumberLabel,
            optional: true,
            value: "",
            on_input: Callback::noop(),
        })
    })
    .await;
    assert_eq!(
        text(one(&page, "label[for=phone]")),
        "Case number (optional)"
    );
    assert_eq!(one(&page, "input#phone").attr("aria-describedby"), None);
}
