//! The drawing as data: what the child has drawn, in order, so the canvas can be
//! painted again from it at any size, and Undo is just dropping the last step.
//! Nothing here touches the browser, so it is tested natively.

/// The drawing's own coordinate space. Points are kept in it rather than in screen
/// pixels so a drawing survives the tablet turning round or the window resizing.
pub const WIDTH: f64 = 800.0;
pub const HEIGHT: f64 = 600.0;

/// How far one arrow key press moves the keyboard cursor: small enough to draw
/// with, large enough that crossing the pad takes a held key, not a hundred presses.
pub const KEYBOARD_STEP: f64 = 10.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub const CENTRE: Point = Point {
        x: WIDTH / 2.0,
        y: HEIGHT / 2.0,
    };

    /// The nearest point on the pad, so nothing is drawn where it cannot be seen.
    pub fn clamped(self) -> Point {
        Point {
            x: self.x.clamp(0.0, WIDTH),
            y: self.y.clamp(0.0, HEIGHT),
        }
    }
}

/// Where an element sits on the screen, in CSS pixels, as `getBoundingClientRect`
/// reports it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenRect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

/// The point on the pad under a pointer at (`client_x`, `client_y`).
pub fn from_client(client_x: f64, client_y: f64, rect: ScreenRect) -> Point {
    if rect.width <= 0.0 || rect.height <= 0.0 {
        // A pad not laid out yet has no inside to point at.
        return Point::CENTRE;
    }
    Point {
        x: (client_x - rect.left) / rect.width * WIDTH,
        y: (client_y - rect.top) / rect.height * HEIGHT,
    }
    .clamped()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

impl Direction {
    /// The direction for a `KeyboardEvent.key`, if it is an arrow key.
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            _ => None,
        }
    }
}

/// Where the keyboard cursor goes after one arrow key press: it stops at the edge.
pub fn moved(at: Point, direction: Direction) -> Point {
    let (dx, dy) = match direction {
        Direction::Up => (0.0, -KEYBOARD_STEP),
        Direction::Down => (0.0, KEYBOARD_STEP),
        Direction::Left => (-KEYBOARD_STEP, 0.0),
        Direction::Right => (KEYBOARD_STEP, 0.0),
    };
    Point {
        x: at.x + dx,
        y: at.y + dy,
    }
    .clamped()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Colour {
    Black,
    Red,
    Orange,
    Yellow,
    Green,
    Blue,
    Purple,
    Brown,
}

impl Colour {
    pub const ALL: [Colour; 8] = [
        Colour::Black,
        Colour::Red,
        Colour::Orange,
        Colour::Yellow,
        Colour::Green,
        Colour::Blue,
        Colour::Purple,
        Colour::Brown,
    ];

    pub fn css(self) -> &'static str {
        match self {
            Colour::Black => "#0b0c0c",
            Colour::Red => "#d4351c",
            Colour::Orange => "#f47738",
            Colour::Yellow => "#ffdd00",
            Colour::Green => "#00703c",
            Colour::Blue => "#1d70b8",
            Colour::Purple => "#6f3cb0",
            Colour::Brown => "#7a4419",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pen {
    Thin,
    Thick,
}

impl Pen {
    /// The line width in the pad's own units.
    pub fn width(self) -> f64 {
        match self {
            Pen::Thin => 5.0,
            Pen::Thick => 18.0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Heart,
    Star,
    Sun,
}

impl Shape {
    pub const ALL: [Shape; 4] = [Shape::Circle, Shape::Heart, Shape::Star, Shape::Sun];
}

/// A line drawn in one go. A single point is a dot, from a tap without moving.
#[derive(Clone, Debug, PartialEq)]
pub struct Stroke {
    pub colour: Colour,
    pub width: f64,
    pub points: Vec<Point>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stamp {
    pub shape: Shape,
    pub colour: Colour,
    pub centre: Point,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    Line(Stroke),
    Stamp(Stamp),
}

/// One thing the child did. Clearing is a step too, so Undo brings a drawing back.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    Add(Mark),
    Clear,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    steps: Vec<Step>,
    /// Whether the last step is a line still being drawn.
    open: bool,
}

impl Drawing {
    /// Puts the pen down at `at`: the start of a line, and a dot if it goes no further.
    pub fn begin(&mut self, colour: Colour, pen: Pen, at: Point) {
        self.steps.push(Step::Add(Mark::Line(Stroke {
            colour,
            width: pen.width(),
            points: vec![at.clamped()],
        })));
        self.open = true;
    }

    /// Carries the line being drawn on to `to`; does nothing with the pen up.
    pub fn extend(&mut self, to: Point) {
        if !self.open {
            return;
        }
        if let Some(Step::Add(Mark::Line(stroke))) = self.steps.last_mut() {
            let to = to.clamped();
            if stroke.points.last() != Some(&to) {
                stroke.points.push(to);
            }
        }
    }

    /// Lifts the pen.
    pub fn end(&mut self) {
        self.open = false;
    }

    pub fn is_drawing(&self) -> bool {
        self.open
    }

    pub fn stamp(&mut self, shape: Shape, colour: Colour, centre: Point) {
        self.open = false;
        self.steps.push(Step::Add(Mark::Stamp(Stamp {
            shape,
            colour,
            centre: centre.clamped(),
        })));
    }

    /// Takes back the last line, shape or clearing.
    pub fn undo(&mut self) {
        self.open = false;
        self.steps.pop();
    }

    pub fn clear(&mut self) {
        self.open = false;
        // Clearing a blank pad would leave an Undo that seems to do nothing.
        if !self.is_empty() {
            self.steps.push(Step::Clear);
        }
    }

    /// What is on the pad now, oldest first.
    pub fn marks(&self) -> impl Iterator<Item = &Mark> {
        let since_clear = self
            .steps
            .iter()
            .rposition(|step| *step == Step::Clear)
            .map_or(0, |i| i + 1);
        self.steps[since_clear..]
            .iter()
            .filter_map(|step| match step {
                Step::Add(mark) => Some(mark),
                Step::Clear => None,
            })
    }

    pub fn is_empty(&self) -> bool {
        self.marks().next().is_none()
    }
}

#[cfg(test)]
#[path = "strokes_tests.rs"]
mod tests;
