//! The browser's clock and time zone. Core code takes the time as an argument so it
//! stays pure; this is where the app reads it.

use time::OffsetDateTime;

#[cfg(target_arch = "wasm32")]
pub fn now() -> OffsetDateTime {
    casevoice_core::timestamp::from_unix_millis(js_sys::Date::now())
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Minutes east of UTC on this device at that moment (60 in British Summer Time).
#[cfg(target_arch = "wasm32")]
pub fn local_offset_minutes(at: OffsetDateTime) -> i32 {
    let millis = (at.unix_timestamp_nanos() / 1_000_000) as f64;
    let js_date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis));
    -(js_date.get_timezone_offset() as i32)
}

/// Today's date where the practitioner is, for rules such as "must be in the past".
pub fn today() -> time::Date {
    let now = now();
    let offset = time::UtcOffset::from_whole_seconds(local_offset_minutes(now).saturating_mul(60))
        .unwrap_or(time::UtcOffset::UTC);
    now.to_offset(offset).date()
}

// Server-side rendering in native tests has no browser clock: tests see UTC.
#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> OffsetDateTime {
    OffsetDateTime::UNIX_EPOCH
}

#[cfg(not(target_arch = "wasm32"))]
pub fn local_offset_minutes(_at: OffsetDateTime) -> i32 {
    0
}
