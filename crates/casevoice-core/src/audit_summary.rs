//! Audits across the records in this browser: the records list's filters (by
//! overall grade and by an indicator not met) and the summary page's numbers
//! (completed audits by grade, and each indicator across the records).

use std::collections::BTreeMap;

use time::Date;

use crate::audit::{Grade, Graded};
use crate::audit_indicators::{indicator, indicators, Indicator, Outcome};
use crate::record::CaseRecord;

/// Which records the list shows, by their audit's overall grade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GradeFilter {
    Grade(Grade),
    /// No audit, or an audit without an overall grade yet.
    NotGraded,
}

impl GradeFilter {
    pub const ALL: [GradeFilter; 5] = [
        GradeFilter::Grade(Grade::Outstanding),
        GradeFilter::Grade(Grade::Good),
        GradeFilter::Grade(Grade::RequiresImprovement),
        GradeFilter::Grade(Grade::Inadequate),
        GradeFilter::NotGraded,
    ];

    /// As in the address: `requires_improvement`, `not_graded`.
    pub fn code(self) -> &'static str {
        match self {
            GradeFilter::Grade(grade) => grade.code(),
            GradeFilter::NotGraded => "not_graded",
        }
    }

    pub fn from_code(code: &str) -> Option<GradeFilter> {
        GradeFilter::ALL.into_iter().find(|f| f.code() == code)
    }

    fn matches(self, record: &CaseRecord) -> bool {
        let overall = record
            .audit
            .as_ref()
            .and_then(|a| a.grades.get(Graded::Overall));
        match self {
            GradeFilter::Grade(grade) => overall == Some(grade),
            GradeFilter::NotGraded => overall.is_none(),
        }
    }
}

/// The records list's filters; the default shows every record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct RecordFilter {
    pub grade: Option<GradeFilter>,
    /// Only records where this indicator is not met.
    pub not_met: Option<Indicator>,
}

impl RecordFilter {
    pub fn is_empty(&self) -> bool {
        self.grade.is_none() && self.not_met.is_none()
    }

    pub fn matches(&self, record: &CaseRecord, today: Date) -> bool {
        self.grade.is_none_or(|g| g.matches(record))
            && self
                .not_met
                .is_none_or(|i| indicator(record, i, today).outcome == Outcome::NotMet)
    }

    /// Reads the filters from an address's query (`?grade=good&not-met=child-seen-alone`),
    /// ignoring anything it does not know.
    pub fn from_query(query: &str) -> RecordFilter {
        let mut filter = RecordFilter::default();
        for pair in query.trim_start_matches('?').split('&') {
            match pair.split_once('=') {
                Some(("grade", code)) => filter.grade = GradeFilter::from_code(code),
                Some(("not-met", slug)) => filter.not_met = Indicator::from_slug(slug),
                _ => {}
            }
        }
        filter
    }

    /// The query that gives these filters back: empty when there are none.
    pub fn to_query(&self) -> String {
        let parts: Vec<String> = [
            self.grade.map(|g| format!("grade={}", g.code())),
            self.not_met.map(|i| format!("not-met={}", i.slug())),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// How many records each indicator is met in, and so on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IndicatorTally {
    pub met: usize,
    pub not_met: usize,
    pub not_known: usize,
    pub not_applicable: usize,
}

impl IndicatorTally {
    /// The records the indicator applies to: met, not met or cannot tell.
    pub fn applicable(&self) -> usize {
        self.met + self.not_met + self.not_known
    }

    fn add(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Met => self.met += 1,
            Outcome::NotMet => self.not_met += 1,
            Outcome::NotKnown => self.not_known += 1,
            Outcome::NotApplicable => self.not_applicable += 1,
        }
    }
}

/// The numbers on the summary page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditSummary {
    pub records: usize,
    /// Records with an audit started and not completed.
    pub in_progress: usize,
    pub completed: usize,
    /// For each graded part, how many completed audits gave each grade, in the
    /// order of [`Grade::ALL`].
    pub grades: BTreeMap<Graded, [usize; 4]>,
    /// Each indicator across every record, in [`Indicator::ALL`]'s order.
    pub indicators: Vec<(Indicator, IndicatorTally)>,
}

pub fn audit_summary<'a>(
    records: impl IntoIterator<Item = &'a CaseRecord>,
    today: Date,
) -> AuditSummary {
    let mut summary = AuditSummary {
        grades: Graded::ALL.into_iter().map(|g| (g, [0; 4])).collect(),
        indicators: Indicator::ALL
            .into_iter()
            .map(|i| (i, IndicatorTally::default()))
            .collect(),
        ..AuditSummary::default()
    };
    for record in records {
        summary.records += 1;
        for (tally, result) in summary.indicators.iter_mut().zip(indicators(record, today)) {
            tally.1.add(result.outcome);
        }
        let Some(audit) = &record.audit else {
            continue;
        };
        if !audit.is_completed() {
            summary.in_progress += 1;
            continue;
        }
        summary.completed += 1;
        for (part, counts) in summary.grades.iter_mut() {
            let given = audit.grades.get(*part);
            if let Some(n) = Grade::ALL.iter().position(|g| Some(*g) == given) {
                counts[n] += 1;
            }
        }
    }
    summary
}
