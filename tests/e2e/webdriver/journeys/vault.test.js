// Encrypted storage: a first visit sets the passphrase (Argon2id in the wasm,
// in the key worker; AES-GCM in the wasm, IndexedDB), a reload locks, only the
// passphrase opens, and Lock keeps what was typed.
import assert from 'node:assert/strict';
import { journey } from '../journey.js';
import { PASSPHRASE } from '../page.js';
import { BASE_URL } from '../server.js';

journey('a first visit sets a passphrase; a reload locks; only the passphrase unlocks; Lock keeps what was typed', async (app) => {
  await app.driver.get(`${BASE_URL}/`);
  assert.equal(await app.vaultPhase(), 'set-up');
  await app.heading('Set a passphrase for this device');
  await app.press('Set passphrase and continue');
  await app.link('Enter a passphrase');
  await app.fill('Passphrase', 'short one');
  await app.fill('Type the passphrase again', 'short one');
  await app.press('Set passphrase and continue');
  await app.link('Your passphrase must be at least 12 characters');
  await app.fill('Passphrase', PASSPHRASE);
  await app.fill('Type the passphrase again', PASSPHRASE);
  await app.press('Set passphrase and continue');
  await app.heading('Case records');
  const derivedIn = () => app.driver.executeScript(() => document.documentElement.dataset.keyDerivedIn);
  assert.equal(await derivedIn(), 'worker', 'the key worker runs in this engine');

  await app.reload({ unlock: false });
  assert.equal(await app.vaultPhase(), 'locked');
  await app.heading('casevoice is locked');
  await app.fill('Passphrase', 'kettle violet harbour 43');
  await app.press('Unlock');
  await app.link('That passphrase is not right. Check it and try again');
  assert.equal(await app.valueOf('Passphrase'), '');
  await app.fill('Passphrase', PASSPHRASE);
  await app.press('Unlock');
  await app.heading('Case records');
  assert.equal(await derivedIn(), 'worker');

  await app.press('Start a new case record');
  await app.heading('Case number');
  await app.fill('Case number', 'ZW19P01392');
  await app.saved();
  const page = await app.path();
  await app.press('Lock');
  await app.heading('casevoice is locked');
  assert.equal(await app.path(), page, 'the address stays while locked');
  assert.ok(!(await app.text()).includes('ZW19P01392'), 'nothing of the record shows while locked');
  await app.fill('Passphrase', PASSPHRASE);
  await app.press('Unlock');
  await app.heading('Case number');
  assert.equal(await app.valueOf('Case number'), 'ZW19P01392');
});
