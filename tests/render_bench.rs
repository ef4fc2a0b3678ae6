//! Native render tests of the benchmark page (`--features bench`): every
//! question of the generated record on one page, with its label and the data
//! attributes the benchmark reads (tests/bench/CONTRACT.md).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::html::*;

use casevoice::hooks::Messages;
use casevoice::pages::bench::BenchPage;
use casevoice_core::bench_record::bench_record;
use casevoice_core::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct InLanguageProps {
    n: usize,
    lang: Lang,
}

#[function_component(InLanguage)]
fn in_language(props: &InLanguageProps) -> Html {
    html! {
        <ContextProvider<Messages> context={Messages { lang: props.lang }}>
            <BenchPage n={props.n} />
        </ContextProvider<Messages>>
    }
}

async fn bench_page(n: usize, lang: Lang) -> scraper::Html {
    render::<InLanguage>(move || InLanguageProps { n, lang }).await
}

#[tokio::test]
async fn every_question_is_on_the_one_page_with_its_label_in_page_order() {
    for n in [0, 1, 50, 500] {
        let page = bench_page(n, Lang::En).await;
        let form = bench_record(n);
        let main = one(&page, "main");
        assert_eq!(
            main.attr("data-bench-questions"),
            Some(n.to_string().as_str())
        );
        let required = form.required(casevoice::clock::today());
        assert_eq!(
            main.attr("data-bench-required"),
            Some(required.to_string().as_str())
        );
        let questions = all(&page, "main [data-bench-question]");
        assert_eq!(questions.len(), n, "n = {n}");
        for (question, id) in questions.iter().zip(form.dom_ids()) {
            let input = question
                .select(&scraper::Selector::parse(&format!("[id=\"{id}\"]")).unwrap())
                .next();
            assert!(input.is_some(), "{id} is in its own question, n = {n}");
            let words = question
                .select(&scraper::Selector::parse("label, legend").unwrap())
                .next()
                .map(text)
                .unwrap_or_default();
            assert!(!words.is_empty(), "{id} has a label, n = {n}");
        }
        // Nothing is wrong until the answers are checked.
        assert_eq!(count(&page, ".error-message"), 0);
        assert_eq!(count(&page, ".error-summary"), 0);
        assert_eq!(text(one(&page, "button#bench-submit")), "Check answers");
    }
}

#[tokio::test]
async fn the_page_mixes_the_kinds_of_question_and_starts_with_the_case_number() {
    let page = bench_page(50, Lang::En).await;
    let first = all(&page, "input[type=text]")[0];
    assert_eq!(first.attr("id"), Some("case-number"));
    assert_eq!(count(&page, "[data-bench-question] textarea"), 7);
    assert_eq!(count(&page, "[data-bench-question] .date-input"), 8 + 2);
    assert_eq!(count(&page, "[data-bench-question] .radios"), 8);
    assert_eq!(
        texts(&page, "h2"),
        ["The case", "Child 1", "Child 2", "Child 3", "Adult 1", "Adult 2"]
    );
    assert_eq!(text(one(&page, "h1")), "50 questions on one page");
}

#[tokio::test]
async fn the_page_speaks_welsh() {
    let page = bench_page(1, Lang::Cy).await;
    assert_eq!(text(one(&page, "h1")), "1 cwestiwn ar un dudalen");
    assert_eq!(text(one(&page, "button#bench-submit")), "Gwirio atebion");
    assert_eq!(texts(&page, "h2"), ["Yr achos"]);
}
