// Welsh (Cymraeg): the language switch on every kind of page, the choice kept
// on the device (so even the unlock page opens in it), place and unsaved
// input kept when switching, dates written in Welsh, and read-aloud asking for
// a Welsh voice.
import { test, expect, PASSPHRASE } from './fixtures.js';
import { expectNoAxeViolations, setLanguage, startNewRecord } from './helpers.js';

test('a user switches to Welsh before setting up, and the choice outlives a reload and a lock', async ({ page }) => {
  page.autoUnlock = false;
  await page.goto('/');
  await expect(page.locator('html[data-vault="set-up"]')).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  // The switch names Welsh in Welsh, marked as Welsh for screen readers.
  const cymraeg = page.getByRole('button', { name: 'Cymraeg' });
  await expect(cymraeg).toHaveAttribute('lang', 'cy');
  await cymraeg.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/passphrase/i);
  await expectNoAxeViolations(page);

  await page.locator('#passphrase').fill(PASSPHRASE);
  await page.locator('#confirm-passphrase').fill(PASSPHRASE);
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator('html[data-vault="unlocked"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: 'Cofnodion achos' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Before anything is unlocked, the page is already Welsh.
  await page.reload();
  await expect(page.locator('html[data-vault="locked"]')).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('button', { name: 'Datgloi' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('switching language keeps the page, the focus of work and what was typed but not saved', async ({ page }) => {
  const path = await startNewRecord(page);
  const box = page.getByLabel('Case number');
  await box.fill('ZW19P0');
  await setLanguage(page, 'cy');
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  const welshBox = page.getByLabel('Rhif achos');
  await expect(welshBox).toHaveValue('ZW19P0');
  // Validation speaks Welsh too.
  await welshBox.fill('nonsense');
  await page.locator('main form button[type="submit"]').click();
  await expect(page.getByRole('alert')).toContainText('Rhowch rif achos');
  await expectNoAxeViolations(page);
  await setLanguage(page, 'en');
  await expect(page.getByLabel('Case number')).toHaveValue('nonsense');
  await expect(page.getByRole('alert')).toContainText('Enter a case number in the correct format');
});

test('dates and counts on the records list are written in Welsh', async ({ page }) => {
  await startNewRecord(page);
  await page.getByLabel('Case number').fill('ZW19P01392');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.goto('/');
  await setLanguage(page, 'cy');
  const months = 'Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr';
  await expect(page.getByRole('table')).toContainText(new RegExp(`\\d{1,2} (${months}) \\d{4} am \\d{1,2}:\\d{2}(yb|yh)`));
  await expectNoAxeViolations(page);
});

test('a browser that prefers Welsh starts in Welsh', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'cy-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html[data-vault="set-up"]')).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await context.close();
});

/** Records every utterance; the device has an English and a Welsh voice. */
function stubSpeechWithWelsh() {
  window.__spoken = [];
  const voices = [
    { lang: 'en-GB', name: 'English voice', default: true, localService: true, voiceURI: 'en' },
    { lang: 'cy-GB', name: 'Welsh voice', default: false, localService: true, voiceURI: 'cy' },
  ];
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    speak(u) {
      window.__spoken.push({ text: u.text, lang: u.lang, });
      setTimeout(() => u.onend && u.onend(new Event('end')), 0);
    },
    cancel() {},
    pause() {},
    resume() {},
    getVoices: () => voices,
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

test('a child switches their screens to Welsh: they read Welsh, hear a Welsh voice, and their words are kept as Welsh', async ({ page }) => {
  await page.addInitScript(stubSpeechWithWelsh);
  await page.goto('/settings');
  await page.getByLabel('New PIN', { exact: true }).fill('2468');
  await page.getByLabel('Enter the new PIN again').fill('2468');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your PIN has been saved' })).toBeVisible();
  const path = await startNewRecord(page);
  const record = path.replace(/\/case-number$/, '');
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Nia');
  await page.goto(`${record}/voice`);
  await page.getByRole('button', { name: /Set up a session with/ }).click();
  await page.getByLabel('Who is present?').fill('Nia and me');
  await page.getByLabel('Where is the session taking place?').fill('Her school');
  await page.getByRole('group', { name: 'Which version will the child use?' }).getByLabel('Older children').check();
  await page.getByRole('group', { name: 'Read each screen aloud when it opens?' }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like to do?' })).toBeVisible();

  // The switch is on the child's screens too, as large as their other buttons.
  const cymraeg = page.getByRole('button', { name: 'Cymraeg' });
  const size = await cymraeg.boundingBox();
  expect(size.height).toBeGreaterThanOrEqual(48);
  await cymraeg.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beth hoffet ti ei wneud?' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: /Amdana i/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amdana i' })).toBeVisible();
  await page.getByRole('textbox').first().fill("Dw i'n hoffi pêl-droed");
  await page.getByRole('button', { name: 'Darllena hwn i mi' }).click();
  await expect.poll(() => page.evaluate(() => window.__spoken.length)).toBeGreaterThan(0);
  const said = await page.evaluate(() => window.__spoken[0]);
  expect(said.lang).toBe('cy');
  // (A stand-in voice cannot be set on a real utterance; which voice is picked
  // for "cy" is tested natively in src/speech/voice.rs.)
  expect(said.text).toContain("Beth wyt ti'n ei hoffi?");
  await expectNoAxeViolations(page);

  // Stored with the language the child wrote in (read through the vault).
  const { storedRecord } = await import('./vault-reader.js');
  await expect
    .poll(async () => {
      const stored = await storedRecord(page, record.split('/').pop());
      const item = stored?.voice_sessions?.[0]?.items?.find((i) => i.content.kind === 'text');
      return item ? [item.content.text, item.lang] : null;
    })
    .toEqual(["Dw i'n hoffi pêl-droed", 'cy']);
});
