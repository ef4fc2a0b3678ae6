// A child typing on their own screens (README, "Typing on the real pages"):
// an older child's "About me", first in a session holding only words, then
// after two drawings are in it, as the first keys of a session and the
// keys after a session's drawings would be; then an auditor typing feedback
// on that record. Timed as ./typing.probe.js times the practitioner's pages.
import { test, expect } from '../specs/fixtures.js';
import { startChildSession } from '../specs/helpers.js';
import { timeKeys } from '../../bench/key-timer.mjs';
import { typeInto } from './type-keys.js';
import { drawInTwoHouses } from './draw-picture.js';

const PIN = '2468';

test('a child typing on their screens, and an auditor', async ({ page }) => {
  await page.addInitScript(timeKeys);
  const record = await startChildSession(page, { name: 'Jordan', pin: PIN });
  await page.getByRole('link', { name: /About me/ }).click();
  await typeInto(page, 'child, about me, words only', page.locator('#likes-answer-1'));
  await page.getByRole('link', { name: /Done/ }).click();

  await drawInTwoHouses(page);

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
