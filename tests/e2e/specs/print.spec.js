// The print view: a record with a child who typed and drew in a session, opened
// from the task list, checked on screen (headings, the child's words marked as
// theirs, the drawing, axe), then as printed (no header, footer, navigation or
// buttons), then as a PDF from Chromium's own printing.
import fs from 'node:fs';
import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

const PIN = '1357';
const WORDS = 'Football, and  my cat Mochi';

async function setPin(page) {
  await page.goto('/settings');
  await page.getByLabel('New PIN', { exact: true }).fill(PIN);
  await page.getByLabel('Enter the new PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your PIN has been saved' })).toBeVisible();
}

/** A record, case number ZW19P01392, with Ola Nowak, who has had a session. */
async function recordWithASession(page) {
  await setPin(page);
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Ola');
  await page.getByLabel('Last name').fill('Nowak');

  await page.goto(`${record}/voice`);
  await page.getByRole('button', { name: 'Set up a session with the child (Ola Nowak)' }).click();
  await page.getByLabel('Who is present?').fill('Ola and me');
  await page.getByLabel('Where is the session taking place?').fill("A quiet room at Ola's school");
  await page.getByRole('group', { name: 'Which version will the child use?' }).getByLabel('Older children').check();
  await page.getByRole('group', { name: 'Read each screen aloud when it opens?' }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like to do?' })).toBeVisible();

  await page.getByRole('link', { name: /About me/ }).click();
  await page.locator('#likes-answer-1').fill(WORDS);
  await page.getByRole('link', { name: /Done/ }).click();
  await page.getByRole('link', { name: /Three houses/ }).click();
  await page.getByRole('button', { name: 'House of dreams' }).click();
  await page.getByRole('button', { name: 'Draw a picture' }).click();
  await page.getByRole('button', { name: 'Heart' }).click();
  await page.getByRole('button', { name: 'I have finished my drawing' }).click();
  await page.getByLabel('What is your drawing called?').fill('My new room');
  await expect(page.getByRole('img', { name: 'My new room' })).toBeVisible();
  await page.getByRole('link', { name: /Done/ }).click();
  await page.getByRole('link', { name: /Look at everything I said/ }).click();
  await page.getByRole('button', { name: "I'm finished" }).click();
  await page.getByRole('link', { name: 'Give the device back' }).click();
  await page.getByLabel('PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'After the session' })).toBeVisible();
  return record;
}

test('the print view: the whole record on screen, on paper and as a PDF', async ({ page }, testInfo) => {
  // window.print() opens a dialog a headless browser cannot show: count calls.
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  const record = await recordWithASession(page);
  await page.goto(record);
  await page.getByRole('link', { name: 'Print or save as PDF' }).click();
  await expect(page).toHaveURL(`${record}/print`);
  await expect(page).toHaveTitle('Print or save the case record – casevoice');
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Case details',
    'Children',
    'Adults and parties',
    'Visits and contacts',
    "The children's views",
    'Checks and safeguarding',
    'Welfare checklist',
    'Recommendation and sign-off',
  ]);
  await expect(page.getByRole('heading', { level: 3, name: 'Ola Nowak' })).toHaveCount(3);
  await expect(page.getByRole('heading', { level: 5 })).toHaveText([
    'How the session was set up',
    'What the child said',
    "The practitioner's record of the session",
  ]);

  // The child's words, exactly, under a label that says whose they are.
  const words = page.locator('.print-childs-words').filter({ hasText: WORDS });
  await expect(words.locator('.print-item__by')).toHaveText("The child's own words");
  await expect(words.locator('blockquote')).toHaveText(WORDS, { useInnerText: true });
  const drawing = page.locator('.print-childs-words').filter({ has: page.getByRole('img', { name: 'My new room' }) });
  await expect(drawing.locator('.print-item__by').first()).toHaveText('Drawn by the child');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Print this page' }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);

  // As printed: the content only.
  await page.emulateMedia({ media: 'print' });
  for (const chrome of [
    page.getByRole('banner'),
    page.getByRole('contentinfo'),
    page.getByRole('navigation'),
    page.getByRole('link', { name: 'Skip to main content' }),
    page.getByRole('link', { name: 'Back' }),
    page.getByRole('button', { name: 'Print this page' }),
  ]) {
    await expect(chrome).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  await expect(words).toBeVisible();
  await expect(page.getByRole('img', { name: 'My new room' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('print-media.png'), fullPage: true });

  // Chromium's own printing, with the page size and margins the stylesheet sets.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  await testInfo.attach('record.pdf', { body: pdf, contentType: 'application/pdf' });
  fs.writeFileSync(testInfo.outputPath('record.pdf'), pdf);
  const bytes = pdf.toString('latin1');
  expect(bytes.startsWith('%PDF-')).toBe(true);
  const pages = bytes.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  // Ola's sessions and her welfare checklist each start a page of their own.
  expect(pages.length).toBeGreaterThanOrEqual(3);
  // A4, as @page asks: 210 × 297 mm is 595.3 × 841.9 points (Chromium rounds
  // to whole CSS pixels, so 594.96 × 841.92).
  const boxes = [...bytes.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  expect(boxes.length).toBe(pages.length);
  for (const [, width, height] of boxes) {
    expect(Math.abs(Number(width) - 595.3)).toBeLessThan(1);
    expect(Math.abs(Number(height) - 841.9)).toBeLessThan(1);
  }
});
