// Working offline: after one visit with a connection, the service worker
// keeps the app; with the test server stopped (no connection at all, not a
// simulated one) the app opens at a record's address, unlocks, saves, keeps
// what was typed through a reload, and downloads the record.
import assert from 'node:assert/strict';
import { journey, server } from '../journey.js';
import { startServer } from '../server.js';

const KEPT = 'casevoice is kept on this device and opens without a connection.';

journey('after one visit the app opens, unlocks, saves and exports with the server gone', async (app) => {
  await app.goto('/');
  await app.heading('Case records');
  await app.until(
    () => app.driver.executeScript(() => navigator.serviceWorker?.controller != null),
    'a service worker to control the page',
    60_000,
  );
  await app.goto('/settings');
  await app.sees(KEPT);

  await server.current.stop();
  try {
    await app.goto('/settings');
    await app.heading('Settings');
    const fetched = await app.driver.executeAsyncScript((done) => {
      fetch('/no-such-file.txt').then(() => done('loaded'), () => done('failed'));
    });
    assert.equal(fetched, 'failed', 'really without a connection');

    await app.goto('/');
    await app.press('Start a new case record');
    await app.fill('Case number', 'ZW19P01392');
    await app.saved();
    const record = (await app.path()).replace(/\/case-number$/, '');
    await app.reload();
    assert.equal(await app.valueOf('Case number'), 'ZW19P01392');
    await app.goto(record);
    const file = await app.download(await app.button('Download the record (JSON)'));
    assert.equal(JSON.parse(file.bytes.toString('utf8')).record.case_details.case_number, 'ZW19P01392');
  } finally {
    server.current = await startServer();
  }
});
