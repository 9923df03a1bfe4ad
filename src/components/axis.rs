//! The time axis: labelled part-of-day bands, date ticks, each event's (fuzzy) possible span,
//! and the event tabs placed by time. Positions are whole-percent CSS classes (no inline
//! styles, so a strict Content-Security-Policy needs nothing extra). A plain function of the
//! story view, which keeps the layout and the clusters (docs/size.md).

use yew::prelude::*;

use super::cluster_bars::cluster_bars;
use super::event_strip::event_strip;
use super::{class_if, class_list, Shared};
use crate::format::Keyword;
use crate::view_model::density::{cluster_of, clusters, is_dense, Cluster};
use crate::view_model::layout::{AxisLayout, BandKind};

/// A band's class suffix and label: a part of the day in the reader's words, an era in the
/// story's (the viewer build has no eras).
fn band_words(shared: &Shared, kind: BandKind) -> (&'static str, String) {
    match kind {
        BandKind::Part(part) => (part.key(), shared.locale.part(part)),
        #[cfg(not(event_timeline_viewer))]
        BandKind::Era(i) => ("era", shared.story.0.timeline.eras[i].label.clone()),
        #[cfg(event_timeline_viewer)]
        BandKind::Era(_) => ("era", String::new()),
    }
}

/// Each track's name at the start of its block of lanes (for the eye: each tab says its
/// track); none in the viewer build.
#[cfg(not(event_timeline_viewer))]
fn lane_names(shared: &Shared, layout: &AxisLayout) -> Html {
    let tracks = &shared.story.0.timeline.tracks;
    layout
        .tracks
        .iter()
        .filter_map(|row| {
            let track = &tracks[row.track?];
            Some(html! {
                <span class={format!("et-lane-name et-lane-{}", row.lane.min(15))} aria-hidden="true"
                    lang={shared.content_lang()}>
                    { track.label.clone() }
                </span>
            })
        })
        .collect()
}

/// The axis of a laid-out story (`groups`: a dense story's clusters) with `selected` shown.
/// During a search (`found`: its matches) the spans of other events are dimmed, so the reader
/// still sees the whole story's shape, and a dense story's bars count only matches.
pub fn axis(
    shared: &Shared,
    layout: &AxisLayout,
    groups: &[Cluster],
    selected: usize,
    found: Option<&[usize]>,
) -> Html {
    let locale = &shared.locale;
    let dense = is_dense(layout.events.len());
    let spans = if let (true, Some(matches)) = (dense, found) {
        let among = clusters(
            matches
                .iter()
                .filter(|&&i| !layout.events[i].out)
                .map(|&i| (i, layout.events[i].at)),
        );
        let at = layout.events[selected].at;
        cluster_bars(shared, &among, among.iter().position(|c| c.at == at))
    } else if dense {
        let current = cluster_of(groups, selected);
        cluster_bars(shared, groups, current)
    } else {
        html! {
            <div class="et-spans" aria-hidden="true">
                // In a zoomed view, the bars that reach into it.
                { for layout.events.iter().enumerate().filter(|(_, e)| !e.out || e.from < e.to).map(|(i, e)| html! {
                    <span class={class_list(&["et-span",
                        class_if(e.approximate, "et-span-fuzzy"),
                        class_if(e.open_end, "et-span-open"),
                        class_if(i == selected, "et-span-selected"),
                        class_if(found.is_some_and(|m| m.binary_search(&i).is_err()), "et-span-dim"),
                        &format!("et-l-{}", e.from), &format!("et-r-{}", 100 - e.to),
                        &format!("et-lane-{}", e.lane.min(15))])}>
                    </span>
                }) }
            </div>
        }
    };
    // Not a child of its own in the markup below: the viewer would pay for an empty one.
    #[cfg(not(event_timeline_viewer))]
    let spans = html! { <>{ lane_names(shared, layout) }{ spans }</> };
    html! {
        <div class={class_list(&["et-axis", &format!("et-lanes-{}", layout.lanes.min(16)),
            class_if(dense, "et-axis-dense")])}>
            <div class={class_list(&["et-bands", &format!("et-band-rows-{}", layout.band_lanes.min(4))])}
                aria-hidden="true">
                { for layout.bands.iter().map(|b| {
                    let (kind, label) = band_words(shared, b.kind);
                    html! {
                        <span class={class_list(&["et-band", &format!("et-band-{kind}"),
                            &format!("et-l-{}", b.from), &format!("et-r-{}", 100 - b.to),
                            &format!("et-blane-{}", b.lane.min(3))])}>
                            { label }
                        </span>
                    }
                }) }
                { for layout.ticks.iter().map(|t| html! {
                    // Near the axis's end a label sits before its line, not past the edge.
                    <span class={class_list(&["et-tick", &format!("et-l-{}", t.at), class_if(t.label_before, "et-tick-end")])}>
                        <span class="et-tick-label">{ locale.tick(&t.moment) }</span>
                    </span>
                }) }
            </div>
            <div class="et-track">
                { spans }
                { event_strip(shared, layout, selected, found) }
            </div>
        </div>
    }
}
