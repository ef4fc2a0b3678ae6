// Child mode's safety end to end: once a session starts, nothing but the child's
// own screens shows (back, URL edits, reload, another record), "Exit this page"
// (button or Shift three times) swaps them for a neutral page that survives a
// reload and the back button, and only the practitioner's PIN leaves.
import { test, expect, unlockIfAsked } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

// Each test sets a PIN and starts a session first; the PIN is hashed slowly on purpose.
test.describe.configure({ timeout: 60_000 });

const PIN = '8642';
const MENU = 'What would you like to do?';
const CHILD_MENU_URL = /\/child\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

async function setPin(page) {
  await page.goto('/settings');
  await page.getByLabel('New PIN', { exact: true }).fill('12');
  await page.getByLabel('Enter the new PIN again').fill('12');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expectErrorSummary(page, 'Enter a PIN of 4 to 8 digits');
  await expect(page).toHaveTitle('Error: Settings – casevoice');
  await expect(page.getByLabel('New PIN', { exact: true })).toHaveValue('');
  await expectNoAxeViolations(page);
  await page.getByLabel('New PIN', { exact: true }).fill(PIN);
  await page.getByLabel('Enter the new PIN again').fill('8641');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('link', { name: 'The PINs do not match' })).toBeVisible();
  await page.getByLabel('New PIN', { exact: true }).fill(PIN);
  await page.getByLabel('Enter the new PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByText('Your PIN has been saved')).toBeVisible();
  await expect(page).toHaveTitle('Settings – casevoice');
  await expectNoAxeViolations(page);
}

/** Starts a record and waits until it is stored, so a reload finds it. */
async function storedNewRecord(page) {
  const path = await startNewRecord(page);
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  return path.replace(/\/case-number$/, '');
}

/** A record with one child, Amy, whose session has started: the device is in child mode. */
async function childModeForAmy(page) {
  await setPin(page);
  const other = await storedNewRecord(page);
  const record = await storedNewRecord(page);
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Amy');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await page.goto(`${record}/voice`);
  await page.getByRole('button', { name: /Set up a session with/ }).click();
  await page.getByLabel('Who is present?').fill('Amy and me');
  await page.getByLabel('Where is the session taking place?').fill('A quiet room at school');
  await page.getByRole('group', { name: 'Which version will the child use?' }).getByLabel('Older children').check();
  await page.getByRole('group', { name: 'Read each screen aloud when it opens?' }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expectChildMenu(page);
  return { record, other, menu: new URL(page.url()).pathname };
}

/** The child's menu in the child-mode frame, with nothing of the practitioner's. */
async function expectChildMenu(page) {
  await expect(page.getByRole('heading', { level: 1, name: MENU })).toBeVisible();
  await expect(page).toHaveURL(CHILD_MENU_URL);
  await expect(page.getByRole('button', { name: 'Exit this page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'casevoice' })).toHaveCount(0);
}

/** The neutral page: nothing on screen, in the title or the address says what was there. */
async function expectNeutralPage(page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expect(page).toHaveTitle('Notes');
  await expect(page).toHaveURL(/\/$/);
  const body = (await page.locator('body').innerHTML()).toLowerCase();
  for (const word of ['amy', 'casevoice', 'child', 'court', 'exit this page']) {
    expect(body, `the neutral page shows "${word}"`).not.toContain(word);
  }
}

/** The GOV.UK error summary, focused, with a link to the field saying `message`. */
async function expectErrorSummary(page, message) {
  await expect(page.getByRole('alert').getByRole('link', { name: message })).toBeVisible();
  await expect(page.locator('.error-summary')).toBeFocused();
}

/** Gives a PIN and waits until it has been checked: the box is emptied then. */
async function enterPin(page, pin) {
  const box = page.getByLabel('PIN', { exact: true });
  await box.fill(pin);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(box).toHaveValue('');
}

test('in child mode back, URL edits, reload and another record all show only the child’s menu', async ({ page }) => {
  const { record, other, menu } = await childModeForAmy(page);
  await expectNoAxeViolations(page);

  await page.goBack();
  await expectChildMenu(page);
  for (const address of [`${record}/voice`, '/settings', '/', other, `${record}/history`, '/no/such/page']) {
    await page.goto(address);
    await expectChildMenu(page);
    expect(new URL(page.url()).pathname).toBe(menu);
  }
  await page.reload();
  await expectChildMenu(page);
  await page.goBack();
  await expectChildMenu(page);

  // The PIN screen says what it is for and leads back to the child's screens.
  await page.goto('/unlock');
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your PIN to leave child mode' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exit this page' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: "Back to the child's screens" }).click();
  await expectChildMenu(page);
});

test('Exit this page shows a neutral page at once that a reload and the back button keep', async ({ page }) => {
  const { record } = await childModeForAmy(page);
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await expectNeutralPage(page);
  await expectNoAxeViolations(page);

  await page.reload();
  await expectNeutralPage(page);
  await page.goBack();
  await expectNeutralPage(page);
  await page.goto(`${record}/voice`);
  await expectNeutralPage(page);

  // Only the PIN leaves, for the practitioner's page about the session. The
  // reload locked the app, so the passphrase comes first: it unlocks the data,
  // and child mode stays on until the PIN is given.
  await page.getByRole('link', { name: 'Continue' }).click();
  await unlockIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your PIN' })).toBeVisible();
  await expect(page).toHaveTitle('Enter your PIN');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectErrorSummary(page, 'Enter your PIN');
  await enterPin(page, '1111');
  await expectErrorSummary(page, 'The PIN is not right');
  await expect(page).toHaveTitle('Error: Enter your PIN');
  await expect(page.getByLabel('PIN', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.getByLabel('PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(new RegExp(`${record}/voice/[0-9a-f-]{36}$`));
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();

  // Out of child mode for good: a reload stays out, and the child's screens are gone.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Exit this page' })).toHaveCount(0);
});

test('locking after Exit this page keeps the neutral page on screen', async ({ page }) => {
  await childModeForAmy(page);
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await expectNeutralPage(page);
  await page.keyboard.press('Control+Alt+L');
  await expect(page.locator('html[data-vault="locked"]')).toBeAttached();
  await expectNeutralPage(page);
  await expectNoAxeViolations(page);
});

test('Shift pressed three times exits, and five wrong PINs in a row hold the PIN screen off', async ({ page }) => {
  await childModeForAmy(page);
  // From the PIN screen too, whose address must not stay in the address bar.
  await page.goto('/unlock');
  // Wait for the app to have read child mode back from storage before pressing.
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your PIN to leave child mode' })).toBeVisible();
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your PIN to leave child mode' })).toBeVisible();
  await page.keyboard.press('Shift');
  await expectNeutralPage(page);

  await page.getByRole('link', { name: 'Continue' }).click();
  for (let n = 0; n < 4; n += 1) {
    await enterPin(page, '0000');
    await expect(page.getByRole('link', { name: 'The PIN is not right' })).toBeVisible();
  }
  const heldOff = 'The wrong PIN was entered 5 times. Wait 30 seconds, then try again.';
  await enterPin(page, '0000');
  await expectErrorSummary(page, heldOff);
  // Even the right PIN is refused until the 30 seconds are up.
  await enterPin(page, PIN);
  await expectErrorSummary(page, heldOff);
  await expect(page.getByRole('heading', { level: 1, name: 'Enter your PIN' })).toBeVisible();
  await expectNoAxeViolations(page);
});
