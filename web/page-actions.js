// The page's buttons that take results out: a link that carries the text (fragment.js),
// the analysis as JSON, the entities as CSV (downloads) and the summary as Markdown (the
// clipboard). Each reports what it did through say(), the page's live status line.
import { entitiesCsv, jsonPieces, summaryMarkdown } from './export-formats.js';
import { textToFragment } from './fragment.js';
import { copyText, download } from './save.js';

/**
 * Wires the buttons: share, json, csv, markdown. text() is the current text, analysis()
 * the analysis shown (or null), say(message) the status line.
 */
export function watchPageActions({ share, json, csv, markdown, text, analysis, say }) {
  share.addEventListener('click', () => report(say, () => shareLink(text())));
  const exports = [
    [json, async (a) => {
      download('analysis.json', await jsonPieces(a), 'application/json');
      return 'The analysis was downloaded as analysis.json.';
    }],
    [csv, async (a) => {
      download('entities.csv', ['\uFEFF', entitiesCsv(a)], 'text/csv'); // the BOM tells spreadsheets it is UTF-8
      return 'The entities were downloaded as entities.csv.';
    }],
    [markdown, async (a) => {
      await copyText(summaryMarkdown(a));
      return 'The summary was copied as Markdown.';
    }],
  ];
  for (const [button, action] of exports) {
    button.addEventListener('click', () => report(say, async () => {
      const shown = analysis();
      return shown ? action(shown) : 'Analyze a text first.';
    }));
  }
}

async function report(say, action) {
  try {
    say(await action());
  } catch (err) {
    say(`That did not work: ${err.message}`);
  }
}

async function shareLink(text) {
  if (!text) return 'There is no text to link to.';
  const fragment = await textToFragment(text);
  if (!fragment) return 'This text is too long to carry in a link.';
  history.replaceState(null, '', fragment);
  try {
    await copyText(location.href);
    return 'A link to this text was copied. It holds the text itself: nothing is stored on a server.';
  } catch {
    return 'The address bar now holds a link to this text (the clipboard was not available).';
  }
}
