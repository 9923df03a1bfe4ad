//! The widget's root: loads the story and shows it, or shows why it cannot.

use yew::prelude::*;

use crate::model::{load, Story, IDLIB_2014};

/// What to show: a JSON document in the timeline format.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    #[prop_or(AttrValue::Static(IDLIB_2014))]
    pub json: AttrValue,
}

impl Default for AppProps {
    /// The built-in Idlib 2014 story.
    fn default() -> Self {
        AppProps {
            json: AttrValue::Static(IDLIB_2014),
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let story: Result<Story, _> = load(&props.json);
    match story {
        Ok(story) => html! {
            <section class="et-root" aria-labelledby="et-title">
                <h2 id="et-title" class="et-title">{ story.timeline.title.clone() }</h2>
                <ol class="et-events">
                    { for story.timeline.events.iter().map(|e| html! {
                        <li key={e.id.clone()}>{ e.headline.clone() }</li>
                    }) }
                </ol>
            </section>
        },
        Err(problems) => html! {
            <section class="et-root et-error" role="alert">
                <p>{ "This timeline could not be shown:" }</p>
                <ul>{ for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
            </section>
        },
    }
}
