//! Times as people read them: "25 November 2026 at 9:30am", GOV.UK style, in the
//! device's local time and the user's language.

use time::{OffsetDateTime, UtcOffset};

use crate::messages::{Lang, Msg};

/// The time a browser reports (milliseconds since 1970), if it is one `time` can hold.
pub fn from_unix_millis(millis: f64) -> Option<OffsetDateTime> {
    if !millis.is_finite() {
        return None;
    }
    let nanos = (millis as i128).checked_mul(1_000_000)?;
    OffsetDateTime::from_unix_timestamp_nanos(nanos).ok()
}

/// A date as GOV.UK writes it: "3 April 2025".
pub fn format_date(date: time::Date, lang: Lang) -> String {
    format!(
        "{} {} {}",
        date.day(),
        Msg::Month(date.month()).text(lang),
        date.year()
    )
}

/// `offset_minutes_east` is the local offset from UTC (60 in British Summer Time).
pub fn format_date_time(at: OffsetDateTime, offset_minutes_east: i32, lang: Lang) -> String {
    let local = to_local(at, offset_minutes_east);
    let date = format_date(local.date(), lang);
    format!(
        "{date} {} {}",
        Msg::DateTimeJoin.text(lang),
        clock_time(local, lang)
    )
}

/// The time of day alone, as in "2:02pm".
pub fn format_clock_time(at: OffsetDateTime, offset_minutes_east: i32, lang: Lang) -> String {
    clock_time(to_local(at, offset_minutes_east), lang)
}

fn to_local(at: OffsetDateTime, offset_minutes_east: i32) -> OffsetDateTime {
    let offset = UtcOffset::from_whole_seconds(offset_minutes_east.saturating_mul(60))
        .unwrap_or(UtcOffset::UTC);
    at.to_offset(offset)
}

fn clock_time(local: OffsetDateTime, lang: Lang) -> String {
    let (hour, minute) = (local.hour(), local.minute());
    match (hour, minute) {
        (0, 0) => Msg::Midnight.text(lang).to_string(),
        (12, 0) => Msg::Midday.text(lang).to_string(),
        _ => {
            let suffix = if hour < 12 { Msg::Am } else { Msg::Pm }.text(lang);
            let twelve_hour = match hour % 12 {
                0 => 12,
                h => h,
            };
            format!("{twelve_hour}:{minute:02}{suffix}")
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use time::macros::datetime;

    pub(crate) fn a_moment() -> OffsetDateTime {
        datetime!(2026-11-25 09:30 UTC)
    }

    pub(crate) fn a_later_moment() -> OffsetDateTime {
        datetime!(2026-11-25 09:31 UTC)
    }

    #[test]
    fn formats_the_gov_uk_way() {
        assert_eq!(
            format_date_time(a_moment(), 0, Lang::En),
            "25 November 2026 at 9:30am"
        );
        assert_eq!(
            format_date_time(datetime!(2026-03-02 17:05 UTC), 0, Lang::En),
            "2 March 2026 at 5:05pm"
        );
        assert_eq!(
            format_date_time(datetime!(2026-03-02 12:00 UTC), 0, Lang::En),
            "2 March 2026 at midday"
        );
        assert_eq!(
            format_date_time(datetime!(2026-03-02 00:00 UTC), 0, Lang::En),
            "2 March 2026 at midnight"
        );
    }

    #[test]
    fn shows_local_time_so_summer_time_reads_an_hour_on() {
        assert_eq!(
            format_date_time(datetime!(2026-07-31 23:30 UTC), 60, Lang::En),
            "1 August 2026 at 12:30am"
        );
    }

    #[test]
    fn an_impossible_offset_falls_back_to_utc_instead_of_failing() {
        assert_eq!(
            format_date_time(a_moment(), 100_000, Lang::En),
            "25 November 2026 at 9:30am"
        );
    }

    #[test]
    fn formats_a_time_of_day_alone_in_local_time() {
        assert_eq!(
            format_clock_time(datetime!(2026-07-01 13:02 UTC), 60, Lang::En),
            "2:02pm"
        );
    }

    #[test]
    fn reads_browser_milliseconds() {
        assert_eq!(
            from_unix_millis(1_795_599_000_000.0),
            Some(datetime!(2026-11-25 09:30 UTC))
        );
        assert_eq!(from_unix_millis(f64::NAN), None);
        assert_eq!(from_unix_millis(1e300), None);
    }
}
