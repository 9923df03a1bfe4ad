//! Build-time rendering with Yew's server renderer: the widget's HTML is written into the
//! page's `<event-timeline>` elements, so the story is readable before and without
//! JavaScript, and the browser build hydrates it instead of rendering from scratch.

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

/// The attributes of a start tag's inside (`a="1" b c='2'`), in order.
fn attributes(tag: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut rest = tag.trim_start();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let mut value = None;
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, remaining) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = after[1..].find(q).map_or(after.len(), |i| i + 1);
                    (&after[1..close], after.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = Some(v.to_string());
            rest = remaining.trim_start();
        } else if name.is_empty() {
            rest = rest.get(1..).unwrap_or("").trim_start();
        }
        if !name.is_empty() {
            out.push((name, value));
        }
    }
    out
}

/// The built-in story as a page carries it for the element to hydrate from (the element's
/// WebAssembly does not hold it): compact JSON in a `<script type="application/json">`, with
/// every `<` escaped so no text in it can end the script, and the fingerprint of the bytes
/// checked here: the element hydrates with the viewer (no checker) only when they still match.
pub fn inline_story() -> String {
    let value: serde_json::Value =
        serde_json::from_str(crate::IDLIB_2014).expect("the built-in story is JSON");
    let json = value.to_string().replace('<', "\\u003c");
    assert!(
        crate::checker::load(&json).is_ok(),
        "the built-in story as written into pages passes the checker"
    );
    let checked = crate::checker::fingerprint(json.as_bytes());
    format!("<script type=\"application/json\" class=\"et-story\" data-checked=\"{checked}\">{json}</script>")
}

/// Writes the widget's HTML into every empty `<event-timeline>` of a page that shows the
/// built-in story (no `src`: data from elsewhere is only known in the browser), followed by
/// the story itself ([`inline_story`]). Ids follow
/// the element's own numbering: `et` for the first element of the page, `et2`, `et3`, …
/// Elements that already have content are left alone, so running it twice changes nothing.
/// Returns the page and how many widgets were rendered.
pub fn prerender_page(html: &str) -> (String, usize) {
    const OPEN: &str = "<event-timeline";
    const CLOSE: &str = "</event-timeline>";
    let (mut out, mut rest, mut index, mut rendered) = (String::new(), html, 0u32, 0);
    // The page's language, which the widget speaks unless the element or the story says.
    let page_lang = html.find("<html").and_then(|at| {
        let inside = &html[at + 5..at + html[at..].find('>')?];
        attributes(inside)
            .into_iter()
            .find(|(n, _)| n == "lang")
            .and_then(|(_, v)| v)
    });
    // The story every pre-rendered element carries, written once per page.
    let story = std::cell::OnceCell::new();
    while let Some(start) = rest.find(OPEN) {
        let Some(tag_end) = rest[start..].find('>').map(|i| start + i) else {
            break;
        };
        index += 1;
        out.push_str(&rest[..=tag_end]);
        let inside = &rest[start + OPEN.len()..tag_end];
        rest = &rest[tag_end + 1..];
        let attrs = attributes(inside);
        let attr = |name: &str| {
            attrs
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone().unwrap_or_default())
        };
        let empty = rest.trim_start().starts_with(CLOSE);
        if !empty || attr("src").is_some() {
            continue;
        }
        let prefix = crate::view_model::ids::widget_prefix(index);
        let options = Options {
            id_prefix: Some(prefix),
            event: attr("event"),
            theme: attr("theme"),
            sections: attr("sections"),
            lang: attr("lang"),
            page_lang: page_lang.clone(),
        };
        // The element hydrates from exactly these options (it reads them back from these
        // attributes: Options::from_data), then applies its own.
        let mut host = String::from("<div class=\"et-host\"");
        for (name, value) in options.data_attributes() {
            let value = value.replace('&', "&amp;").replace('"', "&quot;");
            host.push_str(&format!(" {name}=\"{value}\""));
        }
        out.push_str(&format!(
            "{host}>{}</div>{}",
            render_widget(options, None, true),
            story.get_or_init(inline_story)
        ));
        rendered += 1;
    }
    out.push_str(rest);
    if rendered > 0 {
        out = preload_viewer(&out, rendered == index as usize);
    }
    (out, rendered)
}

/// A pre-rendered widget runs on the viewer build (`viewer_bg.wasm`, no checker), so the page's
/// preload of the checking build (Trunk's) names the viewer instead; a page that also has
/// widgets with their own data (`only` false) preloads both.
fn preload_viewer(page: &str, only: bool) -> String {
    const FULL: &str = "widget_bg.wasm";
    let Some(link) = page.match_indices("<link").find_map(|(at, _)| {
        let end = at + page[at..].find('>')? + 1;
        let tag = &page[at..end];
        (tag.contains("rel=\"preload\"") && tag.contains(FULL)).then_some(at..end)
    }) else {
        return page.to_string();
    };
    let viewer = page[link.clone()].replace(FULL, "viewer_bg.wasm");
    let kept = if only { "" } else { &page[link.clone()] };
    format!("{}{kept}{viewer}{}", &page[..link.start], &page[link.end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_of_every_quoting_style() {
        assert_eq!(
            attributes(r#" class="a b" hash event=power-cut theme='dark'"#),
            vec![
                ("class".into(), Some("a b".into())),
                ("hash".into(), None),
                ("event".into(), Some("power-cut".into())),
                ("theme".into(), Some("dark".into())),
            ]
        );
    }

    #[test]
    fn renders_empty_built_in_elements_only_and_numbers_them_like_the_element() {
        let page = r#"<p><event-timeline></event-timeline><event-timeline src="x.json"></event-timeline><event-timeline event="power-cut"> </event-timeline></p>"#;
        let (out, n) = prerender_page(page);
        assert_eq!(n, 2);
        assert!(out.contains(r#"<div class="et-host" data-id-prefix="et">"#));
        assert!(
            out.contains(r#"<div class="et-host" data-id-prefix="et3" data-event="power-cut">"#)
        );
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
}
