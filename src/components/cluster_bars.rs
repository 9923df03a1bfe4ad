//! A dense story's axis: one bar per position, its height by how many events share it; a
//! click selects the first of them (a mouse shortcut: the keyboard has the tab strip). Its
//! own component, so moving within one cluster re-renders nothing here.

use std::rc::Rc;

use yew::prelude::*;

use super::use_story;
use crate::model::density::Cluster;
use crate::state::{Action, Origin};

#[derive(Properties, PartialEq)]
pub struct ClusterBarsProps {
    pub clusters: Rc<Vec<Cluster>>,
    /// The cluster holding the selected event.
    pub current: Option<usize>,
}

#[component]
pub fn ClusterBars(props: &ClusterBarsProps) -> Html {
    let shared = use_story();
    let largest = props.clusters.iter().map(|c| c.count).max().unwrap_or(1);
    html! {
        <div class="et-clusters" aria-hidden="true">
            { for props.clusters.iter().enumerate().map(|(k, c)| {
                let (dispatch, first) = (shared.dispatch.clone(), c.first);
                let onclick = Callback::from(move |_: MouseEvent| {
                    dispatch.dispatch(Action::Select(first, Origin::Choice))
                });
                html! {
                    <span key={c.at} {onclick} title={shared.locale.count("events-count", c.count as u64)}
                        class={classes!("et-cluster", format!("et-x-{}", c.at),
                            format!("et-h-{}", c.level(largest)),
                            (props.current == Some(k)).then_some("et-cluster-selected"))}>
                    </span>
                }
            }) }
        </div>
    }
}
