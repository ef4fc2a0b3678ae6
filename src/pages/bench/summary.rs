use yew::prelude::*;

use super::store::BenchHandle;
use crate::components::ErrorSummary;

#[derive(Properties, PartialEq)]
pub struct BenchSummaryProps {
    pub store: BenchHandle,
}

/// The real error summary, rendered again only when "Check answers" is pressed.
#[function_component(BenchSummary)]
pub fn bench_summary(props: &BenchSummaryProps) -> Html {
    let rerender = use_force_update();
    {
        let store = props.store.clone();
        use_effect_with((), move |_| {
            store
                .0
                .listen_to_checks(Callback::from(move |()| rerender.force_update()));
        });
    }
    let (problems, submission) = props.store.0.checked();
    let record = (!problems.is_empty()).then(|| props.store.0.record());
    html! { <ErrorSummary {problems} {submission} {record} /> }
}
