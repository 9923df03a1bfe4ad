//! One loaded story: owns the state, wires the URL fragment, lays out the parts.

use std::rc::Rc;

use yew::prelude::*;

use super::axis::axis;
use super::comparison_table::comparison_table;
use super::disclosure::{disclosure, DisclosureParts};
use super::event_panel::event_panel;
use super::hooks::use_focus_follows_selection;
use super::reference_list::reference_list;
use super::summary_box::summary_box;
use super::{Remote, Shared, StoryRef};
use crate::browser;
use crate::format::Timeline;
use crate::languages::{Dir, Locale};
use crate::state::{Action, Origin, ViewState};
use crate::view_model::density::{clusters, is_dense};
use crate::view_model::fragment::{event_fragment, event_in_fragment, may_replace};
use crate::view_model::ids::Ids;
use crate::view_model::index::citing_places;
use crate::view_model::layout::layout;
use crate::view_model::sections::{Part, Parts, Section};

#[derive(Properties, PartialEq)]
pub struct StoryViewProps {
    pub story: StoryRef,
    pub ids: Ids,
    pub initial_event: Option<AttrValue>,
    pub remote: Remote,
    pub hash: bool,
    pub on_select: Callback<AttrValue>,
    pub classes: AttrValue,
    /// The parts the host shows.
    pub parts: Parts,
    /// The reader's language.
    pub locale: Locale,
}

fn timeline_of(story: &StoryRef) -> &Timeline {
    &story.0.timeline
}

/// The section holding the element with this id, if it is one of this widget's.
fn section_of(timeline: &Timeline, ids: &Ids, id: &str) -> Option<Section> {
    let comparisons: Vec<&str> = timeline.comparisons.iter().map(|c| c.id.as_str()).collect();
    ids.section_holding(id, &comparisons)
}

/// Going to one of this widget's elements that sits in a section (`et-ref-9`) opens the
/// section first; `None` for any other id.
fn reveal_in_section(timeline: &Timeline, ids: &Ids, id: &str) -> Option<Action> {
    section_of(timeline, ids, id)
        .map(|section| Action::Reveal(id.to_string().into(), Some(section)))
}

/// The event named by one of this widget's fragments, such as `e-power-cut`.
fn event_for_fragment(timeline: &Timeline, ids: &Ids, fragment: Option<&str>) -> Option<usize> {
    timeline.event_index(event_in_fragment(ids.prefix(), fragment?)?)
}

#[component]
pub fn StoryView(props: &StoryViewProps) -> Html {
    let story = props.story.0.clone();
    // The first view depends only on the props, so the pre-rendered page and the live one
    // agree (hydration); a fragment such as `#e-power-cut` is followed right after.
    let state = {
        let timeline = &story.timeline;
        let initial = props
            .initial_event
            .as_ref()
            .and_then(|id| timeline.event_index(id))
            .unwrap_or(0);
        use_reducer(move || ViewState::new(timeline.events.len(), initial))
    };
    let root = use_node_ref();
    // What the axis derives from the story, once per story.
    let derived = use_memo(props.story.clone(), |s| {
        let laid_out = Rc::new(layout(&s.0));
        let groups = if is_dense(laid_out.events.len()) {
            clusters(laid_out.events.iter().map(|e| e.at))
        } else {
            Vec::new()
        };
        (laid_out, groups)
    });
    let (laid_out, groups) = (&derived.0, &derived.1);
    // The places citing each reference, only when the references are shown.
    let shows_references =
        props.parts.shows(Part::References) && !story.timeline.references.is_empty();
    let cited = use_memo((props.story.clone(), shows_references), |(s, shown)| {
        shown.then(|| citing_places(&s.0.timeline))
    });
    // An opened citation's popover takes focus (Escape and Close give it back).
    {
        let (root, popover) = (root.clone(), props.ids.popover());
        use_effect_with(
            state.citation.as_ref().map(|c| c.trigger.clone()),
            move |trigger| {
                if trigger.is_some() {
                    browser::focus_within(&root, &popover);
                }
            },
        );
    }
    use_focus_follows_selection(
        &root,
        &props.ids,
        &story.timeline.events[state.selected].id,
        state.origin,
    );

    // Report the reader's moves to the host and to the URL.
    {
        let (selected, origin) = (state.selected, state.origin);
        let story = story.clone();
        let (hash, on_select, ids) = (props.hash, props.on_select.clone(), props.ids.clone());
        use_effect_with((selected, origin), move |_| {
            let id = &story.timeline.events[selected].id;
            if origin.is_move() {
                on_select.emit(AttrValue::from(id.clone()));
            }
            // The first event is the default view: it needs no fragment. A fragment of the
            // host page's own is never replaced or removed.
            let wanted = (selected > 0).then(|| event_fragment(ids.prefix(), id));
            let current = browser::fragment();
            // It writes over no fragment or another widget's, and removes only its own.
            let allowed = match (&wanted, current.as_deref()) {
                (Some(_), current) => may_replace(current),
                (None, Some(current)) => event_in_fragment(ids.prefix(), current).is_some(),
                (None, None) => false,
            };
            match origin.url_write() {
                Some(how) if hash && allowed && current != wanted => {
                    browser::write_fragment(wanted.as_deref(), how)
                }
                _ => {}
            }
        });
    }
    // Follow the host page's requests (from now on, and one made before this story showed).
    {
        let dispatch = state.dispatcher();
        let story = story.clone();
        use_effect_with(props.remote.clone(), move |remote| {
            let listener = Callback::from(move |(id, first): (AttrValue, bool)| {
                if let Some(i) = story.timeline.event_index(&id) {
                    let origin = if first { Origin::Initial } else { Origin::Host };
                    dispatch.dispatch(Action::Select(i, origin));
                }
            });
            remote.attach(listener.clone());
            let remote = remote.clone();
            move || remote.detach(&listener)
        });
    }
    // Follow the URL fragment: the one the page opened with (right after the first view), then
    // back/forward and fragment links.
    {
        let dispatch = state.dispatcher();
        let (story, ids) = (story.clone(), props.ids.clone());
        use_effect_with(props.hash, move |&hash| {
            let guard = hash.then(|| {
                let timeline = &story.timeline;
                let opened_on = browser::fragment();
                if let Some(i) = event_for_fragment(timeline, &ids, opened_on.as_deref()) {
                    dispatch.dispatch(Action::Select(i, Origin::Initial));
                }
                browser::listen_history(Callback::from(move |fragment: Option<String>| {
                    match (
                        fragment.as_deref(),
                        event_for_fragment(&story.timeline, &ids, fragment.as_deref()),
                    ) {
                        (_, Some(i)) => dispatch.dispatch(Action::Select(i, Origin::History)),
                        (None, None) => dispatch.dispatch(Action::Select(0, Origin::History)),
                        // A fragment that names none of our events (the host's own, another
                        // widget's, a reference) keeps the selection; one of our sections'
                        // elements opens its section.
                        (Some(f), None) => {
                            if let Some(reveal) = reveal_in_section(&story.timeline, &ids, f) {
                                dispatch.dispatch(reveal);
                            }
                        }
                    }
                }))
            });
            move || {
                let _listening_until_here = guard;
            }
        });
    }

    // A page opened on one of our elements inside a closed section (`#et-ref-9`) opens it.
    {
        let (dispatch, story, ids) = (state.dispatcher(), story.clone(), props.ids.clone());
        use_effect_with((), move |_| {
            let fragment = browser::fragment();
            if let Some(reveal) =
                fragment.and_then(|f| reveal_in_section(&story.timeline, &ids, &f))
            {
                dispatch.dispatch(reveal);
            }
        });
    }
    // Going somewhere inside the widget: once rendered (its section open), scroll and focus.
    {
        let root = root.clone();
        use_effect_with(state.reveal.clone(), move |reveal| {
            if let Some(reveal) = reveal {
                browser::reveal(&root, &reveal.target);
            }
        });
    }

    let shared = Shared {
        story: props.story.clone(),
        ids: props.ids.clone(),
        locale: props.locale.clone(),
        content: props
            .locale
            .content(
                timeline_of(&props.story).lang.as_deref(),
                timeline_of(&props.story)
                    .dir
                    .as_deref()
                    .and_then(Dir::parse),
            )
            .map(|(lang, dir)| (AttrValue::from(lang), dir.attribute())),
        root: root.clone(),
        dispatch: state.dispatcher(),
    };
    let open = state.citation.as_ref();
    // Links to a part of this widget move there without touching the page URL (and work
    // inside a shadow root, where the browser cannot follow them).
    let onclick = {
        let (dispatch, story, ids) = (state.dispatcher(), story.clone(), props.ids.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(id) = browser::in_widget_link(&e, &ids) {
                let section = section_of(&story.timeline, &ids, &id);
                dispatch.dispatch(Action::Reveal(id.into(), section));
            }
        })
    };
    let timeline = &story.timeline;
    let dense = crate::view_model::density::is_dense(timeline.events.len());
    let selected_event = &timeline.events[state.selected];
    let announcement = if state.origin.is_move() {
        crate::format::citation::plain_text(&selected_event.headline)
    } else {
        String::new()
    };

    let parts = props.parts;
    let has_summary = !timeline.summary.is_empty() || !timeline.description.is_empty();
    html! {
            <section class={props.classes.clone()} ref={root} aria-labelledby={shared.ids.title()}
                lang={props.locale.lang.to_string()} dir={props.locale.dir.attribute()}
                {onclick}>
                <header class="et-header">
                    <h2 class="et-title" id={shared.ids.title()} lang={shared.content_lang()} dir={shared.content_dir()}>{ timeline.title.clone() }</h2>
                </header>
                // The timeline first: the axis and the selected event; then the sections the
                // reader opens (all of them shown without JavaScript and in print).
                if parts.shows(Part::Timeline) {
                    <section class="et-events" aria-labelledby={shared.ids.events_heading()}>
                        <h3 class="et-vh" id={shared.ids.events_heading()}>{ shared.locale.text("timeline") }</h3>
                        { axis(&shared, laid_out, groups, state.selected) }
                    </section>
                }
                <div class="et-scroll">
                if parts.shows(Part::Timeline) {
                    // Every event's detail (hidden but printed, and listed without
                    // JavaScript); a dense story renders only the selected one.
                    { for timeline.events.iter().enumerate()
                        .filter(|&(i, _)| !dense || i == state.selected)
                        .map(|(i, _)| event_panel(&shared, open, i, i == state.selected)) }
                }
                if parts.shows(Part::Summary) && has_summary {
                    { disclosure(&shared, state.sections, DisclosureParts {
                        section: Section::Summary, id: shared.ids.summary().into(),
                        title: shared.locale.text("summary").into(), class: "et-summary", content: summary_box(&shared, open),
                    }) }
                }
                if parts.shows(Part::Comparison) {
                    { for timeline.comparisons.iter().enumerate().map(|(i, c)| disclosure(&shared, state.sections, DisclosureParts {
                        section: Section::Comparison(i), id: shared.ids.comparison(&c.id).into(),
                        title: c.title.clone().into(), class: "et-comparison",
                        content: comparison_table(&shared, open, i),
                    })) }
                }
                if let Some(cited) = cited.as_ref() {
                    { disclosure(&shared, state.sections, DisclosureParts {
                        section: Section::References, id: shared.ids.references().into(),
                        title: shared.locale.text("references").into(), class: "et-references",
                        content: reference_list(&shared, cited),
                    }) }
                }
                </div>
                <div class="et-vh" aria-live="polite" aria-atomic="true">{ announcement }</div>
            </section>
    }
}
