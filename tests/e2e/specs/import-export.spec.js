import { test, expect } from './fixtures.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, openHome, startNewRecord } from './helpers.js';

const FILE_NAME = /^casevoice-[0-9a-f-]{36}-\d{4}-\d{2}-\d{2}\.json$/;

/** A new record with a case number; returns its task list's address. */
async function recordWithCaseNumber(page, caseNumber) {
  const path = await startNewRecord(page);
  await page.getByLabel('Case number').fill(caseNumber);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case details' })).toBeVisible();
  return path.replace(/\/case-number$/, '');
}

/** Downloads the record from its task list; returns the file's name and text. */
async function download(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the record (JSON)' }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

async function openImport(page) {
  await openHome(page);
  await page.getByRole('link', { name: 'Open an exported record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open an exported record' })).toBeVisible();
}

async function choose(page, name, text) {
  await page.getByLabel('Upload the exported file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function expectProblem(page, message) {
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link', { name: message })).toBeVisible();
  await expect(page).toHaveTitle('Error: Open an exported record – casevoice');
  await expect(page.getByLabel('Upload the exported file')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
}

test('a record downloads with no personal data in its name, and opens again after being deleted', async ({ page }) => {
  const path = await recordWithCaseNumber(page, 'ZW19P01392');
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  await expectNoAxeViolations(page);
  const file = await download(page);
  expect(file.name).toMatch(FILE_NAME);
  expect(file.name).not.toContain('ZW19P01392');
  expect(JSON.parse(file.text).record.case_details.case_number).toBe('ZW19P01392');

  // Deleted, then opened from the file.
  await page.goto(`${path}/delete`);
  await page.getByRole('button', { name: 'Yes, delete this record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
  await openImport(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectProblem(page, 'Select the file casevoice exported');
  await choose(page, file.name, file.text);
  await expect(page.getByRole('heading', { level: 1, name: 'Open this record' })).toBeFocused();
  await expect(page.getByRole('definition').filter({ hasText: 'ZW19P01392' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Open the record' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByText('ZW19P01392')).toBeVisible();

  // Still there after a reload: it was stored.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  await page.getByRole('link', { name: 'See the edit history' }).click();
  await expect(page.getByText('Opened from an exported file')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a changed file, a file that is not an export and a newer version are refused with a clear message', async ({ page }) => {
  const path = await recordWithCaseNumber(page, 'ZW19P01392');
  await page.goto(path);
  const file = await download(page);
  await openImport(page);
  await choose(page, file.name, file.text.replace('ZW19P01392', 'ZW19P01393'));
  await expectProblem(page, /The file has been changed since casevoice exported it/);
  await choose(page, 'notes.json', 'Meeting notes, not a record');
  await expectProblem(
    page,
    'The file is not a casevoice record. Choose a file that casevoice exported (it ends in .json)',
  );
  await choose(page, 'other.json', '{"format":"something-else","version":1}');
  await expectProblem(page, /The file is not a casevoice export/);
  await choose(page, 'newer.json', file.text.replace('"version":1', '"version":2'));
  await expectProblem(
    page,
    'This record was exported by a newer version of casevoice. Update casevoice, then open it again',
  );
  await choose(page, 'damaged.json', '{"format":"casevoice-export","version":1,"record":{}}');
  await expectProblem(page, /^The file is damaged: /);
});

test('opening a file over a stored copy says what will change before replacing it', async ({ page }) => {
  const path = await recordWithCaseNumber(page, 'ZW19P01392');
  await page.goto(path);
  const file = await download(page);

  // The same file again: nothing to change.
  await openImport(page);
  await choose(page, file.name, file.text);
  await expect(page.getByRole('heading', { level: 1, name: 'This record is already stored here' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The stored copy changes after the export.
  await page.goto(`${path}/case-details`);
  await page.getByLabel('Court').fill('Bath');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await openImport(page);
  await choose(page, file.name, file.text);
  await expect(page.getByRole('heading', { level: 1, name: 'Replace the stored record?' })).toBeVisible();
  await expect(page.getByText(/^This will replace the record stored in this browser, last changed /)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /history entries → 1 history entry/ })).toBeVisible();
  await expect(page.getByText('The record stored in this browser was changed after the one in the file.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  // Cancel changes nothing; confirming replaces.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case records' })).toBeVisible();
  await page.goto(`${path}/history`);
  await expect(page.getByText('Bath').first()).toBeVisible();
  await openImport(page);
  await choose(page, file.name, file.text);
  await page.getByRole('button', { name: 'Replace the stored record' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await page.goto(`${path}/history`);
  await expect(page.getByText('Opened from an exported file')).toBeVisible();
  await expect(page.getByText('Bath')).toHaveCount(0);
});

/** The v1 fixture grown to 10 children, 100 visits and 10 drawings, hashed as
 * casevoice hashes: SHA-256 of the record's compact JSON, which JSON.stringify
 * reproduces for this content (keys in order, integers, no lone surrogates). */
function bigExport() {
  const fixture = JSON.parse(
    readFileSync(new URL('../../../crates/casevoice-core/tests/fixtures/export-v1.json', import.meta.url), 'utf8'),
  );
  const record = fixture.record;
  const id = (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  const child = record.children[0];
  record.children = Array.from({ length: 10 }, (_, n) => ({ ...child, id: n === 0 ? child.id : id(0x100 + n) }));
  const visit = record.visits[0];
  record.visits = Array.from({ length: 100 }, (_, n) => ({
    ...visit,
    id: id(0x1000 + n),
    children: Object.fromEntries(record.children.map((c) => [c.id, { seen: true, alone: null }])),
    notes: 'Notes '.repeat(400),
  }));
  const session = record.voice_sessions[0];
  const drawing = session.items.find((i) => i.content.kind === 'drawing');
  // About the size of a child's 800 × 600 drawing as a PNG.
  const png = drawing.content.png + 'A'.repeat(60_000);
  for (let n = 0; n < 9; n += 1) {
    session.items.push({ ...drawing, id: id(0x2000 + n), content: { ...drawing.content, png } });
  }
  fixture.content_sha256 = createHash('sha256').update(JSON.stringify(record)).digest('hex');
  return JSON.stringify(fixture);
}

test('timing: a record with 10 children, 100 visits and 10 drawings imports and exports', async ({ page }) => {
  const text = bigExport();
  await openImport(page);
  const started = Date.now();
  await choose(page, 'big.json', text);
  await expect(page.getByRole('heading', { level: 1, name: 'Open this record' })).toBeVisible();
  const read = Date.now() - started;
  await page.getByRole('button', { name: 'Open the record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case record' })).toBeVisible();
  const opened = Date.now() - started;
  const exportStarted = Date.now();
  const file = await download(page);
  const exported = Date.now() - exportStarted;
  expect(JSON.parse(file.text).record.visits).toHaveLength(100);
  console.log(
    `timing (${(text.length / 1e6).toFixed(1)} MB): read and checked ${read} ms, opened ${opened} ms, exported and downloaded ${exported} ms`,
  );
});
