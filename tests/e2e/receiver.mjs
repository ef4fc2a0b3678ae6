// A stand-in for the case system's upload endpoint, for the end-to-end tests:
// listens on 127.0.0.1 only, records every upload with its Idempotency-Key and
// whether that key had arrived before, and can be told to fail the next N
// uploads with a 500. Started by the tests themselves (startReceiver), or alone:
//   node receiver.mjs [port]
// Admin endpoints: GET /admin/received, POST /admin/fail?count=N, POST /admin/reset.
import { createServer } from 'node:http';

export function startReceiver(port = 0) {
  const received = [];
  const keys = new Set();
  let failNext = 0;

  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'POST, GET, OPTIONS',
    'access-control-allow-headers': 'content-type, idempotency-key',
  };
  const reply = (response, status, body) => {
    response.writeHead(status, { ...cors, 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'OPTIONS') {
        response.writeHead(204, cors);
        response.end();
      } else if (url.pathname === '/admin/received') {
        reply(response, 200, received);
      } else if (url.pathname === '/admin/fail' && request.method === 'POST') {
        failNext = Number(url.searchParams.get('count') ?? 1);
        reply(response, 200, { failNext });
      } else if (url.pathname === '/admin/reset' && request.method === 'POST') {
        received.length = 0;
        keys.clear();
        failNext = 0;
        reply(response, 200, {});
      } else if (url.pathname === '/upload' && request.method === 'POST') {
        const key = request.headers['idempotency-key'] ?? null;
        const entry = {
          key,
          contentType: request.headers['content-type'] ?? null,
          body: Buffer.concat(chunks).toString('utf8'),
          at: new Date().toISOString(),
        };
        if (failNext > 0) {
          failNext -= 1;
          received.push({ ...entry, status: 500, duplicate: false });
          reply(response, 500, { error: 'told to fail' });
          return;
        }
        // A key seen before is the same content again: acknowledged, kept once.
        const duplicate = key !== null && keys.has(key);
        if (key !== null) keys.add(key);
        received.push({ ...entry, status: duplicate ? 200 : 201, duplicate });
        reply(response, duplicate ? 200 : 201, { duplicate });
      } else {
        reply(response, 404, { error: 'not found' });
      }
    });
  });

  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}`;
      resolve({
        base,
        uploadUrl: `${base}/upload`,
        received: () => received,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const receiver = await startReceiver(Number(process.argv[2] ?? 0));
  console.log(`receiving at ${receiver.uploadUrl}`);
}
