//! A dense story's axis: one bar per position, its height by how many events share it; a
//! click selects the first of them (a mouse shortcut: the keyboard has the tab strip). A plain
//! function of the axis (docs/size.md).

use yew::prelude::*;

use super::{class_if, class_list, Shared};
use crate::state::{Action, Origin};
use crate::view_model::density::Cluster;

/// The bars of these clusters; `current` holds the selected event.
pub fn cluster_bars(shared: &Shared, clusters: &[Cluster], current: Option<usize>) -> Html {
    let largest = clusters.iter().map(|c| c.count).max().unwrap_or(1);
    html! {
        <div class="et-clusters" aria-hidden="true">
            { for clusters.iter().enumerate().map(|(k, c)| {
                let (dispatch, first) = (shared.dispatch.clone(), c.first);
                let onclick = Callback::from(move |_: MouseEvent| {
                    dispatch.dispatch(Action::Select(first, Origin::Choice))
                });
                html! {
                    <span key={c.at} {onclick} title={shared.locale.count("events-count", c.count as u64)}
                        class={class_list(&["et-cluster", &format!("et-l-{}", c.at),
                            &format!("et-h-{}", c.level(largest)),
                            class_if(current == Some(k), "et-cluster-selected")])}>
                    </span>
                }
            }) }
        </div>
    }
}
