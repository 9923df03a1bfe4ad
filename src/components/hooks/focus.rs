//! Where keyboard focus goes when the selection changes, so it is never dropped to the page.

use yew::functional::Hook;
use yew::prelude::*;

use crate::browser;
use crate::state::{OpenCitation, Origin, Reveal, Toward};
use crate::view_model::ids::Ids;

/// After a move, focus goes where the reader can carry on:
/// - a key in the tab list: to the new selected tab (roving tabindex);
/// - the panel's Previous or Next: to the same button of the new panel (the old panel, with
///   the button that had focus, is now hidden), or to its other button at either end;
/// - back or forward while focus is on a tab: to the new selected tab, not a stale one.
///
/// A click, the host page and the first view leave focus alone.
pub fn use_focus_follows_selection(
    root: &NodeRef,
    selected: usize,
    origin: Origin,
) -> impl Hook<Output = ()> {
    // The shown panel's buttons: Previous first, Next second (the other panels are hidden).
    const PREVIOUS: &str = ".et-panel:not([hidden]) .et-nav>:first-child:enabled";
    const NEXT: &str = ".et-panel:not([hidden]) .et-nav>:last-child:enabled";
    const SELECTED_TAB: &str = "[role=tab][aria-selected=true]";
    let root = root.clone();
    use_effect_with((selected, origin), move |_| {
        let focus = |selector| browser::focus_first_within(&root, selector);
        match origin {
            Origin::Key => {
                focus(SELECTED_TAB);
            }
            Origin::Step(toward) => {
                let (same, other) = match toward {
                    Toward::Later => (NEXT, PREVIOUS),
                    Toward::Earlier => (PREVIOUS, NEXT),
                };
                let _ = focus(same) || focus(other);
            }
            Origin::History => {
                if browser::has_within(&root, "[role=tab]:focus") {
                    focus(SELECTED_TAB);
                }
            }
            Origin::Initial | Origin::Choice | Origin::Host | Origin::Found { .. } => {}
        }
    })
}

/// An opened citation's popover takes focus (Escape and Close give it back to its citation).
pub fn use_popover_takes_focus(
    root: &NodeRef,
    ids: &Ids,
    open: Option<&OpenCitation>,
) -> impl Hook<Output = ()> {
    let (root, popover) = (root.clone(), ids.popover());
    use_effect_with(open.map(|c| c.trigger.clone()), move |trigger| {
        if trigger.is_some() {
            browser::focus_within(&root, &popover);
        }
    })
}

/// Going somewhere inside the widget (a reference, a section): once it is rendered, with its
/// section open, scroll to it and focus it.
pub fn use_reveal(root: &NodeRef, reveal: Option<&Reveal>) -> impl Hook<Output = ()> {
    let root = root.clone();
    use_effect_with(reveal.cloned(), move |reveal| {
        if let Some(reveal) = reveal {
            browser::reveal(&root, &reveal.target);
        }
    })
}
