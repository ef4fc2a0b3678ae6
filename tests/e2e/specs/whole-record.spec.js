import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

// A whole case record filled in as a practitioner would, section by section from
// the task list, then checked and marked as complete.

const save = (page) => page.getByRole('button', { name: 'Save and continue' }).click();
const task = (page, name) => page.getByRole('link', { name, exact: true });
const summaryLinks = (page) => page.locator('.error-summary').getByRole('link');

const STATUTE = [
  '(a) the ascertainable wishes and feelings of the child concerned (considered in the light of his age and understanding)',
  '(b) his physical, emotional and educational needs',
  '(c) the likely effect on him of any change in his circumstances',
  '(d) his age, sex, background and any characteristics of his which the court considers relevant',
  '(e) any harm which he has suffered or is at risk of suffering',
  '(f) how capable each of his parents, and any other person in relation to whom the court considers the question to be relevant, is of meeting his needs',
  '(g) the range of powers available to the court under this Act in the proceedings in question',
];

async function fillDate(scope, [day, month, year]) {
  await scope.getByLabel('Day').fill(day);
  await scope.getByLabel('Month').fill(month);
  await scope.getByLabel('Year').fill(year);
}

async function backToTaskList(page) {
  await page.goto(page.url().replace(/(\/records\/[0-9a-f-]{36}).*$/, '$1'));
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
}

test('a whole record is filled in, checked, refused while incomplete, then marked complete', async ({ page }) => {
  test.setTimeout(120_000);
  await startNewRecord(page);
  await page.getByLabel('Case number').fill('BW22C50019');
  await save(page);

  // Case details
  await page.getByLabel('Court', { exact: true }).fill('Bristol Civil and Family Justice Centre');
  await page.getByLabel('Child arrangements order').check();
  await fillDate(page.getByRole('group', { name: 'Application date' }), ['3', '4', '2025']);
  await page.getByLabel("Practitioner's name").fill('Sam Okafor');
  await save(page);
  await expect(task(page, 'Case details')).toHaveAccessibleDescription('Completed');

  // Check your answers refuses an incomplete record, listing every problem
  await page.getByRole('link', { name: 'Check your answers and mark the record as complete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page).toHaveTitle('Error: Check your answers – casevoice');
  await expect(summaryLinks(page).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A Change link comes back to the check page once the page is saved
  await page.getByRole('link', { name: /^Change Court/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
  await page.getByLabel('Court', { exact: true }).fill('Bristol Family Court');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText('Bristol Family Court')).toBeVisible();

  // Children
  await backToTaskList(page);
  await task(page, 'Children').click();
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Aleksandra');
  await page.getByLabel('Last name').fill('Nowak');
  await page.getByLabel('Known as').fill('Ola');
  await fillDate(page.getByRole('group', { name: 'Date of birth' }), ['14', 'feb', '2016']);
  await page.getByLabel('Female').check();
  await page.getByLabel('Any other White background').check();
  await page.getByLabel('First language').fill('Polish');
  await page.getByRole('group', { name: 'Does the child need an interpreter?' }).getByLabel('No').check();
  await page.getByLabel('No disability').check();
  await page.getByLabel('Who does the child live with?').fill('Mother');
  await save(page);
  await expect(page.getByRole('term').filter({ hasText: 'Ola Nowak' })).toBeVisible();

  // Adults
  await backToTaskList(page);
  await task(page, 'Adults and parties').click();
  await page.getByRole('button', { name: 'Add an adult' }).click();
  await page.getByLabel('Full name').fill('Joanna Nowak');
  await page.getByLabel('Applicant').check();
  await page.getByLabel('Relationship to Ola Nowak').fill('Mother');
  await fillDate(page.getByRole('group', { name: 'Date of birth' }), ['27', '3', '1990']);
  await page.getByLabel('Address', { exact: true }).fill('1 Example Street, Bristol');
  await page.getByLabel('Postcode').fill('BS1 6AH');
  await page.getByLabel('Telephone number').fill('07700 900 982');
  await page.getByRole('group', { name: 'Does the adult need an interpreter?' }).getByLabel('No').check();
  await page.getByRole('group', { name: 'Must their contact details be kept from the other parties?' }).getByLabel('No').check();
  await save(page);
  await expect(page.getByRole('term').filter({ hasText: 'Joanna Nowak' })).toBeVisible();

  // Visits
  await backToTaskList(page);
  await task(page, 'Visits and contacts').click();
  await page.getByRole('button', { name: 'Add a visit or contact' }).click();
  await fillDate(page.getByRole('group', { name: 'Date of the visit' }), ['10', '4', '2025']);
  await page.getByLabel('Start time').fill('10:00');
  await page.getByLabel('End time').fill('11:15');
  await page.getByLabel('Home visit').check();
  await page.getByLabel('Where did it take place?').fill("Mother's home");
  await page.getByLabel('Who was present?').fill('Ola and her mother');
  await page.getByRole('group', { name: 'Was Ola Nowak seen?', exact: true }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('group', { name: 'Was Ola Nowak seen alone?' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel('Notes', { exact: true }).fill('Ola showed me her room and her drawings.');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Visits and contacts' })).toBeVisible();

  // Checks and safeguarding
  await backToTaskList(page);
  await task(page, 'Checks and safeguarding').click();
  const police = page.getByRole('group', { name: 'Police check (PNC)' });
  await fillDate(police.getByRole('group', { name: 'Date requested' }), ['10', '4', '2025']);
  const council = page.getByRole('group', { name: 'Local authority check' });
  await fillDate(council.getByRole('group', { name: 'Date requested' }), ['10', '4', '2025']);
  await save(page);
  await page.getByLabel('No factors identified').check();
  await page.getByLabel('No harm').check();
  await page.getByLabel('What is happening for this child?').fill('Ola is settled and wants to see her father.');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();

  // Welfare checklist
  await task(page, 'Welfare checklist').click();
  await page.getByRole('link', { name: 'Ola Nowak' }).click();
  for (const [i, label] of STATUTE.entries()) {
    await page.getByLabel(label, { exact: true }).fill(`Answer ${i + 1} in Ola's words where possible`);
  }
  await save(page);

  // Recommendation and sign-off
  await backToTaskList(page);
  await task(page, 'Recommendation and sign-off').click();
  await page.getByLabel('Recommendation', { exact: true }).fill('Child arrangements order: Ola lives with her mother and sees her father every other weekend.');
  await page.getByRole('group', { name: 'Is a further welfare report needed?' }).getByLabel('No', { exact: true }).check();
  await page.getByLabel('I confirm this record is accurate and complete to the best of my knowledge').check();
  await save(page);

  // Every section completed, and the record can be marked complete
  for (const name of ['Case details', 'Children', 'Adults and parties', 'Visits and contacts', 'Checks and safeguarding', 'Welfare checklist', 'Recommendation and sign-off']) {
    await expect(task(page, name)).toHaveAccessibleDescription('Completed');
  }
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Check your answers and mark the record as complete' }).click();
  await expect(page.getByText('Joanna Nowak').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByText('This record is complete.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('This record is complete.')).toBeVisible();
});
