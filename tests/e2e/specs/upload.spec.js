import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.js';
import { startReceiver } from '../receiver.mjs';
import { expectNoAxeViolations } from './helpers.js';
import { caseSystemKeyPair, decryptWithJwcrypto, openExportPage, serveConfig } from './export-helpers.js';

// Each test has its own receiver on 127.0.0.1, on a port the system picks.
let receiver;
test.beforeEach(async () => {
  receiver = await startReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

const received = async () => (await fetch(`${receiver.base}/admin/received`)).json();
const failNext = (count) => fetch(`${receiver.base}/admin/fail?count=${count}`, { method: 'POST' });
const SENT = /^Sent at \d{1,2}:\d{2}(am|pm)$/;

/** Presses "Send to case system" and opens the outbox from the export page. */
async function sendAndOpenOutbox(page) {
  await page.getByRole('button', { name: 'Send to case system' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The record is in the outbox' })).toBeVisible();
  await page.getByRole('link', { name: 'See the outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
}

/** The state cells of the outbox's rows, newest first. */
const states = (page) => page.getByRole('table', { name: 'Exports to the case system' }).locator('tbody td:nth-child(3)');

test('success: the JWE is sent with its Idempotency-Key, listed as sent, and the record stays', async ({ page }) => {
  const keys = caseSystemKeyPair(3072);
  await serveConfig(page, { case_system_public_key: keys.publicJwk, upload_url: receiver.uploadUrl });
  const id = await openExportPage(page);
  await expect(page.getByRole('button', { name: 'Send to case system' })).toBeVisible();
  await expectNoAxeViolations(page);

  await sendAndOpenOutbox(page);
  await expect(states(page)).toHaveText([SENT]);
  await expect(page.getByRole('cell', { name: 'ZW19P01392' })).toBeVisible();
  await expectNoAxeViolations(page);

  const [upload] = await received();
  expect(upload.contentType).toBe('application/jose');
  expect(upload.body.split('.')).toHaveLength(5);
  const jwePath = join(tmpdir(), `casevoice-upload-${id}.jwe`);
  writeFileSync(jwePath, upload.body);
  const envelope = JSON.parse(decryptWithJwcrypto(keys.privatePath, jwePath).toString('utf8'));
  expect(upload.key).toBe(`${id}.${envelope.content_sha256}`);
  expect(envelope.record_id).toBe(id);

  // Kept through a reload, and sending never removes the record.
  await page.reload();
  await expect(states(page)).toHaveText([SENT]);
  await page.goto('/');
  await expect(page.getByRole('cell', { name: 'ZW19P01392' })).toBeVisible();
});

test('a server error is retried after a wait, and an unsent export survives a reload', async ({ page }) => {
  await serveConfig(page, { upload_url: receiver.uploadUrl });
  const id = await openExportPage(page);
  await failNext(2);
  await sendAndOpenOutbox(page);
  await expect(states(page)).toHaveText([
    /^Failed: the case system answered with an error \(500\)\. Trying again at \d{1,2}:\d{2}(am|pm)$/,
  ]);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await expect(states(page)).toHaveText([SENT], { timeout: 20_000 });

  const uploads = await received();
  expect(uploads.map((u) => u.status)).toEqual([500, 500, 201]);
  // No key configured: the plain export is sent, every try with the same key.
  expect(uploads[2].contentType).toBe('application/json');
  const envelope = JSON.parse(uploads[2].body);
  expect(new Set(uploads.map((u) => u.key))).toEqual(new Set([`${id}.${envelope.content_sha256}`]));
});

test('offline, the export waits for a connection and is sent when it comes back', async ({ page, context }) => {
  const keys = caseSystemKeyPair(3072);
  await serveConfig(page, { case_system_public_key: keys.publicJwk, upload_url: receiver.uploadUrl });
  await openExportPage(page);
  await context.setOffline(true);
  await sendAndOpenOutbox(page);
  await expect(states(page)).toHaveText(['Waiting for a connection']);
  await expectNoAxeViolations(page);
  expect(await received()).toHaveLength(0);

  await context.setOffline(false);
  await expect(states(page)).toHaveText([SENT]);
  expect(await received()).toHaveLength(1);
});

test('sending the same record twice gives the same key, which the receiver recognises', async ({ page }) => {
  const keys = caseSystemKeyPair(3072);
  await serveConfig(page, { case_system_public_key: keys.publicJwk, upload_url: receiver.uploadUrl });
  await openExportPage(page);
  const send = page.getByRole('button', { name: 'Send to case system' });
  await send.click();
  await expect(page.getByRole('alert').filter({ hasText: 'The record is in the outbox' })).toBeVisible();
  await expect.poll(async () => (await received()).length).toBe(1);
  await send.click();
  await expect.poll(async () => (await received()).length).toBe(2);

  const [first, second] = await received();
  expect(second.key).toBe(first.key);
  expect(second.body).not.toBe(first.body); // a fresh content key and IV each time
  expect([first.duplicate, second.duplicate]).toEqual([false, true]);
  await page.getByRole('link', { name: 'See the outbox' }).click();
  await expect(states(page)).toHaveText([SENT, SENT]);
});
