use super::*;

fn point(x: f64, y: f64) -> Point {
    Point { x, y }
}

fn lines(drawing: &Drawing) -> Vec<Vec<Point>> {
    drawing
        .marks()
        .filter_map(|mark| match mark {
            Mark::Line(stroke) => Some(stroke.points.clone()),
            Mark::Stamp(_) => None,
        })
        .collect()
}

fn draw_line(drawing: &mut Drawing, from: Point, to: Point) {
    drawing.begin(Colour::Blue, Pen::Thick, from);
    drawing.extend(to);
    drawing.end();
}

#[test]
fn a_tap_without_moving_is_a_dot() {
    let mut drawing = Drawing::default();
    drawing.begin(Colour::Red, Pen::Thin, point(10.0, 20.0));
    drawing.extend(point(10.0, 20.0));
    drawing.end();
    let marks: Vec<&Mark> = drawing.marks().collect();
    assert_eq!(
        marks,
        vec![&Mark::Line(Stroke {
            colour: Colour::Red,
            width: Pen::Thin.width(),
            points: vec![point(10.0, 20.0)],
        })]
    );
}

#[test]
fn moving_with_the_pen_down_draws_a_line_and_with_it_up_nothing() {
    let mut drawing = Drawing::default();
    drawing.extend(point(1.0, 1.0));
    assert!(drawing.is_empty());
    drawing.begin(Colour::Black, Pen::Thick, point(0.0, 0.0));
    drawing.extend(point(5.0, 5.0));
    drawing.extend(point(9.0, 5.0));
    drawing.end();
    drawing.extend(point(100.0, 100.0));
    assert_eq!(
        lines(&drawing),
        vec![vec![point(0.0, 0.0), point(5.0, 5.0), point(9.0, 5.0)]]
    );
}

#[test]
fn undo_removes_only_the_last_stroke() {
    let mut drawing = Drawing::default();
    draw_line(&mut drawing, point(0.0, 0.0), point(10.0, 0.0));
    draw_line(&mut drawing, point(0.0, 50.0), point(10.0, 50.0));
    drawing.undo();
    assert_eq!(
        lines(&drawing),
        vec![vec![point(0.0, 0.0), point(10.0, 0.0)]]
    );
    drawing.undo();
    assert!(drawing.is_empty());
    drawing.undo();
    assert!(drawing.is_empty());
}

#[test]
fn undo_while_drawing_lifts_the_pen() {
    let mut drawing = Drawing::default();
    drawing.begin(Colour::Black, Pen::Thin, point(0.0, 0.0));
    drawing.undo();
    assert!(!drawing.is_drawing());
    drawing.extend(point(3.0, 3.0));
    assert!(drawing.is_empty());
}

#[test]
fn clear_empties_the_pad_and_undo_brings_the_drawing_back() {
    let mut drawing = Drawing::default();
    draw_line(&mut drawing, point(0.0, 0.0), point(10.0, 0.0));
    drawing.stamp(Shape::Heart, Colour::Red, Point::CENTRE);
    let before: Vec<Mark> = drawing.marks().cloned().collect();
    drawing.clear();
    assert!(drawing.is_empty());
    drawing.undo();
    assert_eq!(drawing.marks().cloned().collect::<Vec<_>>(), before);
}

#[test]
fn drawing_after_clearing_starts_on_a_blank_pad() {
    let mut drawing = Drawing::default();
    draw_line(&mut drawing, point(0.0, 0.0), point(10.0, 0.0));
    drawing.clear();
    draw_line(&mut drawing, point(5.0, 5.0), point(6.0, 6.0));
    assert_eq!(
        lines(&drawing),
        vec![vec![point(5.0, 5.0), point(6.0, 6.0)]]
    );
}

#[test]
fn clearing_a_blank_pad_leaves_nothing_to_undo() {
    let mut drawing = Drawing::default();
    drawing.clear();
    assert_eq!(drawing, Drawing::default());
}

#[test]
fn a_stamp_is_placed_where_asked_and_undone_as_one_thing() {
    let mut drawing = Drawing::default();
    drawing.stamp(Shape::Star, Colour::Yellow, Point::CENTRE);
    assert_eq!(
        drawing.marks().collect::<Vec<_>>(),
        vec![&Mark::Stamp(Stamp {
            shape: Shape::Star,
            colour: Colour::Yellow,
            centre: point(400.0, 300.0),
        })]
    );
    drawing.undo();
    assert!(drawing.is_empty());
}

#[test]
fn the_keyboard_cursor_moves_a_step_per_key_and_stops_at_the_edges() {
    let right = moved(Point::CENTRE, Direction::Right);
    assert_eq!(right, point(400.0 + KEYBOARD_STEP, 300.0));
    assert_eq!(
        moved(Point::CENTRE, Direction::Up),
        point(400.0, 300.0 - KEYBOARD_STEP)
    );
    let mut at = Point::CENTRE;
    for _ in 0..1000 {
        at = moved(at, Direction::Left);
        at = moved(at, Direction::Down);
    }
    assert_eq!(at, point(0.0, HEIGHT));
    let corner = moved(moved(point(WIDTH, 0.0), Direction::Right), Direction::Up);
    assert_eq!(corner, point(WIDTH, 0.0));
}

#[test]
fn only_arrow_keys_move_the_cursor() {
    assert_eq!(Direction::from_key("ArrowDown"), Some(Direction::Down));
    assert_eq!(Direction::from_key("ArrowLeft"), Some(Direction::Left));
    assert_eq!(Direction::from_key(" "), None);
    assert_eq!(Direction::from_key("Tab"), None);
}

#[test]
fn a_pointer_maps_from_the_screen_to_the_pad_whatever_size_it_is_shown() {
    let shown_small = ScreenRect {
        left: 20.0,
        top: 100.0,
        width: 400.0,
        height: 300.0,
    };
    assert_eq!(from_client(20.0, 100.0, shown_small), point(0.0, 0.0));
    assert_eq!(from_client(220.0, 250.0, shown_small), Point::CENTRE);
    assert_eq!(from_client(420.0, 400.0, shown_small), point(WIDTH, HEIGHT));
    // Captured pointers keep reporting after leaving the pad; lines stop at its edge.
    assert_eq!(from_client(900.0, -50.0, shown_small), point(WIDTH, 0.0));
}

#[test]
fn a_pad_not_laid_out_yet_maps_to_its_centre() {
    let unlaid = ScreenRect {
        left: 0.0,
        top: 0.0,
        width: 0.0,
        height: 0.0,
    };
    assert_eq!(from_client(5.0, 5.0, unlaid), Point::CENTRE);
}
