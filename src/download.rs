//! Saving text as a file the browser downloads: a Blob, an object URL and a
//! clicked `<a download>`. Shared by every export (JSON, CSV), so each is one call.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// Offers `text` as a download named `file_name`. The object URL is revoked a
/// moment after the click, so the record's text does not stay reachable in memory;
/// not at once, since some browsers start reading the URL only after the click
/// handler returns and a download revoked too soon fails.
pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let clicked = click_link(&url, file_name);
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    clicked
}

fn click_link(url: &str, file_name: &str) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(url);
    link.set_download(file_name);
    // Never shown or announced: it exists only for the click.
    link.set_hidden(true);
    let body = gloo::utils::body();
    body.append_child(&link)?;
    link.click();
    body.remove_child(&link)?;
    Ok(())
}
