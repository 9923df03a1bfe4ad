//! The widget's view: two Yew function components (`Timeline`, the public entry point, which
//! loads; the story view, which owns the state and the browser effects) and plain functions
//! returning `Html` for every other part, one per file. Each component costs the WebAssembly
//! its own copy of Yew's generic code (docs/size.md).

mod axis;
mod citation_button;
mod citation_popover;
mod cited_text;
mod cluster_bars;
mod comparison_table;
mod disclosure;
#[cfg(not(event_timeline_viewer))]
mod era_list;
mod error_view;
mod event_panel;
mod event_strip;
mod event_tab;
mod hooks;
#[cfg(not(event_timeline_viewer))]
mod media_figure;
mod reference_list;
#[cfg(not(event_timeline_viewer))]
mod search_bar;
mod story_view;
mod summary_box;
mod timeline;
#[cfg(not(event_timeline_viewer))]
mod updates;
#[cfg(not(event_timeline_viewer))]
mod zoom_bar;

use std::rc::Rc;

use yew::prelude::*;

use crate::format::{Keyword, Placement, Story};
use crate::languages::Locale;
use crate::state::{OpenCitation, ViewState};
use crate::view_model::ids::Ids;
use crate::view_model::options::HeadingLevel;

pub use timeline::{Remote, Source, Timeline, TimelineProps};

/// A loaded story shared by the components; equal when it is the same load (cheap to compare,
/// even with many events).
#[derive(Clone, Debug)]
pub struct StoryRef(pub Rc<Story>);

impl PartialEq for StoryRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What every part of one widget shares and what never changes while its story is shown.
#[derive(Clone, PartialEq)]
pub struct Shared {
    pub story: StoryRef,
    /// Every element id of this instance (several widgets can share a page).
    pub ids: Ids,
    /// The reader's language: every word the widget adds, its direction, its numbers.
    pub locale: Locale,
    /// The story's language and direction where they are not the widget's (its text says so).
    pub content: Option<(AttrValue, &'static str)>,
    pub root: NodeRef,
    pub dispatch: UseReducerDispatcher<ViewState>,
    /// The title's level in the host page's outline; the other headings follow it.
    pub heading: HeadingLevel,
}

impl Shared {
    /// The label of an event's track, if it names one (not in the viewer build, which the
    /// element never gives a story with tracks).
    #[cfg(not(event_timeline_viewer))]
    pub fn track_label(&self, event: &crate::format::Event) -> Option<String> {
        let id = event.track.as_ref()?;
        let tracks = &self.story.0.timeline.tracks;
        tracks.iter().find(|t| &t.id == id).map(|t| t.label.clone())
    }

    /// `lang` for an element holding the story's own text (when it differs from the widget's).
    pub fn content_lang(&self) -> Option<AttrValue> {
        self.content.as_ref().map(|(lang, _)| lang.clone())
    }

    pub fn content_dir(&self) -> Option<&'static str> {
        self.content.as_ref().map(|(_, dir)| *dir)
    }

    /// `lang` for the widget's own words inside the story's text (a citation's name, its
    /// popover): the widget's, where the story's text carries another.
    pub fn own_lang(&self) -> Option<AttrValue> {
        self.content
            .as_ref()
            .map(|_| AttrValue::from(self.locale.lang.to_string()))
    }

    pub fn own_dir(&self) -> Option<&'static str> {
        self.content.as_ref().map(|_| self.locale.dir.key())
    }

    /// A date the story gives (a reference's, an update's, an era's end): in the reader's words
    /// when the format reads it (`false`), else as the source words it, in the story's
    /// language (`true`).
    pub fn given_date(&self, date: &str) -> (String, bool) {
        match self.locale.given_date(date) {
            Some(words) => (words, false),
            None => (date.to_string(), true),
        }
    }

    /// `lang` for a time: the story's when the story words it (its `phrase`).
    pub fn phrase_lang(&self, when: &Placement) -> Option<AttrValue> {
        when.phrase.as_ref().and(self.content_lang())
    }

    pub fn phrase_dir(&self, when: &Placement) -> Option<&'static str> {
        when.phrase.as_ref().and(self.content_dir())
    }
}

/// A heading `below` levels under the widget's title, at the level the host sets
/// (`Shared::heading`): `id` when it is one, and the story's language when its words are the
/// story's. Built here once, as `html!` builds a tag (`VTag::__new_other`, public in the Yew
/// this project vendors): each `<@{tag}>` costs the WebAssembly its own copy of the
/// dynamic-tag code, and `VTag::new` with `add_attribute` more still (docs/size.md).
pub fn heading(
    shared: &Shared,
    below: u8,
    class: &'static str,
    id: Option<String>,
    theirs: bool,
    content: Html,
) -> Html {
    use yew::virtual_dom::{AttributeOrProperty, Attributes, Listeners, VTag};
    // The attributes as `html!` writes them, in its order: one list of names, the values
    // left out where `None`.
    const NAMES: &[&str] = &["id", "lang", "dir", "class"];
    let attribute = |value: Option<AttrValue>| value.map(AttributeOrProperty::Attribute);
    let story = shared.content.as_ref().filter(|_| theirs);
    let values = Box::new([
        attribute(id.map(AttrValue::from)),
        attribute(story.map(|(lang, _)| lang.clone())),
        attribute(story.map(|(_, dir)| AttrValue::Static(dir))),
        attribute(Some(AttrValue::Static(class))),
    ]);
    let attributes = Attributes::Dynamic {
        keys: NAMES,
        values,
    };
    let tag = AttrValue::Static(shared.heading.tag(below));
    VTag::__new_other(
        tag,
        NodeRef::default(),
        None,
        attributes,
        Listeners::None,
        content,
    )
    .into()
}

/// A class attribute from its parts, leaving out the empty ones (and the attribute when all
/// are): the plain-string form of Yew's `classes!`, whose `Classes` brings an index set and its
/// hashing into the WebAssembly (docs/size.md).
pub fn class_list(parts: &[&str]) -> Option<String> {
    let list = parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    (!list.is_empty()).then_some(list)
}

/// `class` when `on`, else nothing: a conditional part for [`class_list`].
pub fn class_if(on: bool, class: &str) -> &str {
    if on {
        class
    } else {
        ""
    }
}

/// The open citation, if any, passed down to the citation buttons and popovers.
pub type Open<'a> = Option<&'a OpenCitation>;
