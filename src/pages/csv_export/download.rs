//! Saving bytes as a file the browser downloads: a Blob, an object URL and a
//! temporary `<a download>` clicked once. Nothing leaves the device.

#[cfg(target_arch = "wasm32")]
pub fn save(name: &str, bytes: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    // Some browsers (Firefox) only follow a link that is in the document.
    link.set_hidden(true);
    gloo::utils::body().append_child(&link)?;
    link.click();
    link.remove();
    // The URL holds the file's bytes until revoked. Revoked a moment after the
    // click rather than at once, as some browsers read it after `click` returns.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Native render tests never press the button; there is no browser to save to.
#[cfg(not(target_arch = "wasm32"))]
pub fn save(_name: &str, _bytes: &[u8]) -> Result<(), ()> {
    Ok(())
}
