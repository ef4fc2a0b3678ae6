// The practitioner's side of the child's voice: setting a session up (errors
// first, then the PIN it needs), and after the child has finished: their words,
// the practitioner's own answers, the safety action and what the child was told.
// axe runs on every page and state visited.
import { test, expect } from './fixtures.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

const PIN = '1357';
const summaryLinks = (page) => page.locator('.error-summary').getByRole('link');

/** A new record with one child, Ola Nowak, on the record's task list. */
async function recordWithOla(page) {
  const path = await startNewRecord(page);
  const record = path.replace(/\/case-number$/, '');
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill('Ola');
  await page.getByLabel('Last name').fill('Nowak');
  await page.goto(record);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  return record;
}

async function fillSetUp(page) {
  await page.getByLabel('Who is present?').fill('Ola and me');
  await page.getByLabel('Where is the session taking place?').fill("A quiet room at Ola's school");
  await page.getByRole('group', { name: 'Which version will the child use?' }).getByLabel('Younger children').check();
}

test('setting up a session: errors first, read aloud follows the version, and no start without a PIN', async ({ page }) => {
  const record = await recordWithOla(page);
  await page.getByRole('link', { name: "The children's views", exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: "The child's voice" })).toBeVisible();
  await expect(page).toHaveTitle("The child's voice – casevoice");
  await expect(page.getByText('No sessions yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Set up a session with the child (Ola Nowak)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a session with the child' })).toBeVisible();
  await expect(page.getByLabel("The scale's question")).toHaveValue('How are things at home?');
  await expectNoAxeViolations(page);

  // Nothing given, and the scale's question taken out.
  await page.getByLabel("The scale's question").fill('');
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page).toHaveTitle('Error: Set up a session with the child – casevoice');
  await expect(summaryLinks(page)).toHaveText([
    'Enter who is present',
    'Enter where the session is taking place',
    'Select which version the child will use',
    'Select yes if the screens should be read aloud when they open',
    'Enter the question the scale asks',
  ]);
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.getByLabel('Who is present?')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await fillSetUp(page);
  // Younger children: read aloud is on unless the practitioner says otherwise.
  const readAloud = page.getByRole('group', { name: 'Read each screen aloud when it opens?' });
  await expect(readAloud.getByLabel('Yes')).toBeChecked();
  await page.getByLabel("The scale's question").fill('How is school?');
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(page.getByText('Set a PIN before you start a session')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Set a PIN in settings' })).toHaveAttribute('href', '/settings');
  await expect(page).toHaveURL(/\/set-up$/);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.locator('.voice-session .tag')).toHaveText(['Not started']);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Continue setting up (Ola Nowak, Session 1)' }).click();
  await expect(page.getByLabel("The scale's question")).toHaveValue('How is school?');
  await page.getByRole('button', { name: 'Delete this session' }).click();
  await expect(page).toHaveURL(new RegExp(`${record}/voice$`));
  await expect(page.getByText('No sessions yet.')).toBeVisible();
});

test('after the session: the child\'s words read-only, the practitioner\'s answers, the safety action and what the child was told', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('New PIN', { exact: true }).fill(PIN);
  await page.getByLabel('Enter the new PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your PIN has been saved' })).toBeVisible();

  const record = await recordWithOla(page);
  await page.goto(`${record}/voice`);
  await page.getByRole('button', { name: 'Set up a session with the child (Ola Nowak)' }).click();
  await fillSetUp(page);
  await page.getByRole('group', { name: 'Read each screen aloud when it opens?' }).getByLabel('No').check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like to do?' })).toBeVisible();

  // The child says they feel scared, then finishes.
  await page.getByRole('link', { name: /How I feel/ }).click();
  await page.getByRole('button', { name: 'Scared' }).click();
  await expect(page.getByRole('button', { name: 'Scared' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: /Done/ }).click();
  await page.getByRole('link', { name: /Look at everything I said/ }).click();
  await page.getByRole('button', { name: "I'm finished" }).click();
  await page.getByRole('link', { name: 'Give the device back' }).click();
  await page.getByRole('textbox', { name: /PIN/ }).fill(PIN);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'After the session' })).toBeVisible();
  await expect(page.locator('.voice-feelings')).toHaveText(/Scared/);
  await expect(page.locator('.voice-item .tag--red')).toHaveText('Safety concern');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(summaryLinks(page)).toHaveText([
    'Enter your observations',
    "Select how the child was supported, or select 'No extra support'",
    'Enter what the child understood about why they were asked',
  ]);
  await expectNoAxeViolations(page);
  await page.getByLabel('Your observations').fill('Ola was quiet at first, then chatty.');
  await page.getByLabel('No extra support').check();
  await page.getByLabel('What did the child understand about why they were asked?').fill('That the judge will decide');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  // A safety concern: the practitioner is asked what they did, and reminded until they say.
  await expect(page.getByRole('heading', { level: 1, name: 'What you did about a safety concern' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(record);
  await expect(page.locator('.notification-banner--important')).toContainText(
    'Record what you did about a safety concern from a session with Ola Nowak.',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Record what you did (Ola Nowak)' }).click();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(summaryLinks(page)).toHaveText(['Enter what you did about what the child said']);
  await expectNoAxeViolations(page);
  await page.getByLabel('What did you do about it?').fill('Spoke to the duty social worker the same day.');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: "The child's voice" })).toBeVisible();
  await expect(page.locator('.notification-banner--important')).toHaveCount(0);
  await expect(page.locator('.voice-session .tag')).toHaveText(['Finished']);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'What the child was told (Ola Nowak, Session 1)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What the child was told' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('What was the child told about how their views were used?').fill('The judge read your letter.');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(summaryLinks(page)).toHaveText(['Enter the date the child was told']);
  await expectNoAxeViolations(page);
  const told = page.getByRole('group', { name: 'When was the child told?' });
  const today = new Date();
  await told.getByLabel('Day').fill(String(today.getDate()));
  await told.getByLabel('Month').fill(String(today.getMonth() + 1));
  await told.getByLabel('Year').fill(String(today.getFullYear()));
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "The child's voice" })).toBeVisible();

  // The risk page shows the action, read-only, with a link to change it.
  await page.goto(`${record}/risk`);
  await expect(page.locator('.voice-safety-actions')).toContainText('Spoke to the duty social worker the same day.');
  await expectNoAxeViolations(page);
  // A started session's set-up is read-only.
  await page.goto(`${record}/voice`);
  await page.getByRole('link', { name: 'View the session (Ola Nowak, Session 1)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'After the session' })).toBeVisible();
});
