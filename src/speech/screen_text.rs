//! The words a screen shows, gathered from the page the way a sighted reader sees
//! them, for reading aloud.
//!
//! This walks the live page rather than reading `innerText` of a trimmed copy: a
//! copy outside the document is not rendered, and `innerText` of something not
//! rendered is its raw `textContent`, hidden parts included.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// The visible words inside the element with id `target`, one line per block,
/// leaving out anything marked `data-read-aloud="skip"`, hidden or `aria-hidden`,
/// and reading pictures by their description. `None` if there is no such element.
pub fn screen_text(target: &str) -> Option<String> {
    let element = gloo::utils::document().get_element_by_id(target)?;
    let mut raw = String::new();
    collect(&element, &mut raw);
    Some(normalise_text(&raw))
}

/// Folds spaces and line breaks: one line per block of text, single spaces within
/// it, no empty lines.
pub fn normalise_text(raw: &str) -> String {
    raw.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn collect(node: &Node, out: &mut String) {
    if node.node_type() == Node::TEXT_NODE {
        // Line breaks in the page's source are spaces on screen, as in `innerText`.
        let text = node.node_value().unwrap_or_default();
        out.push_str(&text.replace(|c: char| c.is_whitespace(), " "));
        return;
    }
    let Some(element) = node.dyn_ref::<Element>() else {
        return;
    };
    let display = display_of(element);
    if is_left_out(element, &display) {
        return;
    }
    if element.tag_name().eq_ignore_ascii_case("br") {
        out.push('\n');
        return;
    }
    // Words between block-level parts are separate lines, as `innerText` has them.
    let is_block = !(display.starts_with("inline") || display == "contents");
    if is_block {
        out.push('\n');
    }
    if let Some(description) = picture_description(element) {
        out.push(' ');
        out.push_str(&description);
        out.push(' ');
    } else {
        let children = element.child_nodes();
        for index in 0..children.length() {
            if let Some(child) = children.item(index) {
                collect(&child, out);
            }
        }
    }
    if is_block {
        out.push('\n');
    }
}

fn is_left_out(element: &Element, display: &str) -> bool {
    element.get_attribute("data-read-aloud").as_deref() == Some("skip")
        || element.get_attribute("aria-hidden").as_deref() == Some("true")
        || element.has_attribute("hidden")
        || display == "none"
}

/// A picture is read by what it is: an emoji marked `role="img"` by its
/// `aria-label` (not the emoji's Unicode name), an image by its `alt`.
fn picture_description(element: &Element) -> Option<String> {
    if element.get_attribute("role").as_deref() == Some("img") {
        return element.get_attribute("aria-label");
    }
    if element.tag_name().eq_ignore_ascii_case("img") {
        return Some(element.get_attribute("alt").unwrap_or_default());
    }
    None
}

/// The element's computed `display`; empty where the browser gives none.
fn display_of(element: &Element) -> String {
    web_sys::window()
        .and_then(|window| window.get_computed_style(element).ok().flatten())
        .and_then(|style| style.get_property_value("display").ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::normalise_text;

    #[test]
    fn blocks_become_lines_with_single_spaces_and_no_blank_lines() {
        let raw = "\n  How do you   feel\n today? \n\n\n Happy \n\t\n Sad\n";
        assert_eq!(normalise_text(raw), "How do you feel\ntoday?\nHappy\nSad");
    }

    #[test]
    fn nothing_visible_reads_as_nothing() {
        assert_eq!(normalise_text(" \n \n"), "");
    }
}
