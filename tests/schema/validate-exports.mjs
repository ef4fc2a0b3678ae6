// Validates casevoice exports against the committed JSON Schema with ajv, a
// validator casevoice did not write, so the schema is checked by a third party and
// not only by the code it was generated from.
//
//   node tests/schema/validate-exports.mjs SCHEMA FILE_OR_DIR...
//
// Directories are searched for .json files. A file in a directory named "invalid"
// must be refused by the schema; every other file must be accepted. Prints one
// line per file and "N passed, M failed"; exits 1 if anything failed or no file
// was found. The ajv set-up is in ajv.mjs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { exportValidator } from './ajv.mjs';

const [schemaPath, ...targets] = process.argv.slice(2);
if (!schemaPath || targets.length === 0) {
  console.error('usage: validate-exports.mjs SCHEMA FILE_OR_DIR...');
  process.exit(2);
}

const validate = exportValidator(JSON.parse(readFileSync(schemaPath, 'utf8')));

const jsonFiles = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path).sort().flatMap((name) => jsonFiles(join(path, name)))
    : path.endsWith('.json') ? [path] : [];
const files = targets.flatMap(jsonFiles);

let passed = 0;
let failed = 0;
for (const file of files) {
  const mustRefuse = basename(dirname(file)) === 'invalid';
  const { valid: accepted, errors } = validate(JSON.parse(readFileSync(file, 'utf8')));
  const why = accepted ? '' : ` (${errors})`;
  const name = relative(process.cwd(), file);
  if (accepted !== mustRefuse) {
    passed += 1;
    console.log(`ok      ${mustRefuse ? 'refused ' : 'accepted'} ${name}${why}`);
  } else {
    failed += 1;
    console.log(`not ok  ${accepted ? 'accepted' : 'refused '} ${name}${why}`);
  }
}
if (files.length === 0) {
  failed += 1;
  console.log('not ok  no export files found');
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
