//! Which ids a widget's elements get and whether it writes the URL, when its props leave
//! them to it: several widgets on one page must not share ids or fight over one URL.

#[cfg(not(event_timeline_viewer))]
use std::cell::Cell;

use yew::prelude::*;

#[cfg(not(event_timeline_viewer))]
use crate::view_model::ids::widget_prefix;

#[cfg(not(event_timeline_viewer))]
thread_local! {
    /// Widgets shown so far on this page, numbering the next.
    static SHOWN: Cell<u32> = const { Cell::new(0) };
    /// The widget (by number) that writes the URL fragment when none was told; 0 for none.
    static URL_OWNER: Cell<u32> = const { Cell::new(0) };
}

/// The next widget's number in the browser. On a server every widget is the first: a server
/// renders many pages on shared threads, so a count there would not be the page's (an app
/// that renders several `Timeline`s on the server gives each its `id_prefix`).
#[cfg(not(event_timeline_viewer))]
fn next_number() -> u32 {
    if cfg!(target_arch = "wasm32") {
        SHOWN.with(|shown| {
            shown.set(shown.get() + 1);
            shown.get()
        })
    } else {
        1
    }
}

/// The widget's id prefix (given, or `et`, `et2`, … in the order widgets are first shown, as
/// the element numbers its own) and whether it writes the URL (given, or only if no other
/// widget of the page already does; the first to come keeps it until it leaves).
#[cfg(not(event_timeline_viewer))]
#[hook]
pub fn use_widget_identity(prefix: Option<&AttrValue>, hash: Option<bool>) -> (AttrValue, bool) {
    let (number, owns_url) = *use_mut_ref(|| {
        let number = next_number();
        // On a server nothing is written to a URL, and the first view does not depend on it.
        let owns_url = hash.is_none()
            && (cfg!(not(target_arch = "wasm32"))
                || URL_OWNER.with(|owner| {
                    let free = owner.get() == 0;
                    if free {
                        owner.set(number);
                    }
                    free
                }));
        (number, owns_url)
    })
    .borrow();
    use_effect_with((), move |_| {
        move || {
            URL_OWNER.with(|owner| {
                if owner.get() == number {
                    owner.set(0);
                }
            })
        }
    });
    let prefix = prefix
        .cloned()
        .unwrap_or_else(|| widget_prefix(number).into());
    (prefix, hash.unwrap_or(owns_url))
}

/// The viewer build runs only inside the element, which always names its widget's ids and
/// says whether it writes the URL: nothing to count, and no hook to pay for.
#[cfg(event_timeline_viewer)]
#[hook]
pub fn use_widget_identity(prefix: Option<&AttrValue>, hash: Option<bool>) -> (AttrValue, bool) {
    (
        prefix.cloned().unwrap_or(AttrValue::Static("et")),
        hash.unwrap_or(true),
    )
}
