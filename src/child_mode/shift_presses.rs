/// How long three presses of Shift may take to count as "Exit this page".
pub const WINDOW_MS: f64 = 5_000.0;

/// The recent presses of Shift, for GOV.UK's "Exit this page" shortcut: three
/// within 5 seconds. Only timestamps are kept, so no timer is needed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShiftPresses {
    times: Vec<f64>,
}

impl ShiftPresses {
    /// A press of Shift at `now` (ms); true when it is the third within 5 s.
    pub fn press(&mut self, now: f64) -> bool {
        // A clock that went back (a changed system time) must not keep old presses.
        self.times.retain(|&t| t <= now && now - t < WINDOW_MS);
        self.times.push(now);
        if self.times.len() >= 3 {
            self.times.clear();
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_presses_within_five_seconds_exit() {
        let mut presses = ShiftPresses::default();
        assert!(!presses.press(0.0));
        assert!(!presses.press(2_000.0));
        assert!(presses.press(4_999.0));
    }

    #[test]
    fn presses_further_apart_do_not() {
        let mut presses = ShiftPresses::default();
        assert!(!presses.press(0.0));
        assert!(!presses.press(3_000.0));
        assert!(!presses.press(5_000.0));
        // The first has dropped out; the next within 5 s of the second counts.
        assert!(presses.press(7_000.0));
    }

    #[test]
    fn the_count_starts_again_after_an_exit() {
        let mut presses = ShiftPresses::default();
        for t in [0.0, 1.0, 2.0] {
            presses.press(t);
        }
        assert!(!presses.press(3.0));
        assert!(!presses.press(4.0));
        assert!(presses.press(5.0));
    }

    #[test]
    fn a_clock_that_goes_back_forgets_earlier_presses() {
        let mut presses = ShiftPresses::default();
        presses.press(10_000.0);
        presses.press(10_001.0);
        assert!(!presses.press(1_000.0));
    }
}
