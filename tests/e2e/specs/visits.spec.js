import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

const save = (page) => page.getByRole('button', { name: 'Save and continue' }).click();

async function fillDate(page, legend, [day, month, year]) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** A record applied for on 3 April 2025 with one child, Aleksandra Nowak, on its task list. */
async function recordWithAChild(page) {
  await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await save(page);
  await page.getByLabel('Court', { exact: true }).fill('Bristol Civil and Family Justice Centre');
  await page.getByLabel('Child arrangements order').check();
  await fillDate(page, 'Application date', ['3', '4', '2025']);
  await page.getByLabel("Practitioner's name").fill('Sam Okafor');
  await save(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();

  await page.getByRole('link', { name: 'Children', exact: true }).click();
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Aleksandra');
  await page.getByLabel('Last name').fill('Nowak');
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
}

const visitsTask = (page) => page.getByRole('link', { name: 'Visits and contacts', exact: true });

test('visits: add a visit, fix what is wrong, see it listed and on the task list, then remove it', async ({ page }) => {
  await recordWithAChild(page);
  await expect(visitsTask(page)).toHaveAccessibleDescription('Not yet started');
  await visitsTask(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Visits and contacts' })).toBeVisible();
  await expect(page.getByText('No visits or contacts have been added yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Add a visit or contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About the visit or contact' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Was Aleksandra Nowak seen?', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Was Aleksandra Nowak seen alone?' })).toBeHidden();
  await expectNoAxeViolations(page);

  // Everything missing: the error pattern.
  await save(page);
  await expect(page).toHaveTitle('Error: About the visit or contact – casevoice');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter the date of the visit',
    'Enter a start time',
    'Enter an end time',
    'Select the type of visit or contact',
    'Enter where the visit took place',
    'Enter who was present',
    'Select yes if the child was seen (Aleksandra Nowak)',
    'Enter notes about the visit',
  ]);
  await expect(page.getByLabel('Start time')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // Filled in, but with something wrong in each question that has a rule.
  await fillDate(page, 'Date of the visit', ['2', '4', '2025']);
  await page.getByLabel('Start time').fill('10:00');
  await page.getByLabel('End time').fill('9.30am');
  await page.getByLabel('Home visit').check();
  await page
    .getByRole('group', { name: 'Was Aleksandra Nowak seen?', exact: true })
    .getByRole('radio', { name: 'Yes' })
    .check();
  const seenAlone = page.getByRole('group', { name: 'Was Aleksandra Nowak seen alone?' });
  await expect(seenAlone).toBeVisible();
  await page.getByLabel('Notes', { exact: true }).fill('a'.repeat(5001));
  await expect(page.getByText('You have 1 character too many')).toBeVisible();
  await save(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Date of the visit must be the same as or after 3 April 2025',
    'End time must be after the start time',
    'Enter where the visit took place',
    'Enter who was present',
    'Select yes if the child was seen alone (Aleksandra Nowak)',
    'Notes must be 5,000 characters or less',
  ]);
  await expectNoAxeViolations(page);

  await summary.getByRole('link', { name: 'Select yes if the child was seen alone (Aleksandra Nowak)' }).click();
  await expect(seenAlone.getByRole('radio', { name: 'Yes' })).toBeFocused();

  await page.getByLabel('Start time').fill('930');
  await save(page);
  await expect(summary.getByRole('link').nth(1)).toHaveText('Enter a real start time, like 9:30am or 14:30');

  await fillDate(page, 'Date of the visit', ['10', 'apr', '2025']);
  await page.getByLabel('Start time').fill('9:30am');
  await page.getByLabel('End time').fill('11:15');
  await page.getByLabel('Where did it take place?').fill('The family home, Bristol');
  await page.getByLabel('Who was present?').fill('Aleksandra and her mother');
  await seenAlone.getByRole('radio', { name: 'No' }).check();
  await page.getByLabel('Notes', { exact: true }).fill('Ola showed me her room. She said: "I like it here." 😊');
  await expect(page.getByText('You have 4,947 characters remaining')).toBeVisible();
  await save(page);

  await expect(page.getByRole('heading', { level: 1, name: 'Visits and contacts' })).toBeVisible();
  await expect(page.getByRole('term')).toHaveText(['10 April 2025 – Home visit']);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Change 10 April 2025 – Home visit' }).click();
  await expect(page.locator('.caption-l')).toHaveText('10 April 2025 – Home visit');
  await expect(page.getByLabel('Start time')).toHaveValue('9:30am');
  await expect(seenAlone.getByRole('radio', { name: 'No' })).toBeChecked();
  await page.getByRole('link', { name: 'Back' }).click();

  await page.getByRole('link', { name: 'Return to the case record' }).click();
  await expect(visitsTask(page)).toHaveAccessibleDescription('Completed');
  await expectNoAxeViolations(page);

  await visitsTask(page).click();
  await page.getByRole('link', { name: 'Remove 10 April 2025 – Home visit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Are you sure you want to remove this visit?' })).toBeVisible();
  await expect(page.locator('.caption-l')).toHaveText('10 April 2025 – Home visit');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'No, keep the visit' }).click();
  await expect(page.getByRole('term')).toHaveText(['10 April 2025 – Home visit']);

  await page.getByRole('link', { name: 'Remove 10 April 2025 – Home visit' }).click();
  await page.getByRole('button', { name: 'Yes, remove the visit' }).click();
  await expect(page.getByText('No visits or contacts have been added yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Return to the case record' }).click();
  await expect(visitsTask(page)).toHaveAccessibleDescription('Not yet started');
});

test('visits: a call needs no place, and visits list newest first', async ({ page }) => {
  await recordWithAChild(page);
  await visitsTask(page).click();

  const addVisit = async (date, start, end, type, seen) => {
    await page.getByRole('button', { name: 'Add a visit or contact' }).click();
    await fillDate(page, 'Date of the visit', date);
    await page.getByLabel('Start time').fill(start);
    await page.getByLabel('End time').fill(end);
    await page.getByLabel(type).check();
    await page.getByLabel('Who was present?').fill('Aleksandra');
    await page
      .getByRole('group', { name: 'Was Aleksandra Nowak seen?', exact: true })
      .getByRole('radio', { name: seen })
      .check();
    await page.getByLabel('Notes', { exact: true }).fill('We talked about school.');
  };

  await addVisit(['5', '4', '2025'], '4pm', '4:30pm', 'Phone call', 'No');
  await expect(page.getByLabel('Where did it take place? (optional)')).toBeVisible();
  await save(page);
  await expect(page.getByRole('term')).toHaveText(['5 April 2025 – Phone call']);

  await addVisit(['20', '5', '2025'], '14:00', '15:00', 'Video call', 'No');
  await save(page);
  await addVisit(['12', '4', '2025'], '10am', 'midday', 'School visit', 'No');
  await page.getByLabel('Where did it take place?').fill("Aleksandra's school");
  await save(page);

  await expect(page.getByRole('term')).toHaveText([
    '20 May 2025 – Video call',
    '12 April 2025 – School visit',
    '5 April 2025 – Phone call',
  ]);
  await expectNoAxeViolations(page);
});
