//! The key-encryption key: Argon2id of the passphrase, with its parameters
//! stored in the vault header so they can be raised later.

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::sealed::{fill_random, DataKey, KEY_BYTES};
use super::VaultError;
use crate::base64url;

pub const ALGORITHM: &str = "argon2id";
/// Argon2 version 1.3.
pub const ARGON2_VERSION: u32 = 0x13;
pub const SALT_BYTES: usize = 16;
/// OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
pub const CURRENT_MEMORY_KIB: u32 = 19 * 1024;
pub const CURRENT_PASSES: u32 = 2;
pub const CURRENT_LANES: u32 = 1;
/// Parameters this release opens. Below the floor nothing was ever written; the
/// ceilings stop a doctored header from hanging the browser or running it out
/// of memory.
pub const FLOOR_MEMORY_KIB: u32 = 8 * 1024;
pub const MAX_MEMORY_KIB: u32 = 1024 * 1024;
pub const MAX_PASSES: u32 = 20;
pub const MAX_LANES: u32 = 8;

/// Argon2id parameters; at least 19 MiB and 2 passes (OWASP's minimum).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// "argon2id".
    pub algorithm: String,
    /// 19 (0x13).
    pub version: u32,
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
    /// base64url, 16 random bytes.
    pub salt: String,
}

impl KdfParams {
    /// The parameters new keys are wrapped with, and a fresh random salt.
    pub fn current() -> KdfParams {
        let mut salt = [0u8; SALT_BYTES];
        fill_random(&mut salt);
        KdfParams {
            algorithm: ALGORITHM.to_string(),
            version: ARGON2_VERSION,
            memory_kib: CURRENT_MEMORY_KIB,
            passes: CURRENT_PASSES,
            lanes: CURRENT_LANES,
            salt: base64url::encode(&salt),
        }
    }

    /// Whether the memory or the passes are below [`KdfParams::current`]'s, so
    /// that unlocking should rewrap the key under current parameters.
    pub fn is_below_current(&self) -> bool {
        self.memory_kib < CURRENT_MEMORY_KIB || self.passes < CURRENT_PASSES
    }

    /// The salt's bytes: `Damaged` unless it is 16 bytes of base64url.
    pub(super) fn salt_bytes(&self) -> Result<[u8; SALT_BYTES], VaultError> {
        base64url::decode(&self.salt)
            .and_then(|salt| <[u8; SALT_BYTES]>::try_from(salt).ok())
            .ok_or(VaultError::Damaged)
    }

    /// Argon2's parameters: `UnsupportedParameters` for another algorithm or
    /// Argon2 version, or costs outside what this release opens.
    pub(super) fn argon2_params(&self) -> Result<Params, VaultError> {
        let supported = self.algorithm == ALGORITHM
            && self.version == ARGON2_VERSION
            && (FLOOR_MEMORY_KIB..=MAX_MEMORY_KIB).contains(&self.memory_kib)
            && (1..=MAX_PASSES).contains(&self.passes)
            && (1..=MAX_LANES).contains(&self.lanes);
        if !supported {
            return Err(VaultError::UnsupportedParameters);
        }
        Params::new(self.memory_kib, self.passes, self.lanes, Some(KEY_BYTES))
            .map_err(|_| VaultError::UnsupportedParameters)
    }

    /// The key-encryption key for `passphrase`, its UTF-8 bytes exactly as typed.
    pub fn derive(&self, passphrase: &str) -> Result<DataKey, VaultError> {
        self.derive_bytes(passphrase).map(DataKey::from_bytes)
    }

    /// [`KdfParams::derive`]'s key as bytes, for the app's key worker to hand
    /// back to the page.
    pub fn derive_bytes(&self, passphrase: &str) -> Result<Zeroizing<[u8; KEY_BYTES]>, VaultError> {
        let params = self.argon2_params()?;
        let salt = self.salt_bytes()?;
        let mut kek = Zeroizing::new([0u8; KEY_BYTES]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.as_bytes(), &salt, kek.as_mut_slice())
            // Only a passphrase over 4 GiB fails here.
            .map_err(|_| VaultError::UnsupportedParameters)?;
        Ok(kek)
    }

    /// What [`KdfParams::derive`] checks before deriving: a salt of 16 bytes
    /// and parameters this release opens.
    pub fn check(&self) -> Result<(), VaultError> {
        self.salt_bytes()?;
        self.argon2_params().map(drop)
    }

    /// The parameters as JSON, for the key worker.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("parameters of strings and numbers always serialise")
    }

    /// Parameters from [`KdfParams::to_json`], checked; `Damaged` if they do not read.
    pub fn from_json(text: &str) -> Result<KdfParams, VaultError> {
        let params: KdfParams = serde_json::from_str(text).map_err(|_| VaultError::Damaged)?;
        params.check()?;
        Ok(params)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_is_owasp_s_minimum_with_a_fresh_salt() {
        let params = KdfParams::current();
        assert_eq!(params.algorithm, "argon2id");
        assert_eq!(params.version, 19);
        assert_eq!(
            (params.memory_kib, params.passes, params.lanes),
            (19_456, 2, 1)
        );
        assert_eq!(params.salt_bytes().map(|s| s.len()), Ok(16));
        assert_ne!(params.salt, KdfParams::current().salt);
        assert!(!params.is_below_current());
    }

    #[test]
    fn less_memory_or_fewer_passes_is_below_current() {
        let current = KdfParams::current();
        for (memory_kib, passes) in [(8 * 1024, 1), (19 * 1024 - 1, 2), (64 * 1024, 1)] {
            let params = KdfParams {
                memory_kib,
                passes,
                ..current.clone()
            };
            assert!(
                params.is_below_current(),
                "{memory_kib} KiB, {passes} passes"
            );
        }
        let more = KdfParams {
            memory_kib: 64 * 1024,
            passes: 3,
            ..current
        };
        assert!(!more.is_below_current());
    }

    #[test]
    fn refuses_parameters_outside_what_this_release_opens() {
        let current = KdfParams::current();
        let doctored = [
            KdfParams {
                memory_kib: MAX_MEMORY_KIB + 1,
                ..current.clone()
            },
            KdfParams {
                memory_kib: u32::MAX,
                ..current.clone()
            },
            KdfParams {
                memory_kib: FLOOR_MEMORY_KIB - 1,
                ..current.clone()
            },
            KdfParams {
                passes: 0,
                ..current.clone()
            },
            KdfParams {
                passes: MAX_PASSES + 1,
                ..current.clone()
            },
            KdfParams {
                lanes: 0,
                ..current.clone()
            },
            KdfParams {
                lanes: MAX_LANES + 1,
                ..current.clone()
            },
            KdfParams {
                algorithm: "argon2i".into(),
                ..current.clone()
            },
            KdfParams {
                version: 0x10,
                ..current.clone()
            },
        ];
        for params in doctored {
            assert_eq!(
                params.derive("a passphrase").map(|_| ()),
                Err(VaultError::UnsupportedParameters),
                "{params:?}"
            );
        }
    }

    #[test]
    fn a_salt_that_is_not_16_bytes_of_base64url_is_damaged() {
        let current = KdfParams::current();
        for salt in [
            "",
            "not base64!",
            "AAAA",
            "AAAAAAAAAAAAAAAAAAAAAA==",
            "AAAAAAAAAAAAAAAAAAAAAAAA",
        ] {
            let params = KdfParams {
                salt: salt.into(),
                ..current.clone()
            };
            assert_eq!(params.salt_bytes(), Err(VaultError::Damaged), "{salt:?}");
        }
    }
}
