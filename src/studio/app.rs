//! The studio's Yew app: the story in a form or as text on one side, the widget on the other.
//! One reducer holds the story's history (every edit undoable), the text view's text, and
//! what the studio last said; the draft is saved in the browser as the author types.

use std::rc::Rc;

use yew::prelude::*;

use super::draft::{blank, Edit};
use super::form::{story_form, FieldProblems};
use super::history::{to_text, History};
use super::{field_id, from_text, open, problems, snippets, words, Opened};
use crate::browser::studio as web;
use crate::format::TimelineData;
use crate::{Source, Theme, Timeline};

/// Everything the studio shows.
#[derive(Clone, PartialEq)]
pub struct StudioState {
    history: History,
    /// The text view's text, while it is open.
    text: Option<String>,
    /// What the studio last said (a restored draft, an opened file and its report, why the
    /// text view cannot switch back yet).
    said: Vec<String>,
    /// The content as last opened or downloaded: anything else is unsaved to a file.
    saved: String,
    /// A field to focus once drawn (after a reorder, a problem's link).
    focus: Option<FocusRequest>,
}

/// A field's id, where in it (line and column, in the text view), and a number that makes
/// asking twice a new request.
type FocusRequest = (String, Option<(usize, usize)>, u32);

pub enum Msg {
    Edit(Edit),
    Undo,
    Redo,
    Start(Box<Opened>, String),
    Failed(String),
    ToText,
    Text(String),
    ToForm,
    Downloaded,
    Focus(String, Option<(usize, usize)>),
    Say(String),
}

impl StudioState {
    /// What the draft is: the text view's text, or the story as a file.
    fn content(&self) -> String {
        self.text
            .clone()
            .unwrap_or_else(|| to_text(&self.history.now))
    }

    fn start() -> StudioState {
        // A draft that is still the blank story was never typed into: nothing to restore.
        let draft = web::load_draft().filter(|d| *d != to_text(&blank()));
        let (history, text, said) = match draft {
            Some(draft) => {
                let said = vec![
                    "Your draft was restored: the studio keeps it in this browser as you type."
                        .to_string(),
                ];
                match from_text(&draft) {
                    Ok(story) => (History::new(story), None, said),
                    Err(_) => (History::new(blank()), Some(draft), said),
                }
            }
            None => (History::new(blank()), None, Vec::new()),
        };
        let mut state = StudioState {
            history,
            text,
            said,
            saved: String::new(),
            focus: None,
        };
        state.saved = state.content();
        state
    }
}

impl Reducible for StudioState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        let seq = self.focus.as_ref().map_or(0, |f| f.2 + 1);
        match msg {
            Msg::Edit(edit) => {
                next.history = self.history.edited(&edit);
                if let Edit::MoveEvent(_, to) = edit {
                    let button = if to > 0 { "up" } else { "down" };
                    next.focus = Some((format!("st-events-{to}-{button}"), None, seq));
                }
                if edit == Edit::AddEvent {
                    let last = next.history.now.events.len().saturating_sub(1);
                    next.focus = Some((format!("st-events-{last}-headline"), None, seq));
                }
            }
            // The text view has the text area's own undo; these are the form's.
            Msg::Undo if self.text.is_none() => next.history = self.history.undone(),
            Msg::Redo if self.text.is_none() => next.history = self.history.redone(),
            Msg::Undo | Msg::Redo => {}
            Msg::Start(opened, name) => {
                let opened = *opened;
                next.history = self.history.replaced(opened.story);
                next.text = None;
                next.said = std::iter::once(format!("Opened {name}."))
                    .chain(opened.report)
                    .collect();
                next.saved = next.content();
            }
            Msg::Failed(why) => next.said = why.lines().map(str::to_owned).collect(),
            Msg::ToText => next.text = Some(to_text(&self.history.now)),
            Msg::Text(text) => next.text = Some(text),
            Msg::ToForm => match self.text.as_deref().map(from_text) {
                Some(Ok(story)) => {
                    if story != *self.history.now {
                        next.history = self.history.replaced(story);
                    }
                    next.text = None;
                    next.said.clear();
                }
                Some(Err(wrong)) => {
                    next.said = std::iter::once(
                        "The form would lose part of this text: mend it here first.".to_string(),
                    )
                    .chain(wrong.iter().map(words))
                    .collect();
                }
                None => {}
            },
            Msg::Downloaded => next.saved = self.content(),
            Msg::Focus(id, at) => next.focus = Some((id, at, seq)),
            Msg::Say(words) => next.said = vec![words],
        }
        Rc::new(next)
    }
}

/// The text view: the story's JSON with line numbers.
fn text_view(text: &str, dispatch: &UseReducerDispatcher<StudioState>) -> Html {
    let d = dispatch.clone();
    let oninput =
        Callback::from(move |e: InputEvent| d.dispatch(Msg::Text(crate::browser::field_value(&e))));
    let lines = text.lines().count().max(1);
    let numbers: String = (1..=lines).map(|n| format!("{n}\n")).collect();
    html! {
        <div class="st-text">
            <label for="st-text">{ "The story as JSON" }</label>
            <div class="st-text-box">
                <pre class="st-lines" aria-hidden="true">{ numbers }</pre>
                <textarea id="st-text" spellcheck="false" dir="auto" wrap="off" value={text.to_string()} {oninput} />
            </div>
        </div>
    }
}

/// The studio app: mounted by the `studio` binary on `dist/studio/`.
#[component]
pub fn Studio() -> Html {
    let state = use_reducer(StudioState::start);
    let dispatch = state.dispatcher();
    let content = state.content();
    let wrong = use_memo(content.clone(), |c| problems(c));
    // The preview: the last content without problems, a moment after typing stops.
    let preview = use_state(|| (!content.is_empty() && wrong.is_empty()).then(|| content.clone()));
    let (theme, lang, narrow) = (
        use_state(|| Theme::Light),
        use_state(|| None::<AttrValue>),
        use_state(|| false),
    );
    {
        let (preview, ok) = (preview.clone(), wrong.is_empty());
        use_effect_with(content.clone(), move |content| {
            let content = content.clone();
            let timer = web::later(300, move || {
                if ok {
                    preview.set(Some(content));
                }
            });
            move || {
                let _ending = timer;
            }
        });
    }
    // The draft, saved as the author types; a warning before leaving with changes not yet in a file.
    use_effect_with(content.clone(), |content| {
        web::save_draft(content);
    });
    {
        let d = dispatch.clone();
        let unsaved = content != state.saved;
        use_effect_with(unsaved, move |&unsaved| {
            let guard = web::watch_page(
                unsaved,
                Callback::from(move |()| {
                    d.dispatch(Msg::Say(
                        "Another studio tab changed the draft: the one you type in last keeps it."
                            .into(),
                    ))
                }),
            );
            move || {
                let _ending = guard;
            }
        });
    }
    use_effect_with(state.focus.clone(), |focus| {
        if let Some((id, at, _)) = focus {
            web::focus_field(id, *at);
        }
    });

    let on = |msg: fn() -> Msg| {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(msg()))
    };
    let opened = {
        let d = dispatch.clone();
        Callback::from(
            move |(name, bytes): (String, Vec<u8>)| match open(&bytes, &name) {
                Ok(o) => d.dispatch(Msg::Start(Box::new(o), name)),
                Err(why) => d.dispatch(Msg::Failed(why)),
            },
        )
    };
    let on_file = {
        let opened = opened.clone();
        Callback::from(move |e: Event| web::read_file(&e, opened.clone()))
    };
    let on_drop = {
        let opened = opened.clone();
        Callback::from(move |e: DragEvent| web::read_file(&e, opened.clone()))
    };
    let start = |story: fn() -> TimelineData, name: &'static str| {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Msg::Start(
                Box::new(Opened {
                    story: story(),
                    report: Vec::new(),
                }),
                name.into(),
            ))
        })
    };
    let raid = || {
        open(crate::IDLIB_2014.as_bytes(), "idlib-2014.json")
            .map(|o| o.story)
            .unwrap_or_else(|_| blank())
    };
    let download = {
        let (d, content) = (dispatch.clone(), content.clone());
        Callback::from(move |_: MouseEvent| {
            web::download("story.json", &content);
            d.dispatch(Msg::Downloaded);
        })
    };
    let in_text = state.text.is_some();
    let on_edit = {
        let d = dispatch.clone();
        Callback::from(move |edit: Edit| d.dispatch(Msg::Edit(edit)))
    };
    let mut by_field = FieldProblems::new();
    for p in wrong.iter() {
        let said = by_field.entry(field_id(&p.path)).or_default();
        if !said.is_empty() {
            said.push(' ');
        }
        said.push_str(&p.message);
    }
    let problem_list = wrong.iter().map(|p| {
        let (d, target, at) = if in_text {
            (dispatch.clone(), "st-text".to_string(), p.line.zip(p.column))
        } else {
            (dispatch.clone(), field_id(&p.path), None)
        };
        let onclick = Callback::from(move |_: MouseEvent| d.dispatch(Msg::Focus(target.clone(), at)));
        let place = if p.path.is_empty() { String::new() } else { format!("{}: ", p.path) };
        html! { <li><button type="button" class="st-link" {onclick}>{ format!("{place}{}", words(p)) }</button></li> }
    });
    let [with_src, inline, iframe] = snippets(&content, "story.json", &web::embed_url());
    let snippet = |id: &str, label: &str, text: String| {
        let copy = {
            let text = text.clone();
            let d = dispatch.clone();
            Callback::from(move |_: MouseEvent| {
                web::copy(&text);
                d.dispatch(Msg::Say("Copied.".into()));
            })
        };
        html! {
            <div class="st-field">
                <label for={id.to_string()}>{ label }</label>
                <textarea id={id.to_string()} readonly=true rows="3" value={text} />
                <button type="button" class="st-button" onclick={copy}>{ format!("Copy: {label}") }</button>
            </div>
        }
    };
    let choose = |set: UseStateHandle<Option<AttrValue>>, value: Option<&'static str>| {
        Callback::from(move |_: MouseEvent| set.set(value.map(AttrValue::from)))
    };
    html! {
        <div class="st-app" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={on_drop}>
            <header class="st-header">
                <h1>{ "Story studio" }</h1>
                <div class="st-row" role="group" aria-label="Start">
                    <button type="button" class="st-button" onclick={start(blank, "a blank story")}>{ "New blank story" }</button>
                    <button type="button" class="st-button" onclick={start(raid, "the 2014 raid on Idlib city")}>{ "Open the raid" }</button>
                    <label class="st-button st-file">{ "Open a file (our JSON, TimelineJS3 JSON or CSV)" }
                        <input type="file" accept=".json,.csv,.txt,application/json,text/csv" onchange={on_file} /></label>
                </div>
                <div class="st-row" role="group" aria-label="Edit">
                    <button type="button" class="st-button" id="st-undo" aria-disabled={(in_text || !state.history.can_undo()).then_some("true")} onclick={on(|| Msg::Undo)}>{ "Undo" }</button>
                    <button type="button" class="st-button" id="st-redo" aria-disabled={(in_text || !state.history.can_redo()).then_some("true")} onclick={on(|| Msg::Redo)}>{ "Redo" }</button>
                    if in_text {
                        <button type="button" class="st-button" id="st-to-form" onclick={on(|| Msg::ToForm)}>{ "Edit in the form" }</button>
                    } else {
                        <button type="button" class="st-button" id="st-to-text" onclick={on(|| Msg::ToText)}>{ "Edit as JSON" }</button>
                    }
                    <button type="button" class="st-button" id="st-download" onclick={download}>{ "Download story.json" }</button>
                </div>
                <div class="st-said" role="status">
                    { for state.said.iter().map(|s| html! { <p>{ s.clone() }</p> }) }
                </div>
            </header>
            <main class="st-main">
                <section class="st-editor" aria-label="Editor">
                    <section class="st-problems" aria-labelledby="st-problems-h">
                        <h2 id="st-problems-h">{ if wrong.is_empty() { "No problems".to_string() } else { format!("Problems ({})", wrong.len()) } }</h2>
                        <ul>{ for problem_list }</ul>
                    </section>
                    if let Some(text) = &state.text {
                        { text_view(text, &dispatch) }
                    } else {
                        { story_form(&by_field, &state.history.now, &on_edit) }
                    }
                    <h2>{ "Embed" }</h2>
                    { snippet("st-embed-src", "The element, with the story at story.json", with_src) }
                    { snippet("st-embed-inline", "The element with the story inside", inline) }
                    { snippet("st-embed-iframe", "An iframe", iframe) }
                </section>
                <section class="st-preview" aria-labelledby="st-preview-h">
                    <h2 id="st-preview-h">{ "Preview" }</h2>
                    <div class="st-row" role="group" aria-label="Preview">
                        <button type="button" class="st-button" aria-pressed={(*theme == Theme::Light).to_string()} onclick={{ let t = theme.clone(); Callback::from(move |_: MouseEvent| t.set(Theme::Light)) }}>{ "Light" }</button>
                        <button type="button" class="st-button" aria-pressed={(*theme == Theme::Dark).to_string()} onclick={{ let t = theme.clone(); Callback::from(move |_: MouseEvent| t.set(Theme::Dark)) }}>{ "Dark" }</button>
                        <button type="button" class="st-button" aria-pressed={(*narrow).to_string()} onclick={{ let n = narrow.clone(); Callback::from(move |_: MouseEvent| n.set(!*n)) }}>{ "Narrow" }</button>
                        <button type="button" class="st-button" aria-pressed={lang.is_none().to_string()} onclick={choose(lang.clone(), None)}>{ "English" }</button>
                        <button type="button" class="st-button" aria-pressed={(lang.as_deref() == Some("fr")).to_string()} onclick={choose(lang.clone(), Some("fr"))}>{ "Français" }</button>
                        <button type="button" class="st-button" aria-pressed={(lang.as_deref() == Some("ar")).to_string()} onclick={choose(lang.clone(), Some("ar"))}>{ "العربية" }</button>
                    </div>
                    if !wrong.is_empty() && preview.is_some() {
                        <p class="st-note">{ "The preview shows the last version without problems." }</p>
                    }
                    <div class={classes!("st-frame", narrow.then_some("st-narrow"))}>
                        if let Some(json) = (*preview).clone() {
                            <Timeline story={Source::Json(json.into())} theme={*theme} lang={(*lang).clone()} hash={false} id_prefix={AttrValue::from("pv")} />
                        } else {
                            <p class="st-note">{ "The preview appears once the story has a title and an event without problems." }</p>
                        }
                    </div>
                </section>
            </main>
        </div>
    }
}
