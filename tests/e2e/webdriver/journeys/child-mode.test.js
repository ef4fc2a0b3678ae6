// Child mode: the PIN hashed with the engine's Web Crypto, a session set up
// and started, the child's screens (feelings, the scale, a drawing made with
// the pointer, read aloud with the engine's own speech synthesis or a clear
// word that it cannot), Exit this page kept through a reload, and only the PIN
// leaving, for the practitioner's page with what the child gave.
import assert from 'node:assert/strict';
import { Origin } from 'selenium-webdriver';
import { storedRecord } from '../../specs/vault-reader.js';
import { journey } from '../journey.js';

const PIN = '8642';
const MENU = 'What would you like to do?';
const CANNOT_READ = [
  'This device cannot read out loud. Ask the grown-up with you to read it to you.',
  'This device has no voice that can read this out loud. Ask the grown-up with you to read it to you.',
];

async function setPin(app) {
  await app.goto('/settings');
  await app.fill('New PIN', PIN);
  await app.fill('Enter the new PIN again', PIN);
  await app.press('Save PIN');
  await app.sees('Your PIN has been saved');
}

/** A record with one child, Amy, whose session (younger children) has started. */
async function childModeForAmy(app) {
  await setPin(app);
  await app.goto('/');
  await app.press('Start a new case record');
  await app.saved();
  const record = (await app.path()).replace(/\/case-number$/, '');
  await app.goto(`${record}/children`);
  await app.press('Add a child');
  await app.fill('First names', 'Amy');
  await app.saved();
  await app.goto(`${record}/voice`);
  await app.press('Set up a session with', { exact: false });
  await app.fill('Who is present?', 'Amy and me');
  await app.fill('Where is the session taking place?', 'A quiet room at school');
  await app.choose('Younger children', await app.group('Which version will the child use?'));
  await app.choose('Yes', await app.group('Read each screen aloud when it opens?'));
  await app.press('Start the session');
  await app.heading(MENU);
  return record;
}

/**
 * Presses "Read this to me" and waits for what the child would notice: the
 * engine reads ("Stop reading", which stops it), or the page says it cannot.
 * Returns which, for the report.
 */
async function readAloud(app) {
  // A younger child's screen is read as soon as it opens: stopped first.
  const button = await app.one(() => app.css('.read-aloud__button'), '"Read this to me"');
  if ((await button.getText()).includes('Stop reading')) await app.press('Stop reading');
  await app.press('Read this to me');
  const outcome = await app.until(async () => {
    const text = await app.text();
    return CANNOT_READ.find((words) => text.includes(words)) ?? (text.includes('Stop reading') && 'reading');
  }, 'reading aloud to start, or the page to say it cannot');
  if (outcome === 'reading') {
    await app.press('Stop reading');
    await app.button('Read this to me');
  }
  return outcome;
}

/** A stroke across the canvas with the mouse, as pointer events. */
async function drawStroke(app, canvas) {
  const { width, height } = await canvas.getRect();
  const from = { x: Math.round(-width / 4), y: Math.round(-height / 4) };
  const actions = app.driver.actions({ async: true });
  await actions.move({ origin: canvas, ...from }).press().perform();
  for (let step = 1; step <= 8; step += 1) {
    await actions.move({ origin: Origin.POINTER, x: Math.round(width / 32), y: Math.round(height / 32) }).perform();
  }
  await actions.release().perform();
  await actions.move({ origin: canvas, x: Math.round(width / 4), y: 0 }).click().perform();
}

journey("a child's session: feelings, a drawing by pointer, read aloud, Exit this page kept through a reload, then the PIN", async (app, t) => {
  const record = await childModeForAmy(app);
  assert.equal((await app.css('header a[href="/settings"]')).length, 0, 'no settings link in child mode');

  await app.follow('How I feel', { exact: false });
  await app.heading('How I feel');
  const happy = await app.button('Happy');
  await app.click(happy);
  await app.until(async () => (await happy.getAttribute('aria-pressed')) === 'true', '"Happy" to be pressed');
  await app.choose('7');
  t.diagnostic(`read aloud: ${await readAloud(app)}`);
  await app.follow('Done', { exact: false });
  await app.heading(MENU);

  await app.follow('Three houses', { exact: false });
  await app.press('House of dreams');
  await app.press('Draw a picture');
  const canvas = await app.one(() => app.css('canvas'), 'drawing canvas');
  await drawStroke(app, canvas);
  await app.press('I have finished my drawing');
  await app.fill('What is your drawing called?', 'A puppy');
  const drawing = await app.one(() => app.css('img[alt="A puppy"]'), 'the drawing titled "A puppy"');
  const png = await drawing.getAttribute('src');
  assert.match(png, /^data:image\/png;base64,iVBORw0KGgo/);
  assert.ok(Buffer.from(png.split(',')[1], 'base64').length > 2000, 'the PNG holds the marks');
  // Child screens have no save status: the engine's IndexedDB is read and opened instead.
  const id = record.split('/').pop();
  const stored = await app.until(async () => {
    const items = (await storedRecord(app.asPage(), id))?.voice_sessions?.[0]?.items ?? [];
    const drawn = items.find((item) => item.content.kind === 'drawing' && item.content.title === 'A puppy');
    return drawn && items;
  }, 'the drawing and its title to be stored');
  assert.deepEqual(stored.find((item) => item.prompt === 'feelings').content.feelings, ['happy']);
  assert.equal(stored.find((item) => item.prompt === 'scale').content.value, 7);

  // Exit this page: a neutral page, kept by a reload; only the PIN leaves.
  await app.press('Exit this page');
  await app.heading('Notes');
  assert.equal(await app.driver.getTitle(), 'Notes');
  assert.equal(await app.path(), '/');
  await app.reload({ unlock: false });
  await app.heading('Notes');
  const body = (await app.driver.executeScript(() => document.body.innerHTML)).toLowerCase();
  for (const word of ['amy', 'casevoice', 'child', 'court', 'exit this page']) {
    assert.ok(!body.includes(word), `the neutral page shows "${word}"`);
  }
  await app.follow('Continue');
  await app.unlockIfAsked();
  await app.heading('Enter your PIN');
  await app.fill('PIN', '1111');
  await app.press('Continue');
  await app.link('The PIN is not right');
  await app.fill('PIN', PIN);
  await app.press('Continue');
  await app.until(async () => (await app.path()).startsWith(`${record}/voice/`), "the practitioner's page about the session");
  await app.sees('A puppy');
  await app.sees('Happy');
  await app.link('Settings');
});

journey('Shift pressed three times leaves the child’s screens for the neutral page', async (app) => {
  await childModeForAmy(app);
  const shift = async () => app.driver.actions().keyDown('\uE008').keyUp('\uE008').perform();
  await shift();
  await shift();
  await app.heading(MENU);
  await shift();
  await app.heading('Notes');
  assert.equal(await app.path(), '/');
});
