// The child's voice end to end: a younger child's session by touch and an older
// child's by keyboard alone, from the practitioner setting it up to the PIN that
// ends it, with axe on every child screen. Speech synthesis is replaced in the
// test (never in the app) by a stand-in that records what it was asked to say.
import { test, expect } from './fixtures.js';
import { storedRecord } from './vault-reader.js';
import { expectNoAxeViolations, startNewRecord } from './helpers.js';

const PIN = '2468';

/** Records every utterance instead of speaking it. */
function stubSpeech() {
  window.__spoken = [];
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    speak(u) {
      window.__spoken.push({ text: u.text, lang: u.lang });
      setTimeout(() => u.onend && u.onend(new Event('end')), 0);
    },
    cancel() {},
    pause() {},
    resume() {},
    getVoices: () => [{ lang: 'en-GB', name: 'Test voice', default: true, localService: true, voiceURI: 'test' }],
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

const spoken = (page) => page.evaluate(() => window.__spoken.map((u) => u.text).join('\n'));

async function setPin(page) {
  await page.goto('/settings');
  await page.getByLabel('New PIN', { exact: true }).fill(PIN);
  await page.getByLabel('Enter the new PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your PIN has been saved' })).toBeVisible();
}

/** A record with one child called `name`, on the child's-voice page. */
async function recordWithChild(page, name) {
  const path = await startNewRecord(page);
  const record = path.replace(/\/case-number$/, '');
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('First names').fill(name);
  await page.goto(`${record}/voice`);
  await expect(page.getByRole('heading', { level: 1, name: "The child's voice" })).toBeVisible();
  return record;
}

async function setUpSession(page, version, readAloud) {
  await page.getByRole('button', { name: /Set up a session with/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up a session with the child' })).toBeVisible();
  await page.getByLabel('Who is present?').fill('The child and me');
  await page.getByLabel('Where is the session taking place?').fill('A quiet room at school');
  await page.getByRole('group', { name: 'Which version will the child use?' }).getByLabel(version).check();
  await page.getByRole('group', { name: 'Read each screen aloud when it opens?' }).getByLabel(readAloud).check();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What would you like to do?' })).toBeVisible();
  await expect(page).toHaveURL(/\/child\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
}

/** The stored record, as autosave last wrote it (opened with the passphrase). */
async function stored(page, record) {
  return storedRecord(page, record.split('/').pop());
}

const items = async (page, record) => ((await stored(page, record))?.voice_sessions?.[0]?.items ?? []);

async function leaveWithPin(page) {
  await page.getByRole('link', { name: 'Give the device back' }).click();
  await page.getByLabel('PIN', { exact: true }).fill('0000');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('link', { name: 'The PIN is not right' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('PIN', { exact: true }).fill(PIN);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\/voice\/[0-9a-f-]{36}$/);
}

test.describe('a younger child, by touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 768, height: 1024 } });

  test('pictures and faces, a drawing, sharing, read back and the PIN', async ({ page }) => {
    await page.addInitScript(stubSpeech);
    await setPin(page);
    const record = await recordWithChild(page, 'Amy');
    await setUpSession(page, 'Younger children', 'Yes');

    // Read aloud is on: the menu is read as soon as it shows.
    await expect.poll(() => spoken(page)).toContain('What would you like to do?');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /How I feel/ }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'How I feel' })).toBeVisible();
    await page.getByRole('button', { name: 'Happy' }).tap();
    await page.getByRole('button', { name: 'Scared' }).tap();
    await expect(page.getByRole('button', { name: 'Happy' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Scared' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByText('7', { exact: true }).tap();
    await expect(page.getByRole('radio', { name: '7' })).toBeChecked();
    await page.evaluate(() => (window.__spoken = []));
    await page.getByRole('button', { name: 'Read this to me' }).tap();
    await expect.poll(() => spoken(page)).toContain('How do you feel?');
    expect(await spoken(page)).toContain('Happy');
    expect(await spoken(page)).toContain('10 is the top.');
    expect(await spoken(page)).not.toContain('Exit this page');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /Done/ }).tap();

    await page.getByRole('link', { name: /Three houses/ }).tap();
    await expect(page.getByRole('heading', { level: 2, name: 'Which house do you want to start with?' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'House of dreams' }).tap();
    await page.getByRole('button', { name: 'Draw a picture' }).tap();
    const canvas = page.locator('canvas');
    await expect(canvas).toBeVisible();
    const box = await canvas.boundingBox();
    await page.touchscreen.tap(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'I have finished my drawing' }).tap();
    await page.getByLabel('What is your drawing called?').fill('A puppy');
    await expect(page.getByRole('img', { name: 'A puppy' })).toBeVisible();
    // The drawing is a real, non-empty PNG in the stored record.
    await expect
      .poll(async () => (await items(page, record)).find((i) => i.content.kind === 'drawing')?.content.title)
      .toBe('A puppy');
    const drawing = (await items(page, record)).find((i) => i.content.kind === 'drawing');
    expect(drawing.content.png.startsWith('iVBORw0KGgo')).toBe(true);
    expect(Buffer.from(drawing.content.png, 'base64').length).toBeGreaterThan(2000);
    expect(drawing.author).toBe('child');
    await page.getByRole('link', { name: /Done/ }).tap();

    await page.getByRole('link', { name: /Choose who can see what I said/ }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Who can see what I said' })).toBeVisible();
    await expectNoAxeViolations(page);
    const firstChoice = page.getByRole('group').first();
    await expect(firstChoice.getByRole('button', { name: 'Nobody else yet' })).toHaveAttribute('aria-pressed', 'true');
    await firstChoice.getByRole('button', { name: 'The judge' }).tap();
    await expect(firstChoice.getByRole('button', { name: 'The judge' })).toHaveAttribute('aria-pressed', 'true');
    await expect(firstChoice.getByRole('button', { name: 'Nobody else yet' })).toHaveAttribute('aria-pressed', 'false');
    await page.getByRole('link', { name: /Back to the list/ }).tap();

    await page.getByRole('link', { name: /Look at everything I said/ }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Everything you said' })).toBeVisible();
    await expect.poll(() => spoken(page)).toContain('Everything you said');
    await expect(page.getByText('A drawing: A puppy')).toBeVisible();
    await expect(page.getByText('Happy', { exact: false }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: "I'm finished" }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
    await expectNoAxeViolations(page);

    await leaveWithPin(page);
    // The child said they felt scared: the practitioner is asked what they did.
    const session = (await stored(page, record)).voice_sessions[0];
    expect(session.finished_at).toBeTruthy();
    expect(session.items.find((i) => i.prompt === 'feelings').content.feelings).toEqual(['happy', 'scared']);
    expect(session.items.find((i) => i.prompt === 'scale').content.value).toBe(7);
  });
});

/** Presses Tab until `locator` has the focus, as a keyboard user would. */
async function tabTo(page, locator, limit = 60) {
  const target = await locator.elementHandle();
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((el) => document.activeElement === el, target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${locator} with the Tab key`);
}

test('an older child, by keyboard alone: words kept exactly, a choice not to answer, a change before finishing', async ({ page }) => {
  await page.addInitScript(stubSpeech);
  await setPin(page);
  const record = await recordWithChild(page, 'Jordan');
  await setUpSession(page, 'Older children', 'No');
  expect(await spoken(page)).toBe('');

  await tabTo(page, page.getByRole('link', { name: /About me/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'About me' })).toBeVisible();
  await expectNoAxeViolations(page);
  const likes = page.locator('#likes-answer-1');
  await tabTo(page, likes);
  const words = 'Gaming, and  my cat  Mochi 🐱 <b>not bold</b>';
  await page.keyboard.type(words);
  await tabTo(page, page.locator('#lives-with-answer-1'));
  await page.keyboard.type('Mum and my brother');
  await expect
    .poll(async () => (await items(page, record)).find((i) => i.prompt === 'likes')?.content.text)
    .toBe(words);
  await tabTo(page, page.getByRole('button', { name: "I don't want to answer this" }).nth(1));
  await page.keyboard.press('Enter');
  await expect(page.getByText("You chose not to answer this. That's OK.")).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: /Done/ }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('link', { name: /People who matter to me/ }));
  await page.keyboard.press('Enter');
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByLabel('Their name').first());
  await page.keyboard.type('Nan');
  await tabTo(page, page.getByRole('button', { name: 'Very close to me' }).first());
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Very close to me' }).first()).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, page.getByRole('link', { name: /Done/ }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('link', { name: /For the judge/ }));
  await page.keyboard.press('Enter');
  await expectNoAxeViolations(page);
  // Radios take one Tab stop; the arrow keys choose within them.
  await tabTo(page, page.getByRole('radio', { name: 'I am writing' }).first());
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'The grown-up is writing my words' }).first()).toBeChecked();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('#judge-letter-answer-1')).toBeFocused();
  await page.keyboard.type('Please let me see my dad at weekends.');
  await tabTo(page, page.getByRole('radio', { name: 'Yes, please write back to me' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('link', { name: /Done/ }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('link', { name: /What I would like to happen/ }));
  await page.keyboard.press('Enter');
  await expectNoAxeViolations(page);
  await tabTo(page, page.locator('#wishes-answer-1'));
  await page.keyboard.type('Stay at my school');
  await tabTo(page, page.getByRole('link', { name: /Done/ }));
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('link', { name: /Look at everything I said/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Everything you said' })).toBeVisible();
  await expect(page.getByText('Written by the grown-up for you')).toBeVisible();
  // Changing their mind: the wish comes out before finishing.
  const wish = page.locator('.child-read-back', { hasText: 'Stay at my school' });
  await tabTo(page, wish.getByRole('button', { name: 'Take this out' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Stay at my school')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('button', { name: "I'm finished" }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
  await leaveWithPin(page);

  const session = (await stored(page, record)).voice_sessions[0];
  const letter = session.items.find((i) => i.prompt === 'judge_letter');
  expect(letter.author).toBe('practitioner_for_child');
  expect(letter.verbatim).toBe(true);
  expect(session.items.find((i) => i.prompt === 'judge_write_back').content.answer).toBe('yes');
  expect(session.items.find((i) => i.prompt === 'wishes')).toBeUndefined();
  expect(session.declined).toEqual(['good_at']);
  expect(session.items.every((i) => !i.sharing.judge && !i.sharing.parents_or_carers)).toBe(true);
});
