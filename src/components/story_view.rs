//! One loaded story: owns the state, wires the URL fragment, lays out the parts.

use std::rc::Rc;

use yew::prelude::*;

use super::axis::axis;
use super::comparison_table::comparison_table;
use super::disclosure::{disclosure, DisclosureParts};
use super::event_panel::event_panel;
use super::hooks::{
    section_of, use_focus_follows_selection, use_follow_fragment, use_host_requests,
    use_open_section_of_fragment, use_popover_takes_focus, use_report_selection, use_reveal,
};
#[cfg(not(event_timeline_viewer))]
use super::hooks::{use_axis_gestures, use_is_live, use_search_fragment};
use super::reference_list::reference_list;
use super::summary_box::summary_box;
use super::{heading, Remote, Shared, StoryRef};
use crate::browser;
use crate::format::{Keyword, TimelineData};
use crate::languages::Locale;
use crate::state::{Action, Toward, ViewState};
use crate::view_model::density::{clusters, is_dense};
use crate::view_model::ids::Ids;
use crate::view_model::index::citing_places;
use crate::view_model::layout::{full_window, layout};
use crate::view_model::options::HeadingLevel;
#[cfg(not(event_timeline_viewer))]
use crate::view_model::search::SearchIndex;
use crate::view_model::search::SharedIndex;
use crate::view_model::sections::{Part, Parts, Section};
use crate::view_model::zoom::Zoom;

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
    /// The title's level in the page's outline.
    pub heading: HeadingLevel,
}

fn timeline_of(story: &StoryRef) -> &TimelineData {
    &story.0.timeline
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
        let zoomable = story.clone();
        use_reducer(move || {
            let state = ViewState::new(timeline.events.len(), initial);
            #[cfg(not(event_timeline_viewer))]
            let state = state.zoomable(
                Zoom::new(full_window(&zoomable)),
                zoomable.placements.iter().map(|p| p.key).collect(),
            );
            #[cfg(event_timeline_viewer)]
            let _ = zoomable;
            state
        })
    };
    let root = use_node_ref();
    // What the axis derives from the story, once per story and view.
    #[cfg(not(event_timeline_viewer))]
    let zoom = state.zoom.as_ref().map(|z| z.zoom);
    #[cfg(event_timeline_viewer)]
    let zoom: Option<Zoom> = None;
    let derived = use_memo((props.story.clone(), zoom), |(s, zoom)| {
        let zoom = zoom.unwrap_or_else(|| Zoom::new(full_window(&s.0)));
        let laid_out = Rc::new(layout(&s.0, &zoom));
        let groups = if is_dense(laid_out.events.len()) {
            let shown = laid_out.events.iter().enumerate().filter(|(_, e)| !e.out);
            clusters(shown.map(|(i, e)| (i, e.at)))
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
    let dispatcher = state.dispatcher();
    use_popover_takes_focus(&root, &props.ids, state.citation.as_ref());
    use_focus_follows_selection(&root, state.selected, state.origin);
    // The search, for a long story or where the host names it (not in the viewer build,
    // which shows only short stories); its index once per story.
    #[cfg(not(event_timeline_viewer))]
    let search = {
        let on = props.parts.shows(Part::Timeline)
            && props.parts.shows_search(story.timeline.events.len());
        let index = use_memo((props.story.clone(), on), |(s, on)| {
            on.then(|| SharedIndex(Rc::new(SearchIndex::new(&s.0.timeline))))
        });
        use_search_fragment(&props.story, props.hash, (*index).clone(), &dispatcher);
        (*index).clone()
    };
    #[cfg(event_timeline_viewer)]
    let search: Option<SharedIndex> = None;
    let found = search.as_ref().and(state.found.as_ref());
    #[cfg(not(event_timeline_viewer))]
    let search_tail = found.map(|f| f.query.to_fragment()).unwrap_or_default();
    #[cfg(event_timeline_viewer)]
    let search_tail = ();
    use_report_selection(
        &props.story,
        &props.ids,
        (state.selected, state.origin),
        search_tail,
        props.hash,
        &props.on_select,
    );
    use_host_requests(&props.story, &props.remote, &dispatcher);
    use_follow_fragment(&props.story, &props.ids, props.hash, &dispatcher);
    use_open_section_of_fragment(&props.story, &props.ids, &dispatcher);
    use_reveal(&root, state.reveal.as_ref());
    #[cfg(not(event_timeline_viewer))]
    let live = use_is_live();
    #[cfg(not(event_timeline_viewer))]
    let () = use_axis_gestures(
        &root,
        props.locale.dir == crate::format::Dir::Rtl,
        &dispatcher,
    );

    let shared = Shared {
        story: props.story.clone(),
        ids: props.ids.clone(),
        locale: props.locale.clone(),
        content: props
            .locale
            .content(
                timeline_of(&props.story).lang.as_deref(),
                timeline_of(&props.story).dir,
            )
            .map(|(lang, dir)| (AttrValue::from(lang), dir.key())),
        root: root.clone(),
        dispatch: state.dispatcher(),
        heading: props.heading,
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
    let matches = found.map(|f| &f.matches[..]);
    let dense = crate::view_model::density::is_dense(timeline.events.len());
    let selected_event = &timeline.events[state.selected];
    let announcement = if state.origin.is_announced() {
        crate::format::citation::plain_text(&selected_event.headline)
    } else {
        String::new()
    };
    // A zoom says what the axis now shows; the buttons appear once the widget runs.
    #[cfg(not(event_timeline_viewer))]
    let (announcement, zoom_part) = match state.zoom.as_ref() {
        Some(z) => (
            if z.said {
                super::zoom_bar::shown_words(&shared.locale, &z.zoom)
            } else {
                announcement
            },
            if live {
                super::zoom_bar::zoom_bar(&shared, &z.zoom)
            } else {
                Html::default()
            },
        ),
        None => (announcement, Html::default()),
    };
    #[cfg(not(event_timeline_viewer))]
    let axis_part =
        html! { <>{ zoom_part }{ axis(&shared, laid_out, groups, state.selected, matches) }</> };
    #[cfg(event_timeline_viewer)]
    let axis_part = axis(&shared, laid_out, groups, state.selected, matches);

    let parts = props.parts;
    #[cfg(not(event_timeline_viewer))]
    let search_part = search
        .as_ref()
        .map(|index| super::search_bar::search_bar(&shared, index, found));
    #[cfg(event_timeline_viewer)]
    let search_part = Html::default();
    // The record of changes: "Updated" under the title and a section of its own, always shown
    // when the story has one (a host may hide parts, never its corrections).
    #[cfg(not(event_timeline_viewer))]
    let (updated, record) = if timeline.updates.is_empty() {
        (Html::default(), Html::default())
    } else {
        let record = disclosure(
            &shared,
            state.sections,
            DisclosureParts {
                section: Section::Updates,
                id: shared.ids.updates().into(),
                title: shared.locale.text("updates").into(),
                class: "et-updates",
                content: super::updates::updates_list(&shared, open),
            },
        );
        (super::updates::updated_line(&shared), record)
    };
    #[cfg(event_timeline_viewer)]
    let (updated, record) = (Html::default(), Html::default());
    #[cfg(not(event_timeline_viewer))]
    let eras = super::era_list::era_list(&shared);
    #[cfg(event_timeline_viewer)]
    let eras = Html::default();
    // The one named region of the widget: the story's title, with its number on the page for
    // a widget after the first (two widgets of one story must not share a name).
    let numbered = shared.ids.ordinal().is_some_and(|n| n > 1);
    let has_summary = !timeline.summary.is_empty() || !timeline.description.is_empty();
    html! {
            <section class={props.classes.clone()} ref={root}
                aria-labelledby={(!numbered).then(|| shared.ids.title())}
                aria-label={numbered.then(|| format!("{} ({})", timeline.title, shared.ids.ordinal().unwrap_or(1)))}
                lang={props.locale.lang.to_string()} dir={props.locale.dir.key()}
                {onclick}>
                <header class="et-header">
                    { heading(&shared, 0, "et-title", Some(shared.ids.title()), true, html! { timeline.title.clone() }) }
                    { updated }
                </header>
                // The timeline first: the axis and the selected event; then the sections the
                // reader opens (all of them shown without JavaScript and in print).
                if parts.shows(Part::Timeline) {
                    { search_part }
                    <div class="et-events" role="group" aria-labelledby={shared.ids.events_heading()}>
                        { heading(&shared, 1, "et-vh", Some(shared.ids.events_heading()), false, html! { shared.locale.text("timeline") }) }
                        { axis_part }
                        { eras }
                    </div>
                }
                <div class="et-scroll">
                if parts.shows(Part::Timeline) {
                    // Every event's detail (hidden but printed, and listed without
                    // JavaScript); a dense story renders only the selected one.
                    { for timeline.events.iter().enumerate()
                        .filter(|&(i, _)| !dense || i == state.selected)
                        .map(|(i, _)| event_panel(&shared, open, i, i == state.selected,
                            [state.neighbour(i, Toward::Earlier), state.neighbour(i, Toward::Later)])) }
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
                { record }
                </div>
                <div class="et-vh" aria-live="polite" aria-atomic="true">{ announcement }</div>
            </section>
    }
}
