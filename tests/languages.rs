//! The widget in the reader's language, rendered natively: the language and direction it
//! carries, its own words from the message tables, and the story's text marked where its
//! language is not the widget's. (The browser tests check the layout and the keys.)

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::render::{render, Options};
use event_timeline::prerender::prerender_page;

const ARABIC: &str = include_str!("data/ar-story.json");
const FRENCH: &str = include_str!("data/fr-story.json");
const MINIMAL: &str = include_str!("data/minimal.json");

/// The options of a widget whose own words are in this language (the element's `lang`).
fn in_language(lang: &str) -> Options {
    Options {
        lang: Some(lang.into()),
        ..Default::default()
    }
}

/// The root element's start tag.
fn root(html: &str) -> &str {
    let at = html.find("class=\"et-root").unwrap();
    let start = html[..at].rfind('<').unwrap();
    &html[start..start + html[start..].find('>').unwrap()]
}

#[test]
fn an_arabic_story_is_right_to_left_in_arabic_words_and_digits() {
    let html = render(
        Some(ARABIC),
        Options {
            ..Default::default()
        },
    );
    let root = root(&html);
    assert!(
        root.contains(" lang=\"ar\"") && root.contains(" dir=\"rtl\""),
        "{root}"
    );
    for words in [
        ">الخط الزمني<",        // the events' heading
        ">المراجع<",            // References
        ">الحدث<",              // Event
        ">١ من ٥<",             // 1 of 5, in Arabic-Indic digits
        ">خلال الليل<",          // overnight, from the table
        ">٢٧ تشرين الأول ٢٠١٤<", // the date, Syrian month names
        ">ليلًا، خلال الهجوم<",    // the story's own phrase, as written
        "→ السابق",             // Previous, its arrow pointing to the start
        ">لاحقًا<",               // later
    ] {
        assert!(html.contains(words), "no {words}");
    }
    // Its text is the widget's language: nothing needs marking.
    assert!(!html.contains(" lang=\"en\""));
    assert!(!html.contains("Previous") && !html.contains("References"));
}

#[test]
fn an_english_story_in_an_arabic_widget_marks_its_own_text() {
    let html = render(None, in_language("ar"));
    let root = root(&html);
    assert!(
        root.contains(" lang=\"ar\"") && root.contains(" dir=\"rtl\""),
        "{root}"
    );
    assert!(html.contains("<h2 id=\"et-title\" lang=\"en\" dir=\"ltr\" class=\"et-title\">"));
    assert!(html.contains("<h4 lang=\"en\" dir=\"ltr\" class=\"et-panel-title\">"));
    assert!(html.contains(">المراجع<"));
}

#[test]
fn french_from_the_story_or_from_the_page() {
    let html = render(
        Some(FRENCH),
        Options {
            ..Default::default()
        },
    );
    assert!(
        root(&html).contains(" lang=\"fr\" dir=\"ltr\""),
        "{}",
        root(&html)
    );
    for words in [
        ">Références<",
        ">Chronologie<",
        "Suivant →",
        ">1 sur 4<",
        ">avant l’aube<",
        ">dans la nuit<",
    ] {
        assert!(html.contains(words), "no {words}");
    }
    // A story that names no language speaks the page's.
    let page =
        "<!doctype html><html lang=\"fr\"><body><event-timeline></event-timeline></body></html>";
    let html = render(
        Some(MINIMAL),
        Options {
            page_lang: Some("fr".into()),
            ..Default::default()
        },
    );
    assert!(html.contains(">Références<") && html.contains(">Résumé<"));
    // The pre-renderer reads the page's language and writes what it rendered with.
    let (built, _) = prerender_page(page);
    assert!(built.contains("data-page-lang=\"fr\""), "{built}");
}

#[test]
fn a_language_we_do_not_ship_speaks_english_or_the_story_s_own_words() {
    let html = render(Some(MINIMAL), in_language("de"));
    assert!(root(&html).contains(" lang=\"de\" dir=\"ltr\""));
    assert!(html.contains(">References<"));
    let mut story: serde_json::Value = serde_json::from_str(MINIMAL).unwrap();
    story["lang"] = "de".into();
    story["messages"] =
        serde_json::json!({ "references": "Quellen", "summary": "Zusammenfassung" });
    let html = render(
        Some(&story.to_string()),
        Options {
            ..Default::default()
        },
    );
    assert!(html.contains(">Quellen<") && html.contains(">Zusammenfassung<"));
}

#[test]
fn a_reference_date_the_format_reads_is_written_in_the_readers_words() {
    let story = FRENCH.replace(
        r#"[{ "id": 1 }, { "id": 2 }"#,
        r#"[{ "id": 1, "title": "Le raid", "date": "2014-10-28" },
            { "id": 2, "publisher": "Une agence", "date": "fin octobre" }"#,
    );
    let french = render(Some(&story), in_language("fr"));
    assert!(
        french.contains(">Le raid</span>. <span>28 octobre 2014</span>"),
        "{french}"
    );
    assert!(french.contains(">fin octobre<"));
    // In an English widget the date is English, outside the story's French; a date the format
    // does not read stays the source's words, marked French.
    let english = render(Some(&story), in_language("en"));
    assert!(
        english
            .contains(r#"<span lang="fr" dir="ltr">Le raid</span>. <span>28 October 2014</span>"#),
        "{english}"
    );
    assert!(english.contains(r#"<span lang="fr" dir="ltr">fin octobre</span>"#));
    assert!(!english.contains("2014-10-28"));
}
