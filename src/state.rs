//! The widget's one state, changed only through actions (a Yew reducer). Plain Rust, so the
//! rules (clamping, what closes a popover, when to announce) are tested natively.

use std::rc::Rc;

use yew::{AttrValue, Reducible};

use crate::format::TimelineData;
use crate::view_model::search::{Query, SearchIndex};
use crate::view_model::sections::{OpenSections, Section};
#[cfg(not(event_timeline_viewer))]
use crate::view_model::zoom::{Zoom, ZoomStep};

/// What last changed the selection: a reader's move and the host page's `select()` are
/// announced and written to the URL; a move from the URL (back/forward) is not written back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The first view: the default, or the event the host or the URL chose before the reader
    /// did anything.
    Initial,
    /// A deliberate choice of one event (a click, Enter on a tab, a reference's back-link).
    Choice,
    /// Skimming with the keys of the tab list (arrows, Home/End, Page Up/Down): focus
    /// follows the selection to its tab.
    Key,
    /// The panel's Previous or Next button: focus goes to the same button of the new panel
    /// (the old panel is hidden with the button that had focus).
    Step(Toward),
    /// The host page, through the element's `select()` method or its `event` attribute.
    Host,
    History,
    /// A search or a filter moved the selection to its first match (or kept it): focus stays
    /// in the search field and the count, not the headline, is announced. Typing replaces the
    /// URL's entry; a new search, a filter or clearing pushes one, so Back undoes it.
    Found {
        how: UrlWrite,
        moved: bool,
    },
}

/// Which way a step went: earlier (Previous) or later (Next).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toward {
    Earlier,
    Later,
}

/// How a selection is written to the URL fragment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlWrite {
    /// A new history entry, so Back returns to the previous event.
    Push,
    /// The current entry changes, so skimming through ten events does not cost ten Backs.
    Replace,
}

impl Origin {
    /// Whether this selection is announced and reported to the host.
    pub fn is_move(self) -> bool {
        match self {
            Origin::Initial => false,
            Origin::Found { moved, .. } => moved,
            _ => true,
        }
    }

    /// Whether the live region says the new event's headline: only where focus does not
    /// already say it. A key or a click puts focus on the new tab, read with its name, so
    /// saying it again would say it twice; Previous and Next keep focus on a button, and the
    /// host page and back/forward move the selection wherever focus is.
    pub fn is_announced(self) -> bool {
        matches!(self, Origin::Step(_) | Origin::Host | Origin::History)
    }

    /// How this selection is written to the URL, if at all (the first view and back/forward
    /// are not written back).
    pub fn url_write(self) -> Option<UrlWrite> {
        match self {
            Origin::Choice | Origin::Host => Some(UrlWrite::Push),
            Origin::Key | Origin::Step(_) => Some(UrlWrite::Replace),
            Origin::Found { how, .. } => Some(how),
            Origin::Initial | Origin::History => None,
        }
    }
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

/// An element of the widget to scroll to and focus once it is rendered (its section opened
/// first). `seq` makes going to the same place twice a new request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reveal {
    pub target: AttrValue,
    pub seq: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    pub count: usize,
    pub selected: usize,
    pub origin: Origin,
    pub citation: Option<OpenCitation>,
    /// The sections after the timeline that the reader has open; kept across selections.
    pub sections: OpenSections,
    pub reveal: Option<Reveal>,
    /// A reader's search: the events that match it, in time order (`None`: no search, all
    /// events). Moves by key and by Previous/Next go from match to match.
    pub found: Option<Found>,
    /// The part of the axis shown (not in the viewer build, which never zooms).
    #[cfg(not(event_timeline_viewer))]
    pub zoom: Option<Zooming>,
}

/// A zoomable axis: what it shows, where each event is on it (its minute, so a selection
/// outside the view brings the view to it), and whether the last change was a zoom the live
/// region says.
#[cfg(not(event_timeline_viewer))]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zooming {
    pub zoom: Zoom,
    pub minutes: Rc<[i64]>,
    pub said: bool,
}

/// A search and its matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub query: Rc<Query>,
    pub matches: Rc<[usize]>,
}

impl Found {
    /// The query with its matches in `timeline` by `index` (none without an index: a search
    /// the widget does not show).
    pub fn of(query: Query, index: Option<&SearchIndex>, timeline: &TimelineData) -> Found {
        Found {
            matches: index
                .map_or_else(Vec::new, |i| i.find(timeline, &query))
                .into(),
            query: Rc::new(query),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Select(usize, Origin),
    /// The next event, by a key of the tab list or the panel's button (the origin says which).
    Next(Origin),
    Previous(Origin),
    First,
    Last,
    OpenCitation(OpenCitation),
    CloseCitation,
    ToggleSection(Section),
    /// Go to an element (by id) inside this section, or outside any section.
    Reveal(AttrValue, Option<Section>),
    /// A new search with its matches (an empty query ends the search); the selection moves
    /// to the first match when it is not one. Not in the viewer build, which has no search.
    #[cfg(not(event_timeline_viewer))]
    Find(Found, Origin),
    /// Page Down/Up: this many matches later (or earlier, negative).
    Page(isize),
    /// Zoom or pan the axis (not in the viewer build).
    #[cfg(not(event_timeline_viewer))]
    Zoom(ZoomStep),
}

impl ViewState {
    pub fn new(count: usize, selected: usize) -> ViewState {
        ViewState {
            count,
            selected: selected.min(count.saturating_sub(1)),
            origin: Origin::Initial,
            citation: None,
            sections: OpenSections::default(),
            reveal: None,
            found: None,
            #[cfg(not(event_timeline_viewer))]
            zoom: None,
        }
    }

    /// The state of an axis that zooms: showing `zoom`, with each event at its minute.
    #[cfg(not(event_timeline_viewer))]
    pub fn zoomable(self, zoom: Zoom, minutes: Rc<[i64]>) -> ViewState {
        ViewState {
            zoom: Some(Zooming {
                zoom,
                minutes,
                said: false,
            }),
            ..self
        }
    }

    /// The view after a reader's zoom or pan step (around the selection for buttons and keys).
    #[cfg(not(event_timeline_viewer))]
    fn zoomed(&self, step: ZoomStep) -> ViewState {
        let zoom = self.zoom.as_ref().map(|z| Zooming {
            zoom: z.zoom.after(step, z.minutes[self.selected]),
            minutes: z.minutes.clone(),
            said: !matches!(step, ZoomStep::Pan(_)),
        });
        ViewState {
            zoom,
            ..self.clone()
        }
    }

    /// The events a reader moves between during a search (its matches); `None`: all of them.
    /// Always `None` in the viewer build, which has no search.
    fn matches(&self) -> Option<&[usize]> {
        #[cfg(not(event_timeline_viewer))]
        return self.found.as_ref().map(|f| &f.matches[..]);
        #[cfg(event_timeline_viewer)]
        None
    }

    /// The event `steps` moves away from the selection (clamped at the ends), among the
    /// matches during a search; the selection itself when nothing is reachable.
    pub fn step_from(&self, steps: isize) -> usize {
        let Some(matches) = self.matches() else {
            let last = self.count.saturating_sub(1) as isize;
            return (self.selected as isize)
                .saturating_add(steps)
                .clamp(0, last) as usize;
        };
        let here = matches.partition_point(|&i| i < self.selected);
        let on_one = matches.get(here) == Some(&self.selected);
        let target = if steps > 0 {
            here.saturating_add(steps as usize - usize::from(!on_one))
                .min(matches.len().saturating_sub(1))
        } else {
            here.saturating_sub(steps.unsigned_abs())
        };
        matches.get(target).copied().unwrap_or(self.selected)
    }

    /// The neighbour of event `i` toward earlier or later among the reachable ones, if any.
    pub fn neighbour(&self, i: usize, toward: Toward) -> Option<usize> {
        let later = toward == Toward::Later;
        match self.matches() {
            Some(m) if later => m.iter().find(|&&j| j > i).copied(),
            Some(m) => m.iter().rev().find(|&&j| j < i).copied(),
            None if later => (i + 1 < self.count).then_some(i + 1),
            None => i.checked_sub(1),
        }
    }

    /// A search that keeps the selection moves nothing to report: a reader's is written to
    /// the URL, one from the URL is not written back.
    #[cfg(not(event_timeline_viewer))]
    fn find(&self, found: Found, origin: Origin) -> ViewState {
        let keep = found.matches.is_empty() || found.matches.contains(&self.selected);
        let next = ViewState {
            found: (!found.query.is_empty()).then_some(found.clone()),
            ..self.clone()
        };
        if keep {
            let origin = match origin {
                Origin::Found { how, .. } => Origin::Found { how, moved: false },
                _ => Origin::Initial,
            };
            ViewState { origin, ..next }
        } else {
            ViewState {
                found: next.found.clone(),
                ..next.select(found.matches[0], origin)
            }
        }
    }

    /// Choosing the event already selected changes nothing (so nothing is reported), but
    /// closes an open popover as any choice does.
    fn select(&self, index: usize, origin: Origin) -> ViewState {
        let index = index.min(self.count.saturating_sub(1));
        if index == self.selected {
            return ViewState {
                citation: None,
                ..self.clone()
            };
        }
        ViewState {
            selected: index.min(self.count.saturating_sub(1)),
            origin,
            citation: None,
            // A selection outside a zoomed view brings the view to it.
            #[cfg(not(event_timeline_viewer))]
            zoom: self.zoom.as_ref().map(|z| Zooming {
                zoom: z.zoom.showing(z.minutes[index]),
                minutes: z.minutes.clone(),
                said: false,
            }),
            ..self.clone()
        }
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Select(i, origin) => self.select(i, origin),
            Action::Next(origin) => self.select(self.step_from(1), origin),
            Action::Previous(origin) => self.select(self.step_from(-1), origin),
            Action::First => self.select(self.step_from(isize::MIN), Origin::Key),
            Action::Last => self.select(self.step_from(isize::MAX), Origin::Key),
            Action::Page(steps) => self.select(self.step_from(steps), Origin::Key),
            #[cfg(not(event_timeline_viewer))]
            Action::Find(found, origin) => self.find(found, origin),
            #[cfg(not(event_timeline_viewer))]
            Action::Zoom(step) => self.zoomed(step),
            Action::OpenCitation(c) => ViewState {
                citation: Some(c),
                ..(*self).clone()
            },
            Action::CloseCitation => ViewState {
                citation: None,
                ..(*self).clone()
            },
            Action::ToggleSection(section) => ViewState {
                sections: self.sections.toggled(section),
                ..(*self).clone()
            },
            Action::Reveal(target, section) => ViewState {
                sections: section.map_or(self.sections, |s| self.sections.opened(s)),
                reveal: Some(Reveal {
                    target,
                    seq: self.reveal.as_ref().map_or(0, |r| r.seq.wrapping_add(1)),
                }),
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

    #[test]
    fn a_selection_outside_a_zoomed_view_brings_the_view_to_it() {
        use crate::view_model::zoom::Window;
        let minutes: Rc<[i64]> = (0..10).map(|i| i * 1_000).collect();
        let state = Rc::new(ViewState::new(10, 0).zoomable(
            Zoom::new(Window {
                start: 0,
                span: 9_000,
            }),
            minutes,
        ));
        let zoomed = state.reduce(Action::Zoom(ZoomStep::IN));
        let z = zoomed.zoom.as_ref().unwrap();
        assert!(z.said, "a zoom is announced");
        assert_eq!(
            z.zoom.shown,
            Window {
                start: 0,
                span: 4_500
            }
        );
        let moved = zoomed.reduce(Action::Last);
        let z = moved.zoom.as_ref().unwrap();
        assert!(!z.said, "a selection is announced as before");
        assert!(z.zoom.shown.start <= 9_000 && 9_000 <= z.zoom.shown.end());
        assert_eq!(z.zoom.shown.span, 4_500);
        let whole = moved.reduce(Action::Zoom(ZoomStep::Fit));
        assert!(whole.zoom.as_ref().unwrap().zoom.is_fit());
    }

    #[test]
    fn the_live_region_speaks_only_where_focus_does_not() {
        let announced = |o: Origin| o.is_announced();
        assert!(
            !announced(Origin::Initial) && !announced(Origin::Key) && !announced(Origin::Choice)
        );
        assert!(announced(Origin::Step(Toward::Later)) && announced(Origin::Host));
        assert!(announced(Origin::History));
    }

    fn run(state: ViewState, actions: Vec<Action>) -> Rc<ViewState> {
        actions.into_iter().fold(Rc::new(state), |s, a| s.reduce(a))
    }

    #[test]
    fn moves_clamp_at_both_ends() {
        let s = run(ViewState::new(3, 0), vec![Action::Previous(Origin::Key)]);
        assert_eq!(s.selected, 0);
        let s = run(
            ViewState::new(3, 0),
            vec![
                Action::Next(Origin::Key),
                Action::Next(Origin::Key),
                Action::Next(Origin::Key),
            ],
        );
        assert_eq!((s.selected, s.origin), (2, Origin::Key));
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
        let s = s.reduce(Action::Next(Origin::Key));
        assert_eq!(s.citation, None);
        let same = s.clone().reduce(Action::CloseCitation);
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn choosing_the_selected_event_changes_nothing_but_the_popover() {
        let s = Rc::new(ViewState::new(3, 1));
        let same = s.clone().reduce(Action::Select(1, Origin::Choice));
        assert!(
            Rc::ptr_eq(&s, &same),
            "a click on the selected event is no move"
        );
        let cite = OpenCitation {
            number: 1,
            trigger: "et-c-1".into(),
            statement: "s".into(),
        };
        let open = s.reduce(Action::OpenCitation(cite));
        let closed = open.reduce(Action::Select(1, Origin::Choice));
        assert_eq!(
            (closed.citation.clone(), closed.origin),
            (None, Origin::Initial)
        );
        let stepped = closed.reduce(Action::Next(Origin::Step(Toward::Later)));
        assert_eq!(stepped.origin.url_write(), Some(UrlWrite::Replace));
    }

    #[test]
    fn skimming_replaces_the_history_entry_and_choices_push_one() {
        assert_eq!(Origin::Key.url_write(), Some(UrlWrite::Replace));
        assert_eq!(Origin::Choice.url_write(), Some(UrlWrite::Push));
        assert_eq!(Origin::Host.url_write(), Some(UrlWrite::Push));
        assert_eq!(Origin::History.url_write(), None);
        assert_eq!(Origin::Initial.url_write(), None);
        assert!(!Origin::Initial.is_move() && Origin::History.is_move());
    }

    #[test]
    fn sections_stay_open_across_selections_and_going_to_a_reference_opens_its_section() {
        let s = run(
            ViewState::new(3, 0),
            vec![
                Action::ToggleSection(Section::Summary),
                Action::Next(Origin::Key),
                Action::Reveal("et-ref-9".into(), Some(Section::References)),
            ],
        );
        assert!(s.sections.is_open(Section::Summary) && s.sections.is_open(Section::References));
        let again = s
            .clone()
            .reduce(Action::Reveal("et-ref-9".into(), Some(Section::References)));
        assert_ne!(again.reveal, s.reveal, "a second visit is a new request");
        assert!(!again
            .reduce(Action::ToggleSection(Section::Summary))
            .sections
            .is_open(Section::Summary));
    }

    #[test]
    fn history_moves_keep_their_origin() {
        let s = run(
            ViewState::new(5, 0),
            vec![Action::Select(3, Origin::History)],
        );
        assert_eq!((s.selected, s.origin), (3, Origin::History));
    }

    fn found(text: &str, matches: &[usize]) -> Found {
        Found {
            query: Rc::new(Query {
                text: text.into(),
                ..Query::default()
            }),
            matches: matches.into(),
        }
    }

    #[test]
    fn a_search_moves_to_its_first_match_and_keys_go_from_match_to_match() {
        let typing = Origin::Found {
            how: UrlWrite::Replace,
            moved: true,
        };
        let s = run(
            ViewState::new(30, 0),
            vec![Action::Find(found("x", &[3, 7, 12, 20]), typing)],
        );
        assert_eq!((s.selected, s.origin.is_move()), (3, true));
        let s = s.reduce(Action::Next(Origin::Key));
        assert_eq!(s.selected, 7);
        assert_eq!(s.neighbour(7, Toward::Earlier), Some(3));
        assert_eq!(s.neighbour(20, Toward::Later), None);
        let s = run((*s).clone(), vec![Action::Last, Action::Page(-10)]);
        assert_eq!(s.selected, 3, "Page Up stops at the first match");
        // A narrower search that still holds the selection keeps it, and reports nothing.
        let s = s.reduce(Action::Find(found("xy", &[3, 20]), typing));
        assert_eq!((s.selected, s.origin.is_move()), (3, false));
        assert_eq!(s.origin.url_write(), Some(UrlWrite::Replace));
        // A selection off the matches (a back-link) moves to the next match.
        let s = run(
            (*s).clone(),
            vec![
                Action::Select(10, Origin::Choice),
                Action::Next(Origin::Key),
            ],
        );
        assert_eq!(s.selected, 20);
        // No match keeps the selection; an empty query ends the search.
        let s = s.reduce(Action::Find(found("zz", &[]), typing));
        assert_eq!(
            (s.selected, s.found.as_ref().map(|f| f.matches.len())),
            (20, Some(0))
        );
        let s = s.reduce(Action::Find(found(" ", &[]), Origin::History));
        assert_eq!((s.found.clone(), s.origin), (None, Origin::Initial));
        assert_eq!(s.reduce(Action::Next(Origin::Key)).selected, 21);
    }
}
