//! One POST of an outbox item to the case system.

use casevoice_core::outbox::{OutboxItem, UploadFailure};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Sends `item` to `url` with its `Idempotency-Key`; any 2xx answer means the
/// case system has it.
pub async fn post(url: &str, item: &OutboxItem) -> Result<(), UploadFailure> {
    let window = web_sys::window().ok_or(UploadFailure::NoConnection)?;
    let headers = web_sys::Headers::new().map_err(|_| UploadFailure::NoConnection)?;
    headers
        .set("Content-Type", &item.content_type)
        .and_then(|_| headers.set("Idempotency-Key", &item.idempotency_key()))
        .map_err(|_| UploadFailure::NoConnection)?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(&item.body));
    // A rejected fetch has no status: offline, nothing listening, or refused by
    // the browser (CORS). All are worth another try later.
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| UploadFailure::NoConnection)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| UploadFailure::NoConnection)?;
    if response.ok() {
        Ok(())
    } else {
        Err(UploadFailure::Status(response.status()))
    }
}
