//! The vault: drafts, settings and the outbox encrypted at rest under a
//! passphrase, as envelope encryption.
//!
//! - A random 256-bit **data key** seals every stored value with AES-256-GCM
//!   (a fresh 96-bit nonce each time, and the record id or "settings" as the
//!   associated data, so a value moved to another key does not open).
//! - The **key-encryption key** is Argon2id of the passphrase, with the
//!   parameters and salt in the header. It only seals the data key, so a new
//!   passphrase or stronger parameters rewrap 32 bytes and leave every record
//!   as it is.
//! - The **header**, stored in the clear beside the data, holds nothing
//!   personal: the format, the Argon2id parameters and salt, and the sealed data
//!   key.
//!
//! A wrong passphrase is told apart from damage: everything in the header is
//! checked before the slow derivation, so only a failed tag on the wrapped key
//! means `WrongPassphrase`.

mod kdf;
mod passphrase;
mod sealed;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
pub use zeroize::Zeroizing;

pub use kdf::KdfParams;
pub use passphrase::{check_passphrase, PassphraseProblem, MIN_PASSPHRASE_CHARS};
pub use sealed::{is_sealed, DataKey, NotReadBack, SEAL_ATTEMPTS};

pub use sealed::KEY_BYTES;
use sealed::{NONCE_BYTES, TAG_BYTES};

pub const VAULT_FORMAT: &str = "casevoice-vault";
/// The header's version; sealed values carry theirs in their "cv1." prefix.
pub const VAULT_VERSION: u32 = 1;
/// The associated data of the wrapped data key, with the header's version.
const WRAPPED_KEY_CONTEXT: &str = "casevoice data key v1";

/// What is stored in the clear beside the data: nothing personal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultHeader {
    pub format: String,
    /// 1.
    pub version: u32,
    pub kdf: KdfParams,
    /// The data key sealed with the key-encryption key.
    pub wrapped_key: String,
}

impl VaultHeader {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a header of strings and numbers always serialises")
    }

    /// The header stored by [`VaultHeader::to_json`], checked as
    /// [`unlock`] checks it before deriving anything.
    pub fn from_json(text: &str) -> Result<VaultHeader, VaultError> {
        let header: VaultHeader = serde_json::from_str(text).map_err(|_| VaultError::Damaged)?;
        header.check()?;
        Ok(header)
    }

    /// `Damaged` for another format or version, a bad salt or a wrapped key of
    /// the wrong shape; `UnsupportedParameters` for costs this release refuses.
    fn check(&self) -> Result<(), VaultError> {
        if self.format != VAULT_FORMAT || self.version != VAULT_VERSION {
            return Err(VaultError::Damaged);
        }
        self.kdf.salt_bytes()?;
        if sealed::decode(&self.wrapped_key)?.len() != NONCE_BYTES + KEY_BYTES + TAG_BYTES {
            return Err(VaultError::Damaged);
        }
        self.kdf.argon2_params()?;
        Ok(())
    }
}

/// Why a vault does not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VaultError {
    WrongPassphrase,
    /// The header or a sealed value is not in the expected format, truncated,
    /// or from an unknown version.
    Damaged,
    /// Authentication failed: the ciphertext, nonce or context was changed.
    Tampered,
    /// Parameters below the minimum or absurdly high (memory over 1 GiB, over 20
    /// passes or over 8 lanes), or not Argon2id version 0x13, so a doctored
    /// header cannot hang the browser.
    UnsupportedParameters,
}

/// Why a passphrase was not changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeProblem {
    WrongPassphrase,
    New(PassphraseProblem),
    Damaged,
}

/// An opened vault.
#[derive(Clone, Debug)]
pub struct Unlocked {
    pub key: DataKey,
    /// Some when the stored parameters were below [`KdfParams::current`]: the
    /// same data key rewrapped under current parameters with a new salt; the
    /// app stores it.
    pub upgraded: Option<VaultHeader>,
}

/// First use: checks the passphrase, makes a random data key, derives the
/// key-encryption key with Argon2id and wraps the data key. (The app derives
/// in a worker, with [`open_wrapped_key`] and [`wrap_with`]; this is the same
/// in one call.)
pub fn create_vault(passphrase: &str) -> Result<(VaultHeader, DataKey), PassphraseProblem> {
    check_passphrase(passphrase)?;
    let key = DataKey::generate();
    let params = KdfParams::current();
    let header = params
        .derive(passphrase)
        .and_then(|kek| wrap_with(&key, &kek, params))
        .expect("current() parameters derive a key from any passphrase under 4 GiB, and a browser that cannot seal 32 bytes three times running cannot run the app");
    Ok((header, key))
}

/// Opens the vault: `WrongPassphrase` only when the header is sound and the
/// wrapped key's tag fails under the derived key.
pub fn unlock(header: &VaultHeader, passphrase: &str) -> Result<Unlocked, VaultError> {
    header.check()?;
    let kek = header.kdf.derive(passphrase)?;
    let key = open_wrapped_key(header, &kek)?;
    // A rewrap that fails leaves the old header, which still opens.
    let upgraded = if header.kdf.is_below_current() {
        let params = KdfParams::current();
        params
            .derive(passphrase)
            .and_then(|kek| wrap_with(&key, &kek, params))
            .ok()
    } else {
        None
    };
    Ok(Unlocked { key, upgraded })
}

/// The data key in `header`, opened with `kek` (derived from the passphrase
/// with the header's parameters): `WrongPassphrase` when the header is sound
/// and the wrapped key's tag fails.
pub fn open_wrapped_key(header: &VaultHeader, kek: &DataKey) -> Result<DataKey, VaultError> {
    header.check()?;
    let opened = Zeroizing::new(kek.open(WRAPPED_KEY_CONTEXT, &header.wrapped_key).map_err(
        |error| match error {
            VaultError::Tampered => VaultError::WrongPassphrase,
            other => other,
        },
    )?);
    if opened.len() != KEY_BYTES {
        return Err(VaultError::Damaged);
    }
    let mut bytes = Zeroizing::new([0u8; KEY_BYTES]);
    bytes.copy_from_slice(&opened);
    Ok(DataKey::from_bytes(bytes))
}

/// Rewraps the same data key under the new passphrase (fresh salt, current
/// parameters). Records are not re-encrypted. The header and the new passphrase
/// are checked before the old one, which costs a slow derivation.
pub fn change_passphrase(
    header: &VaultHeader,
    old: &str,
    new: &str,
) -> Result<VaultHeader, ChangeProblem> {
    header.check().map_err(|_| ChangeProblem::Damaged)?;
    check_passphrase(new).map_err(ChangeProblem::New)?;
    let unlocked = unlock(header, old).map_err(|error| match error {
        VaultError::WrongPassphrase => ChangeProblem::WrongPassphrase,
        _ => ChangeProblem::Damaged,
    })?;
    let params = KdfParams::current();
    params
        .derive(new)
        .and_then(|kek| wrap_with(&unlocked.key, &kek, params))
        .map_err(|_| ChangeProblem::Damaged)
}

/// The header that holds `key` sealed under `kek`, which was derived with
/// `params`; `Damaged` if the browser could not seal it so that it opens again.
pub fn wrap_with(
    key: &DataKey,
    kek: &DataKey,
    params: KdfParams,
) -> Result<VaultHeader, VaultError> {
    // Checked: a wrapped key that does not open would lose every record.
    let wrapped_key = kek
        .seal_checked(WRAPPED_KEY_CONTEXT, key.bytes())
        .map_err(|NotReadBack| VaultError::Damaged)?;
    Ok(VaultHeader {
        format: VAULT_FORMAT.to_string(),
        version: VAULT_VERSION,
        wrapped_key,
        kdf: params,
    })
}
