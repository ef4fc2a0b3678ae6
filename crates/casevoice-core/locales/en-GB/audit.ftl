# casevoice: the case audit, in British English (en-GB), the source language.
# A manager or auditor reads a record and grades it. Ids name where a message
# is used; see README, "Languages" and "Case audit".

## Reaching the audit: the record's task list and the records list
audit-title = Case audit
audit-status-not-started = Not started
audit-status-in-progress = In progress
audit-status-completed = Completed
# A column of the records list: the overall grade, or where the audit has got to.
audit-column = Audit
audit-not-audited = Not audited
# A link in each row of the records list; the case number follows, for screen readers.
audit-row-link = Audit
audit-summary-link = See the audit summary

## The records list's filters
audit-filter-heading = Filter records
audit-filter-grade = Overall audit grade
audit-filter-any-grade = Any grade
audit-filter-not-graded = Not graded
audit-filter-indicator = Indicator not met
audit-filter-any-indicator = Any
audit-filter-apply = Apply filters
audit-filter-clear = Clear filters
# $shown records of $total match the filters.
audit-filter-showing = { $total ->
    [one] Showing { $shown } of { $total } record
   *[other] Showing { $shown } of { $total } records
}
audit-filter-none-match = No records match these filters.

## Starting the audit
audit-intro = An audit is a manager's review of this record. You grade the practitioner's work, give them feedback and agree actions with them.
audit-read-only-note = The record stays as it is: nothing you do in the audit changes it, and the audit has its own edit history.
audit-auditor-label = Your name
audit-auditor-hint = Changes to the audit are recorded under this name.
audit-start = Start the audit
problem-audit-auditor-missing = Enter your name

## The audit's own task list
audit-auditor = Auditor
audit-started = Started
audit-completed-at = Completed
audit-status = Status
audit-tasks-heading = Audit tasks
audit-task-indicators = Indicators
audit-task-grades = Grades
audit-task-feedback = Feedback for the practitioner
audit-task-actions = Agreed actions
audit-task-not-yet-started = Not yet started
audit-task-in-progress = In progress
audit-task-completed = Completed
audit-check-link = Check and complete the audit
audit-complete-banner = This audit is complete. Changing it makes it incomplete again.
audit-read-record = Read the record
audit-history-link = See the audit's edit history
audit-print-link = Print the audit or save it as a PDF
audit-change-auditor = Change the auditor's name
# $n indicators are not met: shown beside "Indicators" on the audit's task list.
audit-indicators-not-met = { $n ->
    [0] All met
    [one] { $n } not met
   *[other] { $n } not met
}

## The indicators
audit-indicators-intro = Worked out from the record as it is now. They show what the record says happened, not how good the work was: read the record before you grade it.
audit-outcome-met = Met
audit-outcome-not-met = Not met
audit-outcome-not-known = Cannot tell
audit-outcome-not-applicable = Does not apply
audit-indicators-no-children = No children in the record.
audit-indicators-no-adults = No adults in the record.
audit-indicator-child-seen = Each child was seen
audit-indicator-child-seen-alone = Each child was seen alone
# $days is the local standard for first contact, in days.
audit-indicator-first-contact = Each child was first seen within { $days } days of the application
audit-indicator-childs-voice = Each child gave their views in their own words
audit-indicator-welfare-checklist = The welfare checklist is answered for each child
audit-indicator-checks-received = Every police and local authority check has been received
audit-indicator-harm-referral = Likely or actual harm has an action and a referral
audit-indicator-sharing-respected = The children's choices about sharing their words were kept
audit-indicator-told-how-views-used = Each child was told how their views were used
audit-how-child-seen = A visit or contact records that the child was seen.
# $age is the age from which a child is expected to be seen alone.
audit-how-child-seen-alone = A visit records that the child was seen alone. Expected from age { $age } at the application.
audit-how-first-contact = Days from the application date to the first visit on which the child was seen.
# $age is the age from which a child is expected to give their views.
audit-how-childs-voice = A session in which the child said, wrote or drew something in their own words. Expected from age { $age } at the application.
audit-how-welfare-checklist = All 7 matters of the checklist, (a) to (g), have an answer.
audit-how-checks-received = Each adult's police and local authority checks have a date received.
audit-how-harm-referral = For each child at likely or actual risk of harm: immediate actions recorded, and a referral to the local authority with its date and reference.
# $words is the fewest words a quoted sentence must have.
audit-how-sharing-respected = Words the child did not choose to share with the judge are not quoted in the welfare checklist, what is happening for a child, or the recommendation (sentences of { $words } words or more).
audit-how-told-how-views-used = For each child who gave their views, the date they were told how their views were used, and what they were told.
# The records list's filter options: records where the indicator is not met.
audit-not-met-child-seen = A child not seen
audit-not-met-child-seen-alone = A child not seen alone
# $days is the local standard for first contact, in days.
audit-not-met-first-contact = A child first seen after more than { $days } days
audit-not-met-childs-voice = A child's views not in their own words
audit-not-met-welfare-checklist = A welfare checklist not answered
audit-not-met-checks-received = Checks not all received
audit-not-met-harm-referral = Harm without an action or referral
audit-not-met-sharing-respected = A child's private words quoted for the court
audit-not-met-told-how-views-used = A child not told how their views were used
# Findings: what the record shows for one child or adult.
audit-detail-seen = { $visits ->
    [one] Seen on { $visits } visit
   *[other] Seen on { $visits } visits
}
audit-detail-not-seen = Not seen on any visit
audit-detail-seen-alone = { $visits ->
    [one] Seen alone on { $visits } visit
   *[other] Seen alone on { $visits } visits
}
audit-detail-not-seen-alone = Not seen alone
# $age is the child's age at the application; $limit the age the indicator applies from.
audit-detail-too-young = Aged { $age } at the application: applies from age { $limit }
audit-detail-no-date-of-birth = No date of birth, so their age is not known
audit-detail-first-seen-after = { $days ->
    [one] First seen { $days } day after the application
   *[other] First seen { $days } days after the application
}
audit-detail-not-seen-yet = { $days ->
    [one] Not seen yet, { $days } day after the application
   *[other] Not seen yet, { $days } days after the application
}
audit-detail-no-application-date = The record has no application date
audit-detail-own-words = { $items ->
    [one] { $items } thing in their own words
   *[other] { $items } things in their own words
}
audit-detail-session-without-words = A session was started, but nothing in it is in the child's own words
audit-detail-no-session = No session with the child
audit-detail-all-answered = All 7 matters answered
audit-detail-unanswered = { $count ->
    [one] { $count } of the 7 matters not answered
   *[other] { $count } of the 7 matters not answered
}
audit-detail-checks-in = Police and local authority checks received
audit-detail-police-check-missing = Police check not received
audit-detail-local-authority-check-missing = Local authority check not received
audit-detail-both-checks-missing = Police and local authority checks not received
audit-detail-no-referral-needed = No referral needed: no harm, or possible harm
audit-detail-harm-not-recorded = The harm to the child is not recorded
audit-detail-action-and-referral = Immediate actions and a referral recorded
audit-detail-action-missing = No immediate actions recorded
audit-detail-referral-missing = No referral to the local authority recorded
audit-detail-action-and-referral-missing = No immediate actions or referral recorded
audit-detail-private-words-kept = Words kept from the judge are not quoted for the court
audit-detail-private-words-quoted = { $items ->
    [one] { $items } thing the child kept from the judge is quoted for the court
   *[other] { $items } things the child kept from the judge are quoted for the court
}
audit-detail-nothing-private = Everything the child said may be shared with the judge
audit-detail-no-views = No views given in a session
audit-detail-told = Told how their views were used
audit-detail-not-told = Not told how their views were used

## Reading the record from the audit
audit-record-title = The record
audit-record-intro = The record as the practitioner has it. It cannot be changed from the audit.

## Grades
audit-grades-title = Grades
audit-grades-intro = Grade each area, then the work overall.
audit-grade-outstanding = Outstanding
audit-grade-good = Good
audit-grade-requires-improvement = Requires improvement
audit-grade-inadequate = Inadequate
audit-area-childs-voice = The child's voice
audit-area-risk-and-safety = Risk and safety
audit-area-analysis = Analysis
audit-area-recording-quality = Quality of recording
audit-area-management-oversight = Management oversight
audit-area-overall = Overall grade
problem-audit-grade-childs-voice = Select a grade for the child's voice
problem-audit-grade-risk-and-safety = Select a grade for risk and safety
problem-audit-grade-analysis = Select a grade for analysis
problem-audit-grade-recording-quality = Select a grade for the quality of recording
problem-audit-grade-management-oversight = Select a grade for management oversight
problem-audit-grade-overall = Select an overall grade
audit-not-graded = Not graded yet

## Feedback
audit-feedback-title = Feedback for the practitioner
audit-feedback-hint = What went well and what could be better. The practitioner will read this.
problem-audit-feedback-missing = Enter feedback for the practitioner
# $limit is the most characters the feedback may have.
problem-audit-feedback-too-long = Feedback must be { $limit } characters or fewer

## Agreed actions
audit-actions-title = Agreed actions
audit-actions-intro = Actions you and the practitioner agreed, each with the date it is due.
audit-actions-none = No actions yet.
audit-add-action = Add an action
audit-continue = Continue
audit-action-title = Agreed action
audit-action-label = What is to be done
audit-action-due-label = Due date
audit-action-due-hint = For example, 27 3 2026
# Before the date an action is due: "Due 27 March 2026".
audit-action-due = Due
audit-action-name = Action
problem-audit-action-missing = Enter what is to be done
# $limit is the most characters an action may have.
problem-audit-action-too-long = An action must be { $limit } characters or fewer
problem-audit-action-due-missing = Enter the date the action is due
# Inside other messages about a date, as in "Due date must be a real date".
audit-action-due-name = Due date
audit-remove-action-title = Are you sure you want to remove this action?
audit-remove-action-yes = Yes, remove the action
audit-remove-action-no = No, keep the action

## Check and complete
audit-check-title = Check the audit
audit-check-intro = Check the grades, feedback and actions, then complete the audit.
audit-complete = Complete the audit

## The audit's edit history
audit-history-title = Audit history
audit-history-empty = No changes yet.
audit-history-what = What changed
audit-entry-started = Started the audit
audit-entry-auditor-changed = The auditor's name
audit-entry-feedback = Feedback for the practitioner
audit-entry-action-added = Added an action
audit-entry-action-text = Action: what is to be done
audit-entry-action-due = Action: due date
audit-entry-action-removed = Removed an action
audit-entry-completed = Completed the audit
audit-entry-reopened = Changed after it was completed, so no longer complete

## Printing the audit
audit-print-title = Case audit
audit-print-intro = Print this page, or choose "Save as PDF" in the print dialog.
audit-print-indicators = Indicators from the record

## The summary across the records
audit-summary-title = Audit summary
# $n is the number of case records in this browser.
audit-summary-intro = { $n ->
    [one] Across the { $n } case record in this browser.
   *[other] Across the { $n } case records in this browser.
}
audit-summary-empty = There are no case records in this browser yet.
audit-summary-grades-heading = Grades
# $completed audits are complete and $in_progress are not.
audit-summary-audits = { $completed ->
    [one] { $completed } audit completed, { $in_progress } in progress.
   *[other] { $completed } audits completed, { $in_progress } in progress.
}
audit-summary-grades-caption = Completed audits by grade
audit-summary-grade-column = Grade
audit-summary-indicators-heading = Indicators
audit-summary-chart-caption = Records where each indicator is met, out of the records it applies to. The table after the chart gives the same numbers.
# In the chart: $met records out of $applicable.
audit-summary-met-of = { $met } of { $applicable }
audit-summary-no-records-apply = Applies to no records
audit-summary-indicators-caption = Indicators across the records
audit-summary-indicator-column = Indicator
audit-summary-records-column = Records

## CSV files
csv-section-title-audit = The audit
csv-section-rows-audit = One row, if the record has an audit: the auditor, when it started and was completed, the grades and the feedback.
csv-download-audit = Download the audit (CSV)
csv-section-title-audit-actions = Agreed actions
csv-section-rows-audit-actions = One row for each action agreed in the audit, with its due date.
csv-download-audit-actions = Download the agreed actions (CSV)
csv-section-title-audit-indicators = Audit indicators
csv-section-rows-audit-indicators = One row for each indicator and each child or adult it is about, worked out from the record on the day of the export.
csv-download-audit-indicators = Download the audit indicators (CSV)
