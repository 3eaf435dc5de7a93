// A tiny static file server for the built site (build/site): used by the browser tests and
// by scripts/serve.mjs. GET/HEAD only, files under `root` only, correct MIME types (the
// browser compiles .wasm with instantiateStreaming only when served as application/wasm).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
};

/** The policy the site is meant to run under (no inline code, wasm compile allowed). */
export const SITE_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/**
 * Serves `root` on host:port (port 0 picks a free one). `headers` are added to every
 * response (e.g. a Content-Security-Policy). For tests of load order: `delay(pathname)`
 * returns milliseconds to hold a response back (0: none), and `log` (an array) receives
 * {path, arrived, finished} per response (performance.now() of this process). Resolves to
 * {url, port, close()}, where url ends with '/'.
 */
export async function startStaticServer({ root, host = '127.0.0.1', port = 0, headers = {}, delay = null, log = null }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    if (delay || log) {
      const path = URL.canParse(req.url, 'http://localhost') ? new URL(req.url, 'http://localhost').pathname : req.url;
      const arrived = performance.now();
      if (log) res.once('finish', () => log.push({ path, arrived, finished: performance.now() }));
      const ms = delay?.(path) ?? 0;
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    }
    serve(base, req, res, headers).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`server error: ${err.message}\n`);
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const actual = server.address().port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actual}/`,
    port: actual,
    close: () => new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

async function serve(base, req, res, headers) {
  const common = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache', ...headers };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...common, allow: 'GET, HEAD' });
    res.end();
    return;
  }
  const file = await findFile(base, new URL(req.url, 'http://localhost').pathname);
  if (!file) {
    res.writeHead(404, { ...common, 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
    return;
  }
  res.writeHead(200, {
    ...common,
    'content-type': MIME_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': file.size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file.path).pipe(res);
}

// Maps a URL path to a regular file inside base (directories serve their index.html);
// anything that would leave base, or does not exist, is null.
async function findFile(base, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  let path = resolve(join(base, decoded));
  if (path !== base && !path.startsWith(base + sep)) return null;
  let info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    path = join(path, 'index.html');
    info = await stat(path).catch(() => null);
  }
  return info?.isFile() ? { path, size: info.size } : null;
}
