//! The JSON export: the record in a versioned envelope that names its format, the
//! app that wrote it, when, and a SHA-256 of the record's canonical bytes, so the
//! case system (and `casevoice-check`) can tell a casevoice export from anything
//! else and notice if its content was changed after export.
//!
//! The canonical bytes are the record serialised by this crate: fields in their
//! declared order, maps sorted by key, no whitespace. Reading an export re-serialises
//! the record it finds and hashes that, so a file re-indented by a text editor still
//! checks, but any change to a value does not. (It first tries the record's text as
//! it stands in the file, which in a file casevoice wrote is those same bytes; see
//! `own_text_matches` for the one kind of file where that answers differently.)

use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use sha2::{Digest, Sha256};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::record::CaseRecord;

pub const EXPORT_FORMAT: &str = "casevoice-export";
/// Raised whenever the record's exported shape changes; older versions are
/// migrated on import ([`read_export`]).
pub const EXPORT_VERSION: u32 = 1;

/// An export as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ExportEnvelope {
    /// Always "casevoice-export".
    #[cfg_attr(feature = "schema", schemars(extend("const" = "casevoice-export")))]
    pub format: String,
    /// The format's version, [`EXPORT_VERSION`]; each version has its own schema.
    #[cfg_attr(feature = "schema", schemars(extend("const" = 1)))]
    pub version: u32,
    /// The casevoice version that wrote the file.
    pub app_version: String,
    /// UTC, RFC 3339.
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "schema", schemars(with = "String", extend("format" = "date-time")))]
    pub exported_at: OffsetDateTime,
    pub record_id: Uuid,
    /// Lower-case hex SHA-256 of the record's canonical bytes.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = "^[0-9a-f]{64}$")))]
    pub content_sha256: String,
    pub record: CaseRecord,
}

/// The record's canonical bytes, which the content hash is taken over.
pub fn canonical_record_bytes(record: &CaseRecord) -> Vec<u8> {
    canonical_bytes_within(record, 128)
}

/// The canonical bytes written into a buffer of `capacity` bytes to start with:
/// reading an export knows about how long they are, and saves growing it.
fn canonical_bytes_within(record: &CaseRecord, capacity: usize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(capacity);
    serde_json::to_writer(&mut bytes, record)
        .expect("a CaseRecord has only string keys and no floats, so it always serialises");
    bytes
}

/// Lower-case hex SHA-256 of the record's canonical bytes.
pub fn content_hash(record: &CaseRecord) -> String {
    hash_of_bytes(&canonical_record_bytes(record))
}

fn hash_of_bytes(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    // By table rather than a format! per byte: casevoice-check hashes every record
    // it reads.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(2 * digest.len());
    for byte in digest {
        hex.push(char::from(HEX[usize::from(byte >> 4)]));
        hex.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    hex
}

pub fn export_envelope(
    record: &CaseRecord,
    app_version: &str,
    exported_at: OffsetDateTime,
) -> ExportEnvelope {
    ExportEnvelope {
        format: EXPORT_FORMAT.to_string(),
        version: EXPORT_VERSION,
        app_version: app_version.to_string(),
        exported_at: exported_at.to_offset(time::UtcOffset::UTC),
        record_id: record.id,
        content_sha256: content_hash(record),
        record: record.clone(),
    }
}

/// The export file's text: compact JSON, as hashed and as the case system reads it.
pub fn export_json(record: &CaseRecord, app_version: &str, exported_at: OffsetDateTime) -> String {
    serde_json::to_string(&export_envelope(record, app_version, exported_at))
        .expect("an export envelope always serialises")
}

/// The export's file name: the record id and the date only, never a name or case
/// number, since file names travel in email subjects and upload logs.
pub fn export_file_name(record_id: Uuid, date: Date) -> String {
    format!("casevoice-{record_id}-{date}.json")
}

/// Why a file could not be read as a casevoice export at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotAnExport {
    /// Not JSON.
    NotJson,
    /// JSON, but not a casevoice export (another format, or no format named).
    OtherFormat(Option<String>),
    /// A casevoice export from a newer casevoice than this one.
    NewerVersion(u32),
    /// A casevoice export whose envelope or record does not have the expected shape.
    Damaged(String),
}

/// An export that was read: its envelope, and whether the content still matches
/// its hash. A mismatch is reported, not refused, so the case system and the app
/// can show the record with a clear warning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadExport {
    pub envelope: ExportEnvelope,
    pub hash_matches: bool,
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

/// Reads an export, recognising the format and version before the record is
/// interpreted. Never panics, whatever the text.
pub fn read_export(text: &str) -> Result<ReadExport, NotAnExport> {
    // Nearly every file is a good export, so the text is first read whole as an
    // envelope (`casevoice-check` reads thousands of them), and the header is
    // read on its own only when that fails, to say what the file is instead. The
    // answer is the same as reading the header first: an object that reads as an
    // envelope has exactly one format and one version, which the header would
    // have found. (An array can read as an envelope but never as a header, so it
    // goes the long way.)
    let (whole, record_is_last) = match serde_json::from_str::<InOrder>(text) {
        Ok(read) => (Ok(read.envelope), read.record_is_last),
        // For the same error as always, and an array read as an envelope.
        Err(_) => (serde_json::from_str::<ExportEnvelope>(text), false),
    };
    let envelope = match whole {
        Ok(envelope) if starts_as_object(text) => envelope,
        whole => {
            check_header(text)?;
            // Version 1 is the only released version; a later version migrates
            // older envelopes here, one step per version, before reading.
            whole.map_err(|e| NotAnExport::Damaged(e.to_string()))?
        }
    };
    let envelope = refuse_unless_readable(envelope)?;
    let stated = &envelope.content_sha256;
    let hash_matches = (record_is_last && own_text_matches(text, stated))
        || canonical_bytes_match(&envelope.record, text.len(), stated);
    Ok(ReadExport {
        envelope,
        hash_matches,
    })
}

/// [`read_export`] for `casevoice-check`, whose report never looks at the
/// record's edit history: the returned record's `history` is **empty**, so
/// nothing else may use it.
///
/// An export as casevoice writes it (the record last, its text canonical and
/// hashing to `content_sha256`) is read once with the history only checked to
/// be JSON, which takes more than half the time off reading a typical export;
/// anything else is read by [`read_export`], errors and mismatches included, so
/// its answer is [`read_export`]'s. The one kind of file answered differently
/// is [`own_text_matches`]'s, a record text with a hash computed over that very
/// text, and then also when its history, which no casevoice build would write
/// that way, would not read.
pub fn read_export_for_check(text: &str) -> Result<ReadExport, NotAnExport> {
    if let Some(read) = read_as_written(text) {
        return Ok(read);
    }
    read_export(text)
}

/// The export when it is exactly as casevoice writes it, read without the
/// history; `None` for anything else.
fn read_as_written(text: &str) -> Option<ReadExport> {
    let read: InOrder = crate::history::without_history(|| serde_json::from_str(text)).ok()?;
    if !read.record_is_last || !starts_as_object(text) {
        return None;
    }
    let envelope = refuse_unless_readable(read.envelope).ok()?;
    own_text_matches(text, &envelope.content_sha256).then_some(ReadExport {
        envelope,
        hash_matches: true,
    })
}

/// The envelope, if it is one this crate reads: a casevoice export, of a
/// version it knows, whose `record_id` is its record's. Both ways of reading
/// ask this, so they refuse the same envelopes.
fn refuse_unless_readable(envelope: ExportEnvelope) -> Result<ExportEnvelope, NotAnExport> {
    if envelope.format != EXPORT_FORMAT {
        return Err(NotAnExport::OtherFormat(Some(envelope.format)));
    }
    if envelope.version > EXPORT_VERSION {
        return Err(NotAnExport::NewerVersion(envelope.version));
    }
    if envelope.record_id != envelope.record.id {
        return Err(NotAnExport::Damaged(
            "record_id is not the record's id".into(),
        ));
    }
    Ok(envelope)
}

/// An envelope read from an object, and whether `record` was its last member:
/// then the record's own text runs from that member's value to the envelope's
/// closing brace, which [`record_text`] finds without reading the record again.
///
/// It accepts exactly the objects the derived `Deserialize` of [`ExportEnvelope`]
/// accepts, with the same values (the same fields, each read by the same type,
/// unknown ones ignored, each known one once); on any error [`read_export`] reads
/// the text with the derived one, for its error message.
struct InOrder {
    envelope: ExportEnvelope,
    record_is_last: bool,
}

/// `exported_at` read as [`ExportEnvelope`] reads it.
#[derive(Deserialize)]
#[serde(transparent)]
struct Rfc3339(#[serde(with = "time::serde::rfc3339")] OffsetDateTime);

impl<'de> Deserialize<'de> for InOrder {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(InOrderVisitor)
    }
}

struct InOrderVisitor;

impl<'de> Visitor<'de> for InOrderVisitor {
    type Value = InOrder;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a casevoice export envelope")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<InOrder, A::Error> {
        use serde::de::Error;
        let (mut format, mut version, mut app_version, mut exported_at) = (None, None, None, None);
        let (mut record_id, mut content_sha256, mut record) = (None, None, None);
        let mut record_is_last = false;
        while let Some(key) = map.next_key::<String>()? {
            record_is_last = key == "record";
            match key.as_str() {
                "format" => once(&mut format, map.next_value()?)?,
                "version" => once(&mut version, map.next_value()?)?,
                "app_version" => once(&mut app_version, map.next_value()?)?,
                "exported_at" => once(&mut exported_at, map.next_value::<Rfc3339>()?.0)?,
                "record_id" => once(&mut record_id, map.next_value()?)?,
                "content_sha256" => once(&mut content_sha256, map.next_value()?)?,
                "record" => once(&mut record, map.next_value()?)?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let missing = || A::Error::custom("a field is missing");
        Ok(InOrder {
            envelope: ExportEnvelope {
                format: format.ok_or_else(missing)?,
                version: version.ok_or_else(missing)?,
                app_version: app_version.ok_or_else(missing)?,
                exported_at: exported_at.ok_or_else(missing)?,
                record_id: record_id.ok_or_else(missing)?,
                content_sha256: content_sha256.ok_or_else(missing)?,
                record: record.ok_or_else(missing)?,
            },
            record_is_last,
        })
    }
}

/// Sets a field read for the first time; a second time is an error, as in the
/// derived `Deserialize`.
fn once<T, E: serde::de::Error>(field: &mut Option<T>, value: T) -> Result<(), E> {
    match field.replace(value) {
        None => Ok(()),
        Some(_) => Err(E::custom("a field appears twice")),
    }
}

/// Whether the record's own text in the file hashes to `stated`: the fast path,
/// for an export whose `record` is its last member (as casevoice writes them).
///
/// casevoice writes the record in its canonical form, so in its exports the
/// record's text *is* the canonical bytes, and this is the hash
/// [`canonical_bytes_match`] would compute, without serialising the record again
/// (about a sixth of `casevoice-check`'s time on a typical file). When it does not
/// match (a file re-indented, a value changed, a wrong hash), the canonical bytes
/// decide, exactly as before.
///
/// The one kind of file it answers differently for: a record whose text is *not*
/// canonical (re-indented, keys reordered, an unknown field, a string escaped
/// differently) with a `content_sha256` someone computed over that very text. Only
/// the canonical bytes are the record's content, so that file used to be reported
/// as changed, and now matches. No casevoice build writes such a file, and the hash
/// protects nothing there: whoever can edit a file can recompute a hash over
/// whatever they wrote, so a match never proved more than that the record is as the
/// hash's author left it, which this still checks.
fn own_text_matches(text: &str, stated: &str) -> bool {
    record_text(text).is_some_and(|own| hash_of_bytes(own.as_bytes()) == stated)
}

/// The record's text as it stands in `text`, an envelope already read whose last
/// member is `record`: from that member's value to the closing brace, without
/// the whitespace around it. Only the members before it are looked through (a few
/// hundred bytes in an export); `None` for anything unexpected, such as a key
/// written with an escape, and then the canonical bytes decide.
fn record_text(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut at = skip_whitespace(bytes, 0);
    if bytes.get(at) != Some(&b'{') {
        return None;
    }
    loop {
        at = skip_whitespace(bytes, at + 1);
        let (key, after_key) = plain_string(bytes, at)?;
        at = skip_whitespace(bytes, after_key);
        if bytes.get(at) != Some(&b':') {
            return None;
        }
        at = skip_whitespace(bytes, at + 1);
        if key == b"record" {
            let end = text
                .trim_end_matches(is_json_whitespace)
                .strip_suffix('}')?;
            return text.get(at..end.trim_end_matches(is_json_whitespace).len());
        }
        at = skip_whitespace(bytes, skip_value(bytes, at)?);
        if bytes.get(at) != Some(&b',') {
            return None;
        }
    }
}

fn is_json_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn skip_whitespace(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    from + rest
        .iter()
        .take_while(|b| is_json_whitespace(char::from(**b)))
        .count()
}

/// The string starting at `at` (at its opening quote) when it has no escape, and
/// where it ends.
fn plain_string(bytes: &[u8], at: usize) -> Option<(&[u8], usize)> {
    if bytes.get(at) != Some(&b'"') {
        return None;
    }
    let rest = bytes.get(at + 1..)?;
    let len = rest.iter().position(|b| matches!(b, b'"' | b'\\'))?;
    (rest.get(len) == Some(&b'"')).then(|| (&rest[..len], at + 1 + len + 1))
}

/// Where the JSON value starting at `at` ends, in text already read as JSON:
/// strings are skipped whole, brackets counted.
fn skip_value(bytes: &[u8], at: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate().skip(at) {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            if !in_string && depth == 0 {
                return Some(i + 1);
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            // A number, true, false or null ends at the first delimiter.
            b',' | b' ' | b'\t' | b'\n' | b'\r' if depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}

/// Whether the record's canonical bytes hash to `stated`: what `content_sha256`
/// means. `capacity` is about their length (the record is most of the file).
fn canonical_bytes_match(record: &CaseRecord, capacity: usize, stated: &str) -> bool {
    hash_of_bytes(&canonical_bytes_within(record, capacity)) == stated
}

/// Whether the text's first character after JSON's whitespace opens an object.
fn starts_as_object(text: &str) -> bool {
    text.bytes()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        == Some(b'{')
}

/// What the header alone (format and version) says against reading the text as
/// a casevoice export of a version this crate reads.
fn check_header(text: &str) -> Result<(), NotAnExport> {
    let header: Header = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            NotAnExport::NotJson
        } else {
            NotAnExport::OtherFormat(None)
        }
    })?;
    if header.format.as_deref() != Some(EXPORT_FORMAT) {
        return Err(NotAnExport::OtherFormat(header.format));
    }
    let version = header
        .version
        .ok_or_else(|| NotAnExport::Damaged("no version".into()))?;
    if version > EXPORT_VERSION {
        return Err(NotAnExport::NewerVersion(version));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn record() -> CaseRecord {
        CaseRecord::new(Uuid::from_u128(7), datetime!(2026-11-25 10:00 UTC))
    }

    #[test]
    fn an_export_names_its_format_version_app_time_record_and_hash() {
        let json = export_json(&record(), "0.1.0", datetime!(2026-11-26 09:30 +1));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["format"], "casevoice-export");
        assert_eq!(value["version"], 1);
        assert_eq!(value["app_version"], "0.1.0");
        assert_eq!(value["exported_at"], "2026-11-26T08:30:00Z");
        assert_eq!(value["record_id"], "00000000-0000-0000-0000-000000000007");
        assert_eq!(value["content_sha256"].as_str().unwrap().len(), 64);
        assert_eq!(value["record"]["id"], value["record_id"]);
    }

    #[test]
    fn the_hash_is_sha256_of_the_records_canonical_bytes() {
        let record = record();
        let bytes = canonical_record_bytes(&record);
        // An independent check of the digest: SHA-256 of "abc" from FIPS 180-2.
        let abc: String = Sha256::digest(b"abc")
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            abc,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        let expected: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(content_hash(&record), expected);
    }

    #[test]
    fn a_file_name_has_no_personal_data() {
        assert_eq!(
            export_file_name(Uuid::from_u128(7), date!(2026 - 11 - 26)),
            "casevoice-00000000-0000-0000-0000-000000000007-2026-11-26.json"
        );
    }

    #[test]
    fn reading_back_gives_the_same_record_and_export_again_is_byte_identical() {
        let at = datetime!(2026-11-26 08:30 UTC);
        let json = export_json(&record(), "0.1.0", at);
        let read = read_export(&json).unwrap();
        assert!(read.hash_matches);
        assert_eq!(read.envelope.record, record());
        assert_eq!(export_json(&read.envelope.record, "0.1.0", at), json);
        // Re-indented by an editor: still the same content.
        let pretty = serde_json::to_string_pretty(
            &serde_json::from_str::<serde_json::Value>(&json).unwrap(),
        )
        .unwrap();
        assert!(read_export(&pretty).unwrap().hash_matches);
    }

    #[test]
    fn a_changed_value_no_longer_matches_its_hash() {
        let json = export_json(&record(), "0.1.0", datetime!(2026-11-26 08:30 UTC));
        let tampered = json.replace("\"revision\":0", "\"revision\":1");
        assert_ne!(tampered, json);
        assert!(!read_export(&tampered).unwrap().hash_matches);
    }

    #[test]
    fn says_what_a_file_that_is_not_an_export_is() {
        assert_eq!(read_export("{not json"), Err(NotAnExport::NotJson));
        assert_eq!(read_export(""), Err(NotAnExport::NotJson));
        assert_eq!(read_export("[1,2]"), Err(NotAnExport::OtherFormat(None)));
        assert_eq!(
            read_export(r#"{"format":"casevoice-record","version":1}"#),
            Err(NotAnExport::OtherFormat(Some("casevoice-record".into())))
        );
        assert_eq!(
            read_export(r#"{"format":"casevoice-export","version":2}"#),
            Err(NotAnExport::NewerVersion(2))
        );
        assert!(matches!(
            read_export(r#"{"format":"casevoice-export","version":1,"record":{}}"#),
            Err(NotAnExport::Damaged(_))
        ));
    }

    /// Reading as it was before the whole-envelope shortcut: the header always
    /// first.
    fn read_header_first(text: &str) -> Result<ReadExport, NotAnExport> {
        check_header(text)?;
        let envelope: ExportEnvelope =
            serde_json::from_str(text).map_err(|e| NotAnExport::Damaged(e.to_string()))?;
        if envelope.record_id != envelope.record.id {
            return Err(NotAnExport::Damaged(
                "record_id is not the record's id".into(),
            ));
        }
        let hash_matches = content_hash(&envelope.record) == envelope.content_sha256;
        Ok(ReadExport {
            envelope,
            hash_matches,
        })
    }

    #[test]
    fn reading_the_whole_envelope_first_says_what_reading_the_header_first_said() {
        let at = datetime!(2026-11-26 08:30 UTC);
        let json = export_json(&record(), "0.1.0", at);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        // The envelope's fields in their declared order: serde reads that array as an
        // envelope, though never as a header.
        let fields: Vec<serde_json::Value> = [
            "format",
            "version",
            "app_version",
            "exported_at",
            "record_id",
            "content_sha256",
            "record",
        ]
        .iter()
        .map(|key| value[*key].clone())
        .collect();
        let as_array = serde_json::to_string(&fields).unwrap();
        let texts = [
            json.clone(),
            format!(" \r\n\t{json}"),
            json.replace("\"version\":1", "\"version\":2"),
            json.replace("\"casevoice-export\"", "\"casevoice-record\""),
            json.replace("\"format\":\"casevoice-export\"", "\"format\":null"),
            json.replace("{\"format\"", "{\"version\":1,\"format\""),
            json.replace("\"version\":1", "\"version\":1,\"version\":1"),
            json.replace("\"version\":1", "\"version\":\"1\""),
            json.replace("\"revision\":0", "\"revision\":1"),
            json.replace("\"record_id\":\"00000000", "\"record_id\":\"10000000"),
            json.replace("\"version\":1,", ""),
            as_array.clone(),
            json[..json.len() - 1].to_string(),
            // The record's own text: not last, around whitespace, keys escaped.
            reorder_record_first(&json),
            format!(
                "{},\"later\":[1,{{\"record\":2}}]}}",
                &json[..json.len() - 1]
            ),
            json.replace("\"record\":{", " \"record\" : \n{") + "\n",
            json.replace("\"record\":{", "\"rec\\u006frd\":{"),
            json.replace("\"format\":", "\"form\\u0061t\":"),
            json.replace("\"record\":{", "\"other\":\"a \\\" , }\",\"record\":{"),
            json.replace("\"record\":{", "\"record\":{\"record\":{},"),
            json.replace("\"record\":{", "\"record\":[],\"record\":{"),
            json.replace(
                "\"app_version\":\"0.1.0\"",
                "\"app_version\":\"0.1.\\u0030\"",
            ),
        ];
        for text in texts {
            assert_eq!(read_export(&text), read_header_first(&text), "{text}");
        }
        assert!(serde_json::from_str::<ExportEnvelope>(&as_array).is_ok());
        assert!(read_export(&as_array).is_err());
    }

    /// The envelope with `record` first: its own text is not looked for.
    fn reorder_record_first(json: &str) -> String {
        let at = json.find(",\"record\":").unwrap();
        let (head, record) = json.split_at(at);
        format!("{{{},{}}}", &record[1..record.len() - 1], &head[1..])
    }

    /// What the hash says by the canonical bytes alone, as before the fast path.
    fn canonically(read: &ReadExport) -> bool {
        content_hash(&read.envelope.record) == read.envelope.content_sha256
    }

    #[test]
    fn the_records_own_text_in_an_export_is_its_canonical_bytes() {
        let json = export_json(&record(), "0.1.0", datetime!(2026-11-26 08:30 UTC));
        let own = record_text(&json).unwrap();
        assert_eq!(own.as_bytes(), canonical_record_bytes(&record()));
        assert_eq!(record_text(&format!(" \n{json}\r\n")), Some(own));
        assert!(own_text_matches(&json, &content_hash(&record())));
    }

    #[test]
    fn the_fast_path_and_the_canonical_bytes_agree_on_altered_exports() {
        let json = export_json(&record(), "0.1.0", datetime!(2026-11-26 08:30 UTC));
        let pretty = serde_json::to_string_pretty(
            &serde_json::from_str::<serde_json::Value>(&json).unwrap(),
        )
        .unwrap();
        let wrong_hash = json.replace(&content_hash(&record()), &"0".repeat(64));
        let cases = [
            (json.clone(), true),
            // Re-indented: the own text no longer hashes right, the canonical bytes do.
            (pretty.clone(), true),
            (reorder_record_first(&json), true),
            (json.replace("\"revision\":0", "\"revision\":1"), false),
            (pretty.replace("\"revision\": 0", "\"revision\": 1"), false),
            (wrong_hash, false),
        ];
        for (text, matches) in cases {
            let read = read_export(&text).unwrap();
            assert_eq!(read.hash_matches, matches, "{text}");
            assert_eq!(read.hash_matches, canonically(&read), "{text}");
        }
        assert!(!own_text_matches(&pretty, &content_hash(&record())));
    }

    /// A record with an edit history: two answers, by two people.
    fn record_with_history() -> CaseRecord {
        use crate::questions::{Answer, Field, Question};
        use crate::record_action::{apply, ChangeContext, RecordAction};
        let mut record = record();
        for (question, answer, by) in [
            (Question::Court, "Bath", "Alex Brown"),
            (Question::CaseNumber, "ZW19P01392", "Sam \"Jo\" Lee"),
        ] {
            let context = ChangeContext {
                at: datetime!(2026-11-25 11:00 UTC),
                by: by.into(),
            };
            let set = RecordAction::Set(Field::case(question), Answer::Text(answer.into()));
            assert!(apply(&mut record, set, &context));
        }
        assert_eq!(record.history.len(), 2);
        record
    }

    /// [`record_with_history`], exported.
    fn exported_with_history() -> String {
        export_json(
            &record_with_history(),
            "0.1.0",
            datetime!(2026-11-26 08:30 UTC),
        )
    }

    /// An export's reading with the record's history taken out.
    fn but_the_history(read: Result<ReadExport, NotAnExport>) -> Result<ReadExport, NotAnExport> {
        read.map(|mut read| {
            read.envelope.record.history.clear();
            read
        })
    }

    #[test]
    fn the_check_reads_what_read_export_reads_but_the_history() {
        let json = exported_with_history();
        let pretty = serde_json::to_string_pretty(
            &serde_json::from_str::<serde_json::Value>(&json).unwrap(),
        )
        .unwrap();
        let hash = content_hash(&record_with_history());
        let texts = [
            json.clone(),
            pretty.clone(),
            reorder_record_first(&json),
            json.replace("\"revision\":2", "\"revision\":3"),
            json.replace(&hash, &"0".repeat(64)),
            json.replace("\"history\":[", "\"history\":[7,"),
            json.replace("\"version\":1", "\"version\":2"),
            json.replace("casevoice-export", "other-export"),
            json.replace(
                "00000000-0000-0000-0000-000000000007\",\"content",
                "00000000-0000-0000-0000-000000000008\",\"content",
            ),
            format!("[{json}]"),
            json[..json.len() - 1].to_string(),
            format!("{json} x"),
            String::new(),
        ];
        // Each alteration took.
        let distinct: std::collections::BTreeSet<&String> = texts.iter().collect();
        assert_eq!(distinct.len(), texts.len());
        for text in &texts {
            assert_eq!(
                but_the_history(read_export_for_check(text)),
                but_the_history(read_export(text)),
                "{text}"
            );
        }
    }

    #[test]
    fn every_other_read_keeps_the_history() {
        let json = exported_with_history();
        assert!(read_export_for_check(&json)
            .unwrap()
            .envelope
            .record
            .history
            .is_empty());
        assert_eq!(
            read_export(&json).unwrap().envelope.record,
            record_with_history()
        );
        // Also after a read for the check that failed half way through.
        let cut = &json[..json.find("\"history\":[").unwrap() + 20];
        assert!(read_export_for_check(cut).is_err());
        assert_eq!(
            read_export(&json).unwrap().envelope.record,
            record_with_history()
        );
        let stored = crate::stored_record::to_stored_json(&record_with_history());
        assert_eq!(
            crate::stored_record::from_stored_json(&stored).unwrap(),
            record_with_history()
        );
    }

    /// The other kind of file the check answers differently for: a history
    /// that does not read, with a hash computed over the record's text as it is.
    #[test]
    fn a_history_that_does_not_read_under_a_hash_of_its_own_text() {
        let json = exported_with_history();
        let own = record_text(&json).unwrap();
        let broken = own.replacen("\"history\":[", "\"history\":[7,", 1);
        let text = json.replace(own, &broken).replace(
            &content_hash(&record_with_history()),
            &hash_of_bytes(broken.as_bytes()),
        );
        assert!(matches!(read_export(&text), Err(NotAnExport::Damaged(_))));
        assert!(read_export_for_check(&text).unwrap().hash_matches);
    }

    /// The one kind of file the fast path answers differently for (see
    /// [`own_text_matches`]): a record's text that is not canonical, with a hash
    /// computed over that very text.
    #[test]
    fn a_hash_over_a_non_canonical_record_text_now_matches() {
        let json = export_json(&record(), "0.1.0", datetime!(2026-11-26 08:30 UTC));
        let own = record_text(&json).unwrap();
        let spaced = own.replace(",\"", ", \"");
        let hash = hash_of_bytes(spaced.as_bytes());
        let text = json
            .replace(own, &spaced)
            .replace(&content_hash(&record()), &hash);
        let read = read_export(&text).unwrap();
        assert_eq!(read.envelope.record, record());
        assert!(read.hash_matches);
        assert!(!canonically(&read));
    }

    #[test]
    fn reading_in_order_accepts_what_the_derived_reading_accepts() {
        let json = export_json(&record(), "0.1.0", datetime!(2026-11-26 08:30 UTC));
        let texts = [
            json.clone(),
            reorder_record_first(&json),
            json.replace("\"version\":1", "\"version\":1,\"version\":1"),
            json.replace("\"record_id\":", "\"record_id\":null,\"x\":"),
            json.replace("\"version\":1,", ""),
            json.replace("\"format\":", "\"form\\u0061t\":"),
            json.replace(
                "\"exported_at\":\"2026-11-26T08:30:00Z\"",
                "\"exported_at\":\"2026-11-26\"",
            ),
            json.replace("\"content_sha256\":", "\"content_sha256\":1,\"y\":"),
            "{}".to_string(),
            "[]".to_string(),
        ];
        for text in texts {
            let in_order = serde_json::from_str::<InOrder>(&text)
                .ok()
                .map(|r| r.envelope);
            let derived = serde_json::from_str::<ExportEnvelope>(&text).ok();
            assert_eq!(in_order, derived, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn no_text_makes_reading_panic(text in ".{0,400}") {
            let _ = read_export(&text);
        }

        #[test]
        fn any_text_reads_as_it_did_with_the_header_first(text in ".{0,400}") {
            proptest::prop_assert_eq!(read_export(&text), read_header_first(&text));
        }
    }
}
