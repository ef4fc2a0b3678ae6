// Export: the JSON download (checked against the export schema by ajv), the
// children's CSV, opening the download again after the record is deleted, and
// the encrypted export made with the engine's own Web Crypto (RSA-OAEP,
// AES-GCM), which jwcrypto must decrypt to the plain export's bytes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportValidator } from '../../../schema/ajv.mjs';
import { caseSystemKeyPair, decryptWithJwcrypto } from '../../specs/jwe.js';
import { journey } from '../journey.js';
import { BASE_URL } from '../server.js';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(resolve(here, '../../../../schema/export-v1.schema.json'), 'utf8'));
const day = /\d{4}-\d{2}-\d{2}/.source;

/** A stored record with a case number and a child; returns its address. */
async function recordWithChild(app) {
  await app.goto('/');
  await app.press('Start a new case record');
  await app.fill('Case number', 'ZW19P01392');
  await app.saveAndContinue();
  const record = (await app.path()).replace(/\/case-details$/, '');
  await app.goto(`${record}/children`);
  await app.press('Add a child');
  await app.fill('First names', '=1+1 Zoë');
  await app.fill('Last name', 'Nowak, "Ola"');
  await app.saved();
  return record;
}

journey('the record downloads as JSON that passes the schema and as CSV, and the JSON opens again once deleted', async (app) => {
  const record = await recordWithChild(app);
  const id = record.split('/').pop();
  await app.goto(record);
  const json = await app.download(await app.button('Download the record (JSON)'));
  assert.match(json.name, new RegExp(`^casevoice-${id}-${day}\\.json$`));
  const envelope = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(envelope.format, 'casevoice-export');
  assert.equal(envelope.record_id, id);
  assert.equal(envelope.record.case_details.case_number, 'ZW19P01392');
  assert.equal(envelope.record.children[0].first_names, '=1+1 Zoë');
  const { valid, errors } = exportValidator(schema)(envelope);
  assert.ok(valid, `the export is valid against the schema: ${errors}`);

  await app.follow('Download spreadsheets (CSV)');
  await app.heading('Download spreadsheets (CSV)');
  const csv = await app.download(await app.button('Download children (CSV)'));
  assert.match(csv.name, new RegExp(`^casevoice-${id}-${day}-children\\.csv$`));
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM');
  const [header, row] = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
  assert.deepEqual(header.split(',').slice(0, 4), ['record_id', 'child_id', 'first_names', 'last_name']);
  assert.ok(row.includes(`,'=1+1 Zoë,"Nowak, ""Ola""",`), `the formula neutralised, the accent kept: ${row}`);

  // Deleted, then opened from the downloaded file (read on the device with Blob.text()).
  await app.goto(`${record}/delete`);
  await app.press('Yes, delete this record');
  await app.heading('Case records');
  await app.follow('Open an exported record');
  await app.heading('Open an exported record');
  await (await app.field('Upload the exported file')).sendKeys(json.path);
  await app.press('Continue');
  await app.heading('Open this record');
  await app.sees('ZW19P01392');
  await app.press('Open the record');
  await app.until(async () => (await app.path()) === record, 'the opened record');
  await app.reload();
  await app.follow('See the edit history');
  await app.sees('Opened from an exported file');
});

journey("the encrypted export, made with the engine's Web Crypto, decrypts with jwcrypto to the plain export", async (app) => {
  const keys = caseSystemKeyPair(3072);
  const put = await fetch(`${BASE_URL}/__e2e/config.json`, {
    method: 'PUT',
    body: JSON.stringify({ case_system_public_key: keys.publicJwk }),
  });
  assert.equal(put.status, 204);
  try {
    const record = await recordWithChild(app);
    await app.goto(record);
    await app.follow('Export the record');
    await app.heading('Export the record');
    await app.sees('only the case system can open it');
    const encrypted = await app.download(await app.button('Download the record (encrypted)'));
    assert.match(encrypted.name, /\.jwe$/);
    const text = encrypted.bytes.toString('ascii');
    assert.equal(text.split('.').length, 5);
    assert.ok(!text.includes('ZW19P01392'));
    await app.choose('I understand this file is not encrypted');
    const plain = await app.download(await app.button('Download the record without encryption'));
    const decrypted = decryptWithJwcrypto(keys.privatePath, encrypted.path);
    assert.ok(decrypted.equals(plain.bytes), 'the JWE holds exactly the plain export');
    assert.equal(JSON.parse(decrypted.toString('utf8')).record.case_details.case_number, 'ZW19P01392');
  } finally {
    await fetch(`${BASE_URL}/__e2e/config.json`, { method: 'DELETE' });
  }
});
