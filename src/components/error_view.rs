//! Shown instead of the timeline when the data cannot be used: what went wrong, every problem
//! located, inside the widget and nowhere else.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorViewProps {
    pub heading: AttrValue,
    pub messages: Rc<[String]>,
}

#[component]
pub fn ErrorView(props: &ErrorViewProps) -> Html {
    html! {
        <div class="et-error" role="alert">
            <p class="et-error-title">{ props.heading.clone() }</p>
            <ul class="et-error-list">
                { for props.messages.iter().map(|m| html! { <li>{ m.clone() }</li> }) }
            </ul>
        </div>
    }
}
