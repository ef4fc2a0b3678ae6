// Every spec imports `test` and `expect` from here rather than from
// @playwright/test, so that checks every page must pass (the content security
// policy, the request allow-list) and the steps every page needs (unlocking
// the encrypted storage) live in one place.
import { test as base, expect } from '@playwright/test';

// ---------------------------------------------------------------------------
// Encrypted storage: every fresh browser profile asks for a passphrase first,
// and every load after that asks for it again. Unless a test turns it off
// (`page.autoUnlock = false`), navigation answers those pages itself, so each
// spec starts where it means to.
// ---------------------------------------------------------------------------

/** The passphrase the specs set; long enough and on no common list. */
export const PASSPHRASE = 'kettle violet harbour 42';

/** Waits until the app knows what it is waiting for, and returns it. */
export async function vaultPhase(page) {
  const html = page.locator('html:not([data-vault="opening"])[data-vault]');
  await html.waitFor({ state: 'attached' });
  return html.getAttribute('data-vault');
}

/** Sets the passphrase on first use, or unlocks, and waits for the app. */
export async function unlockIfAsked(page, passphrase = PASSPHRASE) {
  const phase = await vaultPhase(page);
  if (phase === 'set-up') {
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Type the passphrase again').fill(passphrase);
    await page.getByRole('button', { name: 'Set passphrase and continue' }).click();
  } else if (phase === 'locked') {
    // After "Exit this page" the neutral page shows instead: left alone.
    const field = page.getByLabel('Passphrase', { exact: true });
    if (!(await field.isVisible())) return phase;
    await field.fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
  } else {
    return phase;
  }
  await expect(page.locator('html[data-vault="unlocked"]')).toBeAttached();
  return 'unlocked';
}

/** Makes goto, reload, back and forward answer the passphrase pages. */
export function withAutoUnlock(page) {
  if (page.autoUnlock !== undefined) return page;
  page.autoUnlock = true;
  for (const name of ['goto', 'reload', 'goBack', 'goForward']) {
    const original = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await original(...args);
      if (page.autoUnlock) await unlockIfAsked(page);
      return response;
    };
  }
  return page;
}

export const test = base.extend({
  context: async ({ context }, use) => {
    context.on('page', withAutoUnlock);
    await use(context);
  },
  page: async ({ page }, use) => {
    await use(withAutoUnlock(page));
  },
});
export { expect };
