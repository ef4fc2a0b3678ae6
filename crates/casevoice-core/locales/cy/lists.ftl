# casevoice: the interface in British English (en-GB), the source language.
# Ids name where a message is used; see README, "Languages".

## Misoedd

month-january = Ionawr
month-february = Chwefror
month-march = Mawrth
month-april = Ebrill
month-may = Mai
month-june = Mehefin
month-july = Gorffennaf
month-august = Awst
month-september = Medi
month-october = Hydref
month-november = Tachwedd
month-december = Rhagfyr

## Achosion

proceeding-child-arrangements = Gorchymyn trefniadau plant
proceeding-prohibited-steps = Gorchymyn camau gwaharddedig
proceeding-specific-issue = Gorchymyn mater penodol
proceeding-care = Gorchymyn gofal
proceeding-supervision = Gorchymyn goruchwylio
proceeding-other = Arall

## Mathau o wrandawiad

hearing-type-first-hearing = Apwyntiad datrys anghydfod yn y gwrandawiad cyntaf (FHDRA)
hearing-type-dispute-resolution = Apwyntiad datrys anghydfod (DRA)
hearing-type-fact-finding = Gwrandawiad canfod ffeithiau
hearing-type-case-management = Gwrandawiad rheoli achos
hearing-type-issues-resolution = Gwrandawiad datrys materion (IRH)
hearing-type-final = Gwrandawiad terfynol
hearing-type-other = Gwrandawiad arall

## Grwpiau ethnig

ethnicity-white-british = Gwyn – Prydeinig
ethnicity-white-irish = Gwyn – Gwyddelig
ethnicity-white-other = Unrhyw gefndir Gwyn arall
ethnicity-traveller-of-irish-heritage = Teithiwr o dras Wyddelig
ethnicity-gypsy-roma = Sipsi/Roma
ethnicity-white-and-black-caribbean = Gwyn a Du Caribïaidd
ethnicity-white-and-black-african = Gwyn a Du Affricanaidd
ethnicity-white-and-asian = Gwyn ac Asiaidd
ethnicity-mixed-other = Unrhyw gefndir cymysg arall
ethnicity-indian = Indiaidd
ethnicity-pakistani = Pacistanaidd
ethnicity-bangladeshi = Bangladeshaidd
ethnicity-chinese = Tsieineaidd
ethnicity-asian-other = Unrhyw gefndir Asiaidd arall
ethnicity-black-caribbean = Du Caribïaidd
ethnicity-black-african = Du Affricanaidd
ethnicity-black-other = Unrhyw gefndir Du arall
ethnicity-other-ethnic-group = Unrhyw grŵp ethnig arall
ethnicity-refused = Wedi gwrthod
ethnicity-not-yet-obtained = Gwybodaeth heb ei chael eto

## Anableddau

disability-no-disability = Dim anabledd
disability-mobility = Symudedd
disability-hand-function = Defnyddio'r dwylo
disability-personal-care = Gofal personol
disability-incontinence = Anymataliaeth
disability-communication = Cyfathrebu
disability-learning = Dysgu
disability-hearing = Clyw
disability-vision = Golwg
disability-behaviour = Ymddygiad
disability-consciousness = Ymwybyddiaeth
disability-autism = Awtistiaeth neu syndrom Asperger
disability-other = Anabledd arall

## Ffactorau risg

factor-alcohol-child = Camddefnyddio alcohol: pryderon am y plentyn
factor-alcohol-parent = Camddefnyddio alcohol: pryderon am riant neu ofalwr
factor-alcohol-other-person = Camddefnyddio alcohol: pryderon am berson arall sy'n byw ar yr aelwyd
factor-drugs-child = Camddefnyddio cyffuriau: pryderon am y plentyn
factor-drugs-parent = Camddefnyddio cyffuriau: pryderon am riant neu ofalwr
factor-drugs-other-person = Camddefnyddio cyffuriau: pryderon am berson arall sy'n byw ar yr aelwyd
factor-domestic-abuse-child = Cam-drin domestig: pryderon am y plentyn
factor-domestic-abuse-parent = Cam-drin domestig: pryderon am riant neu ofalwr
factor-domestic-abuse-other-person = Cam-drin domestig: pryderon am berson arall sy'n byw ar yr aelwyd
factor-mental-health-child = Iechyd meddwl: pryderon am y plentyn
factor-mental-health-parent = Iechyd meddwl: pryderon am riant neu ofalwr
factor-mental-health-other-person = Iechyd meddwl: pryderon am berson arall sy'n byw ar yr aelwyd
factor-learning-disability-child = Anabledd dysgu: pryderon am y plentyn
factor-learning-disability-parent = Anabledd dysgu: pryderon am riant neu ofalwr
factor-learning-disability-other-person = Anabledd dysgu: pryderon am berson arall sy'n byw ar yr aelwyd
factor-physical-disability-child = Anabledd corfforol neu salwch: pryderon am y plentyn
factor-physical-disability-parent = Anabledd corfforol neu salwch: pryderon am riant neu ofalwr
factor-physical-disability-other-person = Anabledd corfforol neu salwch: pryderon am berson arall sy'n byw ar yr aelwyd
factor-young-carer = Gofalwr ifanc
factor-unaccompanied-asylum-seeking-child = Plentyn ar ei ben ei hun sy'n ceisio lloches
factor-going-missing = Mynd ar goll
factor-child-sexual-exploitation = Camfanteisio'n rhywiol ar blant
factor-trafficking = Masnachu pobl
factor-gangs = Gangiau
factor-self-harm = Hunan-niweidio
factor-neglect = Esgeulustod
factor-emotional-abuse = Cam-drin emosiynol
factor-physical-abuse-child = Cam-drin corfforol: pryderon am y plentyn
factor-physical-abuse-parent = Cam-drin corfforol: pryderon am riant neu ofalwr
factor-physical-abuse-other-person = Cam-drin corfforol: pryderon am berson arall sy'n byw ar yr aelwyd
factor-sexual-abuse-child = Cam-drin rhywiol: pryderon am y plentyn
factor-sexual-abuse-parent = Cam-drin rhywiol: pryderon am riant neu ofalwr
factor-sexual-abuse-other-person = Cam-drin rhywiol: pryderon am berson arall sy'n byw ar yr aelwyd
factor-other = Arall
factor-no-factors = Dim ffactorau wedi'u nodi
factor-female-genital-mutilation = Anffurfio organau cenhedlu benywod (FGM)
factor-abuse-linked-to-faith-or-belief = Cam-drin sy'n gysylltiedig â ffydd neu gred
factor-child-criminal-exploitation = Camfanteisio'n droseddol ar blant

## Allforio CSV: teitlau'r ffeiliau

csv-section-title-case-details = Manylion yr achos
csv-section-title-children = Plant
csv-section-title-adults = Oedolion a phartïon
csv-section-title-adult-relationships = Perthnasoedd
csv-section-title-visits = Ymweliadau a chysylltiadau
csv-section-title-visit-children = Plant a welwyd yn ystod ymweliadau
csv-section-title-checks = Gwiriadau
csv-section-title-child-voice-sessions = Sesiynau gyda'r plant
csv-section-title-child-voice-items = Beth ddywedodd y plant

## Allforio CSV: beth yw pob rhes

csv-section-rows-case-details = Un rhes: manylion yr achos, ffactorau risg a chamau gweithredu'r achos, a'r argymhelliad a'r gymeradwyaeth.
csv-section-rows-children = Un rhes ar gyfer pob plentyn, gyda'i restr wirio lles.
csv-section-rows-adults = Un rhes ar gyfer pob oedolyn.
csv-section-rows-adult-relationships = Un rhes ar gyfer pob oedolyn a phob plentyn: perthynas yr oedolyn â'r plentyn.
csv-section-rows-visits = Un rhes ar gyfer pob ymweliad neu gyswllt.
csv-section-rows-visit-children = Un rhes ar gyfer pob ymweliad a phob plentyn: a gafodd y plentyn ei weld, ac a gafodd ei weld ar ei ben ei hun.
csv-section-rows-checks = Un rhes ar gyfer pob oedolyn: y gwiriadau gan yr heddlu a'r awdurdod lleol.
csv-section-rows-child-voice-sessions = Un rhes ar gyfer pob sesiwn gyda phlentyn: sut y cafodd ei threfnu, y cwestiynau y dewisodd y plentyn beidio â'u hateb, a'ch atebion chi ar ei hôl.
csv-section-rows-child-voice-items = Un rhes ar gyfer pob peth a ddywedodd, a ddewisodd neu a dynnodd plentyn, yn union yn ei eiriau ei hun, gyda phwy a'i ysgrifennodd a phwy sy'n cael ei weld. Mae'r lluniau yn yr allforiad JSON.

## Allforio CSV: dolenni lawrlwytho

csv-download-case-details = Lawrlwytho manylion yr achos (CSV)
csv-download-children = Lawrlwytho plant (CSV)
csv-download-adults = Lawrlwytho oedolion a phartïon (CSV)
csv-download-adult-relationships = Lawrlwytho perthnasoedd (CSV)
csv-download-visits = Lawrlwytho ymweliadau a chysylltiadau (CSV)
csv-download-visit-children = Lawrlwytho plant a welwyd yn ystod ymweliadau (CSV)
csv-download-checks = Lawrlwytho gwiriadau (CSV)
csv-download-child-voice-sessions = Lawrlwytho sesiynau gyda'r plant (CSV)
csv-download-child-voice-items = Lawrlwytho beth ddywedodd y plant (CSV)
