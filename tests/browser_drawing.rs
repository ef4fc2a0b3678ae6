//! Browser tests of the drawing pad (wasm-bindgen-test in headless Chromium): the
//! pad mounted with the app's stylesheet, drawn on with pointer and keyboard
//! events as a finger, mouse or keyboard would, and finished.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use casevoice::components::{DrawingPad, DrawingPadProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    CanvasRenderingContext2d, Element, HtmlCanvasElement, HtmlElement, KeyboardEvent,
    KeyboardEventInit, PointerEvent, PointerEventInit,
};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Every PNG starts with these bytes; base64-encoded, with this text.
const PNG_START: &str = "iVBORw0KGgo";
/// The pad's black (#0b0c0c) and its paper, as red, green, blue and alpha.
const BLACK: [u8; 4] = [11, 12, 12, 255];
const WHITE: [u8; 4] = [255, 255, 255, 255];

struct Mounted {
    root: Element,
    app: yew::AppHandle<DrawingPad>,
    finished: Rc<RefCell<Vec<String>>>,
}

impl Mounted {
    async fn new() -> Mounted {
        let document = gloo::utils::document();
        let style = document.create_element("style").unwrap();
        style.set_text_content(Some(include_str!("../styles/main.css")));
        let root = document.create_element("div").unwrap();
        root.append_child(&style).unwrap();
        gloo::utils::body().append_child(&root).unwrap();
        let mount = document.create_element("div").unwrap();
        root.append_child(&mount).unwrap();
        let finished = Rc::new(RefCell::new(Vec::new()));
        let on_finish = {
            let finished = finished.clone();
            Callback::from(move |png: String| finished.borrow_mut().push(png))
        };
        let app = yew::Renderer::<DrawingPad>::with_root_and_props(
            mount,
            DrawingPadProps {
                label: "Your drawing".into(),
                on_finish,
            },
        )
        .render();
        yew::scheduler::flush().await;
        Mounted {
            root,
            app,
            finished,
        }
    }

    fn canvas(&self) -> HtmlCanvasElement {
        self.root
            .query_selector("canvas")
            .unwrap()
            .expect("the pad has a canvas")
            .dyn_into()
            .unwrap()
    }

    /// Where the canvas is on screen, and its border's width: pointer positions
    /// in these tests are measured from inside the border, as the drawing is.
    fn drawing_area(&self) -> (web_sys::DomRect, f64) {
        let canvas = self.canvas();
        let border = f64::from(canvas.client_left());
        assert!(border > 0.0, "the stylesheet gives the pad a border");
        (canvas.get_bounding_client_rect(), border)
    }

    /// A pointer event at (`x`, `y`) CSS pixels from the drawing's top left corner.
    fn pointer(&self, kind: &str, x: f64, y: f64) {
        let (rect, border) = self.drawing_area();
        let init = PointerEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_pointer_id(7);
        init.set_pointer_type("touch");
        init.set_is_primary(true);
        init.set_client_x((rect.left() + border + x).round() as i32);
        init.set_client_y((rect.top() + border + y).round() as i32);
        let event = PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
        self.canvas().dispatch_event(&event).unwrap();
    }

    /// The colour painted at (`x`, `y`) CSS pixels from the drawing's top left
    /// corner, as red, green, blue and alpha.
    fn pixel(&self, x: f64, y: f64) -> Vec<u8> {
        let canvas = self.canvas();
        let scale = f64::from(canvas.width()) / f64::from(canvas.client_width());
        let context: CanvasRenderingContext2d = canvas
            .get_context("2d")
            .unwrap()
            .unwrap()
            .dyn_into()
            .unwrap();
        context
            .get_image_data((x * scale).round(), (y * scale).round(), 1.0, 1.0)
            .unwrap()
            .data()
            .to_vec()
    }

    fn key(&self, key: &str) {
        let init = KeyboardEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_key(key);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.canvas().dispatch_event(&event).unwrap();
    }

    /// Presses the button that says `words`, as a user finds it.
    async fn press(&self, words: &str) {
        let buttons = self.root.query_selector_all("button").unwrap();
        let button = (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
            .find(|button| button.text_content().unwrap_or_default().trim() == words)
            .unwrap_or_else(|| panic!("no button says {words}"));
        button.click();
        yew::scheduler::flush().await;
    }

    fn alert(&self) -> Option<String> {
        self.root
            .query_selector("[role=alert]")
            .unwrap()
            .and_then(|alert| alert.text_content())
    }

    fn finished(&self) -> Vec<String> {
        self.finished.borrow().clone()
    }

    fn remove(self) {
        self.app.destroy();
        self.root.remove();
    }
}

/// The PNG of a white canvas the size of the pad's: what a drawing must differ from.
fn blank_png(like: &HtmlCanvasElement) -> String {
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    canvas.set_width(like.width());
    canvas.set_height(like.height());
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(like.width()), f64::from(like.height()));
    let url = canvas.to_data_url_with_type("image/png").unwrap();
    url.trim_start_matches("data:image/png;base64,").to_string()
}

/// Checks `png` is a base64 PNG as wide as the canvas, with more in it than white.
fn assert_is_a_drawing(png: &str, canvas: &HtmlCanvasElement) {
    assert!(
        png.starts_with(PNG_START),
        "not a bare base64 PNG: {png:.40}"
    );
    let bytes = gloo::utils::window().atob(png).expect("valid base64");
    // The image header's width: four big-endian bytes at offset 16.
    let width = bytes
        .chars()
        .skip(16)
        .take(4)
        .fold(0u32, |width, byte| (width << 8) | u32::from(byte));
    assert_eq!(width, canvas.width());
    let blank = blank_png(canvas);
    assert!(
        png.len() > blank.len(),
        "the drawing ({} characters) is no bigger than a blank pad ({})",
        png.len(),
        blank.len()
    );
}

#[wasm_bindgen_test]
async fn a_stroke_drawn_by_pointer_is_finished_as_a_png() {
    let pad = Mounted::new().await;
    pad.pointer("pointerdown", 40.0, 40.0);
    for step in 1..=10 {
        pad.pointer(
            "pointermove",
            40.0 + f64::from(step) * 15.0,
            40.0 + f64::from(step) * 8.0,
        );
    }
    pad.pointer("pointerup", 190.0, 120.0);
    yew::scheduler::flush().await;
    // The line is where the finger went, in black; the page elsewhere is white.
    assert_eq!(pad.pixel(115.0, 80.0), BLACK);
    assert_eq!(pad.pixel(115.0, 20.0), WHITE);
    pad.press("I have finished my drawing").await;

    let finished = pad.finished();
    assert_eq!(finished.len(), 1);
    assert_is_a_drawing(&finished[0], &pad.canvas());
    assert_eq!(pad.alert(), None);
    pad.remove();
}

#[wasm_bindgen_test]
async fn finishing_after_undoing_the_only_stroke_asks_for_a_drawing_first() {
    let pad = Mounted::new().await;
    pad.pointer("pointerdown", 30.0, 30.0);
    pad.pointer("pointermove", 120.0, 90.0);
    pad.pointer("pointerup", 120.0, 90.0);
    pad.press("Undo").await;
    pad.press("I have finished my drawing").await;

    assert_eq!(pad.finished(), Vec::<String>::new());
    assert_eq!(
        pad.alert().as_deref(),
        Some("Draw something first, or go back if you don't want to draw.")
    );

    // Drawing again answers the message, and finishing then works.
    pad.pointer("pointerdown", 50.0, 50.0);
    pad.pointer("pointerup", 50.0, 50.0);
    yew::scheduler::flush().await;
    assert_eq!(pad.alert(), None);
    pad.press("I have finished my drawing").await;
    assert_eq!(pad.finished().len(), 1, "a tap's dot is a drawing");
    pad.remove();
}

#[wasm_bindgen_test]
async fn clearing_is_undone_by_undo() {
    let pad = Mounted::new().await;
    pad.pointer("pointerdown", 30.0, 30.0);
    pad.pointer("pointermove", 90.0, 30.0);
    pad.pointer("pointerup", 90.0, 30.0);
    pad.press("Clear").await;
    pad.press("I have finished my drawing").await;
    assert!(pad.alert().is_some());
    pad.press("Undo").await;
    pad.press("I have finished my drawing").await;
    assert_eq!(pad.finished().len(), 1);
    pad.remove();
}

#[wasm_bindgen_test]
async fn drawing_with_the_keyboard_makes_a_png() {
    let pad = Mounted::new().await;
    pad.canvas().focus().unwrap();
    pad.key(" ");
    yew::scheduler::flush().await;
    let status = pad
        .root
        .query_selector(".drawing-pad__status")
        .unwrap()
        .unwrap();
    assert!(status
        .text_content()
        .unwrap_or_default()
        .contains("The pen is down"));
    for _ in 0..12 {
        pad.key("ArrowRight");
    }
    pad.key(" ");
    yew::scheduler::flush().await;
    // From the centre, 12 steps of a 10th of the pad's 800 units to the right.
    let canvas = pad.canvas();
    let width = f64::from(canvas.client_width());
    let height = f64::from(canvas.client_height());
    assert_eq!(
        pad.pixel(width / 2.0 + width * 60.0 / 800.0, height / 2.0),
        BLACK
    );
    assert_eq!(pad.pixel(width / 2.0, height * 3.0 / 4.0), WHITE);
    assert_eq!(status.text_content().unwrap_or_default(), "");
    pad.press("I have finished my drawing").await;

    let finished = pad.finished();
    assert_eq!(finished.len(), 1);
    assert_is_a_drawing(&finished[0], &pad.canvas());
    pad.remove();
}

#[wasm_bindgen_test]
async fn a_shape_goes_down_with_one_press() {
    let pad = Mounted::new().await;
    pad.press("Heart").await;
    pad.press("I have finished my drawing").await;
    let finished = pad.finished();
    assert_eq!(finished.len(), 1);
    assert_is_a_drawing(&finished[0], &pad.canvas());
    pad.remove();
}
