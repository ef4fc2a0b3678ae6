//! Reads the deployment's `config.json` once, at start-up, through `fetch`
//! (gloo's net feature is not enabled, and one request does not warrant it).

use std::rc::Rc;

use casevoice_core::deployment::{
    parse_deployment, CaseSystemKey, DeploymentConfig, DeploymentProblem,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What this deployment says about exports, as the pages need it.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Deployment {
    /// `config.json` has not been read yet.
    #[default]
    Checking,
    /// No `config.json`: exports are plain downloads and nothing is ever sent.
    NotConfigured,
    Ready(Rc<DeploymentConfig>),
    /// A `config.json` that cannot be used: nothing is encrypted or sent until
    /// it is fixed, and the practitioner is told why.
    Problem(DeploymentProblem),
}

impl Deployment {
    pub fn key(&self) -> Option<&CaseSystemKey> {
        match self {
            Deployment::Ready(config) => config.case_system_key.as_ref(),
            _ => None,
        }
    }

    pub fn upload_url(&self) -> Option<&str> {
        match self {
            Deployment::Ready(config) => config.upload_url.as_deref(),
            _ => None,
        }
    }

    /// Whether a plain download may be one click (the task list's button): only
    /// once `config.json` has been read and names no key.
    pub fn allows_one_click_plain_export(&self) -> bool {
        match self {
            Deployment::NotConfigured => true,
            Deployment::Ready(config) => config.case_system_key.is_none(),
            Deployment::Checking | Deployment::Problem(_) => false,
        }
    }

    /// Whether a plain download needs the practitioner to confirm it: whenever
    /// a `config.json` was served, since its author meant exports to be protected.
    pub fn plain_needs_confirmation(&self) -> bool {
        matches!(self, Deployment::Problem(_)) || self.key().is_some()
    }
}

/// `config.json` from beside `index.html`. A 404 or no connection means no
/// configuration. Static hosts that answer every address with `index.html` (as
/// single-page apps are usually served) give HTML, which also means none.
pub async fn fetch_deployment() -> Deployment {
    match fetch_text("config.json").await {
        Ok(Some(text)) => match parse_deployment(&text) {
            Ok(config) => Deployment::Ready(Rc::new(config)),
            Err(problem) => Deployment::Problem(problem),
        },
        Ok(None) => Deployment::NotConfigured,
        Err(()) => Deployment::NotConfigured,
    }
}

/// The body of a JSON file at `path` beside the page; `None` when there is none.
async fn fetch_text(path: &str) -> Result<Option<String>, ()> {
    let window = web_sys::window().ok_or(())?;
    let init = web_sys::RequestInit::new();
    // Revalidated on every start, so a new key takes effect at the next reload.
    init.set_cache(web_sys::RequestCache::NoCache);
    let url = format!("/{path}");
    let response = JsFuture::from(window.fetch_with_str_and_init(&url, &init))
        .await
        .map_err(|_| ())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ())?;
    if response.status() == 404 {
        return Ok(None);
    }
    let content_type = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default();
    if content_type.contains("html") {
        return Ok(None);
    }
    if !response.ok() {
        // A config that exists but cannot be served is still meant to apply:
        // report it rather than fall back to plain exports.
        return Ok(Some(String::new()));
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?;
    Ok(Some(text.as_string().unwrap_or_default()))
}
