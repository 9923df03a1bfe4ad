//! The importer on TimelineJS3's own templates (tests/data/timelinejs/) and on broken input.

#![cfg(not(target_arch = "wasm32"))]

use event_timeline::checker::load;
use event_timeline::format::{Event, Keyword, MediaKind, TimeForm};
use event_timeline::import::{import, Failure, Imported, Input};

/// The exact time an imported event is given (the importer writes every time as `at`).
fn at(event: &Event) -> Option<&str> {
    match &event.time.form {
        TimeForm::At { at } => Some(at),
        _ => None,
    }
}

fn template(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/data/timelinejs/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(path).unwrap()
}

fn notes_of(imported: &Imported) -> String {
    imported.notes.iter().map(|n| format!("{n}\n")).collect()
}

/// Every converted story passes the checker, and its JSON reads back as the same story.
fn checked(imported: &Imported) {
    let json = serde_json::to_string_pretty(&imported.story.timeline).unwrap();
    let story = load(&json).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(story.timeline, imported.story.timeline);
}

#[test]
fn the_spreadsheet_template_converts_with_its_links_and_pictures() {
    let imported = import(&template("my-own-timeline.csv"), Input::Csv, "x").unwrap();
    checked(&imported);
    let t = &imported.story.timeline;
    assert_eq!(t.title, "MY OWN CSV");
    assert!(t
        .description
        .starts_with("In this sample timeline, we'll walk you through"));
    let ada = t
        .events
        .iter()
        .find(|e| e.headline == "Ada Lovelace")
        .unwrap();
    assert_eq!(ada.id, "ada-lovelace");
    assert_eq!(at(ada), Some("1815-12-10"));
    // Its links are references, cited where they stood.
    assert!(ada.text.starts_with(
        "Women have been programming since before it was a thing. Take Ada Lovelace["
    ));
    let cited = event_timeline::format::citation::cited_numbers(&ada.text);
    let first = t.references.iter().find(|r| r.id == cited[0]).unwrap();
    assert_eq!(
        first.url.as_deref(),
        Some("https://en.wikipedia.org/wiki/Ada_Lovelace")
    );
    assert_eq!(first.title.as_deref(), Some("Ada Lovelace"));
    // The portrait is shown, described by its caption; the caption's link is a citation.
    let media = ada.media.as_ref().unwrap();
    assert_eq!(media.kind, MediaKind::Image);
    assert_eq!(
        media.alt.as_deref(),
        Some("Portrait by Alfred Edward Chalon")
    );
    assert!(media
        .caption
        .as_deref()
        .unwrap()
        .starts_with("Portrait by Alfred Edward Chalon["));
    assert_eq!(media.credit.as_deref(), Some("Wikimedia Commons"));
    // In time order, which the spreadsheet is not.
    let keys: Vec<&str> = t.events.iter().map(|e| at(e).unwrap()).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let notes = notes_of(&imported);
    // Ada Lovelace's life, 10 December 1815 to 27 November 1852, is a span.
    let ada = t
        .events
        .iter()
        .find(|e| e.headline == "Ada Lovelace")
        .unwrap();
    assert_eq!(
        ada.end.as_ref().map(|e| &e.form),
        Some(&TimeForm::At {
            at: "1852-11-27".into()
        })
    );
    assert!(!notes.contains("end date"), "{notes}");
    assert!(notes.contains("background is not carried over"), "{notes}");
    assert!(
        notes.contains("becomes a link: the widget never embeds"),
        "{notes}"
    );
}

#[test]
fn the_media_template_keeps_pictures_and_links_every_other_medium() {
    let imported = import(&template("all-media-types.json"), Input::Json, "x").unwrap();
    checked(&imported);
    let t = &imported.story.timeline;
    assert_eq!(t.title, "TimelineJS Media Types");
    let youtube = t
        .events
        .iter()
        .find(|e| e.headline == "YouTube Videos")
        .unwrap();
    let media = youtube.media.as_ref().unwrap();
    assert_eq!(
        (media.kind.key(), media.url.as_str()),
        ("link", "https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s")
    );
    assert_eq!(at(youtube), Some("1901"));
    // A link is named by what it shows, not by its host.
    let words = media.title.as_deref().unwrap();
    assert!(
        !words.starts_with("www.") && !words.starts_with("m.youtube"),
        "{words}"
    );
    for e in &t.events {
        if let Some(m) = e.media.as_ref().filter(|m| m.kind == MediaKind::Link) {
            let title = m.title.as_deref().unwrap();
            let host = m.url.split("//").nth(1).unwrap().split('/').next().unwrap();
            assert_ne!(title, host, "{}", e.headline);
        }
    }
    // Every picture shown is https and described; nothing is markup.
    for e in &t.events {
        if let Some(m) = e.media.as_ref().filter(|m| m.kind == MediaKind::Image) {
            assert!(m.url.starts_with("https://") && !m.alt.as_deref().unwrap().is_empty());
        }
        for text in [&e.headline, &e.text] {
            assert!(!text.contains('<') || !text.contains('>'), "{text}");
        }
    }
    assert!(t
        .events
        .iter()
        .any(|e| e.media.as_ref().is_some_and(|m| m.kind == MediaKind::Image)));
    let notes = notes_of(&imported);
    assert!(
        notes.contains(
            "title \"TimelineJS Media Types\": the title slide's media is not carried over"
        ),
        "{notes}"
    );
    assert!(
        notes.contains("HTML reduced to text (<code>, <p>, <span>)"),
        "{notes}"
    );
}

#[test]
fn eras_arrive_whole_and_years_keep_their_precision() {
    let imported = import(&template("eras.json"), Input::Json, "x").unwrap();
    checked(&imported);
    let t = &imported.story.timeline;
    assert_eq!(at(&t.events[0]), Some("0602"));
    // A year stays a year, a day a day.
    let ats: Vec<&str> = t.events.iter().map(|e| at(e).unwrap()).collect();
    assert!(
        ats.contains(&"0604") && ats.contains(&"0622-08-09"),
        "{ats:?}"
    );
    // Every era, with its label and its years as given.
    let eras: Vec<(&str, &str, &str)> = t
        .eras
        .iter()
        .map(|e| (e.label.as_str(), e.start.as_str(), e.end.as_str()))
        .collect();
    assert_eq!(
        eras,
        [
            ("Era Test 650-700", "0650", "0700"),
            ("Era Test 600-650", "0600", "0650"),
            ("Era Test 700-720", "0700", "0720"),
        ]
    );
    assert!(
        !notes_of(&imported).contains("era"),
        "{}",
        notes_of(&imported)
    );
}

#[test]
fn an_era_without_a_label_or_ending_before_it_starts_is_listed_not_carried() {
    let file = br#"{ "events": [{ "start_date": { "year": 2000 }, "text": { "headline": "E" } }],
        "eras": [
          { "start_date": { "year": 2001 }, "end_date": { "year": 1999 }, "text": { "headline": "Backwards" } },
          { "start_date": { "year": 2001 }, "end_date": { "year": 2002 } },
          { "start_date": { "year": 2001 }, "text": { "headline": "No end" } }
        ] }"#;
    let imported = import(file, Input::Json, "x").unwrap();
    checked(&imported);
    assert!(imported.story.timeline.eras.is_empty());
    let notes = notes_of(&imported);
    assert!(
        notes.contains("it ends (1999) before it starts (2001)"),
        "{notes}"
    );
    assert!(
        notes.contains("an era needs a headline for its label"),
        "{notes}"
    );
    assert!(notes.contains("it has no end date"), "{notes}");
}

fn csv(rows: &str) -> Result<Imported, Failure> {
    import(
        format!("Year,Month,Day,Time,Headline,Text\n{rows}").as_bytes(),
        Input::Csv,
        "Mine",
    )
}

#[test]
fn broken_rows_are_left_out_each_with_its_reason() {
    let imported = csv(
        "2014,13,1,,Bad month,x\n2014,Sept,,,Word month,x\n,,,,No date,x\n\
         2014,10,27,,,No headline\n0,,,,Year zero,x\n2014,2,30,,No such day,x\n\
         2014,10,27,0:00,Kept,At midnight [5] as written\n",
    )
    .unwrap();
    checked(&imported);
    let t = &imported.story.timeline;
    assert_eq!(t.title, "Mine");
    assert_eq!(t.events.len(), 1);
    assert_eq!(at(&t.events[0]), Some("2014-10-27T00:00"));
    assert_eq!(t.events[0].text, "At midnight (5) as written");
    let notes = notes_of(&imported);
    for expected in [
        "line 2 \"Bad month\": not carried over: its date is impossible: '2014-13-01': month 13 is not between 01 and 12",
        "line 3 \"Word month\": not carried over: its month 'Sept' is not a whole number",
        "line 4 \"No date\": not carried over: it has no start date",
        "line 5: not carried over: it has no headline",
        "line 6 \"Year zero\": not carried over: its year is 0, which no calendar has",
        "line 7 \"No such day\": not carried over: its date is impossible",
        "'[5]' would read as a citation: written as (5)",
        "the file: it has no title slide: the story is titled \"Mine\"",
    ] {
        assert!(notes.contains(expected), "{expected}\n---\n{notes}");
    }
}

#[test]
fn unusable_files_get_one_clear_error() {
    let not_utf8_failure = import(b"Year,Headline\n2014,Caf\xe9\n", Input::Csv, "x").unwrap_err();
    let not_utf8 = not_utf8_failure.why;
    assert!(
        not_utf8.starts_with("byte 22 (line 2) is not UTF-8"),
        "{not_utf8}"
    );
    let wrong_columns_failure = import(b"Date,Title\n2014,x\n", Input::Csv, "x").unwrap_err();
    let wrong_columns = wrong_columns_failure.why;
    assert!(
        wrong_columns.contains("no column year, headline"),
        "{wrong_columns}"
    );
    // With every reason: a story none of whose events can be carried over is refused, and
    // says why for each.
    let nothing_left_failure = csv("2014,13,,,Bad,x\n0,,,,Year zero,x\n").unwrap_err();
    let reasons: Vec<String> = nothing_left_failure
        .notes
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("line 2 \"Bad\": not carried over")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("its year is 0")),
        "{reasons:?}"
    );
    let nothing_left = nothing_left_failure.why;
    assert!(
        nothing_left.starts_with("no event could be carried over"),
        "{nothing_left}"
    );
    let not_json_failure = import(b"{ \"events\": [", Input::Json, "x").unwrap_err();
    let not_json = not_json_failure.why;
    assert!(not_json.contains("not JSON"), "{not_json}");
    let no_events_failure = import(b"{ \"title\": {} }", Input::Json, "x").unwrap_err();
    let no_events = no_events_failure.why;
    assert!(no_events.contains("no 'events' list"), "{no_events}");
}

#[test]
fn unknown_columns_and_fields_are_reported_once() {
    let imported = import(
        b"Year,Headline,Mood\n2014,One,calm\n2015,Two,tense\n",
        Input::Csv,
        "x",
    )
    .unwrap();
    assert_eq!(
        notes_of(&imported)
            .matches("column 'Mood' is not carried over")
            .count(),
        1
    );
    let imported = import(
        br#"{ "events": [{ "start_date": { "year": 2014, "second": "5", "display_date": "Autumn 2014" }, "text": { "headline": "<b>A</b> &amp; B" }, "colour": "red" }], "extra": 1 }"#,
        Input::Json,
        "x",
    )
    .unwrap();
    checked(&imported);
    assert_eq!(imported.story.timeline.events[0].headline, "A & B");
    // A display date on the start date is the source's own words for the time.
    assert_eq!(
        imported.story.timeline.events[0].time.phrase.as_deref(),
        Some("Autumn 2014")
    );
    let notes = notes_of(&imported);
    assert!(
        notes.contains("field 'extra' is not carried over"),
        "{notes}"
    );
    assert!(
        notes.contains("field 'colour' is not carried over"),
        "{notes}"
    );
    assert!(notes.contains("seconds dropped from the date"), "{notes}");
}

#[test]
fn character_references_in_a_timelinejs_text_come_out_as_characters() {
    let story = br#"{
      "title": { "text": { "headline": "R&eacute;sum&eacute;", "text": "" } },
      "events": [{
        "start_date": { "year": "1900" },
        "text": { "headline": "Voil&agrave;&nbsp;tout",
                  "text": "<p>A dash &#x2014; and more&hellip; &#8220;quoted&#8221;</p>" }
      }]
    }"#;
    let imported = import(story, Input::Json, "x").unwrap();
    checked(&imported);
    let t = &imported.story.timeline;
    assert_eq!(t.title, "Résumé");
    assert_eq!(t.events[0].headline, "Voilà tout");
    assert_eq!(t.events[0].text, "A dash — and more… “quoted”");
}

#[test]
fn timelinejs_files_are_told_from_our_format_by_their_content() {
    use event_timeline::import::recognise;
    let text = |name: &str| String::from_utf8(template(name)).unwrap();
    assert_eq!(recognise(&text("all-media-types.json")), Some(Input::Json));
    assert_eq!(recognise(&text("eras.json")), Some(Input::Json));
    assert_eq!(recognise(&text("my-own-timeline.csv")), Some(Input::Csv));
    // A sheet saved by Excel: a byte order mark, Windows line ends, the header in capitals.
    assert_eq!(
        recognise("\u{feff}YEAR,Month,HEADLINE\r\n2014,10,x\r\n"),
        Some(Input::Csv)
    );
    // Our own format, a story with a title slide but our events, and anything else: not theirs.
    let raid = std::fs::read_to_string(format!(
        "{}/data/idlib-2014.json",
        env!("CARGO_MANIFEST_DIR")
    ));
    assert_eq!(recognise(&raid.unwrap()), None);
    for other in [
        "",
        "{",
        "[1, 2]",
        "Date,Title\n2014,x\n",
        r#"{"title": "x", "events": []}"#,
    ] {
        assert_eq!(recognise(other), None, "{other}");
    }
}

#[test]
fn a_timelinejs_file_given_to_the_widget_shows_with_its_report_for_the_console() {
    use event_timeline::import::for_widget;
    let csv = String::from_utf8(template("my-own-timeline.csv")).unwrap();
    let (story, report) = for_widget(&csv, Input::Csv);
    let story = story.unwrap();
    let imported = import(csv.as_bytes(), Input::Csv, "Timeline").unwrap();
    assert_eq!(story, imported.story);
    let report = report.unwrap();
    assert!(
        report.starts_with("event-timeline: read a TimelineJS3 spreadsheet saved as CSV"),
        "{report}"
    );
    for note in &imported.notes {
        assert_eq!(report.matches(&format!("\n- {note}")).count(), 1, "{note}");
    }
    // Nothing to show: every reason, then why, as the widget's problems.
    let (failed, report) = for_widget("Year,Headline\n0,Year zero\n", Input::Csv);
    let problems: Vec<String> = failed.unwrap_err().iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("its year is 0"), "{problems:?}");
    assert!(
        problems[1].contains("spreadsheet saved as CSV that could not be converted: no event"),
        "{problems:?}"
    );
    assert!(report.unwrap().contains("its year is 0"));
    // Bytes a browser could not decode are named.
    let (_, report) = for_widget("Year,Headline\n2014,Caf\u{fffd}\n", Input::Csv);
    assert!(report.unwrap().contains("not UTF-8"));
}

#[test]
fn groups_become_tracks_in_the_order_they_first_appear() {
    let imported = csv_with(
        "Year,Headline,Text,Group\n\
         2014,One,x,Army\n2015,Two,x,<b>Rebels</b> &amp; allies\n2016,Three,x,Army\n2017,Four,x,\n",
    );
    checked(&imported);
    let t = &imported.story.timeline;
    let tracks: Vec<(&str, &str)> = t
        .tracks
        .iter()
        .map(|k| (k.id.as_str(), k.label.as_str()))
        .collect();
    assert_eq!(
        tracks,
        [("army", "Army"), ("rebels-allies", "Rebels & allies")]
    );
    let of: Vec<Option<&str>> = t.events.iter().map(|e| e.track.as_deref()).collect();
    assert_eq!(
        of,
        [Some("army"), Some("rebels-allies"), Some("army"), None]
    );
    assert!(
        !notes_of(&imported).contains("group"),
        "{}",
        notes_of(&imported)
    );
    // Names that make the same id, or none, still get ids of their own.
    let same = csv_with("Year,Headline,Group\n2014,One,A b\n2015,Two,a-B\n2016,Three,!!\n");
    let ids: Vec<&str> = same
        .story
        .timeline
        .tracks
        .iter()
        .map(|k| k.id.as_str())
        .collect();
    assert_eq!(ids, ["a-b", "a-b-2", "track"]);
}

fn csv_with(text: &str) -> Imported {
    import(text.as_bytes(), Input::Csv, "x").unwrap()
}

#[test]
fn end_dates_become_ends_as_precise_as_given_unless_before_the_start() {
    let imported = csv_with(
        "Year,Month,Day,End Year,End Month,End Day,Headline\n\
         1815,12,10,1852,11,27,A life\n\
         1900,,,1901,3,,A span of months\n\
         1950,5,1,1950,4,30,Ends before it starts\n\
         1960,,,,5,,An end without a year\n",
    );
    checked(&imported);
    let ends: Vec<Option<String>> = imported
        .story
        .timeline
        .events
        .iter()
        .map(|e| {
            e.end.as_ref().map(|end| match &end.form {
                TimeForm::At { at } => at.clone(),
                other => panic!("{other:?}"),
            })
        })
        .collect();
    assert_eq!(
        ends,
        [
            Some("1852-11-27".into()),
            Some("1901-03".into()),
            None,
            None
        ]
    );
    let notes = notes_of(&imported);
    assert!(
        notes.contains("line 4 \"Ends before it starts\": end date 1950-04-30 dropped: it is before the start (1950-05-01)"),
        "{notes}"
    );
    assert!(
        notes.contains("line 5 \"An end without a year\": end date dropped: it has no year"),
        "{notes}"
    );
    // The span is drawn to the end of its last day.
    let life = &imported.story.placements[0];
    assert_eq!(
        life.end,
        Some(
            event_timeline::format::Moment::parse("1852-11-27")
                .unwrap()
                .end_minute()
        )
    );
}

#[test]
fn the_cosmic_templates_arrive_whole_from_the_big_bang_to_hubble() {
    for (file, count) in [("cosmo.json", 7), ("cosmo-mixed.json", 11)] {
        let imported = import(&template(file), Input::Json, "x").unwrap();
        checked(&imported);
        let t = &imported.story.timeline;
        assert_eq!(t.events.len(), count, "{file}: {}", notes_of(&imported));
        assert_eq!(at(&t.events[0]), Some("-13800000000"), "{file}");
    }
    let mixed = import(&template("cosmo-mixed.json"), Input::Json, "x").unwrap();
    let times: Vec<&str> = mixed.story.timeline.events.iter().filter_map(at).collect();
    assert_eq!(
        times,
        [
            "-13800000000",
            "-4600000000",
            "-540000000",
            "-300000",
            "-3500",
            "-300",
            "1021",
            "1609-11",
            "1826",
            "1969-07-20",
            "1990-04-25"
        ]
    );
    // The Paleozoic lasted: its end date is its end.
    let cosmo = import(&template("cosmo.json"), Input::Json, "x").unwrap();
    let paleozoic = cosmo
        .story
        .timeline
        .events
        .iter()
        .find(|e| e.headline.starts_with("Paleozoic"))
        .unwrap();
    assert_eq!(
        paleozoic.end.as_ref().map(|e| &e.form),
        Some(&TimeForm::At {
            at: "-251902000".into()
        })
    );
}
