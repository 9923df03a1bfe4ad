//! A Yew app that shows two timelines with the crate's `Timeline` component: the built-in
//! story, and a story of its own from JSON, whose last event a button of the app selects.

use event_timeline::{Remote, Timeline};
use yew::prelude::*;

/// A story in the timeline format (docs/format.md of the event-timeline repository).
const STORY: &str = include_str!("../story.json");

#[component]
fn App() -> Html {
    // The app's own line to its second timeline.
    let remote = use_memo((), |_| Remote::default());
    let to_the_end = {
        let remote = remote.clone();
        Callback::from(move |_: MouseEvent| remote.select("end", false))
    };
    html! {
        <main>
            <h1>{ "Two timelines in a Yew app" }</h1>
            <Timeline />
            <button type="button" id="to-the-end" onclick={to_the_end}>{ "Go to the end" }</button>
            <Timeline story={STORY} id_prefix="mine" hash={false} remote={(*remote).clone()} />
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
