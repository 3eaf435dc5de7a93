// The exports of an analysis, as text: the JSON document (built in slices, so that a large
// analysis does not block the page), the summary as Markdown and the entities as CSV.
import { ACTOR_MOVES, entityName, eventTypeLabel, indexAnalysis } from './labels.js';
import { forEachSliced } from './schedule.js';

/**
 * The analysis as compact JSON, in pieces to pass to new Blob(): JSON.stringify of a 5 MB
 * article's analysis would hold the main thread for a quarter of a second.
 */
export async function jsonPieces(analysis, signal) {
  const out = ['{'];
  for (const [k, key] of Object.keys(analysis).entries()) {
    out.push(`${k ? ',' : ''}${JSON.stringify(key)}:`);
    const value = analysis[key];
    if (!Array.isArray(value)) {
      out.push(JSON.stringify(value) ?? 'null');
      continue;
    }
    out.push('[');
    await forEachSliced(value, (item, i) => out.push(i ? `,${JSON.stringify(item)}` : JSON.stringify(item)), signal);
    out.push(']');
  }
  out.push('}\n');
  return out;
}

// Markdown that shows `text` literally: its markup characters escaped, on one line.
function md(text) {
  return String(text ?? '').replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#~]/g, '\\$&');
}

/** The summary: headline, points (with their event ids) and a table of moves per actor. */
export function summaryMarkdown(analysis) {
  const index = indexAnalysis(analysis);
  const summary = analysis.summary ?? {};
  const lines = ['# Summary', ''];
  if (summary.headline) lines.push(md(summary.headline), '');
  for (const point of summary.points ?? []) {
    lines.push(`- ${md(point.text)}${point.events?.length ? ` (${point.events.join(', ')})` : ''}`);
  }
  if (summary.points?.length) lines.push('');
  if (summary.by_actor?.length) {
    lines.push('## Moves by actor', '');
    lines.push(`| Actor | ${ACTOR_MOVES.map(([, label]) => label).join(' | ')} |`);
    lines.push(`|${' --- |'.repeat(ACTOR_MOVES.length + 1)}`);
    for (const row of summary.by_actor) {
      const cells = ACTOR_MOVES.map(([key]) => (row[key] ?? [])
        .map((id) => `${md(index.events.get(id)?.what ?? '')} (${id})`).join('; '));
      lines.push(`| ${md(entityName(index, row.actor))} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  if (!summary.headline && !summary.points?.length && !summary.by_actor?.length) {
    lines.push('No negotiation moves found.', '');
  }
  const counts = {};
  for (const event of analysis.events) counts[event.type] = (counts[event.type] ?? 0) + 1;
  const tally = Object.entries(counts).map(([type, n]) => `${n} ${eventTypeLabel(type).toLowerCase()}`).join(', ');
  lines.push(`_${analysis.entities.length} entities, ${analysis.events.length} events${tally ? ` (${tally})` : ''}._`, '');
  return lines.join('\n');
}

const CSV_COLUMNS = ['id', 'type', 'name', 'role', 'affiliation', 'affiliation_name', 'mentions', 'first_start', 'first_end'];

// One CSV field (RFC 4180). A field a spreadsheet would run as a formula (= + - @ and
// control characters first) gets a leading apostrophe.
function csvField(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The entities, one row each, with a header row; CRLF line ends. */
export function entitiesCsv(analysis) {
  const index = indexAnalysis(analysis);
  const rows = [CSV_COLUMNS];
  for (const e of analysis.entities) {
    rows.push([e.id, e.type, e.name, e.role, e.affiliation, e.affiliation ? entityName(index, e.affiliation) : null,
      e.mentions.length, e.mentions[0]?.start, e.mentions[0]?.end]);
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
