// A story of the checker's broken corpus by name, as tests/common/broken.rs makes it: the
// file tests/data/broken/NAME.json if there is one, else tests/data/minimal.json with the edits
// of tests/data/broken/edits.txt; and what the checker says of it (NAME.expected).
import { existsSync, readFileSync } from "node:fs";

const dir = new URL("../data/broken/", import.meta.url);
const read = (name) => readFileSync(new URL(name, dir), "utf8");

export function brokenStory(name) {
  if (existsSync(new URL(`${name}.json`, dir))) return read(`${name}.json`);
  const section = read("edits.txt").split("\n== ").slice(1)
    .find((s) => s.slice(0, s.indexOf("\n")) === name);
  if (!section) throw new Error(`no broken story named ${name}`);
  const body = section.slice(section.indexOf("\n") + 1).split("\n").filter((l) => l).join("\n") + "\n";
  return body.split("@@\n").reduce((text, edit) => {
    const lines = edit.split("\n").filter((l) => l);
    const old = lines.filter((l) => l[0] === "-").map((l) => `${l.slice(1)}\n`).join("");
    const now = lines.filter((l) => l[0] === "+").map((l) => `${l.slice(1)}\n`).join("");
    if (text.split(old).length !== 2) throw new Error(`${name}: ${JSON.stringify(old)} is not in minimal.json once`);
    return text.replace(old, () => now);
  }, read("../minimal.json"));
}

/** What the checker says of the broken story `name`, one problem per line. */
export const brokenExpected = (name) => read(`${name}.expected`);
