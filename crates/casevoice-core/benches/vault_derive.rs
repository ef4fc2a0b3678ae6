//! How long unlocking a vault takes natively: one Argon2id derivation at
//! `KdfParams::current()` (19 MiB, 2 passes, 1 lane) and one 32-byte AES-GCM
//! open. Run with `cargo bench -p casevoice-core --bench vault_derive`. The
//! browser's wasm runs it a few times slower than this.

use std::hint::black_box;

use casevoice_core::vault::{create_vault, unlock};
use criterion::{criterion_group, criterion_main, Criterion};

fn vault_derive(c: &mut Criterion) {
    let passphrase = "kettle on the hob at four";
    let (header, _key) = create_vault(passphrase).expect("a good passphrase");
    let name = format!(
        "vault unlock (Argon2id {} KiB, {} passes, {} lane)",
        header.kdf.memory_kib, header.kdf.passes, header.kdf.lanes
    );
    let mut group = c.benchmark_group("vault");
    // About 20 ms a run: ten samples are enough to see the figure.
    group.sample_size(10);
    group.bench_function(name, |b| {
        b.iter(|| unlock(black_box(&header), black_box(passphrase)).expect("the right passphrase"))
    });
    group.finish();
}

criterion_group!(benches, vault_derive);
criterion_main!(benches);
