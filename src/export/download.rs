//! Saving a file to the device: a Blob, an object URL and a click on a
//! temporary link, the one way that works in every browser without a server.

use wasm_bindgen::JsCast;

/// Offers `text` as a file named `file_name`. Returns false if the browser
/// would not make the file.
pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> bool {
    try_download(file_name, mime_type, text).is_some()
}

fn try_download(file_name: &str, mime_type: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    // Firefox follows only a link that is in the document.
    link.set_hidden(true);
    document.body()?.append_child(&link).ok()?;
    link.click();
    link.remove();
    // Revoked a moment later, not at once: Firefox cancels a download whose URL
    // is revoked in the same task as the click.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Some(())
}
