// The key worker (src/vault/key_worker.rs): derives the key-encryption key
// from the passphrase with Argon2id, in casevoice's own WebAssembly module,
// sent here compiled. A module worker, so the glue is imported, not loaded
// with importScripts (a Trusted Types sink). One derivation, then the page
// stops the worker: if WebKit's compiler miscomputes Argon2 and the instance
// aborts, only this worker is lost, and the page asks a new one.
addEventListener(
  'message',
  async ({ data }) => {
    try {
      const glue = await import(data.glue);
      await glue.default({ module_or_path: data.module });
      const key = new Uint8Array(glue.derive_key_encryption_key(data.params, data.passphrase));
      postMessage({ key }, [key.buffer]);
    } catch (error) {
      postMessage({ error: String(error) });
    }
  },
  { once: true },
);
