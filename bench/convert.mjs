// Our timeline format converted to each peer's input, so every widget shows the same events.
// Citation markers stay in the text as plain text. Times the source gives only as a part of a day (or "after" another event) keep their date
// and show the reported phrase; no peer is given a clock time we do not have.

/** Each event's date parts and display phrase, resolving "after" to the event it follows. */
function moments(story) {
  const byId = new Map();
  return story.events.map((e) => {
    const t = e.time;
    let date = t.at ?? t.date ?? byId.get(t.after)?.iso ?? "1970-01-01";
    const [day, clock] = date.split("T");
    const [year, month = "1", dayOfMonth = "1"] = day.split("-");
    const [hour, minute] = clock ? clock.split(":") : [];
    const m = { iso: date, year: +year, month: +month, day: +dayOfMonth, hour, minute, phrase: t.phrase ?? t.part };
    byId.set(e.id, m);
    return m;
  });
}

export function toTimelineJS(story) {
  return {
    title: { text: { headline: story.title, text: story.description ?? "" } },
    events: ((ms) => story.events.map((e, i) => {
      const m = ms[i];
      const start_date = { year: m.year, month: m.month, day: m.day };
      if (m.hour !== undefined) Object.assign(start_date, { hour: +m.hour, minute: +m.minute });
      if (m.phrase) start_date.display_date = m.phrase;
      return { unique_id: e.id, start_date, text: { headline: e.headline, text: e.text } };
    }))(moments(story)),
  };
}

export function toVis(story) {
  const ms = moments(story);
  return story.events.map((e, i) => ({ id: e.id, content: e.headline, start: ms[i].iso, title: e.text }));
}

export function toChrono(story) {
  const ms = moments(story);
  return story.events.map((e, i) => ({
    title: ms[i].phrase ?? ms[i].iso,
    cardTitle: e.headline,
    cardDetailedText: e.text,
  }));
}
