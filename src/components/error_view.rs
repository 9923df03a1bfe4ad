//! Shown instead of the timeline when the data cannot be used: every problem, located.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::Problem;

#[derive(Properties, PartialEq)]
pub struct ErrorViewProps {
    pub problems: Rc<Vec<Problem>>,
}

#[component]
pub fn ErrorView(props: &ErrorViewProps) -> Html {
    html! {
        <div class="et-error" role="alert">
            <p class="et-error-title">
                { format!("This timeline cannot be shown: its data has {} problem{}.",
                    props.problems.len(), if props.problems.len() == 1 { "" } else { "s" }) }
            </p>
            <ul class="et-error-list">
                { for props.problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
            </ul>
        </div>
    }
}
