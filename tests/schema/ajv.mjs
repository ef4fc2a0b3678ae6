// The one ajv set-up for casevoice's export schema, shared by validate-exports.mjs
// and the end-to-end check of a file downloaded from the app: draft 2020-12, strict,
// with ajv-formats for date-time and uuid. ajv is installed with the other npm tools
// in tests/e2e, so it is loaded from there.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const Ajv2020 = require('ajv/dist/2020.js').default;
const addFormats = require('ajv-formats').default;

// schemars writes Rust's integer widths as formats; ajv's strict mode refuses
// formats it does not know, so each gets the range it stands for.
const integerFormat = (max) => ({
  type: 'number',
  validate: (n) => Number.isInteger(n) && n >= 0 && n <= max,
});

/** Compiles the schema; returns validate(value) -> { valid, errors } with the deepest errors first. */
export function exportValidator(schema) {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
  addFormats(ajv);
  ajv.addFormat('uint8', integerFormat(255));
  ajv.addFormat('uint32', integerFormat(2 ** 32 - 1));
  ajv.addFormat('uint64', integerFormat(Number.MAX_SAFE_INTEGER));
  const validate = ajv.compile(schema);
  return (value) => {
    if (validate(value)) return { valid: true, errors: '' };
    // The deepest errors say most: a oneOf's other branches fail higher up.
    const deepest = [...validate.errors]
      .sort((a, b) => b.instancePath.length - a.instancePath.length)
      .slice(0, 2);
    return { valid: false, errors: ajv.errorsText(deepest) };
  };
}
