//! Painting the drawing onto the canvas. The whole pad is painted again from the
//! strokes each time: a child's drawing is small enough that this is cheap, and it
//! keeps Undo, resizing and the saved PNG all working from one source.

use std::f64::consts::{PI, TAU};

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::strokes::{Drawing, Mark, Point, Shape, Stamp, Stroke, HEIGHT, WIDTH};

/// How big a shape is, from its centre, in the pad's units.
const STAMP_RADIUS: f64 = 60.0;
const RING_RADIUS: f64 = 16.0;

/// Matches the canvas's backing store to its size on screen times the device's
/// pixel ratio, so lines stay sharp on high-density screens.
pub fn fit_to_screen(canvas: &HtmlCanvasElement) {
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    let shown = |css_pixels: i32| (f64::from(css_pixels) * ratio).round() as u32;
    // At least the pad's own size: a canvas not laid out yet still gets a usable
    // backing store, and a drawing made on a phone is not saved as a tiny PNG.
    let width = shown(canvas.client_width()).max(WIDTH as u32);
    let height = shown(canvas.client_height()).max(HEIGHT as u32);
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
}

/// Paints a white background, then every mark, then the keyboard cursor if given.
/// The background is painted, not left transparent, so the PNG is a picture on
/// white paper in any viewer.
pub fn paint(canvas: &HtmlCanvasElement, drawing: &Drawing, cursor: Option<Point>) {
    let Some(context) = context(canvas) else {
        return;
    };
    let scale_x = f64::from(canvas.width()) / WIDTH;
    let scale_y = f64::from(canvas.height()) / HEIGHT;
    let _ = context.set_transform(scale_x, 0.0, 0.0, scale_y, 0.0, 0.0);
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, WIDTH, HEIGHT);
    context.set_line_cap("round");
    context.set_line_join("round");
    for mark in drawing.marks() {
        match mark {
            Mark::Line(stroke) => paint_stroke(&context, stroke),
            Mark::Stamp(stamp) => paint_stamp(&context, stamp),
        }
    }
    if let Some(at) = cursor {
        paint_ring(&context, at);
    }
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into().ok())
}

fn paint_stroke(context: &CanvasRenderingContext2d, stroke: &Stroke) {
    let Some((first, rest)) = stroke.points.split_first() else {
        return;
    };
    if rest.is_empty() {
        // A path of one point strokes nothing, so a tap is filled in as a dot.
        context.set_fill_style_str(stroke.colour.css());
        context.begin_path();
        let _ = context.arc(first.x, first.y, stroke.width / 2.0, 0.0, TAU);
        context.fill();
        return;
    }
    context.set_stroke_style_str(stroke.colour.css());
    context.set_line_width(stroke.width);
    context.begin_path();
    context.move_to(first.x, first.y);
    for point in rest {
        context.line_to(point.x, point.y);
    }
    context.stroke();
}

fn paint_stamp(context: &CanvasRenderingContext2d, stamp: &Stamp) {
    let Point { x, y } = stamp.centre;
    let r = STAMP_RADIUS;
    context.set_fill_style_str(stamp.colour.css());
    context.set_stroke_style_str(stamp.colour.css());
    context.set_line_width(10.0);
    context.begin_path();
    match stamp.shape {
        Shape::Circle => {
            let _ = context.arc(x, y, r, 0.0, TAU);
            context.stroke();
        }
        Shape::Heart => {
            context.move_to(x, y + 0.9 * r);
            context.bezier_curve_to(x - 1.4 * r, y, x - 0.8 * r, y - 1.1 * r, x, y - 0.4 * r);
            context.bezier_curve_to(x + 0.8 * r, y - 1.1 * r, x + 1.4 * r, y, x, y + 0.9 * r);
            context.fill();
        }
        Shape::Star => {
            for (i, (px, py)) in star_points(x, y, r).into_iter().enumerate() {
                if i == 0 {
                    context.move_to(px, py);
                } else {
                    context.line_to(px, py);
                }
            }
            context.close_path();
            context.fill();
        }
        Shape::Sun => {
            let _ = context.arc(x, y, 0.5 * r, 0.0, TAU);
            context.fill();
            context.begin_path();
            for ray in 0..8 {
                let angle = f64::from(ray) * TAU / 8.0;
                let (sin, cos) = angle.sin_cos();
                context.move_to(x + 0.68 * r * cos, y + 0.68 * r * sin);
                context.line_to(x + r * cos, y + r * sin);
            }
            context.stroke();
        }
    }
}

/// A five-pointed star's corners, outer and inner in turn, starting at the top.
fn star_points(x: f64, y: f64, r: f64) -> Vec<(f64, f64)> {
    (0..10)
        .map(|i| {
            let radius = if i % 2 == 0 { r } else { 0.45 * r };
            let angle = -PI / 2.0 + f64::from(i) * PI / 5.0;
            (x + radius * angle.cos(), y + radius * angle.sin())
        })
        .collect()
}

/// The keyboard cursor: a black ring inside a white one, so it shows on any colour.
fn paint_ring(context: &CanvasRenderingContext2d, at: Point) {
    for (colour, width) in [("#ffffff", 7.0), ("#0b0c0c", 3.0)] {
        context.set_stroke_style_str(colour);
        context.set_line_width(width);
        context.begin_path();
        let _ = context.arc(at.x, at.y, RING_RADIUS, 0.0, TAU);
        context.stroke();
    }
}

/// The canvas as a PNG, base64-encoded without the `data:` prefix.
pub fn png_base64(canvas: &HtmlCanvasElement) -> Option<String> {
    let url = canvas.to_data_url_with_type("image/png").ok()?;
    url.strip_prefix("data:image/png;base64,")
        .map(str::to_owned)
}
