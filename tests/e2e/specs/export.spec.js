import { test, expect } from './fixtures.js';
import { expectNoAxeViolations } from './helpers.js';
import {
  caseSystemKeyPair,
  decryptWithJwcrypto,
  downloadFrom,
  openExportPage,
  serveConfig,
} from './export-helpers.js';

test('with no config.json the export is a plain download and the page says so', async ({ page }) => {
  const id = await openExportPage(page);
  await expect(page.getByText('Exports are not encrypted: no case system key is configured')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the record (encrypted)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send to case system' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const file = await downloadFrom(page, page.getByRole('button', { name: 'Download the record', exact: true }));
  expect(file.name).toMatch(new RegExp(`^casevoice-${id}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const envelope = JSON.parse(file.bytes.toString('utf8'));
  expect(envelope.format).toBe('casevoice-export');
  expect(envelope.record_id).toBe(id);
});

test('with a case system key the export is a JWE that jwcrypto decrypts to the plain export\'s bytes', async ({ page }) => {
  const keys = caseSystemKeyPair(3072);
  await serveConfig(page, { case_system_public_key: keys.publicJwk });
  const id = await openExportPage(page);
  await expect(page.getByText('only the case system can open it')).toBeVisible();
  await expect(page.getByText('no case system key is configured')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const encrypted = await downloadFrom(page, page.getByRole('button', { name: 'Download the record (encrypted)' }));
  expect(encrypted.name).toMatch(new RegExp(`^casevoice-${id}-\\d{4}-\\d{2}-\\d{2}\\.jwe$`));
  const text = encrypted.bytes.toString('ascii');
  expect(text.split('.')).toHaveLength(5);
  const header = JSON.parse(Buffer.from(text.split('.')[0], 'base64url').toString('utf8'));
  expect(header).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'application/json', kid: 'e2e-3072' });
  expect(text).not.toContain('ZW19P01392');

  // A plain file needs the confirmation ticked first.
  const plainButton = page.getByRole('button', { name: 'Download the record without encryption' });
  await plainButton.click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Confirm that you understand the file is not encrypted']);
  await expect(page.getByLabel('I understand this file is not encrypted')).toHaveAttribute(
    'aria-describedby',
    'confirm-not-encrypted-error',
  );
  await expectNoAxeViolations(page);
  await page.getByLabel('I understand this file is not encrypted').check();
  const plain = await downloadFrom(page, plainButton);
  expect(plain.name).toMatch(/\.json$/);

  // The case system's side, by an independent implementation.
  const decrypted = decryptWithJwcrypto(keys.privatePath, encrypted.path);
  expect(decrypted.equals(plain.bytes)).toBe(true);
  const envelope = JSON.parse(decrypted.toString('utf8'));
  expect(envelope.record_id).toBe(id);
  expect(envelope.record.case_details.case_number).toBe('ZW19P01392');
});

test('a key under 3072 bits is refused with a message, and nothing is encrypted to it', async ({ page }) => {
  const keys = caseSystemKeyPair(2048);
  await serveConfig(page, { case_system_public_key: keys.publicJwk, upload_url: 'http://127.0.0.1:9/' });
  await openExportPage(page);
  await expect(page.getByText('It must be an RSA key of at least 3072 bits')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the record (encrypted)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send to case system' })).toHaveCount(0);
  await expect(page.getByLabel('I understand this file is not encrypted')).toBeVisible();
  await expectNoAxeViolations(page);
});
