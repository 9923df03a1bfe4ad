//! A Yew app that shows two timelines with the crate's `Timeline` component: the built-in
//! story, and a story of its own from JSON.

use event_timeline::Timeline;
use yew::prelude::*;

/// A story in the timeline format (docs/format.md of the event-timeline repository).
const STORY: &str = include_str!("../story.json");

#[component]
fn App() -> Html {
    html! {
        <main>
            <h1>{ "Two timelines in a Yew app" }</h1>
            <Timeline />
            <Timeline json={STORY} id_prefix="mine" hash={false} />
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
