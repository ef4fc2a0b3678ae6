//! Browser tests of reading aloud (wasm-bindgen-test in headless Chromium). The
//! browser's `speechSynthesis` is replaced here, in the test, by a stand-in that
//! records what it was asked to say: the app itself has no test hooks.
#![cfg(target_arch = "wasm32")]

use casevoice::components::ReadAloudButton;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
// Kept before any test replaces it, so one test can use the browser's own engine.
const real = Object.getOwnPropertyDescriptor(window, "speechSynthesis");
let spoken = [];
let current = null;
const replace = (value) =>
  Object.defineProperty(window, "speechSynthesis", { value, configurable: true, writable: true });
export function install_speech_stub() {
  spoken = [];
  current = null;
  replace({
    speaking: false,
    cancels: 0,
    speak(utterance) {
      spoken.push({ text: utterance.text, lang: utterance.lang });
      current = utterance;
      this.speaking = true;
    },
    cancel() {
      this.cancels += 1;
      this.speaking = false;
    },
    getVoices() {
      return [{ lang: "en-GB", name: "Test", default: true }];
    },
  });
}
export function restore_real_speech() {
  if (real) Object.defineProperty(window, "speechSynthesis", real);
  else delete window.speechSynthesis;
}
export function list_no_voices() {
  window.speechSynthesis.getVoices = () => [];
}
export function remove_speech() {
  replace(undefined);
}
export function spoken_texts() {
  return spoken.map((s) => s.text);
}
export function spoken_langs() {
  return spoken.map((s) => s.lang);
}
export function cancels() {
  return window.speechSynthesis.cancels;
}
export function engine_event(type, code) {
  const event = new Event(type);
  if (code) Object.defineProperty(event, "error", { value: code });
  window.speechSynthesis.speaking = false;
  current.dispatchEvent(event);
}
"#)]
extern "C" {
    fn install_speech_stub();
    fn remove_speech();
    fn list_no_voices();
    fn restore_real_speech();
    fn spoken_texts() -> Vec<String>;
    fn spoken_langs() -> Vec<String>;
    fn cancels() -> u32;
    fn engine_event(kind: &str, code: Option<String>);
}

#[derive(Properties, PartialEq, Default)]
struct ScreenProps {
    #[prop_or_default]
    auto: bool,
    #[prop_or_default]
    question: AttrValue,
}

/// A child-mode screen: a question, a picture, options, and an exit button that is
/// not read out.
#[function_component(Screen)]
fn screen(props: &ScreenProps) -> Html {
    html! {
        <div id="screen">
            <ReadAloudButton target="screen" auto={props.auto} content_key={props.question.clone()} />
            <h1>{ "How do you   feel\n today?" }</h1>
            <p>{ "I feel " }<span role="img" aria-label="happy">{ "😀" }</span></p>
            <div><label><input type="radio" name="feeling" />{ "Sad" }</label></div>
            <p hidden=true>{ "Not shown" }</p>
            <button type="button" data-read-aloud="skip">{ "Exit" }</button>
        </div>
    }
}

const SCREEN_TEXT: &str = "How do you feel today?\nI feel happy\nSad";

fn mount(props: ScreenProps) -> (yew::AppHandle<Screen>, web_sys::Element) {
    let root = gloo::utils::document().create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    let app = yew::Renderer::<Screen>::with_root_and_props(root.clone(), props).render();
    (app, root)
}

fn button(root: &web_sys::Element) -> web_sys::HtmlElement {
    root.query_selector(".read-aloud__button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

fn status_text(root: &web_sys::Element) -> String {
    let status = root.query_selector("[role=status]").unwrap().unwrap();
    status.text_content().unwrap_or_default()
}

/// The button's accessible name: its words without the hidden icon.
fn button_name(root: &web_sys::Element) -> String {
    let words = root
        .query_selector(".read-aloud__button span:not([aria-hidden])")
        .unwrap()
        .unwrap();
    words.text_content().unwrap_or_default()
}

async fn press(root: &web_sys::Element) {
    button(root).click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn pressing_reads_the_visible_words_with_pictures_by_their_labels_in_british_english() {
    install_speech_stub();
    let (app, root) = mount(ScreenProps::default());
    yew::scheduler::flush().await;
    assert_eq!(
        spoken_texts(),
        Vec::<String>::new(),
        "nothing read before a press"
    );
    assert_eq!(button_name(&root), "Read this to me");

    press(&root).await;
    assert_eq!(spoken_texts(), [SCREEN_TEXT]);
    assert_eq!(spoken_langs(), ["en-GB"]);
    assert_eq!(button_name(&root), "Stop reading");

    engine_event("end", None);
    yew::scheduler::flush().await;
    assert_eq!(button_name(&root), "Read this to me");
    assert_eq!(status_text(&root), "");
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn pressing_while_reading_stops_and_the_next_press_reads_again() {
    install_speech_stub();
    let (app, root) = mount(ScreenProps::default());
    yew::scheduler::flush().await;
    press(&root).await;
    let cancels_before_stop = cancels();
    press(&root).await;
    assert_eq!(cancels(), cancels_before_stop + 1);
    assert_eq!(button_name(&root), "Read this to me");
    press(&root).await;
    assert_eq!(spoken_texts(), [SCREEN_TEXT, SCREEN_TEXT]);
    assert_eq!(button_name(&root), "Stop reading");
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn without_speech_synthesis_the_child_is_told_to_ask_the_grown_up() {
    remove_speech();
    let (app, root) = mount(ScreenProps::default());
    yew::scheduler::flush().await;
    press(&root).await;
    assert_eq!(
        status_text(&root),
        "This device cannot read out loud. Ask the grown-up with you to read it to you."
    );
    assert_eq!(button_name(&root), "Read this to me");
    // Still there and still safe to press.
    press(&root).await;
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn an_engine_with_no_voice_after_all_says_so() {
    install_speech_stub();
    let (app, root) = mount(ScreenProps::default());
    yew::scheduler::flush().await;
    press(&root).await;
    engine_event("error", Some("synthesis-failed".into()));
    yew::scheduler::flush().await;
    assert_eq!(
        status_text(&root),
        "This device has no voice that can read this out loud. Ask the grown-up with you to read it to you."
    );
    assert_eq!(button_name(&root), "Read this to me");
    app.destroy();
    root.remove();
}

/// Firefox with no voice installed fails the first utterance with an error event
/// that has no code, then leaves every later utterance pending for ever.
#[wasm_bindgen_test]
async fn an_engine_with_no_voices_that_fails_without_a_code_says_so_and_is_not_asked_again() {
    install_speech_stub();
    list_no_voices();
    let (app, root) = mount(ScreenProps::default());
    yew::scheduler::flush().await;
    press(&root).await;
    engine_event("error", None);
    yew::scheduler::flush().await;
    let no_voice = "This device has no voice that can read this out loud. Ask the grown-up with you to read it to you.";
    assert_eq!(status_text(&root), no_voice);
    assert_eq!(button_name(&root), "Read this to me");

    // Pressing again tells the child again at once, rather than "Stop reading"
    // over an utterance the engine will never read.
    press(&root).await;
    assert_eq!(spoken_texts().len(), 1, "the engine is not asked again");
    assert_eq!(status_text(&root), no_voice);
    assert_eq!(button_name(&root), "Read this to me");
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn auto_reads_once_when_shown_and_again_only_for_new_words() {
    install_speech_stub();
    let (mut app, root) = mount(ScreenProps {
        auto: true,
        question: "feelings".into(),
    });
    yew::scheduler::flush().await;
    assert_eq!(spoken_texts(), [SCREEN_TEXT]);
    assert_eq!(button_name(&root), "Stop reading");

    app.update(ScreenProps {
        auto: true,
        question: "feelings".into(),
    });
    yew::scheduler::flush().await;
    assert_eq!(spoken_texts().len(), 1, "the same screen is not read twice");

    app.update(ScreenProps {
        auto: true,
        question: "school".into(),
    });
    yew::scheduler::flush().await;
    assert_eq!(spoken_texts().len(), 2, "a new question is read");
    app.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn leaving_the_screen_stops_its_reading() {
    install_speech_stub();
    let (app, root) = mount(ScreenProps::default());
    yew::scheduler::flush().await;
    press(&root).await;
    let cancels_while_reading = cancels();
    app.destroy();
    yew::scheduler::flush().await;
    assert_eq!(cancels(), cancels_while_reading + 1);
    assert!(!casevoice::speech::is_speaking());
    root.remove();
}

#[wasm_bindgen_test]
fn a_missing_target_reads_nothing_and_does_not_fail() {
    install_speech_stub();
    assert_eq!(casevoice::speech::screen_text("no-such-element"), None);
}

#[wasm_bindgen_test]
fn speak_without_speech_synthesis_is_not_supported_rather_than_a_panic() {
    remove_speech();
    assert_eq!(
        casevoice::speech::speak("Hello", casevoice_core::Lang::En),
        Err(casevoice::speech::SpeechProblem::NotSupported)
    );
    casevoice::speech::stop();
    assert!(!casevoice::speech::is_speaking());
    assert!(!casevoice::speech::is_supported());
}

#[wasm_bindgen_test]
async fn the_browsers_own_engine_is_driven_without_a_panic() {
    restore_real_speech();
    let (app, root) = mount(ScreenProps::default());
    yew::scheduler::flush().await;
    // Headless Chromium may have no voices or refuse to speak without a tap; either
    // way the button must carry on, with a message at most.
    press(&root).await;
    assert!(["Read this to me", "Stop reading"].contains(&button_name(&root).as_str()));
    app.destroy();
    root.remove();
}
