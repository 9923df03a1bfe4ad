// Deterministic synthetic timelines in our format, for the benchmark and scale tests.
// Usage: node bench/generate.mjs N SPREAD [SEED] > file.json
//   SPREAD "day": N events over one day, at minute precision ("2020-03-14T08:41");
//   SPREAD "years": N events over 2000–2029, at day precision ("2013-06-02").
// Text is synthetic and says so: it is benchmark data, never a story.
export function generate(n, spread, seed = 2014) {
  let state = seed >>> 0;
  const random = () => { // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pad = (v, w = 2) => String(v).padStart(w, "0");
  const times = Array.from({ length: n }, () => spread === "day"
    ? Math.floor(random() * 24 * 60)
    : Math.floor(random() * 30 * 365.25)).sort((a, b) => a - b);
  const at = (t) => {
    if (spread === "day") return `2020-03-14T${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
    const d = new Date(Date.UTC(2000, 0, 1) + t * 86400000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  };
  const references = [1, 2, 3, 4, 5].map((id) => ({ id, title: `Synthetic source ${id}` }));
  return {
    title: `Synthetic timeline: ${n} events over ${spread === "day" ? "one day" : "30 years"}`,
    description: "Generated benchmark data (bench/generate.mjs); not a story.",
    events: times.map((t, i) => ({
      id: `event-${i + 1}`,
      time: { at: at(t) },
      headline: `Synthetic event ${i + 1}`,
      text: `Generated text for event ${i + 1}, citing a synthetic source.[${1 + Math.floor(random() * 5)}]`,
    })),
    references,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, spread = "day", seed = "2014"] = process.argv.slice(2);
  if (!Number(n) || !["day", "years"].includes(spread)) {
    console.error("usage: node bench/generate.mjs N day|years [SEED]");
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(generate(Number(n), spread, Number(seed)), null, 1));
}
