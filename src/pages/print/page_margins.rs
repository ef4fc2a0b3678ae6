//! The running head and foot of every printed page: the case number at the top,
//! "Page 2 of 9" at the bottom, in the page margins (`@page` margin boxes, which
//! Chromium prints since version 131).
//!
//! Margin boxes take only a CSS string or a counter as content: they cannot read
//! the page's text, and custom properties do not reach them. So the print view
//! writes its own `@page` rule with the case number in it, and the rule lasts
//! only as long as the print view is on screen.
//!
//! The rule goes in as a constructed stylesheet (`document.adoptedStyleSheets`),
//! not a `<style>` element: the content security policy allows stylesheets from
//! the app's own origin only (`style-src 'self'`, no `'unsafe-inline'`), and
//! a rule that differs by record could not be allowed by a hash either.

use casevoice_core::{CaseNumber, Lang, Msg};
use wasm_bindgen::JsValue;
use web_sys::CssStyleSheet;
use yew::prelude::*;

/// Adopts `css` into the document while the calling component is shown, and
/// again whenever it changes.
#[hook]
pub fn use_page_margins(css: String) {
    use_effect_with(css, |css| {
        let sheet = adopt(css);
        move || {
            if let Some(sheet) = sheet {
                remove(&sheet);
            }
        }
    });
}

fn adopt(css: &str) -> Option<CssStyleSheet> {
    let document = web_sys::window()?.document()?;
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(css).ok()?;
    let sheets = document.adopted_style_sheets();
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
    Some(sheet)
}

fn remove(sheet: &CssStyleSheet) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let target: &JsValue = sheet.as_ref();
    let kept: js_sys::Array = document
        .adopted_style_sheets()
        .iter()
        .filter(|s| s != target)
        .collect();
    document.set_adopted_style_sheets(&kept);
}

/// The `@page` rule for a record: its case number, or "No case number yet".
pub fn page_margins_css(case_number: Option<&CaseNumber>, lang: Lang) -> String {
    let head = match case_number {
        Some(number) => format!(
            "{} {}",
            Msg::PrintCaseNumber.text(lang),
            // A parsed case number is letters and digits already; keeping only
            // those means nothing from a record can ever end the CSS string.
            number
                .as_str()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        ),
        None => Msg::PrintNoCaseNumber.text(lang).to_string(),
    };
    format!(
        "@page {{ @top-left {{ content: {}; }} @bottom-right {{ content: {} counter(page) {} counter(pages); }} }}",
        css_string(&head),
        css_string(&format!("{} ", Msg::PrintPage.text(lang))),
        css_string(&format!(" {} ", Msg::PrintPageOf.text(lang))),
    )
}

/// A CSS string holding `text`: quotes and backslashes escaped, and anything
/// that could end the string or a style element (line breaks, `<`) written as
/// a CSS escape.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' | '>' | '&' => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use casevoice_core::parse_case_number;

    #[test]
    fn the_head_names_the_case_and_the_foot_counts_pages() {
        let number = parse_case_number("zw19 p01392").ok();
        let css = page_margins_css(number.as_ref(), Lang::En);
        assert!(
            css.contains(r#"@top-left { content: "Case number ZW19P01392"; }"#),
            "{css}"
        );
        assert!(
            css.contains(r#"content: "Page " counter(page) " of " counter(pages);"#),
            "{css}"
        );
    }

    #[test]
    fn a_record_without_a_case_number_says_so() {
        let css = page_margins_css(None, Lang::En);
        assert!(css.contains(r#"content: "No case number yet";"#), "{css}");
    }

    #[test]
    fn nothing_can_end_the_string_or_the_style_element() {
        assert_eq!(css_string(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(css_string("</style>\n"), r#""\3c /style\3e \a ""#);
    }
}
