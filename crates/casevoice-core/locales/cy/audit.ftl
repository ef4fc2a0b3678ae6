# casevoice: the case audit in Welsh (cy), translated from the British English (en-GB) source.
# A manager or auditor reads a record and grades it. Ids name where a message
# is used; see README, "Languages" and "Case audit".

## Reaching the audit: the record's task list and the records list
audit-title = Archwiliad achos
audit-status-not-started = Heb ddechrau
audit-status-in-progress = Ar y gweill
audit-status-completed = Wedi'i gwblhau
audit-column = Archwiliad
audit-not-audited = Heb ei archwilio
audit-row-link = Archwilio
audit-summary-link = Gweld y crynodeb o'r archwiliadau

## The records list's filters
audit-filter-heading = Hidlo cofnodion
audit-filter-grade = Gradd gyffredinol yr archwiliad
audit-filter-any-grade = Unrhyw radd
audit-filter-not-graded = Heb ei raddio
audit-filter-indicator = Dangosydd heb ei fodloni
audit-filter-any-indicator = Unrhyw un
audit-filter-apply = Defnyddio'r hidlyddion
audit-filter-clear = Clirio'r hidlyddion
audit-filter-showing = { $total ->
    [zero] Yn dangos { $shown } o { $total } cofnod
    [one] Yn dangos { $shown } o { $total } cofnod
    [two] Yn dangos { $shown } o { $total } gofnod
    [few] Yn dangos { $shown } o { $total } chofnod
    [many] Yn dangos { $shown } o { $total } chofnod
   *[other] Yn dangos { $shown } o { $total } o gofnodion
}
audit-filter-none-match = Nid oes cofnodion sy'n cyfateb i'r hidlyddion hyn.

## Starting the audit
audit-intro = Mae archwiliad yn adolygiad gan reolwr o'r cofnod hwn. Rydych chi'n graddio gwaith yr ymarferydd, yn rhoi adborth iddo ac yn cytuno ar gamau gweithredu gydag ef.
audit-read-only-note = Mae'r cofnod yn aros fel y mae: nid oes dim a wnewch yn yr archwiliad yn ei newid, ac mae gan yr archwiliad ei hanes golygu ei hun.
audit-auditor-label = Eich enw
audit-auditor-hint = Caiff newidiadau i'r archwiliad eu cofnodi o dan yr enw hwn.
audit-start = Dechrau'r archwiliad
problem-audit-auditor-missing = Rhowch eich enw

## The audit's own task list
audit-auditor = Archwilydd
audit-started = Dechreuwyd
audit-completed-at = Cwblhawyd
audit-status = Statws
audit-tasks-heading = Tasgau'r archwiliad
audit-task-indicators = Dangosyddion
audit-task-grades = Graddau
audit-task-feedback = Adborth i'r ymarferydd
audit-task-actions = Camau gweithredu y cytunwyd arnynt
audit-task-not-yet-started = Heb ddechrau eto
audit-task-in-progress = Ar y gweill
audit-task-completed = Wedi'i gwblhau
audit-check-link = Gwirio a chwblhau'r archwiliad
audit-complete-banner = Mae'r archwiliad hwn wedi'i gwblhau. Os byddwch yn ei newid, ni fydd wedi'i gwblhau mwyach.
audit-read-record = Darllen y cofnod
audit-history-link = Gweld hanes golygu'r archwiliad
audit-print-link = Argraffu'r archwiliad neu ei gadw fel PDF
audit-change-auditor = Newid enw'r archwilydd
audit-indicators-not-met = { $n ->
    [zero] Pob un wedi'i fodloni
    [one] { $n } heb ei fodloni
    [two] { $n } heb eu bodloni
    [few] { $n } heb eu bodloni
    [many] { $n } heb eu bodloni
   *[other] { $n } heb eu bodloni
}

## The indicators
audit-indicators-intro = Wedi'u cyfrifo o'r cofnod fel y mae nawr. Maen nhw'n dangos beth mae'r cofnod yn ei ddweud a ddigwyddodd, nid pa mor dda oedd y gwaith: darllenwch y cofnod cyn i chi ei raddio.
audit-outcome-met = Wedi'i fodloni
audit-outcome-not-met = Heb ei fodloni
audit-outcome-not-known = Methu dweud
audit-outcome-not-applicable = Ddim yn berthnasol
audit-indicators-no-children = Nid oes plant yn y cofnod.
audit-indicators-no-adults = Nid oes oedolion yn y cofnod.
audit-indicator-child-seen = Gwelwyd pob plentyn
audit-indicator-child-seen-alone = Gwelwyd pob plentyn heb neb arall yn bresennol
audit-indicator-first-contact = Gwelwyd pob plentyn am y tro cyntaf cyn pen { $days } diwrnod ar ôl y cais
audit-indicator-childs-voice = Rhoddodd pob plentyn ei farn yn ei eiriau ei hun
audit-indicator-welfare-checklist = Mae'r rhestr wirio lles wedi'i hateb ar gyfer pob plentyn
audit-indicator-checks-received = Mae pob gwiriad gan yr heddlu a'r awdurdod lleol wedi dod i law
audit-indicator-harm-referral = Mae cam gweithredu ac atgyfeiriad ar gyfer niwed tebygol neu niwed sydd wedi digwydd
audit-indicator-sharing-respected = Cafodd dewisiadau'r plant am rannu eu geiriau eu parchu
audit-indicator-told-how-views-used = Cafodd pob plentyn wybod sut y defnyddiwyd ei farn
audit-how-child-seen = Mae ymweliad neu gyswllt yn cofnodi bod y plentyn wedi cael ei weld.
audit-how-child-seen-alone = Mae ymweliad yn cofnodi bod y plentyn wedi cael ei weld heb neb arall yn bresennol. Disgwylir hyn o { $age } oed adeg y cais.
audit-how-first-contact = Nifer y diwrnodau o ddyddiad y cais hyd at yr ymweliad cyntaf pan welwyd y plentyn.
audit-how-childs-voice = Sesiwn lle dywedodd, ysgrifennodd neu luniodd y plentyn rywbeth yn ei eiriau ei hun. Disgwylir hyn o { $age } oed adeg y cais.
audit-how-welfare-checklist = Mae ateb i bob un o 7 mater y rhestr wirio, (a) i (g).
audit-how-checks-received = Mae dyddiad dod i law ar wiriadau'r heddlu a'r awdurdod lleol ar gyfer pob oedolyn.
audit-how-harm-referral = Ar gyfer pob plentyn sydd mewn perygl tebygol o niwed neu sydd wedi dioddef niwed: camau gweithredu ar unwaith wedi'u cofnodi, ac atgyfeiriad at yr awdurdod lleol gyda'i ddyddiad a'i gyfeirnod.
audit-how-sharing-respected = Nid yw geiriau na ddewisodd y plentyn eu rhannu gyda'r barnwr wedi'u dyfynnu yn y rhestr wirio lles, yn yr hyn sy'n digwydd i blentyn nac yn yr argymhelliad (brawddegau o { $words } gair neu fwy).
audit-how-told-how-views-used = Ar gyfer pob plentyn a roddodd ei farn, y dyddiad y cafodd wybod sut y defnyddiwyd ei farn, a'r hyn a ddywedwyd wrtho.
audit-not-met-child-seen = Plentyn na chafodd ei weld
audit-not-met-child-seen-alone = Plentyn na chafodd ei weld heb neb arall yn bresennol
audit-not-met-first-contact = Plentyn a welwyd am y tro cyntaf ar ôl mwy na { $days } diwrnod
audit-not-met-childs-voice = Barn plentyn nad yw yn ei eiriau ei hun
audit-not-met-welfare-checklist = Rhestr wirio lles heb ei hateb
audit-not-met-checks-received = Nid yw pob gwiriad wedi dod i law
audit-not-met-harm-referral = Niwed heb gam gweithredu nac atgyfeiriad
audit-not-met-sharing-respected = Geiriau preifat plentyn wedi'u dyfynnu ar gyfer y llys
audit-not-met-told-how-views-used = Plentyn na chafodd wybod sut y defnyddiwyd ei farn
audit-detail-seen = { $visits ->
    [zero] Gwelwyd ar { $visits } ymweliad
    [one] Gwelwyd ar { $visits } ymweliad
    [two] Gwelwyd ar { $visits } ymweliad
    [few] Gwelwyd ar { $visits } ymweliad
    [many] Gwelwyd ar { $visits } ymweliad
   *[other] Gwelwyd ar { $visits } o ymweliadau
}
audit-detail-not-seen = Ni welwyd ar unrhyw ymweliad
audit-detail-seen-alone = { $visits ->
    [zero] Gwelwyd heb neb arall yn bresennol ar { $visits } ymweliad
    [one] Gwelwyd heb neb arall yn bresennol ar { $visits } ymweliad
    [two] Gwelwyd heb neb arall yn bresennol ar { $visits } ymweliad
    [few] Gwelwyd heb neb arall yn bresennol ar { $visits } ymweliad
    [many] Gwelwyd heb neb arall yn bresennol ar { $visits } ymweliad
   *[other] Gwelwyd heb neb arall yn bresennol ar { $visits } o ymweliadau
}
audit-detail-not-seen-alone = Ni welwyd heb neb arall yn bresennol
audit-detail-too-young = { $age } oed adeg y cais: yn berthnasol o { $limit } oed ymlaen
audit-detail-no-date-of-birth = Dim dyddiad geni, felly nid yw oedran y plentyn yn hysbys
audit-detail-first-seen-after = { $days ->
    [zero] Gwelwyd am y tro cyntaf { $days } diwrnod ar ôl y cais
    [one] Gwelwyd am y tro cyntaf { $days } diwrnod ar ôl y cais
    [two] Gwelwyd am y tro cyntaf { $days } ddiwrnod ar ôl y cais
    [few] Gwelwyd am y tro cyntaf { $days } diwrnod ar ôl y cais
    [many] Gwelwyd am y tro cyntaf { $days } diwrnod ar ôl y cais
   *[other] Gwelwyd am y tro cyntaf { $days } diwrnod ar ôl y cais
}
audit-detail-not-seen-yet = { $days ->
    [zero] Heb ei weld eto, { $days } diwrnod ar ôl y cais
    [one] Heb ei weld eto, { $days } diwrnod ar ôl y cais
    [two] Heb ei weld eto, { $days } ddiwrnod ar ôl y cais
    [few] Heb ei weld eto, { $days } diwrnod ar ôl y cais
    [many] Heb ei weld eto, { $days } diwrnod ar ôl y cais
   *[other] Heb ei weld eto, { $days } diwrnod ar ôl y cais
}
audit-detail-no-application-date = Nid oes dyddiad cais yn y cofnod
audit-detail-own-words = { $items ->
    [zero] { $items } peth yn ei eiriau ei hun
    [one] { $items } peth yn ei eiriau ei hun
    [two] { $items } beth yn ei eiriau ei hun
    [few] { $items } pheth yn ei eiriau ei hun
    [many] { $items } pheth yn ei eiriau ei hun
   *[other] { $items } o bethau yn ei eiriau ei hun
}
audit-detail-session-without-words = Dechreuwyd sesiwn, ond does dim byd ynddi yng ngeiriau'r plentyn ei hun
audit-detail-no-session = Dim sesiwn gyda'r plentyn
audit-detail-all-answered = Mae'r 7 mater wedi'u hateb
audit-detail-unanswered = { $count ->
    [zero] Mae { $count } o'r 7 mater heb eu hateb
    [one] Mae { $count } o'r 7 mater heb ei ateb
   *[other] Mae { $count } o'r 7 mater heb eu hateb
}
audit-detail-checks-in = Mae gwiriadau'r heddlu a'r awdurdod lleol wedi dod i law
audit-detail-police-check-missing = Nid yw gwiriad yr heddlu wedi dod i law
audit-detail-local-authority-check-missing = Nid yw gwiriad yr awdurdod lleol wedi dod i law
audit-detail-both-checks-missing = Nid yw gwiriadau'r heddlu a'r awdurdod lleol wedi dod i law
audit-detail-no-referral-needed = Nid oes angen atgyfeiriad: dim niwed, neu niwed posibl
audit-detail-harm-not-recorded = Nid yw'r niwed i'r plentyn wedi'i gofnodi
audit-detail-action-and-referral = Mae camau gweithredu ar unwaith ac atgyfeiriad wedi'u cofnodi
audit-detail-action-missing = Dim camau gweithredu ar unwaith wedi'u cofnodi
audit-detail-referral-missing = Dim atgyfeiriad at yr awdurdod lleol wedi'i gofnodi
audit-detail-action-and-referral-missing = Dim camau gweithredu ar unwaith nac atgyfeiriad wedi'u cofnodi
audit-detail-private-words-kept = Nid yw geiriau a gadwyd rhag y barnwr wedi'u dyfynnu ar gyfer y llys
audit-detail-private-words-quoted = { $items ->
    [zero] Mae { $items } peth a gadwodd y plentyn rhag y barnwr wedi'u dyfynnu ar gyfer y llys
    [one] Mae { $items } peth a gadwodd y plentyn rhag y barnwr wedi'i ddyfynnu ar gyfer y llys
    [two] Mae { $items } beth a gadwodd y plentyn rhag y barnwr wedi'u dyfynnu ar gyfer y llys
    [few] Mae { $items } pheth a gadwodd y plentyn rhag y barnwr wedi'u dyfynnu ar gyfer y llys
    [many] Mae { $items } pheth a gadwodd y plentyn rhag y barnwr wedi'u dyfynnu ar gyfer y llys
   *[other] Mae { $items } o bethau a gadwodd y plentyn rhag y barnwr wedi'u dyfynnu ar gyfer y llys
}
audit-detail-nothing-private = Gellir rhannu popeth a ddywedodd y plentyn gyda'r barnwr
audit-detail-no-views = Dim barn wedi'i rhoi mewn sesiwn
audit-detail-told = Cafodd wybod sut y defnyddiwyd ei farn
audit-detail-not-told = Heb gael gwybod sut y defnyddiwyd ei farn

## Reading the record from the audit
audit-record-title = Y cofnod
audit-record-intro = Y cofnod fel y mae gan yr ymarferydd. Nid oes modd ei newid o'r archwiliad.

## Grades
audit-grades-title = Graddau
audit-grades-intro = Graddiwch bob maes, yna'r gwaith yn gyffredinol.
audit-grade-outstanding = Rhagorol
audit-grade-good = Da
audit-grade-requires-improvement = Angen gwella
audit-grade-inadequate = Annigonol
audit-area-childs-voice = Llais y plentyn
audit-area-risk-and-safety = Risg a diogelwch
audit-area-analysis = Dadansoddi
audit-area-recording-quality = Ansawdd y cofnodi
audit-area-management-oversight = Goruchwyliaeth reoli
audit-area-overall = Gradd gyffredinol
problem-audit-grade-childs-voice = Dewiswch radd ar gyfer llais y plentyn
problem-audit-grade-risk-and-safety = Dewiswch radd ar gyfer risg a diogelwch
problem-audit-grade-analysis = Dewiswch radd ar gyfer dadansoddi
problem-audit-grade-recording-quality = Dewiswch radd ar gyfer ansawdd y cofnodi
problem-audit-grade-management-oversight = Dewiswch radd ar gyfer goruchwyliaeth reoli
problem-audit-grade-overall = Dewiswch radd gyffredinol
audit-not-graded = Heb ei raddio eto

## Feedback
audit-feedback-title = Adborth i'r ymarferydd
audit-feedback-hint = Beth aeth yn dda a beth allai fod yn well. Bydd yr ymarferydd yn darllen hwn.
problem-audit-feedback-missing = Rhowch adborth i'r ymarferydd
problem-audit-feedback-too-long = Rhaid i'r adborth fod yn { $limit } nod neu lai

## Agreed actions
audit-actions-title = Camau gweithredu y cytunwyd arnynt
audit-actions-intro = Camau gweithredu y cytunoch chi a'r ymarferydd arnynt, pob un gyda'r dyddiad y mae'n ddyledus.
audit-actions-none = Dim camau gweithredu eto.
audit-add-action = Ychwanegu cam gweithredu
audit-continue = Parhau
audit-action-title = Cam gweithredu y cytunwyd arno
audit-action-label = Beth sydd i'w wneud
audit-action-due-label = Dyddiad dyledus
audit-action-due-hint = Er enghraifft, 27 3 2026
audit-action-due = Erbyn
audit-action-name = Cam gweithredu
problem-audit-action-missing = Rhowch beth sydd i'w wneud
problem-audit-action-too-long = Rhaid i gam gweithredu fod yn { $limit } nod neu lai
problem-audit-action-due-missing = Rhowch y dyddiad y mae'r cam gweithredu yn ddyledus
audit-action-due-name = Dyddiad dyledus
audit-remove-action-title = Ydych chi'n siŵr eich bod am dynnu'r cam gweithredu hwn?
audit-remove-action-yes = Ie, tynnu'r cam gweithredu
audit-remove-action-no = Na, cadw'r cam gweithredu

## Check and complete
audit-check-title = Gwirio'r archwiliad
audit-check-intro = Gwiriwch y graddau, yr adborth a'r camau gweithredu, yna cwblhewch yr archwiliad.
audit-complete = Cwblhau'r archwiliad

## The audit's edit history
audit-history-title = Hanes yr archwiliad
audit-history-empty = Dim newidiadau eto.
audit-history-what = Beth a newidiodd
audit-entry-started = Dechreuwyd yr archwiliad
audit-entry-auditor-changed = Enw'r archwilydd
audit-entry-feedback = Adborth i'r ymarferydd
audit-entry-action-added = Ychwanegwyd cam gweithredu
audit-entry-action-text = Cam gweithredu: beth sydd i'w wneud
audit-entry-action-due = Cam gweithredu: dyddiad dyledus
audit-entry-action-removed = Tynnwyd cam gweithredu
audit-entry-completed = Cwblhawyd yr archwiliad
audit-entry-reopened = Newidiwyd ar ôl ei gwblhau, felly nid yw wedi'i gwblhau mwyach

## Printing the audit
audit-print-title = Archwiliad achos
audit-print-intro = Argraffwch y dudalen hon, neu dewiswch "Cadw fel PDF" yn y blwch argraffu.
audit-print-indicators = Dangosyddion o'r cofnod

## The summary across the records
audit-summary-title = Crynodeb o'r archwiliadau
audit-summary-intro = { $n ->
    [zero] Ar draws y { $n } cofnod achos yn y porwr hwn.
    [one] Ar draws yr { $n } cofnod achos yn y porwr hwn.
    [two] Ar draws y { $n } gofnod achos yn y porwr hwn.
    [few] Ar draws y { $n } chofnod achos yn y porwr hwn.
    [many] Ar draws y { $n } chofnod achos yn y porwr hwn.
   *[other] Ar draws y { $n } o gofnodion achos yn y porwr hwn.
}
audit-summary-empty = Nid oes cofnodion achos yn y porwr hwn eto.
audit-summary-grades-heading = Graddau
audit-summary-audits = Archwiliadau wedi'u cwblhau: { $completed }. Archwiliadau ar y gweill: { $in_progress }.
audit-summary-grades-caption = Archwiliadau wedi'u cwblhau yn ôl gradd
audit-summary-grade-column = Gradd
audit-summary-indicators-heading = Dangosyddion
audit-summary-chart-caption = Cofnodion lle mae pob dangosydd wedi'i fodloni, allan o'r cofnodion y mae'n berthnasol iddynt. Mae'r tabl ar ôl y siart yn rhoi'r un rhifau.
audit-summary-met-of = { $met } o { $applicable }
audit-summary-no-records-apply = Ddim yn berthnasol i unrhyw gofnod
audit-summary-indicators-caption = Dangosyddion ar draws y cofnodion
audit-summary-indicator-column = Dangosydd
audit-summary-records-column = Cofnodion

## CSV files
csv-section-title-audit = Yr archwiliad
csv-section-rows-audit = Un rhes, os oes archwiliad gan y cofnod: yr archwilydd, pryd y dechreuodd ac y cafodd ei gwblhau, y graddau a'r adborth.
csv-download-audit = Lawrlwytho'r archwiliad (CSV)
csv-section-title-audit-actions = Camau gweithredu y cytunwyd arnynt
csv-section-rows-audit-actions = Un rhes ar gyfer pob cam gweithredu y cytunwyd arno yn yr archwiliad, gyda'i ddyddiad dyledus.
csv-download-audit-actions = Lawrlwytho'r camau gweithredu y cytunwyd arnynt (CSV)
csv-section-title-audit-indicators = Dangosyddion yr archwiliad
csv-section-rows-audit-indicators = Un rhes ar gyfer pob dangosydd a phob plentyn neu oedolyn y mae'n ymwneud ag ef, wedi'u cyfrifo o'r cofnod ar ddiwrnod yr allforio.
csv-download-audit-indicators = Lawrlwytho dangosyddion yr archwiliad (CSV)
