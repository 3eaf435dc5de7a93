// The text in the URL fragment, so that a link reproduces the view without a server (the
// fragment is never sent in requests). Written as #z= and deflate-raw compressed, base64url
// (CompressionStream); #text= with plain percent-encoding is read too, for links by hand.

/** Longest fragment written: links much longer than this break in mail and chat. */
export const MAX_FRAGMENT = 100_000;
// A fragment inflating past this is rejected (a tiny link must not fill the memory).
const MAX_TEXT_BYTES = 20_000_000;

/** '#z=…' for `text`, or null when that would be longer than MAX_FRAGMENT. */
export async function textToFragment(text) {
  const bytes = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Infinity);
  const encoded = base64url(bytes);
  return encoded.length + 3 > MAX_FRAGMENT ? null : `#z=${encoded}`;
}

/**
 * The text a fragment carries, or null when it carries none. Rejects for a corrupt or
 * oversized one.
 */
export async function fragmentToText(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.has('z')) {
    const bytes = unbase64url(params.get('z'));
    const text = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_TEXT_BYTES);
    return new TextDecoder().decode(text);
  }
  return params.has('text') ? params.get('text') : null;
}

// Runs `bytes` through a (de)compression stream, stopping past `limit` output bytes.
async function pipe(bytes, transform, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`the link's text is longer than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function base64url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function unbase64url(s) {
  const binary = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
