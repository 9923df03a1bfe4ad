//! Server-side-rendered components, natively: structure, accessible names, citation numbers,
//! ids and classes of the whole widget, without a browser.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashSet;

use common::render::{render, Options};
use event_timeline::format::citation::cited_numbers;
use event_timeline::prerender::prerender_page;
use event_timeline::{checker::load, IDLIB_2014};

fn idlib() -> String {
    render(None, Options::default())
}

/// The start tag of the element with this id.
fn tag<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!(" id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

/// Values of one attribute, in document order.
fn attrs<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    html.split(needle.as_str())
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect()
}

#[test]
fn shows_the_title_every_event_as_a_tab_and_one_visible_panel() {
    let html = idlib();
    let title = tag(&html, "et-title");
    assert!(title.starts_with("<h2") && title.contains("class=\"et-title\""));
    assert!(html.contains(&format!("{title}2014 raid on Idlib city</h2>")));
    let story = load(IDLIB_2014).unwrap();
    let roles = attrs(&html, "role");
    assert_eq!(roles.iter().filter(|r| **r == "tab").count(), 9);
    assert_eq!(roles.iter().filter(|r| **r == "tabpanel").count(), 9);
    assert_eq!(roles.iter().filter(|r| **r == "tablist").count(), 1);
    // Start tags holding both of these.
    let tags_with = |a: &str, b: &str| {
        html.split('<')
            .map(|t| t.split('>').next().unwrap_or(""))
            .filter(|t| t.contains(a) && t.contains(b))
            .count()
    };
    let hidden = "hidden=\"hidden\"";
    assert_eq!(
        tags_with("role=\"tabpanel\"", hidden),
        8,
        "only the selected panel is shown"
    );
    // The sections after the timeline start closed: summary, one comparison, references.
    assert_eq!(
        tags_with("class=\"et-disclosure\"", "aria-expanded=\"false\""),
        3
    );
    assert_eq!(tags_with("class=\"et-section-body\"", hidden), 3);
    // Timeline first: the axis and the first panel come before the summary.
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("no {needle}"));
    assert!(
        at("role=\"tablist\"") < at("et-summary-list")
            && at("et-panel-overnight-attack") < at("et-summary-list")
    );
    let selected = attrs(&html, "aria-selected");
    assert_eq!(selected.iter().filter(|s| **s == "true").count(), 1);
    assert_eq!(selected[0], "true");
    // Roving tabindex: one tab stop in the strip.
    let tab_stops: Vec<_> = html
        .split("role=\"tab\"")
        .skip(1)
        .map(|t| t.contains("tabindex=\"0\"") && t.find("tabindex=\"0\"") < t.find('>'))
        .collect();
    assert_eq!(tab_stops.iter().filter(|t| **t).count(), 1);
    for event in &story.timeline.events {
        assert!(
            html.contains(&format!("id=\"et-tab-{}\"", event.id)),
            "{}",
            event.id
        );
        assert!(
            html.contains(&format!("id=\"et-panel-{}\"", event.id)),
            "{}",
            event.id
        );
    }
    // Reported time phrases, never clock times.
    for phrase in ["overnight", "before dawn", "in morning", "later that day"] {
        assert!(html.contains(&format!(">{phrase}</span>")), "{phrase}");
    }
    assert!(!html.contains(":00"), "no invented clock times");
}

#[test]
fn every_citation_marker_is_a_named_button() {
    let html = idlib();
    let story = load(IDLIB_2014).unwrap();
    let t = &story.timeline;
    // The timeline first, then the summary (description and box), then the comparisons.
    let mut expected: Vec<u32> = Vec::new();
    t.events.iter().for_each(|e| {
        expected.extend(cited_numbers(&e.headline));
        expected.extend(cited_numbers(&e.text));
    });
    expected.extend(cited_numbers(&t.description));
    t.summary
        .iter()
        .for_each(|s| expected.extend(cited_numbers(&s.text)));
    // Comparison claims come after the events in the page.
    let claims: Vec<u32> = t
        .comparisons
        .iter()
        .flat_map(|c| c.claims.iter().flat_map(|cl| cited_numbers(&cl.text)))
        .collect();
    expected.extend(claims);
    let labels: Vec<u32> = attrs(&html, "aria-label")
        .into_iter()
        .filter_map(|l| l.strip_prefix("Citation "))
        .map(|n| n.parse().unwrap())
        .collect();
    assert_eq!(labels, expected);
    assert_eq!(html.matches("class=\"et-cite\"").count(), expected.len());
    assert_eq!(
        html.matches("aria-haspopup=\"dialog\"").count(),
        expected.len()
    );
}

#[test]
fn ids_are_unique_prefixed_and_names_have_no_markup() {
    for prefix in ["et", "w2"] {
        let html = render(
            None,
            Options {
                id_prefix: Some(prefix.into()),
                ..Options::default()
            },
        );
        let ids = attrs(&html, "id");
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "duplicate ids");
        assert!(ids.iter().all(|id| id.starts_with(&format!("{prefix}-"))));
        for label in attrs(&html, "aria-label") {
            assert!(!label.contains('<') && !label.contains('&'), "{label}");
        }
        for class_list in attrs(&html, "class") {
            for class in class_list.split_whitespace() {
                assert!(class.starts_with("et-"), "{class}");
            }
        }
    }
}

#[test]
fn summary_comparison_and_references_are_complete() {
    let html = idlib();
    for label in [
        "Date",
        "Place",
        "Result",
        "Belligerents (attackers)",
        "Commander (defenders)",
        "Strength (attackers)",
        "Casualties (civilians)",
    ] {
        assert!(html.contains(&format!("<dt>{label}</dt>")), "{label}");
    }
    // Two figures disagree: marked in the table, and again in each source's block (narrow).
    let table = html.split("class=\"et-claim-cards\"").next().unwrap();
    assert_eq!(table.matches("sources disagree").count(), 2);
    let claims = load(IDLIB_2014).unwrap().timeline.comparisons[0]
        .claims
        .len();
    assert_eq!(html.matches("sources disagree").count(), 2 * (1 + claims));
    for who in ["SOHR", "Al-Masdar", "al-Nusra Front (its own claim)"] {
        assert!(
            html.contains(&format!("<th scope=\"col\">{who}</th>")),
            "{who}"
        );
    }
    for n in 1..=10 {
        assert!(
            html.contains(&format!("id=\"et-ref-{n}\"")),
            "reference {n}"
        );
    }
    assert_eq!(
        html.matches("Details not given in the source text.")
            .count(),
        10
    );
    // Back links: reference 9 is cited by the power cut and the checkpoints events.
    let nine = html
        .split("id=\"et-ref-9\"")
        .nth(1)
        .unwrap()
        .split("</li></ul>")
        .next()
        .unwrap();
    assert!(nine.contains("href=\"#et-panel-power-cut\""));
    assert!(nine.contains("href=\"#et-panel-checkpoints-taken\""));
    // Every link inside the widget leads to an element of it, as the page without JavaScript
    // shows it (a back-link leads to the event's panel, which is listed there).
    let ids: HashSet<&str> = attrs(&html, "id").into_iter().collect();
    for href in attrs(&html, "href") {
        if let Some(target) = href.strip_prefix('#') {
            assert!(ids.contains(target), "no element for {href}");
        }
    }
}

#[test]
fn a_chosen_event_opens_first_and_themes_apply() {
    let html = render(
        None,
        Options {
            event: Some("power-cut".into()),
            theme: Some("dark".into()),
            ..Options::default()
        },
    );
    assert!(html.contains("et-root et-theme-dark"));
    assert!(!tag(&html, "et-panel-power-cut").contains("hidden"));
    assert!(tag(&html, "et-panel-overnight-attack").contains("hidden"));
    let tab = tag(&html, "et-tab-power-cut");
    assert!(
        tab.contains("aria-selected=\"true\"") && tab.contains("et-tab-selected"),
        "{tab}"
    );
}

#[test]
fn bad_data_shows_every_problem_instead_of_a_blank_widget() {
    let html = render(
        Some(
            r#"{"title": "", "events": [{"id": "A", "time": {}, "headline": "h", "text": "t[4]"}]}"#,
        ),
        Options {
            ..Options::default()
        },
    );
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("its data has 4 problems"), "{html}");
    assert!(html.contains("title: must not be empty"));
    assert!(
        html.contains("events[0].id: id &#x27;A&#x27; must be")
            || html.contains("events[0].id: id 'A' must be"),
        "{html}"
    );
}

#[test]
fn the_pre_rendered_demo_page_holds_every_statement_citation_and_reference() {
    let page = std::fs::read_to_string("index.html").unwrap();
    let (markup, rendered) = prerender_page(&page);
    assert_eq!(rendered, 1);
    let story = load(IDLIB_2014).unwrap();
    // The page's text without its tags (a citation keeps the word before it in one element).
    let page: String = markup
        .split('<')
        .map(|piece| piece.split_once('>').map_or(piece, |(_, text)| text))
        .collect();
    let text = |s: &str| {
        event_timeline::format::citation::plain_text(s)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    for event in &story.timeline.events {
        for part in [&event.headline, &event.text] {
            // Text pieces between citation markers all appear, in the page's own markup.
            for piece in event_timeline::format::citation::segments(part) {
                if let event_timeline::format::citation::Segment::Text(t) = piece {
                    let t = text(t.trim());
                    assert!(t.is_empty() || page.contains(&t), "missing: {t}");
                }
            }
        }
        for n in cited_numbers(&event.text) {
            assert!(
                markup.contains(&format!("href=\"#et-ref-{n}\"")),
                "no link to [{n}]"
            );
        }
    }
    for reference in &story.timeline.references {
        assert!(markup.contains(&format!("id=\"et-ref-{}\"", reference.id)));
    }
    // Hydration markers are there for the browser build.
    assert!(markup.contains("<!--<[event_timeline::components::timeline::Timeline]>-->"));
}

/// Markup, a script, quotes, an entity and bidi controls, as a data editor might paste them.
const HOSTILE: &str = "<script>alert(1)</script><img src=x onerror=\"alert(2)\"> \"q\" 'a' &amp; \u{202E}evil\u{202C} \u{2067}x\u{2069}";

#[test]
fn hostile_text_is_escaped_exactly_by_the_server_renderer() {
    let mut story: serde_json::Value =
        serde_json::from_str(include_str!("data/minimal.json")).unwrap();
    story["title"] = HOSTILE.into();
    story["events"][0]["headline"] = format!("{HOSTILE}[1]").into();
    let html = render(
        Some(&story.to_string()),
        Options {
            ..Options::default()
        },
    );
    // Text content needs `&`, `<` and `>` escaped, nothing else (as a browser serialises it).
    let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=\"alert(2)\"&gt; \"q\" 'a' &amp;amp; \u{202E}evil\u{202C} \u{2067}x\u{2069}";
    let title = tag(&html, "et-title");
    assert!(
        html.contains(&format!("{title}{escaped}</h2>")),
        "{}",
        &html[html.find(title).unwrap()..][..400]
    );
    // The tab's title is the headline without its citation marker.
    assert!(html.contains(&format!("<span class=\"et-tab-title\">{escaped}</span>")));
    assert!(!html.contains("<script>") && !html.contains("<img"));
}

#[test]
fn a_cited_headline_gives_plain_back_link_labels() {
    let mut story: serde_json::Value =
        serde_json::from_str(include_str!("data/minimal.json")).unwrap();
    story["events"][0]["headline"] = "Something begins[2]".into();
    let html = render(
        Some(&story.to_string()),
        Options {
            ..Options::default()
        },
    );
    let references = &html[html.find("class=\"et-ref-list\"").unwrap()..];
    assert!(
        references.contains("><bdi>Something begins</bdi></a>"),
        "{references}"
    );
    assert!(!references.contains("Something begins[2]"));
}

#[test]
fn a_part_of_a_day_is_dated_on_its_tab_only_when_the_story_has_several_dates() {
    assert!(!idlib().contains("et-tab-date"), "the raid is one day");
    let json = IDLIB_2014.replace(
        r#""date": "2014-10-27", "part": "later-that-day""#,
        r#""date": "2014-10-29", "part": "morning""#,
    );
    let html = render(Some(&json), Options::default());
    let tab = &html[html.find(r#"id="et-tab-buildings-recaptured""#).unwrap()..];
    let tab = &tab[..tab.find("</button>").unwrap()];
    assert!(
        tab.contains(r#"</span> <span class="et-tab-date">29 October 2014</span> <span"#),
        "{tab}"
    );
    // Every part of a day has its date, and the tab of "later" (no date of its own) none.
    assert_eq!(
        html.matches(r#"class="et-tab-date">27 October 2014<"#)
            .count(),
        6
    );
    assert_eq!(html.matches(r#"class="et-tab-date""#).count(), 7);
}

#[test]
fn the_host_sets_the_heading_level_and_each_time_follows_its_heading() {
    let html = idlib();
    assert!(tag(&html, "et-title").starts_with("<h2"));
    assert_eq!(html.matches(r#"<h4 class="et-panel-title">"#).count(), 9);
    let html = render(
        None,
        Options {
            heading_level: Some("3".into()),
            ..Options::default()
        },
    );
    assert!(
        tag(&html, "et-title").starts_with("<h3"),
        "{}",
        tag(&html, "et-title")
    );
    assert!(tag(&html, "et-events-heading").starts_with("<h4"));
    assert!(tag(&html, "et-references__heading").starts_with("<h4"));
    assert_eq!(html.matches(r#"<h5 class="et-panel-title">"#).count(), 9);
    assert!(!html.contains("<h2"));
    // Moving by headings reaches each event's time: it comes after the heading, not before.
    for panel in html.split(r#"role="tabpanel""#).skip(1) {
        let (heading, when) = (panel.find("et-panel-title"), panel.find("et-when"));
        assert!(heading.unwrap() < when.unwrap());
    }
}

/// Text as HTML escapes it, read back.
fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

#[test]
fn the_pre_rendered_page_says_to_machines_what_the_widget_shows() {
    let page = r#"<html lang="en"><body><event-timeline></event-timeline><event-timeline></event-timeline></body></html>"#;
    let (html, rendered) = prerender_page(page);
    assert_eq!(rendered, 2);
    const OPEN: &str = r#"<script type="application/ld+json">"#;
    assert_eq!(html.matches(OPEN).count(), 1, "once per page");
    let start = html.find(OPEN).unwrap() + OPEN.len();
    let json = &html[start..start + html[start..].find("</script>").unwrap()];
    let value: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(value["@context"], "https://schema.org");
    let title = &html[html.find(r#"id="et-title""#).unwrap()..];
    assert!(title.starts_with(&format!(
        r#"id="et-title" class="et-title">{}<"#,
        value["name"].as_str().unwrap()
    )));
    // "2014-10-27" as the English widget writes it.
    let in_words = |iso: &str| {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let parts: Vec<usize> = iso.split('-').map(|p| p.parse().unwrap()).collect();
        format!("{} {} {}", parts[2], MONTHS[parts[1] - 1], parts[0])
    };
    let items = value["itemListElement"].as_array().unwrap();
    assert_eq!(items.len(), 9);
    for item in items {
        let event = &item["item"];
        let id = event["@id"].as_str().unwrap().strip_prefix("#e-").unwrap();
        // The first widget's panel of this event.
        let panel = &html[html.find(&format!(r#"id="et-panel-{id}""#)).unwrap()..];
        let panel = &panel[..panel.find("class=\"et-nav\"").unwrap()];
        let heading = panel.split("class=\"et-panel-title\">").nth(1).unwrap();
        let heading = unescape(&heading[..heading.find("</h4>").unwrap()]);
        let name = event["name"].as_str().unwrap();
        assert!(heading.contains(name), "{heading} / {name}");
        // The date the panel shows beside a part of a day is the event's startDate.
        let shown = panel
            .split("class=\"et-when-date\">")
            .nth(1)
            .map(|d| &d[..d.find('<').unwrap()]);
        let date = event["startDate"].as_str().map(in_words);
        assert_eq!(shown.map(str::to_string), date, "{id}");
        // The references it cites are the panel's citations.
        let mut shown: Vec<String> = panel
            .split("class=\"et-cite\">[")
            .skip(1)
            .map(|c| format!("Reference {}", &c[..c.find(']').unwrap()]))
            .collect();
        shown.dedup();
        let cited: Vec<&str> = event["citation"].as_array().map_or(vec![], |c| {
            c.iter().map(|w| w["name"].as_str().unwrap()).collect()
        });
        assert_eq!(shown, cited, "{id}");
        if let Some(place) = event["location"]["name"].as_str() {
            assert!(
                unescape(panel).contains(&format!("<dd>{place}</dd>")),
                "{id}"
            );
        }
    }
}

#[test]
fn a_date_given_to_the_day_is_shown_without_doubt_and_the_raid_keeps_its_marks() {
    let json = IDLIB_2014.replace(
        r#""date": "2014-10-27", "part": "later-that-day", "phrase": "later that day""#,
        r#""at": "2014-10-27""#,
    );
    let html = render(Some(&json), Options::default());
    let panel = |id: &str| {
        let panel = &html[html.find(&format!(r#"id="et-panel-{id}""#)).unwrap()..];
        panel[..panel.find("class=\"et-nav\"").unwrap()].to_string()
    };
    assert!(panel("overnight-attack").contains("et-approx-badge"));
    let day = panel("buildings-recaptured");
    assert!(!day.contains("et-approx-badge"), "{day}");
    assert!(day.contains(">27 October 2014<"));
    let tab = tag(&html, "et-tab-buildings-recaptured");
    let tab = &html[html.find(tab).unwrap()..];
    assert!(!tab[..tab.find("</button>").unwrap()].contains("et-approx"));
}

#[test]
fn corrections_are_on_the_record_under_the_title_in_their_section_and_on_their_events() {
    let mut story: serde_json::Value =
        serde_json::from_str(include_str!("data/minimal.json")).unwrap();
    story["updates"] = serde_json::json!([
        { "date": "2020-05-03", "kind": "correction", "events": ["second"],
          "text": "An earlier version gave the wrong day.[2]" },
        { "date": "2020-06-10", "kind": "clarification", "events": ["second", "third"],
          "text": "Says who counted." },
        { "date": "2020-05-20", "kind": "update", "text": "Adds the third event." }
    ]);
    let html = render(Some(&story.to_string()), Options::default());
    // The latest day, under the title, links to the record.
    let header = &html[html.find("class=\"et-header\"").unwrap()..html.find("</header>").unwrap()];
    assert!(
        header.contains("<a href=\"#et-updates\">Updated 10 June 2020</a>"),
        "{header}"
    );
    // The record: newest first, each entry with its kind, day, text and the events it concerns.
    let record = &html[html.find("class=\"et-update-list\"").unwrap()..];
    let record = &record[..record.find("</ol>").unwrap()];
    let order: Vec<&str> = attrs(record, "id")
        .into_iter()
        .filter(|id| id.starts_with("et-upd-") && !id.contains('_'))
        .collect();
    assert_eq!(order, ["et-upd-2", "et-upd-3", "et-upd-1"]);
    assert!(record.contains("Correction</span> <span class=\"et-update-day\">3 May 2020</span>"));
    assert!(record.contains("aria-label=\"Citation 2\""), "{record}");
    assert!(record.contains("href=\"#et-panel-second\""));
    // Each event concerned links to its entries; an event none concerns has no mark.
    let second = &html[html.find("id=\"et-panel-second\"").unwrap()..];
    let second = &second[..second.find("class=\"et-nav\"").unwrap()];
    assert!(second.contains("<a href=\"#et-upd-1\">Correction, 3 May 2020</a>"));
    assert!(second.contains("<a href=\"#et-upd-2\">Clarification, 10 June 2020</a>"));
    let first = &html[html.find("id=\"et-panel-first\"").unwrap()..];
    let first = &first[..first.find("class=\"et-nav\"").unwrap()];
    assert!(!first.contains("et-event-updates"));
    // A story without updates says nothing of them.
    assert!(!idlib().contains("et-updated") && !idlib().contains("et-updates"));
}

#[test]
fn eras_are_bands_for_the_eye_and_a_list_for_everyone_else() {
    let mut story: serde_json::Value =
        serde_json::from_str(include_str!("data/minimal.json")).unwrap();
    story["eras"] = serde_json::json!([
        { "label": "The opening", "start": "2020-04-20", "end": "2020-05-01",
          "description": "Before the first event." }
    ]);
    let html = render(Some(&story.to_string()), Options::default());
    let bands = &html[html.find("class=\"et-bands").unwrap()..];
    let bands = &bands[..bands.find("class=\"et-track\"").unwrap()];
    assert!(bands.contains("et-band et-band-era"), "{bands}");
    assert!(bands.contains(">The opening</span>"));
    let list = &html[html.find("class=\"et-eras\"").unwrap()..];
    let list = &list[..list.find("</ul>").unwrap()];
    assert!(list.contains(
        "The opening</span> <span class=\"et-era-dates\">20 April 2020 – 1 May 2020</span>"
    ));
    assert!(list.contains("Before the first event."));
    assert!(!idlib().contains("et-eras"));
}

#[test]
fn an_event_that_lasted_says_until_when_in_its_panel() {
    let story = r#"{"title": "Held", "events": [
        {"id": "power-cut", "time": {"date": "2020-01-01", "part": "before-dawn"},
         "headline": "The power is cut"},
        {"id": "seized", "time": {"after": "power-cut", "phrase": "after the power cut"},
         "end": {"event": "retaken"}, "headline": "A building is seized"},
        {"id": "retaken", "time": {"date": "2020-01-01", "part": "later-that-day",
         "phrase": "later that day"}, "headline": "The building is retaken"},
        {"id": "siege", "time": {"at": "2020-01-02"}, "end": {"at": "2020-01-05"},
         "headline": "A siege"}]}"#;
    let html = render(Some(story), Options::default());
    let panel = |id: &str| {
        let start = html.find(&format!("id=\"et-panel-{id}\"")).unwrap();
        let end = html[start..].find("class=\"et-facts\"").unwrap();
        html[start..start + end].to_string()
    };
    // Until the event that ended it, in that event's own words, with its date when the start
    // gives none ("after the power cut") or another.
    let seized = panel("seized");
    assert!(
        seized
            .contains(r#"<span class="et-when-until">until later that day, 1 January 2020</span>"#),
        "{seized}"
    );
    let siege = panel("siege");
    assert!(siege.contains(">until 5 January 2020</span>"), "{siege}");
    assert!(!panel("power-cut").contains("et-when-until"));
}
