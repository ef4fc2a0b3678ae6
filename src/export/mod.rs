//! Encrypted export and upload: the deployment's `config.json` and the JWE made
//! with Web Crypto. Files are saved by `crate::download`.

mod deployment;
mod jwe;

pub use deployment::{fetch_deployment, Deployment};
pub use jwe::{encrypt_export, JweError};
