//! The envelope: creating, unlocking, upgrading and rewrapping. Each Argon2id
//! derivation at current parameters fills 19 MiB twice (about 25 ms natively
//! with the optimised argon2 of the dev profile), so one vault is made once and
//! shared.

use std::sync::OnceLock;

use super::kdf::{CURRENT_MEMORY_KIB, CURRENT_PASSES, MAX_MEMORY_KIB};
use super::*;

const PASSPHRASE: &str = "kettle on the hob at four";
const NEW_PASSPHRASE: &str = "the heron by the canal lock";

/// A vault made with [`create_vault`], and a value sealed under its key.
struct Made {
    header: VaultHeader,
    key: DataKey,
    sealed: String,
}

fn made() -> &'static Made {
    static MADE: OnceLock<Made> = OnceLock::new();
    MADE.get_or_init(|| {
        let (header, key) = create_vault(PASSPHRASE).unwrap();
        let sealed = key.seal_text("record-1", "sealed before");
        Made {
            header,
            key,
            sealed,
        }
    })
}

fn opens_the_old_value(key: &DataKey) -> bool {
    key.open_text("record-1", &made().sealed).as_deref() == Ok("sealed before")
}

#[test]
fn the_right_passphrase_unlocks_the_same_key() {
    let made = made();
    assert!(opens_the_old_value(&made.key));
    let unlocked = unlock(&made.header, PASSPHRASE).unwrap();
    assert!(opens_the_old_value(&unlocked.key));
    assert_eq!(unlocked.upgraded, None);
}

#[test]
fn a_wrong_passphrase_is_told_apart_from_damage() {
    let made = made();
    assert_eq!(
        unlock(&made.header, "kettle on the hob at five").map(|_| ()),
        Err(VaultError::WrongPassphrase)
    );
}

#[test]
fn a_changed_wrapped_key_reads_as_a_wrong_passphrase() {
    // The tag on the wrapped key is the only check a passphrase has, so a
    // changed byte there cannot be told from a wrong passphrase.
    let made = made();
    let mut body = sealed::decode(&made.header.wrapped_key).unwrap();
    body[NONCE_BYTES] ^= 0x80;
    let header = VaultHeader {
        wrapped_key: format!("cv1.{}", crate::base64url::encode(&body)),
        ..made.header.clone()
    };
    assert_eq!(
        unlock(&header, PASSPHRASE).map(|_| ()),
        Err(VaultError::WrongPassphrase)
    );
}

#[test]
fn create_vault_refuses_a_weak_passphrase() {
    assert_eq!(create_vault("").map(|_| ()), Err(PassphraseProblem::Empty));
    assert_eq!(
        create_vault("short").map(|_| ()),
        Err(PassphraseProblem::TooShort)
    );
    assert_eq!(
        create_vault("Qwerty123456").map(|_| ()),
        Err(PassphraseProblem::Common)
    );
}

#[test]
fn the_header_round_trips_through_json_and_holds_nothing_personal() {
    let header = &made().header;
    let json = header.to_json();
    assert_eq!(VaultHeader::from_json(&json).as_ref(), Ok(header));
    assert!(!json.contains(PASSPHRASE));
    assert!(json.contains(r#""format":"casevoice-vault""#));
    assert!(json.contains(r#""memory_kib":19456"#));
}

#[test]
fn doctored_headers_are_refused_before_any_derivation() {
    let header = &made().header;
    let with_kdf = |kdf: KdfParams| VaultHeader {
        kdf,
        ..header.clone()
    };
    let cases = [
        (
            with_kdf(KdfParams {
                memory_kib: MAX_MEMORY_KIB + 1,
                ..header.kdf.clone()
            }),
            VaultError::UnsupportedParameters,
        ),
        (
            with_kdf(KdfParams {
                passes: 1_000,
                ..header.kdf.clone()
            }),
            VaultError::UnsupportedParameters,
        ),
        (
            with_kdf(KdfParams {
                salt: "not base64!".into(),
                ..header.kdf.clone()
            }),
            VaultError::Damaged,
        ),
        (
            VaultHeader {
                wrapped_key: "cv1.not base64!".into(),
                ..header.clone()
            },
            VaultError::Damaged,
        ),
        (
            VaultHeader {
                // A sealed value, but not of a 32-byte key.
                wrapped_key: made().sealed.clone(),
                ..header.clone()
            },
            VaultError::Damaged,
        ),
        (
            VaultHeader {
                format: "another-vault".into(),
                ..header.clone()
            },
            VaultError::Damaged,
        ),
        (
            VaultHeader {
                version: 2,
                ..header.clone()
            },
            VaultError::Damaged,
        ),
    ];
    for (doctored, error) in cases {
        assert_eq!(
            VaultHeader::from_json(&doctored.to_json()),
            Err(error),
            "{doctored:?}"
        );
        assert_eq!(
            unlock(&doctored, PASSPHRASE).map(|_| ()),
            Err(error),
            "{doctored:?}"
        );
        assert_eq!(
            change_passphrase(&doctored, PASSPHRASE, NEW_PASSPHRASE),
            Err(ChangeProblem::Damaged)
        );
    }
}

#[test]
fn what_is_not_a_header_is_damaged() {
    let json = made().header.to_json();
    for text in ["", "{}", "null", "cv1.AAAA", &json[..json.len() / 2]] {
        assert_eq!(
            VaultHeader::from_json(text),
            Err(VaultError::Damaged),
            "{text:?}"
        );
    }
}

#[test]
fn lower_parameters_are_upgraded_on_unlock() {
    let key = DataKey::generate();
    let sealed = key.seal_text("settings", "sealed under 8 MiB");
    let low = KdfParams {
        memory_kib: 8 * 1024,
        passes: 1,
        ..KdfParams::current()
    };
    assert!(low.is_below_current());
    let old_header = wrap_with(&key, &low.derive(PASSPHRASE).unwrap(), low.clone()).unwrap();

    let unlocked = unlock(&old_header, PASSPHRASE).unwrap();
    assert_eq!(
        unlocked.key.open_text("settings", &sealed).as_deref(),
        Ok("sealed under 8 MiB")
    );
    let upgraded = unlocked
        .upgraded
        .expect("8 MiB and 1 pass are below current()");
    assert_eq!(upgraded.kdf.memory_kib, CURRENT_MEMORY_KIB);
    assert_eq!(upgraded.kdf.passes, CURRENT_PASSES);
    assert_ne!(upgraded.kdf.salt, low.salt);
    assert_ne!(upgraded.wrapped_key, old_header.wrapped_key);

    let again = unlock(&upgraded, PASSPHRASE).unwrap();
    assert_eq!(again.upgraded, None);
    assert_eq!(
        again.key.open_text("settings", &sealed).as_deref(),
        Ok("sealed under 8 MiB")
    );
}

#[test]
fn a_changed_passphrase_unlocks_the_same_key_and_the_old_one_does_not() {
    let made = made();
    let changed = change_passphrase(&made.header, PASSPHRASE, NEW_PASSPHRASE).unwrap();
    assert_ne!(changed.kdf.salt, made.header.kdf.salt);
    assert!(!changed.kdf.is_below_current());

    let unlocked = unlock(&changed, NEW_PASSPHRASE).unwrap();
    assert!(opens_the_old_value(&unlocked.key));
    assert_eq!(
        unlock(&changed, PASSPHRASE).map(|_| ()),
        Err(VaultError::WrongPassphrase)
    );
}

#[test]
fn changing_needs_the_old_passphrase_and_a_good_new_one() {
    let header = &made().header;
    assert_eq!(
        change_passphrase(header, "not the passphrase", NEW_PASSPHRASE),
        Err(ChangeProblem::WrongPassphrase)
    );
    assert_eq!(
        change_passphrase(header, PASSPHRASE, "too short"),
        Err(ChangeProblem::New(PassphraseProblem::TooShort))
    );
    assert_eq!(
        change_passphrase(header, PASSPHRASE, "administrator"),
        Err(ChangeProblem::New(PassphraseProblem::Common))
    );
}

#[test]
fn an_unlocked_vault_prints_no_key() {
    let unlocked = Unlocked {
        key: made().key.clone(),
        upgraded: None,
    };
    assert_eq!(
        format!("{unlocked:?}"),
        "Unlocked { key: DataKey(..), upgraded: None }"
    );
}

// The pieces the app puts together around a derivation made in a worker.

#[test]
fn the_key_derived_apart_opens_the_wrapped_key_as_unlock_does() {
    let made = made();
    let kek = made.header.kdf.derive(PASSPHRASE).unwrap();
    let key = open_wrapped_key(&made.header, &kek).unwrap();
    assert!(key.same_as(&made.key));
    assert!(opens_the_old_value(&key));
}

#[test]
fn a_key_derived_from_another_passphrase_is_a_wrong_passphrase() {
    let made = made();
    let kek = made.header.kdf.derive(NEW_PASSPHRASE).unwrap();
    assert_eq!(
        open_wrapped_key(&made.header, &kek).map(|_| ()),
        Err(VaultError::WrongPassphrase)
    );
}

#[test]
fn wrap_with_makes_a_header_its_passphrase_unlocks() {
    let made = made();
    let params = KdfParams::current();
    let kek = params.derive(NEW_PASSPHRASE).unwrap();
    let header = wrap_with(&made.key, &kek, params).unwrap();
    let unlocked = unlock(&header, NEW_PASSPHRASE).unwrap();
    assert!(unlocked.key.same_as(&made.key));
    assert_eq!(
        unlock(&header, PASSPHRASE).map(|_| ()),
        Err(VaultError::WrongPassphrase)
    );
}

#[test]
fn two_derivations_of_one_passphrase_are_the_same_key_and_others_are_not() {
    let params = &made().header.kdf;
    let once = params.derive(PASSPHRASE).unwrap();
    assert!(once.same_as(&params.derive(PASSPHRASE).unwrap()));
    assert!(!once.same_as(&params.derive(NEW_PASSPHRASE).unwrap()));
    assert!(!once.same_as(&KdfParams::current().derive(PASSPHRASE).unwrap()));
}
