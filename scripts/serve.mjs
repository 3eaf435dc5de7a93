#!/usr/bin/env node
// Serves the built site (build/site) on http://127.0.0.1:PORT for a person to open.
// Usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--root build/site] [--cors]
// The site's Content-Security-Policy is sent too, so a violation shows up while developing.
// --cors adds Access-Control-Allow-Origin: *, as a CDN serving <concession-analyzer> to
// pages on other origins must.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SITE_CSP, startStaticServer } from '../tests/support/static-server.mjs';

const usage = 'usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--root build/site] [--cors]';
let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      root: { type: 'string', default: fileURLToPath(new URL('../build/site', import.meta.url)) },
      cors: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (err) {
  console.error(`${err.message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}
if (!existsSync(`${values.root}/index.html`)) {
  console.error(`${values.root}/index.html not found: build the site first (cmake --workflow --preset wasm)`);
  process.exit(1);
}

try {
  const headers = { 'content-security-policy': SITE_CSP };
  if (values.cors) headers['access-control-allow-origin'] = '*';
  const server = await startStaticServer({ root: values.root, host: values.host, port, headers });
  console.log(`Serving ${values.root} at ${server.url} (Ctrl+C to stop)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error(`cannot listen on ${values.host}:${port}: ${err.message}`);
  process.exit(1);
}
