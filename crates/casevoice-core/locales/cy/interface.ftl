# casevoice: the interface in Welsh (cy), translated from the British English (en-GB) source.
# Ids name where a message is used; see README, "Languages".

## Pages, buttons and messages

service-name = casevoice
service-description = Cofnodi achosion llys teulu a'r hyn y mae pob plentyn ei angen, ei eisiau a'i deimlo
skip-to-main-content = Neidio i'r prif gynnwys
footer-privacy = Caiff cofnodion achos eu cadw yn y porwr hwn ar y ddyfais hon nes i chi eu hallforio.
title-separator = { " – " }
error-title-prefix = { "Gwall: " }
error-inline-prefix = Gwall:
error-summary-title = Mae problem
back = Yn ôl
loading = Wrthi'n llwytho cofnodion achos…
storage-unavailable = Ni all y porwr hwn storio cofnodion achos ar y ddyfais hon (pori preifat, neu mae'r storfa wedi'i diffodd), felly mae casevoice yn cadw eich gwaith yn y cof yn unig. Bydd yn cael ei golli pan fydd y dudalen hon yn cael ei chau neu ei hail-lwytho: allforiwch bob cofnod cyn i chi ei gau, neu defnyddiwch borwr arall.
saving = Wrthi'n cadw…
saved-at = Cadwyd am
not-saved-storage-full = Heb ei gadw: mae storfa'r ddyfais hon yn llawn. Cadwch y dudalen hon ar agor: mae eich atebion yn dal arni.
not-saved-no-storage = Heb ei gadw: ni all y porwr hwn storio cofnodion achos. Cadwch y dudalen hon ar agor: mae eich atebion yn dal arni.
not-saved-refused = Heb ei gadw: gwrthododd y porwr storio eich newidiadau. Cadwch y dudalen hon ar agor: mae eich atebion yn dal arni.
unreadable-records = Nid oedd modd darllen rhai o'r cofnodion achos sydd wedi'u storio yn y porwr hwn. Maen nhw wedi'u gadael fel y maen nhw.
home-title = Cofnodion achos
home-empty = Nid oes cofnodion achos yn y porwr hwn eto.
home-empty-hint = Dechreuwch gofnod achos newydd. Caiff ei gadw yn y porwr hwn wrth i chi weithio.
home-table-caption = Cofnodion achos yn y porwr hwn
start-new-record = Dechrau cofnod achos newydd
no-case-number-yet = Dim rhif achos eto
last-changed = Newidiwyd ddiwethaf
case-number-label = Rhif achos
case-number-hint = Mae i'w weld ar lythyrau a gorchmynion gan y llys, er enghraifft ZW19P01392
case-number-in-sentence = rhif achos
save-and-continue = Cadw a pharhau
optional = (dewisol)
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
or = neu
record-title = Cofnod achos
not-yet-given = Heb ei roi eto
change = Newid
not-found-title = Heb ddod o hyd i'r dudalen
not-found-body = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
record-not-found-title = Heb ddod o hyd i'r cofnod achos
record-not-found-body = Nid oes cofnod achos yn y cyfeiriad hwn yn y porwr hwn. Efallai ei fod wedi cael ei greu mewn porwr arall neu ar ddyfais arall.
go-to-case-records = Mynd i'r cofnodion achos
date-time-join = am
am = yb
pm = yh
midday = hanner dydd
midnight = hanner nos
task-list-heading = Adrannau'r cofnod
task-case-details = Manylion yr achos
task-children = Plant
task-adults = Oedolion a phartïon
task-safeguarding = Gwiriadau a diogelu
task-welfare = Rhestr wirio lles
task-recommendation = Argymhelliad a chymeradwyaeth
task-visits = Ymweliadau a chysylltiadau
task-child-voice = Barn y plant
task-status-not-yet-started = Heb ddechrau eto
task-status-in-progress = Ar y gweill
task-status-completed = Wedi'i gwblhau
task-status-there-is-a-problem = Mae problem
case-details-title = Manylion yr achos
children-title = Plant
children-none = Nid oes unrhyw blant wedi cael eu hychwanegu eto. Ychwanegwch bob plentyn sy'n destun y cais.
add-a-child = Ychwanegu plentyn
child-details-title = Am y plentyn
unnamed-child = Plentyn heb enw eto
remove = Tynnu
remove-child-title = Ydych chi'n siŵr eich bod am dynnu'r plentyn hwn?
remove-child-warning = Bydd popeth a gofnodwyd am y plentyn hwn yn cael ei dynnu o'r cofnod. Bydd yr hanes golygu yn dal i ddangos bod y plentyn wedi cael ei dynnu.
yes-remove = Ie, tynnu'r plentyn
no-keep = Na, cadw'r plentyn
return-to-task-list = Dychwelyd i'r cofnod achos
check-answers-title = Gwirio eich atebion
check-answers-link = Gwirio eich atebion a nodi bod y cofnod yn gyflawn
check-answers-intro = Gwiriwch bob ateb cyn i chi nodi bod y cofnod yn gyflawn. Defnyddiwch ddolen Newid i gywiro ateb: bydd ei gadw yn dod â chi yn ôl yma.
mark-as-complete = Nodi'n gyflawn
record-complete = Mae'r cofnod hwn yn gyflawn. Bydd newid unrhyw ateb yn ei wneud yn anghyflawn eto.
not-answered = Heb ei ateb
harm-none = Dim niwed
harm-possible = Niwed posibl
harm-likely = Niwed tebygol
harm-actual = Niwed gwirioneddol
checks-title = Gwiriadau'r heddlu a'r awdurdod lleol
checks-intro = Cofnodwch y gwiriadau ar bob oedolyn: pryd y gofynnwyd amdanynt, pryd y daeth y canlyniadau a beth oedden nhw'n ei ddweud.
checks-no-adults = Ychwanegwch yr oedolion a'r partïon yn gyntaf: mae gwiriadau'n cael eu cofnodi ar gyfer pob un ohonynt.
police-check = Gwiriad yr heddlu (PNC)
local-authority-check = Gwiriad yr awdurdod lleol
risk-title = Risg a diogelwch
harm-for-child = Niwed a'r hyn sy'n digwydd i
adult-role-applicant = Ceisydd
adult-role-respondent = Atebydd
adult-role-other-party = Parti arall
adult-role-other-significant-adult = Oedolyn arwyddocaol arall
adults-title = Oedolion a phartïon
adults-none = Nid oes unrhyw oedolion wedi cael eu hychwanegu eto. Ychwanegwch bob parti i'r achos ac unrhyw oedolyn arall sy'n bwysig ym mywydau'r plant.
add-an-adult = Ychwanegu oedolyn
adult-details-title = Am yr oedolyn
unnamed-adult = Oedolyn heb enw eto
remove-adult-title = Ydych chi'n siŵr eich bod am dynnu'r oedolyn hwn?
remove-adult-warning = Bydd popeth a gofnodwyd am yr oedolyn hwn yn cael ei dynnu o'r cofnod. Bydd yr hanes golygu yn dal i ddangos bod yr oedolyn wedi cael ei dynnu.
yes-remove-adult = Ie, tynnu'r oedolyn
no-keep-adult = Na, cadw'r oedolyn
visit-type-home-visit = Ymweliad cartref
visit-type-school-visit = Ymweliad ysgol
visit-type-office = Ymweliad swyddfa
visit-type-video-call = Galwad fideo
visit-type-phone-call = Galwad ffôn
visits-title = Ymweliadau a chysylltiadau
visits-none = Nid oes unrhyw ymweliadau na chysylltiadau wedi cael eu hychwanegu eto. Ychwanegwch bob ymweliad, cyfarfod a galwad gyda'r teulu.
add-a-visit = Ychwanegu ymweliad neu gyswllt
visit-details-title = Am yr ymweliad neu'r cyswllt
undated-visit = Ymweliad heb ddyddiad eto
remove-visit-title = Ydych chi'n siŵr eich bod am dynnu'r ymweliad hwn?
remove-visit-warning = Bydd popeth a gofnodwyd am yr ymweliad hwn yn cael ei dynnu o'r cofnod. Bydd yr hanes golygu yn dal i ddangos ei fod wedi cael ei dynnu.
yes-remove-visit = Ie, tynnu'r ymweliad
no-keep-visit = Na, cadw'r ymweliad
sex-female = Benyw
sex-male = Gwryw
sex-not-known = Ddim yn hysbys
yes = Ie
no = Na
settings = Gosodiadau
header-navigation = Dewislen
your-name = Eich enw
your-name-hint = Caiff ei ddangos yn yr hanes golygu wrth ymyl pob newid a wnewch yn y porwr hwn
your-team = Eich tîm
settings-problem-name-missing = Rhowch eich enw
settings-problem-lock-after-invalid = Rhowch nifer y munudau cyn i casevoice gloi, fel rhif cyfan o 1 i 60
settings-problem-retention-invalid = Rhowch nifer y diwrnodau i gadw cofnodion sydd wedi'u hanfon, fel rhif cyfan o 1 i 365
save-settings = Cadw'r gosodiadau
success = Llwyddiant
settings-saved = Mae eich gosodiadau wedi cael eu cadw
settings-not-saved = Nid yw eich gosodiadau wedi cael eu cadw: gwrthododd y porwr hwn eu storio. Rhowch gynnig arall arni.
children-column = Plant
status-column = Statws
actions-column = Camau gweithredu
no-children-yet = Dim plant eto
duplicate = Dyblygu
delete = Dileu
record-without-case-number = cofnod heb rif achos
delete-record-title = Ydych chi'n siŵr eich bod am ddileu'r cofnod achos hwn?
delete-record-warning = Bydd y cofnod, gyda'i holl atebion a'i hanes golygu, yn cael ei ddileu o'r porwr hwn. Nid oes modd dadwneud hyn.
yes-delete-record = Ie, dileu'r cofnod hwn
no-keep-it = Na, cadw'r cofnod
edit-history = Hanes golygu
see-edit-history = Gweld yr hanes golygu
history-empty = Nid oes unrhyw newidiadau wedi cael eu gwneud i'r cofnod hwn eto.
changed-by = Newidiwyd gan
name-not-set = Ni osodwyd enw
history-question = Cwestiwn
history-child = Plentyn
changed-from = Newidiwyd o
changed-to = Newidiwyd i
history-what-happened = Beth ddigwyddodd
blank = (gwag)
removed-child = Plentyn a gafodd ei dynnu
child-added = Plentyn wedi'i ychwanegu
child-removed = Plentyn wedi'i dynnu
record-made-as-copy = Cofnod wedi'i greu fel copi o gofnod arall
copied-from = Copïwyd o
history-adult = Oedolyn
removed-adult = Oedolyn a gafodd ei dynnu
adult-added-entry = Oedolyn wedi'i ychwanegu
adult-removed-entry = Oedolyn wedi'i dynnu
marked-complete-entry = Wedi'i nodi'n gyflawn
visit-added-entry = Ymweliad neu gyswllt wedi'i ychwanegu
visit-removed-entry = Ymweliad neu gyswllt wedi'i dynnu
history-visit = Ymweliad neu gyswllt
reopened-entry = Newidiwyd ar ôl cael ei nodi'n gyflawn, felly nid yw'n gyflawn mwyach
welfare-list-title = Rhestr wirio lles
welfare-list-intro = Cofnodwch y rhestr wirio lles ar gyfer pob plentyn: y materion yn adran 1(3) o Ddeddf Plant 1989 y mae'n rhaid i'r llys roi sylw iddynt.
welfare-no-children = Nid oes unrhyw blant wedi cael eu hychwanegu eto. Ychwanegwch y plant yn gyntaf, yna cofnodwch y rhestr wirio lles ar gyfer pob un ohonynt.
go-to-children = Ychwanegu plant
welfare-child-title = Rhestr wirio lles y plentyn
welfare-child-intro = O dan adran 1(3) o Ddeddf Plant 1989, rhaid i'r llys roi sylw yn benodol i bob un o'r materion hyn. Ysgrifennwch am y plentyn hwn ar gyfer pob un.
recommendation-title = Argymhelliad a chymeradwyaeth
further-report-no = Na
further-report-section7 = Ie, adroddiad adran 7
further-report-addendum = Ie, adroddiad atodol
manager-decision-agreed = Cytunwyd
manager-decision-agreed-with-changes = Cytunwyd gyda newidiadau
manager-decision-not-agreed = Ni chytunwyd — wedi'i ddychwelyd i'r ymarferydd
declaration-confirm = Rwy'n cadarnhau bod y cofnod hwn yn gywir ac yn gyflawn hyd eithaf fy ngwybodaeth
manager-review-heading = Adolygiad y rheolwr
record-open-elsewhere = Mae'r cofnod hwn ar agor mewn tab neu ffenestr arall, felly dim ond ei ddarllen y gallwch chi yma. Caewch ef yno i'w newid yma: bydd y dudalen hon yn gadael i chi wneud hynny cyn gynted ag y byddwch wedi'i gau.
record-editable-here = Mae'r tab neu'r ffenestr arall wedi cau'r cofnod hwn. Gallwch ei newid yma nawr.
# On a record's pages where the browser has no Web Locks (older Safari), so it cannot keep a second tab read-only.
record-tabs-unguarded = Ni all y porwr hwn ddweud a yw'r cofnod hwn ar agor mewn tab neu ffenestr arall hefyd. Cadwch ef ar agor mewn un tab yn unig: gall newidiadau a wneir mewn dau ar yr un pryd ysgrifennu dros ei gilydd.
manager-review-intro = Mae rheolwr yn llenwi hwn pan fydd yn adolygu'r cofnod, felly gallwch gwblhau'r adran hon hebddo. Unwaith y bydd unrhyw ran ohono wedi'i llenwi, rhowch enw'r rheolwr, dyddiad yr adolygiad a phenderfyniad y rheolwr.
drawing-instructions = Tynna lun gyda dy fys, gyda phen neu gyda'r llygoden. Tapia unwaith i wneud dot. I dynnu llun gyda'r bysellfwrdd, symuda'r fodrwy gyda'r bysellau saeth a phwysa Space i roi'r pen i lawr neu i'w godi.
drawing-keyboard-pen-down = Mae'r pen i lawr. Symuda'r pen gyda'r bysellau saeth. Pwysa Space i'w godi.
drawing-colours = Lliwiau
drawing-colour-black = Du
drawing-colour-red = Coch
drawing-colour-orange = Oren
drawing-colour-yellow = Melyn
drawing-colour-green = Gwyrdd
drawing-colour-blue = Glas
drawing-colour-purple = Porffor
drawing-colour-brown = Brown
drawing-pens = Pennau
drawing-thin-pen = Pen tenau
drawing-thick-pen = Pen trwchus
drawing-shapes = Siapiau
drawing-shapes-hint = Mae siâp yn mynd lle mae'r fodrwy.
drawing-circle = Cylch
drawing-heart = Calon
drawing-star = Seren
drawing-sun = Haul
drawing-undo = Dadwneud
drawing-clear = Clirio
drawing-finish = Rydw i wedi gorffen fy llun
drawing-nothing-drawn = Tynna rywbeth yn gyntaf. Os nad wyt ti eisiau tynnu llun, dos yn ôl.
read-aloud = Darllena hwn i mi
read-aloud-stop = Stopio darllen
read-aloud-not-supported = Dydy'r ddyfais hon ddim yn gallu darllen yn uchel. Gofynna i'r oedolyn sydd gyda ti ei ddarllen i ti.
read-aloud-no-voice = Does gan y ddyfais hon ddim llais sy'n gallu darllen hwn yn uchel. Gofynna i'r oedolyn sydd gyda ti ei ddarllen i ti.
starting-up = Wrthi'n llwytho…
exit-this-page = Gadael y dudalen hon
neutral-title = Nodiadau
neutral-text = Nid oes nodiadau.
neutral-continue = Parhau
unlock-title = Rhowch eich PIN i adael y modd plentyn
unlock-title-neutral = Rhowch eich PIN
leave-child-mode = Parhau
back-to-child-screens = Yn ôl i sgriniau'r plentyn
pin-missing = Rhowch eich PIN
pin-wrong = Nid yw'r PIN yn gywir
pin-held-off = Rhoddwyd y PIN anghywir 5 gwaith. Arhoswch 30 eiliad, yna rhowch gynnig arall arni.
pin-not-checked = Nid oedd modd gwirio'r PIN yn y porwr hwn. Rhowch gynnig arall arni.
pin-section-heading = PIN ar gyfer y modd plentyn
pin-section-intro = Mae angen y PIN hwn arnoch i adael y modd plentyn ar ôl i blentyn ddefnyddio'r ddyfais hon. Dim ond gadael y modd plentyn y mae'n ei wneud: nid yw'n datgloi nac yn diogelu cofnodion achos.
pin-is-set = Mae PIN wedi'i osod ar y ddyfais hon.
pin-is-not-set = Nid oes PIN wedi'i osod eto. Mae angen un arnoch cyn i chi ddechrau sesiwn gyda phlentyn.
new-pin-label = PIN newydd
new-pin-hint = 4 i 8 digid
confirm-pin-label = Rhowch y PIN newydd eto
save-pin = Cadw'r PIN
pin-saved = Mae eich PIN wedi cael ei gadw
pin-not-saved = Nid yw eich PIN wedi cael ei gadw. Rhowch gynnig arall arni, neu defnyddiwch borwr arall.
pin-problem-format = Rhowch PIN o 4 i 8 digid
pin-problem-confirm-missing = Rhowch y PIN eto
pin-problem-mismatch = Nid yw'r rhifau PIN yr un fath
pin-label = PIN
csv-export-link = Lawrlwytho taenlenni (CSV)
csv-export-intro = Mae pob rhan o'r cofnod hwn yn ffeil CSV ar wahân sy'n agor mewn taenlen. Mae pob rhes yn dechrau gyda dynodydd y cofnod, ac mae gan bobl, ymweliadau a sesiynau eu dynodyddion eu hunain, fel bod modd paru rhesi mewn ffeiliau gwahanol.
csv-export-formats = Mae dyddiadau wedi'u hysgrifennu fel blwyddyn-mis-diwrnod (2025-04-03), atebion a ddewiswyd o restr fel eu codau (fel codau ethnigrwydd y DfE), ac mae sawl ateb i un cwestiwn wedi'u gwahanu gan hanner colonau. Mae geiriau'r plant yn union fel y gwnaethon nhw eu rhoi.
csv-export-formulas = Mae collnod (') yn cael ei roi o flaen cell sy'n dechrau gydag =, +, - neu @, fel bod taenlen yn ei dangos fel testun a byth yn ei rhedeg fel fformiwla.
csv-export-keep-safe = Mae'r ffeiliau hyn yn cynnwys gwybodaeth bersonol am y plant a'r oedolion yn yr achos hwn. Cadwch nhw mor ddiogel â'r cofnod ei hun, a dilëwch nhw pan na fydd eu hangen arnoch mwyach.
csv-export-file-name = Enw'r ffeil:
csv-download-failed = Nid oedd modd lawrlwytho'r ffeil yn y porwr hwn. Rhowch gynnig arall arni, neu defnyddiwch borwr arall.
csv-drawing-note = llun (PNG yn yr allforiad JSON)
print-link = Argraffu neu gadw fel PDF
print-title = Argraffu neu gadw'r cofnod achos
print-intro = Pob ateb yn y cofnod, gyda'r hyn a ddywedodd, a ysgrifennodd ac a dynnodd pob plentyn. I gadw PDF, dewiswch "Cadw fel PDF" ("Save as PDF") fel yr argraffydd.
print-button = Argraffu'r dudalen hon
print-case-number = Rhif achos
print-no-case-number = Dim rhif achos eto
print-page = Tudalen
print-page-of = o
print-last-changed = Newidiwyd ddiwethaf
print-marked-complete = Wedi'i nodi'n gyflawn
print-not-complete = Na, nid yw'r cofnod yn gyflawn
print-nothing-recorded = Dim byd wedi'i gofnodi
print-childs-own-words = Geiriau'r plentyn ei hun
print-drawn-by-child = Wedi'i dynnu gan y plentyn
print-drawing-title = Teitl y llun, yng ngeiriau'r plentyn
print-chosen-by-child = Wedi'i ddewis gan y plentyn
print-session-set-up = Sut y trefnwyd y sesiwn
print-practitioner-record = Cofnod yr ymarferydd o'r sesiwn
print-practitioner-record-intro = Wedi'i ysgrifennu gan yr ymarferydd ar ôl y sesiwn. Nid geiriau'r plentyn yw'r rhain.
print-no-sessions = Dim sesiynau gyda'r plentyn hwn.
download-json = Lawrlwytho'r cofnod (JSON)
import-link = Agor cofnod a allforiwyd
import-title = Agor cofnod a allforiwyd
import-intro = Agorwch gofnod a allforiwyd gan casevoice, i'w adolygu neu i barhau i weithio arno. Caiff y ffeil ei darllen ar y ddyfais hon ac nid yw'n cael ei hanfon i unman.
import-file-label = Lanlwytho'r ffeil a allforiwyd
import-file-hint = Y ffeil a lawrlwythodd casevoice, gydag enw tebyg i casevoice-…-2025-04-03.json
import-continue = Parhau
import-reading = Wrthi'n darllen y ffeil…
import-no-file = Dewiswch y ffeil a allforiodd casevoice
import-unreadable = Nid oedd modd darllen y ffeil. Dewiswch hi eto, neu copïwch hi i'r ddyfais hon yn gyntaf
import-not-json = Nid cofnod casevoice yw'r ffeil. Dewiswch ffeil a allforiwyd gan casevoice (mae'n gorffen gyda .json)
import-other-format = Nid allforiad casevoice yw'r ffeil. Dewiswch ffeil a allforiwyd gan casevoice (mae'n gorffen gyda .json)
import-newer-version = Cafodd y cofnod hwn ei allforio gan fersiwn mwy diweddar o casevoice. Diweddarwch casevoice, yna agorwch y cofnod eto
import-changed = Mae'r ffeil wedi cael ei newid ers i casevoice ei hallforio, felly nid oes modd ei hagor: ni fyddai hanes y cofnod yn dangos beth a newidiwyd. Agorwch y ffeil fel y cafodd ei hallforio, neu allforiwch y cofnod eto
import-damaged = Mae'r ffeil wedi'i difrodi:
import-new-title = Agor y cofnod hwn
import-new-text = Nid yw'r cofnod hwn wedi'i storio yn y porwr hwn eto. Bydd ei agor yn ei storio yma, a bydd ei hanes yn dweud iddo gael ei agor o'r ffeil hon.
import-same-title = Mae'r cofnod hwn eisoes wedi'i storio yma
import-same-text = Mae'r cofnod yn y ffeil yr un fath â'r un sydd wedi'i storio yn y porwr hwn. Ni fydd dim yn newid.
import-replace-title = Disodli'r cofnod sydd wedi'i storio?
import-stored-is-newer = Cafodd y cofnod sydd wedi'i storio yn y porwr hwn ei newid ar ôl yr un yn y ffeil. Bydd ei ddisodli yn colli'r newidiadau hynny.
import-no-count-changes = Yr un nifer o blant, oedolion, ymweliadau, sesiynau a chofnodiadau hanes
open-the-record = Agor y cofnod
replace-stored-record = Disodli'r cofnod sydd wedi'i storio
cancel = Canslo
imported-entry = Agorwyd o ffeil a allforiwyd
exported-at = Allforiwyd
exported-by = Allforiwyd gan
export-title = Allforio'r cofnod
export-checking-settings = Wrthi'n gwirio gosodiadau allforio'r gwasanaeth hwn…
export-encrypted-intro = Mae'r ffeil wedi'i hamgryptio ar gyfer y system achosion: dim ond y system achosion all ei hagor.
export-not-encrypted = Nid yw allforiadau wedi'u hamgryptio: nid oes allwedd y system achosion wedi'i ffurfweddu
export-settings-problem = Nid oes modd amgryptio allforiadau na'u hanfon i'r system achosion:
deployment-problem-not-readable = nid oedd modd darllen ffeil gosodiadau'r gwasanaeth hwn (config.json).
deployment-problem-key-not-rsa = nid allwedd RSA yw allwedd y system achosion yn config.json.
deployment-problem-key-damaged = mae allwedd y system achosion yn config.json wedi'i difrodi.
deployment-problem-key-too-small = mae allwedd y system achosion yn config.json yn rhy fyr. Rhaid iddi fod yn allwedd RSA o 3072 did o leiaf.
deployment-problem-key-is-private = mae config.json yn cynnwys allwedd breifat y system achosion, na ddylid byth ei chyhoeddi. Defnyddiwch yr allwedd gyhoeddus yn unig.
deployment-problem-key-not-for-encryption = nid yw allwedd y system achosion yn config.json ar gyfer amgryptio RSA-OAEP-256.
deployment-problem-upload-url-not-secure = nid yw'r cyfeiriad lanlwytho yn config.json yn dechrau gyda https://.
export-tell-support = Rhowch wybod i bwy bynnag sy'n gofalu am casevoice ar gyfer eich gwasanaeth.
download-encrypted = Lawrlwytho'r cofnod (wedi'i amgryptio)
download-plain = Lawrlwytho'r cofnod
download-without-encryption-heading = Lawrlwytho heb amgryptio
download-without-encryption-warning = Gall unrhyw un sy'n cael ffeil sydd heb ei hamgryptio ddarllen popeth yn y cofnod.
download-without-encryption = Lawrlwytho'r cofnod heb ei amgryptio
confirm-not-encrypted = Rwy'n deall nad yw'r ffeil hon wedi'i hamgryptio
confirm-not-encrypted-missing = Cadarnhewch eich bod yn deall nad yw'r ffeil wedi'i hamgryptio
encryption-failed = Nid oedd modd amgryptio'r cofnod, felly ni chafodd dim ei lawrlwytho. Rhowch gynnig arall arni, neu defnyddiwch borwr arall.
send-heading = Anfon i'r system achosion
send-intro = Mae'r cofnod yn mynd i'r blwch allan ac yn cael ei anfon cyn gynted ag y bydd cysylltiad. Mae'n aros ar y ddyfais hon ar ôl iddo gael ei anfon.
send-to-case-system = Anfon i'r system achosion
send-queued = Mae'r cofnod yn y blwch allan
send-encryption-failed = Nid oedd modd amgryptio'r cofnod, felly ni chafodd ei anfon. Rhowch gynnig arall arni, neu defnyddiwch borwr arall.
see-outbox = Gweld y blwch allan
outbox-title = Blwch allan
outbox-intro = Allforiadau a anfonwyd i'r system achosion o'r ddyfais hon, a'r rhai sy'n aros i gael eu hanfon. Mae cofnodion yn aros ar y ddyfais hon ar ôl iddynt gael eu hanfon.
outbox-empty = Nid oes dim wedi'i anfon i'r system achosion o'r ddyfais hon.
outbox-caption = Allforiadau i'r system achosion
outbox-record-column = Cofnod
outbox-added-column = Ychwanegwyd
outbox-state-column = Cyflwr
outbox-waiting = Yn aros
outbox-waiting-for-connection = Yn aros am gysylltiad
outbox-sending = Wrthi'n anfon
outbox-sent-at = Anfonwyd am
outbox-failed = Methodd:
outbox-next-try = Bydd yn rhoi cynnig arall am
upload-failure-no-connection = dim cysylltiad â'r system achosion
upload-failure-status = ymatebodd y system achosion â gwall

## Sentences with something in them

# $limit is a number of characters; $name is what the answer is called, as in "Needs".
too-long = { $name }: rhaid i'r ateb fod yn { $limit } nod neu lai
# Beside a child's date of birth.
age = { $years ->
    [0] Dan 1 oed
   *[other] { $years } oed
 }
# $name is a date question's name (date-name-*); $parts is one of date-problem-a-*.
date-must-include = { $name }: rhaid i'r dyddiad gynnwys { $parts }
date-not-real = { $name }: rhaid rhoi dyddiad go iawn
date-must-be-in-past = { $name }: rhaid i'r dyddiad fod yn y gorffennol
date-must-be-today-or-in-past = { $name }: rhaid i'r dyddiad fod heddiw neu yn y gorffennol
# $date is written out, as in "3 April 2025".
date-must-be-same-as-or-after = { $name }: rhaid i'r dyddiad fod ar { $date } neu ar ôl hynny
date-must-be-after = { $name }: rhaid i'r dyddiad fod ar ôl { $date }
date-must-be-same-as-or-before = { $name }: rhaid i'r dyddiad fod ar { $date } neu cyn hynny
# $date is written out; $type is one of visit-type-*.
visit-name = { $date } – { $type }
was-child-seen = A welwyd { $name }?
was-child-seen-alone = A welwyd { $name } heb neb arall yn bresennol?
# $question is the question's label; $name is the child's name.
question-about-child = { $question } { $name }
characters-remaining = Mae gennych { $n } nod ar ôl
characters-too-many = Mae gennych { $n } nod yn ormod
history-entries = { $n ->
    [0] Dim newidiadau
    [one] { $n } newid
    [two] { $n } newid
    [few] { $n } newid
    [many] { $n } newid
   *[other] { $n } o newidiadau
 }
record-deleted = Mae cofnod achos { $number } wedi cael ei ddileu
record-without-number-deleted = Mae'r cofnod achos heb rif achos wedi cael ei ddileu
record-duplicated = Mae copi o gofnod achos { $number } wedi cael ei greu. Mae ar frig y rhestr.
record-without-number-duplicated = Mae copi o'r cofnod achos wedi cael ei greu. Mae ar frig y rhestr.

## Importing a record over one stored here

# $before and $after are each one of the count-* messages below.
count-changed = { $before } → { $after }
count-children = { $n ->
    [zero] { $n } plentyn
    [one] { $n } plentyn
    [two] { $n } blentyn
    [few] { $n } phlentyn
    [many] { $n } phlentyn
   *[other] { $n } o blant
 }
count-adults = { $n ->
    [zero] { $n } oedolyn
    [one] { $n } oedolyn
    [two] { $n } oedolyn
    [few] { $n } oedolyn
    [many] { $n } oedolyn
   *[other] { $n } o oedolion
 }
count-visits = { $n ->
    [zero] { $n } ymweliad neu gyswllt
    [one] { $n } ymweliad neu gyswllt
    [two] { $n } ymweliad neu gyswllt
    [few] { $n } ymweliad neu gyswllt
    [many] { $n } ymweliad neu gyswllt
   *[other] { $n } o ymweliadau a chysylltiadau
 }
count-sessions = { $n ->
    [zero] { $n } sesiwn gyda phlant
    [one] { $n } sesiwn gyda phlentyn
    [two] { $n } sesiwn gyda phlant
    [few] { $n } sesiwn gyda phlant
    [many] { $n } sesiwn gyda phlant
   *[other] { $n } o sesiynau gyda phlant
 }
count-history-entries = { $n ->
    [zero] { $n } cofnodiad hanes
    [one] { $n } cofnodiad hanes
    [two] { $n } gofnodiad hanes
    [few] { $n } chofnodiad hanes
    [many] { $n } chofnodiad hanes
   *[other] { $n } o gofnodiadau hanes
 }
# Each of $stored, $incoming and $exported is a date and time, as in "3 April 2025 at 2:02pm".
replace-record = Bydd hyn yn disodli'r cofnod sydd wedi'i storio yn y porwr hwn, a newidiwyd ddiwethaf ar { $stored }, â'r un yn y ffeil, a newidiwyd ddiwethaf ar { $incoming } ac a allforiwyd ar { $exported }:

## Languages

# The language's name in itself, on the button that switches to it.
language-name = Cymraeg

## Gweithio all-lein a diweddariadau

update-ready = Mae fersiwn newydd o casevoice yn barod.
reload-to-update = Ail-lwytho i ddiweddaru
update-not-saved = Nid yw casevoice wedi diweddaru, oherwydd nad yw eich newidiadau diweddaraf wedi'u cadw eto. Cadwch y dudalen hon ar agor.
# Shown over the page when casevoice itself has failed and can do nothing more
# until the page is loaded again.
stopped-heading = Mae casevoice wedi stopio gweithio
stopped-body = Nam yn casevoice yw hwn, nid rhywbeth a wnaethoch chi. Mae'r hyn a gadwodd ddiwethaf yn cael ei gadw ar y ddyfais hon. Ail-lwythwch y dudalen a datgloi casevoice i barhau.
stopped-reload = Ail-lwytho'r dudalen
# The same on a child's screen: says nothing of the app, and asks for the adult.
stopped-child-heading = Mae rhywbeth wedi mynd o'i le
stopped-child-body = Nid eich bai chi yw hyn. Rhowch y ddyfais i'r oedolyn os gwelwch yn dda.
# A heading on the settings page.
offline-heading = Gweithio all-lein
offline-available = Mae casevoice yn cael ei gadw ar y ddyfais hon ac yn agor heb gysylltiad.
offline-not-available = Nid yw casevoice yn cael ei gadw ar y ddyfais hon eto, felly mae angen cysylltiad arno i agor.
# Before the app's version number, as in "Version 0.1.0 (a1b2c3d4e5f6)".
app-version = Fersiwn

## Hygyrchedd

# The help page's title, and the link to it first in the footer of every page.
help = Cymorth
help-stuck-heading = Os na fydd tudalen yn cadw
help-stuck-text = Mae'r rhestr o broblemau ar frig y dudalen yn dweud beth i'w newid, ac mae pob problem yn ddolen i'w hateb. Mae popeth a deipiwyd gennych yn cael ei gadw.
help-lock-heading = Cloi a datgloi
# "Lock" is the header's button (vault-lock); Ctrl+Alt+L is the keyboard shortcut, the same in every language.
help-lock-text = Mae casevoice yn cloi pan fyddwch yn dewis Cloi neu'n pwyso Ctrl+Alt+L, ac ohono'i hun pan nad yw wedi cael ei ddefnyddio am yr amser a osodwyd yn y gosodiadau. Lai na munud cyn iddo gloi ohono'i hun, mae'n dweud hynny: pwyswch unrhyw fysell neu symudwch y pwyntydd i'w gadw heb ei gloi. Does dim byd a roesoch i mewn yn cael ei golli: datglowch gyda'ch cyfrinymadrodd i barhau o'r man lle'r oeddech chi.
help-passphrase-heading = Os ydych wedi anghofio eich cyfrinymadrodd
help-passphrase-text = Ni all neb ei adfer, a heb y cyfrinymadrodd ni all neb agor y cofnodion. Yr unig ffordd ymlaen yw clirio'r ddyfais hon, sy'n dileu pob cofnod arni, felly anfonwch neu allforiwch gofnodion tra gallwch ddatgloi o hyd.
help-export-heading = Cael cofnod oddi ar y ddyfais hon
# Names the task list's links: export-title, print-link and csv-export-link.
help-export-text = Ar restr tasgau'r cofnod, dewiswch Allforio'r cofnod i'w lawrlwytho neu ei anfon i'r system achosion. Mae Argraffu neu gadw fel PDF, a Lawrlwytho taenlenni (CSV), ar y rhestr tasgau hefyd.
# Shown at the foot of the window, and announced, less than a minute before the idle lock.
idle-lock-warning = Bydd casevoice yn cloi mewn llai na munud am nad yw wedi cael ei ddefnyddio. Pwyswch unrhyw fysell neu symudwch y pwyntydd i'w gadw heb ei gloi. Ni fydd dim a roesoch i mewn yn cael ei golli.
# On a button, followed by a person's name: "Same address as Ola Nowak". It copies their address and postcode.
same-address-as = Yr un cyfeiriad â
