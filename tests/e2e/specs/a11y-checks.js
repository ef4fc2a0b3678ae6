// Checks of WCAG criteria axe cannot make from one look at the page: target size
// with the spacing exception (2.5.8) and the app's own 48 px in child mode, the
// accessible name containing the visible label (2.5.3), focus visible (2.4.7)
// and focus not obscured by anything sticky or fixed (2.4.11) nor cut off by
// an ancestor that clips it, by walking the page with the Tab key as a keyboard
// user does.
import { expect } from '@playwright/test';

/** What a pointer or a keyboard can operate. */
const TARGETS =
  'a[href], button, input:not([type=hidden]), select, textarea, summary, canvas[tabindex], ' +
  '[role=button], [role=link], [role=radio], [role=checkbox], [tabindex]:not([tabindex="-1"])';

/**
 * Targets smaller than `min` × `min` CSS px that the spacing exception does not
 * excuse (a circle of `min` px centred on each small target touches no other
 * target and no other small target's circle), and that are not links within a
 * sentence. A radio or checkbox is its box and label together, as either takes
 * the click. One line per problem.
 */
export function targetSizeProblems(page, min, scope = 'body') {
  return page.evaluate(
    ({ min, scope, selector }) => {
      const describe = (el) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
      const shown = (el) => {
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return style.visibility !== 'hidden' && style.display !== 'none' && rect.width > 1 && rect.height > 1;
      };
      const union = (a, b) => {
        const left = Math.min(a.left, b.left);
        const top = Math.min(a.top, b.top);
        const right = Math.max(a.right, b.right);
        const bottom = Math.max(a.bottom, b.bottom);
        return { left, top, right, bottom, width: right - left, height: bottom - top };
      };
      /** In a sentence: an inline link or button with other words beside it in its block. */
      const inSentence = (el) => {
        if (getComputedStyle(el).display !== 'inline') return false;
        const block = el.parentElement?.closest('p, li, dd, td, div, span, label, legend');
        return !!block && block.textContent.trim().length > el.textContent.trim().length;
      };
      const targets = [];
      const root = document.querySelector(scope) ?? document.body;
      for (const el of root.querySelectorAll(selector)) {
        if (el.disabled || el.closest('[inert], [aria-hidden="true"], fieldset[disabled]')) continue;
        let rect = shown(el) ? el.getBoundingClientRect() : null;
        const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
        const wrapping = el.closest('label');
        if (el.matches('input[type=radio], input[type=checkbox]')) {
          for (const l of [label, wrapping]) {
            if (l && shown(l)) rect = rect ? union(rect, l.getBoundingClientRect()) : l.getBoundingClientRect();
          }
        }
        // The skip link and other visually hidden controls take no pointer.
        if (!rect) continue;
        targets.push({ el, rect });
      }
      const circle = (r) => ({ x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 });
      const circleTouchesRect = (c, radius, r) => {
        const dx = Math.max(r.left - c.x, 0, c.x - r.right);
        const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
        return dx * dx + dy * dy < radius * radius;
      };
      const small = targets.filter((t) => t.rect.width < min - 0.5 || t.rect.height < min - 0.5);
      const problems = [];
      for (const t of small) {
        if (inSentence(t.el)) continue;
        const c = circle(t.rect);
        const crowded = targets.some((other) => {
          if (other === t || other.el.contains(t.el) || t.el.contains(other.el)) return false;
          if (circleTouchesRect(c, min / 2, other.rect)) return true;
          if (!small.includes(other)) return false;
          const o = circle(other.rect);
          return Math.hypot(o.x - c.x, o.y - c.y) < min;
        });
        if (crowded) {
          problems.push(`${describe(t.el)} is ${Math.round(t.rect.width)}×${Math.round(t.rect.height)} px, too close to another target`);
        }
      }
      return problems;
    },
    { min, scope, selector: TARGETS },
  );
}

/**
 * Every target of `scope` smaller than `min` × `min` CSS px, spacing or not
 * (child mode asks 48 px of every control), except links in a sentence.
 */
export function undersizedTargets(page, min, scope) {
  return page.evaluate(
    ({ min, scope, selector }) => {
      const problems = [];
      const root = document.querySelector(scope);
      if (!root) return [`no ${scope} in the page`];
      for (const el of root.querySelectorAll(selector)) {
        if (el.disabled || el.closest('[inert], [aria-hidden="true"]')) continue;
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        let rect = el.getBoundingClientRect();
        const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null);
        if (el.matches('input[type=radio], input[type=checkbox]') && label) rect = label.getBoundingClientRect();
        if (rect.width <= 1 && rect.height <= 1) continue;
        if (style.display === 'inline') {
          const block = el.parentElement;
          if (block && block.textContent.trim().length > el.textContent.trim().length) continue;
        }
        if (rect.width < min - 0.5 || rect.height < min - 0.5) {
          const name = (el.textContent || el.getAttribute('aria-label') || el.id || el.tagName).trim().slice(0, 40);
          problems.push(`${el.tagName.toLowerCase()} "${name}" is ${Math.round(rect.width)}×${Math.round(rect.height)} px`);
        }
      }
      return problems;
    },
    { min, scope, selector: TARGETS },
  );
}

/** Words only: no case, punctuation, symbols, emoji or extra spaces. */
const words = (text) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Controls whose accessible name (as Chromium's accessibility tree computes it)
 * does not contain their visible label: a button's or link's visible text, or a
 * field's <label>. One line per problem.
 */
export async function nameProblems(page) {
  const controls = await page.evaluate((selector) => {
    /** The text a sighted user sees in `el`: not aria-hidden icons, not visually hidden words. */
    const visibleText = (el) => {
      let text = '';
      const walk = (node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          text += node.textContent;
          return;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) return;
        const style = getComputedStyle(node);
        if (node.getAttribute('aria-hidden') === 'true' || style.display === 'none' || style.visibility === 'hidden') return;
        const rect = node.getBoundingClientRect();
        if (style.position === 'absolute' && rect.width <= 1 && rect.height <= 1) return;
        if (node.matches('input, textarea, select')) return;
        for (const child of node.childNodes) walk(child);
        text += ' ';
      };
      walk(el);
      return text;
    };
    const found = [];
    let n = 0;
    for (const el of document.querySelectorAll(selector)) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // Not rendered at all (inside something hidden): no name, and nothing to see.
      if (el.getClientRects().length === 0) continue;
      let label = '';
      if (el.matches('input, textarea, select')) {
        const labels = [...(el.labels ?? [])];
        label = labels.map(visibleText).join(' ');
      } else if (!el.matches('canvas')) {
        label = visibleText(el);
      }
      if (!label.trim()) continue;
      n += 1;
      el.setAttribute('data-a11y-name-check', String(n));
      found.push({ n, label, what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` });
    }
    return found;
  }, TARGETS);

  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const names = new Map(nodes.filter((x) => x.backendDOMNodeId).map((x) => [x.backendDOMNodeId, x.name?.value ?? '']));
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const backendIds = new Map();
    const walk = (node) => {
      const attrs = node.attributes ?? [];
      const i = attrs.indexOf('data-a11y-name-check');
      if (i >= 0) backendIds.set(Number(attrs[i + 1]), node.backendNodeId);
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    const problems = [];
    for (const { n, label, what } of controls) {
      const name = names.get(backendIds.get(n)) ?? '';
      if (!words(name).includes(words(label))) {
        problems.push(`${what}: the name "${name}" does not contain the visible label "${label.trim().replace(/\s+/g, ' ')}"`);
      }
    }
    return problems;
  } finally {
    await cdp.detach();
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('[data-a11y-name-check]')) el.removeAttribute('data-a11y-name-check');
    });
  }
}

/**
 * What the focused element shows of its focus, or null when nothing shows: an
 * outline or shadow on it, on the drawn box of a radio or checkbox, or on a
 * parent that shows focus within it.
 */
export function focusIndicator(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const transparent = (colour) => /rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent';
    const shows = (style) => {
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor)) {
        return `outline ${style.outlineWidth} ${style.outlineColor}`;
      }
      if (style.boxShadow && style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
      return null;
    };
    const own = shows(getComputedStyle(el));
    if (own) return own;
    if (el.matches('input[type=radio], input[type=checkbox]')) {
      const drawn = el.nextElementSibling;
      const box = drawn && shows(getComputedStyle(drawn, '::before'));
      if (box) return `drawn box: ${box}`;
    }
    for (let parent = el.parentElement, i = 0; parent && i < 3; parent = parent.parentElement, i += 1) {
      const within = shows(getComputedStyle(parent));
      if (within) return `${parent.tagName.toLowerCase()}.${parent.className}: ${within}`;
    }
    return null;
  });
}

/**
 * Where the focused element is covered by anything position: sticky or fixed
 * (the part of it that paints: its own background, or its children), or null.
 */
export function focusObscuredBy(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const focused = el.getBoundingClientRect();
    if (focused.width === 0 && focused.height === 0) return null;
    const sticky = [...document.querySelectorAll('body *')].filter((e) => {
      const position = getComputedStyle(e).position;
      return (position === 'sticky' || position === 'fixed') && !e.contains(el);
    });
    const painted = (e) => {
      const style = getComputedStyle(e);
      const paints =
        style.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
        style.backgroundImage !== 'none' ||
        parseFloat(style.borderTopWidth) > 0 ||
        [...e.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent.trim());
      return paints ? [e] : [...e.children].flatMap(painted);
    };
    for (const bar of sticky) {
      for (const part of painted(bar)) {
        const r = part.getBoundingClientRect();
        const overlapX = Math.min(r.right, focused.right) - Math.max(r.left, focused.left);
        const overlapY = Math.min(r.bottom, focused.bottom) - Math.max(r.top, focused.top);
        if (overlapX > 0 && overlapY > 0) {
          const what = (e) => `${e.tagName.toLowerCase()}.${e.className}`;
          return `${what(el)} "${el.textContent.trim().slice(0, 30)}" under ${what(part)} (${Math.round(overlapX)}×${Math.round(overlapY)} px)`;
        }
      }
    }
    return null;
  });
}

/**
 * Where the focused element's focus indicator is cut off by an ancestor that
 * clips what it paints (paint containment, which content-visibility brings,
 * or overflow other than visible), or null. The indicator is the focused
 * element's box (a radio's or checkbox's, whose drawn box sits over it)
 * grown by its outline and its shadow's spread; an ancestor clips at its
 * padding box, pushed out by overflow-clip-margin where it has paint
 * containment.
 */
export function focusClippedBy(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const spread = (style) => {
      const outline =
        style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset) : 0;
      // "rgb(…) 0px 0px 0px 4px": the fourth length is the spread.
      const shadow = Math.max(
        0,
        ...[...style.boxShadow.matchAll(/(?:-?[\d.]+px\s+){3}(-?[\d.]+)px/g)].map((m) => parseFloat(m[1])),
      );
      return Math.max(0, outline, shadow);
    };
    let grow = spread(getComputedStyle(el));
    if (el.matches('input[type=radio], input[type=checkbox]') && el.nextElementSibling) {
      grow = Math.max(grow, spread(getComputedStyle(el.nextElementSibling, '::before')));
    }
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return null;
    const shown = { left: box.left - grow, top: box.top - grow, right: box.right + grow, bottom: box.bottom + grow };
    for (let parent = el.parentElement; parent && parent !== document.documentElement; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      const paintContained =
        /paint|strict|content/.test(style.contain) || style.contentVisibility === 'auto';
      const overflowClips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (!paintContained && !overflowClips) continue;
      // A scrolling ancestor clips too, but what is scrolled out of it can be scrolled to.
      if (/auto|scroll/.test(style.overflowX + style.overflowY)) continue;
      const r = parent.getBoundingClientRect();
      const margin = paintContained ? parseFloat(style.overflowClipMargin) || 0 : 0;
      const clip = {
        left: r.left + parseFloat(style.borderLeftWidth) - margin,
        top: r.top + parseFloat(style.borderTopWidth) - margin,
        right: r.right - parseFloat(style.borderRightWidth) + margin,
        bottom: r.bottom - parseFloat(style.borderBottomWidth) + margin,
      };
      const cut = Math.max(clip.left - shown.left, shown.right - clip.right, clip.top - shown.top, shown.bottom - clip.bottom);
      if (cut > 0.5) {
        const what = (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}`;
        return `${what(el)}'s focus cut off by ${Math.round(cut * 10) / 10} px at ${what(parent)}`;
      }
    }
    return null;
  });
}

/** The focused element, as something to tell apart from the next one. */
const activeKey = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    if (!el.dataset.a11yTabStop) el.dataset.a11yTabStop = String(Math.random()).slice(2);
    return el.dataset.a11yTabStop;
  });

/**
 * Tabs forwards through every stop of the page and then back again with
 * Shift+Tab, calling `atEach(direction)` at each stop; returns how many stops.
 */
export async function walkTabStops(page, atEach, limit = 200) {
  // Tab goes round: from wherever the page put the focus, to the end, through
  // the document itself, and from the top again, until a stop comes round again.
  const seen = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const key = await activeKey(page);
    if (key === null) continue;
    if (seen.includes(key)) break;
    seen.push(key);
    await atEach('Tab');
  }
  for (let i = 0, back = 0; i < limit && back < seen.length; i += 1) {
    await page.keyboard.press('Shift+Tab');
    if ((await activeKey(page)) === null) continue;
    back += 1;
    await atEach('Shift+Tab');
  }
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-a11y-tab-stop]')) delete el.dataset.a11yTabStop;
  });
  return seen.length;
}

/** Presses Tab until `locator` has the focus, as a keyboard user would. */
export async function tabTo(page, locator, { limit = 80, back = false } = {}) {
  const target = await locator.elementHandle();
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((el) => document.activeElement === el, target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${locator} with the ${back ? 'Shift+Tab' : 'Tab'} key`);
}

/** The focused element shows its focus, and nothing sticky covers it. */
export async function expectFocusShown(page) {
  expect(await focusIndicator(page), `focus is visible on ${await describeActive(page)}`).not.toBeNull();
  expect(await focusObscuredBy(page), 'nothing sticky covers the focus').toBeNull();
  expect(await focusClippedBy(page), 'nothing cuts the focus off').toBeNull();
}

export const describeActive = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.value || '').trim().slice(0, 40)}"` : 'nothing';
  });
