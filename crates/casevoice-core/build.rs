//! Turns the Fluent message files in `locales/` into typed Rust, so the browser
//! build carries no Fluent parser (a runtime bundle costs about 48 KB gzip) and a
//! message the code asks for that no file has is a compile error.
//!
//! `locales/<tag>/*.ftl`: one folder per language, named by its BCP 47 tag. The
//! first-listed language in `LANGUAGES` is the source: its messages define the ids.
//! A message another language lacks falls back to the source text here, and the
//! `every_message_is_in_every_language` test fails, naming it.
//!
//! Supported Fluent: text, `{ $variable }`, selects on a number variable (plural
//! categories by CLDR and exact numbers like `[0]`) or on a string variable, string
//! literals, and references to terms and messages without variables (inlined).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use fluent_syntax::ast;

/// (folder, `Lang` variant, the language's own name for itself).
const LANGUAGES: &[(&str, &str)] = &[("en-GB", "En"), ("cy", "Cy")];

const PLURAL_CATEGORIES: &[(&str, &str)] = &[
    ("zero", "ZERO"),
    ("one", "ONE"),
    ("two", "TWO"),
    ("few", "FEW"),
    ("many", "MANY"),
    ("other", "OTHER"),
];

type Ast = ast::Pattern<String>;

struct Language {
    tag: &'static str,
    variant: &'static str,
    messages: BTreeMap<String, Ast>,
    terms: BTreeMap<String, Ast>,
    /// The order messages appear in the source language's files.
    order: Vec<String>,
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut languages = Vec::new();
    let mut errors = Vec::new();
    for (tag, variant) in LANGUAGES {
        languages.push(read_language(&root.join(tag), tag, variant, &mut errors));
    }
    if !errors.is_empty() {
        panic!(
            "\n\nThe message files have problems:\n  {}\n",
            errors.join("\n  ")
        );
    }
    let code = generate(&languages, &mut errors);
    if !errors.is_empty() {
        panic!(
            "\n\nThe message files have problems:\n  {}\n",
            errors.join("\n  ")
        );
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("l10n.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

fn read_language(
    dir: &Path,
    tag: &'static str,
    variant: &'static str,
    errors: &mut Vec<String>,
) -> Language {
    let mut language = Language {
        tag,
        variant,
        messages: BTreeMap::new(),
        terms: BTreeMap::new(),
        order: Vec::new(),
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let name = format!(
            "{tag}/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let resource = match fluent_syntax::parser::parse(source.clone()) {
            Ok(resource) => resource,
            Err((resource, problems)) => {
                for problem in problems {
                    let line = source[..problem.pos.start.min(source.len())]
                        .lines()
                        .count();
                    errors.push(format!("{name} line {line}: {:?}", problem.kind));
                }
                resource
            }
        };
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name;
                    let Some(value) = message.value else {
                        errors.push(format!("{name}: {id} has no value"));
                        continue;
                    };
                    if !message.attributes.is_empty() {
                        errors.push(format!(
                            "{name}: {id} has attributes, which casevoice does not use"
                        ));
                    }
                    if language.messages.insert(id.clone(), value).is_some() {
                        errors.push(format!("{name}: {id} is defined twice"));
                    }
                    language.order.push(id);
                }
                ast::Entry::Term(term) => {
                    language.terms.insert(term.id.name, term.value);
                }
                ast::Entry::Junk { content } => {
                    errors.push(format!("{name}: cannot read `{}`", content.trim()));
                }
                _ => {}
            }
        }
    }
    language
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum ArgKind {
    Str,
    Num,
}

fn generate(languages: &[Language], errors: &mut Vec<String>) -> String {
    let source = &languages[0];
    // Variables per message, over every language; a number if any language
    // selects on it by plural category or number.
    let mut args: BTreeMap<&str, BTreeMap<String, ArgKind>> = BTreeMap::new();
    for language in languages {
        for (id, pattern) in &language.messages {
            let Some(id) = source.order.iter().find(|s| *s == id) else {
                continue;
            };
            let entry = args.entry(id.as_str()).or_default();
            collect_variables(pattern, language, entry, errors, id);
        }
    }
    let plain: Vec<&String> = source
        .order
        .iter()
        .filter(|id| args.get(id.as_str()).is_none_or(|a| a.is_empty()))
        .collect();
    let with_args: Vec<&String> = source
        .order
        .iter()
        .filter(|id| args.get(id.as_str()).is_some_and(|a| !a.is_empty()))
        .collect();

    let mut out = String::new();
    out.push_str("// Generated by build.rs from locales/*/*.ftl. Edit those files, not this.\n\n");

    // Lang
    out.push_str("/// A language of the interface; one per folder in `locales/`.\n");
    out.push_str("#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub enum Lang {\n");
    for (i, language) in languages.iter().enumerate() {
        if i == 0 {
            out.push_str("    #[default]\n");
        }
        let _ = writeln!(out, "    {},", language.variant);
    }
    out.push_str("}\n\nimpl Lang {\n    pub const ALL: &'static [Lang] = &[");
    for language in languages {
        let _ = write!(out, "Lang::{}, ", language.variant);
    }
    out.push_str("];\n\n    /// The BCP 47 tag, for `<html lang>` and the speech voice.\n");
    out.push_str("    pub fn tag(self) -> &'static str {\n        match self {\n");
    for language in languages {
        let _ = writeln!(
            out,
            "            Lang::{} => {:?},",
            language.variant, language.tag
        );
    }
    out.push_str("        }\n    }\n\n    /// The language a BCP 47 tag names, if casevoice has it (\"cy\", \"cy-GB\", \"en\").\n");
    out.push_str("    pub fn from_tag(tag: &str) -> Option<Lang> {\n        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();\n        match primary.as_str() {\n");
    for language in languages {
        let primary = language
            .tag
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let _ = writeln!(
            out,
            "            {primary:?} => Some(Lang::{}),",
            language.variant
        );
    }
    out.push_str("            _ => None,\n        }\n    }\n}\n\n");

    // Plain messages: one static table per language.
    out.push_str("/// A message without variables.\n#[allow(dead_code)]\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Id {\n");
    for id in &plain {
        let _ = writeln!(out, "    {},", camel(id));
    }
    out.push_str("}\n\n");
    for language in languages {
        let _ = writeln!(
            out,
            "static {}: [&str; {}] = [",
            table_name(language),
            plain.len()
        );
        for id in &plain {
            let pattern = language
                .messages
                .get(*id)
                .or_else(|| source.messages.get(*id));
            let text = pattern
                .map(|p| plain_text(p, language, errors, id))
                .unwrap_or_default();
            let _ = writeln!(out, "    {text:?},");
        }
        out.push_str("];\n\n");
    }
    out.push_str("/// The words of a message without variables.\npub fn text(lang: Lang, id: Id) -> &'static str {\n    match lang {\n");
    for language in languages {
        let _ = writeln!(
            out,
            "        Lang::{} => {}[id as usize],",
            language.variant,
            table_name(language)
        );
    }
    out.push_str("    }\n}\n\n");

    // Messages with variables: one typed function each.
    for id in &with_args {
        let kinds = &args[id.as_str()];
        let params: Vec<String> = kinds
            .iter()
            .map(|(name, kind)| {
                let ty = match kind {
                    ArgKind::Str => "&str",
                    ArgKind::Num => "u64",
                };
                format!("{}: {ty}", snake(name))
            })
            .collect();
        let _ = writeln!(
            out,
            "/// `{id}`\npub fn {}(lang: Lang, {}) -> String {{",
            snake(id),
            params.join(", ")
        );
        out.push_str("    let mut out = String::new();\n    match lang {\n");
        for language in languages {
            let pattern = language
                .messages
                .get(*id)
                .or_else(|| source.messages.get(*id));
            let _ = writeln!(out, "        Lang::{} => {{", language.variant);
            if let Some(pattern) = pattern {
                let mut body = String::new();
                pattern_code(pattern, language, kinds, &mut body, 3, errors, id);
                out.push_str(&body);
            }
            out.push_str("        }\n");
        }
        out.push_str("    }\n    out\n}\n\n");
    }

    // What the parity test checks.
    let mut missing = Vec::new();
    let mut extra = Vec::new();
    for language in &languages[1..] {
        let ids: BTreeSet<&String> = language.messages.keys().collect();
        for id in &source.order {
            if !ids.contains(id) {
                missing.push((language.tag, id.clone()));
            }
        }
        for id in ids {
            if !source.messages.contains_key(id) {
                extra.push((language.tag, id.clone()));
            }
        }
    }
    let mut variables_differ = Vec::new();
    for id in &with_args {
        let mut sets = languages.iter().filter_map(|language| {
            let pattern = language.messages.get(*id)?;
            let mut found = BTreeMap::new();
            collect_variables(pattern, language, &mut found, &mut Vec::new(), id);
            Some((language.tag, found.into_keys().collect::<BTreeSet<_>>()))
        });
        if let Some((_, first)) = sets.next() {
            for (tag, set) in sets {
                if set != first {
                    variables_differ.push((tag, id.to_string()));
                }
            }
        }
    }
    for (name, list) in [
        ("MISSING", &missing),
        ("EXTRA", &extra),
        ("VARIABLES_DIFFER", &variables_differ),
    ] {
        let _ = writeln!(out, "pub const {name}: &[(&str, &str)] = &{list:?};");
    }
    let _ = writeln!(out, "pub const PLAIN_MESSAGES: usize = {};", plain.len());
    let _ = writeln!(
        out,
        "pub const MESSAGES_WITH_VARIABLES: usize = {};",
        with_args.len()
    );
    out
}

fn table_name(language: &Language) -> String {
    language.tag.to_uppercase().replace('-', "_")
}

fn collect_variables(
    pattern: &Ast,
    language: &Language,
    found: &mut BTreeMap<String, ArgKind>,
    errors: &mut Vec<String>,
    id: &str,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, language, found, errors, id);
        }
    }
}

fn collect_expression(
    expression: &ast::Expression<String>,
    language: &Language,
    found: &mut BTreeMap<String, ArgKind>,
    errors: &mut Vec<String>,
    id: &str,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let numeric = variants.iter().any(|v| match &v.key {
                ast::VariantKey::NumberLiteral { .. } => true,
                ast::VariantKey::Identifier { name } => {
                    PLURAL_CATEGORIES.iter().any(|(c, _)| c == name) && name != "other"
                }
            });
            if let ast::InlineExpression::VariableReference { id: var } = selector {
                let kind = if numeric { ArgKind::Num } else { ArgKind::Str };
                let entry = found.entry(var.name.clone()).or_insert(kind);
                *entry = (*entry).max(kind);
            } else {
                errors.push(format!(
                    "{}: {id} selects on something other than a variable",
                    language.tag
                ));
            }
            for variant in variants {
                collect_variables(&variant.value, language, found, errors, id);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, language, found, errors, id),
    }
}

fn collect_inline(
    inline: &ast::InlineExpression<String>,
    language: &Language,
    found: &mut BTreeMap<String, ArgKind>,
    errors: &mut Vec<String>,
    id: &str,
) {
    match inline {
        ast::InlineExpression::VariableReference { id: var } => {
            found.entry(var.name.clone()).or_insert(ArgKind::Str);
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_expression(expression, language, found, errors, id)
        }
        ast::InlineExpression::FunctionReference { id: function, .. } => {
            errors.push(format!(
                "{}: {id} calls {}(), which casevoice does not support",
                language.tag, function.name
            ));
        }
        _ => {}
    }
}

/// The text of a pattern with no variables, references inlined.
fn plain_text(pattern: &Ast, language: &Language, errors: &mut Vec<String>, id: &str) -> String {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(inline) => {
                    text.push_str(&inline_text(inline, language, errors, id))
                }
                ast::Expression::Select { .. } => errors.push(format!(
                    "{}: {id} has a select with no variable",
                    language.tag
                )),
            },
        }
    }
    text
}

fn inline_text(
    inline: &ast::InlineExpression<String>,
    language: &Language,
    errors: &mut Vec<String>,
    id: &str,
) -> String {
    match inline {
        ast::InlineExpression::StringLiteral { value } => unescape(value),
        ast::InlineExpression::NumberLiteral { value } => value.clone(),
        ast::InlineExpression::TermReference { id: term, .. } => {
            match language.terms.get(&term.name) {
                Some(pattern) => plain_text(pattern, language, errors, id),
                None => {
                    errors.push(format!(
                        "{}: {id} refers to -{}, which is not defined",
                        language.tag, term.name
                    ));
                    String::new()
                }
            }
        }
        ast::InlineExpression::MessageReference { id: other, .. } => {
            match language.messages.get(&other.name) {
                Some(pattern) => plain_text(pattern, language, errors, id),
                None => {
                    errors.push(format!(
                        "{}: {id} refers to {}, which is not defined",
                        language.tag, other.name
                    ));
                    String::new()
                }
            }
        }
        ast::InlineExpression::Placeable { expression } => match expression.as_ref() {
            ast::Expression::Inline(inner) => inline_text(inner, language, errors, id),
            ast::Expression::Select { .. } => {
                errors.push(format!(
                    "{}: {id} has a select with no variable",
                    language.tag
                ));
                String::new()
            }
        },
        ast::InlineExpression::VariableReference { id: var } => {
            errors.push(format!(
                "{}: {id} uses ${} where no variables are given",
                language.tag, var.name
            ));
            String::new()
        }
        ast::InlineExpression::FunctionReference { .. } => String::new(),
    }
}

/// Fluent string literals escape `\"`, `\\` and `\uXXXX`.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('U') => {
                let hex: String = chars.by_ref().take(6).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn pattern_code(
    pattern: &Ast,
    language: &Language,
    kinds: &BTreeMap<String, ArgKind>,
    out: &mut String,
    depth: usize,
    errors: &mut Vec<String>,
    id: &str,
) {
    let pad = "    ".repeat(depth);
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_literal(out, &pad, value),
            ast::PatternElement::Placeable { expression } => {
                expression_code(expression, language, kinds, out, depth, errors, id)
            }
        }
    }
}

fn expression_code(
    expression: &ast::Expression<String>,
    language: &Language,
    kinds: &BTreeMap<String, ArgKind>,
    out: &mut String,
    depth: usize,
    errors: &mut Vec<String>,
    id: &str,
) {
    let pad = "    ".repeat(depth);
    match expression {
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id: var }) => {
            match kinds.get(&var.name) {
                Some(ArgKind::Num) => {
                    let _ = writeln!(
                        out,
                        "{pad}out.push_str(&crate::l10n::number({}));",
                        snake(&var.name)
                    );
                }
                _ => {
                    let _ = writeln!(out, "{pad}out.push_str({});", snake(&var.name));
                }
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_code(expression, language, kinds, out, depth, errors, id)
        }
        ast::Expression::Inline(inline) => {
            let text = inline_text(inline, language, errors, id);
            push_literal(out, &pad, &text);
        }
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id: var } = selector else {
                return;
            };
            let name = snake(&var.name);
            let default = variants.iter().find(|v| v.default);
            match kinds.get(&var.name) {
                Some(ArgKind::Num) => {
                    // Exact numbers first, then plural categories, then the
                    // default; a level with nothing to choose is left out.
                    let exact: Vec<_> = variants
                        .iter()
                        .filter_map(|v| match &v.key {
                            ast::VariantKey::NumberLiteral { value } => Some((value, v)),
                            _ => None,
                        })
                        .collect();
                    let mut categories = Vec::new();
                    for variant in variants.iter().filter(|v| !v.default) {
                        if let ast::VariantKey::Identifier { name: key } = &variant.key {
                            match PLURAL_CATEGORIES.iter().find(|(c, _)| c == key) {
                                Some((_, category)) => categories.push((*category, variant)),
                                None => errors.push(format!(
                                    "{}: {id} has variant [{key}], which is not a plural category",
                                    language.tag
                                )),
                            }
                        }
                    }
                    let mut depth = depth;
                    if !exact.is_empty() {
                        let _ = writeln!(out, "{pad}match {name} {{");
                        for (value, variant) in &exact {
                            let _ = writeln!(out, "{pad}    {value} => {{");
                            pattern_code(
                                &variant.value,
                                language,
                                kinds,
                                out,
                                depth + 2,
                                errors,
                                id,
                            );
                            let _ = writeln!(out, "{pad}    }}");
                        }
                        let _ = writeln!(out, "{pad}    _ => {{");
                        depth += 2;
                    }
                    let inner = "    ".repeat(depth);
                    if !categories.is_empty() {
                        let _ = writeln!(
                            out,
                            "{inner}match crate::l10n::plural(Lang::{}, {name}) {{",
                            language.variant
                        );
                        for (category, variant) in &categories {
                            let _ = writeln!(
                                out,
                                "{inner}    crate::l10n::PluralCategory::{category} => {{"
                            );
                            pattern_code(
                                &variant.value,
                                language,
                                kinds,
                                out,
                                depth + 2,
                                errors,
                                id,
                            );
                            let _ = writeln!(out, "{inner}    }}");
                        }
                        let _ = writeln!(out, "{inner}    _ => {{");
                        if let Some(default) = default {
                            pattern_code(
                                &default.value,
                                language,
                                kinds,
                                out,
                                depth + 2,
                                errors,
                                id,
                            );
                        }
                        let _ = writeln!(out, "{inner}    }}\n{inner}}}");
                    } else if let Some(default) = default {
                        pattern_code(&default.value, language, kinds, out, depth, errors, id);
                    }
                    if !exact.is_empty() {
                        let _ = writeln!(out, "{pad}    }}\n{pad}}}");
                    }
                }
                _ => {
                    let _ = writeln!(out, "{pad}match {name} {{");
                    for variant in variants.iter().filter(|v| !v.default) {
                        let key = match &variant.key {
                            ast::VariantKey::Identifier { name } => name,
                            ast::VariantKey::NumberLiteral { value } => value,
                        };
                        let _ = writeln!(out, "{pad}    {key:?} => {{");
                        pattern_code(&variant.value, language, kinds, out, depth + 2, errors, id);
                        let _ = writeln!(out, "{pad}    }}");
                    }
                    let _ = writeln!(out, "{pad}    _ => {{");
                    if let Some(default) = default {
                        pattern_code(&default.value, language, kinds, out, depth + 2, errors, id);
                    }
                    let _ = writeln!(out, "{pad}    }}\n{pad}}}");
                }
            }
        }
    }
}

fn push_literal(out: &mut String, pad: &str, text: &str) {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (None, _) => {}
        (Some(c), None) => {
            let _ = writeln!(out, "{pad}out.push({c:?});");
        }
        _ => {
            let _ = writeln!(out, "{pad}out.push_str({text:?});");
        }
    }
}

fn camel(id: &str) -> String {
    id.split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

fn snake(id: &str) -> String {
    let name = id.replace('-', "_");
    match name.as_str() {
        "type" | "match" | "ref" | "in" | "for" | "fn" | "mod" | "use" | "move" => {
            format!("r#{name}")
        }
        _ => name,
    }
}
