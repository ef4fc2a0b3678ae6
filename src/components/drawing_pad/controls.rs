//! The pad's buttons: colours, pens and shapes. Each is a large button with its
//! name in words, and the chosen colour and pen say so with `aria-pressed`, so
//! nothing depends on seeing a colour.

use casevoice_core::Msg;
use yew::prelude::*;

use super::strokes::{Colour, Pen, Shape};
use crate::hooks::Messages;

pub fn colour_name(colour: Colour) -> Msg {
    match colour {
        Colour::Black => Msg::DrawingColourBlack,
        Colour::Red => Msg::DrawingColourRed,
        Colour::Orange => Msg::DrawingColourOrange,
        Colour::Yellow => Msg::DrawingColourYellow,
        Colour::Green => Msg::DrawingColourGreen,
        Colour::Blue => Msg::DrawingColourBlue,
        Colour::Purple => Msg::DrawingColourPurple,
        Colour::Brown => Msg::DrawingColourBrown,
    }
}

/// The class that gives a swatch its colour; the CSS matches [`Colour::css`].
fn swatch_class(colour: Colour) -> &'static str {
    match colour {
        Colour::Black => "drawing-pad__swatch--black",
        Colour::Red => "drawing-pad__swatch--red",
        Colour::Orange => "drawing-pad__swatch--orange",
        Colour::Yellow => "drawing-pad__swatch--yellow",
        Colour::Green => "drawing-pad__swatch--green",
        Colour::Blue => "drawing-pad__swatch--blue",
        Colour::Purple => "drawing-pad__swatch--purple",
        Colour::Brown => "drawing-pad__swatch--brown",
    }
}

fn shape_name(shape: Shape) -> Msg {
    match shape {
        Shape::Circle => Msg::DrawingCircle,
        Shape::Heart => Msg::DrawingHeart,
        Shape::Star => Msg::DrawingStar,
        Shape::Sun => Msg::DrawingSun,
    }
}

/// A named group of buttons, its name shown above them.
fn group(id: &'static str, name: &str, hint: Option<Html>, buttons: Html) -> Html {
    html! {
        <div class="drawing-pad__group" role="group" aria-labelledby={id}>
            <p class="drawing-pad__group-name" id={id}>{ name.to_owned() }</p>
            { hint.unwrap_or_default() }
            <div class="drawing-pad__buttons">{ buttons }</div>
        </div>
    }
}

fn toggle(pressed: bool, class: Classes, onclick: Callback<MouseEvent>, content: Html) -> Html {
    html! {
        <button
            type="button"
            class={classes!("drawing-pad__choice", class)}
            aria-pressed={if pressed { "true" } else { "false" }}
            {onclick}
        >
            { content }
        </button>
    }
}

pub fn colours(messages: Messages, chosen: Colour, on_choose: &Callback<Colour>) -> Html {
    let buttons: Html = Colour::ALL
        .iter()
        .map(|&colour| {
            let content = html! {
                <>
                    <span class={classes!("drawing-pad__swatch", swatch_class(colour))} aria-hidden="true" />
                    { messages.t(colour_name(colour)) }
                </>
            };
            toggle(
                colour == chosen,
                classes!(),
                on_choose.reform(move |_| colour),
                content,
            )
        })
        .collect();
    group(
        "drawing-pad-colours",
        messages.t(Msg::DrawingColours),
        None,
        buttons,
    )
}

pub fn pens(messages: Messages, chosen: Pen, on_choose: &Callback<Pen>) -> Html {
    let buttons: Html = [
        (Pen::Thin, Msg::DrawingThinPen),
        (Pen::Thick, Msg::DrawingThickPen),
    ]
    .into_iter()
    .map(|(pen, name)| {
        let line = match pen {
            Pen::Thin => "drawing-pad__line--thin",
            Pen::Thick => "drawing-pad__line--thick",
        };
        let content = html! {
            <>
                <span class={classes!("drawing-pad__line", line)} aria-hidden="true" />
                { messages.t(name) }
            </>
        };
        toggle(
            pen == chosen,
            classes!(),
            on_choose.reform(move |_| pen),
            content,
        )
    })
    .collect();
    group(
        "drawing-pad-pens",
        messages.t(Msg::DrawingPens),
        None,
        buttons,
    )
}

pub fn shapes(messages: Messages, on_stamp: &Callback<Shape>) -> Html {
    let buttons: Html = Shape::ALL
        .iter()
        .map(|&shape| {
            html! {
                <button
                    type="button"
                    class="drawing-pad__choice"
                    aria-describedby="drawing-pad-shapes-hint"
                    onclick={on_stamp.reform(move |_| shape)}
                >
                    { shape_icon(shape) }
                    { messages.t(shape_name(shape)) }
                </button>
            }
        })
        .collect();
    let hint = html! {
        <p class="drawing-pad__hint" id="drawing-pad-shapes-hint">{ messages.t(Msg::DrawingShapesHint) }</p>
    };
    group(
        "drawing-pad-shapes",
        messages.t(Msg::DrawingShapes),
        Some(hint),
        buttons,
    )
}

/// A picture of the shape beside its name, for children who do not read yet.
fn shape_icon(shape: Shape) -> Html {
    let drawing = match shape {
        Shape::Circle => {
            html! { <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" stroke-width="3" /> }
        }
        Shape::Heart => {
            html! { <path d="M12 21C4 15 2 11 4 7c2-3 6-3 8 1 2-4 6-4 8-1 2 4 0 8-8 14z" fill="currentColor" /> }
        }
        Shape::Star => {
            html! { <path d="M12 2l2.9 6.6 7.1.6-5.4 4.7 1.6 7.1L12 17.3 5.8 21l1.6-7.1L2 9.2l7.1-.6z" fill="currentColor" /> }
        }
        Shape::Sun => html! {
            <>
                <circle cx="12" cy="12" r="5" fill="currentColor" />
                <path d="M12 1v4M12 19v4M1 12h4M19 12h4M4.2 4.2l2.8 2.8M17 17l2.8 2.8M4.2 19.8L7 17M17 7l2.8-2.8" stroke="currentColor" stroke-width="2.5" />
            </>
        },
    };
    html! {
        <svg class="drawing-pad__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">{ drawing }</svg>
    }
}
