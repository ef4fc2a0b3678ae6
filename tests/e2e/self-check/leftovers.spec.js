// Run only by self-check.config.js (see there): the first two tests must fail
// in the fixture's teardown, the third must pass.
import { test } from '../specs/fixtures.js';
import { openHome } from '../specs/helpers.js';

test('leaves a violation behind', async ({ page }) => {
  await openHome(page);
  await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<b>injected</b>');
    } catch {
      // Refused by Trusted Types, as it should be; the violation stays.
    }
  });
});

test.describe('with the policy bypassed', () => {
  test.use({ bypassCSP: true });
  test('leaves a request to another origin behind', async ({ page, baseURL }) => {
    await openHome(page);
    await page.evaluate((url) => fetch(url).catch(() => {}), `${baseURL.replace('127.0.0.1', 'localhost')}/elsewhere`);
  });
});

test('leaves nothing behind', async ({ page }) => {
  await openHome(page);
});
