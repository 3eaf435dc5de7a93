// Opening a file: the "Open a file…" button (a hidden file input) and drag-and-drop onto
// the page. Files are read as text and turned into plain text (text-formats.js); nothing
// from a file is ever inserted as markup.
import { fileToText } from './text-formats.js';

export const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';
const KNOWN = /\.(txt|text|md|markdown|html?)$/i;

/** Reads `file` as plain text: resolves to {name, text}; rejects for other file types. */
export async function readTextFile(file) {
  if (!KNOWN.test(file.name) && !/^text\/(plain|markdown|html)\b/.test(file.type)) {
    throw new Error(`${file.name} is not a .txt, .md or .html file`);
  }
  return { name: file.name, text: fileToText(file.name, file.type, await file.text()) };
}

/**
 * Wires `button` to the hidden file `input`, and drops anywhere on the document to
 * `onFile(file)`; while a file is dragged over the page, `dropTarget` has .is-drop-target.
 */
export function watchFiles({ button, input, dropTarget, onFile }) {
  input.accept = ACCEPT;
  button.addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    if (input.files[0]) onFile(input.files[0]);
    input.value = ''; // the same file can be opened again
  });

  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  let depth = 0; // dragenter/dragleave fire for every element crossed
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    dropTarget.classList.add('is-drop-target');
  });
  document.addEventListener('dragleave', (e) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropTarget.classList.remove('is-drop-target');
  });
  // Without preventDefault the browser would open the dropped file in place of the page.
  document.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  document.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    dropTarget.classList.remove('is-drop-target');
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  });
}
