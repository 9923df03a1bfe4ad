//! The studio's form: every field of a story it edits, each a plain function returning `Html`
//! that reports a change as an [`Edit`], and says its own problems under it.

use yew::prelude::*;

use super::comparisons::Part;
use super::draft::{form_name, time_fields, Edit, TIME_FORMS};
use crate::browser::field_value;
use crate::format::{DayPart, Keyword, TimeSpec, TimelineData};

/// Each form field's problems in words, by the field's id.
pub type FieldProblems = std::collections::HashMap<String, String>;

/// A labelled text field that reports each keystroke as an edit (`dir="auto"`: Arabic and
/// Hebrew read right to left as typed).
fn field(
    problems: &FieldProblems,
    id: String,
    label: &str,
    value: &str,
    long: bool,
    edit: Callback<String>,
) -> Html {
    let oninput = Callback::from(move |e: InputEvent| edit.emit(field_value(&e)));
    // What is wrong here, said under the field and with it (aria-describedby).
    let wrong = problems.get(&id);
    let described = wrong.map(|_| format!("{id}-problem"));
    let invalid = wrong.map(|_| "true");
    html! {
        <div class="st-field">
            <label for={id.clone()}>{ label }</label>
            if long {
                <textarea id={id.clone()} dir="auto" rows="3" value={value.to_string()} aria-invalid={invalid} aria-describedby={described.clone()} {oninput} />
            } else {
                <input id={id.clone()} dir="auto" type="text" value={value.to_string()} aria-invalid={invalid} aria-describedby={described.clone()} {oninput} />
            }
            if let Some(wrong) = wrong {
                <p class="st-field-problem" id={described}>{ wrong.clone() }</p>
            }
        </div>
    }
}

/// The forms an end takes: none, a start's, or when another event happened.
const END_FORMS: [&str; 8] = [
    "none", "at", "part", "after", "about", "before", "between", "event",
];

/// A time's inputs: the form it takes (`forms`), that form's fields, and the source's words for
/// it; ids from `prefix` (`st-events-0-`, `st-events-0-end-`).
fn time_inputs(
    problems: &FieldProblems,
    prefix: String,
    label: &str,
    forms: &[&'static str],
    time: Option<&TimeSpec>,
    set_form: Callback<&'static str>,
    set_field: Callback<(&'static str, String)>,
) -> Html {
    let id = |name: &str| format!("{prefix}{name}");
    let current = time.map_or("none", |t| form_name(&t.form));
    let choices = forms.to_vec();
    let onchange = Callback::from(move |ev: Event| {
        let chosen = field_value(&ev);
        if let Some(name) = choices.iter().find(|f| **f == chosen) {
            set_form.emit(name);
        }
    });
    let set = |name: &'static str| set_field.reform(move |v: String| (name, v));
    let fields = time.map(|t| time_fields(&t.form)).unwrap_or_default();
    let inputs = fields.into_iter().map(|(name, value)| {
        if name == "part" {
            let onchange = set("part").reform(|ev: Event| field_value(&ev));
            return html! {
                <div class="st-field">
                    <label for={id("part")}>{ "Part of the day" }</label>
                    <select id={id("part")} {onchange}>
                        { for DayPart::WORDS.iter().map(|(_, w)| html! { <option value={*w} selected={*w == value}>{ *w }</option> }) }
                    </select>
                </div>
            };
        }
        let label = match name {
            "at" => "When (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
            "date" => "Date (YYYY-MM-DD)",
            "after" => "After the event with the id",
            "about" => "About (a moment)",
            "before" => "Before (a moment)",
            "between" => "Between (the earlier moment)",
            "and" => "And (the later moment)",
            _ => "When the event with this id happened",
        };
        field(problems, id(name), label, &value, false, set(name))
    });
    let phrase = time.map(|t| {
        field(
            problems,
            id("phrase"),
            "The source's words for it (optional)",
            t.phrase.as_deref().unwrap_or(""),
            false,
            set("phrase"),
        )
    });
    html! {
        <>
            <div class="st-field">
                <label for={id("form")}>{ label.to_string() }</label>
                <select id={id("form")} {onchange}>
                    { for forms.iter().map(|f| html! { <option value={*f} selected={*f == current}>{ *f }</option> }) }
                </select>
            </div>
            { for inputs }
            { phrase.unwrap_or_default() }
        </>
    }
}

/// One event's fieldset: its fields, its time in any of the format's forms, and the buttons
/// that move or remove it.
fn event_fields(
    problems: &FieldProblems,
    story: &TimelineData,
    i: usize,
    on: &Callback<Edit>,
) -> Html {
    let e = &story.events[i];
    let edit = |name: &'static str| on.reform(move |v: String| Edit::EventField(i, name, v));
    let id = |name: &str| format!("st-events-{i}-{name}");
    let start = time_inputs(
        problems,
        id(""),
        "Time given as",
        &TIME_FORMS,
        Some(&e.time),
        on.reform(move |name| Edit::TimeForm(i, name)),
        on.reform(move |(name, v)| Edit::EventField(i, name, v)),
    );
    let end = time_inputs(
        problems,
        id("end-"),
        "Ends (optional)",
        &END_FORMS,
        e.end.as_ref(),
        on.reform(move |name| Edit::EndForm(i, name)),
        on.reform(move |(name, v)| Edit::EndField(i, name, v)),
    );
    let button = |name: &str, label: String, msg: Option<Edit>| {
        let d = on.clone();
        let disabled = msg.is_none();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(m) = msg.clone() {
                d.emit(m);
            }
        });
        // Seen: "Move up"; heard: which event ("Move up: Event 2: A storm").
        let seen = label.split(':').next().unwrap_or_default().to_string();
        html! { <button type="button" id={id(name)} class="st-button" aria-label={label} aria-disabled={disabled.then_some("true")} {onclick}>{ seen }</button> }
    };
    let last = story.events.len() - 1;
    let title = if e.headline.is_empty() {
        format!("Event {}", i + 1)
    } else {
        format!("Event {}: {}", i + 1, e.headline)
    };
    html! {
        <fieldset class="st-item" key={format!("{i}")}>
            <legend dir="auto">{ title.clone() }</legend>
            { field(problems, id("id"), "Id (letters, digits, -)", &e.id, false, edit("id")) }
            { field(problems, id("headline"), "Headline", &e.headline, false, edit("headline")) }
            { start }
            { end }
            { field(problems, id("text"), "Text, with citations as [1]", &e.text, true, edit("text")) }
            { field(problems, id("place"), "Place (optional)", e.place.as_deref().unwrap_or(""), false, edit("place")) }
            { field(problems, id("sides"), "Sides involved (optional, one per line)", &e.sides.join("\n"), true, edit("sides")) }
            { field(problems, id("attribution"), "According to (optional: who says so)", e.attribution.as_deref().unwrap_or(""), false, edit("attribution")) }
            { field(problems, id("track"), "Track (its id, optional)", e.track.as_deref().unwrap_or(""), false, edit("track")) }
            { media_fields(problems, e, i, on) }
            <div class="st-row">
                { button("up", format!("Move up: {title}"), (i > 0).then_some(Edit::MoveEvent(i, i.saturating_sub(1)))) }
                { button("down", format!("Move down: {title}"), (i < last).then_some(Edit::MoveEvent(i, i + 1))) }
                { button("remove", format!("Remove: {title}"), Some(Edit::RemoveEvent(i))) }
            </div>
        </fieldset>
    }
}

/// An event's picture or link: its kind, then the fields that kind has (a picture's alt text
/// is what a reader who cannot see it gets; the checker requires it).
fn media_fields(
    problems: &FieldProblems,
    e: &crate::format::Event,
    i: usize,
    on: &Callback<Edit>,
) -> Html {
    let id = |name: &str| format!("st-events-{i}-media-{name}");
    let edit = |name: &'static str| on.reform(move |v: String| Edit::MediaField(i, name, v));
    let onchange = on.reform(move |ev: Event| Edit::MediaField(i, "kind", field_value(&ev)));
    let kind = e.media.as_ref().map_or("none", |m| m.kind.key());
    let text = |v: &Option<String>| v.as_deref().unwrap_or("").to_string();
    html! {
        <>
            <div class="st-field">
                <label for={id("kind")}>{ "Picture or link (optional)" }</label>
                <select id={id("kind")} {onchange}>
                    { for [("none", "None"), ("image", "A picture"), ("link", "A link")].into_iter().map(|(v, l)| html! { <option value={v} selected={v == kind}>{ l }</option> }) }
                </select>
            </div>
            if let Some(m) = &e.media {
                { field(problems, id("url"), "Address (https://…)", &m.url, false, edit("url")) }
                if m.kind == crate::format::MediaKind::Image {
                    { field(problems, id("alt"), "What the picture shows (alt text)", &text(&m.alt), false, edit("alt")) }
                } else {
                    { field(problems, id("title"), "The link's words", &text(&m.title), false, edit("title")) }
                }
                { field(problems, id("caption"), "Caption (optional)", &text(&m.caption), false, edit("caption")) }
                { field(problems, id("credit"), "Credit (optional)", &text(&m.credit), false, edit("credit")) }
            }
        </>
    }
}

/// One reference's fieldset.
fn reference_fields(
    problems: &FieldProblems,
    story: &TimelineData,
    i: usize,
    on: &Callback<Edit>,
) -> Html {
    let r = &story.references[i];
    let edit = |name: &'static str| on.reform(move |v: String| Edit::ReferenceField(i, name, v));
    let id = |name: &str| format!("st-references-{i}-{name}");
    let remove = format!("Remove reference [{}]", r.id);
    html! {
        <fieldset class="st-item" key={format!("r{i}")}>
            <legend>{ format!("Reference [{}]", r.id) }</legend>
            { field(problems, id("id"), "Number (cited as [n])", &r.id.to_string(), false, edit("id")) }
            { field(problems, id("title"), "Title", r.title.as_deref().unwrap_or(""), false, edit("title")) }
            { field(problems, id("publisher"), "Publisher (optional)", r.publisher.as_deref().unwrap_or(""), false, edit("publisher")) }
            { field(problems, id("date"), "Date (optional)", r.date.as_deref().unwrap_or(""), false, edit("date")) }
            { field(problems, id("url"), "Link (https://…, optional)", r.url.as_deref().unwrap_or(""), false, edit("url")) }
            <div class="st-row">
                { act(id("remove"), &remove, remove.clone(), on, Edit::RemoveReference(i)) }
            </div>
        </fieldset>
    }
}

/// A button that adds or removes a part: `seen` on it, `heard` saying which part.
fn act(id: String, seen: &str, heard: String, on: &Callback<Edit>, edit: Edit) -> Html {
    let on = on.clone();
    let onclick = Callback::from(move |_: MouseEvent| on.emit(edit.clone()));
    html! { <button type="button" {id} class="st-button" aria-label={heard} {onclick}>{ seen.to_string() }</button> }
}

/// The summary's rows (label and text: "Part of", "the Syrian Civil War").
fn summary_fields(problems: &FieldProblems, story: &TimelineData, on: &Callback<Edit>) -> Html {
    let row = |i: usize| {
        let edit = |name: &'static str| on.reform(move |v: String| Edit::SummaryField(i, name, v));
        let r = &story.summary[i];
        let name = format!("Summary row {}", i + 1);
        html! {
            <fieldset class="st-item" key={format!("s{i}")}>
                <legend>{ name.clone() }</legend>
                { field(problems, format!("st-summary-{i}-label"), "Label", &r.label, false, edit("label")) }
                { field(problems, format!("st-summary-{i}-text"), "Text, with citations as [1]", &r.text, true, edit("text")) }
                { act(format!("st-summary-{i}-remove"), "Remove", format!("Remove: {name}"), on, Edit::RemoveSummary(i)) }
            </fieldset>
        }
    };
    html! {
        <>
            <h2>{ "Summary" }</h2>
            { for (0..story.summary.len()).map(row) }
            { act("st-add-summary".into(), "Add a summary row", "Add a summary row".into(), on, Edit::AddSummary) }
        </>
    }
}

/// The story's eras (periods drawn behind the events) and tracks (named lanes).
fn eras_and_tracks(problems: &FieldProblems, story: &TimelineData, on: &Callback<Edit>) -> Html {
    let era = |i: usize| {
        let x = &story.eras[i];
        let set = |name: &'static str| on.reform(move |v: String| Edit::EraField(i, name, v));
        let name = if x.label.is_empty() {
            format!("Era {}", i + 1)
        } else {
            format!("Era: {}", x.label)
        };
        html! {
            <fieldset class="st-item" key={format!("era{i}")}>
                <legend dir="auto">{ name.clone() }</legend>
                { field(problems, format!("st-eras-{i}-label"), "Label", &x.label, false, set("label")) }
                { field(problems, format!("st-eras-{i}-start"), "Start (YYYY, YYYY-MM or YYYY-MM-DD)", &x.start, false, set("start")) }
                { field(problems, format!("st-eras-{i}-end"), "End (YYYY, YYYY-MM or YYYY-MM-DD)", &x.end, false, set("end")) }
                { field(problems, format!("st-eras-{i}-description"), "Description (optional)", x.description.as_deref().unwrap_or(""), true, set("description")) }
                { act(format!("st-eras-{i}-remove"), "Remove", format!("Remove: {name}"), on, Edit::RemoveEra(i)) }
            </fieldset>
        }
    };
    let track = |i: usize| {
        let x = &story.tracks[i];
        let set = |name: &'static str| on.reform(move |v: String| Edit::TrackField(i, name, v));
        html! {
            <fieldset class="st-item" key={format!("track{i}")}>
                <legend dir="auto">{ format!("Track: {}", x.id) }</legend>
                { field(problems, format!("st-tracks-{i}-id"), "Id (events name it as their track)", &x.id, false, set("id")) }
                { field(problems, format!("st-tracks-{i}-label"), "Label", &x.label, false, set("label")) }
                { act(format!("st-tracks-{i}-remove"), "Remove", format!("Remove track {}", x.id), on, Edit::RemoveTrack(i)) }
            </fieldset>
        }
    };
    html! {
        <>
            <h2>{ "Eras" }</h2>
            { for (0..story.eras.len()).map(era) }
            { act("st-add-era".into(), "Add an era", "Add an era".into(), on, Edit::AddEra) }
            <h2>{ "Tracks" }</h2>
            { for (0..story.tracks.len()).map(track) }
            { act("st-add-track".into(), "Add a track", "Add a track".into(), on, Edit::AddTrack) }
        </>
    }
}

/// One comparison of sources: its groups, its claims and each claim's figures.
fn comparison_fields(
    problems: &FieldProblems,
    story: &TimelineData,
    c: usize,
    on: &Callback<Edit>,
) -> Html {
    let x = &story.comparisons[c];
    let base = format!("st-comparisons-{c}");
    let set = |part: Part, name: &'static str| {
        on.reform(move |v: String| Edit::Comparison(part, name, v))
    };
    let title = if x.title.is_empty() {
        format!("Comparison {}", c + 1)
    } else {
        format!("Comparison: {}", x.title)
    };
    let groups = x.groups.iter().enumerate().map(|(g, group)| {
        let id = format!("{base}-groups-{g}");
        html! {
            <div class="st-item" key={id.clone()}>
                { field(problems, format!("{id}-id"), "Group id", &group.id, false, set(Part::Group(c, g), "id")) }
                { field(problems, format!("{id}-label"), "Group label (soldiers, civilians…)", &group.label, false, set(Part::Group(c, g), "label")) }
                { act(format!("{id}-remove"), "Remove", format!("Remove group {}", group.id), on, Edit::Remove(Part::Group(c, g))) }
            </div>
        }
    });
    let claims = x.claims.iter().enumerate().map(|(k, claim)| {
        let id = format!("{base}-claims-{k}");
        let figures = claim.figures.iter().enumerate().map(|(f, figure)| {
            let fid = format!("{id}-figures-{f}");
            let part = Part::Figure(c, k, f);
            let number = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
            html! {
                <div class="st-item" key={fid.clone()}>
                    { field(problems, format!("{fid}-group"), "Figure for the group (its id)", &figure.group, false, set(part, "group")) }
                    { field(problems, format!("{fid}-value"), "As the source words it (\"dozens\", \"10\")", &figure.value, false, set(part, "value")) }
                    { field(problems, format!("{fid}-low"), "At least (a number, optional)", &number(figure.low), false, set(part, "low")) }
                    { field(problems, format!("{fid}-high"), "At most (a number, optional)", &number(figure.high), false, set(part, "high")) }
                    { act(format!("{fid}-remove"), "Remove", format!("Remove figure {} of claim {}", f + 1, claim.id), on, Edit::Remove(part)) }
                </div>
            }
        });
        html! {
            <fieldset class="st-item" key={id.clone()}>
                <legend dir="auto">{ format!("Claim: {}", claim.id) }</legend>
                { field(problems, format!("{id}-id"), "Claim id", &claim.id, false, set(Part::Claim(c, k), "id")) }
                { field(problems, format!("{id}-attribution"), "Who says so", &claim.attribution, false, set(Part::Claim(c, k), "attribution")) }
                { field(problems, format!("{id}-text"), "What they say, with citations as [1]", &claim.text, true, set(Part::Claim(c, k), "text")) }
                { for figures }
                <div class="st-row">
                    { act(format!("{id}-add-figure"), "Add a figure", format!("Add a figure to claim {}", claim.id), on, Edit::Add(Part::Figure(c, k, 0))) }
                    { act(format!("{id}-remove"), "Remove", format!("Remove claim {}", claim.id), on, Edit::Remove(Part::Claim(c, k))) }
                </div>
            </fieldset>
        }
    });
    html! {
        <fieldset class="st-item" key={base.clone()}>
            <legend dir="auto">{ title.clone() }</legend>
            { field(problems, format!("{base}-id"), "Id", &x.id, false, set(Part::Comparison(c), "id")) }
            { field(problems, format!("{base}-title"), "Title", &x.title, false, set(Part::Comparison(c), "title")) }
            <h3>{ "Groups" }</h3>
            { for groups }
            { act(format!("{base}-add-group"), "Add a group", format!("Add a group to {title}"), on, Edit::Add(Part::Group(c, 0))) }
            <h3>{ "Claims" }</h3>
            { for claims }
            <div class="st-row">
                { act(format!("{base}-add-claim"), "Add a claim", format!("Add a claim to {title}"), on, Edit::Add(Part::Claim(c, 0))) }
                { act(format!("{base}-remove"), "Remove", format!("Remove: {title}"), on, Edit::Remove(Part::Comparison(c))) }
            </div>
        </fieldset>
    }
}

/// The form view of the whole story.
pub fn story_form(problems: &FieldProblems, story: &TimelineData, on: &Callback<Edit>) -> Html {
    let edit = |make: fn(String) -> Edit| on.reform(move |v: String| make(v));
    html! {
        <div class="st-form">
            { field(problems, "st-title".into(), "Title", &story.title, false, edit(Edit::Title)) }
            { field(problems, "st-description".into(), "Description (optional)", &story.description, true, edit(Edit::Description)) }
            { summary_fields(problems, story, on) }
            <h2>{ "Events" }</h2>
            { for (0..story.events.len()).map(|i| event_fields(problems, story, i, on)) }
            { act("st-add-event".into(), "Add an event", "Add an event".into(), on, Edit::AddEvent) }
            <h2>{ "References" }</h2>
            { for (0..story.references.len()).map(|i| reference_fields(problems, story, i, on)) }
            { act("st-add-reference".into(), "Add a reference", "Add a reference".into(), on, Edit::AddReference) }
            { eras_and_tracks(problems, story, on) }
            <h2>{ "Comparisons of sources" }</h2>
            { for (0..story.comparisons.len()).map(|c| comparison_fields(problems, story, c, on)) }
            { act("st-add-comparison".into(), "Add a comparison", "Add a comparison of sources".into(), on, Edit::Add(Part::Comparison(0))) }
        </div>
    }
}
