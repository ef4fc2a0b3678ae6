// What scripts/bench puts into every page before the page's own scripts run
// (Playwright's addInitScript, so the page's content security policy does not
// apply to it). Everything is timed inside the page with performance.now(), never
// from the driver, whose own round trips would land in the figures.
//
// installProbes is serialised into the page: it must not use anything from this
// module's scope.

/**
 * @param {{ target: string, errors: string }} config the typing target's selector
 *   (the first text input of the form) and the inline error messages' selector.
 */
export function installProbes(config) {
  const now = () => performance.now();
  /** After the next frame has been produced: requestAnimationFrame, then a task. */
  const afterNextPaint = (done) => requestAnimationFrame(() => setTimeout(() => done(now()), 0));

  const bench = {
    /** performance.now() (from navigation start) when the target became interactive. */
    interactiveAt: null,
    /** Every WebAssembly.Memory the page made or was given by an instance's exports. */
    memories: new Set(),
    /** One entry a keystroke: { down: {start, handlers, paint}, up: {…}, input }. */
    keys: [],
    validation: null,
  };
  bench.whenInteractive = new Promise((resolve) => {
    bench.markInteractive = resolve;
  });
  Object.defineProperty(window, '__bench', { value: bench });

  // WebAssembly memory is not in the JS heap figure: find every Memory the page
  // makes (wasm-bindgen's module exports its own) to sum their buffers.
  const keepMemories = (instance) => {
    for (const value of Object.values(instance?.exports ?? {})) {
      if (value instanceof WebAssembly.Memory) bench.memories.add(value);
    }
  };
  const wasm = WebAssembly;
  const OriginalMemory = wasm.Memory;
  wasm.Memory = function Memory(descriptor) {
    const memory = new OriginalMemory(descriptor);
    bench.memories.add(memory);
    return memory;
  };
  wasm.Memory.prototype = OriginalMemory.prototype;
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = wasm[name];
    if (typeof original !== 'function') continue;
    wasm[name] = function (...args) {
      return original.apply(this, args).then((result) => {
        keepMemories(result instanceof wasm.Instance ? result : result.instance);
        return result;
      });
    };
  }
  const OriginalInstance = wasm.Instance;
  wasm.Instance = function Instance(module, imports) {
    const instance = new OriginalInstance(module, imports);
    keepMemories(instance);
    return instance;
  };
  wasm.Instance.prototype = OriginalInstance.prototype;
  bench.wasmBytes = () => [...bench.memories].reduce((sum, memory) => sum + memory.buffer.byteLength, 0);

  // Interactive: the target exists, is connected, enabled, focusable (not inert)
  // and has a layout box; checked after every batch of DOM changes.
  const interactive = (element) =>
    element !== null &&
    element.isConnected &&
    !element.disabled &&
    element.tabIndex >= 0 &&
    element.closest('[inert]') === null &&
    element.getClientRects().length > 0;
  const watcher = new MutationObserver(() => {
    if (interactive(document.querySelector(config.target))) {
      bench.interactiveAt = now();
      watcher.disconnect();
      bench.markInteractive(bench.interactiveAt);
    }
  });
  watcher.observe(document, { childList: true, subtree: true, attributes: true });

  // Keystrokes. For each key event: from a capture listener on window (the first
  // listener of all) to the same event's bubble listener on window (the last)
  // plus a microtask, i.e. the page's handlers and the microtasks they queued;
  // and to the next frame. For key-down also to the `input` event reaching
  // window. SurveyJS in onTyping mode updates its model on key-up, so both
  // events are timed.
  let current = null;
  const onCapture = (event) => {
    if (event.type === 'keydown') {
      // Two paints and two bubbles (key-down's and key-up's) to wait for.
      current = { resolve: null, pending: 4, input: null };
      bench.keys.push(current);
    }
    const key = current;
    if (key === null) return;
    const start = now();
    const timing = { start, handlers: null, paint: null };
    key[event.type === 'keydown' ? 'down' : 'up'] = timing;
    afterNextPaint((at) => {
      timing.paint = at - start;
      settle(key);
    });
  };
  const onBubble = (event) => {
    const key = current;
    if (key === null) return;
    const timing = key[event.type === 'keydown' ? 'down' : 'up'];
    queueMicrotask(() => {
      timing.handlers = now() - timing.start;
      settle(key);
    });
  };
  const settle = (key) => {
    key.pending -= 1;
    if (key.pending === 0 && key.resolve) key.resolve();
  };
  for (const type of ['keydown', 'keyup']) {
    addEventListener(type, onCapture, true);
    addEventListener(type, onBubble, false);
  }
  // The page's own script a keystroke: for every event a key makes, from the
  // capture listener on window to the bubble listener on window plus a
  // microtask, summed; the browser's own work between the events (inserting
  // the character) is left out.
  const started = new WeakMap();
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) {
    addEventListener(type, (event) => started.set(event, now()), true);
    addEventListener(type, (event) => {
      const key = current;
      const start = started.get(event);
      if (key === null || start === undefined) return;
      queueMicrotask(() => {
        key.script = (key.script ?? 0) + (now() - start);
      });
    });
  }
  addEventListener('input', () => {
    const key = current;
    if (key === null || key.down === undefined || key.input !== null) return;
    queueMicrotask(() => {
      key.input = now() - key.down.start;
    });
  });
  /** Resolves when keystroke `index` has both paints and both bubbles (or after `ms`). */
  bench.keyDone = (index, ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      const check = () => {
        const key = bench.keys[index];
        if (key && key.pending <= 0) {
          clearTimeout(timer);
          resolve();
        } else if (key) {
          key.resolve = check;
        } else {
          requestAnimationFrame(check);
        }
      };
      check();
    });
  bench.keyFigures = () =>
    bench.keys.map((key) => ({
      downPaint: key.down?.paint ?? null,
      upPaint: key.up?.paint ?? null,
      downHandlers: key.down?.handlers ?? null,
      upHandlers: key.up?.handlers ?? null,
      input: key.input,
      script: key.script ?? null,
    }));

  // Validation: from the click on the submit button (a capture listener) until
  // the expected number of error messages exist, plus one frame.
  bench.armValidation = (expected, submit) => {
    const state = { start: null, errorsAt: null, done: null, count: 0 };
    state.whenDone = new Promise((resolve) => {
      state.finish = resolve;
    });
    bench.validation = state;
    const counter = new MutationObserver(() => {
      if (state.start === null) return;
      state.count = document.querySelectorAll(config.errors).length;
      if (state.count >= expected) {
        counter.disconnect();
        state.errorsAt = now() - state.start;
        afterNextPaint((at) => {
          state.done = at - state.start;
          state.finish({ done: state.done, errorsAt: state.errorsAt, count: state.count });
        });
      }
    });
    addEventListener(
      'click',
      (event) => {
        if (state.start !== null || !(event.target instanceof Element) || !event.target.closest(submit)) return;
        state.start = now();
        counter.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      },
      true,
    );
  };
}
