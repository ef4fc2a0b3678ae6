// Reads what casevoice stored, as an independent implementation of its
// envelope would: the vault header and sealed entries straight from
// IndexedDB, the key-encryption key by Argon2id (hash-wasm) from the
// passphrase the specs set, the data key and each entry opened with AES-256-GCM
// (node:crypto). Tests use it to check what reached storage; it also shows the
// stored format is standard and documented (README, "Encrypted storage").
import { createDecipheriv } from 'node:crypto';
import { argon2id } from 'hash-wasm';
import { PASSPHRASE } from './passphrase.js';

const PREFIX = 'cv1.';
const WRAPPED_KEY_CONTEXT = 'casevoice data key v1';

/**
 * Every entry of the three stores, as stored:
 * { records: {id: text}, settings: {key: text}, journal: {key: text} }.
 * `page` is a Playwright page, or anything with its `evaluate(fn)` (the
 * WebDriver journeys' `App.asPage()`).
 */
export async function rawEntries(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('casevoice');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const out = { records: {}, settings: {}, journal: {} };
          const names = ['records', 'settings', 'journal'].filter((n) => db.objectStoreNames.contains(n));
          const tx = db.transaction(names);
          for (const name of names) {
            const cursor = tx.objectStore(name).openCursor();
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (c) {
                out[name][c.key] = c.value;
                c.continue();
              }
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

function open(key, context, sealed) {
  if (!sealed.startsWith(PREFIX)) throw new Error(`not sealed: ${sealed.slice(0, 40)}`);
  const body = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
  const nonce = body.subarray(0, 12);
  const tag = body.subarray(body.length - 16);
  const ciphertext = body.subarray(12, body.length - 16);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

const keys = new Map();

/** The data key, from the stored header and the passphrase. */
export async function dataKey(header, passphrase = PASSPHRASE) {
  const cacheKey = `${header.wrapped_key}:${passphrase}`;
  if (!keys.has(cacheKey)) {
    const kek = await argon2id({
      password: passphrase,
      salt: Buffer.from(header.kdf.salt, 'base64url'),
      iterations: header.kdf.passes,
      parallelism: header.kdf.lanes,
      memorySize: header.kdf.memory_kib,
      hashLength: 32,
      outputType: 'binary',
    });
    keys.set(cacheKey, open(Buffer.from(kek), WRAPPED_KEY_CONTEXT, header.wrapped_key));
  }
  return keys.get(cacheKey);
}

/**
 * Waits until autosave has written every record whole: until the journal
 * (typed answers stored as small entries, replayed by the app over the record)
 * is empty, which it is within about a second of typing stopping. Returns the
 * entries then.
 */
async function entriesWrittenWhole(page) {
  const start = Date.now();
  for (;;) {
    const raw = await rawEntries(page);
    if (Object.keys(raw.journal).length === 0) return raw;
    if (Date.now() - start > 15_000) {
      throw new Error(`the journal still holds ${Object.keys(raw.journal).length} entries after 15 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The stored records, opened, by id (each as its stored JSON's `record`),
 * once every record has been written whole.
 */
export async function storedRecords(page, passphrase = PASSPHRASE) {
  const raw = await entriesWrittenWhole(page);
  const key = await dataKey(JSON.parse(raw.settings.vault), passphrase);
  const records = {};
  for (const [id, sealed] of Object.entries(raw.records)) {
    records[id] = JSON.parse(open(key, id, sealed).toString('utf8')).record;
  }
  return records;
}

/** One stored record, opened; null when it is not stored. */
export async function storedRecord(page, id) {
  return (await storedRecords(page))[id] ?? null;
}
