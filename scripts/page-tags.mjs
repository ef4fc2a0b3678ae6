// Reads and rewrites the start tags of the built index.html by their
// attributes, whatever their order or quoting. Trunk minifies the release's
// page (Trunk.toml, `minify`), and minify-html unquotes attribute values where
// it may and leaves out empty ones, so the scripts that read the page
// (precache.mjs, csp-policy.mjs, tests/size/budget.mjs, the policy spec) find
// tags through this rather than by the text the source index.html happens to
// have. Enough HTML for the page this project builds: start tags outside
// comments, no `>` inside an attribute value.

const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decode(value) {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const encode = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `html` with each comment's text blanked to spaces, so indices still match. */
const withoutComments = (html) => html.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));

/** The attributes of a start tag's text after its name, by lower-case name. */
function attributesOf(text) {
  const attributes = new Map();
  // An unquoted value runs to the next space, as browsers read it: base64
  // (an integrity hash) may end in "=".
  const pattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const [, name, double, single, bare] of text.matchAll(pattern)) {
    attributes.set(name.toLowerCase(), decode(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/**
 * Every start tag in `html` named `name` (lower case), in order, each as
 * `{ start, end, attributes }`: its span in `html` and a Map of its attributes.
 * With no name, every start tag, each also with its `name`.
 */
export function startTags(html, name) {
  const tags = [];
  for (const match of withoutComments(html).matchAll(/<([a-z][a-z0-9-]*)(\s[^>]*)?>/gi)) {
    const tagName = match[1].toLowerCase();
    if (name !== undefined && tagName !== name) continue;
    tags.push({
      name: tagName,
      start: match.index,
      end: match.index + match[0].length,
      // A self-closing slash, but not the end of an unquoted value (href=/).
      attributes: attributesOf((match[2] ?? '').replace(/(^|[\s"'])\/\s*$/, '$1')),
    });
  }
  return tags;
}

/** The one start tag named `name` whose attributes satisfy `wanted`, or null; throws if there are several. */
export function findTag(html, name, wanted) {
  const found = startTags(html, name).filter((tag) => wanted(tag.attributes));
  if (found.length > 1) throw new Error(`the page has ${found.length} <${name}> tags where one was expected`);
  return found[0] ?? null;
}

/** A start tag named `name` with `attributes` (a Map), in order, each value double-quoted. */
function writeTag(name, attributes) {
  const parts = [...attributes].map(([key, value]) => `${key}="${encode(value)}"`);
  return `<${name}${parts.map((part) => ` ${part}`).join('')}>`;
}

/** `html` with `tag` (from startTags or findTag) written again with `attributes`. */
export const replaceTag = (html, tag, attributes) =>
  `${html.slice(0, tag.start)}${writeTag(tag.name, attributes)}${html.slice(tag.end)}`;
