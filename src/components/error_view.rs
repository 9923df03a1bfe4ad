//! Shown instead of the timeline when the data cannot be used: what went wrong, every problem
//! located, inside the widget and nowhere else.

//!
//! A plain function, not a component: it holds no state, and each component costs the
//! WebAssembly its own copy of Yew's generic code (docs/size.md).

use yew::prelude::*;

pub fn error_view(heading: AttrValue, messages: &[String]) -> Html {
    html! {
        <div class="et-error" role="alert">
            <p class="et-error-title">{ heading }</p>
            <ul class="et-error-list">
                { for messages.iter().map(|m| html! { <li>{ m.clone() }</li> }) }
            </ul>
        </div>
    }
}
