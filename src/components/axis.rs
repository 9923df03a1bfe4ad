//! The time axis: labelled part-of-day bands, date ticks, each event's (fuzzy) possible span,
//! and the event tabs placed by time. Positions are whole-percent CSS classes (no inline
//! styles, so a strict Content-Security-Policy needs nothing extra).

use std::rc::Rc;

use yew::prelude::*;

use super::cluster_bars::ClusterBars;
use super::event_strip::EventStrip;
use super::use_story;
use crate::model::density::{cluster_of, clusters, is_dense};
use crate::model::layout::AxisLayout;

#[derive(Properties, PartialEq)]
pub struct AxisProps {
    pub layout: Rc<AxisLayout>,
    pub selected: usize,
}

#[component]
pub fn Axis(props: &AxisProps) -> Html {
    let layout = &props.layout;
    let locale = use_story().locale;
    let dense = is_dense(layout.events.len());
    let groups = use_memo(props.layout.clone(), |l| {
        Rc::new(clusters(l.events.iter().map(|e| e.at)))
    });
    let spans = if dense {
        let current = cluster_of(&groups, props.selected);
        html! { <ClusterBars clusters={(*groups).clone()} {current} /> }
    } else {
        html! {
            <div class="et-spans" aria-hidden="true">
                { for layout.events.iter().enumerate().map(|(i, e)| html! {
                    <span class={classes!("et-span",
                        e.approximate.then_some("et-span-fuzzy"),
                        e.open_end.then_some("et-span-open"),
                        (i == props.selected).then_some("et-span-selected"),
                        format!("et-l-{}", e.from), format!("et-r-{}", 100 - e.to),
                        format!("et-lane-{}", e.lane.min(15)))}>
                    </span>
                }) }
            </div>
        }
    };
    html! {
        <div class={classes!("et-axis", format!("et-lanes-{}", layout.lanes.min(16)),
            dense.then_some("et-axis-dense"))}>
            <div class={classes!("et-bands", format!("et-band-rows-{}", layout.band_lanes.min(4)))}
                aria-hidden="true">
                { for layout.bands.iter().map(|b| html! {
                    <span class={classes!("et-band", format!("et-band-{}", b.part.key()),
                        format!("et-l-{}", b.from), format!("et-r-{}", 100 - b.to),
                        format!("et-blane-{}", b.lane.min(3)))}>
                        { locale.part(b.part) }
                    </span>
                }) }
                { for layout.ticks.iter().map(|t| html! {
                    <span class={classes!("et-tick", format!("et-l-{}", t.at))}>
                        <span class="et-tick-label">{ locale.date(&t.moment) }</span>
                    </span>
                }) }
            </div>
            <div class="et-track">
                { spans }
                <EventStrip layout={layout.clone()} selected={props.selected} />
            </div>
        </div>
    }
}
