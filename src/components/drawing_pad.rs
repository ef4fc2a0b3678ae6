//! A drawing pad a child uses with a practitioner, by finger, pen, mouse or
//! keyboard. Every drag has an alternative that needs no dragging (WCAG 2.5.7):
//! a tap makes a dot, the keyboard moves a pen, and shapes go down with one press.

mod controls;
mod input;
mod paint;
mod strokes;

use casevoice_core::Msg;
use gloo::events::EventListener;
use web_sys::{KeyboardEvent, PointerEvent};
use yew::prelude::*;

use crate::hooks::use_messages;
use input::Pad;
use strokes::{Colour, Pen, Shape};

const INSTRUCTIONS_ID: &str = "drawing-pad-instructions";
const NOTHING_DRAWN_ID: &str = "drawing-pad-nothing-drawn";

#[derive(Properties, PartialEq)]
pub struct DrawingPadProps {
    /// Accessible name of the drawing area, e.g. "Your drawing".
    pub label: AttrValue,
    /// Called when the child presses the finish button, with the drawing as a PNG,
    /// base64-encoded WITHOUT the "data:image/png;base64," prefix.
    pub on_finish: Callback<String>,
}

#[function_component(DrawingPad)]
pub fn drawing_pad(props: &DrawingPadProps) -> Html {
    let messages = use_messages();
    let pad = use_memo((), |_| Pad::default());
    let colour = use_state_eq(|| Colour::Black);
    let pen = use_state_eq(|| Pen::Thick);
    let nothing_drawn = use_state_eq(|| false);
    let rerender = use_force_update();

    {
        // Every render: the layout may have changed the canvas's size.
        let pad = pad.clone();
        use_effect(move || pad.fit_and_repaint());
    }
    {
        let pad = pad.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "resize", move |_| pad.fit_and_repaint())
            });
            move || drop(listener)
        });
    }

    // Something drawn answers the "draw something first" message.
    let drew = {
        let nothing_drawn = nothing_drawn.clone();
        move || nothing_drawn.set(false)
    };

    let onpointerdown = {
        let (pad, colour, pen, drew) = (pad.clone(), *colour, *pen, drew.clone());
        let rerender = rerender.clone();
        Callback::from(move |event: PointerEvent| {
            if pad.pointer_down(&event, colour, pen) {
                drew();
                // The keyboard's pen, if it was down, has been lifted.
                rerender.force_update();
            }
        })
    };
    let onpointermove = {
        let pad = pad.clone();
        Callback::from(move |event: PointerEvent| pad.pointer_move(&event))
    };
    let onpointerup = {
        let pad = pad.clone();
        Callback::from(move |event: PointerEvent| pad.pointer_up(&event))
    };
    let onkeydown = {
        let (pad, colour, pen, drew) = (pad.clone(), *colour, *pen, drew.clone());
        let rerender = rerender.clone();
        Callback::from(move |event: KeyboardEvent| {
            if pad.key_down(&event, colour, pen) {
                // The page would otherwise scroll under the child's pen.
                event.prevent_default();
                if !pad.state.borrow().drawing.is_empty() {
                    drew();
                }
                rerender.force_update();
            }
        })
    };
    let onblur = {
        let (pad, rerender) = (pad.clone(), rerender.clone());
        Callback::from(move |_: FocusEvent| {
            pad.lift_keyboard_pen();
            rerender.force_update();
        })
    };
    let on_stamp = {
        let (pad, colour, drew) = (pad.clone(), *colour, drew.clone());
        let rerender = rerender.clone();
        Callback::from(move |shape: Shape| {
            pad.stamp(shape, colour);
            drew();
            rerender.force_update();
        })
    };
    let undo = {
        let (pad, rerender) = (pad.clone(), rerender.clone());
        Callback::from(move |_: MouseEvent| {
            pad.change(|state| state.drawing.undo());
            rerender.force_update();
        })
    };
    let clear = {
        let (pad, rerender) = (pad.clone(), rerender.clone());
        Callback::from(move |_: MouseEvent| {
            pad.change(|state| state.drawing.clear());
            rerender.force_update();
        })
    };
    let finish = {
        let (pad, nothing_drawn) = (pad.clone(), nothing_drawn.clone());
        let on_finish = props.on_finish.clone();
        Callback::from(move |_: MouseEvent| {
            pad.change(|state| state.drawing.end());
            if pad.state.borrow().drawing.is_empty() {
                nothing_drawn.set(true);
                return;
            }
            if let Some(png) = pad.png() {
                on_finish.emit(png);
            }
        })
    };
    let on_colour = {
        let colour = colour.clone();
        Callback::from(move |chosen: Colour| colour.set(chosen))
    };
    let on_pen = {
        let pen = pen.clone();
        Callback::from(move |chosen: Pen| pen.set(chosen))
    };

    let keyboard_pen_down = pad.state.borrow().is_keyboard_pen_down();
    html! {
        <div class="drawing-pad">
            <p class="drawing-pad__instructions" id={INSTRUCTIONS_ID}>{ messages.t(Msg::DrawingInstructions) }</p>
            <canvas
                ref={pad.canvas.clone()}
                class="drawing-pad__canvas"
                tabindex="0"
                role="img"
                aria-label={props.label.clone()}
                aria-describedby={INSTRUCTIONS_ID}
                {onpointerdown}
                {onpointermove}
                onpointerup={onpointerup.clone()}
                onpointercancel={onpointerup}
                {onkeydown}
                {onblur}
            />
            <p class="drawing-pad__status" aria-live="polite">
                if keyboard_pen_down { { messages.t(Msg::DrawingKeyboardPenDown) } }
            </p>
            { controls::colours(messages, *colour, &on_colour) }
            { controls::pens(messages, *pen, &on_pen) }
            { controls::shapes(messages, &on_stamp) }
            <div class="drawing-pad__buttons drawing-pad__actions">
                <button type="button" class="button button--secondary drawing-pad__action" onclick={undo}>
                    { messages.t(Msg::DrawingUndo) }
                </button>
                <button type="button" class="button button--secondary drawing-pad__action" onclick={clear}>
                    { messages.t(Msg::DrawingClear) }
                </button>
            </div>
            if *nothing_drawn {
                <p class="drawing-pad__message" id={NOTHING_DRAWN_ID} role="alert">
                    { messages.t(Msg::DrawingNothingDrawn) }
                </p>
            }
            <button
                type="button"
                class="button drawing-pad__finish"
                aria-describedby={nothing_drawn.then_some(NOTHING_DRAWN_ID)}
                onclick={finish}
            >
                { messages.t(Msg::DrawingFinish) }
            </button>
        </div>
    }
}
