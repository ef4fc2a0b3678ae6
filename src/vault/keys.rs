//! Setting up, unlocking and changing the passphrase, as the core's `vault`
//! does them, with each Argon2id derivation made by the key worker
//! ([`super::key_worker`]).
//!
//! A key-encryption key that is new (set-up, a changed passphrase, stronger
//! parameters) is derived twice and used only when both agree: one that was
//! miscomputed would wrap the data key so that the passphrase never opens it
//! again, and every record would be lost. At unlock the wrapped key's tag
//! checks the derivation; one that fails is derived once more before the
//! passphrase is called wrong.

use casevoice_core::vault::{
    check_passphrase, open_wrapped_key, wrap_with, ChangeProblem, DataKey, KdfParams,
    PassphraseProblem, Unlocked, VaultError, VaultHeader,
};

use super::key_worker::derive_key;

/// Pairs of derivations tried before a new key is given up on.
const PAIRS: usize = 3;

/// A new key-encryption key, derived twice and the same both times.
async fn derive_agreed(params: &KdfParams, passphrase: &str) -> Result<DataKey, VaultError> {
    for _ in 0..PAIRS {
        let first = derive_key(params, passphrase).await?;
        let second = derive_key(params, passphrase).await?;
        if first.same_as(&second) {
            return Ok(first);
        }
        gloo::console::warn!(
            "casevoice: two derivations of one passphrase differed; deriving again"
        );
    }
    Err(VaultError::Damaged)
}

/// The header for `key` under `passphrase` with new current parameters.
async fn wrap_new(key: &DataKey, passphrase: &str) -> Result<VaultHeader, VaultError> {
    let params = KdfParams::current();
    let kek = derive_agreed(&params, passphrase).await?;
    wrap_with(key, &kek, params)
}

/// Why no vault was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreateProblem {
    Passphrase(PassphraseProblem),
    /// This browser did not derive the same key twice, or could not seal it.
    NotDerived,
}

/// First use: as `casevoice_core::vault::create_vault`.
pub async fn create_vault(passphrase: &str) -> Result<(VaultHeader, DataKey), CreateProblem> {
    check_passphrase(passphrase).map_err(CreateProblem::Passphrase)?;
    let key = DataKey::generate();
    let header = wrap_new(&key, passphrase)
        .await
        .map_err(|_| CreateProblem::NotDerived)?;
    Ok((header, key))
}

/// The data key in `header`, for `passphrase`: a derivation that does not
/// open it is made once more before the passphrase is called wrong.
async fn open(header: &VaultHeader, passphrase: &str) -> Result<DataKey, VaultError> {
    header.kdf.check()?;
    let kek = derive_key(&header.kdf, passphrase).await?;
    match open_wrapped_key(header, &kek) {
        Err(VaultError::WrongPassphrase) => {
            let kek = derive_key(&header.kdf, passphrase).await?;
            open_wrapped_key(header, &kek)
        }
        opened => opened,
    }
}

/// Unlocks: as `casevoice_core::vault::unlock`.
pub async fn unlock(header: &VaultHeader, passphrase: &str) -> Result<Unlocked, VaultError> {
    let key = open(header, passphrase).await?;
    // A rewrap that fails leaves the old header, which still opens.
    let upgraded = if header.kdf.is_below_current() {
        wrap_new(&key, passphrase).await.ok()
    } else {
        None
    };
    Ok(Unlocked { key, upgraded })
}

/// A new passphrase: as `casevoice_core::vault::change_passphrase`.
pub async fn change_passphrase(
    header: &VaultHeader,
    old: &str,
    new: &str,
) -> Result<VaultHeader, ChangeProblem> {
    header.kdf.check().map_err(|_| ChangeProblem::Damaged)?;
    check_passphrase(new).map_err(ChangeProblem::New)?;
    let key = open(header, old).await.map_err(|error| match error {
        VaultError::WrongPassphrase => ChangeProblem::WrongPassphrase,
        _ => ChangeProblem::Damaged,
    })?;
    wrap_new(&key, new)
        .await
        .map_err(|_| ChangeProblem::Damaged)
}
