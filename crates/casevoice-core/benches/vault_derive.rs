//! How long one Argon2id derivation at `KdfParams::current()` (19 MiB, 2 passes,
//! 1 lane) takes natively: unlocking a vault is one derivation and one 32-byte
//! AES-GCM open. Run with `cargo bench -p casevoice-core --bench vault_derive`.
//! The browser's wasm runs it a few times slower than this.

use std::hint::black_box;
use std::time::Instant;

use casevoice_core::vault::{create_vault, unlock};

const RUNS: u32 = 10;

fn main() {
    let passphrase = "kettle on the hob at four";
    let (header, _key) = create_vault(passphrase).expect("a good passphrase");
    let started = Instant::now();
    for _ in 0..RUNS {
        black_box(unlock(black_box(&header), black_box(passphrase)).expect("the right passphrase"));
    }
    let each = started.elapsed() / RUNS;
    println!(
        "vault unlock (Argon2id {} KiB, {} passes, {} lane): {:.1} ms each over {RUNS} runs",
        header.kdf.memory_kib,
        header.kdf.passes,
        header.kdf.lanes,
        each.as_secs_f64() * 1000.0
    );
}
