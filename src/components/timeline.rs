//! The public component: loads a story from JSON and shows it, or shows why it cannot.

use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use yew::prelude::*;

use super::error_view::error_view;
use super::story_view::StoryView;
use super::StoryRef;
use crate::model::sections::Parts;
use crate::model::{load, IDLIB_2014};

static GENERATION: AtomicU32 = AtomicU32::new(0);

/// A request from the host page to select an event. `seq` makes a repeated request for the
/// same id a new request (the reader may have moved away in between).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectRequest {
    pub id: AttrValue,
    pub seq: u32,
    /// The event the widget opens on (chosen before the reader did anything): not announced,
    /// not reported, not written to the URL. A hydrated widget starts from the pre-rendered
    /// selection and then moves to it.
    pub first: bool,
}

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
    /// A later selection asked for by the host page.
    #[prop_or_default]
    pub request: Option<SelectRequest>,
    /// `light`, `dark` or `auto` (follows `prefers-color-scheme`).
    #[prop_or(AttrValue::Static("auto"))]
    pub theme: AttrValue,
    /// Whether selecting an event writes `#e-<id>` to the URL and follows back/forward.
    #[prop_or(true)]
    pub hash: bool,
    /// The data is still on its way (shown as a status message, never as a blank widget).
    #[prop_or_default]
    pub loading: bool,
    /// Why the data could not be fetched (shown instead of the timeline).
    #[prop_or_default]
    pub failure: Option<AttrValue>,
    /// Called with the event id whenever the selection changes after the first view.
    #[prop_or_default]
    pub on_select: Callback<AttrValue>,
    /// Called with every message when the data cannot be shown.
    #[prop_or_default]
    pub on_error: Callback<Rc<[String]>>,
    /// The parts to show, as words: `timeline`, `summary`, `comparison`, `references`
    /// (default: all). Unknown words are warned about in the console.
    #[prop_or_default]
    pub sections: Option<AttrValue>,
}

impl Default for TimelineProps {
    /// The defaults the `#[prop_or…]` attributes above say, stated once.
    fn default() -> Self {
        yew::props!(TimelineProps {})
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

/// What the widget shows when it cannot show the story: a heading and every message.
fn failure_messages(
    props: &TimelineProps,
    loaded: &Result<Rc<crate::model::Story>, Vec<crate::model::Problem>>,
) -> Option<(AttrValue, Rc<[String]>)> {
    if let Some(failure) = &props.failure {
        let heading = AttrValue::Static("This timeline cannot be shown: its data did not load.");
        return Some((heading, Rc::from([failure.to_string()])));
    }
    let problems = loaded.as_ref().err()?;
    let heading = format!(
        "This timeline cannot be shown: its data has {} problem{}.",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    let messages: Rc<[String]> = problems.iter().map(ToString::to_string).collect();
    Some((AttrValue::from(heading), messages))
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    // Each load gets its own generation, so new data starts a fresh view (selection, popover).
    let load_with_generation = use_memo(props.json.clone(), |json| {
        (
            GENERATION.fetch_add(1, Ordering::Relaxed),
            load(json).map(Rc::new),
        )
    });
    let (generation, loaded) = (load_with_generation.0, &load_with_generation.1);
    let failure = (!props.loading)
        .then(|| failure_messages(props, loaded))
        .flatten();
    {
        let (on_error, messages) = (
            props.on_error.clone(),
            failure.as_ref().map(|f| f.1.clone()),
        );
        use_effect_with(messages, move |messages| {
            if let Some(messages) = messages {
                on_error.emit(messages.clone());
            }
        });
    }
    let (parts, unknown) = Parts::parse(props.sections.as_deref().unwrap_or(""));
    use_effect_with(unknown, |unknown| {
        if let Some(warning) = Parts::warning(unknown) {
            crate::browser::warn(&warning);
        }
    });
    let classes = classes!("et-root", theme_class(&props.theme));
    if props.loading {
        return html! {
            <div class={classes}>
                <p class="et-status" role="status">{ "Loading the timeline…" }</p>
            </div>
        };
    }
    match (loaded, failure) {
        (Ok(story), None) => html! {
            <StoryView
                key={generation}
                story={StoryRef(story.clone())}
                prefix={props.id_prefix.clone()}
                initial_event={props.event.clone()}
                request={props.request.clone()}
                hash={props.hash}
                on_select={props.on_select.clone()}
                {classes}
                {parts}
            />
        },
        (_, failure) => {
            // A failed load always has messages; the fallback only keeps this total.
            let (heading, messages) = failure.unwrap_or_else(|| {
                (
                    AttrValue::Static("This timeline cannot be shown."),
                    Rc::from([]),
                )
            });
            html! {
                <div class={classes}>
                    { error_view(heading, &messages) }
                </div>
            }
        }
    }
}
