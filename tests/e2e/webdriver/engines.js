// The browser engines the WebDriver journeys run in, each through its own
// driver and selenium-webdriver (README, "Browser support"):
//  - firefox: Debian's firefox-esr through geckodriver (installed by
//    scripts/setup.sh with cargo), headless;
//  - webkit: WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's
//    webkit2gtk-driver). MiniBrowser has no headless mode, so scripts/test runs
//    this tier under xvfb-run where there is no display.
// Each session is a new browser with a profile of its own, so every journey
// starts on a device that has never seen casevoice.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import remote from 'selenium-webdriver/remote/index.js';

const GECKODRIVER = process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? debianMiniBrowser();

/** Where Debian's libwebkit2gtk-4.1-0 puts MiniBrowser: under the machine's multiarch folder. */
function debianMiniBrowser() {
  const found = readdirSync('/usr/lib')
    .map((dir) => join('/usr/lib', dir, 'webkit2gtk-4.1/MiniBrowser'))
    .find((path) => existsSync(path));
  return found ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

/** The engine this run drives: CASEVOICE_ENGINE, `firefox` or `webkit`. */
export const ENGINE = process.env.CASEVOICE_ENGINE ?? 'firefox';
if (!['firefox', 'webkit'].includes(ENGINE)) {
  throw new Error(`CASEVOICE_ENGINE must be firefox or webkit, not ${ENGINE}`);
}

/** A driver port from WEBDRIVER_PORT, else one the system gives. */
const driverPort = () => Number(process.env.WEBDRIVER_PORT ?? 0);

/**
 * Waits until nothing listens on WEBDRIVER_PORT: a driver is stopped with a
 * signal that is not waited for, and the next session's driver on the same
 * port would otherwise find the old one still answering there.
 */
async function driverGone() {
  const port = driverPort();
  if (!port) return;
  for (let tries = 0; tries < 200; tries += 1) {
    const listening = await new Promise((done) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (!listening) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`the driver still listens on ${port}`);
}

async function firefoxSession(downloads) {
  const options = new firefox.Options()
    .setBinary(FIREFOX)
    .addArguments('-headless')
    .windowSize({ width: 1280, height: 1000 })
    // Downloads go straight to the session's folder, where the test reads them.
    .setPreference('browser.download.folderList', 2)
    .setPreference('browser.download.dir', downloads)
    .setPreference('browser.download.useDownloadDir', true)
    .setPreference('browser.download.always_ask_before_handling_new_types', false)
    .setPreference('browser.download.alwaysOpenPanel', false)
    // A British English browser, as the practitioners' are.
    .setPreference('intl.accept_languages', 'en-GB,en');
  const service = new firefox.ServiceBuilder(GECKODRIVER).setPort(driverPort());
  return new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
}

async function webkitSession(downloads) {
  // MiniBrowser saves a download, without asking, in the user's download
  // folder, which is their home folder where none is set: a home of its own
  // makes that the session's folder.
  const service = new remote.DriverService.Builder(WEBKIT_DRIVER)
    .setPort(driverPort())
    .setLoopback(true)
    .setEnvironment({ ...process.env, HOME: downloads })
    .build();
  const url = await service.start();
  const driver = await new Builder()
    .usingServer(url)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build();
  const quit = driver.quit.bind(driver);
  driver.quit = async () => {
    try {
      await quit();
    } finally {
      await service.kill();
    }
  };
  return driver;
}

/** Starts a browser of ENGINE. `session.downloads()` lists the files it has downloaded. */
export async function startBrowser() {
  const downloads = mkdtempSync(join(tmpdir(), 'casevoice-downloads-'));
  const driver = ENGINE === 'firefox' ? await firefoxSession(downloads) : await webkitSession(downloads);
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  const caps = await driver.getCapabilities();
  return {
    driver,
    engine: ENGINE,
    version: `${caps.getBrowserName()} ${caps.getBrowserVersion()}`,
    downloads: () =>
      readdirSync(downloads, { withFileTypes: true })
        // Firefox writes .part files while saving; WebKit's home holds its caches in folders.
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.part'))
        .map((entry) => entry.name)
        .map((name) => ({ name, path: join(downloads, name), bytes: readFileSync(join(downloads, name)) })),
    async quit() {
      try {
        await driver.quit();
        await driverGone();
      } finally {
        rmSync(downloads, { recursive: true, force: true });
      }
    },
  };
}
