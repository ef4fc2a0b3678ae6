//! The import pages' words that carry numbers, dates or the file's own details.

use time::OffsetDateTime;

use crate::export::NotAnExport;
use crate::import::{Counts, ImportProblem, Replacement};
use crate::l10n;
use crate::messages::{Lang, Msg};
use crate::timestamp::format_date_time;

/// Why a file cannot be opened, saying what to do where anything can be done.
pub fn import_problem_text(problem: &ImportProblem, lang: Lang) -> String {
    let msg = match problem {
        ImportProblem::Changed => Msg::ImportChanged,
        ImportProblem::NotAnExport(NotAnExport::NotJson) => Msg::ImportNotJson,
        ImportProblem::NotAnExport(NotAnExport::OtherFormat(_)) => Msg::ImportOtherFormat,
        ImportProblem::NotAnExport(NotAnExport::NewerVersion(_)) => Msg::ImportNewerVersion,
        ImportProblem::NotAnExport(NotAnExport::Damaged(why)) => {
            return format!("{} {why}", Msg::ImportDamaged.text(lang));
        }
    };
    msg.text(lang).to_string()
}

/// A count in words, as "3 children".
type CountWords = fn(Lang, u64) -> String;

/// Each count that differs, as "2 children → 3 children".
pub fn count_changes(before: Counts, after: Counts, lang: Lang) -> Vec<String> {
    let counts: [(usize, usize, CountWords); 5] = [
        (before.children, after.children, l10n::count_children),
        (before.adults, after.adults, l10n::count_adults),
        (before.visits, after.visits, l10n::count_visits),
        (before.sessions, after.sessions, l10n::count_sessions),
        (before.history, after.history, l10n::count_history_entries),
    ];
    counts
        .into_iter()
        .filter(|(b, a, _)| b != a)
        .map(|(b, a, words)| {
            l10n::count_changed(lang, &words(lang, a as u64), &words(lang, b as u64))
        })
        .collect()
}

/// "This will replace the record stored in this browser, last changed 3 April
/// 2025 at 2:02pm, with the one in the file, exported 4 April 2025 at 9:00am:"
/// The offsets are the device's at each moment (minutes east of UTC).
pub fn replace_sentence(
    plan: &Replacement,
    exported_at: OffsetDateTime,
    offset_minutes: impl Fn(OffsetDateTime) -> i32,
    lang: Lang,
) -> String {
    let at = |t: OffsetDateTime| format_date_time(t, offset_minutes(t), lang);
    l10n::replace_record(
        lang,
        &at(exported_at),
        &at(plan.incoming_updated_at),
        &at(plan.stored_updated_at),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn counts_that_changed_read_before_and_after() {
        let before = Counts {
            children: 2,
            adults: 1,
            visits: 4,
            sessions: 0,
            history: 12,
        };
        let after = Counts {
            children: 3,
            visits: 4,
            sessions: 1,
            ..before
        };
        assert_eq!(
            count_changes(before, after, Lang::En),
            vec![
                "2 children → 3 children",
                "0 sessions with children → 1 session with a child",
            ]
        );
        assert!(count_changes(before, before, Lang::En).is_empty());
    }

    #[test]
    fn the_replacement_says_when_each_copy_was_changed_in_local_time() {
        let plan = Replacement {
            stored_revision: 3,
            stored_updated_at: datetime!(2025-04-03 13:02 UTC),
            incoming_revision: 5,
            incoming_updated_at: datetime!(2025-04-04 08:00 UTC),
            before: Counts::default(),
            after: Counts::default(),
            stored_is_newer: false,
        };
        let text = replace_sentence(&plan, datetime!(2025-04-04 08:30 UTC), |_| 60, Lang::En);
        assert!(
            text.contains("last changed 3 April 2025 at 2:02pm, with the one in the file, last changed 4 April 2025 at 9:00am and exported 4 April 2025 at 9:30am"),
            "{text}"
        );
    }

    #[test]
    fn every_problem_has_words_and_damage_says_what() {
        assert!(
            import_problem_text(&ImportProblem::NotAnExport(NotAnExport::NotJson), Lang::En)
                .starts_with("The file is not a casevoice record")
        );
        assert_eq!(
            import_problem_text(
                &ImportProblem::NotAnExport(NotAnExport::Damaged("no version".into())),
                Lang::En
            ),
            "The file is damaged: no version"
        );
        assert!(import_problem_text(
            &ImportProblem::NotAnExport(NotAnExport::NewerVersion(2)),
            Lang::En
        )
        .starts_with("This record was exported by a newer version"));
        assert!(import_problem_text(&ImportProblem::Changed, Lang::En)
            .starts_with("The file has been changed since casevoice exported it"));
    }
}
