//! The public component: loads a story from JSON and shows it, or shows why it cannot.

use std::rc::Rc;

use yew::prelude::*;

use super::error_view::ErrorView;
use super::story_view::StoryView;
use super::StoryRef;
use crate::model::{load, IDLIB_2014};

/// Options of one timeline widget.
#[derive(Properties, PartialEq, Clone)]
pub struct TimelineProps {
    /// The story, as JSON in the timeline format (`docs/format.md`). Defaults to the built-in
    /// 2014 raid on Idlib city.
    #[prop_or(AttrValue::Static(IDLIB_2014))]
    pub json: AttrValue,
    /// Prefix of every element id, unique per widget on a page.
    #[prop_or(AttrValue::Static("et"))]
    pub id_prefix: AttrValue,
    /// Id of the event selected first (the URL fragment wins when `hash` is on).
    #[prop_or_default]
    pub event: Option<AttrValue>,
    /// `light`, `dark` or `auto` (follows `prefers-color-scheme`).
    #[prop_or(AttrValue::Static("auto"))]
    pub theme: AttrValue,
    /// Whether selecting an event writes `#e-<id>` to the URL and follows back/forward.
    #[prop_or(true)]
    pub hash: bool,
    /// Called with the event id whenever the reader selects an event.
    #[prop_or_default]
    pub on_select: Callback<AttrValue>,
}

impl Default for TimelineProps {
    fn default() -> Self {
        TimelineProps {
            json: AttrValue::Static(IDLIB_2014),
            id_prefix: AttrValue::Static("et"),
            event: None,
            theme: AttrValue::Static("auto"),
            hash: true,
            on_select: Callback::noop(),
        }
    }
}

/// The theme class for a `theme` option; unknown values fall back to `auto`.
fn theme_class(theme: &str) -> &'static str {
    match theme {
        "light" => "et-theme-light",
        "dark" => "et-theme-dark",
        _ => "et-theme-auto",
    }
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let loaded = use_memo(props.json.clone(), |json| load(json).map(Rc::new));
    let classes = classes!("et-root", theme_class(&props.theme));
    match &*loaded {
        Ok(story) => html! {
            <StoryView
                story={StoryRef(story.clone())}
                prefix={props.id_prefix.clone()}
                initial_event={props.event.clone()}
                hash={props.hash}
                on_select={props.on_select.clone()}
                {classes}
            />
        },
        Err(problems) => html! {
            <div class={classes}>
                <ErrorView problems={Rc::new(problems.clone())} />
            </div>
        },
    }
}
