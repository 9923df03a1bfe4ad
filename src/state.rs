//! The widget's one state, changed only through actions (a Yew reducer). Plain Rust, so the
//! rules (clamping, what closes a popover, when to announce) are tested natively.

use std::rc::Rc;

use yew::{AttrValue, Reducible};

/// What last changed the selection: a reader's move and the host page's `select()` are
/// announced and written to the URL; a move from the URL (back/forward) is not written back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Initial,
    Reader,
    /// The host page, through the element's `select()` method or its `event` attribute.
    Host,
    History,
}

/// A citation whose popover is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCitation {
    pub number: u32,
    /// Element id of the citation button, where focus returns on close.
    pub trigger: AttrValue,
    /// The statement the citation supports, as plain text.
    pub statement: AttrValue,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    pub count: usize,
    pub selected: usize,
    pub origin: Origin,
    pub citation: Option<OpenCitation>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Select(usize, Origin),
    Next,
    Previous,
    First,
    Last,
    OpenCitation(OpenCitation),
    CloseCitation,
}

impl ViewState {
    pub fn new(count: usize, selected: usize) -> ViewState {
        ViewState {
            count,
            selected: selected.min(count.saturating_sub(1)),
            origin: Origin::Initial,
            citation: None,
        }
    }

    fn select(&self, index: usize, origin: Origin) -> ViewState {
        ViewState {
            selected: index.min(self.count.saturating_sub(1)),
            origin,
            citation: None,
            ..self.clone()
        }
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Select(i, origin) => self.select(i, origin),
            Action::Next => self.select(self.selected + 1, Origin::Reader),
            Action::Previous => self.select(self.selected.saturating_sub(1), Origin::Reader),
            Action::First => self.select(0, Origin::Reader),
            Action::Last => self.select(usize::MAX, Origin::Reader),
            Action::OpenCitation(c) => ViewState {
                citation: Some(c),
                ..(*self).clone()
            },
            Action::CloseCitation => ViewState {
                citation: None,
                ..(*self).clone()
            },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(state: ViewState, actions: Vec<Action>) -> Rc<ViewState> {
        actions.into_iter().fold(Rc::new(state), |s, a| s.reduce(a))
    }

    #[test]
    fn moves_clamp_at_both_ends() {
        let s = run(ViewState::new(3, 0), vec![Action::Previous]);
        assert_eq!(s.selected, 0);
        let s = run(
            ViewState::new(3, 0),
            vec![Action::Next, Action::Next, Action::Next],
        );
        assert_eq!((s.selected, s.origin), (2, Origin::Reader));
        let s = run(ViewState::new(3, 1), vec![Action::Last, Action::First]);
        assert_eq!(s.selected, 0);
        assert_eq!(ViewState::new(3, 9).selected, 2);
        assert_eq!(ViewState::new(0, 0).selected, 0);
    }

    #[test]
    fn selecting_closes_the_popover_and_unchanged_state_is_the_same_rc() {
        let cite = OpenCitation {
            number: 5,
            trigger: "et-c-1".into(),
            statement: "s".into(),
        };
        let s = run(
            ViewState::new(3, 0),
            vec![Action::OpenCitation(cite.clone())],
        );
        assert_eq!(s.citation.as_ref(), Some(&cite));
        let s = s.reduce(Action::Next);
        assert_eq!(s.citation, None);
        let same = s.clone().reduce(Action::CloseCitation);
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn history_moves_keep_their_origin() {
        let s = run(
            ViewState::new(5, 0),
            vec![Action::Select(3, Origin::History)],
        );
        assert_eq!((s.selected, s.origin), (3, Origin::History));
    }
}
