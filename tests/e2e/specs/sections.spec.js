import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

const save = (page) => page.getByRole('button', { name: 'Save and continue' }).click();

async function fillDate(page, legend, [day, month, year]) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** A new record with its case number saved, on the case details page. */
async function onCaseDetails(page) {
  await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
}

async function fillCaseDetails(page) {
  await page.getByLabel('Court', { exact: true }).fill('Bristol Civil and Family Justice Centre');
  await page.getByLabel('Child arrangements order').check();
  await fillDate(page, 'Application date', ['3', '4', '2025']);
  await page.getByLabel("Practitioner's name").fill('Sam Okafor');
}

async function taskStatus(page, task) {
  return page.getByRole('link', { name: task, exact: true });
}

test('case details: every problem is listed and linked, then the section is completed', async ({ page }) => {
  await onCaseDetails(page);
  await save(page);
  await expect(page).toHaveTitle('Error: Case details – casevoice');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter the court',
    'Select what the court has been asked to decide',
    'Enter the application date',
    "Enter the practitioner's name",
  ]);
  await expectNoAxeViolations(page);

  await summary.getByRole('link', { name: 'Enter the application date' }).click();
  await expect(page.getByRole('group', { name: 'Application date' }).getByLabel('Day')).toBeFocused();

  await fillCaseDetails(page);
  await fillDate(page, 'Application date', ['31', '4', '2025']);
  await save(page);
  await expect(summary.getByRole('link')).toHaveText(['Application date must be a real date']);

  await fillDate(page, 'Application date', ['3', 'apr', '2025']);
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  await expect(await taskStatus(page, 'Case details')).toHaveAccessibleDescription('Completed');
  await expect(await taskStatus(page, 'Children')).toHaveAccessibleDescription('Not yet started');
  await expectNoAxeViolations(page);
});

test('case details: "Other" asks what, and public law asks for the local authority', async ({ page }) => {
  await onCaseDetails(page);
  await fillCaseDetails(page);
  await expect(page.getByLabel('Local authority bringing the proceedings')).toHaveCount(0);
  await page.getByLabel('Care order').check();
  await page.getByLabel('Other', { exact: true }).check();
  await expect(page.getByLabel('What are the other proceedings?')).toBeVisible();
  await save(page);
  await expect(page.locator('.error-summary').getByRole('link')).toHaveText([
    'Enter what the other proceedings are',
    'Enter the local authority bringing the proceedings',
  ]);
  await expectNoAxeViolations(page);
});

test('the error summary journey works with the keyboard alone', async ({ page }) => {
  await onCaseDetails(page);
  await page.getByRole('button', { name: 'Save and continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Enter the court' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Court', { exact: true })).toBeFocused();
  await page.keyboard.type('Cardiff');
  await expect(page.getByLabel('Court', { exact: true })).toHaveValue('Cardiff');
});

test('children: add a child, fix what is wrong, and remove them after confirming', async ({ page }) => {
  await onCaseDetails(page);
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Children', exact: true }).click();
  await expect(page.getByText('No children have been added yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Add a child' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About the child' })).toBeVisible();
  await save(page);
  await expect(page.locator('.error-summary').getByRole('link')).toHaveCount(9);
  await expectNoAxeViolations(page);

  await page.getByLabel('First names').fill('Aleksandra');
  await page.getByLabel('Last name').fill('Nowak');
  await page.getByLabel('Known as').fill('Ola');
  await fillDate(page, 'Date of birth', ['14', 'feb', '2016']);
  await expect(page.locator('[data-age]')).toHaveText(/^Age \d+$/);
  await page.getByLabel('Female').check();
  await page.getByLabel('Any other White background').check();
  await page.getByLabel('First language').fill('Polish');
  await page.getByRole('group', { name: 'Does the child need an interpreter?' }).getByLabel('No').check();
  await page.getByLabel('No disability').check();
  await page.getByLabel('NHS number').fill('9434765918');
  await page.getByLabel('Postcode').fill('bs1 6ah');
  await page.getByLabel('Who does the child live with?').fill('Mother');
  await save(page);
  await expect(page.locator('.error-summary').getByRole('link')).toHaveText([
    'Enter an NHS number in the correct format, like 943 476 5919',
  ]);

  await page.getByLabel('NHS number').fill('943 476 5919');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Children' })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Ola Nowak' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Change Ola Nowak' }).click();
  await expect(page.getByLabel('Postcode')).toHaveValue('BS1 6AH');
  await expect(page.getByRole('group', { name: 'Date of birth' }).getByLabel('Month')).toHaveValue('feb');
  await page.getByRole('link', { name: 'Back' }).click();

  await page.getByRole('link', { name: 'Remove Ola Nowak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Are you sure you want to remove this child?' })).toBeVisible();
  await expect(page.locator('.caption-l')).toHaveText('Ola Nowak');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'No, keep the child' }).click();
  await expect(page.getByRole('term').filter({ hasText: 'Ola Nowak' })).toBeVisible();
  await page.getByRole('link', { name: 'Remove Ola Nowak' }).click();
  await page.getByRole('button', { name: 'Yes, remove the child' }).click();
  await expect(page.getByText('No children have been added yet.')).toBeVisible();
});

test('a reload in the middle of a section loses nothing', async ({ page }) => {
  await onCaseDetails(page);
  await page.getByLabel('Court', { exact: true }).fill('Bristol');
  await page.getByLabel('Specific issue order').check();
  await fillDate(page, 'Application date', ['3', '4', '']);
  const status = page.getByRole('banner').locator('[data-save-status]');
  await expect(status).toHaveText(/^Saved at /);
  await page.reload();
  await expect(page.getByLabel('Court', { exact: true })).toHaveValue('Bristol');
  await expect(page.getByLabel('Specific issue order')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Application date' }).getByLabel('Month')).toHaveValue('4');

  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Children', exact: true }).click();
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Sam');
  await expect(status).toHaveText(/^Saved at /);
  await page.reload();
  await expect(page.getByLabel('First names')).toHaveValue('Sam');
});

test('adults: each adult gives their relationship to each child', async ({ page }) => {
  await onCaseDetails(page);
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Children', exact: true }).click();
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Aleksandra');
  await page.getByLabel('Last name').fill('Nowak');
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Back' }).click();

  await page.getByRole('link', { name: 'Adults and parties', exact: true }).click();
  await expect(page.getByText('No adults have been added yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Add an adult' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About the adult' })).toBeVisible();
  await save(page);
  await expect(page.locator('.error-summary').getByRole('link')).toHaveCount(9);
  await expectNoAxeViolations(page);

  await page.getByLabel('Full name').fill('Joanna Nowak');
  await page.getByLabel('Applicant').check();
  await page.getByLabel('Relationship to Aleksandra Nowak').fill('Mother');
  await fillDate(page, 'Date of birth', ['27', '3', '1990']);
  await page.getByLabel('Address', { exact: true }).fill('1 Example Street, Bristol');
  await page.getByLabel('Postcode').fill('bs1 6ah');
  await page.getByLabel('Telephone number').fill('07700 900 982');
  await page.getByRole('group', { name: 'Does the adult need an interpreter?' }).getByLabel('No').check();
  await page.getByRole('group', { name: 'Must their contact details be kept from the other parties?' }).getByLabel('Yes').check();
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Adults and parties' })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Joanna Nowak' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Remove Joanna Nowak' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Are you sure you want to remove this adult?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, remove the adult' }).click();
  await expect(page.getByText('No adults have been added yet.')).toBeVisible();
});
