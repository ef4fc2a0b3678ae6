# casevoice: the interface in British English (en-GB), the source language.
# Ids name where a message is used; see README, "Languages".

## Pages, buttons and messages

service-name = casevoice
service-description = Record family court cases and what each child needs, wants and feels
skip-to-main-content = Skip to main content
footer-privacy = Case records are kept in this browser on this device until you export them.
title-separator = { " – " }
error-title-prefix = { "Error: " }
error-inline-prefix = Error:
error-summary-title = There is a problem
back = Back
loading = Loading case records…
storage-unavailable = This browser cannot store case records on this device (private browsing, or storage is turned off), so casevoice is keeping your work in memory only. It is lost when this page is closed or reloaded: export each record before you close it, or use another browser.
saving = Saving…
saved-at = Saved at
not-saved-storage-full = Not saved: this device's storage is full. Keep this page open: it still has your answers.
not-saved-no-storage = Not saved: this browser cannot store case records. Keep this page open: it still has your answers.
not-saved-refused = Not saved: the browser would not store your changes. Keep this page open: it still has your answers.
unreadable-records = Some case records stored in this browser could not be read. They have been left as they are.
home-title = Case records
home-empty = There are no case records in this browser yet.
home-empty-hint = Start a new case record to begin. It is saved in this browser as you go.
home-table-caption = Case records in this browser
start-new-record = Start a new case record
no-case-number-yet = No case number yet
last-changed = Last changed
case-number-label = Case number
case-number-hint = This is on letters and orders from the court, for example ZW19P01392
case-number-in-sentence = case number
save-and-continue = Save and continue
optional = (optional)
date-day = Day
date-month = Month
date-year = Year
or = or
record-title = Case record
not-yet-given = Not yet given
change = Change
not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.
record-not-found-title = Case record not found
record-not-found-body = There is no case record at this address in this browser. It may have been made in another browser or on another device.
go-to-case-records = Go to case records
date-time-join = at
am = am
pm = pm
midday = midday
midnight = midnight
task-list-heading = Sections of the record
task-case-details = Case details
task-children = Children
task-adults = Adults and parties
task-safeguarding = Checks and safeguarding
task-welfare = Welfare checklist
task-recommendation = Recommendation and sign-off
task-visits = Visits and contacts
task-child-voice = The children's views
task-status-not-yet-started = Not yet started
task-status-in-progress = In progress
task-status-completed = Completed
task-status-there-is-a-problem = There is a problem
case-details-title = Case details
children-title = Children
children-none = No children have been added yet. Add each child the application is about.
add-a-child = Add a child
child-details-title = About the child
unnamed-child = Child without a name yet
remove = Remove
remove-child-title = Are you sure you want to remove this child?
remove-child-warning = Everything recorded about this child will be removed from the record. The edit history will still show that the child was removed.
yes-remove = Yes, remove the child
no-keep = No, keep the child
return-to-task-list = Return to the case record
check-answers-title = Check your answers
check-answers-link = Check your answers and mark the record as complete
check-answers-intro = Check every answer before you mark the record as complete. Use a Change link to correct an answer: saving it brings you back here.
mark-as-complete = Mark as complete
record-complete = This record is complete. Changing any answer will make it incomplete again.
not-answered = Not answered
harm-none = No harm
harm-possible = Possible harm
harm-likely = Likely harm
harm-actual = Actual harm
checks-title = Police and local authority checks
checks-intro = Record the checks on each adult: when they were asked for, when the results came and what they said.
checks-no-adults = Add the adults and parties first: checks are recorded for each of them.
police-check = Police check (PNC)
local-authority-check = Local authority check
risk-title = Risk and safety
harm-for-child = Harm and what is happening for
adult-role-applicant = Applicant
adult-role-respondent = Respondent
adult-role-other-party = Other party
adult-role-other-significant-adult = Other significant adult
adults-title = Adults and parties
adults-none = No adults have been added yet. Add each party to the proceedings and any other adult who matters in the children's lives.
add-an-adult = Add an adult
adult-details-title = About the adult
unnamed-adult = Adult without a name yet
remove-adult-title = Are you sure you want to remove this adult?
remove-adult-warning = Everything recorded about this adult will be removed from the record. The edit history will still show that they were removed.
yes-remove-adult = Yes, remove the adult
no-keep-adult = No, keep the adult
visit-type-home-visit = Home visit
visit-type-school-visit = School visit
visit-type-office = Office visit
visit-type-video-call = Video call
visit-type-phone-call = Phone call
visits-title = Visits and contacts
visits-none = No visits or contacts have been added yet. Add each visit, meeting and call with the family.
add-a-visit = Add a visit or contact
visit-details-title = About the visit or contact
undated-visit = Visit without a date yet
remove-visit-title = Are you sure you want to remove this visit?
remove-visit-warning = Everything recorded about this visit will be removed from the record. The edit history will still show that it was removed.
yes-remove-visit = Yes, remove the visit
no-keep-visit = No, keep the visit
sex-female = Female
sex-male = Male
sex-not-known = Not known
yes = Yes
no = No
settings = Settings
header-navigation = Menu
your-name = Your name
your-name-hint = It is shown in the edit history next to every change you make in this browser
your-team = Your team
settings-problem-name-missing = Enter your name
settings-problem-lock-after-invalid = Enter the minutes before casevoice locks as a whole number from 1 to 60
settings-problem-retention-invalid = Enter the days to keep sent records as a whole number from 1 to 365
save-settings = Save settings
success = Success
settings-saved = Your settings have been saved
settings-not-saved = Your settings have not been saved: this browser would not store them. Try again.
children-column = Children
status-column = Status
actions-column = Actions
no-children-yet = No children yet
duplicate = Duplicate
delete = Delete
record-without-case-number = record without a case number
delete-record-title = Are you sure you want to delete this case record?
delete-record-warning = The record, with all its answers and its edit history, will be deleted from this browser. This cannot be undone.
yes-delete-record = Yes, delete this record
no-keep-it = No, keep it
edit-history = Edit history
see-edit-history = See the edit history
history-empty = No changes have been made to this record yet.
changed-by = Changed by
name-not-set = No name was set
history-question = Question
history-child = Child
changed-from = Changed from
changed-to = Changed to
history-what-happened = What happened
blank = (blank)
removed-child = A child who was removed
child-added = Child added
child-removed = Child removed
record-made-as-copy = Record made as a copy of another
copied-from = Copied from
history-adult = Adult
removed-adult = An adult who was removed
adult-added-entry = Adult added
adult-removed-entry = Adult removed
marked-complete-entry = Marked as complete
visit-added-entry = Visit or contact added
visit-removed-entry = Visit or contact removed
history-visit = Visit or contact
reopened-entry = Changed after being marked complete, so no longer complete
welfare-list-title = Welfare checklist
welfare-list-intro = Record the welfare checklist for each child: the matters in section 1(3) of the Children Act 1989 that the court must have regard to.
welfare-no-children = No children have been added yet. Add the children first, then record the welfare checklist for each of them.
go-to-children = Add children
welfare-child-title = The child's welfare checklist
welfare-child-intro = Under section 1(3) of the Children Act 1989 the court must have regard in particular to each of these matters. Write about this child for each one.
recommendation-title = Recommendation and sign-off
further-report-no = No
further-report-section7 = Yes, a section 7 report
further-report-addendum = Yes, an addendum report
manager-decision-agreed = Agreed
manager-decision-agreed-with-changes = Agreed with changes
manager-decision-not-agreed = Not agreed — returned to the practitioner
declaration-confirm = I confirm this record is accurate and complete to the best of my knowledge
manager-review-heading = Manager review
record-open-elsewhere = This record is open in another tab or window, so you can only read it here. Close it there to change it here: this page will let you as soon as you do.
record-editable-here = The other tab or window has closed this record. You can change it here now.
# On a record's pages where the browser has no Web Locks (older Safari), so it cannot keep a second tab read-only.
record-tabs-unguarded = This browser cannot tell whether this record is also open in another tab or window. Keep it open in one tab only: changes made in two at once can overwrite each other.
manager-review-intro = A manager fills this in when they review the record, so you can complete this section without it. Once any of it is filled in, give the manager's name, the review date and their decision.
drawing-instructions = Draw with your finger, a pen or the mouse. Tap once to make a dot. To draw with the keyboard, move the ring with the arrow keys and press Space to put the pen down or lift it up.
drawing-keyboard-pen-down = The pen is down. Move it with the arrow keys. Press Space to lift it up.
drawing-colours = Colours
drawing-colour-black = Black
drawing-colour-red = Red
drawing-colour-orange = Orange
drawing-colour-yellow = Yellow
drawing-colour-green = Green
drawing-colour-blue = Blue
drawing-colour-purple = Purple
drawing-colour-brown = Brown
drawing-pens = Pens
drawing-thin-pen = Thin pen
drawing-thick-pen = Thick pen
drawing-shapes = Shapes
drawing-shapes-hint = A shape goes where the ring is.
drawing-circle = Circle
drawing-heart = Heart
drawing-star = Star
drawing-sun = Sun
drawing-undo = Undo
drawing-clear = Clear
drawing-finish = I have finished my drawing
drawing-nothing-drawn = Draw something first, or go back if you don't want to draw.
read-aloud = Read this to me
read-aloud-stop = Stop reading
read-aloud-not-supported = This device cannot read out loud. Ask the grown-up with you to read it to you.
read-aloud-no-voice = This device has no voice that can read this out loud. Ask the grown-up with you to read it to you.
starting-up = Loading…
exit-this-page = Exit this page
neutral-title = Notes
neutral-text = There are no notes.
neutral-continue = Continue
unlock-title = Enter your PIN to leave child mode
unlock-title-neutral = Enter your PIN
leave-child-mode = Continue
back-to-child-screens = Back to the child's screens
pin-missing = Enter your PIN
pin-wrong = The PIN is not right
pin-held-off = The wrong PIN was entered 5 times. Wait 30 seconds, then try again.
pin-not-checked = The PIN could not be checked in this browser. Try again.
pin-section-heading = PIN for child mode
pin-section-intro = You need this PIN to leave child mode after a child has used this device. It only leaves child mode: it does not unlock or protect case records.
pin-is-set = A PIN is set on this device.
pin-is-not-set = No PIN is set yet. You need one before you start a session with a child.
new-pin-label = New PIN
new-pin-hint = 4 to 8 digits
confirm-pin-label = Enter the new PIN again
save-pin = Save PIN
pin-saved = Your PIN has been saved
pin-not-saved = Your PIN has not been saved. Try again, or use another browser.
pin-problem-format = Enter a PIN of 4 to 8 digits
pin-problem-confirm-missing = Enter the PIN again
pin-problem-mismatch = The PINs do not match
pin-label = PIN
csv-export-link = Download spreadsheets (CSV)
csv-export-intro = Each part of this record is a separate CSV file that opens in a spreadsheet. Every row starts with the record's id, and people, visits and sessions have their own ids, so rows in different files can be matched up.
csv-export-formats = Dates are written as year-month-day (2025-04-03), answers chosen from a list as their codes (such as the DfE ethnicity codes), and several answers to one question are separated by semicolons. The children's words are exactly as they gave them.
csv-export-formulas = A cell that starts with =, +, - or @ has an apostrophe (') put in front of it, so that a spreadsheet shows it as text and never runs it as a formula.
csv-export-keep-safe = These files hold personal information about the children and adults in this case. Keep them as securely as the record itself and delete them when you no longer need them.
csv-export-file-name = File name:
csv-download-failed = The file could not be downloaded in this browser. Try again, or use another browser.
csv-drawing-note = drawing (PNG in the JSON export)
print-link = Print or save as PDF
print-title = Print or save the case record
print-intro = Every answer in the record, with what each child said, wrote and drew. To save a PDF, choose "Save as PDF" as the printer.
print-button = Print this page
print-case-number = Case number
print-no-case-number = No case number yet
print-page = Page
print-page-of = of
print-last-changed = Last changed
print-marked-complete = Marked as complete
print-not-complete = No, the record is not complete
print-nothing-recorded = Nothing recorded
print-childs-own-words = The child's own words
print-drawn-by-child = Drawn by the child
print-drawing-title = The drawing's title, in the child's words
print-chosen-by-child = Chosen by the child
print-session-set-up = How the session was set up
print-practitioner-record = The practitioner's record of the session
print-practitioner-record-intro = Written by the practitioner after the session. These are not the child's words.
print-no-sessions = No sessions with this child.
download-json = Download the record (JSON)
import-link = Open an exported record
import-title = Open an exported record
import-intro = Open a record that casevoice exported, to review it or carry on with it. The file is read on this device and is not sent anywhere.
import-file-label = Upload the exported file
import-file-hint = The file casevoice downloaded, named like casevoice-…-2025-04-03.json
import-continue = Continue
import-reading = Reading the file…
import-no-file = Select the file casevoice exported
import-unreadable = The file could not be read. Choose it again, or copy it to this device first
import-not-json = The file is not a casevoice record. Choose a file that casevoice exported (it ends in .json)
import-other-format = The file is not a casevoice export. Choose a file that casevoice exported (it ends in .json)
import-newer-version = This record was exported by a newer version of casevoice. Update casevoice, then open it again
import-changed = The file has been changed since casevoice exported it, so it cannot be opened: the record's history would not show what was changed. Open the file as it was exported, or export the record again
import-damaged = The file is damaged:
import-new-title = Open this record
import-new-text = This record is not stored in this browser yet. Opening it stores it here, and its history will say it was opened from this file.
import-same-title = This record is already stored here
import-same-text = The record in the file is the same as the one stored in this browser. Nothing will change.
import-replace-title = Replace the stored record?
import-stored-is-newer = The record stored in this browser was changed after the one in the file. Replacing it loses those changes.
import-no-count-changes = The same number of children, adults, visits, sessions and history entries
open-the-record = Open the record
replace-stored-record = Replace the stored record
cancel = Cancel
imported-entry = Opened from an exported file
exported-at = Exported
exported-by = Exported by
export-title = Export the record
export-checking-settings = Checking this service's export settings…
export-encrypted-intro = The file is encrypted for the case system: only the case system can open it.
export-not-encrypted = Exports are not encrypted: no case system key is configured
export-settings-problem = Exports cannot be encrypted or sent to the case system:
deployment-problem-not-readable = this service's settings file (config.json) could not be read.
deployment-problem-key-not-rsa = the case system key in config.json is not an RSA key.
deployment-problem-key-damaged = the case system key in config.json is damaged.
deployment-problem-key-too-small = the case system key in config.json is too short. It must be an RSA key of at least 3072 bits.
deployment-problem-key-is-private = config.json holds the case system's private key, which must never be published. Use the public key only.
deployment-problem-key-not-for-encryption = the case system key in config.json is not for RSA-OAEP-256 encryption.
deployment-problem-upload-url-not-secure = the upload address in config.json does not start with https://.
export-tell-support = Tell whoever looks after casevoice for your service.
download-encrypted = Download the record (encrypted)
download-plain = Download the record
download-without-encryption-heading = Download without encryption
download-without-encryption-warning = Anyone who gets a file that is not encrypted can read everything in the record.
download-without-encryption = Download the record without encryption
confirm-not-encrypted = I understand this file is not encrypted
confirm-not-encrypted-missing = Confirm that you understand the file is not encrypted
encryption-failed = The record could not be encrypted, so nothing was downloaded. Try again, or use another browser.
send-heading = Send to the case system
send-intro = The record goes into the outbox and is sent as soon as there is a connection. It stays on this device after it is sent.
send-to-case-system = Send to case system
send-queued = The record is in the outbox
send-encryption-failed = The record could not be encrypted, so it was not sent. Try again, or use another browser.
see-outbox = See the outbox
outbox-title = Outbox
outbox-intro = Exports sent to the case system from this device, and those waiting to be sent. Records stay on this device after they are sent.
outbox-empty = Nothing has been sent to the case system from this device.
outbox-caption = Exports to the case system
outbox-record-column = Record
outbox-added-column = Added
outbox-state-column = State
outbox-waiting = Waiting
outbox-waiting-for-connection = Waiting for a connection
outbox-sending = Sending
outbox-sent-at = Sent at
outbox-failed = Failed:
outbox-next-try = Trying again at
upload-failure-no-connection = no connection to the case system
upload-failure-status = the case system answered with an error

## Sentences with something in them

# $limit is a number of characters; $name is what the answer is called, as in "Needs".
too-long = { $name } must be { $limit ->
    [one] { $limit } character
   *[other] { $limit } characters
} or less
# Beside a child's date of birth.
age = { $years ->
    [0] Age under 1
   *[other] Age { $years }
}
# $name is a date question's name (date-name-*); $parts is one of date-problem-a-*.
date-must-include = { $name } must include { $parts }
date-not-real = { $name } must be a real date
date-must-be-in-past = { $name } must be in the past
date-must-be-today-or-in-past = { $name } must be today or in the past
# $date is written out, as in "3 April 2025".
date-must-be-same-as-or-after = { $name } must be the same as or after { $date }
date-must-be-after = { $name } must be after { $date }
date-must-be-same-as-or-before = { $name } must be the same as or before { $date }
# $date is written out; $type is one of visit-type-*.
visit-name = { $date } – { $type }
was-child-seen = Was { $name } seen?
was-child-seen-alone = Was { $name } seen alone?
# $question is the question's label; $name is the child's name.
question-about-child = { $question } { $name }
characters-remaining = { $n ->
    [one] You have { $n } character remaining
   *[other] You have { $n } characters remaining
}
characters-too-many = { $n ->
    [one] You have { $n } character too many
   *[other] You have { $n } characters too many
}
history-entries = { $n ->
    [0] No changes
    [one] { $n } change
   *[other] { $n } changes
}
record-deleted = Case record { $number } has been deleted
record-without-number-deleted = The case record without a case number has been deleted
record-duplicated = A copy of case record { $number } has been made. It is at the top of the list.
record-without-number-duplicated = A copy of the case record has been made. It is at the top of the list.

## Importing a record over one stored here

# $before and $after are each one of the count-* messages below.
count-changed = { $before } → { $after }
count-children = { $n ->
    [one] { $n } child
   *[other] { $n } children
}
count-adults = { $n ->
    [one] { $n } adult
   *[other] { $n } adults
}
count-visits = { $n ->
    [one] { $n } visit or contact
   *[other] { $n } visits and contacts
}
count-sessions = { $n ->
    [one] { $n } session with a child
   *[other] { $n } sessions with children
}
count-history-entries = { $n ->
    [one] { $n } history entry
   *[other] { $n } history entries
}
# Each of $stored, $incoming and $exported is a date and time, as in "3 April 2025 at 2:02pm".
replace-record = This will replace the record stored in this browser, last changed { $stored }, with the one in the file, last changed { $incoming } and exported { $exported }:

## Languages

# The language's name in itself, on the button that switches to it.
language-name = English

## Working offline and updates

update-ready = A new version of casevoice is ready.
reload-to-update = Reload to update
update-not-saved = casevoice has not updated, because your latest changes are not saved yet. Keep this page open.
# Shown over the page when casevoice itself has failed and can do nothing more
# until the page is loaded again.
stopped-heading = casevoice has stopped working
stopped-body = This is a fault in casevoice, not something you did. What it last saved is kept on this device. Reload the page and unlock casevoice to carry on.
stopped-reload = Reload the page
# The same on a child's screen: says nothing of the app, and asks for the adult.
stopped-child-heading = Something has gone wrong
stopped-child-body = It is not your fault. Please give the device to the grown-up.
# A heading on the settings page.
offline-heading = Working offline
offline-available = casevoice is kept on this device and opens without a connection.
offline-not-available = casevoice is not kept on this device yet, so it needs a connection to open.
# Before the app's version number, as in "Version 0.1.0 (a1b2c3d4e5f6)".
app-version = Version

## Accessibility

# The help page's title, and the link to it first in the footer of every page.
help = Help
help-stuck-heading = If a page will not save
help-stuck-text = The list of problems at the top of the page says what to change, and each problem links to its answer. Everything you typed is kept.
help-lock-heading = Locking and unlocking
# "Lock" is the header's button (vault-lock); Ctrl+Alt+L is the keyboard shortcut, the same in every language.
help-lock-text = casevoice locks when you choose Lock or press Ctrl+Alt+L, and by itself when it has not been used for the time set in settings. Less than a minute before it locks by itself it says so: press any key or move the pointer to keep it unlocked. Nothing you entered is lost: unlock with your passphrase to carry on where you were.
help-passphrase-heading = If you have forgotten your passphrase
help-passphrase-text = Nobody can recover it, and without it nobody can open the records. The only way on is to wipe this device, which deletes every record on it, so send or export records while you can still unlock.
help-export-heading = Getting a record off this device
# Names the task list's links: export-title, print-link and csv-export-link.
help-export-text = On the record's task list, choose Export the record to download it or send it to the case system. Print or save as PDF, and Download spreadsheets (CSV), are on the task list too.
# Shown at the foot of the window, and announced, less than a minute before the idle lock.
idle-lock-warning = casevoice will lock in less than a minute because it has not been used. Press any key or move the pointer to keep it unlocked. Nothing you entered will be lost.
# On a button, followed by a person's name: "Same address as Ola Nowak". It copies their address and postcode.
same-address-as = Same address as
