// Every task by keyboard alone, as someone who cannot use a pointer does it:
// only Tab, Shift+Tab, Enter, Space, the arrow keys and typing. Locators only
// find what to reach; every action is a key. At each control reached, the
// focus must show and nothing sticky may cover it.
import { readFileSync } from 'node:fs';
import { test, expect, PASSPHRASE } from './fixtures.js';
import { expectFocusShown, tabTo } from './a11y-checks.js';
import { importFixture, RECORD } from './a11y-tour.js';

const PIN = '1357';

/** Tabs to `locator` (back with Shift+Tab when `back`), checking the focus shows. */
async function reach(page, locator, options) {
  await tabTo(page, locator, { limit: 160, ...options });
  await expectFocusShown(page);
}

async function typeInto(page, locator, text) {
  await reach(page, locator);
  await page.keyboard.type(text);
}

async function press(page, locator, key = 'Enter') {
  await reach(page, locator);
  await page.keyboard.press(key);
}

/** Ticks a checkbox with Space. */
async function tick(page, locator) {
  await press(page, locator, 'Space');
  await expect(locator).toBeChecked();
}

/** Chooses the radio `name` in `group`: Tab into the group, arrows to the option, Space. */
async function choose(page, group, name) {
  const target = group.getByRole('radio', { name, exact: true }).first();
  await reach(page, group.getByRole('radio').first());
  const count = await group.getByRole('radio').count();
  for (let i = 0; i < count && !(await target.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
  await expectFocusShown(page);
}

async function typeDate(page, group, [day, month, year]) {
  await typeInto(page, group.getByLabel('Day'), day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

const heading = (page, name) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
const button = (page, name) => page.getByRole('button', { name, exact: true });
const link = (page, name) => page.getByRole('link', { name, exact: true });
const save = (page) => press(page, button(page, 'Save and continue'));
const group = (page, name) => page.getByRole('group', { name, exact: true });

/** Back to the record's task list by its Back links. */
async function toTaskList(page) {
  while (!(await page.getByRole('heading', { level: 1, name: 'Case record' }).isVisible())) {
    await press(page, link(page, 'Back'), 'Enter');
  }
}

test('a whole record by keyboard: passphrase, every section, check answers, export, settings and the lock shortcut', async ({
  page,
}) => {
  test.setTimeout(240_000);
  page.autoUnlock = false;
  await page.goto('/');
  await heading(page, 'Set a passphrase for this device');
  await typeInto(page, page.getByLabel('Passphrase', { exact: true }), PASSPHRASE);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await heading(page, 'Case records');

  // Settings first: the name given there is not asked for again (WCAG 3.3.7).
  await press(page, link(page, 'Settings'));
  await heading(page, 'Settings');
  await typeInto(page, page.getByLabel('Your name'), 'Sam Okafor');
  await press(page, button(page, 'Save settings'));
  await expect(page.getByText('Your settings have been saved')).toBeVisible();
  await press(page, link(page, 'Go to case records'));
  await heading(page, 'Case records');

  await press(page, button(page, 'Start a new case record'));
  await typeInto(page, page.getByLabel('Case number'), 'BW22C50019');
  await page.keyboard.press('Enter');

  await heading(page, 'Case details');
  await typeInto(page, page.getByLabel('Court', { exact: true }), 'Bristol Civil and Family Justice Centre');
  await tick(page, page.getByLabel('Child arrangements order'));
  await typeDate(page, group(page, 'Application date'), ['3', '4', '2025']);
  await expect(page.getByLabel("Practitioner's name")).toHaveValue('Sam Okafor');
  await save(page);
  await heading(page, 'Case record');

  await press(page, link(page, 'Children'));
  await press(page, button(page, 'Add a child'));
  await heading(page, 'About the child');
  await typeInto(page, page.getByLabel('First names'), 'Aleksandra');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nowak');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ola');
  await typeDate(page, group(page, 'Date of birth'), ['14', 'feb', '2016']);
  await choose(page, group(page, 'Sex'), 'Female');
  await choose(page, group(page, 'Ethnicity'), 'Any other White background');
  await typeInto(page, page.getByLabel('First language'), 'Polish');
  await choose(page, group(page, 'Does the child need an interpreter?'), 'No');
  await tick(page, page.getByLabel('No disability'));
  await typeInto(page, page.getByLabel('Address (optional)'), '1 Example Street, Bristol');
  await page.keyboard.press('Tab');
  await page.keyboard.type('BS1 6AH');
  await typeInto(page, page.getByLabel('Who does the child live with?'), 'Mother');
  await save(page);
  await expect(page.getByRole('term').filter({ hasText: 'Ola Nowak' })).toBeVisible();
  await toTaskList(page);

  await press(page, link(page, 'Adults and parties'));
  await press(page, button(page, 'Add an adult'));
  await typeInto(page, page.getByLabel('Full name'), 'Joanna Nowak');
  await choose(page, group(page, 'Part in the proceedings'), 'Applicant');
  await typeInto(page, page.getByLabel('Relationship to Ola Nowak'), 'Mother');
  await typeDate(page, group(page, 'Date of birth'), ['27', '3', '1990']);
  // The child's address, already given, is offered rather than typed again.
  await press(page, button(page, 'Same address as Ola Nowak'));
  await expect(page.getByLabel('Address', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Address', { exact: true })).toHaveValue('1 Example Street, Bristol');
  await expect(page.getByLabel('Postcode')).toHaveValue('BS1 6AH');
  await typeInto(page, page.getByLabel('Telephone number'), '07700 900 982');
  await choose(page, group(page, 'Does the adult need an interpreter?'), 'No');
  await choose(page, group(page, 'Must their contact details be kept from the other parties?'), 'No');
  await save(page);
  await expect(page.getByRole('term').filter({ hasText: 'Joanna Nowak' })).toBeVisible();
  await toTaskList(page);

  await press(page, link(page, 'Visits and contacts'));
  await press(page, button(page, 'Add a visit or contact'));
  await typeDate(page, group(page, 'Date of the visit'), ['10', '4', '2025']);
  await typeInto(page, page.getByLabel('Start time'), '10:00');
  await typeInto(page, page.getByLabel('End time'), '11:15');
  await choose(page, group(page, 'Type of visit or contact'), 'Home visit');
  await typeInto(page, page.getByLabel('Where did it take place?'), "Mother's home");
  await typeInto(page, page.getByLabel('Who was present?'), 'Ola and her mother');
  await choose(page, group(page, 'Was Ola Nowak seen?'), 'Yes');
  await choose(page, group(page, 'Was Ola Nowak seen alone?'), 'Yes');
  await typeInto(page, page.getByLabel('Notes', { exact: true }), 'Ola showed me her room.');
  await save(page);
  await heading(page, 'Visits and contacts');
  await toTaskList(page);

  await press(page, link(page, 'Checks and safeguarding'));
  await typeDate(page, group(page, 'Police check (PNC)').getByRole('group', { name: 'Date requested' }), ['10', '4', '2025']);
  await typeDate(page, group(page, 'Local authority check').getByRole('group', { name: 'Date requested' }), ['10', '4', '2025']);
  await save(page);
  await tick(page, page.getByLabel('No factors identified'));
  await choose(page, page.getByRole('group', { name: /^Harm/ }), 'No harm');
  await typeInto(page, page.getByLabel('What is happening for this child?'), 'Ola is settled.');
  await save(page);
  await heading(page, 'Case record');

  await press(page, link(page, 'Welfare checklist'));
  await press(page, link(page, 'Ola Nowak'));
  const boxes = page.locator('main textarea');
  for (let i = 0; i < (await boxes.count()); i += 1) {
    await typeInto(page, boxes.nth(i), `Answer ${i + 1}`);
  }
  await save(page);
  await toTaskList(page);

  await press(page, link(page, 'Recommendation and sign-off'));
  await typeInto(page, page.getByLabel('Recommendation', { exact: true }), 'Ola lives with her mother.');
  await choose(page, group(page, 'Is a further welfare report needed?'), 'No');
  await tick(page, page.getByLabel('I confirm this record is accurate and complete to the best of my knowledge'));
  await save(page);
  await heading(page, 'Case record');

  await press(page, link(page, 'Check your answers and mark the record as complete'));
  await heading(page, 'Check your answers');
  await press(page, button(page, 'Mark as complete'));
  await expect(page.getByText('This record is complete.')).toBeVisible();
  await toTaskList(page);

  const download = page.waitForEvent('download');
  await press(page, button(page, 'Download the record (JSON)'));
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.record.case_details.practitioner_name).toBe('Sam Okafor');
  expect(file.record.adults[0].postcode).toBe('BS1 6AH');

  // Locked by the shortcut, unlocked by typing: back where they were.
  await page.keyboard.press('Control+Alt+L');
  await expect(page.locator('html[data-vault="locked"]')).toBeAttached();
  await typeInto(page, page.getByLabel('Passphrase', { exact: true }), PASSPHRASE);
  await page.keyboard.press('Enter');
  await heading(page, 'Case record');
});

test('a child’s-voice session by keyboard: set-up, every activity, a drawing, sharing, read back and the PIN', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await importFixture(page);
  await heading(page, 'Case record');

  await press(page, link(page, 'Settings'));
  await typeInto(page, page.getByLabel('New PIN', { exact: true }), PIN);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your PIN has been saved')).toBeVisible();

  await press(page, link(page, 'casevoice'));
  await press(page, link(page, 'ZW19P01392'));
  await press(page, link(page, "The children's views"));
  await press(page, page.getByRole('button', { name: /^Set up a session with the child/ }));
  await heading(page, 'Set up a session with the child');
  await typeInto(page, page.getByLabel('Who is present?'), 'Amy and me');
  await typeInto(page, page.getByLabel('Where is the session taking place?'), 'A quiet room');
  await choose(page, group(page, 'Which version will the child use?'), 'Younger children');
  await choose(page, group(page, 'Read each screen aloud when it opens?'), 'No');
  await press(page, button(page, 'Start the session'));
  await heading(page, 'What would you like to do?');
  const menu = new URL(page.url()).pathname;

  await press(page, page.getByRole('link', { name: /About me/ }));
  await heading(page, 'About me');
  await typeInto(page, page.locator('#likes-answer-1'), 'Football');
  // Going back with Shift+Tab, more than three times, is moving, not "Exit this page".
  await reach(page, page.getByRole('button', { name: 'Read this to me' }), { back: true });
  await expect(page).toHaveURL(/\/about-me$/);

  // A drawing, by keyboard: the ring moved with the arrows, the pen put down and lifted with Space.
  await press(page, page.getByRole('button', { name: 'Draw a picture' }).first());
  const canvas = page.locator('canvas');
  await reach(page, canvas);
  await page.keyboard.press('Space');
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await press(page, button(page, 'Star'));
  await press(page, button(page, 'I have finished my drawing'));
  await typeInto(page, page.getByLabel('What is your drawing called?'), 'My dog');
  await expect(page.getByRole('img', { name: 'My dog' })).toBeVisible();
  await press(page, page.getByRole('link', { name: /Done/ }));
  await expect(page).toHaveURL(new RegExp(`${menu}$`));

  await press(page, page.getByRole('link', { name: /How I feel/ }));
  await press(page, button(page, 'Happy'), 'Space');
  await expect(button(page, 'Happy')).toHaveAttribute('aria-pressed', 'true');
  await reach(page, page.getByRole('radio').first());
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '6' })).toBeChecked();
  await press(page, page.getByRole('link', { name: /Done/ }));

  await press(page, page.getByRole('link', { name: /Three houses/ }));
  await press(page, button(page, 'House of dreams'));
  await expect(page.locator('#dreams-question')).toBeFocused();
  await typeInto(page, page.locator('#dreams-answer-1'), 'A puppy');
  await press(page, page.getByRole('link', { name: /Done/ }));

  await press(page, page.getByRole('link', { name: /People who matter to me/ }));
  await typeInto(page, page.getByLabel('Their name').first(), 'Nan');
  await press(page, button(page, 'Very close to me').first(), 'Space');
  await expect(button(page, 'Very close to me').first()).toHaveAttribute('aria-pressed', 'true');
  await press(page, page.getByRole('link', { name: /Done/ }));

  await press(page, page.getByRole('link', { name: /Choose who can see what I said/ }));
  const first = page.getByRole('group').first();
  await press(page, first.getByRole('button', { name: 'The judge' }));
  await expect(first.getByRole('button', { name: 'The judge' })).toHaveAttribute('aria-pressed', 'true');
  await press(page, page.getByRole('link', { name: /Back to the list/ }));

  await press(page, page.getByRole('link', { name: /Look at everything I said/ }));
  await heading(page, 'Everything you said');
  await expect(page.getByText('A drawing: My dog')).toBeVisible();
  await press(page, button(page, "I'm finished"));
  await heading(page, 'Thank you');
  await press(page, page.getByRole('link', { name: 'Give the device back' }));
  await typeInto(page, page.getByLabel('PIN', { exact: true }), PIN);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${RECORD}/voice/[0-9a-f-]{36}$`));
});
