// Getting text out of the page: a file download or the clipboard. Nothing is uploaded.

/** Offers `pieces` (strings, for new Blob()) as a file named `name` of MIME `type`. */
export function download(name, pieces, type) {
  const url = URL.createObjectURL(new Blob(pieces, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started by the time this runs; the URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Puts `text` on the clipboard; rejects when the browser refuses (no permission). */
export function copyText(text) {
  if (!navigator.clipboard?.writeText) return Promise.reject(new Error('this browser gives no access to the clipboard'));
  return navigator.clipboard.writeText(text);
}
