// The function bodies of a WebAssembly module, read from its binary: for each, its size in
// bytes and its number of locals (parameters not counted). Only what tests need: the
// import section (to number the functions) and the code section.

function reader(bytes) {
  let at = 0;
  const r = {
    get at() { return at; },
    set at(v) { at = v; },
    byte: () => bytes[at++],
    // An unsigned LEB128 number.
    u32: () => {
      let value = 0;
      let shift = 0;
      for (;;) {
        const b = bytes[at++];
        value += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) return value;
        shift += 7;
      }
    },
    skip: (n) => { at += n; },
    limits: () => {
      const flags = r.u32();
      r.u32();
      if (flags & 1) r.u32();
    },
  };
  return r;
}

/** @returns {{index: number, bytes: number, locals: number}[]} in module order */
export function functionBodies(bytes) {
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error('not a WebAssembly module');
  const r = reader(bytes);
  r.at = 8;
  let importedFunctions = 0;
  const bodies = [];
  while (r.at < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    const end = r.at + size;
    if (id === 2) { // imports: module name, field name, kind, description
      for (let n = r.u32(); n > 0; n--) {
        r.skip(r.u32());
        r.skip(r.u32());
        const kind = r.byte();
        if (kind === 0) { r.u32(); importedFunctions++; }
        else if (kind === 1) { r.byte(); r.limits(); }
        else if (kind === 2) r.limits();
        else if (kind === 3) r.skip(2);
        else throw new Error(`unknown import kind ${kind}`);
      }
    } else if (id === 10) { // code: per function, its size, then (count, type) runs of locals
      for (let n = r.u32(), i = 0; i < n; i++) {
        const bodyBytes = r.u32();
        const bodyEnd = r.at + bodyBytes;
        let locals = 0;
        for (let runs = r.u32(); runs > 0; runs--) {
          locals += r.u32();
          r.byte();
        }
        bodies.push({ index: importedFunctions + i, bytes: bodyBytes, locals });
        r.at = bodyEnd;
      }
    }
    r.at = end;
  }
  return bodies;
}
