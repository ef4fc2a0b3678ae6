// A renderer crash (DevTools' Page.crash: the tab's process dies, as it does
// when the device runs out of memory) and a plain reload, in the middle of every
// section of a record: after the page is opened again and unlocked, everything
// typed is there. Each value is typed with real keystrokes, and the fault comes
// as soon as the header says "Saved at" (which it says only once IndexedDB has
// completed the write).
import { test, expect } from './fixtures.js';
import { startChildSession, startNewRecord } from './helpers.js';
import { rawEntries } from './vault-reader.js';

const savedStatus = (page) => page.getByRole('banner').locator('[data-save-status]');

/** A record with a child, an adult, a visit and a session with the child; their addresses. */
async function recordWithEverything(page) {
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.getByLabel('Case number').fill('LV20C01796');
  await page.goto(`${record}/children`);
  await page.getByRole('button', { name: 'Add a child' }).click();
  const child = new URL(page.url()).pathname;
  await page.getByLabel('First names').fill('Sam');
  await page.getByLabel('Last name').fill('Evans');
  await expect(savedStatus(page)).toHaveText(/^Saved at /);
  await page.goto(`${record}/adults`);
  await page.getByRole('button', { name: 'Add an adult' }).click();
  const adult = new URL(page.url()).pathname;
  await page.getByLabel('Full name').fill('Rhys Evans');
  await expect(savedStatus(page)).toHaveText(/^Saved at /);
  await page.goto(`${record}/visits`);
  await page.getByRole('button', { name: 'Add a visit or contact' }).click();
  const visit = new URL(page.url()).pathname;
  await page.goto(`${record}/voice`);
  await page.getByRole('button', { name: 'Set up a session with the child (Sam Evans)' }).click();
  await expect(page).toHaveURL(/\/voice\/[0-9a-f-]{36}\/set-up$/);
  const session = new URL(page.url()).pathname;
  await expect(savedStatus(page)).toHaveText(/^Saved at /);
  return { record, child, adult, visit, session, welfare: child.replace('/children/', '/welfare/') };
}

/** Every section of a record, each with one field to type into, and what to type. */
const sections = [
  { name: 'case number', at: (r) => `${r.record}/case-number`, field: (p) => p.getByLabel('Case number'), value: 'ZW19P01392' },
  {
    name: 'case details',
    at: (r) => `${r.record}/case-details`,
    field: (p) => p.getByLabel('Court', { exact: true }),
    value: 'Bristol Civil and Family Justice Centre',
  },
  { name: 'children', at: (r) => r.child, field: (p) => p.getByLabel('Last name'), value: 'Evans-Nowak' },
  { name: 'adults and parties', at: (r) => r.adult, field: (p) => p.getByLabel('Telephone number'), value: '01632 960 001' },
  { name: 'visits and contacts', at: (r) => r.visit, field: (p) => p.getByLabel('Notes', { exact: true }), value: 'Sam showed me his room 😊' },
  {
    name: 'checks',
    at: (r) => `${r.record}/checks`,
    field: (p) => p.getByRole('group', { name: 'Police check (PNC)' }).getByLabel('Outcome'),
    value: 'No trace',
  },
  {
    name: 'risk and safety',
    at: (r) => `${r.record}/risk`,
    field: (p) => p.getByLabel('What is happening for this child?'),
    value: 'Sam is worried about moving school',
  },
  {
    name: 'welfare checklist',
    at: (r) => r.welfare,
    field: (p) => p.getByLabel(/^\(b\) his physical, emotional and educational needs$/),
    value: 'Sam needs help with reading',
  },
  {
    name: 'recommendation and sign-off',
    at: (r) => `${r.record}/recommendation`,
    field: (p) => p.getByLabel('Recommendation', { exact: true }),
    value: 'A child arrangements order for Sam to live with Rhys',
  },
  {
    name: "the children's views",
    at: (r) => r.session,
    field: (p) => p.getByLabel('Where is the session taking place?'),
    value: "A quiet room at Sam's school",
  },
];

/** Types `value` into the section's field key by key, and waits until the app says it is stored. */
async function typeInto(page, section, value) {
  const field = section.field(page);
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  await expect(field).toHaveValue(value);
  await expect(savedStatus(page)).toHaveText(/^Saved at /);
}

test('a renderer crash in the middle of every section loses nothing typed', async ({ page, context }) => {
  test.setTimeout(120_000);
  const addresses = await recordWithEverything(page);
  let current = page;
  for (const section of sections) {
    await current.goto(section.at(addresses));
    await typeInto(current, section, section.value);
    const crashed = current.waitForEvent('crash');
    const session = await context.newCDPSession(current);
    session.send('Page.crash').catch(() => {});
    await crashed;
    await current.close();
    // Opened again in a new tab, and unlocked with the passphrase.
    current = await context.newPage();
    await current.goto(section.at(addresses));
    await expect(section.field(current), `after a crash in ${section.name}`).toHaveValue(section.value);
  }
});

test('a reload in the middle of every section loses nothing typed', async ({ page }) => {
  test.setTimeout(120_000);
  const addresses = await recordWithEverything(page);
  for (const section of sections) {
    await page.goto(section.at(addresses));
    const value = `${section.value} (reload)`;
    await typeInto(page, section, value);
    const address = page.url();
    await page.reload();
    await expect(page).toHaveURL(address);
    await expect(section.field(page), `after a reload in ${section.name}`).toHaveValue(value);
  }
});

/**
 * Makes a child's `count` changes (`make`: keys or taps) and waits until storage
 * holds every one (the child's screens show no save status to wait for): a
 * journal entry for each, or, if the child paused long enough for autosave to
 * write the record whole, that record and no entries. (Entries replayed after
 * a crash stay until the record's next whole write.)
 */
async function childChanges(page, count, make) {
  const before = await rawEntries(page);
  const earlier = Object.keys(before.journal).length;
  await make();
  await expect
    .poll(
      async () => {
        const { records, journal } = await rawEntries(page);
        const entries = Object.keys(journal).length;
        if (entries === earlier + count) return 'an entry for each';
        if (entries === 0 && JSON.stringify(records) !== JSON.stringify(before.records)) return 'written whole';
        return `${entries} entries`;
      },
      { message: 'every change stored' },
    )
    .toMatch(/^(an entry for each|written whole)$/);
}

/** Types `words` key by key into the child's answer, until storage holds every key. */
async function childTypes(page, field, words) {
  await childChanges(page, [...words].length, async () => {
    await field.click();
    await page.keyboard.type(words);
    await expect(field).toHaveValue(words);
  });
}

test("a renderer crash and a reload while a child types lose none of the child's words", async ({ page, context }) => {
  test.setTimeout(120_000);
  await startChildSession(page, { name: 'Sam', pin: '2468' });
  await page.getByRole('link', { name: /About me/ }).click();
  const aboutMe = page.url();
  const likes = (p) => p.locator('#likes-answer-1');
  await childTypes(page, likes(page), 'Football, and my cat Mochi');
  const crashed = page.waitForEvent('crash');
  const cdp = await context.newCDPSession(page);
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  await page.close();

  // Opened again in a new tab and unlocked: still in child mode, every word there.
  const again = await context.newPage();
  await again.goto(aboutMe);
  await expect(likes(again), 'after a crash').toHaveValue('Football, and my cat Mochi');
  const goodAt = again.locator('#good-at-answer-1');
  await childTypes(again, goodAt, 'Drawing dragons 🐉');
  await again.reload();
  await expect(again).toHaveURL(aboutMe);
  await expect(goodAt, 'after a reload').toHaveValue('Drawing dragons 🐉');
  await expect(likes(again)).toHaveValue('Football, and my cat Mochi');
});

/** Makes each of `taps` in turn on the child's screen, until storage holds every tap. */
async function childTaps(page, taps) {
  await childChanges(page, taps.length, async () => {
    for (const tap of taps) await tap();
  });
}

test("a renderer crash and a reload after a child's taps lose none of them", async ({ page, context }) => {
  test.setTimeout(120_000);
  await startChildSession(page, { name: 'Sam', pin: '2468' });
  await page.getByRole('link', { name: /How I feel/ }).click();
  const howIFeel = page.url();
  const face = (p, name) => p.getByRole('button', { name });
  const scale = (p, value) => p.getByRole('group', { name: 'Pick a number' }).getByRole('radio').nth(value);
  await childTaps(page, [
    () => face(page, 'Happy').click(),
    () => face(page, 'Worried').click(),
    () => scale(page, 7).check(),
  ]);
  const crashed = page.waitForEvent('crash');
  const cdp = await context.newCDPSession(page);
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  await page.close();

  // Opened again in a new tab and unlocked: every tap there.
  const again = await context.newPage();
  await again.goto(howIFeel);
  await expect(face(again, 'Happy'), 'after a crash').toHaveAttribute('aria-pressed', 'true');
  await expect(face(again, 'Worried')).toHaveAttribute('aria-pressed', 'true');
  await expect(scale(again, 7)).toBeChecked();
  await childTaps(again, [() => face(again, 'Happy').click(), () => scale(again, 3).check()]);
  await again.reload();
  await expect(again).toHaveURL(howIFeel);
  await expect(face(again, 'Happy'), 'after a reload').toHaveAttribute('aria-pressed', 'false');
  await expect(face(again, 'Worried')).toHaveAttribute('aria-pressed', 'true');
  await expect(scale(again, 3)).toBeChecked();
});
