//! Encrypted export and upload: the deployment's `config.json`, the JWE made
//! with Web Crypto, and saving a file to the device.

mod deployment;
mod download;
mod jwe;

pub use deployment::{fetch_deployment, Deployment};
pub use download::download_text;
pub use jwe::{encrypt_export, JweError};
