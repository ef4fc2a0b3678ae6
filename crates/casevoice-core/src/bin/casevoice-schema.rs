//! Prints the JSON Schema of casevoice's export. Regenerate the committed copy with
//! `cargo run -p casevoice-core --features schema --bin casevoice-schema > schema/export-v1.schema.json`.

fn main() {
    print!("{}", casevoice_core::schema::export_schema_json());
}
