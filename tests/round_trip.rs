//! Random valid documents survive the whole path unchanged: written as JSON, shape-checked,
//! converted and validated, they read back as the same timeline. The shape tables, the
//! converter, the serialiser and the checker cannot drift apart without this failing.

#![cfg(not(target_arch = "wasm32"))]

use event_timeline::checker::load;
use event_timeline::format::time::{Moment, Placement};
use event_timeline::format::{
    Claim, Comparison, DayPart, Dir, Event, Figure, Group, Keyword, Media, MediaKind, Reference,
    SummaryItem, TimeForm, TimeSpec, TimelineData, Update, UpdateKind,
};
use proptest::prelude::*;

/// Text that is never blank and carries no citation marker.
fn words() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-ÿء-ي][A-Za-zÀ-ÿء-ي ,.'\"()&<>-]{0,24}".prop_map(|s| s.trim_end().to_string())
}

fn optional_words() -> impl Strategy<Value = Option<String>> {
    prop::option::of(words())
}

/// A time in one of the forms that need no other event: a date at some precision (`at`), or a
/// full date with a part of the day; sometimes with the source's phrase.
fn time() -> impl Strategy<Value = (TimeSpec, Placement)> {
    (
        (1000u32..2100, 1u32..=12, 1u32..=28, 0u32..24, 0u32..60),
        0u8..8,
        prop::sample::select(DayPart::WORDS.to_vec()),
        optional_words(),
    )
        .prop_map(|((y, m, d, h, mi), precision, (part, _), phrase)| {
            let form = match precision {
                0 => TimeForm::At { at: format!("{y}") },
                1 => TimeForm::At {
                    at: format!("{y}-{m:02}"),
                },
                2 => TimeForm::At {
                    at: format!("{y}-{m:02}-{d:02}"),
                },
                3 => TimeForm::At {
                    at: format!("{y}-{m:02}-{d:02}T{h:02}:{mi:02}"),
                },
                4 => TimeForm::DayPart {
                    date: format!("{y}-{m:02}-{d:02}"),
                    part,
                },
                5 => TimeForm::About {
                    about: format!("{y}"),
                },
                6 => TimeForm::Before {
                    before: format!("{y}-{m:02}"),
                },
                _ => TimeForm::Between {
                    between: format!("{y}"),
                    and: format!("{}", y + 1 + h),
                },
            };
            let placement = match &form {
                TimeForm::At { at } => Placement::exact(&Moment::parse(at).unwrap()),
                TimeForm::DayPart { date, part } => {
                    Placement::day_part(&Moment::parse(date).unwrap(), *part, None)
                }
                TimeForm::About { about } => Placement::about(&Moment::parse(about).unwrap(), None),
                TimeForm::Before { before } => {
                    Placement::before(&Moment::parse(before).unwrap(), None)
                }
                TimeForm::Between { between, and } => Placement::between(
                    &Moment::parse(between).unwrap(),
                    &Moment::parse(and).unwrap(),
                    None,
                ),
                TimeForm::After { .. } | TimeForm::Event { .. } => {
                    unreachable!("no event to follow")
                }
            };
            (TimeSpec { form, phrase }, placement)
        })
}

fn media() -> impl Strategy<Value = Media> {
    (
        any::<bool>(),
        "[a-z]{1,8}",
        words(),
        optional_words(),
        optional_words(),
    )
        .prop_map(|(image, path, words, caption, credit)| Media {
            kind: if image {
                MediaKind::Image
            } else {
                MediaKind::Link
            },
            url: format!("https://example.org/{path}"),
            alt: image.then(|| words.clone()),
            title: (!image).then_some(words),
            caption,
            credit,
        })
}

/// A text that cites some of the references `1..=n`.
fn cited(n: u32) -> impl Strategy<Value = String> {
    (words(), prop::collection::vec(1..=n.max(1), 0..3)).prop_map(move |(text, cites)| {
        let markers: String = if n == 0 {
            String::new()
        } else {
            cites.iter().map(|c| format!("[{c}]")).collect()
        };
        format!("{text}{markers}")
    })
}

fn event() -> impl Strategy<
    Value = (
        (TimeSpec, Placement),
        Option<Media>,
        Vec<String>,
        Option<String>,
    ),
> {
    (
        time(),
        prop::option::of(media()),
        prop::collection::vec(words(), 0..3),
        optional_words(),
    )
}

fn timeline() -> impl Strategy<Value = TimelineData> {
    (0u32..4).prop_flat_map(|refs| {
        (
            words(),
            prop::option::of(cited(refs)),
            prop::collection::vec((words(), cited(refs)), 0..3),
            prop::collection::vec((event(), cited(refs), prop::option::of(cited(refs))), 1..6),
            prop::option::of(prop::sample::select(vec!["en", "ar", "fr-CA"])),
            prop::option::of(prop::sample::select(vec![Dir::Ltr, Dir::Rtl])),
            prop::collection::vec(
                (
                    prop::sample::select(vec!["summary", "references", "later"]),
                    words(),
                ),
                0..3,
            ),
            prop::collection::vec(
                (optional_words(), prop::option::of("[a-z]{1,8}")),
                refs as usize,
            ),
            prop::option::of((words(), 0u64..50, 0u64..50, cited(refs))),
            prop::collection::vec(
                (
                    1u32..29,
                    prop::sample::select(vec![
                        UpdateKind::Correction,
                        UpdateKind::Update,
                        UpdateKind::Clarification,
                    ]),
                    cited(refs),
                    prop::collection::vec(0usize..6, 0..3),
                ),
                0..3,
            ),
        )
            .prop_map(
                |(
                    title,
                    description,
                    summary,
                    events,
                    lang,
                    dir,
                    messages,
                    references,
                    comparison,
                    updates,
                )| {
                    let count = events.len();
                    let mut events: Vec<(i64, Event)> = events
                        .into_iter()
                        .enumerate()
                        .map(
                            |(i, (((time, placement), media, sides, place), headline, text))| {
                                let key = placement.key;
                                let event = Event {
                                    id: format!("e-{i}"),
                                    time,
                                    headline,
                                    text: text.unwrap_or_default(),
                                    media,
                                    place,
                                    sides,
                                    attribution: None,
                                    track: None,
                                    end: None,
                                };
                                (key, event)
                            },
                        )
                        .collect();
                    events.sort_by_key(|(key, _)| *key);
                    // Every third event lasts until the next one happens.
                    for i in (0..events.len().saturating_sub(1)).step_by(3) {
                        let next = events[i + 1].1.id.clone();
                        events[i].1.end = Some(TimeSpec {
                            form: TimeForm::Event { event: next },
                            phrase: None,
                        });
                    }
                    let mut messages: Vec<(String, String)> = messages
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect();
                    messages.sort();
                    messages.dedup_by(|a, b| a.0 == b.0);
                    TimelineData {
                        schema: None,
                        lang: lang.map(str::to_string),
                        dir,
                        messages,
                        title,
                        description: description.unwrap_or_default(),
                        summary: summary
                            .into_iter()
                            .map(|(label, text)| SummaryItem { label, text })
                            .collect(),
                        events: events.into_iter().map(|(_, e)| e).collect(),
                        comparisons: comparison
                            .map(|(title, a, b, text)| Comparison {
                                id: "figures".into(),
                                title,
                                groups: vec![Group {
                                    id: "g".into(),
                                    label: "Counted".into(),
                                }],
                                claims: vec![Claim {
                                    id: "one".into(),
                                    attribution: "A source".into(),
                                    text,
                                    figures: vec![Figure {
                                        group: "g".into(),
                                        value: format!("{}–{}", a.min(b), a.max(b)),
                                        low: Some(a.min(b)),
                                        high: Some(a.max(b)),
                                    }],
                                }],
                            })
                            .into_iter()
                            .collect(),
                        references: references
                            .into_iter()
                            .enumerate()
                            .map(|(i, (title, path))| Reference {
                                id: i as u32 + 1,
                                title,
                                publisher: None,
                                date: None,
                                url: path.map(|p| format!("https://example.org/{p}")),
                            })
                            .collect(),
                        updates: updates
                            .into_iter()
                            .map(|(day, kind, text, concerned)| {
                                let mut ids: Vec<String> = Vec::new();
                                for i in concerned {
                                    let id = format!("e-{}", i % count);
                                    if !ids.contains(&id) {
                                        ids.push(id);
                                    }
                                }
                                Update {
                                    date: format!("2021-02-{day:02}"),
                                    kind,
                                    text,
                                    events: ids,
                                }
                            })
                            .collect(),
                        eras: Vec::new(),
                        tracks: Vec::new(),
                    }
                },
            )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_valid_documents_read_back_unchanged(timeline in timeline()) {
        let json = serde_json::to_string_pretty(&timeline).unwrap();
        let story = load(&json).map_err(|p| TestCaseError::fail(format!("{p:?}\n{json}")))?;
        prop_assert_eq!(&story.timeline, &timeline);
        // And the JSON it writes is the JSON it read.
        prop_assert_eq!(serde_json::to_string_pretty(&story.timeline).unwrap(), json);
    }
}
