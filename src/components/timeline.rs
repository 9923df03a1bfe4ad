//! The public component: loads a story from JSON and shows it, or shows why it cannot.

use std::cell::RefCell;
use std::rc::Rc;

use yew::html::IntoPropValue;
use yew::prelude::*;

use super::error_view::error_view;
#[cfg(not(event_timeline_viewer))]
use super::hooks::use_import_report;
use super::hooks::use_widget_identity;
use super::story_view::StoryView;
use super::StoryRef;
use crate::checker::Problem;
use crate::format::{Keyword, Story};
use crate::languages::{LanguageChoice, Locale};
use crate::view_model::ids::Ids;
use crate::view_model::options::{HeadingLevel, Options, Theme};
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

/// Where a widget's story stands: the one prop for loading, loaded and failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A story in the timeline format, as JSON text: checked, then shown, or every problem
    /// shown with its line and column.
    Json(AttrValue),
    /// On its way (the element fetching `src`): a status line, never a blank widget.
    Loading,
    /// It could not be fetched: why, shown instead of the timeline.
    Failed(AttrValue),
}

impl Source {
    /// The built-in story: the 2014 raid on Idlib city.
    #[cfg(feature = "builtin-story")]
    pub const BUILT_IN: Source = Source::Json(AttrValue::Static(crate::format::IDLIB_2014));
}

impl IntoPropValue<Source> for &'static str {
    fn into_prop_value(self) -> Source {
        Source::Json(AttrValue::Static(self))
    }
}

impl IntoPropValue<Source> for String {
    fn into_prop_value(self) -> Source {
        Source::Json(self.into())
    }
}

impl IntoPropValue<Source> for AttrValue {
    fn into_prop_value(self) -> Source {
        Source::Json(self)
    }
}

/// How `Timeline` reads its `json`: checked, with every problem located; a TimelineJS3 file
/// in its place (JSON, or the spreadsheet as CSV) converted as `timeline-import` would, with
/// what was not carried over for the console.
#[cfg(not(event_timeline_viewer))]
fn read(json: &str) -> (Result<Story, Vec<Problem>>, Option<String>) {
    let checked = crate::checker::load(json);
    // Only a text our format refuses is looked at again: a story reads at full speed.
    match checked
        .is_err()
        .then(|| crate::import::recognise(json))
        .flatten()
    {
        Some(input) => crate::import::for_widget(json, input),
        None => (checked, None),
    }
}

/// How the element's viewer build reads its `json`: as the pre-renderer checked it (the
/// element gives this build nothing else), so the checker stays out of its WebAssembly.
#[cfg(event_timeline_viewer)]
fn read(json: &str) -> (Result<Story, Vec<Problem>>, Option<String>) {
    let story = crate::checker::read_checked(json).ok_or_else(|| {
        vec![Problem::at(
            "",
            "this story was not checked by the pre-renderer",
        )]
    });
    (story, None)
}

/// The props of one [`Timeline`]: its story and how it is shown. Several `Timeline`s on one
/// page get distinct ids and only the first writes the URL, unless told otherwise.
#[derive(Properties, PartialEq, Clone)]
pub struct TimelineProps {
    /// The story: JSON in the timeline format (`docs/format.md`), given as a string, or where
    /// it stands while the host fetches it. Without the `builtin-story` feature it must be
    /// given (a missing `story` does not compile); with it, the built-in story is the default.
    #[cfg_attr(feature = "builtin-story", prop_or(Source::BUILT_IN))]
    pub story: Source,
    /// Prefix of every element id. By default `et`, `et2`, `et3`, … in the order the widgets
    /// are first shown, so several on a page never share an id.
    #[prop_or_default]
    pub id_prefix: Option<AttrValue>,
    /// Id of the event selected first (the URL fragment wins when `hash` is on).
    #[prop_or_default]
    pub event: Option<AttrValue>,
    /// The host's way to select an event later ([`Remote::select`]).
    #[prop_or_default]
    pub remote: Remote,
    /// The colour scheme: the reader's (`Theme::Auto`), or one forced.
    #[prop_or_default]
    pub theme: Theme,
    /// Whether selecting an event writes `#e-<id>` to the URL and follows back/forward. By
    /// default only the first widget shown on the page does: several would fight over the one
    /// URL.
    #[prop_or_default]
    pub hash: Option<bool>,
    /// Called with the event id whenever the reader (or the `Remote`) moves the selection;
    /// not for the first view, and not for a click on the event already selected.
    #[prop_or_default]
    pub on_select: Callback<AttrValue>,
    /// Called with every message when the story cannot be shown.
    #[prop_or_default]
    pub on_error: Callback<Rc<[String]>>,
    /// The language of the widget's own words; else the story's `lang`, else `page_lang`,
    /// else English.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The host page's language; read from `<html lang>` in the browser when left out.
    #[prop_or_default]
    pub page_lang: Option<AttrValue>,
    /// The parts to show (default: all): `Parts::of(&[Part::Timeline, Part::References])`.
    #[prop_or_default]
    pub sections: Parts,
    /// The title's level in the page's outline (`h2` by default); sections and events are
    /// one and two levels below: `HeadingLevel::H3` for a widget under the page's `h2`s.
    #[prop_or_default]
    pub heading_level: HeadingLevel,
}

impl TimelineProps {
    /// The props for options given in words (the element's attributes, the pre-renderer's
    /// reading of a page) and a story; with the warnings for words that name nothing (a
    /// theme, sections, a heading level), which then take their defaults.
    pub fn from_options(options: &Options, story: Source) -> (TimelineProps, Vec<String>) {
        let mut warnings = Vec::new();
        // A word read by its type's own reader (its warning kept); left out, the default.
        fn word<T: Default>(
            word: &Option<String>,
            read: fn(&str) -> (T, Option<String>),
            warnings: &mut Vec<String>,
        ) -> T {
            word.as_deref().map_or_else(T::default, |word| {
                let (value, warning) = read(word);
                warnings.extend(warning);
                value
            })
        }
        let theme = word(&options.theme, Theme::from_attribute, &mut warnings);
        let heading_level = word(
            &options.heading_level,
            HeadingLevel::from_attribute,
            &mut warnings,
        );
        let (sections, unknown) = Parts::parse(options.sections.as_deref().unwrap_or(""));
        warnings.extend(Parts::warning(&unknown));
        let text = |value: &Option<String>| value.as_deref().map(AttrValue::from);
        let props = yew::props!(TimelineProps {
            story,
            id_prefix: text(&options.id_prefix),
            event: text(&options.event),
            theme,
            lang: text(&options.lang),
            page_lang: text(&options.page_lang),
            sections,
            heading_level,
        });
        (props, warnings)
    }
}

/// What the widget shows when it cannot show the story: a heading and every message (the
/// checker's messages stay in English: they are for whoever writes the data).
fn failure_messages(
    props: &TimelineProps,
    loaded: Option<&Result<Rc<Story>, Vec<Problem>>>,
    locale: &Locale,
) -> Option<(AttrValue, Rc<[String]>)> {
    if let Source::Failed(failure) = &props.story {
        let heading = AttrValue::from(locale.text("not-loaded"));
        return Some((heading, Rc::from([failure.to_string()])));
    }
    let problems = loaded?.as_ref().err()?;
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
            story_dir: timeline.and_then(|t| t.dir),
        },
        timeline.map_or(&[], |t| t.messages.as_slice()),
    )
}

/// A story as an interactive timeline: the title, the events on their axis (a list in a
/// narrow box), the selected event's detail with its citations, then the summary, the
/// comparisons of sources and the references as sections the reader opens. The story is
/// checked first; a story with problems shows them all, each with its line and column.
///
/// ```
/// use event_timeline::{Theme, Timeline};
/// use yew::prelude::*;
///
/// #[component]
/// fn Story() -> Html {
///     let story = r#"{ "title": "One day", "events": [
///         { "id": "dawn", "time": { "date": "2014-10-27", "part": "before-dawn" },
///           "headline": "It begins" } ] }"#;
///     html! { <Timeline story={story} theme={Theme::Dark} id_prefix="one-day" /> }
/// }
/// ```
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let (id_prefix, hash) = use_widget_identity(props.id_prefix.as_ref(), props.hash);
    // Each load gets its own number, so new data starts a fresh view (selection, popover).
    // Only a story is read: loading and a failed fetch have nothing to check.
    let loads = use_mut_ref(|| 0u32);
    let json = match &props.story {
        Source::Json(json) => Some(json.clone()),
        Source::Loading | Source::Failed(_) => None,
    };
    let load_with_generation = use_memo(json, |json| {
        let generation = {
            let mut loads = loads.borrow_mut();
            *loads = loads.wrapping_add(1);
            *loads
        };
        let (loaded, report) = json.as_deref().map(read).unzip();
        (generation, loaded.map(|l| l.map(Rc::new)), report.flatten())
    });
    let (generation, loaded) = (load_with_generation.0, &load_with_generation.1);
    #[cfg(not(event_timeline_viewer))]
    let () = use_import_report(generation, load_with_generation.2.clone());
    let story = loaded.as_ref().and_then(|l| l.as_ref().ok());
    let (locale, unknown_language) = choose_locale(props, story.map(|s| &**s));
    use_effect_with(unknown_language, |warning| {
        if let Some(warning) = warning {
            crate::browser::warn(warning);
        }
    });
    let loading = props.story == Source::Loading;
    let failure = failure_messages(props, loaded.as_ref(), &locale);
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
    let parts = props.sections;
    let classes = AttrValue::from(format!("et-root {}", props.theme.class()));
    let (lang, dir) = (AttrValue::from(locale.lang.to_string()), locale.dir.key());
    if loading {
        return html! {
            <div class={classes} {lang} {dir}>
                <p class="et-status" role="status">{ locale.text("loading") }</p>
            </div>
        };
    }
    match (story, failure) {
        (Some(story), None) => html! {
            <StoryView
                key={generation}
                story={StoryRef(story.clone())}
                ids={Ids::new(&id_prefix)}
                initial_event={props.event.clone()}
                remote={props.remote.clone()}
                {hash}
                on_select={props.on_select.clone()}
                {classes}
                {parts}
                {locale}
                heading={props.heading_level}
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
