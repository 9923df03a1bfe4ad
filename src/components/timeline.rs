//! The public component: loads a story from JSON and shows it, or shows why it cannot.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::error_view::error_view;
use super::story_view::StoryView;
use super::StoryRef;
use crate::checker::Problem;
use crate::format::Story;
use crate::languages::{Dir, LanguageChoice, Locale};
use crate::view_model::ids::Ids;
use crate::view_model::sections::Parts;

/// The host's direct line to a mounted widget: `select` reaches the story on screen at once,
/// without a re-render of the props; a request made while no story shows (loading, or not yet
/// mounted) waits for the next one. Clones are the same line.
#[derive(Clone, Default)]
pub struct Remote(Rc<RefCell<RemoteLine>>);

#[derive(Default)]
struct RemoteLine {
    listener: Option<Callback<(AttrValue, bool)>>,
    waiting: Option<(AttrValue, bool)>,
}

impl PartialEq for Remote {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Remote {
    /// Selects the event with this id (unknown ids are ignored). With `first`, as the event
    /// the widget opens on: not announced, not reported, not written to the URL (a hydrated
    /// widget starts from the pre-rendered selection and then moves there).
    pub fn select(&self, id: impl Into<AttrValue>, first: bool) {
        let request = (id.into(), first);
        let listener = self.0.borrow().listener.clone();
        match listener {
            Some(listener) => listener.emit(request),
            None => self.0.borrow_mut().waiting = Some(request),
        }
    }

    /// The story on screen listens from now on, and takes a request that waited for it.
    pub(super) fn attach(&self, listener: Callback<(AttrValue, bool)>) {
        let waiting = {
            let mut line = self.0.borrow_mut();
            line.listener = Some(listener.clone());
            line.waiting.take()
        };
        if let Some(request) = waiting {
            listener.emit(request);
        }
    }

    /// That story leaves the screen (a new one may already listen).
    pub(super) fn detach(&self, listener: &Callback<(AttrValue, bool)>) {
        let mut line = self.0.borrow_mut();
        if line.listener.as_ref() == Some(listener) {
            line.listener = None;
        }
    }
}

/// `Timeline`'s default data: the built-in story, or nothing without the `builtin-story`
/// feature (the element's build, which always gives the data).
#[cfg(feature = "builtin-story")]
const DEFAULT_JSON: &str = crate::IDLIB_2014;
#[cfg(not(feature = "builtin-story"))]
const DEFAULT_JSON: &str = "";

/// How `Timeline` reads its `json`: checked, with every problem located.
#[cfg(not(feature = "viewer"))]
fn read(json: &str) -> Result<Story, Vec<Problem>> {
    crate::checker::load(json)
}

/// How the element's viewer build reads its `json`: as the pre-renderer checked it (the
/// element gives this build nothing else), so the checker stays out of its WebAssembly.
#[cfg(feature = "viewer")]
fn read(json: &str) -> Result<Story, Vec<Problem>> {
    crate::checker::read_checked(json).ok_or_else(|| {
        vec![Problem::at(
            "",
            "this story was not checked by the pre-renderer",
        )]
    })
}

/// Options of one timeline widget.
#[derive(Properties, PartialEq, Clone)]
pub struct TimelineProps {
    /// The story, as JSON in the timeline format (`docs/format.md`). Defaults to the built-in
    /// 2014 raid on Idlib city (the `builtin-story` feature, on by default).
    #[prop_or(AttrValue::Static(DEFAULT_JSON))]
    pub json: AttrValue,
    /// Prefix of every element id, unique per widget on a page.
    #[prop_or(AttrValue::Static("et"))]
    pub id_prefix: AttrValue,
    /// Id of the event selected first (the URL fragment wins when `hash` is on).
    #[prop_or_default]
    pub event: Option<AttrValue>,
    /// The host's way to select an event later ([`Remote::select`]).
    #[prop_or_default]
    pub remote: Remote,
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
    /// The language of the widget's own words (the element's `lang`); else the story's `lang`,
    /// else `page_lang`, else English.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The host page's language; read from `<html lang>` in the browser when left out.
    #[prop_or_default]
    pub page_lang: Option<AttrValue>,
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

/// What the widget shows when it cannot show the story: a heading and every message (the
/// checker's messages stay in English: they are for whoever writes the data).
fn failure_messages(
    props: &TimelineProps,
    loaded: &Result<Rc<Story>, Vec<Problem>>,
    locale: &Locale,
) -> Option<(AttrValue, Rc<[String]>)> {
    if let Some(failure) = &props.failure {
        let heading = AttrValue::from(locale.text("not-loaded"));
        return Some((heading, Rc::from([failure.to_string()])));
    }
    let problems = loaded.as_ref().err()?;
    let heading = locale.count("problems", problems.len() as u64);
    let messages: Rc<[String]> = problems.iter().map(ToString::to_string).collect();
    Some((AttrValue::from(heading), messages))
}

/// The widget's language from the element's, the story's and the page's, with a warning for
/// a language we do not ship.
fn choose_locale(props: &TimelineProps, story: Option<&Story>) -> (Locale, Option<String>) {
    let page = props
        .page_lang
        .as_ref()
        .map(|l| l.to_string())
        .or_else(crate::browser::page_lang);
    let timeline = story.map(|s| &s.timeline);
    Locale::choose(
        LanguageChoice {
            element: props.lang.as_deref(),
            story: timeline.and_then(|t| t.lang.as_deref()),
            page: page.as_deref(),
            story_dir: timeline.and_then(|t| t.dir.as_deref()).and_then(Dir::parse),
        },
        timeline.map_or(&[], |t| t.messages.as_slice()),
    )
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    // Each load gets its own number, so new data starts a fresh view (selection, popover).
    let loads = use_mut_ref(|| 0u32);
    let load_with_generation = use_memo(props.json.clone(), |json| {
        let generation = {
            let mut loads = loads.borrow_mut();
            *loads = loads.wrapping_add(1);
            *loads
        };
        (generation, read(json).map(Rc::new))
    });
    let (generation, loaded) = (load_with_generation.0, &load_with_generation.1);
    let (locale, unknown_language) = choose_locale(props, loaded.as_ref().ok().map(|s| &**s));
    use_effect_with(unknown_language, |warning| {
        if let Some(warning) = warning {
            crate::browser::warn(warning);
        }
    });
    let failure = (!props.loading)
        .then(|| failure_messages(props, loaded, &locale))
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
    let classes = AttrValue::from(format!("et-root {}", theme_class(&props.theme)));
    let (lang, dir) = (
        AttrValue::from(locale.lang.to_string()),
        locale.dir.attribute(),
    );
    if props.loading {
        return html! {
            <div class={classes} {lang} {dir}>
                <p class="et-status" role="status">{ locale.text("loading") }</p>
            </div>
        };
    }
    match (loaded, failure) {
        (Ok(story), None) => html! {
            <StoryView
                key={generation}
                story={StoryRef(story.clone())}
                ids={Ids::new(&props.id_prefix)}
                initial_event={props.event.clone()}
                remote={props.remote.clone()}
                hash={props.hash}
                on_select={props.on_select.clone()}
                {classes}
                {parts}
                {locale}
            />
        },
        (_, failure) => {
            // A failed load always has messages; the fallback only keeps this total.
            let (heading, messages) = failure
                .unwrap_or_else(|| (AttrValue::from(locale.text("cannot-show")), Rc::from([])));
            html! {
                <div class={classes} {lang} {dir}>
                    { error_view(heading, &messages) }
                </div>
            }
        }
    }
}
