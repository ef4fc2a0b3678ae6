//! Turning pointer and keyboard events into changes to the drawing. The pad's
//! state sits behind a shared cell rather than in Yew state because a pointer
//! moving fires many events a second and each needs only the canvas repainted,
//! not the controls rendered again.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{HtmlCanvasElement, KeyboardEvent, PointerEvent};
use yew::NodeRef;

use super::paint::{fit_to_screen, paint, png_base64};
use super::strokes::{
    from_client, moved, Colour, Direction, Drawing, Pen, Point, ScreenRect, Shape,
};

pub struct PadState {
    pub drawing: Drawing,
    /// Where the keyboard moves the pen and shapes are placed.
    pub cursor: Point,
    /// The one pointer drawing now; a second finger on the pad is ignored.
    pointer: Option<i32>,
}

impl Default for PadState {
    fn default() -> Self {
        PadState {
            drawing: Drawing::default(),
            cursor: Point::CENTRE,
            pointer: None,
        }
    }
}

impl PadState {
    pub fn is_keyboard_pen_down(&self) -> bool {
        self.pointer.is_none() && self.drawing.is_drawing()
    }
}

/// The canvas and what is drawn on it, shared by the pad's event handlers.
#[derive(Clone, Default)]
pub struct Pad {
    pub canvas: NodeRef,
    pub state: Rc<RefCell<PadState>>,
}

impl Pad {
    pub fn canvas(&self) -> Option<HtmlCanvasElement> {
        self.canvas.cast::<HtmlCanvasElement>()
    }

    pub fn repaint(&self) {
        if let Some(canvas) = self.canvas() {
            let state = self.state.borrow();
            paint(&canvas, &state.drawing, Some(state.cursor));
        }
    }

    pub fn fit_and_repaint(&self) {
        if let Some(canvas) = self.canvas() {
            fit_to_screen(&canvas);
        }
        self.repaint();
    }

    /// The drawing as a PNG (base64), painted for a moment without the ring,
    /// which is a pointer and not part of the child's picture.
    pub fn png(&self) -> Option<String> {
        let canvas = self.canvas()?;
        paint(&canvas, &self.state.borrow().drawing, None);
        let png = png_base64(&canvas);
        self.repaint();
        png
    }

    /// Changes the drawing, then shows the change.
    pub fn change(&self, change: impl FnOnce(&mut PadState)) {
        change(&mut self.state.borrow_mut());
        self.repaint();
    }

    /// Puts the pen down where a pointer pressed. Returns whether it did.
    pub fn pointer_down(&self, event: &PointerEvent, colour: Colour, pen: Pen) -> bool {
        // A mouse draws with its main button only; touch and pens report 0 too.
        if event.button() != 0 || self.state.borrow().pointer.is_some() {
            return false;
        }
        let Some(canvas) = self.canvas() else {
            return false;
        };
        // Captured, the pointer keeps drawing when it strays off the pad and back.
        let _ = canvas.set_pointer_capture(event.pointer_id());
        let at = pad_point(&canvas, event);
        self.change(|state| {
            state.pointer = Some(event.pointer_id());
            state.drawing.begin(colour, pen, at);
            state.cursor = at;
        });
        true
    }

    pub fn pointer_move(&self, event: &PointerEvent) {
        if self.state.borrow().pointer != Some(event.pointer_id()) {
            return;
        }
        let Some(canvas) = self.canvas() else {
            return;
        };
        let at = pad_point(&canvas, event);
        self.change(|state| {
            state.drawing.extend(at);
            state.cursor = at;
        });
    }

    /// The pointer lifted or the browser took it away: the line so far is kept.
    pub fn pointer_up(&self, event: &PointerEvent) {
        if self.state.borrow().pointer != Some(event.pointer_id()) {
            return;
        }
        self.change(|state| {
            state.pointer = None;
            state.drawing.end();
        });
    }

    /// Arrow keys move the ring (drawing if the pen is down); Space or Enter puts
    /// the pen down or lifts it. Returns whether the key was the pad's to handle.
    pub fn key_down(&self, event: &KeyboardEvent, colour: Colour, pen: Pen) -> bool {
        let key = event.key();
        if let Some(direction) = Direction::from_key(&key) {
            self.change(|state| {
                state.cursor = moved(state.cursor, direction);
                if state.is_keyboard_pen_down() {
                    state.drawing.extend(state.cursor);
                }
            });
            return true;
        }
        match key.as_str() {
            " " | "Enter" => self.change(|state| {
                if state.is_keyboard_pen_down() {
                    state.drawing.end();
                } else if state.pointer.is_none() {
                    state.drawing.begin(colour, pen, state.cursor);
                }
            }),
            "Escape" => self.lift_keyboard_pen(),
            _ => return false,
        }
        true
    }

    /// Lifts the keyboard's pen, as when focus leaves the pad.
    pub fn lift_keyboard_pen(&self) {
        if self.state.borrow().is_keyboard_pen_down() {
            self.change(|state| state.drawing.end());
        }
    }

    pub fn stamp(&self, shape: Shape, colour: Colour) {
        self.change(|state| state.drawing.stamp(shape, colour, state.cursor));
    }
}

fn pad_point(canvas: &HtmlCanvasElement, event: &PointerEvent) -> Point {
    // The drawing fills the canvas inside its border, not the whole box.
    let rect = canvas.get_bounding_client_rect();
    from_client(
        f64::from(event.client_x()),
        f64::from(event.client_y()),
        ScreenRect {
            left: rect.left() + f64::from(canvas.client_left()),
            top: rect.top() + f64::from(canvas.client_top()),
            width: f64::from(canvas.client_width()),
            height: f64::from(canvas.client_height()),
        },
    )
}
