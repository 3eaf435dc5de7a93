#!/usr/bin/env node
// Bundles the served page's modules: app.js and everything it imports become one file,
// app.bundle.js, and the site's index.html loads it instead of app.js and its twenty
// module preloads. On HTTP/1.1 a browser opens six connections to an origin, so twenty
// small files arrive in waves and the page cannot run before the last one; one file halves
// the time to DOMContentLoaded (bench/README.md). Kept as real modules: worker-start.js
// (its own early script, shared with the bundle: one Worker) and what app.js's graph loads
// with import() (the API and its glue, only where the Worker cannot run). The site keeps
// every module file: the element and embed.html load them as they are.
// Usage: node scripts/build_site_bundle.mjs --site build/site
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleModules } from './module-bundler.mjs';

const { values: args } = parseArgs({ options: { site: { type: 'string' } } });
if (!args.site) {
  console.error('usage: node scripts/build_site_bundle.mjs --site DIR');
  process.exit(2);
}

const ENTRY = 'app.js';
const BUNDLE = 'app.bundle.js';
const EARLY = 'worker-start.js';

const { code, modules } = bundleModules({ dir: args.site, entry: ENTRY, external: [EARLY], lazy: true });
const header = `// ${BUNDLE}: ${ENTRY} and the ${modules.length - 1} modules it imports, bundled by\n// scripts/build_site_bundle.mjs; their sources are beside it.\n`;
writeFileSync(join(args.site, BUNDLE), header + code);

const page = join(args.site, 'index.html');
let html = readFileSync(page, 'utf8');
const script = `<script type="module" src="${ENTRY}"></script>`;
if (!html.includes(script)) throw new Error(`index.html does not load ${ENTRY} as expected`);
// The preloads of the module graph, and the comment that introduces them.
const preloads = /[ \t]*<!--(?:(?!-->)[\s\S])*?-->\n(?=[ \t]*<link rel="modulepreload")|[ \t]*<link rel="modulepreload" href="([^"]+)">[ \t]*\n/g;
html = html.replace(preloads, (element, href) => {
  if (href && !modules.includes(href)) throw new Error(`index.html preloads ${href}, which is not in the bundle`);
  return '';
});
html = html.replace(script, `<!-- ${ENTRY} and its modules in one file (scripts/build_site_bundle.mjs). -->\n  <script type="module" src="${BUNDLE}"></script>`);
writeFileSync(page, html);
console.log(`build_site_bundle: wrote ${join(args.site, BUNDLE)} (${modules.length} modules, ${(code.length / 1024).toFixed(1)} KB)`);
