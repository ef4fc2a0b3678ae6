//! The protect-the-data part of the message catalogue ([`crate::messages`]):
//! setting the passphrase, unlocking, locking, changing the passphrase, wiping
//! the device, and retention.

use crate::l10n::{self, text as t, Id};
use crate::messages::{Lang, Msg};
use crate::vault::{ChangeProblem, PassphraseProblem, VaultError};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VaultMsg {
    // Set-up
    SetUpTitle,
    SetUpIntro,
    SetUpNoRecovery,
    SetUpEarlierRecords,
    Passphrase,
    PassphraseHint,
    ConfirmPassphrase,
    SetPassphrase,
    SettingUp,
    // Problems
    Problem(PassphraseProblem),
    PassphrasesDiffer,
    ConfirmMissing,
    WrongPassphrase,
    CurrentPassphraseMissing,
    KeyDamaged,
    NotStored,
    /// This browser did not derive the same key twice from the passphrase.
    NotDerived,
    // Unlock
    UnlockTitle,
    UnlockIntro,
    UnlockIdleIntro,
    Unlock,
    Unlocking,
    ForgottenPassphrase,
    // Lock
    Lock,
    // Change the passphrase
    ChangeTitle,
    ChangeIntro,
    CurrentPassphrase,
    NewPassphrase,
    ConfirmNewPassphrase,
    ChangePassphrase,
    Changing,
    Changed,
    // Wipe
    WipeTitle,
    WipeIntro,
    WipeExportFirst,
    WipeConfirmLabel,
    WipeConfirmHint,
    WipeConfirmMissing,
    WipeDevice,
    WipeCancel,
    WipeFailed,
    Wiped,
    // Settings
    SecurityHeading,
    SecurityIntro,
    LockAfter,
    LockAfterHint,
    Minutes,
    RetentionDays,
    RetentionDaysHint,
    Days,
    ChangePassphraseLink,
    WipeDeviceLink,
    // Storage faults
    NotSavedCleared,
    NotSavedNewerVersion,
    /// A seal did not read back (README "Browser support").
    NotSavedNotReadBack,
    ExportNow,
    ExportLastChangedRecord,
    InMemoryOnly,
    StorageHeading,
    StorageChecking,
    StorageKept,
    StorageMayBeCleared,
    StorageMemoryOnly,
    StorageMayBeClearedNotice,
    StorageNoticeLink,
}

impl From<VaultMsg> for Msg {
    fn from(msg: VaultMsg) -> Msg {
        Msg::Vault(msg)
    }
}

/// The word a change-passphrase problem is shown with.
pub fn change_problem_msg(problem: ChangeProblem) -> VaultMsg {
    match problem {
        ChangeProblem::WrongPassphrase => VaultMsg::WrongPassphrase,
        ChangeProblem::New(problem) => VaultMsg::Problem(problem),
        ChangeProblem::Damaged => VaultMsg::KeyDamaged,
    }
}

/// Which of the two boxes a chosen passphrase's problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChosenBox {
    Passphrase,
    Confirmation,
}

/// A new passphrase as typed twice (set-up, change): the rules first, then the
/// second box. `None` when it can be used.
pub fn chosen_passphrase_problem(passphrase: &str, confirm: &str) -> Option<(ChosenBox, VaultMsg)> {
    if let Err(problem) = crate::vault::check_passphrase(passphrase) {
        return Some((ChosenBox::Passphrase, VaultMsg::Problem(problem)));
    }
    if confirm.is_empty() {
        return Some((ChosenBox::Confirmation, VaultMsg::ConfirmMissing));
    }
    (confirm != passphrase).then_some((ChosenBox::Confirmation, VaultMsg::PassphrasesDiffer))
}

/// The words for a failed unlock.
pub fn unlock_error_msg(error: VaultError) -> VaultMsg {
    match error {
        VaultError::WrongPassphrase => VaultMsg::WrongPassphrase,
        VaultError::Damaged | VaultError::Tampered | VaultError::UnsupportedParameters => {
            VaultMsg::KeyDamaged
        }
    }
}

/// The records list's warning on a record the case system has, deleted soon.
pub fn retention_warning(days_left: i64, lang: Lang) -> String {
    l10n::retention_warning(lang, days_left.max(1) as u64)
}

/// The records list's banner after retention deleted records at start-up.
pub fn retention_deleted(count: usize, lang: Lang) -> String {
    l10n::retention_deleted(lang, count as u64)
}

pub(crate) fn words(msg: VaultMsg, lang: Lang) -> &'static str {
    match msg {
        VaultMsg::SetUpTitle => t(lang, Id::VaultSetUpTitle),
        VaultMsg::SetUpIntro => t(lang, Id::VaultSetUpIntro),
        VaultMsg::SetUpNoRecovery => t(lang, Id::VaultSetUpNoRecovery),
        VaultMsg::SetUpEarlierRecords => t(lang, Id::VaultSetUpEarlierRecords),
        VaultMsg::Passphrase => t(lang, Id::VaultPassphrase),
        VaultMsg::PassphraseHint => t(lang, Id::VaultPassphraseHint),
        VaultMsg::ConfirmPassphrase => t(lang, Id::VaultConfirmPassphrase),
        VaultMsg::SetPassphrase => t(lang, Id::VaultSetPassphrase),
        VaultMsg::SettingUp => t(lang, Id::VaultSettingUp),
        VaultMsg::Problem(problem) => match problem {
            PassphraseProblem::Empty => t(lang, Id::VaultProblemEmpty),
            PassphraseProblem::TooShort => t(lang, Id::VaultProblemTooShort),
            PassphraseProblem::Common => t(lang, Id::VaultProblemCommon),
        },
        VaultMsg::PassphrasesDiffer => t(lang, Id::VaultPassphrasesDiffer),
        VaultMsg::ConfirmMissing => t(lang, Id::VaultConfirmMissing),
        VaultMsg::WrongPassphrase => t(lang, Id::VaultWrongPassphrase),
        VaultMsg::CurrentPassphraseMissing => t(lang, Id::VaultCurrentPassphraseMissing),
        VaultMsg::KeyDamaged => t(lang, Id::VaultKeyDamaged),
        VaultMsg::NotStored => t(lang, Id::VaultNotStored),
        VaultMsg::NotDerived => t(lang, Id::VaultNotDerived),
        VaultMsg::UnlockTitle => t(lang, Id::VaultUnlockTitle),
        VaultMsg::UnlockIntro => t(lang, Id::VaultUnlockIntro),
        VaultMsg::UnlockIdleIntro => t(lang, Id::VaultUnlockIdleIntro),
        VaultMsg::Unlock => t(lang, Id::VaultUnlock),
        VaultMsg::Unlocking => t(lang, Id::VaultUnlocking),
        VaultMsg::ForgottenPassphrase => t(lang, Id::VaultForgottenPassphrase),
        VaultMsg::Lock => t(lang, Id::VaultLock),
        VaultMsg::ChangeTitle => t(lang, Id::VaultChangeTitle),
        VaultMsg::ChangeIntro => t(lang, Id::VaultChangeIntro),
        VaultMsg::CurrentPassphrase => t(lang, Id::VaultCurrentPassphrase),
        VaultMsg::NewPassphrase => t(lang, Id::VaultNewPassphrase),
        VaultMsg::ConfirmNewPassphrase => t(lang, Id::VaultConfirmNewPassphrase),
        VaultMsg::ChangePassphrase => t(lang, Id::VaultChangePassphrase),
        VaultMsg::Changing => t(lang, Id::VaultChanging),
        VaultMsg::Changed => t(lang, Id::VaultChanged),
        VaultMsg::WipeTitle => t(lang, Id::VaultWipeTitle),
        VaultMsg::WipeIntro => t(lang, Id::VaultWipeIntro),
        VaultMsg::WipeExportFirst => t(lang, Id::VaultWipeExportFirst),
        VaultMsg::WipeConfirmLabel => t(lang, Id::VaultWipeConfirmLabel),
        VaultMsg::WipeConfirmHint => t(lang, Id::VaultWipeConfirmHint),
        VaultMsg::WipeConfirmMissing => t(lang, Id::VaultWipeConfirmMissing),
        VaultMsg::WipeDevice => t(lang, Id::VaultWipeDevice),
        VaultMsg::WipeCancel => t(lang, Id::VaultWipeCancel),
        VaultMsg::WipeFailed => t(lang, Id::VaultWipeFailed),
        VaultMsg::Wiped => t(lang, Id::VaultWiped),
        VaultMsg::SecurityHeading => t(lang, Id::VaultSecurityHeading),
        VaultMsg::SecurityIntro => t(lang, Id::VaultSecurityIntro),
        VaultMsg::LockAfter => t(lang, Id::VaultLockAfter),
        VaultMsg::LockAfterHint => t(lang, Id::VaultLockAfterHint),
        VaultMsg::Minutes => t(lang, Id::VaultMinutes),
        VaultMsg::RetentionDays => t(lang, Id::VaultRetentionDays),
        VaultMsg::RetentionDaysHint => t(lang, Id::VaultRetentionDaysHint),
        VaultMsg::Days => t(lang, Id::VaultDays),
        VaultMsg::ChangePassphraseLink => t(lang, Id::VaultChangePassphraseLink),
        VaultMsg::WipeDeviceLink => t(lang, Id::VaultWipeDeviceLink),
        VaultMsg::NotSavedCleared => t(lang, Id::VaultNotSavedCleared),
        VaultMsg::NotSavedNewerVersion => t(lang, Id::VaultNotSavedNewerVersion),
        VaultMsg::NotSavedNotReadBack => t(lang, Id::VaultNotSavedNotReadBack),
        VaultMsg::ExportNow => t(lang, Id::VaultExportNow),
        VaultMsg::ExportLastChangedRecord => t(lang, Id::VaultExportLastChangedRecord),
        VaultMsg::InMemoryOnly => t(lang, Id::VaultInMemoryOnly),
        VaultMsg::StorageHeading => t(lang, Id::VaultStorageHeading),
        VaultMsg::StorageChecking => t(lang, Id::VaultStorageChecking),
        VaultMsg::StorageKept => t(lang, Id::VaultStorageKept),
        VaultMsg::StorageMayBeCleared => t(lang, Id::VaultStorageMayBeCleared),
        VaultMsg::StorageMemoryOnly => t(lang, Id::VaultStorageMemoryOnly),
        VaultMsg::StorageMayBeClearedNotice => t(lang, Id::VaultStorageMayBeClearedNotice),
        VaultMsg::StorageNoticeLink => t(lang, Id::VaultStorageNoticeLink),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_passphrase_is_checked_then_compared_with_its_confirmation() {
        use crate::vault::PassphraseProblem;
        let good = "kettle violet harbour 42";
        assert_eq!(
            chosen_passphrase_problem("short", "short"),
            Some((
                ChosenBox::Passphrase,
                VaultMsg::Problem(PassphraseProblem::TooShort)
            ))
        );
        assert_eq!(
            chosen_passphrase_problem(good, ""),
            Some((ChosenBox::Confirmation, VaultMsg::ConfirmMissing))
        );
        assert_eq!(
            chosen_passphrase_problem(good, "kettle violet harbour 43"),
            Some((ChosenBox::Confirmation, VaultMsg::PassphrasesDiffer))
        );
        assert_eq!(chosen_passphrase_problem(good, good), None);
    }

    #[test]
    fn retention_wording_counts_days_and_records() {
        assert!(retention_warning(1, Lang::En).ends_with("tomorrow."));
        assert!(retention_warning(3, Lang::En).ends_with("in 3 days."));
        assert!(retention_deleted(1, Lang::En).starts_with("1 record "));
        assert!(retention_deleted(2, Lang::En).starts_with("2 records "));
    }
}
