//! What the pre-rendered page says of its story to machines: schema.org JSON-LD, so a search
//! engine reads the events with their dates, places and the references they cite, not only
//! the words. Built from the same story as the widget, and held to what the widget shows by a
//! test that reads both out of one pre-rendered page (`tests/render.rs`).

use serde_json::{json, Map, Value};

use crate::format::citation::{cited_numbers, plain_text};
use crate::format::{Event, Reference, Story, TimeForm};
use crate::view_model::fragment::event_fragment;

/// The story as a schema.org `ItemList` of `Event`s, each with the references it cites as
/// `CreativeWork`s, in a `<script type="application/ld+json">` whose every `<` is escaped, so
/// no text in it can end the script. Each event's `@id` is the fragment that selects it in the
/// widget with this id prefix (`#e-<id>` in the page's first).
pub fn json_ld(story: &Story, prefix: &str) -> String {
    let timeline = &story.timeline;
    let events: Vec<Value> = timeline
        .events
        .iter()
        .enumerate()
        .map(|(i, event)| {
            json!({
                "@type": "ListItem",
                "position": i + 1,
                "item": event_item(event, &timeline.references, prefix),
            })
        })
        .collect();
    let mut list = Map::new();
    list.insert("@context".into(), "https://schema.org".into());
    list.insert("@type".into(), "ItemList".into());
    list.insert("name".into(), timeline.title.clone().into());
    if !timeline.description.is_empty() {
        list.insert(
            "description".into(),
            plain_text(&timeline.description).into(),
        );
    }
    if let Some(lang) = &timeline.lang {
        list.insert("inLanguage".into(), lang.clone().into());
    }
    list.insert("numberOfItems".into(), events.len().into());
    list.insert("itemListElement".into(), events.into());
    let json = Value::Object(list).to_string().replace('<', "\\u003c");
    format!("<script type=\"application/ld+json\">{json}</script>")
}

/// One event: its headline and text without markers, its date as precise as the story gives
/// it (a part of a day gives its date; "after another event" gives none: the source says no
/// more), its place, and each reference it cites once.
fn event_item(event: &Event, references: &[Reference], prefix: &str) -> Value {
    let mut item = Map::new();
    item.insert("@type".into(), "Event".into());
    let fragment = event_fragment(prefix, &event.id);
    item.insert("@id".into(), format!("#{fragment}").into());
    item.insert("name".into(), plain_text(&event.headline).into());
    if !event.text.is_empty() {
        item.insert("description".into(), plain_text(&event.text).into());
    }
    // A date the data gives itself (a part of a day gives its date); a time relative to
    // another event gives none.
    let given = |form: &TimeForm| match form {
        TimeForm::At { at } => Some(at.clone()),
        TimeForm::DayPart { date, .. } => Some(date.clone()),
        TimeForm::After { .. }
        | TimeForm::Event { .. }
        | TimeForm::About { .. }
        | TimeForm::Before { .. }
        | TimeForm::Between { .. } => None,
    };
    if let Some(start) = given(&event.time.form) {
        item.insert("startDate".into(), start.into());
    }
    if let Some(end) = event.end.as_ref().and_then(|end| given(&end.form)) {
        item.insert("endDate".into(), end.into());
    }
    if let Some(place) = &event.place {
        item.insert(
            "location".into(),
            json!({ "@type": "Place", "name": place }),
        );
    }
    let mut cited: Vec<u32> = Vec::new();
    for n in event
        .cited_texts()
        .flat_map(|(_, text)| cited_numbers(text))
    {
        if !cited.contains(&n) {
            cited.push(n);
        }
    }
    let citations: Vec<Value> = cited
        .iter()
        .filter_map(|n| references.iter().find(|r| r.id == *n))
        .map(creative_work)
        .collect();
    if !citations.is_empty() {
        item.insert("citation".into(), citations.into());
    }
    Value::Object(item)
}

/// A reference as the source gives it: its title, publisher, date and link where given; a
/// reference the source gives only by number is named by it, as the widget names it.
fn creative_work(reference: &Reference) -> Value {
    let mut work = Map::new();
    work.insert("@type".into(), "CreativeWork".into());
    let name = reference
        .title
        .clone()
        .unwrap_or_else(|| format!("Reference {}", reference.id));
    work.insert("name".into(), name.into());
    if let Some(publisher) = &reference.publisher {
        work.insert(
            "publisher".into(),
            json!({ "@type": "Organization", "name": publisher }),
        );
    }
    if let Some(date) = &reference.date {
        work.insert("datePublished".into(), date.clone().into());
    }
    if let Some(url) = &reference.url {
        work.insert("url".into(), url.clone().into());
    }
    Value::Object(work)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checker::load;

    /// The JSON inside the script element, checked to be the script's whole content.
    fn parsed(script: &str) -> Value {
        let json = script
            .strip_prefix("<script type=\"application/ld+json\">")
            .and_then(|rest| rest.strip_suffix("</script>"))
            .expect("one script element");
        assert!(!json.contains('<'), "every < is escaped");
        serde_json::from_str(json).expect("valid JSON")
    }

    #[test]
    fn no_text_can_end_the_script_and_every_text_reads_back() {
        let json = crate::format::IDLIB_2014.replacen(
            "Al-Nusra Front attacks Idlib city and al-Mastouma",
            "</script><script>alert(1)</script> & <!-- more",
            1,
        );
        let script = json_ld(&load(&json).unwrap(), "et");
        assert_eq!(script.matches("</script>").count(), 1);
        let value = parsed(&script);
        assert_eq!(
            value["itemListElement"][0]["item"]["name"],
            "</script><script>alert(1)</script> & <!-- more"
        );
    }

    #[test]
    fn each_event_has_its_date_place_and_references_as_the_story_gives_them() {
        let json = crate::format::IDLIB_2014.replacen(
            r#"{ "id": 1 }"#,
            r#"{ "id": 1, "title": "The raid", "publisher": "An agency", "date": "2014-10-28", "url": "https://example.org/raid" }"#,
            1,
        );
        let story = load(&json).unwrap();
        let value = parsed(&json_ld(&story, "et"));
        assert_eq!(value["@type"], "ItemList");
        assert_eq!(value["numberOfItems"], 9);
        let first = &value["itemListElement"][0]["item"];
        assert_eq!(first["@id"], "#e-overnight-attack");
        assert_eq!(first["startDate"], "2014-10-27");
        assert_eq!(first["location"]["name"], "Idlib city and al-Mastouma");
        assert_eq!(first["citation"][0]["name"], "The raid");
        assert_eq!(first["citation"][0]["publisher"]["name"], "An agency");
        assert_eq!(first["citation"][0]["url"], "https://example.org/raid");
        // "Later (time not given)": no date the source does not give.
        let later = &value["itemListElement"][3]["item"];
        assert_eq!(later["@id"], "#e-hill-recaptured");
        assert!(later.get("startDate").is_none());
        // In a page's later widget, the fragment of that widget.
        let value = parsed(&json_ld(&story, "et2"));
        assert_eq!(
            value["itemListElement"][0]["item"]["@id"],
            "#et2-e-overnight-attack"
        );
        // A reference given only by its number is named as the widget names it.
        let bombings = &value["itemListElement"][1]["item"];
        assert_eq!(bombings["citation"][0]["name"], "Reference 5");
    }
}
