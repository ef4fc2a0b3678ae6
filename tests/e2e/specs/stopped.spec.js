// casevoice itself stops (README, "If casevoice stops"): when its WebAssembly
// aborts, start.js shows the notice the app keeps ready, in the chosen
// language, over the page and with the focus; its link reloads the page, and
// what was saved before is still there. The abort is stood in for by the
// error event an aborted WebAssembly call raises in the page.
import { test, expect, unlockIfAsked } from './fixtures.js';
import { expectNoAxeViolations, setLanguage, startNewRecord } from './helpers.js';

// These tests stop casevoice on purpose: the fixture that fails a test where it
// stops (fixtures.js, `appStops`) stands aside.
test.use({ stopsExpected: true });

const saved = (page) => expect(page.getByRole('banner').locator('[data-save-status]')).toHaveText(/^Saved at /);

/** What the page sees when a call into casevoice's WebAssembly aborts. */
const abort = (page) =>
  page.evaluate(() => {
    const error = new WebAssembly.RuntimeError('unreachable');
    dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
  });

test('the stopped notice covers the page, takes the focus, and its reload keeps what was saved', async ({ page }) => {
  const record = (await startNewRecord(page)).replace(/\/case-number$/, '');
  await page.getByLabel('Case number').fill('ZW19P01392');
  await saved(page);
  const notice = page.getByRole('alertdialog', { name: 'casevoice has stopped working' });
  await expect(notice).toBeHidden();

  await abort(page);
  await expect(notice).toBeVisible();
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('What it last saved is kept on this device.');
  await expect(page.locator('html')).toHaveAttribute('data-stopped', 'unreachable');
  await expectNoAxeViolations(page);
  // Over the page: a click on the form under it lands on the notice.
  const box = await page.getByLabel('Case number').boundingBox();
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest('#casevoice-stopped') != null,
    [box.x + 5, box.y + 5],
  );
  expect(hit, 'the notice is on top of the form').toBe(true);

  await page.screenshot({ path: 'test-results/stopped-notice.png' });
  page.autoUnlock = false;
  await Promise.all([page.waitForEvent('load'), notice.getByRole('link', { name: 'Reload the page' }).click()]);
  await unlockIfAsked(page);
  await expect(page.getByLabel('Case number')).toHaveValue('ZW19P01392');
  await expect(page).toHaveURL(new RegExp(`${record}/case-number$`));
  await expect(notice).toBeHidden();
});

test('the stopped notice is in Welsh when Welsh is chosen', async ({ page }) => {
  await startNewRecord(page);
  await setLanguage(page, 'cy');
  await abort(page);
  const notice = page.getByRole('alertdialog', { name: 'Mae casevoice wedi stopio gweithio' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: "Ail-lwytho'r dudalen" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an error that is not an abort of casevoice leaves the page alone', async ({ page }) => {
  await startNewRecord(page);
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new TypeError('elsewhere') })));
  await expect(page.getByLabel('Case number')).toBeEditable();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-stopped', /.*/);
});
