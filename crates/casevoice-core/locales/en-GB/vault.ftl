# casevoice: the interface in British English (en-GB), the source language.
# Ids name where a message is used; see README, "Languages".


## Passphrase, locking and keeping data safe
vault-set-up-title = Set a passphrase for this device
vault-set-up-intro = casevoice encrypts everything it keeps on this device. The key comes from a passphrase that only you know and that is never stored, so a lost or stolen device gives nothing away.
vault-set-up-no-recovery = Nobody can recover a forgotten passphrase, not even your organisation. If you forget it, the only way to use casevoice here again is to wipe this device, and anything not yet sent to the case system is lost.
vault-set-up-earlier-records = Records already kept on this device by an earlier version of casevoice will be encrypted with it.
vault-passphrase = Passphrase
vault-passphrase-hint = At least 12 characters. Three or four unrelated words you will remember work well.
vault-confirm-passphrase = Type the passphrase again
vault-set-passphrase = Set passphrase and continue
vault-setting-up = Setting up encryption…
vault-problem-empty = Enter a passphrase
vault-problem-too-short = Your passphrase must be at least 12 characters
vault-problem-common = This passphrase is too easy to guess: it is on a list of common passwords. Choose another
vault-passphrases-differ = The two passphrases are not the same
vault-confirm-missing = Type the passphrase again
vault-wrong-passphrase = That passphrase is not right. Check it and try again
vault-current-passphrase-missing = Enter your current passphrase
vault-key-damaged = The stored key on this device is damaged, so nothing stored here can be unlocked. Wipe this device to start again
vault-not-stored = This browser would not store it. Try again
vault-not-derived = This browser did not work out the same key from your passphrase twice, so nothing was set. Try again
vault-unlock-title = casevoice is locked
vault-unlock-intro = Enter your passphrase to unlock the records on this device.
vault-unlock-idle-intro = Enter your passphrase to carry on where you were. Nothing you entered has been lost.
vault-unlock = Unlock
vault-unlocking = Unlocking…
vault-forgotten-passphrase = Forgotten your passphrase?
vault-lock = Lock
vault-change-title = Change your passphrase
vault-change-intro = Records do not need to be encrypted again: only the key that unlocks them changes.
vault-current-passphrase = Current passphrase
vault-new-passphrase = New passphrase
vault-confirm-new-passphrase = Type the new passphrase again
vault-change-passphrase = Change passphrase
vault-changing = Changing the passphrase…
vault-changed = Your passphrase has been changed
vault-wipe-title = Wipe this device
vault-wipe-intro = This deletes everything casevoice keeps in this browser: every record, the outbox, your settings and the passphrase. It cannot be undone.
vault-wipe-export-first = Anything not yet sent to the case system is lost for good. If you can still unlock casevoice, export or send your records first.
vault-wipe-confirm-label = Type WIPE to confirm
vault-wipe-confirm-hint = In capital letters
vault-wipe-confirm-missing = Type WIPE in capital letters to confirm
vault-wipe-device = Wipe this device
vault-wipe-cancel = Cancel
vault-wipe-failed = This device could not be wiped. Close casevoice in every other tab and window, then try again
vault-wiped = This device has been wiped. Nothing from before is kept here.
vault-security-heading = Security
vault-security-intro = casevoice locks itself when it is not used for a while, and any time you press Lock or Ctrl+Alt+L. Unlocking needs your passphrase.
vault-lock-after = Lock after this many minutes without use
vault-lock-after-hint = From 1 to 60
vault-minutes = minutes
vault-retention-days = Keep a record this many days after the case system has it
vault-retention-days-hint = From 1 to 365. The records list warns you 5 days before. A record changed after it was sent is kept until it is sent again.
vault-days = days
vault-change-passphrase-link = Change your passphrase
vault-wipe-device-link = Wipe this device
vault-not-saved-cleared = Not saved: this device's storage was cleared, by the browser or by wiping the device in another tab. Keep this page open: it still has your answers. Export the record before you close it.
vault-not-saved-newer-version = Not saved: a newer version of casevoice is open in another tab or window, so this page can no longer store anything. Keep this page open: it still has your answers. Export the record, then carry on in the newer version.
vault-not-saved-not-read-back = Not saved: this browser got the encryption of your changes wrong, so they were not stored. casevoice will try again. Keep this page open: it still has your answers. If this message stays, export the record and use another browser.
vault-export-now = Export now
vault-export-last-changed-record = Export the record you changed last
vault-in-memory-only = In memory only: not stored
vault-storage-heading = Storage on this device
vault-storage-checking = Checking with the browser…
vault-storage-kept = Kept until you delete it. The browser will not clear casevoice's records to make space.
vault-storage-may-be-cleared = The browser may clear it when the device is short of space: export or send records you need.
vault-storage-memory-only = Nothing is stored on this device: this browser is keeping your work in memory only, and it is lost when this page is closed or reloaded. Export each record before you close it.
vault-storage-may-be-cleared-notice = This browser may clear casevoice's records from this device when it is short of space. Export or send the records you need.
vault-storage-notice-link = About storage on this device

## Keeping records after the case system has them

retention-warning = { $days ->
    [1] The case system has this record. It will be deleted from this device tomorrow.
   *[other] The case system has this record. It will be deleted from this device in { $days } days.
}
retention-deleted = { $count ->
    [one] { $count } record the case system has was deleted from this device: its time to be kept here was over.
   *[other] { $count } records the case system has were deleted from this device: their time to be kept here was over.
}
