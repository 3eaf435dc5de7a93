// Builds the analysis object from the records the WebAssembly core writes (the layout is in
// core/src/records/records_writer.h): the same object, key for key, that JSON.parse gives for
// the analysis document (../shared/spec/analysis-format.md), made about ten times faster than
// decoding and parsing that document, because no JSON text is written or read.

/**
 * text: the analyzed string, well-formed (the spans' texts are cut from it);
 * ints: an Int32Array of the records; strings: their strings' UTF-8 bytes, decoded and joined.
 */
export function readAnalysis(text, ints, strings) {
  let at = 0; // the next integer
  let cut = 0; // where the next string starts in `strings`
  const int = () => ints[at++];
  const str = () => {
    const length = ints[at++];
    if (length < 0) return null;
    const s = strings.slice(cut, cut + length);
    cut += length;
    return s;
  };
  const ref = () => {
    const index = ints[at++];
    return index < 0 ? null : `E${index + 1}`;
  };
  const span = () => {
    const start = ints[at++];
    const end = ints[at++];
    return { end, start };
  };
  const spanWithText = () => {
    const start = ints[at++];
    const end = ints[at++];
    return { end, start, text: text.slice(start, end) };
  };
  const list = (item) => {
    const n = ints[at++];
    const items = []; // packed, as JSON.parse makes them
    for (let i = 0; i < n; i++) items.push(item(i));
    return items;
  };
  const eventId = () => `V${ints[at++] + 1}`;
  const eventIds = () => list(eventId);

  const format = str();
  const length = int();
  const warnings = list(str);
  const sentences = list(span);
  const entities = list((i) => {
    const type = str();
    const name = str();
    const role = str();
    const affiliation = ref();
    const mentions = list(spanWithText);
    return { affiliation, id: `E${i + 1}`, mentions, name, role, type };
  });
  const events = list((i) => {
    const type = str();
    const actor = ref();
    const target = ref();
    const negated = int() === 1;
    const trigger = spanWithText();
    const evidence = span();
    const what = str();
    const duration = str();
    const reporter = ref();
    const reportedBy = str();
    const qualifiers = list(str);
    const conditions = list(str);
    return {
      actor,
      conditions,
      duration,
      evidence,
      id: `V${i + 1}`,
      negated,
      qualifiers,
      reported_by: reporter ?? reportedBy,
      target,
      trigger,
      type,
      what,
    };
  });
  const headline = str();
  const points = list(() => {
    const pointEvents = eventIds();
    return { events: pointEvents, text: str() };
  });
  const byActor = list(() => {
    const actor = ref();
    const offered = eventIds();
    const proposed = eventIds();
    const agreed = eventIds();
    const demanded = eventIds();
    const rejected = eventIds();
    return { actor, agreed, demanded, offered, proposed, rejected };
  });
  if (at !== ints.length || cut !== strings.length) {
    throw new Error(`analysis records out of step: ${at} of ${ints.length} values, ${cut} of ${strings.length} string units read`);
  }
  return {
    entities,
    events,
    format,
    length,
    sentences,
    summary: { by_actor: byActor, headline, points },
    warnings,
  };
}
