// The release's index.html is minified (Trunk.toml, `minify`): attributes
// unquoted, reordered, empty ones left out. The scripts that stamp and read the
// page (scripts/page-tags.mjs and its users) must find the same tags whatever
// form the page takes. No browser: these read and write files.
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTag, startTags } from '../../../scripts/page-tags.mjs';
import { contentSecurityPolicy, metaPolicy, withUploadOrigins } from '../../../scripts/csp-policy.mjs';
import { releaseIn, stampRelease } from '../../../scripts/precache.mjs';

const POLICY = contentSecurityPolicy({ meta: true });

// The page as the source has it, and as minify-html writes it.
const PLAIN = `<!doctype html>
<html lang="en-GB">
  <head>
    <!-- Working offline: <meta name="casevoice-release" content="in a comment"> -->
    <meta http-equiv="Content-Security-Policy" content="${POLICY}">
    <meta name="casevoice-release" content="">
    <link rel="stylesheet" href="/main-1.css">
    <script type="module" src="/start.js" data-casevoice-js="/casevoice-1.js" data-casevoice-wasm="/casevoice-1_bg.wasm"></script>
  </head>
  <body></body>
</html>
`;
const MINIFIED =
  `<!doctype html><html lang=en-GB><meta content="${POLICY}" http-equiv=Content-Security-Policy>` +
  '<meta name=casevoice-release><link href=/main-1.css rel=stylesheet>' +
  '<script data-casevoice-js=/casevoice-1.js data-casevoice-wasm=/casevoice-1_bg.wasm src=/start.js type=module></script>' +
  '<body></body></html>';

const releaseMeta = (html) => findTag(html, 'meta', (a) => a.get('name') === 'casevoice-release');

for (const [form, html] of [['as written', PLAIN], ['minified', MINIFIED]]) {
  test(`the page's tags are read by attribute, ${form}`, () => {
    const [script] = startTags(html, 'script');
    expect(Object.fromEntries(script.attributes)).toEqual({
      type: 'module',
      src: '/start.js',
      'data-casevoice-js': '/casevoice-1.js',
      'data-casevoice-wasm': '/casevoice-1_bg.wasm',
    });
    expect(startTags(html, 'link').map((tag) => tag.attributes.get('href'))).toEqual(['/main-1.css']);
    // The one in the comment is not a tag.
    expect(startTags(html, 'meta')).toHaveLength(2);
    expect(releaseMeta(html).attributes.get('content') ?? '').toBe('');
    expect(metaPolicy(html)).toBe(POLICY);
  });

  test(`an upload origin is written into the policy <meta>, ${form}`, () => {
    const widened = withUploadOrigins(html, ['https://upload.example']);
    expect(metaPolicy(widened)).toContain("connect-src 'self' https://upload.example;");
    // Nothing else in the page changes.
    const meta = findTag(html, 'meta', (a) => a.has('http-equiv'));
    const after = findTag(widened, 'meta', (a) => a.has('http-equiv'));
    expect(widened.slice(0, meta.start)).toBe(html.slice(0, meta.start));
    expect(widened.slice(after.end)).toBe(html.slice(meta.end));
  });

  test(`a build is stamped with its release in the page and the worker, ${form}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'casevoice-page-tags-'));
    try {
      writeFileSync(join(dir, 'index.html'), html);
      writeFileSync(join(dir, 'sw.js'), '/* release */ {"version":"unstamped","offline":false,"files":[]} /* end release */\n');
      writeFileSync(join(dir, 'start.js'), '// start\n');
      const release = stampRelease(dir);
      const page = readFileSync(join(dir, 'index.html'), 'utf8');
      expect(releaseMeta(page).attributes.get('content')).toBe(release.version);
      expect(releaseIn(readFileSync(join(dir, 'sw.js'), 'utf8')).version).toBe(release.version);
      // Stamping again gives the same release: the stamp itself is not hashed.
      expect(stampRelease(dir).version).toBe(release.version);
      writeFileSync(join(dir, 'start.js'), '// start, changed\n');
      expect(stampRelease(dir).version).not.toBe(release.version);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a comment that looks like the release <meta> is neither read nor stamped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casevoice-page-tags-'));
  try {
    writeFileSync(join(dir, 'index.html'), PLAIN);
    writeFileSync(join(dir, 'sw.js'), '/* release */ {"version":"unstamped","offline":false,"files":[]} /* end release */\n');
    const { version } = stampRelease(dir);
    const page = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(page).toContain('<!-- Working offline: <meta name="casevoice-release" content="in a comment"> -->');
    expect(page).toContain(`<meta name="casevoice-release" content="${version}">`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('entities and single quotes in attribute values are read as the browser reads them', () => {
  const [tag] = startTags(`<meta name='a&amp;b' content="x &quot;y&quot; &#39;z&#x27;">`, 'meta');
  expect(tag.attributes.get('name')).toBe('a&b');
  expect(tag.attributes.get('content')).toBe(`x "y" 'z'`);
});

test('an unquoted value runs to the next space, "=" and all', () => {
  const [tag] = startTags('<link href=/casevoice-1.js integrity=sha256-AbC/dEf+gh= rel=modulepreload>', 'link');
  expect(Object.fromEntries(tag.attributes)).toEqual({
    href: '/casevoice-1.js',
    integrity: 'sha256-AbC/dEf+gh=',
    rel: 'modulepreload',
  });
  const [root] = startTags('<a href=/>', 'a');
  expect(root.attributes.get('href')).toBe('/');
  const [closed] = startTags('<meta name="x" />', 'meta');
  expect(Object.fromEntries(closed.attributes)).toEqual({ name: 'x' });
});

test('a page with two release <meta>s is refused rather than stamped in one of them', () => {
  expect(() => releaseMeta(`${MINIFIED}<meta name=casevoice-release content=x>`)).toThrow(/2 <meta> tags/);
});
