//! Tests of `draft.rs`: every edit, in the order a person makes them, ends in a story the
//! checker accepts; undo and redo.

use super::super::history::{to_text, History};
use super::*;

#[test]
fn a_story_built_from_blank_passes_the_checker() {
    let h = History::new(blank()).after_all(&[
        Edit::Title("A made-up day".into()),
        Edit::AddReference,
        Edit::ReferenceField(0, "title", "A made-up source".into()),
        Edit::AddReference,
        Edit::ReferenceField(1, "title", "Another made-up source".into()),
        Edit::ReferenceField(1, "url", "https://example.org/two".into()),
        Edit::AddEvent,
        Edit::EventField(0, "at", "2020-05-01".into()),
        Edit::EventField(0, "headline", "The first thing".into()),
        Edit::EventField(0, "text", "It happened.[1]".into()),
        Edit::AddEvent,
        Edit::TimeForm(1, "part"),
        Edit::EventField(1, "part", "evening".into()),
        Edit::EventField(1, "headline", "The second thing".into()),
        Edit::AddEvent,
        Edit::TimeForm(2, "after"),
        Edit::EventField(2, "after", "event-2".into()),
        Edit::EventField(2, "headline", "The third thing".into()),
        Edit::EventField(2, "text", "Then this.[2]".into()),
    ]);
    let text = to_text(&h.now);
    let story = crate::checker::load(&text).unwrap_or_else(|p| panic!("{p:?}\n{text}"));
    assert_eq!(story.timeline.events.len(), 3);
    assert_eq!(
        story.timeline.events[1].time.form,
        TimeForm::DayPart {
            date: "2020-05-01".into(),
            part: DayPart::Evening
        }
    );
    assert!(text.contains("\"after\": \"event-2\""));
}

#[test]
fn undo_and_redo_cover_every_edit_and_typing_is_one_step() {
    let h = History::new(blank()).after_all(&[
        Edit::Title("A".into()),
        Edit::Title("AB".into()),
        Edit::Title("ABC".into()),
        Edit::AddEvent,
        Edit::EventField(0, "headline", "H".into()),
    ]);
    let h = h.undone();
    assert_eq!(h.now.events[0].headline, "");
    let h = h.undone();
    assert!(h.now.events.is_empty());
    assert_eq!(h.now.title, "ABC");
    let h = h.undone();
    assert_eq!(
        h.now.title, "",
        "three keystrokes in one field are one step"
    );
    assert!(!h.can_undo());
    let h = h.redone().redone().redone();
    assert_eq!(h.now.events[0].headline, "H");
    assert!(!h.can_redo());
    // A new edit after an undo forgets what was undone.
    let h = h.undone().edited(&Edit::Description("D".into()));
    assert!(!h.can_redo());
}

#[test]
fn events_move_and_go_and_references_number_themselves() {
    let mut h = History::new(blank());
    for k in 0..3 {
        h = h.edited(&Edit::AddEvent);
        h = h.edited(&Edit::EventField(k, "headline", format!("H{k}")));
    }
    let ids: Vec<_> = h.now.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["event-1", "event-2", "event-3"]);
    let h = h
        .edited(&Edit::MoveEvent(2, 0))
        .edited(&Edit::RemoveEvent(1));
    let heads: Vec<_> = h.now.events.iter().map(|e| e.headline.as_str()).collect();
    assert_eq!(heads, ["H2", "H1"]);
    let h = h.edited(&Edit::AddReference).edited(&Edit::AddReference);
    assert_eq!(
        h.now.references.iter().map(|r| r.id).collect::<Vec<_>>(),
        [1, 2]
    );
    // Out of range changes nothing.
    assert_eq!(h.edited(&Edit::RemoveEvent(9)).now, h.now);
}

#[test]
fn sides_one_per_line_attribution_and_a_picture_with_its_alt_text() {
    let h = History::new(blank()).after_all(&[
        Edit::AddEvent,
        Edit::EventField(0, "sides", "Army\n\n  Rebels \n".into()),
        Edit::EventField(0, "attribution", "A witness".into()),
        Edit::MediaField(0, "kind", "image".into()),
        Edit::MediaField(0, "url", "https://example.org/a.jpg".into()),
        Edit::MediaField(0, "alt", "A square in the rain".into()),
    ]);
    let e = &h.now.events[0];
    assert_eq!(e.sides, ["Army", "Rebels"]);
    assert_eq!(e.attribution.as_deref(), Some("A witness"));
    let m = e.media.as_ref().unwrap();
    assert_eq!(
        (m.kind, m.alt.as_deref()),
        (MediaKind::Image, Some("A square in the rain"))
    );
    let h = h.edited(&Edit::MediaField(0, "kind", "none".into()));
    assert!(h.now.events[0].media.is_none());
}

#[test]
fn ends_eras_and_tracks_pass_the_checker() {
    let h = History::new(blank()).after_all(&[
        Edit::Title("T".into()),
        Edit::AddTrack,
        Edit::TrackField(0, "label", "The army".into()),
        Edit::AddEra,
        Edit::EraField(0, "label", "The siege".into()),
        Edit::EraField(0, "start", "2020-01".into()),
        Edit::EraField(0, "end", "2020-03".into()),
        Edit::AddEvent,
        Edit::EventField(0, "at", "2020-01-05".into()),
        Edit::EventField(0, "headline", "The siege begins".into()),
        Edit::EventField(0, "track", "track-1".into()),
        Edit::AddEvent,
        Edit::EventField(1, "at", "2020-02-20".into()),
        Edit::EventField(1, "headline", "The siege ends".into()),
        Edit::EndForm(0, "event"),
        Edit::EndField(0, "event", "event-2".into()),
    ]);
    let text = to_text(&h.now);
    let story = crate::checker::load(&text).unwrap_or_else(|p| panic!("{p:?}\n{text}"));
    assert!(story.placements[0].until.is_some());
    assert_eq!(story.timeline.eras[0].label, "The siege");
    assert_eq!(story.timeline.events[0].track.as_deref(), Some("track-1"));
    let h = h
        .edited(&Edit::EndForm(0, "none"))
        .edited(&Edit::RemoveEra(0))
        .edited(&Edit::RemoveTrack(0));
    assert!(h.now.events[0].end.is_none() && h.now.eras.is_empty() && h.now.tracks.is_empty());
}

#[test]
fn a_time_changing_form_keeps_its_value() {
    let h = History::new(blank()).after_all(&[
        Edit::AddEvent,
        Edit::EventField(0, "at", "1820".into()),
        Edit::TimeForm(0, "about"),
    ]);
    assert_eq!(
        h.now.events[0].time.form,
        TimeForm::About {
            about: "1820".into()
        }
    );
    let h = h
        .edited(&Edit::TimeForm(0, "between"))
        .edited(&Edit::EventField(0, "and", "1830".into()));
    assert_eq!(
        time_fields(&h.now.events[0].time.form),
        [("between", "1820".to_string()), ("and", "1830".to_string())]
    );
}
