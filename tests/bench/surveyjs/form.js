// The SurveyJS side of scripts/bench: a one-page form of N questions with the
// mix issue 11 compares casevoice against (tests/bench/README.md):
//   40 % short text, required, each with a regular-expression validator (a
//        FamilyMan case number, a UK postcode or a UK telephone number, in turn);
//   15 % dates (text with inputType date), required;
//   15 % choices, required (radio buttons and drop-downs, in turn);
//   15 % long text (comment), optional, as the welfare checklist's notes are;
//   15 % a dynamic panel of children: name, date of birth and NHS number, each
//        required, the NHS number checked by a modulus-11 function registered
//        with SurveyJS and called from an expression validator.
// The address says N and when the model takes typed text:
//   /?n=500                       textUpdateMode "onBlur", the library's default
//   /?n=500&mode=onTyping         the model updated (and re-rendered) on every key
// <main> carries data-bench-questions and data-bench-required (the number of
// errors an empty submit must paint), the same contract as casevoice's page.
'use strict';

/** Split n questions into the mix; the children's panel has three questions a child. */
function mix(n) {
  const children = Math.max(1, Math.round((0.15 * n) / 3));
  const rest = n - 3 * children;
  const weights = { short: 40, date: 15, choice: 15, long: 15 };
  const total = 85;
  const counts = {};
  let given = 0;
  for (const [kind, weight] of Object.entries(weights)) {
    counts[kind] = Math.floor((rest * weight) / total);
    given += counts[kind];
  }
  // What flooring left over goes to short text, the largest share.
  counts.short += rest - given;
  return { ...counts, children };
}

const CASE_NUMBER = '^\\s*([A-Z]\\s*){2}(\\d\\s*){2}[A-Z]\\s*(\\d\\s*){5}$';
// The published postcode pattern (and the NHS pseudo-postcodes), spaces optional.
const POSTCODE =
  '^\\s*(GIR\\s*0AA|ZZ99\\s*3[VWC]Z|[A-PR-UWYZ]([0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])\\s*[0-9][ABD-HJLNP-UW-Z]{2})\\s*$';
// 01632 960 001, (01632) 960001, 07700-900-982, +44 7700 900982, +44 (0)7700 900982, 0044 …
const UK_PHONE = '^\\s*(\\+44\\s*(\\(0\\)\\s*)?|0044\\s*|\\(?0)(\\d[\\s\\-()]*){9,10}$';

const SHORT = [
  {
    title: 'Case number',
    description: 'The FamilyMan number on the court papers, like ZW19P01392',
    validators: [{ type: 'regex', regex: CASE_NUMBER, caseInsensitive: true, text: 'Enter a case number in the format ZW19P01392' }],
  },
  {
    title: 'Postcode',
    description: 'Like SW1A 2AA',
    validators: [{ type: 'regex', regex: POSTCODE, caseInsensitive: true, text: 'Enter a real postcode, like SW1A 2AA' }],
  },
  {
    title: 'Telephone number',
    description: 'A UK number, like 01632 960 001 or 07700 900 982',
    validators: [{ type: 'regex', regex: UK_PHONE, text: 'Enter a telephone number, like 01632 960 001 or 07700 900 982' }],
  },
];

const DATES = ['Date of the hearing', 'Date the application was made', 'Date of the visit', 'Date of birth of the adult'];
const RADIOS = ['Yes', 'No', 'Not known'];
const SELECT = ['Mother', 'Father', 'Grandparent', 'Aunt or uncle', 'Foster carer', 'Other'];
const LONG = [
  "The child's ascertainable wishes and feelings",
  'Their physical, emotional and educational needs',
  'The likely effect on them of any change in circumstances',
  'Any harm they have suffered or are at risk of suffering',
];

/** NHS numbers: ten digits, the tenth a modulus-11 check of the first nine. */
function nhsNumberValid(params) {
  const value = params[0];
  if (value === undefined || value === null || String(value).trim() === '') return true; // "required" says so
  const digits = String(value).replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

function formJson(n) {
  const counts = mix(n);
  const elements = [];
  let required = 0;
  const add = (question) => {
    elements.push({ ...question, name: `q${elements.length + 1}` });
    if (question.isRequired) required += 1;
  };
  // Interleaved as a record is: short text first (the case number is question 1).
  const queues = [
    ...Array.from({ length: counts.short }, (_, i) => () =>
      add({ type: 'text', isRequired: true, ...SHORT[i % SHORT.length] })),
    ...Array.from({ length: counts.date }, (_, i) => () =>
      add({ type: 'text', inputType: 'date', isRequired: true, title: DATES[i % DATES.length] })),
    ...Array.from({ length: counts.choice }, (_, i) => () =>
      add(i % 2 === 0
        ? { type: 'radiogroup', isRequired: true, title: 'Is the child known to children’s services?', choices: RADIOS }
        : { type: 'dropdown', isRequired: true, title: 'Relationship to the child', choices: SELECT })),
    ...Array.from({ length: counts.long }, (_, i) => () =>
      add({ type: 'comment', title: LONG[i % LONG.length] })),
  ];
  // Round-robin over the kinds, so every part of the page has every kind.
  const byKind = [
    queues.slice(0, counts.short),
    queues.slice(counts.short, counts.short + counts.date),
    queues.slice(counts.short + counts.date, counts.short + counts.date + counts.choice),
    queues.slice(counts.short + counts.date + counts.choice),
  ];
  while (byKind.some((q) => q.length > 0)) {
    for (const q of byKind) {
      const next = q.shift();
      if (next) next();
    }
  }
  elements.push({
    type: 'paneldynamic',
    name: 'children',
    title: 'Children',
    templateTitle: 'Child {panelIndex}',
    panelCount: counts.children,
    minPanelCount: 1,
    templateElements: [
      { type: 'text', name: 'name', title: "Child's full name", isRequired: true },
      { type: 'text', name: 'dob', title: 'Date of birth', inputType: 'date', isRequired: true },
      {
        type: 'text',
        name: 'nhs',
        title: 'NHS number',
        description: '10 digits, like 943 476 5919',
        isRequired: true,
        validators: [{ type: 'expression', expression: 'nhsNumberValid({panel.nhs})', text: 'Enter a real NHS number' }],
      },
    ],
  });
  required += 3 * counts.children;
  return { json: { elements, showQuestionNumbers: 'off' }, required, counts };
}

const params = new URLSearchParams(location.search);
const n = Math.max(1, Number(params.get('n') ?? 50) || 50);
const mode = params.get('mode') === 'onTyping' ? 'onTyping' : 'onBlur';
Survey.FunctionFactory.Instance.register('nhsNumberValid', nhsNumberValid);
const { json, required, counts } = formJson(n);
json.textUpdateMode = mode;
const survey = new Survey.Model(json);
const main = document.getElementById('survey');
main.dataset.benchQuestions = String(n);
main.dataset.benchRequired = String(required);
main.dataset.benchMix = JSON.stringify(counts);
survey.render(main);
// The harness's check that the model and the page agree on N.
window.benchSurvey = survey;
