//! The JSON Schema (draft 2020-12) of the export, generated from the types that
//! write it, so the schema cannot describe a file casevoice does not write. The
//! committed copy is `schema/export-v1.schema.json`; `tests/schema.rs` fails when
//! it differs from what this module generates.
//!
//! The schema describes files as casevoice writes them (schemars' serialize
//! contract): every field is present, since serde writes every field, and codes are
//! in their official form. Reading is more forgiving (a missing field takes its
//! default; a code in lower case or with spaces around it is accepted), so a file
//! that fails the schema may still import; one that passes always does, unless its
//! `record_id` differs from its record's `id`, which a schema cannot compare.

use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use schemars::Schema;

use crate::export::ExportEnvelope;

/// Where the committed schema lives, from the workspace root, and the name it is
/// served under beside the app.
pub const SCHEMA_FILE: &str = "schema/export-v1.schema.json";

/// The schema of an export file, [`ExportEnvelope`] with everything under it.
pub fn export_schema() -> Schema {
    let generator = SchemaSettings::draft2020_12()
        .for_serialize()
        // `#[serde(default)]` makes schemars give each field's default, which only
        // says what reading does with a missing field; a file casevoice writes has
        // every field, so the defaults would be noise (and a nil uuid as a child's
        // "default" id would mislead).
        .with_transform(RecursiveTransform(|schema: &mut Schema| {
            schema.remove("default");
        }))
        .into_generator();
    let mut schema = generator.into_root_schema_for::<ExportEnvelope>();
    // Relative, so the schema names itself without claiming a web address that
    // nobody owns; it resolves against wherever the file is served from.
    schema.insert("$id".into(), "export-v1.schema.json".into());
    schema.insert("title".into(), "casevoice export, version 1".into());
    schema.insert(
        "description".into(),
        "A case record exported by casevoice, in an envelope that names the format, its \
         version, the casevoice version that wrote it, when (UTC), the record's id and the \
         SHA-256 of the record's canonical JSON."
            .into(),
    );
    schema
}

/// The committed file's text: pretty-printed, with a trailing newline.
pub fn export_schema_json() -> String {
    let mut text = serde_json::to_string_pretty(&export_schema())
        .expect("a schema is plain JSON and always serialises");
    text.push('\n');
    text
}
