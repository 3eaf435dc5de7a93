// The embedding demo page: runs the JS API example and reports the element's events.
import { createAnalyzer } from './concessions.js';

const output = document.getElementById('api-output');
const ready = createAnalyzer();

document.getElementById('api-run').addEventListener('click', async () => {
  try {
    const analysis = (await ready).analyze(document.getElementById('api-text').value);
    const brief = {
      headline: analysis.summary?.headline ?? null,
      entities: analysis.entities.map((e) => `${e.name} (${e.type})`),
      events: analysis.events.map((v) => `${v.type}: ${v.what ?? ''}`),
    };
    output.textContent = JSON.stringify(brief, null, 2);
  } catch (err) {
    output.textContent = `Error: ${err.message}`;
  }
});

document.addEventListener('analyzed', (e) => {
  const { entities, events } = e.detail;
  document.getElementById('element-events').textContent =
    `The element fired "analyzed": ${entities.length} entities, ${events.length} events.`;
});
