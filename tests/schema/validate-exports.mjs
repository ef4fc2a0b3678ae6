// Validates casevoice exports against the committed JSON Schema with ajv, a
// validator casevoice did not write, so the schema is checked by a third party and
// not only by the code it was generated from.
//
//   node tests/schema/validate-exports.mjs SCHEMA FILE_OR_DIR...
//
// Directories are searched for .json files. A file in a directory named "invalid"
// must be refused by the schema; every other file must be accepted. Prints one
// line per file and "N passed, M failed"; exits 1 if anything failed or no file
// was found. ajv is installed with the other npm tools in tests/e2e.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const Ajv2020 = require('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats').default;

const [schemaPath, ...targets] = process.argv.slice(2);
if (!schemaPath || targets.length === 0) {
  console.error('usage: validate-exports.mjs SCHEMA FILE_OR_DIR...');
  process.exit(2);
}

// schemars writes Rust's integer widths as formats; ajv's strict mode refuses
// formats it does not know, so each gets the range it stands for.
const integerFormat = (max) => ({ type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= max });
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
addFormats(ajv);
ajv.addFormat('uint8', integerFormat(255));
ajv.addFormat('uint32', integerFormat(2 ** 32 - 1));
ajv.addFormat('uint64', integerFormat(Number.MAX_SAFE_INTEGER));
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

const jsonFiles = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path).sort().flatMap((name) => jsonFiles(join(path, name)))
    : path.endsWith('.json') ? [path] : [];
const files = targets.flatMap(jsonFiles);

let passed = 0;
let failed = 0;
for (const file of files) {
  const mustRefuse = basename(dirname(file)) === 'invalid';
  const accepted = validate(JSON.parse(readFileSync(file, 'utf8')));
  // The deepest errors say most: a oneOf's other branches fail higher up.
  const deepest = accepted
    ? []
    : [...validate.errors].sort((a, b) => b.instancePath.length - a.instancePath.length).slice(0, 2);
  const why = accepted ? '' : ` (${ajv.errorsText(deepest)})`;
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
