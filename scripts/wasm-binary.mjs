// Reading and writing the parts of a WebAssembly binary that the build scripts need: its
// sections, LEB128 numbers, names and import descriptions. Used by scripts/short-names.mjs
// and scripts/wasm-crates.mjs.

/** The sections of a WebAssembly binary as `{ id, body }`, in order. */
export function sections(bytes) {
  const out = [];
  const r = reader(bytes, 8);
  while (r.at < bytes.length) {
    const id = r.byte();
    const size = r.uleb();
    out.push({ id, body: bytes.subarray(r.at, r.at + size) });
    r.skip(size);
  }
  return out;
}

/** A reader over bytes from `start`. */
export function reader(bytes, start = 0) {
  let at = start;
  return {
    uleb() {
      let value = 0, shift = 0, byte;
      do {
        byte = bytes[at++];
        value += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      return value;
    },
    text() {
      const length = this.uleb();
      const text = new TextDecoder().decode(bytes.subarray(at, at + length));
      at += length;
      return text;
    },
    byte: () => bytes[at++],
    skip(length) {
      at += length;
    },
    /** Reads an import's description and returns its kind (0 is a function). */
    importKind() {
      const kind = this.byte();
      if (kind === 0) this.uleb();
      else if (kind === 1) { this.byte(); this.limits(); } // table
      else if (kind === 2) this.limits(); // memory
      else if (kind === 3) at += 2; // global
      else { this.byte(); this.uleb(); } // tag
      return kind;
    },
    limits() {
      const flags = this.uleb();
      this.uleb();
      if (flags & 1) this.uleb();
    },
    /** The bytes read since `from`. */
    since: (from) => bytes.subarray(from, at),
    get at() {
      return at;
    },
  };
}

export function writeUleb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A name as the binary writes it: its UTF-8 length, then its bytes. */
export function writeName(text) {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([writeUleb(bytes.length), bytes]);
}

/** A binary from its sections. */
export function assemble(header, all) {
  return Buffer.concat([
    header,
    ...all.flatMap(({ id, body }) => [Buffer.from([id]), writeUleb(body.length), body]),
  ]);
}
