// The SurveyJS side of scripts/bench (README, "Benchmark"): a one-page form of
// N questions with the mix issue 11 compares casevoice against:
//   40 % short text, each with a regular-expression validator (a FamilyMan case
//        number, a UK postcode or a UK telephone number, in turn);
//   15 % dates (text with inputType date);
//   15 % choices (radio buttons and drop-downs, in turn), required;
//   15 % long text (comment), required, as casevoice's welfare checklist is;
//   15 % a dynamic panel of children: name and date of birth, required, and NHS
//        number, optional as in casevoice, checked when given by a modulus-11
//        function registered with SurveyJS and called from an expression
//        validator.
// Required where casevoice's equivalents are: the short text and dates are
// required in the share casevoice's bench page makes them, so that both pages
// paint the same number of errors on an empty submit. scripts/bench reads that
// number (data-bench-required) off casevoice's page and passes it on.
// The address says N, when the model takes typed text and how many errors:
//   /?n=500                       textUpdateMode "onBlur", the library's default
//   /?n=500&mode=onTyping         the model updated (and re-rendered) on every key
//   /?n=500&required=369          369 questions required (without it, the share
//                                 of short text and dates casevoice's page has at 500)
// <main> carries data-bench-questions and data-bench-required (the number of
// errors an empty submit must paint), the same contract as casevoice's page.
'use strict';

/** Split n questions into the mix; the children's panel has three questions a child. */
function mix(n) {
  const children = Math.round((0.15 * n) / 3);
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

/** casevoice's bench page at 500: 169 of its 275 short-text and date questions are required. */
const DEFAULT_SHORT_AND_DATE_SHARE = 169 / 275;

/** Whether the i-th of `count` questions is required, `required` of them spread evenly. */
const spread = (i, count, required) => Math.floor(((i + 1) * required) / count) > Math.floor((i * required) / count);

function formJson(n, wanted) {
  const counts = mix(n);
  // Always required: choices, long text, and each child's name and date of birth.
  const always = counts.choice + counts.long + 2 * counts.children;
  const free = counts.short + counts.date;
  const share = wanted === null ? DEFAULT_SHORT_AND_DATE_SHARE : Math.min(1, Math.max(0, (wanted - always) / free));
  // The case number, the first question, is always required, as in casevoice.
  const shortRequired = Math.max(1, Math.round(counts.short * share));
  const dateRequired = Math.min(counts.date, Math.max(0, (wanted === null ? Math.round(free * share) : wanted - always) - shortRequired));
  const elements = [];
  let required = 0;
  const add = (question) => {
    elements.push({ ...question, name: `q${elements.length + 1}` });
    if (question.isRequired) required += 1;
  };
  // Interleaved as a record is: short text first (the case number is question 1).
  const queues = [
    ...Array.from({ length: counts.short }, (_, i) => () =>
      add({ type: 'text', isRequired: i === 0 || spread(i - 1, counts.short - 1, shortRequired - 1), ...SHORT[i % SHORT.length] })),
    ...Array.from({ length: counts.date }, (_, i) => () =>
      add({ type: 'text', inputType: 'date', isRequired: spread(i, counts.date, dateRequired), title: DATES[i % DATES.length] })),
    ...Array.from({ length: counts.choice }, (_, i) => () =>
      add(i % 2 === 0
        ? { type: 'radiogroup', isRequired: true, title: 'Is the child known to children’s services?', choices: RADIOS }
        : { type: 'dropdown', isRequired: true, title: 'Relationship to the child', choices: SELECT })),
    ...Array.from({ length: counts.long }, (_, i) => () =>
      add({ type: 'comment', isRequired: true, title: LONG[i % LONG.length] })),
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
  if (counts.children === 0) return { json: { elements, showQuestionNumbers: 'off' }, required, counts };
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
        validators: [{ type: 'expression', expression: 'nhsNumberValid({panel.nhs})', text: 'Enter a real NHS number' }],
      },
    ],
  });
  required += 2 * counts.children;
  return { json: { elements, showQuestionNumbers: 'off' }, required, counts };
}

const params = new URLSearchParams(location.search);
const n = Math.max(1, Number(params.get('n') ?? 50) || 50);
const mode = params.get('mode') === 'onTyping' ? 'onTyping' : 'onBlur';
Survey.FunctionFactory.Instance.register('nhsNumberValid', nhsNumberValid);
const wanted = params.has('required') ? Number(params.get('required')) : null;
const { json, required, counts } = formJson(n, Number.isFinite(wanted) ? wanted : null);
json.textUpdateMode = mode;
const survey = new Survey.Model(json);
const main = document.getElementById('survey');
main.dataset.benchQuestions = String(n);
main.dataset.benchRequired = String(required);
main.dataset.benchMix = JSON.stringify(counts);
survey.render(main);
// The harness's check that the model and the page agree on N.
window.benchSurvey = survey;
