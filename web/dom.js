// Element building for every view. Text is only ever added as text nodes (append() of a
// string): user text never becomes markup.

/** Creates an element; attributes with null/undefined/false values are left out. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return el;
}

/**
 * 1234567 → "1,234,567", as toLocaleString('en') writes it, without it: the first
 * toLocaleString() of a page loads ICU's number data, 20–30 ms in the middle of drawing a
 * result (measured in Chromium).
 */
export function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 entity" / "3 entities". */
export function plural(n, one, many) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A byte or character count for people: "830 characters", "5.0 MB of text". */
export function describeSize(length) {
  if (length < 100_000) return plural(length, 'character', 'characters');
  return `${(length / 1e6).toFixed(1)} MB of text`;
}
