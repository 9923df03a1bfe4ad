//! The axis's zoom buttons: closer, farther, the whole story. Drawn only once the widget runs
//! (a pre-rendered page without JavaScript shows the whole story and no buttons that do
//! nothing). A button that can do nothing now says so (`aria-disabled`) and keeps its focus,
//! so pressing it again is harmless. The full build only: the viewer never zooms.

use yew::prelude::*;

use super::Shared;
use crate::format::time::{Moment, Placement};
use crate::languages::Locale;
use crate::state::Action;
use crate::view_model::zoom::{Zoom, ZoomStep};

/// What a view shows, said after a zoom ("Showing 27 October 2014, 04:00 to 27 October
/// 2014, 05:59").
pub fn shown_words(locale: &Locale, zoom: &Zoom) -> String {
    let say = |m: Moment| locale.when(&Placement::exact(&m));
    let (from, to) = zoom.shown_moments();
    locale.fill("zoom-shown", &[("from", &say(from)), ("to", &say(to))])
}

/// The buttons for a view showing `zoom`.
pub fn zoom_bar(shared: &Shared, zoom: &Zoom) -> Html {
    let locale = &shared.locale;
    let button = |class: &str, key: &str, sign: Option<&str>, step: ZoomStep, can: bool| {
        let dispatch = shared.dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Zoom(step)));
        let name = locale.text(key);
        html! {
            <button type="button" class={format!("et-button {class}")}
                aria-disabled={(!can).then_some("true")} {onclick}
                aria-label={sign.is_some().then(|| name.clone())}>
                { sign.map_or(name, str::to_owned) }
            </button>
        }
    };
    html! {
        <div class="et-zoom" role="group" aria-label={locale.text("zoom")}>
            { button("et-zoom-out", "zoom-out", Some("\u{2212}"), ZoomStep::OUT, !zoom.is_fit()) }
            { button("et-zoom-in", "zoom-in", Some("+"), ZoomStep::IN, zoom.can_zoom_in()) }
            { button("et-zoom-fit", "zoom-fit", None, ZoomStep::Fit, !zoom.is_fit()) }
        </div>
    }
}
