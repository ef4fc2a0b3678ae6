// The key worker (README, "Browser support"): the passphrase's Argon2id is
// derived in a worker running casevoice's own module, so an instance that a
// browser's compiler makes abort (seen in WebKit) costs only that worker. A
// new key is derived twice and used only when both agree; a worker that dies
// is replaced; where no worker can be made the page derives the key itself.
import { test, expect, unlockIfAsked } from './fixtures.js';
import { openHome } from './helpers.js';

const isKeyWorker = (url) => new URL(url).pathname === '/key-worker.js';

/** Reloads (which locks), unlocks with the passphrase and waits for the records list. */
async function reloadAndUnlock(page) {
  page.autoUnlock = false;
  await page.reload();
  await unlockIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
}

/** Key workers the page starts, by address, from now on. */
function watchKeyWorkers(page) {
  const started = [];
  page.on('worker', (worker) => {
    if (isKeyWorker(worker.url())) started.push(worker.url());
  });
  return started;
}

test('setting the passphrase derives it twice in workers, and unlocking once', async ({ page }) => {
  const started = watchKeyWorkers(page);
  await openHome(page);
  await expect.poll(() => started.length).toBe(2);
  await reloadAndUnlock(page);
  expect(started).toHaveLength(3);
  await expect(page.locator('html')).toHaveAttribute('data-key-derived-in', 'worker');
});

test('a key worker that dies is replaced, and the passphrase still unlocks', async ({ page }) => {
  await openHome(page);
  const messages = [];
  page.on('console', (message) => messages.push(message.text()));
  // The first key worker after the reload dies as an aborted instance would:
  // an error event and no answer.
  await page.addInitScript(() => {
    const Real = globalThis.Worker;
    let failed = false;
    globalThis.Worker = class extends Real {
      constructor(...args) {
        super(...args);
        if (!failed) {
          failed = true;
          this.postMessage = () =>
            setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'RuntimeError: unreachable' })));
        }
      }
    };
  });
  await reloadAndUnlock(page);
  // (The dead worker is stopped before Playwright may report it, so it is
  // counted by what the app logs.)
  expect(messages).toContainEqual(expect.stringMatching(/key worker 1 of 3 failed: RuntimeError: unreachable/));
});

test('where no worker can be made the page derives the key itself', async ({ page }) => {
  await openHome(page);
  await page.addInitScript(() => {
    delete globalThis.Worker;
  });
  const started = watchKeyWorkers(page);
  await reloadAndUnlock(page);
  expect(started).toHaveLength(0);
  await expect(page.locator('html')).toHaveAttribute('data-key-derived-in', 'page');
});

test('a wrong passphrase is still wrong, after a second derivation', async ({ page }) => {
  await openHome(page);
  const started = watchKeyWorkers(page);
  page.autoUnlock = false;
  await page.reload();
  await page.locator('#passphrase').fill('not the passphrase at all');
  await page.locator('main form button[type="submit"]').click();
  await expect(page.getByRole('link', { name: 'That passphrase is not right. Check it and try again' })).toBeVisible();
  expect(started).toHaveLength(2);
  await unlockIfAsked(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
});
