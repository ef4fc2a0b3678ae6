import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

const save = (page) => page.getByRole('button', { name: 'Save and continue' }).click();
const summaryLinks = (page) => page.locator('.error-summary').getByRole('link');
const task = (page, name) => page.getByRole('link', { name, exact: true });

/** Section 1(3) Children Act 1989, word for word, as the labels read. */
const STATUTE = [
  '(a) the ascertainable wishes and feelings of the child concerned (considered in the light of his age and understanding)',
  '(b) his physical, emotional and educational needs',
  '(c) the likely effect on him of any change in his circumstances',
  '(d) his age, sex, background and any characteristics of his which the court considers relevant',
  '(e) any harm which he has suffered or is at risk of suffering',
  '(f) how capable each of his parents, and any other person in relation to whom the court considers the question to be relevant, is of meeting his needs',
  '(g) the range of powers available to the court under this Act in the proceedings in question',
];

async function fillDate(page, legend, [day, month, year]) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** A new record with its case number saved, back on its task list. */
async function onTaskList(page) {
  await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
}

test('welfare checklist: add children first, then each item for the child, errors first', async ({ page }) => {
  await onTaskList(page);
  await expect(task(page, 'Welfare checklist')).toHaveAccessibleDescription('Not yet started');
  await task(page, 'Welfare checklist').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welfare checklist' })).toBeVisible();
  await expect(page).toHaveTitle('Welfare checklist – casevoice');
  await expect(page.getByText('No children have been added yet. Add the children first')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Add children' }).click();
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Aleksandra');
  await page.getByLabel('Known as').fill('Ola');
  await page.getByLabel('Last name').fill('Nowak');
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Back' }).click();

  await task(page, 'Welfare checklist').click();
  const ola = page.getByRole('link', { name: 'Ola Nowak' });
  await expect(ola).toHaveAccessibleDescription('Not yet started');
  await expectNoAxeViolations(page);

  await ola.click();
  await expect(page.getByRole('heading', { level: 1, name: "The child's welfare checklist" })).toBeVisible();
  await expect(page.locator('.caption-l')).toHaveText('Ola Nowak');
  for (const label of STATUTE) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await save(page);
  await expect(page).toHaveTitle("Error: The child's welfare checklist – casevoice");
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(summaryLinks(page)).toHaveText([
    "Enter the child's wishes and feelings",
    "Enter the child's physical, emotional and educational needs",
    'Enter the likely effect on the child of any change in their circumstances',
    "Enter the child's age, sex, background and any relevant characteristics",
    'Enter any harm the child has suffered or is at risk of suffering',
    "Enter how capable each parent, and anyone else relevant, is of meeting the child's needs",
    'Enter the range of powers available to the court',
  ]);
  const wishes = page.getByLabel(STATUTE[0], { exact: true });
  await expect(wishes).toHaveAttribute('aria-invalid', 'true');
  await expect(wishes).toHaveAccessibleDescription(/Error: Enter the child's wishes and feelings/);
  await expectNoAxeViolations(page);

  await summaryLinks(page).first().click();
  await expect(wishes).toBeFocused();

  // An emoji counts as one character, however many code points it is made of.
  await wishes.fill('Ola said "I want to stay at my school" 👨‍👩‍👧 😊');
  await expect(page.locator('#child-1-welfare-wishes-and-feelings-info')).toHaveText('You have 4,958 characters remaining');
  const answers = [
    'Settled at school; asthma well managed',
    'A move would mean a new school mid-year',
    'Ten years old, Polish heritage, bilingual',
    'None known',
    'Both parents meet her day-to-day needs',
    'A child arrangements order, or no order',
  ];
  for (const [i, answer] of answers.entries()) {
    await page.getByLabel(STATUTE[i + 1], { exact: true }).fill(answer);
  }
  const harm = page.getByLabel(STATUTE[4], { exact: true });
  await harm.fill('x'.repeat(5001));
  await expect(page.locator('#child-1-welfare-harm-info')).toHaveText('You have 1 character too many');
  await save(page);
  await expect(summaryLinks(page)).toHaveText(['Harm must be 5,000 characters or less']);
  await expect(harm).toHaveAccessibleDescription(/Error: Harm must be 5,000 characters or less/);
  await expectNoAxeViolations(page);

  await harm.fill('None known');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Welfare checklist' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ola Nowak' })).toHaveAccessibleDescription('Completed');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Ola Nowak' }).click();
  await expect(wishes).toHaveValue('Ola said "I want to stay at my school" 👨‍👩‍👧 😊');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Return to the case record' }).click();
  await expect(task(page, 'Welfare checklist')).toHaveAccessibleDescription('Completed');
  await expectNoAxeViolations(page);

  // Removing the child removes their checklist.
  await task(page, 'Children').click();
  await page.getByRole('link', { name: 'Remove Ola Nowak' }).click();
  await page.getByRole('button', { name: 'Yes, remove the child' }).click();
  await page.getByRole('link', { name: 'Return to the case record' }).click();
  await expect(task(page, 'Welfare checklist')).toHaveAccessibleDescription('Not yet started');
  await task(page, 'Welfare checklist').click();
  await expect(page.getByText('No children have been added yet.')).toBeVisible();
});

test('recommendation and sign-off: required answers, the manager review as a group, then completed', async ({ page }) => {
  await onTaskList(page);
  await task(page, 'Case details').click();
  await page.getByLabel('Case number').fill('ZW19P01392');
  await save(page);
  await fillDate(page, 'Application date', ['3', '4', '2025']);
  await page.getByRole('link', { name: 'Back' }).click();

  await expect(task(page, 'Recommendation and sign-off')).toHaveAccessibleDescription('Not yet started');
  await task(page, 'Recommendation and sign-off').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recommendation and sign-off' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Manager review (optional)' })).toBeVisible();
  await expectNoAxeViolations(page);

  await save(page);
  await expect(page).toHaveTitle('Error: Recommendation and sign-off – casevoice');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(summaryLinks(page)).toHaveText([
    'Enter your recommendation',
    'Select whether a further welfare report is needed',
    'Confirm the record is accurate and complete to the best of your knowledge',
  ]);
  await expectNoAxeViolations(page);

  await summaryLinks(page).nth(2).click();
  const declaration = page.getByLabel('I confirm this record is accurate and complete to the best of my knowledge');
  await expect(declaration).toBeFocused();

  const recommendation = page.getByLabel('Recommendation', { exact: true });
  await recommendation.fill('No order: the parents have agreed arrangements that meet the children’s needs 👍🏽');
  await expect(page.locator('#recommendation-info')).toHaveText('You have 9,921 characters remaining');
  await page.getByLabel('Yes, a section 7 report').check();
  await declaration.check();
  // Anything in the manager review asks for the rest of it.
  await page.getByLabel("Manager's comments").fill('Add the school’s view before the hearing');
  await save(page);
  await expect(summaryLinks(page)).toHaveText([
    "Enter the manager's name",
    'Enter the review date',
    "Select the manager's decision",
  ]);
  await expectNoAxeViolations(page);

  await page.getByLabel("Manager's name").fill('Priya Shah');
  await fillDate(page, 'Review date', ['2', '4', '2025']);
  await page.getByLabel('Agreed with changes').check();
  await save(page);
  await expect(summaryLinks(page)).toHaveText(['Review date must be the same as or after 3 April 2025']);
  await expectNoAxeViolations(page);

  await fillDate(page, 'Review date', ['20', 'nov', '2025']);
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  await expect(task(page, 'Recommendation and sign-off')).toHaveAccessibleDescription('Completed');
  await expectNoAxeViolations(page);

  await task(page, 'Recommendation and sign-off').click();
  await expect(page.getByLabel('Yes, a section 7 report')).toBeChecked();
  await expect(declaration).toBeChecked();
  await expect(page.getByLabel('Agreed with changes')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Review date' }).getByLabel('Month')).toHaveValue('nov');
  await expectNoAxeViolations(page);
});

test('recommendation and sign-off can be completed before a manager has reviewed it', async ({ page }) => {
  await onTaskList(page);
  await task(page, 'Recommendation and sign-off').click();
  await page.getByLabel('Recommendation', { exact: true }).fill('A section 7 report is needed before the court decides');
  await page.getByLabel('Yes, an addendum report').check();
  await page.getByLabel('I confirm this record is accurate and complete to the best of my knowledge').check();
  await save(page);
  await expect(task(page, 'Recommendation and sign-off')).toHaveAccessibleDescription('Completed');
  await expectNoAxeViolations(page);
});
