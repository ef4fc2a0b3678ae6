//! The protect-the-data part of the message catalogue ([`crate::messages`]):
//! setting the passphrase, unlocking, locking, changing the passphrase, wiping
//! the device, and retention.

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
    match lang {
        Lang::En => match days_left {
            ..=1 => {
                "The case system has this record. It will be deleted from this device tomorrow."
                    .into()
            }
            n => format!(
                "The case system has this record. It will be deleted from this device in {n} days."
            ),
        },
    }
}

/// The records list's banner after retention deleted records at start-up.
pub fn retention_deleted(count: usize, lang: Lang) -> String {
    match lang {
        Lang::En => match count {
            1 => "1 record the case system has was deleted from this device: its time to be kept here was over.".into(),
            n => format!("{n} records the case system has were deleted from this device: their time to be kept here was over."),
        },
    }
}

pub(crate) fn english(msg: VaultMsg) -> &'static str {
    match msg {
        VaultMsg::SetUpTitle => "Set a passphrase for this device",
        VaultMsg::SetUpIntro => "casevoice encrypts everything it keeps on this device. The key comes from a passphrase that only you know and that is never stored, so a lost or stolen device gives nothing away.",
        VaultMsg::SetUpNoRecovery => "Nobody can recover a forgotten passphrase, not even your organisation. If you forget it, the only way to use casevoice here again is to wipe this device, and anything not yet sent to the case system is lost.",
        VaultMsg::SetUpEarlierRecords => "Records already kept on this device by an earlier version of casevoice will be encrypted with it.",
        VaultMsg::Passphrase => "Passphrase",
        VaultMsg::PassphraseHint => "At least 12 characters. Three or four unrelated words you will remember work well.",
        VaultMsg::ConfirmPassphrase => "Type the passphrase again",
        VaultMsg::SetPassphrase => "Set passphrase and continue",
        VaultMsg::SettingUp => "Setting up encryption…",
        VaultMsg::Problem(problem) => match problem {
            PassphraseProblem::Empty => "Enter a passphrase",
            PassphraseProblem::TooShort => "Your passphrase must be at least 12 characters",
            PassphraseProblem::Common => "This passphrase is too easy to guess: it is on a list of common passwords. Choose another",
        },
        VaultMsg::PassphrasesDiffer => "The two passphrases are not the same",
        VaultMsg::ConfirmMissing => "Type the passphrase again",
        VaultMsg::WrongPassphrase => "That passphrase is not right. Check it and try again",
        VaultMsg::CurrentPassphraseMissing => "Enter your current passphrase",
        VaultMsg::KeyDamaged => "The stored key on this device is damaged, so nothing stored here can be unlocked. Wipe this device to start again",
        VaultMsg::NotStored => "This browser would not store it. Try again",
        VaultMsg::UnlockTitle => "casevoice is locked",
        VaultMsg::UnlockIntro => "Enter your passphrase to unlock the records on this device.",
        VaultMsg::UnlockIdleIntro => "Enter your passphrase to carry on where you were. Nothing you entered has been lost.",
        VaultMsg::Unlock => "Unlock",
        VaultMsg::Unlocking => "Unlocking…",
        VaultMsg::ForgottenPassphrase => "Forgotten your passphrase?",
        VaultMsg::Lock => "Lock",
        VaultMsg::ChangeTitle => "Change your passphrase",
        VaultMsg::ChangeIntro => "Records do not need to be encrypted again: only the key that unlocks them changes.",
        VaultMsg::CurrentPassphrase => "Current passphrase",
        VaultMsg::NewPassphrase => "New passphrase",
        VaultMsg::ConfirmNewPassphrase => "Type the new passphrase again",
        VaultMsg::ChangePassphrase => "Change passphrase",
        VaultMsg::Changing => "Changing the passphrase…",
        VaultMsg::Changed => "Your passphrase has been changed",
        VaultMsg::WipeTitle => "Wipe this device",
        VaultMsg::WipeIntro => "This deletes everything casevoice keeps in this browser: every record, the outbox, your settings and the passphrase. It cannot be undone.",
        VaultMsg::WipeExportFirst => "Anything not yet sent to the case system is lost for good. If you can still unlock casevoice, export or send your records first.",
        VaultMsg::WipeConfirmLabel => "Type WIPE to confirm",
        VaultMsg::WipeConfirmHint => "In capital letters",
        VaultMsg::WipeConfirmMissing => "Type WIPE in capital letters to confirm",
        VaultMsg::WipeDevice => "Wipe this device",
        VaultMsg::WipeCancel => "Cancel",
        VaultMsg::WipeFailed => "This device could not be wiped. Close casevoice in every other tab and window, then try again",
        VaultMsg::Wiped => "This device has been wiped. Nothing from before is kept here.",
        VaultMsg::SecurityHeading => "Security",
        VaultMsg::SecurityIntro => "casevoice locks itself when it is not used for a while, and any time you press Lock or Ctrl+Alt+L. Unlocking needs your passphrase.",
        VaultMsg::LockAfter => "Lock after this many minutes without use",
        VaultMsg::LockAfterHint => "From 1 to 60",
        VaultMsg::Minutes => "minutes",
        VaultMsg::RetentionDays => "Keep a record this many days after the case system has it",
        VaultMsg::RetentionDaysHint => "From 1 to 365. The records list warns you 5 days before. A record changed after it was sent is kept until it is sent again.",
        VaultMsg::Days => "days",
        VaultMsg::ChangePassphraseLink => "Change your passphrase",
        VaultMsg::WipeDeviceLink => "Wipe this device",
        VaultMsg::NotSavedCleared => "Not saved: this device's storage was cleared, by the browser or by wiping the device in another tab. Keep this page open: it still has your answers. Export the record before you close it.",
        VaultMsg::NotSavedNewerVersion => "Not saved: a newer version of casevoice is open in another tab or window, so this page can no longer store anything. Keep this page open: it still has your answers. Export the record, then carry on in the newer version.",
        VaultMsg::ExportNow => "Export now",
        VaultMsg::ExportLastChangedRecord => "Export the record you changed last",
        VaultMsg::InMemoryOnly => "In memory only: not stored",
        VaultMsg::StorageHeading => "Storage on this device",
        VaultMsg::StorageChecking => "Checking with the browser…",
        VaultMsg::StorageKept => "Kept until you delete it. The browser will not clear casevoice's records to make space.",
        VaultMsg::StorageMayBeCleared => "The browser may clear it when the device is short of space: export or send records you need.",
        VaultMsg::StorageMemoryOnly => "Nothing is stored on this device: this browser is keeping your work in memory only, and it is lost when this page is closed or reloaded. Export each record before you close it.",
        VaultMsg::StorageMayBeClearedNotice => "This browser may clear casevoice's records from this device when it is short of space. Export or send the records you need.",
        VaultMsg::StorageNoticeLink => "About storage on this device",
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
