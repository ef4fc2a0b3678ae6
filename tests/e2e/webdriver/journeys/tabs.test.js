// Two tabs on one record (Web Locks and a BroadcastChannel, both bound by
// hand in the app): the second tab reads it, follows what the first stores,
// and takes over when the first closes. Then what Settings says about the
// engine's storage (navigator.storage.persist, where there is one).
import assert from 'node:assert/strict';
import { journey } from '../journey.js';

const READ_ONLY = 'This record is open in another tab or window, so you can only read it here.';
const EDITABLE_HERE = 'The other tab or window has closed this record. You can change it here now.';
const STORAGE_ANSWERS = [
  'Kept until you delete it. The browser will not clear casevoice\'s records to make space.',
  'The browser may clear it when the device is short of space: export or send records you need.',
];

journey('a second tab reads the record, follows the first, and takes over when it closes', async (app) => {
  await app.goto('/');
  await app.press('Start a new case record');
  await app.fill('Case number', 'ZW19P01392');
  await app.saved();
  const path = await app.path();
  const first = await app.driver.getWindowHandle();

  await app.driver.switchTo().newWindow('tab');
  const second = await app.driver.getWindowHandle();
  await app.goto(path);
  await app.sees(READ_ONLY);
  assert.equal(await (await app.field('Case number')).isEnabled(), false, 'read-only in the second tab');
  assert.equal(await app.valueOf('Case number'), 'ZW19P01392');

  await app.driver.switchTo().window(first);
  await app.fill('Case number', 'RG21P00751');
  await app.saved();
  assert.ok(!(await app.text()).includes(READ_ONLY), 'the first tab still edits');

  await app.driver.switchTo().window(second);
  await app.until(async () => (await app.valueOf('Case number')) === 'RG21P00751', 'the second tab to follow the first');

  await app.driver.switchTo().window(first);
  await app.driver.close();
  await app.driver.switchTo().window(second);
  await app.sees(EDITABLE_HERE);
  await app.until(async () => (await app.field('Case number')).isEnabled(), 'the second tab to take over');
  await app.fill('Case number', 'LV20C01796');
  await app.saved();
  await app.reload();
  assert.equal(await app.valueOf('Case number'), 'LV20C01796');
});

journey('Settings says whether the browser keeps the records or may clear them', async (app, t) => {
  await app.goto('/settings');
  await app.heading('Settings');
  const said = await app.until(async () => {
    const text = await app.text();
    return STORAGE_ANSWERS.find((answer) => text.includes(answer));
  }, 'Settings to say what the browser answered about storage');
  t.diagnostic(`storage: ${said}`);
});
