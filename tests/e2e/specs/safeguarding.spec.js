import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

const save = (page) => page.getByRole('button', { name: 'Save and continue' }).click();

async function fillDate(group, [day, month, year]) {
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** A record with an application date, one child and one adult, on its task list. */
async function recordWithPeople(page) {
  const start = await startNewRecord(page);
  const record = start.replace(/\/case-number$/, '');
  await page.getByLabel('Case number').fill('RG21P00751');
  await save(page);
  await fillDate(page.getByRole('group', { name: 'Application date' }), ['3', '4', '2025']);
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Sam');
  await page.getByLabel('Last name').fill('Evans');
  await page.goto(`${record}/adults`);
  await page.getByRole('button', { name: 'Add an adult' }).click();
  await page.getByLabel('Full name').fill('Rhys Evans');
  await expect(page.getByRole('banner').locator('[data-save-status]')).toHaveText(/^Saved at /);
  await page.goto(record);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  return record;
}

test('checks and safeguarding: checks per adult, harm per child, and a referral when harm is likely', async ({ page }) => {
  await recordWithPeople(page);
  await page.getByRole('link', { name: 'Checks and safeguarding' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Police and local authority checks' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Rhys Evans' })).toBeVisible();
  await save(page);
  await expect(page.locator('.error-summary').getByRole('link')).toHaveText([
    'Enter the date the police check was requested',
    'Enter the date the local authority check was requested',
  ]);
  await expectNoAxeViolations(page);

  const police = page.getByRole('group', { name: 'Police check (PNC)' });
  await fillDate(police.getByRole('group', { name: 'Date requested' }), ['10', '4', '2025']);
  await fillDate(police.getByRole('group', { name: 'Date received' }), ['24', '4', '2025']);
  await police.getByLabel('Outcome').fill('No trace');
  const council = page.getByRole('group', { name: 'Local authority check' });
  await fillDate(council.getByRole('group', { name: 'Date requested' }), ['10', '4', '2025']);
  await save(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Risk and safety' })).toBeVisible();
  await page.getByLabel('Domestic abuse: concerns about a parent or carer').check();
  await page.getByLabel('Likely harm').check();
  await page.getByLabel('What is happening for this child?').fill('Sam hears arguments at night and is scared.');
  await save(page);
  await expect(page.locator('.error-summary').getByRole('link')).toHaveText([
    'Enter the date of the referral to the local authority: it is needed when harm is likely or actual',
    "Enter the local authority's reference for the referral",
  ]);
  await expectNoAxeViolations(page);

  await fillDate(page.getByRole('group', { name: 'Date of the referral to the local authority' }), ['25', '4', '2025']);
  await page.getByLabel("Local authority's reference for the referral").fill('LA-2025-0042');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Checks and safeguarding' })).toHaveAccessibleDescription('Completed');
  await expectNoAxeViolations(page);
});
