# casevoice: the interface in British English (en-GB), the source language.
# Ids name where a message is used; see README, "Languages".


## Cyfrinymadrodd, cloi a chadw data'n ddiogel
vault-set-up-title = Gosod cyfrinymadrodd ar gyfer y ddyfais hon
vault-set-up-intro = Mae casevoice yn amgryptio popeth y mae'n ei gadw ar y ddyfais hon. Daw'r allwedd o gyfrinymadrodd mai dim ond chi sy'n ei wybod ac nad yw byth yn cael ei storio, felly ni fydd dyfais sydd wedi'i cholli neu wedi'i dwyn yn datgelu dim.
vault-set-up-no-recovery = Ni all neb adfer cyfrinymadrodd sydd wedi'i anghofio, dim hyd yn oed eich sefydliad. Os byddwch yn ei anghofio, yr unig ffordd o ddefnyddio casevoice yma eto yw clirio'r ddyfais hon, a bydd unrhyw beth sydd heb ei anfon i'r system achosion eto yn cael ei golli.
vault-set-up-earlier-records = Bydd cofnodion sydd eisoes wedi'u cadw ar y ddyfais hon gan fersiwn gynharach o casevoice yn cael eu hamgryptio ag ef.
vault-passphrase = Cyfrinymadrodd
vault-passphrase-hint = O leiaf 12 nod. Mae tri neu bedwar gair digyswllt y byddwch yn eu cofio yn gweithio'n dda.
vault-confirm-passphrase = Teipiwch y cyfrinymadrodd eto
vault-set-passphrase = Gosod y cyfrinymadrodd a pharhau
vault-setting-up = Wrthi'n gosod yr amgryptio…
vault-problem-empty = Rhowch gyfrinymadrodd
vault-problem-too-short = Rhaid i'ch cyfrinymadrodd fod yn 12 nod o leiaf
vault-problem-common = Mae'r cyfrinymadrodd hwn yn rhy hawdd i'w ddyfalu: mae ar restr o gyfrineiriau cyffredin. Dewiswch un arall
vault-passphrases-differ = Nid yw'r ddau gyfrinymadrodd yr un fath
vault-confirm-missing = Teipiwch y cyfrinymadrodd eto
vault-wrong-passphrase = Nid yw'r cyfrinymadrodd hwnnw'n gywir. Gwiriwch ef a rhowch gynnig arall arni
vault-current-passphrase-missing = Rhowch eich cyfrinymadrodd presennol
vault-key-damaged = Mae'r allwedd sydd wedi'i storio ar y ddyfais hon wedi'i difrodi, felly ni ellir datgloi dim sydd wedi'i storio yma. Cliriwch y ddyfais hon i ddechrau eto
vault-not-stored = Ni fyddai'r porwr hwn yn ei storio. Rhowch gynnig arall arni
vault-not-derived = Ni chafodd y porwr hwn yr un allwedd o'ch cyfrinymadrodd ddwywaith, felly ni osodwyd dim. Rhowch gynnig arall arni
vault-unlock-title = Mae casevoice wedi'i gloi
vault-unlock-intro = Rhowch eich cyfrinymadrodd i ddatgloi'r cofnodion ar y ddyfais hon.
vault-unlock-idle-intro = Rhowch eich cyfrinymadrodd i barhau o'r lle roeddech chi. Nid oes dim a roesoch i mewn wedi'i golli.
vault-unlock = Datgloi
vault-unlocking = Wrthi'n datgloi…
vault-forgotten-passphrase = Wedi anghofio eich cyfrinymadrodd?
vault-lock = Cloi
vault-change-title = Newid eich cyfrinymadrodd
vault-change-intro = Nid oes angen amgryptio'r cofnodion eto: dim ond yr allwedd sy'n eu datgloi sy'n newid.
vault-current-passphrase = Cyfrinymadrodd presennol
vault-new-passphrase = Cyfrinymadrodd newydd
vault-confirm-new-passphrase = Teipiwch y cyfrinymadrodd newydd eto
vault-change-passphrase = Newid y cyfrinymadrodd
vault-changing = Wrthi'n newid y cyfrinymadrodd…
vault-changed = Mae eich cyfrinymadrodd wedi'i newid
vault-wipe-title = Clirio'r ddyfais hon
vault-wipe-intro = Mae hyn yn dileu popeth y mae casevoice yn ei gadw yn y porwr hwn: pob cofnod, y blwch allan, eich gosodiadau a'r cyfrinymadrodd. Ni ellir dadwneud hyn.
vault-wipe-export-first = Bydd unrhyw beth sydd heb ei anfon i'r system achosion eto yn cael ei golli am byth. Os gallwch ddatgloi casevoice o hyd, allforiwch neu anfonwch eich cofnodion yn gyntaf.
vault-wipe-confirm-label = Teipiwch WIPE i gadarnhau
vault-wipe-confirm-hint = Mewn priflythrennau
vault-wipe-confirm-missing = Teipiwch WIPE mewn priflythrennau i gadarnhau
vault-wipe-device = Clirio'r ddyfais hon
vault-wipe-cancel = Canslo
vault-wipe-failed = Nid oedd modd clirio'r ddyfais hon. Caewch casevoice ym mhob tab a ffenestr arall, ac yna rhowch gynnig arall arni
vault-wiped = Mae'r ddyfais hon wedi'i chlirio. Nid oes dim o'r hyn a oedd yma o'r blaen wedi'i gadw.
vault-security-heading = Diogelwch
vault-security-intro = Mae casevoice yn cloi ei hun pan nad yw'n cael ei ddefnyddio am gyfnod, ac unrhyw bryd y byddwch yn pwyso Cloi neu Ctrl+Alt+L. Mae angen eich cyfrinymadrodd i'w ddatgloi.
vault-lock-after = Cloi ar ôl hyn o funudau heb ddefnydd
vault-lock-after-hint = O 1 i 60
vault-minutes = munud
vault-retention-days = Cadw cofnod am hyn o ddiwrnodau ar ôl i'r system achosion ei gael
vault-retention-days-hint = O 1 i 365. Bydd y rhestr cofnodion yn eich rhybuddio 5 diwrnod ymlaen llaw. Bydd cofnod sy'n cael ei newid ar ôl iddo gael ei anfon yn cael ei gadw nes iddo gael ei anfon eto.
vault-days = diwrnod
vault-change-passphrase-link = Newid eich cyfrinymadrodd
vault-wipe-device-link = Clirio'r ddyfais hon
vault-not-saved-cleared = Heb ei gadw: cafodd storfa'r ddyfais hon ei chlirio, gan y porwr neu drwy glirio'r ddyfais mewn tab arall. Cadwch y dudalen hon ar agor: mae eich atebion ynddi o hyd. Allforiwch y cofnod cyn cau'r dudalen.
vault-not-saved-newer-version = Heb ei gadw: mae fersiwn fwy diweddar o casevoice ar agor mewn tab neu ffenestr arall, felly ni all y dudalen hon storio dim mwyach. Cadwch y dudalen hon ar agor: mae eich atebion ynddi o hyd. Allforiwch y cofnod, ac yna parhewch yn y fersiwn fwy diweddar.
vault-not-saved-not-read-back = Heb ei gadw: cafodd y porwr hwn amgryptio eich newidiadau yn anghywir, felly ni chawsant eu storio. Bydd casevoice yn rhoi cynnig arall arni. Cadwch y dudalen hon ar agor: mae eich atebion ynddi o hyd. Os yw'r neges hon yn aros, allforiwch y cofnod a defnyddiwch borwr arall.
vault-export-now = Allforio nawr
vault-export-last-changed-record = Allforio'r cofnod y gwnaethoch ei newid ddiwethaf
vault-in-memory-only = Yn y cof yn unig: heb ei storio
vault-storage-heading = Storfa ar y ddyfais hon
vault-storage-checking = Wrthi'n gwirio gyda'r porwr…
vault-storage-kept = Caiff ei chadw nes i chi ei dileu. Ni fydd y porwr yn clirio cofnodion casevoice i wneud lle.
vault-storage-may-be-cleared = Efallai y bydd y porwr yn ei chlirio pan fydd y ddyfais yn brin o le: allforiwch neu anfonwch y cofnodion sydd eu hangen arnoch.
vault-storage-memory-only = Nid oes dim yn cael ei storio ar y ddyfais hon: mae'r porwr hwn yn cadw eich gwaith yn y cof yn unig, a chaiff ei golli pan fydd y dudalen hon yn cael ei chau neu ei hail-lwytho. Allforiwch bob cofnod cyn cau'r dudalen.
vault-storage-may-be-cleared-notice = Efallai y bydd y porwr hwn yn clirio cofnodion casevoice oddi ar y ddyfais hon pan fydd yn brin o le. Allforiwch neu anfonwch y cofnodion sydd eu hangen arnoch.
vault-storage-notice-link = Ynglŷn â'r storfa ar y ddyfais hon

## Cadw cofnodion ar ôl i'r system achosion eu cael

retention-warning = { $days ->
    [1] Mae'r cofnod hwn gan y system achosion. Bydd yn cael ei ddileu o'r ddyfais hon yfory.
    [two] Mae'r cofnod hwn gan y system achosion. Bydd yn cael ei ddileu o'r ddyfais hon ymhen { $days } ddiwrnod.
   *[other] Mae'r cofnod hwn gan y system achosion. Bydd yn cael ei ddileu o'r ddyfais hon ymhen { $days } diwrnod.
 }
retention-deleted = { $count ->
    [one] Cafodd { $count } cofnod sydd gan y system achosion ei ddileu o'r ddyfais hon: roedd ei gyfnod i'w gadw yma wedi dod i ben.
   *[other] Cafodd { $count } o gofnodion sydd gan y system achosion eu dileu o'r ddyfais hon: roedd eu cyfnod i'w cadw yma wedi dod i ben.
 }
