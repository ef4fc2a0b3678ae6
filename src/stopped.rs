//! When casevoice itself stops (a Rust panic, which aborts the WebAssembly),
//! the page must not sit on a "working" message for ever: `start.js` shows the
//! stopped notice the layout keeps ready. This hook marks where it stopped on
//! `<html data-stopped>`, for that notice and for the tests' evidence. Only the
//! place in the code is kept, never the panic's message, which can quote what
//! was typed.
pub fn mark_where_it_stops() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|at| format!("{}:{}", at.file(), at.line()))
            .unwrap_or_default();
        gloo::console::error!(format!("casevoice stopped at {place}"));
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("data-stopped", &place);
        }
    }));
}
