// The main journey: a record started, every section filled in from the task
// list, a reload in the middle of each section (autosave, IndexedDB, the
// vault, the router), then checked and marked complete, which a last reload
// keeps.
import assert from 'node:assert/strict';
import { journey } from '../journey.js';

const STATUTE = [
  '(a) the ascertainable wishes and feelings of the child concerned (considered in the light of his age and understanding)',
  '(b) his physical, emotional and educational needs',
  '(c) the likely effect on him of any change in his circumstances',
  '(d) his age, sex, background and any characteristics of his which the court considers relevant',
  '(e) any harm which he has suffered or is at risk of suffering',
  '(f) how capable each of his parents, and any other person in relation to whom the court considers the question to be relevant, is of meeting his needs',
  '(g) the range of powers available to the court under this Act in the proceedings in question',
];

/** Once the header says it is stored, a reload (and unlocking) brings back `label` as typed. */
async function reloadKeeps(app, label, value, options) {
  await app.saved();
  await app.reload();
  await app.until(async () => (await app.valueOf(label, options)) === value, `"${label}" to hold "${value}" after a reload`);
}

async function openTask(app, record, name) {
  await app.goto(record);
  await app.heading('Case record');
  await app.follow(name);
}

journey('a whole record: every section filled in, a reload in the middle of each, then marked complete', async (app) => {
  await app.goto('/');
  await app.heading('Case records');
  await app.press('Start a new case record');
  await app.fill('Case number', 'BW22C50019');
  await reloadKeeps(app, 'Case number', 'BW22C50019');
  const record = (await app.path()).replace(/\/case-number$/, '');
  assert.match(record, /^\/records\/[0-9a-f-]{36}$/);
  await app.saveAndContinue();

  // Case details
  await app.heading('Case details');
  await app.fill('Court', 'Bristol Civil and Family Justice Centre');
  await app.choose('Child arrangements order');
  await app.fillDate('Application date', ['3', '4', '2025']);
  await reloadKeeps(app, 'Court', 'Bristol Civil and Family Justice Centre');
  await app.fill("Practitioner's name", 'Sam Okafor');
  await app.saveAndContinue();

  // Children
  await openTask(app, record, 'Children');
  await app.press('Add a child');
  await app.fill('First names', 'Aleksandra');
  await app.fill('Last name', 'Nowak');
  await app.fill('Known as', 'Ola');
  await app.fillDate('Date of birth', ['14', 'feb', '2016']);
  await reloadKeeps(app, 'Known as', 'Ola');
  await app.choose('Female');
  await app.choose('Any other White background');
  await app.fill('First language', 'Polish');
  await app.choose('No', await app.group('Does the child need an interpreter?'));
  await app.choose('No disability');
  await app.fill('Who does the child live with?', 'Mother');
  await app.saveAndContinue();
  await app.sees('Ola Nowak');

  // Adults
  await openTask(app, record, 'Adults and parties');
  await app.press('Add an adult');
  await app.fill('Full name', 'Joanna Nowak');
  await app.choose('Applicant');
  await app.fill('Relationship to Ola Nowak', 'Mother');
  await app.fillDate('Date of birth', ['27', '3', '1990']);
  await app.fill('Address', '1 Example Street, Bristol');
  await reloadKeeps(app, 'Address', '1 Example Street, Bristol');
  await app.fill('Postcode', 'BS1 6AH');
  await app.fill('Telephone number', '07700 900 982');
  await app.choose('No', await app.group('Does the adult need an interpreter?'));
  await app.choose('No', await app.group('Must their contact details be kept from the other parties?'));
  await app.saveAndContinue();
  await app.sees('Joanna Nowak');

  // Visits
  await openTask(app, record, 'Visits and contacts');
  await app.press('Add a visit or contact');
  await app.fillDate('Date of the visit', ['10', '4', '2025']);
  await app.fill('Start time', '10:00');
  await app.fill('End time', '11:15');
  await app.choose('Home visit');
  await app.fill('Where did it take place?', "Mother's home");
  await app.fill('Who was present?', 'Ola and her mother');
  await app.choose('Yes', await app.group('Was Ola Nowak seen?'));
  await app.choose('Yes', await app.group('Was Ola Nowak seen alone?'));
  await app.fill('Notes', 'Ola showed me her room and her drawings. Zażółć gęślą jaźń');
  await reloadKeeps(app, 'Notes', 'Ola showed me her room and her drawings. Zażółć gęślą jaźń');
  await app.saveAndContinue();
  await app.heading('Visits and contacts');

  // Checks and safeguarding
  await openTask(app, record, 'Checks and safeguarding');
  const police = await app.group('Police check (PNC)');
  const date = async (group, value) => {
    const requested = await app.group('Date requested', group);
    await app.fill('Day', value[0], { within: requested });
    await app.fill('Month', value[1], { within: requested });
    await app.fill('Year', value[2], { within: requested });
  };
  await date(police, ['10', '4', '2025']);
  await date(await app.group('Local authority check'), ['10', '4', '2025']);
  await app.saveAndContinue();
  await app.choose('No factors identified');
  await app.choose('No harm');
  await app.fill('What is happening for this child?', 'Ola is settled and wants to see her father.');
  await reloadKeeps(app, 'What is happening for this child?', 'Ola is settled and wants to see her father.');
  await app.saveAndContinue();
  await app.heading('Case record');

  // Welfare checklist
  await app.follow('Welfare checklist');
  await app.follow('Ola Nowak');
  for (const [i, label] of STATUTE.entries()) {
    await app.fill(label, `Answer ${i + 1} in Ola's words where possible`);
    if (i === 3) await reloadKeeps(app, label, `Answer ${i + 1} in Ola's words where possible`);
  }
  await app.saveAndContinue();

  // Recommendation and sign-off
  await openTask(app, record, 'Recommendation and sign-off');
  const recommendation = 'Child arrangements order: Ola lives with her mother and sees her father every other weekend.';
  await app.fill('Recommendation', recommendation);
  await reloadKeeps(app, 'Recommendation', recommendation);
  await app.choose('No', await app.group('Is a further welfare report needed?'));
  await app.choose('I confirm this record is accurate and complete to the best of my knowledge');
  await app.saveAndContinue();

  // Every section completed, then the record is marked complete
  await app.heading('Case record');
  const statuses = await app.driver.executeScript(() =>
    [...document.querySelectorAll('main a[aria-describedby]')].map((a) => [
      a.textContent.trim(),
      document.getElementById(a.getAttribute('aria-describedby'))?.textContent.trim(),
    ]),
  );
  for (const name of ['Case details', 'Children', 'Adults and parties', 'Visits and contacts', 'Checks and safeguarding', 'Welfare checklist', 'Recommendation and sign-off']) {
    assert.deepEqual(statuses.find(([task]) => task === name), [name, 'Completed'], `${name} is completed`);
  }
  await app.follow('Check your answers and mark the record as complete');
  await app.heading('Check your answers');
  await app.sees('Joanna Nowak');
  await app.press('Mark as complete');
  await app.sees('This record is complete.');
  await app.reload();
  await app.sees('This record is complete.');
});
