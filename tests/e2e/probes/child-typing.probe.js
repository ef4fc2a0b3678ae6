// A child typing on their own screens (README, "Typing on the real pages"):
// an older child's "About me", first in a session holding only words, then
// after two drawings are in it, as the first keys of a session and the
// keys after a session's drawings would be; then an auditor typing feedback
// on that record. Timed as ./typing.probe.js times the practitioner's pages.
import { test, expect } from '../specs/fixtures.js';
import { startChildSession } from '../specs/helpers.js';
import { timeKeys } from '../../bench/key-timer.mjs';
import { typeInto } from './type-keys.js';

const PIN = '2468';

/** Draws a scribble across the whole pad, as a child filling it would. */
async function drawPicture(page, title) {
  await page.getByRole('button', { name: 'Draw a picture' }).first().click();
  const canvas = page.locator('canvas');
  await expect(canvas).toBeVisible();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.mouse.down();
  for (let i = 0; i < 12; i += 1) {
    const x = box.x + 10 + ((i % 2) * (box.width - 20));
    await page.mouse.move(x, box.y + 10 + (i * (box.height - 20)) / 11, { steps: 6 });
  }
  await page.mouse.up();
  await page.getByRole('button', { name: 'I have finished my drawing' }).click();
  await page.getByLabel('What is your drawing called?').fill(title);
  await expect(page.getByRole('img', { name: title })).toBeVisible();
}

test('a child typing on their screens, and an auditor', async ({ page }) => {
  await page.addInitScript(timeKeys);
  const record = await startChildSession(page, { name: 'Jordan', pin: PIN });
  await page.getByRole('link', { name: /About me/ }).click();
  await typeInto(page, 'child, about me, words only', page.locator('#likes-answer-1'));
  await page.getByRole('link', { name: /Done/ }).click();

  await page.getByRole('link', { name: /Three houses/ }).click();
  await page.getByRole('button', { name: 'House of dreams' }).click();
  await drawPicture(page, 'My dream house');
  await page.getByRole('button', { name: 'House of good things' }).click();
  await drawPicture(page, 'My good things');
  await page.getByRole('link', { name: /Done/ }).click();

  await page.getByRole('link', { name: /About me/ }).click();
  await typeInto(page, 'child, about me, after two drawings', page.locator('#good-at-answer-1'));

  // The practitioner takes the device back; a manager audits the record.
  await page.goto('/unlock');
  await page.getByLabel('PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\/voice\/[0-9a-f-]{36}$/);
  await page.goto(`${record}/audit`);
  await page.getByLabel('Your name').fill('Jo Manager');
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await page.getByRole('link', { name: 'Feedback for the practitioner' }).click();
  await typeInto(page, 'audit feedback, record with two drawings', page.getByLabel('Feedback for the practitioner'));
});
