// What a journey does with the app, through WebDriver only: find things as a
// user names them (a field by its label, a group by its legend, a button or a
// link by its words), type with real key presses, and wait for what the user
// would see. Nothing here sleeps to wait for the interface: every wait is for
// a condition, with a timeout that fails the test and says what was awaited.
import { Key } from 'selenium-webdriver';
import { PASSPHRASE } from '../specs/passphrase.js';
import { BASE_URL } from './server.js';

export { PASSPHRASE };

const WAIT = 15_000;

/**
 * Finds visible elements matching a test of their words, in `scope` or the
 * page, or with `up` their nearest ancestors matching it (a legend's fieldset).
 * All in one script: WebKitWebDriver does not turn element references nested in
 * an array argument back into elements.
 */
const FIND = `
  const [selector, text, exact, scope, up] = arguments;
  const norm = (s) => s.replace(/\\s+/g, ' ').trim();
  const shown = (e) => e.getClientRects().length > 0;
  // As its accessible name has them: what is aria-hidden (an emoji beside its word) left out.
  const words = (e) => {
    const copy = e.cloneNode(true);
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return norm(copy.textContent);
  };
  const matches = (t) => (exact ? t === text || t === text + ' (optional)' : t.includes(text));
  const found = [...(scope ?? document).querySelectorAll(selector)].filter((e) => shown(e) && matches(words(e)));
  return up ? found.map((e) => e.closest(up)) : found;
`;

/** Controls named by a visible <label>; radios and checkboxes too. */
const FIND_CONTROL = `
  const [text, exact, scope] = arguments;
  const norm = (s) => s.replace(/\\s+/g, ' ').trim();
  const matches = (t) => (exact ? t === text || t === text + ' (optional)' : t.includes(text));
  return [...(scope ?? document).querySelectorAll('label')]
    .filter((l) => l.control && l.getClientRects().length > 0 && matches(norm(l.textContent)))
    .map((l) => l.control);
`;

export class App {
  constructor(browser) {
    this.browser = browser;
    this.driver = browser.driver;
  }

  /** Waits for `condition` (an async function giving a truthy value) and returns its value. */
  async until(condition, what, timeout = WAIT) {
    let last;
    return this.driver.wait(
      async () => {
        try {
          return await condition();
        } catch (error) {
          last = error;
          return false;
        }
      },
      timeout,
      `waited ${timeout} ms for ${what}${last ? ` (last: ${last.message})` : ''}`,
    );
  }

  /** The one element found by `find`, once there is exactly one. */
  async one(find, what) {
    return this.until(async () => {
      const found = await find();
      return found.length === 1 ? found[0] : false;
    }, `exactly one ${what}`);
  }

  /**
   * The page as specs/vault-reader.js reads it (Playwright's `evaluate`): runs
   * `fn` (which may return a promise) in the page and gives back its result.
   */
  asPage() {
    return {
      evaluate: async (fn) => {
        const result = await this.driver.executeAsyncScript(
          `const done = arguments[arguments.length - 1];
           Promise.resolve().then(${fn}).then((value) => done({ value }), (error) => done({ error: String(error) }));`,
        );
        if ('error' in result) throw new Error(result.error);
        return result.value;
      },
    };
  }

  async goto(path) {
    await this.driver.get(`${BASE_URL}${path}`);
    await this.unlockIfAsked();
  }

  /**
   * Reloads as the browser's reload button does. Not WebDriver's Refresh:
   * geckodriver's goes past the service worker (with no connection it shows
   * Firefox's error page where a reload by the user opens the kept app).
   */
  async reload({ unlock = true } = {}) {
    await this.driver.executeScript(() => {
      window.__casevoiceBeforeReload = true;
      setTimeout(() => location.reload());
    });
    await this.until(
      async () => !(await this.driver.executeScript(() => window.__casevoiceBeforeReload === true)),
      'the page to load again',
      30_000,
    );
    if (unlock) await this.unlockIfAsked();
  }

  async path() {
    return new URL(await this.driver.getCurrentUrl()).pathname;
  }

  /** What the app is waiting for: set-up, locked or unlocked. */
  async vaultPhase() {
    return this.until(
      () =>
        this.driver.executeScript(() => {
          const phase = document.documentElement.dataset.vault;
          return phase && phase !== 'opening' ? phase : null;
        }),
      'the app to start (html[data-vault])',
      30_000,
    );
  }

  /** Sets the passphrase on first use, or unlocks, and waits for the app. */
  async unlockIfAsked(passphrase = PASSPHRASE) {
    const phase = await this.vaultPhase();
    if (phase === 'set-up') {
      await this.typeInto(await this.byId('passphrase'), passphrase);
      await this.typeInto(await this.byId('confirm-passphrase'), passphrase);
      await this.click(await this.one(() => this.css('main form button[type="submit"]'), 'submit button'));
    } else if (phase === 'locked') {
      const fields = await this.css('#passphrase');
      if (fields.length === 0) return phase; // the neutral page after Exit this page
      await this.typeInto(fields[0], passphrase);
      await this.click(await this.one(() => this.css('main form button[type="submit"]'), 'submit button'));
    } else {
      return phase;
    }
    await this.until(
      () => this.driver.executeScript(() => document.documentElement.dataset.vault === 'unlocked'),
      'the app to unlock',
      30_000,
    );
    return 'unlocked';
  }

  css(selector, scope) {
    return this.driver.executeScript(
      (s, within) => [...(within ?? document).querySelectorAll(s)].filter((e) => e.getClientRects().length > 0),
      selector,
      scope,
    );
  }

  byId(id) {
    return this.one(() => this.css(`[id="${id}"]`), `element #${id}`);
  }

  /** The field labelled `label` (with or without "(optional)"), in `within` or the page. */
  field(label, { within, exact = true } = {}) {
    return this.one(() => this.driver.executeScript(FIND_CONTROL, label, exact, within), `field labelled "${label}"`);
  }

  /** The fieldset whose legend is `legend`. */
  group(legend, within) {
    return this.one(
      () => this.driver.executeScript(FIND, 'legend', legend, true, within, 'fieldset'),
      `group "${legend}"`,
    );
  }

  button(name, { exact = true, within } = {}) {
    return this.one(() => this.driver.executeScript(FIND, 'button', name, exact, within), `button "${name}"`);
  }

  link(name, { exact = true, within } = {}) {
    return this.one(() => this.driver.executeScript(FIND, 'a[href]', name, exact, within), `link "${name}"`);
  }

  async click(element) {
    await this.driver.executeScript((e) => e.scrollIntoView({ block: 'center' }), element);
    await element.click();
  }

  async press(name, options) {
    await this.click(await this.button(name, options));
  }

  async follow(name, options) {
    await this.click(await this.link(name, options));
  }

  /** Types `text` into `element` key by key, replacing what it held. */
  async typeInto(element, text) {
    await this.driver.executeScript((e) => e.scrollIntoView({ block: 'center' }), element);
    await element.click();
    if ((await element.getAttribute('value')) || (await element.getText())) {
      await element.sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
    }
    await element.sendKeys(text);
  }

  async fill(label, text, options) {
    await this.typeInto(await this.field(label, options), text);
  }

  /** Ticks the radio or checkbox labelled `label` (in `within`). */
  async choose(label, within) {
    const control = await this.field(label, { within });
    if (!(await control.isSelected())) await this.click(control);
    await this.until(() => control.isSelected(), `"${label}" to be chosen`);
  }

  async fillDate(legend, [day, month, year]) {
    const group = await this.group(legend);
    await this.fill('Day', day, { within: group });
    await this.fill('Month', month, { within: group });
    await this.fill('Year', year, { within: group });
  }

  /** The value of the field labelled `label`. */
  async valueOf(label, options) {
    return (await this.field(label, options)).getAttribute('value');
  }

  async text() {
    return this.driver.executeScript(() => document.body.innerText.replace(/\s+/g, ' '));
  }

  /** Waits until the page shows `text` (a string or a RegExp). */
  async sees(text) {
    const test = typeof text === 'string' ? (t) => t.includes(text) : (t) => text.test(t);
    await this.until(async () => test(await this.text()), `the page to show ${text}`);
  }

  async heading(name) {
    await this.one(() => this.driver.executeScript(FIND, 'h1', name, true), `h1 "${name}"`);
  }

  /** Waits until the header says the last change is stored. */
  async saved() {
    await this.until(async () => {
      const status = await this.css('header [data-save-status]');
      return status.length === 1 && /^Saved at /.test(await status[0].getText());
    }, 'the header to say "Saved at"');
  }

  /** Saves the page and waits for the next one. */
  async saveAndContinue() {
    const before = await this.path();
    await this.press('Save and continue');
    await this.until(async () => (await this.path()) !== before, 'the page to be saved and the next one shown');
  }

  /** Presses `button`, which downloads a file, and returns the file's name and bytes once saved. */
  async download(button) {
    const before = new Set(this.browser.downloads().map((f) => f.name));
    await this.click(button);
    return this.until(() => {
      const added = this.browser.downloads().filter((f) => !before.has(f.name));
      return added.length === 1 && added[0].bytes.length > 0 ? added[0] : false;
    }, 'the download to be saved');
  }
}
