//! The story and its past and undone states, so that every edit can be undone and redone.

use std::rc::Rc;

use super::draft::{apply, Edit};
use crate::format::TimelineData;

/// The story and its past and undone states: every edit can be undone and redone. The
/// states are shared, so a keystroke copies the story it changes, not the 200 before it.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    pub now: Rc<TimelineData>,
    past: Vec<Rc<TimelineData>>,
    future: Vec<Rc<TimelineData>>,
    /// The field the last edit typed into: typing on in it is the same step.
    typing: Option<String>,
}

/// How many steps back undo reaches.
const DEPTH: usize = 200;

impl History {
    pub fn new(story: TimelineData) -> History {
        History {
            now: Rc::new(story),
            past: Vec::new(),
            future: Vec::new(),
            typing: None,
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// The history after `edit` (typing on in the same field adds to the last step).
    pub fn edited(&self, edit: &Edit) -> History {
        let field = edit.field();
        let mut next = self.replaced(apply(&self.now, edit));
        if field.is_some() && field == self.typing {
            next.past.pop();
        }
        next.typing = field;
        next
    }

    /// The history after the whole story was replaced (the text view, an opened file): one step.
    pub fn replaced(&self, story: TimelineData) -> History {
        let mut past = self.past.clone();
        past.push(self.now.clone());
        if past.len() > DEPTH {
            past.remove(0);
        }
        History {
            now: Rc::new(story),
            past,
            future: Vec::new(),
            typing: None,
        }
    }

    pub fn undone(&self) -> History {
        let mut next = self.clone();
        if let Some(before) = next.past.pop() {
            next.future.push(std::mem::replace(&mut next.now, before));
        }
        next.typing = None;
        next
    }

    pub fn redone(&self) -> History {
        let mut next = self.clone();
        if let Some(after) = next.future.pop() {
            next.past.push(std::mem::replace(&mut next.now, after));
        }
        next.typing = None;
        next
    }
}

#[cfg(test)]
impl History {
    /// The history after each of `edits` in turn, as a person makes them.
    pub(super) fn after_all(self, edits: &[Edit]) -> History {
        edits.iter().fold(self, |h, e| h.edited(e))
    }
}

/// The story as the file the studio downloads: our format, pretty printed, as
/// `timeline-import` writes it.
pub fn to_text(story: &TimelineData) -> String {
    serde_json::to_string_pretty(story).unwrap_or_default()
}
