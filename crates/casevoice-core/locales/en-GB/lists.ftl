# casevoice: the interface in British English (en-GB), the source language.
# Ids name where a message is used; see README, "Languages".

## Months

month-january = January
month-february = February
month-march = March
month-april = April
month-may = May
month-june = June
month-july = July
month-august = August
month-september = September
month-october = October
month-november = November
month-december = December

## Proceedings

proceeding-child-arrangements = Child arrangements order
proceeding-prohibited-steps = Prohibited steps order
proceeding-specific-issue = Specific issue order
proceeding-care = Care order
proceeding-supervision = Supervision order
proceeding-other = Other

## Types of hearing

hearing-type-first-hearing = First hearing dispute resolution appointment (FHDRA)
hearing-type-dispute-resolution = Dispute resolution appointment (DRA)
hearing-type-fact-finding = Fact-finding hearing
hearing-type-case-management = Case management hearing
hearing-type-issues-resolution = Issues resolution hearing (IRH)
hearing-type-final = Final hearing
hearing-type-other = Other hearing

## Ethnic groups

ethnicity-white-british = White – British
ethnicity-white-irish = White – Irish
ethnicity-white-other = Any other White background
ethnicity-traveller-of-irish-heritage = Traveller of Irish heritage
ethnicity-gypsy-roma = Gypsy/Roma
ethnicity-white-and-black-caribbean = White and Black Caribbean
ethnicity-white-and-black-african = White and Black African
ethnicity-white-and-asian = White and Asian
ethnicity-mixed-other = Any other mixed background
ethnicity-indian = Indian
ethnicity-pakistani = Pakistani
ethnicity-bangladeshi = Bangladeshi
ethnicity-chinese = Chinese
ethnicity-asian-other = Any other Asian background
ethnicity-black-caribbean = Black Caribbean
ethnicity-black-african = Black African
ethnicity-black-other = Any other Black background
ethnicity-other-ethnic-group = Any other ethnic group
ethnicity-refused = Refused
ethnicity-not-yet-obtained = Information not yet obtained

## Disabilities

disability-no-disability = No disability
disability-mobility = Mobility
disability-hand-function = Hand function
disability-personal-care = Personal care
disability-incontinence = Incontinence
disability-communication = Communication
disability-learning = Learning
disability-hearing = Hearing
disability-vision = Vision
disability-behaviour = Behaviour
disability-consciousness = Consciousness
disability-autism = Autism or Asperger syndrome
disability-other = Other disability

## Risk factors

factor-alcohol-child = Alcohol misuse: concerns about the child
factor-alcohol-parent = Alcohol misuse: concerns about a parent or carer
factor-alcohol-other-person = Alcohol misuse: concerns about another person living in the household
factor-drugs-child = Drug misuse: concerns about the child
factor-drugs-parent = Drug misuse: concerns about a parent or carer
factor-drugs-other-person = Drug misuse: concerns about another person living in the household
factor-domestic-abuse-child = Domestic abuse: concerns about the child
factor-domestic-abuse-parent = Domestic abuse: concerns about a parent or carer
factor-domestic-abuse-other-person = Domestic abuse: concerns about another person living in the household
factor-mental-health-child = Mental health: concerns about the child
factor-mental-health-parent = Mental health: concerns about a parent or carer
factor-mental-health-other-person = Mental health: concerns about another person living in the household
factor-learning-disability-child = Learning disability: concerns about the child
factor-learning-disability-parent = Learning disability: concerns about a parent or carer
factor-learning-disability-other-person = Learning disability: concerns about another person living in the household
factor-physical-disability-child = Physical disability or illness: concerns about the child
factor-physical-disability-parent = Physical disability or illness: concerns about a parent or carer
factor-physical-disability-other-person = Physical disability or illness: concerns about another person living in the household
factor-young-carer = Young carer
factor-unaccompanied-asylum-seeking-child = Unaccompanied asylum-seeking child
factor-going-missing = Going missing
factor-child-sexual-exploitation = Child sexual exploitation
factor-trafficking = Trafficking
factor-gangs = Gangs
factor-self-harm = Self-harm
factor-neglect = Neglect
factor-emotional-abuse = Emotional abuse
factor-physical-abuse-child = Physical abuse: concerns about the child
factor-physical-abuse-parent = Physical abuse: concerns about a parent or carer
factor-physical-abuse-other-person = Physical abuse: concerns about another person living in the household
factor-sexual-abuse-child = Sexual abuse: concerns about the child
factor-sexual-abuse-parent = Sexual abuse: concerns about a parent or carer
factor-sexual-abuse-other-person = Sexual abuse: concerns about another person living in the household
factor-other = Other
factor-no-factors = No factors identified
factor-female-genital-mutilation = Female genital mutilation (FGM)
factor-abuse-linked-to-faith-or-belief = Abuse linked to faith or belief
factor-child-criminal-exploitation = Child criminal exploitation

## CSV export: file titles

csv-section-title-case-details = Case details
csv-section-title-children = Children
csv-section-title-adults = Adults and parties
csv-section-title-adult-relationships = Relationships
csv-section-title-visits = Visits and contacts
csv-section-title-visit-children = Children seen at visits
csv-section-title-checks = Checks
csv-section-title-child-voice-sessions = Sessions with the children
csv-section-title-child-voice-items = What the children said

## CSV export: what each row is

csv-section-rows-case-details = One row: the case details, the case's risk factors and actions, and the recommendation and sign-off.
csv-section-rows-children = One row for each child, with their welfare checklist.
csv-section-rows-adults = One row for each adult.
csv-section-rows-adult-relationships = One row for each adult and each child: the adult's relationship to the child.
csv-section-rows-visits = One row for each visit or contact.
csv-section-rows-visit-children = One row for each visit and each child: whether the child was seen, and seen alone.
csv-section-rows-checks = One row for each adult: the police and local authority checks.
csv-section-rows-child-voice-sessions = One row for each session with a child: how it was set up, the questions the child chose not to answer, and your answers after it.
csv-section-rows-child-voice-items = One row for each thing a child said, chose or drew, in their exact words, with who wrote it and who may see it. Drawings are in the JSON export.

## CSV export: download links

csv-download-case-details = Download case details (CSV)
csv-download-children = Download children (CSV)
csv-download-adults = Download adults and parties (CSV)
csv-download-adult-relationships = Download relationships (CSV)
csv-download-visits = Download visits and contacts (CSV)
csv-download-visit-children = Download children seen at visits (CSV)
csv-download-checks = Download checks (CSV)
csv-download-child-voice-sessions = Download sessions with the children (CSV)
csv-download-child-voice-items = Download what the children said (CSV)
