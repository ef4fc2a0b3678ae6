// Serves the SurveyJS benchmark page (surveyjs/) and the three SurveyJS files it
// loads from node_modules, uncompressed, over loopback, with no caching, like
// tests/e2e/serve-dist.mjs serves casevoice's build. No content security policy:
// SurveyJS sets inline styles, which casevoice's policy refuses.
//
//   node tests/bench/serve-surveyjs.mjs PORT
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.argv[2] ?? 4786);

/** Every address the page loads, and the file behind it. */
export const FILES = {
  '/': join(here, 'surveyjs/index.html'),
  '/form.js': join(here, 'surveyjs/form.js'),
  '/survey.core.min.js': join(here, 'node_modules/survey-core/survey.core.min.js'),
  '/survey-js-ui.min.js': join(here, 'node_modules/survey-js-ui/survey-js-ui.min.js'),
  '/survey-core.fontless.min.css': join(here, 'node_modules/survey-core/survey-core.fontless.min.css'),
};
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const file = FILES[pathname] ?? (pathname === '/index.html' ? FILES['/'] : undefined);
    if (!file) {
      response.writeHead(404, { 'cache-control': 'no-store' }).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'cache-control': 'no-store', 'content-type': types[extname(file)] });
      response.end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  }).listen(port, '127.0.0.1', () => {
    console.log(`serving the SurveyJS page at http://127.0.0.1:${port}/`);
  });
}
