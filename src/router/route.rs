use casevoice_core::voice::Activity;
use uuid::Uuid;

/// Every page's address. Record and child ids are in the path, so reloading any
/// page, or opening it from a bookmark, finds the same record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The record's task list.
    Record(Uuid),
    CaseNumber(Uuid),
    CaseDetails(Uuid),
    Children(Uuid),
    /// A child's details: record id, child id.
    Child(Uuid, Uuid),
    RemoveChild(Uuid, Uuid),
    Adults(Uuid),
    /// An adult's details: record id, adult id.
    Adult(Uuid, Uuid),
    RemoveAdult(Uuid, Uuid),
    // Checks and safeguarding
    Checks(Uuid),
    Risk(Uuid),
    // Visits
    Visits(Uuid),
    /// A visit or contact: record id, visit id.
    Visit(Uuid, Uuid),
    RemoveVisit(Uuid, Uuid),
    NotFound,
    // Added with the settings page, the case records list and the edit history.
    Settings,
    /// Asks before deleting the record.
    DeleteRecord(Uuid),
    History(Uuid),
    // Welfare checklist and recommendation
    /// Each child's welfare checklist, with its status.
    Welfare(Uuid),
    /// One child's welfare checklist: record id, child id.
    ChildWelfare(Uuid, Uuid),
    Recommendation(Uuid),
    CheckAnswers(Uuid),
    // The child's voice: the practitioner's pages (record id, session id)
    /// Each child's sessions.
    Voice(Uuid),
    SessionSetup(Uuid, Uuid),
    /// The child's words, read-only, and the practitioner's answers after it.
    SessionAfter(Uuid, Uuid),
    SessionSafety(Uuid, Uuid),
    SessionTold(Uuid, Uuid),
    // Child mode (record id, session id): the only pages reachable in it.
    ChildMenu(Uuid, Uuid),
    ChildActivity(Uuid, Uuid, Activity),
    ChildSharing(Uuid, Uuid),
    ChildReadBack(Uuid, Uuid),
    ChildFinished(Uuid, Uuid),
    // Child mode safety
    /// The PIN screen that leaves child mode: the one page besides the child's
    /// own that child mode lets through. Outside child mode it goes home.
    Unlock,
    // CSV export
    /// One download per part of the record, for spreadsheets.
    CsvExport(Uuid),
    // Print view
    /// The whole record, read-only, laid out for printing or saving as PDF.
    PrintRecord(Uuid),
    // JSON export and import
    /// Open an exported record (choose, then confirm, on the one address).
    Import,
    // Encrypted export and upload
    /// Downloading (and sending) the record's export.
    Export(Uuid),
    /// Exports sent or waiting to be sent to the case system.
    Outbox,
    // Protect the data
    /// Changing the passphrase that unlocks this device's data.
    ChangePassphrase,
    /// Deleting everything stored on this device; reachable while locked.
    Wipe,
    // Accessibility
    /// What to do when stuck; reachable while locked.
    Help,
    // Case audit (record id; an agreed action's id)
    /// The audit's task list, or where it starts.
    Audit(Uuid),
    AuditAuditor(Uuid),
    AuditIndicators(Uuid),
    /// The record, read-only, from the audit.
    AuditRecord(Uuid),
    AuditGrades(Uuid),
    AuditFeedback(Uuid),
    AuditActions(Uuid),
    AuditAction(Uuid, Uuid),
    RemoveAuditAction(Uuid, Uuid),
    AuditCheck(Uuid),
    AuditHistory(Uuid),
    AuditPrint(Uuid),
    /// Audits across every record in this browser.
    AuditSummary,
    // Benchmarks
    /// One page of this many questions, on a record of its own, for measuring
    /// casevoice against other form libraries; reachable while locked.
    #[cfg(feature = "bench")]
    Bench(usize),
}

/// The most questions the benchmark page is asked for.
#[cfg(feature = "bench")]
pub const BENCH_MAX_QUESTIONS: usize = 5_000;

impl Route {
    pub fn from_path(path: &str) -> Route {
        Route::parse(path).unwrap_or(Route::NotFound)
    }

    fn parse(path: &str) -> Option<Route> {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Some(Route::Home),
            ["records", id] => parse_id(id).map(Route::Record),
            ["records", id, "case-number"] => parse_id(id).map(Route::CaseNumber),
            ["records", id, "case-details"] => parse_id(id).map(Route::CaseDetails),
            ["records", id, "children"] => parse_id(id).map(Route::Children),
            ["records", id, "children", child] => {
                Some(Route::Child(parse_id(id)?, parse_id(child)?))
            }
            ["records", id, "children", child, "remove"] => {
                Some(Route::RemoveChild(parse_id(id)?, parse_id(child)?))
            }
            ["records", id, "adults"] => parse_id(id).map(Route::Adults),
            ["records", id, "checks"] => parse_id(id).map(Route::Checks),
            ["records", id, "risk"] => parse_id(id).map(Route::Risk),
            ["records", id, "adults", adult] => Some(Route::Adult(parse_id(id)?, parse_id(adult)?)),
            ["records", id, "adults", adult, "remove"] => {
                Some(Route::RemoveAdult(parse_id(id)?, parse_id(adult)?))
            }
            // Added with the settings page, the case records list and the edit history.
            ["settings"] => Some(Route::Settings),
            // Child mode safety
            ["unlock"] => Some(Route::Unlock),
            // JSON export and import
            ["import"] => Some(Route::Import),
            // Encrypted export and upload
            ["records", id, "export"] => parse_id(id).map(Route::Export),
            ["outbox"] => Some(Route::Outbox),
            // Protect the data
            ["settings", "passphrase"] => Some(Route::ChangePassphrase),
            ["wipe"] => Some(Route::Wipe),
            // Accessibility
            ["help"] => Some(Route::Help),
            ["records", id, "delete"] => parse_id(id).map(Route::DeleteRecord),
            ["records", id, "history"] => parse_id(id).map(Route::History),
            // Welfare checklist and recommendation
            ["records", id, "welfare"] => parse_id(id).map(Route::Welfare),
            ["records", id, "welfare", child] => {
                Some(Route::ChildWelfare(parse_id(id)?, parse_id(child)?))
            }
            ["records", id, "recommendation"] => parse_id(id).map(Route::Recommendation),
            ["records", id, "check-answers"] => parse_id(id).map(Route::CheckAnswers),
            // Print view
            ["records", id, "print"] => parse_id(id).map(Route::PrintRecord),
            // The child's voice
            ["records", id, "voice"] => parse_id(id).map(Route::Voice),
            ["records", id, "voice", s, "set-up"] => {
                Some(Route::SessionSetup(parse_id(id)?, parse_id(s)?))
            }
            ["records", id, "voice", s] => Some(Route::SessionAfter(parse_id(id)?, parse_id(s)?)),
            ["records", id, "voice", s, "safety"] => {
                Some(Route::SessionSafety(parse_id(id)?, parse_id(s)?))
            }
            ["records", id, "voice", s, "told"] => {
                Some(Route::SessionTold(parse_id(id)?, parse_id(s)?))
            }
            ["child", id, s] => Some(Route::ChildMenu(parse_id(id)?, parse_id(s)?)),
            ["child", id, s, "sharing"] => Some(Route::ChildSharing(parse_id(id)?, parse_id(s)?)),
            ["child", id, s, "read-back"] => {
                Some(Route::ChildReadBack(parse_id(id)?, parse_id(s)?))
            }
            ["child", id, s, "finished"] => Some(Route::ChildFinished(parse_id(id)?, parse_id(s)?)),
            ["child", id, s, activity] => Some(Route::ChildActivity(
                parse_id(id)?,
                parse_id(s)?,
                Activity::from_slug(activity)?,
            )),
            // Visits
            ["records", id, "visits"] => parse_id(id).map(Route::Visits),
            ["records", id, "visits", visit] => Some(Route::Visit(parse_id(id)?, parse_id(visit)?)),
            ["records", id, "visits", visit, "remove"] => {
                Some(Route::RemoveVisit(parse_id(id)?, parse_id(visit)?))
            }
            // CSV export
            ["records", id, "export", "csv"] => parse_id(id).map(Route::CsvExport),
            // Case audit
            ["audit-summary"] => Some(Route::AuditSummary),
            ["records", id, "audit", rest @ ..] => audit_route(parse_id(id)?, rest),
            // Benchmarks
            #[cfg(feature = "bench")]
            ["bench", n] => n
                .parse::<usize>()
                .ok()
                .filter(|n| *n <= BENCH_MAX_QUESTIONS)
                .map(Route::Bench),
            _ => None,
        }
    }

    pub fn to_path(self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Record(id) => format!("/records/{id}"),
            Route::CaseNumber(id) => format!("/records/{id}/case-number"),
            Route::CaseDetails(id) => format!("/records/{id}/case-details"),
            Route::Children(id) => format!("/records/{id}/children"),
            Route::Child(id, child) => format!("/records/{id}/children/{child}"),
            Route::RemoveChild(id, child) => format!("/records/{id}/children/{child}/remove"),
            Route::Adults(id) => format!("/records/{id}/adults"),
            Route::Checks(id) => format!("/records/{id}/checks"),
            Route::Risk(id) => format!("/records/{id}/risk"),
            Route::Adult(id, adult) => format!("/records/{id}/adults/{adult}"),
            Route::RemoveAdult(id, adult) => format!("/records/{id}/adults/{adult}/remove"),
            // Visits
            Route::Visits(id) => format!("/records/{id}/visits"),
            Route::Visit(id, visit) => format!("/records/{id}/visits/{visit}"),
            Route::RemoveVisit(id, visit) => format!("/records/{id}/visits/{visit}/remove"),
            Route::NotFound => "/not-found".to_string(),
            // Added with the settings page, the case records list and the edit history.
            Route::Settings => "/settings".to_string(),
            Route::DeleteRecord(id) => format!("/records/{id}/delete"),
            Route::History(id) => format!("/records/{id}/history"),
            // Welfare checklist and recommendation
            Route::Welfare(id) => format!("/records/{id}/welfare"),
            Route::ChildWelfare(id, child) => format!("/records/{id}/welfare/{child}"),
            Route::Recommendation(id) => format!("/records/{id}/recommendation"),
            Route::CheckAnswers(id) => format!("/records/{id}/check-answers"),
            // The child's voice
            Route::Voice(id) => format!("/records/{id}/voice"),
            Route::SessionSetup(id, s) => format!("/records/{id}/voice/{s}/set-up"),
            Route::SessionAfter(id, s) => format!("/records/{id}/voice/{s}"),
            Route::SessionSafety(id, s) => format!("/records/{id}/voice/{s}/safety"),
            Route::SessionTold(id, s) => format!("/records/{id}/voice/{s}/told"),
            Route::ChildMenu(id, s) => format!("/child/{id}/{s}"),
            Route::ChildActivity(id, s, activity) => format!("/child/{id}/{s}/{}", activity.slug()),
            Route::ChildSharing(id, s) => format!("/child/{id}/{s}/sharing"),
            Route::ChildReadBack(id, s) => format!("/child/{id}/{s}/read-back"),
            Route::ChildFinished(id, s) => format!("/child/{id}/{s}/finished"),
            // Child mode safety
            Route::Unlock => "/unlock".to_string(),
            // CSV export
            Route::CsvExport(id) => format!("/records/{id}/export/csv"),
            // Print view
            Route::PrintRecord(id) => format!("/records/{id}/print"),
            // JSON export and import
            Route::Import => "/import".to_string(),
            // Encrypted export and upload
            Route::Export(id) => format!("/records/{id}/export"),
            Route::Outbox => "/outbox".to_string(),
            // Protect the data
            Route::ChangePassphrase => "/settings/passphrase".to_string(),
            Route::Wipe => "/wipe".to_string(),
            // Accessibility
            Route::Help => "/help".to_string(),
            // Case audit
            Route::Audit(id) => format!("/records/{id}/audit"),
            Route::AuditAuditor(id) => format!("/records/{id}/audit/auditor"),
            Route::AuditIndicators(id) => format!("/records/{id}/audit/indicators"),
            Route::AuditRecord(id) => format!("/records/{id}/audit/record"),
            Route::AuditGrades(id) => format!("/records/{id}/audit/grades"),
            Route::AuditFeedback(id) => format!("/records/{id}/audit/feedback"),
            Route::AuditActions(id) => format!("/records/{id}/audit/actions"),
            Route::AuditAction(id, a) => format!("/records/{id}/audit/actions/{a}"),
            Route::RemoveAuditAction(id, a) => format!("/records/{id}/audit/actions/{a}/remove"),
            Route::AuditCheck(id) => format!("/records/{id}/audit/check"),
            Route::AuditHistory(id) => format!("/records/{id}/audit/history"),
            Route::AuditPrint(id) => format!("/records/{id}/audit/print"),
            Route::AuditSummary => "/audit-summary".to_string(),
            // Benchmarks
            #[cfg(feature = "bench")]
            Route::Bench(n) => format!("/bench/{n}"),
        }
    }

    // Two tabs on one record
    /// The record this page shows or changes, if any: what a tab must hold the
    /// record's editing lock for.
    pub fn record(self) -> Option<Uuid> {
        let path = self.to_path();
        let mut parts = path.split('/').filter(|part| !part.is_empty());
        match (parts.next(), parts.next()) {
            (Some("records" | "child"), Some(id)) => parse_id(id),
            _ => None,
        }
    }

    /// The session a child-mode page belongs to: (record id, session id); `None`
    /// for every page a practitioner uses.
    pub fn child_mode_session(self) -> Option<(Uuid, Uuid)> {
        match self {
            Route::ChildMenu(id, s)
            | Route::ChildActivity(id, s, _)
            | Route::ChildSharing(id, s)
            | Route::ChildReadBack(id, s)
            | Route::ChildFinished(id, s) => Some((id, s)),
            _ => None,
        }
    }
}

// Case audit
/// The audit's pages under `/records/{id}/audit`.
fn audit_route(id: Uuid, rest: &[&str]) -> Option<Route> {
    match rest {
        [] => Some(Route::Audit(id)),
        ["auditor"] => Some(Route::AuditAuditor(id)),
        ["indicators"] => Some(Route::AuditIndicators(id)),
        ["record"] => Some(Route::AuditRecord(id)),
        ["grades"] => Some(Route::AuditGrades(id)),
        ["feedback"] => Some(Route::AuditFeedback(id)),
        ["actions"] => Some(Route::AuditActions(id)),
        ["actions", action] => Some(Route::AuditAction(id, parse_id(action)?)),
        ["actions", action, "remove"] => Some(Route::RemoveAuditAction(id, parse_id(action)?)),
        ["check"] => Some(Route::AuditCheck(id)),
        ["history"] => Some(Route::AuditHistory(id)),
        ["print"] => Some(Route::AuditPrint(id)),
        _ => None,
    }
}

fn parse_id(segment: &str) -> Option<Uuid> {
    Uuid::try_parse(segment).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "5f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5";

    #[test]
    fn every_route_reads_back_from_its_own_path() {
        let id = Uuid::parse_str(ID).unwrap();
        let child = Uuid::from_u128(7);
        for route in [
            Route::Home,
            Route::Record(id),
            Route::CaseNumber(id),
            Route::CaseDetails(id),
            Route::Children(id),
            Route::Child(id, child),
            Route::RemoveChild(id, child),
            Route::Adults(id),
            Route::Checks(id),
            Route::Risk(id),
            Route::Adult(id, child),
            Route::RemoveAdult(id, child),
            // Visits
            Route::Visits(id),
            Route::Visit(id, child),
            Route::RemoveVisit(id, child),
            Route::NotFound,
            Route::Settings,
            Route::DeleteRecord(id),
            Route::History(id),
            // Welfare checklist and recommendation
            Route::Welfare(id),
            Route::ChildWelfare(id, child),
            Route::Recommendation(id),
            Route::CheckAnswers(id),
            // The child's voice
            Route::Voice(id),
            Route::SessionSetup(id, child),
            Route::SessionAfter(id, child),
            Route::SessionSafety(id, child),
            Route::SessionTold(id, child),
            Route::ChildMenu(id, child),
            Route::ChildActivity(id, child, Activity::ThreeHouses),
            Route::ChildSharing(id, child),
            Route::ChildReadBack(id, child),
            Route::ChildFinished(id, child),
            // Child mode safety
            Route::Unlock,
            // CSV export
            Route::CsvExport(id),
            // Print view
            Route::PrintRecord(id),
            // JSON export and import
            Route::Import,
            // Encrypted export and upload
            Route::Export(id),
            Route::Outbox,
            // Protect the data
            Route::ChangePassphrase,
            Route::Wipe,
            // Accessibility
            Route::Help,
            // Case audit
            Route::Audit(id),
            Route::AuditAuditor(id),
            Route::AuditIndicators(id),
            Route::AuditRecord(id),
            Route::AuditGrades(id),
            Route::AuditFeedback(id),
            Route::AuditActions(id),
            Route::AuditAction(id, child),
            Route::RemoveAuditAction(id, child),
            Route::AuditCheck(id),
            Route::AuditHistory(id),
            Route::AuditPrint(id),
            Route::AuditSummary,
        ] {
            assert_eq!(Route::from_path(&route.to_path()), route);
            // Two tabs on one record: every page under a record names it.
            let path = route.to_path();
            let names_record = path.starts_with("/records/") || path.starts_with("/child/");
            assert_eq!(route.record().is_some(), names_record, "{path}");
        }
    }

    #[test]
    fn reads_paths_as_a_browser_gives_them() {
        let id = Uuid::parse_str(ID).unwrap();
        assert_eq!(Route::from_path(""), Route::Home);
        assert_eq!(Route::from_path("/"), Route::Home);
        assert_eq!(
            Route::from_path(&format!("/records/{ID}/")),
            Route::Record(id)
        );
        assert_eq!(
            Route::from_path(&format!("/records/{ID}/case-number")),
            Route::CaseNumber(id)
        );
    }

    #[test]
    fn unknown_or_malformed_paths_are_not_found() {
        for path in [
            "/records",
            "/records/not-an-id",
            "/records/x/case-number",
            "/records/x/children/y",
            &format!("/records/{ID}/children/not-an-id"),
            &format!("/records/{ID}/children/{ID}/delete"),
            // Welfare checklist and recommendation
            &format!("/records/{ID}/welfare/not-an-id"),
            &format!("/records/{ID}/welfare/{ID}/remove"),
            &format!("/records/{ID}/recommendation/{ID}"),
            // Visits
            &format!("/records/{ID}/visits/not-an-id"),
            &format!("/records/{ID}/visits/{ID}/delete"),
            // Case audit
            &format!("/records/{ID}/audit/actions/not-an-id"),
            &format!("/records/{ID}/audit/grades/{ID}"),
            "/audit-summary/x",
            "/admin",
            "/index.html/x",
        ] {
            assert_eq!(Route::from_path(path), Route::NotFound, "{path}");
        }
    }

    #[cfg(feature = "bench")]
    #[test]
    fn the_benchmark_page_takes_its_number_of_questions_from_the_path() {
        assert_eq!(Route::from_path("/bench/500"), Route::Bench(500));
        assert_eq!(Route::from_path("/bench/0"), Route::Bench(0));
        assert_eq!(Route::Bench(50).to_path(), "/bench/50");
        assert_eq!(Route::Bench(50).record(), None);
        for path in [
            "/bench",
            "/bench/x",
            "/bench/-1",
            "/bench/5001",
            "/bench/50/x",
        ] {
            assert_eq!(Route::from_path(path), Route::NotFound, "{path}");
        }
    }

    #[cfg(not(feature = "bench"))]
    #[test]
    fn without_the_bench_feature_there_is_no_benchmark_page() {
        assert_eq!(Route::from_path("/bench/50"), Route::NotFound);
    }

    #[test]
    fn settings_delete_and_history_have_the_addresses_people_expect() {
        let id = Uuid::parse_str(ID).unwrap();
        assert_eq!(Route::from_path("/settings"), Route::Settings);
        assert_eq!(
            Route::from_path(&format!("/records/{ID}/delete")),
            Route::DeleteRecord(id)
        );
        assert_eq!(
            Route::from_path(&format!("/records/{ID}/history")),
            Route::History(id)
        );
        assert_eq!(Route::from_path("/records/x/history"), Route::NotFound);
        assert_eq!(Route::from_path("/settings/x"), Route::NotFound);
    }
}
