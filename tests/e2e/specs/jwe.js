// The case system's side of an encrypted export, by an implementation
// independent of the app: Python's jwcrypto (tests/e2e/requirements.txt, in the
// venv scripts/setup.sh makes). Shared by the Playwright specs and the
// WebDriver journeys, so it needs neither.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** jwcrypto's Python, from the venv scripts/setup.sh makes. */
const python = process.env.CASEVOICE_PYTHON ?? resolve(here, '../../../target/pyenv/bin/python');
const tool = resolve(here, '../jwe_tool.py');

/** A fresh RSA key pair made by jwcrypto: the public JWK, and the private key's file. */
export function caseSystemKeyPair(bits) {
  const dir = mkdtempSync(join(tmpdir(), 'casevoice-jwe-'));
  execFileSync(python, [tool, 'keygen', String(bits), dir]);
  return {
    publicJwk: JSON.parse(readFileSync(join(dir, 'public.json'), 'utf8')),
    privatePath: join(dir, 'private.json'),
  };
}

/** The JWE file decrypted by jwcrypto with the private key, as bytes. */
export function decryptWithJwcrypto(privatePath, jwePath) {
  return execFileSync(python, [tool, 'decrypt', privatePath, jwePath]);
}
