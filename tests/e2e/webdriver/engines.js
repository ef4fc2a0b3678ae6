// The browser engines the WebDriver journeys run in, each through its own
// driver and selenium-webdriver (README, "Browser support"):
//  - firefox: Debian's firefox-esr through geckodriver (installed by
//    scripts/setup.sh with cargo), headless;
//  - webkit: WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's
//    webkit2gtk-driver). MiniBrowser has no headless mode, so scripts/test runs
//    this tier under xvfb-run where there is no display.
// Each session is a new browser with a profile of its own, so every journey
// starts on a device that has never seen casevoice.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import remote from 'selenium-webdriver/remote/index.js';

const GECKODRIVER = process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engine this run drives: CASEVOICE_ENGINE, `firefox` or `webkit`. */
export const ENGINE = process.env.CASEVOICE_ENGINE ?? 'firefox';
if (!['firefox', 'webkit'].includes(ENGINE)) {
  throw new Error(`CASEVOICE_ENGINE must be firefox or webkit, not ${ENGINE}`);
}

/** A driver port from WEBDRIVER_PORT, else one the system gives. */
const driverPort = () => Number(process.env.WEBDRIVER_PORT ?? 0);

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

async function webkitSession() {
  const service = new remote.DriverService.Builder(WEBKIT_DRIVER).setPort(driverPort()).setLoopback(true).build();
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

/**
 * Starts a browser of ENGINE. `session.downloads()` lists the files it has
 * downloaded (Firefox; WebKitGTK's MiniBrowser asks where to save in a dialog
 * that WebDriver cannot reach, see page.js's `download`).
 */
export async function startBrowser() {
  const downloads = mkdtempSync(join(tmpdir(), 'casevoice-downloads-'));
  const driver = ENGINE === 'firefox' ? await firefoxSession(downloads) : await webkitSession();
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  const caps = await driver.getCapabilities();
  return {
    driver,
    engine: ENGINE,
    version: `${caps.getBrowserName()} ${caps.getBrowserVersion()}`,
    savesDownloads: ENGINE === 'firefox',
    downloads: () =>
      readdirSync(downloads)
        .filter((name) => !name.endsWith('.part'))
        .map((name) => ({ name, bytes: readFileSync(join(downloads, name)) })),
    async quit() {
      try {
        await driver.quit();
      } finally {
        rmSync(downloads, { recursive: true, force: true });
      }
    },
  };
}
