//! The zoomable axis's effects (the full build only: the viewer never zooms).

use yew::functional::Hook;
use yew::prelude::*;

use crate::browser;
use crate::state::{Action, ViewState};

/// Whether the widget runs (false on the first render, which hydration and the pre-renderer
/// share): parts that only work with JavaScript, the zoom buttons, appear after it.
#[hook]
pub fn use_is_live() -> bool {
    let live = use_state(|| false);
    let set = live.setter();
    use_effect_with((), move |_| set.set(true));
    *live
}

/// The pointer's zoom and pan on the axis (`browser::axis_gestures`), listened to while the
/// story is shown, in the direction the reader reads.
pub fn use_axis_gestures(
    root: &NodeRef,
    rtl: bool,
    dispatch: &UseReducerDispatcher<ViewState>,
) -> impl Hook<Output = ()> {
    let (root, dispatch) = (root.clone(), dispatch.clone());
    use_effect_with(rtl, move |&rtl| {
        let step = Callback::from(move |step| dispatch.dispatch(Action::Zoom(step)));
        let listeners = browser::axis_gestures(&root, rtl, step);
        // They end with this clean-up, which owns them.
        move || {
            let _ending = listeners;
        }
    })
}
