//! Finding events: a search field and filters by side and by place, built from the story, and
//! the count of matches, said politely. A plain function of the story view (docs/size.md);
//! not in the viewer build, which shows stories too short to need it (`SEARCH_EVENTS`).

use yew::prelude::*;

use super::Shared;
use crate::browser;
use crate::state::{Action, Found, Origin, UrlWrite};
use crate::view_model::search::{Query, SharedIndex};

/// Which part of the query a field sets.
#[derive(Clone, Copy)]
enum Field {
    Text,
    Side,
    Place,
}

/// The search of a story with this `index`; `found` is the search in force, if any.
pub fn search_bar(shared: &Shared, index: &SharedIndex, found: Option<&Found>) -> Html {
    let index = &index.0;
    let locale = &shared.locale;
    let query = found.map(|f| (*f.query).clone()).unwrap_or_default();
    let total = shared.story.0.timeline.events.len();
    // Runs the query and hands its matches to the reducer. Typing replaces the URL's entry
    // once a search has begun; starting one, a filter and clearing push one (Back undoes them).
    let find = {
        let (dispatch, story, index) =
            (shared.dispatch.clone(), shared.story.clone(), index.clone());
        move |query: Query, how: UrlWrite| {
            let found = Found::of(query, Some(&index), &story.0.timeline);
            dispatch.dispatch(Action::Find(found, Origin::Found { how, moved: true }));
        }
    };
    let on_field = |field: Field| {
        let (find, query) = (find.clone(), query.clone());
        let index = index.clone();
        Callback::from(move |e: Event| {
            let value = browser::field_value(&e);
            let mut next = query.clone();
            let chosen = |list: &[String]| {
                value
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| list.get(i).cloned())
            };
            let how = match field {
                Field::Text if !query.text.trim().is_empty() => UrlWrite::Replace,
                _ => UrlWrite::Push,
            };
            match field {
                Field::Text => next.text = value,
                Field::Side => next.side = chosen(&index.sides),
                Field::Place => next.place = chosen(&index.places),
            }
            find(next, how);
        })
    };
    let on_text = {
        let on_field = on_field(Field::Text);
        Callback::from(move |e: InputEvent| on_field.emit(e.into()))
    };
    let onkeydown = {
        let (find, empty) = (find.clone(), query.is_empty());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !empty {
                e.prevent_default();
                find(Query::default(), UrlWrite::Push);
            }
        })
    };
    let filter = |field: Field,
                  part: &str,
                  label: &str,
                  all: &str,
                  list: &[String],
                  chosen: Option<&String>| {
        let id = shared.ids.search(part);
        html! {
            <div class="et-search-filter">
                <label for={id.clone()}>{ locale.text(label) }</label>
                <select id={id} onchange={on_field(field)}>
                    <option value="" selected={chosen.is_none()}>{ locale.text(all) }</option>
                    { for list.iter().enumerate().map(|(i, item)| html! {
                        <option value={i.to_string()} selected={chosen == Some(item)}
                            lang={shared.content_lang()}>{ item.clone() }</option>
                    }) }
                </select>
            </div>
        }
    };
    let count = found.map(|f| locale.count_of("found", f.matches.len() as u64, total as u64));
    html! {
        <div class="et-search" role="search" aria-label={locale.text("find")} {onkeydown}>
            <div class="et-search-field">
                <label for={shared.ids.search("")}>{ locale.text("find") }</label>
                <input type="search" id={shared.ids.search("")} value={query.text.clone()}
                    autocomplete="off" spellcheck="false" oninput={on_text}
                    aria-describedby={shared.ids.search("-count")} />
            </div>
            if !index.sides.is_empty() {
                { filter(Field::Side, "-side", "side", "all-sides", &index.sides, query.side.as_ref()) }
            }
            if !index.places.is_empty() {
                { filter(Field::Place, "-place", "place", "all-places", &index.places, query.place.as_ref()) }
            }
            <p class="et-search-count" id={shared.ids.search("-count")} role="status">{ count }</p>
        </div>
    }
}
