/// How long three presses of Shift may take to count as "Exit this page".
pub const WINDOW_MS: f64 = 5_000.0;

/// The recent presses of Shift, for GOV.UK's "Exit this page" shortcut: three
/// within 5 seconds. A press counts when Shift comes up having been pressed on
/// its own: Shift held for another key (Shift+Tab, a capital letter) is not a
/// press, or a keyboard user moving back through a page three times would be
/// thrown out of it. Only timestamps are kept, so no timer is needed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShiftPresses {
    times: Vec<f64>,
    /// While Shift is down: whether it is still on its own.
    held: Option<bool>,
}

impl ShiftPresses {
    /// A key went down; a held key's repeats change nothing.
    pub fn key_down(&mut self, key: &str, repeat: bool) {
        if key == "Shift" {
            if !repeat {
                self.held = Some(true);
            }
        } else if let Some(alone) = self.held.as_mut() {
            *alone = false;
        }
    }

    /// A key came up at `now` (ms): true when it is Shift, pressed on its own,
    /// for the third time within 5 s.
    pub fn key_up(&mut self, key: &str, now: f64) -> bool {
        if key != "Shift" {
            return false;
        }
        self.held.take() == Some(true) && self.press(now)
    }

    fn press(&mut self, now: f64) -> bool {
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

    /// Shift pressed and let go on its own at `now`.
    fn shift(presses: &mut ShiftPresses, now: f64) -> bool {
        presses.key_down("Shift", false);
        presses.key_up("Shift", now)
    }

    #[test]
    fn three_presses_within_five_seconds_exit() {
        let mut presses = ShiftPresses::default();
        assert!(!shift(&mut presses, 0.0));
        assert!(!shift(&mut presses, 2_000.0));
        assert!(shift(&mut presses, 4_999.0));
    }

    #[test]
    fn presses_further_apart_do_not() {
        let mut presses = ShiftPresses::default();
        assert!(!shift(&mut presses, 0.0));
        assert!(!shift(&mut presses, 3_000.0));
        assert!(!shift(&mut presses, 5_000.0));
        // The first has dropped out; the next within 5 s of the second counts.
        assert!(shift(&mut presses, 7_000.0));
    }

    #[test]
    fn the_count_starts_again_after_an_exit() {
        let mut presses = ShiftPresses::default();
        for t in [0.0, 1.0, 2.0] {
            shift(&mut presses, t);
        }
        assert!(!shift(&mut presses, 3.0));
        assert!(!shift(&mut presses, 4.0));
        assert!(shift(&mut presses, 5.0));
    }

    #[test]
    fn a_clock_that_goes_back_forgets_earlier_presses() {
        let mut presses = ShiftPresses::default();
        shift(&mut presses, 10_000.0);
        shift(&mut presses, 10_001.0);
        assert!(!shift(&mut presses, 1_000.0));
    }

    #[test]
    fn shift_tab_three_times_is_moving_back_not_exiting() {
        let mut presses = ShiftPresses::default();
        for t in [0.0, 100.0, 200.0, 300.0] {
            presses.key_down("Shift", false);
            presses.key_down("Tab", false);
            assert!(!presses.key_up("Tab", t));
            assert!(!presses.key_up("Shift", t));
        }
        // Nor do two presses on their own and one with a letter make three.
        assert!(!shift(&mut presses, 400.0));
        assert!(!shift(&mut presses, 500.0));
        presses.key_down("Shift", false);
        presses.key_down("A", false);
        assert!(!presses.key_up("Shift", 600.0));
        assert!(shift(&mut presses, 700.0));
    }

    #[test]
    fn a_held_shift_counts_once_however_long_it_repeats() {
        let mut presses = ShiftPresses::default();
        presses.key_down("Shift", false);
        for _ in 0..5 {
            presses.key_down("Shift", true);
        }
        assert!(!presses.key_up("Shift", 0.0));
        assert!(!shift(&mut presses, 1.0));
        assert!(shift(&mut presses, 2.0));
    }

    #[test]
    fn a_release_without_a_press_does_not_count() {
        let mut presses = ShiftPresses::default();
        for t in [0.0, 1.0, 2.0] {
            assert!(!presses.key_up("Shift", t));
        }
    }
}
