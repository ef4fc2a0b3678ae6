//! A tab following what other tabs store: one read of a record answers every
//! message about it heard while the read was waiting.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use uuid::Uuid;
use yew::platform::spawn_local;

/// How long a tab waits, after hearing that another tab stored a record, before
/// reading it again. The tab being typed in stores on every key (the autosave
/// journal), and reading the whole record again for each, opened and with its
/// journal replayed, cost a following tab 7–9 ms of its tasks a key on a
/// child's page (README, "Two tabs on one record"). Waiting, one
/// read answers all the keys typed meanwhile; a read-only tab shows a change at
/// most about this late, plus the read.
pub const FOLLOW_AFTER_MS: u32 = 500;

/// Reads a record again from storage and shows it if it is newer.
pub type ReadAgain = Box<dyn Fn(Uuid) -> Pin<Box<dyn Future<Output = ()>>>>;

enum Following {
    /// A read is due when the timer fires; held so that dropping it cancels.
    Waiting { _timer: Timeout },
    /// A read is under way; `again` if another write was heard since it began,
    /// which it may have missed.
    Reading { again: bool },
}

/// Dropping it cancels the reads that are waiting.
pub struct Follower {
    after_ms: u32,
    read_again: ReadAgain,
    /// The records being followed: a few at most, so a list (a map of its own
    /// type cost more code in the download than it could save).
    records: RefCell<Vec<(Uuid, Following)>>,
}

impl Follower {
    pub fn new(after_ms: u32, read_again: ReadAgain) -> Rc<Self> {
        Rc::new(Follower {
            after_ms,
            read_again,
            records: RefCell::default(),
        })
    }

    /// Another tab stored the record: it is read again `after_ms` from now,
    /// unless a read is already waiting, and after the read under way if one is.
    pub fn heard(self: &Rc<Self>, id: Uuid) {
        let mut records = self.records.borrow_mut();
        match records.iter_mut().find(|(followed, _)| *followed == id) {
            Some((_, Following::Waiting { .. })) => {}
            Some((_, Following::Reading { again })) => *again = true,
            None => {
                let _timer = self.wait(id);
                records.push((id, Following::Waiting { _timer }));
            }
        }
    }

    fn wait(self: &Rc<Self>, id: Uuid) -> Timeout {
        let follower = Rc::downgrade(self);
        Timeout::new(self.after_ms, move || {
            if let Some(follower) = follower.upgrade() {
                follower.read(id);
            }
        })
    }

    /// What is known of the record, taken from the list.
    fn take(&self, id: Uuid) -> Option<Following> {
        let mut records = self.records.borrow_mut();
        let at = records.iter().position(|(followed, _)| *followed == id)?;
        Some(records.swap_remove(at).1)
    }

    fn read(self: &Rc<Self>, id: Uuid) {
        // The timer that called this is dropped with its entry.
        self.take(id);
        self.records
            .borrow_mut()
            .push((id, Following::Reading { again: false }));
        let reading = (self.read_again)(id);
        let follower = Rc::downgrade(self);
        spawn_local(async move {
            reading.await;
            let Some(follower) = follower.upgrade() else {
                return;
            };
            let heard_meanwhile =
                matches!(follower.take(id), Some(Following::Reading { again: true }));
            if heard_meanwhile {
                let _timer = follower.wait(id);
                follower
                    .records
                    .borrow_mut()
                    .push((id, Following::Waiting { _timer }));
            }
        });
    }
}
