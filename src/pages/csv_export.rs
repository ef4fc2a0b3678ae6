//! "Download spreadsheets (CSV)": what the files are, then one download button per
//! file. Separate downloads rather than a zip, as the issue allows: no zip code in
//! the wasm build, and each file can be saved where it is needed.

mod download;

use std::rc::Rc;

use casevoice_core::csv_export::{csv_file, file_name, CsvSection};
use casevoice_core::{CaseRecord, Msg};
use uuid::Uuid;
use yew::prelude::*;

use super::{show_record, use_record};
use crate::clock;
use crate::components::BackLink;
use crate::hooks::{use_messages, use_title};
use crate::router::Route;

#[derive(Properties, PartialEq)]
pub struct CsvExportPageProps {
    pub id: Uuid,
}

#[function_component(CsvExportPage)]
pub fn csv_export_page(props: &CsvExportPageProps) -> Html {
    show_record(
        use_record(props.id),
        |record| html! { <CsvDownloads {record} /> },
    )
}

#[derive(Properties, PartialEq)]
struct CsvDownloadsProps {
    record: Rc<CaseRecord>,
}

#[function_component(CsvDownloads)]
fn csv_downloads(props: &CsvDownloadsProps) -> Html {
    let messages = use_messages();
    use_title(Msg::CsvExportTitle, false);
    let failed = use_state(|| false);
    let record = &props.record;
    let today = clock::today();

    let file = |section: CsvSection| {
        let heading_id = format!("csv-{}", section.slug());
        // The file is made when its button is pressed, from the record as it is
        // then, so the page costs nothing to show.
        let onclick = {
            let record = Rc::clone(record);
            let failed = failed.clone();
            let lang = messages.lang;
            Callback::from(move |_: MouseEvent| {
                let file = csv_file(&record, lang, clock::today(), section);
                failed.set(download::save(&file.name, &file.bytes).is_err());
            })
        };
        html! {
            <section class="csv-file" aria-labelledby={heading_id.clone()}>
                <h2 class="heading-m" id={heading_id}>{ messages.t(Msg::CsvSectionTitle(section)) }</h2>
                <p class="body">{ messages.t(Msg::CsvSectionRows(section)) }</p>
                <p class="body csv-file__name">
                    { messages.t(Msg::CsvExportFileName) }{ " " }
                    <code>{ file_name(record.id, today, section) }</code>
                </p>
                <button type="button" class="button button--secondary" {onclick}>
                    { messages.t(Msg::CsvDownload(section)) }
                </button>
            </section>
        }
    };

    html! {
        <>
            <BackLink to={Route::Record(record.id)} />
            if let Some(number) = record.case_number() {
                <span class="caption-l">{ number.to_string() }</span>
            }
            <h1 class="heading-l">{ messages.t(Msg::CsvExportTitle) }</h1>
            <p class="body">{ messages.t(Msg::CsvExportIntro) }</p>
            <p class="body">{ messages.t(Msg::CsvExportFormats) }</p>
            <p class="body">{ messages.t(Msg::CsvExportFormulas) }</p>
            <p class="body warning-text">{ messages.t(Msg::CsvExportKeepSafe) }</p>
            // Announced when it appears, as the press gave nothing else to hear.
            <div role="alert">
                if *failed {
                    <p class="body error-message">{ messages.t(Msg::CsvDownloadFailed) }</p>
                }
            </div>
            { for CsvSection::offered(record).into_iter().map(file) }
        </>
    }
}
