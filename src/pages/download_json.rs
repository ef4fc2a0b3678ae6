//! "Download the record (JSON)" on the record's task list: the export the case
//! system reads, named by the record's id and today's date only.

use std::rc::Rc;

use casevoice_core::export::{export_file_name, export_json};
use casevoice_core::{CaseRecord, Msg};
use yew::prelude::*;

use crate::clock;
use crate::download::download_text;
use crate::hooks::use_messages;

#[derive(Properties, PartialEq)]
pub struct DownloadJsonButtonProps {
    pub record: Rc<CaseRecord>,
}

#[function_component(DownloadJsonButton)]
pub fn download_json_button(props: &DownloadJsonButtonProps) -> Html {
    let messages = use_messages();
    let onclick = {
        let record = Rc::clone(&props.record);
        Callback::from(move |_: MouseEvent| {
            let json = export_json(&record, env!("CARGO_PKG_VERSION"), clock::now());
            let name = export_file_name(record.id, clock::today());
            if let Err(error) = download_text(&name, "application/json", &json) {
                gloo::console::error!(format!("casevoice: download failed: {error:?}"));
            }
        })
    };
    html! {
        <button type="button" class="button button--secondary" {onclick}>{ messages.t(Msg::DownloadJson) }</button>
    }
}
