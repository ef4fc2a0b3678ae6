// casevoice's Content Security Policy, in one place. index.html carries it as
// a <meta> (for hosts that cannot set headers), Trunk.toml's [serve.headers]
// and tests/e2e/serve-dist.mjs send it as a header; an end-to-end test checks
// that all three say what this file says. README ("Content Security Policy")
// explains each directive.
//
// The one part that differs by deployment is connect-src: the app talks to its
// own origin (config.json) and, where config.json names an upload_url, to that
// origin. A deployer with an upload_url adds its origin to the header and to
// the meta (both policies apply, so the meta's connect-src must allow it too):
//
//   node scripts/csp-policy.mjs header [config.json]   the header's value
//   node scripts/csp-policy.mjs meta [config.json]     the meta's content
//   node scripts/csp-policy.mjs apply dist/index.html [config.json]
//                                      writes the meta's connect-src in place
//                                      (and stamps the build as a new release,
//                                      see scripts/precache.mjs)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findTag, replaceTag } from './page-tags.mjs';
import { stampRelease } from './precache.mjs';

/** The directives, in order; connect-src gets the upload origins added. */
const DIRECTIVES = [
  ['default-src', "'none'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  // data: for drawings; 'self' for the manifest's icons, which Chromium
  // fetches under the page's img-src.
  ['img-src', "'self'", 'data:'],
  ['connect-src', "'self'"],
  // Working offline: the service worker (sw.js) and the web app manifest.
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  // Only a header can carry frame-ancestors: browsers ignore it in a <meta>.
  ['frame-ancestors', "'none'"],
  ['require-trusted-types-for', "'script'"],
  // The one Trusted Types policy: start.js's, which makes only the service
  // worker's address (register() takes nothing else under Trusted Types).
  ['trusted-types', 'casevoice-sw'],
];
const HEADER_ONLY = new Set(['frame-ancestors']);

/**
 * The policy as one line. `uploadOrigins` are added to connect-src; `meta`
 * leaves out what a <meta> cannot carry.
 */
export function contentSecurityPolicy({ uploadOrigins = [], meta = false } = {}) {
  return DIRECTIVES.filter(([name]) => !(meta && HEADER_ONLY.has(name)))
    .map(([name, ...sources]) =>
      [name, ...sources, ...(name === 'connect-src' ? uploadOrigins : [])].join(' '),
    )
    .join('; ');
}

/**
 * The origin of a deployment's upload_url (config.json), or null without one.
 * Throws on an address the app would refuse anyway (not https, except plain
 * http to loopback for testing), so no policy is widened for nothing.
 */
export function uploadOrigin(config) {
  const address = config?.upload_url;
  if (address === undefined || address === null) return null;
  const url = new URL(address);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`upload_url must be https:// (http:// only to loopback): ${address}`);
  }
  return url.origin;
}

/** The page's policy <meta>, found whatever its attributes' order and quoting. */
const policyMeta = (html) =>
  findTag(html, 'meta', (attributes) => attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');

/** `html` with its policy <meta> allowing `uploadOrigins` in connect-src. */
export function withUploadOrigins(html, uploadOrigins) {
  const meta = policyMeta(html);
  if (!meta) throw new Error('no Content-Security-Policy <meta> in the page');
  const policy = contentSecurityPolicy({ uploadOrigins, meta: true });
  return replaceTag(html, meta, new Map(meta.attributes).set('content', policy));
}

/** The policy <meta>'s content in `html`, or null. */
export function metaPolicy(html) {
  return policyMeta(html)?.attributes.get('content') ?? null;
}

function originsFrom(configPath) {
  if (!configPath) return [];
  const origin = uploadOrigin(JSON.parse(readFileSync(configPath, 'utf8')));
  return origin ? [origin] : [];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'header' && args.length <= 1) {
    console.log(contentSecurityPolicy({ uploadOrigins: originsFrom(args[0]) }));
  } else if (command === 'meta' && args.length <= 1) {
    console.log(contentSecurityPolicy({ uploadOrigins: originsFrom(args[0]), meta: true }));
  } else if (command === 'apply' && (args.length === 1 || args.length === 2)) {
    const origins = originsFrom(args[1]);
    writeFileSync(args[0], withUploadOrigins(readFileSync(args[0], 'utf8'), origins));
    console.log(`${args[0]}: connect-src 'self'${origins.map((o) => ` ${o}`).join('')}`);
    // A changed page is a new release, or browsers that keep the app for
    // working offline would go on using the page without the upload origin.
    const worker = join(dirname(args[0]), 'sw.js');
    if (existsSync(worker)) {
      console.log(`${worker}: release ${stampRelease(dirname(args[0])).version}`);
    }
  } else {
    console.error('usage: csp-policy.mjs header [config.json] | meta [config.json] | apply INDEX_HTML [config.json]');
    process.exit(2);
  }
}
