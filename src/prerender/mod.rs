//! Build-time rendering with Yew's server renderer: the widget's HTML is written into the
//! page's `<event-timeline>` elements, so the story is readable before and without
//! JavaScript, and the browser build hydrates it instead of rendering from scratch.

mod json_ld;

pub use json_ld::json_ld;

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};

use crate::components::{Source, TimelineProps};
use crate::view_model::options::Options;
use crate::Timeline;

/// The widget's HTML for these options and story (the built-in one when `None`).
/// `hydratable` adds the markers the browser build needs to hydrate it.
pub fn render_widget(options: Options, json: Option<String>, hydratable: bool) -> String {
    futures::executor::block_on(
        yew::ServerRenderer::<Timeline>::with_props(move || {
            let story = json.map_or(Source::BUILT_IN, |json| Source::Json(json.into()));
            TimelineProps::from_options(&options, story).0
        })
        .hydratable(hydratable)
        .render(),
    )
}

/// The built-in story as a page carries it for the element to hydrate from (the element's
/// WebAssembly does not hold it): compact JSON in a `<script type="application/json">`, with
/// every `<` escaped so no text in it can end the script, and the fingerprint of the bytes
/// checked here: the element hydrates with the viewer (no checker) only when they still match.
pub fn inline_story() -> String {
    let value: serde_json::Value =
        serde_json::from_str(crate::IDLIB_2014).expect("the built-in story is JSON");
    let json = value.to_string().replace('<', "\\u003c");
    let story = crate::checker::load(&json);
    let story = story.expect("the built-in story as written into pages passes the checker");
    let checked = crate::checker::fingerprint(json.as_bytes());
    // The viewer has no words for years before the common era or after 9999, nor for "about",
    // "before" and "between", and reads no media: a story with them is marked for the full build.
    let build = if needs_full_build(&story) {
        " data-build=\"full\""
    } else {
        ""
    };
    format!("<script type=\"application/json\" class=\"et-story\" data-checked=\"{checked}\"{build}>{json}</script>")
}

/// Whether the story has what the viewer does not read: a time it cannot say (a year before
/// the common era or after 9999, about, before or between moments), or media.
fn needs_full_build(story: &crate::format::Story) -> bool {
    use crate::format::time::Shown;
    let far = |p: &crate::format::Placement| {
        [Some(p), p.until.as_deref()]
            .into_iter()
            .flatten()
            .any(|p| match &p.shown {
                Shown::Exact(m) => m.is_far(),
                Shown::About(_) | Shown::Before(_) | Shown::Between(..) => true,
                Shown::Part { .. } | Shown::After => false,
            })
    };
    let eras = story.timeline.eras.iter().flat_map(|e| [&e.start, &e.end]);
    // The viewer reads no media either (the raid has none).
    story.placements.iter().any(far)
        || story.timeline.events.iter().any(|e| e.media.is_some())
        || eras
            .filter_map(|t| crate::format::Moment::parse(t).ok())
            .any(|m| m.is_far())
}

/// Writes the widget's HTML into every empty `<event-timeline>` of a page that shows the
/// built-in story (no `src`: data from elsewhere is only known in the browser), followed by
/// the story itself ([`inline_story`]) and, once per page, what it says to machines
/// ([`json_ld`]). Ids follow the element's own numbering: `et` for the
/// first element of the page, `et2`, `et3`, … Elements that already have content are left
/// alone, so running it twice changes nothing. The page is read and rewritten by `lol_html`,
/// so its attributes are read as a browser reads them and the rest of it stays byte for byte.
/// Returns the page and how many widgets were rendered.
pub fn prerender_page(html: &str) -> (String, usize) {
    #[derive(Default)]
    struct Page {
        /// The page's `<html lang>`, which the widget speaks unless the element or the story says.
        lang: Option<String>,
        /// `<event-timeline>` elements met so far, rendered or not (they number the ids).
        elements: u32,
        rendered: usize,
    }
    let page = Rc::new(RefCell::new(Page::default()));
    // Whether the element being read has content of its own (then it is left alone).
    let filled = Rc::new(Cell::new(false));
    // The story every pre-rendered element carries, serialised once per page.
    let story = Rc::new(OnceCell::new());
    let handlers = vec![
        element!("html[lang]", |el| {
            page.borrow_mut().lang = el.get_attribute("lang");
            Ok(())
        }),
        element!("event-timeline *", |_| {
            filled.set(true);
            Ok(())
        }),
        text!("event-timeline", |text| {
            if !text.as_str().trim().is_empty() {
                filled.set(true);
            }
            Ok(())
        }),
        element!("event-timeline", |el| {
            filled.set(false);
            let index = {
                let mut page = page.borrow_mut();
                page.elements += 1;
                page.elements
            };
            if el.has_attribute("src") {
                return Ok(());
            }
            let options = Options {
                id_prefix: Some(crate::view_model::ids::widget_prefix(index)),
                event: el.get_attribute("event"),
                theme: el.get_attribute("theme"),
                sections: el.get_attribute("sections"),
                lang: el.get_attribute("lang"),
                page_lang: page.borrow().lang.clone(),
                heading_level: el.get_attribute("heading-level"),
            };
            let (page, filled, story) = (page.clone(), filled.clone(), story.clone());
            let on_end: lol_html::EndTagHandler<'static> = Box::new(move |end| {
                if !filled.get() {
                    // What the story says to machines, once per page however many widgets
                    // show it, its events' fragments those of this widget.
                    let data = match page.borrow().rendered {
                        0 => json_ld(
                            &crate::checker::load(crate::IDLIB_2014).expect("checked"),
                            options.id_prefix.as_deref().unwrap_or("et"),
                        ),
                        _ => String::new(),
                    };
                    let widget = widget_markup(options);
                    let story = story.get_or_init(inline_story);
                    end.before(&format!("{widget}{story}{data}"), ContentType::Html);
                    page.borrow_mut().rendered += 1;
                }
                Ok(())
            });
            el.on_end_tag(on_end)?;
            Ok(())
        }),
    ];
    let settings = RewriteStrSettings {
        element_content_handlers: handlers,
        ..RewriteStrSettings::new()
    };
    let out = rewrite_str(html, settings).expect("a page of our build is HTML lol_html reads");
    let page = page.borrow();
    if page.rendered == 0 {
        return (out, 0);
    }
    let only = page.rendered == page.elements as usize;
    (preload_viewer(&out, only), page.rendered)
}

/// A pre-rendered widget in its host: the options it was rendered with, written as the
/// `data-*` attributes the element's widget reads back when it hydrates
/// (`Options::from_data`), around the widget's HTML.
fn widget_markup(options: Options) -> String {
    let mut host = String::from("<div class=\"et-host\"");
    for (name, value) in options.data_attributes() {
        let value = value.replace('&', "&amp;").replace('"', "&quot;");
        host.push_str(&format!(" {name}=\"{value}\""));
    }
    format!("{host}>{}</div>", render_widget(options, None, true))
}

/// A pre-rendered widget runs on the viewer build (`viewer_bg.wasm`, no checker), so the page's
/// preload of the checking build (Trunk's) names the viewer instead; a page that also has
/// widgets with their own data (`only` false) preloads both.
fn preload_viewer(page: &str, only: bool) -> String {
    const FULL: &str = "widget_bg.wasm";
    let handlers = vec![element!(r#"link[rel="preload"]"#, |el| {
        let Some(href) = el.get_attribute("href").filter(|h| h.ends_with(FULL)) else {
            return Ok(());
        };
        let viewer = href.replace(FULL, "viewer_bg.wasm");
        if only {
            el.set_attribute("href", &viewer)?;
        } else {
            let mut copy = String::from("<link");
            for attribute in el.attributes() {
                let value = match attribute.name().as_str() {
                    "href" => viewer.clone(),
                    _ => attribute.value(),
                };
                let value = value.replace('&', "&amp;").replace('"', "&quot;");
                copy.push_str(&format!(" {}=\"{value}\"", attribute.name()));
            }
            el.after(&format!("{copy}>"), ContentType::Html);
        }
        Ok(())
    })];
    let settings = RewriteStrSettings {
        element_content_handlers: handlers,
        ..RewriteStrSettings::new()
    };
    rewrite_str(page, settings).expect("a page of our build is HTML lol_html reads")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_empty_built_in_elements_only_and_numbers_them_like_the_element() {
        let page = r#"<p><event-timeline></event-timeline><event-timeline src="x.json"></event-timeline><event-timeline event="power-cut" heading-level="3"> </event-timeline></p>"#;
        let (out, n) = prerender_page(page);
        assert_eq!(n, 2);
        assert!(out.contains(r#"<div class="et-host" data-id-prefix="et">"#));
        assert!(out.contains(
            r#"<div class="et-host" data-id-prefix="et3" data-event="power-cut" data-heading-level="3">"#
        ));
        assert!(out.contains(r#"<h3 id="et3-title""#) && out.contains(r#"<h2 id="et-title""#));
        assert!(!out.contains(r#"data-id-prefix="et2""#));
        assert!(out.contains(r#"id="et3-tab-power-cut""#));
        // Each carries the story it shows, for the element to hydrate from.
        assert_eq!(
            out.matches(r#"<script type="application/json" class="et-story" data-checked=""#)
                .count(),
            2
        );
        // Running it again changes nothing.
        assert_eq!(prerender_page(&out), (out.clone(), 0));
    }

    #[test]
    fn the_preload_names_the_build_the_page_needs() {
        let preload = r#"<link rel="preload" href="embed/widget_bg.wasm" as="fetch">"#;
        let viewer = r#"<link rel="preload" href="embed/viewer_bg.wasm" as="fetch">"#;
        let page = |body: &str| format!("<head>{preload}</head><body>{body}</body>");
        let plain = "<event-timeline></event-timeline>";
        let with_src = r#"<event-timeline src="a.json"></event-timeline>"#;
        // Every widget pre-rendered: the viewer only.
        let (out, _) = prerender_page(&page(plain));
        assert!(out.contains(viewer) && !out.contains(preload));
        // Some with their own data too: both.
        let (out, _) = prerender_page(&page(&format!("{plain}{with_src}")));
        assert!(out.contains(&format!("{preload}{viewer}")));
        // Nothing pre-rendered: the page stays as it was.
        let (out, n) = prerender_page(&page(with_src));
        assert_eq!((out, n), (page(with_src), 0));
    }

    #[test]
    fn the_inline_story_is_the_built_in_one_and_cannot_end_its_script() {
        let script = inline_story();
        let (open, json) = script
            .strip_suffix("</script>")
            .and_then(|rest| rest.split_once('>'))
            .unwrap();
        assert!(!json.contains('<'));
        // Its mark is the fingerprint of exactly these bytes (the element compares the two).
        let checked = crate::checker::fingerprint(json.as_bytes());
        assert_eq!(
            open,
            format!(r#"<script type="application/json" class="et-story" data-checked="{checked}""#)
        );
        let inline: serde_json::Value = serde_json::from_str(json).unwrap();
        let built_in: serde_json::Value = serde_json::from_str(crate::IDLIB_2014).unwrap();
        assert_eq!(inline, built_in);
        assert_eq!(
            crate::checker::load(json).unwrap(),
            crate::checker::load(crate::IDLIB_2014).unwrap()
        );
    }

    #[test]
    fn a_story_with_far_years_or_media_is_marked_for_the_full_build() {
        assert!(!inline_story().contains("data-build"));
        let far =
            r#"{"title": "T", "events": [{"id": "a", "time": {"at": "-300"}, "headline": "A"}]}"#;
        assert!(needs_full_build(&crate::checker::load(far).unwrap()));
        let near = far.replace("-300", "0300");
        assert!(!needs_full_build(&crate::checker::load(&near).unwrap()));
        let about = far.replace(r#""at": "-300""#, r#""about": "0300""#);
        assert!(needs_full_build(&crate::checker::load(&about).unwrap()));
        // Media, which the viewer does not read; an event's end, which it does (the raid's).
        let pictured = near.replace(
            r#""headline": "A""#,
            r#""headline": "A", "media": {"kind": "link", "url": "https://example.org/", "title": "Source"}"#,
        );
        assert!(needs_full_build(&crate::checker::load(&pictured).unwrap()));
        let lasting = near.replace(
            r#""headline": "A""#,
            r#""headline": "A", "end": {"at": "0301"}"#,
        );
        assert!(!needs_full_build(&crate::checker::load(&lasting).unwrap()));
    }
}
