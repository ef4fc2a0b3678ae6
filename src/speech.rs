//! Reading text aloud with the browser's own speech synthesis (the Web Speech API's
//! `speechSynthesis`): nothing is installed or sent anywhere.
//!
//! Everything is looked up by name and checked, because some browsers (and some
//! locked-down or embedded ones) have no `speechSynthesis`: they get
//! [`SpeechProblem::NotSupported`], never a panic.

mod screen_text;
mod voice;

pub use screen_text::{normalise_text, screen_text};
pub use voice::{choose_voice, VoiceChoice, VoiceInfo};

use std::cell::{Cell, RefCell};

use casevoice_core::Lang;
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::SpeechSynthesisUtterance;

/// Why text could not be read aloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeechProblem {
    /// The browser has no speech synthesis, or it cannot play sound.
    NotSupported,
    /// There is speech synthesis but no voice that can read the language.
    NoVoice,
}

/// Called once when an utterance ends: `Ok` when it finished, was stopped or was
/// replaced; `Err` when the engine could not read it.
type OnEnd = Box<dyn FnOnce(Result<(), SpeechProblem>)>;

/// The utterance being read. Holding it here matters: Chromium can garbage-collect
/// an utterance nobody references mid-sentence, and then never fires its `end`.
struct Current {
    utterance: SpeechSynthesisUtterance,
    on_end: Option<OnEnd>,
    _handlers: [Closure<dyn FnMut(web_sys::Event)>; 2],
}

thread_local! {
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
    /// What an engine that listed no voices answered when asked to read. Firefox
    /// with no voice installed (Linux without a speech-dispatcher voice) fails the
    /// first utterance and then leaves every later one pending for good, so the
    /// button would say "Stop reading" while nothing is read: it is not asked again
    /// while it still lists no voices, and the child is told at once.
    static FAILED_WITHOUT_VOICES: Cell<Option<SpeechProblem>> = const { Cell::new(None) };
}

/// Reads `text` aloud in `lang`, after stopping anything already being read.
pub fn speak(text: &str, lang: Lang) -> Result<(), SpeechProblem> {
    speak_then(text, lang, |_| {})
}

/// Like [`speak`], and calls `on_end` once when the reading ends for any reason,
/// with [`SpeechProblem::NoVoice`] if the engine reports it has no voice after all
/// (with voices not yet loaded, that is only known once it tries).
pub fn speak_then(
    text: &str,
    lang: Lang,
    on_end: impl FnOnce(Result<(), SpeechProblem>) + 'static,
) -> Result<(), SpeechProblem> {
    let synth = synthesis().ok_or(SpeechProblem::NotSupported)?;
    stop();
    let listed = voices(&synth);
    let none_listed = listed.length() == 0;
    if let Some(problem) = FAILED_WITHOUT_VOICES
        .with(Cell::get)
        .filter(|_| none_listed)
    {
        return Err(problem);
    }
    let voice = match choose_voice(&voice_infos(&listed), lang.tag()) {
        VoiceChoice::Voice(index) => Some(listed.get(index as u32)),
        VoiceChoice::EngineDefault => None,
        VoiceChoice::NoVoice => return Err(SpeechProblem::NoVoice),
    };
    // A missing constructor (the API half there) throws: caught, not a panic.
    let utterance =
        SpeechSynthesisUtterance::new_with_text(text).map_err(|_| SpeechProblem::NotSupported)?;
    utterance.set_lang(lang.tag());
    if let Some(voice) = voice {
        // Through Reflect, as the setter throws for anything but a real voice; the
        // language alone still reads it in a fitting voice.
        let _ = Reflect::set(&utterance, &"voice".into(), &voice);
    }
    let handlers = [
        Closure::<dyn FnMut(web_sys::Event)>::new(|_| finish(Ok(()))),
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let outcome = error_outcome(&event);
            if let (Err(problem), true) = (outcome, none_listed) {
                FAILED_WITHOUT_VOICES.with(|failed| failed.set(Some(problem)));
            }
            finish(outcome)
        }),
    ];
    utterance.set_onend(Some(handlers[0].as_ref().unchecked_ref()));
    utterance.set_onerror(Some(handlers[1].as_ref().unchecked_ref()));
    CURRENT.with(|current| {
        *current.borrow_mut() = Some(Current {
            utterance: utterance.clone(),
            on_end: Some(Box::new(on_end)),
            _handlers: handlers,
        })
    });
    if call(&synth, "speak", &[utterance.into()]).is_err() {
        // Told through the result alone, not the callback as well.
        CURRENT.with(|current| current.borrow_mut().take());
        return Err(SpeechProblem::NotSupported);
    }
    Ok(())
}

/// Stops reading, if anything is being read. Safe to call at any time.
pub fn stop() {
    let previous = CURRENT.with(|current| current.borrow_mut().take());
    if let Some(previous) = &previous {
        // Detached first, so the engine's late "interrupted" error for this utterance
        // reaches no handler that is about to be freed.
        previous.utterance.set_onend(None);
        previous.utterance.set_onerror(None);
    }
    if let Some(synth) = synthesis() {
        let _ = call(&synth, "cancel", &[]);
    }
    if let Some(on_end) = previous.and_then(|mut previous| previous.on_end.take()) {
        on_end(Ok(()));
    }
}

/// Whether the browser is reading something aloud now.
pub fn is_speaking() -> bool {
    synthesis()
        .and_then(|synth| Reflect::get(&synth, &"speaking".into()).ok())
        .and_then(|speaking| speaking.as_bool())
        .unwrap_or(false)
}

/// Whether this browser has speech synthesis. Asking also starts Chromium loading
/// its voices, so calling this early makes the first reading pick a better voice.
pub fn is_supported() -> bool {
    synthesis().map(|synth| voices(&synth)).is_some()
}

/// The engine's `speechSynthesis`, if it has one that can speak.
fn synthesis() -> Option<JsValue> {
    let window = web_sys::window()?;
    let synth = Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    let usable = ["speak", "cancel", "getVoices"]
        .iter()
        .all(|name| method(&synth, name).is_some());
    usable.then_some(synth)
}

fn method(object: &JsValue, name: &str) -> Option<Function> {
    if !object.is_object() {
        return None;
    }
    Reflect::get(object, &name.into()).ok()?.dyn_into().ok()
}

fn call(object: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function = method(object, name).ok_or(JsValue::UNDEFINED)?;
    function.apply(object, &args.iter().collect::<Array>())
}

fn voices(synth: &JsValue) -> Array {
    call(synth, "getVoices", &[])
        .ok()
        .and_then(|list| list.dyn_into().ok())
        .unwrap_or_default()
}

fn voice_infos(listed: &Array) -> Vec<VoiceInfo> {
    let field = |voice: &JsValue, name: &str| Reflect::get(voice, &name.into()).ok();
    listed
        .iter()
        .map(|voice| VoiceInfo {
            lang: field(&voice, "lang")
                .and_then(|lang| lang.as_string())
                .unwrap_or_default(),
            is_default: field(&voice, "default")
                .and_then(|default| default.as_bool())
                .unwrap_or(false),
        })
        .collect()
}

/// What an `error` event means for the child. Being stopped, interrupted or
/// refused because nobody has pressed anything yet (Chromium will not speak before
/// the first tap or key on the page) needs no message: the button simply works
/// when pressed. An error with no code at all is Firefox's when it has no voice
/// (a plain event, not a `SpeechSynthesisErrorEvent`).
fn error_outcome(event: &web_sys::Event) -> Result<(), SpeechProblem> {
    let code = Reflect::get(event, &"error".into())
        .ok()
        .and_then(|code| code.as_string())
        .unwrap_or_default();
    match code.as_str() {
        "" | "synthesis-failed" | "voice-unavailable" | "language-unavailable" => {
            Err(SpeechProblem::NoVoice)
        }
        "synthesis-unavailable" | "audio-hardware" => Err(SpeechProblem::NotSupported),
        _ => Ok(()),
    }
}

/// Ends the current utterance's reading and tells whoever started it. The
/// callback is taken out first, so it may start another reading.
fn finish(outcome: Result<(), SpeechProblem>) {
    let on_end = CURRENT.with(|current| {
        current
            .borrow_mut()
            .take()
            .and_then(|mut current| current.on_end.take())
    });
    if let Some(on_end) = on_end {
        on_end(outcome);
    }
}
