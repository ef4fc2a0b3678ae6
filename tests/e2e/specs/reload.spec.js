import { test, expect } from './fixtures.js';
import { startNewRecord } from './helpers.js';
import { storedRecords } from './vault-reader.js';

// A reload in the middle of each section brings back what was typed: autosave
// writes as the practitioner types, and every page has its own address.

const saved = (page) => expect(page.getByRole('banner').locator('[data-save-status]')).toHaveText(/^Saved at /);

/** Waits until a stored record holds `text`, read straight from IndexedDB and opened. */
async function stored(page, text) {
  const storedText = async () => JSON.stringify(Object.values(await storedRecords(page)));
  await expect.poll(storedText).toContain(JSON.stringify(text).slice(1, -1));
}

async function recordWithPeople(page) {
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.getByLabel('Case number').fill('LV20C01796');
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Sam');
  await page.getByLabel('Last name').fill('Evans');
  await page.goto(`${record}/adults`);
  await page.getByRole('button', { name: 'Add an adult' }).click();
  await page.getByLabel('Full name').fill('Rhys Evans');
  await saved(page);
  return record;
}

const sections = [
  {
    name: 'adults and parties',
    open: async (page, record) => {
      await page.goto(`${record}/adults`);
      await page.getByRole('link', { name: 'Change Rhys Evans' }).click();
    },
    field: (page) => page.getByLabel('Telephone number'),
    value: '01632 960 001',
  },
  {
    name: 'visits and contacts',
    open: async (page, record) => {
      await page.goto(`${record}/visits`);
      await page.getByRole('button', { name: 'Add a visit or contact' }).click();
    },
    field: (page) => page.getByLabel('Who was present?'),
    value: 'Sam, Rhys and Sam’s grandmother',
  },
  {
    name: 'checks',
    open: async (page, record) => page.goto(`${record}/checks`),
    field: (page) => page.getByRole('group', { name: 'Police check (PNC)' }).getByLabel('Outcome'),
    value: 'No trace',
  },
  {
    name: 'risk and safety',
    open: async (page, record) => page.goto(`${record}/risk`),
    field: (page) => page.getByLabel('What is happening for this child?'),
    value: 'Sam is worried about moving school 😟',
  },
  {
    name: 'welfare checklist',
    open: async (page, record) => {
      await page.goto(`${record}/welfare`);
      await page.getByRole('link', { name: 'Sam Evans' }).click();
    },
    field: (page) => page.getByLabel(/^\(b\) his physical, emotional and educational needs$/),
    value: 'Sam needs help with reading',
  },
  {
    name: 'recommendation and sign-off',
    open: async (page, record) => page.goto(`${record}/recommendation`),
    field: (page) => page.getByLabel('Recommendation', { exact: true }),
    value: 'A child arrangements order for Sam to live with Rhys',
  },
];

for (const section of sections) {
  test(`a reload in the middle of ${section.name} loses nothing`, async ({ page }) => {
    const record = await recordWithPeople(page);
    await section.open(page, record);
    await section.field(page).fill(section.value);
    await stored(page, section.value);
    await saved(page);
    const address = page.url();
    await page.reload();
    await expect(page).toHaveURL(address);
    await expect(section.field(page)).toHaveValue(section.value);
  });
}
