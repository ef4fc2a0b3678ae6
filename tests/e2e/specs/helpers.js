import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

/** Fails on any WCAG 2.0, 2.1 or 2.2 level A or AA violation in the page as it is now. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Opens the home page once the app has read storage. */
export async function openHome(page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** Starts a new record from the home page and returns its address. */
export async function startNewRecord(page) {
  await openHome(page);
  await page.getByRole('button', { name: 'Start a new case record' }).click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\/case-number$/);
  await expect(page.getByLabel('Case number')).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The tag casevoice gives each language in `<html lang>` and on its switch. */
export const LANGUAGE_TAGS = { en: 'en-GB', cy: 'cy' };

/**
 * Switches the interface to `lang` ('en' or 'cy') with the language switch on
 * the page, as a user would, and waits until the page is in it.
 */
export async function setLanguage(page, lang) {
  const tag = LANGUAGE_TAGS[lang];
  const html = page.locator(`html[lang="${tag}"]`);
  if ((await html.count()) > 0) return;
  await page.locator(`.language-switch__button[lang="${tag}"]`).first().click();
  await expect(html).toBeAttached();
}
